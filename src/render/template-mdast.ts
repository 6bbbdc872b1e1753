/**
 * A rendered cell template as mdast phrasing. The template's text is parsed as the content of
 * a GFM table cell, with its values still tokens (template-values.ts); then each token is put
 * back as what it landed in: text (shown literally, see text.ts), a link or image destination
 * (an http(s) url, or relative with the template's own start; else the link is dropped and its
 * text kept), code, or inside an HTML
 * tag (an attribute value, escaped). The Markdown writer escapes the rest.
 */

import { characterEntitiesLegacy } from 'character-entities-legacy'
import type { PhrasingContent } from 'mdast'
import { gfmTree } from '../gfm.js'
import { memoized } from '../memo.js'
import { html, link, text } from './nodes.js'
import { literalText, literalValue, singleLine } from './text.js'
import { TOKEN, type Rendered } from './template-values.js'

/** The phrasing of a cell whose template rendered `markup`, its tokens standing for values. */
export function toPhrasing(markup: string, given: Rendered): PhrasingContent[] {
  const whole = /[\r\n]/.test(markup) ? markup.replace(/\s*[\r\n]+\s*/g, ' ') : markup
  const line = whole.trim()
  const nodes = line === '' ? [] : substituted(parsed(line), given)
  if (line.length < whole.length) EDGES.set(nodes, whole.replace(line, '\0'))
  return nodes
}

/**
 * The white space at the edges of the line a cell's phrasing was parsed from, around a NUL:
 * GitHub does not show it, but a value's there (the tab of an untrimmed `Skyworks\t`) tells the
 * cell from one without it, as a board's script tells the names apart.
 */
export function cellEdges(cell: readonly PhrasingContent[]): string {
  return EDGES.get(cell) ?? ''
}

const EDGES = new WeakMap<readonly PhrasingContent[], string>()

// Rows of a table render the same few shapes with different values: each shape is parsed once.
const parsed = memoized((line: string): PhrasingContent[] => {
  // A `|` of the template is text: it stands aside while the cell is parsed.
  const cell = line.replaceAll('|', PIPE)
  const tree = gfmTree(`| |\n| - |\n| ${cell} |`)
  const table = tree.children[0]
  return table?.type === 'table' ? (table.children[1]?.children[0]?.children ?? []) : []
})

const PIPE = '\uE002'
const PIPES = /\uE002/g

function substituted(nodes: PhrasingContent[], given: Rendered): PhrasingContent[] {
  return nodes.flatMap(node => substitutedNode(node, given))
}

function substitutedNode(node: PhrasingContent, given: Rendered): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return textWithValues(node.value, given)
    case 'html':
      return [html(htmlWithValues(node.value, given))]
    case 'inlineCode':
      return [{ type: 'inlineCode', value: singleLine(plain(node.value, given)).trim() }]
    case 'strong':
    case 'emphasis':
      return [{ type: node.type, children: substituted(node.children, given) }]
    case 'delete':
      return [html('<del>'), ...substituted(node.children, given), html('</del>')]
    case 'link': {
      const url = destination(node.url, given)
      const children = substituted(node.children, given)
      return url === undefined ? children : [{ ...link(url, children), ...title(node, given) }]
    }
    case 'image': {
      const url = destination(node.url, given)
      const alt = singleLine(plain(node.alt ?? '', given)).trim()
      return url === undefined
        ? literalText(alt)
        : [{ type: 'image', url, alt, ...title(node, given) }]
    }
    case 'break':
      return [{ type: 'break' }]
    default:
      return []
  }
}

/** A link's or image's title (`[x](url "title")`), its values as text; none when it has none. */
function title(node: { title?: string | null }, given: Rendered): { title?: string } {
  const shown = node.title ? singleLine(plain(node.title, given)).trim() : ''
  return shown ? { title: shown } : {}
}

/** The template's text as it is, each value shown literally. */
function textWithValues(value: string, given: Rendered): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(TOKEN)) {
    if (match.index > last) nodes.push(text(restored(value.slice(last, match.index))))
    const index = Number(match[1])
    const shown = given.values[index] ?? ''
    nodes.push(...(given.untrimmed.has(index) ? literalValue(shown) : literalText(shown)))
    last = match.index + match[0].length
  }
  if (last < value.length) nodes.push(text(restored(value.slice(last))))
  return nodes
}

