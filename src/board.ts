/**
 * The core both front ends share: READMEs + listings in, the files to write out.
 * load (once) -> for each board: select -> stats -> render -> zones, plus its archive and feeds.
 * No I/O of its own: files come through `io`.
 */
import type { Table } from 'mdast'
import { archiveDocument, archiveFolder, archivePath, expiredArchives } from './archive/archive.js'
import { idleOptions, type BoardSettings, type RunSettings } from './config/config.js'
import {
  HeldOpenings,
  openingLinks,
  tableChanges,
  type PostingColumn,
  type TableChanges
} from './changes.js'
import { BoardError, emptySelectionText, errors } from './errors.js'
import { fitRows, NoRoomForRows } from './fit.js'
import { loadListings, type LoadIO, type LoadResult } from './load/load.js'
import type { InvalidRecord, LeftOut, Listing, Stats } from './model.js'
import { chartBlock } from './render/chart.js'
import { fieldsNoRowHas, tableColumns } from './render/columns.js'
import { leftOutNote } from './render/left-out.js'
import { pipeLayout, toMarkdown } from './render/markdown.js'
import {
  mainTableRows,
  pipeTable,
  zoneOrder,
  zoneRows,
  type TableWriter,
  type ZoneRows,
  type ZoneRowsOptions
} from './render/rows.js'
import { statsBlock } from './render/stats.js'
import { postingColumn, type TableSettings } from './config/table.js'
import { updatedLine } from './render/updated.js'
import { distinctOpenings } from './select/dedupe.js'
import { BoardSelections, type SelectOptions } from './select/select.js'
import { computeStats, type StatsOptions } from './stats/stats.js'
import {
  findZones,
  openingsZone,
  type References,
  type Zone,
  type ZoneName,
  type ZoneTable
} from './zones/find.js'
import { countsBlock, type TableCount } from './render/counts.js'
import { spliceZones, zoneContent } from './zones/splice.js'
import { wellFormed } from './utf8.js'
import { gfmTree } from './gfm.js'
import { toString } from 'mdast-util-to-string'

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
  /** The board's table in a README of several (its `zone`); undefined: the README's only one. */
  zone?: string
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
 * before anything else, so a broken board fails the run before any work is done. Boards that
 * share a README (each with its own `zone`) build it together: one README, several tables.
 */
