/**
 * The filters a cell template has beside Liquid's own: what job boards write in their tables.
 *
 *     {{ posted_at | date }}                            Oct 03 (22. Okt. in de-DE): the locale's own
 *     {{ posted_at | date: "%b %d" }}                   Oct 03, in the board's zone and locale
 *     {{ now | date: "%H:%M", "Asia/Taipei" }}          in that zone, not the board's
 *     {{ posted_at | age }}                             0d, 12d, 3mo
 *     {{ posted_at | age: 31 }}                         30d up to 30 days, 1mo from 31 (default 30)
 *     {{ locations | join: "<br>" }}                    the items, each escaped, the markup between
 *     {{ locations | details: 3, "locations" }}         more than 3 collapsed into <details>
 *     {{ sponsorship | mark: "Does Not Offer Sponsorship", "🛂" }}   a mark per matching value
 *     {{ title | link: url }}                           [title](url); the text alone without a url
 *     {{ url | image_link: "https://…/apply.png", "Apply", 118 }}   an image button; none
 *                                                       without an http(s) url
 *     {{ url_raw | with_query: "ref=board" }}           parameters added to a url
 *     {{ work_type | label }}                           the board's label of a value (Remote)
 *     {{ total | thousands }}                           1,234 (thousands: "." writes 1.234)
 *     {{ company_name | untrimmed }}                    the value's own spaces at its edges kept
 *     {{ html_field | raw }}                            the value as markup, unescaped: last filter
 *     {{ company | escape }}                            the value as it is (escape, escape_once
 *                                                       and xml_escape: it is escaped where it lands)
 *
 * Values are feed text: they go in as tokens (template-values.ts) and are escaped where they
 * land. So are the arguments of `join`, `details` and `mark` that are values (`join:
 * record.separator`); an argument the template writes as a quoted text or a number (`join:
 * "<br>"`), or markup a filter or `{% capture %}` made, goes in as written. An image_link's
 * source that is a value must be an http(s) url; one written in the template may be relative.
 */

import { filters as LIQUID_FILTERS, TypeGuards, type FilterImplOptions } from 'liquidjs'
import { ageInDays, isTimeZone } from '../calendar.js'
import { labelKey, type Labels } from '../config/labels.js'
import { monthDay, strftime } from './dates.js'
import { SCHEME } from './template-mdast.js'
import { webUrl } from './template-url.js'
import { whenOf } from '../time.js'
import { foldText } from '../fold.js'
import {
  Escaped,
  Markup,
  piece,
  renderingOptions,
  token,
  Untrimmed,
  withoutTokens
} from './template-values.js'

/** What Liquid calls a filter on: the context, the filter's token (its arguments as written). */
export type FilterThis = ThisParameterType<
  Extract<FilterImplOptions, (...args: never[]) => unknown>
>

type Filter = (this: FilterThis, value: unknown, ...args: unknown[]) => unknown

