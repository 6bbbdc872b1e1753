/**
 * Whether an answer is one page of several: job APIs say so in the fields around the list
 * (Workable's `paging.next`, SmartRecruiters' `totalFound`, The Muse's `page_count`,
 * Algolia's `nbPages`, Adzuna's `count`, a GraphQL `pageInfo.hasNextPage`) or in a
 * `Link: <...>; rel="next"` header (GitHub, Greenhouse's Harvest API). The run reads one answer
 * (pages are not followed), so it warns, naming the field or header.
 */
import { redactCredentials } from '../log-text.js'
import { isRecord } from '../record.js'
import { timeOf } from '../time.js'

/**
 * What in a parsed answer says it is one page of several, or how it tells where the next page
 * is. `name` is where: the field (`paging.next`) or `Link header`.
 */
export interface PagingSign {
  name: string
  /**
   * `next`: names the next page (its address, cursor, token or number); `more`: a flag that more
   * pages follow; `pages`: a count of pages; `total`: a count of the records of every page.
   */
  kind: 'next' | 'more' | 'pages' | 'total'
  /** For `next`: the next page's address as written, when the value is one (a URL, absolute or relative). */
  address?: string
  /** For `pages` and `total`: the count. */
  count?: number
  /** True for a sign in the answer's header (`Link`), not a field of its body. */
  header?: boolean
  /**
   * For `next`: true for a cursor under a name without "next" (TOKEN_KEYS), which says nothing
   * on a page reached by following a next page's address: such an API pages by address, and a
   * cursor beside it is this page's own.
   */
  token?: boolean
}

/**
 * What in the document around the list says it holds more than this page: the signs, in the
 * document's order (none when nothing does). `document` is the parsed answer, `path` the keys
 * that lead to the list of records in it. Only objects are looked into: the members of each
 * object on the path and the objects they hold, MAX_DEPTH keys down. A cursor under a name
 * without "next" (TOKEN_KEYS) counts only where a paging cursor lives: beside the list (a
 * member of an object on the path) or in an object whose name says paging (PAGING_KEYS), and
 * none counts when the document says this is the last page (a flag of more pages that is
 * false, a next page's key that is null or blank: `has_more: false`, `next_cursor: null`).
 */
export function pagingInDocument(document: unknown, path: readonly string[]): PagingSign[] {
  const found: Found = { signs: [], last: false }
  let value = document
  for (const [depth, key] of path.entries()) {
    if (!isRecord(value)) break
    const around = Object.entries(value).filter(([member]) => member !== key)
    look(around, path.slice(0, depth), found, MAX_DEPTH, true)
    value = (value as Record<string, unknown>)[key]
  }
  return found.last ? found.signs.filter(sign => !sign.token) : found.signs
}

/** What look found: the signs, and whether a field says this is the last page. */
interface Found {
  signs: PagingSign[]
  last: boolean
}

/** Keys looked down into objects around the list (`meta.pagination.total_pages`). */
const MAX_DEPTH = 3

/** Signs named in the warning, at most. */
const MAX_SIGNS = 2

/**
 * Names of an object that holds an answer's paging (`pagination.cursor`, `meta.cursor`,
 * `cursors.after`, `links.next`), where a cursor without "next" in its name counts; and
 * Reddit's `data` (`{"kind": "Listing", "data": {"after": ..., "children": [...]}}`).
 */
const PAGING_KEYS = new Set([
  'pagination',
  'paging',
  'pager',
  'page',
  'pageinfo',
  'pagemeta',
  'meta',
  'metadata',
  'links',
  'link',
  'cursors',
  'data'
])

function look(
  entries: [string, unknown][],
  at: readonly string[],
  found: Found,
  depth: number,
  paging: boolean
): void {
  for (const [key, value] of entries) {
    const name = [...at, key].join('.')
    const normal = normalized(key)
    if (isLast(normal, value)) found.last = true
    const sign = signOf(normal, name, value)
    if (sign !== undefined) {
      if (paging || !sign.token) found.signs.push(sign)
    } else if (isRecord(value) && depth > 1)
      look(Object.entries(value), [...at, key], found, depth - 1, PAGING_KEYS.has(normal))
  }
}

