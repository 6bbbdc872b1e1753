/**
 * What changed between the table on the page and the new one, by posting link:
 * the openings added and removed, for outputs, the job summary and the commit message.
 */
import { normalizeUrl } from './url.js'

export interface TableChanges {
  added: string[]
  removed: string[]
  /** Rows of the old table, for the guard against a feed that suddenly loses most openings. */
  previousRows: number
}

export async function tableChanges(
  oldTable: string,
  newUrls: readonly string[]
): Promise<TableChanges> {
  const before = await postingLinks(oldTable)
  const after = new Set(newUrls.map(normalizeUrl))
  return {
    added: [...after].filter(url => !before.has(url)),
    removed: [...before].filter(url => !after.has(url)),
    previousRows: before.size
  }
}

export interface LinkOptions {
  /** Read a table as this tool writes it without a Markdown parse. Default true; false parses. */
  scan?: boolean
}

/**
 * The link of each row's Position cell (the second column) of the first table, normalized.
 * The Markdown parser loads only for a table this tool did not write.
 */
export async function postingLinks(
  markdown: string,
  { scan = true }: LinkOptions = {}
): Promise<Set<string>> {
  if (!markdown.includes('|')) return new Set()
  const scanned = scan ? ourTableLinks(markdown) : undefined
  if (scanned) return scanned
  const { positionLinks } = await import('./position-links.js')
  return new Set(positionLinks(markdown).map(normalizeUrl))
}

/**
 * The fast path, for a table as this tool writes it: header and `| - |` delimiter rows on the
 * first two lines, then rows that start with `|` up to a blank line or the end, each with a
 * Position cell `**[label](url)**` whose label and url hold nothing that could change how the
 * link parses (no unescaped brackets, backticks or `<` but in `<!-- -->`, no parentheses or
 * spaces in the url). Undefined for anything else, which the parse reads. A property test
 * (__tests__/perf-equivalence/changes.test.ts) compares both on generated tables.
 */
function ourTableLinks(markdown: string): Set<string> | undefined {
  const lines = markdown.split('\n')
  const [header = '', delimiter = ''] = lines
  const columns = header.startsWith('|') ? cellsOf(header).length : 0
  if (columns < 2 || delimiter !== `|${' - |'.repeat(columns)}`) return undefined
  const links = new Set<string>()
  for (const row of lines.slice(2)) {
    if (row.trim() === '') break
    if (!row.startsWith('|')) return undefined
    const link = POSITION_LINK.exec(cellsOf(row)[1] ?? '')
    if (!link) return undefined
    links.add(normalizeUrl(link[1]!.replace(/\\(.)/g, '$1')))
  }
  return links
}

/** The contents of a row's cells, trimmed; an escaped `\\|` does not split (nor does `\\\\` escape it). */
function cellsOf(row: string): string[] {
  const cells: string[] = []
  let start = 1
  for (let at = 1; at < row.length; at++) {
    const char = row[at]
    if (char === '\\') at++
    else if (char === '|') {
      cells.push(row.slice(start, at).trim())
      start = at + 1
    }
  }
  if (row.slice(start).trim() !== '') cells.push(row.slice(start).trim())
  return cells
}

// A backslash escape of ASCII punctuation, taken as a pair.
const ESCAPE = String.raw`\\[!-/:-@[-\`{-~]`
const LABEL = String.raw`(?:${ESCAPE}|<!-- -->|[^[\]\\\`<>])*`
const URL_CHARACTERS = String.raw`(?:${ESCAPE}|&(?![#A-Za-z])|[A-Za-z0-9\-._:/?#@=%+,;])*`
const POSITION_LINK = new RegExp(
  String.raw`^\*\*\[${LABEL}\]\((https?:\/\/${URL_CHARACTERS})\)\*\*$`
)
