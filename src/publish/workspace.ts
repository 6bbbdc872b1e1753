/**
 * `commit: false`: the board is read from and written to the checked-out workspace
 * (GITHUB_WORKSPACE), with no API call, for workflows that commit by other means.
 */
import { resolve } from 'node:path'
import { buildBoard } from '../board.js'
import { localIO, writeText } from '../cli/local-io.js'
import type { Config } from '../config/config.js'
import type { RunReport } from './report.js'

export async function publishToWorkspace(
  config: Config,
  workspace: string,
  warn: (message: string) => void
): Promise<RunReport> {
  const local = localIO(warn)
  const inWorkspace = (path: string) => resolve(workspace, path)
  const result = await buildBoard(config, {
    readFile: path => local.readFile(inWorkspace(path)),
    streamFile: path => local.streamFile?.(inWorkspace(path)),
    warn
  })
  if (!result.changed || config.dryRun) return { result, dryRun: config.dryRun }
  await writeText(inWorkspace(result.readmePath), result.after)
  return { result, dryRun: false, writtenTo: result.readmePath }
}
