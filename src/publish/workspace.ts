/**
 * `commit: false`: the boards are read from and written to the checked-out workspace
 * (GITHUB_WORKSPACE), with no API call, for workflows that commit by other means. Every file of
 * the run is written there, and every expired snapshot deleted.
 */
import { resolve } from 'node:path'
import { buildBoards, type BoardIO, type RunResult } from '../board.js'
import { localIO, removeFile, writeText } from '../cli/local-io.js'
import type { Config } from '../config/config.js'

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
  const run = await buildBoards(boards, workspaceIO(workspace, warn))
  if (!run.changed || dryRun) return { run }
  for (const file of run.files) {
    const path = resolve(workspace, file.path)
    await ('deleted' in file ? removeFile(path) : writeText(path, file.text))
  }
  return { run, wroteWorkspace: true }
}

/** The workspace's files, by paths relative to it (as the inputs give them). */
export function workspaceIO(workspace: string, warn: (message: string) => void): BoardIO {
  return localIO(warn, workspace)
}
