/**
 * The action: inputs (INPUT_*) -> settings -> the boards (one, or those of the `config` file) ->
 * the run, on the branch through the GitHub API or in the workspace -> outputs and a job summary.
 * Any error fails the step with its message; the token and the listings header are masked before
 * anything is logged.
 */
import * as core from '@actions/core'
import type { RunResult } from './board.js'
import {
  parseSettings,
  type BoardSettings,
  type RawInputs,
  type RunSettings,
  type ResolvedSettings,
  type Settings
} from './config/config.js'
import { INPUTS } from './config/inputs.js'
import {
  contribute,
  type ContributionEvent,
  type ContributionReport,
  type IssueTracker
} from './contribute/contribute.js'
import { readContributionEvent } from './contribute/event-file.js'
import { gitHubIssues } from './contribute/github-issues.js'
import { errors } from './errors.js'
import { linkLines, linkSummary } from './links/report.js'
import type { LinkCheckOutcome } from './links/run.js'
import { countWord, oneLogLine, withoutControls } from './log-text.js'
import { connect } from './publish/github/client.js'
import { gitHubStore } from './publish/github/publish.js'
import { readBranchFile } from './publish/github/read-state.js'
import type { Repository } from './publish/github/types.js'
import { actionOutputs } from './publish/outputs.js'
import { splitFiles, type RunReport } from './publish/report.js'
import { jobSummary } from './publish/summary.js'
import { localStore } from './publish/workspace.js'
import { runBoards, type FileStore, type RunLog, type Snapshot } from './run.js'

/** Warnings shown as annotations; the rest go to the log, counted in one more annotation. */
export const MAX_ANNOTATIONS = 20

export async function run(): Promise<void> {
  const warnings = annotations(MAX_ANNOTATIONS)
  try {
    const raw = readInputs()
    maskSecrets(raw)
    const settings = parseSettings(raw)
    const event = await readContributionEvent(
      process.env.GITHUB_EVENT_NAME,
      process.env.GITHUB_EVENT_PATH
    )
    const { report, contribution } = await publish(
      settings,
      process.env,
      { warn: warnings.warn, info },
      event
    )
    if (contribution) info(contribution.message)
    if (!report) return core.setOutput('contribution', contribution?.outcome ?? '')
    const outputs = actionOutputs({ ...report, contribution: contribution?.outcome })
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryOf(report)).write()
    if (report.links) for (const line of linkLines(report.links, report.dryRun)) info(line)
    // A guard refused the link check's closes: reported above, then the step fails.
    if (report.links?.refused) return core.setFailed(withoutControls(report.links.refused.message))
    info(logLine(report))
  } catch (error) {
    core.setFailed(withoutControls(error instanceof Error ? error.message : String(error)))
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

/** What the run did: its report when it built the boards, and the contribution it applied. */
interface Published {
  report?: RunReport
  contribution?: ContributionReport<unknown>
}

/**
 * The run where the files are: the workspace (`commit: false`), or the branch through the API
 * (one request more for a boards file). With an issue event, the run applies the contribution
 * it approves.
 */
async function publish(
  { run: inputs, resolve }: Settings,
  env: NodeJS.ProcessEnv,
  log: RunLog,
  event?: ContributionEvent
): Promise<Published> {
  const go = async <S extends Snapshot, W>(
    { run, boards }: ResolvedSettings,
    store: FileStore<S, W>,
    tracker: () => Promise<IssueTracker>
  ) => {
    if (!event) return { outcome: await runMode(run, boards, store, log) }
    const report = await contribute(
      run,
      boards,
      store,
      log,
      event,
      await tracker(),
      run.contribution
    )
    return { outcome: report.run, contribution: report as ContributionReport<unknown> }
  }
  if (!inputs.commit) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
    const store = localStore(workspace)
    const resolved = await resolve(
      (await store.read({ sources: [], targets: [], folders: [] })).io.readFile
    )
    const { outcome, contribution } = await go(resolved, store, async () =>
      gitHubIssues(
        await client(inputs, env),
        repositoryOf(inputs.repository ?? env.GITHUB_REPOSITORY)
      )
    )
    const report = outcome && {
      run: outcome.run,
      links: 'links' in outcome ? outcome.links : undefined,
      dryRun: inputs.dryRun,
      wroteWorkspace: outcome.written !== undefined
    }
    return { report, contribution }
  }
  const github = await client(inputs, env)
  const repository = repositoryOf(inputs.repository ?? env.GITHUB_REPOSITORY)
  const resolved = await resolve(path =>
    readBranchFile(github, { repository, branch: inputs.branch }, path)
  )
  const { run } = resolved
  const commitSettings =
    run.mode === 'check-links' ? (await import('./links/run.js')).closingSettings(run) : run
  const store = gitHubStore(commitSettings, resolved.boards, {
    client: github,
    repository,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    info
  })
  const { outcome, contribution } = await go(resolved, store, async () =>
    gitHubIssues(github, repository)
  )
  // Nothing left to commit because this run's commit was made after all (its answer was lost);
  // a pull request may have been opened for it since.
  const landed = outcome && !outcome.written?.commit && !run.dryRun ? store.landed() : undefined
  const report = outcome && {
    run: landed?.run ?? outcome.run,
    links: 'links' in outcome ? outcome.links : undefined,
    dryRun: run.dryRun,
    branch: store.branch(),
    ...outcome.written,
    ...(landed ? { commit: landed.commit } : {}),
    waitingPullRequest: outcome.written ? undefined : store.openPullRequest()
  }
  return { report, contribution }
}

