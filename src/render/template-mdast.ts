/**
 * A rendered cell template as mdast phrasing. The template's text is parsed as the content of
 * a GFM table cell, with its values still tokens (template-values.ts); then each token is put
 * back as what it landed in: text (shown literally, see text.ts), a url (a link's or image's
 * destination, an HTML `href` or `src`: one rule, template-url.ts; a link refused is dropped
 * and its text kept), code, or inside an HTML tag (an attribute value, escaped). The Markdown
 * writer escapes the rest.
 */

import { characterEntitiesLegacy } from 'character-entities-legacy'
import type { ImageReference, LinkReference, Nodes, PhrasingContent } from 'mdast'
import { gfmTree } from '../gfm.js'
import { openTag } from '../html-tag.js'
import { memoized } from '../memo.js'
import { html, link, setCellEdges, text } from './nodes.js'
import {
  joinMayAutolink,
  linkBreak,
  literalText,
  literalValue,
  singleLine,
  valueLine
} from './text.js'
import { TOKEN, type Rendered } from './template-values.js'
import { filledUrl, type UrlPart } from './template-url.js'
import type { References } from '../zones/find.js'

/**
 * The phrasing of a cell whose template rendered `markup`, its tokens standing for values.
 * A `[text][label]` (`![alt][label]`, `[label][]`, `[label]`) whose label the README defines
 * (`references`) stays a reference, which GitHub resolves against the README's definition;
 * another is text, as GitHub shows it.
 */
export function toPhrasing(
  markup: string,
  given: Rendered,
  references?: References
): PhrasingContent[] {
  const whole = /[\r\n]/.test(markup) ? markup.replace(/\s*[\r\n]+\s*/g, ' ') : markup
  const line = whole.trim()
  const nodes =
    line === ''
      ? []
      : substituted(
          parsed(`${line}\0${definitionsFor(line, references)}`),
          references ? { ...given, references } : given
        )
  if (line.length < whole.length) setCellEdges(nodes, whole.replace(line, '\0'))
  return nodes
}

// Rows of a table render the same few shapes with different values: each shape is parsed once.
// After a NUL, the definitions the line may use (definitionsFor), read after the cell.
const parsed = memoized((key: string): PhrasingContent[] => {
  const at = key.lastIndexOf('\0')
  const line = key.slice(0, at)
  const definitions = key.slice(at + 1)
  // A `|` of the template is text: it stands aside while the cell is parsed. So is a `\|`, as in
  // the table cell a header or template is copied from (`Role \| Team` shows `Role | Team`).
  const cell = line.replace(/\\?\|/g, PIPE)
  const source = `| |\n| - |\n| ${cell} |${definitions}`
  const tree = gfmTree(source)
  if (definitions !== '') visit(tree, node => writtenLabel(node, source))
  const table = tree.children[0]
  return table?.type === 'table' ? (table.children[1]?.children[0]?.children ?? []) : []
})

/**
 * The README's definitions, as Markdown read after the cell (`[LABEL]: #`) only so that its parse
 * reads a reference to one as GitHub will; '' when the line has no `]`, so none.
 */
function definitionsFor(line: string, references: References | undefined): string {
  if (!references || !line.includes(']')) return ''
  let known = DEFINITIONS.get(references)
  if (known === undefined) {
    // A label of `^` is a footnote's, which a definition of it would be too.
    const labels = Object.keys(references).filter(label => !label.startsWith('^'))
    known = labels.map(label => `\n\n[${label}]: #`).join('')
    DEFINITIONS.set(references, known)
  }
  return known
}

const DEFINITIONS = new WeakMap<References, string>()

/**
 * A reference's `label` as the template wrote it (the parse gives it decoded: `a*b` of
 * `[a\*b][]`), which the Markdown writer writes back, so that GitHub matches it as written.
 */
