/**
 * The columns of a table as configured (config/table.ts), made into the table model's Columns:
 * each header and cell a Liquid template (template.ts) over the listing's fields.
 *
 * A cell sees the listing's canonical fields — `company`, `company_url`, `title`, `url` (with
 * the board's tracking parameters), `url_raw` (as the feed gave it), `location`, `locations`
 * (the location's parts, a list; without a location, the feed's own `locations` list), `work_type`, `posted_at` (a date), `salary`, `skills`,
 * `categories`, `active`, `id` — every other field of the feed's record under its own name
 * and under `record`, and the board's texts as `labels`.
 */

import { dateColumn, type ColumnSettings } from '../config/table.js'
import { errors, isBoardError } from '../errors.js'
import { postedDate } from '../calendar.js'
import type { PhrasingContent } from 'mdast'
import type { Listing } from '../model.js'
import type { Column, OpeningsOptions } from './openings.js'
import { cellTemplate, templateReads, templateReadsPosting } from './template.js'
import { templateLabels } from './template-filters.js'
import { SalaryValue } from './template-values.js'
import { singleLine } from './text.js'
import { withUtm } from '../url.js'
import { skillsOf } from '../skills.js'

/** The Columns of configured column settings; the same array for the same settings. */
export function tableColumns(settings: readonly ColumnSettings[]): readonly Column[] {
  let columns = made.get(settings)
  if (!columns) {
    const date = dateColumn(settings)
    columns = settings.map((each, index) => ({
      ...templateColumn(each),
      ...(index === date ? { date: true as const } : {})
    }))
    made.set(settings, columns)
  }
  return columns
}

/**
 * The canonical fields a cell template sees for a listing. The feed's own fields are seen under
 * their names too, behind these (the cell renders with `listing.record` as its fallback scope):
 * copying them into every row's scope cost more than rendering some of the cells.
 *
 * A field made from the listing (a url with the board's tracking, the skills found in its
 * text, a date) is made only when a template reads it: LiquidJS reads a field that holds a
 * function as what the function returns, called on the scope, and `computed` then keeps the
 * value in the field's place. So a row pays for the fields its templates show, whatever they
 * are and however a template names them.
 */
export function listingScope(listing: Listing, options: OpeningsOptions): Record<string, unknown> {
  // The symbols last: V8 builds a literal from its template only up to its first computed key.
  return {
    record: recordScope(listing.record),
    id: listing.id,
    company: COMPANY,
    company_url: listing.companyUrl,
    title: TITLE,
    url: URL_WITH_UTM,
    url_raw: listing.url,
    location: LOCATION,
    locations: LOCATIONS,
    work_type: listing.workType,
    posted_at: POSTED_AT,
    salary: SALARY,
    skills: SKILLS,
    categories: listing.categories,
    active: listing.active,
    labels: labelsScope(options),
    [LISTING]: listing,
    [OPTIONS]: options
  }
}

/**
 * Each field a column's cell template reads that is neither a listing's own (listingScope) nor
 * in any of `rows`' records, where a name is misspelled or the feed has no such field; `empty`
 * when the column's cell renders nothing on every row (`{{ visa }}`), not when it shows other
 * fields beside it (`{% if hot %}🔥{% endif %} {{ company }}`). [] without rows.
 */
export function fieldsNoRowHas(
  settings: readonly ColumnSettings[],
  rows: readonly Listing[],
  options: OpeningsOptions
): Array<{ header: string; field: string; empty: boolean }> {
  const [first] = rows
  if (!first) return []
  const scope = listingScope(first, options)
  const had = (name: string) => rows.some(row => !isAbsent(row.record[name]))
  const columns = tableColumns(settings)
  return settings.flatMap((column, index) => {
    const fields = [
      ...new Set(
        templateReads(column.cell).flatMap(([name = '', field]) =>
          name === 'record' ? (field === undefined ? [] : [field]) : name in scope ? [] : [name]
        )
      )
    ].filter(field => !had(field))
    if (fields.length === 0) return []
    const empty = rows.every(row => rendersNothing(() => columns[index]!.cell(row, options)))
    return fields.map(field => ({ header: singleLine(column.header).trim(), field, empty }))
  })
}

/** Whether a cell renders no text and no other node; false when it fails (the run says why). */
function rendersNothing(cell: () => readonly PhrasingContent[]): boolean {
  try {
    return cell().every(node => node.type === 'text' && node.value.trim() === '')
  } catch {
    return false
  }
}

