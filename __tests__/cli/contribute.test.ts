/**
 * `contribute --event`: an issue event applied to local files as the action applies it, the
 * comment printed, and the outcome in the exit code (0 applied, 1 refused, 2 bad usage).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, runCliAsync, withReferenceFiles, writeFiles } from '../helpers/cli.js'

const INPUTS = ['--listings', 'listings.json', '--readme', 'README.template.md']
const OPTIONS = ['--category', 'backend', '--now', '2025-10-22T20:30:00Z']

type Row = Record<string, unknown>

/** An `issues` "labeled" event GitHub would send (checked against its webhook schema). */
function labelled(body: string, labels: string[] = []): string {
  const issue = { number: 7, title: 'Role', body, labels: [...labels, 'approved'] }
  return JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
}

const NEW =
  '### Company\n\nQuokka Labs\n\n### Title\n\nBackend Engineer\n\n### URL\n\nhttps://quokka.example/jobs/1\n\n### Categories\n\nbackend\n'

function board(event: string): string {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  writeFiles(dir, { 'event.json': event })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  return dir
}

describe('contribute --event', () => {
  it('adds the posting to the listings file and the README, printing the comment (exit 0)', () => {
    const dir = board(labelled(NEW))
    const before = read(join(dir, 'listings.json'))
    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Comment on #7:')
    expect(run.stdout).toContain('Close #7')
    const after = read(join(dir, 'listings.json'))
    expect(after.startsWith(before.slice(0, before.lastIndexOf('}') + 1))).toBe(true)
    expect(JSON.parse(after).at(-1)).toMatchObject({ company: 'Quokka Labs' })
    expect(read(join(dir, 'README.template.md'))).toContain('Quokka Labs')
  })

  it('answers a close approved again without the row the board no longer shows (exit 0)', () => {
    const url = JSON.parse(read(join(withReferenceFiles('listings.json'), 'listings.json')))[0].url
    const dir = board(labelled(`### URL\n\n${url}\n`, ['close-listing']))
    const close = () =>
      runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })
    expect(close().status).toBe(0)
    const listings = read(join(dir, 'listings.json'))

    const again = close()
    expect(again.status).toBe(0)
    expect(again.stdout).toContain(
      'Nothing to change: the listings already hold this posting as closed, and the board no longer shows it.'
    )
    expect(again.stdout).not.toContain('| ')
    expect(read(join(dir, 'listings.json'))).toBe(listings)
  })

  it.each([
    [
      'a posting state (status: Open)',
      'status',
      (record: Row): Row => ({ ...record, status: 'Open' })
    ],
    [
      'a path inside the record (meta.live)',
      'meta.live',
      (record: Row): Row => ({ ...record, meta: { live: true, source: 'ats' } })
    ]
  ])(
    'closes a posting whose open flag `fields` maps to %s, as the records write it',
    (_, field, shape) => {
      const dir = board(labelled('', ['close-listing']))
      const records = (JSON.parse(read(join(dir, 'listings.json'))) as Row[]).map(record => {
        const { active: _active, ...rest } = record
        return shape(rest)
      })
      writeFiles(dir, {
        'listings.json': `${JSON.stringify(records, null, 2)}\n`,
        'event.json': labelled(`### URL\n\n${String(records[0]!.url)}\n`, ['close-listing'])
      })
      const close = () =>
        runCli(
          [
            'contribute',
            '--event',
            'event.json',
            ...INPUTS,
            ...OPTIONS,
            '--fields',
            `active=${field}`
          ],
          { cwd: dir }
        )

      expect(close().status).toBe(0)
      const [first, second] = JSON.parse(read(join(dir, 'listings.json'))) as Row[]
      expect(first).toEqual(
        field === 'status'
          ? { ...records[0], status: 'Closed' }
          : { ...records[0], meta: { live: false, source: 'ats' } }
      )
      expect(second).toEqual(records[1])
      expect(close().stdout).toContain(
        'Nothing to change: the listings already hold this posting as closed'
      )
    }
  )

  it('refuses a close of a posting not listed, writing nothing (exit 1)', () => {
    const dir = board(labelled('### URL\n\nhttps://nowhere.example/1\n', ['close-listing']))
    const before = read(join(dir, 'listings.json'))
    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(1)
    expect(run.stdout).toContain('No listed posting has the link or id')
    expect(run.stdout).toContain('Label #7 "needs-changes"')
    expect(read(join(dir, 'listings.json'))).toBe(before)
  })

  it('refuses a form nesting lists thousands deep, saying so on the issue, and writes nothing (exit 1)', () => {
    const dir = board(labelled(`${NEW}\n### Notes\n\n${'1. '.repeat(4000)}\n`))
    const before = read(join(dir, 'listings.json'))
    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'The issue is not a form the board can read: line 19 of the form nests lists or quotes 4000 deep'
    )
    expect(run.stdout).toContain('Label #7 "needs-changes"')
    expect(read(join(dir, 'listings.json'))).toBe(before)
  })

  it.each([
    [
      'a section typed again into an answer, hidden in a folded <details>',
      `${NEW}\n### Description\n\nGreat role.\n\n<details>\n\n### URL\n\nhttps://evil.example/phish\n\n</details>\n`,
      'its section `### URL` appears twice, and a form writes each once'
    ],
    [
      'a repeated section whose heading holds mentions, a link, an image and an open <details>',
      `${NEW}\n### Hi @octocat ![x](https://evil.example/t.png) [approve](https://evil.example/) <details><summary>ok</summary>\n\na\n\n### Hi @octocat ![x](https://evil.example/t.png) [approve](https://evil.example/) <details><summary>ok</summary>\n\nb\n`,
      'its section `### Hi @octocat ![x](https://evil.example/t.png) [approve](https://evil.example/…` appears twice'
    ],
    [
      'two sections that answer the same field',
      `${NEW}\n### Link\n\nhttps://evil.example/phish\n`,
      'its sections `### URL` and `### Link` both answer url'
    ]
  ])('refuses %s, writing nothing (exit 1)', (_, form, said) => {
    const dir = board(labelled(form))
    const before = read(join(dir, 'listings.json'))
    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`The issue is not a form the board can read: ${said}`)
    expect(read(join(dir, 'listings.json'))).toBe(before)
    expect(read(join(dir, 'README.template.md'))).not.toContain('evil.example')
  })

  it.each([
    'http://127.0.0.1:18080/gone404',
    'http://localhost/jobs/1',
    'http://[::1]/jobs/1',
    'http://2130706433/jobs/1',
    'http://169.254.169.254/latest/meta-data/',
    'https://10.0.0.7/jobs/1',
    'http://192.168.1.20/jobs/1'
  ])(
    "refuses a new posting whose link is on the runner's own network (%s), writing nothing (exit 1)",
    url => {
      const dir = board(labelled(NEW.replace('https://quokka.example/jobs/1', url)))
      const before = read(join(dir, 'listings.json'))
      const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], {
        cwd: dir
      })

      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(
        /The link `[^`]+` is on a (loopback|private|link-local) address, which a reader cannot open: give the posting's address on the web/
      )
      expect(run.stdout).toContain('Label #7 "needs-changes"')
      expect(read(join(dir, 'listings.json'))).toBe(before)
    }
  )

  it('refuses an edit that moves a posting onto a private address, and takes one with link-private-hosts', () => {
    const first = JSON.parse(read(join(withReferenceFiles('listings.json'), 'listings.json')))[0]
    const form = `### ID\n\n${first.id}\n\n### URL\n\nhttp://10.0.0.7/jobs/1\n`
    const dir = board(labelled(form, ['edit-listing']))
    const before = read(join(dir, 'listings.json'))
    const edit = (...extra: string[]) =>
      runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS, ...extra], { cwd: dir })

    const refused = edit()
    expect(refused.status).toBe(1)
    expect(refused.stdout).toContain('The link `http://10.0.0.7/jobs/1` is on a private address')
    expect(read(join(dir, 'listings.json'))).toBe(before)

    const allowed = edit('--link-private-hosts')
    expect(allowed.status).toBe(0)
    expect(read(join(dir, 'listings.json'))).toContain('http://10.0.0.7/jobs/1')
  })

  it.each([
    ['a new posting', NEW, []],
    ['an edit', '### URL\n\nhttps://quokka.example/jobs/1\n', ['edit-listing']]
  ])("refuses %s whose company link is on the runner's own network", (_, form, labels) => {
    const dir = board(labelled(NEW))
    if (labels.length > 0) {
      expect(
        runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir }).status
      ).toBe(0)
    }
    const withLink = `${form}\n### Company URL\n\nhttp://169.254.169.254/latest/meta-data/\n`
    writeFiles(dir, { 'event.json': labelled(withLink, labels) })
    const before = read(join(dir, 'listings.json'))

    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "The link `http://169.254.169.254/latest/meta-data/` is on a link-local address, which a reader cannot open: give the company's address on the web"
    )
    expect(read(join(dir, 'listings.json'))).toBe(before)
  })

  it('refuses an answer a spreadsheet would run as a formula when the listings file is CSV', () => {
    const csv =
      'id,company,title,url,posted_at,categories\r\nq-1,Quokka Labs,Data Engineer,https://quokka.example/jobs/9,2025-10-20,backend\r\n'
    const run = (form: string) => {
      const dir = board(labelled(form))
      writeFiles(dir, { 'listings.csv': csv })
      const inputs = ['--listings', 'listings.csv', '--readme', 'README.template.md']
      return {
        dir,
        run: runCli(['contribute', '--event', 'event.json', ...inputs, ...OPTIONS], { cwd: dir })
      }
    }
    for (const start of ['=', '+', '-', '@']) {
      const formula = run(
        NEW.replace('Quokka Labs', `${start}HYPERLINK("https://evil.example","x")`)
      )
      expect(formula.run.status).toBe(1)
      expect(formula.run.stdout).toContain(
        `**company** starts with \`${start}\`, which a spreadsheet opening the listings file (CSV) would run as a formula`
      )
      expect(read(join(formula.dir, 'listings.csv'))).toBe(csv)
    }
    // Behind characters that show nothing, which a sheet may skip.
    for (const [unseen, shown] of [
      ['\u200b', '\u200b='],
      ['\u00ad\u2060', '\u00ad\u2060='],
      // A bidi override is dropped from every answer first (the "Trojan Source" trick).
      ['\u202e', '=']
    ]) {
      const formula = run(NEW.replace('Quokka Labs', `${unseen}=HYPERLINK("https://evil.example")`))
      expect(formula.run.status).toBe(1)
      expect(formula.run.stdout).toContain(`**company** starts with \`${shown}\``)
      expect(read(join(formula.dir, 'listings.csv'))).toBe(csv)
    }

    const plain = run(NEW)
    expect(plain.run.status).toBe(0)
    const lines = read(join(plain.dir, 'listings.csv')).split('\r\n')
    expect(lines.slice(0, 2)).toEqual(csv.split('\r\n').slice(0, 2))
    expect(lines[2]).toContain('Quokka Labs,Backend Engineer,https://quokka.example/jobs/1')
  })

  it('reads a form whose headings or labels are names every object has ("constructor", "__proto__")', () => {
    const form = `${NEW}\n### constructor\n\nx\n\n### __proto__\n\ny\n\n### toString\n\nz\n`
    const dir = board(
      JSON.stringify(
        issueLabeled({
          issue: { number: 7, title: 'Role', body: form, labels: ['constructor', 'approved'] },
          label: 'approved'
        }).payload
      )
    )
    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(0)
    expect(JSON.parse(read(join(dir, 'listings.json'))).at(-1)).toEqual(
      expect.objectContaining({ company: 'Quokka Labs', title: 'Backend Engineer' })
    )
  })

  it('edits a posting whose record holds a value the board cannot read, when the form leaves it alone', () => {
    const record = (n: number, extra: object = {}) => ({
      id: `q-${n}`,
      company: 'Quokka Labs',
      title: `Backend Engineer ${n}`,
      url: `https://quokka.example/jobs/${n}`,
      posted_at: '2025-10-22',
      categories: ['backend'],
      ...extra
    })
    const listings = [record(1, { work_type: 'contract' }), record(2)]
    const edit = (form: string) => {
      const dir = board(labelled(form, ['edit-listing']))
      writeFiles(dir, { 'listings.json': `${JSON.stringify(listings, null, 2)}\n` })
      return {
        dir,
        run: runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })
      }
    }

    const title = edit('### URL\n\nhttps://quokka.example/jobs/1\n\n### Title\n\nStaff Engineer\n')
    expect(title.run.status).toBe(0)
    expect(JSON.parse(read(join(title.dir, 'listings.json')))[0]).toMatchObject({
      title: 'Staff Engineer',
      work_type: 'contract'
    })

    const workType = edit(
      '### URL\n\nhttps://quokka.example/jobs/1\n\n### Work type\n\nfreelance\n'
    )
    expect(workType.run.status).toBe(1)
    expect(workType.run.stdout).toContain('work_type "freelance" ignored')
  })

  it('--check writes nothing and exits 1 when the contribution would be applied, 0 when already applied', () => {
    const dir = board(labelled(NEW))
    const before = read(join(dir, 'listings.json'))
    const args = ['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS]
    const check = runCli([...args, '--check'], { cwd: dir })

    expect(check.stdout).toContain('Would comment on #7:')
    expect(check.status).toBe(1)
    expect(read(join(dir, 'listings.json'))).toBe(before)
    expect(runCli(args, { cwd: dir }).status).toBe(0)
    expect(runCli([...args, '--check'], { cwd: dir }).status).toBe(0)
  })

  it('needs --event (exit 2)', () => {
    const dir = board(labelled(NEW))
    expect(runCli(['contribute', ...INPUTS], { cwd: dir }).status).toBe(2)
  })
})

