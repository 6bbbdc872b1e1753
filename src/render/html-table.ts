/**
 * The openings table as an HTML `<table>`, for boards that write one: the same mdast table,
 * turned into hast (mdast-util-to-hast) and written by hast-util-to-html. The template's own
 * tags (raw HTML nodes) pass through as written; every text is HTML-escaped by the writer.
 * GitHub reads the table as one HTML block, which ends at a blank line: no line of it is blank,
 * and a blank line closes it, so that the zone's end marker after it is read as a marker.
 */

import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import type { ImageReference, LinkReference, Table } from 'mdast'
import { defaultHandlers, toHast, type Handlers } from 'mdast-util-to-hast'
import type { Attributes, TableSettings } from '../config/table.js'
import { plainAmpersands } from './template-mdast.js'

/**
 * The table's lines: up to the first row, one entry per body row (of several lines), the end.
 * `settings`: the attributes the board's `<table>`, `<th>` and `<td>` elements write.
 */
export function htmlTableLines(
  table: Table,
  settings?: Pick<TableSettings, 'attributes' | 'headerRowAttributes' | 'rowAttributes' | 'columns'>
): { head: string[]; body: string[]; foot: string[] } {
  const element = toHast(table, { allowDangerousHtml: true, handlers: REFERENCES }) as Element
  const sections = element.children.filter(isElement)
  const thead = sections.find(section => section.tagName === 'thead')
  const rows =
    sections.find(section => section.tagName === 'tbody')?.children.filter(isElement) ?? []
  const columns = settings?.columns ?? []
  const cells = (row: Element | undefined) => row?.children.filter(isElement) ?? []
  const headerRow = thead?.children.find(isElement)
  if (headerRow) attribute(headerRow, settings?.headerRowAttributes)
  for (const [index, cell] of cells(headerRow).entries())
    attribute(cell, columns[index]?.headerAttributes)
  for (const row of rows) {
    attribute(row, settings?.rowAttributes)
    for (const [index, cell] of cells(row).entries())
      attribute(cell, columns[index]?.cellAttributes)
  }
  const opening = html({
    type: 'element',
    tagName: 'table',
    properties: propertiesOf(settings?.attributes),
    children: []
  }).replace(/<\/table>$/, '')
  const head = [opening, ...(thead ? [html(thead)] : []), ...(rows.length > 0 ? ['<tbody>'] : [])]
  // A blank last line: joined with line endings, the text ends in two.
  const foot = [...(rows.length > 0 ? ['</tbody>'] : []), '</table>', '', '']
  return { head, body: rows.map(html), foot }
}

/**
 * A cell's `[text][label]` and `![alt][label]` whose label the README defines: GitHub resolves no
 * reference inside an HTML block, so the link or image is written with the definition's url
 * (template-mdast.ts gives it); without one, the reference is its text, as GitHub shows it.
 */
const REFERENCES: Handlers = {
  linkReference(state, node: LinkReference) {
    const definition = node.data?.definition
    if (!definition) return defaultHandlers.linkReference(state, node)
    const { url, title = null } = definition
    return defaultHandlers.link(state, { type: 'link', url, title, children: node.children })
  },
  imageReference(state, node: ImageReference) {
    const definition = node.data?.definition
    if (!definition) return defaultHandlers.imageReference(state, node)
    const { url, title = null } = definition
    return defaultHandlers.image(state, { type: 'image', url, title, alt: node.alt ?? '' })
  }
}

/**
 * Gives a row, or a cell, the attributes the table or its column names, in their order; a
 * cell's `align` (from the column's `align`) stays first unless they name it too.
 */
function attribute(cell: Element, attributes: Attributes | undefined): void {
  if (!attributes) return
  const given = propertiesOf(attributes)
  cell.properties = 'align' in given ? given : { ...cell.properties, ...given }
}

/** Attributes as hast properties (`class` is `className`), read as a browser reads them. */
function propertiesOf(attributes: Attributes | undefined): Properties {
  if (!attributes) return {}
  const quoted = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ')
  const [span] = fromHtml(`<span ${quoted}></span>`, { fragment: true }).children
  return span && isElement(span) ? span.properties : {}
}

function html(node: Element): string {
  const written = toHtml(node, {
    allowDangerousHtml: true,
    characterReferences: { useNamedReferences: true }
  })
  return plainAmpersands(written.replace(/\n+/g, '\n'))
}

export function isElement(node: ElementContent | HastRoot['children'][number]): node is Element {
  return node.type === 'element'
}

export function find(
  root: HastRoot | Element,
  test: (node: Element) => boolean
): Element | undefined {
  let found: Element | undefined
  visit(root, node => {
    if (!found && test(node)) found = node
  })
  return found
}

/** Calls `each` for every element below `root`, in document order. */
export function visit(root: HastRoot | Element, each: (node: Element) => void): void {
  for (const child of root.children) {
    if (!isElement(child)) continue
    each(child)
    visit(child, each)
  }
}
