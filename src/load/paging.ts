/**
 * Whether an answer is one page of several: job APIs say so in the fields around the list
 * (Workable's `paging.next`, SmartRecruiters' `totalFound`, The Muse's `page_count`,
 * Algolia's `nbPages`, Adzuna's `count`, a GraphQL `pageInfo.hasNextPage`) or in a
 * `Link: <...>; rel="next"` header (GitHub, Greenhouse's Harvest API). The run reads one answer
 * (pages are not followed), so it warns, naming the field or header.
 */
import { isRecord } from '../record.js'

/**
 * What in the document around the list says it holds more than this page: a phrase naming the
 * field (`paging.next names a next page`), or undefined. `document` is the parsed answer,
 * `path` the keys that lead to the list of records in it, `shown` how many records the list
 * holds. Only objects are looked into: the members of each object on the path and the objects
 * they hold, MAX_DEPTH keys down.
 */
export function pagingInDocument(
  document: unknown,
  path: readonly string[],
  shown: number
): string | undefined {
  const signs: string[] = []
  let value = document
  for (const [depth, key] of path.entries()) {
    if (!isRecord(value)) break
    const around = Object.entries(value).filter(([member]) => member !== key)
    look(around, path.slice(0, depth), shown, signs, MAX_DEPTH)
    value = (value as Record<string, unknown>)[key]
  }
  return signs.length > 0 ? signs.slice(0, MAX_SIGNS).join('; ') : undefined
}

/** Keys looked down into objects around the list (`meta.pagination.total_pages`). */
const MAX_DEPTH = 3

/** Signs named in the warning, at most. */
const MAX_SIGNS = 2

function look(
  entries: [string, unknown][],
  at: readonly string[],
  shown: number,
  signs: string[],
  depth: number
): void {
  for (const [key, value] of entries) {
    const name = [...at, key].join('.')
    const sign = signOf(normalized(key), name, value, shown)
    if (sign !== undefined) signs.push(sign)
    else if (isRecord(value) && depth > 1)
      look(Object.entries(value), [...at, key], shown, signs, depth - 1)
  }
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
  'lastpage'
])

/** How many records the whole set holds: more than the list says it is a part. */
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
  'hitcount'
])

function signOf(key: string, name: string, value: unknown, shown: number): string | undefined {
  if (NEXT_KEYS.has(key)) {
    // HAL's `_links.next: {href: ...}`.
    const next = isRecord(value) ? (value as Record<string, unknown>).href : value
    if ((typeof next === 'string' && next.trim() !== '') || (typeof next === 'number' && next > 0))
      return `its ${name} names a next page`
    return undefined
  }
  if (MORE_KEYS.has(key))
    return value === true || value === 'true' ? `its ${name} is true` : undefined
  if (PAGE_COUNT_KEYS.has(key)) {
    const pages = countOf(value)
    return pages !== undefined && pages > 1 ? `its ${name} is ${pages} pages` : undefined
  }
  if (TOTAL_KEYS.has(key)) {
    // Elasticsearch's `hits.total: {"value": 1234, "relation": "eq"}`.
    const total = countOf(isRecord(value) ? (value as Record<string, unknown>).value : value)
    return total !== undefined && total > shown
      ? `its ${name} is ${total.toLocaleString('en-US')} records where the answer holds ${shown.toLocaleString('en-US')}`
      : undefined
  }
  return undefined
}

/** A whole count, as a number or its digits. */
function countOf(value: unknown): number | undefined {
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof count === 'number' && Number.isSafeInteger(count) ? count : undefined
}

/**
 * Whether an HTTP `Link` header names a next page (`<https://...?page=2>; rel="next"`, RFC
 * 8288; a link may have several relation types, `rel="next last"`): the phrase for the warning,
 * or undefined. The address itself is not repeated: it may carry a token.
 */
export function pagingInLinkHeader(link: string | undefined): string | undefined {
  if (link === undefined) return undefined
  for (const [, params] of link.matchAll(/<[^>]*>((?:\s*;\s*[^;,]*(?:"[^"]*")?)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params ?? '')
    const types = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)
    if (types.includes('next')) return 'its Link header names a next page (rel="next")'
  }
  return undefined
}

/** The warning for a source whose answer is one page of several, `sign` saying how it tells. */
export function pagingWarning(source: string, sign: string): string {
  return `Listings "${source}" is one page of a paged answer: ${sign}. The run reads this one answer, not the pages after it (README "Listings from a URL"): fetch every page into one file and point "listings" at it, or ask the API for its largest page (such as with a limit or per_page parameter).`
}
