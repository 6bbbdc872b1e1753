/**
 * `contribute --event` on small listings files: what an approved form does where the listings
 * hold closed postings, links a reader pasted with invisible characters or two addresses, long
 * answers, a CRLF body, a file of `yes`/`no` flags and an empty file, and what the issue and the
 * run's output are told.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { CONTRIBUTION_PATHS, contributionFiles } from '../../src/init/contribution.js'
import { writeContributionFiles } from '../../src/init/contribution-files.js'
import { closePostings } from '../../src/links/close.js'
import { normalizeUrl } from '../../src/url.js'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
import { oneBoard } from '../helpers/settings.js'

const README = '# Board\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

/** An `issues` "labeled" event GitHub would send (checked against its webhook schema). */
function labelled(body: string, kind: string): string {
  const issue = { number: 7, title: 'Role', body, labels: [kind, 'approved'] }
  return JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
}

const form = (fields: Record<string, string>, eol = '\n') =>
  Object.entries(fields)
    .map(([label, value]) => `### ${label}${eol}${eol}${value}${eol}`)
    .join(eol)

const record = (n: number, extra: object = {}) => ({
  id: n,
  company: 'Acme',
  title: `Backend Engineer ${n}`,
  url: `https://acme.example/jobs/${n}`,
  location: 'Berlin',
  posted_at: '2026-12-01',
  active: true,
  ...extra
})

const json = (records: object[]) =>
  `[\n${records.map(item => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`

/** One open posting, and a closed one (record 2) whose role is then posted again. */
const WITH_CLOSED = json([record(1), record(2, { active: false })])

/** Runs the form on the listings: the run, and the listings file after it. */
function approve(
  body: string,
  kind: string,
  listings: string,
  file = 'listings.json',
  more: string[] = []
) {
  const dir = scratchDir()
  writeFiles(dir, { 'event.json': labelled(body, kind), [file]: listings, 'README.md': README })
  const run = runCli(
    ['contribute', '--event', 'event.json', '--listings', file, '--readme', 'README.md'].concat(
      ['--now', '2026-12-06T12:00:00Z'],
      more
    ),
    { cwd: dir }
  )
  return { run, listings: read(join(dir, file)) }
}

const records = (text: string) => JSON.parse(text) as Record<string, unknown>[]

const NEW_ROLE = { Company: 'Gamma', 'Job title': 'Data Engineer' }

describe('a closed posting', () => {
  it('is no duplicate of a new posting of its company, title and location at another link', () => {
    const { run, listings } = approve(
      form({
        Company: 'acme',
        'Job title': 'Backend Engineer 2',
        'Posting URL': 'https://acme.example/jobs/2001',
        Location: 'Berlin'
      }),
      'new-listing',
      WITH_CLOSED
    )

    expect(run.stdout).toContain('Added in `listings.json`')
    expect(run.status).toBe(0)
    expect(records(listings).at(-1)).toMatchObject({
      url: 'https://acme.example/jobs/2001',
      active: true
    })
  })

  it('still makes a duplicate of an open one (the board shows one of them)', () => {
    const { run, listings } = approve(
      form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 1',
        'Posting URL': 'https://acme.example/jobs/1001',
        Location: 'berlin'
      }),
      'new-listing',
      WITH_CLOSED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('already listed as')
    expect(listings).toBe(WITH_CLOSED)
  })

  it.each(['http://acme.example/jobs/1', 'https://www.acme.example/jobs/1'])(
    'is filed again at %s, its page over http or on the www host: refused as already listed',
    link => {
      const { run, listings } = approve(
        form({ ...NEW_ROLE, 'Posting URL': link, Location: 'Munich' }),
        'new-listing',
        WITH_CLOSED
      )

      expect(run.status).toBe(1)
      expect(run.stdout).toContain('already listed as')
      expect(listings).toBe(WITH_CLOSED)
    }
  )

  it('is found by an edit naming it over http', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'http://acme.example/jobs/1', Location: 'Munich' }),
      'edit-listing',
      WITH_CLOSED
    )

    expect(run.status).toBe(0)
    expect(records(listings)[0]).toEqual(record(1, { location: 'Munich' }))
  })

  it('filed again at its own link is refused as closed, saying how to open it again and not to re-approve', () => {
    const { run, listings } = approve(
      form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 2',
        'Posting URL': 'https://acme.example/jobs/2',
        Location: 'Berlin'
      }),
      'new-listing',
      WITH_CLOSED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'record 2 of the listings file, and is closed there (`active: false`)'
    )
    expect(run.stdout).toContain(
      'file the edit form for this posting (its link) with a section `### Active` answered `true`'
    )
    expect(run.stdout).not.toContain('Edit the issue and approve it again')
    expect(listings).toBe(WITH_CLOSED)
  })

  it('opens again by an edit answering Active, the flag written as the file writes it', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/2', Active: 'yes' }),
      'edit-listing',
      WITH_CLOSED
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Updated in `listings.json`')
    expect(records(listings)[1]).toEqual(record(2, { active: true }))
  })

  it('edited stays closed, and the comment says so and how to open it, not that the selection leaves it out', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/2', Location: 'Munich' }),
      'edit-listing',
      WITH_CLOSED
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'is closed (`active: false`). To list it again, file the edit form'
    )
    expect(run.stdout).not.toContain('outside what the boards select')
    expect(records(listings)[1]).toEqual(record(2, { active: false, location: 'Munich' }))
  })

  it('is what an edit answering Active false makes an open one, which then leaves the board', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', Active: 'false' }),
      'edit-listing',
      json([record(1), record(3)])
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '`Acme — Backend Engineer 1 (https://acme.example/jobs/1)` leaves the board.'
    )
    expect(records(listings)[0]).toEqual(record(1, { active: false }))
  })

  it("is what an edit makes the board's last open posting: the table is emptied, not refused", () => {
    const dir = scratchDir()
    const before = json([record(1)])
    writeFiles(dir, { 'listings.json': before, 'README.md': README })
    const first = runCli(
      ['--listings', 'listings.json', '--readme', 'README.md', '--now', '2026-12-06T12:00:00Z'],
      { cwd: dir }
    )
    expect(first.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain('Backend Engineer 1')
    writeFiles(dir, {
      'event.json': labelled(
        form({ 'Posting URL': 'https://acme.example/jobs/1', Active: 'false' }),
        'edit-listing'
      )
    })

    const run = runCli(
      ['contribute', '--event', 'event.json', '--listings', 'listings.json', '--readme'].concat([
        'README.md',
        '--now',
        '2026-12-06T12:00:00Z'
      ]),
      { cwd: dir }
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '`Acme — Backend Engineer 1 (https://acme.example/jobs/1)` leaves the board.'
    )
    expect(records(read(join(dir, 'listings.json')))).toEqual([record(1, { active: false })])
    expect(read(join(dir, 'README.md'))).not.toContain('Backend Engineer 1')
  })

  it('is no duplicate an edit of an open posting would make', () => {
    // The closed role is the older one: posted the same day, the later record in the file
    // would be the newest of the one opening the edit makes, and close it on the board.
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', 'Job title': 'Backend Engineer 2' }),
      'edit-listing',
      json([record(1), record(2, { active: false, posted_at: '2026-11-20' })])
    )

    expect(run.status).toBe(0)
    expect(records(listings)[0]).toEqual(record(1, { title: 'Backend Engineer 2' }))
  })
})

