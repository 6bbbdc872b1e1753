/**
 * The REST commit (commit-method: rest), for a custom author or committer: git data API tree ->
 * commit -> ref. The tree carries each file's text itself, which saves the blob requests, and
 * drops each deleted path. The ref moves without force, so a branch that moved meanwhile refuses
 * it ("not a fast forward") and the caller re-reads and retries.
 */
import type { GitPerson } from '../../config/config.js'
import { asGitHubFailure, committing } from './failures.js'
import { type BranchCommit, type CommitMade, type GitHubClient } from './types.js'

export interface Identity {
  /** Undefined: the token's owner. */
  author?: GitPerson
  /** Undefined: the author. */
  committer?: GitPerson
}

export async function commitWithRest(
  client: GitHubClient,
  commit: BranchCommit,
  identity: Identity
): Promise<CommitMade> {
  const context = committing(commit)
  const repo = { owner: commit.repository.owner, repo: commit.repository.name }
  const call = <T>(route: string, parameters: Record<string, unknown>) =>
    asGitHubFailure(context, client.request<T>(route, { ...repo, ...parameters })).then(
      response => response.data
    )

  const tree = await call<{ sha: string }>('POST /repos/{owner}/{repo}/git/trees', {
    base_tree: commit.parentTree,
    tree: commit.files.map(file => ({
      path: file.path,
      mode: '100644',
      type: 'blob',
      // A null sha removes the path from the base tree.
      ...('deleted' in file ? { sha: null } : { content: file.text })
    }))
  })
  const made = await call<{ sha: string; html_url: string }>(
    'POST /repos/{owner}/{repo}/git/commits',
    {
      message: commit.message,
      tree: tree.sha,
      parents: [commit.parent],
      ...(identity.author ? { author: identity.author } : {}),
      ...(identity.committer ? { committer: identity.committer } : {})
    }
  )
  if (commit.branchExists)
    await call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ref: `heads/${commit.branch}`,
      sha: made.sha,
      force: false
    })
  else
    await call('POST /repos/{owner}/{repo}/git/refs', {
      ref: `refs/heads/${commit.branch}`,
      sha: made.sha
    })
  return { sha: made.sha, url: made.html_url }
}
