/**
 * A dedicated serializer for the openings table, byte for byte what mdast-util-to-markdown
 * writes with our options (see markdown.ts), at a fraction of its cost: a board of thousands of
 * rows spends most of its render time in the general serializer's escaping.
 *
 * Only what needs no escaping but `|` is written here (phrasing-markdown.ts), in the shapes our
 * tables use (text, strong, link, html). Any other cell goes through mdast-util-to-markdown
 * itself, alone in a one-cell table, which serializes a cell exactly as it does inside a bigger
 * one. A property test (__tests__/perf-equivalence/table-markdown.test.ts) compares both on
 * hostile rows.
 */

import type { Table, TableCell } from 'mdast'
import { phrasingMarkdown } from './phrasing-markdown.js'

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
  const cellMarkdown = (cell: TableCell) =>
    phrasingMarkdown(cell.children, 'tableCell') ?? slowCell(cell, serializeTable)
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