/** The run the `mode` input asks for, through the same store. */
async function runMode<S extends Snapshot, Written>(
  run: RunSettings,
  boards: BoardSettings[],
  store: FileStore<S, Written>,
  log: RunLog
): Promise<{ run: RunResult; written?: Written; links?: LinkCheckOutcome<Written> }> {
  if (run.mode !== 'check-links') return runBoards(run, boards, store, log)
  const { runLinkCheck } = await import('./links/run.js')
  // The action runs on a runner: whatever GITHUB_ACTIONS says, its network is the runner's.
  const links = await runLinkCheck(run, boards, store, log, { onGitHubActions: true })
  return { run: links.run, written: links.written, links }
}

/** The job summary; a link check's findings come first, and the commit's summary when it closed any. */
function summaryOf(report: RunReport): string {
  if (!report.links) return jobSummary(report)
  const destination = report.pullRequest ? 'pull request' : report.commit ? 'commit' : 'workspace'
  const links = linkSummary(report.links, report.dryRun, destination)
  return report.links.written === undefined && !report.dryRun
    ? links
    : `${links}\n${jobSummary(report)}`
}

async function client(run: Settings['run'], env: NodeJS.ProcessEnv) {
  if (!run.token)
    throw errors.badInput(
      'token',
      'is needed to commit through the GitHub API (or set "commit: false")'
    )
  return connect({
    token: run.token,
    apiUrl: env.GITHUB_API_URL,
    graphqlUrl: env.GITHUB_GRAPHQL_URL,
    notice: info
  })
}

function repositoryOf(name: string | undefined): Repository {
  const [owner, repo, extra] = (name ?? '').split('/')
  if (!owner || !repo || extra !== undefined)
    throw errors.repositoryNotFound(name ? `"${name}"` : '(GITHUB_REPOSITORY is not set)')
  return { owner, name: repo }
}
function logLine(report: RunReport): string {
  const { run, commit, pullRequest } = report
  const { totals } = run
  const boards = run.boards.length > 1 ? ` on ${run.boards.length} boards` : ''
  const counts = `${totals.stats.jobs} ${countWord(totals.stats.jobs, 'opening')}${boards} (+${totals.added} -${totals.removed})`
  const { written, deleted } = splitFiles(run.files)
  const files = `${written.length} ${countWord(written.length, 'file')} written, ${deleted.length} deleted`
  if (report.dryRun)
    return `Dry run: ${run.changed ? `${run.files.length} ${countWord(run.files.length, 'file')} would change` : 'up to date'}; ${counts}.`
  if (pullRequest)
    return `Pull request #${pullRequest.number}: ${pullRequest.url} (${files}); ${counts}.`
  if (commit) return `Committed ${commit.sha}: ${commit.url} (${files}); ${counts}.`
  if (report.wroteWorkspace) return `In the workspace: ${files}; ${counts}.`
  const waiting = report.waitingPullRequest
  if (waiting)
    return `Up to date with pull request #${waiting.number}: ${waiting.url}, nothing was committed; ${counts}.`
  return `Up to date; ${counts}.`
}

/** A plain log line; text it quotes (a feed's, a server's) cannot start a workflow command. */
function info(message: string): void {
  core.info(oneLogLine(message))
}

/**
 * core.warning escapes the message's line breaks itself, and withoutControls its other control
 * characters; the warnings past `limit` are plain log lines.
 */
function annotations(limit: number) {
  let count = 0
  return {
    warn(message: string) {
      count += 1
      if (count <= limit) core.warning(withoutControls(message))
      else info(`Warning: ${message}`)
    },
    finish() {
      if (count > limit)
        core.warning(`${count - limit} more warnings (${count} in all) are in the log.`)
    }
  }
}
