/**
 * Reads what the board is built from, at one branch head, in ONE GraphQL request: the branch and
 * its head, the README, the listings file when it is in the repository, and the action's own
 * pull request branch. Only a file too large for GraphQL's Blob.text costs one REST call more.
 */
import type { BoardIO } from '../../board.js'
import { errors } from '../../errors.js'
import { asGitHubFailure } from './failures.js'
import { fullName, type GitHubClient, type Repository } from './types.js'

export interface StateRequest {
  repository: Repository
  /** Undefined: the default branch. */
  branch?: string
  /** The README's path in the repository. */
  readme: string
  /** The listings' path, when they are a file of the repository (not a URL). */
  listings?: string
  /** The branch the action proposes changes on. */
  pullRequestBranch: string
}

export interface BranchState {
  repositoryId: string
  branch: string
  head: string
  tree: string
  /** The text of each requested path; undefined when the path is not in the branch. */
  files: Map<string, string | undefined>
  /** The pull request branch, when it exists: its head, its README and its open pull request. */
  pullRequestBranch?: {
    head: string
    tree: string
    readme: string | undefined
    openPullRequest?: { id: string; number: number; url: string }
  }
}

export async function readBranchState(
  client: GitHubClient,
  request: StateRequest
): Promise<BranchState> {
  const { repository } = request
  const readme = repositoryPath(request.readme)
  const listings = request.listings === undefined ? undefined : repositoryPath(request.listings)
  const data = await asGitHubFailure(
    {
      repository: fullName(repository),
      doing: 'reading the README',
      permission: 'contents: write'
    },
    client.graphql<ReadBoardData>(READ_BOARD, {
      owner: repository.owner,
      name: repository.name,
      useDefaultBranch: request.branch === undefined,
      qualifiedBranch: `refs/heads/${request.branch?.replace(/^refs\/heads\//, '') ?? ''}`,
      readme,
      listings: listings ?? '',
      withListings: listings !== undefined,
      pullRequestBranch: `refs/heads/${request.pullRequestBranch}`
    })
  )
  if (!data.repository) throw errors.repositoryNotFound(fullName(repository))
  const ref = data.repository.defaultBranchRef ?? data.repository.ref
  if (!ref) throw errors.branchMissing(request.branch ?? '(default branch)', fullName(repository))

  const files = new Map<string, string | undefined>()
  for (const [path, entry] of [
    [readme, ref.target.readme],
    [listings, ref.target.listings]
  ] as const)
    if (path !== undefined) files.set(path, await fileText(client, repository, entry))

  const pullRequestRef = data.repository.pullRequestBranch
  return {
    repositoryId: data.repository.id,
    branch: ref.name,
    head: ref.target.oid,
    tree: ref.target.tree.oid,
    files,
    pullRequestBranch: pullRequestRef
      ? {
          head: pullRequestRef.target.oid,
          tree: pullRequestRef.target.tree.oid,
          readme: await fileText(client, repository, pullRequestRef.target.readme),
          openPullRequest: pullRequestRef.associatedPullRequests.nodes[0]
        }
      : undefined
  }
}

/** The board's files, served from the state that was read: the same head for every file. */
export function branchIO(state: BranchState, warn: (message: string) => void): BoardIO {
  return {
    async readFile(path) {
      const key = repositoryPath(path)
      if (!state.files.has(key)) throw new Error(`${path} was not read with the branch state`)
      return state.files.get(key)
    },
    warn
  }
}

/** A path as GitHub names it in a tree: no leading "./" or "/". */
export function repositoryPath(path: string): string {
  return path.replace(/^(\.?\/)+/, '')
}

const READ_BOARD = /* GraphQL */ `
  query ReadBoard(
    $owner: String!
    $name: String!
    $useDefaultBranch: Boolean!
    $qualifiedBranch: String!
    $readme: String!
    $listings: String!
    $withListings: Boolean!
    $pullRequestBranch: String!
  ) {
    repository(owner: $owner, name: $name) {
      id
      defaultBranchRef @include(if: $useDefaultBranch) {
        ...BranchState
      }
      ref(qualifiedName: $qualifiedBranch) @skip(if: $useDefaultBranch) {
        ...BranchState
      }
      pullRequestBranch: ref(qualifiedName: $pullRequestBranch) {
        ...BranchState
        associatedPullRequests(states: OPEN, first: 1) {
          nodes {
            id
            number
            url
          }
        }
      }
    }
  }

  fragment BranchState on Ref {
    name
    target {
      oid
      ... on Commit {
        tree {
          oid
        }
        readme: file(path: $readme) {
          ...FileText
        }
        listings: file(path: $listings) @include(if: $withListings) {
          ...FileText
        }
      }
    }
  }

  fragment FileText on TreeEntry {
    object {
      ... on Blob {
        oid
        text
        isTruncated
      }
    }
  }
`

interface FileEntry {
  object: { oid: string; text: string | null; isTruncated: boolean } | null
}

interface BranchRef {
  name: string
  target: {
    oid: string
    tree: { oid: string }
    readme?: FileEntry | null
    listings?: FileEntry | null
  }
}

interface ReadBoardData {
  repository: {
    id: string
    defaultBranchRef?: BranchRef | null
    ref?: BranchRef | null
    pullRequestBranch: PullRequestRef | null
  } | null
}

type PullRequestRef = BranchRef & {
  associatedPullRequests: { nodes: { id: string; number: number; url: string }[] }
}

/** Blob.text stops at a size limit (and is null for binary files): then the REST blob has it all. */
async function fileText(
  client: GitHubClient,
  repository: Repository,
  entry: FileEntry | null | undefined
): Promise<string | undefined> {
  const blob = entry?.object
  if (!blob) return undefined
  if (blob.text !== null && !blob.isTruncated) return blob.text
  const { data } = await asGitHubFailure(
    {
      repository: fullName(repository),
      doing: 'reading a large file',
      permission: 'contents: write'
    },
    client.request<{ content: string; encoding: string }>(
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      {
        owner: repository.owner,
        repo: repository.name,
        file_sha: blob.oid
      }
    )
  )
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')
}
