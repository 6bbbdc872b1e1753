/**
 * Publishing through the GitHub API, as the feature reads: read the branch (one request), build
 * the board, and when the README changes make one commit on the head that was read. When someone
 * else's commit moved the head meanwhile, read and build again on the new head and retry; never
 * force. With `pull-request: true` — or `auto` and a branch protection that refuses the commit —
 * commit to the action's own branch and open (or update) one pull request.
 */
import { buildBoard, type BoardResult } from '../../board.js'
import type { Config } from '../../config/config.js'
import { errors } from '../../errors.js'
import { isHttpUrl } from '../../url.js'
import { findZones } from '../../zones/find.js'
import { commitWithGraphql } from './commit-graphql.js'
import { commitMessage } from './commit-message.js'
import { commitWithRest } from './commit-rest.js'
import { WriteRefused } from './failures.js'
import { openOrUpdatePullRequest } from './pull-request.js'
import { branchIO, readBranchState, repositoryPath, type BranchState } from './read-state.js'
import {
  fullName,
  type BranchCommit,
  type CommitMade,
  type GitHubClient,
  type PullRequestMade,
  type Repository
} from './types.js'

export interface PublishContext {
  client: GitHubClient
  repository: Repository
  /** Invalid listings and the like (annotations in the action). */
  warn(message: string): void
  /** Progress worth a log line: a retry, a fallback to a pull request. */
  info(message: string): void
}

export interface Publication {
  result: BoardResult
  /** The branch the board was read from. */
  branch: string
  /** The commit made, on the branch or on the pull request branch. */
  commit?: CommitMade
  pullRequest?: PullRequestMade
}

/** Re-reads after a moved head; the first try plus these. */
export const MAX_CONFLICT_RETRIES = 3

export async function publishToGitHub(
  config: Config,
  context: PublishContext
): Promise<Publication> {
  const pullRequestBranch = `jobs-readme/${repositoryPath(config.readme)}`
  let branch = config.branch ?? 'the default branch'
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const state = await readBranchState(context.client, {
      repository: context.repository,
      branch: config.branch,
      readme: config.readme,
      listings: isHttpUrl(config.listings) ? undefined : config.listings,
      pullRequestBranch
    })
    branch = state.branch
    // A rebuild after a conflict sees the same feed: its warnings were given the first time.
    const warn = retry === 0 ? context.warn : () => {}
    const result = await buildBoard(config, branchIO(state, warn))
    const publication = { result, branch }
    if (!result.changed || config.dryRun) return publication
    try {
      const attempt = { config, context, state, result, pullRequestBranch }
      return { ...publication, ...(await write(attempt)) }
    } catch (error) {
      if (!(error instanceof WriteRefused)) throw error
      // write() handles a protected base branch; this is the pull request branch refusing too.
      if (error.reason === 'protected-branch')
        throw errors.branchProtected(pullRequestBranch, error.message)
      context.info(`The branch moved while committing (${error.message}); reading it again.`)
    }
  }
  throw errors.branchBusy(branch, MAX_CONFLICT_RETRIES + 1)
}

/** One attempt: the branch as read, the board built from it, and where a proposal goes. */
interface Attempt {
  config: Config
  context: PublishContext
  state: BranchState
  result: BoardResult
  pullRequestBranch: string
}

async function write(attempt: Attempt): Promise<Pick<Publication, 'commit' | 'pullRequest'>> {
  const { config, context, state } = attempt
  if (config.pullRequest === 'always') return propose(attempt)
  try {
    const commit = await commitTo(attempt, {
      branch: state.branch,
      parent: state.head,
      parentTree: state.tree,
      branchExists: true
    })
    return { commit }
  } catch (error) {
    if (!(error instanceof WriteRefused && error.reason === 'protected-branch')) throw error
    if (config.pullRequest === 'never') throw errors.branchProtected(state.branch, error.message)
    context.info(
      `${state.branch} is protected (${error.message.trim()}); proposing a pull request.`
    )
    return propose(attempt)
  }
}

/** Commits to the pull request branch (unless it has this board already), then opens or updates the pull request. */
async function propose(attempt: Attempt): Promise<Pick<Publication, 'commit' | 'pullRequest'>> {
  const { config, context, state, result, pullRequestBranch } = attempt
  const existing = state.pullRequestBranch
  const upToDate =
    existing?.readme !== undefined && sameBoard(existing.readme, result.after, config.markerPrefix)
  if (upToDate && existing.openPullRequest) {
    const { number, url } = existing.openPullRequest
    return { pullRequest: { number, url, created: false } }
  }
  const commit = upToDate
    ? undefined
    : await commitTo(attempt, {
        branch: pullRequestBranch,
        parent: existing?.head ?? state.head,
        parentTree: existing?.tree ?? state.tree,
        branchExists: existing !== undefined
      })
  const pullRequest = await openOrUpdatePullRequest(context.client, {
    repository: fullName(context.repository),
    repositoryId: state.repositoryId,
    base: state.branch,
    head: pullRequestBranch,
    title: commitMessage(config, result).split('\n')[0] ?? '',
    body: pullRequestBody(config, state.branch, result),
    open: existing?.openPullRequest
  })
  return { commit, pullRequest }
}

/** The new README as one commit on `target`, by the configured method. */
function commitTo(
  { config, context, state, result }: Attempt,
  target: Pick<BranchCommit, 'branch' | 'parent' | 'parentTree' | 'branchExists'>
): Promise<CommitMade> {
  const commit: BranchCommit = {
    ...target,
    repository: context.repository,
    files: [{ path: repositoryPath(result.readmePath), text: result.after }],
    message: commitMessage(config, result)
  }
  return config.commitMethod === 'rest'
    ? commitWithRest(context.client, commit, { author: config.author, committer: config.committer })
    : commitWithGraphql(context.client, state.repositoryId, commit)
}

/** Equal but for the "Last updated" line, which alone is no reason for a new commit. */
function sameBoard(readme: string, other: string, prefix: string): boolean {
  const withoutUpdatedLine = (text: string) => {
    const zone = findZones(text, prefix).get('updated')
    return zone ? text.slice(0, zone.contentStart) + text.slice(zone.contentEnd) : text
  }
  try {
    return withoutUpdatedLine(readme) === withoutUpdatedLine(other)
  } catch {
    return false
  }
}

function pullRequestBody(config: Config, base: string, result: BoardResult): string {
  const why =
    config.pullRequest === 'always'
      ? 'The workflow asks for pull requests (`pull-request: true`).'
      : `Branch \`${base}\` is protected, so the update waits here for a merge.`
  return [
    `Updates \`${result.readmePath}\` with the current openings: ${result.stats.jobs} jobs, ` +
      `${result.added.length} added and ${result.removed.length} removed since the table on \`${base}\`.`,
    '',
    `${why} Later runs update this pull request until it is merged.`,
    '',
    '_Opened by jobs-readme._'
  ].join('\n')
}
