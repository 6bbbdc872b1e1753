/**
 * Select each board's openings while the listings stream in: `isCandidate` keeps records of
 * the category that are open and fresh; each board's OpeningSelector dedupes, sorts and caps
 * its candidates one at a time, keeping only what can still be shown.
 */
import { CANONICAL_FIELDS } from '../config/config.js'
import type { BoardSelection, Filter } from '../config/selection.js'
import {
  AHEAD_NAMED,
  companyKey,
  type LeftOut,
  type LeftOutReason,
  type Listing
} from '../model.js'
import { categoryMatcher } from './category.js'
import { fieldValue, filterTest } from './filters.js'
import { nearest } from '../nearest.js'
import { OpeningSelector } from './selector.js'
import { sortComparator } from './sort-keys.js'

export interface SelectOptions {
  /** Lower case; undefined keeps every record. */
  category?: string
  /** Title keywords replacing the category's built-in ones; ignored without a category. */
  keywords?: string[]
  /** The run's clock. */
  now: Date
  /** Postings older than this many days before `now` drop out; 0 = no age limit. Config default 30. */
  maxAgeDays: number
  /** The most open rows kept, newest first; 0 = no cap. Config default 50. */
  maxRows: number
  /** Filters, the visibility field, sort keys, dedupe; default: none, newest first, deduped. */
  selection?: BoardSelection
  /**
   * Keep listings that are no longer active (shown marked or apart). Default false. `maxRows`
   * caps the open rows; the closed ones are capped apart (OpeningSelector).
   */
  keepClosed?: boolean
  /** The closed rows go in a table of their own (`closed: details`), not among the open ones. */
  closedApart?: boolean
  /**
   * Link every row's company as the company's last listing with a link does: of the whole feed
   * (`feed`) or of the board's own rows (`shown`). Default: each row as given.
   */
  fillCompanyUrls?: 'feed' | 'shown'
  /** The zone of sort keys `by: day` that name none. Default UTC. */
  timezone?: string
}

/**
 * What isCandidate reads of a listing: the load stage can give it before validating a record,
 * without the record's other fields (then the board's filters wait for the whole listing).
 */
export type CandidateFields =
  Pick<Listing, 'title' | 'categories' | 'active' | 'postedAt'> | Listing

/**
 * In the category, not closed (unless `keepClosed`), posted at most `maxAgeDays` before `now`
 * (exactly that old is kept) and at most one day after it (feeds in other time zones run
 * slightly ahead), visible and passing the board's filters: a record the board shows as its
 * opening's row when it is the opening's newest record.
 * Treat `options` as frozen once passed: the test built from it is kept for that object.
 */
export function isCandidate(listing: CandidateFields, options: SelectOptions): boolean {
  return testFor(options)(listing).take === 'row'
}

/**
 * What a board does with a record:
 * - `row`: a candidate (isCandidate), shown when it is its opening's newest record;
 * - `closes`: a closed record in the board's time window that the board shows no row of (closed
 *   rows dropped, the default; or outside the category or the filters). It still joins its
 *   opening, and as the opening's newest record it leaves the opening without a row: the
 *   opening's newest record decides, and an older open record of a closed posting is no
 *   opening;
 * - false: left out (too old or too new, or an open record outside the category or filters).
 */
type Take = 'row' | 'closes' | false

/** A board's Take of a record, and why it shows no row of it (undefined when it may). */
interface Verdict {
  reason?: LeftOutReason
  take: Take
}

/** The board's candidate test (candidateTest), made once for each `options`. */
function testFor(options: SelectOptions): (listing: CandidateFields) => Verdict {
  let test = candidateTests.get(options)
  if (!test) {
    test = candidateTest(options)
    candidateTests.set(options, test)
  }
  return test
}

/**
 * Every board's selection over one pass of the listings: the load stage asks `wants` before
 * validating a record, hands over each valid listing it wanted with `add`, and after the pass
 * reads again the records `missing` names (rarely any) for `recover`. Then `rows` gives each
 * board's openings.
 */
export class BoardSelections {
  private readonly boards: {
    options: SelectOptions
    /** The board's candidate test (testFor), made once: it is asked of every record. */
    verdict: (listing: CandidateFields) => Verdict
    selector: OpeningSelector
    leftOut: LeftOut
    /** The feed position of the last record counted in `leftOut`: a record counts once. */
    lastLeftOut: number
    /** The fields its filters and sort keys name that no listing added so far has, and which. */
    unseen: Map<string, NamedField>
  }[]
  /** How many valid listings were read; the fields of the first records (for `absentFields`). */
  private added = 0
  private readonly recordKeys = new Set<string>()
  /** Company -> the link of its last listing that had one; only when a board fills links. */
  private readonly companyUrls?: Map<string, string>

