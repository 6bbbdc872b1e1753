import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

// examples/simplify-2026/: SimplifyJobs' Summer 2026 README (five HTML category tables and the
// counts block) rendered again from listings derived from it, in a directory laid out like their
// repository, after `init --readme README.md` with no other flag (scripts/compare-2026.mjs, run
// with the built CLI). The rows are compared as GitHub renders them (cmark-gfm), read as HTML.

const root = fileURLToPath(new URL('../../', import.meta.url))

interface Table {
  zone: string
  rows: number
  theirRows: number
  ourRows: number
  equal: number
  share: number
  sameHeader: boolean
  differing: Array<{ row: number; reason: string; theirs: string; ours: string }>
}

interface Comparison {
  ok: boolean
  error?: string
  listings: number
  init: string
  tables: Table[]
  rows: number
  equal: number
  share: number
  counts: { equal: boolean; expected: string; actual: string }
  stable: boolean
  secondRun: string
}

function compare(...args: string[]): Comparison {
  const run = spawnSync(process.execPath, ['scripts/compare-2026.mjs', '--json', ...args], {
    cwd: root,
    encoding: 'utf8'
  })
  return JSON.parse(run.stdout) as Comparison
}

describe('the simplify-2026 example', () => {
  const result = compare()

  it('adopts their README with init alone: the counts block and the five tables', () => {
    expect(result.error).toBeUndefined()
    expect(result.init).toContain(
      'counts, openings:software-engineering, openings:product-management, openings:data-science-ai-machine-learning, openings:quantitative-finance, openings:hardware-engineering'
    )
  })

  it('renders every one of their rows as GitHub shows them, each table as long as theirs', () => {
    const fixture = readFileSync(`${root}examples/simplify-2026/fixture/README.md`, 'utf8')
    const theirRows = (fixture.match(/^<tr>$/gm) ?? []).length - result.tables.length
    expect(result.listings).toBe(theirRows)
    expect(result.rows).toBe(theirRows)
    for (const table of result.tables) {
      expect(table.sameHeader).toBe(true)
      expect(table.ourRows).toBe(table.theirRows)
    }
    expect(result.tables.flatMap(table => table.differing)).toEqual([])
    expect(result.share).toBe(1)
  })

  it('shows a company name as their data has it, a space before it included', () => {
    // Their script prints " MAG Aerospace" as it is; the example's cell shows the feed's
    // `company_name | untrimmed`, not the trimmed `company`.
    const fixture = readFileSync(`${root}examples/simplify-2026/fixture/README.md`, 'utf8')
    expect(fixture).toContain('utm_medium=company"> MAG Aerospace</a></strong>')
    const hardware = result.tables.find(table => table.zone === 'hardware-engineering')!
    expect(hardware.equal).toBe(hardware.rows)
  })

  it('writes their counts block: each table’s heading linked, with its number of rows', () => {
    expect(result.counts.equal).toBe(true)
    expect(result.counts.actual).toContain('<h3>Browse 150 Internship Roles by Category</h3>')
    expect(result.counts.actual).toContain(
      '💻 <strong><a href="https://github.com/SimplifyJobs/Summer2026-Internships/blob/dev/README.md#-software-engineering-internship-roles">Software Engineering</a></strong> (41)'
    )
  })

  it('changes nothing on a second run', () => {
    expect(result.stable).toBe(true)
    expect(result.ok).toBe(true)
  })

  it('derives their ages on Los Angeles clocks: right within 60 days after a clock change', () => {
    // 10 November 2025, eight days after the clocks went back: a row of theirs 10 days old was
    // posted 10 days and an hour ago, as their script subtracts local times (and the example's
    // age-days: wall-clock); listings derived 10 × 24 hours back read 9 days.
    const november = compare('--now', '2025-11-10T00:00:00Z')
    expect(november.error).toBeUndefined()
    expect(november.tables.flatMap(table => table.differing)).toEqual([])
    expect(november.share).toBe(1)
    expect(november.ok).toBe(true)
  })
})

