/**
 * What the built CLI tells its user: an exit code for each kind of outcome, what --check and
 * --dry-run would change as a unified diff (coloured only on a terminal), where --out wrote,
 * and feed text with terminal control sequences printed escaped.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLI, read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2025-10-22T20:30:00Z'
const README = [
  '# Jobs',
  '',
  'Hand-written text.',
  '',
  '<!-- jobs:updated:start -->',
  '<!-- jobs:updated:end -->',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  ''
].join('\n')

function listing(id: string, company: string) {
  return {
    id,
    company,
    title: 'Backend Developer',
    url: `https://example.org/jobs/${encodeURIComponent(id)}`,
    location: 'Remote',
    posted_at: '2025-10-21T12:00:00Z'
  }
}

/** A scratch board: README.md and listings.json with these records. */
function board(records: object[] = [listing('1', 'Acme'), listing('2', 'Globex')]): string {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': README, 'listings.json': JSON.stringify(records) })
  return dir
}

const ARGS = ['--listings', 'listings.json', '--now', NOW]
/** Any control character but the line feed that ends each printed line. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/

describe('exit codes', () => {
  it('0: the README was updated, and 0 again when it is already up to date', () => {
    const dir = board()
    const first = runCli(ARGS, { cwd: dir })
    expect([first.status, first.stderr]).toEqual([0, ''])
    expect(first.stdout).toMatch(/^Updated: README\.md: 2 openings/)
    const second = runCli(ARGS, { cwd: dir })
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/^Up to date: README\.md: 2 openings/)
    expect(runCli([...ARGS, '--check'], { cwd: dir }).status).toBe(0)
  })

  it('0 and up to date on the second run of a feed with half a UTF-16 pair in a value', () => {
    // JSON's "\ud800" escape: a lone surrogate, written to the README as U+FFFD.
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': README,
      'listings.json': JSON.stringify([listing('1', 'Acme')]).replace(
        'Backend Developer',
        'Backend Developer \\ud800 \\udc00'
      ),
      'jobs-readme.yml': [
        'boards:',
        '  - readme: README.md',
        '    feed-path: feed.xml',
        '    archive-path: archive/{date}.md',
        ''
      ].join('\n')
    })
    const args = [...ARGS, '--config', 'jobs-readme.yml']
    expect(runCli(args, { cwd: dir }).status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain('Backend Developer \uFFFD \uFFFD')
    const second = runCli(args, { cwd: dir })
    expect([second.status, second.stdout]).toEqual([0, expect.stringMatching(/^Up to date: /)])
    expect(second.stdout).not.toContain('also wrote')
    expect(runCli([...args, '--check'], { cwd: dir }).status).toBe(0)
  })

  it('1: --check found changes', () => {
    const run = runCli([...ARGS, '--check'], { cwd: board() })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Would change: README.md: 2 openings')
  })

  it.each([
    [['--listing', 'listings.json'], 'unknown flag --listing; did you mean --listings?'],
    [[...ARGS, '--dry-run', 'yes'], '--dry-run takes true or false, not "yes"'],
    [[...ARGS, '--dry-run=yes'], '--dry-run takes true or false, not "yes"'],
    [[...ARGS, '--token', 'ghp_x'], '--token is an input of the GitHub Action'],
    [[...ARGS, '--repository', 'o/r'], 'the CLI writes local files and never commits'],
    [[...ARGS, '--branch', 'main'], 'give the action "commit: false"'],
    [[...ARGS, '--max-rows', 'many'], 'Input "max-rows": must be a whole number']
  ])('2: bad usage %j, and nothing written', (argv, message) => {
    const dir = board()
    const run = runCli(argv, { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('warns of records dated more than a day ahead, naming them; --strict fails on them; a day ahead is kept', () => {
    const ahead = (id: string, posted_at: string) => ({ ...listing(id, `Co ${id}`), posted_at })
    const dir = board([
      listing('1', 'Acme'),
      ahead('typo', '2062-10-21'),
      ahead('next-month', '2025-11-12'),
      ahead('tomorrow', '2025-10-23T12:00:00Z')
    ])

    const run = runCli(ARGS, { cwd: dir })

    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `Skipped 2 listings posted more than a day after the run's clock (2025-10-22), a date in the future: a typo in the year or day, or a time zone slip: #2 on 2062-10-21, #3 on 2025-11-12. Fix posted_at in the feed`
    )
    expect(read(join(dir, 'README.md'))).toContain('Co tomorrow')
    const strict = runCli([...ARGS, '--strict', '--check'], { cwd: dir })
    expect([strict.status, strict.stderr]).toEqual([
      3,
      expect.stringContaining(
        "Listing #2 (id typo) is invalid: posted_at: 2062-10-21 is more than a day after the run's clock (2025-10-22)"
      )
    ])
  })

  it('warns when dedupe merges postings of other ids and titles (one shared link), not reposts of one role', () => {
    const careers = (id: string, title: string) => ({
      ...listing(id, 'Acme'),
      title,
      url: 'https://acme.example/careers'
    })
    const shared = board([
      careers('101', 'Backend Engineer'),
      careers('102', 'Frontend Engineer'),
      careers('103', 'Data Scientist')
    ])
    const reposted = board([
      { ...listing('R-1', 'Acme'), url: 'https://acme.example/jobs/R-1' },
      { ...listing('R-2', 'Acme'), url: 'https://acme.example/jobs/R-2' }
    ])

    const merged = runCli(ARGS, { cwd: shared })
    const reposts = runCli(ARGS, { cwd: reposted })

    expect(merged.status).toBe(0)
    expect(merged.stderr).toContain(
      'Merged 2 listings into the opening of another listing with another title and no id in common, as they share a link (or company, title and location): "Backend Engineer" (id "101"), "Frontend Engineer" (id "102"), "Data Scientist" (id "103").'
    )
    expect(merged.stderr).toContain('"dedupe: false"')
    expect([reposts.status, reposts.stderr]).toEqual([0, ''])
  })

  it('warns when dedupe merges postings of other titles from a feed without ids, not a retitled posting of one id', () => {
    const careers = (title: string, id?: string) => {
      const { id: _, ...record } = listing('x', 'Acme')
      return { ...record, ...(id && { id }), title, url: 'https://acme.example/careers' }
    }
    const withoutIds = board([careers('Backend Engineer'), careers('Frontend Engineer')])
    const retitled = board([careers('Backend Engineer', '7'), careers('Backend Engineer II', '7')])

    const merged = runCli(ARGS, { cwd: withoutIds })
    const same = runCli(ARGS, { cwd: retitled })

    expect(merged.status).toBe(0)
    expect(merged.stderr).toContain(
      'Merged 1 listing into the opening of another listing with another title and no id in common, as they share a link (or company, title and location): "Backend Engineer", "Frontend Engineer".'
    )
    expect([same.status, same.stderr]).toEqual([0, ''])
  })

  it('3: the run failed, also under --check (a missing listings file is not "stale")', () => {
    const dir = board()
    for (const extra of [[], ['--check'], ['--dry-run']]) {
      const run = runCli(['--listings', 'missing.json', '--now', NOW, ...extra], { cwd: dir })
      expect([run.status, run.stderr]).toEqual([
        3,
        expect.stringContaining('Listings file "missing.json" not found')
      ])
    }
    expect(runCli([...ARGS, '--readme', 'NOPE.md', '--check'], { cwd: dir }).status).toBe(3)
  })

  it.each([
    ['data\\listings.json', 'root (written with "/": write "data/listings.json")'],
    ['C:\\board\\listings.json', 'such as "listings.json")']
  ])('3: listings %j not found, with the path to write instead', (path, advice) => {
    const dir = board()
    const run = runCli(['--listings', path, '--now', NOW], { cwd: dir })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain(`Listings file "${path}" not found`)
    expect(run.stderr).toContain(advice)
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('3: a README that is not UTF-8 is refused, by a run and by init, and left as it was', () => {
    const dir = board()
    // Latin-1's "ü": read as UTF-8 it would be written back as U+FFFD.
    const latin1 = Buffer.from(`# Z\u00fcrich jobs\n\n${README}`, 'latin1')
    writeFileSync(join(dir, 'README.md'), latin1)
    const run = runCli(ARGS, { cwd: dir })
    expect([run.status, run.stderr]).toEqual([
      3,
      expect.stringContaining(
        'README.md is not UTF-8 text: line 1 has a byte UTF-8 does not have (0xFC).'
      )
    ])
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect([init.status, init.stderr]).toEqual([3, expect.stringContaining('is not UTF-8 text')])
    expect(readFileSync(join(dir, 'README.md'))).toEqual(latin1)

    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(README, 'utf16le')])
    writeFileSync(join(dir, 'README.md'), utf16)
    expect(runCli(ARGS, { cwd: dir }).stderr).toContain(
      'README.md is not UTF-8 text: it starts with a UTF-16 byte order mark'
    )
    expect(readFileSync(join(dir, 'README.md'))).toEqual(utf16)
  })

  it('3: no record is valid, and the message names the first and why', () => {
    const records = [listing('1', 'Acme'), listing('2', 'Globex')].map(record => ({
      ...record,
      posted_at: '22/10/2025'
    }))
    const run = runCli(ARGS, { cwd: board(records) })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain(
      '(0 valid listings loaded, 2 records read). No record is valid; the first, listing #1 (id 1): posted_at: not an ISO 8601 date or Unix seconds: "22/10/2025" is a day as a spreadsheet shows it'
    )
  })

  it('3: a guard stopped the run', () => {
    const run = runCli([...ARGS, '--category', 'nothing-matches'], { cwd: board() })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('No openings left to show for category "nothing-matches"')
  })

  // Each: the board's lines in the boards file, and fields of the first listing.
  it.each([
    [
      'a posting link holding [ ] or |',
      ['table: { format: html }'],
      { url: 'https://x.example/j?f[loc]=NY|SF' }
    ],
    ['closed roles folded under it', ['closed: details', 'table: { format: html }'], {}],
    [
      'a tag whose title tells of <a href=…>',
      [
        'table:',
        '  format: html',
        '  columns:',
        `    - { header: Role, cell: '<a href="{{ url }}" title="{{ title }}">Go</a>' }`
      ],
      { title: 'Engineer <a href=x>y</a>' }
    ]
  ])('0 again on the same feed over an HTML table with %s', (_, board, fields) => {
    const dir = scratchDir()
    const records = [
      { ...listing('1', 'Acme'), ...fields },
      listing('2', 'Globex'),
      { ...listing('3', 'Initech'), active: false },
      { ...listing('4', 'Umbrella'), active: false }
    ]
    const config = ['listings: listings.json', 'boards:', '  - readme: README.md']
      .concat(board.map(line => `    ${line}`))
      .join('\n')
    writeFiles(dir, {
      'README.md': README,
      'listings.json': JSON.stringify(records),
      'b.yml': config
    })
    const args = ['--config', 'b.yml', '--now', NOW]
    expect(runCli(args, { cwd: dir })).toMatchObject({ status: 0, stderr: '' })
    const written = read(join(dir, 'README.md'))
    expect(written).toContain('<table>')
    const second = runCli(args, { cwd: dir })
    expect([second.status, second.stderr]).toEqual([0, ''])
    expect(second.stdout).toMatch(/^Up to date: README\.md: .*\(\+0 -0\)/)
    expect(read(join(dir, 'README.md'))).toBe(written)
  })

  it('0: a busy day pushes old rows out under max-rows, day after day; 3: a feed that lost them', () => {
    const posted = (day: number, n: number) => ({
      ...listing(`${day}-${n}`, `Company ${day}-${n}`),
      posted_at: `2025-10-${day}T0${n}:00:00Z`
    })
    const day = (number: number, count: number) =>
      Array.from({ length: count }, (_, n) => posted(number, n))
    const dir = board(day(20, 4))
    const runDay = (number: number, records: object[]) => {
      writeFileSync(join(dir, 'listings.json'), JSON.stringify(records))
      const now = `2025-10-${number}T12:00:00Z`
      return runCli(['--listings', 'listings.json', '--now', now, '--max-rows', '4'], { cwd: dir })
    }
    expect(runDay(20, day(20, 4)).stdout).toContain('(+4 -0)')
    // 3 newer postings, the 4 old ones still in the feed: 3 pushed out, none gone.
    const second = runDay(21, [...day(20, 4), ...day(21, 3)])
    expect([second.status, second.stdout]).toEqual([0, expect.stringContaining('(+3 -3)')])
    const third = runDay(22, [...day(20, 4), ...day(21, 3), ...day(22, 4)])
    expect([third.status, third.stdout]).toEqual([0, expect.stringContaining('(+4 -4)')])
    const written = read(join(dir, 'README.md'))
    // The feed lost the day's 4 postings: refused, the README as it was.
    const lost = runDay(22, [...day(20, 4), ...day(21, 3)])
    expect([lost.status, lost.stderr]).toEqual([
      3,
      expect.stringContaining(
        'This run would remove 4 of the 4 openings now in the table (100%, more than max-removed-percent 50): their postings are gone from the feed.'
      )
    ])
    expect(read(join(dir, 'README.md'))).toBe(written)
  })

  it('--help lists every exit code', () => {
    const help = runCli(['--help'])
    expect(help.status).toBe(0)
    for (const code of ['0  done', '1  --check', '2  bad usage', '3  the run failed'])
      expect(help.stdout).toContain(`  ${code}`)
    expect(help.stdout).not.toMatch(/^ {2}--token/m)
  })

  it('the README documents every exit code and the messages that lead to them', () => {
    const readme = read('README.md')
    for (const code of ['0 | done', '1 | `--check`', '2 | bad usage', '3 | the run failed'])
      expect(readme).toContain(`| ${code}`)
    for (const message of [
      'unknown flag --listing; did you mean --listings?',
      '--dry-run takes true or false, not "yes"',
      '--token is an input of the GitHub Action, not a flag of the CLI',
      'jobs-readme: the run failed: ...'
    ])
      expect(readme).toContain(message)
  })
})

describe('--check and --dry-run show what would change', () => {
  it('prints the zones as a unified diff and writes nothing', () => {
    for (const mode of ['--check', '--dry-run']) {
      const dir = board()
      const run = runCli([...ARGS, mode], { cwd: dir })
      const diff = run.stdout.slice(0, run.stdout.indexOf('\n@@'))
      expect(diff).toBe('--- a/README.md\n+++ b/README.md')
      expect(run.stdout).toContain(
        ' <!-- jobs:updated:start -->\n+<sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>\n <!-- jobs:updated:end -->\n'
      )
      expect(run.stdout).toContain('\n+| Company | Position | Location | Type | Date |\n')
      expect(run.stdout).toMatch(/^\+\| \*\*Acme\*\* \|/m)
      expect(run.stdout).not.toContain('\x1b[')
      expect(read(join(dir, 'README.md'))).toBe(README)
    }
  })

  it('prints no diff when nothing would change', () => {
    const dir = board()
    runCli(ARGS, { cwd: dir })
    const run = runCli([...ARGS, '--check'], { cwd: dir })
    expect(run.stdout).toMatch(/^Up to date: README\.md/)
  })

  it('names the other files a run would write', () => {
    const dir = board()
    const run = runCli([...ARGS, '--dry-run', '--feed-path', 'feed.json'], { cwd: dir })
    expect(run.stdout).toContain('\nWould write feed.json\n')
    expect(existsSync(join(dir, 'feed.json'))).toBe(false)
  })

  it('colours the diff on a terminal, unless NO_COLOR is set', () => {
    const onTerminal = (env: Record<string, string>) =>
      inTerminal([...ARGS, '--check'], board(), env)
    const coloured = onTerminal({})
    expect(coloured).toContain('\x1b[32m+| Company | Position | Location | Type | Date |\x1b[0m')
    expect(coloured).toContain('\x1b[1m--- a/README.md\x1b[0m')
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\x1b[')
  })
})

describe('--out says where it wrote', () => {
  it('--out FILE names FILE and leaves the README alone', () => {
    const dir = board()
    const run = runCli([...ARGS, '--out', 'OUT.md'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Wrote OUT\.md \(README\.md itself unchanged\): 2 openings/)
    expect(read(join(dir, 'OUT.md'))).toContain('**Acme**')
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('--out - ends as it would when its reader stops early (| head -1)', async () => {
    const records = Array.from({ length: 2000 }, (_, index) =>
      listing(String(index), `Company ${index}`)
    )
    const dir = board(records)
    const child = spawn(process.execPath, [CLI, ...ARGS, '--max-rows', '0', '--out', '-'], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // The first piece is read, then the pipe is closed, as `head` does.
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise(done => child.on('close', done))
    expect(stderr).not.toContain('EPIPE')
    expect([status, stderr]).toEqual([0, expect.stringContaining('2000 openings')])
  })

  it('--out - says it wrote to standard output, on standard error', () => {
    const run = runCli([...ARGS, '--out', '-'], { cwd: board() })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^# Jobs\n/)
    expect(run.stderr).toMatch(
      /^Wrote the README to standard output \(README\.md itself unchanged\): 2 openings/
    )
  })
})

describe('feed text with control characters', () => {
  const hostile = '\x1b]0;owned\x07\x1b[2J\x9b31m'

  it('is printed escaped in warnings', () => {
    const records = [listing('ok', 'Acme'), { ...listing(hostile, ''), company: undefined }]
    const run = runCli(ARGS, { cwd: board(records) })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      'warning: Skipped listing #2 (id \\x1b]0;owned\\x07\\x1b[2J\\u009b31m): company: missing'
    )
    expect(run.stderr + run.stdout).not.toMatch(CONTROL)
  })

  it('is printed escaped in errors', () => {
    const run = runCli([...ARGS, '--timezone', `Mars/${hostile}`], { cwd: board() })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Mars/\\x1b]0;owned\\x07\\x1b[2J\\u009b31m')
    expect(run.stderr).not.toMatch(CONTROL)
  })

  it("is printed escaped in the diff, as is the README's own text", () => {
    const dir = board([listing('1', `Acme${hostile}`)])
    writeFiles(dir, {
      'README.md': README.replace('Hand-written text.', `Hand-written ${hostile}`)
    })
    const run = runCli([...ARGS, '--check'], { cwd: dir })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(' Hand-written \\x1b]0;owned\\x07\\x1b[2J\\u009b31m\n')
    expect(run.stdout).not.toMatch(CONTROL)
  })
})

/** Runs the CLI with a pseudo-terminal as its standard output (util-linux `script`). */
function inTerminal(args: string[], cwd: string, env: Record<string, string>): string {
  const command = [process.execPath, CLI, ...args].map(word => `'${word}'`).join(' ')
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '', ...env }
  })
  return run.stdout.replace(/\r\n/g, '\n')
}

