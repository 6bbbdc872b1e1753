/**
 * A board adopted by `init` and run once with the boards file as init wrote it: what its rows
 * write only on open rows, its closed rows' own label, marks inside the company's link text,
 * the order of rows the default order would move, and the count its Last updated line shows.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

/** init in a folder with the files, then a run at `now` with the boards file as written. */
function adoptAndRun(files: Record<string, string>, now: string) {
  const dir = scratchDir()
  writeFiles(dir, files)
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const boardsFile = read(join(dir, 'jobs-readme.yml'))
  const run = runCli(['--now', now, '--config', 'jobs-readme.yml'], { cwd: dir })
  return { init, boardsFile, run, readme: read(join(dir, 'README.md')) }
}

type Board = Record<string, unknown> & {
  table?: { columns: { header: string; cell: string }[] }
}
const boardOf = (text: string): Board => (parseYaml(text) as { boards: Board[] }).boards[0]!

describe('a mark every open row writes and the closed rows (🔒) do not', () => {
  const table = (rows: string[]) =>
    ['# Jobs', '', '| Company | Roles | Date |', '| --- | --- | --- |', ...rows, ''].join('\n')
  const open = (company: string, title: string, url: string, date: string) =>
    `| ${company} | ✅ [${title}](${url}) | ${date} |`

  it('is written by `active`, and the closed rows keep their own label', () => {
    const { init, boardsFile, run, readme } = adoptAndRun(
      {
        'README.md': table([
          open('Acme', 'SWE', 'https://acme.example/jobs/1', '10/01/2023'),
          '| Beta | 🔒 **[Closed]** 🔒 [Data Eng](https://beta.example/jobs/2) | 09/28/2023 |',
          open('Gamma', 'QA', 'https://gamma.example/jobs/3', '09/27/2023')
        ]),
        'listings.json': JSON.stringify([
          {
            company: 'Acme',
            title: 'SWE',
            url: 'https://acme.example/jobs/1',
            posted_at: '2023-10-01'
          },
          {
            company: 'Beta',
            title: 'Data Eng',
            url: 'https://beta.example/jobs/2',
            posted_at: '2023-09-28',
            active: false
          },
          {
            company: 'Gamma',
            title: 'QA',
            url: 'https://gamma.example/jobs/3',
            posted_at: '2023-09-27'
          },
          {
            company: 'Delta',
            title: 'New',
            url: 'https://delta.example/jobs/4',
            posted_at: '2023-09-30'
          }
        ])
      },
      '2023-10-02T10:00:00Z'
    )
    expect(init.status).toBe(0)
    const board = boardOf(boardsFile)
    expect(board.closed).toBe('mark')
    expect(board.table!.columns[1]!.cell).toContain(
      '{% if active %}✅ {% else %}🔒 **[Closed]** 🔒 {% endif %}'
    )
    // The closed row links its posting, which closed: mark writes unlinked: said.
    expect(init.stdout).toContain('1 closed (🔒) row of README.md links its posting')
    expect(run.status).toBe(0)
    expect(readme).toContain('| Acme | ✅ [SWE](https://acme.example/jobs/1) | 10/01/2023 |')
    expect(readme).toContain('| Gamma | ✅ [QA](https://gamma.example/jobs/3) | 09/27/2023 |')
    // A new open listing gets the open rows' mark.
    expect(readme).toContain('| Delta | ✅ [New](https://delta.example/jobs/4) | 09/30/2023 |')
    // The closed row: its label, no ✅, one 🔒 mark (the label's), not marked open.
    const closed = readme.split('\n').find(line => line.startsWith('| Beta |'))
    expect(closed).toBe('| Beta | 🔒 **\\[Closed\\]** 🔒 Data Eng | 09/28/2023 |')
  })
})

describe("a mark inside the company's link text, on some rows", () => {
  const listings = JSON.stringify([
    {
      company: 'NVIDIA',
      company_url: 'https://simplify.jobs/c/NVIDIA',
      title: 'Backend Compiler Engineer',
      url: 'https://nvidia.example/job/1',
      posted_at: '2026-10-19'
    },
    {
      company: 'TD Bank',
      company_url: 'https://simplify.jobs/c/TD',
      title: 'Software Engineer 1',
      url: 'https://td.example/job/2',
      posted_at: '2026-10-18'
    }
  ])
  const now = '2026-10-20T12:00:00Z'

  it('stays in the link text of a pipe table (**[🔥 NVIDIA](…)**)', () => {
    const rows = [
      '| **[🔥 NVIDIA](https://simplify.jobs/c/NVIDIA)** | Backend Compiler Engineer | [Apply](https://nvidia.example/job/1) |',
      '| **[TD Bank](https://simplify.jobs/c/TD)** | Software Engineer 1 | [Apply](https://td.example/job/2) |'
    ]
    const { init, run, readme } = adoptAndRun(
      {
        'README.md': [
          '# Jobs',
          '',
          '| Company | Role | Application |',
          '| --- | --- | --- |',
          ...rows,
          ''
        ].join('\n'),
        'listings.json': listings
      },
      now
    )
    expect(init.status).toBe(0)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 openings (+0 -0)')
    for (const row of rows) expect(readme).toContain(row)
  })

  it('stays in the anchor of an HTML table (<a href="…">🔥 NVIDIA</a>)', () => {
    const cell = (company: string, page: string) =>
      `<td><strong><a href="${page}">${company}</a></strong></td>`
    const text = [
      '# Jobs',
      '',
      '<table>',
      '<thead>',
      '<tr>',
      '<th>Company</th>',
      '<th>Role</th>',
      '<th>Application</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr>',
      cell('🔥 NVIDIA', 'https://simplify.jobs/c/NVIDIA'),
      '<td>Backend Compiler Engineer</td>',
      '<td><a href="https://nvidia.example/job/1">Apply</a></td>',
      '</tr>',
      '<tr>',
      cell('TD Bank', 'https://simplify.jobs/c/TD'),
      '<td>Software Engineer 1</td>',
      '<td><a href="https://td.example/job/2">Apply</a></td>',
      '</tr>',
      '</tbody>',
      '</table>',
      ''
    ].join('\n')
    const { init, run, readme } = adoptAndRun({ 'README.md': text, 'listings.json': listings }, now)
    expect(init.status).toBe(0)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 openings (+0 -0)')
    expect(readme).toContain(cell('🔥 NVIDIA', 'https://simplify.jobs/c/NVIDIA'))
    expect(readme).toContain(cell('TD Bank', 'https://simplify.jobs/c/TD'))
  })
})

