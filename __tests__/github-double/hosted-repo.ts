/**
 * What GitHub knows about one repository, independent of REST or GraphQL: its bare git
 * repository, who may write, which branches are protected, its pull requests, and the
 * intrusions a test schedules ("someone else commits before the action's next write").
 */
import type { BareRepo, Person } from './bare-repo.js'

export type Permission = 'none' | 'read' | 'write'

export interface Permissions {
  /** Default write. */
  contents: Permission
  /** Default write. */
  pullRequests: Permission
  /** Default write. */
  issues: Permission
}

export interface PullRequest {
  id: string
  number: number
  url: string
  title: string
  body: string
  headRefName: string
  baseRefName: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  /** The head commit a closed or merged pull request kept; an open one follows its branch. */
  headRefOid?: string
}

/** An issue, its labels and the comments made on it. */
export interface HostedIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | null
  labels: string[]
  comments: { id: number; body: string; login: string }[]
}

/**
 * An answer GitHub gives as an error: a GraphQL error `type` (none for some refusals, such as
 * updateRefs' moved ref), or a REST status.
 */
export class GitHubError extends Error {
  constructor(
    readonly type: 'NOT_FOUND' | 'FORBIDDEN' | 'STALE_DATA' | 'UNPROCESSABLE' | undefined,
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** The bot GITHUB_TOKEN acts as; GitHub signs the commits it makes through GraphQL. */
export const ACTIONS_BOT: Person = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}
export const WEB_FLOW: Person = { name: 'GitHub', email: 'noreply@github.com' }

export class HostedRepo {
  readonly id = 'R_kgDOJobsRdm'
  readonly defaultBranch = 'main'
  readonly pullRequests: PullRequest[] = []
  readonly issues = new Map<number, HostedIssue>()
  private readonly intrusions: (() => Promise<unknown>)[] = []

  constructor(
    readonly git: BareRepo,
    readonly owner: string,
    readonly name: string,
    readonly htmlUrl: string,
    readonly permissions: Permissions,
    readonly protectedBranches: ReadonlySet<string>,
    /** Blob.text holds at most this many bytes; longer files come back truncated. */
    readonly blobTextLimit: number
  ) {}

  get nameWithOwner(): string {
    return `${this.owner}/${this.name}`
  }

  /** Runs `change` when the next write request arrives, before GitHub looks at it. */
  beforeNextWrite(change: () => Promise<unknown>): void {
    this.intrusions.push(change)
  }

  /** Called by every write handler first: lets a scheduled intrusion land. */
  async writeArrives(): Promise<void> {
    const intrusion = this.intrusions.shift()
    if (intrusion) await intrusion()
  }

  requireRead(): void {
    if (this.permissions.contents === 'none')
      throw new GitHubError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${this.nameWithOwner}'.`,
        404
      )
  }

  requireWrite(scope: keyof Permissions): void {
    this.requireRead()
    if (this.permissions[scope] !== 'write')
      throw new GitHubError('FORBIDDEN', 'Resource not accessible by integration', 403)
  }

  /** The refusal GitHub gives when branch protection (a ruleset) blocks a direct update. */
  requireUnprotected(branch: string): void {
    if (this.protectedBranches.has(branch))
      throw new GitHubError(
        'UNPROCESSABLE',
        'Repository rule violations found\n\nChanges must be made through a pull request.\n',
        409
      )
  }

  commitUrl(sha: string): string {
    return `${this.htmlUrl}/commit/${sha}`
  }

  /** Files an issue (as an issue form would), numbered after the issues before it. */
  openIssue(fields: Pick<HostedIssue, 'title' | 'body'> & { labels?: string[] }): HostedIssue {
    const number = this.issues.size + 1
    const issue: HostedIssue = {
      number,
      state: 'open',
      stateReason: null,
      comments: [],
      ...fields,
      labels: fields.labels ?? []
    }
    this.issues.set(number, issue)
    return issue
  }

  /** Merges or closes a pull request as GitHub does: it keeps its branch's head as it is now. */
  async closePullRequest(pull: PullRequest, state: 'CLOSED' | 'MERGED'): Promise<void> {
    pull.headRefOid = await this.git.head(pull.headRefName)
    pull.state = state
  }

  openPullRequest(
    fields: Pick<PullRequest, 'title' | 'body' | 'headRefName' | 'baseRefName'>
  ): PullRequest {
    const existing = this.pullRequests.find(
      pull =>
        pull.state === 'OPEN' &&
        pull.headRefName === fields.headRefName &&
        pull.baseRefName === fields.baseRefName
    )
    if (existing)
      throw new GitHubError(
        'UNPROCESSABLE',
        `A pull request already exists for ${this.owner}:${fields.headRefName}.`,
        422
      )
    const number = this.pullRequests.length + 1
    const pull: PullRequest = {
      ...fields,
      id: `PR_kwDOJobsRdm${number}`,
      number,
      url: `${this.htmlUrl}/pull/${number}`,
      state: 'OPEN'
    }
    this.pullRequests.push(pull)
    return pull
  }
}
