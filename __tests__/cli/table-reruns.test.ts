/**
 * A second run over the same listings writes the same bytes: the table a run reads back from the
 * README (its layout, its header row) and what the board's settings give it do not add up.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-12-01T12:00:00Z'
const EMPTY_ZONE = '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
const LISTINGS = JSON.stringify([
  {
    id: '1',
    company: 'Acme',
    title: 'Backend Dev',
    url: 'https://jobs.example/1',
    posted_at: '2026-11-30T00:00:00Z',
    hot: true
  },
  {
    id: '2',
    company: 'Globex',
    title: 'Backend Eng',
    url: 'https://jobs.example/2',
    posted_at: '2026-11-29T00:00:00Z'
  },
  {
    id: '3',
    company: 'Initech',
    title: 'Data Eng',
    url: 'https://jobs.example/3',
    posted_at: '2026-11-28T00:00:00Z'
  }
])

/** The README after each of three runs of `boards` from `readme`, and the last --check's status. */
function runs(boards: string, readme = EMPTY_ZONE): { written: string[]; check: number | null } {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme, 'listings.json': LISTINGS, 'jobs-readme.yml': boards })
  const args = ['--config', 'jobs-readme.yml', '--now', NOW]
  const written = [1, 2, 3].map(() => {
    const run = runCli(args, { cwd: dir })
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.status).toBe(0)
    return read(join(dir, 'README.md'))
  })
  return { written, check: runCli([...args, '--check'], { cwd: dir }).status }
}

/** A boards file of one board of README.md: its table's `columns` lines, after its `table` lines. */
function boardsFile(columns: string[], table: string[] = []): string {
  return [
    'listings: listings.json',
    'boards:',
    '  - readme: README.md',
    '    utm: false',
    '    table:',
    ...table,
    '      columns:',
    ...columns,
    ''
  ].join('\n')
}

function zone(readme: string): string[] {
  return readme.split('\n').filter(line => line.startsWith('|'))
}

describe('a pipe table run again', () => {
  it('writes a cell whose template starts or ends with white space the same on every run', () => {
    const boards = boardsFile([
      '        - header: Company',
      '          cell: "{% if hot %}🔥{% endif %} {{ company }}"',
      '        - header: Role',
      '          cell: "{{ title | link: url }} {% if hot %}🔥{% endif %}"',
      '        - header: Date',
      '          cell: |',
      '            {{ posted_at | date }}'
    ])
    const { written, check } = runs(boards)
    expect(written[1]).toBe(written[0])
    expect(written[2]).toBe(written[0])
    expect(check).toBe(0)
    expect(zone(written[0]!)).toEqual([
      '| Company | Role | Date |',
      '| --- | --- | --- |',
      // The cells' own spaces stay, beside the layout's, as a script that prints them writes.
      '| 🔥 Acme | [Backend Dev](https://jobs.example/1) 🔥 | Nov 30  |',
      '|  Globex | [Backend Eng](https://jobs.example/2)  | Nov 29  |',
      '|  Initech | [Data Eng](https://jobs.example/3)  | Nov 28  |'
    ])
    // GitHub shows the cells as before: it trims a cell's spaces.
    expect(renderGfm(written[0]!)).toContain('<td>Globex</td>')
  })

  it('keeps a table spaced wider than its cells’ own white space as it is', () => {
    // A table a run wrote with the cell's own space and the layout's (`|   Globex |`) is read
    // back as that layout: it stays, neither widened nor narrowed.
    const boards = boardsFile(['        - header: Company', '          cell: " {{ company }}\t"'])
    const readme = [
      '# Jobs',
      '',
      '<!-- jobs:openings:start -->',
      '|   Company |',
      '| --- |',
      '|   Acme\t |',
      '|   Globex\t |',
      '|   Initech\t |',
      '<!-- jobs:openings:end -->',
      ''
    ].join('\n')
    const { written, check } = runs(boards, readme)
    expect(written[0]).toBe(readme)
    expect(written[2]).toBe(readme)
    expect(check).toBe(0)
  })
})

