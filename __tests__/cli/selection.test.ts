/**
 * Which records a board shows, through the built CLI: the load stage reads the fields selection
 * looks at, and the selection decides on what it read.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2025-10-22T20:30:00Z'
const README = '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

/**
 * The companies of the rows a board shows of `records`, each given a title, link and date
 * unless it has its own; `boards` is the boards file, when the board needs one.
 */
function shownCompanies(records: object[], args: string[], boards?: string): string[] {
  const dir = scratchDir()
  const listings = records.map((record, index) => ({
    id: `${index + 1}`,
    title: 'Backend Engineer',
    url: `https://x.example/${index + 1}`,
    posted_at: '2025-10-22T08:00:00Z',
    ...record
  }))
  writeFiles(dir, {
    'README.md': README,
    'l.json': JSON.stringify(listings),
    ...(boards === undefined ? {} : { 'boards.yml': boards })
  })
  const run = runCli(
    ['--listings', 'l.json', '--now', NOW, ...(boards ? ['--config', 'boards.yml'] : []), ...args],
    { cwd: dir }
  )
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return [...read(join(dir, 'README.md')).matchAll(/^\| \*\*([^*|]+)\*\* \|/gm)].map(
    match => match[1]!
  )
}

describe('a record that names no category', () => {
  it('is placed by its title whether the field is absent, "", [], [null] or [""]', () => {
    const records = [
      { company: 'Absent' },
      { company: 'EmptyString', categories: '' },
      { company: 'EmptyList', categories: [] },
      { company: 'NullItem', categories: [null] },
      { company: 'BlankItem', categories: ['  '] },
      { company: 'Named', categories: ['backend'] },
      { company: 'Other', categories: ['frontend'] }
    ]
    expect(shownCompanies(records, ['--category', 'backend']).sort()).toEqual(
      ['Absent', 'BlankItem', 'EmptyList', 'EmptyString', 'Named', 'NullItem'].sort()
    )
    expect(shownCompanies(records, ['--category', 'frontend'])).toEqual(['Other'])
  })
  it('has no categories in a template either', () => {
    const boards = [
      'boards:',
      '  - readme: README.md',
      '    table:',
      '      columns:',
      '        - { header: Company, cell: "**{{ company }}**" }',
      '        - { header: C, cell: "{% if categories %}named{% else %}none{% endif %}" }',
      ''
    ].join('\n')
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': README,
      'boards.yml': boards,
      'l.json': JSON.stringify(
        [[], [null], ['backend']].map((categories, index) => ({
          id: `${index}`,
          company: `C${index}`,
          title: 'Backend Engineer',
          url: `https://x.example/${index}`,
          posted_at: `2025-10-22T0${index}:00:00Z`,
          categories
        }))
      )
    })
    const run = runCli(['--listings', 'l.json', '--config', 'boards.yml', '--now', NOW], {
      cwd: dir
    })
    expect(run.status).toBe(0)
    const cells = [...read(join(dir, 'README.md')).matchAll(/^\| \*\*(C\d)\*\* \| (\w+) \|/gm)]
    expect(cells.map(([, company, named]) => `${company} ${named}`).sort()).toEqual([
      'C0 none',
      'C1 none',
      'C2 named'
    ])
  })
})

describe('a select filter on a date field of the feed', () => {
  it('compares a createdAt in milliseconds with an after bound in Unix seconds as times', () => {
    const records = [
      { company: 'Old', createdAt: 1_600_000_000_000 },
      { company: 'New', createdAt: 1_761_100_000_000 }
    ]
    const boards =
      'boards:\n  - readme: README.md\n    select: { field: createdAt, after: 1761000000 }\n'
    expect(shownCompanies(records, [], boards)).toEqual(['New'])
  })
})

describe('a posting the feed closes', () => {
  const MARK = 'boards:\n  - readme: README.md\n    closed: mark\n'
  /** Acme's posting open at 08:00, then closed at 09:00, after Beta's open one. */
  const closedLater = [
    { id: '1', company: 'Acme', posted_at: '2025-10-22T08:00:00Z' },
    { id: '2', company: 'Beta', posted_at: '2025-10-22T07:00:00Z' },
    { id: '1', company: 'Acme', posted_at: '2025-10-22T09:00:00Z', active: false }
  ]

  it('shows no row of it by default, though an older record of it is open; closed: mark shows its newest record 🔒', () => {
    expect(shownCompanies(closedLater, [])).toEqual(['Beta'])
    expect(shownCompanies(closedLater, ['--max-rows', '1'])).toEqual(['Beta'])
    expect(shownCompanies(closedLater, [], MARK)).toEqual(['Acme', 'Beta'])
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': README,
      'boards.yml': 'listings: l.json\n' + MARK,
      'l.json': JSON.stringify(
        closedLater.map(record => ({
          title: 'Backend Engineer',
          url: `https://x.example/${record.id}`,
          ...record
        }))
      )
    })
    expect(runCli(['--config', 'boards.yml', '--now', NOW], { cwd: dir }).status).toBe(0)
    const acme = read(join(dir, 'README.md'))
      .split('\n')
      .find(line => line.startsWith('| **Acme**'))
    expect(acme).toContain('🔒')
    expect(acme).not.toContain('x.example/1')
  })

  it('takes the later of two records posted at the same time: the feed’s last word', () => {
    const sameTime = [
      { id: '1', company: 'Acme' },
      { id: '2', company: 'Beta' },
      { id: '1', company: 'Acme', active: false }
    ]
    expect(shownCompanies(sameTime, [])).toEqual(['Beta'])
    const reopened = [
      { id: '1', company: 'Acme', active: false },
      { id: '1', company: 'Acme' }
    ]
    expect(shownCompanies(reopened, [])).toEqual(['Acme'])
  })
})

