/**
 * Bad input the CLI used to accept silently or answer unclearly: each is refused (or skipped)
 * with a message that says what is wrong and what to do, and nothing is written.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2025-10-22T20:30:00Z'
const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  ''
].join('\n')

function listing(id: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    company: 'Acme',
    title: 'Backend Developer',
    url: `https://example.org/jobs/${id}`,
    posted_at: '2025-10-21T12:00:00Z',
    categories: ['backend'],
    ...fields
  }
}

/** A scratch board: README.md and listings.json with these records, and any other files. */
function board(records: object[] = [listing('1')], files: Record<string, string> = {}): string {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': README, 'listings.json': JSON.stringify(records), ...files })
  return dir
}

const ARGS = ['--listings', 'listings.json', '--now', NOW]

describe('a boards file value of the wrong type', () => {
  it.each([
    [
      'readme: 123',
      '"readme" is 123, a number: it must be the path of the file this board updates, as text'
    ],
    [
      'readme: true',
      '"readme" is true, a boolean: it must be the path of the file this board updates, as text'
    ],
    [
      'readme: README.md\n    category: [backend, frontend]',
      '"category" takes one value, not a list (backend, frontend); a board shows one category: give each category a board of its own'
    ],
    ['readme: README.md\n    max-rows: [5, 10]', '"max-rows" takes one value, not a list (5, 10)'],
    ['readme: README.md\n    timezone: {zone: UTC}', '"timezone" takes one value, not a mapping']
  ])('%j is refused (exit 2), naming the type it takes', (board1, message) => {
    const dir = board([listing('1')], {
      'boards.yml': `listings: listings.json\nboards:\n  - ${board1}\n`
    })
    const run = runCli(['--config', 'boards.yml', '--now', NOW], { cwd: dir })
    expect([run.status, run.stderr]).toEqual([2, expect.stringContaining(message)])
    expect(run.stderr).not.toContain('needs a "readme"')
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it.each([
    [
      'listings: [listings.json, more.json]',
      '"listings" takes one value, not a list (listings.json, more.json); the listings come from one source, a file or a URL: merge the files into one first'
    ],
    [
      'listings: [listings.json]',
      '"listings" takes one value, not a list: write listings: listings.json'
    ]
  ])('a run option given as a list at the top level, %j, is refused (exit 2)', (top, message) => {
    const dir = board([listing('1')], {
      'more.json': '[]',
      'boards.yml': `${top}\nboards:\n  - readme: README.md\n`
    })
    const run = runCli(['--config', 'boards.yml', '--now', NOW], { cwd: dir })
    expect([run.status, run.stderr]).toEqual([
      2,
      expect.stringContaining(
        `Boards file "boards.yml" (the "config" input), the top level: ${message}`
      )
    ])
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('lists stay accepted where an option takes several values (feed-path, keywords)', () => {
    const dir = board([listing('1')], {
      'boards.yml':
        'listings: listings.json\nboards:\n  - readme: README.md\n    category: backend\n    keywords: [api, go]\n    feed-path: [feed.json, feed.xml]\n'
    })
    const run = runCli(['--config', 'boards.yml', '--now', NOW], { cwd: dir })
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(read(join(dir, 'feed.json'))).toContain('https://example.org/jobs/1')
  })
})

describe('CLI flags', () => {
  it('refuses --out written with backslashes, showing the path to write (exit 2, nothing written)', () => {
    const dir = board()
    const run = runCli([...ARGS, '--out', 'out\\README.md'], { cwd: dir })
    expect([run.status, run.stderr.trim()]).toEqual([
      2,
      'jobs-readme: --out "out\\README.md" must be written with "/", as the other paths are (a "\\" would be part of the file\'s name): write "out/README.md"'
    ])
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'listings.json'])
  })

  it.each([
    [
      ['--labels', 'cfg\\labels.yml'],
      'Input "labels": names the file "cfg\\labels.yml", which was not found (a path relative to the repository root, written with "/": write "cfg/labels.yml")'
    ],
    [
      ['--listings', '/nowhere/jobs.csv'],
      'Listings file "/nowhere/jobs.csv" not found. Check the "listings" input: a path relative to the repository root (such as "jobs.csv"), or an http(s) URL.'
    ]
  ])('a path %j not found gets the hint the other path options give', (args, message) => {
    const dir = board()
    const listings = args[0] === '--listings' ? [] : ['--listings', 'listings.json']
    const run = runCli([...listings, '--now', NOW, ...args], { cwd: dir })
    expect([run.status, run.stderr.trim()]).toEqual([expect.any(Number), `jobs-readme: ${message}`])
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('refuses --readme beside --config, whose boards name their own README (exit 2)', () => {
    const dir = board([listing('1')], {
      'boards.yml': 'listings: listings.json\nboards:\n  - readme: README.md\n'
    })
    const run = runCli(['--config', 'boards.yml', '--readme', 'OTHER.md', '--now', NOW], {
      cwd: dir
    })
    expect([run.status, run.stderr.trim()]).toEqual([
      2,
      'jobs-readme: --readme is not taken with --config: each board of the boards file "boards.yml" names its own readme (boards: - readme: ...). Set the README there, or drop --config to update "OTHER.md" alone'
    ])
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it.each([[['--out', '']], [['--out=']]])('an empty --out is a bad flag: %j', out => {
    const dir = board()
    const run = runCli([...ARGS, ...out], { cwd: dir })
    expect([run.status, run.stderr]).toEqual([
      2,
      expect.stringContaining(
        '--out is empty: give the path to write the README to, or - to print it on standard output'
      )
    ])
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it.each([
    [
      ['--listings', 'a.json', '--listings', 'listings.json'],
      '--listings is given twice ("a.json", then "listings.json")'
    ],
    [
      ['--listings', 'listings.json', '--max-rows=3', '--max-rows', '5'],
      '--max-rows is given twice ("3", then "5")'
    ],
    [
      ['--listings', 'listings.json', '--dry-run', '--dry-run', 'false'],
      '--dry-run is given twice ("true", then "false")'
    ]
  ])('a flag given twice is refused (exit 2): %j', (argv, message) => {
    const dir = board()
    const run = runCli([...argv, '--now', NOW], { cwd: dir })
    expect([run.status, run.stderr]).toEqual([
      2,
      expect.stringContaining(`${message}; a flag takes one value: give it once`)
    ])
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('a secret flag given twice is refused without its values', () => {
    const run = runCli(
      [
        ...ARGS,
        '--listings-header',
        'Authorization: one',
        '--listings-header',
        'Authorization: two'
      ],
      { cwd: board() }
    )
    expect([run.status, run.stderr]).toEqual([
      2,
      expect.stringContaining('--listings-header is given twice; a flag takes one value')
    ])
    expect(run.stderr).not.toContain('Authorization')
  })
})

describe('salary-currency', () => {
  it.each(['XYZ', 'abc'])('salary-currency %j, not an ISO 4217 code, is refused (exit 2)', code => {
    const run = runCli([...ARGS, '--salary-currency', code], { cwd: board() })
    expect([run.status, run.stderr]).toEqual([
      2,
      expect.stringContaining(
        `Input "salary-currency": "${code}" is no ISO 4217 currency code: write the three letters of a currency, such as USD`
      )
    ])
    expect(runCli([...ARGS, '--salary-currency', 'eur'], { cwd: board() }).status).toBe(0)
  })
})

describe('a company or title', () => {
  it('a company of invisible characters only is said to be empty once they are removed, not missing', () => {
    const dir = board([
      listing('1', { company: '\u202e\u202c' }),
      listing('2', { company: '\u2067\u2069', title: '\u200b\u2066 ' })
    ])
    const run = runCli(ARGS, { cwd: dir })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain(
      'Skipped listing #1 (id 1): company: empty once its invisible characters are removed: it holds only characters no cell shows (U+202E U+202C)'
    )
    expect(run.stderr).toContain(
      'Skipped listing #2 (id 2): company: empty once its invisible characters are removed: it holds only characters no cell shows (U+2067 U+2069); title: empty once its invisible characters are removed: it holds only characters no cell shows (U+200B U+2066)'
    )
    expect(run.stderr).toContain(
      'company is empty in 2 of 2 records once their invisible characters are removed: the feed gives it as characters no cell shows (U+202E U+202C in the first); write the company itself there.'
    )
    expect(run.stderr).not.toMatch(/missing|no field of the feed looks like it/)
    expect(read(join(dir, 'README.md'))).toBe(README)
  })
})

describe('posted_at', () => {
  it.each([
    ['10000-01-01T00:00:00Z', 10000],
    ['+010000-01-01T00:00:00Z', 10000],
    ['-000500-06-01', -500],
    // Go's zero time, what a Go struct with no date marshals to; MySQL's zero date.
    ['0001-01-01T00:00:00Z', 1],
    ['0000-00-00 00:00:00', 0],
    ['Jan 1, 0001', 1]
  ])('posted_at %j is a date out of range, not "no date"', (date, year) => {
    const run = runCli(ARGS, { cwd: board([listing('1', { posted_at: date }), listing('2')]) })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `Skipped listing #1 (id 1): posted_at: not in the years 1970 to 2199: "${date}" is a date of the year ${year}, out of range`
    )
    expect(run.stderr).not.toContain('not an ISO 8601 date')
  })
  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2028/2/30', 'February 2028 has 29 days'],
    ['2026-04-31T10:00:00Z', 'April 2026 has 30 days'],
    ['Sep 31, 2026', 'September 2026 has 30 days']
  ])('posted_at %j is no such day, and says how many days its month has', (date, days) => {
    const run = runCli(ARGS, { cwd: board([listing('1', { posted_at: date }), listing('2')]) })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `Skipped listing #1 (id 1): posted_at: no such day: "${date}" (${days}). Write the day it was posted, YYYY-MM-DD`
    )
  })

  it('posted_at "2026-13-01" names a month past 12', () => {
    const run = runCli(ARGS, {
      cwd: board([listing('1', { posted_at: '2026-13-01' }), listing('2')])
    })
    expect(run.stderr).toContain('"2026-13-01" names month 13, and a year has 12')
  })
})

describe('a README that is not UTF-8 names the bytes and what is wrong with them', () => {
  it.each([
    // A surrogate (U+D800) encoded in UTF-8, as CESU-8 writes half of a character past U+FFFF.
    [
      [0xed, 0xa0, 0x80],
      'line 3 has the bytes ED A0 80, which are not valid UTF-8 (an encoded surrogate'
    ],
    [
      [0xe0, 0x80, 0xaf],
      'line 3 has the bytes E0 80 AF, which are not valid UTF-8 (an overlong form'
    ],
    [
      [0xf4, 0x90, 0x80, 0x80],
      'line 3 has the bytes F4 90 80 80, which are not valid UTF-8 (a code point past U+10FFFF'
    ],
    // Latin-1's "é" before a space, and a stray continuation byte.
    [
      [0xe9, 0x20],
      'line 3 has the byte 0xE9, which is not valid UTF-8 there: it begins a character of 3 bytes, cut short by the byte 0x20'
    ],
    [
      [0xef, 0x41],
      'line 3 has the byte 0xEF, which is not valid UTF-8 there: it begins a character of 3 bytes, cut short by the byte 0x41'
    ],
    [
      [0x80],
      'line 3 has the byte 0x80, which is not valid UTF-8 there: it continues a character, and none began before it'
    ],
    [[0xfc], 'line 3 has a byte UTF-8 does not have (0xFC)']
  ])('%j', (bytes, message) => {
    const dir = board()
    const text = Buffer.concat([
      Buffer.from('# Jobs\n\nCaf'),
      Buffer.from(bytes),
      Buffer.from(`\n\n${README}`)
    ])
    writeFileSync(join(dir, 'README.md'), text)
    const run = runCli(ARGS, { cwd: dir })
    expect([run.status, run.stderr]).toEqual([
      3,
      expect.stringContaining(`README.md is not UTF-8 text: ${message}`)
    ])
    expect(readFileSync(join(dir, 'README.md'))).toEqual(text)
  })
})

describe('a folder named where a file is read', () => {
  it.each([
    [['--listings', 'jobs.csv'], 'jobs.csv', ', such as "jobs.csv/Table1.csv"'],
    [['--listings', 'listings.json', '--readme', 'docs'], 'docs', ' (this folder holds none)'],
    [
      ['--listings', 'listings.json', '--labels', 'labels.yml'],
      'labels.yml',
      ' (this folder holds none)'
    ],
    [['--config', 'boards.yml'], 'boards.yml', ' (this folder holds none)']
  ])('%j names the folder and says to point at a file in it (exit 3)', (args, folder, files) => {
    const dir = board()
    for (const folder of ['jobs.csv', 'docs', 'labels.yml', 'boards.yml'])
      mkdirSync(join(dir, folder))
    writeFiles(dir, { 'jobs.csv/Table1.csv': 'company,title\n', 'docs/.keep': '' })
    const run = runCli([...args, '--now', NOW], { cwd: dir })
    expect([run.status, run.stderr.trim()]).toEqual([
      3,
      `jobs-readme: "${folder}" is a folder, not a file. Point the setting that names it at a file${files.startsWith(',') ? ' in it' : ''}${files}.`
    ])
    expect(read(join(dir, 'README.md'))).toBe(README)
  })
})