describe('a column that reads a field no listing has', () => {
  // A board adopted from jobright-ai's README: its "Work Model" column guessed as
  // {{ work_model }}, a field the feed names work_type; the column came out blank, silently.
  const boards = (cell: string) =>
    [
      'boards:',
      '  - readme: README.md',
      '    table:',
      '      columns:',
      '        - { header: Company, cell: "{{ company }}" }',
      `        - { header: Work Model, cell: '${cell}' }`,
      ''
    ].join('\n')

  it.each([
    ['{{ work_model }}', 'so it is empty on every row'],
    // The cells show "-" (or the company beside a mark): only the field is never shown.
    ['{{ record.work_model | default: "-" }}', 'so its cells never show it'],
    ['{% if work_model %}🏠{% endif %} {{ company }}', 'so its cells never show it']
  ])('is named in a warning, and the run goes on: %s', (cell, effect) => {
    const dir = board()
    writeFiles(dir, { 'jobs-readme.yml': boards(cell) })
    const run = runCli([...ARGS, '--config', 'jobs-readme.yml'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `warning: README.md: the column "Work Model" reads work_model, which none of the 2 listings shown has, ${effect}.`
    )
    if (effect !== 'so it is empty on every row')
      expect(run.stderr).not.toContain('empty on every row')
  })

  it.each([
    ['a listing field', '{{ work_type | label }}'],
    ['a field one record has', '{{ team }}'],
    ['a name the template assigns', '{% assign team = "x" %}{{ team }}']
  ])('is not named when it reads %s', (_, cell) => {
    const dir = board([{ ...listing('1', 'Acme'), team: 'Core' }, listing('2', 'Globex')])
    writeFiles(dir, { 'jobs-readme.yml': boards(cell) })
    const run = runCli([...ARGS, '--config', 'jobs-readme.yml'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('warning')
  })
})

describe('--now', () => {
  it('reads a time without a zone as UTC, whatever the machine’s zone', () => {
    const updated = (now: string, zone: string) => {
      const dir = board()
      const run = runCli(['--listings', 'listings.json', '--now', now], {
        cwd: dir,
        env: { TZ: zone }
      })
      expect(run.status).toBe(0)
      return /Last updated: [^<]*/.exec(read(join(dir, 'README.md')))?.[0]
    }
    for (const zone of ['America/New_York', 'Asia/Tokyo']) {
      expect(updated('2025-10-22 10:00', zone)).toBe('Last updated: Oct 22, 2025 at 10:00 UTC')
      expect(updated('Oct 22, 2025', zone)).toBe('Last updated: Oct 22, 2025 at 00:00 UTC')
    }
  })
})
