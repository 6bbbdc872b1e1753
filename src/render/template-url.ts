/**
 * The one rule for a url that holds feed values, in an HTML `href` or `src` and in a Markdown
 * link or image destination alike (template-mdast.ts): a value can never change the scheme or
 * the host of a url the template began.
 *
 * The url is read as a browser reads it (the WHATWG URL parser, on a README's https page), the
 * template's text moving freely from scheme to authority to path, query and fragment. A value
 * that begins the url (`{{ url }}`, `{{ url }}?ref=board`) or writes the host the template left
 * open (`https://{{ domain }}/jobs`) is checked as any link: the url must be http(s). A value
 * after the template's own scheme and host is confined to the path, query and fragment:
 *
 * - `https://jobs.example/{{ id }}` with `123?ref=x` is the path `/123` and the query `ref=x`;
 * - `/{{ slug }}` with `/evil.example/x` writes `/%2Fevil.example/x`, not `//evil.example/x`
 *   (another host); `\` is `%5C` anywhere, since a browser reads it as `/`;
 * - `{{ x }}`'s `:` is `%3A` while the template's text could still be a scheme (`java{{ x }}`);
 * - right after the template's host (`https://site{{ path }}`) a value must start the path,
 *   query or fragment (`/`, `?`, `#`): `.evil.example`, `@evil.example` or `:8080` would change
 *   the host, even percent-encoded (a browser decodes a host), and the url is refused.
 *
 * Everything of a value that is not url syntax (spaces, quotes, `<`, non-ASCII) is
 * percent-encoded; a `%` that starts an escape is kept.
 */

import { hasUserInfo } from '../url.js'

/** A piece of a url: the template's own text as a browser reads it, or a feed value. */
export type UrlPart = { text: string } | { value: string }

/**
 * The url of `parts`: each value as written into it, or (when a value began the url and a
 * browser would not read it as written) the whole url in its parsed form; undefined when the
 * url is refused.
 */
export type FilledUrl = { values: string[] } | { whole: string } | undefined

export function filledUrl(parts: readonly UrlPart[]): FilledUrl {
  const cursor: Cursor = { state: 'start', special: true, scheme: '', host: '' }
  let url = ''
  let checked = false
  const values: string[] = []
  // Where the url read so far stands matters only to a part that writes something after it.
  const readOn = parts.findLastIndex(part => !('text' in part) || part.text !== '')
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!
    if ('text' in part) {
      url += part.text
      for (const character of part.text) step(cursor, character)
      continue
    }
    const value = part.value.trim()
    const opens = opensUrl(cursor)
    let written: string
    if (opens) {
      // The template's text goes on in the host after it (`https://{{ sub }}.example.com`):
      // the value is a part of that host, nothing more.
      const next = parts[index + 1]
      const host = cursor.state !== 'start'
      if (host && next && 'text' in next && continuesHost(next.text) && !HOST_LABELS.test(value))
        return undefined
      checked = true
      written = value
    } else {
      // After the template's host, only the path, the query or the fragment can begin.
      if (cursor.state === 'authority' && value !== '' && !ENDS_AUTHORITY.test(value))
        return undefined
      written = confined(value, cursor)
    }
    if (opens && index < readOn) for (const character of written) step(cursor, character)
    values.push(written)
    url += written
  }
  if (!checked) return { values }
  const web = webUrl(url)
  if (web === undefined) return undefined
  return web === url.trim() ? { values } : { whole: web }
}

/**
 * An http(s) url as written when a browser reads it the same on any page (no space, control
 * character or backslash), else in its parsed form; undefined when it is not one, or when it
 * names a user or password before its host (`https://acme.example@evil.example/`: a link that
 * reads as one site and opens another), which no posting's link is (load/normalize.ts).
 */
export function webUrl(url: string): string | undefined {
  const trimmed = url.trim()
  if (hasUserInfo(trimmed)) return undefined
  if (/^https?:\/\/[^\s\\\p{C}]+$/iu.test(trimmed)) return trimmed
  const parsed = URL.parse(trimmed)
  return parsed?.protocol === 'http:' || parsed?.protocol === 'https:' ? parsed.href : undefined
}

/** Where the url read so far stands, as the WHATWG URL parser would go on from it. */
interface Cursor {
  state:
    | 'start' // nothing but spaces yet
    | 'scheme' // letters that a `:` would make a scheme
    | 'afterScheme' // `https:`
    | 'slash' // one `/` where a second would start an authority
    | 'slashes' // `https://`, `//`: the authority begins
    | 'authority'
    | 'path'
    | 'query'
    | 'fragment'
  /** Whether `\` is a `/` (http(s), ws(s), ftp, file, or relative to the README's https page). */
  special: boolean
  scheme: string
  /** The host's text so far (after any `user@`). */
  host: string
}

