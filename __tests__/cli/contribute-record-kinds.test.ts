/**
 * `contribute --event` on listings whose records hold a field otherwise than a form gives it:
 * the categories as text (one category, or several in one string), spelled their own way
 * (`Data Science`), salaries as numbers. The record a form adds or edits is written as the
 * file's own records are.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

type Row = Record<string, unknown>

const NOW = ['--now', '2025-10-25T12:00:00Z']

const README = '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

/** An `issues` "labeled" event GitHub would send (checked against its webhook schema). */
function labelled(body: string, labels: string[] = []): string {
  const issue = { number: 7, title: 'Role', body, labels: [...labels, 'approved'] }
  return JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
}

function board(records: Row[], event: string, files: Record<string, string> = {}): string {
  const dir = scratchDir()
  writeFiles(dir, {
    'listings.json': `[\n${records.map(record => `  ${JSON.stringify(record)}`).join(',\n')}\n]\n`,
    'README.md': README,
    'event.json': event,
    ...files
  })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  return dir
}

const contribute = (dir: string, args: string[]) =>
  runCli(['contribute', '--event', 'event.json', '--listings', 'listings.json', ...args, ...NOW], {
    cwd: dir
  })

const records = (dir: string) => JSON.parse(read(join(dir, 'listings.json'))) as Row[]

const record = (id: number, company: string, more: Row): Row => ({
  id,
  company,
  title: 'Backend Dev',
  url: `https://${company.toLowerCase()}.example/${id}`,
  location: 'NYC',
  posted_at: '2025-10-20',
  ...more,
  active: true
})

/** A new posting's form, its categories answered as a dropdown writes several options. */
const newRole = (more: string) =>
  '### Company\n\nQuokka\n\n### Job title\n\nGo Dev\n\n### Posting URL\n\nhttps://quokka.example/9\n\n' +
  `### Date posted\n\n2025-10-22\n\n${more}`

describe('categories, as the records hold them', () => {
  it('are text where the records hold text, several joined as the records join theirs', () => {
    const held = [
      record(1, 'Acme', { categories: 'Backend; Data' }),
      record(2, 'Beta', { categories: 'Frontend' })
    ]
    const one = board(held, labelled(newRole('### Categories\n\nbackend\n')))
    expect(contribute(one, ['--category', 'backend']).status).toBe(0)
    expect(records(one)[2]?.categories).toBe('Backend')

    const two = board(held, labelled(newRole('### Categories\n\nbackend, frontend\n')))
    expect(contribute(two, ['--category', 'backend']).status).toBe(0)
    expect(records(two)[2]?.categories).toBe('Backend; Frontend')
  })

  it('stay a list where the records hold lists', () => {
    const held = [record(1, 'Acme', { categories: ['Backend'] })]
    const dir = board(held, labelled(newRole('### Categories\n\nbackend, data\n')))
    expect(contribute(dir, ['--category', 'backend']).status).toBe(0)
    expect(records(dir)[1]?.categories).toEqual(['Backend', 'data'])
  })

  it('are spelled as the board names a category the file does not hold yet, not lower case', () => {
    const held = [record(1, 'Acme', { categories: ['Data Science'] })]
    const event = labelled(newRole('### Categories\n\nsoftware engineering\n'))
    const dir = board(held, event)
    expect(contribute(dir, ['--category', 'Software Engineering']).status).toBe(0)
    expect(records(dir)[1]?.categories).toEqual(['Software Engineering'])
  })

  it('are written under the key `fields` maps them to, and an edit keeps the text the record holds', () => {
    const config =
      'listings: listings.json\nfields: categories=category\nboards:\n' +
      '  - readme: README.md\n    category: data science\n    utm: false\n'
    const held = [
      record(1, 'Acme', { category: 'Software Engineering' }),
      record(2, 'Beta', { category: 'Data Science' })
    ]
    const added = board(held, labelled(newRole('### Categories\n\ndata science\n')), {
      'jobs-readme.yml': config
    })
    expect(contribute(added, ['--config', 'jobs-readme.yml']).status).toBe(0)
    expect(records(added)[2]?.category).toBe('Data Science')

    const edit =
      '### Posting URL\n\nhttps://beta.example/2\n\n### Categories\n\nsoftware engineering\n'
    const edited = board(held, labelled(edit, ['edit-listing']), { 'jobs-readme.yml': config })
    expect(contribute(edited, ['--config', 'jobs-readme.yml']).status).toBe(0)
    expect(records(edited)[1]?.category).toBe('Software Engineering')
  })
})

describe('salaries, where the records hold numbers', () => {
  const held = [record(1, 'Acme', { salary_min: 100000, salary_max: 120000 })]
  const salary = (min: string, max = '_No response_') =>
    labelled(newRole(`### Salary min\n\n${min}\n\n### Salary max\n\n${max}\n`))

  it('are written as the number the text reads as: thousands as k, a currency sign, grouping', () => {
    const dir = board(held, salary('$95k', '$130,000'))
    expect(contribute(dir, []).status).toBe(0)
    expect(records(dir)[1]).toMatchObject({ salary_min: 95000, salary_max: 130000 })
  })

  it('keep a currency the text names beside the amount where the records hold one', () => {
    const priced = [{ ...held[0], salary_currency: 'USD' }]
    const dir = board(priced, salary('90000 EUR'))
    expect(contribute(dir, []).status).toBe(0)
    expect(records(dir)[1]).toMatchObject({ salary_min: 90000, salary_currency: 'EUR' })
  })

  it('are refused, saying how to write them, where the number alone would lose what the text says', () => {
    for (const [answer, reason] of [
      ['90000 EUR', '`90000 EUR` is in EUR, but the board reads this salary in USD'],
      ['$45/hr', '`$45/hr` is paid per hour']
    ]) {
      const dir = board(held, salary(answer!))
      const before = read(join(dir, 'listings.json'))
      const run = contribute(dir, [])
      expect(run.status).toBe(1)
      expect(run.stdout).toContain(reason)
      expect(read(join(dir, 'listings.json'))).toBe(before)
    }
  })
})
