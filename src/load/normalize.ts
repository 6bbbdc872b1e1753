/**
 * Turns one source record into a Listing, or says why it is invalid: the listing record rules
 * (README "Listings"), as one valibot schema.
 *
 * A record is invalid when a required field is missing, `url` is not http(s), `posted_at`
 * does not parse or falls outside POSTING_YEARS, or a field has the wrong type. Problems
 * with the optional extras (`company_url`, `work_type`, `salary`) only drop that value, with
 * a warning; so does a salary outside YEARLY_SALARY_RANGE. Company, title and location
 * longer than `maxCellLength` are clipped, with a warning.
 */
import * as v from 'valibot'
import type { RunSettings } from '../config/config.js'
import type { InvalidRecord, Listing, SalaryPeriod, WorkType } from '../model.js'
import { isPlausibleYearly, yearlyAmount, YEARLY_SALARY_RANGE } from '../stats/salary.js'
import { isHttpUrl, normalizeUrl } from '../url.js'
import { readField, readFields, tidyText, type CanonicalRecord } from './fields.js'
import { canonicalSkill, detectSkills } from './skills.js'

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

export type Normalized =
  { ok: true; listing: Listing; warnings: string[] } | { ok: false; invalid: InvalidRecord }

/** What selection looks at (see select/select.ts), and the record's place for messages. */
export type SelectionFields = Pick<
  Listing,
  'title' | 'categories' | 'active' | 'postedAt' | 'position'
>

/** A function that normalizes one record; `position` is its 1-based place in the source. */
export function createNormalizer(options: NormalizeOptions) {
  const schema = v.pipe(
    RECORD,
    v.transform(record => toListing(record, options))
  )
  return (record: unknown, position: number): Normalized => {
    const fields = readFields(record, options.fields)
    if (!fields)
      return { ok: false, invalid: { position, reason: `not an object but ${kindOf(record)}` } }
    const result = v.safeParse(schema, fields)
    if (!result.success) {
      return {
        ok: false,
        invalid: { position, id: givenId(fields), reason: reasonOf(result.issues) }
      }
    }
    const { listing, notes } = result.output
    listing.position = position
    listing.record = record as Record<string, unknown>
    const warnings = notes.map(note => `Listing #${position} (id ${listing.id}): ${note}`)
    return { ok: true, listing, warnings }
  }
}

/**
 * The fields selection looks at, read the way the schema reads them but without validating
 * the record, so that a record no board can show is left out without the cost of validation.
 * Undefined when one of them is not in a shape the schema takes (the record may be invalid:
 * only validation can say).
 */
export function selectionFields(
  record: object,
  position: number,
  fields: NormalizeOptions['fields']
): SelectionFields | undefined {
  const title = readField(record, 'title', fields)
  const categories = readField(record, 'categories', fields)
  const active = readField(record, 'active', fields)
  const postedAt = readField(record, 'posted_at', fields)
  if (typeof title !== 'string') return undefined
  const categoryList = categories === undefined ? undefined : listItems(categories)
  const isActive = active === undefined ? true : booleanOf(active)
  const time =
    typeof postedAt === 'string' || typeof postedAt === 'number' ? toEpochMs(postedAt) : undefined
  if (categoryList === null || isActive === undefined || !isPostingTime(time)) return undefined
  return {
    title,
    categories: categoryList && categoryNames(categoryList),
    active: isActive,
    postedAt: time,
    position
  }
}

/** Invalid when the value is undefined: "missing"; otherwise `problem`. */
const missingOr = (problem: string) => (issue: v.BaseIssue<unknown>) =>
  issue.input === undefined ? 'missing' : problem

// Strings arrive trimmed and never blank (readFields), so "non-empty text" is just a string.
// Company, title and location also arrive with control characters as spaces (tidyText).
const REQUIRED_TEXT = v.string(missingOr('must be text'))

const ID = v.union(
  [v.string(), v.pipe(v.number(), v.finite(), v.transform(String))],
  'must be text or a number'
)

const LOCATION = v.pipe(
  v.union([v.string(), v.array(v.string())], 'must be text or a list of text'),
  v.transform(location => (typeof location === 'string' ? location : tidyList(location).join('; ')))
)

