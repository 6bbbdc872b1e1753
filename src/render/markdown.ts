/**
 * Writes the mdast our zones are made of as Markdown that GitHub (cmark-gfm) reads back as
 * the same tree: paragraphs, headings, code blocks, tables and the phrasing in them (text,
 * strong, emphasis, link, image, inline code, html, break).
 *
 * Text is escaped minimally but safely: a character is escaped only where GitHub could give it
 * a meaning (`*`, `_`, `` ` ``, `[`, `]`, `\`, `~` anywhere; `$` where its paragraph, heading or
 * table row holds another, with which GitHub could read math; `|` in a table cell; `&`, `<`
 * and `!` before what would make a reference, a tag or an image; block syntax at a line start),
 * and whitespace GitHub would drop at the edge of a line, cell or emphasis is written as a
 * character reference. So text can never add a cell, a row, a link, a tag or emphasis.
 */

import { gfmTree } from '../gfm.js'
import { cellEdges } from './nodes.js'
import type {
  AlignType,
  Code,
  Heading,
  Image,
  ImageReference,
  InlineCode,
  Link,
  LinkReference,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  TableRow
} from 'mdast'
import { encodedLink } from '../url.js'

declare module 'mdast' {
  interface TableData {
    /** The delimiter row's cells as written, e.g. `-------` or `:---:`; by default from `align`. */
    delimiterRow?: string[]
  }
}

/** Markdown with LF line endings and no trailing newline. */
export function toMarkdown(tree: Root | Table): string {
  return tree.type === 'table' ? tableMarkdown(tree) : tree.children.map(block).join('\n\n')
}

/**
 * How a pipe table writes its rows: `| a | b |` (the default), `|a|b|`, `a|b`, `|\ta\t|`, as
 * some boards' scripts print them. `edges`: a pipe at each end of the line; `lead[i]` and
 * `trail[i]`: the spaces or tabs between column i's content and the pipe before it and after
 * it (a column past the last given is spaced as the last).
 */
export interface PipeLayout {
  edges: boolean
  lead: readonly string[]
  trail: readonly string[]
  /**
   * Read from the rows as a run wrote them: a column's blanks then hold the blanks its cells
   * write themselves (a template's ` {{ company }}`), which tableLines takes out again.
   */
  written?: boolean
}

const PADDED: PipeLayout = { edges: true, lead: [' '], trail: [' '] }

/**
 * The layout a README's pipe table is written in, read from its rows as written (the header's
 * line first): the layout most body rows (the header when there are none) are written in, so an
 * unchanged row is written as it was. An empty cell (`| |`) says nothing of its column's blanks
 * (a run writes it alike whatever its neighbours' cells hold): rows are alike when their cells
 * that are not empty are spaced alike, and a column's blanks are read from its cells that are
 * not empty, so a column most of whose cells are empty is read as its other cells are written.
 * When no layout is shared by more than half of them (a table whose columns are aligned by
 * spaces), the default spacing, its pipes at the line's ends as most rows have them.
 */
export function pipeLayout(lines: readonly string[]): PipeLayout {
  const [header, ...body] = lines
  const sample = (body.length ? body : header === undefined ? [] : [header]).map(lineLayout)
  if (sample.length === 0) return PADDED
  // Of the rows of the most common shape (edge pipes, cells), each column's most common blanks
  // among its cells that are not empty (the first row's where all are): the layout, when more
  // than half of the rows are written in it. One pass over the rows for each.
  const shape = (line: LineLayout) => `${line.edges} ${line.lead.length}`
  const common = mostCommon(sample.map(shape))!.value
  const rows = sample.filter(line => shape(line) === common)
  const first = rows[0]!
  const blanks = first.lead.map((_, index) => {
    const written = rows.filter(line => !line.empty[index])
    const key = mostCommon(written.map(line => `${line.lead[index]}|${line.trail[index]}`))?.value
    return key === undefined ? [first.lead[index]!, first.trail[index]!] : key.split('|')
  })
  const layout = {
    edges: first.edges,
    lead: blanks.map(([lead]) => lead!),
    trail: blanks.map(([, trail]) => trail!)
  }
  const alike = rows.filter(line =>
    line.lead.every(
      (lead, index) =>
        line.empty[index] ||
        (lead === layout.lead[index] && line.trail[index] === layout.trail[index])
    )
  )
  if (alike.length * 2 > sample.length) return { ...layout, written: true }
  const edged = sample.filter(layout => layout.edges).length
  return { ...PADDED, edges: edged * 2 >= sample.length }
}

