/** Small mdast builders, so the zone renderers read like the Markdown they produce. */

import type {
  Break,
  Emphasis,
  Html,
  Link,
  Paragraph,
  PhrasingContent,
  Strong,
  TableRow,
  Text
} from 'mdast'

/**
 * The white space at the edges of the line a cell's phrasing was parsed from, around a NUL
 * (template-mdast.ts): GitHub does not show it, but a value's there (the tab of an untrimmed
 * `Skyworks\t`) tells the cell from one without it, as a board's script tells the names apart,
 * and a pipe table writes its spaces and tabs as the script prints them.
 */
export function cellEdges(cell: readonly PhrasingContent[]): string {
  return EDGES.get(cell) ?? ''
}

export function setCellEdges(cell: readonly PhrasingContent[], edges: string): void {
  EDGES.set(cell, edges)
}

const EDGES = new WeakMap<readonly PhrasingContent[], string>()

export function text(value: string): Text {
  return { type: 'text', value }
}

export function html(value: string): Html {
  return { type: 'html', value }
}

export function strong(children: PhrasingContent[]): Strong {
  return { type: 'strong', children }
}

export function emphasis(children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children }
}

export function link(url: string, children: PhrasingContent[]): Link {
  return { type: 'link', url, children }
}

export function hardBreak(): Break {
  return { type: 'break' }
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children }
}

export function tableRow(cells: PhrasingContent[][]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map(children => ({ type: 'tableCell', children }))
  }
}
