/**
 * Turns one source record into a Listing, or says why it is invalid: the listing record rules
 * (README "Listings"), as plain functions.
 *
 * A record is invalid when a required field is missing, `url` is not http(s), `posted_at`
 * does not parse or falls outside POSTING_YEARS, or a field has the wrong type. Problems
 * with the optional extras (`company_url`, `work_type`, `salary`) only drop that value, with
 * a warning; so does a salary no job pays (above its currency's yearlySalaryCeiling). Company, title and location
 * longer than `maxCellLength` are clipped, with a warning.
 */
import type { RunSettings } from '../config/config.js'
import type { InvalidRecord, Listing, SalaryPeriod, WorkType } from '../model.js'
import {
  isPlausibleYearly,
  yearlyAmount,
  yearlySalaryCeiling,
  YEARLY_SALARY_RANGE
} from '../stats/salary.js'
import { DOLLARS, salaryPeriod, salaryFromText } from './salary-text.js'
import { hasUserInfo, httpUrlIdentity, isHttpUrl, normalizeUrl } from '../url.js'
import { activeValue, FLAG_WORDS_TEXT, isNumeric, isRecord, jsonText, readPath } from '../record.js'
import {
  AGE,
  DAY_WITHOUT_YEAR,
  daysInMonth,
  isDayWithoutTime,
  LOCALE_DAY,
  TIME_OFFSET,
  timeOf,
  writtenDate,
  ZONE_NAME_ONLY
} from '../time.js'
import {
  LINE_BREAK,
  recordReader,
  showsNothing,
  tidyText,
  unseenCharacters,
  unseenProblem,
  type CanonicalRecord,
  type FirstRead
} from './fields.js'
import { canonicalSkill } from '../skills.js'

export interface NormalizeOptions {
  /** canonical field -> dotted source path (the `fields` input); unmapped fields read their own name. */
  fields: RunSettings['fields']
  /** ISO 4217, upper case: the currency of a bare-number salary and of a salary without one. */
  salaryCurrency: string
  /**
   * The most characters (code points) of company, title and location; longer text is
   * clipped and ends with `…`. 0: no limit. Default 0; the `max-cell-length` input's is 500.
   */
  maxCellLength?: number
}

/**
 * A record normalized: its listing, and warnings about values that were left out or
 * clipped; `ignored` names the optional fields whose value could not be read (each with its
 * warning's text), so that a contribution can refuse an answer a board would drop.
 */
export type Normalized =
  | {
      ok: true
      listing: Listing
      warnings: string[]
      ignored: IgnoredValue[]
      /**
       * The id as given when it is a number in a spreadsheet's scientific notation
       * (`1.23457E+17`, isSheetRoundedId): not read, its digits being lost; the load warns once.
       */
      roundedId?: string
    }
  | { ok: false; invalid: InvalidRecord }

/** An optional field's value that could not be read, and why: `salary "lots" ignored: ...`. */
export interface IgnoredValue {
  field: 'company_url' | 'work_type' | 'salary'
  note: string
  /** Why, alone: `min is above max` (MIN_ABOVE_MAX). */
  reason: string
}

/** Why a salary whose minimum is above its maximum is not read. */
export const MIN_ABOVE_MAX = 'min is above max'

/**
 * The fields shown as a table cell's text, cut at `maxCellLength` (with a warning): company,
 * title and location. A link, a description and the other fields are never cut.
 */
export const CELL_FIELDS = ['company', 'title', 'location'] as const

/** What selection looks at (see select/select.ts), and the record's place for messages. */
export type SelectionFields = Pick<
  Listing,
  'title' | 'categories' | 'active' | 'postedAt' | 'position'
>

/**
 * A function that normalizes one record; `position` is its 1-based place in the source,
 * `first` the fields the caller has read of it already (recordReader's `first`), and
 * `selection` what selectionFields made of that read: its time and categories are taken as
 * they are, not read again.
 */
export function createNormalizer(options: NormalizeOptions) {
  const reader = recordReader(options.fields)
  return (
    record: unknown,
    position: number,
    first?: FirstRead,
    selection?: SelectionFields
  ): Normalized => {
    const fields = isRecord(record) ? reader.all(record, first) : undefined
    if (!fields)
      return { ok: false, invalid: { position, reason: `not an object but ${kindOf(record)}` } }
    const problems: string[] = []
    const valid = <T>(field: string, value: T | Refusal): T => {
      if (!(value instanceof Refusal)) return value
      problems.push(`${field}: ${value.message}`)
      return undefined as T
    }
    // The record's own value, read again only for a field that came back absent.
    const raw = (name: 'company' | 'title') => () =>
      readPath(record as object, options.fields[name] ?? name)
    // `1.23457E+17`: a spreadsheet rounded the id, so it names no one posting: no id is read.
    const roundedId = isSheetRoundedId(fields.id) ? (fields.id as string) : undefined
    const id = roundedId === undefined ? idOf(fields.id) : undefined
    const active = activeOf(fields.active)
    // A closed listing with an id needs no link: it shows none (a board's 🔒 row).
    const linkless = active === false && typeof id === 'string'
    // In the order of the README's record fields, so a reason lists its problems that way.
    const valued: ValidRecord = {
      id: valid('id', id),
      company: valid('company', requiredText(fields.company, raw('company'))),
      title: valid('title', requiredText(fields.title, raw('title'))),
      url: valid('url', postingUrl(fields.url, linkless)),
      location: valid('location', locationOf(fields.location)),
      postedAt: selection?.postedAt ?? valid('posted_at', postingTime(fields.posted_at)),
      skills: valid('skills', optionalList(fields.skills)),
      description: valid('description', optionalText(fields.description)),
      categories: selection
        ? selection.categories
        : valid('categories', categoriesOf(fields.categories)),
      active: valid('active', active)
    }
    if (problems.length > 0)
      return { ok: false, invalid: { position, id: givenId(fields), reason: problems.join('; ') } }
    const notes: string[] = []
    const ignored: IgnoredValue[] = []
    const written = readPath(record as object, options.fields.company ?? 'company')
    const listing = toListing(
      valued,
      fields,
      record as Record<string, unknown>,
      position,
      options,
      {
        notes,
        ignored,
        written: typeof written === 'string' && written !== valued.company ? written : undefined
      }
    )
    const warnings = notes.map(note => `Listing #${position} (id ${listing.id}): ${note}`)
    return { ok: true, listing, warnings, ignored, ...(roundedId !== undefined && { roundedId }) }
  }
}