/** The value `values` hold most often, and how often; undefined for none. */
function mostCommon(values: readonly string[]): { value: string; count: number } | undefined {
  const counts = new Map<string, number>()
  let top: { value: string; count: number } | undefined
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1
    counts.set(value, count)
    if (top === undefined || count > top.count) top = { value, count }
  }
  return top
}

/** A row line's layout, and which of its cells are empty (blanks only). */
interface LineLayout extends PipeLayout {
  empty: readonly boolean[]
}

/** A row line's layout: its edge pipes, and the blanks beside each of its unescaped pipes. */
function lineLayout(row: string): LineLayout {
  const line = row.trim()
  const edges = line.startsWith('|')
  const cells = line.split(/(?<!\\)\|/)
  // `|a|b|` splits as '', 'a', 'b', '': its edges hold no cell.
  if (edges) cells.shift()
  if (edges && cells.length > 1 && cells.at(-1) === '') cells.pop()
  const lead = cells.map((cell, index) => (index > 0 || edges ? leadingBlanks(cell) : ''))
  const trail = cells.map((cell, index) =>
    index < cells.length - 1 || edges ? trailingBlanks(cell) : ''
  )
  // The spacing of a row's outer side without its pipe says nothing: take its neighbour's.
  if (!edges && cells.length > 1) {
    lead[0] = lead[1]!
    trail[cells.length - 1] = trail[cells.length - 2]!
  }
  return { edges, lead, trail, empty: cells.map(cell => leadingBlanks(cell) === cell) }
}

/** The spaces and tabs a text starts with. */
function leadingBlanks(text: string): string {
  let end = 0
  while (isBlank(text.charCodeAt(end))) end++
  return text.slice(0, end)
}

