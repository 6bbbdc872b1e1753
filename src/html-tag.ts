/**
 * The attributes of an HTML open tag as a browser reads them, for a tag a CommonMark parser has
 * read as inline HTML (an open tag of its grammar): names in any case, the first of a name
 * counting, values double-quoted, single-quoted or bare, each value's character references
 * decoded as in an attribute (`&amp;` is `&`, `&copy=` stays as written). Change detection reads
 * a cell's `<a href>` with it; a cell template's `href` and `src` are filled through it.
 */
import { decodeHTMLAttribute } from 'entities'

export interface OpenTag {
  /** The tag's name, lower case. */
  name: string
  /** Its attributes by name (lower case), the first of each name. */
  attributes: Map<string, TagAttribute>
  /** Where the tag ends in the text read: after its `>`. */
  end: number
}

export interface TagAttribute {
  /** Where the value stands in the tag (inside its quotes); both at the name for no value. */
  start: number
  end: number
  /** The value with its character references decoded; undefined for an attribute with none. */
  decoded: string | undefined
}

/** The open tag `text` starts with; undefined when it starts with none (a comment, a closing tag). */
export function openTag(text: string): OpenTag | undefined {
  const name = TAG_NAME.exec(text)
  if (!name) return undefined
  const attributes = new Map<string, TagAttribute>()
  let at = name[0].length
  for (;;) {
    ATTRIBUTE.lastIndex = at
    const match = ATTRIBUTE.exec(text)
    if (!match) break
    at = ATTRIBUTE.lastIndex
    const attribute = match[1]!.toLowerCase()
    if (attributes.has(attribute)) continue
    const value = match[2] ?? match[3] ?? match[4]
    // A quoted value ends before its closing quote.
    const end = value === undefined || match[4] !== undefined ? at : at - 1
    attributes.set(attribute, {
      start: end - (value?.length ?? 0),
      end,
      decoded: value === undefined ? undefined : decodeHTMLAttribute(value)
    })
  }
  const close = TAG_END.exec(text.slice(at))
  return close ? { name: name[1]!.toLowerCase(), attributes, end: at + close[0].length } : undefined
}

// An open tag by CommonMark's grammar: its name, each attribute (its value double-quoted,
// single-quoted or unquoted), its end.
const TAG_NAME = /^<([A-Za-z][A-Za-z\d-]*)/
const ATTRIBUTE =
  /[\t\n\f\r ]+([A-Za-z_:][\w.:-]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\0-\x20"'=<>`]+)))?/y
const TAG_END = /^[\t\n\f\r ]*\/?>/
