/**
 * `init` reads a column by its cells as well as its header: the field of the listings beside the
 * README that the cells show (a company column headed "Name", a Type column of the feed's own
 * `type`, headers in Chinese), addresses shown bare (which GitHub links, and which change
 * detection reads as the rows' posting links), and says in a note what it could not guess. Each
 * board init writes is then run once: the table must come back as the README had it.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

type Boards = {
  boards: Array<Record<string, unknown> & { table: { columns: { cell: string }[] } }>
}

/** init, then a first run: the boards file, what init printed, and the README after the run. */
function adoptAndRun(
  readme: string,
  listings: unknown[] | undefined,
  now: string,
  initArgs: string[] = []
): {
  cells: string[]
  board: Record<string, unknown>
  init: string
  run: ReturnType<typeof runCli>
  after: string
  dir: string
} {
  const dir = scratchDir()
  writeFiles(dir, {
    'README.md': readme,
    ...(listings ? { 'listings.json': JSON.stringify(listings) } : {})
  })
  const init = runCli(['init', '--readme', 'README.md', ...initArgs], { cwd: dir })
  expect(init.status).toBe(0)
  const file = parseYaml(read(join(dir, 'jobs-readme.yml'))) as Boards
  const board = file.boards[0]!
  const run = runCli(
    ['--config', 'jobs-readme.yml', '--now', now, ...(listings ? [] : ['--listings', 'none.json'])],
    { cwd: dir }
  )
  return {
    cells: board.table?.columns.map(column => column.cell) ?? [],
    board,
    init: `${init.stdout}${init.stderr}`,
    run,
    after: read(join(dir, 'README.md')),
    dir
  }
}

/** The README without init's marker lines. */
const unmarked = (text: string): string =>
  text
    .split('\n')
    .filter(line => !/^<!-- jobs:openings:(?:start|end) -->$/.test(line))
    .join('\n')

