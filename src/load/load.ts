/**
 * The load stage: listings source in, valid listings out. Reads the source (a path or an
 * http(s) URL), parses its format, maps and validates each record, and keeps only the
 * listings `keep` accepts, one record at a time, so a feed of a million records needs
 * memory only for the candidates.
 */
import type { RunSettings } from '../config/config.js'
import type { InvalidRecord, Listing } from '../model.js'
import { isRecord } from './fields.js'
import { readRecords } from './formats.js'
import { feedShape, type FeedSummary } from './hints.js'
import { createNormalizer, selectionFields, type SelectionFields } from './normalize.js'
import { openSource, type LoadIO } from './source.js'

export type { LoadIO } from './source.js'

export interface LoadResult {
  /** The valid listings that `keep` accepted, in source order. */
  listings: Listing[]
  /**
   * Count of valid records, kept or not. Outside strict mode this includes the records left
   * out before validation because `keep` refused them (see loadListings).
   */
  valid: number
  /** Every invalid record: 1-based position, id if any, reason. */
  invalid: InvalidRecord[]
  /** Non-fatal notes, such as a company_url with a non-http(s) scheme dropped; at most MAX_WARNINGS and a count. */
  warnings: string[]
  /** What was read (path or URL), for messages. */
  source: string
  /** Hints for a feed of another shape, and the categories its records name. */
  feed: FeedSummary
}

/** Warnings listed one by one; the rest are counted in a last one. */
export const MAX_WARNINGS = 100

/**
 * Loads the listings of `config.listings`. Throws a BoardError when the source cannot be
 * read or parsed; invalid records are reported in the result, not thrown (strict mode is
 * the caller's).
 *
 * `keep` decides from the selection fields alone (title, categories, active, posted_at), so
 * outside strict mode it is asked first, before validation: a record it refuses is left out
 * unvalidated, and is not reported even when it is invalid, since no board would show it.
 * Strict mode validates every record, as it promises to fail on any invalid one.
 */
export async function loadListings(
  config: RunSettings,
  io: LoadIO,
  keep: (listing: SelectionFields) => boolean = () => true
): Promise<LoadResult> {
  const source = await openSource(config, io)
  const normalize = createNormalizer({
    fields: config.fields,
    salaryCurrency: config.salaryCurrency,
    maxCellLength: config.maxCellLength
  })
  const shape = feedShape(config.fields)
  const result: Omit<LoadResult, 'feed'> = {
    listings: [],
    valid: 0,
    invalid: [],
    warnings: [],
    source: source.name
  }
  /** True when `keep` refuses the record on its selection fields, read without validation. */
  const refusedUnchecked = (record: object, position: number) => {
    const selection = selectionFields(record, position, config.fields)
    return selection !== undefined && !keep(selection)
  }
  let position = 0
  let unlistedWarnings = 0
  for await (const batch of readRecords(source, config.listingsFormat)) {
    for (const record of batch) {
      position++
      shape.add(record)
      if (!config.strict && isRecord(record) && refusedUnchecked(record, position)) {
        result.valid++
        continue
      }
      const outcome = normalize(record, position)
      if (!outcome.ok) {
        result.invalid.push(outcome.invalid)
        continue
      }
      result.valid++
      for (const warning of outcome.warnings) {
        if (result.warnings.length < MAX_WARNINGS) result.warnings.push(warning)
        else unlistedWarnings++
      }
      if (keep(outcome.listing)) result.listings.push(outcome.listing)
    }
  }
  if (unlistedWarnings > 0) result.warnings.push(`${unlistedWarnings} more warnings like these.`)
  const feed = shape.summary()
  return { ...result, warnings: [...feed.hints, ...result.warnings], feed }
}