describe('a link shared by a closed record and an open one (a role posted again)', () => {
  const REPOSTED = json([
    record(1, { active: false }),
    record(2, { url: 'https://acme.example/jobs/1', posted_at: '2026-12-03' }),
    record(3)
  ])

  it('is closed as the open record', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1' }),
      'close-listing',
      REPOSTED
    )

    expect(run.stdout).toContain('Closed in `listings.json`')
    expect(run.status).toBe(0)
    expect(records(listings).map(item => item.active)).toEqual([false, false, true])
  })

  it('is edited as the open record', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', Location: 'Munich' }),
      'edit-listing',
      REPOSTED
    )

    expect(run.status).toBe(0)
    expect(records(listings).map(item => item.location)).toEqual(['Berlin', 'Munich', 'Berlin'])
  })

  it('shared by two open records closes the one the board shows (the later of one day)', () => {
    const TWO_OPEN = json([record(1), record(2, { url: 'https://acme.example/jobs/1' }), record(3)])
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1' }),
      'close-listing',
      TWO_OPEN
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '`Acme — Backend Engineer 2 (https://acme.example/jobs/1)` leaves the board.'
    )
    expect(records(listings).map(item => item.active)).toEqual([true, false, true])
  })
})

describe('an id repeated in the listings (the boards read the newest record of a posting)', () => {
  // Records 1 and 3 are one posting, posted the same day: the board shows record 3.
  const REPEATED = json([record(1), record(2), record(1, { title: 'Backend Engineer II' })])

  it.each([
    ['its id', { Id: '1' }],
    ['its link', { 'Posting URL': 'https://acme.example/jobs/1' }]
  ])('is closed by %s in the record the board shows, and leaves the board', (_, names) => {
    const { run, listings } = approve(form(names), 'close-listing', REPEATED)

    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'Backend Engineer II (https://acme.example/jobs/1)` leaves the board.'
    )
    expect(records(listings).map(item => item.active)).toEqual([true, true, false])
  })

  it('is edited in the record the board shows', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', Location: 'Munich' }),
      'edit-listing',
      REPEATED
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('| Munich |')
    expect(records(listings).map(item => item.location)).toEqual(['Berlin', 'Berlin', 'Munich'])
  })

  const CLOSED_LAST = json([record(1), record(2), record(1, { active: false })])

  it('closed by its last record is refused as closed to a new form, naming that record', () => {
    const { run, listings } = approve(
      form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 1',
        'Posting URL': 'https://acme.example/jobs/1',
        Location: 'Berlin',
        'Date posted': '2026-12-05'
      }),
      'new-listing',
      CLOSED_LAST
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('record 3 of the listings file, and is closed there')
    expect(listings).toBe(CLOSED_LAST)
  })

  it('closed by its last record opens again in that record', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', Active: 'true' }),
      'edit-listing',
      CLOSED_LAST
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('The row as the board now shows it')
    expect(records(listings).map(item => item.active)).toEqual([true, true, true])
  })

  it('is not given to an older record by an edit of its date, which the board would not show', () => {
    const { run, listings } = approve(
      form({ Id: '1', 'Date posted': '2026-11-20' }),
      'edit-listing',
      REPEATED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "record 1 of the listings file, `Acme — Backend Engineer 1 (https://acme.example/jobs/1)`, would be this posting's newest record"
    )
    expect(listings).toBe(REPEATED)
  })
})