/**
 * Whether `value` is a whole number as a spreadsheet shows (and exports) one of 12 digits or
 * more: in scientific notation, `1.23457E+17`, six digits kept of eighteen. Such an id no longer
 * tells postings apart (three postings can share it), so it is not read as one.
 */
export function isSheetRoundedId(value: unknown): value is string {
  const match = typeof value === 'string' ? SHEET_SCIENTIFIC.exec(value.trim()) : null
  return match !== null && Number(match[1]) >= SHEET_SCIENTIFIC_FROM
}

/** A number in scientific notation as Excel, LibreOffice and Google Sheets write one. */
const SHEET_SCIENTIFIC = /^\d(?:[.,]\d+)?E\+(\d{2,3})$/i
/** The least exponent: a sheet shows whole numbers of up to 11 digits in full. */
const SHEET_SCIENTIFIC_FROM = 11

/**
 * The fields selection looks at, taken from a record's first read (recordReader) the way the
 * normalizer takes them but without validating the record, so that a record no board can show
 * is left out without the cost of validation. Undefined when one of them is not in a shape the
 * normalizer takes (the record may be invalid: only validation can say).
 */
export function selectionFields(read: FirstRead, position: number): SelectionFields | undefined {
  const { title } = read
  if (typeof title !== 'string') return undefined
  const categories = categoriesOf(read.categories)
  const active = activeOf(read.active)
  const postedAt = postingTime(read.posted_at)
  if (categories instanceof Refusal || active instanceof Refusal || postedAt instanceof Refusal)
    return undefined
  return { title, categories, active, postedAt, position }
}

/**
 * The category names of a record's categories field as selection reads them (lower case,
 * each once); undefined when it names none or is neither text nor a list of text.
 */
export function categoryList(value: unknown): string[] | undefined {
  const names = categoriesOf(value)
  return names instanceof Refusal ? undefined : names
}

/**
 * categoryList, refusing a value that is neither text nor a list of text: the names lower case,
 * each once; undefined for a list left empty (`[]`, `[null]`, `[""]`): a record that names no
 * category has none, and is placed by the keywords of its title.
 */
function categoriesOf(value: unknown): string[] | undefined | Refusal {
  const list = optionalList(value)
  if (list instanceof Refusal) return list
  if (list === undefined || list.length === 0) return undefined
  // The list is tidyList's own: its names are made lower case in place.
  for (let index = 0; index < list.length; index++) list[index] = list[index]!.toLowerCase()
  return unique(list)
}

/** Why a value is refused: the text after the field's name in a reason or a warning. */
class Refusal {
  constructor(readonly message: string) {}
}

/**
 * A salary read whole (its object, its text or its amount) whose amount no job pays a year: the
 * field is the salary, only its amount is refused.
 */
class Implausible extends Refusal {}

// ---- the required fields, and the optional ones that make a record invalid ----

// Strings arrive trimmed and never blank (readFields), so "non-empty text" is just a string.
// Company, title and location also arrive with control characters as spaces (tidyText).
function requiredText(value: unknown, raw?: () => unknown): string | Refusal {
  if (typeof value === 'string') return value
  const unseen = value === undefined && raw ? unseenCharacters(raw()) : undefined
  if (unseen !== undefined) return new Refusal(unseenProblem(unseen))
  return new Refusal(value === undefined ? 'missing' : 'must be text')
}

/** The posting's link; `linkless`: a missing one is no problem. */
function postingUrl(value: unknown, linkless: boolean): string | undefined | Refusal {
  if (value === undefined && linkless) return undefined
  const text = requiredText(value)
  if (typeof text !== 'string') return text
  // Its identity, which dedupe reads next (normalizeUrl), is worked out with the parse.
  if (httpUrlIdentity(text) === undefined) return new Refusal(notHttpUrl(text))
  return hasUserInfo(text) ? new Refusal(USER_INFO) : text
}

/** Why an address with a user or password before its host (hasUserInfo) is refused. */
const USER_INFO =
  'holds a user name or password before the host (the part up to "@"), so the link would read as one site and open another, or publish a password: write the address without it'

/**
 * Why `text` is no http(s) URL, with how to write it when it is a Markdown link (as a form's
 * answer may be), an address without its scheme (`www.acme.com/jobs/1`, as people copy one
 * from the address bar; `//boards.greenhouse.io/...`, as a page links it) or a path without its
 * site (`/jobs/1`, as a careers page links its postings).
 */
function notHttpUrl(text: string): string {
  const trimmed = text.trim()
  // What is wrong, and the address to write when it is short enough to show, else how.
  const fix = (problem: string, address: string, how: string) =>
    `not an http(s) URL: ${problem}; ${trimmed.length <= SHOWN_ADDRESS ? address : how}`
  // "<https://...>" or "[Apply](https://...)", as Markdown writes a link.
  const linked = MARKDOWN_LINK.exec(trimmed)?.slice(1).find(Boolean)
  if (linked !== undefined && isHttpUrl(linked))
    return fix('a Markdown link', `write the address alone, ${linked}`, 'write the address alone')
  if (SCHEMELESS.test(trimmed) && isHttpUrl(`https://${trimmed}`))
    return fix(
      'no "https://" before the site',
      `write https://${trimmed}`,
      'write it with https:// first'
    )
  // "//boards.greenhouse.io/...": a link relative to its page's scheme, as a page's HTML holds it.
  if (trimmed.startsWith('//') && isHttpUrl(`https:${trimmed}`))
    return fix(
      'no "https:" before the "//" of the site',
      `write https:${trimmed}`,
      'write it with https: first'
    )
  if (/^\/(?!\/)\S*$/.test(trimmed))
    return "not an http(s) URL: a path without its site; write the whole address, https:// and the site's name before the path"
  return 'not an http(s) URL'
}

