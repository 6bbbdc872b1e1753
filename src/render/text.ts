/**
 * Listing text as mdast phrasing that GitHub shows literally.
 *
 * Markdown syntax characters (`*`, `|`, `<`, ...) are escaped later by the serializer
 * (see markdown.ts). What the serializer cannot prevent is GitHub's autolink extension,
 * which turns bare `www.x.com`, `http://x` and `a@b.com` into links after parsing: escapes
 * and character references do not stop the email case, because cmark-gfm scans the decoded
 * text. Nor can it prevent GitHub's references, made on the rendered page of a comment or an
 * issue (where the contribution and link-check reports show rows): `@octocat` and `@org/team`
 * mention (and notify) someone, `#5`, `owner/repo#5` and `GH-5` link an issue and leave a
 * mark on it; and GitHub shows an emoji shortcode (`:rocket:`) as the emoji, not the text the
 * listing wrote. An empty HTML comment splits the text node, so every link in the table stays
 * one we made, and nothing in it names a person or an issue or shows an emoji: GitHub matches
 * each within one text node, and strips comments from the rendered page, leaving the text as
 * it was.
 */

import type { PhrasingContent } from 'mdast'
import { withoutBidiControls } from '../bidi.js'
import { html, text } from './nodes.js'

/**
 * Trimmed text with line breaks and control characters as single spaces, and without
 * bidirectional embeddings, overrides and isolates; [] when empty.
 */
export function literalText(value: string): PhrasingContent[] {
  return literalPieces(singleLine(value))
}

/**
 * A value as the feed gave it (a template's `untrimmed`, see valueLine); [] when empty.
 */
export function literalValue(value: string): PhrasingContent[] {
  return literalPieces(valueLine(value))
}

/**
 * A value as the feed gave it, on one line: line breaks and control characters but the tab as
 * single spaces, the spaces and tabs at its edges kept, as a board's own script prints them
 * (`"Intern\t"` before a ` 🛂`), and without bidirectional controls.
 */
export function valueLine(value: string): string {
  return oneLine(value, BREAK_OR_CONTROL_BUT_TAB)
}

function literalPieces(value: string): PhrasingContent[] {
  // Most text has nothing GitHub would link: one piece, found without splitting.
  if (!MAY_AUTOLINK.test(value)) return value === '' ? [] : [text(value)]
  const pieces = value.split(AUTOLINK_TRIGGER).filter(piece => piece !== '')
  return pieces.flatMap((piece, index) =>
    index === 0 ? [text(piece)] : [html(LINK_BREAK), text(piece)]
  )
}

/**
 * A value quoted in a comment's Markdown as a code span, on one line: shown as typed, with
 * nothing in it a link, an image, HTML, a mention or an issue reference. The fence is one
 * backtick longer than the longest run inside; a space pads a value that starts or ends with one.
 */
export function codeSpan(value: string): string {
  const line = singleLine(value)
  if (line === '') return '` `'
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map(([run]) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** A run of whitespace with a line break or control character in it becomes one space. */
export function singleLine(value: string): string {
  return oneLine(value).trim()
}

function oneLine(given: string, breaks = BREAK_OR_CONTROL): string {
  // The bidirectional embeddings, overrides and isolates go, as the load stage's tidyText
  // drops them: they would reorder what a reader sees.
  const value = withoutBidiControls(given)
  // Only a run holding a break or a control character changes: without one, nothing does.
  if (!breaks.test(value)) return value
  return value.replace(WHITESPACE_RUN, run => (breaks.test(run) ? ' ' : run))
}

const WHITESPACE_RUN = /[\s\p{Cc}]+/gu
const BREAK_OR_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u
const BREAK_OR_CONTROL_BUT_TAB = /[^\P{Cc}\t]|[\p{Zl}\p{Zp}]/u

// Zero-width split points just before the character that lets cmark-gfm recognise a link
// (the dot of `www.`, the colon of `scheme://`, the `@` of an email address), and just after
// the one that lets GitHub recognise a reference (the `@` before a name; before an issue's
// number, a `#` or `GH-` that starts a word, or the `#` of `owner/repo#5`: `Job#479` is none),
// or an emoji shortcode (the first colon of `:rocket:`, `:+1:`, which GitHub shows as 🚀, 👍;
// no name is digits alone but `:100:` and `:1234:`, so a time, `19:28:57`, stays whole).
const AUTOLINK_TRIGGER =
  /(?<=www)(?=\.)|(?=:\/\/)|(?<=\S)(?=@)|(?<=@)(?=[a-z0-9])|(?<=(?<!\w)#|\/[\w.-]+#|(?<!\w)gh-)(?=\d)|(?<=:)(?=(?:[\w+-]*(?:[^\W\d]|[+-])[\w+-]*|100|1234):)/gi
const MAY_AUTOLINK = new RegExp(AUTOLINK_TRIGGER.source, 'i')

const LINK_BREAK = '<!-- -->'

/**
 * Whether a value written next to the template's text (or to another value), with nothing
 * between, would make a link GitHub finds in text that neither makes alone: the two make a
 * trigger across their edge (`www` and `.x.example`, `https:/` and `/x.example`, `jobs` and
 * `@x.example`), or the value goes on from the template's own link text (`https://site` and
 * `.x.example`; a value's own triggers are split already). A split point then goes between
 * them (linkBreak()). `before` is the template's text when `beforeIsOwn`.
 */
export function joinMayAutolink(before: string, after: string, beforeIsOwn: boolean): boolean {
  const tail = /\S*$/.exec(before)?.[0] ?? ''
  const head = /^\S*/.exec(after)?.[0] ?? ''
  if (tail === '' || head === '') return false
  if (beforeIsOwn && MAY_AUTOLINK.test(tail)) return true
  const alone = new Set([
    ...triggers(tail),
    ...triggers(head).map(position => position + tail.length)
  ])
  return triggers(tail + head).some(position => !alone.has(position))
}

function triggers(text: string): number[] {
  return [...text.matchAll(AUTOLINK_TRIGGER)].map(match => match.index)
}

/** The split point of literalPieces: an empty HTML comment, which GitHub shows as nothing. */
export function linkBreak(): PhrasingContent {
  return html(LINK_BREAK)
}
