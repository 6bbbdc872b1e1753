/**
 * The boards file `init` writes runs clean the first time, with no edit: the listings file it
 * found beside the README is read through the `fields` mapping the load stage's hint proposes
 * (a feed in SimplifyJobs' shape: company_name, locations, date_posted), rows older than the
 * default max-age-days (ages such as `45d` or `2mo`, dates months before the newest) and more
 * rows than the default max-rows are kept; and a second button's address is written from the
 * listing field whose whole value stands in it, however alike the values start or end.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-04-20T12:00:00Z'
const DAY = 86_400_000

interface Row {
  company: string
  title: string
  url: string
  days: number
}

function rows(count: number, days: (index: number) => number): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    company: `Company ${index + 1}`,
    title: 'Software Engineer Intern',
    url: `https://jobs.example.com/${index + 1}`,
    days: days(index)
  }))
}

/** A pipe table of the rows, its last column `last` of each. */
function readme(table: Row[], header: string, last: (row: Row) => string): string {
  return [
    '## Jobs',
    '',
    `| Company | Role | Location | Application | ${header} |`,
    '| --- | --- | --- | :---: | :---: |',
    ...table.map(
      row => `| **${row.company}** | ${row.title} | NYC | [Apply](${row.url}) | ${last(row)} |`
    ),
    '',
    'End.',
    ''
  ].join('\n')
}

/** init in a folder with the README and listings, then a run with the boards file as written. */
function adoptAndRun(files: Record<string, string>) {
  const dir = scratchDir()
  writeFiles(dir, files)
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const boardsFile = read(join(dir, 'jobs-readme.yml'))
  const run = runCli(['--now', NOW, '--config', 'jobs-readme.yml'], { cwd: dir })
  return { init, boardsFile, run, readme: read(join(dir, 'README.md')) }
}

const canonical = (table: Row[]) =>
  JSON.stringify(
    table.map(row => ({
      company: row.company,
      title: row.title,
      location: 'NYC',
      url: row.url,
      posted_at: new Date(Date.parse(NOW) - row.days * DAY).toISOString()
    }))
  )

