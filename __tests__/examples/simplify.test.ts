/**
 * The SimplifyJobs examples (examples/simplify-*): their boards files parse, they render hostile
 * feed text safely in SimplifyJobs' format, and — when the corpus snapshot sits beside the
 * repository (../shared/corpus) — they reproduce the boards' October 2024 READMEs from their own
 * listings through the built CLI (scripts/compare-corpus.mjs), with a second run changing nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readBoards } from '../../src/config/boards.js'
import { tableColumns } from '../../src/render/columns.js'
import { CLI, runCli, scratchDir } from '../helpers/cli.js'
import { renderGfm } from '../helpers/cmark.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const CORPUS = join(root, '../shared/corpus')
const EXAMPLES = {
  'simplify-summer2025': ['README.md', 'README-Off-Season.md'],
  'simplify-newgrad': ['README.md']
} as const
type Example = keyof typeof EXAMPLES

const boardsFile = (example: Example) =>
  readFileSync(join(root, 'examples', example, 'jobs-readme.yml'), 'utf8')

describe.each(Object.keys(EXAMPLES) as Example[])('examples/%s/jobs-readme.yml', example => {
  it('parses: the listings at .github/scripts/listings.json, a board per README, templates that compile', async () => {
    const { inputs, boards } = await readBoards(boardsFile(example), {}, 'jobs-readme.yml')
    expect(inputs.listings).toBe('.github/scripts/listings.json')
    expect(boards.map(board => board.readme)).toEqual(EXAMPLES[example])
    for (const board of boards) {
      expect(board.table.columns.map(column => column.header)).toEqual(
        expect.arrayContaining(['Company', 'Role', 'Location', 'Application/Link', 'Date Posted'])
      )
      expect(board.table.columns.filter(column => column.posting)).toHaveLength(1)
      expect(() => tableColumns(board.table.columns)).not.toThrow()
      expect(board.rowShape.closed).toBe('mark')
    }
  })

  it('has a README that says how to run it', () => {
    const readme = readFileSync(join(root, 'examples', example, 'README.md'), 'utf8')
    expect(readme).toContain('init --readme README.md')
    expect(readme).toContain('--config jobs-readme.yml')
  })
})

/** A SimplifyJobs-shaped record. */
const record = (fields: Record<string, unknown>) => ({
  source: 'Simplify',
  company_url: '',
  locations: ['NYC'],
  terms: ['Summer 2025', 'Fall 2025'],
  sponsorship: 'Other',
  active: true,
  is_visible: true,
  date_posted: 1729780000,
  date_updated: 1729780000,
  ...fields
})

/** The example run as the flow says, on a layout of the board's repository; the README after. */
function renderExample(example: Example, readme: string, listings: unknown[]): string {
  return runExample(example, readme, listings).readme
}

/**
 * The example run on a layout of the board's repository: its directory, the README after, the
 * CLI's output. `warns`: the run may warn (a record skipped); else it must say nothing on stderr.
 */
function runExample(example: Example, readme: string, listings: unknown[], { warns = false } = {}) {
  const dir = scratchDir()
  mkdirSync(join(dir, '.github/scripts'), { recursive: true })
  writeFileSync(join(dir, '.github/scripts/listings.json'), JSON.stringify(listings))
  copyFileSync(join(root, 'examples', example, 'jobs-readme.yml'), join(dir, 'jobs-readme.yml'))
  for (const name of EXAMPLES[example]) writeFileSync(join(dir, name), readme)
  for (const name of EXAMPLES[example]) {
    const init = runCli(['init', '--readme', name], { cwd: dir })
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
  }
  const run = runCli(['--config', 'jobs-readme.yml', '--now', '2024-10-25T00:00:00Z'], { cwd: dir })
  if (!warns) expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  const after = readFileSync(join(dir, 'README.md'), 'utf8')
  return { dir, readme: after, stdout: run.stdout, stderr: run.stderr }
}