/** A Markdown autolink or inline link (its address in the first or second group). */
const MARKDOWN_LINK = /^(?:<([^<>\s]+)>|\[[^\]]*\]\(([^()\s]+)\))$/
/** A host name with a top-level domain, then a port, path, query or fragment, if any. */
const SCHEMELESS = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i
/** The longest address a message writes out again. */
const SHOWN_ADDRESS = 200

function idOf(value: unknown): string | undefined | Refusal {
  if (value === undefined || typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return new Refusal('must be text or a number')
}

function optionalText(value: unknown): string | undefined | Refusal {
  return value === undefined || typeof value === 'string' ? value : new Refusal('must be text')
}

/**
 * A location: text, a place, or a list of either (its items' texts); '' when there is none. A
 * place is an object as job APIs and schema.org's JobPosting write one: its name
 * (`{"name": "San Francisco, CA"}`), else its city, region and country (`{"city": "Berlin",
 * "country": "DE"}` is `Berlin, DE`), or those of its `address`, or its `address` as text
 * (schema.org allows a Place's address to be Text).
 */
function locationOf(value: unknown): string | string[] | Refusal {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if (isRecord(value)) {
    const text = placeText(value)
    return text === null ? '' : (text ?? new Refusal(NOT_A_LOCATION))
  }
  if (!Array.isArray(value)) return new Refusal(NOT_A_LOCATION)
  const items = value.every(item => typeof item === 'string') ? value : value.map(placeText)
  return tidyList(items) ?? new Refusal(NOT_A_LOCATION)
}

/** Whether locationOf reads `value` (the feed hints ask it of a field's values). */
export function isLocation(value: unknown): boolean {
  return !(locationOf(value) instanceof Refusal)
}

const NOT_A_LOCATION =
  'must be text, a list of text, or a place: an object with its name, or its city, region or country'

/**
 * The text of a place (locationOf); undefined when it names none; null for a list's empty item
 * and for an empty place (isEmptyPlace), which is no location as null is.
 */
function placeText(place: unknown): string | null | undefined {
  if (typeof place === 'string' || place === null) return place
  if (!isRecord(place)) return undefined
  // schema.org's Place holds a PostalAddress or the address as text; no deeper.
  const address = readPath(place, 'address')
  const text = typeof address === 'string' ? tidyText(address) || undefined : undefined
  const named = ownPlaceText(place) ?? (isRecord(address) ? ownPlaceText(address) : text)
  return named ?? (isEmptyPlace(place) ? null : undefined)
}

/**
 * Whether `place` is a place whose fields are all empty: it holds nothing (`{}`), or holds a
 * place's fields (its name, city, region, country or address), each null, blank or itself an
 * empty place (`{"city": null, "country": null}`, `{"name": ""}`, `{"address": {"city":
 * null}}`), at most PLACE_DEPTH objects deep: one nested deeper is no place (a feed's
 * `{"city": {"city": ...}}` thousands deep is refused, not read until the stack runs out).
 * Other fields (`@type`, coordinates) neither make nor unmake one.
 */
function isEmptyPlace(place: object, depth = 1): boolean {
  const fields = Object.entries(place).filter(([key]) => PLACE_KEYS.has(key))
  if (fields.length === 0) return Object.keys(place).length === 0
  return fields.every(
    ([, value]) =>
      value === null ||
      value === undefined ||
      (typeof value === 'string' && tidyText(value) === '') ||
      (isRecord(value) && depth < PLACE_DEPTH && isEmptyPlace(value, depth + 1))
  )
}

/** How deep an empty place's objects go: a Place, its PostalAddress, a part of that. */
const PLACE_DEPTH = 3

/** The name of `place`, else its city, region and country; undefined when it has none. */
function ownPlaceText(place: object): string | undefined {
  const name = firstText(place, PLACE_NAME_KEYS)
  if (name !== undefined) return name
  const parts: string[] = []
  for (const keys of PLACE_PART_KEYS) {
    const part = firstText(place, keys)
    // A city-state's region is its city: "Berlin, Germany", not "Berlin, Berlin, Germany".
    if (part !== undefined && part.toLowerCase() !== parts.at(-1)?.toLowerCase()) parts.push(part)
  }
  return parts.length > 0 ? parts.join(', ') : undefined
}

/** The tidied text of the first of `keys` that `record` holds as text that is not blank. */
function firstText(record: object, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = readPath(record, key)
    // schema.org writes a country as {"@type": "Country", "name": "DE"}.
    const named = isRecord(value) ? readPath(value, 'name') : value
    const text = typeof named === 'string' ? named : undefined
    const tidied = text === undefined ? '' : tidyText(text)
    if (tidied !== '') return tidied
  }
  return undefined
}

const PLACE_NAME_KEYS = [
  'name',
  'display_name',
  'displayName',
  'label',
  'text',
  'formatted',
  'formatted_address',
  'formattedAddress'
]
const PLACE_PART_KEYS = [
  ['city', 'town', 'locality', 'addressLocality', 'city_name', 'cityName'],
  ['region', 'state', 'province', 'addressRegion', 'state_code', 'stateCode', 'region_code'],
  ['country', 'addressCountry', 'country_name', 'countryName', 'country_code', 'countryCode']
]
/** Every field of a place that names it or a part of it (isEmptyPlace). */
const PLACE_KEYS: ReadonlySet<string> = new Set([
  ...PLACE_NAME_KEYS,
  ...PLACE_PART_KEYS.flat(),
  'address'
])

/**
 * A list, or one string of items separated by commas, semicolons or line breaks (a spreadsheet
 * cell of several lines, Alt+Enter in Excel: `backend⏎data`).
 */
function optionalList(value: unknown): string[] | undefined | Refusal {
  if (value === undefined) return undefined
  return listItems(value) ?? new Refusal(NOT_TEXT_OR_LIST)
}

const NOT_TEXT_OR_LIST = 'must be text or a list of text'
/** What separates the items of a list written as text: `backend, data`, `backend; data`, lines. */
export const LIST_SEPARATOR = new RegExp(`[,;]|${LINE_BREAK.source}`)

/** The items of a list field; null when it is neither text nor a list of text. */
function listItems(list: unknown): string[] | null {
  if (typeof list === 'string') return tidyList(list.split(LIST_SEPARATOR))
  return Array.isArray(list) ? tidyList(list) : null
}

