/** What a run did, for the outputs and the job summary. */
import type { BoardResult } from '../board.js'
import type { CommitMade, PullRequestMade } from './github/types.js'

export interface RunReport {
  result: BoardResult
  /** Nothing was written: `dry-run`. */
  dryRun: boolean
  /** The branch the board was read from (API runs). */
  branch?: string
  commit?: CommitMade
  pullRequest?: PullRequestMade
  /** The README written in the workspace (`commit: false`). */
  writtenTo?: string
}

/** The README went out: committed, proposed, or written in the workspace. */
export function wasPublished(report: RunReport): boolean {
  return (
    report.commit !== undefined ||
    report.pullRequest !== undefined ||
    report.writtenTo !== undefined
  )
}