  /** One SelectOptions per board, in the order `rows` is asked. */
  constructor(boards: readonly SelectOptions[]) {
    this.boards = boards.map(options => ({
      options,
      verdict: testFor(options),
      selector: selectorFor(options),
      leftOut: { counts: { closed: 0, old: 0, ahead: 0, category: 0, filter: 0 } },
      lastLeftOut: 0,
      unseen: namedFields(options.selection)
    }))
    if (boards.some(options => options.fillCompanyUrls === 'feed')) this.companyUrls = new Map()
  }

  /**
   * Whether any board could show the record, judged on its selection fields alone (or on the
   * whole listing, once validated); every record when a board fills company links from the
   * whole feed. `fields.position` names the record, so that each board counts a record it
   * leaves out once.
   */
  wants(fields: CandidateFields & Pick<Listing, 'position'>): boolean {
    // Every valid listing is asked of once whole: the fields its filters name are looked for
    // in all of them, not only in those shown.
    if ('record' in fields) this.see(fields)
    if (this.companyUrls !== undefined) return true
    let wanted = false
    for (const board of this.boards) if (this.judge(board, fields) !== false) wanted = true
    return wanted
  }

  /** A valid listing read: the fields its boards name that it has are seen. */
  private see(listing: Listing): void {
    if (this.added++ < KEYS_SAMPLED) for (const key in listing.record) this.recordKeys.add(key)
    for (const { unseen } of this.boards)
      for (const field of unseen.keys())
        if (fieldValue(listing, field) != null) unseen.delete(field)
  }

  add(listing: Listing): void {
    if (listing.companyUrl) this.companyUrls?.set(companyKey(listing), listing.companyUrl)
    for (const board of this.boards) {
      const take = this.judge(board, listing)
      if (take !== false) board.selector.add(listing, listing.position, take === 'row')
    }
  }

  /**
   * The fields the filters and sort keys of the board at `index` name that none of the
   * listings read has (a name misspelled, or in another case: `Work_Type`), each with the
   * listings' field closest to it; a filter on such a field never holds (its `not` always
   * does), a sort key on it orders nothing. `listings`: how many were read.
   */
  absentFields(index: number): { listings: number; fields: AbsentField[] } {
    const known = [...new Set([...CANONICAL_FIELDS, ...this.recordKeys])]
    const absent = this.added === 0 ? [] : [...this.board(index).unseen]
    return {
      listings: this.added,
      fields: absent.map(([field, named]) => ({
        field,
        ...named,
        closest: nearest(
          field,
          known.filter(name => name !== field)
        )
      }))
    }
  }

  /**
   * The records the board at `index` merged into openings of another title and no id in common
   * (see OpeningSelector `unlike`).
   */
  unlike(index: number): { count: number; names: string[] } {
    return this.board(index).selector.unlike
  }

  /** Why the board at `index` left out the records it did not show. */
  leftOut(index: number): LeftOut {
    return this.board(index).leftOut
  }

  /**
   * What `board` does with the listing (Take); counts the reason when it shows no row of it.
   */
  private judge(
    board: BoardSelections['boards'][number],
    fields: CandidateFields & Pick<Listing, 'position'>
  ): Take {
    const { reason, take } = board.verdict(fields)
    if (reason === undefined || board.lastLeftOut === fields.position) return take
    board.lastLeftOut = fields.position
    const { leftOut } = board
    leftOut.counts[reason]++
    if (reason === 'old' && !(fields.postedAt <= (leftOut.newestOld ?? -Infinity)))
      leftOut.newestOld = fields.postedAt
    if (reason === 'ahead' && !(fields.postedAt >= (leftOut.earliestAhead ?? Infinity)))
      leftOut.earliestAhead = fields.postedAt
    if (reason === 'ahead' && (leftOut.ahead ??= []).length < AHEAD_NAMED)
      leftOut.ahead.push({
        position: fields.position,
        ...('id' in fields && fields.id && { id: fields.id }),
        postedAt: fields.postedAt
      })
    return take
  }