/** A boolean, or one written as text or a number (booleanWord); true when absent. */
function activeOf(value: unknown): boolean | Refusal {
  if (value === undefined) return true
  return activeValue(value) ?? new Refusal(notAFlag(value))
}

/** Why `value` is no flag, quoting it, with the words that are read as one. */
function notAFlag(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : (jsonText(value) ?? String(value))
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
  const given = typeof value === 'string' ? `"${shown}"` : shown
  return `${given} is not true or false; write one of ${FLAG_WORDS_TEXT} (any case), or a posting's state: open, published or live; closed, archived, expired, filled or draft`
}

const NOT_A_DATE = 'not an ISO 8601 date or Unix seconds'
/**
 * An ISO 8601 date whose year has more than four digits or a sign (`10000-01-01`, the expanded
 * `+010000-01-01`): a date, out of range, rather than no date.
 */
const LONG_YEAR = /^([+-]\d{4,}|\d{5,})-\d{2}-\d{2}(?:[T ]|$)/

/** The posting time in epoch milliseconds, within POSTING_YEARS. */
function postingTime(value: unknown): number | Refusal {
  if (value === undefined) return new Refusal('missing')
  const time = timeOf(value)
  if (time === undefined) return new Refusal(notADate(value))
  if (!isPostingTime(time)) return new Refusal(outsidePostingYears(time))
  if (time < FIRST_UNIX_POSTING && isNumeric(value))
    return new Refusal(tooSmallNumber(Number(value), time))
  return time
}

/**
 * No posting a board shows is dated by a Unix time before March 1973 (100,000,000 seconds): a
 * smaller number is something else, most often a spreadsheet's day number (45950 is
 * 2025-10-20 in Excel) from a column not formatted as a date, which would otherwise be a day of
 * January 1970 and leave the listing silently too old to show.
 */
export const FIRST_UNIX_POSTING = 100_000_000_000
// Excel's day 0 (its 1900 system); its days of 1970 to 2199.
const SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30)
const SPREADSHEET_DAYS = { first: 25569, last: 109574 }

function tooSmallNumber(number: number, time: number): string {
  const asSeconds = `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`
  const plain = `${number} is no Unix time of a posting (as seconds it is ${asSeconds})`
  if (number < SPREADSHEET_DAYS.first || number > SPREADSHEET_DAYS.last) return plain
  const day = new Date(SPREADSHEET_EPOCH + Math.floor(number) * 86_400_000)
    .toISOString()
    .slice(0, 10)
  return `${plain}. A spreadsheet saves a day as such a number (${Math.floor(number)} is ${day} in Excel) when its column is not formatted as a date: format it as yyyy-mm-dd before saving`
}

function notADate(value: unknown): string {
  if (typeof value !== 'string') return NOT_A_DATE
  const text = value.trim()
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
  const year = LONG_YEAR.exec(text)?.[1]
  if (
    year !== undefined &&
    (Number(year) < POSTING_YEARS.first || Number(year) > POSTING_YEARS.last)
  )
    return yearOutOfRange(shown, Number(year))
  const written = writtenDate(text)
  if (written) {
    const { year, month, day } = written
    if (year < POSTING_YEARS.first || year > POSTING_YEARS.last) return yearOutOfRange(shown, year)
    if (month < 1 || month > 12)
      return `${NOT_A_DATE}: "${shown}" names month ${month}, and a year has 12. Write YYYY-MM-DD, the year, then the month, then the day`
    const days = daysInMonth(year, month)
    if (day < 1 || day > days)
      return `no such day: "${shown}" (${MONTH_NAMES[month - 1]} ${year} has ${days} days). Write the day it was posted, YYYY-MM-DD`
  }
  if (LOCALE_DAY.test(text))
    return `${NOT_A_DATE}: "${shown}" is a day as a spreadsheet shows it, whose day and month change places from country to country. Write YYYY-MM-DD (in a spreadsheet, format the column as yyyy-mm-dd before saving)`
  if (DAY_WITHOUT_YEAR.test(text))
    return `${NOT_A_DATE}: "${shown}" names no year (a board's Date column shows a day so). Write the year too, as in "${shown}, 2025", or YYYY-MM-DD`
  const zone = ZONE_NAME_ONLY.exec(text)?.[1]
  if (zone && !/^(?:utc|gmt)$/i.test(zone))
    return `${NOT_A_DATE}: "${shown}" names its zone, ${zone}, without its offset from UTC, and several zones share a name. Write the offset, as in YYYY-MM-DDTHH:MM:SS+02:00`
  const offset = TIME_OFFSET.exec(text)
  if (offset && (Number(offset[3]) > 23 || Number(offset[4] ?? 0) > 59))
    return `${NOT_A_DATE}: "${shown}" is ${offset[1]} from UTC, and no zone is more than 23:59 away. Write the offset from UTC, as in YYYY-MM-DDTHH:MM:SS+02:00`
  if (AGE.test(text))
    return `${NOT_A_DATE}: "${shown}" is an age (a board's Age column shows one), which moves every day. Write the day it was posted, YYYY-MM-DD`
  return `${NOT_A_DATE}: "${shown}". Write the day it was posted, YYYY-MM-DD, or its time, YYYY-MM-DDTHH:MM:SSZ`
}

