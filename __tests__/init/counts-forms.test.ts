/**
 * `init` then runs, through the CLI, on "Browse N roles" blocks written otherwise than
 * SimplifyJobs' paragraphs: as a bullet list of links with counts, and with counts of a
 * thousand roles or more written with commas (`1,234`). init wraps each with a `counts`
 * template that writes it back byte for byte, so neither the first run nor the second changes
 * the README.
 *
 * The lines are shaped like SimplifyJobs/Summer2026-Internships' README (commit 0023b18b00bb,
 * the fixture of examples/simplify-2026): `### Browse 552 Internship Roles by Category`, then
 * `💻 **[Software Engineering](…#-software-engineering-internship-roles)** (188)`, each line a
 * paragraph; here the same lines as list items (`- 💻 [Software Engineering](#…) (188)`), and
 * New-Grad-Positions' total of more than a thousand roles written `1,234`.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-04-20T00:00:00Z'

/** `count` listings, each a day older than the one before. */
function listings(count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => ({
    id: String(index + 1),
    company: `Company ${index + 1}`,
    title: `Software Engineer Intern ${index + 1}`,
    url: `https://jobs.example/${index + 1}`,
    location: 'NYC',
    posted_at: new Date(Date.parse(NOW) - (index + 1) * 3_600_000).toISOString()
  }))
}

const run = (rows: number) => [
  ...['--listings', 'listings.json', '--max-rows', String(rows), '--max-age-days', '0'],
  ...['--now', NOW, '--max-removed-percent', '100']
]

/** The table a run writes for `rows` listings, as a board has it. */
function table(rows: number): string {
  const dir = scratchDir()
  writeFiles(dir, {
    'README.md': '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n',
    'listings.json': JSON.stringify(listings(rows))
  })
  expect(runCli(run(rows), { cwd: dir }).status).toBe(0)
  return read(join(dir, 'README.md'))
    .replace('<!-- jobs:openings:start -->\n', '')
    .replace('<!-- jobs:openings:end -->\n', '')
}

/** A board of two category tables of `rows` rows each, `counts` above them. */
function board(counts: string, rows: number): string {
  const rendered = table(rows)
  return [
    '# Summer 2026 Tech Internships',
    '',
    counts,
    '---',
    '',
    '## 💻 Software Engineering Internship Roles',
    '',
    rendered,
    '## 📱 Product Management Internship Roles',
    '',
    rendered
  ].join('\n')
}

/** init, then two runs with the boards file it wrote: the README after each. */
function adoptAndRun(readme: string, rows: number) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings(rows)) })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const boards = (
    parseYaml(read(join(dir, 'jobs-readme.yml'))) as { boards: { counts?: string }[] }
  ).boards
  const first = runCli([...run(rows), '--config', 'jobs-readme.yml'], { cwd: dir })
  const afterFirst = read(join(dir, 'README.md'))
  const second = runCli([...run(rows), '--config', 'jobs-readme.yml'], { cwd: dir })
  return { init, adopted, boards, first, afterFirst, second, after: read(join(dir, 'README.md')) }
}

function expectWrappedAndKept(counts: string, rows: number): { counts?: string } {
  const readme = board(counts, rows)
  const { init, adopted, boards, first, afterFirst, second, after } = adoptAndRun(readme, rows)
  expect(init.stderr).toBe('')
  expect(init.stdout).toMatch(/^Added markers to README\.md around: counts, openings:/)
  expect(init.stdout).not.toContain('outside any zone')
  expect(adopted).toContain(`<!-- jobs:counts:start -->\n${counts}<!-- jobs:counts:end -->\n`)
  expect(adopted.replace(/<!-- jobs:[\w:-]+:(start|end) -->\n/g, '')).toBe(readme)
  expect(first.stderr).toBe('')
  expect(first.status).toBe(0)
  expect(afterFirst).toBe(adopted)
  expect(second.status).toBe(0)
  expect(after).toBe(adopted)
  return boards[0]!
}

describe('init on a counts block written as a list', () => {
  it.each([
    [
      'a tight list, the heading’s emoji before each link',
      [
        '### Browse 4 Internship Roles by Category',
        '',
        '- 💻 [Software Engineering](#-software-engineering-internship-roles) (2)',
        '- 📱 [Product Management](#-product-management-internship-roles) (2)',
        ''
      ]
    ],
    [
      'an ordered list, numbered 1, 2',
      [
        '### Browse 4 Internship Roles by Category',
        '',
        '1. 💻 [Software Engineering](#-software-engineering-internship-roles) (2)',
        '2. 📱 [Product Management](#-product-management-internship-roles) (2)',
        ''
      ]
    ],
    [
      'a loose list of bold links to the README on GitHub, the heading without "category"',
      [
        '## Browse 4 roles',
        '',
        '* **[Software Engineering](https://github.com/acme/jobs/blob/dev/README.md#-software-engineering-internship-roles)** (2)',
        '',
        '* **[Product Management](https://github.com/acme/jobs/blob/dev/README.md#-product-management-internship-roles)** (2)',
        ''
      ]
    ]
  ])('wraps it with a counts template that writes it as it is: %s', (_, lines) => {
    const board = expectWrappedAndKept(lines.join('\n'), 2)
    expect(board.counts).toContain('{{ table.count }}')
  })

  it('leaves a list it cannot write so outside any zone, with the one-line message', () => {
    const counts = [
      '### Browse 4 Internship Roles by Category',
      '',
      '- 💻 [Software Engineering](#-software-engineering-internship-roles) (2)',
      '- 🤖 [Data Science](#-data-science-internship-roles) (0)',
      '- 📱 [Product Management](#-product-management-internship-roles) (2)',
      ''
    ].join('\n')
    const readme = board(counts, 2)
    const { init, adopted, first, after } = adoptAndRun(readme, 2)
    expect(init.stdout).toContain(
      'Left lines 3-7 ("### Browse 4 Internship Roles by Category" and its lines) outside any zone: line 6 links to no table init wrapped'
    )
    expect(adopted).not.toContain('jobs:counts')
    expect(first.status).toBe(0)
    expect(after).toBe(adopted)
  })
})

describe('init on a counts block with a thousand roles or more', () => {
  it('writes its numbers with commas between the thousands again', () => {
    const counts = [
      '### Browse 1,234 Internship Roles by Category',
      '',
      '💻 **[Software Engineering](#-software-engineering-internship-roles)** (617)',
      '',
      '📱 **[Product Management](#-product-management-internship-roles)** (617)',
      ''
    ].join('\n')
    const board = expectWrappedAndKept(counts, 617)
    expect(board.counts).toContain('### Browse {{ total | thousands }} Internship Roles')
  })

  it('in a list, a count of each table written 1,100', () => {
    const counts = [
      '## Browse 2,200 roles by category',
      '',
      '- 💻 [Software Engineering](#-software-engineering-internship-roles) (1,100)',
      '- 📱 [Product Management](#-product-management-internship-roles) (1,100)',
      ''
    ].join('\n')
    const board = expectWrappedAndKept(counts, 1100)
    expect(board.counts).toContain('({{ table.count | thousands }})')
  })
})
