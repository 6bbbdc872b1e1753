/**
 * GitHub's GraphQL endpoint, for the fields and mutations the action uses, executed by graphql-js
 * against GitHub's own schema (@octokit/graphql-schema): a document or variables the real API
 * would reject are rejected here too, and reported as contract problems.
 */
import {
  buildClientSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode
} from 'graphql'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ZERO_OID, type TreeEntry } from './bare-repo.js'
import {
  ACTIONS_BOT,
  GitHubError,
  WEB_FLOW,
  type HostedRepo,
  type PullRequest
} from './hosted-repo.js'

export interface GraphqlAnswer {
  /** "query ReadBoard", "mutation createCommitOnBranch", or "invalid". */
  operation: string
  isWrite: boolean
  body: { data?: unknown; errors?: unknown[] }
  /** Ways the request broke GitHub's schema; a correct client causes none. */
  problems: string[]
}

export function graphqlOperation(payload: unknown): {
  name: string
  isWrite: boolean
  document?: DocumentNode
} {
  const query = (payload as { query?: unknown } | null)?.query
  if (typeof query !== 'string') return { name: 'invalid', isWrite: false }
  try {
    const document = parse(query)
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === 'OperationDefinition'
    )
    if (!operation) return { name: 'invalid', isWrite: false, document }
    const firstField = operation.selectionSet.selections.find(
      selection => selection.kind === 'Field'
    )
    const label =
      operation.name?.value ?? (firstField?.kind === 'Field' ? firstField.name.value : '')
    return {
      name: `${operation.operation} ${label}`,
      isWrite: operation.operation === 'mutation',
      document
    }
  } catch {
    return { name: 'invalid', isWrite: false }
  }
}

export async function answerGraphql(repo: HostedRepo, payload: unknown): Promise<GraphqlAnswer> {
  const { name, isWrite, document } = graphqlOperation(payload)
  const { variables } = (payload ?? {}) as { variables?: Record<string, unknown> }
  if (!document)
    return refuse(name, isWrite, ['the body is not a GraphQL request with a parsable "query"'])

  const invalid = validate(githubSchema(), document)
  if (invalid.length)
    return refuse(
      name,
      isWrite,
      invalid.map(error => error.message)
    )

  if (isWrite) await repo.writeArrives()
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: rootFields(repo),
    variableValues: variables ?? {}
  })
  const errors = result.errors ?? []
  const problems = errors.filter(error => !(error.originalError instanceof GitHubError)).map(String)
  return {
    operation: name,
    isWrite,
    body: {
      ...(result.data === undefined ? {} : { data: result.data }),
      ...(errors.length ? { errors: errors.map(asGitHubError) } : {})
    },
    problems
  }
}

let schema: GraphQLSchema | undefined

/** Built from the introspection JSON: the package's SDL repeats some fields and won't build. */
function githubSchema(): GraphQLSchema {
  const path = fileURLToPath(
    new URL('../../node_modules/@octokit/graphql-schema/schema.json', import.meta.url)
  )
  schema ??= buildClientSchema(JSON.parse(readFileSync(path, 'utf8')) as IntrospectionQuery)
  return schema
}

function refuse(operation: string, isWrite: boolean, problems: string[]): GraphqlAnswer {
  return { operation, isWrite, body: { errors: problems.map(message => ({ message })) }, problems }
}

/** GitHub puts the error's kind at the top level as `type`. */
function asGitHubError(error: GraphQLError) {
  const type = error.originalError instanceof GitHubError ? error.originalError.type : undefined
  return { ...(type ? { type } : {}), ...error.toJSON() }
}

