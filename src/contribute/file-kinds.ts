/**
 * A contributed record written as the listings file's own records are, so that every program
 * reading the file (the board's other scripts, its API consumers) reads it too. A form gives
 * text, or a list of choices; a key the file's records hold as a number, a boolean or a list gets
 * one — a date as Unix seconds where the dates are numbers, a location as a list where the
 * locations are lists. A new record also gets the keys most records of the file have that a
 * form does not ask for: a fresh id, `active` and the boards' visibility flags true, and each
 * other as the records hold it (`blank`). In a CSV file every value is text and an empty cell
 * none, as the loader reads them: a column of the loader's boolean words is read as booleans, of
 * digits as numbers (Unix times among them), each written back in the file's own spelling.
 */
import { randomUUID } from 'node:crypto'
import { calendarDay, midnightIn } from '../calendar.js'
import type { ListingsFormat } from '../config/config.js'
import { errors } from '../errors.js'
import { GROUPED_DIGITS } from '../load/normalize.js'
import {
  activeValue,
  booleanWord,
  nestedWith,
  pairedWord,
  readPath,
  UNWRITABLE
} from '../record.js'

/** What the file's records hold under a key. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'list'

export interface FileKinds {
  /** The kind most of the records that have the key give it. */
  kind(key: string): ValueKind | undefined
  /**
   * Whether the records hold numbers under the key: most of them, or in a CSV file, where every
   * value is text, a column whose every value is a number.
   */
  numbers(key: string): boolean
  /** True when at least half the records have the key (not null). */
  common(key: string): boolean
  /** Every key a record has (not null), in the order first seen. */
  keys(): string[]
  /**
   * The value a new record gets under `key` where the form gives none, as the records hold
   * theirs: where every record's is a time (Unix seconds or milliseconds, an ISO 8601 day or
   * date-time), the time `at` written as theirs are; where a boolean, the one most records
   * hold; where text, `""`; where a list, `[]`. Undefined for a number or an object: no value
   * says "none" there. In a CSV file a column reads as the kind its text spells: a boolean
   * where every value is one of the loader's words for one (`false`, `yes`, `TRUE`: booleanWord)
   * and not all are digits, the word most records hold, as they spell it; a time where every
   * value is one (Unix seconds as digits too); a number where every value is one.
   */
  blank(key: string, at: number, timezone: string): unknown
  /**
   * A value no record has under `key`: where every record's is a whole number (`41`, or text of
   * digits: a CSV cell, `"0041"`, a 64-bit id), the next after the largest, written as they
   * are (a number, or digits as wide as the zero-padded ones); else a UUID.
   */
  freshId(key: string): string | number
  /**
   * A flag (`active`, a `visible` key) as the records write theirs: a boolean where they hold
   * booleans (or nothing yet), 1 or 0 where numbers, and where text the word of the pair their
   * own words are in, in their case (`no` where they write `yes`, `FALSE` where `TRUE`), so
   * that every program reading the file takes it for the same value; `"false"` where their
   * text is no such word; in a YAML file a boolean, which the editor writes as `no` where the
   * record writes `yes` plain (`"no"` would be true to PyYAML). `own`: the value the record
   * being changed holds, whose word wins; a posting's state there (`open`, `published`), in
   * any format, gets the state of the other value (`closed`).
   */
  flag(key: string, value: boolean, own?: unknown): unknown
  /**
   * A date as the records write theirs under `key`: Unix seconds (or milliseconds) where theirs
   * are numbers, `YYYY-MM-DD` where they write days, an ISO 8601 date-time (`T` or a space, its
   * fraction and its UTC zone written as theirs are) where they write times, a day where no
   * record says. `at` is an instant, or a calendar day (`YYYY-MM-DD`, the day a form names):
   * written as that day where they write days, else as its midnight in `timezone`.
   */
  date(key: string, at: number | string, timezone: string): string | number
  /**
   * A text answer spelled as the records spell the value the board reads it as (`read`): a
   * record's own word for it (`on_site` for `On Site`), else the board's word where every
   * record writes the board's words; else the answer as given.
   */
  spelling(key: string, answer: string, read: (value: unknown) => unknown): string
}

