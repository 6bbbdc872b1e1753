/**
 * An HTML `<table>` read back for change detection: each body row's cells as their first
 * `<a href>`, parsed by hast-util-from-html. Its own module, loaded only when a README holds an
 * HTML table: the HTML parser is the largest library a run would otherwise load for nothing.
 */

import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { find, isElement, visit } from './html-table.js'

/**
 * The tables of an HTML fragment (each not inside another's cell: the halves of a table its
 * board's script cut in two) that start in one of `blocks` (lines of the fragment, 1-based, the
 * last included: the HTML blocks the page's parse read a table of the zone in), each body row (a
 * row of `<td>` cells) as the first `<a href>` of each of its cells, in order; [] without one.
 */
export function htmlTableLinks(
  fragment: string,
  blocks: readonly { line: number; endLine: number }[]
): Array<Array<string | undefined>> {
  const rows: Array<Array<string | undefined>> = []
  const inBlock = (table: Element) => {
    const line = table.position?.start.line ?? 0
    return blocks.some(block => line >= block.line && line <= block.endLine)
  }
  for (const table of tablesIn(fromHtml(fragment, { fragment: true })).filter(inBlock))
    visit(table, node => {
      if (node.tagName !== 'tr') return
      const cells = node.children.filter(isElement)
      if (cells.some(cell => cell.tagName === 'td'))
        rows.push(cells.map(cell => find(cell, isAnchor)?.properties.href as string | undefined))
    })
  return rows
}

/** The `<table>` elements below `root` that no other table holds. */
function tablesIn(root: HastRoot | Element): Element[] {
  const tables: Element[] = []
  for (const child of root.children)
    if (isElement(child)) tables.push(...(child.tagName === 'table' ? [child] : tablesIn(child)))
  return tables
}

function isAnchor(node: Element): boolean {
  return node.tagName === 'a' && typeof node.properties.href === 'string'
}