/** The root of both queries and mutations; graphql-js calls a function field with its arguments. */
function rootFields(repo: HostedRepo) {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (
        owner.toLowerCase() !== repo.owner.toLowerCase() ||
        name.toLowerCase() !== repo.name.toLowerCase()
      )
        throw new GitHubError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          404
        )
      repo.requireRead()
      return repositoryNode(repo)
    },
    createCommitOnBranch: async ({ input }: { input: CreateCommitOnBranchInput }) => {
      const commit = await createCommitOnBranch(repo, input)
      return { clientMutationId: input.clientMutationId, commit: commitNode(repo, commit) }
    },
    createRef: async ({
      input
    }: {
      input: { repositoryId: string; name: string; oid: string }
    }) => {
      repo.requireWrite('contents')
      requireRepositoryId(repo, input.repositoryId)
      if (!input.name.startsWith('refs/'))
        throw new GitHubError(
          'UNPROCESSABLE',
          `Reference name "${input.name}" must start with refs/.`,
          422
        )
      if ((await repo.git.objectType(input.oid)) !== 'commit')
        throw new GitHubError('UNPROCESSABLE', `Object ${input.oid} is not a commit.`, 422)
      if (!(await repo.git.updateRef(input.name, input.oid, ZERO_OID)))
        throw new GitHubError(
          'UNPROCESSABLE',
          `A ref named "${input.name}" already exists in the repository.`,
          422
        )
      return { ref: refNode(repo, input.name.replace(/^refs\/heads\//, ''), input.oid) }
    },
    updateRefs: async ({ input }: { input: UpdateRefsInput }) => {
      await updateRefs(repo, input)
      return { clientMutationId: input.clientMutationId }
    },
    createPullRequest: async ({ input }: { input: CreatePullRequestInput }) => {
      repo.requireWrite('pullRequests')
      requireRepositoryId(repo, input.repositoryId)
      for (const branch of [input.baseRefName, input.headRefName])
        if (!(await repo.git.head(branch)))
          throw new GitHubError(
            'UNPROCESSABLE',
            `Head sha can't be blank, Base sha can't be blank, No commits between ${input.baseRefName} and ${input.headRefName}`,
            422
          )
      const pull = repo.openPullRequest({
        title: input.title,
        body: input.body ?? '',
        headRefName: input.headRefName,
        baseRefName: input.baseRefName
      })
      return { pullRequest: pull }
    },
    updatePullRequest: ({
      input
    }: {
      input: { pullRequestId: string; title?: string; body?: string }
    }) => {
      repo.requireWrite('pullRequests')
      const pull = repo.pullRequests.find(candidate => candidate.id === input.pullRequestId)
      if (!pull)
        throw new GitHubError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.pullRequestId}'.`,
          404
        )
      if (input.title !== undefined) pull.title = input.title
      if (input.body !== undefined) pull.body = input.body
      return { pullRequest: pull }
    }
  }
}

interface CreateCommitOnBranchInput {
  clientMutationId?: string
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string }
  expectedHeadOid: string
  message: { headline: string; body?: string }
  fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] }
}

interface UpdateRefsInput {
  clientMutationId?: string
  repositoryId: string
  refUpdates: { name: string; afterOid: string; beforeOid?: string | null; force?: boolean }[]
}

/**
 * GitHub's refusal of an updateRefs whose ref moved (a stale beforeOid) or would not fast-forward:
 * a generic execution error, HTTP 200, with no `type` that tells it from any other failure
 * (https://github.com/orgs/community/discussions/213655). A client re-reads the ref to know.
 */
function refUpdateRejected(): GitHubError {
  return new GitHubError(
    undefined,
    'Something went wrong while executing your query. Please include `0400:3E8C:1A2B3C:4D5E6F:6750A1B2` when reporting this issue.',
    200
  )
}

/**
 * GitHub's semantics: every ref update is checked first — a `beforeOid` the ref no longer points
 * at (ZERO_OID: the ref must not exist), a move that is no fast-forward without `force` — and
 * then all are made in one transaction, or none.
 */
