/**
 * One pull request per board: opened the first time, and its title and body updated on later
 * runs while it stays open (the new commit is already on its branch).
 */
import { asGitHubFailure } from './failures.js'
import type { GitHubClient, PullRequestMade } from './types.js'

export interface PullRequestRequest {
  /** owner/name, for messages. */
  repository: string
  repositoryId: string
  base: string
  head: string
  title: string
  body: string
  /** The open pull request of `head`, when there is one. */
  open?: { id: string; number: number; url: string }
}

export async function openOrUpdatePullRequest(
  client: GitHubClient,
  request: PullRequestRequest
): Promise<PullRequestMade> {
  const context = {
    repository: request.repository,
    doing: 'opening a pull request',
    permission: 'pull-requests: write'
  } as const
  if (request.open) {
    await asGitHubFailure(
      context,
      client.graphql(UPDATE_PULL_REQUEST, {
        input: { pullRequestId: request.open.id, title: request.title, body: request.body }
      })
    )
    return { number: request.open.number, url: request.open.url, created: false }
  }
  const data = await asGitHubFailure(
    context,
    client.graphql<{ createPullRequest: { pullRequest: { number: number; url: string } } }>(
      CREATE_PULL_REQUEST,
      {
        input: {
          repositoryId: request.repositoryId,
          baseRefName: request.base,
          headRefName: request.head,
          title: request.title,
          body: request.body
        }
      }
    )
  )
  const { number, url } = data.createPullRequest.pullRequest
  return { number, url, created: true }
}

const CREATE_PULL_REQUEST = /* GraphQL */ `
  mutation OpenPullRequest($input: CreatePullRequestInput!) {
    createPullRequest(input: $input) {
      pullRequest {
        number
        url
      }
    }
  }
`

const UPDATE_PULL_REQUEST = /* GraphQL */ `
  mutation UpdatePullRequest($input: UpdatePullRequestInput!) {
    updatePullRequest(input: $input) {
      pullRequest {
        number
      }
    }
  }
`
