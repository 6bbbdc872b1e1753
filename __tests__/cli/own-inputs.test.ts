/**
 * A run never writes over or deletes its own inputs: a README, feed or archive snapshot (of any
 * day, written or expired) that is the listings file, the boards file or the labels file, or a
 * README or feed that an archive template names, is refused before anything is read or written
 * (exit 2), with --dry-run as without, and every file stays as it was.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { join, relative } from 'node:path'
import { runCli, withReferenceFiles, writeFiles, type CliRun } from '../helpers/cli.js'

const NOW = '2025-10-22T20:30:00Z'
const BOARD = ['--readme', 'README.template.md', '--category', 'backend', '--now', NOW]

/** The reference listings (named `listings`) and README, with these files. */
function workingCopy(files: Record<string, string> = {}, listings = 'listings.json'): string {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  if (listings !== 'listings.json') {
    mkdirSync(join(dir, listings, '..'), { recursive: true })
    renameSync(join(dir, 'listings.json'), join(dir, listings))
  }
  for (const path of Object.keys(files)) mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFiles(dir, files)
  return dir
}

/** Every file under `dir`, path -> text. */
function contents(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  return Object.fromEntries(
    entries
      .filter(entry => entry.isFile())
      .map(entry => {
        const path = join(entry.parentPath, entry.name)
        return [relative(dir, path), readFileSync(path, 'utf8')]
      })
      .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
  )
}

/** Runs the CLI with and without --dry-run: both refuse, and neither changes a file. */
function expectRefused(dir: string, args: string[], message: RegExp): void {
  const before = contents(dir)
  for (const dryRun of [['--dry-run'], []]) {
    const run: CliRun = runCli([...args, ...dryRun], { cwd: dir })
    expect(run.stderr).toMatch(message)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(contents(dir)).toEqual(before)
  }
}

describe('a feed or README over an input', () => {
  it('refuses a feed-path that is the listings file', () => {
    const dir = workingCopy()
    expectRefused(
      dir,
      ['--listings', 'listings.json', '--feed-path', 'listings.json', ...BOARD],
      /Input "feed-path": "listings\.json" is the listings file \(the "listings" setting\): the feed would replace your listings\. Give the feed its own path, such as "feed\.json"/
    )
  })

  it('compares the paths as the repository files they are (./listings.json)', () => {
    const dir = workingCopy({}, 'data/listings.json')
    expectRefused(
      dir,
      ['--listings', './data/../data/listings.json', '--feed-path', 'data/listings.json', ...BOARD],
      /Input "feed-path": "data\/listings\.json" is the listings file .*given as "\.\/data\/\.\.\/data\/listings\.json"/
    )
  })

  it('refuses a README that is the listings file', () => {
    const dir = workingCopy()
    expectRefused(
      dir,
      ['--listings', 'listings.json', '--readme', 'listings.json', '--now', NOW],
      /Input "readme": "listings\.json" is the listings file .*the README would replace your listings/
    )
  })

  it('refuses a feed-path that is the labels file', () => {
    const dir = workingCopy({ 'labels.json': '{"company": "Firma"}\n' })
    expectRefused(
      dir,
      [...['--listings', 'listings.json', '--labels', 'labels.json'], '--feed-path', 'labels.json'],
      /Input "feed-path": "labels\.json" is the labels file \(the "labels" setting\): the feed would replace your labels/
    )
  })

  it('refuses a board of a boards file whose feed-path is the boards file', () => {
    const dir = workingCopy({
      'boards.json': JSON.stringify({
        listings: 'listings.json',
        boards: [{ readme: 'README.template.md', 'feed-path': 'boards.json' }]
      })
    })
    expectRefused(
      dir,
      ['--config', 'boards.json', '--now', NOW],
      /Boards file "boards\.json" \(the "config" input\), board 1: feed-path "boards\.json" is the boards file \(the "config" input\): the feed would replace your boards file\. Give the feed its own path, such as "feed\.json"/
    )
  })

  it('refuses a board whose labels file is another board’s feed', () => {
    const dir = workingCopy({
      'labels.yml': 'company: Firma\n',
      'R2.md': '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n',
      'boards.yml': [
        'listings: listings.json',
        'boards:',
        '  - readme: README.template.md',
        '    feed-path: labels.yml',
        '  - readme: R2.md',
        '    labels: labels.yml',
        ''
      ].join('\n')
    })
    expectRefused(
      dir,
      ['--config', 'boards.yml', '--now', NOW],
      /board 1: feed-path "labels\.yml" is the labels file/
    )
  })
})