async function updateRefs(repo: HostedRepo, input: UpdateRefsInput): Promise<void> {
  repo.requireWrite('contents')
  requireRepositoryId(repo, input.repositoryId)
  const updates = []
  for (const { name, afterOid, beforeOid, force } of input.refUpdates) {
    if (!name.startsWith('refs/'))
      throw new GitHubError('UNPROCESSABLE', `Reference name "${name}" must start with refs/.`, 422)
    if (afterOid !== ZERO_OID && (await repo.git.objectType(afterOid)) !== 'commit')
      throw new GitHubError('UNPROCESSABLE', `Object ${afterOid} is not a commit.`, 422)
    const branch = name.replace(/^refs\/heads\//, '')
    if (branch !== name) repo.requireUnprotected(branch)
    const current = (await repo.git.head(branch)) ?? ZERO_OID
    if (beforeOid != null && beforeOid !== current) throw refUpdateRejected()
    const fastForward =
      current === ZERO_OID ||
      afterOid === ZERO_OID ||
      (await repo.git.isAncestor(current, afterOid))
    if (!force && !fastForward) throw refUpdateRejected()
    updates.push({ ref: name, sha: afterOid, expected: current })
  }
  if (!(await repo.git.updateRefs(updates))) throw refUpdateRejected()
}

interface CreatePullRequestInput {
  repositoryId: string
  baseRefName: string
  headRefName: string
  title: string
  body?: string
}

/** GitHub's semantics: the branch must exist and still point at expectedHeadOid; never a force. */
async function createCommitOnBranch(
  repo: HostedRepo,
  input: CreateCommitOnBranchInput
): Promise<string> {
  repo.requireWrite('contents')
  const { repositoryNameWithOwner, branchName } = input.branch
  if (!branchName || repositoryNameWithOwner?.toLowerCase() !== repo.nameWithOwner.toLowerCase())
    throw new GitHubError(
      'NOT_FOUND',
      `Could not resolve to a Repository with the name '${repositoryNameWithOwner}'.`,
      404
    )
  const head = await repo.git.head(branchName)
  if (!head)
    throw new GitHubError(
      'NOT_FOUND',
      `A ref named "refs/heads/${branchName}" does not exist in ${repo.nameWithOwner}.`,
      404
    )
  repo.requireUnprotected(branchName)
  if (input.expectedHeadOid !== head)
    throw new GitHubError(
      'STALE_DATA',
      `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      409
    )

  const paths = [
    ...(input.fileChanges?.additions ?? []),
    ...(input.fileChanges?.deletions ?? [])
  ].map(change => change.path)
  if (new Set(paths).size !== paths.length)
    throw new GitHubError(
      'UNPROCESSABLE',
      'A path was requested for more than one file change; paths must be unique across additions and deletions.',
      422
    )
  const edits = []
  for (const deletion of input.fileChanges?.deletions ?? []) {
    if (!(await repo.git.pathOid(head, deletion.path)))
      throw new GitHubError(
        'UNPROCESSABLE',
        `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
        422
      )
    edits.push({ path: deletion.path, mode: '100644', sha: null })
  }
  for (const addition of input.fileChanges?.additions ?? [])
    edits.push({
      path: addition.path,
      mode: '100644',
      sha: await repo.git.writeBlob(Buffer.from(addition.contents, 'base64'))
    })
  const tree = await repo.git.editTree(`${head}^{tree}`, edits)
  const { headline, body } = input.message
  const sha = await repo.git.commitTree({
    tree,
    parents: [head],
    message: `${headline}${body ? `\n\n${body}` : ''}\n`,
    author: ACTIONS_BOT,
    committer: WEB_FLOW
  })
  if (!(await repo.git.updateRef(`refs/heads/${branchName}`, sha, head)))
    throw new GitHubError(
      'STALE_DATA',
      `Expected branch to point to "${head}" but it did not. Pull and try again.`,
      409
    )
  return sha
}

function requireRepositoryId(repo: HostedRepo, id: string): void {
  if (id !== repo.id)
    throw new GitHubError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${id}'.`,
      404
    )
}

