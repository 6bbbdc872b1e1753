/**
 * Contributions end to end: the built action under Node 24, on an issues or issue_comment event,
 * against the GitHub double holding the reference board. What a maintainer sees: the commit
 * (the listings file's diff, the README's row), the comment on the issue, its state and labels.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderGfm } from '../helpers/cmark.js'
import { githubReferences } from '../helpers/github-references.js'
import type { HostedIssue } from '../github-double/hosted-repo.js'
import { issueLabeled, writeEvent } from '../github-double/webhook-events.js'
import { approveIssue, eventIssue } from './contribution-board.js'
import { closeChecked, LISTINGS, startBoardRepo, type BoardRepo } from './board-repo.js'
import type { ActionRun } from './run-action.js'

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

type Form = Record<string, string>

/** An issue form's body: a `### Label` section per field, `_No response_` for an empty one. */
function formBody(form: Form): string {
  return Object.entries(form)
    .map(([label, value]) => `### ${label}\n\n${value === '' ? '_No response_' : value}`)
    .join('\n\n')
}

function fileIssue(form: Form, labels: string[] = []): HostedIssue {
  return board.github.hosted.openIssue({ title: 'Role', body: formBody(form), labels })
}

/** Runs the action on a maintainer's approval: the "approved" label, or a comment. */
function approve(
  issue: HostedIssue,
  how: { comment?: string; association?: string } = {}
): Promise<ActionRun> {
  return approveIssue(board, events, issue, how)
}

const NEW_ROLE: Form = {
  Company: 'Quokka Labs',
  Title: 'Backend Engineer (Go)',
  URL: 'https://quokka.example/careers/backend-go',
  Location: 'Remote',
  Categories: 'backend',
  'Posted at': '2025-10-22'
}

const records = (text: string | undefined) =>
  JSON.parse(text ?? 'null') as Record<string, unknown>[]
const main = (path: string) => board.github.git.readFile('main', path)

