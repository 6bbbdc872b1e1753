/**
 * GitHub's REST git data API (blobs, trees, commits, refs) for the operations the action
 * calls, carried out on the bare repository with GitHub's rules: a ref moves only forward
 * unless forced, and a protected branch refuses direct updates.
 */
import { ZERO_OID, type CommitInfo, type Person } from './bare-repo.js'
import { ACTIONS_BOT, GitHubError, type HostedIssue, type HostedRepo } from './hosted-repo.js'
import type { RestOperation } from './rest-contract.js'
import { userObject } from './user-json.js'

export interface RestAnswer {
  status: number
  body: unknown
}

const DOCS = 'https://docs.github.com/rest'

export async function answerRest(
  repo: HostedRepo,
  operation: RestOperation,
  body: unknown
): Promise<RestAnswer> {
  try {
    const { owner, repo: name } = operation.params
    if (
      owner?.toLowerCase() !== repo.owner.toLowerCase() ||
      name?.toLowerCase() !== repo.name.toLowerCase()
    )
      throw new GitHubError('NOT_FOUND', 'Not Found', 404)
    repo.requireRead()
    if (operation.method !== 'get') await repo.writeArrives()
    const handler = HANDLERS[operation.id]
    if (!handler) throw new Error(`The double has no handler for ${operation.id}`)
    return await handler(repo, operation.params, body as never)
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error
    return {
      status: error.status,
      body: { message: error.message, documentation_url: DOCS, status: String(error.status) }
    }
  }
}

type Handler = (
  repo: HostedRepo,
  params: Record<string, string>,
  body: never
) => Promise<RestAnswer>

const HANDLERS: Record<string, Handler> = {
  'git/get-blob': async (repo, { file_sha: sha = '' }) => {
    if ((await repo.git.objectType(sha)) !== 'blob')
      throw new GitHubError('NOT_FOUND', 'Not Found', 404)
    const bytes = await repo.git.readBlob(sha)
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${sha}`,
        size: bytes.length,
        url: apiUrl(repo, `git/blobs/${sha}`),
        // GitHub wraps base64 at 60 characters.
        content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
        encoding: 'base64'
      }
    }
  },

  'git/create-tree': async (repo, _params, body: CreateTreeBody) => {
    repo.requireWrite('contents')
    const edits = []
    for (const entry of body.tree) {
      const sha =
        entry.content !== undefined ? await repo.git.writeBlob(entry.content) : (entry.sha ?? null)
      edits.push({ path: entry.path ?? '', mode: entry.mode ?? '100644', sha })
    }
    const sha = await repo.git.editTree(body.base_tree, edits)
    const entries = await repo.git.listTree(sha)
    return {
      status: 201,
      body: {
        sha,
        url: apiUrl(repo, `git/trees/${sha}`),
        truncated: false,
        tree: entries.map(entry => ({
          ...entry,
          url: apiUrl(repo, `git/${entry.type}s/${entry.sha}`)
        }))
      }
    }
  },

  'git/create-commit': async (repo, _params, body: CreateCommitBody) => {
    repo.requireWrite('contents')
    if ((await repo.git.objectType(body.tree)) !== 'tree')
      throw new GitHubError('UNPROCESSABLE', 'Tree SHA does not exist', 422)
    for (const parent of body.parents ?? [])
      if ((await repo.git.objectType(parent)) !== 'commit')
        throw new GitHubError(
          'UNPROCESSABLE',
          'Parent SHA does not exist or is not a commit object',
          422
        )
    const author = body.author ?? ACTIONS_BOT
    const sha = await repo.git.commitTree({
      tree: body.tree,
      parents: body.parents ?? [],
      message: body.message,
      author,
      committer: body.committer ?? author
    })
    return { status: 201, body: commitJson(repo, await repo.git.commit(sha)) }
  },

  'git/create-ref': async (repo, _params, body: { ref: string; sha: string }) => {
    repo.requireWrite('contents')
    if (!/^refs\/heads\/./.test(body.ref))
      throw new GitHubError('UNPROCESSABLE', 'Reference name must start with refs/heads/', 422)
    if ((await repo.git.objectType(body.sha)) !== 'commit')
      throw new GitHubError('UNPROCESSABLE', 'Object does not exist', 422)
    if (!(await repo.git.updateRef(body.ref, body.sha, ZERO_OID)))
      throw new GitHubError('UNPROCESSABLE', 'Reference already exists', 422)
    return { status: 201, body: refJson(repo, body.ref, body.sha) }
  },

  'git/update-ref': async (repo, { ref = '' }, body: { sha: string; force?: boolean }) => {
    repo.requireWrite('contents')
    const branch = ref.replace(/^heads\//, '')
    const current = await repo.git.head(branch)
    if (!ref.startsWith('heads/') || !current)
      throw new GitHubError('UNPROCESSABLE', 'Reference does not exist', 422)
    repo.requireUnprotected(branch)
    if ((await repo.git.objectType(body.sha)) !== 'commit')
      throw new GitHubError('UNPROCESSABLE', 'Object does not exist', 422)
    if (!body.force && !(await repo.git.isAncestor(current, body.sha)))
      throw new GitHubError('UNPROCESSABLE', 'Update is not a fast forward', 422)
    if (!(await repo.git.updateRef(`refs/${ref}`, body.sha, current)))
      throw new GitHubError('UNPROCESSABLE', 'Update is not a fast forward', 422)
    return { status: 200, body: refJson(repo, `refs/${ref}`, body.sha) }
  },

  'issues/create-comment': async (repo, { issue_number = '' }, body: { body: string }) => {
    repo.requireWrite('issues')
    const issue = issueOf(repo, issue_number)
    // As GitHub answers a comment past its limit.
    if (body.body.length > 65_536)
      throw new GitHubError(
        'UNPROCESSABLE',
        'Validation Failed: body is too long (maximum is 65536 characters)',
        422
      )
    const id = 1000 * issue.number + issue.comments.length + 1
    issue.comments.push({ id, body: body.body, login: ACTIONS_LOGIN })
    const now = new Date().toISOString()
    return {
      status: 201,
      body: {
        id,
        node_id: `IC_${id}`,
        url: apiUrl(repo, `issues/comments/${id}`),
        html_url: `${repo.htmlUrl}/issues/${issue.number}#issuecomment-${id}`,
        issue_url: apiUrl(repo, `issues/${issue.number}`),
        body: body.body,
        user: userJson(repo, ACTIONS_LOGIN),
        author_association: 'NONE',
        created_at: now,
        updated_at: now
      }
    }
  },

  'issues/update': async (
    repo,
    { issue_number = '' },
    body: { state?: 'open' | 'closed'; state_reason?: HostedIssue['stateReason'] }
  ) => {
    repo.requireWrite('issues')
    const issue = issueOf(repo, issue_number)
    if (body.state) issue.state = body.state
    if (body.state_reason !== undefined) issue.stateReason = body.state_reason
    return { status: 200, body: issueJson(repo, issue) }
  },

  'issues/add-labels': async (repo, { issue_number = '' }, body: { labels: string[] }) => {
    repo.requireWrite('issues')
    const issue = issueOf(repo, issue_number)
    for (const label of body.labels) if (!issue.labels.includes(label)) issue.labels.push(label)
    return { status: 200, body: issue.labels.map(name => labelJson(repo, name)) }
  }
}

