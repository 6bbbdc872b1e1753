/**
 * A strftime pattern writes each part of a date the same whatever else it shows: a pattern of
 * month and day alone is read with fewer date parts than one with a year, time or zone.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { monthDay, strftime, timestamp } from '../../src/render/dates.js'

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham']
const date = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2199, 11, 31) })
const zone = fc.constantFrom(...ZONES)

describe('strftime', () => {
  it('writes each directive alone as it writes it beside a year, a time and a zone', () => {
    const FULL = '%Y|%y|%b|%h|%d|%-d|%e|%m|%-m|%H|%-H|%M|%-M|%Z|%a|%B'
    fc.assert(
      fc.property(date, zone, (time, timezone) => {
        const full = strftime(time, FULL, timezone).split('|')
        const alone = FULL.split('|').map(directive => strftime(time, directive, timezone))
        expect(alone).toEqual(full)
        expect(strftime(time, '%b %d', timezone)).toBe(`${full[2]} ${full[4]}`)
        expect(monthDay(time, timezone)).toBe(`${full[2]} ${full[4]}`)
        expect(timestamp(time, timezone)).toBe(
          `${full[2]} ${full[4]}, ${full[0]} at ${full[9]}:${full[11]} ${full[13]}`
        )
      }),
      { numRuns: 300 }
    )
  })

  it('writes the day of the board’s zone', () => {
    const time = Date.parse('2025-10-03T02:00:00Z')
    expect(strftime(time, '%b %d', 'UTC')).toBe('Oct 03')
    expect(strftime(time, '%b %-d', 'America/Los_Angeles')).toBe('Oct 2')
    expect(monthDay(time, 'America/Los_Angeles')).toBe('Oct 02')
    expect(strftime(time, '%b %d %H:%M %Z', 'Asia/Kolkata')).toBe('Oct 03 07:30 GMT+5:30')
  })
})
