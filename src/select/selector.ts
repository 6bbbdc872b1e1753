/**
 * One board's openings chosen while the listings stream in: dedupe, sort, cap, keeping in full
 * only the listings that can still be shown.
 *
 * What it keeps, and why that is exact:
 * - Every candidate leaves its three identity keys as UTF-8 bytes with 28 bytes of table each
 *   (OpeningSets, KeyTable) and 25 bytes more (its posting time, its place in the feed, its
 *   state, its node's parent and opening), all in flat arrays that at most double as they grow:
 *   any candidate, shown or not, can join two openings later, so no scheme that forgets keys
 *   can dedupe exactly.
 * - An opening shows its newest posting (the later in the feed on a tie: the feed's last word),
 *   which only ever gets newer as listings join it; a posting that stops being its opening's
 *   newest is never shown again and is dropped at once. A posting added as not shown (a closed
 *   record the board drops) is its opening's newest like any other, and while it is, the
 *   opening has no row: the older open postings of a closed opening are dropped, not shown.
 * - `maxRows` caps the open rows; the closed rows (a closed opening's newest record, on a board
 *   that shows them) are capped apart, at `maxRows` too, so a closed row never takes an open
 *   one's place. Of the openings' newest postings, the best-ranked of each kind (open, closed)
 *   are kept in full: at most twice `capacity` (maxRows plus maxRows or 100, whichever is more)
 *   listings of each, trimmed back to `capacity` by the sort order when full. Those trimmed away
 *   are lost: only their keys and 25 bytes stay, and the best-ranked posting of each kind ever
 *   lost is remembered.
 * - A lost posting can come back into the top rows when a later listing joins two openings
 *   ranked above it, or closes one (each such join or close frees a row). So at the end: when the
 *   last row of a kind (`maxRows`-th) ranks above the best posting of that kind ever lost, its
 *   rows are exact. Otherwise `missing` names the lost postings that could rank among them
 *   (those not older than that last row), the caller reads them again (`recover`), and the rows
 *   are exact again. That needs more joins between the top openings than the slack of
 *   `capacity` rows: rare in real feeds; with a feed made to do it, the second read keeps what
 *   it recovers.
 * - The rows: the best `maxRows` open ones, and beside them the best `maxRows` closed ones; with
 *   `closedApart` false (closed rows marked in place) only the closed ones that rank above the
 *   last open row when `maxRows` open ones are shown (a closed row below it would sit below an
 *   opening the cap left out).
 *
 * So memory is the keys of the candidates (about 250 bytes each for typical ids, urls and
 * names, none of it objects the garbage collector traces) plus at most 2 × capacity listings
 * of each kind, plus what a second read recovers. With `maxRows` 0 (no cap) every opening is
 * shown, so every newest posting is kept, as a full table needs.
 */
import type { Listing } from '../model.js'
import { foldText } from '../fold.js'
import { OpeningSets } from './dedupe.js'
import { grown } from './key-table.js'

/** How a board orders and merges its openings. */
export interface SelectorOrder {
  /** The order of the rows; default compareOpenings (newest first). */
  compare?: (a: Listing, b: Listing) => number
  /** Merge the listings of one opening; false shows each listing as its own row. Default true. */
  dedupe?: boolean
  /**
   * The closed rows go in a table of their own (`closed: details`): the best `maxRows` of them
   * whatever the open rows. Default false: shown in place among the open rows (`closed: mark`),
   * none ranked below the last open row when `maxRows` open ones are shown.
   */
  closedApart?: boolean
}

/** How many unlike records merged into one opening a warning names (`unlike`). */
const UNLIKE_NAMES = 4

