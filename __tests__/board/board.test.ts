import { describe, expect, it } from '@jest/globals'
import type { BoardIO } from '../../src/board.js'
import type { RawInputs } from '../../src/config/config.js'
import { buildOneBoard as buildBoard, oneBoard as parseConfig } from '../helpers/settings.js'
import { BoardError } from '../../src/errors.js'
import { renderGfm } from '../helpers/cmark.js'

const NOW = '2025-10-22T20:30:00Z'
const TEMPLATE = [
  '# Jobs',
  '<!-- jobs:updated:start -->',
  '<!-- jobs:updated:end -->',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  '<!-- jobs:stats:start -->',
  '<!-- jobs:stats:end -->',
  'Footer.',
  ''
].join('\n')

interface RawListing {
  id: string
  company: string
  title: string
  url: string
  posted_at: string
  [field: string]: unknown
}

/** A valid listing posted `hoursAgo` before NOW. */
function listing(n: number, hoursAgo = n, extra: Partial<RawListing> = {}): RawListing {
  return {
    id: `job-${n}`,
    company: `Company ${n}`,
    title: `Backend Engineer ${n}`,
    url: `https://jobs.example/${n}`,
    location: 'Berlin',
    posted_at: new Date(Date.parse(NOW) - hoursAgo * 3_600_000).toISOString(),
    ...extra
  }
}

function memoryIO(files: Record<string, string>) {
  const warnings: string[] = []
  const io: BoardIO = {
    readFile: async path => files[path],
    listFiles: async folder => Object.keys(files).filter(path => path.startsWith(`${folder}/`)),
    warn: message => warnings.push(message)
  }
  return { io, warnings }
}

async function run(readme: string, listings: unknown[], inputs: RawInputs = {}) {
  const { io, warnings } = memoryIO({ 'README.md': readme, 'jobs.json': JSON.stringify(listings) })
  const config = parseConfig({ listings: 'jobs.json', now: NOW, ...inputs })
  const result = await buildBoard(config, io)
  return { ...result, warnings }
}

async function failure(promise: Promise<unknown>): Promise<BoardError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(BoardError)
  return error as BoardError
}

const tableRows = (html: string) => (html.match(/<tr>/g) ?? []).length - 1

