/**
 * One posting's page, asked whether it is still there: HEAD first, and GET when HEAD gives
 * anything but a success or a 429 (servers refuse HEAD with 405 or 501, some answer it wrongly,
 * some never answer it or reset it), so a posting is never judged dead on a HEAD alone: not on
 * its 404 or 410, nor on its redirect to a closed page; and one whose HEAD times out or fails is
 * still judged by its GET, which has a timeout of its own. Redirects are followed by hand, each hop waiting
 * for its host's turn: a hop to a "no longer available" page ends the check at once (dead); a
 * loop or too many hops is unknown. A hop that a public address sent may only connect to a
 * public one, as for the listings (load/http-addresses.ts).
 */
import type { Agent, Response } from 'undici'
import { isIP } from 'node:net'
import {
  addressScope,
  guardedLookup,
  hostScope,
  PrivateAddress,
  systemResolver,
  type AddressScope,
  type Resolver
} from '../load/http-addresses.js'
import { redactCredentials } from '../log-text.js'
import { isClosedPage } from './settings.js'

/** What a posting's page said. `reason` is for people: "answered 404 Not Found". */
export type Verdict =
  | { status: 'alive'; reason: string }
  | { status: 'dead'; reason: string }
  | { status: 'unknown'; reason: string }

export interface RequestOptions {
  /** Seconds one request may take to answer (its body is never read). */
  timeoutSeconds: number
  /** Pages that mean "no longer available" (see settings.ts). */
  closedUrls: readonly string[]
  /** The User-Agent header: the project and where to read about it. */
  userAgent: string
  /** Waits until the host of `url` may be asked again. */
  pace(url: string): Promise<void>
  /** Default 5. */
  maxRedirects?: number
  /** Resolves host names before connecting. Default: the system resolver. */
  resolve?: Resolver
  /** The posting itself must be on a public address, not only the hops a public one sends to. */
  publicOnly?: boolean
}

export async function checkPosting(url: string, options: RequestOptions): Promise<Verdict> {
  const verdict = await judged(url, options)
  // Said in the log and the job summary: an address a server named (a redirect's, an error's)
  // without its user, password or key-like query values.
  return { ...verdict, reason: redactCredentials(verdict.reason) }
}

async function judged(url: string, options: RequestOptions): Promise<Verdict> {
  const head = await follow(url, 'HEAD', options)
  // A posting the check may not request (a private address) is not asked again: GET would be
  // refused the same way.
  if (head.kind === 'verdict' && head.refused) return head.verdict
  if (head.kind === 'answer' && isSuccess(head.status))
    return { status: 'alive', reason: `answered ${head.said}` }
  if (head.kind === 'answer' && head.status === 429) return retryLater(head.said)
  // Anything else is asked again with GET, in a request of its own with its own timeout: a
  // dead verdict (a redirect to a closed page) is never taken from HEAD alone, and a server
  // that never answers HEAD, resets it or loops on it may still answer GET.
  const get = await follow(url, 'GET', options)
  const verdict = getVerdict(get)
  // When HEAD failed without an answer, the reason says so: GET's verdict is the one that counts.
  if (head.kind === 'verdict' && head.verdict.status === 'unknown')
    return {
      ...verdict,
      reason:
        verdict.reason === head.verdict.reason
          ? `${verdict.reason} (HEAD and GET)`
          : `${verdict.reason} (to GET; HEAD ${head.verdict.reason})`
    }
  return verdict
}

function getVerdict(get: Followed): Verdict {
  if (get.kind === 'verdict') return get.verdict
  if (isSuccess(get.status)) return { status: 'alive', reason: `answered ${get.said}` }
  if (get.status === 404 || get.status === 410)
    return { status: 'dead', reason: `answered ${get.said}` }
  if (get.status === 429 || get.status >= 500) return retryLater(get.said)
  return { status: 'unknown', reason: `answered ${get.said}, which does not say the page is gone` }
}

/** The longest status text a reason quotes. */
const STATUS_TEXT_SHOWN = 100
/** The most header bytes an answer may send (a browser takes about this many). */
const MAX_HEADER_BYTES = 256 * 1024

/** The last answer of a redirect chain, or a verdict reached on the way. */
type Followed = { kind: 'answer'; status: number; said: string } | VerdictHop

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const ACCEPT = 'text/html,application/xhtml+xml,*/*;q=0.8'

async function follow(
  url: string,
  method: 'HEAD' | 'GET',
  options: RequestOptions
): Promise<Followed> {
  const maxRedirects = options.maxRedirects ?? 5
  const seen = new Set<string>()
  let current = url
  let sender: AddressScope | undefined
  for (let redirects = 0; ; redirects++) {
    seen.add(current)
    await options.pace(current)
    const guard =
      redirects === 0
        ? options.publicOnly
          ? 'posting'
          : 'none'
        : sender === 'public' || options.publicOnly
          ? 'redirect'
          : 'none'
    const hop = await request(current, method, guard, options)
    if (hop.kind === 'verdict') return hop
    const { response, scope } = hop
    // A status text is a few words; a server's 100,000 characters are cut, not echoed.
    const text =
      response.statusText.length > STATUS_TEXT_SHOWN
        ? `${response.statusText.slice(0, STATUS_TEXT_SHOWN)}…`
        : response.statusText
    const said = `${response.status}${text ? ` ${text}` : ''}`
    const header = response.headers.get('location')
    if (!REDIRECT_STATUSES.has(response.status) || header === null)
      return { kind: 'answer', status: response.status, said }
    const location = locationOf(header)
    if (location === undefined) return unknown(`redirected to several addresses at once: ${header}`)
    const next = URL.parse(location, current)
    if (next?.protocol !== 'http:' && next?.protocol !== 'https:')
      return unknown(`redirected to "${location}", not an http(s) address`)
    next.hash = ''
    // A browser would not follow it, nor ask the user for the password.
    if (next.username !== '' || next.password !== '')
      return unknown(
        `redirected to an address with a user or password before its host, which is not requested: ${next.href}`
      )
    if (isClosedPage(next.href, options.closedUrls))
      return { kind: 'verdict', verdict: { status: 'dead', reason: `redirected to ${next.href}` } }
    if (seen.has(next.href)) return unknown(`redirects in a loop (back to ${next.href})`)
    if (redirects === maxRedirects) return unknown(`redirects more than ${maxRedirects} times`)
    current = next.href
    sender = scope
  }
}

