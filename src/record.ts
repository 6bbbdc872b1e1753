/** Reading the fields of a source record (a feed's object), shared by the load and select stages. */

/**
 * A dotted path such as `company.name` walks into nested objects, and into lists: by index
 * (`locations.0`), or through every item, so that `locations.name` of a list of objects
 * (`"locations": [{"name": "Berlin"}, {"name": "Remote"}]`, as job APIs write them) is the
 * list of their names. A key that itself contains dots, such as a CSV column named
 * `company.name`, wins over the walk. Undefined when the record has nothing there.
 */
export function readPath(record: object, path: string): unknown {
  if (Object.hasOwn(record, path)) return (record as Record<string, unknown>)[path]
  if (!path.includes('.')) return undefined
  return walk(record, path.split('.'), 0)
}

function walk(start: unknown, keys: readonly string[], from: number): unknown {
  let value = start
  for (let index = from; index < keys.length; index++) {
    const key = keys[index] as string
    if (Array.isArray(value) && !/^\d+$/.test(key)) return throughItems(value, keys, index)
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** `path` read in each item of `items`, as readPath reads it through a list. */
export function readInItems(items: unknown[], path: string): unknown {
  return throughItems(items, path.split('.'), 0)
}

/** The rest of a path read in each item of a list, as one list; undefined when no item has it. */
function throughItems(items: unknown[], keys: readonly string[], from: number): unknown {
  const found: unknown[] = []
  for (const item of items) {
    const value = walk(item, keys, from)
    if (Array.isArray(value)) found.push(...value)
    else if (value !== undefined && value !== null) found.push(value)
  }
  return found.length > 0 ? found : undefined
}

/** An object that is not a list: the only kind of record with fields. */
export function isRecord(value: unknown): value is object {
  return isObject(value) && !Array.isArray(value)
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

/**
 * `text` (trimmed) as a boolean the way YAML 1.1, spreadsheets and databases write one
 * (`true`, `yes`, `y`, `on`, `1` and their opposites), in any case; undefined for other text.
 */
export function booleanWord(text: string): boolean | undefined {
  const word = text.trim().toLowerCase()
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1'])
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0'])

/** Whether `value` is a number, or text of one (`-12`, `45950.5`, spaces around allowed). */
export function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value.trim()))
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/
