/**
 * The core both front ends share: READMEs + listings in, the files to write out.
 * load (once) -> for each board: select -> stats -> render -> zones, plus its archive and feeds.
 * No I/O of its own: files come through `io`.
 */
import { archiveDocument, archiveFolder, archivePath, expiredArchives } from './archive/archive.js'
import type { Config } from './config/config.js'
import { tableChanges, type TableChanges } from './changes.js'
import { errors } from './errors.js'
import { fitRows, NoRoomForRows, type Fitted } from './fit.js'
import { loadListings, type LoadIO, type LoadResult } from './load/load.js'
import type { InvalidRecord, Listing, Stats } from './model.js'
import { chartBlock } from './render/chart.js'
import { leftOutNote } from './render/left-out.js'
import { tableLines, toMarkdown } from './render/markdown.js'
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
  invalid: InvalidRecord[]
  /** Everything this board writes or deletes, its README first when it changed. */
  files: FileChange[]
}

export interface RunResult {
  boards: BoardResult[]
  /** Every board's files: what one commit holds. */
  files: FileChange[]
  changed: boolean
  invalid: InvalidRecord[]
}

/** Invalid records printed one by one before the rest are only counted. */
export const MAX_PRINTED_WARNINGS = 20

/** One board: the common case, a README of one category. */
export async function buildBoard(
  config: Config,
  io: BoardIO,
  site: SiteLinks = {}
): Promise<BoardResult> {
  const run = await buildBoards([config], io, site)
  return run.boards[0] as BoardResult
}

/**
 * Several boards over the same listings, loaded once. Every README is read and its markers
 * checked before anything else, so a broken board fails the run before any work is done.
 */
export async function buildBoards(
  configs: Config[],
  io: BoardIO,
  site: SiteLinks = {}
): Promise<RunResult> {
  const run = configs[0]
  if (!run) throw new Error('buildBoards needs at least one board')
  const readmes = await Promise.all(configs.map(config => readReadme(config, io)))
  for (const config of configs)
    if (config.archivePath) archivePath(config.archivePath, config.now, config.timezone)

  const selections = configs.map(selectOptions)
  const loaded = await loadListings(run, io, listing =>
    selections.some(options => isCandidate(listing, options))
  )
  reportInvalid(loaded.invalid, run.strict, io.warn)
  for (const warning of loaded.warnings) io.warn(warning)

  const boards: BoardResult[] = []
  for (const [index, config] of configs.entries())
    boards.push(await buildOne(config, readmes[index] as Readme, loaded, io, site))
  const files = boards.flatMap(board => board.files)
  return { boards, files, changed: files.length > 0, invalid: loaded.invalid }
}

interface Readme {
  before: string
  zones: Map<ZoneName, Zone>
}

async function readReadme(config: Config, io: BoardIO): Promise<Readme> {
  const before = await io.readFile(config.readme)
  if (before === undefined) throw errors.readmeMissing(config.readme)
  return { before, zones: await findZones(before, config.markerPrefix) }
}

async function buildOne(
  config: Config,
  { before, zones }: Readme,
  loaded: LoadResult,
  io: BoardIO,
  site: SiteLinks
): Promise<BoardResult> {
  const selection = selectOptions(config)
  const candidates = loaded.listings.filter(listing => isCandidate(listing, selection))
  const selected = selectOpenings(candidates, selection)
  if (selected.length === 0 && !config.allowEmpty)
    throw errors.emptySelection(config.category, loaded.valid)

  const readme = new ReadmeRenderer(before, zones, config)
  const fitted = fitToSize(selected, readme, config)
  const changes = await tableChanges(
    zoneContent(before, zones.get('openings') as Zone),
    fitted.rows.map(row => row.url)
  )
  guardRemovals(changes, config.maxRemovedPercent)

  const readmeFile: FileChange[] =
    fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : []
  const files = [...readmeFile, ...(await companionFiles(config, fitted.rows, io, site))]
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
    files
  }
}

function fitToSize(rows: Listing[], readme: ReadmeRenderer, config: Config): Fitted<Listing> {
  try {
    return fitRows(rows, config.maxBytes, shown => readme.rowSizes(shown), readme.render)
  } catch (error) {
    if (error instanceof NoRoomForRows)
      throw errors.readmeTooLarge(config.readme, error.bytes, config.maxBytes)
    throw error
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

function reportInvalid(
  invalid: InvalidRecord[],
  strict: boolean,
  warn: (message: string) => void
): void {
  const first = invalid[0]
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason)
  for (const record of invalid.slice(0, MAX_PRINTED_WARNINGS))
    warn(
      `Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ''}: ${record.reason}`
    )
  const unprinted = invalid.length - MAX_PRINTED_WARNINGS
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalid.length} in all).`)
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
  config: Config,
  rows: Listing[],
  io: BoardIO,
  site: SiteLinks
): Promise<FileChange[]> {
  const { labels, timezone, utm, category, now } = config
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
  return [...writes, ...(await expiredSnapshots(config, io))]
}

async function expiredSnapshots(config: Config, io: BoardIO): Promise<FileChange[]> {
  const { archivePath: template, archiveDays, now, timezone } = config
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
    return this.table(rows).body.map(line => Buffer.byteLength(line, 'utf8') + eol)
  }

  private zoneMarkdown(name: ZoneName, rows: Listing[], leftOut: number): string {
    const { labels, timezone, now, maxAgeDays } = this.config
    switch (name) {
      case 'openings':
        return this.openings(rows, leftOut)
      case 'updated':
        return toMarkdown(updatedLine(now, { labels, timezone }))
      case 'stats':
        return toMarkdown(statsBlock(computeStats(rows, this.config), { labels }))
      case 'chart':
        return toMarkdown(chartBlock(rows, { now, timezone, labels, maxAgeDays }))
    }
  }

  private openings(rows: Listing[], leftOut: number): string {
    const { labels } = this.config
    const { head, body } = this.table(rows)
    const table = [...head, ...body].join('\n')
    return leftOut > 0 ? `${table}\n\n${toMarkdown(leftOutNote(leftOut, labels))}` : table
  }

  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  private lastTable?: { rows: Listing[]; lines: ReturnType<typeof tableLines> }

  private table(rows: Listing[]): ReturnType<typeof tableLines> {
    if (this.lastTable?.rows !== rows) {
      const { labels, timezone, utm } = this.config
      this.lastTable = { rows, lines: tableLines(openingsTable(rows, { labels, timezone, utm })) }
    }
    return this.lastTable.lines
  }

  /** "Last updated" moves only when the openings or the stats change. */
  private onlyUpdatedWouldChange(contents: Map<ZoneName, string>): boolean {
    return [...this.zones].every(
      ([name, zone]) => name === 'updated' || zoneContent(this.readme, zone) === contents.get(name)
    )
  }
}