describe('the simplify-2026 example on listings of its own', () => {
  // Their README's five tables as markers under their headings, and listings as their
  // listings.json has them; the example's jobs-readme.yml renders them with the built CLI.
  const TABLES = {
    'software-engineering': '💻 Software Engineering',
    'product-management': '📱 Product Management',
    'data-science-ai-machine-learning': '🤖 Data Science, AI & Machine Learning',
    'quantitative-finance': '📈 Quantitative Finance',
    'hardware-engineering': '🔧 Hardware Engineering'
  }
  const NOW = '2025-09-18T12:00:00Z'
  const seconds = (time: string) => Date.parse(time) / 1000
  const listing = (id: string, company: string, category: string, posted: string) => ({
    source: 'Other',
    company_name: company,
    id,
    title: `${company} Intern ${id}`,
    active: true,
    date_updated: seconds(posted),
    is_visible: true,
    date_posted: seconds(posted),
    url: `https://jobs.example/${id}`,
    locations: ['Remote'],
    company_url: `https://simplify.jobs/c/${company.trim().replace(/\s+/g, '-')}`,
    terms: ['Summer 2026'],
    sponsorship: 'Other',
    degrees: ["Bachelor's"],
    category
  })

  /** Per zone, each row's company cell as text (↳ or the name). */
  function render(listings: unknown[], now = NOW): Record<string, string[]> {
    const readme = renderReadme(listings, now)
    return Object.fromEntries(
      Object.keys(TABLES).map(zone => {
        const start = readme.indexOf(`<!-- jobs:openings:${zone}:start -->`)
        const body = readme.slice(start, readme.indexOf(`<!-- jobs:openings:${zone}:end -->`))
        const rows = [...body.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>/g)]
        return [zone, rows.map(([, cell]) => cell!.replace(/<[^>]*>/g, '').trim())]
      })
    )
  }

  /** The README the example writes from these listings. */
  function renderReadme(listings: unknown[], now = NOW): string {
    const dir = scratchDir()
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    const zones = Object.entries(TABLES).map(([zone, heading]) =>
      [
        `## ${heading} Internship Roles`,
        '',
        `<!-- jobs:openings:${zone}:start -->`,
        `<!-- jobs:openings:${zone}:end -->`,
        ''
      ].join('\n')
    )
    writeFiles(dir, {
      'README.md': ['# Summer 2026', '', '<!-- jobs:counts:start -->', '<!-- jobs:counts:end -->', '', ...zones].join('\n'),
      '.github/scripts/listings.json': JSON.stringify(listings)
    })
    copyFileSync(join(root, 'examples/simplify-2026/jobs-readme.yml'), join(dir, 'jobs-readme.yml'))
    const run = runCli(['--config', 'jobs-readme.yml', '--now', now], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    return read(join(dir, 'README.md'))
  }

  it('writes ↳ for the same company as many whole days ago, as their Age column counts', () => {
    // Both 0d at noon on 18 Sep, posted on two days: ↳ (their script compares days_active).
    // On one day, 0d and 1d: the company again.
    const tables = render([
      listing('a', 'RTX', 'Software Engineering', '2025-09-18T01:00:00Z'),
      listing('b', 'RTX', 'Software Engineering', '2025-09-17T23:00:00Z'),
      listing('c', 'Boeing', 'Hardware Engineering', '2025-09-17T23:00:00Z'),
      listing('d', 'Boeing', 'Hardware Engineering', '2025-09-17T01:00:00Z'),
      // A row in each other table: a board refuses to write an empty one.
      listing('e', 'Acme', 'Product Management', '2025-09-17T01:00:00Z'),
      listing('f', 'Acme', 'Data Science, AI & Machine Learning', '2025-09-17T01:00:00Z'),
      listing('g', 'Acme', 'Quantitative Finance', '2025-09-17T01:00:00Z')
    ])
    expect(tables['software-engineering']).toEqual(['RTX', '↳'])
    expect(tables['hardware-engineering']).toEqual(['Boeing', 'Boeing'])
  })

  it('counts ages as their script does with TZ=America/Los_Angeles: between local times', () => {
    // On 20 March 09:30 UTC, 18 days 23:30 after 1 March 10:00 UTC but 19 days on the clocks of
    // Los Angeles (02:00 PST to 02:30 PDT), as 1 March 09:00 UTC is: ↳, both 19 days old.
    const others = ['Product Management', 'Data Science, AI & Machine Learning', 'Quantitative Finance', 'Hardware Engineering']
    const tables = render(
      [
        listing('a', 'RTX', 'Software Engineering', '2026-03-01T10:00:00Z'),
        listing('b', 'RTX', 'Software Engineering', '2026-03-01T09:00:00Z'),
        ...others.map((category, n) => listing(`o${n}`, 'Acme', category, '2026-03-01T10:00:00Z'))
      ],
      '2026-03-20T09:30:00Z'
    )
    expect(tables['software-engineering']).toEqual(['RTX', '↳'])
  })

  it('writes a category with no role as a table with no rows, and the other tables', () => {
    const tables = render([
      listing('a', 'RTX', 'Software Engineering', '2025-09-18T01:00:00Z'),
      listing('b', 'Boeing', 'Hardware Engineering', '2025-09-17T23:00:00Z')
    ])
    expect(tables).toEqual({
      'software-engineering': ['RTX'],
      'product-management': [],
      'data-science-ai-machine-learning': [],
      'quantitative-finance': [],
      'hardware-engineering': ['Boeing']
    })
  })

  it('puts a listing in its table by the short category name or the full one', () => {
    const tables = render([
      listing('s1', 'Short Software', 'Software', '2025-09-18T03:00:00Z'),
      listing('s2', 'Full Software', 'Software Engineering', '2025-09-18T02:00:00Z'),
      listing('p1', 'Short Product', 'Product', '2025-09-18T03:00:00Z'),
      listing('p2', 'Full Product', 'Product Management', '2025-09-18T02:00:00Z'),
      listing('d1', 'Short Data', 'AI/ML/Data', '2025-09-18T03:00:00Z'),
      listing('d2', 'Full Data', 'Data Science, AI & Machine Learning', '2025-09-18T02:00:00Z'),
      listing('q1', 'Short Quant', 'Quant', '2025-09-18T03:00:00Z'),
      listing('q2', 'Full Quant', 'Quantitative Finance', '2025-09-18T02:00:00Z'),
      listing('h1', 'Short Hardware', 'Hardware', '2025-09-18T03:00:00Z'),
      listing('h2', 'Full Hardware', 'Hardware Engineering', '2025-09-18T02:00:00Z'),
      listing('x', 'Elsewhere', 'Other', '2025-09-18T02:00:00Z')
    ])
    expect(tables).toEqual({
      // "Other" is placed by its title: "Elsewhere Intern x" names no other category's
      // keyword, so Software Engineering (their ensure_categories).
      'software-engineering': ['Short Software', 'Full Software', 'Elsewhere'],
      'product-management': ['Short Product', 'Full Product'],
      'data-science-ai-machine-learning': ['Short Data', 'Full Data'],
      'quantitative-finance': ['Short Quant', 'Full Quant'],
      'hardware-engineering': ['Short Hardware', 'Full Hardware']
    })
  })

  it('selects, orders and links as their list_updater does', () => {
    // filter_summer (a Summer 2026 term as written, posted after 1748761200, visible, no
    // company of BLOCKED_COMPANIES), mark_stale_listings (60 days old or more is closed, and
    // closed roles are not shown), sort_listings ((active, date_posted, company_name.lower(),
    // date_updated) descending; every listing of a company linked as its last with a link),
    // 🔥 for `company_name.lower() in FAANG_PLUS`, the name as written.
    const now = '2026-04-20T00:00:00Z'
    const tables = render(
      [
        { ...listing('off', 'OffSeasonCo', 'Software', '2026-04-17T23:00:00Z'), terms: ['Fall 2026'] },
        { ...listing('lower', 'LowerCo', 'Software', '2026-04-17T23:00:00Z'), terms: ['summer 2026'] },
        listing('early', 'EarlyCo', 'Software', '2025-05-31T23:00:00Z'),
        { ...listing('hidden', 'HiddenCo', 'Software', '2026-04-17T23:00:00Z'), is_visible: false },
        { ...listing('jerry', 'Jerry', 'Software', '2026-04-17T22:00:00Z'), company_url: 'https://simplify.jobs/c/Jerry' },
        listing('stale', 'StaleCo', 'Software', '2026-02-18T12:00:00Z'),
        listing('fresh', 'FreshCo', 'Software', '2026-02-20T00:00:01Z'),
        { ...listing('fill', 'FillCo', 'Software', '2026-04-18T22:00:00Z'), company_url: '' },
        {
          ...listing('fill-closed', 'FillCo', 'Software', '2026-03-11T00:00:00Z'),
          active: false,
          company_url: 'https://simplify.jobs/c/FillCo'
        },
        listing('alpha', 'Alpha', 'Software', '2026-04-16T23:58:20Z'),
        listing('zeta', 'Zeta', 'Software', '2026-04-16T23:58:20Z'),
        listing('apple', 'Apple', 'Hardware', '2026-04-19T23:00:00Z'),
        listing('apple-space', 'Apple ', 'Software', '2026-04-19T23:00:00Z'),
        listing('p', 'Acme', 'Product', '2026-04-17T01:00:00Z'),
        listing('d', 'Acme', 'AI/ML/Data', '2026-04-17T01:00:00Z'),
        listing('q', 'Acme', 'Quant', '2026-04-17T01:00:00Z')
      ],
      now
    )
    expect(tables['software-engineering']).toEqual([
      'Apple',
      'FillCo',
      'Zeta',
      'Alpha',
      'FreshCo'
    ])
    expect(tables['hardware-engineering']).toEqual(['🔥 Apple'])
  })

  it('links a company as its last listing with a company link does, a closed one too', () => {
    const readme = renderReadme(
      [
        { ...listing('fill', 'FillCo', 'Software', '2026-04-18T22:00:00Z'), company_url: '' },
        {
          ...listing('fill-closed', 'FillCo', 'Hardware', '2026-03-11T00:00:00Z'),
          active: false,
          company_url: 'https://simplify.jobs/c/FillCo'
        }
      ],
      '2026-04-20T00:00:00Z'
    )
    expect(readme).toContain(
      '<strong><a href="https://simplify.jobs/c/FillCo?utm_source=GHList&utm_medium=company">FillCo</a></strong>'
    )
  })

  it('places a listing of no category by its title, as their ensure_categories does', () => {
    // "Other", "None", "" or no category: the first of hardware, quant, data and product
    // keywords the title holds (rf, ai, ml as whole words), else Software Engineering; an IT
    // support role is left out. Another category name ("Marketing") shows in no table.
    const titled = (id: string, title: string, category?: string) => {
      const record: Record<string, unknown> = { ...listing(id, `Co ${id}`, 'Other', '2026-04-19T12:00:00Z'), title }
      if (category === undefined) delete record.category
      else record.category = category
      return record
    }
    const tables = render(
      [
        titled('1', 'IT Support Intern'),
        titled('2', 'RF Design Intern'),
        titled('3', 'Maintenance Intern'),
        titled('4', 'Product Analyst Intern', 'None'),
        titled('5', 'Software Product Manager Intern', ''),
        titled('6', 'Risk Intern'),
        titled('7', 'ML Research Intern'),
        titled('8', 'Firmware Intern', undefined),
        titled('9', 'AI Intern', 'Marketing')
      ],
      '2026-04-20T00:00:00Z'
    )
    expect(tables).toEqual({
      'software-engineering': ['Co 3'],
      'product-management': ['Co 5', 'Co 4'],
      'data-science-ai-machine-learning': ['Co 7'],
      'quantitative-finance': ['Co 6'],
      'hardware-engineering': ['Co 8', 'Co 2']
    })
  })
})
