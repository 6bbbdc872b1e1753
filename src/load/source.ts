/**
 * Where the listings text comes from: an http(s) URL, fetched here, or a path, read through
 * the front end's io (the repository through the API in the action, the disk in the CLI).
 */
import type { ListingsFormat, RunSettings } from '../config/config.js'
import { notFoundAdvice } from '../config/paths.js'
import { errors } from '../errors.js'
import { isUtf8Format, markupKind } from './formats.js'
import { linkSign, nextInLinkHeader, type PagingSign } from './paging.js'

export interface LoadIO {
  /** Reads a path (repository path via the API for the action, local disk for the CLI); undefined when missing. */
  readFile(path: string): Promise<string | undefined>
  /**
   * Optional: streams a local file as pieces of its bytes, split anywhere (the CLI gives it), so
   * huge JSONL never sits in memory whole; undefined when the file is missing. Each piece is
   * read before the next is asked for (the reader may reuse its buffer). The load stage counts
   * the bytes against the limit and decodes them.
   */
  streamFile?(path: string): AsyncIterable<Uint8Array> | undefined
}

export interface Source {
  /** The `listings` input as given, for messages. */
  name: string
  /** The path, or the URL and the address it redirected to: their extensions may tell the format. */
  locations: string[]
  /** The media type a server declared: lower case, without parameters. */
  contentType?: string
  /** For a URL: where the body came from, after redirects; a next page's relative address is read against it. */
  url?: string
  /** For a URL: the next page its `Link` header names (rel="next"), if it names one. */
  paging?: PagingSign
  /** For a URL: the UTF-8 size of its body, counted against `listings-max-bytes` with the pages after it. */
  bytes?: number
  /** The text, in one or more pieces, without a byte order mark. */
  chunks: AsyncIterable<string>
  /** The replacement characters (U+FFFD) the text held, counted as the chunks are read. */
  replaced?: Replacements
  /** The format the text is read as, set by readRecords once it knows it. */
  format?: ListingsFormat
  /**
   * The same text again, for a second read: a URL's body, fetched whole, is read from memory
   * rather than fetched again (a feed that changed in between would stop the run). Undefined
   * for a path, which is read again.
   */
  again?: () => Source
}

/**
 * The replacement characters (U+FFFD) of a text read piece by piece, the mark of bytes that were
 * not UTF-8: how many, and the characters around the first (SAMPLE_SIDE on each side).
 */
export class Replacements {
  count = 0
  /** The characters around the first, as far as read. */
  sample = ''
  /** Characters after the first still to add to `sample` from the next pieces. */
  private wanted = 0
  /** Until the first: the last characters of the pieces seen. */
  private tail = ''

  /** Counts the replacement characters of the text's next piece. */
  see(text: string): void {
    if (this.wanted > 0) {
      this.sample += text.slice(0, this.wanted)
      this.wanted -= Math.min(this.wanted, text.length)
    }
    for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
      if (this.count++ > 0) continue
      const after = text.slice(at, at + SAMPLE_SIDE)
      this.sample = lastOf(this.tail + text.slice(Math.max(0, at - SAMPLE_SIDE), at)) + after
      this.wanted = SAMPLE_SIDE - after.length
    }
    if (this.count === 0) this.tail = lastOf(text.length < SAMPLE_SIDE ? this.tail + text : text)
  }
}

const REPLACEMENT = '\uFFFD'

/** Characters shown on each side of the first replacement character. */
const SAMPLE_SIDE = 20

/** The last SAMPLE_SIDE characters of a text. */
function lastOf(text: string): string {
  return text.slice(-SAMPLE_SIDE)
}

/**
 * Opens `config.listings`. A URL's body and a file alike may hold at most `listings-max-bytes`:
 * a file is cut off with `source-too-large` as soon as it passes the limit, so an endless one
 * (a device, a pipe) stops there too.
 */
