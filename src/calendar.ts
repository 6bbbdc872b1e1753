/**
 * Calendar days as `YYYY-MM-DD` strings: the day an instant falls on in a time zone, and day
 * arithmetic on those strings. Day arithmetic runs in UTC, where every day has 24 hours, so
 * daylight saving time in the board's zone never skips or repeats a day. Also the one home of
 * the Intl date formatters every date of a run is written with (render/dates.ts).
 */

import { BoundedMap } from './memo.js'
import type { Listing } from './model.js'
import { WrittenDay } from './time.js'

/**
 * The calendar day `date` falls on in `timezone`, e.g. `2025-10-22`; a WrittenDay's (a date
 * written with no time) is the day written, in every zone.
 */
export function calendarDay(date: Date | number, timezone: string): string {
  const { year, month, day } = wallClock(date, timezone)
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`
}

/**
 * What a clock in `timezone` shows at `date`: the year, month (1–12), day, hour (0–23), minute,
 * second.
 */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/**
 * The wall clock of `timezone` at `date`: the instant moved by the zone's offset from UTC then;
 * a WrittenDay's is midnight of the day written, in every zone (see clockZone). Asking Intl for the parts of every date of a table costs a formatToParts each; a zone's offset
 * is asked for once an hour of time instead (see offsetAt), and the parts are read off a Date.
 */
export function wallClock(date: Date | number, timezone: string): WallClock {
  const time = Number(date)
  const local = new Date(time + offsetAt(time, clockZone(date, timezone)))
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds()
  }
}

/**
 * The zone whose clocks show `date` as a board in `timezone` shows it: `timezone` for an
 * instant, UTC for a WrittenDay (held as midnight UTC of the day written, so UTC's clocks show
 * that day: a date written with no time is a calendar day, the same in every zone).
 */
export function clockZone(date: Date | number, timezone: string): string {
  return date instanceof WrittenDay ? UTC : timezone
}

/**
 * A listing's posting time as a date to show: a WrittenDay when its `posted_at` was a day with
 * no time (see Listing.postedDay), the instant otherwise. Every calendar day, wall clock and age
 * of a posting is read off it.
 */
export function postedDate(listing: Pick<Listing, 'postedAt' | 'postedDay'>): Date {
  return listing.postedDay ? new WrittenDay(listing.postedAt) : new Date(listing.postedAt)
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) starts at in `timezone`: its midnight there. The
 * zone's offset is asked again at the instant a first guess gives, which differs only where the
 * offset changes that night.
 */
export function midnightIn(day: string, timezone: string): number {
  const utc = Date.parse(`${day}T00:00:00Z`)
  return utc - offsetAt(utc - offsetAt(utc, timezone), timezone)
}

export function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/**
 * How far `timezone`'s clocks are ahead of UTC at `time`, in milliseconds. The offset is worked
 * out at the start and at the end of the hour `time` falls in; when both are the same, no
 * change of offset falls inside that hour (no zone changes its offset twice within one), and
 * the offset is kept for every instant of it. An hour with a change (daylight saving time
 * starting, a zone's history) asks for `time` itself.
 */
function offsetAt(time: number, timezone: string): number {
  // UTC, every board's default, is 0 at every instant: no Intl formatter (its first costs
  // tens of milliseconds of a run's start-up) is needed to know that.
  if (timezone === UTC) return 0
  const hour = Math.floor(time / HOUR_MS)
  let offsets = hourOffsets.get(timezone)
  if (!offsets) {
    // A feed's dates spread over endless hours hold no more than MAX_HOURS of them.
    offsets = new BoundedMap(MAX_HOURS)
    hourOffsets.set(timezone, offsets)
  }
  const known = offsets.get(hour)
  if (known !== undefined) return known
  const start = hour * HOUR_MS
  const offset = measuredOffset(start, timezone)
  if (measuredOffset(start + HOUR_MS - 1, timezone) !== offset)
    return measuredOffset(time, timezone)
  offsets.set(hour, offset)
  return offset
}

/** The zone whose clocks are UTC's: the default of every board. */
export const UTC = 'UTC'

/** Whether Intl knows `zone` as an IANA time zone (UTC, the default, without asking it). */
export function isTimeZone(zone: string): boolean {
  if (zone === UTC) return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Each zone's offsets by the hour (hours since 1970 in UTC); a table's dates share a few hundred. */
const hourOffsets = new Map<string, Map<number, number>>()

/** Hours kept for a zone: over a year of them. */
const MAX_HOURS = 10_000

const HOUR_MS = 60 * 60 * 1000

/** The offset of `timezone` at `time`, as Intl reads its clocks then (to the second). */
function measuredOffset(time: number, timezone: string): number {
  const { year, month, day, hour, minute, second } = dateParts(time, timezone, CLOCK)
  const clock = new Date(0)
  clock.setUTCFullYear(Number(year), Number(month) - 1, Number(day))
  clock.setUTCHours(Number(hour), Number(minute), Number(second))
  return clock.getTime() - Math.floor(time / 1000) * 1000
}

const CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23'
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

/**
 * A posting's age at `now` in whole days, floored, never below 0 (a date ahead of `now` is 0
 * days old), as boards' scripts count it (`(datetime.now() -
 * datetime.fromtimestamp(date_posted)).days`). The `age` filter shows it (`12d`, before it turns
 * into months), and `repeat-company-when: same-age` compares it.
 *
 * Without `wallClockZone`, the time elapsed. With it, the time between the two wall-clock times
 * of that zone (the two local times subtracted as a script's naive datetimes are, with `TZ` set
 * to the zone): an hour more or less than elapsed across a daylight-saving change, so 18 days
 * 23 hours elapsed from 1 March to 20 March in Los Angeles are 19 days of its clocks. A
 * WrittenDay posted (a day with no time) is midnight of that day on the zone's clocks.
 */
export function ageInDays(
  posted: Date | number,
  now: Date | number,
  wallClockZone?: string
): number {
  const shift =
    wallClockZone === undefined
      ? 0
      : offsetAt(Number(now), wallClockZone) -
        offsetAt(Number(posted), clockZone(posted, wallClockZone))
  return Math.max(0, Math.floor((Number(now) - Number(posted) + shift) / DAY_MS))
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

export const DAY_MS = 24 * 60 * 60 * 1000
