/**
 * The seed boards (real READMEs of the format the default table follows): each row rendered
 * from the data it shows is the same bytes as the board's own line, and so are the header and
 * the delimiter row. Skipped when the corpus is not on this machine.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Table, TableCell } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { gfmTable } from 'micromark-extension-gfm-table'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Listing, WorkType } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'

// The corpus sits beside the repository when present (../shared/corpus).
const SEEDS = fileURLToPath(new URL('../../../shared/corpus/jobr-readmes', import.meta.url))
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter(name => name.endsWith('.md')) : []
const describeSeeds = seeds.length > 0 ? describe : describe.skip

/** The table's lines in the README, from its header row to its last row. */
function tableLinesOf(readme: string): string[] {
  const lines = readme.split('\n')
  const header = lines.findIndex(line => line.startsWith('| Company |'))
  const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'))
  return lines.slice(header, end)
}

function parsedTable(lines: string[]): Table {
  const tree = fromMarkdown(lines.join('\n'), {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
  return tree.children[0] as Table
}

const WORK_TYPES: Record<string, WorkType> = {
  Remote: 'remote',
  Hybrid: 'hybrid',
  'On Site': 'on_site'
}

/** The listing a row shows: its texts, links, work type and day (in 2025, noon UTC). */
function listingOf(cells: TableCell[]): Listing {
  const [company, position, location, type, date] = cells
  return {
    id: '1',
    company: toString(company),
    companyUrl: firstUrl(company!),
    title: toString(position),
    url: firstUrl(position!)!,
    location: toString(location),
    workType: WORK_TYPES[toString(type)]!,
    postedAt: Date.parse(`${toString(date)} 2025 12:00 UTC`),
    skills: [],
    active: true,
    position: 0,
    record: {}
  }
}

function firstUrl(cell: TableCell): string | undefined {
  const strong = cell.children[0]
  const link = strong?.type === 'strong' ? strong.children[0] : undefined
  return link?.type === 'link' ? link.url : undefined
}

/**
 * The one difference on purpose: a company whose url is empty is bold text, where the boards
 * write an empty link (`**[Name]()**`, which GitHub turns into a link to the page itself).
 */
function withoutEmptyLink(line: string): string {
  return line.replace(/^\| \*\*\[(.*?)\]\(\)\*\* \|/, '| **$1** |')
}

describeSeeds('the seed boards', () => {
  it.each(seeds)('%s: every table line is written byte for byte from its data', name => {
    const lines = tableLinesOf(readFileSync(`${SEEDS}/${name}`, 'utf8'))
    const rows = parsedTable(lines).children.slice(1)
    const campaign = new URL(firstUrl(rows[0]!.children[1]!)!).searchParams.get('utm_campaign')!
    const table = openingsTable(
      rows.map(row => listingOf(row.children)),
      {
        labels: DEFAULT_LABELS,
        timezone: 'UTC',
        utm: { source: 'github', medium: 'repo', campaign }
      }
    )
    expect(rows.length).toBeGreaterThan(10)
    expect(toMarkdown(table).split('\n')).toEqual(lines.map(withoutEmptyLink))
  })
})
