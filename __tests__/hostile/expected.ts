/**
 * What a visitor must see for a batch of source records, written from SPEC.md alone:
 * the rows of the openings table, each cell's text, and where each link leads.
 */
import type { HostileRecord } from './alphabets.js'
import { joinedLocation, shownText, showsNothing, tidied } from './text.js'

export interface ExpectedRow {
  cells: string[]
  links: LinkTarget[]
}

/** Where a link leads once a browser resolves it on the README's page. */
export interface LinkTarget {
  /** The absolute address without `utm_*` parameters, percent-encoding undone byte by byte. */
  address: string
  /** The `utm_*` parameters, in order. */
  tracking: string
}

/** The page a README link is resolved against: a relative link would lead into the repository. */
export const GITHUB_PAGE = 'https://github.com/owner/board/blob/main/README.md'

export const OUR_TRACKING = 'utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs'

/**
 * One row per record that is valid (company and title not blank, url http(s)), in the given
 * order (the records come newest first and are never the same opening).
 */
export function expectedRows(records: HostileRecord[], { utm }: { utm: boolean }): ExpectedRow[] {
  return records.filter(isValid).map(record => {
    const location = joinedLocation(record.location)
    const companyUrl = parseHttp(record.company_url)
    const posting = linkTarget(parseHttp(record.url)!.href)
    return {
      cells: [
        cellText(record.company),
        cellText(record.title),
        cellText(location),
        // Inferred from the text as loaded (a dropped bidi control joins the words around it).
        /\bremote\b/i.test(`${tidied(location)}\n${tidied(record.title)}`) ? 'Remote' : 'On Site',
        MONTH_DAY.format(Date.parse(record.posted_at))
      ],
      links: [
        ...(companyUrl ? [linkTarget(companyUrl.href)] : []),
        utm ? { ...posting, tracking: OUR_TRACKING } : posting
      ]
    }
  })
}

/** What a cell shows for `text`: the text as loaded (see text.ts); nothing left shows N/A. */
export function cellText(text: string): string {
  return showsNothing(text) ? 'N/A' : shownText(text)
}

/**
 * Where `href` (as readTable found it in the rendered HTML) leads from the README's page.
 * readTable decodes the named references; cmark-gfm also writes `'` as `&#x27;`.
 */
export function linkTarget(href: string): LinkTarget {
  const url = new URL(withNumericReferencesDecoded(href), GITHUB_PAGE)
  const pairs = url.search.slice(1).split('&')
  const isTracking = (pair: string) => /^utm_/i.test(pair)
  url.search = pairs.filter(pair => pair !== '' && !isTracking(pair)).join('&')
  return { address: bytewise(url.href), tracking: bytewise(pairs.filter(isTracking).join('&')) }
}

/** The scheme of a resolved link: only http: and https: may appear. */
export function schemeOf(href: string): string {
  return new URL(withNumericReferencesDecoded(href), GITHUB_PAGE).protocol
}

function withNumericReferencesDecoded(html: string): string {
  return html.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
    String.fromCodePoint(
      code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)
    )
  )
}

/** SPEC: "strings are trimmed", and an empty one is absent; so is one of control characters alone. */
function isValid(record: HostileRecord): boolean {
  return (
    !showsNothing(record.company) &&
    !showsNothing(record.title) &&
    parseHttp(record.url) !== undefined
  )
}

/**
 * The http(s) address a listing may link; none with a user or password before its host
 * (`https://acme.example@evil.example/` reads as one site and opens another).
 */
function parseHttp(text: string | null | undefined): URL | undefined {
  if (!text || !URL.canParse(text.trim())) return undefined
  const url = new URL(text.trim())
  if (url.username !== '' || url.password !== '') return undefined
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
}

/** `%7C` and `|` lead to the same place; compare addresses with every escape undone to its byte. */
function bytewise(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, escape =>
    String.fromCharCode(parseInt(escape.slice(1), 16))
  )
}

const MONTH_DAY = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: '2-digit',
  timeZone: 'UTC'
})
