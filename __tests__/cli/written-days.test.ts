/**
 * A posted_at written as a day with no time (`2026-12-01`, as a spreadsheet exports a date
 * column) is a calendar day: the board shows that day in any `timezone`, west or east of UTC,
 * where a posted_at with a time is an instant and shows as the day the zone's clocks show.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-12-07T12:00:00Z'
const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  ''
].join('\n')

/**
 * The table's rows (company, date and age cells) of a run over `csv` with `board` settings, and
 * the JSON Feed it publishes beside them.
 */
function run(csv: string, board: string): { table: string[][]; feed: string } {
  const dir = scratchDir()
  const boards = [
    'listings: jobs.csv',
    'boards:',
    '  - readme: README.md',
    '    max-age-days: 0',
    '    feed-path: feed.json',
    ...board.split('\n').map(line => `    ${line}`),
    '    table:',
    '      columns:',
    '        - { header: Company, cell: "{{ company }}" }',
    '        - { header: Date, cell: "{{ posted_at | date }}" }',
    '        - { header: Clock, cell: "{{ posted_at | date: \'%Y-%m-%d %H:%M\' }}" }',
    '        - { header: Age, cell: "{{ posted_at | age }}" }',
    '        - { header: Closes, cell: "{{ closes | date }}" }',
    ''
  ].join('\n')
  writeFiles(dir, { 'README.md': README, 'jobs.csv': csv, 'jobs-readme.yml': boards })
  const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
  expect(run.stderr).not.toContain('Skipped')
  expect(run.status).toBe(0)
  const table = read(join(dir, 'README.md'))
    .split('\n')
    .filter(line => line.startsWith('| ') && !line.startsWith('| Company') && !/^\| -/.test(line))
    .map(line =>
      line
        .split('|')
        .slice(1, -1)
        .map(cell => cell.trim())
    )
  return { table, feed: read(join(dir, 'feed.json')) }
}

function rows(csv: string, board: string): string[][] {
  return run(csv, board).table
}

const CSV = [
  'company,title,url,posted_at,closes',
  'Acme,Backend Engineer,https://acme.example/1,2026-12-01,2026-12-20',
  'Globex,Data Engineer,https://globex.example/2,"Dec 2, 2026",20261221',
  'Initech,Frontend Dev,https://initech.example/3,2026-12-03T02:00:00Z,'
].join('\n')

describe('a posted_at with no time', () => {
  it('shows the day written in a zone west of UTC; a date-time shows the zone’s day', () => {
    const { table, feed } = run(CSV, 'timezone: America/New_York\nage-days: wall-clock')
    // The feed's entries show the days the table shows.
    for (const day of ['Dec 01', 'Dec 02']) expect(feed).toContain(`Date: ${day}`)
    expect(feed).not.toContain('Date: Nov 30')
    expect(table).toEqual([
      // Written with a time: 2 December 21:00 in New York, its day and age as before.
      ['Initech', 'Dec 02', '2026-12-02 21:00', '4d', ''],
      ['Globex', 'Dec 02', '2026-12-02 00:00', '5d', 'Dec 21'],
      ['Acme', 'Dec 01', '2026-12-01 00:00', '6d', 'Dec 20']
    ])
  })

  it('shows the day written at +14 (Pacific/Kiritimati), its wall-clock age counted from it', () => {
    // The run's time is 8 December 02:00 there: 7 days after 1 December.
    const table = rows(CSV, 'timezone: Pacific/Kiritimati\nage-days: wall-clock')
    expect(table).toEqual([
      ['Initech', 'Dec 03', '2026-12-03 16:00', '4d', ''],
      ['Globex', 'Dec 02', '2026-12-02 00:00', '6d', 'Dec 21'],
      ['Acme', 'Dec 01', '2026-12-01 00:00', '7d', 'Dec 20']
    ])
  })
})

describe('↳ and a by-day sort over days written with no time and date-times', () => {
  const csv = [
    'company,title,url,posted_at',
    // 1 December 21:00 and 23:00 in New York: one day there.
    'Acme,Timed A,https://acme.example/1,2026-12-02T02:00:00Z',
    'Acme,Timed B,https://acme.example/2,2026-12-02T04:00:00Z',
    // Written as 2 December, held as its midnight UTC (1 December 19:00 in New York).
    'Acme,Day C,https://acme.example/3,2026-12-02',
    'Acme,Day D,https://acme.example/4,2026-12-02'
  ].join('\n')
  const board = [
    'timezone: America/New_York',
    'repeat-company: "↳"',
    'sort:',
    '  - { field: posted_at, by: day, order: desc }',
    '  - { field: title }'
  ].join('\n')

  it('sort by the day shown and repeat only within it; timed rows as before', () => {
    expect(rows(csv, board).map(([company, date]) => [company, date])).toEqual([
      ['Acme', 'Dec 02'],
      ['↳', 'Dec 02'],
      ['Acme', 'Dec 01'],
      ['↳', 'Dec 01']
    ])
  })
})

describe('a day written with no time beside an instant at that day’s midnight UTC', () => {
  // Both are held as 1 December 00:00 UTC; in New York the instant is 30 November 19:00.
  const day = 'Acme,Backend Engineer,https://acme.example/1,2026-12-01,'
  const instant = 'Beta,Data Engineer,https://beta.example/2,2026-12-01T00:00:00Z,'
  const header = 'company,title,url,posted_at,closes'

  it('each shows its own day, whichever row comes first', () => {
    const board = 'timezone: America/New_York\nsort: [{ field: company }]'
    for (const [first, second] of [
      [day, instant],
      [instant, day.replace('Acme', 'Zeta')]
    ])
      expect(
        rows([header, first, second].join('\n'), board).map(([company, date]) => [company, date])
      ).toEqual(
        first === day
          ? [
              ['Acme', 'Dec 01'],
              ['Beta', 'Nov 30']
            ]
          : [
              ['Beta', 'Nov 30'],
              ['Zeta', 'Dec 01']
            ]
      )
  })
})