/** The kinds of the values of `records`, key by key. */
export function fileKinds(
  records: readonly Record<string, unknown>[],
  format?: ListingsFormat
): FileKinds {
  // In a CSV file every value is text, and an empty cell no value, as the loader reads it.
  const csv = format === 'csv'
  const valueOf = (value: unknown) => (csv && value === '' ? undefined : value)
  /** The value as the loader reads it for a time: in a CSV file, digits as the number. */
  const timeValue = (value: unknown) =>
    csv && typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value) : value
  const seen = new Map<string, Map<ValueKind, number>>()
  const present = new Map<string, number>()
  // The largest whole number under each key and the width of its zero-padded ones; null once
  // a value is not one.
  const wholes = new Map<string, { largest: bigint; width: number } | null>()
  // The boolean words the records write as text under each key, counted.
  const words = new Map<string, Map<string, number>>()
  for (const record of records) {
    for (const [key, cell] of Object.entries(record)) {
      const value = valueOf(cell)
      const kind = kindOf(value)
      if (kind === undefined) continue
      if (typeof value === 'string' && activeValue(value) !== undefined) {
        const counts = words.get(key) ?? new Map<string, number>()
        counts.set(value.trim(), (counts.get(value.trim()) ?? 0) + 1)
        words.set(key, counts)
      }
      present.set(key, (present.get(key) ?? 0) + 1)
      const counts = seen.get(key) ?? new Map<ValueKind, number>()
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
      seen.set(key, counts)
      const known = wholes.get(key)
      if (known === null) continue
      const digits = wholeDigits(value)
      if (digits === undefined) {
        wholes.set(key, null)
        continue
      }
      const number = BigInt(digits)
      const width = digits.length > 1 && digits.startsWith('0') ? digits.length : 0
      wholes.set(key, {
        largest: known && known.largest > number ? known.largest : number,
        width: Math.max(known?.width ?? 0, width)
      })
    }
  }
  const kind = (key: string) => {
    const counts = seen.get(key)
    if (!counts) return undefined
    return [...counts].sort(([, a], [, b]) => b - a)[0]?.[0]
  }
  return {
    kind,
    numbers: key =>
      csv
        ? textKind(records.map(record => valueOf(record[key])).filter(value => value != null)) ===
          'number'
        : kind(key) === 'number',
    date: (key, at, timezone) => {
      const form = dateForm(records.map(record => timeValue(valueOf(record[key]))))
      if (form.kind === 'day') return typeof at === 'string' ? at : calendarDay(at, timezone)
      const time = typeof at === 'string' ? midnightIn(at, timezone) : at
      if (form.kind !== 'time') return form.kind === 'seconds' ? Math.floor(time / 1000) : time
      const iso = new Date(time).toISOString()
      const fraction = form.fraction === 0 ? '' : iso.slice(19, 20 + form.fraction)
      return `${iso.slice(0, 10)}${form.separator}${iso.slice(11, form.seconds ? 19 : 16)}${fraction}${form.zone}`
    },
    spelling: (key, answer, read) => {
      const meant = read(answer)
      if (meant === undefined || typeof meant === 'object') return answer
      const words = records.map(record => record[key]).filter(value => typeof value === 'string')
      const own = words.find(word => read(word) === meant)
      if (own !== undefined) return own
      const boards = words.length > 0 && words.every(word => read(word) === word)
      return boards && typeof meant === 'string' ? meant : answer
    },
    common: key => (present.get(key) ?? 0) * 2 >= records.length && records.length > 0,
    keys: () => [...present.keys()],
    blank(key, at, timezone) {
      const values = records.map(record => valueOf(record[key])).filter(value => value != null)
      if (values.length > 0 && values.every(value => isTime(timeValue(value), at)))
        return this.date(key, at, timezone)
      switch (csv ? textKind(values) : kind(key)) {
        case 'boolean': {
          if (csv) return mostHeldWord(values as string[])
          const trues = values.filter(value => value === true).length
          return trues * 2 >= values.filter(value => typeof value === 'boolean').length
        }
        case 'string':
          return ''
        case 'list':
          return []
        default:
          return undefined
      }
    },
    freshId: key => {
      const whole = wholes.get(key)
      if (!whole) return randomUUID()
      const next = whole.largest + 1n
      return kind(key) === 'number' && next <= MAX_SAFE
        ? Number(next)
        : String(next).padStart(whole.width, '0')
    },
    flag: (key, value, own) => {
      // A posting's state (`status: open`, as an applicant tracker writes it), in any format:
      // the file's own word for the other state, the most written (`Expired` beside `Live`),
      // else the other of the pair (`closed` for `open`).
      if (
        typeof own === 'string' &&
        booleanWord(own) === undefined &&
        activeValue(own) !== undefined
      )
        return (
          mostWritten(
            words.get(key),
            word => booleanWord(word) === undefined && activeValue(word) === value
          ) ?? pairedWord(own.trim(), value)
        )
      switch (kind(key)) {
        case 'number':
          return value ? 1 : 0
        case 'string': {
          // A YAML file gets a boolean, which its editor writes as the record's own word.
          if (format === 'yaml') return value
          const word =
            typeof own === 'string' && activeValue(own) !== undefined
              ? own.trim()
              : mostWritten(words.get(key))
          return word === undefined ? String(value) : pairedWord(word, value)
        }
        default:
          return value
      }
    }
  }
}

