/** The issue tracker of the repository, through the GitHub REST API. */
import type { GitHubClient, Repository } from '../publish/github/types.js'
import type { IssueTracker } from './contribute.js'

export function gitHubIssues(client: GitHubClient, repository: Repository): IssueTracker {
  const where = { owner: repository.owner, repo: repository.name }
  return {
    async comment(issue, body) {
      await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...where,
        issue_number: issue,
        body
      })
    },
    async close(issue) {
      await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...where,
        issue_number: issue,
        state: 'closed',
        state_reason: 'completed'
      })
    },
    async addLabel(issue, label) {
      await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...where,
        issue_number: issue,
        labels: [label]
      })
    }
  }
}