describe('buildBoard', () => {
  const ten = Array.from({ length: 10 }, (_, index) => listing(index + 1))

  it('fills every zone the README has and keeps the rest', async () => {
    const result = await run(TEMPLATE, ten)
    expect(result.changed).toBe(true)
    expect(result.after.startsWith('# Jobs\n<!-- jobs:updated:start -->\n<sub>')).toBe(true)
    expect(result.after.endsWith('<!-- jobs:stats:end -->\nFooter.\n')).toBe(true)
    expect(tableRows(renderGfm(result.after))).toBe(10)
    expect(result.stats.jobs).toBe(10)
  })

  it('renders only the zones the README has', async () => {
    const onlyOpenings = '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    const result = await run(onlyOpenings, ten)
    expect(result.after).not.toContain('Last updated')
    expect(result.after).not.toContain('Current Stats')
  })

  it('draws the chart zone as Mermaid blocks when the README has one', async () => {
    const withChart =
      '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n<!-- jobs:chart:start -->\n<!-- jobs:chart:end -->\n'
    const result = await run(withChart, ten)
    expect(result.after).toMatch(
      /<!-- jobs:chart:start -->\n```mermaid\n[^]*```\n<!-- jobs:chart:end -->/
    )
  })

  it('keeps the README’s own delimiter row when it says what ours says: |---|', async () => {
    const table = JSON.stringify({
      columns: ['Company', 'Role'].map((header, index) => ({
        header,
        delimiter: '---',
        cell: index === 0 ? '{{ company }}' : '{{ title | link: url }}'
      }))
    })
    const first = await run(TEMPLATE, ten, { table })
    const compact = first.after.replace('| --- | --- |', '|---|---|')
    expect(compact).not.toBe(first.after)
    const second = await run(compact, ten, { table })
    expect(second.after).toBe(compact)
    expect(second.changed).toBe(false)
    // A new row changes its line, not the delimiter row.
    const third = await run(compact, [...ten, listing(11, 0.5)], { table })
    expect(third.after).toContain('| Company | Role |\n|---|---|\n| Company 11 |')
    // A delimiter row that says something else (another alignment) is ours.
    const centered = compact.replace('|---|---|', '|:-:|---|')
    expect((await run(centered, ten, { table })).after).toBe(
      compact.replace('|---|---|', '| --- | --- |')
    )
  })

  it('writes |a|b| rows where the README’s table is written so, and keeps its header', async () => {
    const table = JSON.stringify({
      columns: ['Company', 'Role'].map((header, index) => ({
        header,
        delimiter: '---',
        cell: index === 0 ? '{{ company }}' : '{{ title | link: url }}'
      }))
    })
    const openingsOnly = 'Hand text.\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    const first = await run(openingsOnly, ten, { table, utm: 'false' })
    // As a script that prints `|{company}|[{title}]({url})|` wrote it, its header spaced by hand.
    const unpadded = first.after
      .replace('| --- | --- |', '|---|---|')
      .replace('| Company | Role |', '|Company |Role|')
      .replace(/^\| (.*) \| (.*) \|$/gm, '|$1|$2|')
    expect(unpadded).toContain('|Company 1|[Backend Engineer 1](https://jobs.example/1)|')
    const second = await run(unpadded, ten, { table, utm: 'false' })
    expect(second.changed).toBe(false)
    expect(second.after).toBe(unpadded)
    // A new row, one with a `|` and an empty cell, is written as the others are.
    const added = [
      ...ten,
      listing(11, 0.5, { company: 'A | B', title: 'Dev', url: 'https://jobs.example/11' })
    ]
    const table2 = table.replace(
      '{{ company }}',
      '{% if company != \\"A | B\\" %}{{ company }}{% endif %}'
    )
    const third = await run(unpadded, added, { table: table2, utm: 'false' })
    expect(third.after).toContain(
      '|Company |Role|\n|---|---|\n||[Dev](https://jobs.example/11)|\n|Company 1|['
    )
    expect(third.after.replace('||[Dev](https://jobs.example/11)|\n', '')).toBe(unpadded)
    const html = renderGfm(third.after)
    expect(html).toContain('<td></td>\n<td><a href="https://jobs.example/11">Dev</a></td>')
    expect(tableRows(html)).toBe(11)
    // A table padded as ours stays padded.
    expect((await run(first.after, added, { table, utm: 'false' })).after).toContain(
      '| A \\| B | [Dev](https://jobs.example/11) |'
    )
  })

  it('writes rows without edge pipes, with tabs or spaced unevenly as the README’s are', async () => {
    const table = JSON.stringify({
      columns: [
        { header: 'Company', cell: '{{ company }}' },
        { header: 'Role', cell: '{{ title | link: url }}' }
      ]
    })
    const three = ten.slice(0, 3)
    const row = (n: number) => [
      `Company ${n}`,
      `[Backend Engineer ${n}](https://jobs.example/${n})`
    ]
    const layouts: [string, (cells: string[]) => string][] = [
      ['a|b', cells => cells.join('|')],
      ['a | b', cells => cells.join(' | ')],
      ['|\\ta\\t|', cells => `|\t${cells.join('\t|\t')}\t|`],
      ['|a |b |', cells => `|${cells.join(' |')} |`],
      ['| a|b  |', cells => `| ${cells[0]}|${cells[1]}  |`]
    ]
    for (const [name, line] of layouts)
      for (const eol of ['\n', '\r\n']) {
        const readme = [
          '# Jobs',
          '<!-- jobs:openings:start -->',
          line(['Company', 'Role']),
          line(['---', '---']),
          ...[1, 2, 3].map(n => line(row(n))),
          '<!-- jobs:openings:end -->',
          ''
        ].join(eol)
        const first = await run(readme, three, { table, utm: 'false' })
        expect({ name, eol, after: first.after }).toEqual({ name, eol, after: readme })
        // A new row is written as the others are, and GitHub reads it as a row of the table.
        const added = await run(readme, [...three, listing(4, 0.5)], { table, utm: 'false' })
        const withNew = readme.replace(
          `${line(['---', '---'])}${eol}`,
          `${line(['---', '---'])}${eol}${line(row(4))}${eol}`
        )
        expect({ name, eol, after: added.after }).toEqual({ name, eol, after: withNew })
        const html = renderGfm(added.after)
        expect(tableRows(html)).toBe(4)
        for (const n of [4, 1, 2, 3])
          expect(html).toContain(
            `<td>Company ${n}</td>\n<td><a href="https://jobs.example/${n}">Backend Engineer ${n}</a></td>`
          )
      }
    // Rows of mixed layouts are written in the most rows'; a row that needs its edge pipes (an
    // empty first cell, a first cell GitHub would read as a heading) keeps them.
    const mixed = [
      '<!-- jobs:openings:start -->',
      'Company|Role',
      '---|---',
      `| ${row(1).join(' | ')} |`,
      row(2).join('|'),
      row(3).join('|'),
      '<!-- jobs:openings:end -->',
      ''
    ].join('\n')
    const odd = [
      listing(5, 0.2, { company: '# Heading Co' }),
      listing(6, 0.1, { company: 'Hidden' }),
      ...three
    ]
    const hiding = table.replace(
      '{{ company }}',
      '{% if company != \\"Hidden\\" %}{{ company }}{% endif %}'
    )
    const result = await run(mixed, odd, { table: hiding, utm: 'false' })
    expect(result.after).toBe(
      [
        '<!-- jobs:openings:start -->',
        'Company|Role',
        '---|---',
        '||[Backend Engineer 6](https://jobs.example/6)|',
        '|# Heading Co|[Backend Engineer 5](https://jobs.example/5)|',
        ...[1, 2, 3].map(n => row(n).join('|')),
        '<!-- jobs:openings:end -->',
        ''
      ].join('\n')
    )
    const html = renderGfm(result.after)
    expect(tableRows(html)).toBe(5)
    expect(html).toContain('<td># Heading Co</td>')
    expect(html).toContain('<td></td>\n<td><a href="https://jobs.example/6">')
  })

  it('fails when the README is missing', async () => {
    const { io } = memoryIO({ 'jobs.json': '[]' })
    const error = await failure(buildBoard(parseConfig({ listings: 'jobs.json' }), io))
    expect(error.code).toBe('readme-missing')
  })

  describe('Last updated', () => {
    it('names its template when it fails on the run, with no stack', async () => {
      const error = await failure(run(TEMPLATE, ten, { updated: "{{ total | age: 'weeks' }}" }))
      expect(error.code).toBe('bad-input')
      expect(error.message).toMatch(
        /^README\.md: the "updated" template failed: age: "weeks" is not a number of days.*\. Fix the "updated" template/
      )
    })

    it('does not move when only the clock changed', async () => {
      const first = await run(TEMPLATE, ten)
      const later = await run(first.after, ten, { now: '2025-10-22T23:45:00Z' })
      expect(later.changed).toBe(false)
      expect(later.after).toBe(first.after)
    })

    it('moves with the openings', async () => {
      const first = await run(TEMPLATE, ten)
      const later = await run(first.after, [...ten, listing(11, 0)], {
        now: '2025-10-22T23:45:00Z'
      })
      expect(later.changed).toBe(true)
      expect(later.after).toContain('Last updated: Oct 22, 2025 at 23:45 UTC')
      expect(later.added).toEqual(['https://jobs.example/11'])
      expect(later.removed).toEqual([])
    })
  })

  describe('an empty selection', () => {
    it('fails unless allow-empty, naming the category and the count loaded', async () => {
      const error = await failure(run(TEMPLATE, ten, { category: 'frontend' }))
      expect(error.code).toBe('empty-selection')
      expect(error.message).toContain(
        'category "frontend" (0 valid listings loaded, 10 records read)'
      )
      expect(error.message).toContain('allow-empty')
    })

    it('says which records were too old, and the newest of them', async () => {
      const old = [listing(1, 24 * 40), listing(2, 24 * 31 + 5), listing(3, 24 * 400)]
      const error = await failure(run(TEMPLATE, old))
      expect(error.message).toContain(
        '(0 valid listings loaded, 3 records read). Of the records read, 3 were posted more than 30 days before 2025-10-22, the newest on 2025-09-21 ("max-age-days" sets the limit; 0 keeps all ages).'
      )
      const once = await failure(run(TEMPLATE, [listing(1, 24 * 40)], { 'max-age-days': '7' }))
      expect(once.message).toContain(
        'Of the records read, 1 was posted more than 7 days before 2025-10-22, the newest on 2025-09-12'
      )
    })

    it('says which records were posted after the clock, and the earliest of them', async () => {
      const ahead = [listing(1, -24 * 3), listing(2, -24 * 90)]
      const error = await failure(run(TEMPLATE, ahead))
      expect(error.message).toContain(
        'Of the records read, 2 were posted more than a day after 2025-10-22, the earliest on 2025-10-25 (check'
      )
    })

    it('counts each reason once a record, largest first, the invalid records apart', async () => {
      // Closed and older than max-age-days: counted as closed, and never validated (a closed
      // record inside the age limit is, as it can close an opening).
      const mixed = [
        listing(1, 24 * 61, { active: false }),
        listing(2, 24 * 60),
        listing(3, 3, { title: 'Product Designer' }),
        listing(4, 4, { title: 'Office Manager' }),
        listing(5, 5, { posted_at: '22/10/2025' }),
        listing(6, 24 * 62, { active: false }),
        listing(7, 24 * 63, { active: false })
      ]
      const error = await failure(run(TEMPLATE, mixed, { category: 'backend' }))
      expect(error.message).toContain(
        '(0 valid listings loaded, 7 records read). Of the records read, 3 are closed, active: false ("closed: mark" or "closed: details" shows closed listings); 2 are of other categories (the "category" and "keywords" inputs choose them); and 1 was posted more than 30 days before 2025-10-22, the newest on 2025-08-23 ("max-age-days" sets the limit; 0 keeps all ages). Of the records validated, none is valid; the first, listing #5 (id job-5): posted_at'
      )
    })

    it('says no record is valid when every record was validated and none was', async () => {
      const error = await failure(run(TEMPLATE, [listing(1, 1, { posted_at: '22/10/2025' })]))
      expect(error.message).toContain(
        '(0 valid listings loaded, 1 record read). No record is valid; the first, listing #1 (id job-1): posted_at'
      )
      expect(error.message).not.toContain('Of the records read')
    })

    it('says when the feed holds no records at all', async () => {
      const error = await failure(run(TEMPLATE, []))
      expect(error.message).toContain(
        '(0 valid listings loaded, 0 records read). The feed holds no records: check that the listings point at the right file'
      )
      const one = await failure(run(TEMPLATE, [listing(1, 24 * 40)]))
      expect(one.message).toContain('(0 valid listings loaded, 1 record read). Of the records')
      expect(one.message).not.toContain('holds no records')
    })

    it('keeps a table that holds no row yet empty, saying why, where it would refuse to empty one', async () => {
      const header = '| Company | Role |\n| --- | --- |\n'
      for (const table of [header, '<table><tr><th>Company</th></tr></table>\n\n']) {
        const readme = TEMPLATE.replace(
          '<!-- jobs:openings:end -->',
          `${table}<!-- jobs:openings:end -->`
        )
        const result = await run(readme, ten, { category: 'frontend' })
        expect(result.rows).toEqual([])
        expect(result.warnings.join('\n')).toContain(
          'No openings left to show for category "frontend" (0 valid listings loaded, 10 records read).'
        )
        expect(result.warnings.join('\n')).toContain(
          'The table held no row before either, so it stays empty; set "allow-empty: true"'
        )
      }
      // A row under the header is something to lose: refused.
      const held = TEMPLATE.replace(
        '<!-- jobs:openings:end -->',
        `${header}| Acme | Dev |\n<!-- jobs:openings:end -->`
      )
      expect((await failure(run(held, ten, { category: 'frontend' }))).code).toBe('empty-selection')
    })

    it('writes an empty table with allow-empty', async () => {
      const result = await run(TEMPLATE, ten, { category: 'frontend', 'allow-empty': 'true' })
      expect(result.rows).toEqual([])
      expect(result.stats.jobs).toBe(0)
    })
  })

  describe('max-removed-percent', () => {
    it('fails when a run would remove more than half of the table, giving the numbers', async () => {
      const first = await run(TEMPLATE, ten)
      const error = await failure(run(first.after, ten.slice(0, 4)))
      expect(error.code).toBe('too-many-removed')
      expect(error.message).toContain('remove 6 of the 10 openings now in the table (60%')
      expect(error.message).toContain('max-removed-percent 50')
    })

    it('allows exactly the limit', async () => {
      const first = await run(TEMPLATE, ten)
      const second = await run(first.after, ten.slice(0, 5))
      expect(second.removed).toHaveLength(5)
    })

    it('counts only the openings: rows marked closed (🔒) are none, and the guard fires when the open ones go', async () => {
      const marked = async (readme: string, listings: RawListing[]) => {
        const { io } = memoryIO({ 'README.md': readme, 'jobs.json': JSON.stringify(listings) })
        const config = parseConfig({ listings: 'jobs.json', now: NOW })
        return buildBoard({ ...config, rowShape: { ...config.rowShape, closed: 'mark' } }, io)
      }
      const closed = [5, 6, 7, 8, 9, 10].map(n => listing(n, n, { active: false }))
      const open = [1, 2, 3, 4].map(n => listing(n))
      const first = await marked(TEMPLATE, [...open, ...closed])
      expect(first.after.match(/🔒/g)).toHaveLength(6)
      // 3 of the 4 open postings gone: 75% of the openings, though 30% of the table's 10 rows.
      const fewer = await failure(marked(first.after, [open[0]!, ...closed]))
      expect(fewer.code).toBe('too-many-removed')
      expect(fewer.message).toContain(
        'remove 3 of the 4 openings now in the table (75%, more than max-removed-percent 50): their postings are gone from the feed. Not counted: 6 rows with no posting link, such as closed ones.'
      )
      // Every open posting gone, only the closed ones left to show.
      const none = await failure(marked(first.after, closed))
      expect(none.message).toContain('remove 4 of the 4 openings now in the table (100%')
    })

    it('adds and removes openings only: a closed row whose company is linked is neither', async () => {
      const table = JSON.stringify({
        columns: [
          { header: 'Company', cell: '{{ company | link: company_url }}' },
          { header: 'Role', cell: '{{ title | link: url }}' }
        ]
      })
      const marked = async (readme: string, listings: RawListing[]) => {
        const { io } = memoryIO({ 'README.md': readme, 'jobs.json': JSON.stringify(listings) })
        const config = parseConfig({ listings: 'jobs.json', now: NOW, table, utm: 'false' })
        return buildBoard({ ...config, rowShape: { ...config.rowShape, closed: 'mark' } }, io)
      }
      const linked = (n: number, extra: Partial<RawListing> = {}) =>
        listing(n, n, { company_url: `https://company.example/${n}`, ...extra })
      const first = await marked(TEMPLATE, [linked(1), linked(2)])
      expect([first.added.length, first.removed.length]).toEqual([2, 0])
      // A closed posting shown 🔒, its company still linked: no opening added.
      const withClosed = await marked(first.after, [
        linked(1),
        linked(2),
        linked(3, { active: false })
      ])
      expect(withClosed.after).toContain('[Company 3](https://company.example/3)')
      expect([withClosed.added, withClosed.removed]).toEqual([[], []])
      // It leaves the feed: no opening removed. Posting 2 closes: one removed, none added.
      const closing = await marked(withClosed.after, [linked(1), linked(2, { active: false })])
      expect([closing.added, closing.removed]).toEqual([[], ['https://jobs.example/2']])
      // Every row closed: the last opening removed, the closed rows added as none.
      const allClosed = await marked(closing.after, [
        linked(1, { active: false }),
        linked(2, { active: false })
      ])
      expect([allClosed.added, allClosed.removed]).toEqual([[], ['https://jobs.example/1']])
      // A table of closed rows alone, another closed one added: no change of openings.
      const moreClosed = await marked(allClosed.after, [
        linked(1, { active: false }),
        linked(2, { active: false }),
        linked(4, { active: false })
      ])
      expect(moreClosed.after).toContain('[Company 4](https://company.example/4)')
      expect([moreClosed.added, moreClosed.removed]).toEqual([[], []])
      // Reopened: added again.
      const reopened = await marked(moreClosed.after, [linked(1), linked(2, { active: false })])
      expect([reopened.added, reopened.removed]).toEqual([['https://jobs.example/1'], []])
    })

    it('reads a table of closed rows alone as no openings, its posting column headed otherwise or not at all', async () => {
      const columns = (header: string) =>
        JSON.stringify({
          columns: [
            { header: 'Company', cell: '{{ company | link: company_url }}' },
            { header: 'Role', cell: '{{ title }}' },
            { header, cell: "{{ 'Apply' | link: url }}", posting: true }
          ]
        })
      const marked = async (readme: string, listings: RawListing[], header: string) => {
        const { io } = memoryIO({ 'README.md': readme, 'jobs.json': JSON.stringify(listings) })
        const table = columns(header)
        const config = parseConfig({ listings: 'jobs.json', now: NOW, table, utm: 'false' })
        return buildBoard({ ...config, rowShape: { ...config.rowShape, closed: 'mark' } }, io)
      }
      const linked = (n: number, extra: Partial<RawListing> = {}) =>
        listing(n, n, { company_url: `https://company.example/${n}`, ...extra })
      for (const [before, after] of [
        ['', ''],
        ['Link', 'Apply']
      ] as const) {
        const closed = [linked(1, { active: false }), linked(2, { active: false })]
        const first = await marked(TEMPLATE, closed, before)
        expect(first.after.match(/🔒/g)).toHaveLength(2)
        // One reopens (its header renamed too): one opening added, none removed, no refusal.
        const reopened = await marked(first.after, [linked(1), closed[1]!], after)
        expect([reopened.added, reopened.removed]).toEqual([['https://jobs.example/1'], []])
      }
    })

    it('counts open rows only in the stats and the chart: a closed row (🔒 or folded) is no opening', async () => {
      const readme = TEMPLATE.replace(
        'Footer.',
        '<!-- jobs:chart:start -->\n<!-- jobs:chart:end -->\nFooter.'
      )
      const listings = [
        listing(1, 1, { work_type: 'remote', skills: ['go'], salary: '100000-120000 USD' }),
        listing(2, 2, {
          active: false,
          work_type: 'on_site',
          skills: ['rust', 'java'],
          salary: '300000-300000 USD'
        })
      ]
      for (const closed of ['mark', 'details'] as const) {
        const { io } = memoryIO({ 'README.md': readme, 'jobs.json': JSON.stringify(listings) })
        const config = parseConfig({ listings: 'jobs.json', now: NOW })
        const result = await buildBoard({ ...config, rowShape: { ...config.rowShape, closed } }, io)
        expect(result.rows).toHaveLength(2)
        expect(result.stats).toEqual({
          jobs: 1,
          remotePercent: 100,
          companies: 1,
          avgSalaryK: 110,
          skills: ['go']
        })
        expect(result.after).toContain('1 job | 100% remote | 1 company | Avg salary: 110k')
        expect(result.after).toMatch(/pie showData\n.*\n\s*"Remote" : 1\n```/)
      }
    })

    it('does not count an opening the feed holds closed (active: false): a close is intended', async () => {
      const first = await run(TEMPLATE, ten)
      // 8 of the 10 closed in the feed: the default table drops them, none is gone from the feed.
      const closing = ten.map((each, index) => (index < 8 ? { ...each, active: false } : each))
      const second = await run(first.after, closing)
      expect(second.rows.map(row => row.id)).toEqual(['job-9', 'job-10'])
      expect(second.removed).toHaveLength(8)
      // Closed ones are named, not counted, when the guard fires for the ones gone.
      const gone = await failure(run(first.after, [...closing.slice(0, 2), ...ten.slice(8)]))
      expect(gone.message).toContain(
        'remove 6 of the 10 openings now in the table (60%, more than max-removed-percent 50): their postings are gone from the feed. Not counted: 2 more openings the feed holds closed (active: false).'
      )
    })

    it('does not count openings newer rows push out under max-rows: a busy day passes, every day', async () => {
      const day1 = [1, 2, 3, 4].map(n => listing(100 + n, 100 - n))
      const first = await run(TEMPLATE, day1, { 'max-rows': '4' })
      // Three newer postings: the table keeps 4 rows, 3 of the old ones pushed down, none gone.
      const day2 = [...day1, ...[1, 2, 3].map(n => listing(200 + n, 50 - n))]
      const second = await run(first.after, day2, { 'max-rows': '4' })
      expect(second.removed).toHaveLength(3)
      expect(second.added).toHaveLength(3)
      // And the next busy day too: the table is not frozen.
      const day3 = [...day2, ...[1, 2, 3, 4].map(n => listing(300 + n, 10 - n))]
      const third = await run(second.after, day3, { 'max-rows': '4' })
      expect(third.rows.map(row => row.id)).toEqual(['job-304', 'job-303', 'job-302', 'job-301'])
      expect(third.removed).toHaveLength(4)
    })

    it('does not count openings aged out past max-age-days', async () => {
      const first = await run(TEMPLATE, ten)
      // 20 hours later under a max-age-days of 1: rows 5 to 10 (posted 5 to 10 hours before the
      // first run) age out, still in the feed: 60% of the table, none gone.
      const later = {
        'max-age-days': '1',
        now: new Date(Date.parse(NOW) + 20 * 3_600_000).toISOString()
      }
      const aged = await run(first.after, ten, later)
      expect(aged.rows.map(row => row.id)).toEqual(['job-1', 'job-2', 'job-3', 'job-4'])
      expect(aged.removed).toHaveLength(6)
      // Aged out and gone together: only the ones gone count (5 of 10 is the limit).
      const error = await failure(run(first.after, ten.slice(1, 4), later))
      expect(error.message).toContain(
        'remove 7 of the 10 openings now in the table (70%, more than max-removed-percent 50): their postings are gone from the feed.'
      )
      const fewer = await run(first.after, [...ten.slice(1, 4), ...ten.slice(5)], later)
      expect(fewer.removed).toHaveLength(7)
    })

    it('counts only the openings gone from the feed, and names those pushed out and kept', async () => {
      const first = await run(TEMPLATE, ten)
      // The feed lost 6 of the 10; 2 more are pushed out by max-rows though the feed holds them.
      const error = await failure(run(first.after, ten.slice(0, 4), { 'max-rows': '2' }))
      expect(error.code).toBe('too-many-removed')
      expect(error.message).toContain(
        'remove 6 of the 10 openings now in the table (60%, more than max-removed-percent 50): their postings are gone from the feed. Not counted: 2 more openings the feed still holds open, left out by the board\'s settings ("max-rows", "max-bytes", "max-age-days" or its selection).'
      )
      expect(error.message).toContain('Check that the feed was read whole')
      // A link the feed writes with other tracking parameters (utm_*) is the same posting.
      const tracked = ten.map(each => ({ ...each, url: `${each.url}?utm_source=feed` }))
      const pushed = await run(first.after, tracked, { 'max-rows': '2' })
      expect(pushed.removed).toHaveLength(8)
    })

    it('matches a table link its cell template adds parameters to with the feed’s link', async () => {
      const table = `
columns:
  - { header: Company, cell: "{{ company }}" }
  - { header: Role, cell: "[{{ title }}]({{ url | append: '?ref=board' }})", posting: true }
`
      const first = await run(TEMPLATE, ten, { table, utm: 'false' })
      expect(first.after).toContain('(https://jobs.example/1?ref=board)')
      // A busy day under max-rows: 8 pushed out, none gone.
      const busy = await run(first.after, ten, { table, utm: 'false', 'max-rows': '2' })
      expect(busy.removed).toHaveLength(8)
      // 8 gone: refused.
      const gone = await failure(run(first.after, ten.slice(0, 2), { table, utm: 'false' }))
      expect(gone.message).toContain('remove 8 of the 10 openings now in the table (80%')
    })

    it('reads a posting column that shows its address as text, in a pipe or an HTML table', async () => {
      // The address written as text GitHub does not link (`https<!-- -->://…`), or within a
      // `<…>` the cell writes as text, or in a code span: the row is still that posting's.
      for (const [format, cell] of [
        ['pipe', '{{ url }}'],
        ['pipe', '<{{ url }}>'],
        ['html', '{{ url }}'],
        ['pipe', '`{{ url }}`'],
        ['pipe', 'apply at `{{ url }}`'],
        ['html', '`{{ url }}`']
      ]) {
        const table = `
format: ${format}
columns:
  - { header: Company, cell: "{{ company }}" }
  - { header: Apply, cell: "${cell}", posting: true }
`
        const first = await run(TEMPLATE, ten, { table, utm: 'false' })
        if (cell === '{{ url }}') expect(first.after).toContain('https<!-- -->://jobs.example/1')
        if (cell === '`{{ url }}`')
          expect(first.after).toContain(
            format === 'pipe' ? '`https://jobs.example/1`' : '<code>https://jobs.example/1</code>'
          )
        expect(first.added).toHaveLength(10)
        const gone = await failure(run(first.after, ten.slice(0, 1), { table, utm: 'false' }))
        expect(gone.message).toContain('remove 9 of the 10 openings now in the table (90%')
        const kept = await run(first.after, ten.slice(0, 6), { table, utm: 'false' })
        expect([kept.added.length, kept.removed.length]).toEqual([0, 4])
        expect(kept.warnings).toEqual([])
      }
    })

    it('warns when the posting column shows no link in any row, naming it', async () => {
      const table = `
columns:
  - { header: Company, cell: "{{ company }}" }
  - { header: Apply, cell: "{{ url | remove: 'https://' }}", posting: true }
`
      const first = await run(TEMPLATE, ten, { table, utm: 'false' })
      expect(first.warnings).toContain(
        'column 2 ("Apply") of the table holds the posting link, but none of its rows shows a link or an address there: the run cannot tell which openings it adds and removes (the +/- counts do not go by postings) and max-removed-percent cannot guard against a broken feed. Make that column\'s cell link the posting, e.g. "{{ title | link: url }}" or "{{ \'Apply\' | link: url }}", or mark the column whose cell links the posting with "posting: true".'
      )
      // A table that shows the posting's link has no such warning.
      expect((await run(TEMPLATE, ten)).warnings).toEqual([])
    })

    it('reads an old table whose columns the boards file moved by its headers', async () => {
      const withUrls = ten.map((each, index) => ({
        ...each,
        company_url: `https://company.example/${index + 1}`
      }))
      const company = '{ header: Company, cell: "{{ company | link: company_url }}" }'
      const role = '{ header: "{{ labels.position }}", cell: "{{ title | link: url }}" }'
      for (const format of ['pipe', 'html']) {
        const table = (...columns: string[]) =>
          `{ format: ${format}, columns: [${columns.join(', ')}] }`
        const before = table(company, role)
        const after = table(role, company)
        const first = await run(TEMPLATE, withUrls, { table: before, utm: 'false' })
        // Role before Company, the same feed: the same openings, none removed.
        const moved = await run(first.after, withUrls, { table: after, utm: 'false' })
        expect(moved.after).not.toBe(first.after)
        expect([moved.added, moved.removed]).toEqual([[], []])
        // And a feed that lost most of them is still stopped, counting the openings it lost.
        const gone = await failure(
          run(first.after, withUrls.slice(0, 3), { table: after, utm: 'false' })
        )
        expect(gone.message).toContain(
          'remove 7 of the 10 openings now in the table (70%, more than max-removed-percent 50): their postings are gone from the feed.'
        )
        // 3 gone of 10: passes, the 3 named by their postings.
        const fewer = await run(first.after, withUrls.slice(0, 7), { table: after, utm: 'false' })
        expect(fewer.removed).toEqual([8, 9, 10].map(n => `https://jobs.example/${n}`))
      }
    })

    it('reads the posting column of an old table that heads two columns alike where it is', async () => {
      const withUrls = ten.map((each, index) => ({
        ...each,
        company_url: `https://company.example/${index + 1}`
      }))
      const company = '{ header: Link, cell: "{{ company | link: company_url }}" }'
      const role = '{ header: Link, cell: "{{ title | link: url }}" }'
      for (const format of ['pipe', 'html'])
        for (const [before, after] of [
          [
            [company, role],
            [role, company]
          ],
          [
            [role, company],
            [company, role]
          ]
        ] as const) {
          const table = (columns: readonly string[]) =>
            `{ format: ${format}, columns: [${columns.join(', ')}] }`
          const first = await run(TEMPLATE, withUrls, { table: table(before), utm: 'false' })
          // Both headed Link, swapped: the same openings, none removed.
          const moved = await run(first.after, withUrls, { table: table(after), utm: 'false' })
          expect(moved.after).not.toBe(first.after)
          expect({ format, before, added: moved.added, removed: moved.removed }).toEqual({
            format,
            before,
            added: [],
            removed: []
          })
          // A feed that lost most of them is still stopped, counting the postings it lost.
          const gone = await failure(
            run(first.after, withUrls.slice(0, 3), { table: table(after), utm: 'false' })
          )
          expect(gone.message).toContain('remove 7 of the 10 openings now in the table (70%')
          const fewer = await run(first.after, withUrls.slice(0, 7), {
            table: table(after),
            utm: 'false'
          })
          expect(fewer.removed).toEqual([8, 9, 10].map(n => `https://jobs.example/${n}`))
          // Left out by max-rows, the feed still holding them: no sign of a broken feed.
          const capped = await run(first.after, withUrls, {
            table: table(after),
            utm: 'false',
            'max-rows': '3'
          })
          expect(capped.removed).toHaveLength(7)
        }
    })

    it('is turned off by 100', async () => {
      const first = await run(TEMPLATE, ten)
      const second = await run(first.after, ten.slice(0, 1), { 'max-removed-percent': '100' })
      expect(second.rows).toHaveLength(1)
    })
  })

  describe('invalid records', () => {
    const broken = (n: number) => ({ ...listing(100 + n), url: `ftp://x/${n}` })

    it('warns once each, at most 20, then counts the rest', async () => {
      const result = await run(TEMPLATE, [
        ...ten,
        ...Array.from({ length: 25 }, (_, n) => broken(n))
      ])
      const skipped = result.warnings.filter(warning => warning.startsWith('Skipped'))
      expect(skipped).toHaveLength(21)
      expect(skipped[0]).toBe('Skipped listing #11 (id job-100): url: not an http(s) URL')
      expect(skipped[20]).toBe('Skipped 5 more invalid listings (25 in all).')
      expect(result.invalid).toHaveLength(25)
    })

    it('fail the run with strict, naming the first', async () => {
      const error = await failure(run(TEMPLATE, [...ten, broken(1)], { strict: 'true' }))
      expect(error.code).toBe('invalid-record')
      expect(error.message).toContain('Listing #11 (id job-101)')
    })
  })

  describe('max-bytes', () => {
    const many = Array.from({ length: 300 }, (_, index) => listing(index + 1, index / 10))
    const uncapped = { 'max-rows': '0', 'max-bytes': '20000' }

    it('keeps the README under the cap, dropping the oldest rows, with a note', async () => {
      const result = await run(TEMPLATE, many, uncapped)
      expect(Buffer.byteLength(result.after)).toBeLessThanOrEqual(20000)
      expect(result.leftOut).toBeGreaterThan(0)
      expect(result.rows.map(row => row.id)).toEqual(
        many.slice(0, result.rows.length).map(l => l.id)
      )
      expect(result.after).toContain(`${result.leftOut} more openings are not shown`)
      expect(result.stats.jobs).toBe(result.rows.length)
      expect(result.rows.length + result.leftOut).toBe(300)
      const html = renderGfm(result.after)
      expect((html.match(/<table>/g) ?? []).length).toBe(1)
      expect(tableRows(html)).toBe(result.rows.length)
    })

    it('counts the openings left out, not the closed rows shown with closed: mark', async () => {
      const mixed = many.map((each, index) => (index % 3 === 2 ? { ...each, active: false } : each))
      const result = await run(TEMPLATE, mixed, { ...uncapped, closed: 'mark' })
      const shown = new Set(result.rows.map(row => row.id))
      const cut = mixed.filter(each => !shown.has(each.id))
      const openCut = cut.filter(each => each.active !== false).length
      expect(openCut).toBeGreaterThan(0)
      expect(openCut).toBeLessThan(cut.length)
      expect(result.leftOut).toBe(openCut)
      expect(result.after).toContain(`_${openCut} more openings are not shown`)
    })

    it('uses the room it has: a slightly larger cap shows more rows', async () => {
      const result = await run(TEMPLATE, many, uncapped)
      const bigger = await run(TEMPLATE, many, { ...uncapped, 'max-bytes': String(20000 + 400) })
      expect(bigger.rows.length).toBeGreaterThan(result.rows.length)
    })

    it('is stable: a second run with the same inputs changes nothing', async () => {
      const first = await run(TEMPLATE, many, uncapped)
      const second = await run(first.after, many, uncapped)
      expect(second.changed).toBe(false)
    })

    it('fails naming max-bytes when the README is over it even without any row', async () => {
      const padded = `${TEMPLATE}${'Long hand-written text.\n'.repeat(1000)}`
      const error = await failure(run(padded, many, uncapped))
      expect(error.code).toBe('readme-too-large')
      expect(error.message).toMatch(
        /README\.md would be [\d,]+ bytes even without any opening, over max-bytes 20,000/
      )
    })

    it('keeps a CRLF README under the cap too', async () => {
      const result = await run(TEMPLATE.replaceAll('\n', '\r\n'), many, uncapped)
      expect(Buffer.byteLength(result.after)).toBeLessThanOrEqual(20000)
      expect(result.after.replaceAll('\r\n', '')).not.toContain('\n')
    })
  })
})
