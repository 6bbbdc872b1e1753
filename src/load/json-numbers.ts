/**
 * JSON.parse rounds an integer past 2^53 (a 64-bit id, as Twitter's API or a job board's
 * writes one: 1234567890123456789 becomes 1234567890123456800), so such an id would name
 * another posting. Here an integer of 16 or more digits is read as its text, as written.
 */

/** The fewest digits of an integer read as text. */
const LONG = 16

/** JSON.parse, an integer of 16 or more digits read as the text of its digits. */
export function parseJson(text: string): unknown {
  if (!hasLongDigitRun(text)) return JSON.parse(text)
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
 * Whether `text` has 16 digits in a row anywhere. Every such run holds one character in 16,
 * so only those are looked at, and the digits around one that is.
 */
function hasLongDigitRun(text: string): boolean {
  for (let at = LONG - 1; at < text.length; at += LONG) {
    if (!isDigit(text.charCodeAt(at))) continue
    let start = at
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (end - start < LONG && isDigit(text.charCodeAt(end))) end++
    if (end - start === LONG) return true
  }
  return false
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** A YAML integer of 16 or more digits, read as its text: a custom tag for the `yaml` package. */
export const LONG_YAML_INTEGER = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  test: new RegExp(`^[-+]?\\d{${LONG},}$`),
  resolve: (text: string) => text
}
