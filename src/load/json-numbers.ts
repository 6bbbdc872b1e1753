/**
 * JSON.parse rounds an integer past 2^53 (a 64-bit id, as Twitter's API or a job board's
 * writes one: 1234567890123456789 becomes 1234567890123456800), so such an id would name
 * another posting. Here an integer of 16 or more digits is read as its text, as written.
 */
import { isDigit } from '../time.js'

/** The fewest digits of an integer read as text. */
const LONG = 16

/** JSON.parse, an integer of 16 or more digits read as the text of its digits. */
export function parseJson(text: string): unknown {
  if (!hasLongInteger(text)) return JSON.parse(text)
  try {
    return JSON.parse(text.replace(LONG_INTEGER, '$1"$2"'))
  } catch {
    // One was inside a string too (quoted, it breaks the text): strings passed over.
    const quoted = text.replace(
      STRING_OR_LONG_INTEGER,
      (token, before?: string, digits?: string) =>
        digits === undefined ? token : `${before}"${digits}"`
    )
    return JSON.parse(quoted)
  }
}

/**
 * An integer of 16 or more digits where a value stands (after `[`, `,` or `:`, before `,`,
 * `]` or `}`), and what stands before it.
 */
const LONG_INTEGER = /([[,:][ \t\n\r]*)(-?[1-9]\d{15,})(?=[ \t\n\r]*[,\]}])/g
/** A string, passed over whole, or LONG_INTEGER. */
const STRING_OR_LONG_INTEGER = new RegExp(
  String.raw`"[^"\\]*(?:\\.[^"\\]*)*"|` + LONG_INTEGER.source,
  'g'
)

/**
 * Whether `text` has an integer of 16 or more digits where a value may stand (after `[`, `,`
 * or `:`): what LONG_INTEGER finds, and no digits of an address (`/position/7264779096583833914`).
 * Every such run holds one character in 16, so only those are looked at, and the digits
 * around one that is.
 */
function hasLongInteger(text: string): boolean {
  for (let at = LONG - 1; at < text.length; at += LONG) {
    if (!isDigit(text.charCodeAt(at))) continue
    let start = at
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (isDigit(text.charCodeAt(end))) end++
    if (end - start >= LONG && standsAsValue(text, start)) return true
    // A run of 16 after this one holds a point 16 characters on.
    at = end
  }
  return false
}

/** Whether `[`, `,` or `:` stands before `at`, across white space and a minus sign. */
function standsAsValue(text: string, at: number): boolean {
  let before = at - 1
  if (text[before] === '-') before--
  while (before >= 0 && ' \t\n\r'.includes(text[before]!)) before--
  return before >= 0 && '[,:'.includes(text[before]!)
}

/**
 * Whether `text` is the digits of an integer parseJson reads as its text (written bare in the
 * file): so a writer can write such a value bare again.
 */
export function isLongIntegerText(text: string): boolean {
  return LONG_INTEGER_TEXT.test(text)
}

const LONG_INTEGER_TEXT = new RegExp(`^-?[1-9]\\d{${LONG - 1},}$`)

/** A YAML integer of 16 or more digits, read as its text: a custom tag for the `yaml` package. */
export const LONG_YAML_INTEGER = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  test: new RegExp(`^[-+]?\\d{${LONG},}$`),
  resolve: (text: string) => text
}
