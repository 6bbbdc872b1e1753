/**
 * The openings tables of a board's README, found the way a maintainer would point at them:
 *
 * 1. the tables between the board script's own `TABLE_START` and `TABLE_END` comments
 *    (SimplifyJobs, speedyapply and their forks write them);
 * 2. else the first table after a heading that mentions openings or jobs;
 * 3. else the tables whose header names a company and a role (title, position), pipe or HTML.
 *
 * One table is the `openings` zone; several are each a zone of their own (`openings:NAME`, NAME
 * from the heading above it), as boards with a table per category write them.
 */
import GithubSlugger from 'github-slugger'
import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Heading, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** A table found in the README, with what a boards file needs to write it back as it is. */
export interface FoundTable {
  /** 1-based, inclusive. */
  first: number
  last: number
  format: 'pipe' | 'html'
  /** The header cells' text. */
  headers: string[]
  /** Each column's cell of the delimiter row as written (`---`, `:---:`); '' for HTML. */
  delimiters: string[]
  /** The text of the nearest heading above the table; '' when none. */
  heading: string
  /** Per column, the first link of each of its body cells that has one. */
  columnLinks: string[][]
}

const OPENINGS_HEADING = /openings|jobs/i
const TABLE_START = /\bTABLE_START\b/
const TABLE_END = /\bTABLE_END\b/
const COMPANY = /\b(company|employer|organi[sz]ation)\b/i
const ROLE = /\b(role|title|position|job)\b/i

/** The openings tables among the README's top-level blocks; [] when none looks like one. */
export function openingsTables(blocks: RootContent[], lines: string[]): FoundTable[] {
  const tables = tableBlocks(blocks, lines)
  const between = betweenComments(blocks, tables)
  if (between.length > 0) return between
  const underJobs = afterJobsHeading(blocks, tables)
  if (underJobs) return [underJobs]
  return tables
    .filter(table => table.headers.some(header => COMPANY.test(header)))
    .filter(table => table.headers.some(header => ROLE.test(header)))
}

/** Every top-level table, pipe or HTML: for `--line`. */
export function allTables(blocks: RootContent[], lines: string[]): FoundTable[] {
  return tableBlocks(blocks, lines).map(({ index: _index, ...table }) => table)
}

/**
 * A zone name for each table: `openings` for one, else a slug of its heading without the words
 * every heading ends with ("… Internship Roles"), unique.
 */
export function zoneNames(tables: FoundTable[]): (string | undefined)[] {
  if (tables.length === 1) return [undefined]
  const words = tables.map(table =>
    new GithubSlugger()
      .slug(table.heading)
      .split('-')
      .filter(word => word !== '')
  )
  let common = 0
  while (
    words.every(each => each.length > common + 1) &&
    words.every(each => each.at(-1 - common) === words[0]!.at(-1 - common))
  )
    common += 1
  const slugger = new GithubSlugger()
  return words.map((each, index) => {
    const name = each.slice(0, each.length - common).join('-')
    return slugger.slug(name === '' ? `table-${index + 1}` : name)
  })
}

/** Every top-level table, pipe or HTML, with the heading above it. */
function tableBlocks(blocks: RootContent[], lines: string[]): (FoundTable & { index: number })[] {
  const found: (FoundTable & { index: number })[] = []
  let heading = ''
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'heading') heading = toString(block as Heading).trim()
    else if (block.type === 'table') found.push({ ...pipeTable(block, lines, heading), index })
    else if (block.type === 'html' && /^\s*<table[\s>]/i.test(block.value)) {
      const table = htmlTable(blocks, index, heading)
      if (table) found.push({ ...table, index })
    }
  }
  return found
}