describe('two contributions to one listings file at once', () => {
  it('keeps both postings: a run that finds the file written meanwhile builds on it', async () => {
    const form = (n: number) =>
      labelled(
        `### Company\n\nRacer ${n}\n\n### Title\n\nBackend Engineer\n\n### URL\n\nhttps://racer.example/jobs/${n}\n\n### Categories\n\nbackend\n`
      )
    const args = (n: number) => ['contribute', '--event', `event${n}.json`, ...INPUTS, ...OPTIONS]
    // Real processes, started together: the rounds where their writes overlap are the test.
    for (let round = 0; round < 12; round += 1) {
      const dir = board(form(1))
      writeFiles(dir, { 'event2.json': form(2), 'event1.json': form(1) })
      const runs = await Promise.all([1, 2].map(n => runCliAsync(args(n), dir)))
      const companies = JSON.parse(read(join(dir, 'listings.json'))).map(
        (record: { company: string }) => record.company
      )
      for (const [index, run] of runs.entries()) {
        if (run.status === 0) expect(companies).toContain(`Racer ${index + 1}`)
        else expect(run.stderr).toContain('run again')
      }
    }
  }, 240_000)

  it('takes over the lock a run that ended left, and leaves none', () => {
    const dir = board(labelled(NEW))
    const lock = join(dir, '.listings.json.jobs-readme.lock')
    // A process number no process has (above Linux's largest), on this machine.
    writeFileSync(lock, `4194999 ${hostname()}\n`)
    const run = runCli(['contribute', '--event', 'event.json', ...INPUTS, ...OPTIONS], { cwd: dir })

    expect(run.status).toBe(0)
    expect(read(join(dir, 'listings.json'))).toContain('Quokka Labs')
    expect(existsSync(lock)).toBe(false)
  })
})
