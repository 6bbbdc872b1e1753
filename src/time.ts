/**
 * How a point in time is read from a value of a feed's record or of a template, by the load,
 * select and render stages alike: the one reader, so a date sorts, filters and shows as it
 * validates. Nothing is guessed: a day written as 10/11/2025 is no time.
 */

/**
 * Milliseconds since the epoch: a Date; Unix time (a number, or text of one), in seconds, or in
 * milliseconds from MILLISECONDS_FROM on; an ISO 8601 date (midnight UTC) or date-time (UTC when
 * it has no zone), also with `/` or `.` between year, month and day, and in its basic form
 * (`20251020`, as text or a number), or as a spreadsheet shows it without leading zeros
 * (`2025/10/5`, `2025-10-05 9:30`), or with its zone's name after its offset
 * (`2025-10-20T10:00Z[UTC]`, Go's `2025-10-20 10:00:00 +0000 UTC`); an RFC 2822 date-time; a
 * day with its month named in English (`Oct 20, 2025`, `20 October 2025`, `20-Oct-25`,
 * JavaScript's Date.toString, C's asctime); a day written the day first with dots, as every
 * country that writes one so does (`20.10.2025`, `20.10.2025 14:30`: dottedDayTime). Undefined
 * for anything else.
 */
export function timeOf(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime()
  if (typeof value === 'number') return fromNumber(value)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  // No date is longer (JavaScript's, with its zone's name, is about 80): a description is
  // told apart without the patterns below.
  const short = text.length <= LONGEST_DATE
  // The usual date first: read a character at a time, ISO 8601 refuses any other text at its
  // first characters, and no Unix time (digits, one point at most) is one.
  const iso = short ? isoTime(text) : undefined
  if (iso !== undefined) return iso
  if (UNIX_TIME.test(text)) return fromNumber(Number(text))
  // Every date below has a year in digits: a title or a name is told apart in one test.
  if (!short || !DIGIT.test(text)) return undefined
  return (
    rfc2822Time(text) ??
    namedMonthTime(text) ??
    zonedIsoTime(text) ??
    yearLastTime(text) ??
    unpaddedIsoTime(text) ??
    dottedDayTime(text) ??
    basicIsoTime(text) ??
    dotNetTime(text)
  )
}

/**
 * A calendar day written with no time (`2026-12-01`, `Dec 1, 2026`, `20261201`), as timeOf
 * reads it: midnight UTC of that day. It is a day, not an instant: it shows as the day written in
 * every time zone (calendar.ts reads its wall clock in UTC), where an instant shows as the day
 * its zone's clocks show then. Held as a Date, so what takes a date takes it.
 */
export class WrittenDay extends Date {}

/**
 * What timeOf reads from `value`, as a calendar day is read from it: a WrittenDay when `value`
 * writes a day with no time, the time (an instant) otherwise; undefined when it is no time.
 */
export function whenOf(value: unknown): number | WrittenDay | undefined {
  if (value instanceof WrittenDay) return value
  const time = timeOf(value)
  return time !== undefined && isDayWithoutTime(value) ? new WrittenDay(time) : time
}

/**
 * Whether a value timeOf reads writes a day with no time: a year-first date alone (`2026-12-01`,
 * `2026/12/1`), its basic form (`20261201`, as text or a number), a named month's day alone
 * (`Dec 1, 2026`, `1-Dec-26`). Unix time and every form with a time are instants.
 */
export function isDayWithoutTime(value: unknown): boolean {
  if (typeof value === 'number') return isDayNumber(value)
  if (typeof value !== 'string') return false
  const text = value.trim()
  if (UNIX_TIME.test(text)) return isDayNumber(Number(text))
  if (YEAR_FIRST_DAY.test(text)) return true
  const dotted = DOTTED_DAY.exec(text)
  // Its fourth group is the hour.
  if (dotted) return dotted[4] === undefined
  const named = NAMED_MONTH.exec(text)
  // Its tenth group is the hour.
  return named !== null && named[10] === undefined
}

