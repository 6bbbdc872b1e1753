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
 * board's script cut in two), each body row (a row of `<td>` cells) as the first `<a href>` of
 * each of its cells, in order; [] without a table.
 */
export function htmlTableLinks(fragment: string): Array<Array<string | undefined>> {
  const rows: Array<Array<string | undefined>> = []
  for (const table of tablesIn(fromHtml(fragment, { fragment: true })))
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
