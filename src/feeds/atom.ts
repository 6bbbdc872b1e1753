/** A feed as Atom (RFC 4287), written with xmlbuilder2. */

import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { FeedContent, FeedItem } from './content.js'

export function atomFeed(feed: FeedContent): string {
  const root = create({ version: '1.0', encoding: 'utf-8' }).ele(ATOM, 'feed')
  addText(root, 'title', feed.title, { type: 'text' })
  addText(root, 'id', feed.id)
  addText(root, 'updated', feed.updated)
  if (feed.feedUrl) addLink(root, 'self', 'application/atom+xml', feed.feedUrl)
  if (feed.homePageUrl) addLink(root, 'alternate', 'text/html', feed.homePageUrl)
  for (const item of feed.items) addEntry(root, item)
  return `${root.end({ prettyPrint: true })}\n`
}

const ATOM = 'http://www.w3.org/2005/Atom'

function addEntry(root: XMLBuilder, item: FeedItem): void {
  const entry = root.ele('entry')
  addText(entry, 'id', item.id)
  addText(entry, 'title', item.title, { type: 'text' })
  addLink(entry, 'alternate', 'text/html', item.url)
  // A posting does not change once published, as far as the feed knows.
  addText(entry, 'published', item.postedAt)
  addText(entry, 'updated', item.postedAt)
  const author = entry.ele('author')
  addText(author, 'name', item.company)
  if (item.companyUrl) addText(author, 'uri', item.companyUrl)
  entry.ele('category', { term: item.workType, label: escapeAmpersands(item.workTypeLabel) })
  addText(entry, 'summary', item.text, { type: 'text' })
}

function addText(
  parent: XMLBuilder,
  name: string,
  value: string,
  attributes: Record<string, string> = {}
): void {
  parent.ele(name, attributes).txt(escapeAmpersands(value))
}

function addLink(parent: XMLBuilder, rel: string, type: string, href: string): void {
  parent.ele('link', { rel, type, href: escapeAmpersands(href) })
}

/**
 * xmlbuilder2 escapes `<`, `>` and `"`, but writes an `&` that starts something shaped like an
 * entity (`&amp;`, `&foo;`, `&#38;`) as it is, so `R&amp;D` would read back as `R&D` and
 * `&foo;` would make the file unreadable. It leaves alone an `&` escaped beforehand.
 */
function escapeAmpersands(value: string): string {
  return value.replaceAll('&', '&amp;')
}
