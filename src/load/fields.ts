/**
 * Reads a source record's canonical fields through the `fields` mapping, so a feed of
 * another shape (company_name, meta.dates.posted, ...) needs no conversion.
 */
import { CANONICAL_FIELDS, type CanonicalField, type RunSettings } from '../config/config.js'

/** Every canonical field of one record; undefined when the record does not give it. */
export type CanonicalRecord = Record<CanonicalField, unknown>

/**
 * The canonical fields of `record`: each read from the path `fields` maps it to, else
 * from the key of its own name. Strings come back trimmed; `null`, `""` and blank strings
 * come back undefined (absent). Undefined when the record is not an object.
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
  return present(readPath(record, fields[name] ?? name))
}

/** An object that is not a list: the only kind of record with fields. */
export function isRecord(value: unknown): value is object {
  return isObject(value) && !Array.isArray(value)
}

/**
 * A dotted path such as `company.name` walks into nested objects (and lists, by index:
 * `locations.0`). A key that itself contains dots, such as a CSV column named
 * `company.name`, wins over the walk.
 */
function readPath(record: object, path: string): unknown {
  if (Object.hasOwn(record, path)) return (record as Record<string, unknown>)[path]
  if (!path.includes('.')) return undefined
  let value: unknown = record
  for (const key of path.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

function present(value: unknown): unknown {
  if (value === null) return undefined
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
