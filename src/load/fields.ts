/**
 * Reads a source record's canonical fields through the `fields` mapping, so a feed of
 * another shape (company_name, meta.dates.posted, ...) needs no conversion.
 */
import { CANONICAL_FIELDS, type CanonicalField, type RunSettings } from '../config/config.js'

/** Every canonical field of one record; undefined when the record does not give it. */
export type CanonicalRecord = Record<CanonicalField, unknown>

/**
 * The canonical fields of `record`: each read from the path `fields` maps it to, else
 * from the key of its own name. Strings come back trimmed, the text a visitor reads
 * (company, title, location) after tidyText; `null`, `""` and blank strings come back
 * undefined (absent). Undefined when the record is not an object.
 */
export function readFields(
  record: unknown,
  fields: RunSettings['fields']
): CanonicalRecord | undefined {
  if (!isRecord(record)) return undefined
  const canonical = {} as CanonicalRecord
  for (const name of CANONICAL_FIELDS) canonical[name] = readField(record, name, fields)
  return canonical
}

/** One canonical field of a record (an object, not a list), as readFields reads it. */
export function readField(
  record: object,
  name: CanonicalField,
  fields: RunSettings['fields']
): unknown {
  return present(readPath(record, fields[name] ?? name), SHOWN_TEXT.has(name))
}

/**
 * Text as a table cell shows it: each run of control characters and line breaks, with the
 * spaces around it, as one space, then trimmed, so that a control character at an edge
 * goes with the trimming instead of leaving a space behind.
 */
export function tidyText(text: string): string {
  if (!CONTROL.test(text)) return text.trim()
  return text.replace(SPACE_OR_CONTROL_RUN, run => (CONTROL.test(run) ? ' ' : run)).trim()
}

/**
 * A dotted path such as `company.name` walks into nested objects (and lists, by index:
 * `locations.0`). A key that itself contains dots, such as a CSV column named
 * `company.name`, wins over the walk. Undefined when the record has nothing there.
 */
export function readPath(record: object, path: string): unknown {
  if (Object.hasOwn(record, path)) return (record as Record<string, unknown>)[path]
  if (!path.includes('.')) return undefined
  let value: unknown = record
  for (const key of path.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** An object that is not a list: the only kind of record with fields. */
export function isRecord(value: unknown): value is object {
  return isObject(value) && !Array.isArray(value)
}

/** The canonical fields shown as text in a table cell. */
const SHOWN_TEXT: ReadonlySet<CanonicalField> = new Set(['company', 'title', 'location'])

// Unicode Cc (C0, DEL, C1) and the line and paragraph separators. Neither pattern can
// backtrack: a run is matched whole, and only a run holding a control character changes.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u
const SPACE_OR_CONTROL_RUN = /[\s\p{Cc}\p{Zl}\p{Zp}]+/gu

function present(value: unknown, shown: boolean): unknown {
  if (value === null) return undefined
  if (typeof value !== 'string') return value
  const trimmed = shown ? tidyText(value) : value.trim()
  return trimmed === '' ? undefined : trimmed
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
