/** The Current Openings table: one row per selected listing, as an mdast GFM table. */

import type { AlignType, PhrasingContent, Table } from 'mdast'
import type { Labels } from '../config/labels.js'
import type { Listing, WorkType } from '../model.js'
import { monthDay } from './dates.js'
import { link, strong, tableRow, text } from './nodes.js'
import { literalText } from './text.js'
import { withoutTracking } from '../url.js'
import { repeatedCompanies } from './rows.js'

export interface OpeningsOptions {
  labels: Labels
  /** Tracking parameters for the position links; undefined adds none and leaves the url as given. */
  utm?: { source: string; medium: string; campaign: string }
  /** IANA zone the Date column is shown in, e.g. `UTC`. */
  timezone: string
  /** Shown in place of a company the row above names on the same day; undefined: none. */
  repeatCompany?: string
  /** `mark`: a closed listing shows 🔒 in place of its link. Default: closed rows are not expected. */
  closed?: 'mark'
}

/** What a cell knows of its row beyond the listing (whose `active` says whether it is closed). */
export interface RowContext {
  /** The row above names the same company on the same day (see rows.ts). */
  repeatsCompany: boolean
}

export function openingsTable(rows: Listing[], options: OpeningsOptions): Table {
  const repeats = options.repeatCompany ? repeatedCompanies(rows, options.timezone) : []
  return {
    type: 'table',
    align: OPENINGS_COLUMNS.map(column => column.align),
    data: { delimiterRow: OPENINGS_COLUMNS.map(column => column.delimiter) },
    children: [
      tableRow(OPENINGS_COLUMNS.map(column => [text(column.header(options.labels))])),
      ...rows.map((listing, index) => {
        const row: RowContext = { repeatsCompany: repeats[index] ?? false }
        return tableRow(OPENINGS_COLUMNS.map(column => column.cell(listing, options, row)))
      })
    ]
  }
}

/** A column of the table: how it is headed, aligned and filled. */
export interface Column {
  header: (labels: Labels) => string
  align: AlignType
  /** The column's cell of the delimiter row, matching `align`: `-------`, `:---:`, ... */
  delimiter: string
  /** Its first link is the posting's: change detection reads the old table's rows by it. */
  postingLink?: true
  cell: (listing: Listing, options: OpeningsOptions, row: RowContext) => PhrasingContent[]
}

/** In place of the link of a closed listing, with `closed: mark`. */
export const CLOSED_MARK = '🔒'

/** Company · Position · Location · Type · Date, the delimiter row as job boards of this format write it. */
export const OPENINGS_COLUMNS: readonly Column[] = [
  {
    header: labels => labels.company,
    align: null,
    delimiter: '-------',
    cell: (listing, { labels, repeatCompany }, { repeatsCompany }) =>
      repeatCompany !== undefined && repeatsCompany
        ? [text(repeatCompany)]
        : [strong(linked(cellText(listing.company, labels), listing.companyUrl))]
  },
  {
    header: labels => labels.position,
    align: null,
    delimiter: '--------',
    postingLink: true,
    cell: (listing, { labels, utm, closed }) =>
      closed === 'mark' && !listing.active
        ? [strong(cellText(listing.title, labels)), text(` ${CLOSED_MARK}`)]
        : [strong(linked(cellText(listing.title, labels), withUtm(listing.url, utm)))]
  },
  {
    header: labels => labels.location,
    align: null,
    delimiter: '--------',
    cell: (listing, { labels }) => cellText(listing.location, labels)
  },
  {
    header: labels => labels.type,
    align: null,
    delimiter: '----',
    cell: (listing, { labels }) => [text(workTypeLabel(listing.workType, labels))]
  },
  {
    header: labels => labels.date,
    align: null,
    delimiter: '------',
    cell: (listing, { timezone }) => [text(monthDay(listing.postedAt, timezone))]
  }
]

/** Listing text shown literally; `N/A` (labels.notAvailable) when nothing is left of it. */
function cellText(value: string, labels: Labels): PhrasingContent[] {
  const children = literalText(value)
  return children.length > 0 ? children : [text(labels.notAvailable)]
}

function linked(children: PhrasingContent[], url: string | undefined): PhrasingContent[] {
  return url ? [link(linkTarget(url), children)] : children
}

/**
 * The url as the feed wrote it when a browser reads it the same on any page: `http(s)://`
 * with no space, control character or backslash. Otherwise its parsed form, so that
 * `https:acme.example` cannot become a link into the repository on GitHub's page, nor a
 * line break inside turn into `%0A`.
 */
function linkTarget(url: string): string {
  return /^https?:\/\/[^\s\\\p{C}]+$/iu.test(url) ? url : new URL(url).href
}

/**
 * The posting url with our tracking parameters. Every `utm_*` parameter already there is
 * dropped, so a feed's own tracking never mixes with ours; other parameters stay as written.
 */
export function withUtm(url: string, utm: OpeningsOptions['utm']): string {
  if (!utm) return url
  const parsed = new URL(url)
  const ours = new URLSearchParams({
    utm_source: utm.source,
    utm_medium: utm.medium,
    utm_campaign: utm.campaign
  })
  const kept = withoutTracking(parsed.search)
  parsed.search = kept ? `${kept}&${ours}` : `?${ours}`
  return parsed.href
}

function workTypeLabel(workType: WorkType, labels: Labels): string {
  const names: Record<WorkType, string> = {
    remote: labels.remote,
    hybrid: labels.hybrid,
    on_site: labels.onSite
  }
  return names[workType]
}