describe('a new posting of a role a newer record closes', () => {
  const CLOSED_NEWER = json([record(1, { active: false, posted_at: '2026-12-05' }), record(2)])

  it('is refused, naming the closed record and how to open it again', () => {
    const { run, listings } = approve(
      form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 1',
        'Posting URL': 'https://acme.example/jobs/77',
        Location: 'Berlin',
        'Date posted': '2026-12-03'
      }),
      'new-listing',
      CLOSED_NEWER
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "record 1 of the listings file, which is closed there (`active: false`) and newer than the form's posting date"
    )
    expect(run.stdout).toContain(
      'file the edit form for `https://acme.example/jobs/1` with a section `### Active` answered `true`'
    )
    expect(listings).toBe(CLOSED_NEWER)
  })

  it('published after the closed record is added, and shown', () => {
    const { run, listings } = approve(
      form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 1',
        'Posting URL': 'https://acme.example/jobs/77',
        Location: 'Berlin',
        'Date posted': '2026-12-06'
      }),
      'new-listing',
      CLOSED_NEWER
    )

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('The row as the board now shows it')
    expect(records(listings)).toHaveLength(3)
  })
})

describe('a link answer', () => {
  const LISTED = json([record(1)])

  it.each([
    ['after', 'https://gamma.example/jobs/7 (apply by Friday)'],
    ['before', 'Apply at https://gamma.example/jobs/7']
  ])('with text %s the address is refused, asking for the address alone', (_, answer) => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': answer }),
      'new-listing',
      LISTED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `the address (\`${answer}\`): give the address alone (\`https://gamma.example/jobs/7\`)`
    )
    expect(listings).toBe(LISTED)
  })

  it.each([
    ['a zero-width space', '\u200b'],
    ['a left-to-right mark', '\u200e'],
    ['a right-to-left override', '\u202e'],
    ['a word joiner and a space', '\u2060 ']
  ])('with %s at its end is read without it, and is the listed posting it names', (_, mark) => {
    const { run, listings } = approve(
      form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 1',
        'Posting URL': `https://acme.example/jobs/1${mark}`
      }),
      'new-listing',
      LISTED
    )

    expect(run.stdout).toContain('Nothing to change: the listings already hold this posting')
    expect(listings).toBe(LISTED)
  })

  it('with an invisible character at its start is stored without it', () => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': '\u200bhttps://gamma.example/jobs/7' }),
      'new-listing',
      LISTED
    )

    expect(run.status).toBe(0)
    expect(records(listings)[1]?.url).toBe('https://gamma.example/jobs/7')
  })

  it.each([
    ['\u200b', 'U+200B'],
    ['\u202e', 'U+202E'],
    ['\ufeff', 'U+FEFF']
  ])('with %j inside it is refused, naming the character and where it is', (mark, name) => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': `https://gamma.example/jo${mark}bs/7` }),
      'new-listing',
      LISTED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `**url** holds an invisible character, ${name}, at character 25 (after \`https://gamma.example/jo\`)`
    )
    expect(listings).toBe(LISTED)
  })

  it.each([
    ['a space', ' '],
    ['a line break', '\n']
  ])('giving two addresses apart by %s is refused, naming both', (_, between) => {
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': `https://gamma.example/jobs/7${between}https://gamma.example/jobs/8`
      }),
      'new-listing',
      LISTED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '**url** gives 2 addresses (`https://gamma.example/jobs/7`, `https://gamma.example/jobs/8`): give one address'
    )
    expect(listings).toBe(LISTED)
  })
})

describe('the length of an answer', () => {
  const LISTED = json([record(1)])

  it('is not limited for a link or a description, which no cell shows as text', () => {
    const url = `https://gamma.example/jobs/7?${Array.from({ length: 30 }, (_, n) => `src${n}=${'x'.repeat(20)}`).join('&')}`
    const description = 'We build data pipelines. '.repeat(60).trim()
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': url, Description: description }),
      'new-listing',
      LISTED
    )

    expect(run.status).toBe(0)
    expect(records(listings)[1]).toMatchObject({ url, description })
  })

  it('is limited for a title a cell shows, saying the setting and what to do', () => {
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Job title': 'Data '.repeat(120).trim(),
        'Posting URL': 'https://gamma.example/jobs/7'
      }),
      'new-listing',
      LISTED
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '**title** is 599 characters long, and the board shows at most 500 in a cell (`max-cell-length`)'
    )
    expect(listings).toBe(LISTED)
  })
})

