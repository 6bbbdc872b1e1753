/**
 * Reads a source record's canonical fields through the `fields` mapping, so a feed of
 * another shape (company_name, meta.dates.posted, ...) needs no conversion.
 */
import { CANONICAL_FIELDS, type CanonicalField, type RunSettings } from '../config/config.js'
import { isRecord, readPath } from '../record.js'

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

/** The canonical fields shown as text in a table cell. */
const SHOWN_TEXT: ReadonlySet<CanonicalField> = new Set(['company', 'title', 'location'])

// Unicode Cc (C0, DEL, C1) and the line and paragraph separators (Zl, Zp), written as ranges:
// a property class costs more on every string read. Neither pattern can backtrack: a run is
// matched whole, and only a run holding a control character changes.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\0-\x1f\x7f-\x9f\u2028\u2029]/
// eslint-disable-next-line no-control-regex -- likewise
const SPACE_OR_CONTROL_RUN = /[\s\0-\x1f\x7f-\x9f\u2028\u2029]+/g

function present(value: unknown, shown: boolean): unknown {
  if (value === null) return undefined
  if (typeof value !== 'string') return value
  const trimmed = shown ? tidyText(value) : value.trim()
  return trimmed === '' ? undefined : trimmed
}
