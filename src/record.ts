/** Reading the fields of a source record (a feed's object), shared by the load and select stages. */

/**
 * A dotted path such as `company.name` walks into nested objects, and into lists: by index
 * (`locations.0`), through every item, so that `locations.name` of a list of objects
 * (`"locations": [{"name": "Berlin"}, {"name": "Remote"}]`, as job APIs write them) is the
 * list of their names, or by a key's value: `metadata[name=Workplace Type].value` is the
 * `value` of the item of `metadata` whose `name` is `Workplace Type` (Greenhouse's custom
 * fields, `[{"name": ..., "value": ...}]`, in any order), the value compared as text, trimmed,
 * in any case; several such items read as a list. A key that itself contains dots, such as a
 * CSV column named `company.name`, wins over the walk; brackets without `=` are part of a key
 * (`Salary [USD]`). Undefined when the record has nothing there.
 */
export function readPath(record: object, path: string): unknown {
  if (Object.hasOwn(record, path)) return (record as Record<string, unknown>)[path]
  if (!path.includes('.') && !path.includes('[')) return undefined
  return walk(record, stepsOf(path), 0)
}

/** What nestedWith returns where a member on the path is no object. */
export const UNWRITABLE = Symbol('unwritable')

/**
 * `base` (a record's value, or undefined) with `value` at `path` inside it: each object on the
 * way copied, a missing one made; UNWRITABLE where a value on the way is no object.
 */
export function nestedWith(base: unknown, path: readonly string[], value: unknown): unknown {
  const [member, ...rest] = path
  if (member === undefined) return value
  if (base !== undefined && base !== null && !isObject(base)) return UNWRITABLE
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown> | undefined) }
  const inner = nestedWith(copy[member], rest, value)
  if (inner === UNWRITABLE) return UNWRITABLE
  copy[member] = inner
  return copy
}

/** A step of a path: a key, or the items of a list whose `key` reads as `value`. */
type Step = string | { key: string; value: string }

/** A `[key=value]` after a step's key: what picks a list's items by a key's value. */
const SELECTOR = /\[([^[\]=]+)=([^[\]]*)\]/g

/** Paths parsed, by their text: a feed reads the same few paths on every record. */
const parsed = new Map<string, Step[]>()

function stepsOf(path: string): Step[] {
  const known = parsed.get(path)
  if (known) return known
  const steps: Step[] = []
  // Dots inside a selector's value (`[name=Sr. Level]`) do not split the path.
  for (const part of path.match(/(?:\[[^\]]*=[^\]]*\]|[^.[]|\[(?![^\]]*=))+/g) ?? []) {
    const selectors = [...part.matchAll(SELECTOR)]
    const key = part.replace(SELECTOR, '')
    if (key !== '' || selectors.length === 0) steps.push(key)
    for (const [, name, value] of selectors)
      steps.push({ key: name!.trim(), value: value!.trim().toLowerCase() })
  }
  if (parsed.size < MAX_PARSED) parsed.set(path, steps)
  return steps
}

/** Paths whose steps are kept. */
const MAX_PARSED = 1000

function walk(start: unknown, steps: readonly Step[], from: number): unknown {
  let value = start
  for (let index = from; index < steps.length; index++) {
    const step = steps[index] as Step
    if (typeof step !== 'string') {
      const items = (Array.isArray(value) ? value : [value]).filter(item => picked(item, step))
      if (items.length === 0) return undefined
      value = items.length === 1 ? items[0] : items
      continue
    }
    if (Array.isArray(value) && !/^\d+$/.test(step)) return throughItems(value, steps, index)
    if (!isObject(value) || !Object.hasOwn(value, step)) return undefined
    value = (value as Record<string, unknown>)[step]
  }
  return value
}

/** Whether `item` is an object whose `key` reads as the selector's value (any of a list's). */
function picked(item: unknown, { key, value }: { key: string; value: string }): boolean {
  if (!isRecord(item) || !Object.hasOwn(item, key)) return false
  const found = (item as Record<string, unknown>)[key]
  const texts = Array.isArray(found) ? found : [found]
  return texts.some(
    text =>
      (typeof text === 'string' || typeof text === 'number' || typeof text === 'boolean') &&
      String(text).trim().toLowerCase() === value
  )
}

/** `path` read in each item of `items`, as readPath reads it through a list. */
export function readInItems(items: unknown[], path: string): unknown {
  return throughItems(items, stepsOf(path), 0)
}

/** The rest of a path read in each item of a list, as one list; undefined when no item has it. */
function throughItems(items: unknown[], steps: readonly Step[], from: number): unknown {
  const found: unknown[] = []
  for (const item of items) {
    const value = walk(item, steps, from)
    if (Array.isArray(value)) found.push(...value)
    else if (value !== undefined && value !== null) found.push(value)
  }
  return found.length > 0 ? found : undefined
}

/**
 * What is wrong with a path's `[key=value]` selectors, for the error of a `fields` mapping;
 * undefined when nothing is. Brackets without `=` are part of a key (`Salary [USD]`).
 */
