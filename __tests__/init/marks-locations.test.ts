/**
 * `init`, then runs, through the CLI, on a table as SimplifyJobs' boards write it
 * (examples/simplify-summer2025, simplify-2026): marks after the role on some rows only (🛂 no
 * sponsorship, 🇺🇸 U.S. citizenship required), 🔥 before some companies, company links with
 * their own parameters (`?utm_source=GHList&utm_medium=company`), and locations joined by
 * `</br>`, more than three collapsed into `<details><summary>**5 locations**</summary>…`.
 * init's guess writes every row as the README has it, so the first run changes nothing; with
 * the listings beside the README, the marks follow the field their rows share, so a new
 * listing gets them too.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
import { renderGfm } from '../helpers/cmark.js'

const NOW = '2025-10-24T12:00:00Z'
const QUERY = 'utm_source=Simplify&ref=Simplify'
const COMPANY_QUERY = 'utm_source=GHList&utm_medium=company'
const NO_SPONSORSHIP = 'Does Not Offer Sponsorship'
const CITIZENS = 'U.S. Citizenship is Required'

interface Row {
  company: string
  slug: string
  title: string
  locations: string[]
  sponsorship: string
  /** A FAANG+ company: 🔥 before its name. */
  hot: boolean
  day: number
}

const ROWS: Row[] = [
  row('Google', 'SWE Intern', ['NYC', 'SF', 'LA', 'Austin, TX'], NO_SPONSORSHIP, true, 23),
  row('Acme', 'Data Intern', ['Boston, MA', 'SF'], CITIZENS, false, 22),
  row('Google', 'ML Intern', ['Mountain View, CA'], 'Offers Sponsorship', true, 21),
  row('Initech', 'QA Intern', ['Austin, TX', 'Dallas, TX', 'Remote'], NO_SPONSORSHIP, false, 20),
  row('Globex', 'Hardware Intern', ['Seattle, WA'], 'Offers Sponsorship', false, 19),
  row('Umbrella', 'Bio Intern', ['A', 'B', 'C', 'D', 'E'], 'Other', false, 18),
  row('Hooli', 'PM Intern', ['Palo Alto, CA'], CITIZENS, false, 17)
]

function row(
  company: string,
  title: string,
  locations: string[],
  sponsorship: string,
  hot: boolean,
  day: number
): Row {
  return { company, slug: company.toLowerCase(), title, locations, sponsorship, hot, day }
}

const postingUrl = (row: Row) => `https://jobs.example/${row.slug}/${row.day}`

const MARKS: Record<string, string> = { [NO_SPONSORSHIP]: ' 🛂', [CITIZENS]: ' 🇺🇸' }

/** The row as their script writes it. */
function line(row: Row): string {
  const company = `${row.hot ? '🔥 ' : ''}**[${row.company}](https://simplify.jobs/c/${row.company}?${COMPANY_QUERY})**`
  const locations =
    row.locations.length > 3
      ? `<details><summary>**${row.locations.length} locations**</summary>${row.locations.join('</br>')}</details>`
      : row.locations.join('</br>')
  const apply = `<a href="${postingUrl(row)}?${QUERY}"><img src="https://i.imgur.com/u1KNU8z.png" width="118" alt="Apply"></a>`
  const date = `Oct ${String(row.day).padStart(2, '0')}`
  return `| ${company} | ${row.title}${MARKS[row.sponsorship] ?? ''} | ${locations} | ${apply} | ${date} |`
}

const README = [
  '# Summer Internships',
  '',
  '<!-- Please leave a one line gap between this and the table TABLE_START (DO NOT CHANGE THIS LINE) -->',
  '',
  '| Company | Role | Location | Application/Link | Date Posted |',
  '| ------- | ---- | -------- | ---------------- | ----------- |',
  ...ROWS.map(line),
  '',
  '<!-- Please leave a one line gap between this and the table TABLE_END (DO NOT CHANGE THIS LINE) -->',
  ''
].join('\n')

function listing(row: Row) {
  return {
    company: row.company,
    company_url: `https://simplify.jobs/c/${row.company}`,
    title: row.title,
    url: postingUrl(row),
    locations: row.locations,
    sponsorship: row.sponsorship,
    posted_at: `2025-10-${String(row.day).padStart(2, '0')}T12:00:00Z`
  }
}

const RUN = ['--now', NOW, '--max-age-days', '0', '--max-rows', '0', '--max-removed-percent', '100']

interface Column {
  header: string
  cell: string
}

