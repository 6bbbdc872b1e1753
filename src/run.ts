/**
 * A run, as the feature reads: plan the files the boards touch -> read them where they are (the
 * disk, or the branch in one API request) -> build the boards -> publish every file in one go.
 * When what was read changed before the write landed (someone else's commit, an edit on disk),
 * read and build again on what is there now; never overwrite it.
 *
 * Both front ends call `runBoards`; they differ only in the store the files live in.
 */
import { archiveFolder, archivePath } from './archive/archive.js'
import {
  buildBoards,
  type BoardIO,
  type FileChange,
  type RunResult,
  type SiteLinks
} from './board.js'
import type { BoardSettings, RunSettings } from './config/config.js'
import { isHttpUrl } from './url.js'

/** Everything a run reads, known before reading: one request for the API. */
export interface FilePlan {
  /** Files the run reads only: the listings when they are a path. */
  sources: string[]
  /** Files the boards compare with what they would write: READMEs, feeds, today's snapshots. */
  targets: string[]
  /** Folders whose files are listed, for expiring archive snapshots. */
  folders: FolderListing[]
}

export interface FolderListing {
  /** '' for the root. */
  path: string
  /** How many levels below the folder a snapshot sits: 1 for `archive/{date}.md`. */
  depth: number
}

/** What one read of the store gives the build. */
export interface Snapshot {
  /** The files as read; the run adds its own warnings. */
  io: Omit<BoardIO, 'warn'>
  /** Where the board is published, for the feeds' links; unknown for local files. */
  site?: SiteLinks
}

/** Where the files live: the disk, or a branch through the GitHub API. */
export interface FileStore<S extends Snapshot, Written> {
  read(plan: FilePlan): Promise<S>
  /**
   * Writes the run's files over what `snapshot` read. Throws ReadChanged when that is no longer
   * what is there: the run reads and builds again.
   */
  write(snapshot: S, run: RunResult): Promise<Written>
  /**
   * The store holds a change no one has been shown yet, though the run adds nothing to it: the
   * action's pull request branch with commits no pull request holds (a run that committed there
   * but could not open one). `write` is then called with the unchanged run, to propose them.
   */
  holdsUnproposed?(snapshot: S): boolean
  /** The error when the files kept changing under every attempt. */
  busy(attempts: number): Error
}

/** What was read changed before the write landed; `message` says what moved. */
export class ReadChanged extends Error {
  override readonly name = 'ReadChanged'
}

export interface RunLog {
  /** Invalid listings and the like: reported once, on the first build. */
  warn(message: string): void
  /** Progress worth a log line: a rebuild after a conflict. */
  info(message: string): void
}

export interface RunOutcome<Written> {
  run: RunResult
  /** What the store wrote; undefined when nothing changed or on a dry run. */
  written?: Written
}

/**
 * Edits to the run's own sources (a contribution to the listings file), made on each read of
 * the store before the build: the files written, which the boards then read in their new form
 * and which go into the same commit.
 */
export type SourceEdits = (
  readFile: (path: string) => Promise<string | undefined>
) => Promise<FileChange[]>

/** Reads after a conflict: the first try plus these. */
export const MAX_CONFLICT_RETRIES = 3

export async function runBoards<S extends Snapshot, Written>(
  settings: RunSettings,
  boards: BoardSettings[],
  store: FileStore<S, Written>,
  log: RunLog,
  editSources?: SourceEdits
): Promise<RunOutcome<Written>> {
  const plan = planFiles(settings, boards, { editsListings: editSources !== undefined })
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const snapshot = await store.read(plan)
    const edited = editSources ? await editSources(snapshot.io.readFile) : []
    // A rebuild sees the same feed: its warnings were given the first time.
    const io = { ...withFiles(snapshot.io, edited), warn: retry === 0 ? log.warn : () => {} }
    const built = await buildBoards(settings, boards, io, snapshot.site)
    const run = edited.length
      ? { ...built, files: [...edited, ...built.files], changed: true }
      : built
    if (settings.dryRun || !(run.changed || store.holdsUnproposed?.(snapshot))) return { run }
    try {
      return { run, written: await store.write(snapshot, run) }
    } catch (error) {
      if (!(error instanceof ReadChanged)) throw error
      log.info(`${error.message}; reading it again.`)
    }
  }
  throw store.busy(MAX_CONFLICT_RETRIES + 1)
}

/** The files as read, with the edited ones in their new form. */
function withFiles(io: Snapshot['io'], files: FileChange[]): Snapshot['io'] {
  if (files.length === 0) return io
  const texts = new Map(files.flatMap(file => ('text' in file ? [[file.path, file.text]] : [])))
  return {
    ...io,
    readFile: async path => texts.get(path) ?? io.readFile(path),
    streamFile: io.streamFile && (path => (texts.has(path) ? undefined : io.streamFile?.(path)))
  }
}

/**
 * Every file a board may write (its README, its feeds, today's archive snapshot), the archive
 * folders to list for expired snapshots, and the listings when they are a path: a file the run
 * reads only, unless it edits them (`editsListings`: a contribution, a dead-link close), when
 * they are one it writes, read where it writes (a waiting pull request's branch). The settings
 * were checked when resolved (config/run-files.ts): no file planned here to write or delete is
 * one of the run's inputs, or a README or feed that an archive template also names.
 */
export function planFiles(
  settings: RunSettings,
  boards: BoardSettings[],
  { editsListings = false }: { editsListings?: boolean } = {}
): FilePlan {
  const listings = isHttpUrl(settings.listings) ? [] : [settings.listings]
  const targets = boards.flatMap(board => [
    board.readme,
    ...board.feedPaths,
    ...(board.archivePath ? [archivePath(board.archivePath, settings.now, board.timezone)] : [])
  ])
  return {
    sources: editsListings ? [] : listings,
    targets: [...new Set([...targets, ...(editsListings ? listings : [])])],
    folders: archiveFolders(boards)
  }
}

/** The folders of the archives that expire snapshots (`archive-days`), deep enough for their template. */
function archiveFolders(boards: BoardSettings[]): FolderListing[] {
  const depths = new Map<string, number>()
  for (const { archivePath: template, archiveDays } of boards) {
    if (!template || archiveDays === undefined) continue
    const folder = archiveFolder(template)
    const depth = segments(template) - segments(folder)
    depths.set(folder, Math.max(depth, depths.get(folder) ?? 0))
  }
  return [...depths].map(([path, depth]) => ({ path, depth }))
}

function segments(path: string): number {
  return path === '' ? 0 : path.split('/').length
}
