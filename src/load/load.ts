/**
 * The load stage: listings source in, valid listings out. Reads the source (a path or an
 * http(s) URL), parses its format, maps and validates each record, and hands each valid
 * listing the sink wants to it, one record at a time, so a feed of a million records needs
 * memory only for what the sink keeps.
 */
import type { RunSettings } from '../config/config.js'
import { errors, isBoardError } from '../errors.js'
import type { InvalidRecord, Listing } from '../model.js'
import { isRecord, isTooDeep } from '../record.js'
import { readRecords } from './formats.js'
import { feedShape, type FeedSummary } from './hints.js'
import { recordReader, type FirstRead } from './fields.js'
import {
  createNormalizer,
  selectionFields,
  type Normalized,
  type SelectionFields
} from './normalize.js'
import { nextPage, pagingWarning, signsPhrase, type PagesRead, type PagingSign } from './paging.js'
import { openSource, openUrl, replacedWarning, type LoadIO, type Source } from './source.js'

export type { LoadIO } from './source.js'

/** Where the listings go: the boards' selection (select/select.ts BoardSelections). */
export interface ListingSink {
  /** Whether the sink could use the record, judged on its selection fields alone. */
  wants(fields: SelectionFields): boolean
  /** Takes a valid listing `wants` accepted, in source order. */
  add(listing: Listing): void
  /** After the pass: positions of listings the sink needs again (it let them go too early). */
  missing?(): ReadonlySet<number>
  /** Takes back a listing `missing` named; false when it differs from the first read's. */
  recover?(listing: Listing): boolean
}

/**
 * Told every listing the feed holds, its posting url as read and whether it is open: the
 * removal guard's watch over the old tables' openings (changes.ts HeldOpenings). A record left
 * out unvalidated is told from its first read; an invalid one is not told (no board can show it).
 */
export interface FeedWatch {
  see(url: unknown, active: boolean): void
}

export interface LoadResult {
  /**
   * The valid listings accepted, in source order, when `loadListings` was given a `keep`
   * function; empty when it was given a sink, which took them instead.
   */
  listings: Listing[]
  /** Count of records read, valid or not. */
  read: number
  /** Count of records validated and found valid (records left out before validation are not). */
  valid: number
  /** The first MAX_INVALID_KEPT invalid records: 1-based position, id if any, reason. */
  invalid: InvalidRecord[]
  /** Count of every invalid record, those kept in `invalid` and the rest. */
  invalidCount: number
  /** Non-fatal notes, such as a company_url with a non-http(s) scheme dropped; at most MAX_WARNINGS and a count. */
  warnings: string[]
  /**
   * Count of records that carry none of the listing fields (not even an id, title or url
   * through the mapping), such as the notice RemoteOK's answer starts with: no listing, so
   * skipped with a note rather than invalid, in strict mode too.
   */
  notListings: number
  /** What was read (path or URL), for messages. */
  source: string
  /** Hints for a feed of another shape, and the categories its records name. */
  feed: FeedSummary
}

/** Warnings listed one by one; the rest are counted in a last one. */
export const MAX_WARNINGS = 100

/** Invalid records kept whole; the rest are only counted. */
export const MAX_INVALID_KEPT = 100

/**
 * Loads the listings of `config.listings`. Throws a BoardError when the source cannot be
 * read or parsed; invalid records are reported in the result, not thrown (strict mode is
 * the caller's).
 *
 * `keep` is a ListingSink, or a test on the selection fields whose accepted listings are
 * collected in the result's `listings`. Outside strict mode it is asked first, before
 * validation: a record it refuses is left out unvalidated, and is not reported even when it
 * is invalid, since no board would show it. Strict mode validates every record, as it
 * promises to fail on any invalid one. When the sink names listings it needs again, the
 * source is read a second time for them (a URL's body, held whole, from memory). `watch` is
 * told each listing of the first pass, kept or not.
 */