/** init in a folder with `files`, then two runs with the boards file it wrote. */
function adoptAndRun(files: Record<string, string>, flags: string[] = []) {
  const dir = scratchDir()
  mkdirSync(join(dir, 'data'), { recursive: true })
  writeFiles(dir, { 'README.md': README, ...files })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
    boards: { table: { columns: Column[] } }[]
  }
  const cell = (header: string) =>
    boards.boards[0]!.table.columns.find(each => each.header === header)!.cell
  const runs = [1, 2].map(() => {
    const run = runCli([...RUN, ...flags, '--config', 'jobs-readme.yml'], { cwd: dir })
    return { run, readme: read(join(dir, 'README.md')) }
  })
  return { dir, init, adopted, cell, runs }
}

describe('init on marks, company links with parameters and lists of locations', () => {
  it('guesses them from the cells and the listings beside the README: the runs change nothing', () => {
    const { init, adopted, cell, runs } = adoptAndRun({
      'listings.json': JSON.stringify(ROWS.map(listing))
    })
    expect(init.status).toBe(0)
    expect(cell('Location')).toBe('{{ locations | details: 3, "locations" }}')
    expect(cell('Role')).toBe(
      `{{ title }}{{ sponsorship | mark: "${NO_SPONSORSHIP}", " 🛂" }}{{ sponsorship | mark: "${CITIZENS}", " 🇺🇸" }}`
    )
    // A company is no reason for a mark (two rows of one company tell nothing of a third):
    // the 🔥 rows keep it by their postings.
    expect(cell('Company')).toBe(
      `{% case url %}{% when "${postingUrl(ROWS[0]!)}", "${postingUrl(ROWS[2]!)}" %}🔥 {% endcase %}{% assign company_link = nil %}{% if company_url != blank %}{% assign company_link = company_url | with_query: "${COMPANY_QUERY}" %}{% endif %}**{{ company | link: company_link }}**`
    )
    for (const { run, readme } of runs) {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(renderGfm(readme)).toBe(renderGfm(adopted))
      expect(readme).toBe(adopted)
    }
  })

  it('marks and collapses a listing the README does not have yet by its fields', () => {
    // 🛂 by its sponsorship; no 🔥: its company is no reason for one.
    const added = row('Google', 'New Intern', ['W', 'X', 'Y', 'Z'], NO_SPONSORSHIP, false, 24)
    const { dir, adopted } = adoptAndRun({ 'listings.json': JSON.stringify(ROWS.map(listing)) })
    writeFiles(dir, { 'listings.json': JSON.stringify([added, ...ROWS].map(listing)) })
    const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
    expect(run.status).toBe(0)
    const after = read(join(dir, 'README.md'))
    const html = renderGfm(after)
    expect(html).toContain(
      renderGfm(`| a | b | c | d | e |\n|-|-|-|-|-|\n${line(added)}\n`).match(
        /<tr>\n<td><strong>[^]*?<\/tr>/
      )![0]
    )
    expect(after.replace(`${line(added)}\n`, '')).toBe(adopted)
  })

  it('carries the marks by posting when no listings are beside the README', () => {
    const { init, adopted, cell, runs } = adoptAndRun(
      { 'data/jobs.json': JSON.stringify(ROWS.map(listing)) },
      ['--listings', 'data/jobs.json']
    )
    expect(init.status).toBe(0)
    expect(cell('Role')).toContain(
      `{% case url %}{% when "${postingUrl(ROWS[0]!)}", "${postingUrl(ROWS[3]!)}" %} 🛂{% endcase %}`
    )
    for (const { run, readme } of runs) {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(readme).toBe(adopted)
    }
  })
})

