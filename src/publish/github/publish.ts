/**
 * Publishing through the GitHub API, as the feature reads: read the branch (one request: every
 * README, feed, snapshot and archive folder the boards need), build the boards, and when any file
 * changes make one commit on the head that was read — the READMEs, the snapshots, the feeds and
 * the deletions together. When someone else's commit moved the head meanwhile, read and build
 * again on the new head and retry; never force. With `pull-request: true` — or `auto` and a branch
 * protection that refuses the commit — commit to the action's own branch and open (or update) one
 * pull request.
 */
import { buildBoards, type FileChange, type RunResult, type SiteLinks } from '../../board.js'
import type { Config } from '../../config/config.js'
import { errors } from '../../errors.js'
import { isHttpUrl } from '../../url.js'
import { findZones } from '../../zones/find.js'
import { runTotals } from '../report.js'
import { fileList } from '../summary.js'
import { boardPaths } from './board-paths.js'
import { commitWithGraphql } from './commit-graphql.js'
import { commitMessage } from './commit-message.js'
import { commitWithRest } from './commit-rest.js'
import { WriteRefused } from './failures.js'
import { openOrUpdatePullRequest } from './pull-request.js'
import {
  branchIO,
  readBranchState,
  repositoryPath,
  type BranchState,
  type RefState
} from './read-state.js'
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
  /** GITHUB_SERVER_URL, e.g. `https://github.com`: where the feeds link to. */
  serverUrl: string
  /** Invalid listings and the like (annotations in the action). */
  warn(message: string): void
  /** Progress worth a log line: a retry, a fallback to a pull request. */
  info(message: string): void
}

export interface Publication {
  run: RunResult
  /** The branch the boards were read from. */
  branch: string
  /** The commit made, on the branch or on the pull request branch. */
  commit?: CommitMade
  pullRequest?: PullRequestMade
}

/** Re-reads after a moved head; the first try plus these. */
export const MAX_CONFLICT_RETRIES = 3

/**
 * `settings` are the run-wide inputs (branch, commit method, pull request, message, listings);
 * `boards` the boards to build, one for a single README.
 */
