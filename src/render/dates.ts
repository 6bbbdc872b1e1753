/** Dates as the README shows them, in English, in the board's time zone. */

/** `Oct 22`, `Jul 01`. */
export function monthDay(date: Date | number, timezone: string): string {
  const { month, day } = dateParts(date, timezone)
  return `${month} ${day}`
}

/** `Oct 22, 2025 at 20:30 UTC`; other zones by their short name (`GMT+2`, `EDT`). */
export function timestamp(date: Date | number, timezone: string): string {
  const { month, day, year, hour, minute, timeZoneName } = dateParts(date, timezone)
  return `${month} ${day}, ${year} at ${hour}:${minute} ${timeZoneName}`
}

type DateParts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>

function dateParts(date: Date | number, timezone: string): DateParts {
  const time = typeof date === 'number' ? date : date.getTime()
  if (timezone === 'UTC' && time >= FIRST_UTC_FAST && time < AFTER_UTC_FAST) return utcParts(time)
  const parts = formatterFor(timezone).formatToParts(date)
  return Object.fromEntries(parts.map(part => [part.type, part.value]))
}

// In UTC the parts are plain arithmetic: creating the Intl formatter alone costs more than a
// board's start-up should. Years 1000 to 9999, where Intl writes four digits as `numeric`;
// any other time goes through Intl. A test compares both over that range.
const FIRST_UTC_FAST = Date.UTC(1000, 0, 1)
const AFTER_UTC_FAST = Date.UTC(10000, 0, 1)
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function utcParts(time: number): DateParts {
  const date = new Date(time)
  return {
    month: MONTHS[date.getUTCMonth()],
    day: twoDigits(date.getUTCDate()),
    year: String(date.getUTCFullYear()),
    hour: twoDigits(date.getUTCHours()),
    minute: twoDigits(date.getUTCMinutes()),
    timeZoneName: 'UTC'
  }
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0')
}

// Building an Intl.DateTimeFormat costs far more than using one; a table has thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      month: 'short',
      day: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short'
    })
    formatters.set(timezone, format)
  }
  return format
}
