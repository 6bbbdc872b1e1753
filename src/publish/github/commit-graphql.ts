/**
 * The default commit: GraphQL createCommitOnBranch, which GitHub signs (Verified). It carries
 * expectedHeadOid = the head that was read, so a branch that moved meanwhile refuses the commit
 * instead of losing someone's work; the caller re-reads and retries.
 */
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
        fileChanges: {
          additions: commit.files.map(file => ({
            path: file.path,
            contents: Buffer.from(file.text, 'utf8').toString('base64')
          }))
        }
      }
    })
  )
  const made = data.createCommitOnBranch.commit
  return { sha: made.oid, url: made.url }
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