/** Why a date of `year`, outside POSTING_YEARS, written as `shown`, is refused. */
function yearOutOfRange(shown: string, year: number): string {
  return `not in the years ${POSTING_YEARS.first} to ${POSTING_YEARS.last}: "${shown}" is a date of the year ${year}, out of range (a typo or a placeholder?)`
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/**
 * The years a posting date may fall in: from the Unix epoch to the end of 2199. Dates
 * outside are typos or placeholders, and far enough out JavaScript cannot even hold them.
 */
const POSTING_YEARS = { first: 1970, last: 2199 } as const
const EARLIEST_POSTING = Date.UTC(POSTING_YEARS.first, 0, 1)
const AFTER_LAST_POSTING = Date.UTC(POSTING_YEARS.last + 1, 0, 1)

export function isPostingTime(time: number): boolean {
  return time >= EARLIEST_POSTING && time < AFTER_LAST_POSTING
}

/**
 * A number that reads as a date a posting may have (Unix seconds or milliseconds from March
 * 1973, a YYYYMMDD day), as a feed's date field holds it: a smaller one is a count or an
 * amount (a salary is a day of January 1970).
 */
export function isDateNumber(number: number): boolean {
  const time = timeOf(number)
  return time !== undefined && time >= FIRST_UNIX_POSTING && isPostingTime(time)
}

/** Why `time` is refused; Unix microseconds read as milliseconds land tens of millennia ahead. */
function outsidePostingYears(time: number): string {
  const years = `not in the years ${POSTING_YEARS.first} to ${POSTING_YEARS.last}`
  const asMicroseconds = time / 1000
  return isPostingTime(asMicroseconds) && asMicroseconds >= Date.UTC(2000, 0, 1)
    ? `${years} (Unix microseconds? give seconds or milliseconds)`
    : years
}

// ---- the lenient extras: a value refused is dropped with a warning ----

function companyUrlOf(value: unknown): string | Refusal {
  if (typeof value !== 'string') return new Refusal('not text')
  if (!isHttpUrl(value)) return new Refusal(notHttpUrl(value))
  // Asked only of an address with an "@": the posting's link stays the one parse remembered.
  return value.includes('@') && hasUserInfo(value) ? new Refusal(USER_INFO) : value
}

const WORK_TYPE_SPELLINGS = new Map<string, WorkType>([
  ['remote', 'remote'],
  ['hybrid', 'hybrid'],
  ['onsite', 'on_site'],
  ['office', 'on_site'],
  ['inoffice', 'on_site'],
  ['inperson', 'on_site'],
  // schema.org's jobLocationType (Google for Jobs) says TELECOMMUTE for a remote job.
  ['telecommute', 'remote'],
  ['telecommuting', 'remote'],
  ['telework', 'remote'],
  ['workfromhome', 'remote']
])

/** What feeds write for a work type they do not know (Lever's `workplaceType`): none given. */
const WORK_TYPE_UNKNOWN = new Set(['unspecified', 'unknown', 'notspecified', 'na', 'n/a', 'none'])

/**
 * A work type as feeds spell it (`On Site`, `on-site`, `ONSITE`), or a flag as a feed's
 * `remote` field holds it: true is remote, false says only that it is not (the location and
 * title decide, as for a listing without one). Undefined when the feed says it does not know.
 */
export function workTypeOf(value: unknown): WorkType | undefined | Refusal {
  if (typeof value === 'boolean') return value ? 'remote' : undefined
  if (typeof value !== 'string') return new Refusal('not text')
  const spelled = value.toLowerCase().replace(/[\s_-]+/g, '')
  if (WORK_TYPE_UNKNOWN.has(spelled)) return undefined
  return WORK_TYPE_SPELLINGS.get(spelled) ?? new Refusal('not remote, hybrid or on_site')
}

interface SalaryRange {
  min?: number
  max?: number
  currency?: string
  period: SalaryPeriod
}

/**
 * A salary: a range object (`min`, `max`, `currency`, `period`), a bare yearly amount, or
 * text that writes one (`$120k - $150k`, `€50,000 a year`, `$45/hr`), where a bare `$` is
 * `dollar`. An amount of 0, or a range with no amount, is none (noAmount, givesNoAmount).
 * `board`: the currency of a salary that names none (the salary-currency input), whose
 * ceiling (yearlySalaryCeiling) it is held to; undefined when not known (a hint's test).
 */
function salaryOf(
  value: unknown,
  dollar = 'USD',
  beside: Beside = {},
  board?: string
): SalaryRange | undefined | Refusal {
  if (noAmount(value)) return undefined
  if (isRange(value))
    return givesNoAmount(value)
      ? undefined
      : salaryRange(value as Record<string, unknown>, dollar, board)
  const besides = beside.currency != null || beside.period != null
  if (typeof value !== 'string' || isBareAmount(value))
    return besides
      ? salaryRange({ min: value, max: value, ...beside }, dollar, board)
      : salaryAmount(value, board)
  const currency = typeof beside.currency === 'string' ? beside.currency.toUpperCase() : undefined
  const written = salaryFromText(value, currency && DOLLARS.has(currency) ? currency : dollar)
  if (!written) return new Refusal(NOT_A_SALARY)
  // What the text names (a yearly amount names no period) must agree with the fields beside it.
  const currencyOf = agreeing('currency', written.currency, beside.currency)
  const period = agreeing(
    'period',
    written.period === 'year' ? undefined : written.period,
    beside.period
  )
  const disagreement = [currencyOf, period].find(each => each instanceof Refusal)
  const range =
    disagreement ??
    salaryRange({ min: written.min, max: written.max, currency: currencyOf, period }, dollar, board)
  if (!(range instanceof Refusal)) return range
  const message = `${JSON.stringify(value)}: ${range.message}`
  return range instanceof Implausible ? new Implausible(message) : new Refusal(message)
}

/**
 * The flat `salary_currency` and `salary_period` beside a record's `salary` when that is an
 * amount or a text (`salary: 62, salary_period: hour` is 62 an hour).
 */
interface Beside {
  currency?: unknown
  period?: unknown
}

/**
 * What a salary's text names of its currency or period, agreeing with the field beside it: the
 * field's value, or the text's when the field gives none; a Refusal when they differ.
 */
function agreeing(what: 'currency' | 'period', named: string | undefined, field: unknown): unknown {
  if (named === undefined || typeof field !== 'string') return named ?? field
  const known = what === 'currency' ? field.toUpperCase() : salaryPeriod(field)
  if (known === undefined || known === named) return field
  return new Refusal(
    `${what === 'currency' ? 'in' : 'per'} ${named}, but the salary_${what} is ${field}`
  )
}

const NOT_A_SALARY =
  'not a number, nor a salary written as "$120k - $150k", "€50,000 a year" or "$45/hour"'

/** Whether a value names a work type (`Remote`, `On Site`, `hybrid`): a board's cell or a feed's. */
export const isWorkType = (value: unknown): boolean => {
  const type = workTypeOf(value)
  return type !== undefined && !(type instanceof Refusal)
}

/**
 * Whether a feed's value reads as a salary (a range object, a bare yearly amount, text), its
 * amount aside: one refused only for an amount no job pays (a yearly amount labelled hourly)
 * is read as a salary, and warned about listing by listing.
 */
export const isSalary = (value: unknown): boolean => {
  const salary = salaryOf(value)
  return !(salary instanceof Refusal) || salary instanceof Implausible
}

/**
 * Whether a feed's value reads as a salary with an amount: what a hint proposes a field for. An
 * object that gives none (Ashby's `compensation` of a posting without pay, its summary null) is
 * no salary, though no warning either.
 */
export const givesSalary = (value: unknown): boolean => {
  const salary = salaryOf(value)
  return salary !== undefined && !(salary instanceof Refusal)
}

/** Whether a feed's value reads as a salary's bound (salary_min, salary_max). */
export const isAmount = (value: unknown): boolean => !(boundOf(value, 'USD') instanceof Refusal)

/** A salary's bound: its amount, and the currency and period its text names. */
interface Bound {
  amount: number
  currency?: string
  /** Said by the text (`$45/hr`); a yearly amount says none. */
  period?: SalaryPeriod
}

/**
 * A bound (`min`, `salary_max`): an amount, or text that writes one amount as spreadsheets and
 * forms do (`$120,000`, `150k`, `€45/hour`); `dollar` is what a bare `$` stands for.
 */
function boundOf(value: unknown, dollar: string): Bound | Refusal {
  const amount = amountOf(value)
  if (!(amount instanceof Refusal)) return { amount }
  if (typeof value !== 'string' || isBareAmount(value)) return amount
  const written = salaryFromText(value, dollar)
  if (!written) return amount
  const { min, max, currency, period } = written
  if (min !== undefined && max !== undefined && min !== max)
    return new Refusal(`${JSON.stringify(value)} is a range: write one amount`)
  return {
    amount: (min ?? max) as number,
    currency,
    period: period === 'year' ? undefined : period
  }
}

/**
 * A salary bound a form gives as text (`$95k`, `90000 EUR`, `$120,000`), read as a listing's
 * bound is (boundOf): its amount, and the currency and period the text names; undefined when
 * it is not one amount. `dollar` is what a bare `$` stands for.
 */
export function boundAnswer(text: string, dollar: string): Bound | undefined {
  const bound = boundOf(text.trim(), dollar)
  return bound instanceof Refusal ? undefined : bound
}

/**
 * A positive finite number, or a string of digits with an optional fraction: after a point, or
 * after a decimal comma where nothing else can be meant (DECIMAL_COMMA).
 */
function amountOf(value: unknown): number | Refusal {
  if (typeof value === 'string' && DECIMAL_COMMA.test(value))
    return amountOf(value.replaceAll('.', '').replace(',', '.'))
  if (typeof value === 'string' && GROUPED_DIGITS.test(value))
    return new Refusal(
      `digits grouped with "${value.includes('.') ? '.' : ','}", a thousands separator in some countries and a decimal mark in others: write ${value.replace(/[.,]/g, '')} (or the amount meant) without it`
    )
  if (typeof value === 'string' && COMMA_FRACTION.test(value))
    return new Refusal(
      `"${value}" has a decimal comma, or a thousands separator out of place: write the amount with a point before its cents, or with no separator (${value.replace(/[.,]/g, '')} or ${value.replaceAll('.', '').replace(',', '.')}, the amount meant)`
    )
  const amount =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && PLAIN_AMOUNT.test(value)
        ? Number(value)
        : NaN
  if (!Number.isFinite(amount)) return new Refusal('not a number')
  return amount > 0 ? amount : new Refusal('not above 0')
}

const PLAIN_AMOUNT = /^\d+(?:\.\d+)?$/

/**
 * Digits alone, with a point, a decimal comma or thousands separators: one amount, read (or
 * refused with how to write it) by amountOf, never as a salary's text.
 */
function isBareAmount(text: string): boolean {
  return (
    PLAIN_AMOUNT.test(text) ||
    GROUPED_DIGITS.test(text) ||
    DECIMAL_COMMA.test(text) ||
    COMMA_FRACTION.test(text)
  )
}

/**
 * An amount with a decimal comma, as a spreadsheet saved in much of Europe writes one:
 * `72000,00`, `72.000,00`, `45,5`. One or two digits after a single comma at the end are no
 * thousands group (one has three), so the comma can only be the decimal mark: read as such.
 */
const DECIMAL_COMMA = /^(?:\d+|\d{1,3}(?:\.\d{3})+),\d{1,2}$/

/**
 * Digits with a comma where neither a thousands group nor a decimal mark reads alone
 * (`72000,000`, `7,2000`, `1,000,00`): refused with how to write the amount.
 */
const COMMA_FRACTION = /^\d[\d.,]*,\d+$/

/** 120.000 or 1,200,000: an amount read a thousand times apart from one country to the next. */
export const GROUPED_DIGITS = /^\d{1,3}(?:[.,]\d{3})+$/

/** A bare amount: yearly, in the default currency (`board`). */
function salaryAmount(value: unknown, board: string | undefined): SalaryRange | Refusal {
  const amount = amountOf(value)
  if (amount instanceof Refusal) return amount
  if (!isPlausibleYearly(amount, board))
    return new Implausible(`${amount} a year is ${notPlausible(board)}`)
  return { min: amount, max: amount, period: 'year' }
}

function salaryRange(
  range: Record<string, unknown>,
  dollar: string,
  board?: string
): SalaryRange | Refusal {
  const { min: givenMin, max: givenMax, currency: givenCurrency } = range
  const periodKey = PERIOD_KEYS.find(key => range[key] != null)
  const givenPeriod = periodKey && range[periodKey]
  let currency: string | undefined
  if (givenCurrency != null) {
    if (typeof givenCurrency !== 'string')
      return new Refusal(`currency: ${notAString(givenCurrency)}`)
    if (!/^[a-z]{3}$/i.test(givenCurrency)) return new Refusal('currency: not an ISO 4217 code')
    currency = givenCurrency.toUpperCase()
  }
  let period: SalaryPeriod | undefined
  if (givenPeriod != null) {
    if (typeof givenPeriod !== 'string')
      return new Refusal(`${periodKey}: ${notAString(givenPeriod)}`)
    const spelled = salaryPeriod(givenPeriod)
    if (!spelled) return new Refusal(`${periodKey}: not hour, day, week, month or year`)
    period = spelled
  }
  // A bare $ in a bound is the dollar the currency names.
  const boundDollar = currency && DOLLARS.has(currency) ? currency : dollar
  const bounds: Partial<Record<'min' | 'max', Bound>> = {}
  for (const [name, given] of [
    ['min', givenMin],
    ['max', givenMax]
  ] as const) {
    if (noAmount(given)) continue
    const bound = boundOf(given, boundDollar)
    if (bound instanceof Refusal) return new Refusal(`${name}: ${bound.message}`)
    bounds[name] = bound
    for (const [what, said, known] of [
      ['currency', bound.currency, currency],
      ['period', bound.period, period]
    ] as const) {
      if (said !== undefined && known !== undefined && said !== known)
        return new Refusal(
          `${name}: ${JSON.stringify(given)} is ${what === 'currency' ? 'in' : 'per'} ${said}, but the ${what} is ${known}`
        )
    }
    currency ??= bound.currency
    period ??= bound.period
  }
  const { min: { amount: min } = {}, max: { amount: max } = {} } = bounds
  if (min === undefined && max === undefined) return new Refusal('needs min or max')
  if (min !== undefined && max !== undefined && min > max) return new Refusal(MIN_ABOVE_MAX)
  period ??= 'year'
  for (const [bound, amount] of [
    ['min', min],
    ['max', max]
  ] as const) {
    const paidIn = currency ?? board
    if (amount === undefined || isPlausibleYearly(yearlyAmount(amount, period), paidIn)) continue
    const perYear =
      period === 'year' ? '' : `${yearlyAmount(amount, period).toLocaleString('en-US')} a year, `
    // An amount that is a salary as a year's pay but not per its hour, day or week: the period
    // is wrong. Not per month: a monthly amount is refused only past a twelfth of the ceiling,
    // where a year's pay labelled monthly is rare and a month's pay in a currency of small
    // units (rials) is not.
    const fix =
      SHORT_PERIODS.has(period) && isPlausibleYearly(amount, paidIn)
        ? `: if ${amount} is paid a year, give the period as year, not ${period}`
        : ''
    return new Implausible(
      `${bound} ${amount} ${PER_PERIOD[period]} is ${perYear}${notPlausible(paidIn)}${fix}`
    )
  }
  return { min, max, currency, period }
}

/**
 * The member of a range object that gives its period: `period`, or as Lever's `salaryRange`
 * names it (`interval: "per-hour-wage"`) and schema.org's `unitText` (`"HOUR"`). The first
 * given is read; one the range has beside it would otherwise be passed over, and an hourly
 * range read as yearly.
 */
const PERIOD_KEYS = ['period', 'interval', 'unitText'] as const

/** How a value that should be text is refused inside a salary (the wording valibot used). */
function notAString(value: unknown): string {
  const received =
    typeof value === 'object' || typeof value === 'function'
      ? ((value && Object.getPrototypeOf(value)?.constructor?.name) ?? 'null')
      : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
        ? String(value)
        : typeof value
  return `Invalid type: Expected string but received ${received}`
}

/**
 * Why a yearly amount is refused, in `currency` (any currency when undefined). Made when a salary is refused, not when the module loads: the
 * first number formatted in en-US loads ICU's number data (10-30 ms), which most runs never need.
 */
function notPlausible(currency: string | undefined): string {
  const { min } = YEARLY_SALARY_RANGE
  const max = yearlySalaryCeiling(currency)
  const unit = currency === undefined ? '' : ` ${currency}`
  return `not between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}${unit} a year, what a job pays`
}

/** Periods a year's pay gets mislabelled as: a refusal advises the period (salaryRange). */
const SHORT_PERIODS: ReadonlySet<SalaryPeriod> = new Set(['hour', 'day', 'week'])

const PER_PERIOD: Record<SalaryPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year'
}

