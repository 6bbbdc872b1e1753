/**
 * The core both front ends share: README + listings in, new README out.
 * load -> select -> stats -> render -> zones. No I/O of its own: files come through `io`.
 */
import type { Config } from './config/config.js'
import { tableChanges } from './changes.js'
import { errors } from './errors.js'
import { loadListings, type LoadIO } from './load/load.js'
import type { InvalidRecord, Listing, Stats } from './model.js'
import { toMarkdown } from './render/markdown.js'
import { openingsTable } from './render/openings.js'
import { statsBlock } from './render/stats.js'
import { updatedLine } from './render/updated.js'
import { isCandidate, selectOpenings, type SelectOptions } from './select/select.js'
import { computeStats } from './stats/stats.js'
import { findZones, type Zone, type ZoneName } from './zones/find.js'
import { spliceZones, zoneContent } from './zones/splice.js'

export interface BoardIO extends LoadIO {
  /** Reports a warning (an annotation in the action, stderr in the CLI). */
  warn(message: string): void
}

export interface BoardResult {
  readmePath: string
  /** The README as read. */
  before: string
  /** The README to write; equal to `before` when nothing changes. */
  after: string
  /** False also when only the "Last updated" line would move. */
  changed: boolean
  stats: Stats
  /** The openings shown. */
  rows: Listing[]
  /** Posting links (normalized, without utm) new in the table. */
  added: string[]
  /** Posting links of the old table that are gone. */
  removed: string[]
  invalid: InvalidRecord[]
}

/** Invalid records printed one by one before the rest are only counted. */
export const MAX_PRINTED_WARNINGS = 20

export async function buildBoard(config: Config, io: BoardIO): Promise<BoardResult> {
  const before = await io.readFile(config.readme)
  if (before === undefined) throw errors.readmeMissing(config.readme)
  const zones = findZones(before, config.markerPrefix)

  const selection = selectOptions(config)
  const loaded = await loadListings(config, io, listing => isCandidate(listing, selection))
  reportInvalid(loaded.invalid, config.strict, io.warn)
  for (const warning of loaded.warnings) io.warn(warning)

  const rows = selectOpenings(loaded.listings, selection)
  if (rows.length === 0 && !config.allowEmpty) throw errors.emptySelection(config.category, loaded.valid)
  const stats = computeStats(rows, config)

  const contents = renderZones(zones, rows, stats, config)
  const after = onlyUpdatedWouldChange(before, zones, contents) ? before : spliceZones(before, zones, contents)
  const openings = zones.get('openings') as Zone
  const changes = tableChanges(zoneContent(before, openings), rows.map(row => row.url))

  return {
    readmePath: config.readme,
    before,
    after,
    changed: after !== before,
    stats,
    rows,
    added: changes.added,
    removed: changes.removed,
    invalid: loaded.invalid
  }
}

function selectOptions(config: Config): SelectOptions {
  return {
    category: config.category,
    keywords: config.keywords,
    now: config.now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows
  }
}

function reportInvalid(invalid: InvalidRecord[], strict: boolean, warn: (message: string) => void): void {
  const first = invalid[0]
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason)
  for (const record of invalid.slice(0, MAX_PRINTED_WARNINGS))
    warn(`Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ''}: ${record.reason}`)
  const unprinted = invalid.length - MAX_PRINTED_WARNINGS
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalid.length} in all).`)
}

/** Markdown for each zone the README has; a zone it lacks is not rendered. */
function renderZones(
  zones: Map<ZoneName, Zone>,
  rows: Listing[],
  stats: Stats,
  config: Config
): Map<ZoneName, string> {
  const { labels, timezone, utm } = config
  const render: Record<ZoneName, () => string> = {
    openings: () => toMarkdown(openingsTable(rows, { labels, timezone, utm })),
    updated: () => toMarkdown(updatedLine(config.now, { labels, timezone })),
    stats: () => toMarkdown(statsBlock(stats, { labels }))
  }
  return new Map([...zones.keys()].map(name => [name, render[name]()]))
}

/** "Last updated" moves only when the openings or the stats change. */
function onlyUpdatedWouldChange(
  readme: string,
  zones: Map<ZoneName, Zone>,
  contents: Map<ZoneName, string>
): boolean {
  return [...zones].every(
    ([name, zone]) => name === 'updated' || zoneContent(readme, zone) === contents.get(name)
  )
}