export class OpeningSelector {
  private readonly openings: OpeningSets
  private readonly capacity: number
  private readonly compare: (a: Listing, b: Listing) => number
  /**
   * Per node: its posting time, its place in the feed, its state (HELD, LOST, DROPPED, HIDDEN),
   * its kind (OPEN, CLOSED).
   */
  private postedAt = new Float64Array(1024)
  private place = new Float64Array(1024)
  private state = new Uint8Array(1024)
  private kind = new Uint8Array(1024)
  /** Per root: the node of the opening's newest posting. */
  private newest = new Int32Array(1024)
  /**
   * Each kind's (OPEN, CLOSED) postings kept in full, by node: every opening's newest that can
   * still be shown.
   */
  private readonly held = [new Map<number, Listing>(), new Map<number, Listing>()]
  /** Per kind, the last posting kept by the last trim: one ranked below it is lost on arrival. */
  private readonly threshold: (Listing | undefined)[] = [undefined, undefined]
  /** Per kind, the best-ranked posting ever lost. */
  private readonly bestLost: (Listing | undefined)[] = [undefined, undefined]
  private readonly closedApart: boolean
  /** Nodes of lost postings by place, while `missing` awaits `recover`. */
  private awaited = new Map<number, number>()
  /**
   * The records merged into an opening whose newest posting held in full has another title and
   * no id in common given by the feed (postings sharing one careers page's link, not reposts of
   * one role; a missing id is no sign of one posting): how many, and the first (UNLIKE_NAMES)
   * of both sides, each named by its title and its id when the feed gave one.
   */
  readonly unlike = { count: 0, names: [] as string[] }

  /** `maxRows`: the most open rows shown (and the most closed ones), 0 for all. */
  constructor(
    private readonly maxRows: number,
    { compare = compareOpenings, dedupe = true, closedApart = false }: SelectorOrder = {}
  ) {
    this.capacity = maxRows + Math.max(maxRows, MIN_SLACK)
    this.compare = compare
    this.closedApart = closedApart
    this.openings = new OpeningSets(dedupe)
  }

  /**
   * Takes the next candidate of the feed. `place` names it in `missing` and `recover`: its
   * position in the feed unless told otherwise. `shown` false: a record that is never a row (a
   * closed one the board drops) but is its opening's newest posting like any other, so while
   * it is, the opening shows no row.
   */
  add(listing: Listing, place: number = listing.position, shown = true): void {
    const { node, joined } = this.openings.add(listing)
    this.grow(node)
    this.postedAt[node] = listing.postedAt
    this.place[node] = place
    this.kind[node] = kindOf(listing)
    let newest = node
    for (const root of joined) {
      const other = this.held[this.kind[this.newest[root]!]!]!.get(this.newest[root]!)
      if (other && isUnlike(other, listing)) {
        this.unlike.count++
        for (const name of [other, listing].map(unlikeName))
          if (this.unlike.names.length < UNLIKE_NAMES && !this.unlike.names.includes(name))
            this.unlike.names.push(name)
      }
    }
    for (const root of joined) {
      const candidate = this.newest[root]!
      if (this.isNewer(candidate, newest)) newest = candidate
    }
    for (const root of joined) {
      const previous = this.newest[root]!
      if (previous !== newest) this.drop(previous)
    }
    this.newest[node] = newest
    if (newest !== node) this.state[node] = DROPPED
    else if (shown) this.keep(node, listing)
    else this.state[node] = HIDDEN
  }

  /**
   * The places of the lost postings that could rank among the rows: empty when the rows are
   * known. Read them again and give each to `recover` before asking for `rows`.
   */
  missing(): Set<number> {
    this.awaited = new Map([...this.lostInReach(OPEN), ...this.lostInReach(CLOSED)])
    return new Set(this.awaited.keys())
  }

  /** Whether `missing` named `place` and `recover` has not had it yet. */
  awaits(place: number): boolean {
    return this.awaited.has(place)
  }

