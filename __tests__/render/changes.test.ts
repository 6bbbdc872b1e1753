/**
 * Change detection reads the old table as GitHub does, through the column model that writes
 * it: our own tables give back the posting links they were written with, and a table written
 * by another tool (SimplifyJobs' format, apply links in HTML cells) still has every row
 * counted, so the removal guard fires when a feed loses most openings.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Table } from 'mdast'
import { existsSync, readFileSync } from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import {
  comparedLink,
  HeldOpenings,
  tableChanges,
  type NewTable,
  type OldZone
} from '../../src/changes.js'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { DEFAULT_TABLE, postingColumn, type ColumnSettings } from '../../src/config/table.js'
import { tableColumns } from '../../src/render/columns.js'
import type { Listing } from '../../src/model.js'
import { tableLines, toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { normalizeUrl } from '../../src/url.js'
import { findZones } from '../../src/zones/find.js'
import { zoneContent } from '../../src/zones/splice.js'
import { runBoard, TWO_OPENINGS } from '../hostile/board.js'
import { listingText, postingUrl } from './arbitraries.js'
import { listing } from './listing.js'

const UTM = { source: 'github', medium: 'repo', campaign: 'c' }

/** Where the default table (ourTable's) has its posting links. */
const POSTING_COLUMN = { index: postingColumn(DEFAULT_TABLE) }

/** Our table of `rows` as a new zone: the tree, and the text written from it. */
function ourTable(rows: Listing[], utm = true): NewTable {
  const table = openingsTable(rows, {
    labels: DEFAULT_LABELS,
    timezone: 'UTC',
    utm: utm ? UTM : undefined
  })
  return { text: toMarkdown(table), table }
}

/** A table of another tool's as a new zone: its text, and its tree as GitHub reads it. */
function theirs(text: string): NewTable {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text)
  const table = tree.children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('no table')
  return { text, table }
}

/** A table as SimplifyJobs writes it: company links, `↳`, and HTML apply buttons or 🔒. */
function simplifyTable(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => {
    const company =
      index % 3 === 1 ? '↳' : `**[Company ${index}](https://simplify.jobs/c/${index})**`
    const apply =
      index % 5 === 4
        ? '🔒'
        : `<a href="https://jobs.example/${index}?utm_source=Simplify&amp;ref=Simplify"><img src="https://i.imgur.com/u1KNU8z.png" width="118" alt="Apply"></a>`
    return `| ${company} | Intern ${index} \\| SWE | NYC</br>SF | ${apply} | Oct 24 |`
  })
  return [
    '| Company | Role | Location | Application/Link | Date Posted |',
    '| ------- | ---- | -------- | ---------------- | ----------- |',
    ...rows
  ].join('\n')
}

/** `text` as a README's zone on the page: its text and tables, as the zone finder reads them. */
async function onPage(text: string): Promise<OldZone> {
  return openingsZone(
    `# Jobs\n\n<!-- jobs:openings:start -->\n${text}\n<!-- jobs:openings:end -->\n`
  )
}

/** The openings zone of `readme`, as the zone finder reads it. */
async function openingsZone(readme: string): Promise<OldZone> {
  const zone = (await findZones(readme, 'jobs')).get('openings')!
  return { text: zoneContent(readme, zone), tables: zone.tables }
}

/** The changes from `old` to our table of listings at `urls`. */
async function changesTo(old: string, urls: string[]) {
  return tableChanges(
    await onPage(old),
    ourTable(urls.map(url => listing({ url }))),
    urls,
    POSTING_COLUMN
  )
}

