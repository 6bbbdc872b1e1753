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
        body: withinLimit(body)
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

/** The most characters GitHub takes in a comment (its API refuses a longer one). */
export const COMMENT_LIMIT = 65_536

const CUT_NOTE = '\n\n… (cut here: the comment ran past the 65,536 characters GitHub takes)'

/**
 * A comment GitHub takes: one longer than COMMENT_LIMIT (a refusal quoting an answer of tens of
 * thousands of characters) cut before the limit, never inside a character, and said so.
 */
function withinLimit(body: string): string {
  if (body.length <= COMMENT_LIMIT) return body
  let cut = COMMENT_LIMIT - CUT_NOTE.length
  const last = body.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut--
  return body.slice(0, cut) + CUT_NOTE
}
