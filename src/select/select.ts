/**
 * Select one board's openings (SPEC "Selection, in this order"): `isCandidate` keeps records
 * of the category that are open and fresh, one at a time while records stream in; then
 * `selectOpenings` dedupes, sorts and caps the candidates.
 */
import type { Listing } from '../model.js'
import { categoryMatcher } from './category.js'
import { dedupe } from './dedupe.js'

export interface SelectOptions {
  /** Lower case; undefined keeps every record. */
  category?: string
  /** Title keywords replacing the category's built-in ones; ignored without a category. */
  keywords?: string[]
  /** The run's clock. */
  now: Date
  /** Postings older than this many days before `now` drop out; 0 = no age limit. Config default 30. */
  maxAgeDays: number
  /** The most rows kept, newest first; 0 = no cap. Config default 50. */
  maxRows: number
}

/** What isCandidate reads of a listing: the load stage can give it before validating a record. */
export type CandidateFields = Pick<Listing, 'title' | 'categories' | 'active' | 'postedAt'>

/**
 * In the category, not closed, posted at most `maxAgeDays` before `now` (exactly that old is
 * kept) and at most one day after it (feeds in other time zones run slightly ahead).
 * Treat `options` as frozen once passed: the test built from it is kept for that object.
 */
export function isCandidate(listing: CandidateFields, options: SelectOptions): boolean {
  let test = candidateTests.get(options)
  if (!test) {
    test = candidateTest(options)
    candidateTests.set(options, test)
  }
  return test(listing)
}

/** Dedupe, then sort newest first (then company, title, id), then cap at `maxRows`. */
export function selectOpenings(candidates: readonly Listing[], options: SelectOptions): Listing[] {
  const openings = dedupe(candidates).sort(compareOpenings)
  return options.maxRows > 0 ? openings.slice(0, options.maxRows) : openings
}

const DAY_MS = 24 * 60 * 60 * 1000

/** One test per options object, so the category pattern is compiled once per run. */
const candidateTests = new WeakMap<SelectOptions, (listing: CandidateFields) => boolean>()

function candidateTest({ category, keywords, now, maxAgeDays }: SelectOptions) {
  const inCategory = category ? categoryMatcher(category, keywords) : () => true
  const latest = now.getTime() + DAY_MS
  const earliest = maxAgeDays > 0 ? now.getTime() - maxAgeDays * DAY_MS : -Infinity
  return (listing: CandidateFields): boolean =>
    listing.active !== false &&
    listing.postedAt >= earliest &&
    listing.postedAt <= latest &&
    inCategory(listing)
}

/** Newest first; then company, title and id case-insensitively; then the same exactly. */
function compareOpenings(a: Listing, b: Listing): number {
  return (
    b.postedAt - a.postedAt ||
    compareNames(a, b, text => text.toLowerCase()) ||
    compareNames(a, b, text => text)
  )
}

/**
 * Compares UTF-16 code units of `form(text)`, not `localeCompare`, so every machine and
 * locale sorts alike.
 */
function compareNames(a: Listing, b: Listing, form: (text: string) => string): number {
  return (
    compareCodeUnits(form(a.company), form(b.company)) ||
    compareCodeUnits(form(a.title), form(b.title)) ||
    compareCodeUnits(form(a.id), form(b.id))
  )
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
