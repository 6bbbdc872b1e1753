/**
 * The openings tables of a board's README, found the way a maintainer would point at them:
 *
 * 1. the tables between the board script's own `TABLE_START` and `TABLE_END` comments
 *    (SimplifyJobs, speedyapply and their forks write them; `TABLE_FAANG_START` too);
 * 2. else the first table whose heading (the closest above it) mentions openings or jobs, one
 *    whose header names a company and a role first (another only when no table's header does);
 * 3. else the tables whose header names a company and a role (title, position), pipe or HTML;
 *    else those whose header names either; else those of at least LISTING_ROWS rows under a
 *    heading that mentions internships, positions, roles, openings or jobs.
 *
 * One table is the `openings` zone; several are each a zone of their own (`openings:NAME`, NAME
 * from the heading above it), as boards with a table per category write them. A table with the
 * same header as the one before it, with nothing else between, belongs to that one's zone (see
 * grouped). A table whose zone would take in text after its `</table>` or `</details>`, or whose
 * `<table>` has no `</table>`, has an unclearEnd, and init refuses to wrap it.
 */
import GithubSlugger from 'github-slugger'
import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import type { Heading, Table, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Block } from './blocks.js'
import { clip } from '../load/normalize.js'

/** A table found in the README, with what a boards file needs to write it back as it is. */
export interface FoundTable {
  /** 1-based, inclusive. */
  first: number
  last: number
  format: 'pipe' | 'html'
  /** The header cells as written: Markdown of a pipe table's, the text of an HTML table's. */
  headers: string[]
  /** Each column's cell of the delimiter row as written (`---`, `:---:`); '' for HTML. */
  delimiters: string[]
  /** The text of the nearest heading above the table; '' when none. */
  heading: string
  /** Per column, the first link of each of its body cells that has one. */
  columnLinks: string[][]
  /**
   * Per column, its body cells as written (a pipe table's Markdown, an HTML table's cell
   * content), of the first SAMPLE_ROWS rows: what the cells of a guessed template must look like.
   */
  samples: string[][]
  /**
   * Per column, every body cell as written, as `samples`: what the cells of a guessed template
   * must carry row by row (a second button's address that no field gives, see boards-file.ts).
   */
  cells: string[][]
  /**
   * Per column, the `align` of an HTML table's column: its header cell's (`<th align="center">`)
   * when every body cell of the column writes the same; [] for pipe.
   */
  align?: Array<'left' | 'center' | 'right' | null>
  /**
   * HTML: the attributes the `<table>` element writes (`style="width: 100%"`), and per column
   * those of its header cell and those every body cell of it writes alike, in their order (an
   * `align` the column's align gives alone is left out).
   */
  attributes?: Record<string, string>
  /** HTML: the attributes of the header row's `<tr>`, and those every body row's writes alike. */
  headerRowAttributes?: Record<string, string>
  rowAttributes?: Record<string, string>
  headerAttributes?: Array<Record<string, string> | undefined>
  cellAttributes?: Array<Record<string, string> | undefined>
  /**
   * The lines (1-based, inclusive) between the halves of a table the board's script cut in two
   * that its zone takes in (see cutoffNote): the first run writes one table in their place.
   */
  joined?: Array<{ first: number; last: number }>
  /** Its last line ends an HTML block (an HTML table, a `</details>`). */
  endsInHtml: boolean
  /**
   * Where its end is not one a zone can end at: text a reader sees in the HTML block of its
   * `</table>` or `</details>`, right after it, or a `<table>` with no `</table>` (see
   * errors.tableEndUnclear). init refuses to wrap such a table.
   */
  unclearEnd?: UnclearEnd
}

/** What errors.tableEndUnclear names. */
export interface UnclearEnd {
  line: number
  closer?: string
  text?: string
  before?: number
  /** The text is a line with no `|` right under a pipe table's rows, which GFM makes a row. */
  row?: boolean
}

/** Every cell of each column, and those of its first SAMPLE_ROWS rows. */
function samplesOf(cells: string[][]): { samples: string[][]; cells: string[][] } {
  return { samples: cells.map(column => column.slice(0, SAMPLE_ROWS)), cells }
}

/** A table with its first and last block, and its number of body rows. */
type Indexed = FoundTable & { index: number; lastIndex: number; rows: number }

