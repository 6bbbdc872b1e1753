/**
 * `commit: false`: the boards are read from and written to the checked-out workspace
 * (GITHUB_WORKSPACE), with no API call, for workflows that commit by other means. Every file of
 * the run is written there, and every expired snapshot deleted, all or nothing.
 */
import { buildBoards, type BoardIO, type RunResult } from '../board.js'
import type { Config } from '../config/config.js'
import { localFiles } from '../files/local-files.js'

export interface WorkspaceOptions {
  /** Report what would change and write nothing. */
  dryRun: boolean
  warn(message: string): void
}

export interface WorkspacePublication {
  run: RunResult
  /** True when the files were written. */
  wroteWorkspace?: boolean
}

export async function publishToWorkspace(
  boards: Config[],
  workspace: string,
  { dryRun, warn }: WorkspaceOptions
): Promise<WorkspacePublication> {
  // The feeds carry no links: where the workflow pushes these files is its own business.
  const files = localFiles(warn, workspace)
  const run = await buildBoards(boards, files)
  if (!run.changed || dryRun) return { run }
  await files.write(run.files)
  return { run, wroteWorkspace: true }
}

/** The workspace's files, by paths relative to it (as the inputs give them). */
export function workspaceIO(workspace: string, warn: (message: string) => void): BoardIO {
  return localFiles(warn, workspace)
}
