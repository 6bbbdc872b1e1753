/**
 * Properties: whatever a feed sends, the openings zone renders as one table with one row per
 * shown listing, each cell showing the listing's text, every link http(s) and one the listing
 * gave; a second run changes nothing; no byte outside the zones moves.
 * On failure fast-check prints the seed and the shrunk batch; rerun with `{ seed, path }`.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { normalizeUrl } from '../../src/url.js'
import type { ZoneName } from '../../src/zones/find.js'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles, type CliRun } from '../helpers/cli.js'
import { renderGfm } from '../helpers/cmark.js'
import { githubReferences } from '../helpers/github-references.js'
import { readTable } from '../render/html.js'
import { hostileBatch, oddUrl, plainText, type HostileRecord } from './alphabets.js'
import { NOW, runBoard, serialize, type Format } from './board.js'
import { hardReadme, zoneContents, type ReadmeShape, type ReadmeTemplate } from './readme.js'
import { expectedRows, linkTarget, schemeOf } from './expected.js'

const ZONES: ZoneName[] = ['openings', 'updated', 'stats']

const readmeShape: fc.Arbitrary<ReadmeShape> = fc.record({
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  order: fc.shuffledSubarray(ZONES, { minLength: 3, maxLength: 3 })
})

const format = fc.constantFrom<Format>('json', 'jsonl', 'csv', 'yaml')

describe('hostile listings through the pipeline', () => {
  it('show their text literally, cell for cell, in every format and README shape', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBatch(), readmeShape, format, fc.boolean(), expectTwoRuns),
      { numRuns: 150 }
    )
  })

  it('show the same through the built CLI, with the files on disk', () => {
    fc.assert(
      fc.property(hostileBatch({ maxLength: 4 }), readmeShape, format, (records, shape, format) => {
        const template = hardReadme(shape)
        const dir = scratchDir()
        const listings = `listings.${format}`
        writeFiles(dir, { 'README.md': template.text, [listings]: serialize(records, format) })
        const args = [
          '--listings',
          listings,
          '--category',
          'backend',
          '--now',
          NOW,
          '--allow-empty'
        ]

        expectSuccess(runCli(args, { cwd: dir }))
        expectVisitorSees(read(join(dir, 'README.md')), template, records, { utm: true })
        expectSuccess(runCli([...args, '--check'], { cwd: dir }))
      }),
      { numRuns: 5 }
    )
  })

  it('link every address spelling to where the feed pointed, and a second run changes nothing', async () => {
    const batch = hostileBatch({ text: plainText, url: oddUrl })
    await fc.assert(fc.asyncProperty(batch, readmeShape, format, fc.boolean(), expectTwoRuns), {
      numRuns: 100
    })
  })
})

describe('addresses a careless feed sends (each was a counterexample of the properties)', () => {
  const shape: ReadmeShape = { eol: '\n', bom: false, finalNewline: true, order: ZONES }

  function oneRecord(fields: Partial<HostileRecord>): HostileRecord {
    return {
      id: 'one',
      company: 'Acme',
      title: 'Backend Engineer',
      url: 'https://jobs.example/1',
      posted_at: '2025-10-22T12:00:00Z',
      categories: ['backend'],
      ...fields
    }
  }

  /** One listing through two runs, checked as the properties check it. */
  function oneListing(fields: Partial<HostileRecord>, utm: boolean): Promise<void> {
    return expectTwoRuns([oneRecord(fields)], shape, 'json', utm)
  }

  it('links company_url "https:acme.example" to acme.example, not to a page of the repository', async () => {
    await oneListing({ company_url: 'https:acme.example' }, true)
  })

  it('links url "https:/jobs.example/1" to jobs.example when utm is off', async () => {
    await oneListing({ url: 'https:/jobs.example/1' }, false)
  })

  it('links a company_url with a line break or tab inside to the address it names', async () => {
    await oneListing({ company_url: 'https://acme.example/about\n\tus' }, true)
  })

  it('changes nothing on a second run when a posting query holds ":" or ","', async () => {
    await oneListing({ url: 'https://jobs.example/apply?ref=a:b&loc=Berlin,DE' }, true)
  })

  it('links an address holding a character reference to the address the feed named', async () => {
    // GitHub decodes `&sol;` in a destination even after a backslash: `\\&sol;` would reach the
    // page as `/`, another address than the feed's.
    await oneListing({ company_url: 'https://acme.example/a&sol;b' }, true)
    await oneListing({ url: 'https://jobs.example/1&sol;x?a=&lt;' }, false)
  })

  it('links no address with a user before its host, which reads as one site and opens another', async () => {
    // Written as it is, `&sol;` decoded, the company link would lead to evil.example.
    const company_url = 'https://evil.example&sol;@acme.example/'
    await oneListing({ company_url }, true)

    const { result } = await runBoard(hardReadme(shape).text, [oneRecord({ company_url })], 'json')
    const links = readTable(renderGfm(result.after)).links
    expect(links.map(link => new URL(link.replaceAll('&amp;', '&')).host)).toEqual(['jobs.example'])
  })

  it('drops a control character at the edge of a location item with the spaces around it', async () => {
    const location = ['Platform{{x}})\u0000 ', '\u001b עברית']
    await oneListing({ location }, true)

    const { result } = await runBoard(hardReadme(shape).text, [oneRecord({ location })], 'json')
    expect(readTable(renderGfm(result.after)).rows[0]?.[2]).toBe('Platform{{x}}); עברית')
  })

  it('shows private-use characters, the ones cell templates mark values with, as they are', async () => {
    const title = '\uE000 \uE0000\uE001 a\uE002b \uE001'
    await oneListing({ title, company: '\uE0021\uE001', location: ['\uE002', 'x\uE000'] }, true)

    const { result } = await runBoard(hardReadme(shape).text, [oneRecord({ title })], 'json')
    expect(readTable(renderGfm(result.after)).rows[0]?.[1]).toBe(title)
  })

  it('normalizes a url the same with or without utm parameters (the identity the guard compares)', () => {
    const url = 'https://jobs.example/apply?ref=a:b&loc=Berlin,DE'
    expect(normalizeUrl(`${url}&utm_source=github`)).toBe(normalizeUrl(url))
  })
})

