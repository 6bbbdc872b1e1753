/** The Current Openings table: one row per selected listing, as an mdast GFM table. */

import type { AlignType, PhrasingContent, Table } from 'mdast'
import type { Labels } from '../config/labels.js'
import type { RepeatCompanyWhen } from '../config/selection.js'
import { DEFAULT_TABLE } from '../config/table.js'
import type { Listing } from '../model.js'
import { tableColumns } from './columns.js'
import { tableRow, text } from './nodes.js'
import { repeatedCompanies } from './rows.js'
import type { AgeDays } from './template-values.js'
import type { References } from '../zones/find.js'

export interface OpeningsOptions {
  labels: Labels
  /** Tracking parameters for the position links; undefined adds none and leaves the url as given. */
  utm?: { source: string; medium: string; campaign: string }
  /** IANA zone the dates are shown in, e.g. `UTC`. */
  timezone: string
  /** BCP 47 locale of month and weekday names; default `en-US`. */
  locale?: string
  /** The run's clock, for a listing's age. Default: the real clock. */
  now?: Date
  /** How a listing's age counts its days (`age` filter, `same-age`). Default `elapsed`. */
  ageDays?: AgeDays
  /** The README's link reference definitions, which a cell template's `[text][label]` may use. */
  references?: References
  /**
   * The board whose table it is, as its messages name it (`backend.md`, `README.md (intern)`):
   * a template's failure names it. Undefined: none named.
   */
  table?: string
  /** The table's columns; default the default table's (config/table.ts). */
  columns?: readonly Column[]
  /**
   * Shown in place of the company when the row above names the same company posted alike (see
   * repeatCompanyWhen); undefined: none. The company column is the first column that is not
   * the posting's.
   */
  repeatCompany?: string
  /**
   * `same-day` (default): posted on the same calendar day; `same-age`: as many days ago;
   * `same-date-text`: the date column (Column `date`) shows the same.
   */
  repeatCompanyWhen?: RepeatCompanyWhen
  /** `mark`: a closed listing's posting cell shows 🔒 in place of its link. Default: no closed rows. */
  closed?: 'mark'
}

export function openingsTable(rows: Listing[], options: OpeningsOptions): Table {
  const columns = options.columns ?? tableColumns(DEFAULT_TABLE.columns)
  const cellOf = (listing: Listing) => (column: Column) => {
    const cell = column.cell(listing, options)
    return column.postingLink && options.closed === 'mark' && !listing.active
      ? closedCell(cell)
      : cell
  }
  const body = rows.map(listing => columns.map(cellOf(listing)))
  const companyColumn = columns.findIndex(column => !column.postingLink)
  if (options.repeatCompany !== undefined && companyColumn >= 0) {
    const companies = body.map(cells => cells[companyColumn]!)
    const date = columns.findIndex(column => column.date)
    const company = columns[companyColumn]!
    const repeats = repeatedCompanies(rows, companies, {
      dates: date < 0 ? undefined : body.map(cells => cells[date]!),
      // A cell that reads nothing of the posting shows the same for the posting above.
      asAbove: company.postingFree
        ? undefined
        : index =>
            company.cell(
              { ...rows[index]!, id: rows[index - 1]!.id, url: rows[index - 1]!.url },
              options
            ),
      when: options.repeatCompanyWhen,
      timezone: options.timezone,
      now: options.now ?? Date.now(),
      ageDays: options.ageDays
    })
    for (const [index, cells] of body.entries())
      if (repeats[index]) cells[companyColumn] = [text(options.repeatCompany)]
  }
  return {
    type: 'table',
    align: columns.map(column => column.align),
    data: { delimiterRow: columns.map(column => column.delimiter) },
    children: [tableRow(columns.map(column => column.header(options))), ...body.map(tableRow)]
  }
}

/** A column of the table: how it is headed, aligned and filled. */
export interface Column {
  header: (options: OpeningsOptions) => PhrasingContent[]
  align: AlignType
  /** The column's cell of the delimiter row, matching `align`: `-------`, `:---:`, ... */
  delimiter: string
  /** Its first link is the posting's: change detection reads the old table's rows by it. */
  postingLink?: true
  /** It shows the posting date (config/table.ts dateColumn): `same-date-text` compares it. */
  date?: true
  /** Its cell reads nothing that tells one posting from another (`id`, `url`, `url_raw`). */
  postingFree?: true
  cell: (listing: Listing, options: OpeningsOptions) => PhrasingContent[]
}

/** The mark a closed listing shows in place of its posting link. */
export const CLOSED_MARK = '🔒'

/**
 * A posting cell of a closed listing: its links' text without the links (an image button, in
 * Markdown, inline or by reference, or as an HTML `<a><img></a>`, goes with its link), then the
 * mark; the mark alone when the cell shows nothing else (a template that leaves closed listings
 * empty), and none added when the cell shows it already (a template that writes closed
 * listings a label of their own, `{% if active %}…{% else %}🔒 Closed {% endif %}`).
 */
function closedCell(cell: PhrasingContent[]): PhrasingContent[] {
  const kept = unlinked(cell)
  const blank = kept.every(node => node.type === 'text' && node.value.trim() === '')
  if (blank) return [text(CLOSED_MARK)]
  return shows(kept, CLOSED_MARK) ? kept : [...kept, text(` ${CLOSED_MARK}`)]
}

/** Whether the text of `nodes` (emphasis and links included) holds `mark`. */
function shows(nodes: PhrasingContent[], mark: string): boolean {
  return nodes.some(node =>
    node.type === 'text'
      ? node.value.includes(mark)
      : 'children' in node && shows(node.children as PhrasingContent[], mark)
  )
}

function unlinked(nodes: PhrasingContent[]): PhrasingContent[] {
  let anchors = 0
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'link') return unlinked(node.children.filter(child => !isImage(child)))
    if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete')
      return [{ ...node, children: unlinked(node.children) }]
    if (node.type === 'html') {
      if (OPENING_ANCHOR.test(node.value)) anchors++
      else if (CLOSING_ANCHOR.test(node.value)) anchors = Math.max(0, anchors - 1)
      else if (!(anchors > 0 && IMAGE_TAG.test(node.value))) return [node]
      return []
    }
    return [node]
  })
}

/** An image, inline (`![Apply](…)`) or by reference (`![Apply][btn]`): a button with its link. */
function isImage(node: PhrasingContent): boolean {
  return node.type === 'image' || node.type === 'imageReference'
}

// A cell's inline HTML is one tag a node.
const OPENING_ANCHOR = /^<a(?:\s|>)/i
const CLOSING_ANCHOR = /^<\/a\s*>/i
const IMAGE_TAG = /^<img(?:\s|\/|>)/i
