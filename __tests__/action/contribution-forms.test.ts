/**
 * The forms `init --contribution` writes, filed and approved end to end: a reader fills the
 * generated "New role", "Edit role" and "Close role" forms (their issue rendered as GitHub
 * renders a form), a maintainer adds the label, and the built action under Node 24 applies the
 * issue to the board in the GitHub double. Then every field of the form given Markdown and HTML:
 * each is refused with a reason, or shown literally, the table whole and no link made.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { diffLines } from 'diff'
import { mkdtemp, rm } from 'node:fs/promises'
import { parse } from 'yaml'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { read, runCli, scratchDir } from '../helpers/cli.js'
import { renderGfm } from '../helpers/cmark.js'
import type { HostedIssue } from '../github-double/hosted-repo.js'
import { closeChecked, LISTINGS, startBoardRepo, type BoardRepo } from './board-repo.js'
import { approveIssue, filedFromForm } from './contribution-board.js'
import type { ActionRun } from './run-action.js'

const forms: Record<'new' | 'edit' | 'close', string> = { new: '', edit: '', close: '' }

beforeAll(() => {
  const dir = scratchDir()
  const run = runCli(
    ['init', '--contribution', '--listings', 'jobs.json', '--category', 'backend'],
    { cwd: dir }
  )
  if (run.status !== 0) throw new Error(`init --contribution failed: ${run.stderr}`)
  for (const kind of ['new', 'edit', 'close'] as const)
    forms[kind] = read(join(dir, `.github/ISSUE_TEMPLATE/${kind}-role.yml`))
})

let board: BoardRepo
let events: string

beforeEach(async () => {
  board = await startBoardRepo()
  events = await mkdtemp(join(tmpdir(), 'events-'))
})
afterEach(async () => {
  await closeChecked(board)
  await rm(events, { recursive: true, force: true })
})

type Answers = Record<string, string | string[]>

function file(form: string, answers: Answers): HostedIssue {
  return board.github.hosted.openIssue(filedFromForm(form, answers))
}

const approve = (issue: HostedIssue): Promise<ActionRun> => approveIssue(board, events, issue)
const records = (text: string | undefined) =>
  JSON.parse(text ?? 'null') as Record<string, unknown>[]
/** The lines a change removed (-) and added (+), in order. */
const changedLines = (before: string, after: string) =>
  diffLines(before, after)
    .filter(part => part.added || part.removed)
    .map(part => `${part.added ? '+' : '-'}${part.value}`)
const main = (path: string) => board.github.git.readFile('main', path)

const NEW_ROLE: Answers = {
  company: 'Quokka Labs',
  company_url: 'https://quokka.example',
  title: 'Backend Engineer (Go)',
  url: 'https://quokka.example/careers/backend-go',
  location: 'Berlin, Germany',
  work_type: 'Hybrid',
  posted_at: '2025-10-22',
  categories: ['backend'],
  salary_min: '90000',
  salary_max: '120000',
  description: 'Go, PostgreSQL and Kubernetes.'
}