export async function loadListings(
  config: RunSettings,
  io: LoadIO,
  keep: ListingSink | ((listing: SelectionFields) => boolean) = () => true,
  watch?: FeedWatch
): Promise<LoadResult> {
  const listings: Listing[] = []
  const sink =
    typeof keep === 'function'
      ? { wants: keep, add: (listing: Listing) => void listings.push(listing) }
      : keep
  const source = await openSource(config, io)
  const normalize = createNormalizer({
    fields: config.fields,
    salaryCurrency: config.salaryCurrency,
    maxCellLength: config.maxCellLength
  })
  const reader = recordReader(config.fields)
  const shape = feedShape(config.fields)
  const result: Omit<LoadResult, 'feed'> = {
    listings,
    read: 0,
    valid: 0,
    invalid: [],
    invalidCount: 0,
    warnings: [],
    notListings: 0,
    source: source.name
  }
  // The first record that is no listing, for the note.
  let notListing: { position: number; keys: string[] } | undefined
  let position = 0
  let unlistedWarnings = 0
  // The ids a spreadsheet wrote in scientific notation: how many, and the first.
  const rounded = { count: 0, first: { position: 0, id: '' } }
  const pages: PagedRead = { sources: [] }
  for await (const batch of pageBatches(source, config, pages)) {
    for (let index = 0; index < batch.length; index++) {
      const record = batch[index]
      // Let go of each record once read: a batch half handled holds only the other half.
      batch[index] = undefined
      position++
      let outcome: Normalized
      try {
        // Outside strict mode a record the sink refuses on its selection fields is left out
        // unvalidated.
        let read: FirstRead | undefined
        let selection: SelectionFields | undefined
        if (isRecord(record)) {
          read = reader.first(record)
          const listing = reader.anyField(record, read)
          if (listing && !config.strict) selection = selectionFields(read, position)
          // Profiled either way: a feed whose every record is of another shape gets its hint.
          shape.add(record, read, selection)
          // No listing at all (RemoteOK's notice), not a broken one: a note, never invalid.
          if (!listing) {
            if (result.notListings++ === 0) notListing = { position, keys: Object.keys(record) }
            continue
          }
        }
        if (selection && !sink.wants(selection)) {
          watch?.see(read?.url, selection.active)
          continue
        }
        outcome = normalize(record, position, read, selection)
      } catch (error) {
        // A record nested thousands of levels deep is refused alone; the run goes on.
        if (!isTooDeep(error)) throw error
        outcome = { ok: false, invalid: { position, reason: TOO_DEEP } }
      }
      if (!outcome.ok) {
        if (result.invalidCount++ < MAX_INVALID_KEPT) result.invalid.push(outcome.invalid)
        continue
      }
      result.valid++
      watch?.see(outcome.listing.url, outcome.listing.active)
      if (outcome.roundedId !== undefined && rounded.count++ === 0)
        rounded.first = { position, id: outcome.roundedId }
      for (const warning of outcome.warnings) {
        if (result.warnings.length < MAX_WARNINGS) result.warnings.push(warning)
        else unlistedWarnings++
      }
      if (sink.wants(outcome.listing)) sink.add(outcome.listing)
    }
  }
  result.read = position
  if (unlistedWarnings > 0) result.warnings.push(`${unlistedWarnings} more warnings like these.`)
  const missing = sink.missing?.()
  if (missing && missing.size > 0) {
    // A URL's pages, held whole, are read again from memory; a path is opened again.
    const again = pages.sources.map(page => page.again?.())
    const sources = again.every(page => page !== undefined) ? again : [await openSource(config, io)]
    await readAgain(source.name, sources, config, sink, missing)
  }
  const feed = shape.summary()
  const replaced = pages.sources.flatMap(page => replacedWarning(page) ?? [])
  const skipped = notListing && notListingsWarning(result.notListings, notListing, result.read)
  return {
    ...result,
    warnings: [
      ...replaced,
      ...(pages.warning ? [pages.warning] : []),
      ...feed.hints,
      ...(skipped ? [skipped] : []),
      ...(rounded.count > 0 ? [roundedIdsWarning(config.fields.id ?? 'id', rounded)] : []),
      ...result.warnings
    ],
    feed
  }
}

/** Why a record nested too deeply to read (isTooDeep) is invalid. */
const TOO_DEEP =
  'a value nested thousands of levels deep, which no listing has and which is not read: write its fields as text, numbers, lists or objects a few levels deep'

/**
 * The note for the records that carry none of the listing fields: how many, the first's
 * position and its fields. Said once for them all.
 */
function notListingsWarning(
  count: number,
  first: { position: number; keys: string[] },
  read: number
): string {
  const keys = first.keys.length
    ? `its fields: ${first.keys.slice(0, 5).join(', ')}${first.keys.length > 5 ? ', ...' : ''}`
    : 'no fields'
  const which =
    count === 1
      ? `record #${first.position} (${keys})`
      : `${count.toLocaleString('en-US')} of ${read.toLocaleString('en-US')} records (the first #${first.position}, ${keys})`
  // Every record, and more than one: the feed names its fields otherwise, and is no answer
  // that starts with a notice.
  if (count === read && count > 1)
    return `Skipped all ${count.toLocaleString('en-US')} records (the first #${first.position}, ${keys}): none carries a listing field under the names read (id, company, title, url or posted_at, as mapped), so the feed names its fields otherwise: map them with the "fields" input (a warning above proposes the mapping where the feed has fields that look like them).`
  const [it, carries, is, counts] =
    count === 1 ? ['it', 'carries', 'is', 'counts'] : ['they', 'carry', 'are', 'count']
  return `Skipped ${which}: ${it} ${carries} none of the listing fields (no id, company, title, url or posted_at, as mapped), so ${it} ${is} no listing but something else in the feed, such as the notice an API's answer starts with, and ${counts} as no invalid listing, with strict on too. If such records are listings, map their fields with the "fields" input.`
}

