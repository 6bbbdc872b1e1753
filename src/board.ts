/**
 * The core both front ends share: READMEs + listings in, the files to write out.
 * load (once) -> for each board: select -> stats -> render -> zones, plus its archive and feeds.
 * No I/O of its own: files come through `io`.
 */
import { archiveDocument, archiveFolder, archivePath, expiredArchives } from './archive/archive.js'
import type { BoardSettings, RunSettings } from './config/config.js'
import { tableChanges, type TableChanges } from './changes.js'
import { errors } from './errors.js'
import { fitRows, NoRoomForRows, type Fitted } from './fit.js'
import { loadListings, type LoadIO, type LoadResult } from './load/load.js'
import type { InvalidRecord, Listing, Stats } from './model.js'
import { chartBlock } from './render/chart.js'
import { tableColumns } from './render/columns.js'
import { leftOutNote } from './render/left-out.js'
import { toMarkdown } from './render/markdown.js'
import { mainTableRows, zoneOrder, zoneRows, type ZoneRows } from './render/rows.js'
import { statsBlock } from './render/stats.js'
import { postingColumn } from './config/table.js'
import { updatedLine } from './render/updated.js'
import { BoardSelections, type SelectOptions } from './select/select.js'
import { computeStats, type StatsOptions } from './stats/stats.js'
import { findZones, type Zone, type ZoneName } from './zones/find.js'
import { spliceZones, zoneContent } from './zones/splice.js'

export interface BoardIO extends LoadIO {
  /** Reports a warning (an annotation in the action, stderr in the CLI). */
  warn(message: string): void
  /** Every file path under a folder ('' is the root), for expiring archive snapshots. */
  listFiles(folder: string): Promise<string[]>
}

/** Where the board is published, for the links inside feeds; unknown to the CLI. */
export interface SiteLinks {
  /** The repository's page, e.g. `https://github.com/owner/repo`. */
  homePageUrl?: string
  /** Where the repository's files are served, ending in `/`. */
  feedBaseUrl?: string
}

/** A write (`text`) or a deletion of one file in the repository. */
export type FileChange = { path: string; text: string } | { path: string; deleted: true }

export interface BoardResult {
  readmePath: string
  /** The README as read. */
  before: string
  /** The README to write; equal to `before` when it does not change. */
  after: string
  /** Anything to write: the README (never for the "Last updated" line alone), an archive snapshot, a feed. */
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
  /** The first invalid records (see LoadResult); `invalidCount` counts them all. */
  invalid: InvalidRecord[]
  invalidCount: number
  /** Everything this board writes or deletes, its README first when it changed. */
  files: FileChange[]
  /** The new content of each zone the README has. */
  contents: Map<ZoneName, string>
}

export interface RunResult {
  boards: BoardResult[]
  /** Every board's files: what one commit holds. */
  files: FileChange[]
  changed: boolean
  /** The first invalid records (see LoadResult); `invalidCount` counts them all. */
  invalid: InvalidRecord[]
  invalidCount: number
  /** The counts over every board, for the outputs, the summary and the commit message. */
  totals: Totals
}

/** A single board's numbers; with several boards, the numbers of all their tables together. */
export interface Totals {
  /**
   * `jobs` is the sum of the tables' rows; the share of remote rows, the distinct companies and
   * the average salary are over all those rows (in the first board's salary currency).
   */
  stats: Stats
  added: number
  removed: number
  /** Invalid listings skipped (the listings are loaded once for every board). */
  skipped: number
}

/** Invalid records printed one by one before the rest are only counted. */
export const MAX_PRINTED_WARNINGS = 20

/**
 * The boards over the same listings, loaded once. Every README is read and its markers checked
 * before anything else, so a broken board fails the run before any work is done.
 */
export async function buildBoards(
  run: RunSettings,
  boards: BoardSettings[],
  io: BoardIO,
  site: SiteLinks = {}
): Promise<RunResult> {
  const readmes = await Promise.all(boards.map(board => readReadme(board, io)))
  for (const board of boards)
    if (board.archivePath) archivePath(board.archivePath, run.now, board.timezone)

  const selections = new BoardSelections(boards.map(board => selectOptions(board, run.now)))
  const loaded = await loadListings(run, io, selections)
  // The feed's hints (a fields mapping that would read it) come before the records they explain.
  for (const warning of loaded.warnings) io.warn(warning)
  reportInvalid(loaded, run.strict, io.warn)

  const results: BoardResult[] = []
  for (const [index, board] of boards.entries()) {
    const selected = selections.rows(index)
    results.push(await buildOne(run, board, readmes[index] as Readme, selected, loaded, io, site))
  }
  const files = results.flatMap(result => result.files)
  return {
    boards: results,
    files,
    changed: files.length > 0,
    invalid: loaded.invalid,
    invalidCount: loaded.invalidCount,
    totals: runTotals(results, boards[0] as BoardSettings, loaded.invalidCount)
  }
}

