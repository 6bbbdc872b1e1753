/**
 * The core both front ends share: README + listings in, new README out.
 * load -> select -> stats -> render -> zones. No I/O of its own: files come through `io`.
 */
import type { Config } from './config/config.js'
import { tableChanges, type TableChanges } from './changes.js'
import { errors } from './errors.js'
import { fitRows } from './fit.js'
import { loadListings, type LoadIO } from './load/load.js'
import type { InvalidRecord, Listing, Stats } from './model.js'
import { chartBlock } from './render/chart.js'
import { leftOutNote } from './render/left-out.js'
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
  /** Selected openings left out to keep the README under `max-bytes`. */
  leftOut: number
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

  const selected = selectOpenings(loaded.listings, selection)
  if (selected.length === 0 && !config.allowEmpty)
    throw errors.emptySelection(config.category, loaded.valid)

  const board = new ReadmeRenderer(before, zones, config)
  const fitted = fitRows(selected, config.maxBytes, rows => board.rowSizes(rows), board.render)
  const changes = tableChanges(
    zoneContent(before, zones.get('openings') as Zone),
    fitted.rows.map(row => row.url)
  )
  guardRemovals(changes, config.maxRemovedPercent)

  return {
    readmePath: config.readme,
    before,
    after: fitted.readme,
    changed: fitted.readme !== before,
    stats: computeStats(fitted.rows, config),
    rows: fitted.rows,
    leftOut: fitted.leftOut,
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

/** A feed that suddenly lost most openings is more likely broken than right. */
function guardRemovals(changes: TableChanges, maxRemovedPercent: number): void {
  const { removed, previousRows } = changes
  if (previousRows > 0 && removed.length * 100 > maxRemovedPercent * previousRows)
    throw errors.tooManyRemoved(removed.length, previousRows, maxRemovedPercent)
}

/** Renders the README's zones for a given set of rows and splices them in. */
class ReadmeRenderer {
  constructor(
    private readonly readme: string,
    private readonly zones: Map<ZoneName, Zone>,
    private readonly config: Config
  ) {}

  render = (rows: Listing[], leftOut: number): string => {
    const contents = new Map(
      [...this.zones.keys()].map(name => [name, this.zoneMarkdown(name, rows, leftOut)])
    )
    return this.onlyUpdatedWouldChange(contents)
      ? this.readme
      : spliceZones(this.readme, this.zones, contents)
  }

  /** Bytes each row's line takes in the README, its line ending included. */
  rowSizes(rows: Listing[]): number[] {
    const eol = (this.zones.get('openings') as Zone).eol.length
    const lines = this.openings(rows, 0).split('\n').slice(2, 2 + rows.length)
    return lines.map(line => Buffer.byteLength(line, 'utf8') + eol)
  }

  private zoneMarkdown(name: ZoneName, rows: Listing[], leftOut: number): string {
    const { labels, timezone, now } = this.config
    switch (name) {
      case 'openings':
        return this.openings(rows, leftOut)
      case 'updated':
        return toMarkdown(updatedLine(now, { labels, timezone }))
      case 'stats':
        return toMarkdown(statsBlock(computeStats(rows, this.config), { labels }))
      case 'chart':
        return toMarkdown(chartBlock(rows, { now, timezone, labels, maxAgeDays: this.config.maxAgeDays }))
    }
  }

  private openings(rows: Listing[], leftOut: number): string {
    const { labels, timezone, utm } = this.config
    const table = toMarkdown(openingsTable(rows, { labels, timezone, utm }))
    return leftOut > 0 ? `${table}\n\n${toMarkdown(leftOutNote(leftOut, labels))}` : table
  }

  /** "Last updated" moves only when the openings or the stats change. */
  private onlyUpdatedWouldChange(contents: Map<ZoneName, string>): boolean {
    return [...this.zones].every(
      ([name, zone]) => name === 'updated' || zoneContent(this.readme, zone) === contents.get(name)
    )
  }
}