/** The record's valid fields, as the listing takes them. */
interface ValidRecord {
  id: string | undefined
  company: string
  title: string
  url: string | undefined
  location: string | string[]
  postedAt: number
  skills: string[] | undefined
  description: string | undefined
  /** Lower case, each once (categoryList). */
  categories: string[] | undefined
  active: boolean
}

function toListing(
  valid: ValidRecord,
  fields: CanonicalRecord,
  record: Record<string, unknown>,
  position: number,
  { salaryCurrency, maxCellLength = 0 }: NormalizeOptions,
  { notes, ignored, written }: { notes: string[]; ignored: IgnoredValue[]; written?: string }
): Listing {
  // The cell fields clipped (cellText), named in one note after the others.
  const clipped: string[] = []
  const cell = (field: string, text: string) => cellText(field, text, maxCellLength, clipped)
  const extra = <T>(
    field: IgnoredValue['field'],
    read: (value: unknown) => T | Refusal,
    value: unknown
  ) => lenient(field, read, value, notes, ignored)
  const dollar = DOLLARS.has(salaryCurrency) ? salaryCurrency : 'USD'
  const salary = extra(
    'salary',
    value =>
      salaryOf(
        value,
        dollar,
        { currency: fields.salary_currency, period: fields.salary_period },
        salaryCurrency
      ),
    fields.salary ?? flatSalary(fields)
  )
  const { title, description } = valid
  const location = Array.isArray(valid.location) ? valid.location.join('; ') : valid.location
  const skills = valid.skills && unique(valid.skills.map(canonicalSkill))
  // One object literal with every field: a listing built by spreads is kept in V8's slow
  // dictionary form, twice the memory for the thousands a large feed keeps.
  const listing: Listing = {
    // A listing without a url has an id (postingUrl).
    id: valid.id ?? normalizeUrl(valid.url as string),
    idGiven: valid.id !== undefined,
    company: cell('company', valid.company),
    companyAsWritten: written,
    companyUrl: extra('company_url', companyUrlOf, fields.company_url),
    title: cell('title', title),
    url: valid.url,
    location: cell('location', location),
    locations: Array.isArray(valid.location) ? valid.location : undefined,
    workType: extra('work_type', workTypeOf, fields.work_type) ?? inferWorkType(location, title),
    postedAt: valid.postedAt,
    postedDay: isDayWithoutTime(fields.posted_at),
    salary: salary && {
      min: salary.min,
      max: salary.max,
      currency: salary.currency ?? salaryCurrency,
      period: salary.period
    },
    skills,
    // Held by the listing, so it goes when the listing does: a feed's text kept any longer
    // keeps the pieces of the file it was parsed from.
    skillText: skills ? undefined : `${title}\n${description ?? ''}`,
    categories: valid.categories,
    active: valid.active,
    position,
    record
  }
  if (clipped.length > 0)
    notes.push(`${clipped.join(', ')} clipped to ${maxCellLength} characters ("max-cell-length")`)
  return listing
}