export async function openSource(config: RunSettings, io: LoadIO): Promise<Source> {
  const { listings } = config
  if (/^https?:\/\//i.test(listings)) return openUrl(config, listings)
  const otherScheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(listings)?.[1]
  if (otherScheme) throw errors.sourceScheme(listings, otherScheme.toLowerCase())
  return openPath(listings, config.listingsMaxBytes, io)
}

/**
 * Fetches `url`, the listings URL or a page after its first, with the `listings-*` settings
 * (the same header, timeout and size limit): `maxBytes` is what is left of the limit.
 */
export async function openUrl(
  config: RunSettings,
  url: string,
  maxBytes = config.listingsMaxBytes
): Promise<Source> {
  // The HTTP client (with Node's net and dns) loads only for a feed at a URL.
  const { fetchText } = await import('./http.js')
  const fetched = await fetchText(url, {
    timeoutSeconds: config.listingsTimeout,
    maxBytes,
    header: config.listingsHeader,
    utf8Format: body =>
      isUtf8Format(config.listingsFormat, [url, body.url], body.contentType, body.head)
  })
  if (isWebPage(fetched.text, fetched.contentType)) {
    throw errors.sourceWebPage(url, fetched.contentType ?? 'an HTML document', fileAddress(url))
  }
  // The body was held to the limit while it was fetched.
  const next = nextInLinkHeader(fetched.link)
  const source = () => ({
    ...textSource(url, [url, fetched.url], [fetched.text], Infinity, fetched.contentType),
    url: fetched.url,
    bytes: Buffer.byteLength(fetched.text, 'utf8'),
    ...(next !== undefined && { paging: linkSign(next) })
  })
  return { ...source(), again: source }
}

async function openPath(path: string, maxBytes: number, io: LoadIO): Promise<Source> {
  const text = io.streamFile?.(path) ?? (await io.readFile(path))
  if (text === undefined) throw errors.sourceNotFound(path, notFoundAdvice(path))
  return textSource(path, [path], typeof text === 'string' ? [text] : text, maxBytes)
}

/** A Source whose text is `pieces` decoded, counted and checked by sourceChunks. */
function textSource(
  name: string,
  locations: string[],
  pieces: Parameters<typeof sourceChunks>[0],
  maxBytes: number,
  contentType?: string
): Source {
  const replaced = new Replacements()
  const chunks = sourceChunks(pieces, maxBytes, name, replaced)
  return { name, locations, contentType, chunks, replaced }
}

/**
 * A warning for a feed that held replacement characters: a file saved in another encoding
 * (Excel's "CSV" is Windows-1252) shows "Z�rich" on the board; undefined when it held none.
 */
export function replacedWarning(source: Source): string | undefined {
  const { count, sample } = source.replaced ?? new Replacements()
  if (count === 0) return undefined
  const characters =
    count === 1
      ? 'a replacement character'
      : `${count.toLocaleString('en-US')} replacement characters`
  // Excel's advice only where Excel could have saved it: a CSV file, not a server's answer.
  const fix =
    source.url !== undefined
      ? `The server sends bytes that are not UTF-8, and its Content-Type header declares no charset or another one: have it send UTF-8, or declare the charset it sends (as "${source.contentType ?? 'text/csv'}; charset=windows-1252").`
      : source.format === 'csv'
        ? 'Save the file as UTF-8: in Excel, as "CSV UTF-8 (Comma delimited)".'
        : 'Save the file as UTF-8 (the encoding setting of the editor or script that writes it).'
  return `Listings "${source.name}" holds ${characters} (U+FFFD, "\uFFFD"), the mark of text that was not UTF-8 when it was saved or read (the first in "${sample.replace(/\s+/g, ' ')}"); the board shows "\uFFFD" there. ${fix}`
}

/**
 * The address of the file itself, for the page of a file that people link to: a file's page
 * on GitHub or GitLab, a gist, a Google Sheet, a Dropbox share. Undefined for any other.
 */
export function fileAddress(page: string): FileAddress | undefined {
  if (!URL.canParse(page)) return undefined
  const url = new URL(page)
  const path = url.pathname
  const github = /^\/([^/]+)\/([^/]+)\/(?:blob|raw)\/(.+)$/.exec(path)
  if (url.hostname === 'github.com' && github)
    return { url: `https://raw.githubusercontent.com/${github[1]}/${github[2]}/${github[3]}` }
  const gist = /^\/([^/]+)\/([0-9a-f]+)\/?$/i.exec(path)
  if (url.hostname === 'gist.github.com' && gist)
    return { url: `https://gist.githubusercontent.com/${gist[1]}/${gist[2]}/raw` }
  const gitlab = /^(\/.+)\/-\/blob\/(.+)$/.exec(path)
  if (url.hostname === 'gitlab.com' && gitlab)
    return { url: `https://gitlab.com${gitlab[1]}/-/raw/${gitlab[2]}` }
  const sheet = /^\/spreadsheets\/d\/([\w-]+)/.exec(path)
  if (url.hostname === 'docs.google.com' && sheet) {
    const gid = /(?:^|[#&?])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1] ?? '0'
    return {
      url: `https://docs.google.com/spreadsheets/d/${sheet[1]}/export?format=csv&gid=${gid}`,
      note: 'the sheet as CSV; share it as "Anyone with the link" (Viewer), or use File > Share > Publish to web > CSV'
    }
  }
  if (/(^|\.)dropbox\.com$/.test(url.hostname) && url.searchParams.get('dl') !== '1') {
    url.searchParams.set('dl', '1')
    return { url: url.href }
  }
  return undefined
}

/** The file behind a page people link to (fileAddress), with what to know about it. */
export interface FileAddress {
  url: string
  note?: string
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/**
 * Markup declared as HTML, or any body that opens like an HTML document: a login page, an
 * error page, or a repository's page instead of its raw file. A feed merely mislabelled
 * text/html still loads.
 */
function isWebPage(text: string, contentType: string | undefined): boolean {
  const kind = markupKind(text.slice(0, 512))
  return (
    kind === 'web page' ||
    (kind !== undefined && contentType !== undefined && HTML_TYPES.has(contentType))
  )
}

/**
 * The text of the chunks (a text read whole, or a stream's UTF-8 bytes decoded here), without a
 * byte order mark at its start, until their UTF-8 size passes `maxBytes`; then
 * `source-too-large` (a fetched body was held to its limit while it was read). A text that
 * opens with a UTF-16 byte order mark is refused with `source-format`, naming `name`.
 */
export async function* sourceChunks(
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  maxBytes = Infinity,
  name = '',
  replaced = new Replacements()
): AsyncGenerator<string> {
  // TextDecoder in stream mode keeps a character cut between pieces whole, and decodes faster
  // than node:string_decoder (about 3× on Node 24, a quarter on Node 20). The byte order mark
  // stays in its output, to be dropped by `opening` like a text's.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  let bytes = 0
  // The text's first characters, held until there are enough to check; then undefined.
  let head: string | undefined = ''
  for await (const chunk of chunks) {
    const isText = typeof chunk === 'string'
    if (maxBytes !== Infinity) {
      bytes += isText ? Buffer.byteLength(chunk, 'utf8') : chunk.byteLength
      // Leaving the loop closes a stream.
      if (bytes > maxBytes) throw errors.sourceFileTooLarge(name, maxBytes)
    }
    let text = isText ? chunk : decoder.decode(chunk, STREAM)
    if (head !== undefined) {
      head += text
      if (head.length < HEAD_LENGTH) continue
      text = opening(head, name)
      head = undefined
    }
    if (text === '') continue
    replaced.see(text)
    yield text
  }
  // A replacement character for bytes that end in the middle of a character.
  let rest = decoder.decode()
  if (head !== undefined) rest = opening(head + rest, name)
  if (rest === '') return
  replaced.see(rest)
  yield rest
}

/**
 * The start of a feed's text without its byte order mark; refused when it is a file of
 * another kind (a workbook, a compressed file) or UTF-16 text.
 */
function opening(text: string, name: string): string {
  const binary = NOT_TEXT.find(({ start }) => text.startsWith(start))
  if (binary) throw errors.sourceNotText(name, binary.kind, binary.compressed)
  if (text.startsWith(UTF_16_MARK)) throw errors.sourceEncoding(name)
  if (UTF_16_UNMARKED.test(text)) throw errors.sourceEncoding(name, false)
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/**
 * Files that are not text, by their first bytes read as UTF-8 (a byte UTF-8 cannot start a
 * character with reads as U+FFFD), whether decoded here or by the reader of a whole file.
 */
const NOT_TEXT = [
  // PK 03 04: .xlsx and .ods are ZIP archives of XML files.
  {
    start: 'PK\u0003\u0004',
    kind: 'a ZIP archive, such as an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)',
    compressed: false
  },
  // D0 CF 11 E0: an OLE2 compound file, what Excel 97-2003 saved.
  { start: '\uFFFD\uFFFD\u0011', kind: 'an Excel 97-2003 workbook (.xls)', compressed: false },
  // 1F 8B: gzip.
  { start: '\u001F\uFFFD', kind: 'a gzip-compressed file', compressed: true }
] as const

/**
 * A UTF-16 (or UTF-32) byte order mark, FF FE or FE FF, read as UTF-8: two bytes UTF-8 never
 * has, so two replacement characters, whether decoded here or by the reader of a whole file.
 */
const UTF_16_MARK = '\uFFFD\uFFFD'

/**
 * UTF-16 without a byte order mark, read as UTF-8: each letter or digit of its start is two
 * bytes, one of them NUL (`c\0o\0` little-endian, `\0c\0o` big-endian), a byte no text feed
 * holds.
 */
const UTF_16_UNMARKED = /^(?:[^\0]\0[^\0]\0|\0[^\0]\0[^\0])/

/** The characters of a text's start that tell what it is. */
const HEAD_LENGTH = 4

const STREAM = { stream: true }