/** A list, or one string of items separated by commas or semicolons. */
const LIST = v.pipe(
  v.union([v.string(), v.array(v.string())], 'must be text or a list of text'),
  v.transform(list => listItems(list) as string[])
)

/** The items of a list field; null when it is neither text nor a list of text. */
function listItems(list: unknown): string[] | null {
  if (typeof list === 'string') return tidyList(list.split(/[,;]/))
  if (Array.isArray(list) && list.every(item => typeof item === 'string')) return tidyList(list)
  return null
}

const NOT_A_DATE = 'not an ISO 8601 date or Unix seconds'
const POSTED_AT = v.pipe(
  v.union([v.string(), v.number()], missingOr(NOT_A_DATE)),
  v.transform(toEpochMs),
  v.number(NOT_A_DATE),
  v.check(
    time => isPostingTime(time),
    issue => outsidePostingYears(issue.input)
  )
)

/**
 * The years a posting date may fall in: from the Unix epoch to the end of 2199. Dates
 * outside are typos or placeholders, and far enough out JavaScript cannot even hold them.
 */
const POSTING_YEARS = { first: 1970, last: 2199 } as const
const EARLIEST_POSTING = Date.UTC(POSTING_YEARS.first, 0, 1)
const AFTER_LAST_POSTING = Date.UTC(POSTING_YEARS.last + 1, 0, 1)

function isPostingTime(time: number | undefined): time is number {
  return time !== undefined && time >= EARLIEST_POSTING && time < AFTER_LAST_POSTING
}

/** Why `time` is refused; Unix milliseconds given as seconds land tens of millennia ahead. */
function outsidePostingYears(time: number): string {
  const years = `not in the years ${POSTING_YEARS.first} to ${POSTING_YEARS.last}`
  const asMilliseconds = time / 1000
  return isPostingTime(asMilliseconds) && asMilliseconds >= Date.UTC(2000, 0, 1)
    ? `${years} (Unix milliseconds? give seconds)`
    : years
}

const ACTIVE = v.union(
  [
    v.boolean(),
    v.pipe(
      v.string(),
      v.toLowerCase(),
      v.picklist(['true', 'false']),
      v.transform(text => text === 'true')
    )
  ],
  'must be true or false'
)

/** What ACTIVE makes of a value: a boolean, or `true`/`false` in any case; else undefined. */
function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  const text = typeof value === 'string' ? value.toLowerCase() : undefined
  return text === 'true' ? true : text === 'false' ? false : undefined
}

// The lenient extras: a value that fails these is dropped with a warning.
const COMPANY_URL = v.pipe(v.string('not text'), v.check(isHttpUrl, 'not an http(s) URL'))

const WORK_TYPE_SPELLINGS: Record<string, WorkType> = {
  remote: 'remote',
  hybrid: 'hybrid',
  onsite: 'on_site',
  office: 'on_site',
  inoffice: 'on_site',
  inperson: 'on_site'
}
const WORK_TYPE = v.pipe(
  v.string('not text'),
  v.transform(text => WORK_TYPE_SPELLINGS[text.toLowerCase().replace(/[\s_-]+/g, '')]),
  v.picklist(['remote', 'hybrid', 'on_site'], 'not remote, hybrid or on_site')
)

const PERIOD_SPELLINGS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year'
}
const AMOUNT = v.pipe(
  v.union(
    [v.number(), v.pipe(v.string(), v.regex(/^\d+(?:\.\d+)?$/), v.transform(Number))],
    'not a number'
  ),
  v.finite('not a number'),
  v.gtValue(0, 'not above 0')
)
/** A bare amount: yearly, in the default currency. */
const SALARY_AMOUNT = v.pipe(
  AMOUNT,
  v.check(isPlausibleYearly, issue => `${issue.input} a year is ${notPlausible}`),
  v.transform(amount => ({ min: amount, max: amount, period: 'year' as const }))
)
const SALARY_RANGE = v.pipe(
  v.object({
    min: v.nullish(AMOUNT),
    max: v.nullish(AMOUNT),
    currency: v.nullish(
      v.pipe(v.string(), v.regex(/^[a-z]{3}$/i, 'not an ISO 4217 code'), v.toUpperCase())
    ),
    period: v.nullish(
      v.pipe(
        v.string(),
        v.transform(text => PERIOD_SPELLINGS[text.trim().toLowerCase()]),
        v.picklist(['hour', 'day', 'week', 'month', 'year'], 'not hour, day, week, month or year')
      ),
      'year'
    )
  }),
  v.check(range => range.min != null || range.max != null, 'needs min or max'),
  v.check(
    range => range.min == null || range.max == null || range.min <= range.max,
    'min is above max'
  ),
  v.check(
    range => implausibleBound(range) === undefined,
    issue => implausibleBound(issue.input) ?? ''
  )
)