describe('rows of one day in an order the default order does not give', () => {
  const records = [
    {
      company: 'Roblox',
      title: 'SWE',
      location: 'San Mateo',
      posted_at: '2026-09-28T12:00:00Z',
      url: 'https://r.example/1'
    },
    {
      company: 'Flexport',
      title: 'Ops',
      location: 'Remote',
      posted_at: '2026-09-28T12:00:00Z',
      url: 'https://f.example/1'
    }
  ]
  const row = (record: (typeof records)[number]) =>
    `| ${record.company} | ${record.title} | ${record.location} | 2026-09-28 | [Apply](${record.url}) |`
  const text = (rows: string[]) =>
    [
      '# Jobs',
      '',
      '| Company | Role | Location | Posted | Link |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      ''
    ].join('\n')

  it('get a sort that keeps them (newest first, ties in the feed order)', () => {
    const rows = records.map(row)
    const { boardsFile, run, readme } = adoptAndRun(
      { 'README.md': text(rows), 'listings.json': JSON.stringify(records) },
      '2026-09-29T10:00:00Z'
    )
    expect(boardOf(boardsFile).sort).toEqual([{ field: 'posted_at', order: 'desc' }])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 openings (+0 -0)')
    expect(readme).toContain(rows.join('\n'))
  })

  it('get none when the default order gives theirs (Flexport before Roblox)', () => {
    const rows = [...records].reverse().map(row)
    const { boardsFile, readme } = adoptAndRun(
      { 'README.md': text(rows), 'listings.json': JSON.stringify(records) },
      '2026-09-29T10:00:00Z'
    )
    expect(boardOf(boardsFile).sort).toBeUndefined()
    expect(readme).toContain(rows.join('\n'))
  })
})

describe('a Last updated line that shows the count of open roles', () => {
  const records = [
    { company: 'Roblox', title: 'SWE', posted_at: '2026-09-28', url: 'https://r.example/1' },
    { company: 'Flexport', title: 'Ops', posted_at: '2026-09-27', url: 'https://f.example/1' },
    { company: 'Acme', title: 'New', posted_at: '2026-09-29', url: 'https://a.example/1' }
  ]
  const text = (line: string) =>
    [
      '# Jobs',
      '',
      line,
      '',
      '| Company | Role | Posted | Link |',
      '| --- | --- | --- | --- |',
      '| Roblox | SWE | 2026-09-28 | [Apply](https://r.example/1) |',
      '| Flexport | Ops | 2026-09-27 | [Apply](https://f.example/1) |',
      ''
    ].join('\n')

  it('counts them on every run', () => {
    const { init, boardsFile, run, readme } = adoptAndRun(
      {
        'README.md': text('_Last updated: 2026-09-28 · 2 open roles_'),
        'listings.json': JSON.stringify(records)
      },
      '2026-09-29T10:00:00Z'
    )
    expect(init.status).toBe(0)
    expect(boardOf(boardsFile).updated).toBe(
      '_Last updated: {{ now | date: "%Y-%m-%d" }} · {{ total }} open roles_'
    )
    expect(run.status).toBe(0)
    expect(readme).toContain('_Last updated: 2026-09-29 · 3 open roles_')
  })

  it('keeps another number as written, and says so', () => {
    const { init, boardsFile, readme } = adoptAndRun(
      {
        'README.md': text('_Last updated: 2026-09-28 · 40 open roles_'),
        'listings.json': JSON.stringify(records)
      },
      '2026-09-29T10:00:00Z'
    )
    expect(boardOf(boardsFile).updated).toBe(
      '_Last updated: {{ now | date: "%Y-%m-%d" }} · 40 open roles_'
    )
    expect(init.stdout).toContain(
      'The Last updated line shows "40 open roles", which init does not write as the open roles of the tables (2)'
    )
    expect(readme).toContain('_Last updated: 2026-09-29 · 40 open roles_')
  })
})
