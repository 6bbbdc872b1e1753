/** Reads what a visitor sees in cmark-gfm's HTML: tables, cell texts, link targets. */

export interface RenderedTable {
  /** Number of <table> elements. */
  tables: number
  /** Body rows, each the list of its cells' visible text. */
  rows: string[][]
  /** Every href, in order. */
  links: string[]
}

export function readTable(html: string): RenderedTable {
  const body = html.split('<tbody>')[1] ?? ''
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row =>
    [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(cell => visibleText(cell[1]!))
  )
  return {
    tables: html.match(/<table>/g)?.length ?? 0,
    rows,
    links: [...html.matchAll(/href="([^"]*)"/g)].map(match => decodeEntities(match[1]!))
  }
}

/** Text without tags and comments, entities decoded, as a browser shows it. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ''))
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
