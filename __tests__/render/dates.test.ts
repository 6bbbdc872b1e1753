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
  it('writes a 12-hour clock: %I and %p (12 AM at midnight, 12 PM at noon)', () => {
    const at = (time: string) => strftime(Date.parse(time), '%-I:%M %p|%I %p', 'UTC')
    expect(at('2025-10-04T00:05:00Z')).toBe('12:05 AM|12 AM')
    expect(at('2025-10-04T07:28:00Z')).toBe('7:28 AM|07 AM')
    expect(at('2025-10-04T12:00:00Z')).toBe('12:00 PM|12 PM')
    expect(at('2025-10-04T19:28:00Z')).toBe('7:28 PM|07 PM')
  })

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

  it('writes the clock of the board’s zone on the days its offset changes, minute by minute', () => {
    // Daylight saving time starting and ending (an hour, half an hour in Lord Howe), Chatham's
    // offset of 12:45, and Monrovia's -0:44:30 until 1972; each instant at a second past the minute.
    const DAYS: Array<[string, string]> = [
      ['America/Los_Angeles', '2024-03-10'],
      ['America/Los_Angeles', '2024-11-03'],
      ['Europe/Berlin', '2024-10-27'],
      ['Australia/Lord_Howe', '2024-04-06'],
      ['Pacific/Chatham', '2024-09-28'],
      ['America/St_Johns', '2024-03-10'],
      ['Africa/Monrovia', '1972-01-06']
    ]
    for (const [timezone, day] of DAYS) {
      const intl = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23'
      })
      const start = Date.parse(`${day}T00:00:00Z`) - 18 * HOUR
      const written: string[] = []
      const expected: string[] = []
      for (let time = start + 1000; time < start + 60 * HOUR; time += 60_000 + 7_001) {
        const part = Object.fromEntries(intl.formatToParts(time).map(p => [p.type, p.value]))
        expected.push(`${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`)
        written.push(strftime(time, '%Y-%m-%d %H:%M', timezone))
      }
      expect(written).toEqual(expected)
    }
  })

  it('writes the clock of the board’s zone for dates spread over more hours than it keeps', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Los_Angeles',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23'
    })
    const start = Date.parse('2019-01-01T00:00:01Z')
    const written: string[] = []
    const expected: string[] = []
    for (let hour = 0; hour < 25_000; hour += 1) {
      // Each hour once, then the first hours again, after the rest have filled what is kept.
      const time = start + (hour < 20_000 ? hour : hour - 20_000) * HOUR
      const part = Object.fromEntries(intl.formatToParts(time).map(p => [p.type, p.value]))
      expected.push(`${part.year}-${part.month}-${part.day} ${part.hour}`)
      written.push(strftime(time, '%Y-%m-%d %H', 'America/Los_Angeles'))
    }
    expect(written).toEqual(expected)
  })
})

const HOUR = 60 * 60 * 1000
