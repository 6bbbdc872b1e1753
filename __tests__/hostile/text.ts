/**
 * What a listing's text becomes once loaded, written from the documented rules alone: each
 * run of line breaks and control characters (Unicode Cc, and the line and paragraph
 * separators), with the spaces around it, becomes one space, then the text is trimmed, so
 * a control character at an edge goes with the spaces; text longer than max-cell-length
 * code points keeps the characters (graphemes) that fit in one code point fewer, without the
 * spaces at their end, and a "…". The
 * bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are
 * dropped first; other format characters (zero-width joiners and spaces, the bidi marks LRM
 * and RLM, the soft hyphen) are part of the text, but text of them and spaces alone (Unicode's
 * default ignorables) shows nothing, and is blank.
 */

/** A `location` as a feed may send it: text, a list of text, or nothing in several spellings. */
export type SourceLocation = string | string[] | null | undefined

/** The max-cell-length input's default. */
export const MAX_CELL_LENGTH = 500

/** The text a cell shows, before Markdown escaping; "" when nothing is left. */
export function shownText(text: string): string {
  const tidy = tidied(text)
  if ([...tidy].length <= MAX_CELL_LENGTH) return tidy
  // Whole characters as readers see them (graphemes), as many as fit in the first
  // max-cell-length - 1 code points.
  let kept = ''
  let codePoints = 0
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(tidy)) {
    codePoints += [...segment].length
    if (codePoints > MAX_CELL_LENGTH - 1) break
    kept += segment
  }
  return `${kept.trimEnd()}…`
}

/**
 * A list is joined with "; ", each item tidied and blank items dropped; text of several lines
 * (a line break: CR, LF, CRLF, U+2028, U+2029) is the list of its lines; other text is kept as is.
 */
export function joinedLocation(location: SourceLocation): string {
  const lines = typeof location === 'string' ? location.split(/\r\n?|[\n\u2028\u2029]/) : []
  if (!Array.isArray(location) && lines.length < 2) return location ?? ''
  const items = Array.isArray(location) ? location : lines
  return items
    .map(tidied)
    .filter(item => !showsNothing(item))
    .join('; ')
}

/** Whether `text` shows nothing once tidied: spaces and default ignorables alone. */
export function showsNothing(text: string): boolean {
  return /^[\p{Default_Ignorable_Code_Point}\s]*$/u.test(tidied(text))
}

/** A run of whitespace holding a line break or control character shows as one space; trimmed. */
export function tidied(text: string): string {
  return spaced(text, /[\p{Cc}\p{Zl}\p{Zp}]/u).trim()
}

/**
 * A template's `untrimmed` value: the same, but a tab is kept as the feed has it, and so are
 * the spaces and tabs at the edges.
 */
export function oneLine(text: string): string {
  return spaced(text, /[^\P{Cc}\t]|[\p{Zl}\p{Zp}]/u)
}

function spaced(text: string, breaks: RegExp): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\s\p{Cc}\p{Zl}\p{Zp}]+/gu, run => (breaks.test(run) ? ' ' : run))
}
