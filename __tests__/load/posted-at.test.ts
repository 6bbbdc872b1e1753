/**
 * posted_at's calendar check by arithmetic against the Date round trip it replaced: the same
 * time, or the same refusal, for dates and date-times with parts in and out of range; and the
 * date-times other languages print, read by posted_at and by a filter on any date field alike.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createNormalizer } from '../../src/load/normalize.js'
import type { Filter } from '../../src/config/selection.js'
import { isCandidate, selectOpenings, type SelectOptions } from '../../src/select/select.js'
import { listing } from '../select/listings.js'

const normalize = createNormalizer({ fields: {}, salaryCurrency: 'USD' })

function postedAt(value: string): number | undefined {
  const outcome = normalize(
    { company: 'Acme', title: 'Engineer', url: 'https://jobs.example/1', posted_at: value },
    1
  )
  return outcome.ok ? outcome.listing.postedAt : undefined
}

/** What normalize makes of a record posted at `value`: its listing, or why it is invalid. */
function outcomeOf(value: string) {
  return normalize(
    { company: 'Acme', title: 'Engineer', url: 'https://jobs.example/1', posted_at: value },
    1
  )
}

/**
 * The former check: build the time with Date.UTC and read every part back; and, since then,
 * a posting date must fall in the years 1970 to 2199.
 */
function roundTrip(parts: number[], ms: number): number | undefined {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms)
  const back = new Date(time)
  const exact =
    back.getUTCFullYear() >= 1970 &&
    back.getUTCFullYear() <= 2199 &&
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second
  return exact ? time : undefined
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

const parts = fc.record({
  year: fc.oneof(
    fc.integer({ min: 0, max: 9999 }),
    fc.constantFrom(0, 99, 100, 1900, 2000, 2024, 2100)
  ),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.integer({ min: 0, max: 60 }),
  fraction: fc.constantFrom('', '5', '999', '9994', '9995', '99999', '0001')
})

