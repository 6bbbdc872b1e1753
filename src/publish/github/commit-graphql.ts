/**
 * The default commit: GraphQL createCommitOnBranch, which GitHub signs (Verified). It carries
 * expectedHeadOid = the head that was read, so a branch that moved meanwhile refuses the commit
 * instead of losing someone's work; the caller re-reads and retries. Every file written or deleted
 * goes into that one commit.
 */
import type { FileChange } from '../../board.js'
import { asGitHubFailure, committing } from './failures.js'
import { fullName, type BranchCommit, type CommitMade, type GitHubClient } from './types.js'

export async function commitWithGraphql(
  client: GitHubClient,
  repositoryId: string,
  commit: BranchCommit
): Promise<CommitMade> {
  const context = committing(commit)
  if (!commit.branchExists)
    await asGitHubFailure(
      context,
      client.graphql(CREATE_REF, {
        input: { repositoryId, name: `refs/heads/${commit.branch}`, oid: commit.parent }
      })
    )
  const [headline = '', ...body] = commit.message.split('\n')
  const data = await asGitHubFailure(
    context,
    client.graphql<CommitData>(CREATE_COMMIT, {
      input: {
        branch: { repositoryNameWithOwner: fullName(commit.repository), branchName: commit.branch },
        expectedHeadOid: commit.parent,
        message: { headline, body: body.join('\n').trim() },
        fileChanges: fileChanges(commit.files)
      }
    })
  )
  const made = data.createCommitOnBranch.commit
  return { sha: made.oid, url: made.url }
}

/** createCommitOnBranch's FileChanges: the text of each file written, the path of each deleted. */
function fileChanges(files: FileChange[]) {
  const additions = []
  const deletions = []
  for (const file of files)
    if ('deleted' in file) deletions.push({ path: file.path })
    else
      additions.push({
        path: file.path,
        contents: Buffer.from(file.text, 'utf8').toString('base64')
      })
  return { additions, ...(deletions.length ? { deletions } : {}) }
}

interface CommitData {
  createCommitOnBranch: { commit: { oid: string; url: string } }
}

const CREATE_REF = /* GraphQL */ `
  mutation CreateBranch($input: CreateRefInput!) {
    createRef(input: $input) {
      ref {
        name
      }
    }
  }
`

const CREATE_COMMIT = /* GraphQL */ `
  mutation CommitReadme($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) {
      commit {
        oid
        url
      }
    }
  }
`