/** The body rows whose cells a found table keeps as samples. */
const SAMPLE_ROWS = 20

/** Rows that make a table under a heading about jobs look like listings, whatever its header. */
export const LISTING_ROWS = 5
const JOBS_HEADING = /internships?|positions|roles|openings|jobs/i

const OPENINGS_HEADING = /openings|jobs/i
// Group 1: the table's name, with its underscore ('' for TABLE_START itself).
const TABLE_START = /\bTABLE((?:_[A-Z\d]+)*?)_START\b/
const TABLE_END = /\bTABLE((?:_[A-Z\d]+)*?)_END\b/
const COMPANY = /\b(company|employer|organi[sz]ation)\b/i
const ROLE = /\b(role|title|position|job)\b/i

/** The openings tables among the README's top-level blocks; [] when none looks like one. */
export function openingsTables(blocks: Block[], lines: string[]): FoundTable[] {
  const tables = tableBlocks(blocks, lines)
  const between = betweenComments(blocks, tables)
  if (between.length > 0) return grouped(blocks, between)
  const names = (table: Indexed, pattern: RegExp) =>
    table.headers.some(header => pattern.test(header))
  const listing = (table: Indexed) => names(table, COMPANY) && names(table, ROLE)
  const underJobs = underJobsHeading(tables, listing)
  if (underJobs) return grouped(blocks, [underJobs, ...sameShapeAfter(blocks, tables, underJobs)])
  const both = tables.filter(listing)
  if (both.length > 0) return grouped(blocks, both)
  const either = tables.filter(table => names(table, COMPANY) || names(table, ROLE))
  if (either.length > 0) return grouped(blocks, either)
  return grouped(
    blocks,
    tables.filter(table => table.rows >= LISTING_ROWS && JOBS_HEADING.test(table.heading))
  )
}

/**
 * The tables with each one that continues the table before it taken into that one's zone: a
 * table of the same format and header right after it (the rest of a table the board's script
 * cut in two), or the closed roles folded under it, `<details>` (its `<summary>` in the same
 * block), the table and `</details>` as blocks of their own, as a run with `closed: details`
 * writes them. Nothing else may lie between: a paragraph, a heading or other HTML there (the
 * `</details>` of one section and the `<details>` of the next) keeps them apart, so that a zone
 * takes in no text of its own and never starts inside one HTML element to end in another.
 */
function grouped(blocks: Block[], tables: Indexed[]): FoundTable[] {
  const groups: Array<Indexed & { folded?: boolean }> = []
  for (const table of tables) {
    const previous = groups.at(-1)
    const same =
      previous !== undefined &&
      !previous.folded &&
      previous.format === table.format &&
      previous.headers.join('\u0000') === table.headers.join('\u0000')
    const between = same ? blocks.slice(previous.lastIndex + 1, table.index) : []
    const closing = blocks[table.lastIndex + 1]
    const unclearEnd = previous?.unclearEnd ?? table.unclearEnd
    if (same && (between.length === 0 || cutoffNote(between)))
      Object.assign(previous, {
        last: table.last,
        lastIndex: table.lastIndex,
        unclearEnd,
        columnLinks: previous.columnLinks.map((links, at) => [
          ...links,
          ...(table.columnLinks[at] ?? [])
        ]),
        cells: previous.cells.map((column, at) => [...column, ...(table.cells[at] ?? [])]),
        ...(between.length === 0
          ? {}
          : {
              joined: [
                ...(previous.joined ?? []),
                { first: line(between[0]!, 'start'), last: line(between.at(-1)!, 'end') }
              ]
            })
      })
    else if (same && foldedUnder(blocks, previous, table))
      Object.assign(previous, {
        last: line(closing!, 'end'),
        lastIndex: table.lastIndex + 1,
        endsInHtml: true,
        folded: true,
        unclearEnd:
          unclearEnd ??
          textAfter(
            closing!,
            DETAILS_CLOSING.exec(htmlOf(closing))![0].length,
            'the </details> of its closed roles'
          )
      })
    else groups.push({ ...table })
  }
  return groups.map(
    ({ index: _index, lastIndex: _last, rows: _rows, folded: _folded, ...table }) => table
  )
}

/**
 * Whether `table` is folded right under `previous` as a run with `closed: details` writes its
 * closed roles: only the HTML that opens a `<details>` (and its `<summary>`) between them, and
 * a `</details>` right after it. (The header and format are compared by the caller.)
 */
