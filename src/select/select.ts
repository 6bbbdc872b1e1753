/**
 * Select each board's openings while the listings stream in: `isCandidate` keeps records of
 * the category that are open and fresh; each board's OpeningSelector dedupes, sorts and caps
 * its candidates one at a time, keeping only what can still be shown.
 */
import type { Listing } from '../model.js'
import { categoryMatcher } from './category.js'
import { OpeningSelector } from './selector.js'

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

/**
 * Every board's selection over one pass of the listings: the load stage asks `wants` before
 * validating a record, hands over each valid listing it wanted with `add`, and after the pass
 * reads again the records `missing` names (rarely any) for `recover`. Then `rows` gives each
 * board's openings.
 */
export class BoardSelections {
  private readonly boards: { options: SelectOptions; selector: OpeningSelector }[]

  /** One SelectOptions per board, in the order `rows` is asked. */
  constructor(boards: readonly SelectOptions[]) {
    this.boards = boards.map(options => ({
      options,
      selector: new OpeningSelector(options.maxRows)
    }))
  }

  /** Whether any board could show the record, judged on its selection fields alone. */
  wants(fields: CandidateFields): boolean {
    return this.boards.some(({ options }) => isCandidate(fields, options))
  }

  add(listing: Listing): void {
    for (const { options, selector } of this.boards)
      if (isCandidate(listing, options)) selector.add(listing)
  }

  /** Positions in the feed of listings some board needs again; usually none. */
  missing(): Set<number> {
    return new Set(this.boards.flatMap(({ selector }) => [...selector.missing()]))
  }

  /** Takes back a listing `missing` named; false when it is not the one lost (the feed changed). */
  recover(listing: Listing): boolean {
    return this.boards.every(
      ({ selector }) => !selector.awaits(listing.position) || selector.recover(listing)
    )
  }

  /** The openings of the board at `index` (of the constructor's list). */
  rows(index: number): Listing[] {
    const board = this.boards[index]
    if (!board) throw new Error(`no board ${index}`)
    return board.selector.rows()
  }
}

/** Dedupe, then sort newest first (then company, title, id), then cap at `maxRows`. */
export function selectOpenings(candidates: readonly Listing[], options: SelectOptions): Listing[] {
  const selector = new OpeningSelector(options.maxRows)
  candidates.forEach((listing, index) => selector.add(listing, index))
  for (const index of selector.missing()) selector.recover(candidates[index]!, index)
  return selector.rows()
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