describe('the generated forms, filed and approved', () => {
  it('"New role": the posting lands in the listings file and the README, the issue closed', async () => {
    const issue = file(forms.new, NEW_ROLE)
    expect(issue.labels).toEqual(['new-listing'])

    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const added = records(await main('jobs.json')).at(-1)
    expect(added).toMatchObject({
      company: 'Quokka Labs',
      company_url: 'https://quokka.example',
      title: 'Backend Engineer (Go)',
      url: 'https://quokka.example/careers/backend-go',
      location: 'Berlin, Germany',
      // The day, written as the file's records write their dates (ISO date-times, UTC board).
      posted_at: '2025-10-22T00:00:00Z',
      categories: ['backend']
    })
    expect(JSON.stringify(added)).toContain('90000')
    expect(String(added?.work_type).toLowerCase()).toBe('hybrid')
    const readme = (await main('README.md'))!
    const row = readme.split('\n').find(line => line.includes('Quokka Labs'))
    expect(row).toContain('https://quokka.example/careers/backend-go')
    expect(issue.state).toBe('closed')
    expect(issue.comments[0]?.body).toContain(row)
  })

  it('"Edit role": only the fields filled change, on the posting the URL names', async () => {
    const before = records(LISTINGS)
    const target = before[5]!
    const issue = file(forms.edit, { url: String(target.url), location: 'Lisbon, Portugal' })
    expect(issue.labels).toEqual(['edit-listing'])

    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const after = (await main('jobs.json'))!
    expect(records(after)).toEqual(
      before.map((r, i) => (i === 5 ? { ...r, location: 'Lisbon, Portugal' } : r))
    )
    // The commit's diff of the listings file is that one line, in the file's layout.
    expect(changedLines(LISTINGS, after)).toEqual([
      `-    "location": ${JSON.stringify(target.location)},\n`,
      '+    "location": "Lisbon, Portugal",\n'
    ])
    expect(issue.state).toBe('closed')
  })

  it('"Close role": the posting is marked closed and leaves the table', async () => {
    const before = records(LISTINGS)
    const target = before[2]!
    const issue = file(forms.close, { url: String(target.url), reason: 'The page says filled.' })
    expect(issue.labels).toEqual(['close-listing'])

    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const after = (await main('jobs.json'))!
    expect(records(after)).toEqual(before.map((r, i) => (i === 2 ? { ...r, active: false } : r)))
    // One line added to that record (its last field gaining a comma), nothing else.
    expect(changedLines(LISTINGS, after)).toEqual(['-    ]\n', '+    ],\n    "active": false\n'])
    const line = after.split('\n').indexOf('    "active": false')
    expect(
      after
        .split('\n')
        .slice(0, line)
        .reverse()
        .find(l => l.includes('"url"'))
    ).toContain(String(target.url))
    expect(await main('README.md')).not.toContain(String(target.url))
  })

  it('"Close role" naming a posting not listed is refused, nothing committed', async () => {
    const issue = file(forms.close, { url: 'https://nowhere.example/jobs/1' })

    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('refused')
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(issue.state).toBe('open')
    expect(issue.labels).toContain('needs-changes')
    expect(issue.comments[0]?.body).toContain('No listed posting has the link or id')
  })
})

const HOSTILE = '**b** <img src=x onerror=alert(1)> [l](javascript:alert(1)) | `c` <!-- x'

/**
 * The table after the run: whole (every row five cells), no markup from the form (no image, no
 * bold, no code, no comment swallowing the rest), and every link an http(s) one the board made.
 */
function expectSafeTable(html: string): void {
  const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? []
  expect(tables).toHaveLength(1)
  const table = tables[0]!
  expect(table).not.toMatch(/<img|<strong>b<\/strong>|<code>c<\/code>|<!--/i)
  const hrefs = [...table.matchAll(/href="([^"]*)"/g)].map(match => match[1]!)
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//)
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row => row[1]!)
  expect(rows.length).toBeGreaterThan(2)
  for (const row of rows) expect(row.match(/<t[dh]>/g)).toHaveLength(5)
  // Two links a row at most: the company's and the posting's.
  for (const row of rows) expect((row.match(/<a /g) ?? []).length).toBeLessThanOrEqual(2)
}

/**
 * Refused with a comment naming the field, a label, nothing committed; or applied with the
 * table safe. An optional answer the board cannot read (a work type, a salary) is refused
 * too, naming it, rather than dropped from the board as it is from a feed's listing.
 */
async function expectOutcome(
  issue: HostedIssue,
  run: ActionRun,
  outcome: 'applied' | 'refused',
  field: string
): Promise<void> {
  expect(run.exitCode).toBe(0)
  expect(run.outputs.contribution).toBe(outcome)
  if (outcome === 'refused') {
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(issue.labels).toContain('needs-changes')
    expect(issue.comments[0]?.body).toContain(field)
    return
  }
  const html = renderGfm((await main('README.md'))!)
  expectSafeTable(html)
  expect(html).toContain('Quokka Labs')
  expect(issue.state).toBe('closed')
}

