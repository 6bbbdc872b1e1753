/**
 * The branch through the GitHub API as the run's file store: read every file the boards need at
 * one head (one request), and write the run's files as one commit on that head — the READMEs, the
 * snapshots, the feeds and the deletions together. A head that moved meanwhile is a conflict
 * the run answers by reading again; nothing is forced.
 *
 * Pull requests (`pull-request: true`, or `auto` and a branch protection that refuses the
 * commit) come from the action's own branch, one per base branch. While its pull request into
 * the base is open, the run reads the files from that branch's head — edits made there stay —
 * and commits on top. With no pull request open, the branch starts again from the base when
 * a closed or merged pull request holds its head; when it holds commits no pull request does
 * (pushed after the last one closed), the run builds on them as on an open one and proposes
 * them too. Starting again is a compare-and-swap: a push meanwhile makes the run read again.
 */
import type { RunResult, SiteLinks } from '../../board.js'
import type { BoardSettings, RunSettings } from '../../config/config.js'
import { errors } from '../../errors.js'
import { countWord } from '../../log-text.js'
import { ReadChanged, type FilePlan, type FileStore, type Snapshot } from '../../run.js'
import { fileList } from '../summary.js'
import { commitWithGraphql } from './commit-graphql.js'
import { commitMessage } from './commit-message.js'
import { commitWithRest } from './commit-rest.js'
import { committing, gitHubFailure, WriteRefused } from './failures.js'
import { openOrUpdatePullRequest } from './pull-request.js'
import {
  branchIO,
  readBranchState,
  repositoryPath,
  type BranchState,
  type OpenPullRequest,
  type ProposalState,
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

/** The action's branch for pull requests into the branch read, as it was found. */
interface Proposal {
  branch: string
  /** The branch as read; undefined when it does not exist. */
  ref?: ProposalState
  /** Its open pull request into the branch read: the run builds on its head. */
  open?: OpenPullRequest
  /**
   * The run builds on the branch's head: its pull request is open, or it holds commits no pull
   * request holds (moving it back would lose them).
   */
  continued: boolean
}

export interface BranchSnapshot extends Snapshot {
  state: BranchState
  /** Undefined with `pull-request: false`. */
  proposal?: Proposal
}

/** This run's commit, found on the branch after GitHub's answer to it was lost. */
export interface Landed {
  commit: CommitMade
  /** The run that commit holds. */
  run: RunResult
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
): FileStore<BranchSnapshot, Publication> & {
  branch(): string
  /** The open pull request the last read built on: it holds the change when nothing was written. */
  openPullRequest(): PullRequestMade | undefined
  /** A commit on the branch refused as stale whose answer was lost, found made on the re-read. */
  landed(): Landed | undefined
} {
  const named = settings.branch?.replace(/^refs\/heads\//, '')
  const candidates =
    settings.pullRequest === 'never'
      ? []
      : [
          proposalBranch(settings, boards),
          ...(named ? [proposalBranch(settings, boards, named)] : [])
        ]
  let branch = named ?? 'the default branch'
  let pending: PullRequestMade | undefined
  let refused: { commit: BranchCommit; run: RunResult } | undefined
  let landed: Landed | undefined
  return {
    branch: () => branch,
    openPullRequest: () => pending,
    landed: () => landed,
    async read(plan: FilePlan): Promise<BranchSnapshot> {
      const state = await readBranchState(context.client, {
        repository: context.repository,
        branch: settings.branch,
        doing: 'reading the README',
        ...plan,
        pullRequestBranches: candidates
      })
      branch = state.branch
      // The branch the refused commit went to: the one read, or the pull request branch.
      const sent = refused?.commit
      const target =
        sent && (sent.branch === state.branch ? state : state.pullRequestBranches.get(sent.branch))
      if (refused && target && isCommitOf(target, refused.commit)) {
        landed = { commit: { sha: target.head, url: target.commit.url }, run: refused.run }
        context.info(
          `${target.head} on ${refused.commit.branch} holds this run's commit (its parent, message and files are those sent): GitHub made it, but its answer was lost.`
        )
      }
      refused = undefined
      const site = siteLinks(context, state.branch)
      if (settings.pullRequest === 'never') return { state, io: branchIO(state), site }
      const proposal = proposalOf(settings, boards, state)
      const { ref, open, continued } = proposal
      pending = open && { number: open.number, url: open.url, created: false }
      // The pull request's files, as the maintainer may have edited them, and the listings when
      // the run edits them (a contribution waiting there stays); otherwise the listings and the
      // boards file are the base branch's.
      const files =
        ref && continued ? { ...ref, files: new Map([...state.files, ...ref.files]) } : state
      return { state, proposal, io: branchIO(files), site }
    },
    async write(snapshot: BranchSnapshot, run: RunResult): Promise<Publication> {
      const proposal = snapshot.proposal
      // A run that adds nothing proposes what the branch holds, in the words of the commit
      // that put it there when that was this run's (its answer lost).
      const shown = run.changed || !landed ? run : { ...landed.run, changed: false }
      const attempt = { settings, boards, context, state: snapshot.state, run: shown, proposal }
      try {
        return await write(attempt)
      } catch (error) {
        if (!(error instanceof WriteRefused)) throw error
        // write() handles a protected base branch; this is the pull request branch refusing too.
        if (error.reason === 'protected-branch')
          throw errors.branchProtected(proposal?.branch ?? branch, error.message)
        if (error.commit) refused = { commit: error.commit, run }
        throw new ReadChanged(`The branch moved while committing (${error.message})`)
      }
    },
    holdsUnproposed: ({ state, proposal }) =>
      proposal !== undefined &&
      proposal.continued &&
      proposal.open === undefined &&
      differsFromBase(state, proposal.ref),
    busy: attempts => errors.branchBusy(branch, attempts)
  }
}

/**
 * The proposal branch holds a file the run writes other than the base does: a change that a
 * pull request would propose (not only commits of other files pushed there).
 */
function differsFromBase(state: BranchState, ref: ProposalState | undefined): boolean {
  if (!ref) return false
  return [...ref.files].some(
    ([path, text]) => state.files.has(path) && state.files.get(path) !== text
  )
}

/**
 * The action's own branch for pull requests, named after the README or the boards file: for
 * the default branch `jobs-readme/README.md`, for another base `jobs-readme/<base>/README.md`.
 */
function proposalBranch(settings: RunSettings, boards: BoardSettings[], base?: string): string {
  const path = repositoryPath(settings.boardsFile ?? boards[0]?.readme ?? 'README.md')
  const segments = [...(base === undefined ? [] : base.split('/')), ...path.split('/')]
  return `jobs-readme/${segments.map(refNameSegment).join('/')}`
}

/** The proposal branch of the branch read, and its open pull request into it. */
function proposalOf(settings: RunSettings, boards: BoardSettings[], state: BranchState): Proposal {
  const base = state.branch
  const name =
    base === state.defaultBranch
      ? proposalBranch(settings, boards)
      : proposalBranch(settings, boards, base)
  const ref = state.pullRequestBranches.get(name)
  const open = ref?.openPullRequests.find(pull => pull.base === base)
  // A closed or merged pull request keeps the commits of its head (GitHub shows them there).
  const held =
    ref === undefined ||
    ref.head === state.head ||
    ref.closedPullRequestHeads.includes(ref.head) ||
    ref.openPullRequests.length > 0
  return { branch: name, ref, open, continued: open !== undefined || !held }
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
  proposal?: Proposal
}

async function write(attempt: Attempt): Promise<Publication> {
  const { settings, context, state, proposal } = attempt
  // The boards were built on the proposal branch, or a proposal is asked for.
  if (proposal && (proposal.continued || settings.pullRequest === 'always'))
    return propose(attempt, proposal)
  try {
    const commit = await commitTo(
      attempt,
      branchCommit(attempt, {
        branch: state.branch,
        parent: state.head,
        parentTree: state.tree,
        branchExists: true
      })
    )
    return { commit }
  } catch (error) {
    if (!(error instanceof WriteRefused && error.reason === 'protected-branch')) throw error
    if (!proposal) throw errors.branchProtected(state.branch, error.message)
    context.info(
      `${state.branch} is protected (${error.message.trim()}); proposing a pull request.`
    )
    return propose(attempt, proposal)
  }
}

/**
 * Commits the run's files on the proposal branch, then opens or updates its pull request. With
 * the pull request open, or commits no pull request holds on the branch, the files were built
 * on its head and go on top of it. Otherwise the branch (a leftover of a merged or closed pull
 * request) starts again from the base head, so the new pull request holds this run's change
 * alone and merges cleanly.
 */
async function propose(attempt: Attempt, proposal: Proposal): Promise<Publication> {
  const { settings, context, state, run } = attempt
  const { branch, ref, open, continued } = proposal
  const other = ref?.openPullRequests.find(pull => pull.base !== state.branch)
  if (!open && other) throw errors.proposalBranchTaken(branch, state.branch, other)
  const builtOn = continued ? ref : undefined
  if (ref && !builtOn && ref.head !== state.head) await restartBranch(attempt, branch, ref.head)
  if (builtOn && !open)
    context.info(
      `${branch} holds commits no pull request holds (its head is ${builtOn.head.slice(0, 7)}); this run builds on them and proposes them with its change.`
    )
  // With nothing to add, the branch's own commits are proposed as they are.
  const sent = run.changed
    ? branchCommit(attempt, {
        branch,
        parent: builtOn ? builtOn.head : state.head,
        parentTree: builtOn ? builtOn.tree : state.tree,
        branchExists: ref !== undefined
      })
    : undefined
  const commit = sent && (await commitTo(attempt, sent))
  const pullRequest = await openOrUpdatePullRequest(context.client, {
    repository: fullName(context.repository),
    repositoryId: state.repositoryId,
    base: state.branch,
    head: branch,
    title: message(attempt).split('\n')[0] ?? '',
    body: pullRequestBody(
      settings,
      state.branch,
      run,
      builtOn && { branch, open: open !== undefined }
    ),
    open
  }).catch((error: unknown) => {
    // A pull request opened meanwhile (or this one, its answer lost): the run reads again, and
    // finds its commit made.
    if (error instanceof WriteRefused && sent) error.commit = sent
    throw error
  })
  return { commit, pullRequest }
}

/**
 * Moves a proposal branch no open pull request uses back to the base head: what it held was
 * merged, squashed or closed. Not a force update but a compare-and-swap (GraphQL updateRefs with
 * the head read as `beforeOid`): a push to the branch since the read refuses the move, and the
 * run reads again — then the branch holds that push, and the run builds on it.
 */
async function restartBranch(attempt: Attempt, branch: string, read: string): Promise<void> {
  const { client, repository } = attempt.context
  const { head, repositoryId } = attempt.state
  const name = `refs/heads/${branch}`
  try {
    await client.graphql(UPDATE_REFS, {
      input: { repositoryId, refUpdates: [{ name, afterOid: head, beforeOid: read, force: true }] }
    })
  } catch (error) {
    const failure = gitHubFailure(error, committing({ repository, branch } as BranchCommit))
    // GitHub refuses a moved ref with a generic error ("Something went wrong while executing
    // your query", which Octokit retries as a 500 first): the branch's head tells what happened.
    const now = await branchHead(client, repository, name).catch(() => {
      throw failure
    })
    if (now !== head && now !== read)
      throw new WriteRefused(
        'stale-head',
        `${branch} moved from ${read.slice(0, 7)} to ${now?.slice(0, 7) ?? 'nothing (deleted)'} before it could start again from ${head.slice(0, 7)}`
      )
    if (now !== head) throw failure
  }
  attempt.context.info(
    `${branch} had no open pull request; it starts again from ${head.slice(0, 7)}.`
  )
}

/** Where a ref points now; undefined when it does not exist. */
async function branchHead(
  client: GitHubClient,
  repository: Repository,
  qualifiedName: string
): Promise<string | undefined> {
  const data = await client.graphql<{
    repository: { ref: { target: { oid: string } } | null } | null
  }>(REF_HEAD, { owner: repository.owner, name: repository.name, qualifiedName })
  return data.repository?.ref?.target.oid
}

const UPDATE_REFS = /* GraphQL */ `
  mutation RestartBranch($input: UpdateRefsInput!) {
    updateRefs(input: $input) {
      clientMutationId
    }
  }
`

const REF_HEAD = /* GraphQL */ `
  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`

/** The run's files as one commit on `target`. */
function branchCommit(
  attempt: Attempt,
  target: Pick<BranchCommit, 'branch' | 'parent' | 'parentTree' | 'branchExists'>
): BranchCommit {
  const { context, run } = attempt
  return {
    ...target,
    repository: context.repository,
    files: run.files.map(file => ({ ...file, path: repositoryPath(file.path) })),
    message: message(attempt)
  }
}

/** Makes `commit` by the configured method. */
function commitTo(attempt: Attempt, commit: BranchCommit): Promise<CommitMade> {
  const { settings, context, state } = attempt
  const made =
    settings.commitMethod === 'rest'
      ? commitWithRest(context.client, commit, {
          author: settings.author,
          committer: settings.committer
        })
      : commitWithGraphql(context.client, state.repositoryId, commit)
  return made.catch((error: unknown) => {
    if (error instanceof WriteRefused) error.commit = commit
    throw error
  })
}

/**
 * The head read is the commit `sent` would have made: its parent, message and files are those
 * sent. So it is when GitHub made the commit but its answer was lost (a 5xx, then a retry
 * refused as stale) — or when another run made the very same commit.
 */
function isCommitOf(state: RefState, sent: BranchCommit): boolean {
  const { commit } = state
  if (commit.parents.length !== 1 || commit.parents[0] !== sent.parent) return false
  if (messageText(commit.message) !== messageText(sent.message)) return false
  const listed = new Set([...state.folders.values()].flat())
  return sent.files.every(file =>
    'deleted' in file
      ? !listed.has(file.path) && state.files.get(file.path) === undefined
      : state.files.get(file.path) === file.text
  )
}

/** A commit message as GitHub stores either method's: the headline, and the body trimmed. */
function messageText(message: string): string {
  const [headline = '', ...body] = message.split('\n')
  return `${headline.trim()}\n${body.join('\n').trim()}`
}

function message({ settings, boards, run }: Attempt): string {
  return commitMessage(settings.commitMessage, boards, run.totals)
}

/**
 * `builtOn`: the counts compare with the open pull request's previous commit, or with the head
 * of the proposal branch the run built on (else with the base).
 */
function pullRequestBody(
  settings: RunSettings,
  base: string,
  run: RunResult,
  builtOn?: { branch: string; open: boolean }
): string {
  const { stats, added, removed } = run.totals
  const readmes = [...new Set(run.boards.map(board => `\`${board.readmePath}\``))].join(', ')
  const why =
    settings.pullRequest === 'always'
      ? 'The workflow asks for pull requests (`pull-request: true`).'
      : `Branch \`${base}\` is protected, so the update waits here for a merge.`
  return [
    `Updates ${readmes} with the current openings: ${stats.jobs} ${countWord(stats.jobs, 'job')}, ` +
      `${added} added and ${removed} removed since ${since(base, builtOn)}.`,
    '',
    ...fileList(run.files),
    '',
    `${why} Later runs update this pull request until it is merged.`,
    '',
    '_Opened by jobs-readme._'
  ].join('\n')
}

function since(base: string, builtOn?: { branch: string; open: boolean }): string {
  if (!builtOn) return `the tables on \`${base}\``
  return builtOn.open ? "this pull request's previous commit" : `the head of \`${builtOn.branch}\``
}
