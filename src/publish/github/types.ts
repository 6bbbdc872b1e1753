/** The shapes the GitHub publishing modules pass between them. */
import type { FileChange } from '../../board.js'

/** The two calls every module makes; Octokit behind it (see client.ts). */
export interface GitHubClient {
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>
  request<T>(route: string, parameters: Record<string, unknown>): Promise<{ data: T }>
}

export interface Repository {
  owner: string
  name: string
}

export function fullName(repository: Repository): string {
  return `${repository.owner}/${repository.name}`
}

/** One commit to make: files written and deleted on top of `parent`, which must still be the branch head. */
export interface BranchCommit {
  repository: Repository
  branch: string
  /** The head that was read; the write fails (never forces) when the branch moved since. */
  parent: string
  /** The tree of `parent`, for the REST method. */
  parentTree: string
  /** False: the branch does not exist yet and is created at `parent`. */
  branchExists: boolean
  /** Repository paths (no leading "./"), each at most once. */
  files: FileChange[]
  message: string
}

export interface CommitMade {
  sha: string
  url: string
}

export interface PullRequestMade {
  number: number
  url: string
  /** False when an open pull request of the branch was updated instead. */
  created: boolean
}