function foldedUnder(blocks: Block[], previous: Indexed, table: Indexed): boolean {
  const between = blocks.slice(previous.lastIndex + 1, table.index)
  return (
    between.length > 0 &&
    between.every(block => block.type === 'html') &&
    DETAILS_OPENING.test(between.map(htmlOf).join('\n')) &&
    DETAILS_CLOSING.test(htmlOf(blocks[table.lastIndex + 1]))
  )
}

/**
 * What a board's script writes between the two halves of a table it cut in two (SimplifyJobs'
 * `github-cutoff-warning` `<div>`, with a `---` above and below it): a note, HTML blocks each
 * made of whole elements (every tag it opens closed in it, so no zone ends inside one) that
 * show text outside any heading (a paragraph, as the "See Full List" `<div>` writes under its
 * `<h2>`), and thematic breaks, with no Markdown of its own. A block whose text is all in a
 * heading (`<h3>🇨🇦 Canada roles</h3>`, a heading tableBlocks names the next table by) or that
 * shows no text (an image banner, `<img alt="Closed roles">`) starts a section: the tables
 * are two, a zone each, and the first run keeps it. So does a label with no link
 * (`<p align="center"><b>Canada roles</b></p>`): a cut note sends readers to the rest of the
 * list, a link among its text. A comment (a marker, the script's `TABLE_END`) or a
 * `<details>` or `</details>` alone keeps the tables apart too.
 */
function cutoffNote(between: Block[]): boolean {
  const notes = between.flatMap(block =>
    block.type === 'html' && wholeElements(block.value) ? [noteOf(block.value)] : []
  )
  return (
    notes.length > 0 &&
    notes.length === between.filter(block => block.type !== 'rule').length &&
    notes.every(note => note.text) &&
    notes.some(note => note.link)
  )
}

/**
 * What an HTML fragment shows outside its headings (`<h1>`-`<h6>`): whether it shows text there,
 * and whether that text holds a link (`<a href>`).
 */
function noteOf(html: string): { text: boolean; link: boolean } {
  let link = false
  const text = (node: HastRoot | Element): string =>
    node.children
      .map(child => {
        if (child.type === 'text') return child.value
        if (child.type !== 'element' || HEADING_ELEMENT.test(child.tagName)) return ''
        if (child.tagName === 'a' && child.properties.href !== undefined) link = true
        return text(child)
      })
      .join('')
  return { text: /\S/.test(text(fromHtml(html, { fragment: true }))), link }
}

const HEADING_ELEMENT = /^h[1-6]$/

/** HTML that starts with an element and closes, in order, every element it opens. */
function wholeElements(html: string): boolean {
  const value = html.replace(/<!--[^]*?-->/g, '')
  if (!/^\s*<[a-z]/i.test(value)) return false
  const open: string[] = []
  for (const [, closing, name, selfClosing] of value.matchAll(TAG)) {
    const tag = name!.toLowerCase()
    if (closing) {
      if (open.pop() !== tag) return false
    } else if (!selfClosing && !VOID_ELEMENTS.has(tag)) open.push(tag)
  }
  return open.length === 0
}

/** A start or end tag: its `/`, its name, and the `/` of a self-closing one. */
const TAG =
  /<(\/?)([a-z][a-z\d-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(\/?)>/gi
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' ')
)

/** A `<details>` block, with its `<summary>` or not, and nothing else. */
const DETAILS_OPENING =
  /^\s*<details(?:\s[^>]*)?>\s*(?:<summary(?:\s[^>]*)?>[^]*?<\/summary\s*>\s*)?$/i
/** A block that starts with `</details>` (what follows it in the block: textAfter). */
const DETAILS_CLOSING = /^\s*<\/details\s*>/i

/**
 * The text after `closer`, which ends at `end` of the HTML block, in that block: what a zone
 * ending with the block would take in (errors.tableEndUnclear); undefined when only white space
 * follows.
 */
function textAfter(block: Block, end: number, closer: string): UnclearEnd | undefined {
  const value = htmlOf(block)
  const rest = value.slice(end)
  const at = rest.search(/\S/)
  if (at < 0) return undefined
  const before = value.slice(0, end + at)
  const text = rest
    .slice(at)
    .split(/\r\n|\r|\n/)[0]!
    .trim()
  return {
    line: line(block, 'start') + (before.match(/\r\n|\r|\n/g)?.length ?? 0),
    closer,
    text: shortened(text)
  }
}