describe('Markdown and HTML in every field of the "New role" form', () => {
  it('the free-text fields together: applied, each shown literally in its cell', async () => {
    const issue = file(forms.new, {
      ...NEW_ROLE,
      company: `Quokka ${HOSTILE}`,
      title: `Engineer ${HOSTILE}`,
      location: `Berlin ${HOSTILE}`,
      description: `Go ${HOSTILE}`
    })

    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const html = renderGfm((await main('README.md'))!)
    expectSafeTable(html)
    const row = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map(match => match[1]!)
      .filter(cells => cells.includes('Quokka'))
    expect(row).toHaveLength(1)
    expect(row[0]).toContain('Quokka **b** &lt;img src=x onerror=alert(1)&gt;')
    expect(row[0]).toContain('Engineer **b**')
    expect(row[0]).toContain('Berlin **b**')
  })

  const others: [string, string | string[], 'applied' | 'refused'][] = [
    // A link keeps its text only inside the address, percent-encoded: no markup, no other link.
    // Text beside an address (HOSTILE has spaces) is refused: give the address alone.
    ['url', `https://quokka.example/jobs/1?${HOSTILE}`, 'refused'],
    ['company_url', `https://quokka.example/${HOSTILE}`, 'refused'],
    ['posted_at', `2025-10-22 ${HOSTILE}`, 'refused'],
    ['work_type', `Remote ${HOSTILE}`, 'refused'],
    ['categories', ['backend', HOSTILE], 'applied'],
    ['salary_min', `90000 ${HOSTILE}`, 'refused'],
    ['salary_max', HOSTILE, 'refused']
  ]
  for (const [field, value, outcome] of others)
    it(`${field}: ${outcome}, the table whole and no link made`, async () => {
      const issue = file(forms.new, { ...NEW_ROLE, [field]: value })
      // The comment names a salary's bound as the salary it is part of: salary {"min": ...}.
      await expectOutcome(issue, await approve(issue), outcome, field.replace(/_m(in|ax)$/, ''))
    })
})

describe("a board's own approving label", () => {
  it('init --contribution writes it into the workflow and the forms, and the action applies on it alone', async () => {
    const dir = scratchDir()
    const init = runCli(
      ['init', '--contribution', '--listings', 'jobs.json', '--contribution-label', 'ok-to-list'],
      { cwd: dir }
    )
    expect(init.status).toBe(0)
    expect(init.stdout).toContain('create the labels "ok-to-list", "new-listing"')
    const workflow = parse(read(join(dir, '.github/workflows/jobs-readme-contribute.yml'))) as {
      jobs: { contribute: { if: string; steps: { with: Record<string, string> }[] } }
    }
    expect(workflow.jobs.contribute.if).toContain("github.event.label.name == 'ok-to-list'")
    expect(workflow.jobs.contribute.if).not.toContain("'approved'")
    expect(workflow.jobs.contribute.steps[0]?.with['contribution-label']).toBe('ok-to-list')
    const newRole = read(join(dir, '.github/ISSUE_TEMPLATE/new-role.yml'))
    expect(newRole).toContain('`ok-to-list`')

    const inputs = { 'contribution-label': 'ok-to-list' }
    const other = file(newRole, NEW_ROLE)
    const byDefaultLabel = await approveIssue(board, events, other, { inputs })
    expect(byDefaultLabel.outputs.contribution).toBe('ignored')
    expect(await board.github.git.head('main')).toBe(board.start)

    const issue = file(newRole, NEW_ROLE)
    const run = await approveIssue(board, events, issue, { inputs, label: 'ok-to-list' })
    expect(run.outputs.contribution).toBe('applied')
    expect(records(await main('jobs.json')).at(-1)).toMatchObject({ company: 'Quokka Labs' })
    expect(issue.state).toBe('closed')
  })
})