/**
 * The address a `Location` header names, as a browser reads it: its bytes as UTF-8 (fetch gives
 * each byte as a character, so `münchen` sent raw reads `mÃ¼nchen`), Latin-1 when they are no
 * UTF-8; the header sent twice alike (which fetch joins with ", ") as one. Undefined for headers
 * that name different addresses, which browsers refuse to follow.
 */
function locationOf(header: string): string | undefined {
  const bytes = Buffer.from(header, 'latin1')
  let text = header
  // Only when every character is a byte: else the text is not fetch's reading of bytes.
  if (bytes.toString('latin1') === header && /[\x80-\xff]/.test(header)) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      // No UTF-8: each byte is its character, as fetch read it.
    }
  }
  const parts = text.split(', ')
  if (parts.length === 1 || parts.every(part => part === parts[0])) return parts[0]
  // A comma and a space inside one address (a query's `Berlin, DE`), unless its parts are
  // each an address of their own.
  return parts.every(part => /^(?:https?:\/\/|\/)/i.test(part)) ? undefined : text
}

type Hop = { kind: 'response'; response: Response; scope: AddressScope | undefined } | VerdictHop

/**
 * A verdict reached without a final answer. `refused`: the check itself would not connect (an
 * address that is not public), so asking again with another method is pointless.
 */
interface VerdictHop {
  kind: 'verdict'
  verdict: Verdict
  refused?: boolean
}

/**
 * Which addresses a hop may connect to: any (`none`), or only public ones, the posting's own
 * address (`posting`) or one a redirect sent to (`redirect`).
 */
type Guard = 'none' | 'posting' | 'redirect'

/** One request, answered by its status line and headers; the body is never read. */
async function request(
  url: string,
  method: 'HEAD' | 'GET',
  guard: Guard,
  options: RequestOptions
): Promise<Hop> {
  // undici is CommonJS: its exports are the default export of the module import() loads.
  const { Agent, fetch } = (await import('undici')).default
  const { hostname } = new URL(url)
  const literal = ipLiteral(hostname)
  let scope = literal === undefined ? undefined : addressScope(literal)
  const publicOnly = guard !== 'none'
  if (guard === 'posting') {
    const onItsFace = hostScope(url)
    if (onItsFace !== undefined && onItsFace !== 'public')
      return refused(notRequested(`${literal ?? hostname} is a ${onItsFace} address`))
  }
  if (publicOnly && scope !== undefined && scope !== 'public')
    return refused(`a public address redirected to ${literal}, a ${scope} address`)
  const agent: Agent = new Agent({
    // Sites that set many cookies send more than undici's 16 KiB of headers; browsers take more.
    maxHeaderSize: MAX_HEADER_BYTES,
    connect: {
      lookup: guardedLookup(options.resolve ?? systemResolver, publicOnly, seen => (scope = seen))
    }
  })
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), options.timeoutSeconds * 1000)
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: deadline.signal,
      headers: { 'user-agent': options.userAgent, accept: ACCEPT },
      dispatcher: agent
    })
    // Only the status matters: the body is left unread, and cancelling it closes the connection.
    await response.body?.cancel().catch(() => {})
    return { kind: 'response', response, scope }
  } catch (error) {
    if (deadline.signal.aborted) return unknown(`did not answer within ${options.timeoutSeconds} s`)
    // The address a name resolved to is not said: it may be the runner's own network's.
    const privateAddress = (error as { cause?: unknown }).cause instanceof PrivateAddress
    if (guard === 'posting' && privateAddress)
      return refused(notRequested(`${hostname} resolves to an address that is not public`))
    const reason = `could not be reached (${networkProblem(error)})`
    return privateAddress ? refused(reason) : unknown(reason)
  } finally {
    clearTimeout(timer)
    await agent.destroy().catch(() => {})
  }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

function retryLater(said: string): Verdict {
  return { status: 'unknown', reason: `answered ${said}; asked again on the next run` }
}

function unknown(reason: string): VerdictHop {
  return { kind: 'verdict', verdict: { status: 'unknown', reason } }
}

function refused(reason: string): VerdictHop {
  return { ...unknown(reason), refused: true }
}

function notRequested(why: string): string {
  return `not requested: ${why}, which only the runner's own network could reach (link-private-hosts allows it)`
}

function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1')
  return isIP(bare) ? bare : undefined
}

/** fetch says "fetch failed" and puts the reason (ECONNREFUSED, a refused address) in `cause`. */
function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)
}
