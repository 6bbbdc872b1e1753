/**
 * Closes postings in the repository's own listings file: each active record whose posting is one
 * of `dead` gets `active: false` (or the field `fields` maps `active` onto), written as the
 * records write the flag (`no` where they write `yes`: FileKinds.flag), every other byte of the file as it was
 * (contribute/listings-file.ts).
 */
import type { ListingsFormat, RunSettings } from '../config/config.js'
import { fileKinds, flagSet } from '../contribute/file-kinds.js'
import { editListingsFile, type ListingEdit } from '../contribute/listings-file.js'
import { errors, isBoardError, type BoardError } from '../errors.js'
import { loadListings } from '../load/load.js'
import { normalizeUrl } from '../url.js'
import { formatOfExtension } from '../load/formats.js'

export interface Closed {
  /** The file's new text; equal to `text` when nothing was left to close. */
  text: string
  /** The records closed. */
  count: number
  /** Dead postings whose record the editor cannot change alone (a YAML anchor others repeat). */
  leftOpen: { url: string; problem: string }[]
}

/** `dead` holds normalized posting addresses (url.ts normalizeUrl). */
export async function closePostings(
  text: string,
  settings: RunSettings,
  dead: ReadonlySet<string>
): Promise<Closed> {
  // Every record, valid ones only, at its position in the file; nothing is selected or skipped.
  const loaded = await loadListings({ ...settings, strict: false }, { readFile: async () => text })
  const field = settings.fields.active ?? 'active'
  // `false` as the file's records write the flag, as a contribution's close does.
  const kinds = fileKinds(
    loaded.listings.map(listing => listing.record),
    settings.listingsFormat ?? formatOfExtension([settings.listings])
  )
  // A record the editor refuses keeps its posting open; the others still close.
  const leftOpen: Closed['leftOpen'] = []
  const refused = (url: string, error: unknown) => {
    if (!isRefusal(error)) throw error
    leftOpen.push({ url, problem: error.problem ?? error.message })
  }
  const closing = loaded.listings
    .filter(listing => listing.active && listing.url && dead.has(normalizeUrl(listing.url)))
    .flatMap(listing => {
      try {
        const set = flagSet(listing.record, field, false, kinds)
        return [{ url: listing.url!, edit: { kind: 'update', index: listing.position - 1, set } }]
      } catch (error) {
        refused(listing.url!, error)
        return []
      }
    }) satisfies { url: string; edit: ListingEdit }[]
  if (closing.length === 0) return { text, count: 0, leftOpen }
  const format = formatOf(settings)
  const edit = (edits: ListingEdit[]) => editListingsFile(text, format, edits)
  try {
    return { text: edit(closing.map(entry => entry.edit)), count: closing.length, leftOpen }
  } catch (error) {
    if (!isRefusal(error)) throw error
  }
  // Each is tried alone to tell which the editor refuses, only when the whole set was refused.
  const closable = closing.filter(({ url, edit: one }) => {
    try {
      edit([one])
      return true
    } catch (error) {
      refused(url, error)
      return false
    }
  })
  return {
    text: closable.length ? edit(closable.map(entry => entry.edit)) : text,
    count: closable.length,
    leftOpen
  }
}

function isRefusal(error: unknown): error is BoardError {
  return isBoardError(error) && error.code === 'write-refused'
}

function formatOf({ listingsFormat, listings }: RunSettings): ListingsFormat {
  const format = listingsFormat ?? formatOfExtension([listings])
  if (!format)
    throw errors.badInput(
      'listings-format',
      `must name the format of "${listings}" (json, jsonl, csv or yaml) for check-links to close postings in it`
    )
  return format
}
