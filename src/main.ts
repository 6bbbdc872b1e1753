/**
 * The action: inputs (INPUT_*) -> one Config -> build the board -> publish it (through the
 * GitHub API, or in the workspace) -> outputs and a job summary. Any error fails the step with
 * its message; the token and the listings header are masked before anything is logged.
 */
import * as core from '@actions/core'
import type { Config, RawInputs } from './config/config.js'
import { parseConfig } from './config/config.js'
import { INPUTS } from './config/inputs.js'
import { errors } from './errors.js'
import { connect } from './publish/github/client.js'
import { publishToGitHub } from './publish/github/publish.js'
import type { Repository } from './publish/github/types.js'
import { actionOutputs } from './publish/outputs.js'
import type { RunReport } from './publish/report.js'
import { jobSummary } from './publish/summary.js'
import { publishToWorkspace } from './publish/workspace.js'

/** Warnings shown as annotations; the rest go to the log, counted in one more annotation. */
export const MAX_ANNOTATIONS = 20

export async function run(): Promise<void> {
  const warnings = annotations(MAX_ANNOTATIONS)
  try {
    const raw = readInputs()
    maskSecrets(raw)
    const config = parseConfig(raw)
    const report = await publish(config, process.env, warnings.warn)
    for (const [name, value] of Object.entries(actionOutputs(report))) core.setOutput(name, value)
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(jobSummary(report)).write()
    core.info(logLine(report))
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  } finally {
    warnings.finish()
  }
}

function readInputs(): RawInputs {
  return Object.fromEntries(INPUTS.map(input => [input.name, core.getInput(input.name)]))
}

/** Secret inputs, and a header's value on its own, never appear in the log. */
function maskSecrets(raw: RawInputs): void {
  for (const input of INPUTS) {
    const value = raw[input.name]?.trim()
    if (input.secret && value) core.setSecret(value)
  }
  const headerValue = raw['listings-header']?.split(':').slice(1).join(':').trim()
  if (headerValue) core.setSecret(headerValue)
}

async function publish(
  config: Config,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void
): Promise<RunReport> {
  if (!config.commit) return publishToWorkspace(config, env.GITHUB_WORKSPACE ?? process.cwd(), warn)
  if (!config.token)
    throw errors.badInput(
      'token',
      'is needed to commit through the GitHub API (or set "commit: false")'
    )
  const client = await connect({
    token: config.token,
    apiUrl: env.GITHUB_API_URL,
    graphqlUrl: env.GITHUB_GRAPHQL_URL,
    notice: core.info
  })
  const repository = repositoryOf(env.GITHUB_REPOSITORY)
  const publication = await publishToGitHub(config, { client, repository, warn, info: core.info })
  return { ...publication, dryRun: config.dryRun }
}

function repositoryOf(name: string | undefined): Repository {
  const [owner, repo, extra] = (name ?? '').split('/')
  if (!owner || !repo || extra !== undefined)
    throw errors.repositoryNotFound(name ? `"${name}"` : '(GITHUB_REPOSITORY is not set)')
  return { owner, name: repo }
}

function logLine({ result, commit, pullRequest, writtenTo, dryRun }: RunReport): string {
  const counts = `${result.stats.jobs} openings (+${result.added.length} -${result.removed.length})`
  if (dryRun)
    return `Dry run: ${result.readmePath} ${result.changed ? 'would change' : 'is up to date'}; ${counts}.`
  if (pullRequest) return `Pull request #${pullRequest.number}: ${pullRequest.url}; ${counts}.`
  if (commit) return `Committed ${commit.sha}: ${commit.url}; ${counts}.`
  if (writtenTo) return `Wrote ${writtenTo}; ${counts}.`
  return `${result.readmePath} is up to date; ${counts}.`
}

function annotations(limit: number) {
  let count = 0
  return {
    warn(message: string) {
      count += 1
      if (count <= limit) core.warning(message)
      else core.info(`Warning: ${message}`)
    },
    finish() {
      if (count > limit)
        core.warning(`${count - limit} more warnings (${count} in all) are in the log.`)
    }
  }
}
