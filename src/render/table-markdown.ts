/**
 * A dedicated serializer for the openings table, byte for byte what mdast-util-to-markdown
 * writes with our options (see markdown.ts), at a fraction of its cost: a board of thousands of
 * rows spends most of its render time in the general serializer's escaping.
 *
 * Only what needs no escaping is written here: cells whose text holds no character any of
 * mdast-util-to-markdown's "unsafe" patterns could touch, in the shapes our tables use (text,
 * strong, link, html). Any other cell goes through mdast-util-to-markdown itself, alone in a
 * one-cell table, which serializes a cell exactly as it does inside a bigger one. A property
 * test (__tests__/perf-equivalence/table-markdown.test.ts) compares both on hostile rows.
 */

import type { PhrasingContent, Table, TableCell } from 'mdast'

/**
 * The table as GFM, without a trailing newline. `serializeTable` is the general serializer,
 * used for a table of another shape and for each cell the fast path leaves to it.
 */
export function tableMarkdown(table: Table, serializeTable: (table: Table) => string): string {
  const columns = table.children[0]?.children.length ?? 0
  const regular =
    columns > 0 &&
    table.align == null &&
    table.children.every(row => row.children.length === columns)
  if (!regular) return serializeTable(table)
  const cellMarkdown = (cell: TableCell) => fastCell(cell) ?? slowCell(cell, serializeTable)
  const [head, ...body] = table.children.map(row => tableLine(row.children.map(cellMarkdown)))
  return [head, tableLine(new Array<string>(columns).fill('-')), ...body].join('\n')
}

/** `| a | b |`; an empty cell is written `| |`, as markdown-table does without alignment. */
function tableLine(cells: string[]): string {
  let line = '|'
  for (const cell of cells) line += cell === '' ? ' |' : ` ${cell} |`
  return line
}

/** The cell alone in a one-cell table: `| content |` (or `| |`) on its first line. */
function slowCell(cell: TableCell, serializeTable: (table: Table) => string): string {
  const markdown = serializeTable({
    type: 'table',
    children: [{ type: 'tableRow', children: [cell] }]
  })
  const firstLine = markdown.slice(0, markdown.indexOf('\n'))
  return firstLine === '| |' ? '' : firstLine.slice(2, -2)
}

/** The cell's Markdown when nothing in it needs escaping; undefined otherwise. */
function fastCell(cell: TableCell): string | undefined {
  return phrasing(cell.children)
}

function phrasing(nodes: PhrasingContent[]): string | undefined {
  let markdown = ''
  for (const node of nodes) {
    const written = phrasingNode(node)
    if (written === undefined) return undefined
    markdown += written
  }
  return markdown
}

function phrasingNode(node: PhrasingContent): string | undefined {
  switch (node.type) {
    case 'text':
      return PLAIN_TEXT.test(node.value) ? node.value : undefined
    case 'html':
      return ONE_LINE_TAG.test(node.value) ? node.value : undefined
    case 'strong':
      return strong(node.children)
    case 'link':
      return link(node.url, node.title, node.children)
    default:
      return undefined
  }
}

/**
 * `**content**`. The serializer encodes a first or last character that would stop `**` from
 * opening or closing; the cell's `|` on either side makes any character but whitespace fine.
 */
function strong(children: PhrasingContent[]): string | undefined {
  const content = phrasing(children)
  if (!content || !STRONG_EDGE.test(content[0]!) || !STRONG_EDGE.test(content.at(-1)!))
    return undefined
  return `**${content}**`
}

/**
 * `[label](url)`. A link whose text is its url is written as an autolink `<url>` by the
 * serializer, and a url with spaces or controls inside `<…>`: both are left to it.
 */
function link(
  url: string,
  title: string | null | undefined,
  children: PhrasingContent[]
): string | undefined {
  if (title || !PLAIN_URL.test(url)) return undefined
  const label = phrasing(children)
  if (label === undefined || label === url || `mailto:${label}` === url) return undefined
  return `[${label}](${url.replace(CHARACTER_REFERENCE_START, '\\&')})`
}

// Letters, marks, numbers, spaces and punctuation, less every ASCII character that one of the
// serializer's unsafe patterns names outside line starts (where a cell never is): `<`, `*`,
// `_`, `` ` ``, `[`, `]`, `\`, `|` in a cell, our own `~` and `$` (markdown.ts), and `!` or
// `&` unless a character follows that makes neither an image nor a character reference
// (`Cloud & DevOps`, `Hiring!` at the end of a text is left to the serializer). No control
// characters, tabs or line breaks.
const PLAIN_TEXT =
  /^(?:[!&](?![#A-Za-z[]|$)|(?![!&<>*_`[\]\\|~$])[\p{L}\p{M}\p{N}\p{Zs}\p{P}\p{S}])*$/u

// Our own html (the `<!-- -->` that splits autolink look-alikes): one line, from `<` to `>`.
const ONE_LINE_TAG = /^<[^\r\n]*>$/

// Not whitespace: the first and last character of a strong's content.
const STRONG_EDGE = /^[^\s\p{Z}]$/u

// An http(s) url of characters the serializer writes as they are in a link destination:
// no `(`, `)` (escaped), `<`, `>`, space or control (which enclose it in `<…>`), nor `|`, `\`,
// `*`, `[`, `]`, `` ` ``, `!`, `'`, `"`, `~`, `$`.
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._:/?#@=%+,;&]*$/

// An `&` that could start a character reference (`&amp;`, `&#38;`) is escaped, in urls too.
const CHARACTER_REFERENCE_START = /&(?=[#A-Za-z])/g
