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
 * thousands of characters) cut before the limit, never inside a character nor inside a quoted
 * answer's code span (whose text, its closing fence cut off, would read as Markdown: a mention,
 * an image), and said so.
 */
export function withinLimit(body: string): string {
  if (body.length <= COMMENT_LIMIT) return body
  let cut = COMMENT_LIMIT - CUT_NOTE.length
  const last = body.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut--
  const kept = body.slice(0, cut)
  return kept.slice(0, unclosedCodeSpan(kept) ?? kept.length) + CUT_NOTE
}

/**
 * Where the first code span of `text` that no fence of its length closes opens; undefined when
 * every one is closed. Each run of backticks opens a span, closed by the next run of as many.
 */
function unclosedCodeSpan(text: string): number | undefined {
  const runs = [...text.matchAll(/`+/g)].map(run => ({ at: run.index, length: run[0].length }))
  // The runs of each length, in order, and how far each list has been read.
  const byLength = new Map<number, number[]>()
  for (const [index, run] of runs.entries()) {
    const same = byLength.get(run.length)
    if (same) same.push(index)
    else byLength.set(run.length, [index])
  }
  const read = new Map<number, number>()
  for (let index = 0; index < runs.length;) {
    const { at, length } = runs[index]!
    const same = byLength.get(length)!
    let next = read.get(length) ?? 0
    while (next < same.length && same[next]! <= index) next++
    read.set(length, next + 1)
    const closer = same[next]
    if (closer === undefined) return at
    index = closer + 1
  }
  return undefined
}
