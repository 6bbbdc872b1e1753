/**
 * Collapse listings that are the same opening: the same id, the same normalized url, or the
 * same company + title + location (case- and whitespace-insensitive). Sameness is transitive
 * (A shares B's id, B shares C's url: one opening of three), so the records are joined with
 * union-find rather than compared pairwise.
 */
import type { Listing } from '../model.js'
import { normalizeUrl } from '../url.js'
import { foldText } from './fold.js'

/** One listing per opening: the newest posting, or on a tie the first in input order. */
export function dedupe(listings: readonly Listing[]): Listing[] {
  const openings = new DisjointSets(listings.length)
  // One kind of key at a time, so a large feed never holds all its keys at once.
  for (const keyOf of IDENTITY_KEYS) {
    const firstWithKey = new Map<string, number>()
    listings.forEach((listing, index) => {
      const key = keyOf(listing)
      const first = firstWithKey.get(key)
      if (first === undefined) firstWithKey.set(key, index)
      else openings.union(first, index)
    })
  }
  const newestByOpening = new Map<number, Listing>()
  listings.forEach((listing, index) => {
    const opening = openings.find(index)
    const newest = newestByOpening.get(opening)
    if (!newest || listing.postedAt > newest.postedAt) newestByOpening.set(opening, listing)
  })
  return [...newestByOpening.values()]
}

/** Each kind of key a listing can share with another. */
const IDENTITY_KEYS: ReadonlyArray<(listing: Listing) => string> = [
  listing => listing.id,
  listing => normalizeUrl(listing.url),
  listing => [listing.company, listing.title, listing.location].map(foldText).join('\n')
]

/** Union-find over 0..size-1 with path halving; `find` names a set by its root. */
class DisjointSets {
  private readonly parent: number[]

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index)
  }

  find(index: number): number {
    let node = index
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node]!]!
      this.parent[node] = grandparent
      node = grandparent
    }
    return node
  }

  union(a: number, b: number): void {
    this.parent[this.find(b)] = this.find(a)
  }
}