describe('init guesses a column from its cells', () => {
  const bare = [
    '# Jobs',
    '',
    '| Company | Role | Date | URL |',
    '| --- | --- | --- | --- |',
    '| Akuna | SWE Intern | 2026-09-28 | https://akunacapital.example/careers/1 |',
    '| Amazon | SDE Intern | 2026-09-27 | https://www.amazon.example/en/jobs/880221 |',
    ''
  ].join('\n')
  const bareListings = [
    {
      company: 'Akuna',
      title: 'SWE Intern',
      posted_at: '2026-09-28',
      url: 'https://akunacapital.example/careers/1'
    },
    {
      company: 'Amazon',
      title: 'SDE Intern',
      posted_at: '2026-09-27',
      url: 'https://www.amazon.example/en/jobs/880221'
    }
  ]

  it("keeps a column of bare posting addresses bare, and reads them as the rows' links", () => {
    const { cells, run, after } = adoptAndRun(bare, bareListings, '2026-09-29T10:00:00Z')
    expect(cells[3]).toBe('{{ url | link: url }}')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(bare)
  })

  it('guards a table of bare posting addresses against a feed that holds none of its rows', () => {
    // The table as init marked it, its addresses bare, and a feed holding none of its rows.
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': bare, 'listings.json': JSON.stringify(bareListings) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    writeFiles(dir, {
      'jobs-readme.yml': read(join(dir, 'jobs-readme.yml')).replace(
        'listings: "listings.json"',
        'listings: "other.json"'
      ),
      'other.json': JSON.stringify([
        { company: 'Zed', title: 'Other', posted_at: '2026-09-29', url: 'https://z.example/1' }
      ])
    })
    const before = read(join(dir, 'README.md'))
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2026-09-29T10:00:00Z'], {
      cwd: dir
    })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('would remove 2 of the 2 openings')
    expect(read(join(dir, 'README.md'))).toBe(before)
  })

  it('reads a company column headed "Name" by the listings its cells show', () => {
    const readme = [
      '# Jobs',
      '',
      '|  Name  | Role | Date |',
      '| --- | --- | --- |',
      '| [Acme](https://acme.example/) | [SWE](https://acme.example/jobs/1) | 10/01/2023 |',
      '| [Beta](https://beta.example/) | [Data Eng](https://beta.example/jobs/2) | 09/28/2023 |',
      ''
    ].join('\n')
    const listings = [
      {
        company: 'Acme',
        company_url: 'https://acme.example/',
        title: 'SWE',
        url: 'https://acme.example/jobs/1',
        posted_at: '2023-10-01'
      },
      {
        company: 'Beta',
        company_url: 'https://beta.example/',
        title: 'Data Eng',
        url: 'https://beta.example/jobs/2',
        posted_at: '2023-09-28'
      }
    ]
    const { cells, run, after } = adoptAndRun(readme, listings, '2023-10-02T10:00:00Z')
    expect(cells[0]).toBe('{{ company | link: company_url }}')
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('warning')
    expect(unmarked(after).split('\n').slice(4)).toEqual(readme.split('\n').slice(4))
  })

  it('writes the category every row is of when the listings beside the README hold others', () => {
    const utm = '?utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs'
    const readme = [
      '# Backend Developer Jobs',
      '',
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |',
      `| **Acme** | **[Backend Engineer](https://jobs.example/1${utm})** | N/A | On Site | Jul 10 |`,
      `| **Globex** | **[Go Developer](https://jobs.example/2${utm})** | N/A | On Site | Jul 09 |`,
      ''
    ].join('\n')
    const listing = (id: number, title: string, day: number, category: string) => ({
      id: String(id),
      company: ['Acme', 'Globex', 'Initech'][id - 1],
      title,
      url: `https://jobs.example/${id}`,
      posted_at: `2026-07-${day}T10:00:00Z`,
      categories: [category]
    })
    const listings = [
      listing(1, 'Backend Engineer', 10, 'backend'),
      listing(2, 'Go Developer', 9, 'backend'),
      listing(3, 'React Developer', 11, 'frontend')
    ]
    const { board, init, run, after } = adoptAndRun(readme, listings, '2026-07-16T06:00:00Z')
    expect(board.category).toBe('backend')
    expect(init).toContain(
      'Every row of README.md is a listing of the backend category, and 1 listing beside it is of others: init wrote category: backend'
    )
    expect(run.stdout).toContain('2 openings (+0 -0)')
    expect(unmarked(after)).toBe(readme)
    // Listings all of the rows' category: none written.
    const same = adoptAndRun(readme, listings.slice(0, 2), '2026-07-16T06:00:00Z')
    expect(same.board.category).toBeUndefined()
  })

  it('reads headers it has no words for by their cells, and keeps the rows past the default age', () => {
    const readme = [
      '# 招聘',
      '',
      '| 公司名称 | 官方公告 | 日期 |',
      '| - | - | - |',
      '| [阿里巴巴](https://talent.alibaba.example/) | [阿里巴巴校园招聘](https://mp.example/s/1) | 2022-08-18 |',
      '| [百度](https://talent.baidu.example/) | [百度校园招聘](https://mp.example/s/2) | 2022-07-14 |',
      ''
    ].join('\n')
    const listings = [
      {
        company: '阿里巴巴',
        company_url: 'https://talent.alibaba.example/',
        title: '阿里巴巴校园招聘',
        url: 'https://mp.example/s/1',
        posted_at: '2022-08-18'
      },
      {
        company: '百度',
        company_url: 'https://talent.baidu.example/',
        title: '百度校园招聘',
        url: 'https://mp.example/s/2',
        posted_at: '2022-07-14'
      }
    ]
    const { cells, board, run, after } = adoptAndRun(readme, listings, '2022-08-20T10:00:00Z', [
      '--line',
      '3'
    ])
    expect(cells).toEqual([
      '{{ company | link: company_url }}',
      '{% assign apply = url %}{{ title | link: apply }}',
      '{{ posted_at | date: "%Y-%m-%d" }}'
    ])
    expect(board['max-age-days']).toBe(0)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(readme)
  })

  it('knows the posting column by its links, tracking parameters aside, whatever its header says', () => {
    // `去` names no field, and its links carry `?ref=GH`, which the listings' urls do not: the
    // column's template is the one an `Apply` header gets, its parameter written back.
    const readme = [
      '# Jobs',
      '',
      '| 公司 | 职位 | 去 |',
      '| --- | --- | --- |',
      '| [Acme](https://acme.example/) | Engineer | [投递](https://jobs.example/1?ref=GH) |',
      '| [Beta](https://beta.example/) | Analyst | [投递](https://jobs.example/2?ref=GH) |',
      ''
    ].join('\n')
    const listings = [
      {
        company: 'Acme',
        company_url: 'https://acme.example/',
        title: 'Engineer',
        url: 'https://jobs.example/1',
        posted_at: '2026-08-10T00:00:00Z'
      },
      {
        company: 'Beta',
        company_url: 'https://beta.example/',
        title: 'Analyst',
        url: 'https://jobs.example/2',
        posted_at: '2026-08-09T00:00:00Z'
      }
    ]
    const { cells, run, after } = adoptAndRun(readme, listings, '2026-08-12T12:00:00Z')
    expect(cells[2]).toBe(
      '{% assign apply = url | with_query: "ref=GH" %}{{ "投递" | link: apply }}'
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(readme)
  })

  it("keeps a posting cell's second link by the field that holds its addresses, and text after the link outside it", () => {
    const row = (company: string, title: string, n: number) =>
      `| ${company} | ${title} | [Apply](https://jobs.example/${n}) · [Glassdoor](https://glassdoor.example/${n}) ↗ | 2026-08-1${n} |`
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Links | Date |',
      '| --- | --- | --- | --- |',
      row('Acme', 'Engineer', 1),
      row('Beta', 'Analyst', 0),
      ''
    ].join('\n')
    const listings = [
      ['Acme', 'Engineer', 1],
      ['Beta', 'Analyst', 0]
    ].map(([company, title, n]) => ({
      company,
      title,
      url: `https://jobs.example/${n}`,
      glassdoor: `https://glassdoor.example/${n}`,
      posted_at: `2026-08-1${n}T00:00:00Z`
    }))
    const { cells, run, after } = adoptAndRun(readme, listings, '2026-08-12T12:00:00Z')
    expect(cells[2]).toBe(
      '{% assign apply = url %}{{ "Apply" | link: apply }} · {{ "Glassdoor" | link: glassdoor }} ↗'
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(readme)
    // No field holds the second link's addresses: the posting's link alone, and a note.
    const without = listings.map(({ glassdoor: _, ...rest }) => rest)
    const second = adoptAndRun(readme, without, '2026-08-12T12:00:00Z')
    expect(second.cells[2]).toBe('{% assign apply = url %}{{ "Apply" | link: apply }} ↗')
    expect(second.init).toContain(
      'The Links column of README.md writes a link after the posting\'s ("Glassdoor") whose addresses no field of the listings holds'
    )
  })

  it('links a role column beside the posting column by the field that holds its addresses, or says it cannot', () => {
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      '| Acme | [Engineer](https://info.example/1) | [Apply](https://jobs.example/1) |',
      '| Beta | [Analyst](https://info.example/2) | [Apply](https://jobs.example/2) |',
      ''
    ].join('\n')
    const listings = [
      ['Acme', 'Engineer', 1],
      ['Beta', 'Analyst', 2]
    ].map(([company, title, n]) => ({
      company,
      title,
      url: `https://jobs.example/${n}`,
      details: `https://info.example/${n}`,
      posted_at: `2026-08-1${3 - Number(n)}T00:00:00Z`
    }))
    const { cells, run, after } = adoptAndRun(readme, listings, '2026-08-12T12:00:00Z')
    expect(cells[1]).toBe('{{ title | link: details }}')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(readme)
    const without = listings.map(({ details: _, ...rest }) => rest)
    const second = adoptAndRun(readme, without, '2026-08-12T12:00:00Z')
    expect(second.init).toContain(
      'The Role column of README.md links each role to an address no field of the listings holds (https://info.example/1)'
    )
  })

  it('keeps the text every posting cell writes before its link', () => {
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      '| Acme | Engineer | 👉 [Apply](https://jobs.example/1) |',
      '| Beta | Analyst | 👉 [Apply](https://jobs.example/2) |',
      ''
    ].join('\n')
    const listings = [
      ['Acme', 'Engineer', 1],
      ['Beta', 'Analyst', 2]
    ].map(([company, title, n]) => ({
      company,
      title,
      url: `https://jobs.example/${n}`,
      posted_at: `2026-08-1${3 - Number(n)}T00:00:00Z`
    }))
    const { cells, run, after } = adoptAndRun(readme, listings, '2026-08-12T12:00:00Z')
    expect(cells[2]).toBe('{% assign apply = url %}👉 {{ "Apply" | link: apply }}')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(readme)
  })

  it("keeps a closed row's 🔒 alone in a column of text links, run after run", () => {
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      '| Acme | Engineer | [Apply](https://jobs.example/1) |',
      '| Gamma | Designer | 🔒 |',
      ''
    ].join('\n')
    const listings = [
      {
        company: 'Acme',
        title: 'Engineer',
        url: 'https://jobs.example/1',
        posted_at: '2026-08-09T00:00:00Z'
      },
      {
        company: 'Gamma',
        title: 'Designer',
        url: 'https://jobs.example/3',
        posted_at: '2026-08-07T00:00:00Z',
        active: false
      }
    ]
    const { cells, run, after, dir } = adoptAndRun(readme, listings, '2026-08-12T12:00:00Z')
    expect(cells[2]).toBe(
      '{% if active %}{% assign apply = url %}{{ "Apply" | link: apply }}{% else %}🔒{% endif %}'
    )
    expect(run.status).toBe(0)
    expect(unmarked(after)).toBe(readme)
    const again = runCli(['--config', 'jobs-readme.yml', '--now', '2026-08-13T12:00:00Z'], {
      cwd: dir
    })
    expect(again.status).toBe(0)
    expect(unmarked(read(join(dir, 'README.md')))).toBe(readme)
  })

  it('says when the company is linked on some rows only while every listing has a company_url', () => {
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      '| [Acme](https://acme.example/) | Engineer | [Apply](https://jobs.example/1) |',
      '| Beta | Analyst | [Apply](https://jobs.example/2) |',
      ''
    ].join('\n')
    const listings = [
      ['Acme', 'Engineer', 1, 'acme'],
      ['Beta', 'Analyst', 2, 'beta']
    ].map(([company, title, n, host]) => ({
      company,
      company_url: `https://${host}.example/`,
      title,
      url: `https://jobs.example/${n}`,
      posted_at: `2026-08-1${3 - Number(n)}T00:00:00Z`
    }))
    const { init } = adoptAndRun(readme, listings, '2026-08-12T12:00:00Z')
    expect(init).toContain(
      'The Company column of README.md links the company on some rows only, while the listings of a row that name it unlinked ("Beta") have a company_url: the first run links those too.'
    )
  })

  it('names in a note a column it cannot guess, never an empty template silently', () => {
    const readme = [
      '# 招聘',
      '',
      '| 公司名称 | 官方公告 |',
      '| - | - |',
      '| 阿里巴巴 | [阿里巴巴校园招聘](https://mp.example/s/1) |',
      '| 百度 | [百度校园招聘](https://mp.example/s/2) |',
      ''
    ].join('\n')
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readme })
    const init = runCli(['init', '--readme', 'README.md', '--line', '3'], { cwd: dir })
    const file = parseYaml(read(join(dir, 'jobs-readme.yml'))) as Boards
    const empty = file.boards[0]!.table.columns.filter(column => column.cell === '').length
    expect(empty).toBeGreaterThan(0)
    const said = `${init.stdout}${init.stderr}`
    expect(said).toContain('The 公司名称 column of README.md has a template init could not guess')
    // Its links' texts differ by row, and no listings say what they are: the commonest, said.
    expect(said).toContain(
      'The 官方公告 column of README.md links its postings with texts that differ by row'
    )
  })

  it('names a column read from a field named as its header that no listing has', () => {
    const readme = [
      '# Empleos',
      '',
      '| Empresa | Puesto | Modalidad |',
      '| - | - | - |',
      '| Acme | [Backend](https://jobs.example/1) | Remoto |',
      '| Initech | [Frontend](https://jobs.example/2) | Presencial |',
      ''
    ].join('\n')
    const listings = ['1', '2'].map(n => ({
      company: n === '1' ? 'Acme' : 'Initech',
      title: n === '1' ? 'Backend' : 'Frontend',
      url: `https://jobs.example/${n}`,
      posted_at: '2026-08-10T00:00:00Z',
      work_type: n === '1' ? 'remote' : 'onsite'
    }))
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
    const init = runCli(
      ['init', '--readme', 'README.md', '--line', '3', '--listings', 'listings.json'],
      { cwd: dir }
    )
    expect(`${init.stdout}${init.stderr}`).toContain(
      'The Modalidad column of README.md is read from a field named as its header, {{ modalidad }}, which no listing of the listings file has: the first run writes every cell of it empty.'
    )
  })

  it('reads a Type column by the listings field its cells show, not as work types', () => {
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Type | Posted | Link |',
      '| --- | --- | --- | --- | --- |',
      '| Roblox | SWE | Full-time | 2026-09-28 | [Apply](https://r.example/1) |',
      '| Flexport | Ops Intern | Intern | 2026-09-27 | [Apply](https://f.example/1) |',
      ''
    ].join('\n')
    const listings = [
      {
        company: 'Roblox',
        title: 'SWE',
        type: 'Full-time',
        posted_at: '2026-09-28',
        url: 'https://r.example/1'
      },
      {
        company: 'Flexport',
        title: 'Ops Intern',
        type: 'Intern',
        posted_at: '2026-09-27',
        url: 'https://f.example/1'
      }
    ]
    const { cells, run, after } = adoptAndRun(readme, listings, '2026-09-29T10:00:00Z')
    expect(cells[2]).toBe('{{ type }}')
    expect(run.status).toBe(0)
    expect(unmarked(after)).toBe(readme)
  })

  it('without listings, keeps a Type column that shows no work types as its own field, and says so', () => {
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Type | Link |',
      '| --- | --- | --- | --- |',
      '| Roblox | SWE | Full-time | [Apply](https://r.example/1) |',
      '| Flexport | Ops Intern | Intern | [Apply](https://f.example/1) |',
      ''
    ].join('\n')
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readme })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    const file = parseYaml(read(join(dir, 'jobs-readme.yml'))) as Boards
    expect(file.boards[0]!.table.columns[2]!.cell).toBe('{{ type }}')
    expect(`${init.stdout}${init.stderr}`).toContain(
      'The Type column of README.md shows values that are no work type ("Full-time")'
    )
  })
})

