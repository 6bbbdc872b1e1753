/**
 * The files beside the README on the command line: today's archive snapshot written, expired
 * snapshots deleted, feeds written, and a boards file updating two READMEs in one run.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  read,
  REFERENCE,
  runCli,
  scratchDir,
  withReferenceFiles,
  writeFiles
} from '../helpers/cli.js'

const NOW = '2025-10-22T20:30:00Z'

/** A scratch directory with the reference listings, its README and these files. */
function workingCopy(files: Record<string, string>): string {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  for (const path of Object.keys(files)) mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFiles(dir, files)
  return dir
}

describe('archive and feeds', () => {
  const args = [
    ...['--listings', 'listings.json', '--readme', 'README.template.md'],
    ...['--category', 'backend', '--now', NOW],
    ...['--archive-path', 'archive/{date}.md', '--archive-days', '7'],
    ...['--feed-path', 'feed.json,feed.xml']
  ]
  const snapshots = {
    'archive/2025-10-14.md': '# old\n',
    'archive/2025-10-15.md': '# a week ago\n',
    'archive/notes.md': 'Not a snapshot.\n'
  }

  it('writes today’s snapshot with the README’s table and deletes the expired one', () => {
    const dir = workingCopy(snapshots)
    const run = runCli(args, { cwd: dir })
    expect(run.status).toBe(0)
    const snapshot = read(join(dir, 'archive/2025-10-22.md'))
    expect(snapshot.split('\n')[0]).toBe('# Openings: backend — 2025-10-22')
    const tableRows = (text: string) => text.split('\n').filter(line => line.startsWith('| **['))
    expect(tableRows(snapshot)).toEqual(tableRows(read(join(dir, 'README.template.md'))))
    expect(tableRows(snapshot)).toHaveLength(50)
    expect(existsSync(join(dir, 'archive/2025-10-14.md'))).toBe(false)
    expect(read(join(dir, 'archive/2025-10-15.md'))).toBe('# a week ago\n')
    expect(read(join(dir, 'archive/notes.md'))).toBe('Not a snapshot.\n')
    expect(run.stdout).toContain('deleted 1 old snapshot)')
  })

  it('says the README is up to date when a run writes only the next day’s snapshot', () => {
    const dir = workingCopy({})
    const archiveOnly = ['--listings', 'listings.json', '--readme', 'README.template.md']
    const daily = [...archiveOnly, '--category', 'backend', '--archive-path', 'archive/{date}.md']
    expect(runCli([...daily, '--now', NOW], { cwd: dir }).status).toBe(0)
    const readme = read(join(dir, 'README.template.md'))

    const next = runCli([...daily, '--now', '2025-10-23T08:00:00Z'], { cwd: dir })

    expect(next.status).toBe(0)
    expect(read(join(dir, 'README.template.md'))).toBe(readme)
    expect(existsSync(join(dir, 'archive/2025-10-23.md'))).toBe(true)
    expect(next.stdout).toMatch(
      /^Up to date: README\.template\.md: 50 openings \(\+0 -0\), .* \(wrote archive\/2025-10-23\.md\)\n$/
    )
  })

  it('writes no snapshot or feed with --out - (a preview): only the README, to standard output', () => {
    const dir = workingCopy(snapshots)
    const readme = read(join(dir, 'README.template.md'))

    const run = runCli([...args, '--out', '-'], { cwd: dir })

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('<!-- jobs:openings:start -->')
    expect(read(join(dir, 'README.template.md'))).toBe(readme)
    expect(existsSync(join(dir, 'archive/2025-10-22.md'))).toBe(false)
    expect(existsSync(join(dir, 'archive/2025-10-14.md'))).toBe(true)
    expect(existsSync(join(dir, 'feed.json'))).toBe(false)
    expect(run.stderr).toContain(
      '(not written: feed.json, feed.xml, archive/2025-10-22.md; not deleted: archive/2025-10-14.md; --out - prints the README and nothing else)'
    )
    expect(run.stderr).not.toContain('also wrote')
  })

  it('writes a JSON Feed and an Atom feed of the openings shown', () => {
    const dir = workingCopy({})
    expect(runCli(args, { cwd: dir }).status).toBe(0)
    const json = JSON.parse(read(join(dir, 'feed.json')))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items).toHaveLength(50)
    expect(read(join(dir, 'feed.xml')).match(/<entry>/g)).toHaveLength(50)
  })

  it('finds nothing to change on a second run (--check exits 0)', () => {
    const dir = workingCopy(snapshots)
    runCli(args, { cwd: dir })
    const check = runCli([...args, '--check'], { cwd: dir })
    expect(check.stdout).toContain('Up to date')
    expect(check.status).toBe(0)
  })
})

