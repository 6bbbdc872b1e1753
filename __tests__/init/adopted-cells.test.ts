/**
 * The boards file `init` writes keeps each cell as the README writes it on the first run: a
 * link column's texts that differ by row, cells that link nothing, links written
 * `[Apply](<…>)`, text every cell writes around its value, a `—` Date cell, closed rows that
 * write their own text in the posting's column, rows older than the default max age, a
 * column headed in another language, and a Last updated line's second time in a named zone.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-08-12T12:00:00Z'

type Board = Record<string, unknown> & {
  table: { columns: ({ header: string; cell: string } & Record<string, unknown>)[] }
}

/** init in a folder with the README and listings, then a run with the boards file as written. */
function adoptAndRun(readme: string, listings: Record<string, unknown>[]) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const boardsFile = read(join(dir, 'jobs-readme.yml'))
  const run = runCli(['--now', NOW, '--config', 'jobs-readme.yml'], { cwd: dir })
  const [board] = (parseYaml(boardsFile) as { boards: Board[] }).boards
  return { init, boardsFile, board: board!, run, readme: read(join(dir, 'README.md')) }
}

/** A listing of the feed beside the README; `extra`: its other fields. */
const job = (
  company: string,
  title: string,
  url: string,
  posted_at: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> => ({ company, title, url, ...extra, posted_at })

/** A README of one openings table. */
const board = (...rows: string[]): string =>
  ['# Jobs', '', '## Openings', '', ...rows, ''].join('\n')

/** The README as init leaves it: the table between markers, nothing else changed. */
const marked = (text: string): string =>
  text.replace(
    /\n(\|[^\n]*\n)+/,
    table => `\n<!-- jobs:openings:start -->${table}<!-- jobs:openings:end -->\n`
  )

describe('a column of posting links', () => {
  const listings = [
    job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-09', { link_text: 'Apply' }),
    job('Beta', 'Analyst', 'https://beta.example/', '2026-08-09', { link_text: 'Follow' })
  ]

  it.each(['Link', '投递链接'])(
    'headed %s, whose texts differ by row, writes them from the field that holds them',
    header => {
      const text = board(
        `| Company | Role | ${header} |`,
        '| --- | --- | --- |',
        '| Acme | Engineer | [Apply](https://acme.example/1) |',
        '| Beta | Analyst | [Follow](https://beta.example/) |'
      )
      const { board: adopted, run, readme } = adoptAndRun(text, listings)
      expect(run.status).toBe(0)
      expect(adopted.table.columns.map(column => column.cell)).toEqual([
        '{{ company }}',
        '{{ title }}',
        '{% assign apply = url %}{{ link_text | link: apply }}'
      ])
      expect(adopted.table.columns.some(column => column.posting)).toBe(false)
      expect(readme).toBe(marked(text))
    }
  )

  it('whose texts differ by row with no field of them is noted', () => {
    const text = board(
      '| Company | Role | Link |',
      '| --- | --- | --- |',
      '| Acme | Engineer | [View](https://acme.example/1) |',
      '| Beta | Analyst | [Follow](https://beta.example/) |',
      '| Gamma | Designer | [View](https://gamma.example/) |'
    )
    const { init, board: adopted } = adoptAndRun(
      text,
      listings.map(({ link_text: _, ...listing }) => listing)
    )
    expect(adopted.table.columns[2]!.cell).toBe(
      '{% assign apply = url %}{{ "View" | link: apply }}'
    )
    expect(init.stdout + init.stderr).toMatch(/texts that differ by row \("View", "Follow"\)/)
  })
})

describe('cells that link nothing', () => {
  it('are written unlinked, though the listings have addresses', () => {
    const text = board(
      '| Company | Role | Posted |',
      '| --- | --- | --- |',
      '| Acme | Engineer | 2026-08-11 |',
      '| Gamma | Designer | 2026-08-05 |'
    )
    const {
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-11', {
        company_url: 'https://acme.example'
      }),
      job('Gamma', 'Designer', 'https://gamma.example/1', '2026-08-05')
    ])
    expect(run.status).toBe(0)
    expect(adopted.table.columns.map(column => column.cell).slice(0, 2)).toEqual([
      '{{ company }}',
      '{{ title }}'
    ])
    expect(readme).toBe(marked(text))
  })
})