/**
 * "Last updated" moves only with something else: the README changes when, its Last updated line
 * held as `readme` has it, the zones' new `contents` change it. The one rule for a board built
 * here and for a README already proposed on a pull request branch.
 */
export function boardChanged(
  readme: string,
  zones: Map<ZoneName, Zone>,
  contents: Map<ZoneName, string>
): boolean {
  const held = new Map([...contents].filter(([name]) => name !== 'updated'))
  return spliceZones(readme, zones, held) !== readme
}

interface Readme {
  before: string
  zones: Map<ZoneName, Zone>
}

async function readReadme(board: BoardSettings, io: BoardIO): Promise<Readme> {
  const before = await io.readFile(board.readme)
  if (before === undefined) throw errors.readmeMissing(board.readme)
  return { before, zones: await findZones(before, board.markerPrefix) }
}

async function buildOne(
  run: RunSettings,
  config: BoardSettings,
  { before, zones }: Readme,
  selected: Listing[],
  loaded: LoadResult,
  io: BoardIO,
  site: SiteLinks
): Promise<BoardResult> {
  if (selected.length === 0 && !config.allowEmpty)
    throw errors.emptySelection(config.category, loaded.valid, loaded.read, loaded.feed)

  const readme = new ReadmeRenderer(before, zones, config, run.now)
  const fitted = fitToSize(zoneOrder(selected, config.rowShape.closed), readme, config)
  const changes = await tableChanges(
    zoneContent(before, zones.get('openings') as Zone),
    mainTableRows(fitted.rows, config.rowShape.closed).map(row => row.url),
    postingColumn(config.table)
  )
  guardRemovals(changes, config.maxRemovedPercent)

  const readmeFile: FileChange[] =
    fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : []
  const files = [...readmeFile, ...(await companionFiles(config, run.now, fitted.rows, io, site))]
  return {
    readmePath: config.readme,
    before,
    after: fitted.readme,
    changed: files.length > 0,
    stats: computeStats(fitted.rows, config),
    rows: fitted.rows,
    leftOut: fitted.leftOut,
    added: changes.added,
    removed: changes.removed,
    invalid: loaded.invalid,
    invalidCount: loaded.invalidCount,
    files,
    contents: fitted.contents
  }
}

function fitToSize(
  rows: Listing[],
  readme: ReadmeRenderer,
  config: BoardSettings
): Fitted<Listing> & { contents: Map<ZoneName, string> } {
  try {
    const fitted = fitRows(rows, config.maxBytes, shown => readme.rowSizes(shown), readme.render)
    return { ...fitted, contents: readme.contentsOf(fitted.rows, fitted.leftOut) }
  } catch (error) {
    if (error instanceof NoRoomForRows)
      throw errors.readmeTooLarge(config.readme, error.bytes, config.maxBytes)
    throw error
  }
}

function selectOptions(config: BoardSettings, now: Date): SelectOptions {
  return {
    category: config.category,
    keywords: config.keywords,
    now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows,
    selection: config.selection,
    keepClosed: config.rowShape.closed !== 'drop',
    fillCompanyUrls: config.rowShape.companyUrl === 'fill',
    timezone: config.timezone
  }
}