const LISTING = Symbol('listing')
const OPTIONS = Symbol('options')

interface Scope {
  [LISTING]: Listing
  [OPTIONS]: OpeningsOptions
  [field: string]: unknown
}

/** A field made when read: its value replaces it in the scope, so a second read costs nothing. */
function computed(field: string, make: (listing: Listing, options: OpeningsOptions) => unknown) {
  return function (this: Scope): unknown {
    const value = make(this[LISTING], this[OPTIONS])
    this[field] = value
    return value
  }
}

const COMPANY = computed('company', listing => shown(listing.company))
const TITLE = computed('title', listing => shown(listing.title))
const LOCATION = computed('location', listing => shown(listing.location) || undefined)
const LOCATIONS = computed('locations', locationList)
const URL_WITH_UTM = computed(
  'url',
  (listing, options) => listing.url && withUtm(listing.url, options.utm)
)
const POSTED_AT = computed('posted_at', postedDate)
const SALARY = computed('salary', listing => listing.salary && new SalaryValue(listing.salary))
const SKILLS = computed('skills', skillsOf)

const made = new WeakMap<readonly ColumnSettings[], readonly Column[]>()

function templateColumn(settings: ColumnSettings): Column {
  const header = cellTemplate(settings.header)
  const cell = cellTemplate(settings.cell)
  const failed = (what: string, error: unknown, { table }: OpeningsOptions) =>
    isBoardError(error)
      ? error
      : errors.templateFailed(
          singleLine(settings.header).trim(),
          what,
          String((error as Error).message ?? error).split('\n')[0]!,
          table
        )
  return {
    header: options => {
      try {
        return header({ labels: labelsScope(options) }, options)
      } catch (error) {
        throw failed('its header', error, options)
      }
    },
    align: settings.align,
    delimiter: settings.delimiter,
    ...(settings.posting ? { postingLink: true as const } : {}),
    ...(templateReadsPosting(settings.cell) ? {} : { postingFree: true as const }),
    cell: (listing, options) => {
      try {
        return cell(scopeOf(listing, options), options, recordScope(listing.record))
      } catch (error) {
        throw failed(`the listing "${listing.id}"`, error, options)
      }
    }
  }
}

// The columns of a row ask for its scope one after the other: it is made once per row.
let lastScope: { listing: Listing; options: OpeningsOptions; scope: object } | undefined

function scopeOf(listing: Listing, options: OpeningsOptions): object {
  if (lastScope?.listing !== listing || lastScope.options !== options)
    lastScope = { listing, options, scope: listingScope(listing, options) }
  return lastScope.scope
}

const labelScopes = new WeakMap<object, Record<string, string>>()

function labelsScope({ labels }: OpeningsOptions): Record<string, string> {
  let scope = labelScopes.get(labels)
  if (!scope) {
    scope = templateLabels(labels)
    labelScopes.set(labels, scope)
  }
  return scope
}

/**
 * A feed's record as a template sees it: a field of `""` or `null` is absent,
 * as the listing's own fields are (README, Listings), so `{% if visa %}` is false for it; the
 * record itself when it has no such field. Made once per record.
 */
function recordScope(record: Listing['record']): Listing['record'] {
  let seen = recordScopes.get(record)
  if (!seen) {
    seen = Object.values(record).some(isAbsent)
      ? Object.fromEntries(Object.entries(record).filter(([, value]) => !isAbsent(value)))
      : record
    recordScopes.set(record, seen)
  }
  return seen
}

const recordScopes = new WeakMap<Listing['record'], Listing['record']>()

/**
 * Whether a feed's value counts as absent: `null`, nothing, or `""` (spaces are the feed's text,
 * which `untrimmed` shows as given).
 */
function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

/** The location's parts; without a location, the feed's own `locations` list if it has one. */
function locationList(listing: Listing): string[] {
  const own = listing.record.locations
  const parts =
    listing.locations ??
    (listing.location === '' && Array.isArray(own) ? own.map(String) : listing.location.split('; '))
  return parts.map(shown).filter(Boolean)
}

/** Text on one line, trimmed, as a cell shows it: `default` sees what would be empty. */
function shown(value: string): string {
  return singleLine(value).trim()
}