function writtenLabel(node: Nodes, source: string): void {
  if (node.type !== 'linkReference' && node.type !== 'imageReference') return
  const { start, end } = node.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return
  const written = source.slice(start.offset, end.offset)
  const opening = node.type === 'imageReference' ? 2 : 1
  const label =
    node.referenceType === 'full'
      ? written.slice(labelStart(written) + 1, -1)
      : written.slice(opening, node.referenceType === 'collapsed' ? -3 : -1)
  node.label = restored(label)
}

/** Where the last `[` not escaped by a backslash is in `written`. */
function labelStart(written: string): number {
  for (let at = written.length - 2; at > 0; at--) {
    if (written[at] !== '[') continue
    const backslashes = /\\*$/.exec(written.slice(0, at))![0].length
    if (backslashes % 2 === 0) return at
  }
  return 0
}

/** Calls `each` on every node of `tree`. */
function visit(tree: Nodes, each: (node: Nodes) => void): void {
  each(tree)
  if ('children' in tree) for (const child of tree.children) visit(child, each)
}

const PIPE = '\uE002'
const PIPES = /\uE002/g

function substituted(nodes: PhrasingContent[], given: Rendered, linked = false): PhrasingContent[] {
  return nodes.flatMap(node => substitutedNode(node, given, linked))
}

function substitutedNode(
  node: PhrasingContent,
  given: Rendered,
  linked: boolean
): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return textWithValues(node.value, given, linked)
    case 'html':
      return [html(htmlWithValues(node.value, given))]
    case 'inlineCode':
      return [{ type: 'inlineCode', value: singleLine(plain(node.value, given)).trim() }]
    case 'strong':
    case 'emphasis':
      return [{ type: node.type, children: substituted(node.children, given, linked) }]
    case 'delete':
      return [html('<del>'), ...substituted(node.children, given, linked), html('</del>')]
    case 'link': {
      const url = destination(node.url, given)
      // A link refused leaves its text, which GitHub could link again.
      const children = substituted(node.children, given, url !== undefined)
      return url === undefined ? children : [{ ...link(url, children), ...title(node, given) }]
    }
    case 'image': {
      const url = destination(node.url, given)
      const alt = singleLine(plain(node.alt ?? '', given)).trim()
      return url === undefined
        ? literalText(alt)
        : [{ type: 'image', url, alt, ...title(node, given) }]
    }
    case 'linkReference':
      // The README defines its label: GitHub links it to that definition's url.
      return [
        {
          ...referenceOf(node, given),
          type: 'linkReference',
          children: substituted(node.children, given, true)
        }
      ]
    case 'imageReference':
      return [
        {
          ...referenceOf(node, given),
          type: 'imageReference',
          alt: singleLine(plain(node.alt ?? '', given)).trim()
        }
      ]
    case 'break':
      return [{ type: 'break' }]
    default:
      return []
  }
}

/** A reference as the template wrote it, with the README's definition it names. */
function referenceOf(
  { identifier, label, referenceType }: LinkReference | ImageReference,
  given: Rendered
): Pick<LinkReference, 'identifier' | 'label' | 'referenceType' | 'data'> {
  const found = given.references?.[identifier.toUpperCase()]
  const definition = found && { url: found.href, ...(found.title ? { title: found.title } : {}) }
  return { identifier, label, referenceType, ...(definition ? { data: { definition } } : {}) }
}

declare module 'mdast' {
  interface LinkReferenceData {
    /** The README's definition of its label (which an HTML table links to; see html-table.ts). */
    definition?: { url: string; title?: string }
  }
  interface ImageReferenceData {
    /** The README's definition of its label (which an HTML table shows; see html-table.ts). */
    definition?: { url: string; title?: string }
  }
}

/** A link's or image's title (`[x](url "title")`), its values as text; none when it has none. */
function title(node: { title?: string | null }, given: Rendered): { title?: string } {
  const shown = node.title ? singleLine(plain(node.title, given)).trim() : ''
  return shown ? { title: shown } : {}
}