describe('links written with their address in angle brackets', () => {
  it('are read as CommonMark reads them: a mark tied to the posting is kept', () => {
    const text = board(
      '| Company | Role | Posted | Apply |',
      '|---|---|---|---|',
      '| Acme | Engineer | 2026-08-11 | [Apply](<https://acme.example/1>) |',
      '| 🔥 Beta | Analyst | 2026-08-10 | [Apply](<https://beta.example/1>) |',
      '| Gamma | Designer | 2026-08-05 | [Apply](<https://gamma.example/1>) |'
    )
    const {
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-11'),
      { company: 'Beta', title: 'Analyst', url: 'https://beta.example/1', posted_at: '2026-08-10' },
      job('Gamma', 'Designer', 'https://gamma.example/1', '2026-08-05')
    ])
    expect(run.status).toBe(0)
    expect(adopted.table.columns[0]!.cell).toContain('{% when "https://beta.example/1" %}🔥 ')
    // The links written as CommonMark renders them alike; the mark on its row.
    expect(readme).toContain('| 🔥 Beta | Analyst | 2026-08-10 |')
    expect(readme).not.toContain('| 🔥 Acme')
  })

  it('in an image button: its address read without them, the brackets kept', () => {
    const button = (n: string) =>
      `[![Apply](https://img.example/apply.png)](<https://${n}.example/1>)`
    const text = board(
      '| Company | Role | Apply |',
      '|---|---|---|',
      `| Acme | Engineer | ${button('acme')} |`,
      `| 🔥 Beta | Analyst | ${button('beta')} |`
    )
    const {
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-11'),
      { company: 'Beta', title: 'Analyst', url: 'https://beta.example/1', posted_at: '2026-08-10' }
    ])
    expect(run.status).toBe(0)
    expect(adopted.table.columns[0]!.cell).toContain('{% when "https://beta.example/1" %}🔥 ')
    expect(adopted.table.columns[2]!.cell).toBe(
      '{% if url %}[![Apply](https://img.example/apply.png)](<{{ url }}>){% endif %}'
    )
    expect(readme).toContain('| 🔥 Beta | Analyst |')
    expect(readme).not.toContain('| 🔥 Acme')
  })
})

describe('text every cell of a column writes around its value', () => {
  it('is kept in every column, as in a Company column', () => {
    const text = board(
      '| Company | Role | Location | Posted | Date | Apply |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Acme | Engineer | 📍 Miami, FL | 3d ago | 🗓️ 2026-08-09 | [Apply](https://acme.example/1) |',
      '| Beta | Analyst | 📍 Austin, TX | 45d ago | 🗓️ 2026-06-28 | [Apply](https://beta.example/1) |'
    )
    const {
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      {
        company: 'Acme',
        title: 'Engineer',
        location: 'Miami, FL',
        url: 'https://acme.example/1',
        posted_at: '2026-08-09'
      },
      {
        company: 'Beta',
        title: 'Analyst',
        location: 'Austin, TX',
        url: 'https://beta.example/1',
        posted_at: '2026-06-28'
      }
    ])
    expect(run.status).toBe(0)
    expect(adopted.table.columns.map(column => column.cell).slice(2, 5)).toEqual([
      '📍 {{ location }}',
      '{{ posted_at | age: "days" }} ago',
      '🗓️ {{ posted_at | date: "%Y-%m-%d" }}'
    ])
    expect(readme).toBe(marked(text))
  })
})

describe('a Date column with a row that writes no date (—)', () => {
  it('keeps the pattern of the cells that are dates, and says what the first run writes there', () => {
    const text = board(
      '| Company | Role | Posted |',
      '| --- | --- | --- |',
      '| Acme | Engineer | 2026-08-11 |',
      '| Beta | Analyst | — |',
      '| Gamma | Designer | 2026-08-05 |'
    )
    const {
      init,
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-11'),
      { company: 'Beta', title: 'Analyst', url: 'https://beta.example/1', posted_at: '2026-08-08' },
      job('Gamma', 'Designer', 'https://gamma.example/1', '2026-08-05')
    ])
    expect(run.status).toBe(0)
    expect(adopted.table.columns[2]!.cell).toBe('{{ posted_at | date: "%Y-%m-%d" }}')
    expect(init.stdout + init.stderr).toMatch(
      /The Posted column of README\.md writes "—" for a row with no date/
    )
    expect(readme).toContain('| Acme | Engineer | 2026-08-11 |\n| Beta | Analyst | 2026-08-08 |')
  })
})

