/** A feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */

import type { FeedContent, FeedItem } from './content.js'

export function jsonFeed(feed: FeedContent): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrl,
    items: feed.items.map(jsonItem)
  }
  // JSON.stringify leaves out the undefined members.
  return `${JSON.stringify(document, null, 2)}\n`
}

function jsonItem(item: FeedItem) {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    content_text: item.text,
    date_published: item.postedAt,
    authors: [{ name: item.company, url: item.companyUrl }],
    tags: [item.workTypeLabel],
    // A JSON Feed extension (members starting with "_"): the fields as data, for programs.
    _job: {
      company: item.company,
      company_url: item.companyUrl,
      location: item.location,
      work_type: item.workType,
      posted_at: item.postedAt
    }
  }
}
