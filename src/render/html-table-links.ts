/**
 * An HTML `<table>` read back for change detection: each body row's cells as their first
 * `<a href>`, parsed by hast-util-from-html. Its own module, loaded only when a README holds an
 * HTML table: the HTML parser is the largest library a run would otherwise load for nothing.
 */

import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { find, isElement, visit } from './html-table.js'

/**
 * The first table of an HTML fragment, each body row (a row of `<td>` cells) as the first
 * `<a href>` of each of its cells; [] without a table.
 */
export function htmlTableLinks(fragment: string): Array<Array<string | undefined>> {
  const table = find(fromHtml(fragment, { fragment: true }), node => node.tagName === 'table')
  if (!table) return []
  const rows: Array<Array<string | undefined>> = []
  visit(table, node => {
    if (node.tagName !== 'tr') return
    const cells = node.children.filter(isElement)
    if (cells.some(cell => cell.tagName === 'td'))
      rows.push(cells.map(cell => find(cell, isAnchor)?.properties.href as string | undefined))
  })
  return rows
}

function isAnchor(node: Element): boolean {
  return node.tagName === 'a' && typeof node.properties.href === 'string'
}