describe('an archive template over an input or a README', () => {
  it('refuses an archive-path that names the listings, today’s snapshot or not', () => {
    for (const day of ['2025-10-22', '2025-10-01']) {
      const dir = workingCopy({}, `${day}.json`)
      expectRefused(
        dir,
        ['--listings', `${day}.json`, '--archive-path', '{date}.json', ...BOARD],
        new RegExp(
          `Input "archive-path": "\\{date\\}\\.json" names the listings file "${day}\\.json" \\(the "listings" setting\\) as the snapshot of ${day}: that day's snapshot would replace your listings\\. Give the snapshots their own folder, such as "archive/\\{date\\}\\.json"`
        )
      )
    }
  })

  it('says archive-days would delete the listings once the snapshot expires', () => {
    const dir = workingCopy({}, 'archive/2025-09-01.json')
    expectRefused(
      dir,
      [
        ...['--listings', 'archive/2025-09-01.json', ...BOARD],
        ...['--archive-path', 'archive/{date}.json', '--archive-days', '7']
      ],
      /and archive-days would delete your listings once that day's snapshot expires/
    )
  })

  it('refuses an archive-path whose expired snapshots would include the README', () => {
    const dir = workingCopy({
      'notes/2025-09-01.md': '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    })
    expectRefused(
      dir,
      [
        ...['--listings', 'listings.json', '--readme', 'notes/2025-09-01.md', '--now', NOW],
        ...['--archive-path', 'notes/{date}.md', '--archive-days', '7']
      ],
      /Input "readme": "notes\/2025-09-01\.md" is the snapshot of 2025-09-01 that the archive-path "notes\/\{date\}\.md" of this board names: that day's snapshot would replace the README, and archive-days would delete it/
    )
  })

  it('refuses a board’s feed that another board’s archive template names, any day', () => {
    const dir = workingCopy({
      'R2.md': '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n',
      'c3.yml': [
        'listings: listings.json',
        'boards:',
        '  - readme: README.template.md',
        '    archive-path: "a/{date}.json"',
        '  - readme: R2.md',
        '    feed-path: a/2025-10-20.json',
        ''
      ].join('\n')
    })
    expectRefused(
      dir,
      ['--config', 'c3.yml', '--now', NOW],
      /Boards file "c3\.yml" \(the "config" input\), board 2: feed-path "a\/2025-10-20\.json" is the snapshot of 2025-10-20 that the archive-path "a\/\{date\}\.json" of board 1 names/
    )
  })

  it('runs when the listings sit in the archive folder under a name the template never makes', () => {
    const dir = workingCopy({}, 'archive/listings.json')
    const listings = readFileSync(join(dir, 'archive/listings.json'), 'utf8')
    const run = runCli(
      [
        ...['--listings', 'archive/listings.json', ...BOARD],
        ...[
          '--archive-path',
          'archive/{date}.json',
          '--archive-days',
          '1',
          '--feed-path',
          'feed.json'
        ]
      ],
      { cwd: dir }
    )
    expect(run.stderr).not.toContain('archive-path')
    expect(run.status).toBe(0)
    expect(readFileSync(join(dir, 'archive/listings.json'), 'utf8')).toBe(listings)
    expect(contents(dir)).toHaveProperty(['archive/2025-10-22.json'])
  })
})