/** The spaces and tabs a text ends with, counted from its end: a regex would try every start. */
function trailingBlanks(text: string): string {
  let start = text.length
  while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--
  return text.slice(start)
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/** A table as its lines: the header and delimiter rows, and one line per body row. */
export function tableLines(
  table: Table,
  layout: PipeLayout = PADDED
): { head: string[]; body: string[] } {
  const [head, ...body] = table.children
  if (!head) throw new Error('A table needs a header row.')
  const delimiters =
    table.data?.delimiterRow ?? head.children.map((_, index) => delimiter(table.align?.[index]))
  const header = cellTexts(head)
  const rows = body.map(cellTexts)
  const spaced = ownBlanksOut(layout, rows.length ? rows : [header])
  // A row that needs its edge pipes has them, whatever the layout.
  const rowLayout = (cells: string[]) =>
    spaced.edges || edgeless(cells) ? spaced : { ...spaced, edges: true }
  return {
    head: [pipeLine(header, rowLayout(header)), pipeLine(delimiters, rowLayout(header))],
    body: rows.map(cells => pipeLine(cells, rowLayout(cells)))
  }
}

/**
 * A layout read from a table a run wrote (`written`) without the blanks most of a column's cells
 * that are not empty start or end with (cellTexts: a template's ` {{ company }}`, a value shown as nothing
 * after a space): `|  Acme |` of a cell ` Acme` is the layout `| a |`, so that writing the cell
 * in it again gives the same line, not one more space on every run.
 */
function ownBlanksOut(layout: PipeLayout, rows: readonly string[][]): PipeLayout {
  if (!layout.written) return layout
  const columns = Math.max(0, ...rows.map(row => row.length))
  // Judged by the cells that are not empty: an empty cell writes no blanks of its own.
  const most = (side: 0 | 1, index: number) => {
    const cells = rows.map(row => row[index] ?? '').filter(cell => cell !== '')
    const blanks = cells.map(side === 0 ? leadingBlanks : trailingBlanks)
    const top = mostCommon(blanks)
    return top && top.count * 2 > cells.length ? top.value : ''
  }
  const at = (blanks: readonly string[], index: number) =>
    blanks[Math.min(index, blanks.length - 1)] ?? ' '
  const lead = Array.from({ length: columns }, (_, index) => {
    const [blanks, own] = [at(layout.lead, index), most(0, index)]
    return blanks.endsWith(own) ? blanks.slice(0, blanks.length - own.length) : blanks
  })
  const trail = Array.from({ length: columns }, (_, index) => {
    const [blanks, own] = [at(layout.trail, index), most(1, index)]
    return blanks.startsWith(own) ? blanks.slice(own.length) : blanks
  })
  return columns ? { edges: layout.edges, lead, trail } : layout
}

function tableMarkdown(table: Table): string {
  const { head, body } = tableLines(table)
  return [...head, ...body].join('\n')
}

function delimiter(align: AlignType | undefined): string {
  return align === 'left' ? ':-' : align === 'right' ? '-:' : align === 'center' ? ':-:' : '-'
}

/**
 * A row's cells as written between its pipes. The spaces and tabs at the edges of the line a
 * cell was made from (an untrimmed `Intern\t`, see cellEdges) are written around its content,
 * as a board's script prints them: GFM trims them from the cell, so they show nothing.
 */
function cellTexts(row: TableRow): string[] {
  // A row is one line: a `$` pairs as math only with another of the row.
  let dollars = 0
  for (const { children } of row.children) dollars += dollarsIn(children)
  const place = lineOf(CELL, dollars)
  const cells = WRITTEN_CELLS[place.dollars ? 0 : 1]
  return row.children.map(({ children }) => {
    // Rows that show the same cell (a template's cell made once for the rows that give it the
    // same values, template.ts) share its nodes: they are written once.
    let written = cells.get(children)
    if (written === undefined) {
      const content = phrasing(children, place)
      const [lead, trail] = cellBlanks(children)
      written = content === '' ? '' : `${lead}${content}${trail}`
      cells.set(children, written)
    }
    return written
  })
}

/**
 * The `$` of phrasing that GitHub could read as a math delimiter: in its text, a link's text,
 * an image's alt and its HTML, not in code. Math takes two: `$x$`, `$$x$$`.
 */
function dollarsIn(nodes: readonly PhrasingContent[]): number {
  let count = 0
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'html') count += dollarCount(node.value)
    else if (node.type === 'image' || node.type === 'imageReference')
      count += dollarCount(node.alt ?? '')
    else if ('children' in node) count += dollarsIn(node.children)
  }
  return count
}

function dollarCount(text: string): number {
  let count = 0
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) count++
  return count
}

const WRITTEN_CELLS = [
  new WeakMap<readonly PhrasingContent[], string>(),
  new WeakMap<readonly PhrasingContent[], string>()
] as const

/** The spaces and tabs cellTexts writes before and after a cell's content. */
function cellBlanks(children: readonly PhrasingContent[]): [string, string] {
  // A cell that writes nothing (a template of blanks) writes no blanks either.
  const [lead = '', trail = ''] = children.length ? cellEdges(children).split('\0') : []
  return [blank(lead), blank(trail)]
}

/**
 * Whether a row reads the same without its edge pipes (`a|b`): it has two cells or more, its
 * first and last are not empty (an edge pipe would hold them), and its line starts with a
 * letter, a digit that starts no list, `[`, `!`, `\\` or `&`: no other block (a heading, a list,
 * a quote, code, HTML) can start there and end the table.
 */
function edgeless(cells: readonly string[]): boolean {
  return (
    cells.length > 1 &&
    cells.at(-1) !== '' &&
    /^(?:[\p{L}[!\\&]|\p{N}(?!\p{N}*[.)]))/u.test(cells[0] ?? '')
  )
}

/**
 * A row's line in `layout`: `| a | b |`, `|a|b|`, `a | b`...; an empty cell is written with
 * its blanks (`| |`) when the layout has them on both sides, else none (`||`).
 */
