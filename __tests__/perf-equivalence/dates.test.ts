/** The UTC fast path of the date formats against Intl, which every other zone goes through. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { monthDay, timestamp } from '../../src/render/dates.js'

/** What Intl writes for UTC: `Etc/UTC` is the same zone by another name, so it skips the fast path. */
function intlTimestamp(time: number): string {
  return timestamp(time, 'Etc/UTC')
}

const anyTime = fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(12000, 0, 1) })

describe('dates in UTC', () => {
  it('writes the same month, day and time as Intl', () => {
    fc.assert(
      fc.property(anyTime, time => {
        expect(timestamp(time, 'UTC')).toBe(intlTimestamp(time))
        expect(monthDay(time, 'UTC')).toBe(monthDay(time, 'Etc/UTC'))
      }),
      { numRuns: 2000 }
    )
  })

  it('writes the edges of the fast range as Intl does', () => {
    for (const time of [
      Date.UTC(1000, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(999, 11, 31)
    ])
      expect(timestamp(time, 'UTC')).toBe(intlTimestamp(time))
  })

  it('writes UTC by name', () => {
    expect(timestamp(Date.parse('2025-10-22T20:30:00Z'), 'UTC')).toBe('Oct 22, 2025 at 20:30 UTC')
  })
})