describe('init keeps the rows a table shows on the first run', () => {
  it("reads a day without its year (SimplifyJobs' `Dec 20`) in the year that puts it at or before the README's time", () => {
    // Written on 2027-01-25: `Dec 20` is of 2026, 37 days old on a first run a day later, past
    // the default max-age-days, though the days shown span less than it.
    const readme = [
      '# Jobs',
      '',
      '_Last updated: 2027-01-25 10:00 UTC_',
      '',
      '| Company | Role | Date | Apply |',
      '| --- | --- | --- | --- |',
      '| Acme | Engineer | Jan 03 | [Apply](https://jobs.example/1) |',
      '| Beta | Analyst | Dec 20 | [Apply](https://jobs.example/2) |',
      ''
    ].join('\n')
    const listings = [
      {
        id: '1',
        company: 'Acme',
        title: 'Engineer',
        url: 'https://jobs.example/1',
        posted_at: '2027-01-03T00:00:00Z'
      },
      {
        id: '2',
        company: 'Beta',
        title: 'Analyst',
        url: 'https://jobs.example/2',
        posted_at: '2026-12-20T00:00:00Z'
      }
    ]
    const { board, run, after } = adoptAndRun(readme, listings, '2027-01-26T12:00:00Z')
    expect(board['max-age-days']).toBe(0)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(+0 -0)')
    expect(after).toContain('| Beta | Analyst | Dec 20 | [Apply](https://jobs.example/2) |')
  })
})

