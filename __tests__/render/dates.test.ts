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

  it('writes every part of a pattern in the locale’s calendar and digits, as the default date', () => {
    // The parts Intl writes of the default date's formatter (the locale's calendar and digits).
    const intl = (time: number, timezone: string, locale: string, options: object) =>
      Object.fromEntries(
        new Intl.DateTimeFormat(locale, { ...options, timeZone: timezone })
          .formatToParts(time)
          .map(part => [part.type, part.value])
      )
    const LOCALES = [
      'fa-IR',
      'de-DE-u-ca-islamic',
      'ja-JP-u-ca-japanese',
      'th-TH',
      'ar-EG',
      'hi-IN-u-nu-deva',
      'am-ET-u-ca-ethiopic',
      'de-DE'
    ]
    fc.assert(
      fc.property(date, zone, fc.constantFrom(...LOCALES), (time, timezone, locale) => {
        const numbers = { year: 'numeric', month: '2-digit', day: '2-digit' }
        const { year, month, day } = intl(time, timezone, locale, numbers)
        expect(strftime(time, '%d|%m|%Y', timezone, locale)).toBe(`${day}|${month}|${year}`)
        const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: timezone })
        expect(strftime(time, '%d %B', timezone, locale)).toBe(`${day} ${name.format(time)}`)
        expect(monthDay(time, timezone, locale)).toContain(day)
      }),
      { numRuns: 300 }
    )
    const at = Date.parse('2025-10-22T20:30:00Z')
    expect(strftime(at, '%d %b %Y', 'UTC', 'fa-IR')).toBe('۳۰ مهر ۱۴۰۴')
    expect(strftime(at, '%-d/%-m/%y %H:%M', 'Asia/Tehran', 'fa-IR')).toBe('۱/۸/۰۴ ۰۰:۰۰')
    expect(strftime(at, '%-d. %B %Y', 'UTC', 'de-DE-u-ca-islamic')).toBe('1. Dschumada I 1447')
    expect(strftime(at, '%Y/%m/%d', 'UTC', 'ja-JP-u-ca-japanese')).toBe('7/10/22')
  })

  it('writes a pattern whose month or year its calendar names but does not number in the Gregorian calendar, all of it', () => {
    const at = Date.parse('2025-10-22T20:30:00Z')
    // The Hebrew calendar's month and the Chinese one's year have no number: the whole pattern
    // is Gregorian, its month's name too.
    expect(strftime(at, '%d %B %Y|%m', 'UTC', 'he-IL-u-ca-hebrew')).toBe('22 אוקטובר 2025|10')
    expect(strftime(at, '%Y-%m-%d', 'UTC', 'zh-CN-u-ca-chinese')).toBe('2025-10-22')
    // A pattern of numbers the calendar has stays in it: 30 Tishri 5786.
    expect(strftime(at, '%d %B', 'UTC', 'he-IL-u-ca-hebrew')).toBe('30 תשרי')
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