  /**
   * Takes back a lost posting named by `missing`. False when it is not the posting that was
   * lost (its time or its keys differ: the feed changed between the two reads).
   */
  recover(listing: Listing, place: number = listing.position): boolean {
    const node = this.awaited.get(place)
    if (node === undefined) return false
    if (this.postedAt[node] !== listing.postedAt || !this.openings.holds(node, listing))
      return false
    this.awaited.delete(place)
    this.state[node] = HELD
    this.held[this.kind[node]!]!.set(node, listing)
    return true
  }

  /**
   * The openings shown, deduped, in the selector's order: at most `maxRows` open ones, and the
   * closed ones beside them (see the module comment).
   */
  rows(): Listing[] {
    if (this.lostInReach(OPEN).size + this.lostInReach(CLOSED).size > 0)
      throw new Error('rows() before recovering what missing() named')
    const open = this.top(OPEN)
    let closed = this.top(CLOSED)
    const last = open[this.maxRows - 1]
    if (!this.closedApart && last) closed = closed.filter(row => this.compare(row, last) < 0)
    return [...open, ...closed].sort(this.compare)
  }

  /** The best `maxRows` postings kept of a kind, or all of them with no cap. */
  private top(kind: Kind): Listing[] {
    const ranked = this.ranked(kind)
    return this.maxRows > 0 ? ranked.slice(0, this.maxRows) : ranked
  }

  /** Lost postings of a kind, by place, that could rank among its rows (see the module comment). */
  private lostInReach(kind: Kind): Map<number, number> {
    const inReach = new Map<number, number>()
    const bestLost = this.bestLost[kind]
    if (!bestLost) return inReach
    const last = this.ranked(kind)[this.maxRows - 1]
    if (last && this.compare(last, bestLost) < 0) return inReach
    // In the default order nothing older than the last row can rank above it; in another, any
    // lost posting may.
    const oldest = this.compare === compareOpenings ? (last?.postedAt ?? -Infinity) : -Infinity
    for (let node = 0; node < this.openings.count; node++)
      if (this.state[node] === LOST && this.kind[node] === kind && this.postedAt[node]! >= oldest)
        inReach.set(this.place[node]!, node)
    return inReach
  }

  private grow(node: number): void {
    if (node < this.state.length) return
    this.postedAt = grown(this.postedAt)
    this.place = grown(this.place)
    this.state = grown(this.state)
    this.kind = grown(this.kind)
    this.newest = grown(this.newest)
  }

  /** Newer posting, or the later in the feed on a tie (a later record closes or retitles it). */
  private isNewer(node: number, other: number): boolean {
    return isNewerPosting(this.postedAt[node]!, node, this.postedAt[other]!, other)
  }

  private drop(node: number): void {
    this.held[this.kind[node]!]!.delete(node)
    this.state[node] = DROPPED
  }

  /** Keeps a new newest posting in full, unless it ranks too low to matter now. */
  private keep(node: number, listing: Listing): void {
    const kind = kindOf(listing)
    const held = this.held[kind]!
    const threshold = this.threshold[kind]
    const full = this.maxRows > 0 && held.size >= this.capacity
    if (full && threshold && this.compare(listing, threshold) > 0) {
      this.lose(node, listing)
      return
    }
    this.state[node] = HELD
    held.set(node, listing)
    if (this.maxRows > 0 && held.size >= 2 * this.capacity) this.trim(kind)
  }

  /** Keeps the best `capacity` postings of a kind; the rest are lost. */
  private trim(kind: Kind): void {
    const held = this.held[kind]!
    const ranked = [...held].sort(([, a], [, b]) => this.compare(a, b))
    for (const [node, listing] of ranked.slice(this.capacity)) {
      held.delete(node)
      this.lose(node, listing)
    }
    this.threshold[kind] = ranked[this.capacity - 1]?.[1]
  }

  private lose(node: number, listing: Listing): void {
    this.state[node] = LOST
    const kind = kindOf(listing)
    const best = this.bestLost[kind]
    if (!best || this.compare(listing, best) < 0) this.bestLost[kind] = listing
  }