describe('the boards file init writes, on its first run', () => {
  it('reads listings of another shape through the mapping the hint proposes', () => {
    const table = rows(3, index => index + 1)
    const { init, boardsFile, run } = adoptAndRun({
      'README.md': readme(table, 'Age', row => `${row.days}d`),
      'listings.json': JSON.stringify(
        table.map((row, index) => ({
          source: 'Simplify',
          id: `id-${index}`,
          company_name: row.company,
          title: row.title,
          locations: ['NYC'],
          url: row.url,
          date_posted: Math.round((Date.parse(NOW) - row.days * DAY) / 1000),
          active: true
        }))
      )
    })
    expect(init.status).toBe(0)
    expect((parseYaml(boardsFile) as { fields: string }).fields).toBe(
      'company=company_name,location=locations,posted_at=date_posted'
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('3 openings (+0 -0)')
  })

  it('keeps rows older than the default max-age-days, and more than the default max-rows', () => {
    // 60 rows, ages 1d to 119d (`2mo` and `45d` among them as the table writes them).
    const table = rows(60, index => 1 + index * 2)
    const age = (row: Row) => (row.days >= 60 ? `${Math.floor(row.days / 30)}mo` : `${row.days}d`)
    const { boardsFile, run } = adoptAndRun({
      'README.md': readme(table, 'Age', age),
      'listings.json': canonical(table)
    })
    const board = (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]!
    expect(board['max-age-days']).toBe(0)
    expect(board['max-rows']).toBe(0)
    // Listings of the canonical shape need no mapping.
    expect(boardsFile).not.toMatch(/^fields:/m)
    expect(boardsFile).toContain(
      '# The table shows ages up to 3mo, which the default max-age-days (30) would drop'
    )
    expect(boardsFile).toContain('# The table shows 60 rows, more than the default max-rows (50)')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('60 openings (+0 -0)')
  })

  it('keeps a row a month old (`1mo`), past the default max-age-days by the first run', () => {
    const table = rows(3, index => [2, 10, 33][index]!)
    const { boardsFile, run } = adoptAndRun({
      'README.md': readme(table, 'Age', row => (row.days >= 30 ? '1mo' : `${row.days}d`)),
      'listings.json': canonical(table)
    })
    expect(boardsFile).toContain('# The table shows ages up to 1mo')
    expect(
      (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]
    ).toMatchObject({
      'max-age-days': 0
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('3 openings (+0 -0)')
  })

  it('keeps rows of a Date column that writes the year of older rows (`Jul 2023`)', () => {
    // Six rows of the last ten days, `Oct 20` to `Oct 15`, and two of 2023 as their month.
    const table = rows(8, index => (index < 6 ? index : 460 + index))
    const posted = (row: Row) =>
      new Date(Date.parse(NOW) - row.days * DAY).toLocaleDateString('en-US', {
        month: 'short',
        ...(row.days > 365 ? { year: 'numeric' } : { day: '2-digit' }),
        timeZone: 'UTC'
      })
    const { boardsFile, run } = adoptAndRun({
      'README.md': readme(table, 'Date Posted', posted),
      'listings.json': canonical(table)
    })
    expect(readme(table, 'Date Posted', posted)).toContain('| Jan 2025 |')
    expect(
      (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]
    ).toMatchObject({
      'max-age-days': 0
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('8 openings (+0 -0)')
  })

  it('keeps rows of a Date column that writes the newest rows as ages (`1 day ago`)', () => {
    // Two rows as ages, two as ISO dates 45 days apart: the dates read still drive the guess.
    const table = rows(4, index => [1, 2, 8, 53][index]!)
    const posted = (row: Row) =>
      row.days < 7
        ? `${row.days} day${row.days === 1 ? '' : 's'} ago`
        : new Date(Date.parse(NOW) - row.days * DAY).toISOString().slice(0, 10)
    const text = readme(table, 'Posted', posted)
    expect(text).toContain('| 2 days ago |')
    const { boardsFile, run } = adoptAndRun({
      'README.md': text,
      'listings.json': canonical(table)
    })
    const board = (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]!
    expect(board['max-age-days']).toBe(0)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('4 openings (+0 -0)')
  })

  it('keeps rows of a Date column months before its newest, across the year', () => {
    // Dates without a year, Jan 10 back to Nov 1 of the year before: 70 days.
    const posted = (row: Row) =>
      new Date(Date.parse('2026-01-10T12:00:00Z') - row.days * DAY).toLocaleDateString('en-US', {
        month: 'short',
        day: '2-digit',
        timeZone: 'UTC'
      })
    const table = rows(8, index => index * 10)
    const { boardsFile, run } = adoptAndRun({
      'README.md': readme(table, 'Date Posted', posted),
      'listings.json': canonical(table)
    })
    const board = (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]!
    expect(board['max-age-days']).toBe(0)
    expect(boardsFile).toContain('rows posted at least 70 days apart ("Nov 01" and "Jan 10")')
    expect(board['max-rows']).toBeUndefined()
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('8 openings (+0 -0)')
  })
})

describe('cells past the first rows the cell guesses read', () => {
  it('keeps the dated rows below 20 ages (`1 day ago` above `2025-08-12`), and says the ages are rewritten', () => {
    const table = rows(25, index => (index < 21 ? 1 + (index % 3) : 50 + index))
    const posted = (row: Row) =>
      row.days < 7
        ? `${row.days} day${row.days === 1 ? '' : 's'} ago`
        : new Date(Date.parse(NOW) - row.days * DAY).toISOString().slice(0, 10)
    const { init, boardsFile, run } = adoptAndRun({
      'README.md': readme(table, 'Posted', posted),
      'listings.json': canonical(table)
    })
    const board = (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]!
    expect(board['max-age-days']).toBe(0)
    expect(init.stdout + init.stderr).toContain(
      'The Posted column of README.md writes "1 day ago", which the age filter does not write'
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('25 openings (+0 -0)')
  })

  it('links a column of bare addresses, one of them written as a link, and names that cell', () => {
    const table = rows(6, index => index + 1)
    const site = (row: Row) => `https://${row.company.replace(' ', '').toLowerCase()}.example/`
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': readme(table, 'Website', row =>
        row.days === 4 ? `[${site(row)}](${site(row)}careers)` : site(row)
      ),
      'listings.json': JSON.stringify(
        JSON.parse(canonical(table)).map((listing: object, index: number) => ({
          ...listing,
          website: site(table[index]!)
        }))
      )
    })
    expect(boardsFile).toContain('cell: "{{ website | link: website }}"')
    expect(init.stdout + init.stderr).toContain(
      `The Website column of README.md shows bare addresses, but "[https://company4.example/](https://company4.example/careers)" in a row`
    )
    expect(run.status).toBe(0)
    for (const row of table) expect(after).toContain(`| ${site(row)} |`)
  })

  it('links the cells of a column of another field to the field that holds their addresses', () => {
    const table = rows(4, index => index + 1)
    const pay = (row: Row) => `$${100 + row.days}k`
    const levels = (row: Row) => `https://levels.example/${row.days}`
    const {
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': readme(table, 'Comp', row => `[${pay(row)}](${levels(row)})`),
      'listings.json': JSON.stringify(
        JSON.parse(canonical(table)).map((listing: object, index: number) => ({
          ...listing,
          comp: pay(table[index]!),
          comp_url: levels(table[index]!)
        }))
      )
    })
    expect(boardsFile).toContain('cell: "{{ comp | link: comp_url }}"')
    expect(run.status).toBe(0)
    for (const row of table) expect(after).toContain(`[${pay(row)}](${levels(row)})`)
  })
})

describe('a Date column written in a format of its own', () => {
  // Each a format boards write, and what init guesses for it: the run writes every cell again.
  const day = (row: Row) => new Date(Date.parse(NOW) - row.days * DAY)
  const formats: Array<[string, (date: Date) => string, string]> = [
    ['ISO', date => date.toISOString().slice(0, 10), '%Y-%m-%d'],
    [
      'US',
      date =>
        `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`,
      '%m/%d/%Y'
    ],
    [
      'day first',
      date => `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`,
      '%-d/%-m/%Y'
    ],
    [
      'month named',
      date =>
        date.toLocaleDateString('en-US', {
          month: 'long',
          day: 'numeric',
          year: 'numeric',
          timeZone: 'UTC'
        }),
      '%B %-d, %Y'
    ]
  ]
  for (const [what, write, pattern] of formats)
    it(`writes it again as the cells do (${what}: ${pattern})`, () => {
      // Apr 15, 8 and 1: a day past 12 tells day first from month first, and one under 10
      // padded or not.
      const table = rows(3, index => [5, 12, 19][index]!)
      const text = readme(table, 'Date Posted', row => write(day(row)))
      const {
        boardsFile,
        run,
        readme: after
      } = adoptAndRun({
        'README.md': text,
        'listings.json': canonical(table)
      })
      expect(boardsFile).toContain(`{{ posted_at | date: "${pattern}" }}`)
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('3 openings (+0 -0)')
      expect(after.replace(/^<!-- jobs:openings:(start|end) -->\n/gm, '')).toBe(text)
    })
  for (const [what, write, pattern] of formats)
    it(`guesses the time zone its days are in from them (${what}: ${pattern})`, () => {
      // Posted at 03:00 UTC the day after each cell's: the cells show the day in Pacific time.
      const table = rows(3, index => [5, 12, 19][index]!)
      const text = readme(table, 'Date Posted', row => write(day(row)))
      const listings = (JSON.parse(canonical(table)) as Array<{ posted_at: string }>).map(
        record => ({
          ...record,
          posted_at: new Date(
            Date.parse(record.posted_at.slice(0, 10)) + DAY + 3 * 3_600_000
          ).toISOString()
        })
      )
      const {
        boardsFile,
        run,
        readme: after
      } = adoptAndRun({
        'README.md': text,
        'listings.json': JSON.stringify(listings)
      })
      expect(boardsFile).toContain(`{{ posted_at | date: "${pattern}" }}`)
      expect(boardsFile).toMatch(/^ {4}timezone: America\//m)
      expect(run.status).toBe(0)
      expect(after.replace(/^<!-- jobs:openings:(start|end) -->\n/gm, '')).toBe(text)
    })
})

describe('a Date column whose cells both paddings of the month write alike', () => {
  it('pads the month as the day: %-m/%-d/%Y when no cell pads either (12/5/2025)', () => {
    const cells = ['12/5/2025', '11/28/2025', '10/30/2025']
    const table = rows(3, index => index + 1)
    const text = readme(table, 'Date Posted', row => cells[table.indexOf(row)]!)
    const { boardsFile } = adoptAndRun({ 'README.md': text, 'listings.json': canonical(table) })
    expect(boardsFile).toContain('{{ posted_at | date: "%-m/%-d/%Y" }}')
  })
})

describe('an Apply column of HTML anchors around text', () => {
  it('writes the anchor as the README does, not a Markdown link', () => {
    const table = rows(3, index => index + 1)
    const text = readme(table, 'Age', row => `${row.days}d`).replace(
      /\[Apply\]\(([^)]*)\)/g,
      '<a href="$1" target="_blank">Apply</a>'
    )
    expect(text).toContain('<a href="https://jobs.example.com/1" target="_blank">Apply</a>')
    const {
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': text,
      'listings.json': canonical(table)
    })
    expect(boardsFile).toContain('<a href="{{ url }}" target="_blank">Apply</a>')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('3 openings (+0 -0)')
    expect(after.replace(/^<!-- jobs:openings:(start|end) -->\n/gm, '')).toBe(text)
  })
})

describe('a Salary column', () => {
  const withSalary = (salaries: string[]) => {
    const table = rows(2, index => index + 1)
    const text = readme(table, 'Age', row => `${row.days}d`)
      .replace('| Company | Role |', '| Company | Role | Salary |')
      .replace('| --- | --- |', '| --- | --- | --- |')
    let row = 0
    return text.replace(
      /^(\| \*\*Company \d+\*\* \| [^|]+\|)/gm,
      cells => `${cells} ${salaries[row++]} |`
    )
  }

  it('says so when {{ salary }} does not write its cells again ($172k/yr)', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': withSalary(['$172k/yr', '$56/hr']) })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(init.status).toBe(0)
    expect(init.stdout).toContain(
      'The Salary column of README.md writes "$172k/yr", which {{ salary }} writes "$172K": the first run rewrites those cells'
    )
    expect(read(join(dir, 'jobs-readme.yml'))).toContain(
      '# Its cells write "$172k/yr", which {{ salary }} writes "$172K": the first run rewrites them.'
    )
  })

  it('says nothing when {{ salary }} writes them as they are ($150K+, $45/hr)', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': withSalary(['$150K+', '$45/hr']) })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(init.status).toBe(0)
    expect(init.stdout).not.toContain('Salary column')
    expect(read(join(dir, 'jobs-readme.yml'))).toContain('cell: "{{ salary }}"')
  })
})