  private board(index: number): BoardSelections['boards'][number] {
    const board = this.boards[index]
    if (!board) throw new Error(`no board ${index}`)
    return board
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

  /**
   * The openings of the board at `index` (of the constructor's list). With `fillCompanyUrls`,
   * each links its company as the company's last listing with a link in the feed (or among the
   * rows) does.
   */
  rows(index: number): Listing[] {
    const board = this.board(index)
    const rows = board.selector.rows()
    const fill = board.options.fillCompanyUrls
    if (fill === 'shown') return withCompanyUrls(rows, companyUrlsOf(rows))
    return fill === 'feed' && this.companyUrls ? withCompanyUrls(rows, this.companyUrls) : rows
  }
}

/** The records whose fields `absentFields` suggests from. */
const KEYS_SAMPLED = 100

/** How a board names a field: in a filter (`select`), or a sort key. */
interface NamedField {
  in: 'select' | 'sort'
}

/** A field a board names that no listing has, and the listings' field closest to it. */
export interface AbsentField extends NamedField {
  field: string
  closest?: string
}

/** The fields a board's filters and sort keys name (a sort key's joined fields too). */
function namedFields(selection: BoardSelection | undefined): Map<string, NamedField> {
  const named = new Map<string, NamedField>()
  const visit = (filter: Filter): void => {
    if ('not' in filter) visit(filter.not)
    else if ('all' in filter) filter.all.forEach(visit)
    else if ('any' in filter) filter.any.forEach(visit)
    else if (!named.has(filter.field)) named.set(filter.field, { in: 'select' })
  }
  if (selection?.filter) visit(selection.filter)
  for (const key of selection?.sort ?? [])
    for (const field of [key.field, ...(key.joinedWith ?? [])])
      if (!named.has(field)) named.set(field, { in: 'sort' })
  return named
}

/** Company -> the link of its last listing in feed order that has one. */
function companyUrlsOf(listings: readonly Listing[]): Map<string, string> {
  const urls = new Map<string, string>()
  const inFeedOrder = [...listings].sort((a, b) => a.position - b.position)
  for (const listing of inFeedOrder)
    if (listing.companyUrl) urls.set(companyKey(listing), listing.companyUrl)
  return urls
}

function withCompanyUrls(rows: Listing[], urls: ReadonlyMap<string, string>): Listing[] {
  return rows.map(listing => {
    const companyUrl = urls.get(companyKey(listing))
    return companyUrl === undefined ? listing : { ...listing, companyUrl }
  })
}

/**
 * Dedupe, then sort (newest first, then company, title, id, by default), then cap at `maxRows`:
 * the rows of `candidates`, each a record the board shows (isCandidate). A board's feed goes
 * through BoardSelections, where a closed record the board drops still closes its opening.
 */
export function selectOpenings(candidates: readonly Listing[], options: SelectOptions): Listing[] {
  const selector = selectorFor(options)
  candidates.forEach((listing, index) => selector.add(listing, index))
  for (const index of selector.missing()) selector.recover(candidates[index]!, index)
  return selector.rows()
}

const DAY_MS = 24 * 60 * 60 * 1000

/** One test per options object, so the category pattern is compiled once per run. */
const candidateTests = new WeakMap<SelectOptions, (listing: CandidateFields) => Verdict>()

function selectorFor(options: SelectOptions): OpeningSelector {
  return new OpeningSelector(options.maxRows, {
    compare: sortComparator(options.selection?.sort, options.timezone ?? 'UTC'),
    dedupe: options.selection?.dedupe,
    closedApart: options.closedApart
  })
}

function candidateTest(options: SelectOptions) {
  const { category, keywords, now, maxAgeDays, keepClosed, selection } = options
  const inCategory = category ? categoryMatcher(category, keywords) : () => true
  const latest = now.getTime() + DAY_MS
  const earliest = maxAgeDays > 0 ? now.getTime() - maxAgeDays * DAY_MS : -Infinity
  const filters = [
    ...(selection?.visible ? [filterTest({ field: selection.visible, equals: true })] : []),
    ...(selection?.filter ? [filterTest(selection.filter)] : [])
  ]
  return (listing: CandidateFields): Verdict => {
    const closed = listing.active === false
    const outside = !(listing.postedAt >= earliest)
      ? 'old'
      : !(listing.postedAt <= latest)
        ? 'ahead'
        : undefined
    const reason =
      !keepClosed && closed
        ? 'closed'
        : (outside ??
          (!inCategory(listing)
            ? 'category'
            : 'record' in listing && !filters.every(test => test(listing))
              ? 'filter'
              : undefined))
    // A record outside the time window joins nothing: an old one is older than every record
    // inside it, so never an opening's newest; one too far ahead is left out as an open one is.
    const take = reason === undefined ? 'row' : closed && outside === undefined ? 'closes' : false
    return { reason, take }
  }
}