export const FILTERS: Record<string, Filter> = {
  date(value, pattern, zone) {
    const time = whenOf(value)
    if (time === undefined) return ''
    const { timezone: boardZone, locale } = renderingOptions()
    // A zone of its own (`date: "%H:%M", "Asia/Taipei"`): a second clock beside the board's.
    if (zone !== undefined && !isTimeZone(String(zone)))
      throw new Error(
        `date: "${String(zone)}" is no IANA time zone; write one such as "Asia/Taipei" or "America/New_York"`
      )
    const timezone = zone === undefined ? boardZone : String(zone)
    if (pattern === undefined) return monthDay(time, timezone, locale)
    return strftime(time, String(pattern), timezone, locale)
  },
  age(value, monthsFrom = DAYS_IN_MONTH) {
    const time = whenOf(value)
    if (time === undefined) return ''
    const { now, ageDays, timezone } = renderingOptions()
    const days = ageInDays(time, now ?? Date.now(), ageDays === 'wall-clock' ? timezone : undefined)
    // "days": never in months (`106d`, as speedyapply writes ages).
    const threshold = monthsFrom === 'days' ? Infinity : Number(monthsFrom)
    if (Number.isNaN(threshold))
      throw new Error(`age: "${String(monthsFrom)}" is not a number of days, nor "days"`)
    return days < threshold ? `${days}d` : `${Math.floor(days / DAYS_IN_MONTH)}mo`
  },
  join(value, separator = ' ') {
    return new Markup(
      items(value)
        .map(piece)
        .join(argument(this, 0, separator))
    )
  },
  details(value, limit = 3, noun = 'items', separator = '</br>') {
    const list = items(value)
    const joined = list.map(piece).join(argument(this, 2, separator))
    if (list.length <= Number(limit)) return new Markup(joined)
    const summary = `<summary>**${list.length} ${argument(this, 1, noun)}**</summary>`
    return new Markup(`<details>${summary}${joined}</details>`)
  },
  mark(value, ...args) {
    const marks = markPairs(this, args)
    // Compared as dedupe compares names: "does not offer sponsorship " is the value too.
    const given = new Set(items(value).map(item => foldText(String(item))))
    return new Markup(
      marks
        .filter(([match]) => given.has(foldText(match)))
        .map(([, mark]) => mark)
        .join('')
    )
  },
  link(value, url) {
    if (isBlank(url)) return new Markup(piece(value))
    return new Markup(`[${piece(value)}](${token(url)})`)
  },
  image_link(url, src, given = '', sized) {
    // Without an http(s) url to link (none, `N/A`, `javascript:…`) a button leads nowhere:
    // nothing, where `link` keeps its text.
    if (isBlank(url) || webUrl(withoutTokens(String(url))) === undefined) return new Markup('')
    // An object or list (a feed's `logo: {url, alt}`) is no alt text or width: none is given.
    const alt = scalarArgument(given) ?? ''
    const width = scalarArgument(sized)
    const size = isBlank(width) ? '' : ` width="${attribute(width)}"`
    // An image only from an http(s) url, or a relative one the template writes (a value's
    // `//other.example/x.png` would be another host's); else the link shows its alt text, as
    // text like any value (a capture's markup as made).
    const source = isLiteral(this, 0)
      ? isWebOrRelative(src)
        ? src
        : undefined
      : webUrl(withoutTokens(String(src ?? '')))
    const image =
      source === undefined
        ? piece(alt)
        : `<img src="${attribute(source)}"${size} alt="${attribute(alt)}">`
    return new Markup(`<a href="${token(url)}">${image}</a>`)
  },
  with_query(url, query) {
    if (isBlank(url)) return ''
    const text = String(url)
    const hash = text.indexOf('#')
    const [base, fragment] = hash < 0 ? [text, ''] : [text.slice(0, hash), text.slice(hash)]
    const parameters = String(query ?? '').replace(/^[?&]/, '')
    if (!parameters) return text
    return `${base}${base.includes('?') ? '&' : '?'}${parameters}${fragment}`
  },
  // A value is escaped where it lands (Markdown text, an attribute, a url): Liquid's HTML
  // escapes on top would show as text (`AT&amp;T`), so these leave the value's text as it is.
  escape: value => escaped(value, 'escape'),
  escape_once: value => escaped(value, 'escape_once'),
  xml_escape: value => escaped(value, 'xml_escape'),
  untrimmed(value) {
    return value instanceof Markup || value instanceof Untrimmed ? value : new Untrimmed(value)
  },
  label(value) {
    const key = labelKey(String(value ?? '').replace(/_/g, '-'))
    const { labels } = renderingOptions()
    return key ? labels[key] : value
  },
  /**
   * `{{ total | thousands }}`: a whole number with a comma between its thousands (`1,234`), as a
   * board may write its counts; `thousands: "."` or `thousands: " "` puts another mark there.
   * The counts zone's filter, and the Last updated line's, which gets the same counts.
   */
  thousands(value, separator = ',') {
    const number = Number(value)
    if (!Number.isInteger(number)) return value
    const digits = String(Math.abs(number)).replace(/\B(?=(\d{3})+$)/g, String(separator))
    return `${number < 0 ? '-' : ''}${digits}`
  }
}

/**
 * `raw`: the value as markup. Only as the last filter, where Liquid skips the output escape.
 * After `escape` (`escape_once`, `xml_escape`) the value's text is HTML-escaped by Liquid's own
 * filter, as Liquid writes `{{ x | escape | raw }}`.
 */