describe('tableChanges', () => {
  it('reads back the posting links a table of hostile rows was written with', async () => {
    const row = fc
      .record({ company: listingText, title: listingText, url: postingUrl, location: listingText })
      .map(fields => listing(fields))
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), fc.boolean(), async (rows, utm) => {
        const urls = rows.map(shown => shown.url)
        // The old table read from its text, the new one from the tree its text is written from.
        const changes = await tableChanges(
          await onPage(ourTable(rows, utm).text),
          ourTable(rows, !utm),
          urls,
          POSTING_COLUMN
        )
        expect(changes).toEqual({ added: [], removed: [], previousRows: rows.length })
      }),
      { numRuns: 200 }
    )
  })

  it('names the rows a run changed when the table says which rows it wrote as before', async () => {
    const row = fc
      .record({ company: listingText, title: listingText, url: postingUrl, location: listingText })
      .map(fields => listing(fields))
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 8 }),
        fc.array(row, { maxLength: 4 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        async (old, fresh, kept) => {
          // The new table keeps some of the old rows (written as before) among new ones.
          const rows = [...fresh, ...old.filter((_, index) => kept[index] ?? true)]
          const table = ourTable(rows)
          const changes = await tableChanges(
            await onPage(ourTable(old).text),
            { ...table, rowLines: tableLines(table.table).body },
            rows.map(shown => shown.url),
            POSTING_COLUMN
          )
          const link = (shown: Listing) => normalizeUrl(shown.url!)
          const before = new Set(old.map(link))
          const after = new Set(rows.map(link))
          const removed = [...before].filter(url => !after.has(url))
          // Every row of ours is an opening: its posting column holds its link.
          const openings = {
            before: before.size,
            removed: removed.length,
            vanished: removed.length,
            closed: 0,
            others: 0
          }
          expect(changes).toEqual({
            added: [...after].filter(url => !before.has(url)),
            removed,
            previousRows: old.length,
            ...(removed.length > 0 ? { openings } : {})
          })
        }
      ),
      { numRuns: 200 }
    )
  })

  it('reads back the links of HTML cells as a custom posting column writes them', async () => {
    // SimplifyJobs' shape: the company a link, the apply button an `<a href>` around an image.
    const columns = tableColumns([
      column('Company', '**{{ company | link: company_url }}**', false),
      column('Role', '{{ title }}', false),
      column(
        'Application',
        '{% assign apply = url | with_query: "ref=Simplify" %}<a href="{{ apply }}"><img src="https://i.example/a.png" alt="Apply"></a>',
        true
      )
    ])
    const row = fc
      .record({ company: listingText, title: listingText, url: postingUrl })
      .map(fields => listing({ ...fields, companyUrl: 'https://simplify.jobs/c/1' }))
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), async rows => {
        const table = openingsTable(rows, { labels: DEFAULT_LABELS, timezone: 'UTC', columns })
        const text = toMarkdown(table)
        const urls = rows.map(shown => shown.url)
        expect(
          await tableChanges(await onPage(text), { text: `${text}\n`, table }, urls, { index: 2 })
        ).toEqual({
          added: [],
          removed: [],
          previousRows: rows.length
        })
      }),
      { numRuns: 100 }
    )
  })

  it('names the links added and removed, without tracking parameters', async () => {
    const { text: old } = ourTable([
      listing({ url: 'https://jobs.example/1?a=b&utm_source=x' }),
      listing({ url: 'https://jobs.example/2' })
    ])
    expect(await changesTo(old, ['https://jobs.example/2', 'https://jobs.example/3'])).toEqual({
      added: ['https://jobs.example/3'],
      removed: ['https://jobs.example/1?a=b'],
      previousRows: 2,
      openings: { before: 2, removed: 1, vanished: 1, closed: 0, others: 0 }
    })
  })

  it('counts every row of a table another tool wrote, its links in HTML cells', async () => {
    const changes = await changesTo(simplifyTable(919), [
      'https://jobs.example/0?ref=Simplify',
      'https://new.example/1',
      'https://new.example/2'
    ])
    expect(changes.previousRows).toBe(919)
    expect(changes.added).toEqual(['https://new.example/1', 'https://new.example/2'])
    // Rows with an apply link: that link; locked rows (🔒) are closed, no opening: their
    // company's link is not counted.
    expect(changes.removed).toContain(normalizeUrl('https://jobs.example/5?ref=Simplify'))
    expect(changes.removed).not.toContain('https://simplify.jobs/c/9')
    const open = simplifyTable(919)
      .split('\n')
      .filter(line => line.startsWith('|') && !line.includes('🔒'))
    expect(changes.removed.length).toBeGreaterThan(700)
    expect(changes.removed.length).toBeLessThanOrEqual(open.length - 2)
  })

  it('compares links as the cell template writes them, and names a new row by its listing', async () => {
    const urls = Array.from({ length: 11 }, (_, index) => `https://jobs.example/${index}`)
    // Their apply links carry `ref=Simplify`, which is no tracking parameter we know of.
    expect(
      await tableChanges(
        await onPage(simplifyTable(10)),
        theirs(simplifyTable(10)),
        urls.slice(0, 10),
        { index: 3 }
      )
    ).toEqual({
      added: [],
      removed: [],
      previousRows: 10
    })
    expect(
      await tableChanges(await onPage(simplifyTable(10)), theirs(simplifyTable(11)), urls, {
        index: 3
      })
    ).toEqual({
      added: ['https://jobs.example/10'],
      removed: [],
      previousRows: 10
    })
    expect(
      await tableChanges(
        await onPage(simplifyTable(11)),
        theirs(simplifyTable(10)),
        urls.slice(0, 10),
        { index: 3 }
      )
    ).toEqual({
      added: [],
      removed: ['https://jobs.example/10?ref=Simplify'],
      previousRows: 11,
      // Every fifth row is closed: 🔒 where the apply button goes, named by its company's link.
      openings: { before: 9, removed: 1, vanished: 1, closed: 0, others: 2 }
    })
  })

  it('reads a cell link whose reference is defined anywhere in the README, as GitHub does', async () => {
    const readme = [
      '<!-- jobs:openings:start -->',
      '| Company | Position |',
      '| --- | --- |',
      '| A | [Apply][one] |',
      '<!-- jobs:openings:end -->',
      '',
      '[one]: https://jobs.example/1?ref=a',
      ''
    ].join('\n')
    expect(
      await tableChanges(await openingsZone(readme), ourTable([]), [], POSTING_COLUMN)
    ).toEqual({
      added: [],
      removed: ['https://jobs.example/1?ref=a'],
      previousRows: 1,
      openings: { before: 1, removed: 1, vanished: 1, closed: 0, others: 0 }
    })
  })

  it('reads each spelling of a link a cell can hold, a bare address as GitHub links it', async () => {
    const table = [
      '| Company | Position | Apply |',
      '| --- | --- | --- |',
      '| A | Engineer | <https://jobs.example/1> |',
      '| B | Engineer | <a href="https://jobs.example/2">Apply</a> |',
      '| C | Engineer | ![Apply](https://img.example/a.png) [Apply](https://jobs.example/3) |',
      '| D | Engineer \\[not a link\\] | https://jobs.example/4 |',
      '| E | Engineer | [![Apply](https://img.example/a.png)](https://jobs.example/5) |'
    ].join('\n')
    expect(await changesTo(table, [])).toEqual({
      added: [],
      removed: [
        'https://jobs.example/1',
        'https://jobs.example/2',
        'https://jobs.example/3',
        'https://jobs.example/4',
        'https://jobs.example/5'
      ],
      previousRows: 5,
      // D's address, bare, is a link: GitHub's autolink extension links it.
      openings: { before: 5, removed: 5, vanished: 5, closed: 0, others: 0 }
    })
  })

  it('reads addresses text shows as cmark-gfm links them, an escaped one too, one in code', async () => {
    const table = [
      '| Company | Position | Apply |',
      '| --- | --- | --- |',
      '| A | Engineer | see https://jobs.example/1. |',
      '| B | Engineer | www.jobs.example/2 |',
      '| C | Engineer | `https://jobs.example/3` |',
      '| D | Engineer | https\\://jobs.example/4 |',
      '| E | Engineer | [Apply](https://jobs.example/5) https://jobs.example/6 |'
    ].join('\n')
    expect(await changesTo(table, [])).toMatchObject({
      removed: [
        'https://jobs.example/1',
        'http://www.jobs.example/2',
        // GitHub shows C's address as code, unlinked: the row is still that posting's.
        'https://jobs.example/3',
        'https://jobs.example/4',
        'https://jobs.example/5'
      ],
      previousRows: 5
    })
  })

  it('counts the rows of no table as none', async () => {
    expect(await changesTo('', ['https://jobs.example/1'])).toMatchObject({ previousRows: 0 })
    expect(await changesTo('a | b', [])).toMatchObject({ previousRows: 0 })
  })

  // The corpus sits beside the repository when present (../shared/corpus).
  const SIMPLIFY = fileURLToPath(
    new URL('../../../shared/corpus/simplify-summer2025/README.md', import.meta.url)
  )
  const itOnCorpus = existsSync(SIMPLIFY) ? it : it.skip

  itOnCorpus('counts the 919 rows of the real SimplifyJobs README', async () => {
    const readme = readFileSync(SIMPLIFY, 'utf8')
    const table = readme.slice(
      readme.indexOf('| Company |'),
      readme.indexOf('\n\n<!--', readme.indexOf('| Company |'))
    )
    const changes = await changesTo(table, [])
    expect(changes.previousRows).toBe(919)
    // Every open row's posting; a closed row (🔒) is no opening, its company's link none.
    const open = table.split('\n').filter(line => line.startsWith('|') && !line.includes('🔒'))
    expect(changes.removed.length).toBeGreaterThan(400)
    expect(changes.removed.length).toBeLessThanOrEqual(open.length - 2)
  })
})