export async function publishToGitHub(
  settings: Config,
  boards: Config[],
  context: PublishContext
): Promise<Publication> {
  const pullRequestBranch = proposalBranch(settings)
  const { targets, folders } = boardPaths(boards)
  let branch = settings.branch ?? 'the default branch'
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const state = await readBranchState(context.client, {
      repository: context.repository,
      branch: settings.branch,
      doing: 'reading the README',
      sources: isHttpUrl(settings.listings) ? [] : [settings.listings],
      targets,
      folders,
      pullRequestBranch: settings.pullRequest === 'never' ? undefined : pullRequestBranch
    })
    branch = state.branch
    // A rebuild after a conflict sees the same feed: its warnings were given the first time.
    const warn = retry === 0 ? context.warn : () => {}
    const run = await buildBoards(boards, branchIO(state, warn), siteLinks(context, branch))
    const publication = { run, branch }
    if (!run.changed || settings.dryRun) return publication
    try {
      const attempt = { settings, boards, context, state, run, pullRequestBranch }
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

/** The action's own branch for pull requests, named after the README or the boards file. */
function proposalBranch(settings: Config): string {
  const path = repositoryPath(settings.boardsFile ?? settings.readme)
  return `jobs-readme/${path.split('/').map(refNameSegment).join('/')}`
}

/** A path segment as git allows it in a branch name (no leading dot, "..", spaces or ".lock"). */
function refNameSegment(segment: string): string {
  const safe = segment
    .replace(/[^\w.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$|\.lock$/g, '')
  return safe || '-'
}

/** Where the feeds point: the repository's page, and its files as served from the branch. */
function siteLinks({ serverUrl, repository }: PublishContext, branch: string): SiteLinks {
  const homePageUrl = `${serverUrl.replace(/\/+$/, '')}/${repository.owner}/${repository.name}`
  const servedBranch = branch.split('/').map(encodeURIComponent).join('/')
  return { homePageUrl, feedBaseUrl: `${homePageUrl}/raw/${servedBranch}/` }
}

/** One attempt: the branch as read, the boards built from it, and where a proposal goes. */
interface Attempt {
  settings: Config
  boards: Config[]
  context: PublishContext
  state: BranchState
  run: RunResult
  pullRequestBranch: string
}

async function write(attempt: Attempt): Promise<Pick<Publication, 'commit' | 'pullRequest'>> {
  const { settings, context, state, run } = attempt
  if (settings.pullRequest === 'always') return propose(attempt)
  try {
    const commit = await commitTo(attempt, run.files, {
      branch: state.branch,
      parent: state.head,
      parentTree: state.tree,
      branchExists: true
    })
    return { commit }
  } catch (error) {
    if (!(error instanceof WriteRefused && error.reason === 'protected-branch')) throw error
    if (settings.pullRequest === 'never') throw errors.branchProtected(state.branch, error.message)
    context.info(
      `${state.branch} is protected (${error.message.trim()}); proposing a pull request.`
    )
    return propose(attempt)
  }
}

/** Commits what the pull request branch lacks (if anything), then opens or updates the pull request. */
async function propose(attempt: Attempt): Promise<Pick<Publication, 'commit' | 'pullRequest'>> {
  const { settings, boards, context, state, run, pullRequestBranch } = attempt
  const existing = state.pullRequestBranch
  const missing = existing ? await notYetOn(existing, run.files, boards) : run.files
  if (missing.length === 0 && existing?.openPullRequest) {
    const { number, url } = existing.openPullRequest
    return { pullRequest: { number, url, created: false } }
  }
  const commit =
    missing.length === 0
      ? undefined
      : await commitTo(attempt, missing, {
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
    title: message(attempt).split('\n')[0] ?? '',
    body: pullRequestBody(settings, state.branch, run),
    open: existing?.openPullRequest
  })
  return { commit, pullRequest }
}

/**
 * The changes the pull request branch does not hold yet: a file with other text, a snapshot it
 * still has. A README equal but for its "Last updated" line is held: that line alone is no reason
 * for a new commit.
 */
async function notYetOn(
  ref: RefState,
  files: FileChange[],
  boards: Config[]
): Promise<FileChange[]> {
  const markerPrefixes = new Map(
    boards.map(board => [repositoryPath(board.readme), board.markerPrefix])
  )
  const listed = new Set([...ref.folders.values()].flat())
  const lacks = async (file: FileChange): Promise<boolean> => {
    const path = repositoryPath(file.path)
    if ('deleted' in file) return listed.has(path)
    const held = ref.files.get(path)
    const prefix = markerPrefixes.get(path)
    if (held === undefined) return true
    return prefix === undefined ? held !== file.text : !(await sameBoard(held, file.text, prefix))
  }
  const missing: FileChange[] = []
  for (const file of files) if (await lacks(file)) missing.push(file)
  return missing
}

/** The files as one commit on `target`, by the configured method. */
function commitTo(
  attempt: Attempt,
  files: FileChange[],
  target: Pick<BranchCommit, 'branch' | 'parent' | 'parentTree' | 'branchExists'>
): Promise<CommitMade> {
  const { settings, context, state } = attempt
  const commit: BranchCommit = {
    ...target,
    repository: context.repository,
    files: files.map(file => ({ ...file, path: repositoryPath(file.path) })),
    message: message(attempt)
  }
  return settings.commitMethod === 'rest'
    ? commitWithRest(context.client, commit, {
        author: settings.author,
        committer: settings.committer
      })
    : commitWithGraphql(context.client, state.repositoryId, commit)
}

function message({ settings, boards, run }: Attempt): string {
  return commitMessage(settings.commitMessage, boards, runTotals(run, settings))
}

/** Equal but for the "Last updated" line, which alone is no reason for a new commit. */
async function sameBoard(readme: string, other: string, prefix: string): Promise<boolean> {
  const withoutUpdatedLine = async (text: string) => {
    const zone = (await findZones(text, prefix)).get('updated')
    return zone ? text.slice(0, zone.contentStart) + text.slice(zone.contentEnd) : text
  }
  try {
    return (await withoutUpdatedLine(readme)) === (await withoutUpdatedLine(other))
  } catch {
    return false
  }
}

function pullRequestBody(settings: Config, base: string, run: RunResult): string {
  const { stats, added, removed } = runTotals(run, settings)
  const readmes = run.boards.map(board => `\`${board.readmePath}\``).join(', ')
  const why =
    settings.pullRequest === 'always'
      ? 'The workflow asks for pull requests (`pull-request: true`).'
      : `Branch \`${base}\` is protected, so the update waits here for a merge.`
  return [
    `Updates ${readmes} with the current openings: ${stats.jobs} jobs, ` +
      `${added} added and ${removed} removed since the tables on \`${base}\`.`,
    '',
    ...fileList(run.files),
    '',
    `${why} Later runs update this pull request until it is merged.`,
    '',
    '_Opened by jobs-readme._'
  ].join('\n')
}
