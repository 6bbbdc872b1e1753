/**
 * The order of a board's rows: its sort keys as one comparator, or the default order (newest
 * first, then company, title and id) when it has none.
 */
import { calendarDay } from '../calendar.js'
import type { SortKey } from '../config/selection.js'
import type { Listing } from '../model.js'
import { isNumeric } from '../record.js'
import { fieldValue } from './filters.js'
import { whenOf } from '../time.js'
import { compareOpenings, compareText } from './selector.js'

export type Comparator = (a: Listing, b: Listing) => number

/**
 * Compares by each key in turn, then by place in the feed (as a stable sort would leave them),
 * then in the default order. A value a listing lacks sorts after every value, in either order.
 * `timezone` is the zone of a `by: day` key that names none.
 */
export function sortComparator(keys: readonly SortKey[] | undefined, timezone: string): Comparator {
  if (!keys?.length) return compareOpenings
  const readers = keys.map(key => keyReader(key, timezone))
  const directions = keys.map(key => (key.order === 'desc' ? -1 : 1))
  // Each listing's key values, read once: a day in a time zone costs an Intl call.
  const cache = new WeakMap<Listing, Value[]>()
  const valuesOf = (listing: Listing): Value[] => {
    let values = cache.get(listing)
    if (!values) {
      values = readers.map(read => read(listing))
      cache.set(listing, values)
    }
    return values
  }
  return (a, b) => {
    const left = valuesOf(a)
    const right = valuesOf(b)
    for (let index = 0; index < readers.length; index++) {
      const order = compareValues(left[index], right[index], directions[index]!)
      if (order !== 0) return order
    }
    return a.position - b.position || compareOpenings(a, b)
  }
}

/** A key's value, reduced to what it is compared by. */
export type Value = number | string | undefined

export function keyReader(key: SortKey, timezone: string): (listing: Listing) => Value {
  if (key.by === 'day') {
    const zone = key.timezone ?? timezone
    return listing => {
      const when = whenOf(fieldValue(listing, key.field))
      return when === undefined ? undefined : calendarDay(when, zone)
    }
  }
  const { joinedWith } = key
  const read: (listing: Listing) => Value = joinedWith
    ? listing =>
        [key.field, ...joinedWith]
          .map(field => String(comparable(fieldValue(listing, field)) ?? ''))
          .join('') || undefined
    : listing => numeric(comparable(fieldValue(listing, key.field)))
  return key.ignoreCase
    ? listing => {
        const value = read(listing)
        return typeof value === 'string' ? value.toLowerCase() : value
      }
    : read
}

function comparable(value: unknown): Value {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.getTime()
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String).join('\n')
  const text = String(value)
  // Blank text (a CSV's empty cell) counts as absent, as "" does everywhere: it sorts last.
  return text.trim() === '' ? undefined : text
}

/**
 * Text that reads as a number (`"9"`, `" 10 "`, `"-2.5"`, as the `after` and `before` filters
 * read it: isNumeric) as that number, so that a CSV column or a feed's numbers in quotes sort
 * by value (9, 10, 100), not as text (10, 100, 9); other values as they are.
 */
function numeric(value: Value): Value {
  return typeof value === 'string' && isNumeric(value) ? Number(value) : value
}

/**
 * Numbers by value, text by code points (compareText: every machine and locale sorts alike); a
 * number before text; a missing value last.
 */
export function compareValues(a: Value, b: Value, direction: number): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1
  const order = typeof a === 'number' ? a - (b as number) : compareText(a, b as string)
  return Math.sign(order) * direction
}