/**
 * The template's text as it is, each value shown literally. Where a value meets the text or
 * another value with no space between, and the two would make a link GitHub finds in text
 * (the template's `https://site` and a value's `.evil.example`, `www` and `.x.example`), an
 * empty comment splits them (not in a link's text, which GitHub links no further).
 */
function textWithValues(value: string, given: Rendered, linked: boolean): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let written = ''
  let lastWasValue = false
  const add = (shown: string, made: PhrasingContent[], isValue: boolean) => {
    if (made.length === 0) return
    if (!linked && (isValue || lastWasValue) && joinMayAutolink(written, shown, !lastWasValue))
      nodes.push(linkBreak())
    for (const node of made) nodes.push(node)
    written = shown
    lastWasValue = isValue
  }
  const { texts, indices } = restoredPieces(value)
  texts.forEach((own, at) => {
    if (own !== '') add(own, [text(own)], false)
    const index = indices[at]
    if (index === undefined) return
    const shown = given.values[index] ?? ''
    const made = given.untrimmed.has(index) ? literalValue(shown) : literalText(shown)
    add(given.untrimmed.has(index) ? valueLine(shown) : singleLine(shown), made, true)
  })
  return nodes
}

/**
 * A tag of the template with each value escaped as an attribute value. In an `href` or `src`
 * the url keeps to the rule of template-url.ts (a value there is text of a url: a value that
 * begins it must make an http(s) url, one after the template's scheme and host stays in the
 * path, query or fragment); a url refused keeps the template's text alone.
 * A value can stand only in an attribute's value: anywhere else in a tag (`<img {{ x }}>`) the
 * tag is not HTML to GitHub, and shows as text.
 */
function htmlWithValues(value: string, given: Rendered): string {
  let result = ''
  for (const piece of tagPieces(value)) {
    if (typeof piece === 'string') result += piece
    else if ('url' in piece) result += urlAttribute(piece, given)
    else {
      const shown = given.values[piece.index] ?? ''
      const escaped = escapedAttribute(singleLine(shown).trim(), piece.unquoted)
      result += piece.comment ? inComment(escaped) : escaped
    }
  }
  return result
}

/**
 * A tag of a cell's shape, worked out once for all its rows: the template's text, each value
 * in an attribute (`unquoted` when in an unquoted one) or a comment, each `href` or `src` that
 * holds values.
 */
type TagPiece = string | { index: number; unquoted: boolean; comment: boolean } | UrlInTag

/** An `href` or `src` with values: its text as written and as a browser reads it. */
interface UrlInTag {
  url: true
  written: UrlPieces
  read: UrlPieces
  unquoted: boolean
}

const tagPieces = memoized((value: string): TagPiece[] => {
  // The template's own `|` is put back first: a value's text is never read as the template's.
  const tag = restored(value)
  const pieces: TagPiece[] = []
  let last = 0
  for (const range of urlAttributes(tag)) {
    pieces.push(...attributePieces(tag, last, range.start), {
      url: true,
      written: urlPieces(tag.slice(range.start, range.end)),
      read: urlPieces(range.decoded),
      unquoted: isUnquoted(tag.slice(0, range.start))
    })
    last = range.end
  }
  return [...pieces, ...attributePieces(tag, last, tag.length)]
}, 1000)

/** The tag's text from `from` to `to`, and each value in it as the text of an attribute. */
function attributePieces(tag: string, from: number, to: number): TagPiece[] {
  const pieces: TagPiece[] = []
  let last = from
  for (const match of tag.slice(from, to).matchAll(TOKEN)) {
    const at = from + match.index
    if (at > last) pieces.push(tag.slice(last, at))
    const before = tag.slice(0, at)
    pieces.push({
      index: Number(match[1]),
      unquoted: isUnquoted(before),
      comment: isInComment(before)
    })
    last = at + match[0].length
  }
  if (to > last) pieces.push(tag.slice(last, to))
  return pieces
}