export function raw(this: FilterThis, value: unknown): Markup {
  if (value instanceof Escaped) {
    const html = LIQUID_FILTERS[value.filter] as (this: FilterThis, text: string) => string
    return new Markup(withoutTokens(html.call(this, String(value))))
  }
  return new Markup(withoutTokens(value instanceof Markup ? value.markup : String(value ?? '')))
}

/**
 * A value through one of Liquid's HTML escapes, its text kept as it is (see Escaped); nothing
 * and markup are left as they are (`default` still sees nothing).
 */
function escaped(value: unknown, filter: Escaped['filter']): unknown {
  if (value === null || value === undefined || value === '' || value instanceof Markup) return value
  return value instanceof Escaped ? value : new Escaped(value, filter)
}

/**
 * An argument that stands for one text or number; undefined for an object or a list, whose
 * text (`[object Object]`) says nothing. A filter's markup, a date and a wrapped value count.
 */
function scalarArgument(value: unknown): unknown {
  const plain =
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Markup || value instanceof Escaped || value instanceof Untrimmed) &&
    !(value instanceof Date)
  return plain ? undefined : value
}

/** Labels by the names a template uses: `labels.not_available` as well as `labels.notAvailable`. */
export function templateLabels(labels: Labels): Record<string, string> {
  const named: Record<string, string> = { ...labels }
  for (const [key, value] of Object.entries(labels))
    named[key.replace(/[A-Z]/g, letter => `_${letter.toLowerCase()}`)] = value
  return named
}

const DAYS_IN_MONTH = 30

function items(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.filter(item => !isBlank(item))
  return isBlank(value) ? [] : [value]
}

/**
 * `"A", "🛂", "B", "🇺🇸"` or one mapping `{ A: 🛂, B: 🇺🇸 }`, as [value, mark] pairs, each
 * mark as markup (see argument(); a mapping is a value, so its marks are tokens).
 */
function markPairs(filter: FilterThis, args: unknown[]): Array<[string, string]> {
  const [first] = args
  if (
    args.length === 1 &&
    first !== null &&
    typeof first === 'object' &&
    !(first instanceof Markup)
  )
    return Object.entries(first).map(([match, mark]) => [match, piece(mark)])
  const pairs: Array<[string, string]> = []
  for (let index = 0; index + 1 < args.length; index += 2)
    pairs.push([String(args[index]), argument(filter, index + 1, args[index + 1])])
  return pairs
}

/**
 * A filter's argument at `position` as markup: as written when the template writes it (a quoted
 * text, a number, `nil`, or left out for its default) or when it is markup (`{% capture %}`);
 * a value (`record.separator`, an `assign`ed name) as a token, escaped where it lands.
 */
function argument(filter: FilterThis, position: number, value: unknown): string {
  if (value instanceof Markup) return value.markup
  return isLiteral(filter, position) ? String(value) : token(value)
}

/** Whether the filter's argument at `position` is written in the template, or left out. */
function isLiteral(filter: FilterThis, position: number): boolean {
  const written = filter.token.args[position]
  return (
    written === undefined ||
    TypeGuards.isQuotedToken(written) ||
    TypeGuards.isNumberToken(written) ||
    TypeGuards.isLiteralToken(written)
  )
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true
  if (value instanceof Markup) return value.markup.trim() === ''
  return typeof value === 'string' && value.trim() === ''
}

/**
 * Whether an image source is an http(s) url or relative (no scheme), as a browser reads it:
 * it drops controls and spaces there, so `java\tscript:` is a scheme too.
 */
function isWebOrRelative(src: unknown): boolean {
  const bare = withoutTokens(String(src ?? '')).replace(/[\0-\x20]/g, '')
  const scheme = SCHEME.exec(bare)?.[0].toLowerCase()
  return scheme === undefined || scheme === 'http:' || scheme === 'https:'
}

/** Text for a double-quoted HTML attribute. */
function attribute(value: unknown): string {
  return withoutTokens(String(value ?? ''))
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .replace(/[&"'<>]/g, character => `&#${character.charCodeAt(0)};`)
}