describe('a new posting', () => {
  it('lands in one commit: the listings file gains one record in its layout, the README its row', async () => {
    const issue = fileIssue(NEW_ROLE)
    const run = await approve(issue)

    expect(run.exitCode).toBe(0)
    expect(run.outputs.contribution).toBe('applied')
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    expect((await board.github.git.nameStatus(commit!.sha)).sort()).toEqual([
      'M\tREADME.md',
      'M\tjobs.json'
    ])
    const listings = (await main('jobs.json'))!
    // Every byte of the file before its closing bracket is kept: the diff is the added record.
    const kept = LISTINGS.slice(0, LISTINGS.lastIndexOf('}') + 1)
    expect(listings.startsWith(kept)).toBe(true)
    // The board's records have an id as their first key: the new one gets a fresh one there.
    // Most records hold `skills: []`: the new one too, as they do.
    const added = listings.slice(kept.length)
    const id = /"id": "([0-9a-f-]{36})"/.exec(added)?.[1]
    expect(added.replace(id ?? 'no id', 'ID')).toBe(
      ',\n  {\n    "id": "ID",\n    "company": "Quokka Labs",\n    "title": "Backend Engineer (Go)",\n' +
        '    "url": "https://quokka.example/careers/backend-go",\n    "location": "Remote",\n' +
        '    "posted_at": "2025-10-22T00:00:00Z",\n    "categories": [\n      "backend"\n    ],\n' +
        '    "skills": []\n  }\n]\n'
    )
    expect(records(LISTINGS).map(record => record.id)).not.toContain(id)
    const readme = (await main('README.md'))!
    expect(readme).toContain('Quokka Labs')
    expect(readme).toContain('https://quokka.example/careers/backend-go')
  })

  it('takes a salary as its author types it ($120,000), written as the numbers the records’ salary objects hold', async () => {
    const issue = fileIssue({ ...NEW_ROLE, 'Salary min': '$120,000', 'Salary max': '$150,000' })
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const added = records(await main('jobs.json')).at(-1)
    expect(added).toMatchObject({ salary: { min: 120000, max: 150000 } })
    expect(added).not.toHaveProperty('salary_min')
    expect(run.stdout + run.stderr).not.toContain('ignored')
  })

  it('comments with the row as the board shows it and closes the issue', async () => {
    const issue = fileIssue(NEW_ROLE)
    await approve(issue)

    expect(issue.state).toBe('closed')
    expect(issue.stateReason).toBe('completed')
    const [comment] = issue.comments
    expect(comment?.body).toContain('Added in `jobs.json` (approved by @maintainer)')
    const readme = (await main('README.md'))!
    const row = readme.split('\n').find(line => line.includes('Quokka Labs'))!
    expect(comment?.body).toContain(row)
  })

  it('approved a second time, changes nothing and says so', async () => {
    const issue = fileIssue(NEW_ROLE)
    await approve(issue)
    const head = await board.github.git.head('main')

    const again = await approve(issue, { comment: '/approve' })

    expect(again.exitCode).toBe(0)
    expect(again.outputs.contribution).toBe('unchanged')
    expect(await board.github.git.head('main')).toBe(head)
    expect(issue.comments).toHaveLength(2)
    expect(issue.comments[1]?.body).toContain(
      'Nothing to change: the listings already hold this posting'
    )
  })

  it('takes "/approve" only from someone with write access', async () => {
    const issue = fileIssue(NEW_ROLE)
    const run = await approve(issue, { comment: '/approve', association: 'CONTRIBUTOR' })

    expect(run.exitCode).toBe(0)
    expect(run.outputs.contribution).toBe('ignored')
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(issue.comments).toEqual([])
  })

  it('leaves alone events that approve nothing: another label, "/approve" on a pull request', async () => {
    const issue = fileIssue(NEW_ROLE)
    issue.labels.push('bug')
    const repository = { owner: board.github.hosted.owner, name: board.github.hosted.name }
    const otherLabel = await board.run({
      env: await writeEvent(
        events,
        issueLabeled({ issue: eventIssue(issue), label: 'bug', repository }),
        'bug.json'
      )
    })
    const onPull = await approveIssue(board, events, issue, {
      comment: '/approve',
      pullRequest: true
    })

    for (const run of [otherLabel, onPull]) {
      expect(run.exitCode).toBe(0)
      expect(run.outputs.contribution).toBe('ignored')
    }
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(issue.comments).toEqual([])
    expect(issue.state).toBe('open')
  })

  it('is refused as a duplicate under another form of its link, naming the listing, with nothing committed', async () => {
    const first = records(LISTINGS)[0]!
    const url = String(first.url).replace('https://jobr.pro', 'HTTPS://JOBR.PRO') + '/?utm_source=x'
    const issue = fileIssue({ ...NEW_ROLE, URL: url })
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('refused')
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(issue.state).toBe('open')
    expect(issue.labels).toContain('needs-changes')
    expect(issue.comments[0]?.body).toContain(
      `already listed as \`${String(first.company)} — ${String(first.title)} (${String(first.url)})\`, record 1`
    )
  })
})

describe('edit and close forms', () => {
  it('an edit changes exactly the named listing, and only the fields the form filled', async () => {
    const before = records(LISTINGS)
    const target = before[2]!
    const issue = fileIssue(
      { URL: String(target.url), Title: 'Staff Backend Engineer', Company: '', Location: '' },
      ['edit-listing']
    )
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const after = records(await main('jobs.json'))
    expect(after).toEqual(
      before.map((r, i) => (i === 2 ? { ...r, title: 'Staff Backend Engineer' } : r))
    )
    expect(issue.state).toBe('closed')
  })

  it('an edit to a value the board cannot read is refused, naming it', async () => {
    const target = records(LISTINGS)[2]!
    const issue = fileIssue({ URL: String(target.url), 'Work type': 'sometimes' }, ['edit-listing'])
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('refused')
    expect(issue.comments[0]?.body).toContain('work_type "sometimes" ignored')
    expect(await board.github.git.head('main')).toBe(board.start)
  })

  it('a close marks exactly the named listing inactive', async () => {
    const before = records(LISTINGS)
    const target = before[4]!
    const issue = fileIssue({ URL: String(target.url) }, ['close-listing'])
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const after = records(await main('jobs.json'))
    expect(after).toEqual(before.map((r, i) => (i === 4 ? { ...r, active: false } : r)))
    expect(await main('README.md')).not.toContain(String(target.url))
  })

  it('a close of a posting not listed is refused', async () => {
    const issue = fileIssue({ URL: 'https://nowhere.example/job/1' }, ['close-listing'])
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('refused')
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(issue.comments[0]?.body).toContain('No listed posting has the link or id')
    expect(issue.labels).toContain('needs-changes')
  })
})

