/**
 * `init`, then runs, through the CLI, on a table as SimplifyJobs' Summer 2025 board writes it,
 * with its listings file beside the README (examples/simplify-summer2025):
 *  - a company with a page bold and linked (`**[Acme](…)**`), one without plain (`Mid Corp`);
 *  - a company linked on a row whose own listing has no page, from another listing of that
 *    company (their script fills it: `company-url: fill`);
 *  - the rows open ones first, then by the day they were posted in Pacific time, newest first,
 *    a day's rows by the company's name (case aside) from Z to A: a sort init guesses from the
 *    rows' order, written only when it gives every row its place.
 * The first run keeps every row as the README has it.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2025-10-24T12:00:00Z'
const QUERY = 'utm_source=Simplify&ref=Simplify'
const PACIFIC = 'America/Los_Angeles'
const RUN = ['--now', NOW, '--max-age-days', '0', '--max-rows', '0', '--max-removed-percent', '100']

interface Record {
  id: string
  company_name: string
  company_url: string
  title: string
  url: string
  locations: string[]
  date_posted: number
  active: boolean
}

const seconds = (iso: string) => Date.parse(iso) / 1000

function record(
  id: string,
  company: string,
  page: string,
  title: string,
  posted: string,
  active = true
): Record {
  return {
    id,
    company_name: company,
    company_url: page,
    title,
    url: `https://jobs.example/${id}`,
    locations: ['NYC'],
    date_posted: seconds(posted),
    active
  }
}

const page = (slug: string) => `https://simplify.jobs/c/${slug}`

// Globex's ML role has no page of its own: the board links it as Globex's PM role has it.
const GLOBEX_ML = record('d', 'Globex', '', 'ML Intern', '2025-10-22T18:00:00Z')
const GLOBEX_PM = record('e', 'Globex', page('Globex'), 'PM Intern', '2025-10-22T17:00:00Z')
const ZETA = record('a', 'Zeta Labs', page('Zeta'), 'Backend Intern', '2025-10-20T15:00:00Z')
// 05:00 UTC on Oct 21 is 22:00 on Oct 20 in Los Angeles: a day of Zeta's and acme's there.
const MID = record('b', 'Mid Corp', '', 'Data Intern', '2025-10-21T05:00:00Z')
const ACME = record('c', 'acme', page('acme'), 'QA Intern', '2025-10-20T18:00:00Z')
// The newest, but closed: last.
const INITECH = record('f', 'Initech', page('Initech'), 'Old Intern', '2025-10-23T18:00:00Z', false)

/** A row as their script writes it (the date as the run writes `posted_at | date`, in UTC). */
function line(listing: Record, company: string, timeZone = 'UTC'): string {
  const apply = listing.active
    ? `<a href="${listing.url}?${QUERY}"><img src="https://i.imgur.com/u1KNU8z.png" width="118" alt="Apply"></a>`
    : '🔒'
  const date = new Date(listing.date_posted * 1000).toLocaleDateString('en-US', {
    month: 'short',
    day: '2-digit',
    timeZone
  })
  return `| ${company} | ${listing.title} | ${listing.locations.join('</br>')} | ${apply} | ${date} |`
}

const linked = (name: string, slug: string) => `**[${name}](${page(slug)})**`

const LINES = {
  globexMl: line(GLOBEX_ML, linked('Globex', 'Globex')),
  globexPm: line(GLOBEX_PM, '↳'),
  zeta: line(ZETA, linked('Zeta Labs', 'Zeta')),
  mid: line(MID, 'Mid Corp'),
  acme: line(ACME, linked('acme', 'acme')),
  initech: line(INITECH, linked('Initech', 'Initech'))
}

function readme(lines: string[]): string {
  return [
    '# Summer 2025 Internships',
    '',
    '<!-- Please leave a one line gap between this and the table TABLE_START (DO NOT CHANGE THIS LINE) -->',
    '',
    '| Company | Role | Location | Application/Link | Date Posted |',
    '| ------- | ---- | -------- | ---------------- | ----------- |',
    ...lines,
    '',
    '<!-- Please leave a one line gap between this and the table TABLE_END (DO NOT CHANGE THIS LINE) -->',
    ''
  ].join('\n')
}

interface Board {
  sort?: unknown
  timezone?: string
  'company-url'?: string
  table: { columns: { header: string; cell: string }[] }
}

/** init beside the listings (in the feed's order), then two runs with the boards file it wrote. */
function adoptAndRun(lines: string[], feed: Record[]) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme(lines), 'listings.json': JSON.stringify(feed) })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const board = (parseYaml(read(join(dir, 'jobs-readme.yml'))) as { boards: Board[] }).boards[0]!
  const runs = [1, 2].map(() => {
    const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
    return {
      run,
      table: read(join(dir, 'README.md'))
        .split('\n')
        .filter(each => /^\| /.test(each))
    }
  })
  return { init, adopted, board, runs }
}

