/**
 * The subscribable feeds: the openings shown in the README as JSON Feed 1.1 (`.json`) and Atom
 * (`.xml`) files, one per path of `feed-path`. Text in, text out; the caller commits the files.
 *
 * The content depends only on the rows: a feed's `updated` time is the newest posting, so a run
 * with the same openings writes the same bytes and makes no commit. A feed without openings is
 * dated by the run that emptied it (`now`), and keeps that date while it stays empty.
 */

import type { Labels } from '../config/labels.js'
import { repositoryPath } from '../config/paths.js'
import { errors } from '../errors.js'
import type { Listing } from '../model.js'
import { atomFeed } from './atom.js'
import { feedContent } from './content.js'
import { jsonFeed } from './json-feed.js'

export interface FeedOptions {
  /** Paths in the repository, from `feed-path`: `.json` for JSON Feed 1.1, `.xml` for Atom. */
  paths: string[]
  labels: Labels
  /** IANA zone of the dates shown in each item's text, e.g. `UTC`. */
  timezone: string
  /**
   * The board's locale, the dates in each item's text are written in as its table writes them
   * (`22. Okt.` in de-DE): required, so no caller leaves a German board's feed in English.
   */
  locale: string
  /** Tracking parameters for the item links, as in the README; undefined adds none. */
  utm?: { source: string; medium: string; campaign: string }
  /** Named in the feed title; undefined for a board of every listing. */
  category?: string
  /** The page the feed describes, e.g. `https://github.com/owner/repo`; undefined: none given. */
  homePageUrl?: string
  /** Where the feed files are served, ending in `/`; each path resolves against it. Undefined: no self link. */
  feedBaseUrl?: string
  /** The run's time: an empty feed's `updated`. */
  now: Date
  /** Each feed's text before the run (undefined: no file), by path. */
  previous?: ReadonlyMap<string, string | undefined>
}

export interface FeedFile {
  path: string
  content: string
}

export function feedFiles(rows: Listing[], options: FeedOptions): FeedFile[] {
  return options.paths.map(path => {
    const write = WRITERS[feedFormat(path)]
    const feedUrl = options.feedBaseUrl ? new URL(path, options.feedBaseUrl).href : undefined
    const content = feedContent(rows, { ...options, path, feedUrl })
    const written = write(content)
    // Still empty: the date it was emptied on stays, and the run writes nothing.
    const before = options.previous?.get(path)
    if (content.items.length === 0 && before !== undefined && sameButUpdated(before, written))
      return { path, content: before }
    return { path, content: written }
  })
}

const WRITERS = { json: jsonFeed, atom: atomFeed }

/** Whether two feeds' texts differ at most in the feed's `<updated>` time (Atom's). */
function sameButUpdated(a: string, b: string): boolean {
  const undated = (text: string) => text.replace(/<updated>[^<]*<\/updated>/, '<updated/>')
  return undated(a) === undated(b)
}

function feedFormat(path: string): keyof typeof WRITERS {
  repositoryPath('feed-path', path)
  if (/\.json$/i.test(path)) return 'json'
  if (/\.xml$/i.test(path)) return 'atom'
  throw errors.badInput('feed-path', `"${path}" must end in .json (JSON Feed) or .xml (Atom)`)
}