function pipeLine(cells: readonly string[], layout: PipeLayout): string {
  const at = (blanks: readonly string[], index: number) =>
    blanks[Math.min(index, blanks.length - 1)] ?? ' '
  const last = cells.length - 1
  const line = cells
    .map((cell, index) => {
      const lead = index > 0 || layout.edges ? at(layout.lead, index) : ''
      const trail = index < last || layout.edges ? at(layout.trail, index) : ''
      return cell === '' ? (lead && trail ? lead : '') : `${lead}${cell}${trail}`
    })
    .join('|')
  return layout.edges ? `|${line}|` : line
}

/** Spaces and tabs, which GFM trims from a cell's edges; '' for other white space, which shows. */
function blank(edge: string): string {
  return /^[ \t]*$/.test(edge) ? edge : ''
}

/**
 * A value as Markdown text where a template wrote it (the counts zone's): shown literally, in
 * a table cell too (its `|` escaped); `lineStart` where it starts a paragraph's line, at which
 * block syntax (`#`, `-`, `1.`) could begin.
 */
export function valueText(value: string, lineStart: boolean): string {
  const place = { cell: true, heading: true, lineStart, trimmed: false, dollars: true }
  return text(value, { place, first: true, last: true, afterBreak: false, next: undefined })
}

/** A value as a link's or image's destination (or a part of one) where a template wrote it. */
export function valueDestination(value: string): string {
  return value === '' ? '' : destination({ type: 'link', url: value, children: [] }, CELL)
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return phrasing(node.children, lineOf(PARAGRAPH, dollarsIn(node.children)))
    case 'heading':
      return heading(node)
    case 'code':
      return codeBlock(node)
    case 'table':
      return tableMarkdown(node)
    case 'html':
      return node.value
    default:
      return unsupported(node)
  }
}

function heading(node: Heading): string {
  const place = lineOf(HEADING, dollarsIn(node.children))
  return `${'#'.repeat(node.depth)} ${phrasing(node.children, place)}`
}

/** A fenced block whose fence is longer than any run of backticks inside. */
function codeBlock(node: Code): string {
  const fence = '`'.repeat(Math.max(3, longestRun(node.value, '`') + 1))
  return `${fence}${node.lang ?? ''}\n${node.value}\n${fence}`
}

/** Where phrasing is written. */
interface Place {
  /** A table cell: `|` is escaped everywhere. */
  cell: boolean
  /** A heading: a `#` at its end would close it. */
  heading: boolean
  /** The first node starts a line, where block syntax (`#`, `>`, `-`, `1.`, ...) could begin. */
  lineStart: boolean
  /** GitHub drops whitespace at the edges (of a paragraph, a cell, a heading or emphasis). */
  trimmed: boolean
  /**
   * `$` is escaped: its paragraph, heading or table row holds another, and GitHub reads math
   * between two (`$x$`). A lone one (`$172k/yr`, as speedyapply's Salary cells write it) is
   * written as it is.
   */
  dollars: boolean
}

const PARAGRAPH: Place = {
  cell: false,
  heading: false,
  lineStart: true,
  trimmed: true,
  dollars: true
}
const CELL: Place = { cell: true, heading: false, lineStart: false, trimmed: false, dollars: true }
const HEADING: Place = {
  cell: false,
  heading: true,
  lineStart: false,
  trimmed: true,
  dollars: true
}

/**
 * `place` (PARAGRAPH, CELL or HEADING) for a line holding `dollars` `$` (dollarsIn): escaped
 * where there are two or more, as they are for one alone. The same object for the same case.
 */
function lineOf(place: Place, dollars: number): Place {
  if (dollars > 1) return place
  let lone = LONE_DOLLAR.get(place)
  if (!lone) LONE_DOLLAR.set(place, (lone = { ...place, dollars: false }))
  return lone
}

const LONE_DOLLAR = new Map<Place, Place>()