describe('the removal guard', () => {
  it('stops a run that would replace a 919-row table of another format with 2 rows', async () => {
    const readme = `# Jobs\n\n<!-- jobs:openings:start -->\n${simplifyTable(919)}\n<!-- jobs:openings:end -->\n`
    await expect(runBoard(readme, TWO_OPENINGS.map(withId), 'json')).rejects.toMatchObject({
      code: 'too-many-removed'
    })
  })
})

function column(header: string, cell: string, posting: boolean): ColumnSettings {
  return { header, cell, posting, align: null, delimiter: '---' }
}

function withId(record: (typeof TWO_OPENINGS)[number], index: number) {
  return { ...record, id: String(index), categories: ['backend'] }
}

describe('HeldOpenings', () => {
  it('finds a watched link in the feed however the feed writes it, as the tables are compared', () => {
    // The ways a feed writes one posting: tracking parameters, a fragment, a trailing slash, the
    // host in capitals, spaces around.
    const spellings = (url: string): string[] => {
      const parsed = new URL(url)
      const join = parsed.search ? '&' : '?'
      const bare = `${parsed.origin}${parsed.pathname}${parsed.search}`
      return [
        url,
        `${url}${join}utm_source=feed#apply`,
        ` ${bare.replace(parsed.host, parsed.host.toUpperCase())} `,
        `${parsed.origin}${parsed.pathname.replace(/\/?$/, '/')}${parsed.search}`
      ]
    }
    fc.assert(
      fc.property(postingUrl, postingUrl, fc.boolean(), (watched, other, active) => {
        const link = comparedLink(watched)
        for (const spelling of spellings(watched).filter(each => comparedLink(each) === link)) {
          const held = new HeldOpenings()
          held.watch([link])
          // Another posting's link is none of it.
          if (comparedLink(other) !== link) {
            held.see(other, true)
            expect(held.of(link)).toBeUndefined()
          }
          held.see(spelling, active)
          expect(held.of(link)).toBe(active ? 'open' : 'closed')
          // Open anywhere in the feed is open.
          held.see(spelling, true)
          expect(held.of(link)).toBe('open')
        }
      }),
      { numRuns: 300 }
    )
  })

  it('tells only the links watched, each by what the feed holds of it', () => {
    const held = new HeldOpenings()
    held.watch(['https://jobs.example/1', 'https://jobs.example/2', 'https://jobs.example/a'])
    for (const url of ['https://jobs.example/1?utm_medium=x', 'https://jobs.example/3', 7])
      held.see(url, true)
    held.see('HTTPS://JOBS.example/2/', false)
    // A last segment the parse resolves (`..`) is read whole.
    held.see('https://jobs.example/a/b/..', true)
    expect(['1', '2', '3', 'a'].map(path => held.of(`https://jobs.example/${path}`))).toEqual([
      'open',
      'closed',
      undefined,
      'open'
    ])
  })
})