describe('a YAML file writing its flags as yes and no', () => {
  const YAML = [
    '- id: 1',
    '  company: Acme',
    '  title: Backend Engineer',
    '  url: https://acme.example/jobs/1',
    '  posted_at: 2026-12-01',
    '  active: yes',
    '- id: 2',
    '  company: Beta',
    '  title: Go Dev',
    '  url: https://beta.example/jobs/2',
    '  posted_at: 2026-12-02',
    '  active: Yes',
    '- id: 3',
    '  company: Delta',
    '  title: Rust Dev',
    '  url: https://delta.example/jobs/3',
    '  posted_at: 2026-12-03',
    '  active: yes',
    ''
  ].join('\n')
  /** As PyYAML, Ruby and go-yaml v2 read it: `yes` and `no` are booleans. */
  const yaml11 = (text: string) => parseYaml(text, { version: '1.1' }) as Record<string, unknown>[]

  it('gets a close as `no`, which a YAML 1.1 reader takes for false, the board too', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1' }),
      'close-listing',
      YAML,
      'listings.yaml'
    )

    expect(run.status).toBe(0)
    expect(listings).toBe(YAML.replace('active: yes', 'active: no'))
    expect(yaml11(listings)[0]?.active).toBe(false)
  })

  it('gets a new posting open as its records write it', () => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': 'https://gamma.example/jobs/7' }),
      'new-listing',
      YAML,
      'listings.yaml'
    )

    expect(run.status).toBe(0)
    expect(listings.split('\n').at(-2)).toBe('  active: yes')
    expect(yaml11(listings)[3]?.active).toBe(true)
  })

  it('gets a dead posting closed by check-links as `no` too', async () => {
    const settings = oneBoard({ listings: 'listings.yaml', readme: 'README.md' })
    const closed = await closePostings(
      YAML,
      settings,
      new Set([normalizeUrl('https://beta.example/jobs/2')])
    )

    expect(closed.count).toBe(1)
    expect(closed.text).toBe(YAML.replace('active: Yes', 'active: No'))
    expect(yaml11(closed.text)[1]?.active).toBe(false)
  })

  describe('where a record has no flag (open, as the board reads it)', () => {
    // The last record has no `active`: the flag the others write is still `yes`/`no`.
    const UNFLAGGED = `${YAML}- id: 4\n  company: Gamma\n  title: ML Engineer\n  url: https://gamma.example/jobs/4\n  posted_at: 2026-12-04\n`

    it('its close writes `no`, as the others write theirs', () => {
      const { run, listings } = approve(
        form({ 'Posting URL': 'https://gamma.example/jobs/4' }),
        'close-listing',
        UNFLAGGED,
        'listings.yaml'
      )

      expect(run.status).toBe(0)
      expect(listings).toBe(`${UNFLAGGED}  active: no\n`)
      expect(yaml11(listings)[3]?.active).toBe(false)
    })

    it('a new posting after it gets `yes`', () => {
      const { run, listings } = approve(
        form({ ...NEW_ROLE, 'Posting URL': 'https://gamma.example/jobs/7' }),
        'new-listing',
        UNFLAGGED,
        'listings.yaml'
      )

      expect(run.status).toBe(0)
      expect(listings.split('\n').at(-2)).toBe('  active: yes')
      expect(yaml11(listings)[4]?.active).toBe(true)
    })

    it('check-links closes it with `no`', async () => {
      const settings = oneBoard({ listings: 'listings.yaml', readme: 'README.md' })
      const closed = await closePostings(
        UNFLAGGED,
        settings,
        new Set([normalizeUrl('https://gamma.example/jobs/4')])
      )

      expect(closed.text).toBe(`${UNFLAGGED}  active: no\n`)
    })
  })
})