describe('closed rows that write their own text in the posting column', () => {
  const listings = [
    {
      id: 'a',
      company: 'Acme',
      title: 'Engineer',
      url: 'https://acme.example/1',
      posted_at: '2026-08-10'
    },
    {
      id: 'b',
      company: 'Beta',
      title: 'Analyst',
      url: 'https://beta.example/1',
      posted_at: '2026-08-09',
      active: false
    }
  ]
  const button = '[![Apply](https://img.example/apply.png)](https://acme.example/1)'

  it.each([
    ['a link', '[Apply](https://acme.example/1)'],
    ['an image button', button]
  ])('write it for a closed listing, beside %s', (_, open) => {
    const text = board(
      '| Company | Role | Apply | Date |',
      '| --- | --- | --- | --- |',
      `| Acme | Engineer | ${open} | Aug 10 |`,
      '| Beta | Analyst | 🔒 Closed 🔒 | Aug 09 |'
    )
    const { board: adopted, run, readme } = adoptAndRun(text, listings)
    expect(run.status).toBe(0)
    expect(adopted.table.columns[2]!.cell).toMatch(
      /^\{% if active %\}.*\{% else %\}🔒 Closed 🔒\{% endif %\}$/
    )
    expect(readme).toBe(marked(text))
  })
})

describe('a column whose cells are a field of the listings, marks and all', () => {
  it.each(['状态', 'Status'])('is read from that field, headed %s', header => {
    const text = board(
      `| Company | Role | ${header} | Apply |`,
      '| --- | --- | --- | --- |',
      '| Acme | Engineer | ✅ 热招中 (ByteIntern) | [Apply](https://acme.example/1) |',
      '| Beta | Analyst | ✅ 进行中 | [Apply](https://beta.example/1) |'
    )
    const {
      init,
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-09', {
        status: '✅ 热招中 (ByteIntern)'
      }),
      job('Beta', 'Analyst', 'https://beta.example/1', '2026-08-09', { status: '✅ 进行中' })
    ])
    expect(run.status).toBe(0)
    expect(adopted.table.columns[2]!.cell).toBe('{{ status }}')
    expect(init.stdout + init.stderr).not.toMatch(/could not guess/)
    expect(readme).toBe(marked(text))
  })
})

describe('rows older than the default max age on the first run', () => {
  const listings = [
    { company: 'Acme', title: 'Engineer', url: 'https://acme.example/1', posted_at: '2026-08-10' },
    { company: 'Beta', title: 'Analyst', url: 'https://beta.example/1', posted_at: '2026-07-13' }
  ]
  const table = [
    '| Company | Role | Posted | Apply |',
    '| --- | --- | --- | --- |',
    '| Acme | Engineer | 2026-08-10 | [Apply](https://acme.example/1) |',
    '| Beta | Analyst | 2026-07-13 | [Apply](https://beta.example/1) |'
  ]

  it("are kept, though 28 days apart: read against the README's Last updated time", () => {
    const text = board('_Last updated: 2026-08-12 15:23 UTC_', '', ...table)
    const { board: adopted, run, readme } = adoptAndRun(text, listings)
    expect(run.status).toBe(0)
    expect(adopted['max-age-days']).toBe(0)
    expect(readme).toContain('| Beta | Analyst | 2026-07-13 |')
  })

  it('are kept, though days apart: read against now, with no Last updated line', () => {
    const old = (row: string) => row.replace(/2026-0[78]/, '2020-01')
    const text = board(...table.map(old))
    const { board: adopted } = adoptAndRun(
      text,
      listings.map(listing => ({ ...listing, posted_at: old(listing.posted_at) }))
    )
    expect(adopted['max-age-days']).toBe(0)
  })
})

describe('a Last updated line that writes its time a second time, in a zone it names', () => {
  it('writes that time by now in that zone', () => {
    const text = board(
      '_Last updated: **2026-08-10 15:23 UTC** (2026-08-10 23:23 Asia/Taipei)_',
      '',
      '| Company | Role | Posted | Apply |',
      '| --- | --- | --- | --- |',
      '| Acme | Engineer | 2026-08-10 | [Apply](https://acme.example/1) |'
    )
    const {
      board: adopted,
      run,
      readme
    } = adoptAndRun(text, [
      job('Acme', 'Engineer', 'https://acme.example/1', '2026-08-10'),
      { company: 'Zed', title: 'Developer', url: 'https://zed.example/1', posted_at: '2026-08-11' }
    ])
    expect(run.status).toBe(0)
    expect(adopted.updated).toBe(
      '_Last updated: **{{ now | date: "%Y-%m-%d %H:%M" }} UTC** ({{ now | date: "%Y-%m-%d %H:%M", "Asia/Taipei" }} Asia/Taipei)_'
    )
    expect(readme).toContain(
      '_Last updated: **2026-08-12 12:00 UTC** (2026-08-12 20:00 Asia/Taipei)_'
    )
  })
})
