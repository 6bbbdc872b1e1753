/**
 * `init` then a run, through the CLI, on a README of several tables with a "Browse N roles by
 * category" block: init wraps the block only with a `counts` template that writes it as the
 * README has it, so the first run changes nothing a reader sees; a block it cannot write so (a
 * line for a category with no table) stays outside any zone, as it is.
 */
import { describe, expect, it } from '@jest/globals'
import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const LISTINGS = resolve('examples/backend/listings.json')
const RUN = [
  ...['--listings', 'listings.json', '--category', 'backend', '--max-rows', '2'],
  ...['--now', '2025-10-22T20:30:00Z', '--max-removed-percent', '100']
]

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

/** A README of two category tables of the same two rows, `counts` above them. */
function board(counts: string, headings: [string, string]): string {
  const table = backendTable()
  return `# Backend board\n\n${counts}\n---\n\n${headings[0]}\n\n${table}\n${headings[1]}\n\n${table}`
}

/** init, then a run with the boards file it wrote: their outcomes and the README after each. */
function adoptAndRun(readme: string) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme })
  copyFileSync(LISTINGS, join(dir, 'listings.json'))
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
    boards: Record<string, unknown>[]
  }
  const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
  return { init, adopted, boards: boards.boards, run, after: read(join(dir, 'README.md')) }
}

const URL = 'https://github.com/acme/jobs/blob/main/README.md'

describe('init on a counts block it can write again', () => {
  it.each([
    [
      'SimplifyJobs’ 2026 shape: the heading’s emoji, a bold link to the heading on GitHub',
      [
        '### Browse 4 Backend Roles by Category',
        '',
        `💻 **[Backend](${URL}#-backend-roles)** (2)`,
        '',
        `🔧 **[Platform](${URL}#-platform-roles)** (2)`,
        ''
      ].join('\n'),
      ['## 💻 Backend Roles', '## 🔧 Platform Roles'] as [string, string],
      ['Backend', 'Platform']
    ],
    [
      'links to the anchor alone, the heading as the text, the lines of one paragraph',
      [
        '## Browse 4 roles by category',
        '[Backend](#backend): 2 roles<br>',
        '[Platform](#platform): 2 roles<br>',
        ''
      ].join('\n'),
      ['## Backend', '## Platform'] as [string, string],
      [undefined, undefined]
    ]
  ])(
    'wraps it with a counts template, and the first run changes no byte: %s',
    (_, counts, headings, titles) => {
      const readme = board(counts, headings)
      const { init, adopted, boards, run, after } = adoptAndRun(readme)
      expect(init.stderr).toBe('')
      expect(init.stdout).toMatch(/^Added markers to README\.md around: counts, openings:/)
      expect(init.stdout).not.toContain('outside any zone')
      expect(adopted).toContain(`<!-- jobs:counts:start -->\n${counts}<!-- jobs:counts:end -->\n`)
      expect(boards[0]!.counts).toContain('{{ total }}')
      expect(boards.map(each => each['zone-title'])).toEqual(titles)
      expect(run.status).toBe(0)
      expect(after).toBe(adopted)
    }
  )
})

describe('init on a counts block with a line for a category that has no table', () => {
  // Arc-the/Canadian-New-Grad-Positions' README, in SimplifyJobs' new-grad layout: a line per
  // category, those with no roles (0) included, which have no table in the README.
  const counts = [
    '### Browse 4 New Grad Roles by Category',
    '',
    '💻 **[Backend](#-backend-new-grad-roles)** (2)',
    '',
    '📱 **[Product Management](#-product-management-new-grad-roles)** (0)',
    '',
    '🔧 **[Platform](#-platform-new-grad-roles)** (2)',
    ''
  ].join('\n')
  const readme = board(counts, ['## 💻 Backend New Grad Roles', '## 🔧 Platform New Grad Roles'])
  const { init, adopted, boards, run, after } = adoptAndRun(readme)

  it('leaves it outside any zone and says which lines, why, and that their numbers stay', () => {
    expect(init.status).toBe(0)
    expect(init.stdout).toContain(
      'Added markers to README.md around: openings:backend, openings:platform.'
    )
    expect(init.stdout).toContain(
      'Left lines 3-9 ("### Browse 4 New Grad Roles by Category" and its lines) outside any zone: line 7 links to no table init wrapped'
    )
    expect(init.stdout).toContain('the numbers there stay as written')
    expect(adopted).not.toContain('jobs:counts')
    expect(adopted).toContain(`# Backend board\n\n${counts}\n---\n`)
    expect(boards.some(each => 'counts' in each)).toBe(false)
  })

  it('and the first run leaves its lines as they are', () => {
    expect(run.status).toBe(0)
    expect(after).toContain(`# Backend board\n\n${counts}\n---\n`)
    expect(after).toBe(adopted)
  })
})

describe('init on a counts block above a README of one table', () => {
  // SimplifyJobs/Summer2026-Internships' README (c719b7d) with one table of its five: the block
  // names five categories. init said nothing of it, where with several tables it says why.
  const table = backendTable()
  const readme = (counts: string) =>
    `# Backend board\n\n${counts}\n---\n\n## 💻 Backend Roles\n\n${table}`

  it('says why it leaves a block naming categories with no table outside any zone', () => {
    const counts = `### Browse 4 Roles by Category\n\n💻 **[Backend](${URL}#-backend-roles)** (2)\n\n🔧 **[Platform](${URL}#-platform-roles)** (2)\n`
    const { init, adopted, run, after } = adoptAndRun(readme(counts))
    expect(init.status).toBe(0)
    expect(init.stdout).toContain(
      'Left lines 3-7 ("### Browse 4 Roles by Category" and its lines) outside any zone: line 7 links to no table init wrapped'
    )
    expect(adopted).not.toContain('jobs:counts')
    expect(run.status).toBe(0)
    expect(after).toBe(adopted)
  })

  it('wraps a block of its one table with a counts template, and the first run changes no byte', () => {
    const counts = `### Browse 2 Roles by Category\n\n💻 **[Backend](${URL}#-backend-roles)** (2)\n`
    const { init, adopted, boards, run, after } = adoptAndRun(readme(counts))
    expect(init.stdout).toMatch(/^Added markers to README\.md around: counts, openings\./)
    expect(adopted).toContain(`<!-- jobs:counts:start -->\n${counts}<!-- jobs:counts:end -->\n`)
    expect(boards[0]!.counts).toContain('{{ total }}')
    expect(run.status).toBe(0)
    expect(after).toBe(adopted)
  })
})
