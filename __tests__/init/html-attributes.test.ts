/**
 * `init` then runs, through the CLI, on HTML tables whose elements write presentational
 * attributes: SimplifyJobs/New-Grad-Positions' README (commit 001724154e0e, 2026) writes
 * `<table style="width: 100%; border-collapse: collapse;">` and a `style` on each `<th>`
 * (`width: 25%; min-width: 200px; padding: 8px; text-align: left; border-bottom: 2px solid
 * #ddd;`). init keeps them in the boards file (`attributes`, `header-attributes`,
 * `cell-attributes`), so neither the first run nor the second changes the README.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-04-20T12:00:00Z'
const STYLE = (width: string, min: string, align: string) =>
  `width: ${width}; min-width: ${min}; padding: 8px; text-align: ${align}; border-bottom: 2px solid #ddd;`

const ROWS = [
  ['CACI', 'Software Engineer 1', 'https://caci.example/jobs/311676', 1],
  ['Axon', 'Software Engineer 1', 'https://job-boards.greenhouse.io/axon/jobs/7624132003', 2],
  ['Ultra', 'Software Engineer 1 - AI', 'https://ultra.example/jobs/REQ-11707-1', 3]
] as const

const button = (url: string) =>
  `<div align="center"><a href="${url}?utm_source=Simplify&ref=Simplify"><img src="https://i.imgur.com/fbjwDvo.png" width="52" alt="Apply"></a></div>`

/**
 * A New-Grad-shaped table: `table`, `th(index)`, `td(index)` and `tr` are each element's
 * attributes (`tr`: the header row's, then each body row's).
 */
function readme(
  table: string,
  th: (column: number) => string,
  td: (column: number) => string,
  tr: [string, string] = ['', '']
) {
  const headers = ['Company', 'Role', 'Location', 'Application', 'Age']
  return [
    '## 💻 Software Engineering New Grad Roles',
    '',
    `<table${table}>`,
    '<thead>',
    `<tr${tr[0]}>`,
    ...headers.map((header, column) => `<th${th(column)}>${header}</th>`),
    '</tr>',
    '</thead>',
    '<tbody>',
    ...ROWS.flatMap(([company, title, url]) => [
      `<tr${tr[1]}>`,
      ...[`<strong>${company}</strong>`, title, 'Seattle, WA', button(url), '0d'].map(
        (cell, column) => `<td${td(column)}>${cell}</td>`
      ),
      '</tr>'
    ]),
    '</tbody>',
    '</table>',
    '',
    '## More',
    ''
  ].join('\n')
}

const LISTINGS = ROWS.map(([company, title, url, hours]) => ({
  company,
  title,
  location: 'Seattle, WA',
  url,
  posted_at: new Date(Date.parse(NOW) - hours * 3_600_000).toISOString()
}))

const RUN = ['--now', NOW, '--max-age-days', '0', '--max-rows', '0', '--max-removed-percent', '100']

function adoptAndRun(text: string) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': text, 'listings.json': JSON.stringify(LISTINGS) })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const table = (
    parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
      boards: { table: Record<string, unknown> }[]
    }
  ).boards[0]!.table
  const runs = [1, 2].map(() => {
    const run = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
    return { run, readme: read(join(dir, 'README.md')) }
  })
  return { init, adopted, table, runs }
}

function expectKept(text: string) {
  const { init, adopted, table, runs } = adoptAndRun(text)
  expect(init.status).toBe(0)
  expect(adopted.replace(/<!-- jobs:openings:(start|end) -->\n/g, '')).toBe(text)
  for (const { run, readme } of runs) {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readme).toBe(adopted)
  }
  return table
}

describe('init on an HTML table whose elements write attributes', () => {
  it('keeps the style of the table and of each header cell, as New-Grad-Positions writes them', () => {
    const widths = [
      ['25%', '200px', 'left'],
      ['30%', '250px', 'left'],
      ['20%', '150px', 'left'],
      ['15%', '120px', 'center'],
      ['10%', '80px', 'center']
    ] as const
    const table = expectKept(
      readme(
        ' style="width: 100%; border-collapse: collapse;"',
        column => {
          const [width, min, align] = widths[column]!
          return ` style="${STYLE(width, min, align)}"`
        },
        () => ''
      )
    )
    expect(table.attributes).toEqual({ style: 'width: 100%; border-collapse: collapse;' })
    expect((table.columns as Record<string, unknown>[])[0]!['header-attributes']).toEqual({
      style: STYLE('25%', '200px', 'left')
    })
  })

  it('keeps a header cell’s align that its body cells do not write, and the rows’ and cells’ own attributes', () => {
    expectKept(
      readme(
        ' width="100%" class="jobs wide"',
        column =>
          column === 3 ? ' align="center" width="120"' : column === 4 ? ' align="right"' : '',
        column => (column === 0 ? ' valign="top" style="white-space: nowrap"' : ''),
        [' style="background: #f6f8fa"', ' valign="middle"']
      )
    )
  })
})