function repositoryNode(repo: HostedRepo) {
  const branchRef = async (branch: string) => {
    const head = await repo.git.head(branch)
    return head ? refNode(repo, branch, head) : null
  }
  return {
    id: repo.id,
    nameWithOwner: repo.nameWithOwner,
    defaultBranchRef: () => branchRef(repo.defaultBranch),
    ref: ({ qualifiedName }: { qualifiedName: string }) =>
      branchRef(qualifiedName.replace(/^refs\/heads\//, ''))
  }
}

function refNode(repo: HostedRepo, branch: string, head: string) {
  return {
    id: `REF_${branch}`,
    name: branch,
    prefix: 'refs/heads/',
    target: commitNode(repo, head),
    associatedPullRequests: ({
      states,
      first,
      last
    }: {
      states?: string[]
      first?: number
      last?: number
    }) => {
      const all = repo.pullRequests.filter(
        pull => pull.headRefName === branch && (!states || states.includes(pull.state))
      )
      const nodes = last === undefined ? all.slice(0, first ?? 100) : all.slice(-last)
      return { totalCount: all.length, nodes: nodes.map(pull => pullRequestNode(repo, pull)) }
    }
  }
}

/** An open pull request's head follows its branch; a closed or merged one keeps the commit it had. */
function pullRequestNode(repo: HostedRepo, pull: PullRequest) {
  return {
    ...pull,
    headRefOid: async () => pull.headRefOid ?? (await repo.git.head(pull.headRefName)) ?? ZERO_OID
  }
}

function commitNode(repo: HostedRepo, oid: string) {
  return {
    __typename: 'Commit',
    id: `C_${oid}`,
    oid,
    url: repo.commitUrl(oid),
    message: async () => (await repo.git.commit(oid)).message.replace(/\n+$/, ''),
    parents: async ({ first }: { first?: number }) => {
      const parents = (await repo.git.commit(oid)).parents
      return {
        totalCount: parents.length,
        nodes: parents.slice(0, first ?? 100).map(parent => commitNode(repo, parent))
      }
    },
    tree: async () => treeNode(repo, (await repo.git.pathOid(oid, '')) ?? '', ''),
    file: async ({ path }: { path: string }) => {
      const sha = await repo.git.pathOid(oid, path)
      if (!sha) return null
      const [entry] = await repo.git.listTree(oid, path)
      return entry ? treeEntryNode(repo, entry) : null
    }
  }
}

/** A folder: its entries carry full paths, and their objects are read only when asked for. */
function treeNode(repo: HostedRepo, oid: string, path: string) {
  return {
    __typename: 'Tree',
    id: `T_${oid}`,
    oid,
    entries: async () =>
      (await repo.git.listTree(oid)).map(entry =>
        treeEntryNode(repo, { ...entry, path: path ? `${path}/${entry.path}` : entry.path })
      )
  }
}

function treeEntryNode(repo: HostedRepo, entry: TreeEntry) {
  return {
    name: entry.path.split('/').pop(),
    path: entry.path,
    oid: entry.sha,
    type: entry.type,
    mode: Number.parseInt(entry.mode, 8),
    object: () =>
      entry.type === 'tree' ? treeNode(repo, entry.sha, entry.path) : blobNode(repo, entry.sha)
  }
}

async function blobNode(repo: HostedRepo, oid: string) {
  const type = await repo.git.objectType(oid)
  if (type !== 'blob') return { __typename: 'Commit', oid }
  const bytes = await repo.git.readBlob(oid)
  const isBinary = bytes.includes(0)
  const isTruncated = bytes.length > repo.blobTextLimit
  return {
    __typename: 'Blob',
    oid,
    byteSize: bytes.length,
    isBinary,
    isTruncated,
    text: isBinary ? null : bytes.subarray(0, repo.blobTextLimit).toString('utf8')
  }
}
