/**
 * `init` then a run, through the CLI, on a README whose board script cut a long table in two:
 * SimplifyJobs' script closes a category's table near GitHub's preview limit, writes a "See Full
 * List" `<div>` between two `---`, and opens a new table with the same header for the rest.
 * init makes the two halves one zone (the note between them in it), says so, and reads the
 * counts block's line for that table; the first run writes one table there.
 */
import { describe, expect, it } from '@jest/globals'
import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const LISTINGS = resolve('examples/backend/listings.json')
const RUN = [
  ...['--listings', 'listings.json', '--category', 'backend', '--max-rows', '2'],
  ...['--now', '2025-10-22T20:30:00Z', '--max-removed-percent', '100']
]
const URL = 'https://github.com/acme/jobs/blob/main/README.md'

/** The table a run writes for the backend example's two newest listings, as a board has it. */
function backendTable(): string {
  const dir = scratchDir()
  copyFileSync(LISTINGS, join(dir, 'listings.json'))
  writeFiles(dir, { 'README.md': '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n' })
  expect(runCli(RUN, { cwd: dir }).status).toBe(0)
  return read(join(dir, 'README.md'))
    .replace('<!-- jobs:openings:start -->\n', '')
    .replace('<!-- jobs:openings:end -->\n', '')
}

const COUNTS = [
  '### Browse 4 Backend Roles by Category',
  '',
  `💻 **[Backend](${URL}#-backend-roles)** (2)`,
  '',
  `🔧 **[Platform](${URL}#-platform-roles)** (2)`,
  ''
].join('\n')

/** A README of two category tables of the same two rows, the second `cut` after its first row. */
function board(cut?: string): string {
  const table = backendTable()
  const [header, delimiter, ...rows] = table.trimEnd().split('\n')
  const second =
    cut === undefined
      ? table
      : `${header}\n${delimiter}\n${rows[0]}\n\n${cut}\n\n${header}\n${delimiter}\n${rows.slice(1).join('\n')}\n`
  return `# Backend board\n\n${COUNTS}\n---\n\n## 💻 Backend Roles\n\n${table}\n## 🔧 Platform Roles\n\n${second}\n## Contributing\n\nPull requests welcome.\n`
}

/** init, then a run with the boards file it wrote: their outcomes and the README after each. */
function adoptAndRun(readme: string) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme })
  copyFileSync(LISTINGS, join(dir, 'listings.json'))
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
  return { init, adopted, run, after: read(join(dir, 'README.md')) }
}

const unmarked = (text: string) => text.replace(/<!-- jobs:[\w:-]+:(?:start|end) -->\n/g, '')

describe('init on a table its board script cut in two with a note between the halves', () => {
  const note = [
    '---',
    '',
    '<div align="center" id="github-cutoff-warning">',
    '  <h2>🔗 See Full List</h2>',
    '  <p><strong>⚠️ GitHub preview cuts off around here due to file size limits.</strong></p>',
    `  <p>📋 <strong><a href="${URL}#-see-full-list">Click here to view the complete list</a></strong></p>`,
    '</div>',
    '',
    '---'
  ].join('\n')
  const readme = board(note)
  const { init, adopted, run, after } = adoptAndRun(readme)

  it('makes the two halves one zone, the note in it, and says which lines it joined', () => {
    const lines = readme.split('\n')
    const first = lines.indexOf('<div align="center" id="github-cutoff-warning">') - 1
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    expect(init.stdout).toContain(
      'Added markers to README.md around: counts, openings:backend, openings:platform.'
    )
    expect(init.stdout).toContain(
      `Joined the two halves of the table under "🔧 Platform Roles" into zone openings:platform: lines ${first}-${first + 8} between them`
    )
    expect(init.stdout).not.toContain('outside any zone')
    expect(adopted.match(/jobs:openings:platform[\w-]*:start/g)).toHaveLength(1)
    expect(unmarked(adopted)).toBe(readme)
  })

  it('and the first run writes one table there, as the README would have it uncut', () => {
    expect(run.status).toBe(0)
    expect(unmarked(after)).toBe(board())
  })
})

describe('init on tables with the same header and HTML between that is not a whole element', () => {
  // A <div> whose </div> is a block of its own (a blank line ends the HTML block before it): no
  // note a script writes whole, so the tables stay apart, as with any other text between them.
  const readme = board('<div align="center">\n<p>More below</p>\n\n</div>')
  const { init, run, after } = adoptAndRun(readme)

  it('keeps them apart, a zone each, and the run keeps the HTML', () => {
    expect(init.status).toBe(0)
    expect(init.stdout).toContain('openings:platform, openings:platform-1')
    expect(init.stdout).not.toContain('Joined')
    expect(run.status).toBe(0)
    expect(after).toContain('<div align="center">\n<p>More below</p>\n\n</div>')
  })
})