/**
 * Cell text clipped to `max` code points (0: no limit), the last one `…`; the field is named in
 * `clipped` when it is.
 */
function cellText(field: string, text: string, max: number, clipped: string[]): string {
  const short = max > 0 && text.length > max ? clip(text, max) : undefined
  if (short === undefined) return text
  clipped.push(`${field} (${text.length.toLocaleString('en-US')} characters)`)
  return short
}

/**
 * The first `max - 1` code points of `text` and `…`, never splitting a character as readers see
 * it (a surrogate pair, an emoji joined with zero-width joiners, a letter and its accents: the
 * cut moves back to the start of that character); undefined when `text` has at most `max` code
 * points. The result is a copy: a slice would keep the whole original string alive for as long
 * as the listing lives.
 */
export function clip(text: string, max: number): string | undefined {
  let index = 0
  let cut = 0
  for (let kept = 0; kept < max; kept++) {
    if (index >= text.length) return undefined
    if (kept === max - 1) cut = index
    index += isSurrogatePair(text, index) ? 2 : 1
  }
  if (index >= text.length) return undefined
  // Where the character at `cut` starts depends on the text before it alone (and on `cut`'s).
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
  cut = graphemes.segment(text.slice(0, index)).containing(cut)?.index ?? cut
  return `${Array.from(text.slice(0, cut).trimEnd()).join('')}…`
}