export async function buildBoards(
  run: RunSettings,
  boards: BoardSettings[],
  io: BoardIO,
  site: SiteLinks = {}
): Promise<RunResult> {
  for (const note of idleOptions(boards)) io.warn(note)
  const groups = readmeGroups(boards)
  const readmes = await Promise.all(groups.map(group => readReadme(group, io, run.boardsFile)))
  for (const board of boards)
    if (board.archivePath) archivePath(board.archivePath, run.now, board.timezone)

  const selections = new BoardSelections(boards.map(board => selectOptions(board, run.now)))
  const held = await heldOpenings(boards, readmes, groups)
  const loaded = await loadListings(run, io, selections, held)
  // The feed's hints (a fields mapping that would read it) come before the records they explain.
  for (const warning of loaded.warnings) io.warn(warning)
  reportInvalid(loaded, run.strict, io.warn)
  reportAhead(
    boards.map((_, index) => selections.leftOut(index)),
    run,
    io.warn
  )
  reportUnlike(
    boards.map((_, index) => selections.unlike(index)),
    io.warn
  )
  for (const [index, board] of boards.entries()) warnAbsentFields(board, selections, index, io)
  // Each board's rows, sorted once (a selection sorts them anew each time it is asked).
  const shown = boards.map((_, index) => selections.rows(index))
  // Why a board shows no openings, for a board that may not be empty (the README is checked
  // first: a table that holds no row already is written empty, with the reason as a warning).
  const empty = boards.map((board, index) =>
    shown[index]!.length === 0 && !board.allowEmpty
      ? emptySelectionText(
          board.category,
          loaded.valid,
          loaded.read,
          loaded.feed,
          loaded.invalid[0],
          { ...selections.leftOut(index), maxAgeDays: board.maxAgeDays, now: run.now },
          namedTable(board, boards.length > 1)
        )
      : undefined
  )
  for (const [index, board] of boards.entries()) {
    const why = empty[index]
    const readme = readmes[groups.findIndex(group => group.includes(board))] as Readme
    if (why !== undefined && !heldNoRows(readme, board)) throw errors.emptySelection(why)
  }
  const selected = boards.map((board, index) => {
    const why = empty[index]
    if (why !== undefined)
      io.warn(
        `${why} The table held no row before either, so it stays empty; set "allow-empty: true" if an empty table is intended.`
      )
    return zoneOrder(shown[index]!, board.rowShape.closed)
  })
  for (const [index, board] of boards.entries())
    warnEmptyColumns(board, selected[index] as Listing[], run.now, io)

  const results: BoardResult[] = []
  for (const [index, group] of groups.entries()) {
    const tables = group.map(board => ({
      rows: selected[boards.indexOf(board)] as Listing[],
      named: boards.length > 1
    }))
    const built = await buildReadme(run, group, readmes[index] as Readme, tables, loaded, io, {
      site,
      held
    })
    for (const [member, result] of built.entries()) results[boards.indexOf(group[member]!)] = result
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

/**
 * Whether the board's zone holds a table with no row under its header, as a board's table
 * before its season's first role: a run that finds no opening to show empties nothing there.
 * A zone with no table yet is none (its first run, more likely given the wrong feed).
 */
function heldNoRows({ before, zones }: Readme, board: BoardSettings): boolean {
  const zone = zones.get(openingsZone(board.zone))
  if (!zone || zone.tables.length === 0) return false
  return zone.tables.every(table =>
    table.format === 'pipe' ? table.rows.length <= 1 : !/<td[\s>]/i.test(zoneContent(before, zone))
  )
}

/**
 * The openings of the tables on the page whose board guards its removals (max-removed-percent
 * under 100), for the load stage to tell which of them the feed still holds; undefined when no
 * board has any.
 */
async function heldOpenings(
  boards: BoardSettings[],
  readmes: Readme[],
  groups: BoardSettings[][]
): Promise<HeldOpenings | undefined> {
  const held = new HeldOpenings()
  for (const [index, group] of groups.entries()) {
    const { before, zones } = readmes[index] as Readme
    for (const board of group) {
      const zone = zones.get(openingsZone(board.zone))
      if (board.maxRemovedPercent >= 100 || !zone || zone.tables.length === 0) continue
      const oldZone = { text: zoneContent(before, zone), tables: zone.tables }
      held.watch(await openingLinks(oldZone, postingOf(board)))
    }
  }
  return held.size > 0 ? held : undefined
}

/** The boards by README, in the order each README first appears; a board's README is its group's. */
function readmeGroups(boards: BoardSettings[]): BoardSettings[][] {
  const groups = new Map<string, BoardSettings[]>()
  for (const board of boards) groups.set(board.readme, [...(groups.get(board.readme) ?? []), board])
  return [...groups.values()]
}

/**
 * The README of a group, with the openings zone of each of its boards; `boardsFile`, the boards
 * file that names it, if any.
 */
async function readReadme(
  group: BoardSettings[],
  io: BoardIO,
  boardsFile?: string
): Promise<Readme> {
  const { readme, markerPrefix } = group[0] as BoardSettings
  const before = await io.readFile(readme)
  if (before === undefined) throw errors.readmeMissing(readme, boardsFile)
  const needed = group.map(board => openingsZone(board.zone))
  const zones = await findZones(before, markerPrefix, needed, message => io.warn(message))
  for (const [name, zone] of zones)
    if (name.startsWith('openings') && !needed.includes(name))
      io.warn(unwrittenTableText(readme, markerPrefix, name, zone.startLine))
  return { before, zones }
}

/**
 * A table zone of the README no board of the run writes (its board removed from the boards
 * file, or renamed): left as it is, its rows go stale.
 */
function unwrittenTableText(readme: string, prefix: string, name: string, line: number): string {
  const board = name === 'openings' ? 'no "zone"' : `zone: ${name.slice('openings:'.length)}`
  return `${readme}: line ${line}: no board of this run writes the ${name} zone (<!-- ${prefix}:${name}:start -->), so its table is left as it is and its rows are not updated. Give it a board with ${board} (in the boards file, or the "zone" input), or remove its markers if the table is kept by hand.`
}

/**
 * One README and its boards' tables (`tables[i]` the rows of `group[i]`, in zone order, and
 * whether messages name its table: with several boards): the README's text, and each board's
 * result; the README's file goes with its first board. `held`: the old tables' openings the
 * feed still holds, for the removal guard.
 */
async function buildReadme(
  run: RunSettings,
  group: BoardSettings[],
  { before, zones }: Readme,
  tables: { rows: Listing[]; named: boolean }[],
  loaded: LoadResult,
  io: BoardIO,
  { site, held }: { site: SiteLinks; held?: HeldOpenings }
): Promise<BoardResult[]> {
  const writers = await Promise.all(
    group.map(board => tableWriter(board.table, zones.get(openingsZone(board.zone))?.tables[0]))
  )
  const readme = new ReadmeRenderer(
    before,
    zones,
    group,
    writers,
    run.now,
    tables.map(table => table.rows)
  )
  const fitted = fitToSize(
    tables.map(table => table.rows),
    readme,
    group
  )
  for (const [index, rows] of fitted.tooLarge.entries())
    for (const listing of rows)
      io.warn(
        `${namedTable(group[index]!, group.length > 1) ?? group[0]!.readme}: the row of listing #${listing.position}${listing.id ? ` (id ${listing.id.slice(0, 60)})` : ''} alone takes more than max-bytes ${group[0]!.maxBytes.toLocaleString('en-US')} leaves for the table's rows, so it is left out. A value of the listing is far too long for a README: set "max-cell-length", or fix the listing.`
      )
  const results: BoardResult[] = []
  for (const [index, config] of group.entries()) {
    const rows = fitted.tables[index] as Listing[]
    const zone = zones.get(openingsZone(config.zone)) as Zone
    const mainRows = mainTableRows(rows, config.rowShape.closed)
    const oldText = zoneContent(before, zone)
    const newText = fitted.contents.get(openingsZone(config.zone)) ?? ''
    const changes = await tableChanges(
      { text: oldText, tables: zone.tables },
      {
        text: newText,
        ...readme.tableOf(index, rows),
        active: mainRows.map(row => row.active)
      },
      mainRows.map(row => row.url),
      postingOf(config),
      held
    )
    guardRemovals(changes, config, { named: tables[index]!.named, closing: run.mode })
    // A table written again as it was drops nothing.
    if (newText !== oldText)
      await warnDroppedColumns(
        zone.tables[0],
        oldText,
        readme.tableOf(index, rows).table,
        config,
        io
      )
    if (changes.unreadPosting && rows.some(row => row.active))
      io.warn(unreadPostingText(changes.unreadPosting, config, tables[index]!.named))
    const readmeFile: FileChange[] =
      index === 0 && fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : []
    const shown = { rows, selected: tables[index]!.rows }
    const files = [...readmeFile, ...(await companionFiles(config, run.now, shown, io, site))]
    results.push({
      readmePath: config.readme,
      zone: config.zone,
      before,
      after: fitted.readme,
      changed: files.length > 0,
      stats: computeStats(distinctOpenings([rows], config.selection.dedupe), config),
      rows,
      leftOut: fitted.leftOut[index] as number,
      added: changes.added,
      removed: changes.removed,
      invalid: loaded.invalid,
      invalidCount: loaded.invalidCount,
      files,
      contents: fitted.contents
    })
  }
  return results
}

interface FittedTables {
  tables: Listing[][]
  leftOut: number[]
  /** Each table's rows too large for the README on their own (fitRows), passed over. */
  tooLarge: Listing[][]
  readme: string
  contents: Map<ZoneName, string>
}

/** The openings among the last `out` rows: a closed row (`closed: mark`) is none. */
function openingsOf(rows: readonly Listing[], out: number): number {
  let count = 0
  for (let row = rows.length - out; row < rows.length; row++) if (rows[row]?.active) count++
  return count
}

/**
 * Keeps the README within `max-bytes` (its first board's): the first rows of each table, in
 * its order, that fit. With several tables the last is shortened first, then the one before it, and so on.
 */
function fitToSize(
  tables: Listing[][],
  readme: ReadmeRenderer,
  group: BoardSettings[]
): FittedTables {
  const first = group[0] as BoardSettings
  const shown = [...tables]
  const leftOut = tables.map(() => 0)
  const tooLarge = tables.map((): Listing[] => [])
  const others = <T>(values: T[], index: number, value: T) =>
    values.map((each, at) => (at === index ? value : each))
  // What the README leaves for one row with no other row in any table: a row larger than that
  // shows in no layout. Rendered only when a table does not fit whole, and once.
  let room: number | undefined
  const largest = () => {
    room ??=
      first.maxBytes -
      Buffer.byteLength(
        readme.render(
          tables.map(() => []),
          tables.map(all => openingsOf(all, all.length))
        ),
        'utf8'
      )
    return room
  }
  for (let index = tables.length - 1; index >= 0; index--) {
    const all = tables[index] as Listing[]
    try {
      const fitted = fitRows(
        all,
        first.maxBytes,
        rows => readme.rowSizes(index, rows),
        (rows, out) =>
          readme.render(others(shown, index, rows), others(leftOut, index, openingsOf(all, out))),
        largest
      )
      shown[index] = fitted.rows
      tooLarge[index] = fitted.tooLarge
      leftOut[index] = openingsOf(all, fitted.leftOut)
    } catch (error) {
      if (!(error instanceof NoRoomForRows)) throw error
      // The tables above it take the room: this one shows none, the first one fails.
      if (index === 0) throw errors.readmeTooLarge(first.readme, error.bytes, first.maxBytes)
      shown[index] = []
      leftOut[index] = openingsOf(all, all.length)
    }
    // A table max-bytes leaves no row of its openings is emptied only where empty is allowed.
    const board = group[index] as BoardSettings
    if (shown[index]!.length === 0 && all.length > 0 && !board.allowEmpty)
      throw errors.noRoomForRows(
        first.readme,
        namedTable(board, group.length > 1),
        all.length,
        first.maxBytes
      )
  }
  return {
    tables: shown,
    leftOut,
    tooLarge,
    readme: readme.render(shown, leftOut),
    contents: readme.contentsOf(shown, leftOut)
  }
}

/** Where a board's missing company links come from. */
const FILL_FROM = { 'as-given': undefined, fill: 'feed', 'fill-shown': 'shown' } as const

function selectOptions(config: BoardSettings, now: Date): SelectOptions {
  return {
    category: config.category,
    keywords: config.keywords,
    now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows,
    selection: config.selection,
    keepClosed: config.rowShape.closed !== 'drop',
    closedApart: config.rowShape.closed === 'details',
    fillCompanyUrls: FILL_FROM[config.rowShape.companyUrl],
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

/**
 * The records left out for a date more than a day after the run's clock (a typo such as
 * 2062, a time zone slip), reported as invalid records are: one warning naming the first few
 * and what to fix, or with `strict` the run fails on the first. Boards differ only in whether
 * a closed record is left out first: the board that left out the most speaks for all.
 */
function reportAhead(
  leftOut: LeftOut[],
  { strict, now }: Pick<RunSettings, 'strict' | 'now'>,
  warn: (message: string) => void
): void {
  const most = leftOut.reduce<LeftOut | undefined>(
    (best, board) => (board.counts.ahead > (best?.counts.ahead ?? 0) ? board : best),
    undefined
  )
  const first = most?.ahead?.[0]
  if (!most || !first) return
  const day = (time: number): string => new Date(time).toISOString().slice(0, 10)
  const why = `more than a day after the run's clock (${day(now.getTime())}), a date in the future: a typo in the year or day, or a time zone slip`
  const fix = `Fix posted_at in the feed (or "now", if it is set)`
  if (strict)
    throw errors.invalidRecord(
      first.position,
      first.id,
      `posted_at: ${day(first.postedAt)} is ${why}. ${fix}`
    )
  const named = most.ahead!.map(
    record =>
      `#${record.position}${record.id ? ` (id ${record.id})` : ''} on ${day(record.postedAt)}`
  )
  const count = most.counts.ahead
  const more =
    count > named.length ? `, and ${(count - named.length).toLocaleString('en-US')} more` : ''
  warn(
    `Skipped ${count.toLocaleString('en-US')} ${count === 1 ? 'listing' : 'listings'} posted ${why}: ${named.join(', ')}${more}. ${fix}; "strict: true" turns this into a failure.`
  )
}

/**
 * Records of different titles and no id in common that dedupe merged into one opening, as it
 * merges postings that share a link (one careers page for every role): the rows of all but
 * one are gone. Reposts of one role keep their title, and a retitled posting its id: neither
 * is named. The board that merged the most speaks for all.
 */
function reportUnlike(
  merged: { count: number; names: string[] }[],
  warn: (message: string) => void
): void {
  const most = merged.reduce((best, board) => (board.count > best.count ? board : best), {
    count: 0,
    names: [] as string[]
  })
  if (most.count === 0) return
  warn(
    `Merged ${most.count.toLocaleString('en-US')} ${most.count === 1 ? 'listing' : 'listings'} into the opening of another listing with another title and no id in common, as they share a link (or company, title and location): ${most.names.join(', ')}. Each opening shows one row, its newest listing's. If they are different postings (one careers page for every role), give each its own link, or set "dedupe: false" to show every listing.`
  )
}

/**
 * A feed that suddenly lost most openings is more likely broken than right: the openings of the
 * old table (closed rows marked 🔒 are none) the run removes that the feed no longer holds at
 * all, against max-removed-percent. An opening the feed still holds is no sign of a broken feed:
 * one it holds open left the table by the board's settings (pushed down by newer rows under
 * max-rows, cut by max-bytes, aged out past max-age-days, its selection), one it holds closed
 * was closed on purpose. A link check (`closing`: check-links) counts the postings it closes
 * too: a site that answers every request with 404 looks like that. The refusal names the board's
 * table when the run has several boards (`named`).
 */
function guardRemovals(
  { openings }: TableChanges,
  config: BoardSettings,
  { named, closing }: { named: boolean; closing: RunSettings['mode'] }
): void {
  const limit = config.maxRemovedPercent
  if (!openings || openings.before === 0) return
  const closed = closing === 'check-links' ? 0 : openings.closed
  const counted = openings.vanished + (openings.closed - closed)
  if (counted * 100 <= limit * openings.before) return
  throw errors.tooManyRemoved(counted, openings.before, limit, {
    table: named ? boardLabel({ readmePath: config.readme, zone: config.zone }) : undefined,
    uncounted: openings.others,
    held: { open: openings.removed - openings.vanished - openings.closed, closed }
  })
}

/**
 * The column of a board's table that holds the posting link, with its header as the board
 * writes it (labels alone: a header template reads no listing), by which an old table's rows
 * are read where that table has the column (tableChanges). The same object for a board, so that
 * the rows the removal guard read before the feed are not read again after it.
 */
function postingOf(board: BoardSettings): PostingColumn {
  const known = POSTINGS.get(board)
  if (known) return known
  const index = postingColumn(board.table)
  const column = tableColumns(board.table.columns)[index]
  const { labels, timezone, locale } = board
  const posting = column
    ? { index, header: column.header({ labels, timezone, locale }) }
    : { index }
  POSTINGS.set(board, posting)
  return posting
}

const POSTINGS = new WeakMap<BoardSettings, PostingColumn>()

/**
 * A table whose posting column shows no link in any row (`"{{ url | remove: 'https://' }}"`, a
 * cell that writes the address so GitHub does not link it): what its rows are named by cannot
 * tell the openings a run adds and removes, so the summary's +/- and max-removed-percent do not
 * go by them.
 */
function unreadPostingText(
  { column, header }: { column: number; header: string },
  config: BoardSettings,
  named: boolean
): string {
  const table = named ? `${boardLabel({ readmePath: config.readme, zone: config.zone })}: ` : ''
  return `${table}column ${column + 1}${header ? ` ("${header}")` : ''} of the table holds the posting link, but none of its rows shows a link or an address there: the run cannot tell which openings it adds and removes (the +/- counts do not go by postings) and max-removed-percent cannot guard against a broken feed. Make that column's cell link the posting, e.g. "{{ title | link: url }}" or "{{ 'Apply' | link: url }}", or mark the column whose cell links the posting with "posting: true".`
}

/**
 * The feeds of the rows shown, and the archive snapshot of every row the board selected (the
 * README's `max-bytes` is no limit of the snapshot's: it keeps the day's openings whole); each
 * written only when it differs. The feed writers (and their XML library) load only for a board
 * that has feeds.
 */
async function companionFiles(
  config: BoardSettings,
  now: Date,
  { rows, selected }: { rows: Listing[]; selected: Listing[] },
  io: BoardIO,
  site: SiteLinks
): Promise<FileChange[]> {
  const { labels, timezone, utm, category } = config
  const feeds = config.feedPaths.length > 0 ? await import('./feeds/feeds.js') : undefined
  const previous = new Map<string, string | undefined>()
  for (const path of feeds ? config.feedPaths : []) previous.set(path, await io.readFile(path))
  const wanted = (
    feeds?.feedFiles(rows, {
      paths: config.feedPaths,
      labels,
      timezone,
      locale: config.locale,
      utm,
      category,
      ...site,
      now,
      previous
    }) ?? []
  ).map(feed => ({ path: feed.path, text: wellFormed(feed.content) }))
  if (config.archivePath)
    wanted.push({
      path: archivePath(config.archivePath, now, timezone),
      text: wellFormed(
        archiveDocument(await boardTable(config, selected, now), {
          labels,
          timezone,
          category,
          now
        })
      )
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

/** Renders the README's zones for given rows of each of its tables and splices them in. */
class ReadmeRenderer {
  constructor(
    private readonly readme: string,
    private readonly zones: Map<ZoneName, Zone>,
    /** The README's boards; the first one's options shape the zones they share. */
    private readonly boards: BoardSettings[],
    /** Each board's table writer (tableWriter); undefined: a pipe table. */
    private readonly writers: Array<TableWriter | undefined>,
    private readonly now: Date,
    /**
     * The rows each board selected, before max-bytes leaves any out: what the `counts` zone and
     * the Last updated line's counts count, so that a table cut for size is not counted short.
     */
    private readonly selected: Listing[][]
  ) {}

  render = (tables: Listing[][], leftOut: number[]): string => this.rendered(tables, leftOut).readme

  /** The new content of each zone the boards write; another table's zone is left alone. */
  contentsOf(tables: Listing[][], leftOut: number[]): Map<ZoneName, string> {
    return this.rendered(tables, leftOut).contents
  }

  // Fitting asks for the README of the rows it kept again, then for its zones' contents.
  private last?: { tables: Listing[][]; leftOut: number[] } & Rendered

  private rendered(tables: Listing[][], leftOut: number[]): Rendered {
    const { last } = this
    if (last && sameItems(last.tables, tables) && sameItems(last.leftOut, leftOut)) return last
    const contents = new Map<ZoneName, string>()
    for (const name of this.zones.keys()) {
      const content = this.zoneMarkdown(name, tables, leftOut)
      if (content !== undefined) contents.set(name, wellFormed(content))
    }
    const readme = boardChanged(this.readme, this.zones, contents)
      ? spliceZones(this.readme, this.zones, contents)
      : this.readme
    this.last = { tables: [...tables], leftOut: [...leftOut], contents, readme }
    return this.last
  }

  /** Bytes each row's line of table `index` takes in the README, its line ending included. */
  rowSizes(index: number, rows: Listing[]): number[] {
    const eol = this.zoneOf(index).eol.length
    return this.table(index, rows).rowLines.map(line => Buffer.byteLength(line, 'utf8') + eol)
  }

  /**
   * The tree of table `index`'s first table (its open rows, with `closed: details`), and the
   * lines its body rows are written as.
   */
  tableOf(index: number, rows: Listing[]): { table: Table; rowLines: string[] } {
    const { table, rowLines } = this.table(index, rows)
    return { table, rowLines: rowLines.slice(0, table.children.length - 1) }
  }

  private get first(): BoardSettings {
    return this.boards[0] as BoardSettings
  }

  /** The openings of the README's tables, a listing shown in two of them once. */
  private distinct(tables: Listing[][]): Listing[] {
    return distinctOpenings(tables, this.first.selection.dedupe)
  }

  private zoneOf(index: number): Zone {
    return this.zones.get(openingsZone(this.boards[index]?.zone)) as Zone
  }

  private zoneMarkdown(name: ZoneName, tables: Listing[][], leftOut: number[]): string | undefined {
    const { labels, timezone, locale, maxAgeDays } = this.first
    const { now } = this
    switch (name) {
      case 'updated': {
        const counts = this.tableCounts(this.selected)
        const total = counts.reduce((sum, table) => sum + table.count, 0)
        return this.zoneTemplate('updated', () =>
          toMarkdown(
            updatedLine(now, {
              labels,
              timezone,
              locale,
              // Set on the first board that has it, as the counts zone's template is.
              template: this.boards.find(board => board.updated !== undefined)?.updated,
              counts: { total, tables: counts }
            })
          )
        )
      }
      case 'stats':
        return toMarkdown(statsBlock(computeStats(this.distinct(tables), this.first), { labels }))
      case 'chart':
        return toMarkdown(
          chartBlock(this.distinct(tables), { now, timezone, locale, labels, maxAgeDays })
        )
      case 'counts':
        return this.zoneTemplate('counts', () => this.counts())
      default: {
        const index = this.boards.findIndex(board => openingsZone(board.zone) === name)
        if (index < 0) return undefined
        return this.openings(index, tables[index] as Listing[], leftOut[index] as number)
      }
    }
  }

  private openings(index: number, rows: Listing[], leftOut: number): string {
    const { labels, locale, table: settings } = this.boards[index] as BoardSettings
    const { lines } = this.table(index, rows)
    const [old] = this.zoneOf(index).tables
    const table = (
      settings.format === 'pipe' && old?.format === 'pipe' ? keptHeadRows(lines, old) : lines
    ).join('\n')
    return leftOut > 0 ? `${table}\n\n${toMarkdown(leftOutNote(leftOut, labels, locale))}` : table
  }

  /** A zone written by its template; a template that fails says which, on which README. */
  private zoneTemplate(input: 'updated' | 'counts', write: () => string): string {
    try {
      return write()
    } catch (error) {
      if (error instanceof BoardError) throw error
      const problem = String((error as Error).message ?? error).split('\n')[0]!
      throw errors.zoneTemplateFailed(input, this.first.readme, problem)
    }
  }

  private counts(): string {
    const template = this.boards.find(board => board.counts !== undefined)?.counts
    return countsBlock(this.tableCounts(this.selected), template)
  }

  /** Each table's counts, as the counts zone and the Last updated line's template get them. */
  private tableCounts(tables: Listing[][]): TableCount[] {
    return this.boards.map((board, index): TableCount => {
      const rows = tables[index] as Listing[]
      const heading = this.zoneOf(index).heading
      return {
        count: rows.filter(row => row.active).length,
        closed: rows.filter(row => !row.active).length,
        heading: heading?.text ?? '',
        anchor: heading?.anchor ?? '',
        zone: board.zone ?? 'openings',
        category: board.category ?? '',
        title: board.zoneTitle ?? heading?.text ?? board.zone ?? ''
      }
    })
  }

  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  private readonly lastTables = new Map<number, { rows: Listing[]; lines: ZoneRows }>()

  private table(index: number, rows: Listing[]): ZoneRows {
    const last = this.lastTables.get(index)
    if (last?.rows === rows) return last.lines
    const lines = boardZoneRows(
      this.boards[index] as BoardSettings,
      rows,
      this.now,
      this.writers[index],
      this.zoneOf(index).references
    )
    this.lastTables.set(index, { rows, lines })
    return lines
  }
}

/** A README's text and the content of each zone it writes. */
interface Rendered {
  readme: string
  contents: Map<ZoneName, string>
}

/** Whether two lists hold the same items in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

/**
 * A table's lines with the README's own header and delimiter rows (`|Company |Role|`,
 * `|---|:-:|`) in place of ours when their cells are the same: a run changes the rows, not how
 * the README spaces its pipes. Header cells are the same when they show the same (`Date_Posted`
 * and our `Date\_Posted`), as GitHub reads them.
 */
function keptHeadRows(lines: string[], old: { lines: string[]; delimiterRow: string }): string[] {
  const [header, delimiter, ...rest] = lines
  if (header === undefined || delimiter === undefined) return lines
  const written = old.lines[0]
  const shown = shownHeader(header, delimiter)
  const keptHeader =
    written !== undefined && shown !== undefined && shownHeader(written, old.delimiterRow) === shown
      ? written
      : header
  const kept = cells(delimiter) === cells(old.delimiterRow) ? old.delimiterRow : delimiter
  return [keptHeader, kept, ...rest]
}

/** What a header row's cells show, as GitHub reads the row above its delimiter row. */
function shownHeader(header: string, delimiter: string): string | undefined {
  const [table] = gfmTree(`${header}\n${delimiter}`).children
  if (table?.type !== 'table') return undefined
  return JSON.stringify(
    table.children[0]?.children.map(cell => cell.children),
    (key, value) => (key === 'position' ? undefined : (value as unknown))
  )
}

/** A pipe table line's cells, trimmed, joined by `|`: what its spacing does not change. */
function cells(row: string): string {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map(cell => cell.trim())
    .join('|')
}

/**
 * The openings zone of `rows` as `board` writes it (its columns, closed roles and repeated
 * companies), through its table writer: a README's zone, or a row shown on its own.
 */
export async function boardTable(
  board: BoardSettings,
  rows: Listing[],
  now: Date
): Promise<string> {
  const { lines } = boardZoneRows(board, rows, now, await tableWriter(board.table))
  return lines.join('\n').trim()
}

function boardZoneRows(
  board: BoardSettings,
  rows: Listing[],
  now: Date,
  writer: TableWriter | undefined,
  references?: References
): ZoneRows {
  return zoneRows(rows, { ...rowsOptions(board, now, writer), references })
}

function rowsOptions(board: BoardSettings, now: Date, writer?: TableWriter): ZoneRowsOptions {
  const { labels, timezone, locale, utm, rowShape, table } = board
  return {
    labels,
    timezone,
    locale,
    utm,
    now,
    table: boardLabel({ readmePath: board.readme, zone: board.zone }),
    columns: tableColumns(table.columns),
    writer,
    closed: rowShape.closed,
    repeatCompany: rowShape.repeatCompany,
    repeatCompanyWhen: rowShape.repeatCompanyWhen,
    ageDays: rowShape.ageDays
  }
}

/**
 * A warning for each column of the README's table (pipe or HTML, the zone's text `text`) headed
 * as none of the board's columns is (a `Salary` column added by hand) whose cells hold text: the
 * run writes the board's columns, so that text is gone from the table.
 */
async function warnDroppedColumns(
  old: ZoneTable | undefined,
  text: string,
  table: Table,
  board: BoardSettings,
  io: BoardIO
): Promise<void> {
  if (old === undefined) return
  const columns = table.children[0]?.children.length ?? 0
  let header: string[]
  let filled: boolean[][]
  if (old.format === 'pipe') {
    // A table with no more columns than the board's renamed one at most: its text stays.
    if ((old.rows[0]?.length ?? 0) <= columns) return
    header = old.rows[0]!.map(cell => toString(gfmTree(cell), { includeHtml: false }))
    filled = old.rows.slice(1).map(row => row.map(cell => cell.trim() !== ''))
  } else {
    const { htmlTableColumns } = await import('./render/html-table-links.js')
    const read = htmlTableColumns(text, old)
    if (read === undefined || read.header.length <= columns) return
    ;({ header, filled } = read)
  }
  const shown = (text: string) => text.replace(/\s+/g, ' ').trim()
  const left = (table.children[0]?.children ?? []).map(cell =>
    shown(toString(cell, { includeHtml: false })).toLowerCase()
  )
  for (const [column, cell] of header.entries()) {
    const at = left.indexOf(shown(cell).toLowerCase())
    if (at >= 0) {
      left.splice(at, 1)
      continue
    }
    const held = filled.filter(row => row[column] === true).length
    if (held === 0) continue
    const name = shown(cell) || `column ${column + 1}`
    const field = name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '')
    io.warn(
      `${boardLabel({ readmePath: board.readme, zone: board.zone })}: the table's column "${name}" is not one of the board's columns, so this run drops it, with the text ${held} of its ${filled.length} rows held there. To keep it, add a column headed "${name}" to the board's table columns in the boards file, with a cell template that writes it from a field of the listings (such as "{{ ${field || 'field'} }}"), and restore the column from the README's history.`
    )
  }
}

/** A warning for each column whose template reads a field none of the board's rows has. */
function warnEmptyColumns(board: BoardSettings, rows: Listing[], now: Date, io: BoardIO): void {
  const options = { ...rowsOptions(board, now), closed: undefined }
  for (const { header, field, empty } of fieldsNoRowHas(board.table.columns, rows, options)) {
    // The column shows its other fields on the rows: only the part that reads the field is lost.
    const effect = empty ? 'so it is empty on every row' : 'so its cells never show it'
    io.warn(
      `${board.readme}: the column "${header}" reads ${field}, which none of the ${rows.length} listings shown has, ${effect}. Check the name against the feed's fields (a canonical one such as work_type, or a field of its records), or change the column's cell template.`
    )
  }
}

/**
 * A warning for each field the board's filters or sort keys name that none of the listings
 * read has, with the closest field they have: such a filter never holds, such a sort key
 * leaves the feed's order, silently.
 */
function warnAbsentFields(
  board: BoardSettings,
  selections: BoardSelections,
  index: number,
  io: BoardIO
): void {
  const { listings, fields } = selections.absentFields(index)
  for (const { field, in: where, closest } of fields) {
    const effect =
      where === 'select'
        ? 'so a test on it never holds (and its "not" always does)'
        : "so it orders no rows (they keep the order of the keys before it, else the feed's)"
    const fix = closest
      ? `Did you mean "${closest}"? A field is named as the records write it, in the same case.`
      : "Check the name against the feed's fields (a canonical one such as work_type, or a field of its records)."
    io.warn(
      `${board.readme}: the ${where === 'select' ? 'filter' : 'sort key'} field "${field}" is in none of the ${listings.toLocaleString('en-US')} listings loaded, ${effect}. ${fix}`
    )
  }
}

/**
 * The writer of a table format; the HTML one is loaded only for a board that writes HTML. A pipe
 * table is written in the layout of the README's (`old`): `|a|b|` where its rows are.
 */
async function tableWriter(
  table: TableSettings,
  old?: ZoneTable
): Promise<TableWriter | undefined> {
  if (table.format !== 'html')
    return old?.format === 'pipe' ? pipeTable(pipeLayout(old.lines)) : undefined
  const { htmlTableLines } = await import('./render/html-table.js')
  return rows => htmlTableLines(rows, table)
}

/** A board as messages name it: its README, and its table when the README has several. */
/**
 * A board's table as a message names it among `several` (`README.md (frontend)`); undefined
 * when it is the run's or README's only one.
 */
function namedTable(board: BoardSettings, several: boolean): string | undefined {
  return several ? boardLabel({ readmePath: board.readme, zone: board.zone }) : undefined
}

export function boardLabel(board: Pick<BoardResult, 'readmePath' | 'zone'>): string {
  return board.zone === undefined ? board.readmePath : `${board.readmePath} (${board.zone})`
}

/**
 * The counts over every board: added and removed summed; the openings, remote share, companies
 * and average salary over the openings shown, a listing shown by two boards once (with
 * `options`, the first board's; by its `dedupe`, default on).
 */
export function runTotals(
  boards: BoardResult[],
  options: StatsOptions & { selection?: { dedupe: boolean } },
  skipped: number
): Totals {
  const sum = (count: (board: BoardResult) => number) =>
    boards.reduce((total, board) => total + count(board), 0)
  return {
    stats: computeStats(
      distinctOpenings(
        boards.map(board => board.rows),
        options.selection?.dedupe
      ),
      options
    ),
    added: sum(board => board.added.length),
    removed: sum(board => board.removed.length),
    skipped
  }
}
