/**
 * Calendar days as `YYYY-MM-DD` strings: the day an instant falls on in a time zone, and day
 * arithmetic on those strings. Day arithmetic runs in UTC, where every day has 24 hours, so
 * daylight saving time in the board's zone never skips or repeats a day. Also the one home of
 * the Intl date formatters every date of a run is written with (render/dates.ts).
 */

/** The calendar day `date` falls on in `timezone`, e.g. `2025-10-22`. */
export function calendarDay(date: Date | number, timezone: string): string {
  const { year, month, day } = dateParts(date, timezone, DAY)
  return `${year}-${month}-${day}`
}

/** The parts of `date` in `timezone` that `options` ask for, as `locale` writes them. */
export function dateParts(
  date: Date | number,
  timezone: string,
  options: Intl.DateTimeFormatOptions,
  locale = 'en-US'
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const parts = formatter(locale, timezone, options).formatToParts(date)
  return Object.fromEntries(parts.map(part => [part.type, part.value]))
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' }

/**
 * The Intl.DateTimeFormat of `locale` and `options` in `timezone`, made once: building one
 * costs far more than using it, and a table or a chart asks for thousands of dates.
 */
export function formatter(
  locale: string,
  timezone: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  const key = `${locale} ${timezone} ${optionsKey(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: timezone })
    formatters.set(key, format)
  }
  return format
}

const formatters = new Map<string, Intl.DateTimeFormat>()

// The options' text, worked out once for each options object (most are constants).
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>()

function optionsKey(options: Intl.DateTimeFormatOptions): string {
  let key = optionKeys.get(options)
  if (key === undefined) {
    key = JSON.stringify(options)
    optionKeys.set(options, key)
  }
  return key
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `earlier` to `later`; negative when `later` comes first. */
export function daysBetween(earlier: string, later: string): number {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS
  )
}

/** True for a `YYYY-MM-DD` that names a real day (not `2025-02-30`). */
export function isCalendarDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`)
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(time) &&
    new Date(time).toISOString().startsWith(text)
  )
}

const DAY_MS = 24 * 60 * 60 * 1000
