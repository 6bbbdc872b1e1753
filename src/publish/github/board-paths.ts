/**
 * What the boards read from the branch, known before reading it: every file a board may write
 * (its README, its feeds, today's archive snapshot) and the archive folders to list for expired
 * snapshots. Publishing reads them all at one head, in one request.
 */
import { archiveFolder, archivePath } from '../../archive/archive.js'
import type { Config } from '../../config/config.js'

export interface BoardPaths {
  /** Files the boards compare with what they would write, in the boards' order. */
  targets: string[]
  /** Folders whose files are listed, one entry per folder. */
  folders: FolderListing[]
}

export interface FolderListing {
  /** '' for the repository's root. */
  path: string
  /** How many levels below the folder a snapshot sits: 1 for `archive/{date}.md`. */
  depth: number
}

export function boardPaths(boards: Config[]): BoardPaths {
  const targets = boards.flatMap(board => [
    board.readme,
    ...board.feedPaths,
    ...(board.archivePath ? [archivePath(board.archivePath, board.now, board.timezone)] : [])
  ])
  return { targets: [...new Set(targets)], folders: archiveFolders(boards) }
}

/** The folders of the archives that expire snapshots (`archive-days`), deep enough for their template. */
function archiveFolders(boards: Config[]): FolderListing[] {
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
