/**
 * An HTML `<table>` read back for change detection: each body row's cells as their first
 * `<a href>`, parsed by hast-util-from-html. Its own module, loaded only when a README holds an
 * HTML table: the HTML parser is the largest library a run would otherwise load for nothing.
 */

import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { ShownText } from '../changes.js'
import { isElement, visit } from './html-table.js'
import { CLOSED_MARK } from './openings.js'

/**
 * The tables of an HTML fragment (each not inside another's cell: the halves of a table its
 * board's script cut in two) that start in one of `blocks` (lines of the fragment, 1-based, the
 * last included: the HTML blocks the page's parse read a table of the zone in), in order: the
 * text of its header row's cells (its first row of `<th>` cells alone; [] without one), and each
 * body row (a row of `<td>` cells) as the first link of each of its cells, in order: an
 * `<a href>`, or an address its text shows (ShownText); `locked`: whether each body row shows
 * the 🔒 of a closed row (closed: mark).
 */
export function htmlTableLinks(
  fragment: string,
  blocks: readonly { line: number; endLine: number }[]
): Array<{ header: string[]; rows: Array<Array<string | undefined>>; locked: boolean[] }> {
  const inBlock = (table: Element) => {
    const line = table.position?.start.line ?? 0
    return blocks.some(block => line >= block.line && line <= block.endLine)
  }
  return tablesIn(fromHtml(fragment, { fragment: true }))
    .filter(inBlock)
    .map(table => {
      let header: string[] | undefined
      const rows: Array<Array<string | undefined>> = []
      const locked: boolean[] = []
      visit(table, node => {
        if (node.tagName !== 'tr') return
        const cells = node.children.filter(isElement)
        if (cells.some(cell => cell.tagName === 'td')) {
          rows.push(cells.map(cell => firstLink(cell.children)))
          locked.push(cells.some(cell => textOf(cell).includes(CLOSED_MARK)))
        } else if (header === undefined && cells.some(cell => cell.tagName === 'th'))
          header = cells.map(textOf)
      })
      return { header: header ?? [], rows, locked }
    })
}

/** The text an element shows: its text nodes', in order. */
function textOf(node: Element): string {
  return node.children
    .map(child => (child.type === 'text' ? child.value : isElement(child) ? textOf(child) : ''))
    .join('')
}

/** The `<table>` elements below `root` that no other table holds. */
function tablesIn(root: HastRoot | Element): Element[] {
  const tables: Element[] = []
  for (const child of root.children)
    if (isElement(child)) tables.push(...(child.tagName === 'table' ? [child] : tablesIn(child)))
  return tables
}

/**
 * The first link of a cell's nodes, in document order: an `<a href>`, or an address its text
 * shows, read as a pipe table's cell is (changes.ts firstLink).
 */
function firstLink(nodes: readonly ElementContent[]): string | undefined {
  const shown = new ShownText()
  for (const node of nodes) {
    if (shown.add(node.type, node.type === 'text' || node.type === 'comment' ? node.value : ''))
      continue
    const bare = shown.link()
    if (bare) return bare
    if (!isElement(node)) continue
    const { href } = node.properties
    const link = node.tagName === 'a' && typeof href === 'string' ? href : firstLink(node.children)
    if (link !== undefined) return link
  }
  return shown.link()
}
