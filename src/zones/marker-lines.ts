/**
 * The fast path of finding markers: a line scan that decides, for the READMEs it can, which
 * lines a Markdown parse would find to be markers, without parsing. It gives up (undefined)
 * on any line whose meaning it cannot be sure of, and find.ts then parses the README.
 *
 * Why the scan agrees with the parse. A marker is an HTML node of its own line, directly in
 * the root. A line starting at column 0 with `<!--` and ending its comment is such a node
 * unless a block that absorbs it is open: a fenced code block or an HTML block. (Paragraphs,
 * tables and indented code are interrupted by an HTML block start, and a line at column 0
 * belongs to no list item or block quote: it is not lazy text, since it starts a block.) So
 * the scan follows exactly those two kinds of blocks, and only where they start at column 0
 * and so in the root: a fence (until its closing fence), and an HTML block of the kinds that
 * end at a blank line (a block-level tag such as `<div>` or `<p align="center">`). Any other
 * line that could open either kind, at any indentation or inside a list, quote or footnote,
 * makes it give up. A property test (__tests__/perf-equivalence/zones.test.ts) compares the
 * scan with the parse on generated READMEs.
 */

import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name'
import { splitLines } from './lines.js'

export interface MarkerLine {
  /** 1-based. */
  line: number
  /** The trimmed line, which matched the marker pattern. */
  text: string
}

/** The marker lines of `readme` in order, or undefined when only a parse can tell. */
export function markerLines(readme: string, pattern: RegExp): MarkerLine[] | undefined {
  const markers: MarkerLine[] = []
  let state: State = FLOW
  let number = 0
  for (const { start, end } of splitLines(readme)) {
    number++
    const line = readme.slice(number === 1 && readme.startsWith('\uFEFF') ? 1 : start, end)
    if (state.in === 'fence') {
      if (closesFence(line, state)) state = FLOW
    } else if (state.in === 'html') {
      if (isBlank(line)) state = FLOW
    } else {
      const next = flowLine(line)
      if (next === undefined) return undefined
      if (next === ONE_LINE_HTML) {
        const text = line.trim()
        if (pattern.test(text)) markers.push({ line: number, text })
        state = FLOW
      } else state = next
    }
  }
  return markers
}

type State = { in: 'flow' } | { in: 'fence'; marker: string; length: number } | { in: 'html' }

/** No fence or HTML block open (paragraphs, lists, quotes, tables may be). */
const FLOW: State = { in: 'flow' }
/** A one-line HTML comment at column 0: an HTML node of its own, maybe a marker. */
const ONE_LINE_HTML: State = { in: 'flow' }

/** What a line outside fences and HTML blocks opens; undefined when the scan cannot tell. */
function flowLine(line: string): State | undefined {
  if (isBlank(line)) return FLOW
  const fence = /^(`{3,}|~{3,})/.exec(line)?.[1]
  if (fence) {
    // A backtick fence's info string has no backtick; else the line is text.
    if (fence[0] === '`' && line.indexOf('`', fence.length) !== -1) return undefined
    return { in: 'fence', marker: fence[0]!, length: fence.length }
  }
  if (line.startsWith('<')) return htmlLine(line)
  return opensNothing(line) ? FLOW : undefined
}

/**
 * A line starting with `<` at column 0, by the HTML block kinds of CommonMark: a one-line
 * comment, or a block-level tag such as `<p align="center">` (a block until a blank line).
 * Other comments, raw tags (`<pre>`) and lone tags (`<img src=x>`, which may or may not
 * continue a paragraph) are left to the parse.
 */
function htmlLine(line: string): State | undefined {
  if (ONE_LINE_COMMENT.test(line)) return ONE_LINE_HTML
  if (/^<[!?]/.test(line)) return undefined
  const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)(?=[ \t>]|\/>|$)/.exec(line)?.[1]?.toLowerCase()
  if (tag !== undefined && htmlBlockNames.includes(tag)) return { in: 'html' }
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(line)?.[1]?.toLowerCase()
  const mayOpenBlock =
    name !== undefined && (htmlRawNames.includes(name) || htmlBlockNames.includes(name))
  return mayOpenBlock || LONE_TAG.test(line) ? undefined : FLOW
}

/**
 * True for a line that opens neither a fence nor an HTML block, inside any container: after
 * the characters of block quote and list markers and indentation, it starts with neither
 * a fence, `<` of an HTML block, nor a footnote definition's `[^`. (Stripping more than a
 * container marker is harmless: both kinds of block start with a character never stripped.)
 */
function opensNothing(line: string): boolean {
  const content = line.replace(/^[ \t>*+\-.)\d]+/, '')
  if (/^(?:`{3}|~{3}|\[\^)/.test(content)) return false
  if (!content.startsWith('<')) return true
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(content)?.[1]?.toLowerCase()
  const blockTag =
    name !== undefined && (htmlRawNames.includes(name) || htmlBlockNames.includes(name))
  return !(/^<[!?]/.test(content) || blockTag || LONE_TAG.test(content))
}

function closesFence(line: string, fence: { marker: string; length: number }): boolean {
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1]
  return closing !== undefined && closing[0] === fence.marker && closing.length >= fence.length
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line)
}

// `<!--` and the first `-->` on the same line, with no `--` between (nor `<!-->`, `<!--->`):
// a comment every version of CommonMark ends on that line.
const ONE_LINE_COMMENT = /^<!--(?!-?>)(?:[^-]|-(?!-))*-->/

// A complete open or closing tag and nothing but spaces after it, or anything looser: any
// characters but `<`, `>`, quotes and backticks between the name and `>`, quoted values whole.
const LONE_TAG = /^<\/?[A-Za-z][A-Za-z\d-]*(?:[^<>"'`]|"[^"]*"|'[^']*')*>[ \t]*$/