describe('rows grouped by company (↳) in an order no sort gives', () => {
  it('says that the first run reorders them, naming the setting', () => {
    // Acme's two roles together, the second older than Initech's below it.
    const table = [
      { company: 'Acme', title: 'ML Intern', url: 'https://jobs.example.com/1', days: 1 },
      { company: 'Acme', title: 'AI Intern', url: 'https://jobs.example.com/2', days: 4 },
      { company: 'Initech', title: 'SWE Intern', url: 'https://jobs.example.com/3', days: 2 }
    ]
    const text = readme(table, 'Age', row => `${row.days}d`).replace('| **Acme** | AI', '| ↳ | AI')
    const sorted = [table[0]!, table[2]!, table[1]!]
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': text, 'listings.json': canonical(table) })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(init.status).toBe(0)
    const note =
      'The rows of README.md (↳ rows under a company\'s first) stand in an order that no sort init can write gives: the first run orders them by "sort"'
    expect(init.stdout).toContain(note)
    expect(read(join(dir, 'jobs-readme.yml'))).toContain(`# ${note}`)
    // In the order the run writes (newest first), nothing to say.
    const inOrder = scratchDir()
    writeFiles(inOrder, {
      'README.md': readme(sorted, 'Age', row => `${row.days}d`),
      'listings.json': canonical(table)
    })
    const quiet = runCli(['init', '--readme', 'README.md'], { cwd: inOrder })
    expect(quiet.status).toBe(0)
    expect(quiet.stdout).not.toContain('no sort init can write')
  })
})