  private ranked(kind: Kind): Listing[] {
    return [...this.held[kind]!.values()].sort(this.compare)
  }
}

/**
 * Whether the posting at feed place `place`, posted at `time`, is newer than the one at
 * `otherPlace`: posted later, or the later in the feed on a tie (the feed's last word). Of an
 * opening's records, the newest is the one the boards read.
 */
export function isNewerPosting(
  time: number,
  place: number,
  otherTime: number,
  otherPlace: number
): boolean {
  return time > otherTime || (time === otherTime && place > otherPlace)
}

/**
 * For each of `listings` (a file's records, in order), the index of its opening's newest record
 * (isNewerPosting): the one the boards read, as OpeningSelector does. `dedupe` false: each
 * record is an opening of its own.
 */
export function newestOfOpenings(listings: readonly Listing[], dedupe = true): number[] {
  const sets = new OpeningSets(dedupe)
  for (const listing of listings) sets.add(listing)
  // Roots are read after every record is in: a later one can join two openings.
  const newest = new Map<number, number>()
  listings.forEach((listing, index) => {
    const root = sets.find(index)
    const held = newest.get(root)
    if (
      held === undefined ||
      isNewerPosting(listing.postedAt, index, listings[held]!.postedAt, held)
    )
      newest.set(root, index)
  })
  return listings.map((_, index) => newest.get(sets.find(index))!)
}

/** Newest first; then company, title and id case-insensitively; then the same exactly. */
export function compareOpenings(a: Listing, b: Listing): number {
  return (
    b.postedAt - a.postedAt ||
    compareNames(a, b, text => text.toLowerCase()) ||
    compareNames(a, b, text => text)
  )
}

/** Rows kept beyond `maxRows`, so joins between the top openings rarely need a second read. */
const MIN_SLACK = 100

const HELD = 1
const LOST = 2
const DROPPED = 3
/** Its opening's newest posting, not shown: the opening has no row. */
const HIDDEN = 4

/** A row's kind: each is capped at `maxRows` apart. */
const OPEN = 0
const CLOSED = 1
type Kind = typeof OPEN | typeof CLOSED

/** A closed listing (`active: false`) is a closed row, kept only by a board that shows them. */
function kindOf(listing: Listing): Kind {
  return listing.active === false ? CLOSED : OPEN
}

/** Compares the code points of `form(text)` (compareText). */
function compareNames(a: Listing, b: Listing, form: (text: string) => string): number {
  return (
    compareText(form(a.company), form(b.company)) ||
    compareText(form(a.title), form(b.title)) ||
    compareText(form(a.id), form(b.id))
  )
}

/**
 * Text in Unicode code point order, as Python and a byte-wise UTF-8 sort order it, not by
 * `localeCompare` (every machine and locale sorts alike) nor by UTF-16 code units (`<`), which
 * put a character past U+FFFF (an emoji, U+1F680) below U+E000–U+FFFF (full-width letters,
 * U+FF2E). Only the first unit that differs matters: a surrogate (U+D800–U+DFFF, half of a
 * pair) ranks above every other unit, as the code point it starts does.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index)
    const right = b.charCodeAt(index)
    if (left !== right) return codePointRank(left) - codePointRank(right)
  }
  return a.length - b.length
}

/** A UTF-16 unit moved so that the units order as the code points they belong to. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800
}

/**
 * Whether two postings one opening merged look like different roles: other titles, and not
 * one id the feed gave both (a retitled posting keeps its id; a feed without ids tells nothing).
 */
function isUnlike(a: Listing, b: Listing): boolean {
  if (foldText(a.title) === foldText(b.title)) return false
  return !(a.idGiven && b.idGiven && a.id === b.id)
}

/** A merged posting as a warning names it: its title, and its id when the feed gave one. */
function unlikeName(listing: Listing): string {
  return listing.idGiven ? `"${listing.title}" (id "${listing.id}")` : `"${listing.title}"`
}