/** Where an `href` or `src` value that holds values is in a tag, and its text as a browser reads it. */
interface UrlAttribute {
  start: number
  end: number
  /** The value with its character references decoded, its tokens kept. */
  decoded: string
}

/**
 * The `href` and `src` values of a tag that hold values, in order. The tag is one the cell's
 * parse read as inline HTML, its attributes read as a browser reads them (openTag). A tag a
 * browser drops where a cell's HTML stands (`<html>`, `<head>`, `<body>`, `<frameset>`,
 * `<frame>`) has none.
 */
function urlAttributes(tag: string): UrlAttribute[] {
  if (!TOKEN_IN.test(tag)) return []
  const read = openTag(tag)
  if (!read || read.end !== tag.length || DROPPED_TAGS.has(read.name)) return []
  return (['href', 'src'] as const)
    .flatMap(name => {
      const attribute = read.attributes.get(name)
      return attribute?.decoded !== undefined && TOKEN_IN.test(attribute.decoded)
        ? [{ start: attribute.start, end: attribute.end, decoded: attribute.decoded }]
        : []
    })
    .sort((a, b) => a.start - b.start)
}

/** Tags HTML drops where a cell's HTML stands (parsed as a fragment): none of them is an element. */
const DROPPED_TAGS = new Set(['html', 'head', 'body', 'frameset', 'frame'])

const TOKEN_IN = new RegExp(TOKEN.source)

/** An `href` or `src` value whose values are put in its url by the rule of template-url.ts. */
function urlAttribute({ written, read, unquoted }: UrlInTag, given: Rendered): string {
  const filled =
    read.indices.length === written.indices.length ? filledUrl(urlParts(read, given)) : undefined
  if (filled && 'whole' in filled) return escapedAttribute(filled.whole, unquoted)
  return written.texts
    .map((text, index) => {
      const value = filled?.values[index - 1]
      return index === 0 || value === undefined ? text : escapedAttribute(value, unquoted) + text
    })
    .join('')
}

/** A url's text around its tokens, and the values they stand for. */
interface UrlPieces {
  texts: string[]
  indices: number[]
}

function urlPieces(url: string): UrlPieces {
  const texts: string[] = []
  const indices: number[] = []
  let last = 0
  for (const match of url.matchAll(TOKEN)) {
    texts.push(url.slice(last, match.index))
    indices.push(Number(match[1]))
    last = match.index + match[0].length
  }
  texts.push(url.slice(last))
  return { texts, indices }
}

function urlParts({ texts, indices }: UrlPieces, given: Rendered): UrlPart[] {
  const parts: UrlPart[] = [{ text: texts[0]! }]
  indices.forEach((index, at) => {
    parts.push({ value: given.values[index] ?? '' }, { text: texts[at + 1]! })
  })
  return parts
}

/**
 * Whether the tag's text `before` a value ends inside an unquoted attribute value
 * (`<img alt={{ title }}>`), where a space or `=` of the value would end it or start another
 * attribute. Quotes are followed from the tag's start; a comment has no attributes.
 */
function isUnquoted(before: string): boolean {
  if (before.startsWith('<!')) return false
  let quote = ''
  let unquoted = false
  let afterEquals = false
  for (const character of before) {
    if (quote) {
      if (character === quote) quote = ''
    } else if (unquoted) {
      if (/[\t\n\f\r >]/.test(character)) unquoted = false
    } else if (afterEquals) {
      if (character === '"' || character === "'") {
        quote = character
        afterEquals = false
      } else if (!/[\t\n\f\r ]/.test(character)) {
        unquoted = true
        afterEquals = false
      }
    } else if (character === '=') afterEquals = true
  }
  return unquoted || afterEquals
}