const notPlausible = `not between ${YEARLY_SALARY_RANGE.min.toLocaleString('en-US')} and ${YEARLY_SALARY_RANGE.max.toLocaleString('en-US')} a year`

/** "max 1e+308 a year is not between ...", for the first bound outside YEARLY_SALARY_RANGE. */
function implausibleBound(range: {
  min?: number | null
  max?: number | null
  period: SalaryPeriod
}): string | undefined {
  for (const bound of ['min', 'max'] as const) {
    const amount = range[bound]
    if (amount != null && !isPlausibleYearly(yearlyAmount(amount, range.period)))
      return `${bound} ${amount} ${PER_PERIOD[range.period]} is ${notPlausible}`
  }
  return undefined
}

const PER_PERIOD: Record<SalaryPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year'
}

/** The record as valid fields; the extras are checked while building the listing. */
const RECORD = v.object({
  id: v.optional(ID),
  company: REQUIRED_TEXT,
  company_url: v.unknown(),
  title: REQUIRED_TEXT,
  url: v.pipe(REQUIRED_TEXT, v.check(isHttpUrl, 'not an http(s) URL')),
  location: v.optional(LOCATION, ''),
  work_type: v.unknown(),
  posted_at: POSTED_AT,
  salary: v.unknown(),
  salary_min: v.unknown(),
  salary_max: v.unknown(),
  salary_currency: v.unknown(),
  salary_period: v.unknown(),
  skills: v.optional(LIST),
  description: v.optional(v.string('must be text')),
  categories: v.optional(LIST),
  active: v.optional(ACTIVE, true)
})
type ValidRecord = v.InferOutput<typeof RECORD>

function toListing(
  record: ValidRecord,
  { salaryCurrency, maxCellLength = 0 }: NormalizeOptions
): { listing: Listing; notes: string[] } {
  const notes: string[] = []
  const cell = cellClipper(maxCellLength, notes)
  const extra = <T>(field: string, schema: v.GenericSchema<unknown, T>, value: unknown) =>
    lenient(field, schema, value, notes)
  const salaryGiven = record.salary ?? flatSalary(record)
  const salary = isRange(salaryGiven)
    ? extra('salary', SALARY_RANGE, salaryGiven)
    : extra('salary', SALARY_AMOUNT, salaryGiven)
  // One object literal with every field: a listing built by spreads is kept in V8's slow
  // dictionary form, twice the memory for the thousands a large feed keeps.
  const listing: Listing = {
    id: record.id ?? normalizeUrl(record.url),
    company: cell('company', record.company),
    companyUrl: extra('company_url', COMPANY_URL, record.company_url),
    title: cell('title', record.title),
    url: record.url,
    location: cell('location', record.location),
    workType:
      extra('work_type', WORK_TYPE, record.work_type) ??
      inferWorkType(record.location, record.title),
    postedAt: record.posted_at,
    salary: salary && {
      min: salary.min ?? undefined,
      max: salary.max ?? undefined,
      currency: ('currency' in salary && salary.currency) || salaryCurrency,
      period: salary.period
    },
    skills: record.skills
      ? unique(record.skills.map(canonicalSkill))
      : detectSkills(`${record.title}\n${record.description ?? ''}`),
    categories: record.categories && categoryNames(record.categories),
    active: record.active,
    position: 0, // set by the normalizer, which knows it
    record: EMPTY_RECORD // likewise
  }
  cell.report()
  return { listing, notes }
}

const EMPTY_RECORD: Readonly<Record<string, unknown>> = Object.freeze({})