function pipeTable(table: Table, lines: string[], heading: string): FoundTable {
  const first = line(table, 'start')
  const [header, ...body] = table.children
  return {
    first,
    last: line(table, 'end'),
    format: 'pipe',
    headers: (header?.children ?? []).map(cell => toString(cell).trim()),
    delimiters: delimiterCells(lines[first] ?? ''),
    heading,
    columnLinks: (header?.children ?? []).map((_, column) =>
      body.flatMap(row => linksOf(row.children[column]).slice(0, 1))
    )
  }
}

/** The cells of a delimiter row as written, without their padding: `---`, `:---:`. */
function delimiterCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map(cell => cell.trim())
}

/**
 * An HTML table: its block, and the blocks after it until the one that closes it (a blank line
 * inside the table ends an HTML block).
 */
function htmlTable(blocks: RootContent[], index: number, heading: string): FoundTable | undefined {
  let end = index
  while (end < blocks.length && !/<\/table>/i.test(htmlOf(blocks[end]))) end += 1
  if (end === blocks.length) return undefined
  const html = blocks
    .slice(index, end + 1)
    .map(block => htmlOf(block))
    .join('\n')
  const tree = fromHtml(html, { fragment: true })
  const cells = elements(tree).filter(element => element.tagName === 'th')
  const rows = elements(tree)
    .filter(element => element.tagName === 'tr')
    .map(row =>
      row.children.filter(
        (cell): cell is Element => cell.type === 'element' && cell.tagName === 'td'
      )
    )
    .filter(row => row.length > 0)
  return {
    first: line(blocks[index]!, 'start'),
    last: line(blocks[end]!, 'end'),
    format: 'html',
    headers: cells.map(cell => textOf(cell).trim()),
    delimiters: cells.map(() => ''),
    heading,
    columnLinks: cells.map((_, column) =>
      rows.flatMap(row => (row[column] ? hrefs(row[column]).slice(0, 1) : []))
    )
  }
}

function htmlOf(block: RootContent | undefined): string {
  return block?.type === 'html' ? block.value : ''
}

function elements(node: HastRoot | Element): Element[] {
  return node.children.flatMap(child =>
    child.type === 'element' ? [child, ...elements(child)] : []
  )
}

function textOf(node: Element): string {
  return node.children
    .map(child =>
      child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''
    )
    .join('')
}

/** The links of a cell's Markdown: links, and `<a href>` in its HTML. */
function linksOf(
  node: { type: string; url?: string; value?: string; children?: unknown[] } | undefined
): string[] {
  if (node === undefined) return []
  if (node.type === 'link') return [node.url ?? '']
  if (node.type === 'html') return hrefs(fromHtml(node.value ?? '', { fragment: true }))
  return (node.children ?? []).flatMap(child => linksOf(child as typeof node))
}

function hrefs(node: HastRoot | Element): string[] {
  return elements(node)
    .filter(element => element.tagName === 'a' && typeof element.properties.href === 'string')
    .map(element => element.properties.href as string)
}

/** The tables between a `TABLE_START` and the next `TABLE_END` comment. */
function betweenComments(
  blocks: RootContent[],
  tables: (FoundTable & { index: number })[]
): FoundTable[] {
  const start = blocks.findIndex(block => block.type === 'html' && TABLE_START.test(block.value))
  if (start < 0) return []
  const end = blocks.findIndex(
    (block, index) => index > start && block.type === 'html' && TABLE_END.test(block.value)
  )
  return tables
    .filter(table => table.index > start && (end < 0 || table.index < end))
    .map(({ index: _index, ...table }) => table)
}

function afterJobsHeading(
  blocks: RootContent[],
  tables: (FoundTable & { index: number })[]
): FoundTable | undefined {
  const heading = blocks.findIndex(
    block => block.type === 'heading' && OPENINGS_HEADING.test(toString(block as Heading))
  )
  if (heading < 0) return undefined
  const table = tables.find(each => each.index > heading)
  if (!table) return undefined
  const { index: _index, ...found } = table
  return found
}

function line(node: RootContent, edge: 'start' | 'end'): number {
  return node.position![edge].line
}