/**
 * The warning, said once, for the listings whose id a spreadsheet wrote in scientific notation
 * (isSheetRoundedId): such ids were not read, and how to export them whole.
 */
function roundedIdsWarning(
  column: string,
  { count, first }: { count: number; first: { position: number; id: string } }
): string {
  const which =
    count === 1
      ? `listing #${first.position}'s id "${first.id}"`
      : `${count.toLocaleString('en-US')} listings' ids (the first, listing #${first.position}'s, "${first.id}")`
  return `The "${column}" column holds ${which} in a spreadsheet's scientific notation: the sheet rounded the number to its first digits, so it names no one posting, and it was not read as an id (listings are told apart by url, and by company + title + location). In the sheet, format the "${column}" column as text (or as a number with no decimals) so that it shows each id in full, and export again.`
}

/**
 * Reads the source (`name`) again, its pages in order, for the listings at `positions`, and
 * gives them back to the sink.
 */
async function readAgain(
  name: string,
  sources: readonly Source[],
  config: RunSettings,
  sink: ListingSink,
  positions: ReadonlySet<number>
): Promise<void> {
  const normalize = createNormalizer({
    fields: config.fields,
    salaryCurrency: config.salaryCurrency,
    maxCellLength: config.maxCellLength
  })
  let position = 0
  let recovered = 0
  for (const source of sources) {
    for await (const batch of await readRecords(source, config.listingsFormat)) {
      for (const record of batch) {
        position++
        if (!positions.has(position)) continue
        const outcome = normalize(record, position)
        if (!outcome.ok || !sink.recover?.(outcome.listing)) throw errors.sourceChanged(name)
        recovered++
      }
    }
  }
  if (recovered < positions.size) throw errors.sourceChanged(name)
}

/** The pages a load read, and why it stopped short of the last, or what paging it could not follow. */
interface PagedRead {
  /** Every page read, the first first. */
  sources: Source[]
  /** The warning: a page past the limit, on another origin or read already; signs of more pages without an address. */
  warning?: string
}

/**
 * The records of `first` and of the pages after it, a batch at a time, each page read by the
 * same format reader: a listings URL whose answer names its next page's address (a `Link`
 * header with rel="next", or a field holding its URL) is followed to it by paging.ts nextPage's
 * rules, with the same header, the size limit held by all pages together. A page after the
 * first that fails fails the load, naming the page. `read` gets the pages and the warning.
 */
async function* pageBatches(
  first: Source,
  config: RunSettings,
  read: PagedRead
): AsyncGenerator<unknown[]> {
  const isUrl = first.url !== undefined
  const progress: PagesRead = {
    source: first.name,
    seen: new Set(),
    pages: 0,
    records: 0,
    maxPages: config.listingsMaxPages
  }
  const failed = (page: number, error: unknown) =>
    page > 1 && isBoardError(error) ? errors.sourcePage(first.name, page, error) : error
  let bytes = 0
  let page: Source | undefined = first
  while (page) {
    const current: Source = page
    // What says the answer is one page of several: its Link header, or fields around the list.
    const signs: PagingSign[] = current.paging ? [current.paging] : []
    progress.pages++
    try {
      const batches = await readRecords(current, config.listingsFormat, found =>
        signs.push(...found)
      )
      for await (const batch of batches) {
        progress.records += batch.length
        yield batch
      }
    } catch (error) {
      throw failed(progress.pages, error)
    }
    read.sources.push(current)
    bytes += current.bytes ?? 0
    for (const address of [current.name, current.url])
      if (address !== undefined) progress.seen.add(withoutFragment(address))
    const next = isUrl ? signs.find(sign => sign.address !== undefined) : undefined
    if (!next || current.url === undefined) {
      // A page reached by a next page's address: a cursor without "next" in its name is its own.
      const left = progress.pages > 1 ? signs.filter(sign => !sign.token) : signs
      const phrase = signsPhrase(left, progress.records, progress.pages)
      if (phrase) read.warning = pagingWarning(first.name, phrase, progress.pages, isUrl)
      return
    }
    const step = nextPage(next, current.url, progress)
    if ('stop' in step) {
      read.warning = step.stop
      return
    }
    page = await openUrl(config, step.url, config.listingsMaxBytes - bytes).catch(
      (error: unknown) => {
        throw failed(progress.pages + 1, error)
      }
    )
  }
}

/** An absolute URL without its fragment, as pages are told apart. */
function withoutFragment(address: string): string {
  const url = URL.parse(address)
  if (!url) return address
  url.hash = ''
  return url.href
}
