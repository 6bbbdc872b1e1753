/**
 * The starting boards file `init` writes: for each table it wrapped, a board with the table as
 * the README writes it (format, headers, the delimiter row's cells exactly, so the first run
 * changes only what really changed) and cell templates guessed from the headers, with the
 * tracking parameters its posting links carry. Added to an existing boards file as new boards,
 * its comments and the other boards kept; a README it already describes is left alone.
 */
import { isMap, isSeq, parseDocument, YAMLMap, type Document } from 'yaml'
import { DEFAULT_LABELS } from '../config/labels.js'
import { DEFAULT_TABLE } from '../config/table.js'
import type { FoundTable } from './tables.js'

export interface BoardsFileResult {
  /** The file's new text; undefined when it already describes this README's tables. */
  text?: string
  /** The boards added. */
  added: number
}

/**
 * `existing` is the boards file's text (undefined: none yet); `listings` the listings path to
 * name at the top of a new file, when one was found beside the README; `prefix` the marker
 * prefix init wrote the markers with (each board names it unless it is the default, jobs).
 */
export function boardsFileWith(
  existing: string | undefined,
  readme: string,
  tables: (FoundTable & { zone?: string })[],
  listings?: string,
  prefix = 'jobs'
): BoardsFileResult {
  const document = existing === undefined ? newDocument(readme, listings) : parseDocument(existing)
  const boards = document.get('boards')
  if (!isSeq(boards)) throw new Error('its "boards" is not a list')
  const described = new Set(
    boards.items.flatMap(board =>
      isMap(board) ? [`${String(board.get('readme'))}#${String(board.get('zone') ?? '')}`] : []
    )
  )
  let added = 0
  for (const table of tables) {
    if (described.has(`${readme}#${table.zone ?? ''}`)) continue
    boards.add(boardNode(document, readme, table, prefix))
    added += 1
  }
  return { text: added === 0 ? undefined : document.toString({ lineWidth: 0 }), added }
}

function newDocument(readme: string, listings: string | undefined): Document {
  const document = parseDocument(
    `${listings ? `listings: ${JSON.stringify(listings)}\n` : ''}boards: []\n`
  )
  document.commentBefore = [
    ` Written by "jobs-readme init" from ${readme}: each table as the README writes it.`,
    ' The cell templates are guesses from the headers: check each against your listings',
    ' (the fields of a record, see README: Columns) before the first run.',
    ...(listings ? [] : [' Name your listings file: listings: path/to/listings.json'])
  ].join('\n')
  const boards = document.get('boards')
  if (isSeq(boards)) boards.flow = false
  return document
}

function boardNode(
  document: Document,
  readme: string,
  table: FoundTable & { zone?: string },
  prefix: string
) {
  const tracking = trackingQuery(postingLinks(table))
  const utm = utmSettings(tracking)
  // The default table writes its links with our utm parameters or none: other tracking
  // parameters need the templates below.
  const standard = isDefaultTable(table) && (tracking === '' || utm !== undefined)
  const board: Record<string, unknown> = { readme }
  if (table.zone !== undefined) board.zone = table.zone
  if (prefix !== 'jobs') board['marker-prefix'] = prefix
  // Exactly our own utm parameters: the run adds them with these values. Other tracking
  // parameters, or none: no utm of ours, the links stay as the README has them.
  if (utm && standard) Object.assign(board, utm)
  else board.utm = false
  if (!standard)
    board.table = {
      format: table.format,
      columns: table.headers.map((header, index) => ({
        header: liquidText(header),
        ...(table.delimiters[index] ? { delimiter: table.delimiters[index] } : {}),
        ...(table.align?.[index] ? { align: table.align[index] } : {}),
        cell: cellGuess(header, table.headers, tracking)
      }))
    }
  const node = document.createNode(board) as YAMLMap
  node.commentBefore = [
    table.zone !== undefined
      ? ` The "${table.heading}" table: choose its rows, e.g. select: { field: category, equals: ... }`
      : '',
    standard
      ? ' The default table (Company, Position, Location, Type, Date), as the README has it.'
      : '',
    tracking
      ? utm && standard
        ? ` Its posting links carry ?${tracking}: the run adds the same.`
        : ` Its posting links carry ?${tracking}, kept by the templates below.`
      : ' Its links carry no tracking parameters: utm is off, so that the run adds none.'
  ]
    .filter(Boolean)
    .join('\n')
  return node
}