describe('init on an HTML table of locations joined by <br>, collapsed under a <strong> summary', () => {
  // SimplifyJobs' 2026 format: `<td>SF<br>NYC</td>`, and more than three in
  // `<details><summary><strong>4 locations</strong></summary>…</details>`; the company linked
  // to its page with their parameters, or not linked when it has none.
  const cell = (locations: string[]) =>
    locations.length > 3
      ? `<details><summary><strong>${locations.length} locations</strong></summary>${locations.join('<br>')}</details>`
      : locations.join('<br>')
  const html = [
    '## Jobs',
    '',
    '<table>',
    '<thead>',
    '<tr>',
    '<th>Company</th>',
    '<th>Role</th>',
    '<th>Location</th>',
    '<th>Application</th>',
    '</tr>',
    '</thead>',
    '<tbody>',
    ...ROWS.flatMap(each => [
      '<tr>',
      each.company === 'Globex'
        ? `<td><strong>${each.company}</strong></td>`
        : `<td><strong><a href="https://simplify.jobs/c/${each.company}?${COMPANY_QUERY}">${each.company}</a></strong></td>`,
      `<td>${each.title}</td>`,
      `<td>${cell(each.locations)}</td>`,
      `<td><a href="${postingUrl(each)}">Apply</a></td>`,
      '</tr>'
    ]),
    '</tbody>',
    '</table>',
    ''
  ].join('\n')

  it('joins and collapses them, and links companies, as the cells do: the runs change nothing', () => {
    const dir = scratchDir()
    // Globex has no company page: its name alone, never an empty link.
    const listings = ROWS.map(each =>
      each.company === 'Globex' ? { ...listing(each), company_url: '' } : listing(each)
    )
    writeFiles(dir, { 'README.md': html, 'listings.json': JSON.stringify(listings) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    const adopted = read(join(dir, 'README.md'))
    const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
      boards: { table: { columns: Column[] } }[]
    }
    const location = boards.boards[0]!.table.columns.find(each => each.header === 'Location')!
    expect(location.cell).toBe('{{ locations | details: 3, "locations", "<br>" }}')
    for (const _ of [1, 2]) {
      const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(read(join(dir, 'README.md'))).toBe(adopted)
    }
  })
})

describe('init on marks that only closed roles (🔒, no posting link) write', () => {
  // A closed role without the mark too: being closed is not what the mark tells.
  const closed = new Set([0, 3, 4])
  const readme = README.split('\n')
    .map(text => {
      const at = ROWS.findIndex(each => text === line(each))
      return closed.has(at) ? text.replace(/<a href=.*?<\/a>/, '🔒') : text
    })
    .join('\n')

  it('finds their listings by company and role, and the field that tells them', () => {
    const dir = scratchDir()
    const listings = ROWS.map((each, index) => ({ ...listing(each), active: !closed.has(index) }))
    writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    const adopted = read(join(dir, 'README.md'))
    const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
      boards: { table: { columns: Column[] } }[]
    }
    expect(boards.boards[0]!.table.columns.find(each => each.header === 'Role')!.cell).toBe(
      `{{ title }}{{ sponsorship | mark: "${NO_SPONSORSHIP}", " 🛂" }}{{ sponsorship | mark: "${CITIZENS}", " 🇺🇸" }}`
    )
    const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toBe(adopted)
  })

  it('links the company only on the rows whose listing the field tells, as New Grad does', () => {
    // SimplifyJobs' New-Grad script links a company's page on an open role's row only.
    const unlinked = readme
      .split('\n')
      .map(text =>
        text.includes('| 🔒 |') ? text.replace(/\*\*\[([^\]]*)\]\([^)]*\)\*\*/, '**$1**') : text
      )
      .join('\n')
    const dir = scratchDir()
    const listings = ROWS.map((each, index) => ({ ...listing(each), active: !closed.has(index) }))
    writeFiles(dir, { 'README.md': unlinked, 'listings.json': JSON.stringify(listings) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    const adopted = read(join(dir, 'README.md'))
    const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
      boards: { table: { columns: Column[] } }[]
    }
    expect(boards.boards[0]!.table.columns.find(each => each.header === 'Company')!.cell).toContain(
      `{% assign company_link = nil %}{% if company_url != blank %}{% if active == true %}{% assign company_link = company_url | with_query: "${COMPANY_QUERY}" %}{% endif %}{% endif %}`
    )
    const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toBe(adopted)
  })
})

describe('init on locations listed one a line, each after a mark', () => {
  // As hand-kept boards write them (ReaVNaiL/New-Grad-2024): `- Leesburg, VA <br> - Chandler, AZ`.
  const places = [['Leesburg, VA', 'Chandler, AZ', 'Tempe, AZ'], ['Remote'], ['Durham, NC', 'NYC']]
  const readme = [
    '# New Grad 2024',
    '',
    '## Jobs',
    '',
    '| Name | Location | Roles | Date Added |',
    '| ---- | -------- | ----- | ---------- |',
    ...places.map(
      (list, n) =>
        `| Acme${n} | ${list.map(place => `- ${place}`).join(' <br> ')} | [Engineer](https://jobs.example/${n}) | 10/0${3 - n}/2023 |`
    ),
    ''
  ].join('\n')
  const listings = places.map((list, n) => ({
    company: `Acme${n}`,
    title: 'Engineer',
    url: `https://jobs.example/${n}`,
    locations: list,
    posted_at: `2023-10-0${3 - n}T12:00:00Z`
  }))

  it('joins them with the whole text between two, mark and spaces: the runs change nothing', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    const adopted = read(join(dir, 'README.md'))
    const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
      boards: { table: { columns: Column[] } }[]
    }
    const location = boards.boards[0]!.table.columns.find(each => each.header === 'Location')!
    expect(location.cell).toBe('- {{ locations | join: " <br> - " }}')
    const run = runCli(
      ['--now', '2023-10-05T12:00:00Z', '--max-age-days', '0', '--config', 'jobs-readme.yml'],
      { cwd: dir }
    )
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toBe(adopted)
  })
})