/** Every top-level table, pipe or HTML: for `--line`. */
export function allTables(blocks: Block[], lines: string[]): FoundTable[] {
  return tableBlocks(blocks, lines).map(
    ({ index: _index, lastIndex: _last, rows: _rows, ...table }) => table
  )
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

/**
 * Every top-level table, pipe or HTML, with the heading above it: the closest Markdown or HTML
 * heading (`<h4>…</h4>` as a block of its own), or the summary of the `<details>` it opens
 * (`<details><summary><h4>stripe (1 position)</h4></summary>`, a section per company), which
 * names that table alone.
 */
function tableBlocks(blocks: Block[], lines: string[]): Indexed[] {
  const found: Indexed[] = []
  let heading = ''
  for (const [index, block] of blocks.entries()) {
    const named = index > 0 ? summaryOf(blocks[index - 1]) : undefined
    if (block.type === 'heading') heading = toString(block as Heading).trim()
    else if (HTML_HEADING.test(htmlOf(block))) heading = htmlText(htmlOf(block))
    else if (block.type === 'table')
      found.push({
        ...pipeTable(block, lines, named ?? heading),
        index,
        lastIndex: index,
        rows: block.children.length - 1
      })
    else if (block.type === 'html' && /^\s*<table[\s>]/i.test(block.value))
      found.push(htmlTable(blocks, index, named ?? heading))
  }
  return found
}

/** An HTML heading as a block of its own (`<h4>Jobs</h4>`). */
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>[^]*<\/h\1\s*>\s*$/i

/** The text of a `<details>` block's `<summary>`; undefined for another block or none. */
function summaryOf(block: Block | undefined): string | undefined {
  const html = htmlOf(block)
  if (!DETAILS_OPENING.test(html) || !/<summary[\s>]/i.test(html)) return undefined
  return htmlText(html) || undefined
}

/** The text an HTML fragment shows, its white space runs one space. */
function htmlText(html: string): string {
  return textOf({
    type: 'element',
    tagName: 'div',
    properties: {},
    children: fromHtml(html, { fragment: true }).children as Element['children']
  })
    .replace(/\s+/g, ' ')
    .trim()
}

function pipeTable(table: Table, lines: string[], heading: string): FoundTable {
  const first = line(table, 'start')
  const [header, ...body] = table.children
  return {
    first,
    last: line(table, 'end'),
    format: 'pipe',
    headers: (header?.children ?? []).map(cell => sourceOf(cell, lines)),
    delimiters: delimiterCells(lines[first] ?? ''),
    heading,
    columnLinks: (header?.children ?? []).map((_, column) =>
      body.flatMap(row => linksOf(row.children[column]).slice(0, 1))
    ),
    ...samplesOf(
      (header?.children ?? []).map((_, column) =>
        body.map(row => {
          const cell = row.children[column]
          return cell ? sourceOf(cell, lines) : ''
        })
      )
    ),
    endsInHtml: false,
    ...withUnclear(lazyRow(body, lines))
  }
}

/**
 * The first body row written as a line with no `|`: text a maintainer put right under the
 * table (`See all jobs at ...`), which GFM reads as one more row, so a zone around the table
 * would take it in and the first run would delete it.
 */
function lazyRow(body: Table['children'], lines: string[]): UnclearEnd | undefined {
  for (const row of body) {
    const at = row.position?.start.line
    const text = at === undefined ? undefined : lines[at - 1]
    if (at !== undefined && text !== undefined && !text.includes('|'))
      return { line: at, text: shortened(text.trim()), row: true }
  }
  return undefined
}

function withUnclear(unclearEnd: UnclearEnd | undefined): { unclearEnd?: UnclearEnd } {
  return unclearEnd ? { unclearEnd } : {}
}

/** Text quoted in a message: at most 60 code points, a pair never split (normalize.ts clip). */
function shortened(text: string): string {
  return clip(text, 60) ?? text
}

/**
 * A header cell's content as written (`**Company**`, `R&amp;D`), which a column's header
 * template renders back the same; its text when it spans lines (it cannot in a pipe table).
 */
function sourceOf(cell: TableCell, lines: string[]): string {
  const start = cell.children[0]?.position?.start
  const end = cell.children.at(-1)?.position?.end
  if (!start || !end || start.line !== end.line) return toString(cell).trim()
  return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1).trim()
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
 * An HTML table: its block, and the HTML blocks after it up to the one whose `</table>` closes
 * it (a blank line inside the table ends an HTML block; a table in a cell opens and closes
 * within). A block of other Markdown before that `</table>`, or the end of the file, leaves the
 * table unclosed: then it ends with the HTML blocks before, and its end is unclear.
 */
function htmlTable(blocks: Block[], index: number, heading: string): Indexed {
  let depth = 0
  let end = index
  let closed: number | undefined
  for (; end < blocks.length && blocks[end]!.type === 'html'; end += 1) {
    for (const tag of htmlOf(blocks[end]).matchAll(TABLE_TAG)) {
      depth += tag[1] === '/' ? -1 : 1
      if (depth === 0) {
        closed = tag.index + tag[0].length
        break
      }
    }
    if (closed !== undefined) break
  }
  const unclearEnd =
    closed === undefined
      ? {
          line: line(blocks[index]!, 'start'),
          ...(end < blocks.length ? { before: line(blocks[end]!, 'start') } : {})
        }
      : textAfter(blocks[end]!, closed, "the table's </table>")
  if (closed === undefined) end -= 1
  const html = blocks
    .slice(index, end + 1)
    .map(block => htmlOf(block))
    .join('\n')
  const tree = fromHtml(html, { fragment: true })
  const table = elements(tree).find(element => element.tagName === 'table')
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
    ),
    ...samplesOf(
      cells.map((_, column) =>
        rows.map(row => {
          const cell = row[column]
          return cell ? writtenContent(html, cell).trim() : ''
        })
      )
    ),
    ...htmlAttributes(table, cells, rows),
    ...rowAttributes(elements(tree).filter(element => element.tagName === 'tr')),
    endsInHtml: true,
    ...withUnclear(unclearEnd),
    index,
    lastIndex: end,
    rows: rows.length
  }
}

