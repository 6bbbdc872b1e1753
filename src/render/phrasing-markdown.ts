/**
 * The phrasing our zones are made of, written byte for byte as mdast-util-to-markdown writes it
 * with our options (see markdown.ts), without its general machinery: on a small board its
 * first, cold run costs more than the rest of rendering.
 *
 * Only what needs no escaping is written here; anything else returns undefined and the caller
 * leaves the whole tree to mdast-util-to-markdown. Property tests
 * (__tests__/perf-equivalence/*-markdown.test.ts) compare both on hostile text and labels.
 */

import type { PhrasingContent } from 'mdast'

/** Where the phrasing sits: a table cell escapes `|`; a paragraph has line starts. */
export type PhrasingPlace = 'tableCell' | 'paragraph'

export function phrasingMarkdown(
  nodes: PhrasingContent[],
  place: PhrasingPlace,
  { nested = false } = {}
): string | undefined {
  const parts: string[] = []
  for (const [index, node] of nodes.entries()) {
    const part = phrasingNode(node, {
      place,
      nested,
      previous: nodes[index - 1],
      next: nodes[index + 1]
    })
    if (part === undefined) return undefined
    parts.push(part)
  }
  for (const [index, node] of nodes.entries()) {
    if (!isAttention(node)) continue
    const [previous, next] = [nodes[index - 1], nodes[index + 1]]
    if ((previous && isAttention(previous)) || (next && isAttention(next))) return undefined
    if (!formsOutside(parts[index - 1]?.at(-1)) || !formsOutside(parts[index + 1]?.[0]))
      return undefined
  }
  return parts.join('')
}

/** Where a node sits among its siblings. */
interface Position {
  place: PhrasingPlace
  /** Inside attention or a link, where the serializer alternates or drops markers. */
  nested: boolean
  previous: PhrasingContent | undefined
  next: PhrasingContent | undefined
}

/** The node starts a line, where block syntax (`#`, `-`, `1.`, `>`, ...) could begin. */
function startsLine({ place, nested, previous }: Position): boolean {
  return place === 'paragraph' && (previous === undefined ? !nested : previous.type === 'break')
}

/** The node ends a line, where trailing whitespace is encoded. */
function endsLine({ place, nested, next }: Position): boolean {
  return place === 'paragraph' && (next === undefined ? !nested : next.type === 'break')
}

/**
 * A hard break fits here: in a paragraph, not in attention, between other phrasing. After a
 * break, html such as `<!--` would open an HTML block (the serializer writes a space instead),
 * so only text (letter first) or attention may follow.
 */
function breakFits({ place, nested, previous, next }: Position): boolean {
  return (
    place === 'paragraph' &&
    !nested &&
    previous !== undefined &&
    previous.type !== 'break' &&
    next !== undefined &&
    (next.type === 'text' || isAttention(next))
  )
}

function phrasingNode(node: PhrasingContent, at: Position): string | undefined {
  switch (node.type) {
    case 'text':
      return text(node.value, at)
    case 'html':
      return ONE_LINE_TAG.test(node.value) ? node.value : undefined
    case 'strong':
      return at.nested ? undefined : attention('**', node.children, at.place)
    case 'emphasis':
      return at.nested ? undefined : attention('_', node.children, at.place)
    case 'link':
      return at.place === 'tableCell' ? link(node.url, node.title, node.children) : undefined
    case 'break':
      return breakFits(at) ? '  \n' : undefined
    default:
      return undefined
  }
}

function text(value: string, at: Position): string | undefined {
  if (!PLAIN_TEXT.test(value)) return undefined
  if (startsLine(at) && !LETTER_FIRST.test(value)) return undefined
  if (endsLine(at) && /\s$/u.test(value)) return undefined
  if (at.previous?.type === 'link' && value.startsWith('(')) return undefined
  return at.place === 'tableCell' ? value.replaceAll('|', '\\|') : value
}

/**
 * `**content**` or `_content_`. The serializer encodes a first or last character of the
 * content that would stop the marker from opening or closing: whitespace inside, or a letter
 * outside. So the content must not start or end with whitespace, and the caller checks the
 * characters on either side (formsOutside).
 */
function attention(
  marker: string,
  children: PhrasingContent[],
  place: PhrasingPlace
): string | undefined {
  const content = phrasingMarkdown(children, place, { nested: true })
  if (!content || !ATTENTION_EDGE.test(content[0]!) || !ATTENTION_EDGE.test(content.at(-1)!))
    return undefined
  return `${marker}${content}${marker}`
}

/**
 * `[label](url)`. A link whose text is its url is written as an autolink `<url>` by the
 * serializer, and a url with spaces or controls inside `<…>`: both are left to it.
 */
function link(
  url: string,
  title: string | null | undefined,
  children: PhrasingContent[]
): string | undefined {
  if (title || !PLAIN_URL.test(url)) return undefined
  const label = phrasingMarkdown(children, 'tableCell', { nested: true })
  if (label === undefined || label === url || `mailto:${label}` === url) return undefined
  return `[${label}](${url.replace(CHARACTER_REFERENCE_START, '\\&')})`
}

function isAttention(node: PhrasingContent): boolean {
  return node.type === 'strong' || node.type === 'emphasis'
}

/** Beside a marker: nothing, whitespace or ASCII punctuation, never a letter. */
function formsOutside(character: string | undefined): boolean {
  return character === undefined || /^[\s!-/:-@[-`{-~]$/.test(character)
}

// Letters, marks, numbers, spaces and punctuation, less every ASCII character that one of the
// serializer's unsafe patterns names outside line starts: `<`, `*`, `_`, `` ` ``, `[`, `]`,
// `\`, our own `~` and `$` (markdown.ts), and `!` or `&` unless a character follows that makes
// neither an image nor a character reference (`Cloud & DevOps`; `Hiring!` at the end of a text
// is left to the serializer). `|` is only escaped in a table cell. No control characters, tabs
// or line breaks.
const PLAIN_TEXT =
  /^(?:[!&](?![#A-Za-z[]|$)|(?![!&<>*_`[\]\\~$])[\p{L}\p{M}\p{N}\p{Zs}\p{P}\p{S}])*$/u

// At a line start only a letter is sure not to begin a block (`#`, `-`, `1.`, `>`, `|`, ...).
const LETTER_FIRST = /^\p{L}/u

// Our own html (the `<!-- -->` that splits autolink look-alikes, `<sub>`): one line, `<` to `>`.
const ONE_LINE_TAG = /^<[^\r\n]*>$/

// Not whitespace: the first and last character of a strong's or emphasis's content.
const ATTENTION_EDGE = /^[^\s\p{Z}]$/u

// An http(s) url of characters the serializer writes as they are in a link destination:
// no `(`, `)` (escaped), `<`, `>`, space or control (which enclose it in `<…>`), nor `|`, `\`,
// `*`, `[`, `]`, `` ` ``, `!`, `'`, `"`, `~`, `$`.
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._:/?#@=%+,;&]*$/

// An `&` that could start a character reference (`&amp;`, `&#38;`) is escaped, in urls too.
const CHARACTER_REFERENCE_START = /&(?=[#A-Za-z])/g