function phrasing(nodes: PhrasingContent[], place: Place): string {
  const children = mergedText(nodes)
  let markdown = ''
  // A character after emphasis that would stop its closing marker from closing.
  let encodeNext = false
  // The marker of the emphasis just written.
  let written = ''
  for (const [index, node] of children.entries()) {
    const previous = children[index - 1]
    const next = children[index + 1]
    const at: Spot = {
      place,
      first: previous === undefined,
      last: next === undefined,
      afterBreak: previous?.type === 'break',
      next
    }
    if (node.type === 'strong' || node.type === 'emphasis') {
      const marker = attentionMarker(node.type, isAttention(previous) ? written : '')
      const content = phrasing(node.children, nested(place))
      if (previous?.type === 'text' && blocksMarker(markdown.at(-1), content[0], marker))
        markdown = encodeLast(markdown)
      encodeNext = next?.type === 'text' && blocksMarker(next.value[0], content.at(-1), marker)
      markdown += marker + content + marker
      written = marker
      continue
    }
    const part = inline(node, at)
    markdown += encodeNext && node.type === 'text' ? encodeFirst(part) : part
    encodeNext = false
    // Text that goes on from a shortcut reference (`[Jobs]`) with `(` or `[` would make it a
    // link or a full reference: a `[` is always escaped, the `(` here.
    if (isShortcut(node) && next?.type === 'text' && next.value.startsWith('(')) markdown += '\\'
  }
  return markdown
}

/** `**` and `_`, or `__` and `*` right after a marker of the same character: one run, else. */
function attentionMarker(type: 'strong' | 'emphasis', before: string): string {
  const marker = type === 'strong' ? '**' : '_'
  if (before[0] !== marker[0]) return marker
  return type === 'strong' ? '__' : '*'
}

function isShortcut(node: PhrasingContent): boolean {
  return (
    (node.type === 'linkReference' || node.type === 'imageReference') &&
    node.referenceType === 'shortcut'
  )
}

function isAttention(node: PhrasingContent | undefined): boolean {
  return node?.type === 'strong' || node?.type === 'emphasis'
}

/** Adjacent text nodes as one, without empty text or emphasis: escaping looks across their edges. */
function mergedText(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (isEmpty(node)) continue
    if (node.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { type: 'text', value: last.value + node.value }
    else merged.push(node)
  }
  return merged
}

function isEmpty(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value === ''
  return isAttention(node) && (node as Strong).children.every(isEmpty)
}

/** Where a node sits among its siblings. */
interface Spot {
  place: Place
  first: boolean
  last: boolean
  afterBreak: boolean
  next: PhrasingContent | undefined
}

function inline(node: PhrasingContent, at: Spot): string {
  const { place } = at
  switch (node.type) {
    case 'text':
      return text(node.value, at)
    case 'link':
      if (isBare(node, at)) return node.url
      return `[${phrasing(node.children, label(place))}](${destination(node, place)})`
    case 'image':
      return `![${phrasing([{ type: 'text', value: node.alt ?? '' }], label(place))}](${destination(node, place)})`
    case 'linkReference':
      return node.referenceType === 'full'
        ? `[${phrasing(node.children, label(place))}][${node.label ?? ''}]`
        : referenceLabel(node)
    case 'imageReference':
      return node.referenceType === 'full'
        ? `![${phrasing([{ type: 'text', value: node.alt ?? '' }], label(place))}][${node.label ?? ''}]`
        : `!${referenceLabel(node)}`
    case 'inlineCode':
      return inlineCode(node, place)
    case 'html':
      return place.cell ? node.value.replaceAll('|', '\\|') : node.value
    case 'break':
      return place.cell || place.heading ? '<br>' : '  \n'
    default:
      return unsupported(node)
  }
}

/**
 * Whether a link is written as its address bare, as a board shows one (`| https://x.example/1 |`):
 * it is all of a table cell, its text is its address (the comments that split a value's text,
 * see text.ts, aside) with no title, and GitHub's autolink extension links that text to that
 * address, all of it, alone (gfmTree reads it as cmark-gfm does). A run then writes the cell the
 * board wrote, which the page links the same.
 */
