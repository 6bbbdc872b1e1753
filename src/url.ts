/** URL helpers shared by validation (default ids), dedupe and rendering. */

export function isHttpUrl(text: string): boolean {
  return parseHttpUrl(text) !== undefined
}

export function parseHttpUrl(text: string): URL | undefined {
  // One parse: URL.canParse and then new URL would parse every posting address twice.
  const url = URL.parse(text)
  return url?.protocol === 'http:' || url?.protocol === 'https:' ? url : undefined
}

/** Whether two posting links are one page (normalizeUrl); never for a listing without one. */
export function sameUrl(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normalizeUrl(a) === normalizeUrl(b)
}

/**
 * Whether two links are one posting's page as a reader pastes it (sameUrl), `http:` or
 * `https:` and a `www.` before the host aside: the page found over plain http, or on the
 * site's www host, is the posting the listings file links otherwise. A contribution is told
 * apart from the postings listed so.
 */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && pageKey(a) === pageKey(b)
}

function pageKey(link: string): string {
  return normalizeUrl(link).replace(/^https?:\/\/(?:www\.)?/, '//')
}

/**
 * The identity of a posting's address: scheme and host lower case, `utm_*` parameters,
 * the fragment and a trailing slash removed. Two listings with the same normalized url
 * are the same opening.
 */
export function normalizeUrl(text: string): string {
  const trimmed = text.trim()
  return httpUrlIdentity(trimmed) ?? trimmed
}

/**
 * What normalizeUrl makes of an http(s) address; undefined for any other text. The last address
 * asked is remembered with its answer: a posting's link is asked by its validation and then by
 * each board's dedupe, one listing after the other, and is parsed once.
 */
export function httpUrlIdentity(text: string): string | undefined {
  if (text !== lastAsked) {
    lastIdentity = identityOf(parseHttpUrl(text))
    lastAsked = text
  }
  return lastIdentity
}

/**
 * Whether an http(s) address names a user or a password before its host
 * (`https://careers.acme.example@evil.example/`): a link that reads as one site and opens
 * another, or publishes a password. Read from the address's identity, parsed once.
 */
export function hasUserInfo(text: string): boolean {
  const identity = httpUrlIdentity(text)
  if (identity === undefined) return false
  // The authority runs from "//" to the path's "/", which every http(s) address has; its user
  // part is percent-encoded, so an "@" in it ends the user information.
  const start = identity.indexOf('//') + 2
  const at = identity.indexOf('@', start)
  return at !== -1 && at < identity.indexOf('/', start)
}

let lastAsked: string | undefined
let lastIdentity: string | undefined

function identityOf(url: URL | undefined): string | undefined {
  if (!url) return undefined
  // URL already lower-cases scheme and host, drops a default port and percent-encodes each
  // part, so the parts are joined as they are: setting them back on the URL would parse
  // and serialize it once per part, for every listing of a feed.
  const { protocol, username, password, hostname, port, pathname, search } = url
  const user =
    username === '' && password === '' ? '' : `${username}${password === '' ? '' : `:${password}`}@`
  // `jobs.example.` (the root's dot) is `jobs.example`; `%2D` is `-` (unreserved characters
  // mean the same escaped or not, RFC 3986).
  const host = `${hostname.endsWith('.') ? hostname.slice(0, -1) : hostname}${port === '' ? '' : `:${port}`}`
  const rest = `${withoutTrailingSlashes(pathname)}${search === '' ? '' : withoutTracking(search)}`
  return `${protocol}//${user}${host}${rest.includes('%') ? withUnreservedDecoded(rest) : rest}`
}

/**
 * `href` with each percent-encoded unreserved character written as itself (`%7E` -> `~`,
 * `%41` -> `A`) and every other escape in upper case: two spellings of one address made one.
 */
export function withUnreservedDecoded(href: string): string {
  return href.replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16))
    return /^[A-Za-z0-9\-._~]$/.test(character) ? character : escape.toUpperCase()
  })
}

/** The path without slashes at its end, but never empty: `/` stays. */
function withoutTrailingSlashes(pathname: string): string {
  let end = pathname.length
  while (end > 1 && pathname.charCodeAt(end - 1) === SLASH) end--
  return end === pathname.length ? pathname : pathname.slice(0, end)
}

const SLASH = 0x2f

/**
 * The query without `utm_*` pairs, the others kept exactly as written: re-encoding them
 * (as URLSearchParams does) would make `a:b` and `a%3Ab` two different postings.
 */
export function withoutTracking(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter(pair => pair !== '' && !/^utm_/i.test(pair))
  return kept.length > 0 ? `?${kept.join('&')}` : ''
}

/**
 * A link as the README's Markdown writes it (render/markdown.ts): its spaces and control
 * characters, which no link can hold, percent-encoded (`about us` is `about%20us`); the rest as
 * given. A feed writes its links so too, so that a reader opens the page the README links to.
 */
export function encodedLink(url: string): string {
  // A lone surrogate has no UTF-8 bytes: it is written as U+FFFD, as a URL parser does.
  return url.replace(UNLINKABLE, char =>
    /\p{Cs}/u.test(char) ? '%EF%BF%BD' : encodeURIComponent(char)
  )
}

// Control characters and spaces, and what XML 1.0 forbids in text (lone surrogates, U+FFFE and
// U+FFFF), which would make a feed that links the address unreadable.
const UNLINKABLE = /[\p{Cc} \p{Cs}\uFFFE\uFFFF]/gu

/** The tracking parameters a board adds to its posting links. */
export interface Tracking {
  source: string
  medium: string
  campaign: string
}

/**
 * The posting url with the board's tracking parameters; undefined `utm` leaves it as given.
 * Every `utm_*` parameter already there is dropped, so a feed's own tracking never mixes with
 * ours; other parameters stay as written.
 */
export function withUtm(url: string, utm: Tracking | undefined): string {
  if (!utm) return url
  const parsed = new URL(url)
  const ours = trackingQuery(utm)
  const kept = withoutTracking(parsed.search)
  parsed.search = kept ? `${kept}&${ours}` : `?${ours}`
  return parsed.href
}

/** The board's tracking parameters as a query, encoded once per board. */
function trackingQuery(utm: Tracking): string {
  let query = trackingQueries.get(utm)
  if (query === undefined) {
    query = new URLSearchParams({
      utm_source: utm.source,
      utm_medium: utm.medium,
      utm_campaign: utm.campaign
    }).toString()
    trackingQueries.set(utm, query)
  }
  return query
}

const trackingQueries = new WeakMap<Tracking, string>()