/**
 * Whether a field says this page is the last: a flag of more pages that is false (`has_more:
 * false`), or a next page's key that is null or blank (`next: null`, `next_cursor: ""`).
 */
function isLast(key: string, value: unknown): boolean {
  if (MORE_KEYS.has(key)) return value === false || value === 'false'
  if (NEXT_KEYS.has(key)) {
    const next = isRecord(value) ? (value as Record<string, unknown>).href : value
    return next === null || (typeof next === 'string' && next.trim() === '')
  }
  return false
}

/** A key lower case, without separators: `next_page`, `nextPage` and `next-page` are one. */
function normalized(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** Keys of the next page's address, cursor or number (null or blank on the last page). */
const NEXT_KEYS = new Set([
  'next',
  'nextpage',
  'nexturl',
  'nextlink',
  'nexthref',
  'nextpageurl',
  'nextpagelink',
  'nextcursor',
  'nextpagecursor',
  'nextpagetoken',
  'nexttoken',
  'nextoffset',
  'odatanextlink'
])

/**
 * Of NEXT_KEYS, those that hold a cursor, token or offset to send back, never the next page's
 * address: the run cannot build the request from them.
 */
const CURSOR_KEYS = new Set([
  'nextcursor',
  'nextpagecursor',
  'nextpagetoken',
  'nexttoken',
  'nextoffset'
])

/**
 * Keys of a cursor or token that only names where the next page starts, under a name that
 * does not say "next": Airtable's `offset` beside `records`, `cursor`, `continuation_token`,
 * Dynatrace's `nextPageKey`, Elasticsearch's `_scroll_id`, DynamoDB's `LastEvaluatedKey` (an
 * object), a GraphQL or Reddit `after`. A sign when it holds a token (a string that is no
 * number, or an object with members); a number is the position of this page (`"offset": 0`),
 * and null or blank marks the last page.
 */
const TOKEN_KEYS = new Set([
  'offset',
  'cursor',
  'continuation',
  'continuationtoken',
  'nextpagekey',
  'scrollid',
  'lastevaluatedkey',
  'after',
  'pagetoken',
  'resumptiontoken'
])

/** Flags that say more pages follow. */
const MORE_KEYS = new Set([
  'hasnext',
  'hasnextpage',
  'hasmore',
  'hasmoreitems',
  'hasmoreresults',
  'morepages'
])

/** How many pages there are: more than one says the answer is one of them. */
const PAGE_COUNT_KEYS = new Set([
  'pagecount',
  'totalpages',
  'nbpages',
  'numpages',
  'pagestotal',
  'lastpage',
  'numberofpages'
])

/**
 * How many records the whole set holds: more than the list says it is a part. USAJobs gives
 * its `SearchResultCountAll` beside the page's `SearchResultCount`, and `UserArea.NumberOfPages`.
 */
const TOTAL_KEYS = new Set([
  'total',
  'totalcount',
  'totalfound',
  'totalresults',
  'totalitems',
  'totalelements',
  'totalhits',
  'totalrecords',
  'totalsize',
  'totaljobs',
  'totaljobcount',
  'nbhits',
  'numfound',
  'count',
  'found',
  'resultcount',
  'hitcount',
  'searchresultcountall'
])

function signOf(key: string, name: string, value: unknown): PagingSign | undefined {
  if (NEXT_KEYS.has(key)) {
    // HAL's `_links.next: {href: ...}`.
    const next = isRecord(value) ? (value as Record<string, unknown>).href : value
    if (typeof next === 'number' && next > 0) return { name, kind: 'next' }
    if (typeof next !== 'string' || next.trim() === '') return undefined
    const address = !CURSOR_KEYS.has(key) && isAddress(next.trim()) ? next.trim() : undefined
    return { name, kind: 'next', ...(address !== undefined && { address }) }
  }
  if (TOKEN_KEYS.has(key)) return isToken(value) ? { name, kind: 'next', token: true } : undefined
  if (MORE_KEYS.has(key))
    return value === true || value === 'true' ? { name, kind: 'more' } : undefined
  if (PAGE_COUNT_KEYS.has(key)) {
    const count = countOf(value)
    return count !== undefined ? { name, kind: 'pages', count } : undefined
  }
  if (TOTAL_KEYS.has(key)) {
    // Elasticsearch's `hits.total: {"value": 1234, "relation": "eq"}`.
    const count = countOf(isRecord(value) ? (value as Record<string, unknown>).value : value)
    return count !== undefined ? { name, kind: 'total', count } : undefined
  }
  return undefined
}

/**
 * Whether the value of a cursor key (TOKEN_KEYS) is a token to send back: a string that is no
 * number (`"offset": "0"` is this page's position), no date or time (`"after": "2025-10-01"`,
 * a search's bound) and no time zone's offset (`"offset": "+02:00"`), or an object with
 * members (DynamoDB's `LastEvaluatedKey`). Null or blank marks the last page.
 */
function isToken(value: unknown): boolean {
  if (isRecord(value)) return Object.keys(value).length > 0
  if (typeof value !== 'string') return false
  const text = value.trim()
  return text !== '' && !/^\d+$/.test(text) && !ZONE_OFFSET.test(text) && timeOf(text) === undefined
}

/** A time zone's offset from UTC: `+02:00`, `-0500`, `UTC+2`, `GMT-03:30`, `Z`. */
const ZONE_OFFSET = /^(?:(?:utc|gmt) ?)?[+\-\u2212]\d{1,2}(?::?\d{2})?$|^z$/i

/**
 * Whether the value of a next key is the next page's address rather than a cursor or a page
 * number: an http(s) URL, or a reference relative to the page (`/jobs?page=2`, `?page=2`,
 * `./jobs?page=2`, `../v2/jobs?page=2`), also one that starts with a path segment (RFC 3986's
 * relative-path reference: `jobs-2.json`, `jobs?page=2`, `v2/jobs`) when it reads as one: it
 * has a query of `name=value`, a folder, or a file's extension. A bare token
 * (`eyJvZmZzZXQiOjUwfQ==`, `2`, `c2`) is none.
 */
function isAddress(value: string): boolean {
  if (/^https?:\/\/[^\s]+$/i.test(value) || /^(?:\/|\?|\.{1,2}\/)\S*$/.test(value)) return true
  const reference = RELATIVE_PATH.exec(value)
  if (!reference) return false
  const [, path = '', query] = reference
  return (
    (query !== undefined && /(?:^|&)[^=&]+=/.test(query)) ||
    /[^/]\/[^/]*[a-z]/i.test(path) ||
    /\.[a-z][a-z\d]{0,4}$/.test(path)
  )
}

/**
 * A relative-path reference: segments of path characters (no `:` in the first, which would be a
 * scheme; no `=` or `+`, which tokens end with and paths seldom hold), then a query.
 */
const RELATIVE_PATH = /^([\w.~%!$&'()*,;@-]+(?:\/[\w.~%!$&'()*,;:@-]*)*)(?:\?([^\s#]*))?(?:#\S*)?$/

/**
 * The phrase for the warning of a sign, or undefined when it says nothing more is left: a
 * count of pages not past the pages read, a total not past the records read (of every page).
 */
export function signPhrase(sign: PagingSign, records: number, pages: number): string | undefined {
  const { name, kind, count = 0 } = sign
  if (kind === 'next') return `its ${name} names a next page`
  if (kind === 'more') return `its ${name} is true`
  if (kind === 'pages') return count > pages ? `its ${name} is ${count} pages` : undefined
  const held = pages > 1 ? `the ${pages} pages read hold` : 'the answer holds'
  return count > records
    ? `its ${name} is ${count.toLocaleString('en-US')} records where ${held} ${records.toLocaleString('en-US')}`
    : undefined
}

/** The phrase for the warning of the signs of one answer, MAX_SIGNS at most; undefined for none. */
export function signsPhrase(
  signs: readonly PagingSign[],
  records: number,
  pages: number
): string | undefined {
  const phrases = signs.flatMap(sign => signPhrase(sign, records, pages) ?? [])
  return phrases.length > 0 ? phrases.slice(0, MAX_SIGNS).join('; ') : undefined
}

/** A whole count, as a number or its digits. */
function countOf(value: unknown): number | undefined {
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof count === 'number' && Number.isSafeInteger(count) ? count : undefined
}

/**
 * The next page's address an HTTP `Link` header names (`<https://...?page=2>; rel="next"`, RFC
 * 8288; a link may have several relation types, `rel="next last"`), as written: absolute, or
 * relative to the page; undefined when it names none.
 */
export function nextInLinkHeader(link: string | undefined): string | undefined {
  if (link === undefined) return undefined
  for (const [, target, params] of link.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*(?:"[^"]*")?)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params ?? '')
    const types = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)
    if (types.includes('next')) return (target ?? '').trim()
  }
  return undefined
}

/** The sign of a `Link` header that names a next page. */
export function linkSign(address: string): PagingSign {
  return { name: 'Link header (rel="next")', kind: 'next', address, header: true }
}

/**
 * The warning for a source whose last answer read is one page of several, `sign` saying how it
 * tells, but names no next page's address the run could follow (a cursor, a flag, a count), or
 * is a file. `pages`: how many pages were read.
 */
export function pagingWarning(source: string, sign: string, pages: number, isUrl: boolean): string {
  const how = isUrl
    ? `The run follows pages only where an answer names the next page's address, in a Link header with rel="next" or a field holding its URL (next, next_url, nextLink, paging.next, @odata.nextLink, HAL's _links.next.href), and this one names no such address (a cursor, token or page number is none), so the run read ${pages > 1 ? `these ${pages} pages` : 'this one page'} (README "Listings from a URL"). If the API can give the next page's URL in such a field, ask for it; else ask for its largest page (such as with a limit or per_page parameter), or fetch every page into one file and point "listings" at it.`
    : `A file is read as it is, one answer (README "Listings from a URL"): fetch every page into one file, or point "listings" at the API's URL, whose pages are followed where it names the next page's address.`
  return redactCredentials(
    `Listings "${source}" is one page of a paged answer: ${sign}${pages > 1 ? ` (page ${pages}, the last read)` : ''}. ${how}`
  )
}

/** Pages read so far of a listings URL, for the rules of the next. */
export interface PagesRead {
  /** The `listings` input, for messages. */
  source: string
  /** The addresses of the pages read (requested and, after redirects, answered), without fragments. */
  seen: Set<string>
  /** How many pages were read. */
  pages: number
  /** How many records they held. */
  records: number
  /** `listings-max-pages`. */
  maxPages: number
}

/**
 * Where to read the next page, named by `sign` (its `address`) on the page at `page` (its
 * address after redirects): the absolute URL, or the warning for why reading stops here,
 * keeping the pages read: an address that is no http(s) URL; one on another origin than
 * `listings` (the pages, and the header, go to the first URL's origin only); one read already
 * (the pages go round); or `listings-max-pages` pages read already.
 */
export function nextPage(
  sign: PagingSign,
  page: string,
  read: PagesRead
): { url: string } | { stop: string } {
  const { source, pages, records, maxPages } = read
  const kept = `so the run stops there and keeps the ${records.toLocaleString('en-US')} ${records === 1 ? 'record' : 'records'} of the ${pages === 1 ? 'page' : `${pages} pages`} read`
  const named = `Listings "${source}": page ${pages} names its next page in its ${sign.header ? '' : 'field '}${sign.name}`
  const url = URL.parse(sign.address ?? '', page)
  const stop = (text: string) => ({ stop: redactCredentials(text) })
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return stop(
      `${named} as "${sign.address}", which is no http(s) address, ${kept}. Check the API's paging, or fetch every page into one file and point "listings" at it.`
    )
  url.hash = ''
  const origin = new URL(source).origin
  if (url.origin !== origin)
    return stop(
      `${named} at ${url.origin}, another origin than the listings URL's (${origin}): pages are read from the listings URL's own origin only, where "listings-header" goes, ${kept}. If the pages are meant to come from there, fetch every page into one file and point "listings" at it.`
    )
  if (read.seen.has(url.href))
    return stop(
      `${named} as ${url.href}, a page read already: the pages go round in a circle, ${kept}. Check the API's paging (its next page should move on).`
    )
  if (pages >= maxPages)
    return stop(
      `Listings "${source}" has more pages than "listings-max-pages" (${maxPages.toLocaleString('en-US')}) lets the run read: it read ${pages.toLocaleString('en-US')} pages (${records.toLocaleString('en-US')} records) and stops before the next, ${url.href}. Raise "listings-max-pages" to read every page, or ask the API for larger pages (such as with a limit or per_page parameter).`
    )
  return { url: url.href }
}
