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

import type { ColumnSettings } from '../config/table.js'
import type { Listing } from '../model.js'
import type { Column, OpeningsOptions } from './openings.js'
import { cellTemplate } from './template.js'
import { templateLabels } from './template-filters.js'
import { SalaryValue } from './template-values.js'
import { singleLine } from './text.js'
import { withUtm } from '../url.js'
import { skillsOf } from '../skills.js'

/** The Columns of configured column settings; the same array for the same settings. */
export function tableColumns(settings: readonly ColumnSettings[]): readonly Column[] {
  let columns = made.get(settings)
  if (!columns) {
    columns = settings.map(templateColumn)
    made.set(settings, columns)
  }
  return columns
}

/**
 * The canonical fields a cell template sees for a listing. The feed's own fields are seen under
 * their names too, behind these (the cell renders with `listing.record` as its fallback scope):
 * copying them into every row's scope cost more than rendering some of the cells.
 */
export function listingScope(listing: Listing, options: OpeningsOptions): Record<string, unknown> {
  return {
    record: listing.record,
    id: listing.id,
    company: shown(listing.company),
    company_url: listing.companyUrl,
    title: shown(listing.title),
    url: listing.url && withUtm(listing.url, options.utm),
    url_raw: listing.url,
    location: shown(listing.location),
    locations: locationList(listing),
    work_type: listing.workType,
    posted_at: new Date(listing.postedAt),
    salary: listing.salary && new SalaryValue(listing.salary),
    skills: skillsOf(listing),
    categories: listing.categories,
    active: listing.active,
    labels: labelsScope(options)
  }
}

const made = new WeakMap<readonly ColumnSettings[], readonly Column[]>()

function templateColumn(settings: ColumnSettings): Column {
  const header = cellTemplate(settings.header)
  const cell = cellTemplate(settings.cell)
  return {
    header: options => header({ labels: labelsScope(options) }, options),
    align: settings.align,
    delimiter: settings.delimiter,
    ...(settings.posting ? { postingLink: true as const } : {}),
    cell: (listing, options) => cell(scopeOf(listing, options), options, listing.record)
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
