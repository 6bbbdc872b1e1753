/**
 * `init` then runs, through the CLI, on an Application column of two image buttons per row: the
 * Apply button to the employer's posting and a Simplify button to the listing's page on
 * simplify.jobs, as SimplifyJobs/Summer2026-Internships' README writes it (commit 0023b18b00bb,
 * 2026-04, examples/simplify-2026/fixture) and SimplifyJobs/New-Grad-Positions' (commit
 * 001724154e0e): `<div align="center"><a href="<posting>?utm_source=Simplify&ref=Simplify"><img
 * src="https://i.imgur.com/fbjwDvo.png" width="50" alt="Apply"></a> <a
 * href="https://simplify.jobs/p/<id>?utm_source=GHList"><img src="https://i.imgur.com/aVnQdox.png"
 * width="26" alt="Simplify"></a></div>`, and one wider button alone for a listing from elsewhere
 * (`6cFAMUo.png`, width 80). init's guess keeps both buttons, so the first run, and the second,
 * leave the README as it is.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-04-20T12:00:00Z'
const QUERY = 'utm_source=Simplify&ref=Simplify'

interface Row {
  company: string
  title: string
  url: string
  /** The listing's id on simplify.jobs; none: a listing from elsewhere (one button). */
  simplify?: string
  hours: number
}

const ROWS: Row[] = [
  {
    company: 'Meshy',
    title: 'Data Infra Engineer Intern',
    url: 'https://jobs.ashbyhq.com/meshy/2f33b2eb-b76d-4618-b299-497471f263b9',
    hours: 1
  },
  {
    company: 'Harris Computer',
    title: 'Software Development Intern',
    url: 'https://harriscomputer.wd3.myworkdayjobs.com/1/job/Idaho-United-States/Software-Development-Intern_R0043991',
    simplify: '5b276a14-eb91-4db5-8ca4-efb914594947',
    hours: 2
  },
  {
    company: 'Base Power',
    title: 'Software Engineer Intern',
    url: 'https://jobs.ashbyhq.com/base-power/5353ea33-57d4-46fa-9a96-e392a3f841bc/application',
    simplify: 'e2e3917f-309a-4c40-9db2-2b8beedf29be',
    hours: 3
  },
  {
    company: 'IDeaS',
    title: 'Software Engineer in Test Intern',
    url: 'https://ideas-sas.icims.com/jobs/40116/job?mobile=true&needsRedirect=false',
    simplify: '7248ea7b-df82-4a25-b609-c9dba0a0a627',
    hours: 4
  }
]

/** The Application cell as their script writes it. */
function application(row: Row): string {
  const apply = `${row.url}${row.url.includes('?') ? '&' : '?'}${QUERY}`
  if (!row.simplify)
    return `<div align="center"><a href="${apply}"><img src="https://i.imgur.com/6cFAMUo.png" width="80" alt="Apply"></a></div>`
  return `<div align="center"><a href="${apply}"><img src="https://i.imgur.com/fbjwDvo.png" width="50" alt="Apply"></a> <a href="https://simplify.jobs/p/${row.simplify}?utm_source=GHList"><img src="https://i.imgur.com/aVnQdox.png" width="26" alt="Simplify"></a></div>`
}

const README = [
  '## 💻 Software Engineering Internship Roles',
  '',
  '<table>',
  '<thead>',
  '<tr>',
  '<th>Company</th>',
  '<th>Role</th>',
  '<th>Location</th>',
  '<th>Application</th>',
  '<th>Age</th>',
  '</tr>',
  '</thead>',
  '<tbody>',
  ...ROWS.flatMap(row => [
    '<tr>',
    `<td><strong>${row.company}</strong></td>`,
    `<td>${row.title}</td>`,
    '<td>NYC</td>',
    `<td>${application(row)}</td>`,
    '<td>0d</td>',
    '</tr>'
  ]),
  '</tbody>',
  '</table>',
  '',
  '## More',
  ''
].join('\n')