/**
 * The attributes of an HTML table's elements (see FoundTable): a column's `align` when its
 * header cell and every body cell write the same, else each cell's `align` with its other
 * attributes, so that a run writes each cell's own.
 */
function htmlAttributes(
  table: Element | undefined,
  headers: Element[],
  rows: Element[][]
): Pick<FoundTable, 'align' | 'attributes' | 'headerAttributes' | 'cellAttributes'> {
  const align = headers.map((cell, column) => {
    const given = alignOf(cell)
    return rows.every(row => !row[column] || alignOf(row[column]) === given) ? given : null
  })
  const own = (attributes: Record<string, string>, column: number) => {
    const names = Object.keys(attributes)
    if (names.length === 0) return undefined
    return align[column] !== null && names.length === 1 && names[0] === 'align'
      ? undefined
      : attributes
  }
  const headerAttributes = headers.map((cell, column) => own(attributesOf(cell), column))
  const cellAttributes = headers.map((_, column) => {
    const each = rows.flatMap(row => (row[column] ? [attributesOf(row[column])] : []))
    const [first] = each
    const same = first && each.every(other => JSON.stringify(other) === JSON.stringify(first))
    return same ? own(first, column) : undefined
  })
  const attributes = table ? attributesOf(table) : {}
  return {
    align,
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...(headerAttributes.some(Boolean) ? { headerAttributes } : {}),
    ...(cellAttributes.some(Boolean) ? { cellAttributes } : {})
  }
}

/**
 * The attributes of an HTML table's header row (the `<tr>` of its `<th>`), and those every body
 * row writes alike.
 */
function rowAttributes(rows: Element[]): Pick<FoundTable, 'headerRowAttributes' | 'rowAttributes'> {
  const isHeader = (row: Element) =>
    row.children.some(cell => cell.type === 'element' && cell.tagName === 'th')
  const header = rows.find(isHeader)
  const body = rows.filter(row => !isHeader(row)).map(attributesOf)
  const [first] = body
  const same = first && body.every(each => JSON.stringify(each) === JSON.stringify(first))
  const headerRow = header ? attributesOf(header) : {}
  return {
    ...(Object.keys(headerRow).length > 0 ? { headerRowAttributes: headerRow } : {}),
    ...(same && Object.keys(first).length > 0 ? { rowAttributes: first } : {})
  }
}

