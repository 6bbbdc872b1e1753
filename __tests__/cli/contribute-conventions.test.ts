/**
 * A contribution to a listings file of another board's shape (SimplifyJobs': ids, Unix-second
 * dates, lists of locations, `active` and `is_visible` flags, its own columns), through
 * `contribute --event`: the record is written as the file's own records are, so every program
 * reading the file reads it, and the comment shows the row as that board's table shows it — or
 * says that no board shows it.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const RECORDS = [
  {
    source: 'Simplify',
    company_name: 'WeRide',
    id: '694040e9-673d-400c-9fed-0d9b222403bc',
    title: 'Software Engineer, New Grad',
    active: true,
    date_updated: 1729000000,
    date_posted: 1729000000,
    url: 'https://jobs.example/weride/1',
    locations: ['San Jose, CA', 'Guangzhou, China'],
    company_url: 'https://simplify.jobs/c/WeRide',
    is_visible: true,
    sponsorship: 'Other',
    terms: ['Summer 2025']
  },
  {
    source: 'Community',
    company_name: 'Brain Corp',
    id: '7467423e-7604-4178-9ca8-6686818a79d1',
    title: 'Software Engineer I',
    active: true,
    date_updated: 1729500000,
    date_posted: 1729500000,
    url: 'https://jobs.example/brain/2',
    locations: ['San Diego, CA'],
    company_url: '',
    is_visible: true,
    sponsorship: 'Offers Sponsorship',
    terms: ['Summer 2025', 'Fall 2025']
  }
]

const LISTINGS = `${JSON.stringify(RECORDS, null, 4)}\n`

/** Their format in short: fields renamed, the visibility flag, four columns of their own. */
const BOARDS = (select = '', contribution = '') => `listings: listings.json
${contribution}fields:
  company: company_name
  location: locations
  posted_at: date_posted
boards:
  - readme: README.md
    utm: false
    max-rows: 0
    max-age-days: 0
    visible: is_visible
${select}    table:
      columns:
        - header: Company
          cell: "**{{ company }}**"
        - header: Role
          cell: "{{ title }}"
        - header: Location
          cell: '{{ locations | join: "</br>" }}'
        - header: Application/Link
          align: center
          cell: '{{ "Apply" | link: url_raw }}'
`

const README =
  '# New-grad roles\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n\nMore below.\n'

const NOW = ['--now', '2024-10-25T18:00:00Z']

/** An `issues` "labeled" event GitHub would send (checked against its webhook schema). */
function labelled(body: string, labels: string[] = []): string {
  const issue = { number: 12, title: 'Role', body, labels: [...labels, 'approved'] }
  return JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
}

function board(event: string, boards = BOARDS()): string {
  const dir = scratchDir()
  writeFiles(dir, {
    'listings.json': LISTINGS,
    'README.md': README,
    'jobs-readme.yml': boards,
    'event.json': event
  })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  // The README as the board has it before the contribution: its rows rendered once.
  const first = runCli(['--config', 'jobs-readme.yml', ...NOW], { cwd: dir })
  expect(first.status).toBe(0)
  return dir
}

const contribute = (dir: string) =>
  runCli(['contribute', '--event', 'event.json', '--config', 'jobs-readme.yml', ...NOW], {
    cwd: dir
  })

const records = (dir: string) =>
  JSON.parse(read(join(dir, 'listings.json'))) as Array<Record<string, unknown>>

const NEW_ROLE =
  '### Company\n\nQuokka Labs\n\n### Title\n\nSoftware Engineer, New Grad\n\n' +
  '### URL\n\nhttps://quokka.example/jobs/1\n\n### Location\n\nBerlin, Germany\nRemote in Germany\n'

