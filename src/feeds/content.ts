/**
 * What a feed says, whatever its format: the feed's identity and one item per open role (a
 * closed one is no opening), with text cleaned of what XML cannot hold. The JSON Feed and Atom
 * writers only lay it out.
 */

import { createHash } from 'node:crypto'
import { workTypeLabel, type Labels } from '../config/labels.js'
import { postedDate } from '../calendar.js'
import type { Listing, WorkType } from '../model.js'
import { monthDay } from '../render/dates.js'
import { encodedLink, withUtm } from '../url.js'

export interface FeedContentOptions {
  /** The feed file's path in the repository. */
  path: string
  labels: Labels
  timezone: string
  /** The board's locale: an item's date is written as the table writes it. */
  locale: string
  utm?: { source: string; medium: string; campaign: string }
  category?: string
  homePageUrl?: string
  /** The feed file's own URL, when known. */
  feedUrl?: string
  /** The run's time: the `updated` of a feed without items. */
  now: Date
}

export interface FeedContent {
  title: string
  /** A stable IRI: the feed's URL when known, else a URN derived from its path and category. */
  id: string
  homePageUrl?: string
  feedUrl?: string
  /** RFC 3339: the newest posting, or the run's time for a feed without items. */
  updated: string
  items: FeedItem[]
}

export interface FeedItem {
  /** `urn:uuid:` derived from the listing id, so an opening keeps its id from run to run. */
  id: string
  /** The position. */
  title: string
  company: string
  companyUrl?: string
  /** '' when the listing gave none. */
  location: string
  workType: WorkType
  /** The work type as the board's labels show it. */
  workTypeLabel: string
  /** RFC 3339. */
  postedAt: string
  /** The posting, with the board's tracking parameters. */
  url: string
  /** Company, location, type and date as labelled lines, for readers that show only text. */
  text: string
}

export function feedContent(rows: Listing[], options: FeedContentOptions): FeedContent {
  const { labels, category, homePageUrl, feedUrl } = options
  // A closed role (`active: false`: 🔒 under `closed: mark`, folded under `details` or
  // `section`) is no item: the table shows it without its link, and a subscriber reads every
  // item as an opening to apply to. A closed listing may also have no link to give.
  const open = rows.filter(
    (row): row is Listing & { url: string } => row.active && row.url !== undefined
  )
  // No item: the run's time, never 1970 (a reader would take the feed for long dead).
  const newest = open.length ? Math.max(...open.map(row => row.postedAt)) : options.now.getTime()
  return {
    title: cleanText(category === undefined ? labels.openings : `${labels.openings}: ${category}`),
    id: feedUrl ?? nameBasedUrn(`feed:${category ?? ''}:${options.path}`),
    homePageUrl,
    feedUrl,
    updated: new Date(newest).toISOString(),
    items: open.map(row => feedItem(row, options))
  }
}

function feedItem(
  listing: Listing & { url: string },
  { labels, timezone, locale, utm }: FeedContentOptions
): FeedItem {
  const workType = cleanText(workTypeLabel(listing.workType, labels))
  const company = cleanText(listing.company)
  const location = cleanText(listing.location)
  const date = monthDay(postedDate(listing), timezone, locale)
  const text = [
    `${labels.company}: ${company}`,
    `${labels.location}: ${location || labels.notAvailable}`,
    `${labels.type}: ${workType}`,
    `${labels.date}: ${date}`
  ]
  return {
    id: nameBasedUrn(`listing:${listing.id}`),
    title: cleanText(listing.title),
    company,
    // As the README links them: a space percent-encoded.
    companyUrl: listing.companyUrl === undefined ? undefined : encodedLink(listing.companyUrl),
    location,
    workType: listing.workType,
    workTypeLabel: workType,
    postedAt: new Date(listing.postedAt).toISOString(),
    url: encodedLink(withUtm(listing.url, utm)),
    text: cleanText(text.join('\n'), { keepLineBreaks: true })
  }
}

// Control characters, lone surrogates and the two non-characters XML 1.0 forbids.
const NOT_TEXT = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]+/gu

/** One line of text (or lines, with `keepLineBreaks`) that any XML or JSON reader accepts. */
function cleanText(value: string, { keepLineBreaks = false } = {}): string {
  const clean = (line: string) => line.replace(NOT_TEXT, ' ').replace(/ {2,}/g, ' ').trim()
  return keepLineBreaks ? value.split('\n').map(clean).join('\n') : clean(value)
}

// The namespace of this project's name-based UUIDs (RFC 9562, version 5); never change it,
// or every reader sees every opening as new.
const NAMESPACE = Buffer.from('ebef6d589f8d45ddb77e6ef4c2cb34b6', 'hex')

/** `urn:uuid:` + the version 5 UUID of `name`: the same name always gives the same URN. */
function nameBasedUrn(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