const YEAR_FIRST_DAY = /^\d{4}([-/.])\d{1,2}\1\d{1,2}$/

/** A number fromNumber reads as the eight digits YYYYMMDD. */
function isDayNumber(number: number): boolean {
  return Number.isInteger(number) && number >= 19000101 && number <= 21991231
}

/**
 * The year, month and day a text writes as a date, year first (`2026-02-30`, `2026/2/30`,
 * `0001-01-01T00:00:00Z`) or with its month named (`Feb 30, 2026`), whether or not they name a
 * day: for saying why timeOf reads no time from it (a 30 February, a year 1, a month 13).
 * Undefined for text in neither shape.
 */
export function writtenDate(
  text: string
): { year: number; month: number; day: number } | undefined {
  const yearFirst = YEAR_FIRST.exec(text)
  if (yearFirst)
    return { year: Number(yearFirst[1]), month: Number(yearFirst[3]), day: Number(yearFirst[4]) }
  const dotted = DOTTED_DAY.exec(text)
  if (dotted) return { year: Number(dotted[3]), month: Number(dotted[2]), day: Number(dotted[1]) }
  const named = NAMED_MONTH.exec(text)
  if (!named) return undefined
  const [, dayFirst, monthSecond, yearThird, monthFirst, daySecond, yearLast] = named
  const [dayDashed, monthDashed, yearDashed] = named.slice(7)
  const monthName = monthSecond ?? monthFirst ?? monthDashed ?? ''
  return {
    year: Number(yearThird ?? yearLast ?? fullYear(yearDashed!)),
    month: MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1,
    day: Number(dayFirst ?? daySecond ?? dayDashed)
  }
}

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]|$)/i

/**
 * An ISO 8601 date (or date-time) as a spreadsheet shows one, its month, day or hour without
 * their leading zero: `2026/12/5`, `2026-12-05 9:30`. The year first, so nothing is guessed:
 * read as the same value with its zeros (isoTime).
 */
function unpaddedIsoTime(text: string): number | undefined {
  const found = UNPADDED_ISO.exec(text)
  if (!found) return undefined
  const [, year, between, month, day, time] = found as unknown as string[]
  const [, separator, hour, rest] = /^([T ])(\d{1,2})(:.*)$/i.exec(time ?? '') ?? []
  const clock = separator === undefined ? '' : `${separator}${hour!.padStart(2, '0')}${rest}`
  const padded = `${year}${between}${month!.padStart(2, '0')}${between}${day!.padStart(2, '0')}`
  return isoTime(`${padded}${clock}`)
}

const UNPADDED_ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})([T ]\d{1,2}:.*)?$/i

/**
 * A day written the day first with dots and a year of four digits, as Germany, Austria,
 * Switzerland, the Nordic countries, Poland, Czechia, Russia, Ukraine and Turkey write one, and
 * a spreadsheet saved there shows it: `20.10.2025`, `5.1.2026`, with a time or not
 * (`20.10.2025 14:30`, `20.10.2025, 14:30:05`). No country writes the month first with dots
 * (the United States writes 10/20/2025), so nothing is guessed; with slashes or dashes
 * (`20/10/2025`) the day and month change places from country to country and it stays no time
 * (LOCALE_DAY). A time without a zone is UTC, as in ISO 8601.
 */
function dottedDayTime(text: string): number | undefined {
  const found = DOTTED_DAY.exec(text)
  if (!found) return undefined
  const [, day, month, year, hour, minute, second] = found as unknown as string[]
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
  const clock =
    hour === undefined ? '' : `T${hour.padStart(2, '0')}:${minute}${second ? `:${second}` : ''}`
  return isoTime(`${date}${clock}`)
}

const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * An ISO 8601 date-time in the basic form, without separators (`20251022T193900Z`,
 * `20251022T2139+0200`), as iCalendar and some APIs write it: read as its extended form is. A
 * basic day alone (`20251022`) is read with the numbers (fromNumber).
 */
