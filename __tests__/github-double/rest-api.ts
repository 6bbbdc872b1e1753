/**
 * GitHub's REST git data API (blobs, trees, commits, refs) for the operations the action
 * calls, carried out on the bare repository with GitHub's rules: a ref moves only forward
 * unless forced, and a protected branch refuses direct updates.
 */
import { ZERO_OID, type CommitInfo, type Person } from './bare-repo.js'
import { ACTIONS_BOT, GitHubError, type HostedRepo } from './hosted-repo.js'
import type { RestOperation } from './rest-contract.js'

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