/** The listings behind the rows; `fields` says which of id and source they carry. */
function listings(rows: Row[], fields: { id: boolean }) {
  return rows.map(row => ({
    ...(fields.id
      ? {
          // Sponsorship tells these rows apart too; the source names the second link's site.
          sponsorship: row.simplify ? 'Other' : 'Offers Sponsorship',
          id: row.simplify ?? `other-${row.hours}`,
          source: row.simplify ? 'Simplify' : 'Other'
        }
      : {}),
    company: row.company,
    title: row.title,
    location: 'NYC',
    url: row.url,
    posted_at: new Date(Date.parse(NOW) - row.hours * 3_600_000).toISOString()
  }))
}

const RUN = ['--now', NOW, '--max-age-days', '0', '--max-rows', '0', '--max-removed-percent', '100']

/** init in a folder with `files`, then two runs with the boards file it wrote. */
function adoptAndRun(files: Record<string, string>, flags: string[] = []) {
  const dir = scratchDir()
  mkdirSync(join(dir, 'data'), { recursive: true })
  writeFiles(dir, { 'README.md': README, ...files })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const boards = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
    boards: { table: { columns: { header: string; cell: string }[] } }[]
  }
  const cell = boards.boards[0]!.table.columns.find(each => each.header === 'Application')!.cell
  const runs = [1, 2].map(() => {
    const run = runCli([...RUN, ...flags, '--config', 'jobs-readme.yml'], { cwd: dir })
    return { run, readme: read(join(dir, 'README.md')) }
  })
  return { dir, init, adopted, cell, runs }
}

describe('init on an Application column of an Apply and a Simplify button', () => {
  it('writes the second button from the listing field its address is made of', () => {
    const { init, adopted, cell, runs } = adoptAndRun({
      'listings.json': JSON.stringify(listings(ROWS, { id: true }))
    })
    expect(init.status).toBe(0)
    expect(adopted.replace(/<!-- jobs:openings:(start|end) -->\n/g, '')).toBe(README)
    expect(cell).toContain(
      '<a href="{{ id | prepend: "https://simplify.jobs/p/" | append: "?utm_source=GHList" }}"><img src="https://i.imgur.com/aVnQdox.png" width="26" alt="Simplify"></a>'
    )
    expect(cell).toMatch(/^\{% if url %\}\{% if source == "Simplify" %\}/)
    for (const { run, readme } of runs) {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(readme).toBe(adopted)
    }
  })

  it('carries each second address in the boards file when no listing field gives it', () => {
    const { init, adopted, cell, runs } = adoptAndRun(
      { 'data/jobs.json': JSON.stringify(listings(ROWS, { id: false })) },
      ['--listings', 'data/jobs.json']
    )
    expect(init.status).toBe(0)
    expect(cell).toContain(
      `{% when "${ROWS[1]!.url}" %}{% assign second = "https://simplify.jobs/p/${ROWS[1]!.simplify}?utm_source=GHList" %}`
    )
    for (const { run, readme } of runs) {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(readme).toBe(adopted)
    }
  })

  it('gives a listing the README does not have yet the one-button cell', () => {
    const added: Row = {
      company: 'Acme',
      title: 'New Intern',
      url: 'https://jobs.example/new',
      hours: 0.5
    }
    const { dir, adopted } = adoptAndRun(
      { 'data/jobs.json': JSON.stringify(listings(ROWS, { id: false })) },
      ['--listings', 'data/jobs.json']
    )
    writeFiles(dir, { 'data/jobs.json': JSON.stringify(listings([added, ...ROWS], { id: false })) })
    const run = runCli([...RUN, '--listings', 'data/jobs.json', '--config', 'jobs-readme.yml'], {
      cwd: dir
    })
    expect(run.status).toBe(0)
    const after = read(join(dir, 'README.md'))
    expect(after).toContain(`<td>${application(added)}</td>`)
    expect(after.replace(/<tr>\n<td><strong>Acme<\/strong><\/td>\n(?:.*\n){4}<\/tr>\n/, '')).toBe(
      adopted
    )
  })
})