describe('the answers as written', () => {
  it('keep no carriage return of a body sent with CRLF', () => {
    const { run, listings } = approve(
      form(
        {
          ...NEW_ROLE,
          'Posting URL': 'https://gamma.example/jobs/7',
          Description: 'Pipelines.\r\nPython and SQL.'
        },
        '\r\n'
      ),
      'new-listing',
      json([record(1)])
    )

    expect(run.status).toBe(0)
    expect(records(listings)[1]?.description).toBe('Pipelines.\nPython and SQL.')
  })

  it('write salary amounts as numbers into an empty file', () => {
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': 'https://gamma.example/jobs/7',
        'Salary min': '90000',
        'Salary max': '120000'
      }),
      'new-listing',
      '[]\n'
    )

    expect(run.status).toBe(0)
    expect(records(listings)[0]).toMatchObject({ salary_min: 90000, salary_max: 120000 })
  })

  it('with a salary minimum above its maximum are refused, saying so', () => {
    const { run } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': 'https://gamma.example/jobs/7',
        'Salary min': '120000',
        'Salary max': '90000'
      }),
      'new-listing',
      json([record(1)])
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('the minimum is above the maximum')
    expect(run.stdout).not.toContain('a salary amount as a plain number')
  })

  it('of a section no field is named for are written nowhere, and the run warns naming it', () => {
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': 'https://gamma.example/jobs/7',
        'Visa sponsorship': 'yes'
      }),
      'new-listing',
      json([record(1)])
    )

    expect(run.status).toBe(0)
    expect(run.stderr).toContain('`### Visa sponsorship` fills no listing field')
    expect(run.stderr).toContain('contribution-fields')
    expect(listings).not.toContain('Visa')
    // The issue is told too: what was not written, and that the maintainer's mapping reads it.
    expect(run.stdout).toContain(
      "The form's section `### Visa sponsorship` is read as no field: the board's `contribution-fields` maps it to no field, so its answer is not written. A maintainer maps it with `contribution-fields`"
    )
  })

  it("of a section no field is named for, holding what a new posting needs, are the maintainer's to map", () => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Apply URL': 'https://gamma.example/jobs/7' }),
      'new-listing',
      json([record(1)])
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('The form leaves **url** empty')
    expect(run.stdout).toContain(
      "The form's section `### Apply URL` is read as no field: the board's `contribution-fields` maps it to no field"
    )
    expect(run.stdout).toContain('(`Apply URL: url`, or `record.<key>`')
    expect(run.stdout).toContain('Once it is mapped, a maintainer approves the issue again')
    expect(listings).toBe(json([record(1)]))
  })

  it('of an edit whose only change is in a section no field is named for name it', () => {
    const { run } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', 'Job Location': 'Munich' }),
      'edit-listing',
      json([record(1), record(2)])
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('no field to change')
    expect(run.stdout).toContain("The form's section `### Job Location` is read as no field")
  })

  it("of the close form's Reason are no warning", () => {
    const { run } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', Reason: 'The page says filled.' }),
      'close-listing',
      json([record(1), record(2)])
    )

    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('fills no listing field')
  })
})

describe('the forms init writes', () => {
  interface Element {
    id?: string
    type: string
    attributes: { label: string; description?: string; options?: string[] }
  }
  const forms = (inputs: Record<string, string>) =>
    Object.fromEntries(
      contributionFiles({ inputs: { listings: 'listings.json', ...inputs }, categories: [] }).map(
        file => [file.path, parseYaml(file.text) as { body: Element[] }]
      )
    )
  const fieldOf = (form: { body: Element[] }, id: string) =>
    form.body.find(element => element.id === id)

  it('let an edit open a closed posting again, with an Active answer contribute reads', () => {
    const edit = forms({})[CONTRIBUTION_PATHS.editRole]!
    const active = fieldOf(edit, 'active')

    expect(active?.type).toBe('dropdown')
    expect(active?.attributes.options).toEqual(['true', 'false'])
    const { run, listings } = approve(
      form({
        'Posting URL': 'https://acme.example/jobs/2',
        [active?.attributes.label ?? 'Active']: 'true'
      }),
      'edit-listing',
      WITH_CLOSED
    )
    expect(run.status).toBe(0)
    expect(records(listings)[1]?.active).toBe(true)
  })

  it.each([
    [{}, 'At most 500 characters.'],
    [{ 'max-cell-length': '80' }, 'At most 80 characters.'],
    [{ 'max-cell-length': '0' }, undefined]
  ])('state the most characters of a company, title and location (inputs %j)', (inputs, limit) => {
    const made = forms(inputs)
    for (const id of ['company', 'title', 'location']) {
      expect(fieldOf(made[CONTRIBUTION_PATHS.newRole]!, id)?.attributes.description).toBe(limit)
      expect(fieldOf(made[CONTRIBUTION_PATHS.editRole]!, id)?.attributes.description).toBe(
        ['Leave empty to keep it.', limit].filter(Boolean).join(' ')
      )
    }
  })
})

describe('init --contribution with a boards file', () => {
  it.each([
    ['0', undefined],
    ['120', 'At most 120 characters.']
  ])('states the limit its max-cell-length %s sets on the new form', async (max, limit) => {
    const files = new Map<string, string>([
      [
        'jobs-readme.yml',
        `listings: listings.json\nmax-cell-length: ${max}\nboards:\n  - readme: README.md\n`
      ],
      ['listings.json', '[]\n']
    ])
    await writeContributionFiles(
      { config: 'jobs-readme.yml' },
      {
        readFile: async path => files.get(path),
        write: async changes => {
          for (const change of changes) if ('text' in change) files.set(change.path, change.text)
        }
      },
      { force: false }
    )
    const made = parseYaml(files.get(CONTRIBUTION_PATHS.newRole) ?? '') as {
      body: { id?: string; attributes: { description?: string } }[]
    }
    expect(made.body.find(element => element.id === 'title')?.attributes.description).toBe(limit)
  })
})

