/** Dates as the README shows them, in the board's time zone and locale (`en-US` by default). */

import { dateParts, formatter } from '../calendar.js'

/** `Oct 22`, `Jul 01` in `en-US`; the locale's own short month and day elsewhere (`22. Okt.`). */
export function monthDay(date: Date | number, timezone: string, locale = DEFAULT_LOCALE): string {
  if (locale !== DEFAULT_LOCALE) return formatter(locale, timezone, MONTH_DAY).format(date)
  const { month, day } = dateParts(date, timezone, MONTH_DAY)
  return `${month} ${day}`
}

/**
 * `Oct 22, 2025 at 20:30 UTC` in `en-US`, other zones by their short name (`GMT+2`, `EDT`);
 * the locale's own medium date and 24-hour time elsewhere (`22.10.2025, 20:30 UTC`).
 */
export function timestamp(date: Date | number, timezone: string, locale = DEFAULT_LOCALE): string {
  if (locale !== DEFAULT_LOCALE) return formatter(locale, timezone, DATE_TIME).format(date)
  const { month, day, year, hour, minute, timeZoneName } = dateParts(date, timezone, DATE_TIME)
  return `${month} ${day}, ${year} at ${hour}:${minute} ${timeZoneName}`
}

/**
 * A date written by a strftime pattern, the one Liquid's and Ruby's `date` filter read:
 * `%b` `%B` (month name), `%a` `%A` (weekday name), `%d` `%e` `%-d` (day), `%m` `%-m`, `%Y`
 * `%y`, `%H` `%M`, `%Z` (zone), `%%`. Names are the locale's; any other `%x` stays as written.
 */
export function strftime(
  date: Date | number,
  pattern: string,
  timezone: string,
  locale = DEFAULT_LOCALE
): string {
  const parts = dateParts(date, timezone, partsOf(pattern))
  const name = (options: Intl.DateTimeFormatOptions) =>
    formatter(locale, timezone, options).format(date)
  return pattern.replace(/%(-?)([a-zA-Z%])/g, (directive, bare: string, code: string) => {
    const unpadded = (value: string | undefined) => (bare ? String(Number(value)) : value)
    switch (code) {
      case 'b':
      case 'h':
        return locale === DEFAULT_LOCALE ? (parts.month ?? '') : name(NAMES.b)
      case 'B':
      case 'a':
      case 'A':
        return name(NAMES[code])
      case 'd':
        return unpadded(parts.day) ?? ''
      case 'e':
        return String(Number(parts.day))
      case 'm':
        return unpadded(twoDigits(monthNumber(date, timezone))) ?? ''
      case 'Y':
        return parts.year ?? ''
      case 'y':
        return (parts.year ?? '').slice(-2)
      case 'H':
        return unpadded(parts.hour) ?? ''
      case 'M':
        return unpadded(parts.minute) ?? ''
      case 'Z':
        return parts.timeZoneName ?? ''
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

/**
 * The formatter options a strftime pattern needs: month and day alone when it shows no year,
 * time or zone (a formatter asked for fewer parts costs less, for each of a table's thousands of
 * dates), else all of DATE_TIME.
 */
function partsOf(pattern: string): Intl.DateTimeFormatOptions {
  return /%-?[YyHMZ]/.test(pattern) ? DATE_TIME : MONTH_DAY
}

const MONTH_NUMBER: Intl.DateTimeFormatOptions = { month: 'numeric' }

// The names a pattern writes in the board's locale; constants, so each formatter is made once.
const NAMES = {
  b: { month: 'short' },
  B: { month: 'long' },
  a: { weekday: 'short' },
  A: { weekday: 'long' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

function monthNumber(date: Date | number, timezone: string): number {
  const month = formatter(DEFAULT_LOCALE, timezone, MONTH_NUMBER).format(date)
  return Number(month)
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0')
}