function basicIsoTime(text: string): number | undefined {
  const found = BASIC_ISO.exec(text)
  if (!found) return undefined
  const [, year, month, day, hour, minute, second, fraction, zone] = found
  const seconds = second === undefined ? '' : `:${second}${fraction ?? ''}`
  return isoTime(`${year}-${month}-${day}T${hour}:${minute}${seconds}${zone ?? ''}`)
}

const BASIC_ISO =
  /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})([.,]\d+)?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i

/**
 * A date as .NET's JSON serializers write it (`"\/Date(1761134400000)\/"`, ASP.NET's
 * JavaScriptSerializer and WCF), Unix milliseconds with maybe the writer's offset after them,
 * which does not change the instant.
 */
function dotNetTime(text: string): number | undefined {
  const found = DOT_NET_DATE.exec(text)
  return found ? Number(found[1]) : undefined
}

const DOT_NET_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/

const LONGEST_DATE = 120
const DIGIT = /\d/

/**
 * An ISO 8601 date-time with its offset, maybe after a space, and its zone's name after that, as
 * other languages print one: Java's ZonedDateTime and RFC 9557
 * (`2025-10-20T12:00+02:00[Europe/Berlin]`), Ruby's Time#to_s (`2025-10-20 12:00:00 +0200`),
 * Go's Time.String (`2025-10-20 12:00:00.5 +0200 CEST m=+0.001`, its monotonic clock reading
 * last), a name in parentheses (`2025-10-20T12:00:00+02:00 (CEST)`). The offset says the time;
 * without one the name would have to be looked up (several zones are CST), so that is no time.
 */
function zonedIsoTime(text: string): number | undefined {
  const found = ZONED_ISO.exec(text)
  return found ? isoTime(`${found[1]}${found[2]}`) : undefined
}

const ZONED_ISO =
  /^(\d{4}[-/.]\d{2}[-/.]\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) ?(Z|[+-]\d{2}(?::?\d{2})?)(?:\[[^\]]*\]| \([^()]*\)|(?: (?:[a-z][\w/+-]*|[+-]\d{2,4})){1,2})?(?: m=[+-]\d+(?:\.\d+)?)?$/i

/**
 * A date-time with the year last, as C's asctime and Unix's date write it, and so Go's ANSIC,
 * UnixDate and RubyDate, Python's ctime, Java's Date.toString and Twitter's created_at:
 * `Mon Oct 20 10:00:00 2025`, `Mon Oct 20 10:00:00 UTC 2025`, `Mon Oct 20 10:00:00 +0200 2025`.
 * No zone is UTC; a zone's name other than UTC or GMT is no time (several zones are CST).
 */
function yearLastTime(text: string): number | undefined {
  const found = YEAR_LAST.exec(text)
  if (!found) return undefined
  const [, month, day, hour, minute, second, zone, year] = found as unknown as string[]
  const local = utc(
    Number(year),
    MONTHS.indexOf(month!.slice(0, 3).toLowerCase()) + 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    0
  )
  return zone ? inZone(local, zoneMinutes(zone.toUpperCase())) : local
}

/**
 * A day with its month named in English, as people and JavaScript write it: `Oct 20, 2025`,
 * `October 20, 2025`, `20 October 2025`, `Monday, October 20, 2025`, Excel's `d-mmm-yy`
 * (`20-Oct-25`: the day first, as RFC 850 writes it, a two-digit year read as fullYear does),
 * with a time or not
 * (`Oct 20, 2025, 10:00 AM`, `Oct 20, 2025 10:00:00 GMT+0200`), and JavaScript's
 * Date.toString (`Mon Oct 20 2025 10:00:00 GMT+0200 (Central European Summer Time)`). The
 * month is named, so nothing is guessed; a time without a zone is UTC, as in ISO 8601.
 */