describe('a mark on a closed row that links no posting, with no listings beside the README', () => {
  it("keeps it by the row's company and role", () => {
    const table = rows(3, index => index + 1)
    const text = readme(table, 'Age', row => `${row.days}d`)
      .replace(
        '| Software Engineer Intern | NYC | [Apply](https://jobs.example.com/1) |',
        '| Software Engineer Intern 🛂 | NYC | [Apply](https://jobs.example.com/1) |'
      )
      .replace(
        '| Software Engineer Intern | NYC | [Apply](https://jobs.example.com/3) |',
        '| Software Engineer Intern 🛂 | NYC | 🔒 |'
      )
    expect(text).toContain('| **Company 3** | Software Engineer Intern 🛂 | NYC | 🔒 |')
    const dir = scratchDir()
    const feed = (JSON.parse(canonical(table)) as object[]).map((record, index) => ({
      ...record,
      active: index !== 2
    }))
    // The feed elsewhere: init reads no listings, and matches no row to one.
    writeFiles(dir, { 'README.md': text, 'feed.json': JSON.stringify(feed) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    expect(read(join(dir, 'jobs-readme.yml'))).toContain(
      'company == "Company 3" and title == "Software Engineer Intern"'
    )
    const run = runCli(['--now', NOW, '--config', 'jobs-readme.yml', '--listings', 'feed.json'], {
      cwd: dir
    })
    expect(run.status).toBe(0)
    // The closed row stays, and is no opening.
    expect(run.stdout).toContain('2 openings (+0 -0)')
    expect(read(join(dir, 'README.md'))).toContain(
      '| **Company 3** | Software Engineer Intern 🛂 | NYC |'
    )
  })
})

describe('closed rows past the rows the cell guesses read', () => {
  it('marks them (`closed: mark`), so that the first run keeps them', () => {
    // 25 rows, the 22nd closed (🔒 for its Apply link), as SimplifyJobs' lists write it.
    const table = rows(25, index => index / 2)
    const closed = (row: Row) => row === table[21]
    const text = readme(table, 'Age', row => `${Math.floor(row.days)}d`).replace(
      `[Apply](${table[21]!.url})`,
      '🔒'
    )
    const listings = (JSON.parse(canonical(table)) as object[]).map((record, index) => ({
      ...record,
      active: !closed(table[index]!)
    }))
    const {
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': text,
      'listings.json': JSON.stringify(listings)
    })
    expect(
      (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]
    ).toMatchObject({
      closed: 'mark'
    })
    expect(run.status).toBe(0)
    // The closed row (🔒) stays, and is no opening.
    expect(run.stdout).toContain('24 openings (+0 -0)')
    expect(after).toMatch(new RegExp(`^\\| \\*\\*${table[21]!.company}\\*\\* \\|.*🔒`, 'm'))
  })
})

describe('a second button whose addresses hold ids alike at an end', () => {
  const button = (id: string) =>
    `<a href="https://simplify.jobs/p/${id}?utm_source=GHList"><img src="https://i.imgur.com/aVnQdox.png" width="26" alt="Simplify"></a>`
  const apply = (url: string) =>
    `<a href="${url}?utm_source=Simplify&ref=Simplify"><img src="https://i.imgur.com/fbjwDvo.png" width="50" alt="Apply"></a>`

  for (const [what, ids, added] of [
    ['the same first character', ['a1111111-0000-1', 'a2222222-0000-2'], 'c3333333-0000-3'],
    ['the same last character', ['1111111-0000-a9', '2222222-0000-b9'], '3333333-0000-c9']
  ] as const)
    it(`writes it from the id field when the ids share ${what}`, () => {
      const table = rows(2, index => index + 1)
      const html = [
        '## Jobs',
        '',
        '<table>',
        '<thead>',
        '<tr><th>Company</th><th>Role</th><th>Application</th><th>Age</th></tr>',
        '</thead>',
        '<tbody>',
        ...table.map(
          (row, index) =>
            `<tr><td>${row.company}</td><td>${row.title}</td><td><div align="center">${apply(row.url)} ${button(ids[index]!)}</div></td><td>${row.days}d</td></tr>`
        ),
        '</tbody>',
        '</table>',
        '',
        'End.',
        ''
      ].join('\n')
      const record = (row: Row, id: string) => ({
        source: 'Simplify',
        id,
        company: row.company,
        title: row.title,
        url: row.url,
        posted_at: new Date(Date.parse(NOW) - row.days * DAY).toISOString()
      })
      const dir = scratchDir()
      writeFiles(dir, {
        'README.md': html,
        'listings.json': JSON.stringify(table.map((row, index) => record(row, ids[index]!)))
      })
      expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
      const boardsFile = read(join(dir, 'jobs-readme.yml'))
      expect(boardsFile).not.toContain('case url')
      expect(boardsFile).toContain(
        '{{ id | prepend: "https://simplify.jobs/p/" | append: "?utm_source=GHList"'
      )
      const fresh = {
        company: 'Initech',
        title: 'Intern',
        url: 'https://jobs.initech.com/3',
        days: 0.5
      }
      writeFiles(dir, {
        'listings.json': JSON.stringify([
          record(fresh, added),
          ...table.map((row, index) => record(row, ids[index]!))
        ])
      })
      const run = runCli(['--now', NOW, '--config', 'jobs-readme.yml'], { cwd: dir })
      expect(run.status).toBe(0)
      expect(read(join(dir, 'README.md'))).toContain(
        `<td><div align="center">${apply(fresh.url)} ${button(added)}</div></td>`
      )
    })
})

describe('a mark on closed rows that link no posting, beside an unmarked row of the same role', () => {
  const text = (austin: string, la: string) =>
    [
      '# Jobs',
      '',
      '| Company | Role | Location | Application/Link | Date Posted |',
      '| --- | --- | --- | --- | --- |',
      '| **Acme** | SWE | Austin, TX | <a href="https://jobs.example/a/1">Apply</a> | Sep 24 |',
      `| **Nominal** | SWE | ${austin} | 🔒 | Sep 23 |`,
      `| **Nominal** | SWE 🇺🇸 | ${la} | 🔒 | Sep 23 |`,
      ''
    ].join('\n')
  const feed = (austin: string, la: string, extra: (index: number) => object = () => ({})) =>
    JSON.stringify(
      [
        { company: 'Acme', title: 'SWE', location: 'Austin, TX', url: 'https://jobs.example/a/1' },
        { company: 'Nominal', title: 'SWE', location: austin, active: false, id: 'n1' },
        { company: 'Nominal', title: 'SWE', location: la, active: false, id: 'n2' }
      ].map((record, index) => ({
        ...record,
        posted_at: index === 0 ? '2026-09-24T17:00:00Z' : '2026-09-23T14:00:00Z',
        ...extra(index)
      }))
    )
  const adopt = (readmeText: string, listings: string) => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readmeText, 'feed.json': listings })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    const run = runCli(
      ['--now', '2026-09-25T12:00:00Z', '--config', 'jobs-readme.yml', '--listings', 'feed.json'],
      { cwd: dir }
    )
    return {
      init,
      boardsFile: read(join(dir, 'jobs-readme.yml')),
      run,
      readme: read(join(dir, 'README.md'))
    }
  }

  it('keeps it by company, role and location, not on the unmarked row of another place', () => {
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adopt(text('Austin, TX', 'LA'), feed('Austin, TX', 'LA'))
    expect(init.status).toBe(0)
    expect(boardsFile).toContain(
      'company == "Nominal" and title == "SWE" and location == "LA" %} 🇺🇸'
    )
    expect(run.status).toBe(0)
    expect(after).toContain('| **Nominal** | SWE | Austin, TX | 🔒 | Sep 23 |')
    expect(after).toContain('| **Nominal** | SWE 🇺🇸 | LA | 🔒 | Sep 23 |')
  })

  it('leaves it out and says which row loses it when the location tells them apart neither', () => {
    const { init, boardsFile, readme: after } = adopt(text('LA', 'LA'), feed('LA', 'LA'))
    expect(init.status).toBe(0)
    expect(boardsFile).not.toContain('company == "Nominal"')
    expect(`${init.stdout}${init.stderr}`).toContain(
      'The 🇺🇸 mark of the row "Nominal | SWE | LA" in README.md cannot be kept'
    )
    // Neither row gains the mark.
    expect(after.match(/SWE 🇺🇸/g) ?? []).toHaveLength(0)
  })

  it('follows a field of the listings beside the README that explains it', () => {
    const sponsorship = (index: number) => ({
      sponsorship: index === 2 ? 'U.S. Citizenship is Required' : 'Offers Sponsorship'
    })
    const listings = JSON.parse(feed('Austin, TX', 'LA', sponsorship)) as object[]
    // A fourth listing, marked, of the same kind: the field's value is shared.
    const rows = [
      ...listings,
      {
        company: 'Beta',
        title: 'PM',
        location: 'NYC',
        url: 'https://jobs.example/b/1',
        posted_at: '2026-09-22T10:00:00Z',
        sponsorship: 'U.S. Citizenship is Required'
      }
    ]
    const readmeText = text('Austin, TX', 'LA').replace(
      '| **Nominal** | SWE 🇺🇸 | LA | 🔒 | Sep 23 |\n',
      '| **Nominal** | SWE 🇺🇸 | LA | 🔒 | Sep 23 |\n| **Beta** | PM 🇺🇸 | NYC | <a href="https://jobs.example/b/1">Apply</a> | Sep 22 |\n'
    )
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readmeText, 'listings.json': JSON.stringify(rows) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    expect(read(join(dir, 'jobs-readme.yml'))).toContain(
      '{{ sponsorship | mark: "U.S. Citizenship is Required", " 🇺🇸" }}'
    )
  })
})