describe('a date answer, on a board in Los Angeles (approved Dec 06 04:00 there)', () => {
  const LA = ['--timezone', 'America/Los_Angeles']
  const NEW = { ...NEW_ROLE, 'Posting URL': 'https://gamma.example/jobs/7' }
  const filed = (listings: string, answers: Record<string, string> = {}) =>
    approve(form({ ...NEW, ...answers }), 'new-listing', listings, 'listings.json', LA)

  it('names a day the board shows as that day: its midnight there, in a file of Unix seconds', () => {
    const { run, listings } = filed(json([record(1, { posted_at: 1764583200 })]), {
      'Date posted': '2026-12-05'
    })

    expect(run.status).toBe(0)
    expect(records(listings)[1]?.posted_at).toBe(Date.parse('2026-12-05T08:00:00Z') / 1000)
    expect(run.stdout).toContain('| Dec 05 |')
  })

  it('names a day written as that day in a file of days, and as its midnight there in a file of times', () => {
    const days = filed(json([record(1)]), { 'Date posted': 'Dec 5, 2026' })
    expect(records(days.listings)[1]?.posted_at).toBe('2026-12-05')
    const times = filed(json([record(1, { posted_at: '2026-12-01T10:00:00.000Z' })]), {
      'Date posted': 'Dec 5, 2026'
    })
    expect(records(times.listings)[1]?.posted_at).toBe('2026-12-05T08:00:00.000Z')
    expect(times.run.stdout).toContain('| Dec 05 |')
  })

  it('left empty is the approval time as the records write times, or its day there', () => {
    const times = filed(json([record(1, { posted_at: '2026-12-01T10:00:00Z' })]))
    expect(records(times.listings)[1]?.posted_at).toBe('2026-12-06T12:00:00Z')
    expect(times.run.stdout).toContain('| Dec 06 |')
    const days = filed(json([record(1)]))
    expect(records(days.listings)[1]?.posted_at).toBe('2026-12-06')
  })

  it('more than a day ahead is refused, naming the answer', () => {
    const LISTED = json([record(1)])
    const { run, listings } = filed(LISTED, { 'Date posted': '2099-01-01' })

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '**posted_at** `2099-01-01` is more than a day after today (2026-12-06 on the board)'
    )
    expect(listings).toBe(LISTED)
  })
})

describe('the answers written as the records write theirs', () => {
  it('a work type in the records’ own word, and a date in their form', () => {
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': 'https://gamma.example/jobs/7',
        'Work type': 'On Site',
        'Date posted': 'Nov 22, 2026'
      }),
      'new-listing',
      json([
        record(1, { work_type: 'on_site', posted_at: '2026-11-01T10:00:00Z' }),
        record(2, { work_type: 'remote', posted_at: '2026-11-02T10:00:00Z' })
      ])
    )

    expect(run.status).toBe(0)
    expect(records(listings)[2]).toMatchObject({
      work_type: 'on_site',
      posted_at: '2026-11-22T00:00:00Z'
    })
  })

  it('a day plain in a YAML file whose records write their days plain', () => {
    const yaml =
      '- id: 1\n  company: Acme\n  title: Backend Engineer\n  url: https://acme.example/jobs/1\n  location: Berlin\n  posted_at: 2026-12-01\n'
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': 'https://gamma.example/jobs/7',
        'Date posted': '2026-12-05'
      }),
      'new-listing',
      yaml,
      'listings.yaml'
    )

    expect(run.status).toBe(0)
    expect(listings).toContain('  posted_at: 2026-12-05\n')
    expect(parseYaml(listings, { version: '1.1' })[1].posted_at).toBeInstanceOf(Date)
  })
})

describe('an issue with two kind labels', () => {
  it.each([
    ['new-listing', 'close-listing'],
    ['close-listing', 'new-listing']
  ])('(%s, then %s) is refused naming both, whatever their order', (first, second) => {
    const LISTED = json([record(1)])
    const dir = scratchDir()
    const issue = {
      number: 7,
      title: 'Role',
      body: form({
        Company: 'Acme',
        'Job title': 'Backend Engineer 1',
        'Posting URL': 'https://acme.example/jobs/1'
      }),
      labels: [first, second, 'approved']
    }
    writeFiles(dir, {
      'event.json': JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload),
      'listings.json': LISTED,
      'README.md': README
    })
    const run = runCli(
      [
        'contribute',
        '--event',
        'event.json',
        '--listings',
        'listings.json',
        '--readme',
        'README.md',
        '--now',
        '2026-12-06T12:00:00Z'
      ],
      { cwd: dir }
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `The issue has the labels \`${first}\` and \`${second}\`, which ask for different changes`
    )
    expect(read(join(dir, 'listings.json'))).toBe(LISTED)
  })
})