describe('options no board can use', () => {
  const base = [...['--listings', 'listings.json', '--readme', 'README.template.md', '--now', NOW]]

  it('warns of archive-days without an archive-path, and runs', () => {
    const dir = workingCopy({})
    const run = runCli([...base, '--category', 'backend', '--archive-days', '7'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      'warning: archive-days is set, but no board has an archive-path: there are no snapshots to delete.'
    )
    expect(run.stderr).not.toContain('keywords is set')
  })

  it('warns of keywords without a category, and not where a board uses them', () => {
    const dir = workingCopy({
      'jobs-boards.yml': `boards:
  - readme: README.template.md
  - category: backend
    readme: other/README.md
`,
      'other/README.md': read(join(REFERENCE, 'README.template.md'))
    })
    const alone = runCli([...base, '--keywords', 'golang'], { cwd: dir })
    expect(alone.status).toBe(0)
    expect(alone.stderr).toContain(
      'warning: keywords is set, but no board has a category: every listing is shown'
    )
    // Both boards inherit the keywords; the backend board places listings with them.
    const inherited = runCli(
      [
        '--listings',
        'listings.json',
        '--config',
        'jobs-boards.yml',
        '--keywords',
        'golang',
        '--now',
        NOW
      ],
      { cwd: dir }
    )
    expect(inherited.status).toBe(0)
    expect(inherited.stderr).not.toContain('keywords is set')
    // The archive options in use: no warning.
    const archived = runCli(
      [...base, '--category', 'backend', '--archive-path', 'a/{date}.md', '--archive-days', '7'],
      { cwd: dir }
    )
    expect(archived.status).toBe(0)
    expect(archived.stderr).not.toContain('archive-days is set')
  })
})

describe('a boards file', () => {
  const boards = `boards:
  - category: backend
    readme: boards/backend/README.md
  - category: frontend
    readme: boards/frontend/README.md
`

  it('updates both READMEs from one load of the listings (one warning per invalid record)', () => {
    const template = read(join(REFERENCE, 'README.template.md'))
    const dir = workingCopy({
      'jobs-boards.yml': boards,
      'boards/backend/README.md': template,
      'boards/frontend/README.md': template
    })

    const run = runCli(
      ['--listings', 'listings.json', '--config', 'jobs-boards.yml', '--now', NOW],
      {
        cwd: dir
      }
    )

    expect(run.status).toBe(0)
    const rows = (path: string) =>
      read(join(dir, path))
        .split('\n')
        .filter(line => line.startsWith('| **['))
    expect(rows('boards/backend/README.md')).toHaveLength(50)
    expect(rows('boards/frontend/README.md')).toHaveLength(1)
    expect(run.stdout).toContain('boards/backend/README.md: 50 openings (+50 -0)')
    expect(run.stdout).toContain('boards/frontend/README.md: 1 opening (+1 -0)')
    expect(run.stderr.match(/warning: Skipped listing #24/g)).toHaveLength(1)
  })
})

describe('feeds of a board that shows closed roles', () => {
  const listings = JSON.stringify(
    [
      { id: 'open', company: 'A', title: 'Open role', url: 'https://x.example/open' },
      { id: 'closed', company: 'B', title: 'Closed role', url: 'https://x.example/closed' },
      { id: 'gone', company: 'C', title: 'Closed, no link' }
    ].map(record => ({
      ...record,
      posted_at: '2025-10-22T10:00:00Z',
      categories: ['backend'],
      ...(record.id === 'open' ? {} : { active: false })
    }))
  )
  const readme = '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

  it.each(['mark', 'details'])(
    'carry only the open roles with closed: %s, though the table shows the closed ones',
    closed => {
      const dir = scratchDir()
      writeFiles(dir, {
        'l.json': listings,
        'README.md': readme,
        'boards.yml': `boards:\n  - readme: README.md\n    category: backend\n    closed: ${closed}\n    feed-path: [feed.json, feed.xml]\n`
      })
      const run = runCli(['--listings', 'l.json', '--config', 'boards.yml', '--now', NOW], {
        cwd: dir
      })
      expect(run.status).toBe(0)
      expect(read(join(dir, 'README.md'))).toContain('Closed role')
      const json = JSON.parse(read(join(dir, 'feed.json'))) as { items: { title: string }[] }
      expect(json.items.map(item => item.title)).toEqual(['Open role'])
      const atom = read(join(dir, 'feed.xml'))
      expect(atom.match(/<entry>/g)).toHaveLength(1)
      expect(atom).not.toContain('x.example/closed')
    }
  )
})