describe('a closed row the board shows', () => {
  const boardsWith = (closed: string, maxRows: number) =>
    `boards:\n  - readme: README.md\n    closed: ${closed}\n    max-rows: ${maxRows}\n`

  it('takes no open role’s place under max-rows with closed: details: it goes in the fold', () => {
    // Day 1 showed Gamma and Beta; Gamma closed since: Acme, still open, comes back.
    const records = [
      { company: 'Acme', posted_at: '2025-10-22T09:00:00Z' },
      { company: 'Beta', posted_at: '2025-10-22T10:00:00Z' },
      { company: 'Gamma', posted_at: '2025-10-22T11:00:00Z', active: false }
    ]
    expect(shownCompanies(records, [], boardsWith('details', 2))).toEqual(['Beta', 'Acme', 'Gamma'])
  })

  it('takes no open role’s place under max-rows with closed: mark, and shows where it sorts', () => {
    const newerClosed = [
      { company: 'Acme', posted_at: '2025-10-22T09:00:00Z' },
      { company: 'Gamma', posted_at: '2025-10-22T11:00:00Z', active: false }
    ]
    expect(shownCompanies(newerClosed, [], boardsWith('mark', 1))).toEqual(['Gamma', 'Acme'])
    // Below the last open row shown when max-rows open ones are shown, it is left out.
    const olderClosed = [
      { company: 'Acme', posted_at: '2025-10-22T11:00:00Z' },
      { company: 'Beta', posted_at: '2025-10-22T10:00:00Z' },
      { company: 'Gamma', posted_at: '2025-10-22T09:00:00Z', active: false }
    ]
    expect(shownCompanies(olderClosed, [], boardsWith('mark', 2))).toEqual(['Acme', 'Beta'])
    expect(shownCompanies(olderClosed, [], boardsWith('mark', 3))).toEqual([
      'Acme',
      'Beta',
      'Gamma'
    ])
    // The closed rows are capped at max-rows too.
    const closedMany = [
      { company: 'Acme', posted_at: '2025-10-22T07:00:00Z' },
      { company: 'Beta', posted_at: '2025-10-22T10:00:00Z', active: false },
      { company: 'Gamma', posted_at: '2025-10-22T11:00:00Z', active: false }
    ]
    expect(shownCompanies(closedMany, [], boardsWith('mark', 1))).toEqual(['Gamma', 'Acme'])
    expect(shownCompanies(closedMany, [], boardsWith('details', 1))).toEqual(['Acme', 'Gamma'])
  })

  it.each(['mark', 'details'])('is no opening in the run summary with closed: %s', closed => {
    const dir = scratchDir()
    const listings = [
      { id: '1', company: 'Acme', work_type: 'remote', posted_at: '2025-10-22T08:00:00Z' },
      { id: '2', company: 'Beta', posted_at: '2025-10-22T07:00:00Z', active: false }
    ].map(record => ({ title: 'Dev', url: `https://x.example/${record.id}`, ...record }))
    writeFiles(dir, {
      'README.md': README,
      'boards.yml': `listings: l.json\nboards:\n  - readme: README.md\n    closed: ${closed}\n`,
      'l.json': JSON.stringify(listings)
    })
    const run = runCli(['--config', 'boards.yml', '--now', NOW, '--out', '-'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Beta')
    expect(run.stdout + run.stderr).toContain('1 opening (+1 -0), 100% remote, 1 company')
  })
})

describe('the salary field in sort and filters', () => {
  const records = [
    { company: 'A', salary: '$120k' },
    { company: 'B', salary: '$95,000' },
    { company: 'C', salary: '100000' },
    { company: 'D', salary: '$90k - $160k' },
    { company: 'E', salary: 9000 },
    { company: 'F', salary: { min: 200000, max: 250000, currency: 'USD' } },
    { company: 'G', salary: '$45/hr' },
    { company: 'H' }
  ]
  const board = (selection: string) =>
    ['boards:', '  - readme: README.md', `    ${selection}`].join('\n') + '\n'

  it('sorts by the yearly amount the average reads, whatever the feed wrote', () => {
    expect(shownCompanies(records, [], board('sort: [{ field: salary, order: desc }]'))).toEqual([
      'F',
      'D',
      'A',
      'C',
      'B',
      'G',
      'E',
      'H'
    ])
  })

  it('filters by the yearly amount the average reads', () => {
    expect(
      shownCompanies(records, [], board('select: { field: salary, after: 99000 }')).sort()
    ).toEqual(['A', 'C', 'D', 'F'])
  })
})
