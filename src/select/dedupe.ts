/**
 * Which listings are the same opening: the same id, the same normalized url, or the same
 * company + title + location (case- and whitespace-insensitive). Sameness is transitive
 * (A shares B's id, B shares C's url: one opening of three), so listings are joined with
 * union-find as they arrive rather than compared pairwise.
 */
import type { Listing } from '../model.js'
import { normalizeUrl } from '../url.js'
import { foldText } from '../fold.js'
import { grown, KeyTable } from './key-table.js'

/**
 * The openings of the listings added so far, each a set of nodes (0, 1, 2, ... in the order
 * added) named by its root. A listing is kept only as its three identity keys, the first node
 * that had each: the keys of a listing no longer shown can still join two openings later.
 */
export class OpeningSets {
  private readonly keys: ReadonlyArray<(listing: Listing) => string | undefined>
  private readonly firstWithKey: KeyTable[]
  private parent = new Int32Array(1024)
  private size = 0

  /** `dedupe` false: every listing is an opening of its own, and no key is kept. */
  constructor(dedupe = true) {
    this.keys = dedupe ? IDENTITY_KEYS : []
    this.firstWithKey = this.keys.map(() => new KeyTable())
  }

  /** How many nodes there are. */
  get count(): number {
    return this.size
  }

  /**
   * Adds `listing` as the next node and joins it with every opening it shares a key with.
   * Returns the node, which becomes the joined opening's root, and the roots the openings it
   * joined had before.
   */
  add(listing: Listing): { node: number; joined: number[] } {
    const node = this.size++
    if (node === this.parent.length) this.parent = grown(this.parent)
    this.parent[node] = node
    const joined: number[] = []
    for (let kind = 0; kind < this.keys.length; kind++) {
      const key = this.keys[kind]!(listing)
      if (key === undefined) continue
      const first = this.firstWithKey[kind]!.firstOrAdd(key, node)
      if (first === undefined) continue
      const root = this.find(first)
      if (!joined.includes(root)) joined.push(root)
    }
    for (const root of joined) this.parent[root] = node
    return { node, joined }
  }

  /** The root of the opening `node` is in (path halving). */
  find(node: number): number {
    let current = node
    while (this.parent[current] !== current) {
      const grandparent = this.parent[this.parent[current]!]!
      this.parent[current] = grandparent
      current = grandparent
    }
    return current
  }

  /** Whether every identity key of `listing` belongs to the opening of `node`. */
  holds(node: number, listing: Listing): boolean {
    const root = this.find(node)
    return this.keys.every((keyOf, kind) => {
      const key = keyOf(listing)
      if (key === undefined) return true
      const first = this.firstWithKey[kind]!.get(key)
      return first !== undefined && this.find(first) === root
    })
  }
}

/**
 * The openings several tables show, each once (its first row): rows that are the same opening
 * by the keys the selection dedupes with (id, url, company + title + location) count once —
 * a listing shown in two tables, or two listings of one opening. With `dedupe` off, as the
 * tables show every listing apart, only rows of the same listing (its feed position) do.
 * A closed row (🔒 under `closed: mark`, folded under `details`) is no opening: it is left out.
 * For what the tables share: a README's stats and chart, a run's totals.
 */
export function distinctOpenings(
  tables: readonly (readonly Listing[])[],
  dedupe = true
): Listing[] {
  const rows = tables.flat().filter(row => row.active)
  if (!dedupe) {
    const seen = new Set<number>()
    return rows.filter(row => !seen.has(row.position) && seen.add(row.position))
  }
  const sets = new OpeningSets()
  const nodes = rows.map(row => sets.add(row).node)
  // Roots are read after every row is in: a later row can join two openings kept apart so far.
  const kept = new Map<number, Listing>()
  rows.forEach((row, index) => {
    const root = sets.find(nodes[index]!)
    if (!kept.has(root)) kept.set(root, row)
  })
  return [...kept.values()]
}

/**
 * Each kind of key a listing can share with another; keys of different kinds never match.
 * Undefined: the listing has no key of that kind (a closed listing without a link).
 */
const IDENTITY_KEYS: ReadonlyArray<(listing: Listing) => string | undefined> = [
  listing => listing.id,
  listing => listing.url && normalizeUrl(listing.url),
  listing =>
    `${foldText(listing.company)}\n${foldText(listing.title)}\n${foldText(listing.location)}`
]
