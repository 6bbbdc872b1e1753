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
  const parts = formatterFor(timezone).formatToParts(date)
  return Object.fromEntries(parts.map(part => [part.type, part.value]))
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