/** Made on the first clip: most runs clip nothing. */
let graphemes: Intl.Segmenter | undefined

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** What `read` makes of `value`; when it refuses it, undefined and a note saying why. */
function lenient<T>(
  field: IgnoredValue['field'],
  read: (value: unknown) => T | Refusal,
  value: unknown,
  notes: string[],
  ignored: IgnoredValue[]
): T | undefined {
  if (value === undefined) return undefined
  const result = read(value)
  if (!(result instanceof Refusal)) return result
  const note = `${field} ${preview(value)} ignored: ${result.message}`
  notes.push(note)
  ignored.push({ field, note, reason: result.message })
  return undefined
}

/** CSV and other flat sources give the salary as salary_min, salary_max, ... columns. */
function flatSalary(fields: CanonicalRecord): object | undefined {
  const { salary_min: min, salary_max: max, salary_currency: currency } = fields
  const { salary_period: period } = fields
  const given = min !== undefined || max !== undefined || currency !== undefined
  return given || period !== undefined ? { min, max, currency, period } : undefined
}

/**
 * Whether a range object gives no amount, as APIs write a posting without a salary: no `min`
 * or `max` (or blank ones), and no digit in any other member (`{}`, `{"min": null, "max":
 * null, "currency": "USD"}`). A digit elsewhere may be an amount under another name: refused.
 */
function givesNoAmount(range: { min?: unknown; max?: unknown }): boolean {
  const { min, max, ...rest } = range
  return noAmount(min) && noAmount(max) && !/\d/.test(jsonText(Object.values(rest)) ?? '')
}

/**
 * A bound or amount that gives none: nothing, blank text, or 0, which feeds write for an
 * amount they do not know (RemoteOK's `salary_min: 0, salary_max: 0`).
 */
function noAmount(value: unknown): boolean {
  if (value == null || value === 0) return true
  // Trimmed first: a pattern with white space on both sides of an optional part backtracks
  // through every split of a long run of spaces.
  return typeof value === 'string' && /^(?:0+(?:\.0*)?)?$/.test(value.trim())
}

function isRange(salary: unknown): salary is object {
  return typeof salary === 'object' && salary !== null && !Array.isArray(salary)
}

/**
 * Remote when the location or title says so (`Remote (EU)`, `Work from home`, `WFH`,
 * `Telecommute`), or a place of the location is none but a word for anywhere (`Worldwide`,
 * `Anywhere in the World`, `Global`, `Home based`), as remote-job feeds write it; else on site.
 */
function inferWorkType(location: string, title: string): WorkType {
  if (REMOTE_WORDS.test(location) || REMOTE_WORDS.test(title)) return 'remote'
  return location.split('; ').some(place => ANYWHERE.test(place)) ? 'remote' : 'on_site'
}

const REMOTE_WORDS = /\b(?:remote|work(?:ing)? from home|wfh|telecommut\w*|telework\w*)\b/i

/** A place that is anywhere: a word for it, or the place alone (`Global`, not `Global Foundries`). */
const ANYWHERE =
  /\b(?:worldwide|anywhere|home[- ]based|homeoffice)\b|^(?:global|virtual|earth|planet earth)$/i

/**
 * Each item tidied (tidyText), blank ones (showsNothing) and null ones left out; null when an
 * item is not text.
 */
function tidyList(items: unknown[]): string[] | null {
  const tidied: string[] = []
  for (const item of items) {
    if (item === null) continue
    if (typeof item !== 'string') return null
    const text = tidyText(item)
    if (!showsNothing(text)) tidied.push(text)
  }
  return tidied
}

/**
 * Each item once, in order: `items` itself when no item repeats (every caller's list is its
 * own), so a record's usual list is not copied. A list of a few (as a record's are) is scanned,
 * not hashed.
 */
function unique(items: string[]): string[] {
  if (items.length > FEW_ITEMS) return [...new Set(items)]
  for (let index = 1; index < items.length; index++)
    if (items.lastIndexOf(items[index]!, index - 1) !== -1)
      return items.filter((item, at) => items.indexOf(item) === at)
  return items
}

const FEW_ITEMS = 16

function givenId(fields: CanonicalRecord): string | undefined {
  const { id } = fields
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

function kindOf(value: unknown): string {
  if (value === undefined || value === null) return String(value)
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`
}

/** A short rendering of a value for a warning. */
function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
