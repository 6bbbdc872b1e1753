/** Dates as the README shows them, in the board's time zone and locale (`en-US` by default). */

import {
  clockZone,
  dateParts,
  formatter,
  twoDigits,
  UTC,
  wallClock,
  type WallClock
} from '../calendar.js'
import { memoized } from '../memo.js'

/**
 * `Oct 22`, `Jul 01` in `en-US`; the locale's own short month and day elsewhere (`22. Okt.`).
 * A WrittenDay (a date written with no time) is the day written, in every zone.
 */
export function monthDay(date: Date | number, timezone: string, locale = DEFAULT_LOCALE): string {
  if (locale !== DEFAULT_LOCALE)
    return formatter(locale, clockZone(date, timezone), MONTH_DAY).format(date)
  const { month, day } = wallClock(date, timezone)
  return `${shortMonth(month)} ${twoDigits(day)}`
}

/**
 * `Oct 22, 2025 at 20:30 UTC` in `en-US`, other zones by their short name (`GMT+2`, `EDT`);
 * the locale's own medium date and 24-hour time elsewhere (`22.10.2025, 20:30 UTC`).
 */
export function timestamp(date: Date | number, timezone: string, locale = DEFAULT_LOCALE): string {
  if (locale !== DEFAULT_LOCALE) return formatter(locale, timezone, DATE_TIME).format(date)
  return strftime(date, '%b %d, %Y at %H:%M %Z', timezone)
}

/**
 * A date written by a strftime pattern, the one Liquid's and Ruby's `date` filter read:
 * `%b` `%B` (month name), `%a` `%A` (weekday name), `%d` `%e` `%-d` (day), `%m` `%-m`, `%Y`
 * `%y`, `%H` `%I` `%M` `%S` `%p` (AM, PM), `%Z` (zone), `%%`. Names are the locale's; any other `%x` stays as written.
 * A WrittenDay (a date written with no time) is midnight of the day written, in every zone.
 *
 * Every part is of one calendar, the locale's (fa-IR's is the Persian one, th-TH's the Buddhist
 * one), and every number in the locale's digits, as the default filter (monthDay) writes them:
 * `%d %b %Y` of 22 October 2025 on a fa-IR board is `۳۰ مهر ۱۴۰۴`, never a Gregorian day around
 * a Persian month. `%Y` is the year as that calendar numbers it (7 in Japan's Reiwa era, without
 * the era). A calendar whose months or years are no numbers (the Hebrew and Chinese ones, with
 * their leap months) writes a pattern that asks for one (`%m`, `%Y`) in the Gregorian calendar,
 * all of it, names too, so no part contradicts another.
 */
export function strftime(
  date: Date | number,
  pattern: string,
  timezone: string,
  locale = DEFAULT_LOCALE
): string {
  const clock = wallClock(date, timezone)
  const zone = clockZone(date, timezone)
  const { calendarLocale, day, number } = patternCalendar(date, zone, pattern, clock, locale)
  const name = (options: Intl.DateTimeFormatOptions) =>
    formatter(calendarLocale, zone, options).format(date)
  return pattern.replace(/%(-?)([a-zA-Z%])/g, (directive, bare: string, code: string) => {
    const padded = (value: number) => number(value, bare ? 1 : 2)
    switch (code) {
      case 'b':
      case 'h':
        return calendarLocale === DEFAULT_LOCALE ? shortMonth(day.month) : name(NAMES.b)
      case 'B':
      case 'a':
      case 'A':
        return name(NAMES[code])
      case 'd':
        return padded(day.day)
      case 'e':
        return number(day.day, 1)
      case 'm':
        return padded(day.month)
      case 'Y':
        return number(day.year, 1)
      case 'y':
        return number(day.year % 100, 2)
      case 'H':
        return padded(clock.hour)
      case 'I':
        return padded(clock.hour % 12 === 0 ? 12 : clock.hour % 12)
      case 'p':
        return clock.hour < 12 ? 'AM' : 'PM'
      case 'M':
        return padded(clock.minute)
      case 'S':
        return padded(clock.second)
      case 'Z':
        // en-US's short name, which every zone's name is written in, of UTC is "UTC".
        return timezone === UTC ? UTC : (dateParts(date, timezone, ZONE_NAME).timeZoneName ?? '')
      case '%':
        return '%'
      default:
        return directive
    }
  })
}

