/** What a run did, for the outputs, the job summary and the log. */
import type { FileChange, RunResult } from '../board.js'
import type { LinkCheckOutcome } from '../links/run.js'
import type { CommitMade, PullRequestMade } from './github/types.js'

export interface RunReport {
  run: RunResult
  /** Nothing was written: `dry-run`. */
  dryRun: boolean
  /** The branch the boards were read from (API runs). */
  branch?: string
  commit?: CommitMade
  pullRequest?: PullRequestMade
  /** The open pull request the run built on, when it had nothing to add to it. */
  waitingPullRequest?: PullRequestMade
  /** What an issue-form contribution came to: applied, unchanged, refused or ignored. */
  contribution?: string
  /** The files were written in the workspace (`commit: false`). */
  wroteWorkspace?: boolean
  /** `mode: check-links`: what the check found. */
  links?: LinkCheckOutcome<unknown>
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