describe('a header row', () => {
  it('adopted by init with `\\|` and `_` is written as the README writes it', () => {
    const dir = scratchDir()
    const table = [
      '| Company | Role \\| Team | Date_Posted | Link |',
      '| --- | --- | --- | --- |',
      '| Acme | Backend Dev | Nov 30 | [Apply](https://jobs.example/1) |'
    ]
    writeFiles(dir, { 'README.md': `# Jobs\n\n${table.join('\n')}\n`, 'listings.json': LISTINGS })
    const init = runCli(['init', '--readme', 'README.md', '--config', 'jobs-readme.yml'], {
      cwd: dir
    })
    expect(init.status).toBe(0)
    expect(read(join(dir, 'jobs-readme.yml'))).toContain('header: Role \\| Team')
    const args = ['--config', 'jobs-readme.yml', '--now', NOW]
    expect(runCli(args, { cwd: dir }).status).toBe(0)
    const first = read(join(dir, 'README.md'))
    expect(zone(first).slice(0, 2)).toEqual(table.slice(0, 2))
    expect(runCli([...args, '--check'], { cwd: dir }).status).toBe(0)
  })

  it('written from `header:` shows a `\\|` as a pipe, as a table cell does', () => {
    const boards = boardsFile([
      '        - header: "A | B"',
      '          cell: "{{ company }}"',
      "        - header: 'Apply \\| Link'",
      '          cell: "{{ title | link: url }}"',
      '        - header: Date_Posted',
      '          cell: "{{ posted_at | date }}"'
    ])
    const { written, check } = runs(boards)
    expect(zone(written[0]!)[0]).toBe('| A \\| B | Apply \\| Link | Date\\_Posted |')
    expect(renderGfm(written[0]!)).toContain('<th>A | B</th>\n<th>Apply | Link</th>')
    expect(written[1]).toBe(written[0])
    expect(check).toBe(0)
  })
})

describe('a column added to the README’s table by hand', () => {
  it('is named by init, which no longer says the boards file describes the table, and by the run that drops it', () => {
    const dir = scratchDir()
    const table = [
      '| Company | Role | Link |',
      '| --- | --- | --- |',
      '| Acme | Backend Dev | [Apply](https://jobs.example/1) |',
      '| Globex | Backend Eng | [Apply](https://jobs.example/2) |',
      '| Initech | Data Eng | [Apply](https://jobs.example/3) |'
    ]
    writeFiles(dir, { 'README.md': `# Jobs\n\n${table.join('\n')}\n`, 'listings.json': LISTINGS })
    const init = ['init', '--readme', 'README.md', '--config', 'jobs-readme.yml']
    expect(runCli(init, { cwd: dir }).status).toBe(0)
    // The maintainer adds a Salary column, with text in two of its three rows.
    const readme = read(join(dir, 'README.md'))
      .replace('| Link |\n', '| Link | Salary |\n')
      .replace('| --- |\n', '| --- | --- |\n')
      .replace('/1) |', '/1) | $120k |')
      .replace('/2) |', '/2) | $90k |')
      .replace('/3) |', '/3) | |')
    writeFiles(dir, { 'README.md': readme })
    const again = runCli(init, { cwd: dir })
    const said = again.stdout + again.stderr
    expect(said).not.toContain('already describes')
    expect(said).toMatch(/column "Salary" that its board .* does not describe/)
    expect(said).toContain('run init again')
    const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      'the table\'s column "Salary" is not one of the board\'s columns, so this run drops it, with the text 2 of its 3 rows held there'
    )
    // A second run has nothing to drop, and says nothing of it.
    const second = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
    expect(second.stderr).not.toContain('Salary')
  })
})