/**
 * How a pattern writes `date`: `calendarLocale`, the locale its names are asked of; `day`, the year,
 * month and day numbers of its calendar; `number`, a number (at least `width` digits) in the
 * locale's digits. The locale's own calendar, unless the pattern asks for a number that calendar
 * does not write as one (a Hebrew month): then the Gregorian calendar of the locale, for the
 * whole pattern.
 */
function patternCalendar(
  date: Date | number,
  zone: string,
  pattern: string,
  clock: WallClock,
  locale: string
): {
  calendarLocale: string
  day: Pick<WallClock, 'year' | 'month' | 'day'>
  number: (value: number, width: number) => string
} {
  // A Gregorian locale (en-US, every board's default, de-DE, ar-EG): the wall clock's numbers,
  // without asking Intl for each date's.
  if (locale === DEFAULT_LOCALE)
    return { calendarLocale: locale, day: clock, number: westernNumber }
  const writing = localeWriting(locale)
  const { number } = writing
  if (writing.gregorian) return { calendarLocale: locale, day: clock, number }
  const parts = dateParts(date, zone, NUMERIC_DATE, writing.westernDigits)
  const day = { year: whole(parts.year), month: whole(parts.month), day: whole(parts.day) }
  const asked = (codes: RegExp) => codes.test(pattern.replace(/%%/g, ''))
  const unwritten =
    (Number.isNaN(day.day) && asked(/%-?[de]/)) ||
    (Number.isNaN(day.month) && asked(/%-?m/)) ||
    (Number.isNaN(day.year) && asked(/%-?[Yy]/))
  return unwritten
    ? { calendarLocale: writing.gregorianLocale, day: clock, number }
    : { calendarLocale: locale, day, number }
}

/** Digits alone as a number; NaN for anything else (a Hebrew month's name, a missing part). */
function whole(text: string | undefined): number {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN
}

function westernNumber(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/**
 * What a locale's dates are written in, as its default date (monthDay's formatter) resolves it:
 * whether its calendar is the Gregorian one, the locale with Western digits (to read a date's
 * numbers in its own calendar) and with the Gregorian calendar, and its numbers in its digits.
 */
const localeWriting = memoized(locale => {
  const { calendar, numberingSystem } = formatter(locale, UTC, MONTH_DAY).resolvedOptions()
  const digits =
    numberingSystem === 'latn'
      ? undefined
      : Array.from({ length: 10 }, (_, digit) =>
          new Intl.NumberFormat(locale, { numberingSystem, useGrouping: false }).format(digit)
        )
  const number = digits
    ? (value: number, width: number) =>
        westernNumber(value, width).replace(/\d/g, digit => digits[Number(digit)]!)
    : westernNumber
  return {
    gregorian: calendar === 'gregory',
    westernDigits: new Intl.Locale(locale, { numberingSystem: 'latn' }).toString(),
    gregorianLocale: new Intl.Locale(locale, { calendar: 'gregory' }).toString(),
    number
  }
}, 100)

export const DEFAULT_LOCALE = 'en-US'

const MONTH_DAY: Intl.DateTimeFormatOptions = { month: 'short', day: '2-digit' }
const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short'
}

const ZONE_NAME: Intl.DateTimeFormatOptions = { timeZoneName: 'short' }
const NUMERIC_DATE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric'
}

// The names a pattern writes in the board's locale; constants, so each formatter is made once.
const NAMES = {
  b: { month: 'short' },
  B: { month: 'long' },
  a: { weekday: 'short' },
  A: { weekday: 'long' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

/** `Jan` … `Dec` as `en-US` writes them (Intl's `month: 'short'`), for month 1 to 12. */
function shortMonth(month: number): string {
  return SHORT_MONTHS[month - 1]!
}

// Written out: reading them off Intl made a formatter, whose first costs tens of milliseconds.
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec'
]