/**
 * Clips cell text to `max` code points (0: no limit), the last one `…`, and collects the
 * fields it clipped into one note when `report` is called.
 */
function cellClipper(max: number, notes: string[]) {
  const clipped: string[] = []
  const cell = (field: string, text: string): string => {
    const short = max > 0 && text.length > max ? clip(text, max) : undefined
    if (short === undefined) return text
    clipped.push(`${field} (${text.length.toLocaleString('en-US')} characters)`)
    return short
  }
  cell.report = () => {
    if (clipped.length)
      notes.push(`${clipped.join(', ')} clipped to ${max} characters ("max-cell-length")`)
  }
  return cell
}

/**
 * The first `max - 1` code points of `text` and `…`, never splitting a surrogate pair;
 * undefined when `text` has at most `max` code points. The result is a copy: a slice would
 * keep the whole original string alive for as long as the listing lives.
 */
function clip(text: string, max: number): string | undefined {
  let index = 0
  let cut = 0
  for (let kept = 0; kept < max; kept++) {
    if (index >= text.length) return undefined
    if (kept === max - 1) cut = index
    index += isSurrogatePair(text, index) ? 2 : 1
  }
  if (index >= text.length) return undefined
  return `${Array.from(text.slice(0, cut).trimEnd()).join('')}…`
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

function categoryNames(categories: string[]): string[] {
  return unique(categories.map(name => name.toLowerCase()))
}

/** The value `schema` makes of `value`; when it fails, undefined and a note saying why. */
function lenient<T>(
  field: string,
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  notes: string[]
): T | undefined {
  if (value === undefined) return undefined
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  notes.push(`${field} ${preview(value)} ignored: ${problemOf(result.issues[0])}`)
  return undefined
}

/** CSV and other flat sources give the salary as salary_min, salary_max, ... columns. */
function flatSalary(record: ValidRecord): object | undefined {
  const range = {
    min: record.salary_min,
    max: record.salary_max,
    currency: record.salary_currency,
    period: record.salary_period
  }
  return Object.values(range).some(value => value !== undefined) ? range : undefined
}

function isRange(salary: unknown): salary is object {
  return typeof salary === 'object' && salary !== null && !Array.isArray(salary)
}

function inferWorkType(location: string, title: string): WorkType {
  return /\bremote\b/i.test(location) || /\bremote\b/i.test(title) ? 'remote' : 'on_site'
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const UNIX_SECONDS = /^-?\d+(?:\.\d+)?$/

/**
 * Milliseconds since the epoch for an ISO 8601 date (midnight UTC), date-time (UTC when it
 * has no zone) or Unix seconds (a number or a numeric string); undefined for anything else.
 */
function toEpochMs(value: string | number): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? Math.round(value * 1000) : undefined
  if (UNIX_SECONDS.test(value)) return Math.round(Number(value) * 1000)
  const date = ISO_DATE.exec(value)
  if (date) return utc(date.slice(1, 4).map(Number))
  const dateTime = ISO_DATE_TIME.exec(value)
  if (!dateTime) return undefined
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone = 'Z'] = dateTime
  const milliseconds = Math.round(Number(`0.${fraction || '0'}`) * 1000)
  const local = utc([year, month, day, hour, minute, second].map(Number), milliseconds)
  return local === undefined ? undefined : local - zoneOffsetMs(zone)
}

/**
 * Date.UTC that refuses out-of-range parts (2025-02-30, 25:00, a fraction that rounds up to a
 * whole second) instead of rolling them over, and years before 100, which Date.UTC would read
 * as 19xx.
 */
function utc([year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0]: number[], ms = 0) {
  const exact =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    ms <= 999
  return exact ? Date.UTC(year, month - 1, day, hour, minute, second, ms) : undefined
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

function zoneOffsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')
  return sign * minutes * 60_000
}

function tidyList(items: string[]): string[] {
  return items.map(tidyText).filter(Boolean)
}

function unique(items: string[]): string[] {
  return [...new Set(items)]
}

function reasonOf(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  return issues.map(problemOf).join('; ')
}

/** "field: problem", or just the problem for the value as a whole. */
function problemOf(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue)
  return path ? `${path}: ${issue.message}` : issue.message
}

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