describe('a table of roles folded under the openings table, as closed: details writes it', () => {
  const row = (company: string, index: number) =>
    `| **${company}** | Intern | NYC | <a href="https://jobs.example/${index}">Apply</a> | ${index}d |`
  const text = (summary: string, opening = `<details><summary>${summary}</summary>`) =>
    [
      '# Internships',
      '',
      '## Roles',
      '',
      '| Company | Role | Location | Application | Age |',
      '| --- | --- | --- | --- | --- |',
      row('Acme', 1),
      row('Beta', 2),
      '',
      opening,
      '',
      '| Company | Role | Location | Application | Age |',
      '| --- | --- | --- | --- | --- |',
      row('Gamma', 3),
      row('Delta', 4),
      '',
      '</details>',
      '',
      '## Footer',
      ''
    ].join('\n')
  const listings = JSON.stringify(
    ['Acme', 'Beta', 'Gamma', 'Delta'].map((company, index) => ({
      company,
      title: 'Intern',
      location: 'NYC',
      url: `https://jobs.example/${index + 1}`,
      active: index < 2,
      posted_at: new Date(Date.parse(NOW) - (index + 1) * DAY).toISOString()
    }))
  )
  const strip = (readmeText: string) =>
    readmeText.replace(/^<!-- jobs:openings:(start|end) -->\n/gm, '')

  for (const [summary, label] of [
    ['Inactive roles (2)', undefined],
    ['Closed roles: 2', 'Closed roles: {count}']
  ] as const)
    it(`writes closed: details, so that the first run keeps it (${summary})`, () => {
      const {
        init,
        boardsFile,
        run,
        readme: after
      } = adoptAndRun({
        'README.md': text(summary),
        'listings.json': listings
      })
      expect(init.status).toBe(0)
      const board = (parseYaml(boardsFile) as { boards: Array<Record<string, unknown>> }).boards[0]!
      expect(board.closed).toBe('details')
      expect(board.labels).toEqual(label ? { 'inactive-roles': label } : undefined)
      expect(`${init.stdout}${init.stderr}`).not.toContain('rewrites its opening')
      expect(run.status).toBe(0)
      expect(strip(after)).toBe(text(summary))
    })

  // Under a heading about jobs the fold's table is named by its summary, not the heading: it
  // is still the fold of the table above it, whatever the layout of its opening.
  for (const opening of [
    '<details><summary>Inactive roles (2)</summary>',
    '<details>\n<summary>Inactive roles (2)</summary>'
  ])
    it(`folds the closed roles into the zone under a heading about jobs (${JSON.stringify(opening)})`, () => {
      const written = text('Inactive roles (2)', opening).replace('## Roles', '## Open Jobs')
      const {
        init,
        boardsFile,
        run,
        readme: after
      } = adoptAndRun({ 'README.md': written, 'listings.json': listings })
      expect(init.status).toBe(0)
      expect(boardsFile).toContain('closed: details')
      expect(after).toContain('</details>\n\n<!-- jobs:openings:end -->')
      expect(run.status).toBe(0)
      expect(after.match(/<details>/g)).toHaveLength(1)
      expect(strip(after)).toBe(text('Inactive roles (2)').replace('## Roles', '## Open Jobs'))
    })

  it('writes closed: details for a zone already marked around both tables', () => {
    const marked = text('Inactive roles (2)')
      .replace('| Company', '<!-- jobs:openings:start -->\n| Company')
      .replace('</details>\n', '</details>\n\n<!-- jobs:openings:end -->\n')
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': marked,
      'listings.json': listings
    })
    expect(init.status).toBe(0)
    expect(boardsFile).toContain('closed: details')
    expect(run.status).toBe(0)
    expect(after).toBe(marked)
  })

  it('leaves one of other roles out of the zone, and says so', () => {
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': text('More roles (2)'),
      'listings.json': listings
    })
    expect(init.status).toBe(0)
    expect(`${init.stdout}${init.stderr}`).toContain(
      'The table folded under "More roles (2)" (README.md, lines 10-17) does not name closed roles'
    )
    expect(boardsFile).not.toContain('closed: details')
    expect(run.status).toBe(0)
    expect(after).toContain('<!-- jobs:openings:end -->\n\n<details><summary>More roles (2)')
    expect(strip(after)).toBe(text('More roles (2)'))
  })

  // A fold as boards write it by hand: its opening tags laid out otherwise than a run writes
  // them. Init reads the fold through the README's blocks and the HTML, whatever the layout.
  const shown = (result: { stdout: string; stderr: string }) => `${result.stdout}${result.stderr}`
  const closedRows = (readmeText: string) =>
    readmeText.slice(readmeText.indexOf('<details'), readmeText.indexOf('</details>'))

  it('reads <details> and its <summary> on lines of their own: closed: details, nothing lost', () => {
    const written = text('Inactive roles (2)', '<details>\n<summary>Inactive roles (2)</summary>')
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': written,
      'listings.json': listings
    })
    expect(init.status).toBe(0)
    expect(boardsFile).toContain('closed: details')
    expect(shown(init)).toContain(
      'the first run rewrites its opening as "<details><summary>Inactive roles ({count})</summary>"'
    )
    expect(run.status).toBe(0)
    expect(closedRows(after)).toContain('**Gamma**')
    expect(closedRows(after)).toContain('**Delta**')
    expect(strip(after)).toBe(text('Inactive roles (2)'))
  })

  it('leaves out of the zone a fold of other roles whose <summary> is on a line of its own', () => {
    const written = text('Older roles', '<details>\n<summary>Older roles</summary>')
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': written,
      'listings.json': listings
    })
    expect(init.status).toBe(0)
    expect(shown(init)).toContain(
      'The table folded under "Older roles" (README.md, lines 10-18) does not name closed roles'
    )
    expect(boardsFile).not.toContain('closed: details')
    expect(run.status).toBe(0)
    expect(after).toContain('<!-- jobs:openings:end -->\n\n<details>\n<summary>Older roles')
    expect(strip(after)).toBe(written)
  })

  for (const opening of [
    '<details open><summary>Inactive roles (2)</summary>',
    '<details><summary><b>Inactive roles (2)</b></summary>',
    '<details open>\n  <summary>\n    <strong>Inactive roles (2)</strong>\n  </summary>'
  ])
    it(`reads the summary's text through the HTML, and says the first run rewrites ${JSON.stringify(opening)}`, () => {
      const {
        init,
        boardsFile,
        run,
        readme: after
      } = adoptAndRun({
        'README.md': text('Inactive roles (2)', opening),
        'listings.json': listings
      })
      expect(init.status).toBe(0)
      const board = (parseYaml(boardsFile) as { boards: Array<Record<string, unknown>> }).boards[0]!
      expect(board.closed).toBe('details')
      expect(board.labels).toBeUndefined()
      expect(shown(init)).toContain(
        `opens with ${JSON.stringify(opening)}: the first run rewrites its opening as "<details><summary>Inactive roles ({count})</summary>"`
      )
      expect(run.status).toBe(0)
      expect(strip(after)).toBe(text('Inactive roles (2)'))
    })

  it('reads a fold with blank lines between its tags in a README not marked yet: one zone, nothing lost', () => {
    const written = text('Inactive roles (2)', '<details>\n\n<summary>Inactive roles (2)</summary>')
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': written,
      'listings.json': listings
    })
    expect(init.status).toBe(0)
    expect(init.stdout).toContain('around: openings.')
    expect(boardsFile).toContain('closed: details')
    expect(run.status).toBe(0)
    expect(closedRows(after)).toContain('**Gamma**')
    expect(closedRows(after)).toContain('**Delta**')
    expect(strip(after)).toBe(text('Inactive roles (2)'))
  })

  it('reads a fold with blank lines between its tags in a zone already marked', () => {
    const marked = text('Inactive roles (2)', '<details>\n\n<summary>Inactive roles (2)</summary>')
      .replace('| Company', '<!-- jobs:openings:start -->\n| Company')
      .replace('</details>\n', '</details>\n\n<!-- jobs:openings:end -->\n')
    const {
      init,
      boardsFile,
      run,
      readme: after
    } = adoptAndRun({
      'README.md': marked,
      'listings.json': listings
    })
    expect(init.status).toBe(0)
    expect(boardsFile).toContain('closed: details')
    expect(run.status).toBe(0)
    expect(closedRows(after)).toContain('**Gamma**')
    expect(closedRows(after)).toContain('**Delta**')
  })
})