describe('a column added by hand to a table the board writes in HTML', () => {
  it('is named by the run that drops it, with a template from a field of its name', () => {
    const dir = scratchDir()
    const boards = boardsFile(
      [
        '        - header: Company',
        '          cell: "{{ company }}"',
        '        - header: Role',
        '          cell: "{{ title | link: url }}"'
      ],
      ['      format: html']
    )
    writeFiles(dir, {
      'README.md': EMPTY_ZONE,
      'listings.json': LISTINGS,
      'jobs-readme.yml': boards
    })
    const args = ['--config', 'jobs-readme.yml', '--now', NOW]
    expect(runCli(args, { cwd: dir }).status).toBe(0)
    // The maintainer adds a Notes column, with text in one of its three rows.
    let cells = 0
    const readme = read(join(dir, 'README.md'))
      .replace(/<th>Role<\/th>/, '<th>Role</th><th>Notes</th>')
      .replace(/<\/tr>/g, row => (row === '</tr>' && cells++ === 1 ? '<td>my note</td></tr>' : row))
    expect(readme).toContain('<td>my note</td>')
    writeFiles(dir, { 'README.md': readme })

    const run = runCli(args, { cwd: dir })

    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      'the table\'s column "Notes" is not one of the board\'s columns, so this run drops it, with the text 1 of its 3 rows held there'
    )
    expect(run.stderr).toContain('"{{ notes }}"')
    expect(read(join(dir, 'README.md'))).not.toContain('my note')
    const second = runCli(args, { cwd: dir })
    expect(second.stderr).not.toContain('Notes')
  })
})

describe('a pipe cell that ends in a space before a value shown as nothing', () => {
  it('is written the same on every run', () => {
    const boards = boardsFile([
      '        - header: Company',
      '          cell: "{{ company }} {{ record.none }}"'
    ])
    const { written, check } = runs(boards)
    expect(written[1]).toBe(written[0])
    expect(written[2]).toBe(written[0])
    expect(check).toBe(0)
  })
})

describe('a pipe column most of whose cells are empty', () => {
  // Day 1: one listing with a note; day 2 adds two without one, so the column's filled cells
  // stop being the majority: the old row keeps its bytes and the second day-2 run is a no-op.
  it.each([
    ['a space', '" {{ note }}"', '|  hot |'],
    ['a tab', '"\\t{{ note }} "', '| \thot  |']
  ])('keeps an unchanged row as it was, the cell starting with %s', (_, cell, acme) => {
    const dir = scratchDir()
    const acmeListing = {
      id: '1',
      company: 'Acme',
      title: 'Dev',
      url: 'https://jobs.example/1',
      posted_at: '2026-11-30T00:00:00Z',
      note: 'hot'
    }
    const added = ['Globex', 'Initech'].map((company, index) => ({
      id: String(index + 2),
      company,
      title: 'PM',
      url: `https://jobs.example/${index + 2}`,
      posted_at: `2026-12-0${index + 1}T00:00:00Z`
    }))
    const boards = (listings: string) =>
      [
        `listings: ${listings}`,
        'boards:',
        '  - readme: README.md',
        '    utm: false',
        '    table:',
        '      columns:',
        '        - { header: Company, cell: "{{ company }}" }',
        `        - { header: Note, cell: ${cell} }`,
        ''
      ].join('\n')
    writeFiles(dir, {
      'README.md': EMPTY_ZONE,
      'day1.json': JSON.stringify([acmeListing]),
      'day2.json': JSON.stringify([acmeListing, ...added]),
      'day1.yml': boards('day1.json'),
      'day2.yml': boards('day2.json')
    })
    const run = (config: string, now: string) => {
      const result = runCli(['--config', config, '--now', now], { cwd: dir })
      expect(result.status).toBe(0)
      return read(join(dir, 'README.md'))
    }
    const day1 = run('day1.yml', '2026-12-01T12:00:00Z')
    const day2 = run('day2.yml', '2026-12-03T12:00:00Z')
    const again = run('day2.yml', '2026-12-03T12:00:00Z')
    const acmeLine = (readme: string) => zone(readme).find(line => line.includes('Acme'))
    expect(acmeLine(day1)).toBe(`| Acme ${acme}`)
    expect(acmeLine(day2)).toBe(acmeLine(day1))
    expect(again).toBe(day2)
    expect(zone(day2)).toHaveLength(5)
  })
})
