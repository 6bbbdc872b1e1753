/**
 * Fetches a URL source with the limits an unattended run needs: one deadline per try that
 * covers a server that never answers and one that trickles bytes forever, a size cap
 * enforced while the body streams in, a few retries for server errors and network failures,
 * and redirects followed by hand so that each hop must be http(s), and a hop that a public
 * address sent may only connect to a public one (http-addresses.ts).
 */
import { isUtf8 } from 'node:buffer'
import { isIP } from 'node:net'
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream'
import zlib from 'node:zlib'
import type { Agent, Dispatcher, Response } from 'undici'
import { errors, isBoardError, type BoardError } from '../errors.js'
import { redactCredentials } from '../log-text.js'
import { timeOf } from '../time.js'
import {
  addressScope,
  guardedLookup,
  PrivateAddress,
  systemResolver,
  type AddressScope,
  type Resolver
} from './http-addresses.js'

export interface FetchOptions {
  /** Seconds one try may take, from the request to the last byte of the body. */
  timeoutSeconds: number
  /** The largest body accepted, in bytes. */
  maxBytes: number
  /** One extra request header, such as a feed key. A secret: never part of a message, and sent only to the URL's own origin (a redirect elsewhere drops it). */
  header?: { name: string; value: string }
  /** Milliseconds to wait before each retry; its length is the number of retries. Default [500, 1500]. */
  retryDelaysMs?: readonly number[]
  /** Default 5. */
  maxRedirects?: number
  /** Resolves host names before connecting. Default: the system resolver. */
  resolve?: Resolver
  /**
   * Whether the body is in a format that is UTF-8 whatever its Content-Type charset says (JSON,
   * JSONL, YAML), told by its media type, the address it came from and its first bytes (as
   * Latin-1); such a body whose bytes are not UTF-8 is read by its declared charset. Default:
   * none is, and a declared charset decodes a body without a byte order mark.
   */
  utf8Format?: (body: { contentType?: string; url: string; head: string }) => boolean
}

export interface FetchedText {
  text: string
  /** Lower case, without parameters; undefined when the server declared none. */
  contentType?: string
  /** Where the body came from, after redirects. */
  url: string
  /** The answer's `Link` header, which may name a next page; undefined when it has none. */
  link?: string
}

/**
 * The body of `url` as text. Retries a 5xx or 429 answer and a failed connection; throws
 * `source-http`, `source-timeout`, `source-too-large`, `source-scheme` or `source-redirect`
 * BoardErrors.
 */
export async function fetchText(url: string, options: FetchOptions): Promise<FetchedText> {
  const delays = options.retryDelaysMs ?? [500, 1500]
  for (let retry = 0; ; retry++) {
    const attempt = await fetchOnce(url, options)
    if (attempt.ok) return attempt.fetched
    const delay = delays[retry]
    if (!attempt.retry || delay === undefined) throw attempt.error
    // A server that says when to come back (Retry-After) is waited for, up to MAX_WAIT_MS.
    await new Promise(resolve => setTimeout(resolve, Math.max(delay, attempt.waitMs ?? 0)))
  }
}

type Attempt =
  | { ok: true; fetched: FetchedText }
  | { ok: false; error: BoardError; retry: boolean; waitMs?: number }

/** The longest Retry-After a run waits for; a server asking for more fails the run. */
const MAX_WAIT_MS = 60_000

/** Milliseconds a Retry-After header asks for: seconds, or an HTTP date; undefined for none. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const time = timeOf(text)
  return time === undefined ? undefined : Math.max(0, time - Date.now())
}

const ACCEPT = 'application/json, application/x-ndjson, text/csv, application/yaml, */*;q=0.5'