/**
 * The members to set on `record` for its flag at `path` (the key or path `fields` maps `active`
 * onto) to say `value`, as the records write theirs (FileKinds.flag): that key, or for a path of
 * objects (`meta.live`) the object it starts with, its other members as they are, since a key
 * named `meta.live` would be another field. Throws the writer's refusal where the path picks a
 * list's item (`[key=value]`) or crosses a value that is no object.
 */
export function flagSet(
  record: Record<string, unknown>,
  path: string,
  value: boolean,
  kinds: FileKinds
): Record<string, unknown> {
  const flag = kinds.flag(path, value, readPath(record, path))
  // A key written with its dots is what the loader reads first (readPath).
  if (Object.hasOwn(record, path) || !/[.[]/.test(path)) return { [path]: flag }
  const [top, ...rest] = path.split('.') as [string, ...string[]]
  const nested = path.includes('[') ? UNWRITABLE : nestedWith(record[top], rest, flag)
  if (nested === UNWRITABLE)
    throw errors.listingsNotEditable(
      'listings file',
      `its records are read open or closed at ${JSON.stringify(path)} (the "fields" mapping of active), which ${path.includes('[') ? "picks a list's item" : 'runs through a value that is no object'} where the record would need it changed; change it by hand`
    )
  return { [top]: nested }
}

/** The word of `counts` written most often, of those `kept` keeps; undefined when none. */
function mostWritten(
  counts: ReadonlyMap<string, number> | undefined,
  kept: (word: string) => boolean = () => true
): string | undefined {
  let most: [string, number] | undefined
  for (const [word, count] of counts ?? [])
    if (kept(word) && (most === undefined || count > most[1])) most = [word, count]
  return most?.[0]
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * Whether a record's value is a time: an ISO 8601 day or date-time, or a number of Unix seconds
 * (from 2001, 1e9) or milliseconds (from 2001, 1e12) at most ten years after `at`: not a count,
 * an amount, or a ten-digit id or phone number (`4001234567`, a Greenhouse job's, would be 2096).
 */
function isTime(value: unknown, at: number): boolean {
  if (typeof value === 'number') {
    const latest = at + TEN_YEARS_MS
    return (value >= 1e9 && value * 1000 <= latest) || (value >= 1e12 && value <= latest)
  }
  return dateFormOf(value) !== undefined
}

const TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1000

type DateForm =
  | { kind: 'seconds' | 'milliseconds' | 'day' }
  | { kind: 'time'; separator: string; seconds: boolean; fraction: number; zone: string }

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const ISO_TIME =
  /^\d{4}-\d{2}-\d{2}([T ])\d{2}:\d{2}(:\d{2})?(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/

/** The form most of `values` (the records' dates) are written in; a day where none is known. */
function dateForm(values: readonly unknown[]): DateForm {
  const forms = new Map<string, { form: DateForm; count: number }>()
  for (const value of values) {
    const form = dateFormOf(value)
    if (!form) continue
    const key = JSON.stringify(form)
    forms.set(key, { form, count: (forms.get(key)?.count ?? 0) + 1 })
  }
  return [...forms.values()].sort((a, b) => b.count - a.count)[0]?.form ?? { kind: 'day' }
}

function dateFormOf(value: unknown): DateForm | undefined {
  if (typeof value === 'number')
    return { kind: Math.abs(value) >= 100_000_000_000 ? 'milliseconds' : 'seconds' }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (ISO_DAY.test(text)) return { kind: 'day' }
  const time = ISO_TIME.exec(text)
  if (!time) return undefined
  const zone =
    time[4] === undefined ? '' : time[4] === 'Z' ? 'Z' : time[4].includes(':') ? '+00:00' : '+0000'
  return {
    kind: 'time',
    separator: time[1] as string,
    seconds: time[2] !== undefined,
    fraction: time[3]?.length ?? 0,
    zone
  }
}

/**
 * The digits of a whole number of 0 or more: a number, or text of digits alone (as a CSV cell
 * or a quoted id holds one, or a 64-bit id the loader reads as its digits); else undefined.
 */
function wholeDigits(value: unknown): string | undefined {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined
  return typeof value === 'string' && DIGITS.test(value) ? value : undefined
}

const DIGITS = /^\d+$/

/**
 * `value` (a form's text or choices, or a value the contribution sets) as a value of `kind`.
 * Text that does not read as that kind stays text: the listing schema then says what is wrong.
 */
export function asKind(value: unknown, kind: ValueKind | undefined): unknown {
  switch (kind) {
    case 'list':
      return typeof value === 'string'
        ? value
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(Boolean)
        : value
    case 'number': {
      // `120.000` stays text, which validation refuses with how to write it: read as a number
      // it would be 120, where it means 120000 in much of Europe.
      const text = typeof value === 'string' ? value.trim() : undefined
      return text !== undefined && NUMBER.test(text) && !GROUPED_DIGITS.test(text)
        ? Number(text)
        : value
    }
    case 'boolean':
      return typeof value === 'string' ? (booleanWord(value) ?? value) : value
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
    default:
      return value
  }
}

const NUMBER = /^-?\d+(?:\.\d+)?$/

function kindOf(value: unknown): ValueKind | undefined {
  if (value === null || value === undefined) return undefined
  if (Array.isArray(value)) return 'list'
  switch (typeof value) {
    case 'string':
      return 'string'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    default:
      return undefined
  }
}

/**
 * The kind a CSV column's values (text, none empty) spell, as the loader reads them: booleans
 * where every one is a word for one (booleanWord) and not every one is digits (`1`, `0`: a count
 * as well), numbers where every one is a number, else text.
 */
function textKind(values: readonly unknown[]): ValueKind | undefined {
  const texts = values.filter(value => typeof value === 'string')
  if (texts.length === 0 || texts.length < values.length) return kindOf(values[0])
  const numbers = texts.every(text => NUMBER.test(text.trim()))
  if (!numbers && texts.every(text => booleanWord(text) !== undefined)) return 'boolean'
  return numbers ? 'number' : 'string'
}

/**
 * The boolean most of `words` (each a booleanWord) say, true on a tie as where the records hold
 * booleans, written as the records most often write it (`FALSE`, `no`).
 */
function mostHeldWord(words: readonly string[]): string {
  const trues = words.filter(word => booleanWord(word)).length
  const value = trues * 2 >= words.length
  const counts = new Map<string, number>()
  for (const word of words)
    if (booleanWord(word) === value) counts.set(word.trim(), (counts.get(word.trim()) ?? 0) + 1)
  return [...counts].sort(([, a], [, b]) => b - a)[0]![0]
}