function reportInvalid(
  { invalid, invalidCount }: LoadResult,
  strict: boolean,
  warn: (message: string) => void
): void {
  const first = invalid[0]
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason)
  for (const record of invalid.slice(0, MAX_PRINTED_WARNINGS))
    warn(
      `Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ''}: ${record.reason}`
    )
  const unprinted = invalidCount - MAX_PRINTED_WARNINGS
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalidCount} in all).`)
}

/** A feed that suddenly lost most openings is more likely broken than right. */
function guardRemovals(changes: TableChanges, maxRemovedPercent: number): void {
  const { removed, previousRows } = changes
  if (previousRows > 0 && removed.length * 100 > maxRemovedPercent * previousRows)
    throw errors.tooManyRemoved(removed.length, previousRows, maxRemovedPercent)
}

/**
 * The archive snapshot and the feeds of the rows shown; each written only when it differs.
 * The feed writers (and their XML library) load only for a board that has feeds.
 */
async function companionFiles(
  config: BoardSettings,
  now: Date,
  rows: Listing[],
  io: BoardIO,
  site: SiteLinks
): Promise<FileChange[]> {
  const { labels, timezone, utm, category } = config
  const feeds = config.feedPaths.length > 0 ? await import('./feeds/feeds.js') : undefined
  const wanted = (
    feeds?.feedFiles(rows, { paths: config.feedPaths, labels, timezone, utm, category, ...site }) ??
    []
  ).map(feed => ({ path: feed.path, text: feed.content }))
  if (config.archivePath)
    wanted.push({
      path: archivePath(config.archivePath, now, timezone),
      text: archiveDocument(rows, { labels, timezone, utm, category, now })
    })
  const writes: FileChange[] = []
  for (const file of wanted) if ((await io.readFile(file.path)) !== file.text) writes.push(file)
  return [...writes, ...(await expiredSnapshots(config, now, io))]
}

async function expiredSnapshots(
  config: BoardSettings,
  now: Date,
  io: BoardIO
): Promise<FileChange[]> {
  const { archivePath: template, archiveDays, timezone } = config
  if (!template || archiveDays === undefined) return []
  const existing = await io.listFiles(archiveFolder(template))
  return expiredArchives(existing, template, now, timezone, archiveDays).map(path => ({
    path,
    deleted: true
  }))
}

/** Renders the README's zones for a given set of rows and splices them in. */
class ReadmeRenderer {
  constructor(
    private readonly readme: string,
    private readonly zones: Map<ZoneName, Zone>,
    private readonly config: BoardSettings,
    private readonly now: Date
  ) {}

  render = (rows: Listing[], leftOut: number): string => {
    const contents = this.contentsOf(rows, leftOut)
    return boardChanged(this.readme, this.zones, contents)
      ? spliceZones(this.readme, this.zones, contents)
      : this.readme
  }

  contentsOf(rows: Listing[], leftOut: number): Map<ZoneName, string> {
    return new Map(
      [...this.zones.keys()].map(name => [name, this.zoneMarkdown(name, rows, leftOut)])
    )
  }

  /** Bytes each row's line takes in the README, its line ending included. */
  rowSizes(rows: Listing[]): number[] {
    const eol = (this.zones.get('openings') as Zone).eol.length
    return this.table(rows).rowLines.map(line => Buffer.byteLength(line, 'utf8') + eol)
  }

  private zoneMarkdown(name: ZoneName, rows: Listing[], leftOut: number): string {
    const { labels, timezone, locale, maxAgeDays } = this.config
    const { now } = this
    switch (name) {
      case 'openings':
        return this.openings(rows, leftOut)
      case 'updated':
        return toMarkdown(updatedLine(now, { labels, timezone, locale }))
      case 'stats':
        return toMarkdown(statsBlock(computeStats(rows, this.config), { labels }))
      case 'chart':
        return toMarkdown(chartBlock(rows, { now, timezone, locale, labels, maxAgeDays }))
    }
  }

  private openings(rows: Listing[], leftOut: number): string {
    const { labels } = this.config
    const table = this.table(rows).lines.join('\n')
    return leftOut > 0 ? `${table}\n\n${toMarkdown(leftOutNote(leftOut, labels))}` : table
  }

  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  private lastTable?: { rows: Listing[]; lines: ZoneRows }

  private table(rows: Listing[]): ZoneRows {
    if (this.lastTable?.rows !== rows) {
      const { labels, timezone, locale, utm, rowShape, table } = this.config
      const { closed, repeatCompany } = rowShape
      const lines = zoneRows(rows, {
        labels,
        timezone,
        locale,
        utm,
        now: this.now,
        columns: tableColumns(table.columns),
        format: table.format,
        closed,
        repeatCompany
      })
      this.lastTable = { rows, lines }
    }
    return this.lastTable.lines
  }
}

/**
 * The counts over every board: rows, added and removed summed; remote share, companies and
 * average salary over all the rows shown (with `options`, the first board's).
 */
export function runTotals(boards: BoardResult[], options: StatsOptions, skipped: number): Totals {
  const sum = (count: (board: BoardResult) => number) =>
    boards.reduce((total, board) => total + count(board), 0)
  return {
    stats: computeStats(
      boards.flatMap(board => board.rows),
      options
    ),
    added: sum(board => board.added.length),
    removed: sum(board => board.removed.length),
    skipped
  }
}
