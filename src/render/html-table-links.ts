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
  return tablesIn(parsed(fragment))
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

/**
 * The first table of an HTML fragment that starts in `block` (as htmlTableLinks finds it): the
 * text of its header row's cells, and for each body row whether each cell holds anything (text,
 * or an element such as an image); undefined when the block holds no table.
 */
export function htmlTableColumns(
  fragment: string,
  block: { line: number; endLine: number }
): { header: string[]; filled: boolean[][] } | undefined {
  const table = tablesIn(parsed(fragment)).find(table => {
    const line = table.position?.start.line ?? 0
    return line >= block.line && line <= block.endLine
  })
  if (table === undefined) return undefined
  let header: string[] | undefined
  const filled: boolean[][] = []
  visit(table, node => {
    if (node.tagName !== 'tr') return
    const cells = node.children.filter(isElement)
    if (cells.some(cell => cell.tagName === 'td'))
      filled.push(cells.map(cell => textOf(cell).trim() !== '' || cell.children.some(isElement)))
    else if (header === undefined && cells.some(cell => cell.tagName === 'th'))
      header = cells.map(textOf)
  })
  return { header: header ?? [], filled }
}

/**
 * The tree of `fragment`, parsed once for both readers of a run's old table (change detection,
 * and the columns the run drops): the last fragment's is kept, as neither changes it.
 */
function parsed(fragment: string): HastRoot {
  if (last?.fragment !== fragment) last = { fragment, tree: fromHtml(fragment, { fragment: true }) }
  return last.tree
}

let last: { fragment: string; tree: HastRoot } | undefined

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
