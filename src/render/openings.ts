/** The Current Openings table: one row per selected listing, as an mdast GFM table. */

import type { AlignType, PhrasingContent, Table } from 'mdast'
import type { Labels } from '../config/labels.js'
import { DEFAULT_TABLE } from '../config/table.js'
import type { Listing } from '../model.js'
import { tableColumns } from './columns.js'
import { tableRow } from './nodes.js'

export { withUtm } from './columns.js'

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
  /** The table's columns; default OPENINGS_COLUMNS. */
  columns?: readonly Column[]
}

export function openingsTable(rows: Listing[], options: OpeningsOptions): Table {
  const columns = options.columns ?? OPENINGS_COLUMNS
  return {
    type: 'table',
    align: columns.map(column => column.align),
    data: { delimiterRow: columns.map(column => column.delimiter) },
    children: [
      tableRow(columns.map(column => column.header(options))),
      ...rows.map(listing => tableRow(columns.map(column => column.cell(listing, options))))
    ]
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
  cell: (listing: Listing, options: OpeningsOptions) => PhrasingContent[]
}

/** Company · Position · Location · Type · Date, the delimiter row as job boards of this format write it. */
export const OPENINGS_COLUMNS: readonly Column[] = tableColumns(DEFAULT_TABLE.columns)
