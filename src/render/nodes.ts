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