describe('malformed forms', () => {
  const refusals: [string, Form, string][] = [
    ['a missing title', { ...NEW_ROLE, Title: '' }, 'leaves **title** empty'],
    ['a missing company', { ...NEW_ROLE, Company: '' }, 'leaves **company** empty'],
    ['a missing link', { ...NEW_ROLE, URL: '' }, 'leaves **url** empty'],
    ['a javascript: link', { ...NEW_ROLE, URL: 'javascript:alert(1)' }, 'not an http(s) URL'],
    [
      'a link that names another site before its host',
      { ...NEW_ROLE, URL: 'https://quokka.example@evil.example/jobs/7' },
      'holds a user name or password before the host'
    ],
    [
      'a link without its scheme',
      { ...NEW_ROLE, URL: 'www.quokka.example/jobs/7' },
      'not an http(s) URL: no "https://" before the site; write https://www.quokka.example/jobs/7'
    ],
    [
      'a link written in Markdown',
      { ...NEW_ROLE, URL: '[Apply](https://quokka.example/jobs/7)' },
      'not an http(s) URL: a Markdown link; write the address alone, https://quokka.example/jobs/7'
    ],
    ['a date that does not parse', { ...NEW_ROLE, 'Posted at': 'next tuesday' }, 'posted_at'],
    ['a 10,000-character title', { ...NEW_ROLE, Title: 'x'.repeat(10_000) }, '10000 characters'],
    [
      'a salary the board cannot read',
      { ...NEW_ROLE, 'Salary min': 'competitive' },
      'The board could not read an answer, and would show the posting without it: `salary {"min":"competitive"} ignored: min: not a number`. Write a salary amount as a plain number such as 120000, or leave it empty.'
    ],
    [
      'a salary written with a thousands point, which reads a thousand times apart by country',
      { ...NEW_ROLE, 'Salary min': '120.000' },
      'min: digits grouped with ".", a thousands separator in some countries and a decimal mark in others: write 120000'
    ],
    [
      'a work type and a company link the board cannot read',
      { ...NEW_ROLE, 'Work type': 'full time', 'Company URL': 'quokka.example' },
      'would show the posting without them: `company_url "quokka.example" ignored: not an http(s) URL: no "https://" before the site; write https://quokka.example`; `work_type "full time" ignored: not remote, hybrid or on_site`. Write a company link as a web address starting with https://; a work type as remote, hybrid or on site, or leave them empty.'
    ]
  ]
  for (const [what, form, reason] of refusals)
    it(`refuses ${what}, saying why, and commits nothing`, async () => {
      const issue = fileIssue(form)
      const run = await approve(issue)

      expect(run.outputs.contribution).toBe('refused')
      expect(issue.comments[0]?.body).toContain(reason)
      expect(await board.github.git.head('main')).toBe(board.start)
    })

  it('answers within the 65,536 characters GitHub takes a refusal that quotes a 40,000-character answer', async () => {
    const long = `https://quokka.example/jobs/7?${'a'.repeat(40_000)} apply by friday`
    const issue = fileIssue({ ...NEW_ROLE, URL: long })
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('refused')
    const [comment] = issue.comments
    expect(comment?.body.length).toBeLessThanOrEqual(65_536)
    expect(comment?.body).toMatch(/^<!-- jobs-readme contribution -->\nNot applied: /)
    expect(comment?.body).toMatch(
      /… \(cut here: the comment ran past the 65,536 characters GitHub takes\)$/
    )
    expect(await board.github.git.head('main')).toBe(board.start)
  })

  it('quotes the answers it refuses as typed: no image, link, markup, mention or issue reference', async () => {
    const hostile =
      '![i](https://evil.example/i.png) <img src=x> [l](https://evil.example) @octocat @org/team #1 GH-2 `c` **b**'
    // [form, labels, how many times the comment quotes the hostile text]
    const forms: [Form, string[], number][] = [
      [{ ...NEW_ROLE, URL: hostile }, [], 0],
      [{ ...NEW_ROLE, 'Company URL': hostile, 'Work type': `sometimes ${hostile}` }, [], 2],
      [{ URL: `https://nowhere.example/1 ${hostile}` }, ['close-listing'], 1]
    ]
    for (const [form, labels, quoted] of forms) {
      const issue = fileIssue(form, labels)
      const run = await approve(issue)

      expect(run.outputs.contribution).toBe('refused')
      const html = renderGfm(issue.comments[0]!.body)
      expect(html).not.toMatch(/<img|<a |<strong>b<\/strong>|<code>c<\/code>/)
      expect(githubReferences(html)).toEqual([])
      // As typed (notes cut a long value short): the image's Markdown and the tag as text.
      expect(html.split('![i](https://evil.example/i.png) &lt;img src=x&gt;')).toHaveLength(
        quoted + 1
      )
    }
    expect(await board.github.git.head('main')).toBe(board.start)
  })

  it('shows Markdown and HTML in every field literally: no link, no markup, the table whole', async () => {
    const hostile = '**b** <img src=x onerror=alert(1)> [l](javascript:alert(1)) | `c`'
    const issue = fileIssue({
      ...NEW_ROLE,
      Company: `Evil ${hostile}`,
      Title: `Engineer ${hostile}`,
      Location: `Remote ${hostile}`
    })
    const run = await approve(issue)

    expect(run.outputs.contribution).toBe('applied')
    const html = renderGfm((await main('README.md'))!)
    expect(html).not.toMatch(/<img|<strong>b<\/strong>|<code>c<\/code>|href="javascript/i)
    // Every row of the table still has its five cells: no cell text split or merged one.
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row => row[1]!)
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) expect(row.match(/<t[dh]>/g)).toHaveLength(5)
    expect(rows.filter(row => row.includes('Evil'))).toHaveLength(1)
    expect(html).toContain('Evil **b** &lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('two approvals racing', () => {
  it('both postings land, in two commits, nothing lost and nothing forced', async () => {
    const a = fileIssue(NEW_ROLE)
    const b = fileIssue({
      ...NEW_ROLE,
      Company: 'Wombat Works',
      Title: 'Platform Engineer',
      URL: 'https://wombat.example/jobs/7'
    })
    // The second approval's run commits while the first one's write is on its way.
    let second: Promise<ActionRun> | undefined
    board.github.hosted.beforeNextWrite(async () => {
      second = approve(b)
      await second
    })
    const first = await approve(a)

    expect(first.outputs.contribution).toBe('applied')
    expect((await second!).outputs.contribution).toBe('applied')
    const log = await board.github.git.log('main')
    expect(log).toHaveLength(3)
    expect(log.map(commit => commit.parents)).toEqual([[log[1]!.sha], [board.start], []])
    const companies = records(await main('jobs.json')).map(r => r.company)
    expect(companies.slice(-2)).toEqual(['Wombat Works', 'Quokka Labs'])
    expect(first.stdout).toContain('reading it again')
  })
})

describe('contributions as pull requests', () => {
  it('a second contribution while the pull request waits keeps the first: the listings are read from its branch', async () => {
    const inputs = { 'pull-request': 'true' }
    const a = await approveIssue(board, events, fileIssue(NEW_ROLE), { inputs })
    const b = await approveIssue(
      board,
      events,
      fileIssue({
        ...NEW_ROLE,
        Company: 'Wombat Works',
        Title: 'Platform Engineer',
        URL: 'https://wombat.example/jobs/7'
      }),
      { inputs }
    )

    expect([a.outputs.contribution, b.outputs.contribution]).toEqual(['applied', 'applied'])
    expect(b.outputs['pull-request-number']).toBe(a.outputs['pull-request-number'])
    const branch = 'jobs-readme/README.md'
    const companies = records(await board.github.git.readFile(branch, 'jobs.json')).map(
      record => record.company
    )
    expect(companies.slice(-2)).toEqual(['Quokka Labs', 'Wombat Works'])
    const readme = (await board.github.git.readFile(branch, 'README.md')) ?? ''
    expect(readme).toContain('Quokka Labs')
    expect(readme).toContain('Wombat Works')
    // The base branch is untouched until the pull request is merged.
    expect(records(await main('jobs.json')).map(record => record.company)).not.toContain(
      'Quokka Labs'
    )
  })
})