describe('posted_at', () => {
  it('accepts and refuses calendar dates as the Date round trip did', () => {
    fc.assert(
      fc.property(parts, ({ year, month, day }) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
        expect(postedAt(text)).toBe(roundTrip([year, month, day], 0))
      }),
      { numRuns: 3000 }
    )
  })

  it('accepts and refuses date-times as the Date round trip did', () => {
    fc.assert(
      fc.property(parts, ({ year, month, day, hour, minute, second, fraction }) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction ? `.${fraction}` : ''}Z`
        // Cut to milliseconds, as Date.parse does: .9995 is .999, never the next second.
        const ms = Number(fraction.slice(0, 3).padEnd(3, '0'))
        expect(postedAt(text)).toBe(roundTrip([year, month, day, hour, minute, second], ms))
      }),
      { numRuns: 3000 }
    )
  })
})

/** Printed by other languages: each is 2025-10-20 14:03 in UTC, or at the offset it names. */
const PRINTED: [string, string, string][] = [
  ["Ruby's Time#to_s", '2025-10-20 16:03:00 +0200', '2025-10-20T14:03:00Z'],
  ["Ruby's Time#to_s in UTC", '2025-10-20 14:03:00 UTC', '2025-10-20T14:03:00Z'],
  ["Swift's Date, Rust's chrono", '2025-10-20 09:03:00 -05:00', '2025-10-20T14:03:00Z'],
  ["Go's Time.String", '2025-10-20 14:03:00 +0000 UTC', '2025-10-20T14:03:00Z'],
  [
    "Go's Time.String with nanoseconds",
    '2025-10-20 16:03:00.123456789 +0200 CEST',
    '2025-10-20T14:03:00.123Z'
  ],
  [
    "Go's Time.String with its monotonic clock",
    '2025-10-20 07:03:00.999999999 -0700 PDT m=+0.000012345',
    '2025-10-20T14:03:00.999Z'
  ],
  ["Go's Time.String, a zone of no name", '2025-10-20 17:03:00 +0300 +03', '2025-10-20T14:03:00Z'],
  ["PHP's DATE_COOKIE", 'Monday, 20-Oct-2025 14:03:00 UTC', '2025-10-20T14:03:00Z'],
  ["PHP's and Go's RFC 850", 'Monday, 20-Oct-25 14:03:00 GMT', '2025-10-20T14:03:00Z'],
  ["PHP's date('r')", 'Mon, 20 Oct 2025 16:03:00 +0200', '2025-10-20T14:03:00Z'],
  ["PHP's DATE_ATOM", '2025-10-20T16:03:00+02:00', '2025-10-20T14:03:00Z'],
  ['RFC 2822 with its comment', 'Mon, 20 Oct 2025 16:03:00 +0200 (CEST)', '2025-10-20T14:03:00Z'],
  ['ISO 8601 and the name', '2025-10-20T16:03:00+02:00 (CEST)', '2025-10-20T14:03:00Z'],
  [
    "JavaScript's String(date)",
    'Mon Oct 20 2025 16:03:00 GMT+0200 (Central European Summer Time)',
    '2025-10-20T14:03:00Z'
  ],
  ["C's asctime, Python's ctime", 'Mon Oct 20 14:03:00 2025', '2025-10-20T14:03:00Z'],
  ["asctime's day of one digit", 'Mon Oct  6 14:03:00 2025', '2025-10-06T14:03:00Z'],
  ["Unix's date, Java's Date.toString", 'Mon Oct 20 14:03:00 UTC 2025', '2025-10-20T14:03:00Z'],
  ["Twitter's created_at", 'Mon Oct 20 16:03:00 +0200 2025', '2025-10-20T14:03:00Z']
]

describe('posted_at printed by other languages', () => {
  it.each(PRINTED)('reads %s: %s', (_, given, iso) => {
    expect(postedAt(given)).toBe(Date.parse(iso))
  })

  it.each([
    // A zone's name alone says no offset: CEST, IST and CST are each several zones.
    '2025-10-20 14:03:00 CEST',
    'Mon Oct 20 14:03:00 CEST 2025',
    'Monday, 20-Oct-2025 14:03:00 CET',
    '2025-10-20T14:03:00 (CEST)',
    'Mon Feb 30 14:03:00 2025',
    'Mon, 20-Oct 2025 14:03:00 GMT',
    '2025-10-20 14:03:00 +0200 (CEST'
  ])('refuses %s', given => {
    expect(postedAt(given)).toBeUndefined()
  })
})

describe('a date field of the feed printed by other languages', () => {
  it.each(PRINTED)('compares by the time it says: %s', (_, given, iso) => {
    const now = new Date('2025-10-22T20:30:00Z')
    const options = (filter: Filter): SelectOptions => ({
      now,
      maxAgeDays: 0,
      maxRows: 0,
      selection: { filter, dedupe: true }
    })
    const rows = [listing({ id: 'printed', record: { closes: given } })]
    const selected = (filter: Filter) =>
      selectOpenings(
        rows.filter(row => isCandidate(row, options(filter))),
        options(filter)
      ).map(row => row.id)

    const minuteBefore = new Date(Date.parse(iso) - 60_000).toISOString()
    expect(selected({ field: 'closes', after: minuteBefore })).toEqual(['printed'])
    expect(selected({ field: 'closes', before: minuteBefore })).toEqual([])
  })
})

describe('posted_at as a spreadsheet shows it', () => {
  it.each([
    ['a month and day without zeros', '2026/12/5', '2026-12-05T00:00:00Z'],
    ['a day without its zero, dashes', '2026-1-5', '2026-01-05T00:00:00Z'],
    ['an hour of one digit', '2026-12-05 9:30', '2026-12-05T09:30:00Z'],
    ['all of these, with seconds', '2026.3.7 7:05:09', '2026-03-07T07:05:09Z'],
    ['an hour of one digit and an offset', '2026-12-5T9:30+01:00', '2026-12-05T08:30:00Z'],
    ["Excel's d-mmm-yy", '05-Dec-26', '2026-12-05T00:00:00Z'],
    ["Excel's d-mmm-yyyy", '5-dec-2026', '2026-12-05T00:00:00Z'],
    ['the day first with dots (Germany)', '20.10.2025', '2025-10-20T00:00:00Z'],
    ['the day first with dots, no zeros', '5.1.2026', '2026-01-05T00:00:00Z'],
    ['the day first with dots and a time', '20.10.2025 14:30', '2025-10-20T14:30:00Z'],
    ['the day first with dots, a comma and seconds', '20.10.2025, 9:05:07', '2025-10-20T09:05:07Z']
  ])('reads %s: %s', (_, given, iso) => {
    expect(postedAt(given)).toBe(Date.parse(iso))
  })

  it('takes a day written the day first with dots for a calendar day, and one with a time for an instant', () => {
    const day = outcomeOf('20.10.2025')
    const instant = outcomeOf('20.10.2025 14:30')
    expect(day.ok && day.listing.postedDay).toBe(true)
    expect(instant.ok && instant.listing.postedDay).toBe(false)
  })

  it.each([
    [
      '31.02.2025',
      'no such day: "31.02.2025" (February 2025 has 28 days). Write the day it was posted, YYYY-MM-DD'
    ],
    [
      '20.13.2025',
      'posted_at: not an ISO 8601 date or Unix seconds: "20.13.2025" names month 13, and a year has 12. Write YYYY-MM-DD, the year, then the month, then the day'
    ]
  ])('refuses %s, saying why', (given, reason) => {
    const outcome = outcomeOf(given)
    expect(outcome.ok ? 'valid' : outcome.invalid.reason).toContain(reason)
  })
})
