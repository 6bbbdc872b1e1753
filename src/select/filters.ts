/**
 * A board's filters as one test on a listing, and how a field of a listing is read: a listing
 * field (`company`, `posted_at`, `active`, ...) as the pipeline holds it (`salary` as the yearly
 * amount the stats average), any other name from the feed's own record (`terms`, `is_visible`,
 * `salary.min`).
 */
import type { CanonicalField } from '../config/config.js'
import type { FieldFilter, Filter, Scalar } from '../config/selection.js'
import { isDateNumber } from '../load/normalize.js'
import { booleanWord, isNumeric, readPath } from '../record.js'
import type { Listing } from '../model.js'
import { skillsOf } from '../skills.js'
import { postedDate } from '../calendar.js'
import { timeOf } from '../time.js'
import { yearlySalary } from '../stats/salary.js'

/** The test `filter` makes; compile once per board. */
export function filterTest(filter: Filter): (listing: Listing) => boolean {
  if ('not' in filter) {
    const inner = filterTest(filter.not)
    return listing => !inner(listing)
  }
  if ('all' in filter) {
    const tests = filter.all.map(filterTest)
    return listing => tests.every(test => test(listing))
  }
  if ('any' in filter) {
    const tests = filter.any.map(filterTest)
    return listing => tests.some(test => test(listing))
  }
  return fieldTest(filter)
}

/**
 * The value of `field` for `listing`: a listing field (its date `posted_at` a Date), else the
 * record's field by name or dotted path; undefined when there is none.
 */
export function fieldValue(listing: Listing, field: string): unknown {
  const read = LISTING_FIELDS[field as CanonicalField]
  return read ? read(listing) : readPath(listing.record, field)
}

const LISTING_FIELDS: Partial<Record<CanonicalField, (listing: Listing) => unknown>> = {
  id: listing => listing.id,
  company: listing => listing.company,
  company_url: listing => listing.companyUrl,
  title: listing => listing.title,
  url: listing => listing.url,
  location: listing => listing.location,
  work_type: listing => listing.workType,
  posted_at: postedDate,
  // The yearly midpoint the board's average reads (`$90k - $150k`: 120000, `$45/hr`: 93600),
  // not the feed's text or object.
  salary: listing => listing.salary && yearlySalary(listing.salary),
  salary_min: listing => listing.salary?.min,
  salary_max: listing => listing.salary?.max,
  salary_currency: listing => listing.salary?.currency,
  salary_period: listing => listing.salary?.period,
  skills: skillsOf,
  categories: listing => listing.categories,
  active: listing => listing.active
}

function fieldTest(filter: FieldFilter): (listing: Listing) => boolean {
  const tests: ((value: unknown) => boolean)[] = []
  const { equals, oneOf, containsAny, endsWith, after, before } = filter
  // Text compares lower-cased, or as given with `ignore-case: false`.
  const exact = filter.ignoreCase === false
  const form = exact ? (text: string) => text : (text: string) => text.toLowerCase()
  const textOf = (value: unknown): string =>
    form(value instanceof Date ? value.toISOString() : String(value))
  const anyItem =
    (test: (text: string) => boolean) =>
    (value: unknown): boolean =>
      Array.isArray(value)
        ? value.some(item => item !== undefined && item !== null && test(textOf(item)))
        : value !== undefined && value !== null && test(textOf(value))
  // A boolean matches a record's however it is written (`true`, `yes`, `1`, ...).
  if (typeof equals === 'boolean') tests.push(anyItem(text => booleanWord(text) === equals))
  else if (equals !== undefined) tests.push(anyItem(text => text === textOf(equals)))
  if (oneOf) {
    const wanted = new Set(oneOf.map(textOf))
    tests.push(anyItem(text => wanted.has(text)))
  }
  if (containsAny) {
    const pattern = filter.words ? wordsPattern(containsAny, exact) : undefined
    const parts = containsAny.map(form)
    tests.push(
      anyItem(text => (pattern ? pattern.test(text) : parts.some(part => text.includes(part))))
    )
  }
  if (endsWith) {
    const ends = endsWith.map(form)
    tests.push(anyItem(text => ends.some(end => text.endsWith(end))))
  }
  if (after !== undefined) tests.push(value => compareTo(value, after) > 0)
  if (before !== undefined) tests.push(value => compareTo(value, before) < 0)
  return listing => {
    const value = fieldValue(listing, filter.field)
    return tests.every(test => test(value))
  }
}

/** Any of `words` with no letter or digit right before or after it; `exact`: in their case. */
function wordsPattern(words: readonly string[], exact: boolean): RegExp {
  const wordChar = '[\\p{L}\\p{M}\\p{N}]'
  const alternatives = words.map(word => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  return new RegExp(
    `(?<!${wordChar})(?:${alternatives.join('|')})(?!${wordChar})`,
    exact ? 'u' : 'iu'
  )
}

/**
 * The value against a bound: as numbers when both are numbers and neither reads as a date,
 * else as times, so a date field in Unix milliseconds compares rightly with a bound in Unix
 * seconds (and the reverse). NaN (so the test fails) when either cannot be read.
 */
function compareTo(value: unknown, bound: Scalar): number {
  if (isNumeric(bound) && isNumeric(value)) {
    const number = Number(value)
    const limit = Number(bound)
    if (!isDateNumber(number) && !isDateNumber(limit)) return number - limit
  }
  const time = timeOf(value)
  const limit = timeOf(bound)
  return time === undefined || limit === undefined ? NaN : time - limit
}