const SPECIAL_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file'])

/** Moves `cursor` past one character of the url. A browser drops tabs and line breaks in it. */
function step(cursor: Cursor, character: string): void {
  if (character === '\t' || character === '\n' || character === '\r') return
  const slash = character === '/' || (character === '\\' && cursor.special)
  switch (cursor.state) {
    case 'start':
      if (character <= ' ') return
      if (/[a-z]/i.test(character)) {
        cursor.state = 'scheme'
        cursor.scheme = character
      } else beginRelative(cursor, character, slash)
      return
    case 'scheme':
      if (/[a-z\d+.-]/i.test(character)) cursor.scheme += character
      else if (character === ':') {
        cursor.scheme = cursor.scheme.toLowerCase()
        cursor.special = SPECIAL_SCHEMES.has(cursor.scheme)
        cursor.state = 'afterScheme'
      } else {
        cursor.scheme = ''
        beginRelative(cursor, character, slash)
      }
      return
    case 'afterScheme':
      // `https:x` reads `x` as the host; `mailto:x` is a path.
      if (cursor.special) {
        if (slash) cursor.state = 'slashes'
        else enterAuthority(cursor, character)
      } else cursor.state = slash ? 'slash' : afterPath(character)
      return
    case 'slash':
      cursor.state = slash ? 'slashes' : afterPath(character)
      return
    case 'slashes':
      if (!(slash && cursor.special)) enterAuthority(cursor, character)
      return
    case 'authority':
      if (slash) cursor.state = 'path'
      else if (character === '?') cursor.state = 'query'
      else if (character === '#') cursor.state = 'fragment'
      else if (character === '@') cursor.host = ''
      else cursor.host += character
      return
    case 'path':
      if (character === '?' || character === '#') cursor.state = afterPath(character)
      return
    case 'query':
      if (character === '#') cursor.state = 'fragment'
      return
    case 'fragment':
      return
  }
}

function beginRelative(cursor: Cursor, character: string, slash: boolean): void {
  cursor.state = slash ? 'slash' : afterPath(character)
}

function enterAuthority(cursor: Cursor, character: string): void {
  cursor.state = 'authority'
  cursor.host = ''
  step(cursor, character)
}

function afterPath(character: string): Cursor['state'] {
  return character === '?' ? 'query' : character === '#' ? 'fragment' : 'path'
}

/**
 * Whether a value here begins the url or writes its host: nothing but spaces before it, or a
 * scheme and `//` (or a `user@`) with no host yet.
 */
function opensUrl(cursor: Cursor): boolean {
  return (
    cursor.state === 'start' ||
    (cursor.special && cursor.state === 'afterScheme') ||
    cursor.state === 'slashes' ||
    (cursor.state === 'authority' && cursor.host === '')
  )
}

/** Whether the template's text after a value goes on writing the host. */
function continuesHost(text: string): boolean {
  const first = text.replace(/[\t\n\r]/g, '')[0]
  return first !== undefined && first > ' ' && !/[/\\?#]/.test(first)
}

const HOST_LABELS = /^[a-z\d.-]*$/i
const ENDS_AUTHORITY = /^[/?#]/

/** A value in the path, query or fragment the template began, moving `cursor` past it. */
function confined(value: string, cursor: Cursor): string {
  let written = ''
  const characters = [...value]
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]!
    let escaped: string
    if (character === '%' && /^[\da-f]{2}$/i.test(characters.slice(index + 1, index + 3).join('')))
      escaped = character
    else if (!URL_SYNTAX.test(character)) escaped = percentEncoded(character)
    // `:` would end a scheme; a second `/` would start an authority (another host).
    else if (cursor.state === 'scheme' && character === ':') escaped = '%3A'
    else if (cursor.state === 'slash' && character === '/') escaped = '%2F'
    else escaped = character
    for (const each of escaped) step(cursor, each)
    written += escaped
  }
  return written
}

/** What a value keeps as it is: the url syntax encodeURI keeps, and letters and digits. */
const URL_SYNTAX = /^[A-Za-z\d;/?:@&=+$,#\-_.!~*'()]$/

const ENCODER = new TextEncoder()

function percentEncoded(character: string): string {
  let encoded = ''
  for (const byte of ENCODER.encode(character))
    encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  return encoded
}