function namedMonthTime(text: string): number | undefined {
  const found = NAMED_MONTH.exec(text)
  if (!found) return undefined
  const [, dayFirst, monthSecond, yearThird, monthFirst, daySecond, yearLast] = found
  const [dayDashed, monthDashed, yearDashed] = found.slice(7)
  const [hourText, minute, second, half, offset] = found.slice(10)
  const monthName = monthSecond ?? monthFirst ?? monthDashed ?? ''
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1
  let hour = Number(hourText ?? 0)
  if (half) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0)
  }
  const local = utc(
    Number(yearThird ?? yearLast ?? fullYear(yearDashed!)),
    month,
    Number(dayFirst ?? daySecond ?? dayDashed),
    hour,
    Number(minute ?? 0),
    Number(second ?? 0),
    0
  )
  return offset ? inZone(local, zoneMinutes(offset.replace(':', ''))) : local
}

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const ORDINAL = '(?:st|nd|rd|th)?'
const YEAR_LAST = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun) )?${MONTH_NAME} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (?:(utc|gmt|[+-]\\d{4}) )?(\\d{4})$`,
  'i'
)
const NAMED_MONTH = new RegExp(
  '^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? )?' +
    `(?:(\\d{1,2})${ORDINAL} ${MONTH_NAME}\\.?,? (\\d{4})|${MONTH_NAME}\\.? (\\d{1,2})${ORDINAL},? (\\d{4})|(\\d{1,2})-${MONTH_NAME}-(\\d{2}|\\d{4}))` +
    '(?:,? (?:at )?(\\d{1,2}):(\\d{2})(?::(\\d{2}))? ?(am|pm)?' +
    '(?: ?(?:gmt|utc|ut|z)?([+-]\\d{2}:?\\d{2})?)?(?: \\([^()]*\\))?)?$',
  'i'
)

/**
 * Unix time, or a day written as the eight digits YYYYMMDD from 1900 to 2199 (undefined when
 * they are no day, such as 20251340). As Unix seconds those numbers would be five weeks of
 * August and September 1970, when no posting a board shows was made.
 */
function fromNumber(number: number): number | undefined {
  if (!isDayNumber(number)) return fromUnix(number)
  return utc(Math.floor(number / 10000), Math.floor(number / 100) % 100, number % 100, 0, 0, 0, 0)
}

/**
 * Where Unix time in milliseconds starts (March 1973), as JavaScript, Java and APIs such as
 * Lever's write it. As seconds it would be the year 5138, past any posting, so seconds and
 * milliseconds never meet: every number below is seconds.
 */
const MILLISECONDS_FROM = 100_000_000_000

function fromUnix(number: number): number | undefined {
  if (!Number.isFinite(number)) return undefined
  return Math.round(Math.abs(number) >= MILLISECONDS_FROM ? number : number * 1000)
}

const UNIX_TIME = /^-?\d+(?:\.\d+)?$/

/**
 * A day as a spreadsheet shows it in one country or another (22/10/2025, 10/22/25,
 * 22.10.25, maybe with a time): what a CSV saved from one holds unless the column is
 * formatted first. Its day and month cannot be told apart, so timeOf reads no time from it
 * (but for the day first with dots and a year of four digits, dottedDayTime);
 * the load stage refuses it with that advice, and its hints take such a column for a date.
 */
export const LOCALE_DAY = /^\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})(?:[\sT,]|$)/

/**
 * What people copy from a board's own table, which timeOf reads no time from either: a Date
 * column's day without its year (`Oct 22`, `Wed, Oct 22`) and an Age column's age (`5d`,
 * `1mo`, `3 days ago`, as a careers site writes it: Workday's `Posted Today`, `Posted 30+
 * Days Ago`). The load stage refuses each with how to write it.
 */
export const DAY_WITHOUT_YEAR = new RegExp(
  `^(?:[a-z]+,? )?(?:\\d{1,2}${ORDINAL} ${MONTH_NAME}\\.?|${MONTH_NAME}\\.? \\d{1,2}${ORDINAL})$`,
  'i'
)
export const AGE =
  /^(?:(?:posted|published|added|listed|updated) )?(?:\d+\+? ?(?:mo|[mhdwy]|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)(?: ago)?|today|yesterday|just now)$/i

/**
 * A time and its offset from UTC (`10:00:00+99:00`, `10:00 +9900`): the offset is the first
 * group, its sign, hours and minutes the next three. timeOf refuses hours past 23 and minutes
 * past 59.
 */
export const TIME_OFFSET =
  /\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)? ?(?:gmt|utc)?(([+-])(\d{2}):?(\d{2})?)(?![\d:])/i

/**
 * A time followed by its zone's name alone (`14:03:00 CEST`, `14:03 (CEST)`, `14:03:00 CEST
 * 2025`), which timeOf refuses: several zones share a name (CST is China's and Central
 * America's). The name is the first group.
 */
export const ZONE_NAME_ONLY =
  /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)? \(?(?![ap]m\b)([a-z]{2,5})\)?(?: \d{4})?$/i

/**
 * An RFC 2822 date-time, as RSS, e-mail and HTTP write them (`Mon, 20 Oct 2025 10:00:00 GMT`,
 * `20 Oct 2025 10:00 +0200`, `+0200 (CEST)` with its comment), and RFC 850's, as PHP's
 * DATE_COOKIE and DATE_RFC850 and Go's RFC850 write it (`Monday, 20-Oct-2025 10:00:00 UTC`,
 * `Monday, 20-Oct-25 ...`: two digits are a year from 1950 to 2049, as RFC 2822 reads them):
 * month by name and an explicit zone, so nothing is guessed.
 */
const RFC_2822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, )?(\d{1,2})([ -])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\2(\d{4}|\d{2}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UTC?|Z|[+-]\d{2}(?::?\d{2})?|[ECMP][SD]T)(?: \([^()]*\))?$/i

function rfc2822Time(text: string): number | undefined {
  const found = RFC_2822.exec(text)
  if (!found) return undefined
  const [, day, , month, year, hour, minute, second, zone] = found as unknown as string[]
  const local = utc(
    fullYear(year!),
    MONTHS.indexOf(month!.toLowerCase()) + 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
    0
  )
  return inZone(local, zoneMinutes(zone!.replace(':', '').toUpperCase()))
}

/**
 * A year of two digits as RFC 2822 reads one, from 1950 to 2049 (`25` is 2025), or of four.
 */
function fullYear(year: string): number {
  const century = year.length > 2 ? 0 : Number(year) < 50 ? 2000 : 1900
  return century + Number(year)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * An RFC 2822 zone's offset from UTC in minutes: +hh[mm], or a name the RFC defines; undefined
 * for an offset past ±23:59 (`+99:00`), which no zone has.
 */
function zoneMinutes(zone: string): number | undefined {
  if (zone[0] === '+' || zone[0] === '-')
    return offsetMinutes(zone[0], Number(zone.slice(1, 3)), Number(zone.slice(3)))
  return (US_ZONES[zone] ?? 0) * 60
}

/** ±hh:mm in minutes; undefined past 23 hours or 59 minutes, as ISO 8601 and RFC 3339 bound it. */
function offsetMinutes(sign: string, hours: number, minutes: number): number | undefined {
  if (hours > 23 || minutes > 59) return undefined
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes)
}

/** The UTC time of a wall-clock time `local` (read as UTC) at `offset` minutes from UTC. */
function inZone(local: number | undefined, offset: number | undefined): number | undefined {
  return local === undefined || offset === undefined ? undefined : local - offset * 60_000
}

/** RFC 2822's North American zones, in hours from UTC; GMT, UT, UTC and Z are 0. */
const US_ZONES: Record<string, number> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7
}

/**
 * `YYYY-MM-DD` (or `YYYY/MM/DD`, `YYYY.MM.DD`: the year first, so nothing is guessed), or that
 * and `[T ]hh:mm[:ss[(.|,)fraction]][Z|±hh[[:]mm]| UTC| GMT]` (T, Z, UTC and GMT in any case),
 * read a character at a time: the time in epoch milliseconds, or undefined.
 */
function isoTime(text: string): number | undefined {
  const { length } = text
  const between = text.charCodeAt(4)
  if (
    length < 10 ||
    (between !== DASH && between !== SLASH && between !== DOT) ||
    text.charCodeAt(7) !== between
  )
    return undefined
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  if (year < 0 || month < 0 || day < 0) return undefined
  if (length === 10) return utc(year, month, day, 0, 0, 0, 0)
  const separator = text.charCodeAt(10)
  if (
    (separator !== UPPER_T && separator !== LOWER_T && separator !== SPACE) ||
    text.charCodeAt(13) !== COLON
  )
    return undefined
  const hour = digitsAt(text, 11, 2)
  const minute = digitsAt(text, 14, 2)
  if (hour < 0 || minute < 0) return undefined
  let at = 16
  let second = 0
  let milliseconds = 0
  if (text.charCodeAt(at) === COLON) {
    second = digitsAt(text, 17, 2)
    if (second < 0) return undefined
    at = 19
    const mark = text.charCodeAt(at)
    if (mark === DOT || mark === COMMA) {
      let end = at + 1
      while (isDigit(text.charCodeAt(end))) end++
      if (end === at + 1) return undefined
      // Cut to milliseconds, as JavaScript's Date.parse does (Go writes nanoseconds).
      milliseconds = Number(text.slice(at + 1, Math.min(end, at + 4)).padEnd(3, '0'))
      at = end
    }
  }
  let offsetMs = 0
  if (at < length) {
    const sign = text.charCodeAt(at)
    if ((sign | LOWER_CASE) === LOWER_Z) {
      if (at + 1 !== length) return undefined
    } else if (
      sign === SPACE ||
      (sign | LOWER_CASE) === LOWER_U ||
      (sign | LOWER_CASE) === LOWER_G
    ) {
      // ` UTC`, `UTC`, ` GMT` (Ruby's Time#to_s writes `2025-10-20 10:00:00 UTC`).
      if (!UTC_NAME.test(text.slice(at))) return undefined
    } else if (sign === PLUS || sign === DASH) {
      const hours = digitsAt(text, at + 1, 2)
      const colon = text.charCodeAt(at + 3) === COLON
      const minutesAt = colon ? at + 4 : at + 3
      const minutes = minutesAt === length && !colon ? 0 : digitsAt(text, minutesAt, 2)
      if (hours < 0 || minutes < 0) return undefined
      if (minutesAt !== length && minutesAt + 2 !== length) return undefined
      const offset = offsetMinutes(sign === DASH ? '-' : '+', hours, minutes)
      if (offset === undefined) return undefined
      offsetMs = offset * 60_000
    } else return undefined
  }
  const local = utc(year, month, day, hour, minute, second, milliseconds)
  return local === undefined ? undefined : local - offsetMs
}

const SPACE = 0x20
const PLUS = 0x2b
const COMMA = 0x2c
const DASH = 0x2d
const DOT = 0x2e
const SLASH = 0x2f
const COLON = 0x3a
const UPPER_T = 0x54
const LOWER_T = 0x74
const LOWER_Z = 0x7a
const LOWER_U = 0x75
const LOWER_G = 0x67
const UTC_NAME = /^ ?(?:UTC|GMT)$/i
/** ORed into an ASCII letter's code, its lower case. */
const LOWER_CASE = 0x20

/** Whether a character code is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The number the `count` ASCII digits at `at` write; -1 when they are not all digits. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0
  for (let index = at; index < at + count; index++) {
    const code = text.charCodeAt(index)
    if (!isDigit(code)) return -1
    value = value * 10 + code - 0x30
  }
  return value
}

/**
 * Date.UTC that refuses out-of-range parts (2025-02-30, 25:00) instead of rolling them over,
 * and years before 100, which Date.UTC would read as 19xx.
 */
function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number
): number | undefined {
  const exact =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  return exact ? Date.UTC(year, month - 1, day, hour, minute, second, ms) : undefined
}

/** The days of `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}