const TABLE_ORDER = [
  LINES.globexMl,
  LINES.globexPm,
  LINES.zeta,
  LINES.mid,
  LINES.acme,
  LINES.initech
]
// The feed's order is not the table's: Globex's two roles (one day, one company) keep theirs.
const FEED = [ACME, GLOBEX_ML, INITECH, MID, GLOBEX_PM, ZETA]

describe('init on company cells linked and bold, or plain, and rows in their own order', () => {
  const { init, board, runs } = adoptAndRun(TABLE_ORDER, FEED)

  it('writes a company without a page plain, one with a page bold and linked', () => {
    expect(init.status).toBe(0)
    const company = board.table.columns.find(each => each.header === 'Company')!.cell
    expect(company).toBe(
      '{% if company_url %}**{{ company | link: company_url }}**{% else %}{{ company }}{% endif %}'
    )
    for (const { run, table } of runs) {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(table).toContain(LINES.mid)
      expect(table).toContain(LINES.zeta)
    }
  })

  it('fills the page of a company whose listing has none from another listing of it', () => {
    expect(board['company-url']).toBe('fill')
    for (const { table } of runs) expect(table).toContain(LINES.globexMl)
  })

  it('sorts as the rows are: open first, by the Pacific day, newest first, then Z to A', () => {
    expect(board.sort).toEqual([
      { field: 'active', order: 'desc' },
      { field: 'date_posted', order: 'desc', by: 'day', timezone: 'America/Los_Angeles' },
      { field: 'company_name', order: 'desc', 'ignore-case': true }
    ])
    for (const { table } of runs) expect(table.slice(2)).toEqual(TABLE_ORDER)
  })
})

describe('init on a posting several listings link', () => {
  it('reads the row as the listing of its role: the sort is still found', () => {
    // An old, closed listing of Zeta's with the same posting page and another title, first in
    // the feed: Zeta's row is the listing of the role it shows, not the first of its page.
    const old = {
      ...record(
        'z',
        'Zeta Labs',
        page('Zeta'),
        'Backend Intern (2024)',
        '2024-01-02T12:00:00Z',
        false
      ),
      url: ZETA.url
    }
    const { init, board } = adoptAndRun(TABLE_ORDER, [old, ...FEED])
    expect(init.status).toBe(0)
    expect(board.sort).toEqual([
      { field: 'active', order: 'desc' },
      { field: 'date_posted', order: 'desc', by: 'day', timezone: 'America/Los_Angeles' },
      { field: 'company_name', order: 'desc', 'ignore-case': true }
    ])
  })
})

describe('init on a Date column that shows the Pacific day', () => {
  it('writes the board timezone whose days the cells show: the first run keeps them', () => {
    // Mid Corp's 05:00 UTC on Oct 21 shows as Oct 20, as in Los Angeles.
    const lines = TABLE_ORDER.map(each =>
      each === LINES.mid ? line(MID, 'Mid Corp', PACIFIC) : each
    )
    expect(lines).not.toEqual(TABLE_ORDER)
    const { init, board, runs } = adoptAndRun(lines, FEED)
    expect(init.status).toBe(0)
    expect(board.timezone).toBe(PACIFIC)
    for (const { run, table } of runs) {
      expect(run.status).toBe(0)
      expect(table.slice(2)).toEqual(lines)
    }
  })
})

describe('init on rows in an order no sort gives', () => {
  it('writes no sort: the default order stays', () => {
    // Zeta, acme, Mid Corp on one Pacific day: neither by name nor by time, nor the feed's order.
    const lines = [LINES.globexMl, LINES.globexPm, LINES.zeta, LINES.acme, LINES.mid, LINES.initech]
    const { init, board } = adoptAndRun(lines, FEED)
    expect(init.status).toBe(0)
    expect(board.sort).toBeUndefined()
  })
})

describe('init on a company linked only from the rows the table shows', () => {
  it('writes company-url: fill-shown when a page only a listing not shown has is not used', () => {
    // Mid Corp has a page only on a listing the table does not show (another term's, left out
    // by the board), and its row is plain: the board fills links from its own rows only.
    const hidden = { ...record('g', 'Mid Corp', page('Mid'), 'Old Role', '2025-09-01T12:00:00Z') }
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': readme(TABLE_ORDER),
      'listings.json': JSON.stringify([...FEED, hidden])
    })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(init.status).toBe(0)
    const board = (parseYaml(read(join(dir, 'jobs-readme.yml'))) as { boards: Board[] }).boards[0]!
    expect(board['company-url']).toBe('fill-shown')
  })
})
