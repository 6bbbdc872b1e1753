/**
 * How the selected rows become the openings zone: which rows share a company with the row
 * above, and where closed listings go (marked in place, or in a second table folded under the
 * first in a `<details>` block).
 */
import type { PhrasingContent, Table } from 'mdast'
import { withCount } from '../config/labels.js'
import type { ClosedRows, RepeatCompanyWhen } from '../config/selection.js'
import { ageInDays, calendarDay, postedDate } from '../calendar.js'
import type { Listing } from '../model.js'
import { tableLines, type PipeLayout } from './markdown.js'
import { openingsTable, type OpeningsOptions } from './openings.js'
import { cellEdges } from './nodes.js'
import { DEFAULT_LOCALE } from './dates.js'
import type { AgeDays } from './template-values.js'

export interface ZoneRowsOptions extends Omit<OpeningsOptions, 'closed'> {
  /** Default drop: the rows hold no closed listing. */
  closed?: ClosedRows
  /**
   * Writes the table: a GFM pipe table by default; for an HTML `<table>`, htmlTableLines of
   * ./html-table.ts (loaded only for a board that writes one).
   */
  writer?: TableWriter
}

/** An mdast table written as lines: up to the first row, each body row, the end. */
export type TableWriter = (table: Table) => { head: string[]; body: string[]; foot: string[] }

/** A GFM pipe table's writer, in the layout given (padded by default). */
export function pipeTable(layout?: PipeLayout): TableWriter {
  return table => ({ ...tableLines(table, layout), foot: [] })
}

const PIPE_TABLE = pipeTable()

/**
 * The zone's lines, each row's own line in the order of the rows given (for sizing), and the
 * tree of its first table, the one its lines start with (for change detection).
 */
export interface ZoneRows {
  lines: string[]
  rowLines: string[]
  table: Table
}

/**
 * The rows in the order the zone shows them: with `closed: details`, the open ones first, then
 * the closed ones (each in their order); otherwise as given.
 */
export function zoneOrder(rows: readonly Listing[], closed: ClosedRows = 'drop'): Listing[] {
  if (closed !== 'details') return [...rows]
  return [...rows.filter(row => row.active), ...rows.filter(row => !row.active)]
}

/** The rows of the zone's main table: every row, or with `closed: details` the open ones. */
export function mainTableRows(rows: readonly Listing[], closed: ClosedRows = 'drop'): Listing[] {
  return closed === 'details' ? rows.filter(row => row.active) : [...rows]
}

/**
 * The openings zone for `rows` (in zoneOrder): the table, and with `closed: details` the closed
 * rows' table in `<details><summary>Inactive roles (N)</summary>` under it, when there are any.
 */
export function zoneRows(rows: readonly Listing[], options: ZoneRowsOptions): ZoneRows {
  const { closed = 'drop', writer = PIPE_TABLE, ...rest } = options
  const tableOptions: OpeningsOptions = { ...rest, closed: closed === 'mark' ? 'mark' : undefined }
  const open = mainTableRows(rows, closed)
  const table = openingsTable(open, tableOptions)
  const main = writer(table)
  if (closed !== 'details' || open.length === rows.length)
    return { lines: [...main.head, ...main.body, ...main.foot], rowLines: main.body, table }
  const shut = rows.filter(row => !row.active)
  const folded = writer(openingsTable(shut, tableOptions))
  const summary = withCount(
    options.labels.inactiveRoles,
    shut.length,
    options.locale ?? DEFAULT_LOCALE
  )
  return {
    lines: [
      ...main.head,
      ...main.body,
      ...main.foot,
      ...(main.foot.length ? [] : ['']),
      `<details><summary>${escapeHtml(summary)}</summary>`,
      '',
      ...folded.head,
      ...folded.body,
      ...folded.foot,
      ...(folded.foot.length ? [] : ['']),
      // A blank last line, as after an HTML table: `</details>` starts an HTML block that runs
      // to the next blank line, and would take the zone's end marker in.
      '</details>',
      '',
      ''
    ],
    rowLines: [...main.body, ...folded.body],
    table
  }
}

/** When two rows count as posted alike (`repeat-company-when`), and what that reads. */
export interface PostedAlike {
  /** Default `same-day`. */
  when?: RepeatCompanyWhen
  /** `same-day`: the zone of the calendar day (the day the Date column shows). */
  timezone: string
  /** `same-age`: the run's clock the ages are counted to (as the `age` filter counts them). */
  now: Date | number
  /** `same-age`: how the ages count their days, as the `age` filter does. Default `elapsed`. */
  ageDays?: AgeDays
  /** `same-date-text`: each row's cell of the date column; none: the table has no such column. */
  dates?: readonly PhrasingContent[][]
  /**
   * Row `index`'s company cell as it shows for the posting of the row above (its `url` and
   * `id`), read where the two cells differ: a mark the cell writes for some postings only
   * (`{% case url %}{% when "…" %}🔥 {% endcase %}`) is the posting's, not the company's.
   */
  asAbove?: (index: number) => PhrasingContent[]
}

/**
 * Per row: whether its company cell shows what the row above's does (or would, shown for the
 * posting above: see asAbove), posted alike: on the same
 * calendar day in `timezone` (`same-day`), as many whole days before `now` (`same-age`, the
 * days an Age column shows), or with the same date cell (`same-date-text`: `Jun 2023` for two
 * days of June, `Oct 24` of two years). Cells, not names, are compared, the white space at their edges
 * too: `Skyworks\t` shown untrimmed is another company, as boards' own scripts compare names.
 */
export function repeatedCompanies(
  rows: readonly Listing[],
  cells: readonly PhrasingContent[][],
  { when = 'same-day', timezone, now, ageDays, dates, asAbove }: PostedAlike
): boolean[] {
  const zone = ageDays === 'wall-clock' ? timezone : undefined
  if (when === 'same-date-text' && !dates)
    throw new Error('repeat-company-when: same-date-text needs a date column (a cell of posted_at)')
  const posted = (row: Listing, index: number): string | number =>
    when === 'same-age'
      ? ageInDays(postedDate(row), now, zone)
      : when === 'same-date-text'
        ? cellText(dates![index]!)
        : calendarDay(postedDate(row), timezone)
  let previous: { cell: string; day: string | number } | undefined
  return rows.map((row, index) => {
    const cell = cells[index]!
    const current = { cell: cellText(cell), day: posted(row, index) }
    const repeats =
      previous?.day === current.day &&
      (previous.cell === current.cell ||
        (asAbove !== undefined && cellText(asAbove(index)) === previous.cell))
    previous = current
    return repeats
  })
}

/** A cell as it shows: its nodes, and the white space at its edges. */
function cellText(cell: PhrasingContent[]): string {
  return cellEdges(cell) + JSON.stringify(cell)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