const ACTIONS_LOGIN = 'github-actions[bot]'

function issueOf(repo: HostedRepo, number: string): HostedIssue {
  const issue = repo.issues.get(Number(number))
  if (!issue) throw new GitHubError('NOT_FOUND', 'Not Found', 404)
  return issue
}

function userJson(repo: HostedRepo, login: string) {
  const base = repo.htmlUrl.replace(/\/[^/]+\/[^/]+$/, '')
  return userObject({
    login,
    id: 41898282,
    nodeId: 'MDM6Qm90NDE4OTgyODI=',
    avatarUrl: `${base}/avatars/${encodeURIComponent(login)}`,
    api: `${base}/api/users/${encodeURIComponent(login)}`,
    htmlUrl: `${base}/${encodeURIComponent(login)}`,
    type: 'Bot'
  })
}

function labelJson(repo: HostedRepo, name: string) {
  return {
    id: [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1e9, 7),
    node_id: `LA_${encodeURIComponent(name)}`,
    url: apiUrl(repo, `labels/${encodeURIComponent(name)}`),
    name,
    description: null,
    color: 'ededed',
    default: false
  }
}

function issueJson(repo: HostedRepo, issue: HostedIssue) {
  const url = apiUrl(repo, `issues/${issue.number}`)
  const now = new Date().toISOString()
  return {
    id: issue.number,
    node_id: `I_${issue.number}`,
    url,
    repository_url: apiUrl(repo, '').replace(/\/$/, ''),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repo.htmlUrl}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(repo, 'octocat'),
    labels: issue.labels.map(name => labelJson(repo, name)),
    assignee: null,
    milestone: null,
    locked: false,
    comments: issue.comments.length,
    closed_at: issue.state === 'closed' ? now : null,
    created_at: now,
    updated_at: now,
    author_association: 'NONE'
  }
}

interface CreateTreeBody {
  base_tree?: string
  tree: { path?: string; mode?: string; type?: string; sha?: string | null; content?: string }[]
}

interface CreateCommitBody {
  message: string
  tree: string
  parents?: string[]
  author?: Person
  committer?: Person
}

function apiUrl(repo: HostedRepo, path: string): string {
  return `${repo.htmlUrl.replace(/\/[^/]+\/[^/]+$/, '')}/api/repos/${repo.nameWithOwner}/${path}`
}

function refJson(repo: HostedRepo, ref: string, sha: string) {
  return {
    ref,
    node_id: `REF_${ref}`,
    url: apiUrl(repo, `git/${ref}`),
    object: { type: 'commit', sha, url: apiUrl(repo, `git/commits/${sha}`) }
  }
}

function commitJson(repo: HostedRepo, commit: CommitInfo) {
  const person = ({ name, email, date }: Person) => ({
    name,
    email,
    date: date ?? new Date().toISOString()
  })
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: apiUrl(repo, `git/commits/${commit.sha}`),
    html_url: repo.commitUrl(commit.sha),
    author: person(commit.author),
    committer: person(commit.committer),
    message: commit.message,
    tree: { sha: commit.tree, url: apiUrl(repo, `git/trees/${commit.tree}`) },
    parents: commit.parents.map(sha => ({
      sha,
      url: apiUrl(repo, `git/commits/${sha}`),
      html_url: repo.commitUrl(sha)
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null
    }
  }
}
