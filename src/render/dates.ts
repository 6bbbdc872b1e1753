/** Dates as the README shows them, in the board's time zone and locale (`en-US` by default). */

import { clockZone, dateParts, formatter, twoDigits, UTC, wallClock } from '../calendar.js'

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
 */
export function strftime(
  date: Date | number,
  pattern: string,
  timezone: string,
  locale = DEFAULT_LOCALE
): string {
  const clock = wallClock(date, timezone)
  const name = (options: Intl.DateTimeFormatOptions) =>
    formatter(locale, clockZone(date, timezone), options).format(date)
  return pattern.replace(/%(-?)([a-zA-Z%])/g, (directive, bare: string, code: string) => {
    const padded = (value: number) => (bare ? String(value) : twoDigits(value))
    switch (code) {
      case 'b':
      case 'h':
        return locale === DEFAULT_LOCALE ? shortMonth(clock.month) : name(NAMES.b)
      case 'B':
      case 'a':
      case 'A':
        return name(NAMES[code])
      case 'd':
        return padded(clock.day)
      case 'e':
        return String(clock.day)
      case 'm':
        return padded(clock.month)
      case 'Y':
        return String(clock.year)
      case 'y':
        return String(clock.year).slice(-2)
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