async function fetchOnce(url: string, options: FetchOptions): Promise<Attempt> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), options.timeoutSeconds * 1000)
  const agents: Agent[] = []
  try {
    const { response, finalUrl } = await followRedirects(url, options, deadline.signal, agents)
    if (!response.ok) {
      await response.body?.cancel()
      const retryable = response.status >= 500 || response.status === 429
      const waitMs = retryable ? retryAfterMs(response.headers.get('retry-after')) : undefined
      const tooLong = waitMs !== undefined && waitMs > MAX_WAIT_MS
      return {
        ok: false,
        error: errors.sourceHttp(
          url,
          response.status,
          response.statusText,
          tooLong
            ? { askedSeconds: Math.ceil(waitMs / 1000), maxSeconds: MAX_WAIT_MS / 1000 }
            : undefined
        ),
        retry: retryable && !tooLong,
        waitMs
      }
    }
    const contentType = response.headers.get('content-type') ?? undefined
    const bytes = await readBody(response, url, options.maxBytes).catch((error: unknown) => {
      if (deadline.signal.aborted || isBoardError(error)) throw error
      throw errors.sourceBroken(url, networkProblem(error, options.header))
    })
    const utf8Format = () =>
      options.utf8Format?.({
        contentType: mediaTypeOf(contentType),
        url: finalUrl,
        head: bytes.subarray(0, HEAD_BYTES).toString('latin1')
      }) ?? false
    const text = decodeBody(contentType, bytes, utf8Format)
    const link = response.headers.get('link') ?? undefined
    return {
      ok: true,
      fetched: { text, contentType: mediaTypeOf(contentType), url: finalUrl, link }
    }
  } catch (error) {
    if (deadline.signal.aborted) {
      return { ok: false, error: errors.sourceTimeout(url, options.timeoutSeconds), retry: false }
    }
    if (isBoardError(error)) return { ok: false, error, retry: error.code === 'source-broken' }
    const problem = networkProblem(error, options.header)
    return { ok: false, error: errors.sourceUnreachable(url, problem), retry: true }
  } finally {
    clearTimeout(timer)
    await Promise.all(agents.map(agent => agent.destroy()))
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/**
 * Requests `url` and the redirects it leads to, each hop through its own connection. A hop
 * that a public address sent may only connect to a public address: its host is checked as
 * written when it is an IP address, else as resolved, before connecting.
 */
async function followRedirects(
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
  agents: Agent[]
): Promise<{ response: Response; finalUrl: string }> {
  // undici is CommonJS: its exports are the default export of the module import() loads.
  const { Agent, fetch } = (await import('undici')).default
  const resolve = options.resolve ?? systemResolver
  const maxRedirects = options.maxRedirects ?? 5
  const origin = new URL(url).origin
  if (new URL(url).username || new URL(url).password) throw errors.sourceUserInfo(url)
  let current = url
  let sender: AddressScope | undefined
  for (let redirects = 0; ; redirects++) {
    const publicOnly = sender === 'public'
    const literal = ipLiteral(new URL(current).hostname)
    let scope = literal === undefined ? undefined : addressScope(literal)
    if (publicOnly && scope !== undefined && scope !== 'public')
      throw errors.sourceRedirectPrivate(url, current, literal ?? '', scope)
    const agent = new Agent({
      connect: { lookup: guardedLookup(resolve, publicOnly, seen => (scope = seen)) }
    })
    agents.push(agent)
    const headers: Record<string, string> = { accept: ACCEPT }
    if (options.header && new URL(current).origin === origin)
      headers[options.header.name] = options.header.value
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers,
      dispatcher: agent.compose(keepBodyCoded)
    }).catch((error: unknown) => {
      const refused = (error as { cause?: unknown }).cause
      if (refused instanceof PrivateAddress)
        throw errors.sourceRedirectPrivate(url, current, refused.address, refused.scope)
      throw error
    })
    const location = response.headers.get('location')
    if (!REDIRECT_STATUSES.has(response.status) || location === null)
      return { response, finalUrl: current }
    await response.body?.cancel()
    if (redirects === maxRedirects) {
      throw errors.sourceHttp(
        url,
        response.status,
        `${response.statusText} (more than ${maxRedirects} redirects)`
      )
    }
    const next = new URL(location, current)
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw errors.sourceScheme(url, next.protocol.slice(0, -1))
    }
    current = next.href
    sender = scope
  }
}

/** The IP address a URL's host names, without IPv6 brackets; undefined for a host name. */
function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1')
  return isIP(bare) ? bare : undefined
}

/**
 * The header a response's Content-Encoding is moved to before fetch sees it, so that fetch
 * hands over the body as sent and readBody decodes it. fetch decodes leniently, as browsers
 * do: a gzip or brotli stream cut short passes as a shorter body, and a feed that lost its
 * tail would be published as if whole.
 */
const CODING_HEADER = 'x-jobs-readme-content-encoding'

const keepBodyCoded: Dispatcher.DispatchInterceptor = dispatch => (options, handler) => {
  const onHeaders = handler.onHeaders
  if (onHeaders) {
    handler.onHeaders = function (status, rawHeaders, resume, statusText) {
      for (let i = 0; i < rawHeaders.length; i += 2) {
        if (String(rawHeaders[i]).toLowerCase() === 'content-encoding')
          rawHeaders[i] = Buffer.from(CODING_HEADER)
      }
      return onHeaders.call(this, status, rawHeaders, resume, statusText)
    }
  }
  return dispatch(options, handler)
}