function isBare(node: Link, { place, first, last }: Spot): boolean {
  if ((place !== CELL && place !== lineOf(CELL, 0)) || !first || !last || node.title) return false
  if (!node.children.every(child => child.type === 'text' || isLinkBreak(child))) return false
  const shown = node.children.map(child => (child.type === 'text' ? child.value : '')).join('')
  if (shown !== node.url || !/^(?:https?:\/\/|www\.)[^\s|<>\\`]+$/i.test(shown)) return false
  const [paragraph, ...rest] = gfmTree(shown).children
  const [linked, ...after] = paragraph?.type === 'paragraph' ? paragraph.children : []
  return (
    rest.length === 0 &&
    after.length === 0 &&
    linked?.type === 'link' &&
    linked.url === node.url &&
    linked.children.length === 1 &&
    linked.children[0]?.type === 'text' &&
    linked.children[0].value === shown
  )
}

const isLinkBreak = (node: PhrasingContent): boolean =>
  node.type === 'html' && node.value === '<!-- -->'

/**
 * A collapsed (`[Jobs][]`) or shortcut (`[Jobs]`) reference, its label as the template wrote
 * it (its text is the label); a `(` of text after a shortcut is escaped (see phrasing). A
 * reference's `label` is written as it is: it is the template's, the text a definition names.
 */
function referenceLabel({ referenceType, label }: LinkReference | ImageReference): string {
  return `[${label ?? ''}]${referenceType === 'collapsed' ? '[]' : ''}`
}

/** Inside emphasis: its edges are trimmed; it starts after the marker, not at a line start. */
function nested(place: Place): Place {
  return { ...place, lineStart: false, trimmed: true }
}

/** A link's text keeps its whitespace. */
function label(place: Place): Place {
  return { ...place, lineStart: false, trimmed: false }
}

function text(value: string, at: Spot): string {
  const { place } = at
  let markdown = value.replace(place.cell ? CELL_SYNTAX : SYNTAX, (character, offset: number) =>
    escaped(character, value, offset, at)
  )
  if (place.trimmed && at.last && /\s$/u.test(markdown)) markdown = encodeLast(markdown)
  if (place.heading && at.last && markdown.endsWith('#')) markdown = `${markdown.slice(0, -1)}\\#`
  if (((place.trimmed && at.first) || at.afterBreak) && /^\s/u.test(markdown))
    return encodeFirst(markdown)
  if ((place.lineStart && at.first) || at.afterBreak) return blockStartEscaped(markdown)
  return markdown
}

// Characters that may need an escape: always escaped, or escaped depending on what follows.
const SYNTAX = /\r\n?|[\\`*_[\]~$&<!\n]/g
const CELL_SYNTAX = /\r\n?|[\\`*_[\]~$&<!\n|]/g
const CHARACTER_REFERENCE = /&#?[A-Za-z0-9]+;/y

function escaped(character: string, value: string, offset: number, at: Spot): string {
  const following = value[offset + 1]
  switch (character) {
    case '\r':
    case '\r\n':
    case '\n':
      // A line break inside text, which would end a row or start a block.
      return '&#xA;'
    case '&':
      // A character reference: `&amp;`, `&#38;`.
      CHARACTER_REFERENCE.lastIndex = offset
      return CHARACTER_REFERENCE.test(value) ? '\\&' : '&'
    case '<':
      // A tag, a comment or an autolink: `<b>`, `</b>`, `<!--`, `<?`, `<https://…>`.
      return following === undefined || /[!/?A-Za-z]/.test(following) ? '\\<' : '<'
    case '!':
      // An image, when a link follows.
      return following === undefined &&
        ['link', 'image', 'linkReference', 'imageReference'].includes(at.next?.type ?? '')
        ? '\\!'
        : '!'
    case '\\':
      // An escape, unless a letter or digit follows (what follows may be written escaped).
      return following !== undefined && /[\p{L}\p{N}]/u.test(following) ? '\\' : '\\\\'
    case '$':
      // Math, between it and another `$` of its line.
      return at.place.dollars ? '\\$' : '$'
    default:
      return `\\${character}`
  }
}

/**
 * The start of a paragraph line, where `#`, `>`, `+`, `-`, `=`, `|`, `:` or `1.` would start a
 * heading, quote, list, thematic break, setext underline or table.
 */
function blockStartEscaped(markdown: string): string {
  if (/^[#>+\-=|:]/.test(markdown)) return `\\${markdown}`
  const list = /^\d{1,9}[.)]/.exec(markdown)
  return list ? `${list[0].slice(0, -1)}\\${markdown.slice(list[0].length - 1)}` : markdown
}

// Whitespace and punctuation as GitHub's cmark-gfm tells them: Zs (not U+2028/U+2029, which
// JavaScript's \s has) and the P categories (not the symbols, such as €).
const WHITESPACE_OR_PUNCTUATION = /[\t\n\f\r\p{Zs}!-/:-@[-`{-~\p{P}]/u

/**
 * A character beside a marker (`before` outside, `inside` its content's edge) that stops `**`
 * or `_` from opening or closing there: a letter, digit or symbol outside, where `_` never
 * works and `**` does not when punctuation is inside.
 */
function blocksMarker(
  outside: string | undefined,
  inside: string | undefined,
  marker: string
): boolean {
  if (outside === undefined || WHITESPACE_OR_PUNCTUATION.test(outside)) return false
  return marker.startsWith('_') || inside === undefined || !/[\p{L}\p{N}]/u.test(inside)
}

function destination(node: Link | Image, place: Place): string {
  const url = node.url === '' ? '<>' : node.url.replace(URL_SYNTAX, escapedInUrl(place.cell))
  if (!node.title) return url
  const title = node.title
    .replace(/["\\]/g, '\\$&')
    .replace(REFERENCE_AMPERSAND, '&amp;')
    .replace(/\|/g, place.cell ? '\\|' : '|')
  return `${url} "${title}"`
}

// Whitespace and controls (percent-encoded: a destination cannot hold them), the characters
// that end or nest a destination, and `&` of a character reference, which would be decoded.
const URL_SYNTAX = /[\p{Cc} ]|[\\()<>|]|&(?=#?[A-Za-z0-9]+;)/gu

/**
 * The `&` of a character reference in a destination or title. It is written `&amp;`, not `\&`:
 * GitHub's cmark-gfm decodes references there before it drops backslashes, so `\&sol;` would
 * reach the page as `/`, and a link could lead to another host than the feed's.
 */
const REFERENCE_AMPERSAND = /&(?=#?[A-Za-z0-9]+;)/g

function escapedInUrl(cell: boolean): (character: string) => string {
  return character => {
    if (/[\p{Cc} ]/u.test(character)) return encodedLink(character)
    if (character === '|') return cell ? '\\|' : '|'
    if (character === '&') return '&amp;'
    return `\\${character}`
  }
}

/** `` `code` ``, its fence longer than any run of backticks inside. */
function inlineCode(node: InlineCode, place: Place): string {
  let value = node.value.replace(/\r\n|\r|\n/g, ' ')
  if (place.cell) value = value.replaceAll('|', '\\|')
  const fence = '`'.repeat(longestRun(value, '`') + 1)
  const padded = /^`|`$|^ .*[^ ].* $/.test(value) ? ` ${value} ` : value
  return `${fence}${padded}${fence}`
}

function longestRun(value: string, character: string): number {
  let longest = 0
  let run = 0
  for (const each of value) {
    run = each === character ? run + 1 : 0
    longest = Math.max(longest, run)
  }
  return longest
}

function encodeFirst(markdown: string): string {
  const first = markdown.codePointAt(0)
  if (first === undefined) return markdown
  return reference(String.fromCodePoint(first)) + markdown.slice(first > 0xffff ? 2 : 1)
}

function encodeLast(markdown: string): string {
  const last = markdown.at(-1)
  if (last === undefined) return markdown
  const pair = /[\uDC00-\uDFFF]/.test(last) && /[\uD800-\uDBFF]/.test(markdown.at(-2) ?? '')
  const length = pair ? 2 : 1
  const head = markdown.slice(0, -length)
  // A backslash left single before a letter or digit would escape the reference's `&`.
  const backslashes = /\\*$/.exec(head)![0].length
  return head + (backslashes % 2 === 1 ? '\\' : '') + reference(markdown.slice(-length))
}

/** A character as a hexadecimal character reference: `&#x20;`. */
function reference(character: string): string {
  return `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`
}

function unsupported(node: Nodes): never {
  throw new Error(`The Markdown writer has no rule for a ${node.type} node.`)
}