describe.each([
  ['an HTML heading', '<h3 align="center">🇨🇦 Canada roles</h3>'],
  ['an HTML heading in a <div>', '<div align="center">\n  <h3>🇨🇦 Canada roles</h3>\n</div>'],
  ['an image banner', '<img src="https://example.com/banner-closed.png" alt="Closed roles">'],
  [
    'an image banner in a <p>, between --- lines',
    '---\n\n<p align="center"><img src="https://example.com/closed.png" alt="Closed roles"></p>\n\n---'
  ],
  ['a bold label paragraph', '<p align="center"><b>🇨🇦 Canada roles</b></p>'],
  ['a label in a <div>', '<div align="center"><strong>Canada roles</strong></div>'],
  ['a plain paragraph', '<p>Canada</p>']
])('init on tables with the same header and %s between them', (_, divider) => {
  // A heading, a banner that shows no text, or a label with no link starts a section of its
  // own: no note a script writes where it cuts a table (that note links to the rest of the
  // list), so the tables stay apart and the run keeps the divider.
  const readme = board(divider)
  const { init, adopted, run, after } = adoptAndRun(readme)

  it('keeps them apart, a zone each, and the run keeps what is between them', () => {
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    expect(init.stdout).not.toContain('Joined')
    expect(adopted.match(/jobs:openings[\w:-]*:start/g)).toHaveLength(3)
    expect(unmarked(adopted)).toBe(readme)
    expect(run.status).toBe(0)
    expect(after).toContain(`\n${divider}\n`)
    expect(after.match(/\| Company/g)).toHaveLength(3)
  })
})

describe.each(['pipe', 'html'] as const)(
  'a run on the zone init made of a %s table cut in two',
  format => {
    // Four postings, the table cut after the second by the "See Full List" note; each half's
    // rows are the zone's rows, as those of the table uncut would be.
    const postings = [1, 2, 3, 4].map(id => ({
      id: String(id),
      company: `Company ${id}`,
      title: `Intern ${id}`,
      location: 'NYC',
      url: `https://jobs.example/${id}`,
      posted_at: `2026-04-1${9 - id}T10:00:00Z`
    }))
    const table = (rows: typeof postings) =>
      format === 'pipe'
        ? [
            '| Company | Role | Location | Application |',
            '| ------- | ---- | -------- | ----------- |',
            ...rows.map(
              row =>
                `| **${row.company}** | ${row.title} | ${row.location} | <a href="${row.url}">Apply</a> |`
            )
          ].join('\n')
        : [
            '<table>',
            '<thead><tr><th>Company</th><th>Role</th><th>Location</th><th>Application</th></tr></thead>',
            '<tbody>',
            ...rows.map(
              row =>
                `<tr><td><strong>${row.company}</strong></td><td>${row.title}</td><td>${row.location}</td><td><a href="${row.url}">Apply</a></td></tr>`
            ),
            '</tbody>',
            '</table>'
          ].join('\n')
    const note = [
      '---',
      '',
      '<div align="center" id="github-cutoff-warning">',
      '  <h2>🔗 See Full List</h2>',
      '  <p><strong>⚠️ GitHub preview cuts off around here due to file size limits.</strong></p>',
      '  <p>📋 <strong><a href="https://github.com/example/board/blob/dev/README.md#-see-full-list">Click here to view the complete list!</a></strong> 📋</p>',
      '</div>',
      '',
      '---'
    ].join('\n')
    const readme = (body: string) => `# Internships\n\n## Roles\n\n${body}\n\n## Footer\n`
    const cut = readme(`${table(postings.slice(0, 2))}\n\n${note}\n\n${table(postings.slice(2))}`)
    const uncut = readme(table(postings))

    /** init with the four postings, then a run with `feed`: its outcome and the README after. */
    function adoptThenRun(text: string, feed: typeof postings) {
      const dir = scratchDir()
      writeFiles(dir, { 'README.md': text, 'listings.json': JSON.stringify(postings) })
      const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
      expect(init.status).toBe(0)
      writeFiles(dir, { 'listings.json': JSON.stringify(feed) })
      const run = runCli(['--config', 'jobs-readme.yml', '--now', '2026-04-20T12:00:00Z'], {
        cwd: dir
      })
      return { run, after: read(join(dir, 'README.md')) }
    }

    it('refuses a feed that loses most of its rows, as for the table uncut', () => {
      const { run, after } = adoptThenRun(cut, postings.slice(0, 1))
      const { run: uncutRun } = adoptThenRun(uncut, postings.slice(0, 1))
      expect(uncutRun.status).not.toBe(0)
      expect(uncutRun.stderr).toContain('would remove 3 of the 4 openings now in the table')
      expect(run.status).toBe(uncutRun.status)
      expect(run.stderr).toContain('would remove 3 of the 4 openings now in the table')
      expect(unmarked(after)).toBe(cut)
    })

    it('counts no posting of either half as added when the feed is the same', () => {
      const { run, after } = adoptThenRun(cut, postings)
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('4 openings (+0 -0)')
      for (const posting of postings) expect(after.split(posting.url)).toHaveLength(2)
    })
  }
)