describe('init on a mark one row writes', () => {
  it('reads it from the field of a few kinds whose value that row alone has, so that a new listing of it is marked', () => {
    const NO = 'Does Not Offer Sponsorship'
    const listing = (company: string, title: string, n: number, sponsorship: string) => ({
      company,
      title,
      url: `https://${company.toLowerCase()}.example/${n}`,
      posted_at: '2026-12-01',
      sponsorship
    })
    const listings = [
      listing('Acme', 'SWE I', 1, NO),
      listing('Beta', 'SWE II', 2, 'Other'),
      listing('Gamma', 'SWE III', 3, 'Offers Sponsorship'),
      listing('Delta', 'SWE IV', 4, 'Other')
    ]
    const readme = [
      '# Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      '| Acme | SWE I 🛂 | [Apply](https://acme.example/1) |',
      '| Beta | SWE II | [Apply](https://beta.example/2) |',
      '| Gamma | SWE III | [Apply](https://gamma.example/3) |',
      '| Delta | SWE IV | [Apply](https://delta.example/4) |',
      ''
    ].join('\n')
    const { cells, run, after, dir } = adoptAndRun(readme, listings, '2026-12-01T12:00:00Z')
    expect(cells[1]).toBe(`{{ title }}{{ sponsorship | mark: "${NO}", " 🛂" }}`)
    expect(run.stdout).toContain('(+0 -0)')
    expect(unmarked(after)).toBe(readme)
    // The next day: Zeta, of no sponsorship, gets the mark as well.
    writeFiles(dir, {
      'listings.json': JSON.stringify([listing('Zeta', 'SWE V', 5, NO), ...listings])
    })
    const next = runCli(['--config', 'jobs-readme.yml', '--now', '2026-12-02T12:00:00Z'], {
      cwd: dir
    })
    expect(next.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain(
      '| Zeta | SWE V 🛂 | [Apply](https://zeta.example/5) |'
    )
  })
})

describe('init on ↳ rows under a company row of another day', () => {
  it('says in its sort advice that no repeat-company-when writes ↳ across days', () => {
    const readme = [
      '# Internships',
      '',
      '| Company | Role | Location | Application/Link | Date Posted |',
      '| ------- | ---- | -------- | ---------------- | ----------- |',
      '| SAP | iXp Intern | San Ramon, CA | [Apply](https://sap.example/1) | Aug 06 |',
      '| ↳ | AI Developer Intern | Herndon, VA | [Apply](https://sap.example/2) | Aug 03 |',
      '| Pison | Software Engineer Intern | Boston, MA | [Apply](https://pison.example/3) | Aug 05 |',
      ''
    ].join('\n')
    const at = (day: number) => `2024-08-0${day}T16:00:00Z`
    const listings = [
      {
        company: 'SAP',
        title: 'iXp Intern',
        location: 'San Ramon, CA',
        url: 'https://sap.example/1',
        posted_at: at(6)
      },
      {
        company: 'SAP',
        title: 'AI Developer Intern',
        location: 'Herndon, VA',
        url: 'https://sap.example/2',
        posted_at: at(3)
      },
      {
        company: 'Pison',
        title: 'Software Engineer Intern',
        location: 'Boston, MA',
        url: 'https://pison.example/3',
        posted_at: at(5)
      }
    ]
    const { board, init } = adoptAndRun(readme, listings, '2024-08-07T12:00:00Z')
    expect(board['repeat-company']).toBe('↳')
    expect(init).toContain(
      'A ↳ row of it is of another day than its company\'s row above ("↳ | AI Developer Intern | Herndon, VA | [Apply](https://sap.example/2) | Aug 03"): a run writes ↳ only for rows of one company posted the same day (repeat-company-when: same-day, same-age or same-date-text, none across days), so with any sort such a row shows its company\'s name.'
    )
  })

  it('of several fields that tell that row, reads the one that speaks of the mark, else the one its value recurs in, and names the others', () => {
    const NO = 'Does Not Offer Sponsorship'
    const listing = (n: number, extra: Record<string, string>) => ({
      company: `Co${n}`,
      title: `SWE ${n}`,
      url: `https://co${n}.example/${n}`,
      posted_at: '2026-12-01',
      ...extra
    })
    const readme = (mark: string) =>
      [
        '# Jobs',
        '',
        '| Company | Role | Apply |',
        '| --- | --- | --- |',
        ...[1, 2, 3, 4].map(
          n =>
            `| Co${n} | SWE ${n}${n === 1 ? ` ${mark}` : ''} | [Apply](https://co${n}.example/${n}) |`
        ),
        ''
      ].join('\n')
    // 🛂: the sponsorship, not the source of fewer kinds that the marked row alone has too.
    const sponsored = [
      listing(1, { source: 'Community', sponsorship: NO }),
      listing(2, { source: 'Simplify', sponsorship: 'Other' }),
      listing(3, { source: 'Simplify', sponsorship: 'Offers Sponsorship' }),
      listing(4, { source: 'Simplify', sponsorship: 'Other' })
    ]
    const visa = adoptAndRun(readme('🛂'), sponsored, '2026-12-01T12:00:00Z')
    expect(visa.cells[1]).toBe(`{{ title }}{{ sponsorship | mark: "${NO}", " 🛂" }}`)
    expect(visa.init).toContain(
      `2 fields of the listings tell the rows with the 🛂 mark from the others: init read it from sponsorship ("${NO}"), whose name or value speaks of what the mark means, not source ("Community"). If the mark follows another, write {{ source | mark: "Community", " 🛂" }} in its place.`
    )
    expect(unmarked(visa.after)).toBe(readme('🛂'))
    // ⭐, a mark of no known meaning: the field whose marked value a listing the table does not
    // show has too (a kind of listing), not the one only the marked row has.
    const starred = [
      listing(1, { team: 'x', tier: 'gold' }),
      ...[2, 3, 4].map(n => listing(n, { team: 'y', tier: 'silver' })),
      listing(5, { team: 'y', tier: 'gold' })
    ]
    const star = adoptAndRun(readme('⭐'), starred, '2026-12-01T12:00:00Z')
    expect(star.cells[1]).toBe('{{ title }}{{ tier | mark: "gold", " ⭐" }}')
    expect(star.init).toContain('init read it from tier ("gold"), not team ("x")')
  })
})