/**
 * Decodes a body by the decoder `create` makes for its first bytes, made only when a byte comes:
 * an empty body is empty whatever its Content-Encoding (a proxy or CDN sends `Content-Encoding:
 * gzip` on an empty answer), while a body that starts and ends early fails its decoder.
 */
class Decoder extends Transform {
  private decoder: Transform | undefined

  constructor(private readonly create: (first: Buffer) => Transform) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.decoder) {
      if (chunk.length === 0) return done()
      const decoder = this.create(chunk)
      decoder.on('data', (bytes: Buffer) => this.push(bytes))
      decoder.on('error', error => this.destroy(error))
      this.decoder = decoder
    }
    this.decoder.write(chunk, done)
  }

  override _flush(done: TransformCallback): void {
    if (!this.decoder) return done()
    this.decoder.once('end', () => done())
    this.decoder.end()
  }
}

/**
 * The strict decoders of a Content-Encoding, in the order they apply: each fails on a stream
 * that ends early, and gives an empty body for an empty one. None for an identity body or a
 * coding they do not know (left as sent). A deflate body is inflated zlib-wrapped as the
 * standard says or raw as some servers send it.
 */
function decodersOf(contentEncoding: string | null): Transform[] {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map(coding => coding.trim())
    .filter(coding => coding !== '' && coding !== 'identity')
  const decoders: Transform[] = []
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip')
      decoders.push(new Decoder(() => zlib.createGunzip()))
    else if (coding === 'br') decoders.push(new Decoder(() => zlib.createBrotliDecompress()))
    else if (coding === 'deflate')
      decoders.push(
        new Decoder(first =>
          (first[0]! & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw()
        )
      )
    else return []
  }
  return decoders
}

/** Reads the body, stopping as soon as it passes `maxBytes` (a declared length is checked first). */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Buffer> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel()
    throw errors.sourceTooLarge(url, maxBytes)
  }
  if (!response.body) return Buffer.alloc(0)
  const parts: Uint8Array[] = []
  let received = 0
  const decoders = decodersOf(response.headers.get(CODING_HEADER))
  let body: AsyncIterable<Uint8Array> = response.body
  if (decoders.length > 0) {
    // pipeline destroys every stream with the first error, so the loop below throws it.
    const raw = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
    pipeline([raw, ...decoders], () => {})
    body = decoders[decoders.length - 1]!
  }
  for await (const bytes of body) {
    received += bytes.byteLength
    // Leaving the loop cancels the body, which closes the connection.
    if (received > maxBytes) throw errors.sourceTooLarge(url, maxBytes)
    parts.push(bytes)
  }
  return Buffer.concat(parts)
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() || undefined
}

/** The bytes of a body's start that tell its format (formats.ts sniffs as much). */
const HEAD_BYTES = 64 * 1024

/**
 * The text of a body. Its encoding: the one its byte order mark names, whatever the label says;
 * else UTF-8 for a format that is UTF-8 whatever the label (`utf8Format`: JSON, JSONL, YAML,
 * RFC 8259 section 8.1) when the bytes are valid UTF-8, since then the label is the one that
 * is wrong; else the declared charset when TextDecoder knows it; else UTF-8.
 */
function decodeBody(contentType: string | undefined, bytes: Buffer, utf8Format: () => boolean) {
  const charset = charsetOf(contentType, bytes, utf8Format)
  // Decoded as a stream, then ended: Node 20.18.3+ and 22.13+ read windows-1252 (and the labels
  // the Encoding standard makes its aliases: iso-8859-1, latin1, ascii) in one whole decode()
  // as Latin-1, 0x92 as U+0092 instead of U+2019 (nodejs/node#56542); its stream path maps
  // 0x80-0x9F as the standard says.
  const decoder = new TextDecoder(charset)
  return decoder.decode(bytes, { stream: true }) + decoder.decode()
}

function charsetOf(
  contentType: string | undefined,
  bytes: Buffer,
  utf8Format: () => boolean
): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const label = /;\s*charset="?([^";\s]+)/i.exec(contentType ?? '')?.[1]
  if (label === undefined) return 'utf-8'
  let charset: string
  try {
    charset = new TextDecoder(label).encoding
  } catch {
    return 'utf-8'
  }
  if (charset === 'utf-8' || !utf8Format() || !isUtf8(bytes)) return charset
  return 'utf-8'
}

/**
 * What the network layer said, without the header's secret value or a URL's credentials
 * should it quote them. fetch reports "fetch failed" and puts the reason (ECONNREFUSED, ...)
 * in `cause`.
 */
function networkProblem(error: unknown, header: FetchOptions['header']): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const said = cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)
  return redactCredentials(header?.value ? said.replaceAll(header.value, '***') : said)
}