/**
 * A value as text of an attribute: quotes and angle brackets as references, and an `&` that a
 * browser would read as the start of a reference: `&amp;`, `&#38`, or a legacy name that
 * needs no semicolon (`&copy 2025` would show ©). In an unquoted value, also the white space,
 * `=` and backtick that would end it.
 */
export function escapedAttribute(value: string, unquoted: boolean): string {
  return unquoted
    ? value.replace(REFERENCE_START.unquoted, '&amp;').replace(UNQUOTED_SYNTAX, reference)
    : value.replace(REFERENCE_START.quoted, '&amp;').replace(QUOTED_SYNTAX, reference)
}

/**
 * Whether HTML that begins with `before` goes on inside a comment: `<!--` with no `-->` after.
 */
export function isInComment(before: string): boolean {
  const opened = before.lastIndexOf('<!--')
  return opened >= 0 && before.indexOf('-->', opened + 4) < 0
}

/**
 * A value's text (escapedAttribute) made safe inside an HTML comment: GitHub (cmark-gfm, by
 * CommonMark 0.29) reads no comment whose text holds `--` or ends with `-`, and shows it as
 * text, so each `-` of the value is written `&#45;` (a comment shows nothing either way).
 */
export function inComment(escaped: string): string {
  return escaped.replaceAll('-', '&#45;')
}

// A legacy name followed by `=` is not read as a reference, but in an unquoted value that `=`
// is written `&#61;`, after which it would be.
const REFERENCE_START = {
  quoted: referenceStart('A-Za-z0-9='),
  unquoted: referenceStart('A-Za-z0-9')
}

/**
 * HTML written by hast-util-to-html (every `&` as `&amp;`) with `&` alone where a browser reads
 * it so, in text and in a quoted attribute alike: before no `#`, no `name;` and no legacy name
 * (`Friends & Family`, `?a=1&ref=b`), as boards' scripts write them.
 */
export function plainAmpersands(html: string): string {
  return html.replace(ESCAPED_PLAIN_AMPERSAND, '&')
}

const ESCAPED_PLAIN_AMPERSAND = new RegExp(
  `&amp;(?!#|[A-Za-z0-9]+;|(?:${characterEntitiesLegacy.join('|')}))`,
  'g'
)

function referenceStart(keepsLegacy: string): RegExp {
  const legacy = characterEntitiesLegacy.join('|')
  return new RegExp(`&(?=#|[A-Za-z0-9]+;|(?:${legacy})(?![${keepsLegacy}]))`, 'g')
}

const reference = (character: string) => `&#${character.charCodeAt(0)};`
const QUOTED_SYNTAX = /["'<>]/g
const UNQUOTED_SYNTAX = /[\0-\x20"'<=>`]/g

/**
 * A link's or image's destination by the rule of template-url.ts, as an `href` is: a value
 * that begins it must make an http(s) url; values after the template's own start stay in its
 * path, query and fragment. A destination of the template's own without values is kept as
 * written. Undefined when refused (the link is dropped, its text kept).
 */
function destination(url: string, given: Rendered): string | undefined {
  const pieces = restoredPieces(url)
  if (pieces.indices.length === 0) return pieces.texts[0]
  const filled = filledUrl(urlParts(pieces, given))
  if (!filled) return undefined
  if ('whole' in filled) return filled.whole
  return pieces.texts
    .map((text, index) => (index === 0 ? '' : filled.values[index - 1]) + text)
    .join('')
}

/** The scheme of an absolute url (RFC 3986), which a relative one has none of. */
export const SCHEME = /^[a-z][a-z\d+.-]*:/i

/** The template's text with each value as it is (for code and an image's alt text). */
function plain(value: string, given: Rendered): string {
  return restored(value).replace(TOKEN, (_, index: string) => given.values[Number(index)] ?? '')
}

/** The template's text around its tokens (its own `|` put back), once for each shape. */
const restoredPieces = memoized((value: string) => urlPieces(restored(value)), 1000)

function restored(value: string): string {
  return value.replace(PIPES, '|')
}