/** Two runs of one batch; every assertion of the properties. */
async function expectTwoRuns(
  records: HostileRecord[],
  shape: ReadmeShape,
  format: Format,
  utm: boolean
): Promise<void> {
  const template = hardReadme(shape)
  const inputs = { utm: String(utm), 'allow-empty': 'true' }
  const { result } = await runBoard(template.text, records, format, inputs)

  expectVisitorSees(result.after, template, records, { utm })
  const again = await runBoard(result.after, records, format, inputs)
  expect(again.result.changed).toBe(false)
  expect(again.result.after).toBe(result.after)
}

/** Exit 0; on any other status, what the CLI printed shows in the failure. */
function expectSuccess(run: CliRun): void {
  expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
    status: 0,
    stderr: ''
  })
}

/** Elements a table of ours may contain; anything else came from listing text. */
const TABLE_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'a'])

/** What cmark-gfm (GitHub's renderer) makes of the README. */
function expectVisitorSees(
  readme: string,
  template: ReadmeTemplate,
  records: HostileRecord[],
  { utm }: { utm: boolean }
): void {
  zoneContents(readme, template) // throws when a byte outside the zones moved
  const expected = expectedRows(records, { utm })
  const html = renderGfm(readme)
  const table = readTable(html)

  expect(table.tables).toBe(1)
  expect(table.rows).toEqual(expected.map(row => row.cells))
  expect(
    table.links.map(schemeOf).filter(scheme => scheme !== 'http:' && scheme !== 'https:')
  ).toEqual([])
  expect(table.links.map(linkTarget)).toEqual(expected.flatMap(row => row.links))
  const tableHtml = html.slice(html.indexOf('<table>'), html.indexOf('</table>'))
  expect(foreignElementsIn(tableHtml)).toEqual([])
  // Shown in a comment (a contribution's row, a link check's report), nothing in it would
  // notify a person or mark an issue.
  expect(githubReferences(tableHtml)).toEqual([])
  expect(readme).toContain(
    `**Current Stats:** ${expected.length} ${expected.length === 1 ? 'job' : 'jobs'}`
  )
}

/** HTML elements other than the table's own. */
function foreignElementsIn(html: string): string[] {
  const names = [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map(match => match[1]!.toLowerCase())
  return names.filter(name => !TABLE_ELEMENTS.has(name))
}