describe('a posting link given as the board links it', () => {
  // The cell template adds `?ref=Simplify` to every posting link (and the board its utm_*).
  const CONFIG = [
    'listings: listings.json',
    'boards:',
    '  - readme: README.md',
    '    max-age-days: 0',
    '    table:',
    '      columns:',
    '        - header: Company',
    "          cell: '{{ company }}'",
    '        - header: Apply',
    '          posting: true',
    `          cell: '{% assign apply = url_raw | append: "?ref=Simplify" %}{{ "Apply" | link: apply }}'`,
    ''
  ].join('\n')
  const LISTED = json([record(1), record(2), record(3)])

  function approveBy(body: string, kind: string) {
    const dir = scratchDir()
    writeFiles(dir, {
      'event.json': labelled(body, kind),
      'listings.json': LISTED,
      'README.md': README,
      'jobs-readme.yml': CONFIG
    })
    const run = runCli(
      ['contribute', '--event', 'event.json', '--config', 'jobs-readme.yml'].concat([
        '--now',
        '2026-12-06T12:00:00Z'
      ]),
      { cwd: dir }
    )
    return { run, listings: read(join(dir, 'listings.json')) }
  }

  it.each([
    ['its cell parameter', 'https://acme.example/jobs/1?ref=Simplify', 0],
    ['tracking too', 'https://acme.example/jobs/1?utm_source=Simplify&ref=Simplify', 0]
  ])('with %s is the posting it names, closed', (_, link, index) => {
    const { run, listings } = approveBy(form({ 'Posting URL': link }), 'close-listing')

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('leaves the board')
    expect(records(listings).map(item => item.active)).toEqual([0, 1, 2].map(at => at !== index))
  })

  it('with a parameter the board does not add is no posting listed', () => {
    const { run, listings } = approveBy(
      form({ 'Posting URL': 'https://acme.example/jobs/1?ref=Other', Location: 'Munich' }),
      'edit-listing'
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('No listed posting has the link')
    expect(listings).toBe(LISTED)
  })

  it('is edited', () => {
    const { run, listings } = approveBy(
      form({ 'Posting URL': 'https://acme.example/jobs/2?ref=Simplify', Location: 'Munich' }),
      'edit-listing'
    )

    expect(run.status).toBe(0)
    expect(records(listings)[1]).toEqual(record(2, { location: 'Munich' }))
  })
})

describe('a new record in a file whose records all have keys no form asks for', () => {
  // SimplifyJobs' shape: Unix-second dates, text keys, a flag; one company link left empty.
  const simplify = (n: number, extra: object = {}) => ({
    id: `s${n}`,
    company_name: 'Acme',
    title: `Intern ${n}`,
    url: `https://acme.example/jobs/${n}`,
    company_url: n === 1 ? '' : 'https://acme.example',
    locations: ['NYC'],
    date_posted: 1764979200 + n,
    date_updated: 1764979200 + n,
    source: 'Simplify',
    sponsorship: 'Other',
    work_type: 'remote',
    is_visible: true,
    ...extra
  })
  const SIMPLIFY = json([simplify(1), simplify(2), simplify(3)])
  const FIELDS = ['--fields', 'company=company_name,location=locations,posted_at=date_posted']

  it('gets each as the records hold it: a date the approval time, text empty, a flag as most', () => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': 'https://gamma.example/jobs/7', Location: 'Rome' }),
      'new-listing',
      SIMPLIFY,
      'listings.json',
      FIELDS
    )

    expect(run.status).toBe(0)
    const added = records(listings).at(-1)!
    expect(added).toMatchObject({
      date_posted: Date.parse('2026-12-06T12:00:00Z') / 1000,
      date_updated: Date.parse('2026-12-06T12:00:00Z') / 1000,
      source: '',
      sponsorship: '',
      // A key the board reads: empty only as a record of the file writes it.
      company_url: '',
      is_visible: true
    })
    // No record writes an empty work type, which the board would read as none: left out.
    expect(added).not.toHaveProperty('work_type')
  })

  it('gets the members of a salary object its records have, as the board reads the salary', () => {
    const withSalary = (n: number) =>
      record(n, { salary: { min: 100000, max: 120000, currency: 'EUR', period: 'year' } })
    const SALARIED = json([withSalary(1), withSalary(2)])
    const { run, listings } = approve(
      form({
        ...NEW_ROLE,
        'Posting URL': 'https://gamma.example/jobs/7',
        'Salary min': '90000',
        'Salary max': '110000'
      }),
      'new-listing',
      SALARIED
    )

    expect(run.status).toBe(0)
    expect(records(listings).at(-1)?.salary).toEqual({
      min: 90000,
      max: 110000,
      currency: 'USD',
      period: 'year'
    })
  })
})