/** The default table as a run writes it: its headers (in English) and its delimiter row. */
function isDefaultTable(table: FoundTable): boolean {
  const { company, position, location, type, date } = DEFAULT_LABELS
  return (
    table.format === 'pipe' &&
    table.headers.join('\u0000') === [company, position, location, type, date].join('\u0000') &&
    table.delimiters.join('\u0000') ===
      DEFAULT_TABLE.columns.map(column => column.delimiter).join('\u0000')
  )
}

/**
 * The utm inputs when the tracking parameters are utm_source, utm_medium and utm_campaign, in
 * that order and written as a run writes them.
 */
function utmSettings(tracking: string): Record<string, string> | undefined {
  const values = new URLSearchParams(tracking)
  const keys = ['utm_source', 'utm_medium', 'utm_campaign'] as const
  if (!keys.every(key => values.get(key))) return undefined
  const ours = new URLSearchParams(keys.map((key): [string, string] => [key, values.get(key)!]))
  if (ours.toString() !== tracking) return undefined
  return Object.fromEntries(keys.map(key => [key.replace('_', '-'), values.get(key)!]))
}

/** Liquid text that renders as itself: a header with `{{` or `{%` in it goes in a raw block. */
function liquidText(text: string): string {
  return /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text
}

/** The links of the column that links the postings: Apply, else the role, else the first with links. */
function postingLinks(table: FoundTable): string[] {
  const column = [APPLY, ROLE]
    .map(pattern => table.headers.findIndex(header => pattern.test(header)))
    .find(index => index >= 0 && (table.columnLinks[index]?.length ?? 0) > 0)
  return table.columnLinks[column ?? table.columnLinks.findIndex(links => links.length > 0)] ?? []
}

/**
 * The query parameters most of the posting links end with (`utm_source=Simplify&ref=Simplify`):
 * those present in at least nine links of ten; '' when there are none.
 */
export function trackingQuery(links: string[]): string {
  const postings = links.filter(link => /^https?:/i.test(link))
  if (postings.length === 0) return ''
  const counts = new Map<string, number>()
  for (const link of postings) {
    let url: URL
    try {
      url = new URL(link)
    } catch {
      continue
    }
    for (const pair of new Set(url.search.replace(/^\?/, '').split('&')))
      if (/^(utm_[a-z]+|ref|source)=/i.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, count]) => count * 10 >= postings.length * 9)
    .map(([pair]) => pair)
    .join('&')
}

/** A cell template for a column, from its header's words. */
function cellGuess(header: string, headers: string[], tracking: string): string {
  const url = tracking ? `url | with_query: ${JSON.stringify(tracking)}` : 'url'
  const applyColumn = headers.some(each => APPLY.test(each))
  if (/company|employer/i.test(header)) return '**{{ company | link: company_url }}**'
  if (APPLY.test(header)) return `{% assign apply = ${url} %}{{ "Apply" | link: apply }}`
  if (ROLE.test(header))
    return applyColumn ? '{{ title }}' : `{% assign apply = ${url} %}{{ title | link: apply }}`
  if (/location|where|city/i.test(header)) return '{{ location }}'
  if (/\bage\b/i.test(header)) return '{{ posted_at | age }}'
  if (/date|posted|added/i.test(header)) return '{{ posted_at | date }}'
  if (/type|remote/i.test(header)) return '{{ work_type | label }}'
  if (/salary|pay/i.test(header)) return '{{ salary }}'
  if (/term|season/i.test(header)) return '{{ terms | join: ", " }}'
  const field = header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
  // A field named as the header, when that is a name Liquid takes.
  return /^[a-z_][\p{L}\p{N}_]*$/u.test(field) ? `{{ ${field} }}` : ''
}

const APPLY = /apply|application|link/i
const ROLE = /role|title|position|job/i