/** An element's attributes as HTML writes them, in their order: name to value. */
function attributesOf(element: Element): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const [name, value] of Object.entries(element.properties)) {
    const written = toHtml({
      type: 'element',
      tagName: 'i',
      properties: { [name]: value },
      children: []
    })
    const attribute = /^<i ([^\s=>]+)(?:="([^"]*)")?><\/i>$/.exec(written)
    if (!attribute) continue
    attributes[attribute[1]!] = (attribute[2] ?? '').replace(
      /&#x([\da-f]+);/gi,
      (_, code: string) => String.fromCodePoint(parseInt(code, 16))
    )
  }
  return attributes
}

/** An opening or closing `table` tag; group 1 is `/` for a closing one. */
const TABLE_TAG = /<(\/?)table(?=[\s>/])[^>]*>/gi

function alignOf(cell: Element): 'left' | 'center' | 'right' | null {
  const given = String(cell.properties.align ?? '').toLowerCase()
  return given === 'left' || given === 'center' || given === 'right' ? given : null
}

/**
 * What an element holds as the README writes it (attribute order, quotes, `<img ... />`): its
 * text from the start of its first child to the end of its last; written again by
 * hast-util-to-html where the parser gives no place (a child it made up).
 */
function writtenContent(source: string, element: Element): string {
  const start = element.children[0]?.position?.start.offset
  const end = element.children.at(-1)?.position?.end.offset
  return start === undefined || end === undefined
    ? toHtml(element.children)
    : source.slice(start, end)
}

function htmlOf(block: Block | undefined): string {
  return block?.type === 'html' ? block.value : ''
}

function elements(node: HastRoot | Element): Element[] {
  return node.children.flatMap(child =>
    child.type === 'element' ? [child, ...elements(child)] : []
  )
}

/** The text a hast element shows. */
export function textOf(node: Element): string {
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

/**
 * The tables between each `TABLE_START` comment and its `TABLE_END`, named or not
 * (speedyapply writes `TABLE_FAANG_START` ... `TABLE_FAANG_END`, then `TABLE_START` ...).
 */
function betweenComments(blocks: Block[], tables: Indexed[]): Indexed[] {
  const spans: Array<{ start: number; end: number }> = []
  for (const [start, block] of blocks.entries()) {
    const name = block.type === 'html' ? TABLE_START.exec(block.value)?.[1] : undefined
    if (name === undefined) continue
    const end = blocks.findIndex(
      (other, index) =>
        index > start && other.type === 'html' && TABLE_END.exec(other.value)?.[1] === name
    )
    spans.push({ start, end: end < 0 ? blocks.length : end })
  }
  return tables.filter(table =>
    spans.some(({ start, end }) => table.index > start && table.index < end)
  )
}

/**
 * The first table of a section whose heading, the closest one above the table, mentions
 * openings or jobs (a title many sections above counts for none): one whose header looks like
 * listings first; one whose header does not, only when no table's header does.
 */
function underJobsHeading(
  tables: Indexed[],
  listing: (table: Indexed) => boolean
): Indexed | undefined {
  const under = tables.filter(table => OPENINGS_HEADING.test(table.heading))
  return under.find(listing) ?? (tables.some(listing) ? undefined : under[0])
}

/**
 * The tables after `table` under the same heading with its format and header: more of the
 * same listings (a table per company, or one after a paragraph), each a zone of its own unless
 * it continues the one before (see grouped). Left out, the first run would not touch them and
 * init would not say so.
 */
function sameShapeAfter(blocks: Block[], tables: Indexed[], table: Indexed): Indexed[] {
  const header = (each: Indexed) => [each.format, ...each.headers].join('\u0000')
  const taken: Indexed[] = []
  for (const each of tables) {
    if (each.index <= table.index || header(each) !== header(table)) continue
    // A table folded under the last one taken is named by its `<summary>` (`Inactive roles
    // (2)`), not the heading, and is still under it: grouped decides whether it joins the zone.
    const previous = taken.at(-1) ?? table
    if (each.heading === table.heading || foldedUnder(blocks, previous, each)) taken.push(each)
  }
  return taken
}

function line(node: Block, edge: 'start' | 'end'): number {
  return node.position![edge].line
}