describe('a new record in a CSV file, whose every value is text', () => {
  // The loader reads a column of boolean words as flags, digits as numbers (Unix seconds as
  // times) and an empty cell as none: the new record's keys as the same file in JSON gets them.
  const CSV = [
    'id,company,title,url,location,posted_at,active,sponsored,remote,date_updated,reviewed_at,applicants,tags,notes,gh_id',
    '0041,Acme,Dev,https://acme.example/1,NY,1764979200,TRUE,false,Yes,1764979200,2026-12-02T10:00:00Z,3,a; b,x,4001234567',
    '0042,Beta,Ops,https://beta.example/1,LA,1765065600,TRUE,false,No,1765065600,,5,c,y,4001234568',
    '0043,Delta,SRE,https://delta.example/1,SF,1765065600,TRUE,false,No,1765065600,2026-12-03T10:00:00Z,7,d,z,4001234569',
    ''
  ].join('\n')

  it('gets a flag as most records spell it, a time as theirs, text and numbers empty', () => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': 'https://gamma.example/jobs/7', Location: 'Rome' }),
      'new-listing',
      CSV,
      'listings.csv'
    )

    expect(run.status).toBe(0)
    const now = String(Date.parse('2026-12-06T12:00:00Z') / 1000)
    // sponsored: false as every record; remote: No as most (written as theirs, not `false`);
    // the Unix-second dates the approval's second; reviewed_at (one cell empty) its ISO time;
    // a number (a ten-digit id too: no time of 2096), a list and text: an empty cell, as JSON
    // gets none, `[]` and `""`.
    expect(listings).toBe(
      `${CSV}0044,Gamma,Data Engineer,https://gamma.example/jobs/7,Rome,${now},TRUE,false,No,${now},2026-12-06T12:00:00Z,,,,\n`
    )
  })
})

describe('fields mapped to nested paths', () => {
  const NESTED = json([
    {
      id: 1,
      company: { name: 'Acme', size: 50 },
      title: 'Backend',
      links: { apply: 'https://acme.example/jobs/1' },
      place: { city: 'Berlin' },
      posted_at: '2026-12-01'
    },
    {
      id: 2,
      company: { name: 'Beta' },
      title: 'SRE',
      links: { apply: 'https://beta.example/jobs/2' },
      place: 'Remote',
      posted_at: '2026-12-02'
    }
  ])
  const FIELDS = ['--fields', 'company=company.name,url=links.apply,location=place.city']

  it('get a new posting written into them', () => {
    const { run, listings } = approve(
      form({ ...NEW_ROLE, 'Posting URL': 'https://gamma.example/jobs/7', Location: 'Rome' }),
      'new-listing',
      NESTED,
      'listings.json',
      FIELDS
    )

    expect(run.status).toBe(0)
    expect(records(listings).at(-1)).toMatchObject({
      company: { name: 'Gamma' },
      links: { apply: 'https://gamma.example/jobs/7' },
      place: { city: 'Rome' }
    })
  })

  it("get an edit written into them, the object's other members kept", () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://acme.example/jobs/1', Company: 'Acme Corp' }),
      'edit-listing',
      NESTED,
      'listings.json',
      FIELDS
    )

    expect(run.status).toBe(0)
    expect(records(listings)[0]?.company).toEqual({ name: 'Acme Corp', size: 50 })
  })

  it('where the record holds no object on the path, refuse, telling the maintainer', () => {
    const { run, listings } = approve(
      form({ 'Posting URL': 'https://beta.example/jobs/2', Location: 'Rome' }),
      'edit-listing',
      NESTED,
      'listings.json',
      FIELDS
    )

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '**location** cannot be written: `fields` maps it to `place.city`, and record 2 of the listings file holds no object on that path'
    )
    expect(run.stdout).toContain('A maintainer: give `fields` a path the records hold')
    expect(listings).toBe(NESTED)
  })
})

describe('records of one posting on a board that shows each apart (dedupe: false)', () => {
  const CONFIG =
    'listings: listings.json\nboards:\n  - readme: README.md\n    max-age-days: 0\n    dedupe: false\n'
  const SHARED = json([
    record(1),
    record(2, { url: 'https://acme.example/jobs/1' }),
    record(1, { title: 'Backend Engineer II', url: 'https://acme.example/jobs/9' })
  ])

  function approveApart(body: string) {
    const dir = scratchDir()
    writeFiles(dir, {
      'event.json': labelled(body, 'close-listing'),
      'listings.json': SHARED,
      'README.md': README,
      'jobs-readme.yml': CONFIG
    })
    const run = runCli(
      [
        'contribute',
        '--event',
        'event.json',
        '--config',
        'jobs-readme.yml',
        '--now',
        '2026-12-06T12:00:00Z'
      ],
      { cwd: dir }
    )
    return { run, listings: read(join(dir, 'listings.json')) }
  }

  it('named by a link two of them share is refused, asking for the id', () => {
    const { run, listings } = approveApart(form({ 'Posting URL': 'https://acme.example/jobs/1' }))

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "add a section `### Id` to the form with the posting's id (`1`, `2`)"
    )
    expect(listings).toBe(SHARED)
  })

  it('named by an id two of them share is refused, telling the maintainer', () => {
    const { run, listings } = approveApart(form({ Id: '1' }))

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '2 open records have the id `1` (records 1, 3 of the listings file)'
    )
    expect(run.stdout).toContain('A maintainer: give each of those records its own id')
    expect(listings).toBe(SHARED)
  })
})