describe('HeldOpenings, a table whose cell template adds parameters to the feed’s link', () => {
  it('holds the table’s link when every parameter of the listing’s is in it', () => {
    const held = new HeldOpenings()
    const links = [
      'https://jobs.example/1?ref=board',
      'https://jobs.example/apply?id=2&ref=board',
      'https://jobs.example/apply?id=3&ref=board',
      'https://jobs.example/4?ref=board'
    ]
    held.watch(links)
    held.see('https://jobs.example/1', true)
    held.see('https://jobs.example/apply?id=2&utm_source=feed', false)
    held.see('https://jobs.example/apply?id=30', true)
    held.see('https://jobs.example/4?lang=de', true)
    expect(links.map(link => held.of(link))).toEqual(['open', 'closed', undefined, undefined])
  })

  it('holds none of a table’s postings by the page they share without their own parameters', () => {
    // A feed that lost its postings but a general application at the board's page.
    const held = new HeldOpenings()
    const links = [1, 2, 3].map(n => `https://careers.example/jobs?gh_jid=${n}&ref=board`)
    held.watch(links)
    held.see('https://careers.example/jobs', true)
    held.see('https://careers.example/jobs?ref=board', true)
    expect(links.map(link => held.of(link))).toEqual([undefined, undefined, undefined])
    held.see('https://careers.example/jobs?gh_jid=2', false)
    expect(links.map(link => held.of(link))).toEqual([undefined, 'closed', undefined])
    // A table of one link: its parameters may all be the template's.
    const one = new HeldOpenings()
    one.watch(['https://careers.example/jobs?gh_jid=9&ref=board'])
    one.see('https://careers.example/jobs?gh_jid=9', true)
    expect(one.of('https://careers.example/jobs?gh_jid=9&ref=board')).toBe('open')
  })
})
