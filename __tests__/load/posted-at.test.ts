/**
 * posted_at's calendar check by arithmetic against the Date round trip it replaced: the same
 * time, or the same refusal, for dates and date-times with parts in and out of range.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createNormalizer } from '../../src/load/normalize.js'

const normalize = createNormalizer({ fields: {}, salaryCurrency: 'USD' })

function postedAt(value: string): number | undefined {
  const outcome = normalize(
    { company: 'Acme', title: 'Engineer', url: 'https://jobs.example/1', posted_at: value },
    1
  )
  return outcome.ok ? outcome.listing.postedAt : undefined
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
        const ms = Math.round(Number(`0.${fraction || '0'}`) * 1000)
        expect(postedAt(text)).toBe(roundTrip([year, month, day, hour, minute, second], ms))
      }),
      { numRuns: 3000 }
    )
  })
})
