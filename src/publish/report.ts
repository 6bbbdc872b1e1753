/** What a run did, for the outputs, the job summary and the log. */
import type { FileChange, RunResult } from '../board.js'
import type { Stats } from '../model.js'
import { computeStats, type StatsOptions } from '../stats/stats.js'
import type { CommitMade, PullRequestMade } from './github/types.js'

export interface RunReport {
  run: RunResult
  /** The counts over every board. */
  totals: Totals
  /** Nothing was written: `dry-run`. */
  dryRun: boolean
  /** The branch the boards were read from (API runs). */
  branch?: string
  commit?: CommitMade
  pullRequest?: PullRequestMade
  /** The files were written in the workspace (`commit: false`). */
  wroteWorkspace?: boolean
}

/** A single board's numbers; with several boards, the numbers of all their tables together. */
export interface Totals {
  /** `jobs` is the sum of the tables' rows; the share of remote rows, the distinct companies and the average salary are over all those rows. */
  stats: Stats
  added: number
  removed: number
  /** Invalid listings skipped (the listings are loaded once for every board). */
  skipped: number
}

export function runTotals(run: RunResult, options: StatsOptions): Totals {
  const sum = (count: (board: RunResult['boards'][number]) => number) =>
    run.boards.reduce((total, board) => total + count(board), 0)
  return {
    stats: computeStats(
      run.boards.flatMap(board => board.rows),
      options
    ),
    added: sum(board => board.added.length),
    removed: sum(board => board.removed.length),
    skipped: run.invalidCount
  }
}

/** The files went out: committed, proposed, or written in the workspace. */
export function wasPublished(report: RunReport): boolean {
  return (
    report.commit !== undefined ||
    report.pullRequest !== undefined ||
    report.wroteWorkspace === true
  )
}

/** The paths a run writes and those it deletes, in the order of the boards. */
export function splitFiles(files: FileChange[]): { written: string[]; deleted: string[] } {
  return {
    written: files.filter(file => !('deleted' in file)).map(file => file.path),
    deleted: files.filter(file => 'deleted' in file).map(file => file.path)
  }
}
