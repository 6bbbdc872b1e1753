/**
 * `contribute --event` against a small listings file: what an approved form may not do to the
 * postings already listed (make one a copy of another), and how an answer that repeats a listed
 * posting with other details is told apart from one the listings already hold.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, withReferenceFiles, writeFiles } from '../helpers/cli.js'

const INPUTS = ['--listings', 'listings.json', '--readme', 'README.template.md']
const OPTIONS = ['--category', 'backend', '--now', '2025-10-22T20:30:00Z']

/** An `issues` "labeled" event GitHub would send (checked against its webhook schema). */
function labelled(body: string, labels: string[] = []): string {
  const issue = { number: 7, title: 'Role', body, labels: [...labels, 'approved'] }
  return JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
}

const form = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([label, value]) => `### ${label}\n\n${value}\n`)
    .join('\n')

const record = (n: number, extra: object = {}) => ({
  id: `q-${n}`,
  company: 'Quokka Labs',
  company_url: 'https://quokka.example/',
  title: `Backend Engineer ${n}`,
  url: `https://quokka.example/jobs/${n}`,
  location: 'Remote',
  posted_at: '2025-10-22',
  categories: ['backend'],
  ...extra
})

const LISTINGS = `${JSON.stringify([record(1), record(2)], null, 2)}\n`

/** Runs the form on the two-record board: the run, and the listings file after it. */
function approve(body: string, labels: string[] = [], listings = LISTINGS) {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  writeFiles(dir, { 'event.json': labelled(body, labels), 'listings.json': listings })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })
  return { run, listings: read(join(dir, 'listings.json')) }
}

const SECOND = '`Quokka Labs — Backend Engineer 2 (https://quokka.example/jobs/2)`, record 2'

describe('an edit', () => {
  it('giving the link of another listed posting is refused, naming it, and writes nothing', () => {
    const { run, listings } = approve(
      form({ Id: 'q-1', URL: 'https://quokka.example/jobs/2/?utm_source=x' }),
      ['edit-listing']
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`duplicate of ${SECOND} of the listings file`)
    expect(run.stdout).not.toContain('Updated')
    expect(listings).toBe(LISTINGS)
  })

  it('giving the company, title and location of another listed posting is refused, naming it', () => {
    const { run, listings } = approve(
      form({ URL: 'https://quokka.example/jobs/1', Title: 'backend engineer 2' }),
      ['edit-listing']
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`duplicate of ${SECOND} of the listings file`)
    expect(listings).toBe(LISTINGS)
  })

  it('that keeps the posting apart from the others is applied', () => {
    const { run, listings } = approve(
      form({ URL: 'https://quokka.example/jobs/1', Title: 'Backend Engineer 3' }),
      ['edit-listing']
    )

    expect(run.status).toBe(0)
    expect(JSON.parse(listings)[0]).toMatchObject({ id: 'q-1', title: 'Backend Engineer 3' })
  })
})

describe('a new posting already listed', () => {
  const FIRST = {
    Company: 'Quokka Labs',
    Title: 'Backend Engineer 1',
    URL: 'https://quokka.example/jobs/1',
    Location: 'Remote',
    'Company URL': 'https://quokka.example/'
  }

  it('with the details the listings hold changes nothing and says so', () => {
    const { run, listings } = approve(form(FIRST))

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Nothing to change: the listings already hold this posting')
    expect(listings).toBe(LISTINGS)
  })

  it.each([
    ['a company link', { 'Company URL': 'https://other.example/' }, '**company_url**'],
    ['a salary', { 'Salary min': '90000' }, '**salary_min**'],
    ['a description', { Description: 'Go and Postgres.' }, '**description**']
  ])(
    'with %s the listings do not hold is refused, pointing to the edit form',
    (_, extra, field) => {
      const { run, listings } = approve(form({ ...FIRST, ...extra }))

      expect(run.status).toBe(1)
      expect(run.stdout).not.toContain('Nothing to change')
      expect(run.stdout).toContain(
        'already listed as `Quokka Labs — Backend Engineer 1 (https://quokka.example/jobs/1)`, record 1'
      )
      expect(run.stdout).toContain(`other details (${field})`)
      expect(run.stdout).toContain('file the edit form for this posting')
      expect(listings).toBe(LISTINGS)
    }
  )
})

describe('a new posting', () => {
  const NEW = { Company: 'Wombat Inc', Title: 'Go Developer', URL: 'https://wombat.example/1' }
  // The second record is invalid (no company): the board skips it.
  const BESIDE_INVALID = `${JSON.stringify([record(1), { ...record(2), id: 'bad-1', company: undefined }], null, 2)}\n`

  it.each([
    ['of a record the board skips as invalid', 'bad-1', 2],
    ['that differs only by an invisible character', 'q-1\u200b', 1]
  ])('taking the id %s is refused, writing nothing', (_, id, position) => {
    const { run, listings } = approve(form({ ...NEW, Id: id }), [], BESIDE_INVALID)

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `The id \`${id}\` is already the id of record ${position} of the listings file`
    )
    expect(listings).toBe(BESIDE_INVALID)
  })
})

describe('a salary, where the records hold theirs as an object', () => {
  const salary = { min: 120000, max: 160000, currency: 'USD', period: 'year' }
  const NESTED = `${JSON.stringify([record(1, { salary }), record(2)], null, 2)}\n`

  it('is edited in that object, as numbers, with no salary_min or salary_max beside it', () => {
    const { run, listings } = approve(
      form({ URL: 'https://quokka.example/jobs/1', 'Salary min': '50000', 'Salary max': '60000' }),
      ['edit-listing'],
      NESTED
    )

    expect(run.status).toBe(0)
    const [first, second] = JSON.parse(listings) as Record<string, unknown>[]
    expect(first).toEqual(record(1, { salary: { ...salary, min: 50000, max: 60000 } }))
    expect(second).toEqual(record(2))
  })

  it('is written as that object in a new posting', () => {
    const { run, listings } = approve(
      form({
        Company: 'Quokka Labs',
        Title: 'Platform Engineer',
        URL: 'https://quokka.example/jobs/3',
        'Salary min': '90000',
        'Salary max': '$110,000'
      }),
      [],
      NESTED
    )

    expect(run.status).toBe(0)
    const added = (JSON.parse(listings) as Record<string, unknown>[]).at(-1)
    // `$110,000` reads as one amount: a number, as the records' amounts are.
    expect(added).toMatchObject({ salary: { min: 90000, max: 110000 } })
    expect(Object.keys(added ?? {}).filter(key => key.startsWith('salary_'))).toEqual([])
  })
})