/**
 * A tag of the template with each value escaped as an attribute value (a url: only http(s)).
 * A value can stand only in an attribute's value: anywhere else in a tag (`<img {{ x }}>`) the
 * tag is not HTML to GitHub, and shows as text.
 */
function htmlWithValues(value: string, given: Rendered): string {
  // The template's own `|` is put back first: a value's text is never read as the template's.
  const tag = restored(value)
  return tag.replace(TOKEN, (_, index: string, offset: number) => {
    const shown = given.values[Number(index)] ?? ''
    const before = tag.slice(0, offset)
    const inUrl = URL_ATTRIBUTE.test(before)
    const text = inUrl ? (webUrl(shown) ?? '') : singleLine(shown).trim()
    return escapedAttribute(text, isUnquoted(before))
  })
}

// The token is the start of an href or src attribute's value (after white space an untrimmed
// value put there: a browser drops it from a url).
const URL_ATTRIBUTE = /\s(?:href|src)\s*=\s*["']?\s*$/i

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
function escapedAttribute(value: string, unquoted: boolean): string {
  return unquoted
    ? value.replace(REFERENCE_START.unquoted, '&amp;').replace(UNQUOTED_SYNTAX, reference)
    : value.replace(REFERENCE_START.quoted, '&amp;').replace(QUOTED_SYNTAX, reference)
}

// A legacy name followed by `=` is not read as a reference, but in an unquoted value that `=`
// is written `&#61;`, after which it would be.
const REFERENCE_START = {
  quoted: referenceStart('A-Za-z0-9='),
  unquoted: referenceStart('A-Za-z0-9')
}

function referenceStart(keepsLegacy: string): RegExp {
  const legacy = characterEntitiesLegacy.join('|')
  return new RegExp(`&(?=#|[A-Za-z0-9]+;|(?:${legacy})(?![${keepsLegacy}]))`, 'g')
}

const reference = (character: string) => `&#${character.charCodeAt(0)};`
const QUOTED_SYNTAX = /["'<>]/g
const UNQUOTED_SYNTAX = /[\0-\x20"'<=>`]/g

/**
 * A link's destination: a value that is the whole destination must be an http(s) url; values
 * inside the template's own url are percent-encoded, and the result must be an http(s) url
 * or, when the template's own text starts it, a relative one, such as a page of the
 * repository (`/companies/{{ id }}.md`): a value encoded has no `:` to make a scheme of. A destination of the template's own without values
 * is kept as written.
 */
function destination(url: string, given: Rendered): string | undefined {
  const whole = WHOLE_TOKEN.exec(url)
  if (whole) return webUrl(given.values[Number(whole[1])] ?? '')
  if (!url.match(TOKEN)) return restored(url)
  const filled = restored(url).replace(TOKEN, (_, index: string) =>
    encodeURIComponent(given.values[Number(index)] ?? '')
  )
  const relative = !TOKEN_AT_START.test(url) && !SCHEME.test(filled)
  return relative ? filled : webUrl(filled)
}

const TOKEN_AT_START = new RegExp(`^${TOKEN.source}`)

/** The scheme of an absolute url (RFC 3986), which a relative one has none of. */
export const SCHEME = /^[a-z][a-z\d+.-]*:/i

const WHOLE_TOKEN = new RegExp(`^${TOKEN.source}$`)

/**
 * An http(s) url as written when a browser reads it the same on any page (no space, control
 * character or backslash), else in its parsed form; undefined when it is not one.
 */
function webUrl(url: string): string | undefined {
  const trimmed = url.trim()
  if (/^https?:\/\/[^\s\\\p{C}]+$/iu.test(trimmed)) return trimmed
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** The template's text with each value as it is (for code and an image's alt text). */
function plain(value: string, given: Rendered): string {
  return restored(value).replace(TOKEN, (_, index: string) => given.values[Number(index)] ?? '')
}

function restored(value: string): string {
  return value.replace(PIPES, '|')
}