/** Their layout: the table between TABLE_START and TABLE_END comments, one line apart. */
const THEIR_README = [
  '# Jobs',
  '<!-- Please leave a one line gap between this and the table TABLE_START (DO NOT CHANGE THIS LINE) -->',
  '',
  '| Company | Role | Location | Application/Link | Date Posted |',
  '| --- | --- | --- | :---: | :---: |',
  '| **Old** | Old role | NYC | 🔒 | Oct 01 |',
  '',
  '<!-- Please leave a one line gap between this and the table TABLE_END (DO NOT CHANGE THIS LINE) -->',
  ''
].join('\n')

/** Each body row's cells, as GitHub renders them. */
function rows(markdown: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(renderGfm(markdown))?.[1] ?? ''
  return (body.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map(row =>
    (row.match(/<td[^>]*>[\s\S]*?<\/td>/g) ?? []).map(cell =>
      cell.replace(/^<td[^>]*>|<\/td>$/g, '')
    )
  )
}

describe('the SimplifyJobs format with hostile feed text', () => {
  const hostile = record({
    id: 'a1',
    company_name: 'Acme | <b>Labs</b>',
    company_url: 'https://acme.example/',
    title: 'Backend | **Platform** Engineer <img src=x> – New Grad',
    url: 'https://jobs.example/1?team=a&b=<c>',
    locations: ['A', 'B', 'C', 'D|E'],
    sponsorship: 'U.S. Citizenship is Required'
  })
  const closed = record({
    id: 'b2',
    company_name: 'Beta',
    company_url: 'https://beta.example/',
    title: 'Software Engineer I',
    url: 'https://jobs.example/2',
    active: false,
    date_posted: 1729700000
  })

  it('keeps every value in its own cell, as written (new-grad example)', () => {
    const table = rows(renderExample('simplify-newgrad', THEIR_README, [hostile, closed]))
    expect(table).toHaveLength(2)
    const [first, second] = table
    expect(first).toHaveLength(5)
    expect(first![0]).toBe(
      '<strong><a href="https://acme.example/">Acme | &lt;b&gt;Labs&lt;/b&gt;</a></strong>'
    )
    expect(first![1]).toBe(
      'Backend | **Platform** Engineer &lt;img src=x&gt; – New Grad 🇺🇸'
    )
    expect(first![2]).toBe(
      '<details><summary><strong>4 locations</strong></summary>A</br>B</br>C</br>D|E</details>'
    )
    expect(first![3]).toContain('<img src="https://i.imgur.com/w6lyvuC.png" width="84" alt="Apply">')
    expect(first![3]).toContain('href="https://simplify.jobs/p/a1?utm_source=GHList"')
    expect(first![3]).not.toContain('<c>')
    // Closed: the company in bold without its link, 🔒 alone in the application cell.
    expect(second).toEqual(['<strong>Beta</strong>', 'Software Engineer I', 'NYC', '🔒', 'Oct 23'])
  })

  it('keeps an id inside the Simplify page it links to (new-grad example)', () => {
    const sneaky = { ...hostile, id: '../../login?redirect=https://evil.example/#' }
    const [row] = rows(renderExample('simplify-newgrad', THEIR_README, [sneaky]))
    expect(row![3]).toContain(
      'href="https://simplify.jobs/p/..%2F..%2Flogin%3Fredirect%3Dhttps%3A%2F%2Fevil.example%2F%23?utm_source=GHList"'
    )
  })

  // Their application links carry `utm_source=Simplify&ref=Simplify`, which the listings' URLs
  // do not: change detection reads both tables through the same columns.
  it('reports the roles that changed, not every row (new-grad example)', () => {
    const added = record({ id: 'c3', company_name: 'Gamma', title: 'Software Engineer New Grad', url: 'https://jobs.example/3' })
    const { dir, stdout } = runExample('simplify-newgrad', THEIR_README, [hostile, closed])
    // The closed role's row (🔒) is no opening.
    expect(stdout).toContain('1 opening (+1 -0)')
    writeFileSync(join(dir, '.github/scripts/listings.json'), JSON.stringify([hostile, added]))
    const again = runCli(['--config', 'jobs-readme.yml', '--now', '2024-10-25T00:00:00Z'], { cwd: dir })
    expect(again.stderr).toBe('')
    expect(again.stdout).toContain('2 openings (+1 -0)')
  })

  it('prints the listing’s company and title as their script does, spaces and all (new-grad example)', () => {
    const spaced = record({
      id: 'd4',
      company_name: 'OKX ',
      company_url: 'https://simplify.jobs/c/OKX',
      title: 'Software Engineer – New Grad ',
      url: 'https://jobs.example/4',
      sponsorship: 'Does Not Offer Sponsorship'
    })
    const [row] = rows(renderExample('simplify-newgrad', THEIR_README, [spaced]))
    expect(row!.slice(0, 2)).toEqual([
      '<strong><a href="https://simplify.jobs/c/OKX">OKX </a></strong>',
      'Software Engineer – New Grad  🛂'
    ])
  })

  it('shows a closed role of "OKX " as their page does, and orders one second as their sort key does (new-grad example)', () => {
    // Their line `| **OKX ** | ...`: GitHub shows the asterisks. Their key, str(date_posted) +
    // company_name.lower() + str(date_updated): in one second, "OKX" before "OKX " and "OKX.ai".
    const at = { date_posted: 1729700000, url: 'https://jobs.example/5', active: false }
    const listings = [
      record({ ...at, id: 'e1', company_name: 'OKX ', title: 'Software Engineer I' }),
      record({ ...at, id: 'e2', company_name: 'OKX.ai', title: 'Backend New Grad' }),
      record({ ...at, id: 'e3', company_name: 'OKX', title: 'Software Engineer 1' })
    ]
    const table = rows(renderExample('simplify-newgrad', THEIR_README, listings))
    expect(table.map(row => row[0])).toEqual([
      '<strong>OKX</strong>',
      '<strong>OKX.ai</strong>',
      '**OKX **'
    ])
  })

  it('shows ↳ for the same company on the same day (summer example)', () => {
    // Summer and fall: the off-season README has rows too.
    const listings = [
      record({ id: 'c1', company_name: 'Gamma', title: 'Intern 1', url: 'https://jobs.example/c1' }),
      record({ id: 'c2', company_name: 'Gamma', title: 'Intern 2', url: 'https://jobs.example/c2' })
    ]
    const table = rows(renderExample('simplify-summer2025', THEIR_README, listings))
    expect(table.map(row => row[0])).toEqual(['Gamma', '↳'])
    expect(table.map(row => row[4])).toEqual(['Oct 24', 'Oct 24'])
  })
})

describe('where their script compares exactly', () => {
  it('shows ↳ when the Date Posted text is the row above’s: Oct 24 of two years (summer example)', () => {
    const listings = [
      record({ id: 'd1', company_name: 'Delta', title: 'Intern', url: 'https://jobs.example/d1' }),
      // 24 October 2023 in Los Angeles, closed: below the open one, "Oct 24" as well.
      record({
        id: 'd2',
        company_name: 'Delta',
        title: 'Old intern',
        url: 'https://jobs.example/d2',
        active: false,
        date_posted: 1698170000
      })
    ]
    // The fall board: the Summer 2025 one shows roles posted from March 2024 on.
    const { dir } = runExample('simplify-summer2025', THEIR_README, listings)
    const table = rows(readFileSync(join(dir, 'README-Off-Season.md'), 'utf8'))
    expect(table.map(row => [row[0], row[5]])).toEqual([
      ['Delta', 'Oct 24'],
      ['↳', 'Oct 24']
    ])
  })

  it('selects terms in their case: "summer 2025" is no Summer 2025 role (summer example)', () => {
    const listings = [
      record({ id: 't1', company_name: 'Upper', title: 'Intern', url: 'https://jobs.example/t1' }),
      record({
        id: 't2',
        company_name: 'Lower',
        title: 'Intern',
        url: 'https://jobs.example/t2',
        terms: ['summer 2025']
      })
    ]
    const table = rows(renderExample('simplify-summer2025', THEIR_README, listings))
    expect(table.map(row => row[0])).toEqual(['Upper'])
  })

  it('shows a "simplify" source whatever its title, as their source != "Simplify" (new-grad example)', () => {
    const listings = [
      record({ id: 's1', title: 'Data Analyst', company_name: 'Own', url: 'https://jobs.example/s1' }),
      record({
        id: 's2',
        title: 'Data Analyst',
        company_name: 'Lower',
        url: 'https://jobs.example/s2',
        source: 'simplify'
      })
    ]
    const table = rows(renderExample('simplify-newgrad', THEIR_README, listings))
    expect(table.map(row => row[0]?.replace(/<[^>]*>/g, ''))).toEqual(['Lower'])
  })
})

describe('a closed listing without a link, as their listings hold some', () => {
  it('is a 🔒 row, as their script shows it, and an open one without a link is skipped (summer example)', () => {
    const listings = [
      record({ id: 'o1', company_name: 'Open', title: 'Intern', url: 'https://jobs.example/o1' }),
      record({ id: 'c1', company_name: 'Closed', title: 'Old intern', url: '', active: false }),
      record({ id: 'n1', company_name: 'Nolink', title: 'Intern', url: '' })
    ]
    const run = runExample('simplify-summer2025', THEIR_README, listings, { warns: true })
    const table = rows(run.readme)
    expect(table.map(row => [row[0], row[1], row[3]])).toEqual([
      ['Open', 'Intern', expect.stringContaining('href="https://jobs.example/o1?utm_source=Simplify')],
      ['Closed', 'Old intern', '🔒']
    ])
    expect(run.stderr).toContain('(id n1): url: missing')
    expect(run.stderr).not.toContain('id c1')
  })
})

const hasCorpus = Object.keys(EXAMPLES).every(example => existsSync(join(CORPUS, example)))
const onCorpus = hasCorpus ? it : it.skip
if (!hasCorpus)
  console.info(`No corpus at ${CORPUS}: the SimplifyJobs reproductions are skipped.`)

interface Comparison {
  results: {
    example: string
    error?: string
    readmes: { readme: string; share: number; sameHeader: boolean; stable: boolean }[]
  }[]
}

describe('the SimplifyJobs boards of October 2024, re-rendered from their listings', () => {
  onCorpus('match their READMEs row for row (≥ 99.5% of rows, same HTML), a second run changing nothing', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/compare-corpus.mjs', '--json', '--corpus', CORPUS, '--cli', CLI],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }
    )
    const comparison = JSON.parse(run.stdout) as Comparison
    expect(comparison.results.map(result => [result.example, result.error])).toEqual([
      ['simplify-summer2025', undefined],
      ['simplify-newgrad', undefined]
    ])
    const readmes = comparison.results.flatMap(result =>
      result.readmes.map(readme => ({ ...readme, readme: `${result.example}/${readme.readme}` }))
    )
    expect(readmes.map(readme => readme.readme)).toEqual([
      'simplify-summer2025/README.md',
      'simplify-summer2025/README-Off-Season.md',
      'simplify-newgrad/README.md'
    ])
    for (const readme of readmes) {
      expect([readme.readme, readme.share >= 0.995]).toEqual([readme.readme, true])
      expect([readme.readme, readme.sameHeader, readme.stable]).toEqual([readme.readme, true, true])
    }
    expect(run.status).toBe(0)
  }, 120_000)
})