describe('a new posting in a listings file of another shape', () => {
  it('is written as the file’s records are: a fresh id, the date in Unix seconds, a list of locations, active and visible', () => {
    const dir = board(labelled(NEW_ROLE))
    const run = contribute(dir)

    expect(run.status).toBe(0)
    const added = records(dir).at(-1)!
    // Keys in the order of the file's first record; every key most records have, as they
    // hold it: what a form does not ask for empty (a time: the approval's).
    expect(Object.keys(added)).toEqual([
      'source',
      'company_name',
      'id',
      'title',
      'active',
      'date_updated',
      'date_posted',
      'url',
      'locations',
      'company_url',
      'is_visible',
      'sponsorship',
      'terms'
    ])
    expect(added).toMatchObject({
      source: '',
      date_updated: Date.parse('2024-10-25T18:00:00Z') / 1000,
      company_url: '',
      sponsorship: '',
      terms: []
    })
    expect(added).toMatchObject({
      company_name: 'Quokka Labs',
      title: 'Software Engineer, New Grad',
      active: true,
      // No date on the form: the time of the approval, as the file's dates are written.
      date_posted: Date.parse('2024-10-25T18:00:00Z') / 1000,
      url: 'https://quokka.example/jobs/1',
      locations: ['Berlin, Germany', 'Remote in Germany'],
      is_visible: true
    })
    expect(added.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(RECORDS.map(record => record.id)).not.toContain(added.id)
  })

  it('shows in the README, and the comment gives its row as this board’s table shows it', () => {
    const dir = board(labelled(NEW_ROLE))
    const run = contribute(dir)

    expect(run.status).toBe(0)
    const readme = read(join(dir, 'README.md'))
    const row = readme.split('\n').find(line => line.includes('Quokka Labs'))
    expect(row).toBe(
      '| **Quokka Labs** | Software Engineer, New Grad | Berlin, Germany</br>Remote in Germany | [Apply](https://quokka.example/jobs/1) |'
    )
    expect(run.stdout).toContain('The row as the board now shows it:')
    expect(run.stdout).toContain('| Company | Role | Location | Application/Link |')
    expect(run.stdout).toContain(row!)
    // Not the default table of another format.
    expect(run.stdout).not.toContain('| Position |')
  })

  it('takes a date the form gives, written in Unix seconds', () => {
    const dir = board(labelled(`${NEW_ROLE}\n### Posted at\n\n2024-10-20\n`))
    expect(contribute(dir).status).toBe(0)
    expect(records(dir).at(-1)!.date_posted).toBe(Date.parse('2024-10-20T00:00:00Z') / 1000)
  })

  it('gets the next number for an id where the records’ ids are numbers', () => {
    const dir = board(labelled(NEW_ROLE))
    const numbered = RECORDS.map((record, index) => ({ ...record, id: 41 + index * 7 }))
    writeFiles(dir, { 'listings.json': `${JSON.stringify(numbered, null, 4)}\n` })
    expect(contribute(dir).status).toBe(0)
    expect(records(dir).at(-1)!.id).toBe(49)
  })

  it('gets the next whole number where the ids are digits: 64-bit numbers, zero-padded text, CSV cells', () => {
    const withIds = (ids: string[]) => {
      const dir = board(labelled(NEW_ROLE))
      const text = RECORDS.map((record, index) =>
        JSON.stringify({ ...record, id: 0 }).replace('"id":0', `"id":${ids[index]}`)
      )
      writeFiles(dir, { 'listings.json': `[\n${text.join(',\n')}\n]\n` })
      expect(contribute(dir).status).toBe(0)
      return read(join(dir, 'listings.json'))
    }
    // Written bare, as the file writes them: JSON.parse would round them (to 1864000000000000000).
    expect(withIds(['1864000000000000017', '1864000000000000003'])).toContain(
      '"id":1864000000000000018,'
    )
    expect(withIds(['"0041"', '"0007"'])).toContain('"id":"0042",')

    const dir = board(labelled(NEW_ROLE))
    const csv =
      'id,company_name,title,url,date_posted,locations,is_visible\n' +
      '41,WeRide,Engineer,https://jobs.example/weride/1,1729000000,"San Jose, CA",true\n' +
      '9,Brain Corp,Engineer I,https://jobs.example/brain/2,1729500000,"San Diego, CA",true\n'
    writeFiles(dir, {
      'listings.csv': csv,
      'jobs-readme.yml': BOARDS().replace('listings: listings.json', 'listings: listings.csv')
    })
    expect(contribute(dir).status).toBe(0)
    expect(read(join(dir, 'listings.csv')).split('\n')[3]).toMatch(/^42,Quokka Labs,/)
  })

  it('is added but said to be shown on no board when the board’s selection leaves it out', () => {
    const select = '    select:\n      - { field: source, equals: Simplify }\n'
    const dir = board(labelled(NEW_ROLE), BOARDS(select))
    const before = read(join(dir, 'README.md'))
    const run = contribute(dir)

    expect(run.status).toBe(0)
    expect(records(dir)).toHaveLength(RECORDS.length + 1)
    expect(read(join(dir, 'README.md'))).toBe(before)
    expect(run.stdout).toContain(
      'No board shows it: `Quokka Labs — Software Engineer, New Grad (https://quokka.example/jobs/1)` is outside what the boards select'
    )
    expect(run.stdout).not.toContain('The row as the board now shows it')
  })
})

describe('an edit in a listings file of another shape', () => {
  it('writes each field it changes as the file does: a date in Unix seconds, locations as a list', () => {
    const form =
      '### URL\n\nhttps://jobs.example/brain/2\n\n### Posted at\n\n2024-10-21\n\n' +
      '### Location\n\nSan Diego, CA\nBoston, MA\n'
    const dir = board(labelled(form, ['edit-listing']))
    const run = contribute(dir)

    expect(run.status).toBe(0)
    const edited = records(dir)[1]!
    expect(edited).toEqual({
      ...RECORDS[1],
      date_posted: Date.parse('2024-10-21T00:00:00Z') / 1000,
      locations: ['San Diego, CA', 'Boston, MA']
    })
    expect(records(dir)[0]).toEqual(RECORDS[0])
  })

  it('changes nothing when the form repeats what the record holds, written the file’s way', () => {
    const form = '### URL\n\nhttps://jobs.example/brain/2\n\n### Location\n\nSan Diego, CA\n'
    const dir = board(labelled(form, ['edit-listing']))
    const run = contribute(dir)

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Nothing to change')
    expect(read(join(dir, 'listings.json'))).toBe(LISTINGS)
  })
})

describe('form labels mapped to keys of the records (record.<key>)', () => {
  const contribution =
    'contribution:\n  fields: { Terms: record.terms, Sponsorship: record.sponsorship }\n'
  const select = '    select:\n      - { field: terms, contains-any: Summer 2025 }\n'

  it('fill those keys, a dropdown’s several options as a list, so a board selecting on them shows the posting', () => {
    const form = `${NEW_ROLE}\n### Terms\n\nSummer 2025, Fall 2025\n\n### Sponsorship\n\nOffers Sponsorship\n`
    const dir = board(labelled(form), BOARDS(select, contribution))
    const run = contribute(dir)

    expect(run.status).toBe(0)
    expect(records(dir).at(-1)).toMatchObject({
      terms: ['Summer 2025', 'Fall 2025'],
      sponsorship: 'Offers Sponsorship'
    })
    expect(read(join(dir, 'README.md'))).toContain('| **Quokka Labs** |')
    expect(run.stdout).toContain('The row as the board now shows it:')
  })

  it('change only that key in an edit', () => {
    const form =
      '### URL\n\nhttps://jobs.example/weride/1\n\n### Terms\n\nSummer 2025, Spring 2026\n'
    const dir = board(labelled(form, ['edit-listing']), BOARDS(select, contribution))
    expect(contribute(dir).status).toBe(0)
    expect(records(dir)[0]).toEqual({ ...RECORDS[0], terms: ['Summer 2025', 'Spring 2026'] })
  })

  it('are refused in the settings when they are neither a listing field nor record.<key>', () => {
    const dir = board(labelled(NEW_ROLE))
    writeFiles(dir, {
      'jobs-readme.yml': BOARDS('', 'contribution:\n  fields: { Terms: terms }\n')
    })
    const run = contribute(dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      '"Terms" must map to a listing field (id, company, company_url, title, url, location, work_type, posted_at, salary, salary_min, salary_max, salary_currency, salary_period, skills, description, categories, active, kind) or to a key of the records as record.<key> (record.terms), not "terms"'
    )
    expect(read(join(dir, 'listings.json'))).toBe(LISTINGS)
  })
})