export function pathProblem(path: string): string | undefined {
  const example = 'such as metadata[name=Workplace Type].value'
  const rest = path.replace(SELECTOR, match => (/^\[\s*=|=\s*\]$/.test(match) ? match : ''))
  if (/\[\s*=/.test(rest))
    return `picks a list's item by a key's value with no key before "=": write list[key=value], ${example}`
  if (/\[[^\]]*=\s*\]/.test(rest))
    return `picks a list's item by a key's value with no value after "=": write list[key=value], ${example}`
  if (/\[[^\]]*=/.test(rest))
    return `opens "[" without closing it with "]": write list[key=value], ${example}`
  if (/^\[[^\]]*=/.test(path))
    return `picks an item with no list before "[": write the list's name first, list[key=value], ${example}`
  return undefined
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
 * (`true`, `yes`, `y`, `on`, `1` and their opposites; Airtable's `checked`; a German or French
 * Excel's `WAHR`/`FALSCH`, `VRAI`/`FAUX`), in any case; undefined for other text.
 */
export function booleanWord(text: string): boolean | undefined {
  const word = text.trim().toLowerCase()
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined
}

/**
 * A flag as a record gives it: a boolean, or written as text or a number (`Yes`, `n`, `TRUE`,
 * `1`, `0`: booleanWord); undefined for any other value.
 */
export function flagValue(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  const text = typeof value === 'string' ? value : value === 0 || value === 1 ? `${value}` : ''
  return booleanWord(text)
}

/**
 * What `active` reads of a value given: a flag (`true`, `No`, `WAHR`, `1`: flagValue), or a
 * posting's state as job APIs and applicant trackers write it, open (true) or not (false):
 * Workable's `state` (`published`, `closed`, `archived`, `draft`), Greenhouse's and Ashby's
 * `status` (`open`, `closed`), Lever's (`published`). Undefined for anything else, another word
 * too (`internal`, `pending`: open to some, or not yet).
 */
export function activeValue(value: unknown): boolean | undefined {
  const state =
    typeof value === 'string' ? POSTING_STATES.get(value.trim().toLowerCase()) : undefined
  return flagValue(value) ?? state
}

const POSTING_STATES = new Map<string, boolean>([
  ...['open', 'opened', 'active', 'published', 'live', 'listed', 'public'].map(
    word => [word, true] as const
  ),
  ...[
    'closed',
    'inactive',
    'archived',
    'expired',
    'filled',
    'unpublished',
    'unlisted',
    'draft',
    'paused',
    'cancelled',
    'canceled',
    'deleted',
    'removed'
  ].map(word => [word, false] as const)
])

/**
 * The state word for `value` in the place of `word`, a posting's state (POSTING_STATES): `word`
 * when it says `value`, else the other state of its pair (`closed` for `open`, `inactive` for
 * `active`, `open` for `archived`), lower case; undefined when `word` is no state.
 */
function stateWord(word: string, value: boolean): string | undefined {
  const lower = word.trim().toLowerCase()
  const state = POSTING_STATES.get(lower)
  if (state === undefined) return undefined
  if (state === value) return lower
  return OTHER_STATE.get(lower) ?? (value ? 'open' : 'closed')
}

/** The state words with an opposite of their own; the others pair with `open` and `closed`. */
const OTHER_STATE = new Map([
  ['active', 'inactive'],
  ['inactive', 'active'],
  ['listed', 'unlisted'],
  ['unlisted', 'listed'],
  ['unpublished', 'published']
])

/** The pairs of words a flag is written with, true first. */
const FLAG_WORDS = [
  ['true', 'false'],
  ['yes', 'no'],
  ['y', 'n'],
  ['on', 'off'],
  ['1', '0'],
  // Airtable exports a checkbox as `checked` (an unchecked one as a blank cell).
  ['checked', 'unchecked'],
  // Excel's TRUE and FALSE in German and French.
  ['wahr', 'falsch'],
  ['vrai', 'faux']
] as const

/** The words booleanWord reads, for a message: `true/false, yes/no, ...`. */
export const FLAG_WORDS_TEXT = FLAG_WORDS.map(pair => pair.join('/')).join(', ')

const TRUE_WORDS = new Set<string>(FLAG_WORDS.map(([word]) => word))
const FALSE_WORDS = new Set<string>(FLAG_WORDS.map(([, word]) => word))

/**
 * The word for `value` of the pair `word` is in (`no` for `yes`; `closed` for a posting's state
 * `open`: stateWord), in the case `word` is written (`NO`, `No`); `true` or `false` when `word`
 * is in no pair.
 */
export function pairedWord(word: string, value: boolean): string {
  const pair = FLAG_WORDS.find(words => (words as readonly string[]).includes(word.toLowerCase()))
  const paired = pair ? pair[value ? 0 : 1] : (stateWord(word, value) ?? String(value))
  if (word === word.toUpperCase() && word !== word.toLowerCase()) return paired.toUpperCase()
  if (word[0] !== word[0]?.toLowerCase()) return paired[0]!.toUpperCase() + paired.slice(1)
  return paired
}

/** Whether `value` is a number, or text of one (`-12`, `45950.5`, spaces around allowed). */
export function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value.trim()))
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/

/**
 * Whether `error` is the engine's stack running out: a record nested thousands of levels deep
 * (`{"city": {"city": ...}}`), which no feed means, read by a function that calls itself per
 * level or by JSON.stringify. The load stage refuses such a record alone (load.ts).
 */
export function isTooDeep(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/**
 * JSON.stringify's text of `value` (undefined for undefined), or `{…}` for a value nested too
 * deeply for it (isTooDeep): for messages and comparisons that must not fail on such a value.
 */
export function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value)
  } catch (error) {
    if (isTooDeep(error)) return '{…}'
    throw error
  }
}
