/**
 * The branch through the GitHub API as the run's file store: read every file the boards need at
 * one head (one request), and write the run's files as one commit on that head — the READMEs, the
 * snapshots, the feeds and the deletions together. A head that moved meanwhile is a conflict
 * the run answers by reading again; nothing is forced. With `pull-request: true` — or `auto` and
 * a branch protection that refuses the commit — the commit goes to the action's own branch and
 * one pull request is opened (or updated).
 */
import { boardChanged, type FileChange, type RunResult, type SiteLinks } from '../../board.js'
import type { BoardSettings, RunSettings } from '../../config/config.js'
import { errors } from '../../errors.js'
import { ReadChanged, type FilePlan, type FileStore, type Snapshot } from '../../run.js'
import { findZones } from '../../zones/find.js'
import { fileList } from '../summary.js'
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

export interface GitHubContext {
  client: GitHubClient
  repository: Repository
  /** GITHUB_SERVER_URL, e.g. `https://github.com`: where the feeds link to. */
  serverUrl: string
  /** Progress worth a log line: a fallback to a pull request. */
  info(message: string): void
}

export interface BranchSnapshot extends Snapshot {
  state: BranchState
}

export interface Publication {
  /** The commit made, on the branch or on the pull request branch. */
  commit?: CommitMade
  pullRequest?: PullRequestMade
}

export function gitHubStore(
  settings: RunSettings,
  boards: BoardSettings[],
  context: GitHubContext
): FileStore<BranchSnapshot, Publication> & { branch(): string } {
  const pullRequestBranch = proposalBranch(settings, boards)
  let branch = settings.branch ?? 'the default branch'
  return {
    branch: () => branch,
    async read(plan: FilePlan): Promise<BranchSnapshot> {
      const state = await readBranchState(context.client, {
        repository: context.repository,
        branch: settings.branch,
        doing: 'reading the README',
        ...plan,
        pullRequestBranch: settings.pullRequest === 'never' ? undefined : pullRequestBranch
      })
      branch = state.branch
      return { state, io: branchIO(state), site: siteLinks(context, state.branch) }
    },
    async write({ state }: BranchSnapshot, run: RunResult): Promise<Publication> {
      const attempt = { settings, boards, context, state, run, pullRequestBranch }
      try {
        return await write(attempt)
      } catch (error) {
        if (!(error instanceof WriteRefused)) throw error
        // write() handles a protected base branch; this is the pull request branch refusing too.
        if (error.reason === 'protected-branch')
          throw errors.branchProtected(pullRequestBranch, error.message)
        throw new ReadChanged(`The branch moved while committing (${error.message})`)
      }
    },
    busy: attempts => errors.branchBusy(branch, attempts)
  }
}

/** The action's own branch for pull requests, named after the README or the boards file. */
function proposalBranch(settings: RunSettings, boards: BoardSettings[]): string {
  const path = repositoryPath(settings.boardsFile ?? boards[0]?.readme ?? 'README.md')
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
function siteLinks({ serverUrl, repository }: GitHubContext, branch: string): SiteLinks {
  const homePageUrl = `${serverUrl.replace(/\/+$/, '')}/${repository.owner}/${repository.name}`
  const servedBranch = branch.split('/').map(encodeURIComponent).join('/')
  return { homePageUrl, feedBaseUrl: `${homePageUrl}/raw/${servedBranch}/` }
}

/** One attempt: the branch as read, the boards built from it, and where a proposal goes. */
interface Attempt {
  settings: RunSettings
  boards: BoardSettings[]
  context: GitHubContext
  state: BranchState
  run: RunResult
  pullRequestBranch: string
}

async function write(attempt: Attempt): Promise<Publication> {
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
async function propose(attempt: Attempt): Promise<Publication> {
  const { settings, boards, context, state, run, pullRequestBranch } = attempt
  const existing = state.pullRequestBranch
  const missing = existing ? await notYetOn(existing, run, boards) : run.files
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
 * still has. A README that differs only in its "Last updated" line is held (boardChanged).
 */
async function notYetOn(
  ref: RefState,
  run: RunResult,
  boards: BoardSettings[]
): Promise<FileChange[]> {
  const readmes = new Map(
    run.boards.map((result, index) => [
      repositoryPath(result.readmePath),
      { contents: result.contents, prefix: (boards[index] as BoardSettings).markerPrefix }
    ])
  )
  const listed = new Set([...ref.folders.values()].flat())
  const lacks = async (file: FileChange): Promise<boolean> => {
    const path = repositoryPath(file.path)
    if ('deleted' in file) return listed.has(path)
    const held = ref.files.get(path)
    if (held === undefined) return true
    const readme = readmes.get(path)
    if (!readme) return held !== file.text
    try {
      return boardChanged(held, await findZones(held, readme.prefix), readme.contents)
    } catch {
      return true
    }
  }
  const missing: FileChange[] = []
  for (const file of run.files) if (await lacks(file)) missing.push(file)
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
  return commitMessage(settings.commitMessage, boards, run.totals)
}

function pullRequestBody(settings: RunSettings, base: string, run: RunResult): string {
  const { stats, added, removed } = run.totals
  const readmes = [...new Set(run.boards.map(board => `\`${board.readmePath}\``))].join(', ')
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
