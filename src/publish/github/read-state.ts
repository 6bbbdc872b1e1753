/**
 * Reads what the boards are built from, at one branch head, in ONE GraphQL request: the branch
 * and its head, every file the boards read (READMEs, feeds, today's snapshots, the listings when
 * they are in the repository), the archive folders' files, and the action's own pull request
 * branch. Only a file too large for GraphQL's Blob.text costs one REST call more.
 */
import { posix } from 'node:path'
import type { BoardIO } from '../../board.js'
import { errors } from '../../errors.js'
import type { FolderListing } from '../../run.js'
import { asGitHubFailure } from './failures.js'
import { fullName, type GitHubClient, type Repository } from './types.js'
import { utf8Text } from '../../utf8.js'

export interface StateRequest {
  repository: Repository
  /** Undefined: the default branch. */
  branch?: string
  /** What the read is for, in messages: "reading the README". */
  doing: string
  /** Files read at the branch only: the listings, the boards file. */
  sources: string[]
  /** Files the boards may write: read at the branch and at the pull request branch. Default none. */
  targets?: string[]
  /** Folders listed at the branch and at the pull request branch. Default none. */
  folders?: FolderListing[]
  /**
   * The branches the action may propose changes on (which one is used depends on whether the
   * branch read is the default one); each is read with its open pull requests. Default none.
   */
  pullRequestBranches?: string[]
}

/** One commit's view of the requested paths. */
export interface RefState {
  head: string
  tree: string
  /** The head commit's message, page and parents: a lost answer's commit is told by them. */
  commit: { message: string; url: string; parents: string[] }
  /** The text of each requested path; undefined when the path is not there. */
  files: Map<string, string | undefined>
  /** The file paths under each requested folder, as deep as asked; [] when the folder is not there. */
  folders: Map<string, string[]>
}

/** An open pull request of a proposal branch, and the branch it would merge into. */
export interface OpenPullRequest {
  id: string
  number: number
  url: string
  base: string
}

/** A proposal branch as read: its head's files, and its open pull requests (whatever their base). */
export interface ProposalState extends RefState {
  openPullRequests: OpenPullRequest[]
  /**
   * The head commits its latest closed or merged pull requests kept: a branch whose head is one
   * of them holds nothing a pull request does not (GitHub keeps each one's commits).
   */
  closedPullRequestHeads: string[]
}

export interface BranchState extends RefState {
  repositoryId: string
  branch: string
  /** The repository's default branch. */
  defaultBranch: string
  /** Each requested pull request branch that exists, by name. */
  pullRequestBranches: Map<string, ProposalState>
}

export async function readBranchState(
  client: GitHubClient,
  request: StateRequest
): Promise<BranchState> {
  const { repository } = request
  const plan = readPlan(request)
  const data = await asGitHubFailure(
    { repository: fullName(repository), doing: request.doing, permission: 'contents: write' },
    client.graphql<ReadBoardData>(plan.query, plan.variables)
  )
  if (!data.repository) throw errors.repositoryNotFound(fullName(repository))
  const ref = data.repository.branch
  if (!ref) throw errors.branchMissing(request.branch ?? '(default branch)', fullName(repository))

  const read = (commit: CommitData, aliases: Map<string, string>) =>
    refState(client, repository, commit, aliases, plan.folders)
  const pullRequestBranches = new Map<string, ProposalState>()
  for (const [alias, name] of plan.pullRequestBranches) {
    const proposal = data.repository[alias] as ProposalRefData | null | undefined
    if (!proposal) continue
    pullRequestBranches.set(name, {
      ...(await read(proposal.target, plan.targets)),
      openPullRequests: proposal.associatedPullRequests.nodes.map(({ baseRefName, ...pull }) => ({
        ...pull,
        base: baseRefName
      })),
      closedPullRequestHeads: proposal.closedPullRequests.nodes.map(pull => pull.headRefOid)
    })
  }
  return {
    repositoryId: data.repository.id,
    branch: ref.name,
    defaultBranch: data.repository.defaultBranch?.name ?? ref.name,
    ...(await read(ref.target, new Map([...plan.targets, ...plan.sources]))),
    pullRequestBranches
  }
}

/** One file at the branch head (the boards file), in a request of its own; undefined when absent. */
export async function readBranchFile(
  client: GitHubClient,
  where: { repository: Repository; branch?: string },
  path: string
): Promise<string | undefined> {
  const state = await readBranchState(client, {
    ...where,
    doing: `reading ${path}`,
    sources: [path]
  })
  return state.files.get(repositoryPath(path))
}

/** The board's files, served from the state that was read: the same head for every file. */
export function branchIO(state: RefState): Omit<BoardIO, 'warn'> {
  return {
    async readFile(path) {
      const key = repositoryPath(path)
      if (!state.files.has(key)) throw new Error(`${path} was not read with the branch state`)
      return state.files.get(key)
    },
    async listFiles(folder) {
      const files = state.folders.get(repositoryPath(folder))
      if (!files) throw new Error(`${folder} was not listed with the branch state`)
      return files
    }
  }
}

/** Where a link at `path` that holds `text` leads, as a repository path; undefined: outside it. */
function linkTarget(path: string, text: string): string | undefined {
  if (text.startsWith('/')) return undefined
  const target = posix.normalize(posix.join(posix.dirname(path), text))
  return target === '..' || target.startsWith('../') ? undefined : target
}

/** A path as GitHub names it in a tree: no leading "./" or "/". */
export function repositoryPath(path: string): string {
  return path.replace(/^(\.?\/)+/, '')
}

/** The query for a request, and which alias holds which path. */
interface ReadPlan {
  query: string
  variables: Record<string, unknown>
  /** alias -> path, read at both branches. */
  targets: Map<string, string>
  /** alias -> path, read at the branch only. */
  sources: Map<string, string>
  /** alias -> folder. */
  folders: Map<string, FolderListing>
  /** alias -> pull request branch. */
  pullRequestBranches: Map<string, string>
}

/**
 * GraphQL has no "these paths" argument, so each path is one aliased `file` field with its own
 * variable; a folder is a `file` whose object is a Tree (the root: the commit's `tree`).
 */
function readPlan(request: StateRequest): ReadPlan {
  const targetPaths = [...new Set((request.targets ?? []).map(repositoryPath))]
  const sourcePaths = [...new Set(request.sources.map(repositoryPath))]
  const targets = aliased('file', targetPaths)
  const sources = aliased(
    'source',
    sourcePaths.filter(path => !targetPaths.includes(path))
  )
  const folders = new Map(
    (request.folders ?? []).map((folder, index) => [
      `folder${index}`,
      { ...folder, path: repositoryPath(folder.path) }
    ])
  )
  const plan = { targets, sources, folders }
  const pullRequestBranches = aliased('pullRequestBranch', [
    ...new Set(request.pullRequestBranches ?? [])
  ])
  const branch = request.branch?.replace(/^refs\/heads\//, '')
  return {
    ...plan,
    pullRequestBranches,
    query: queryText(plan, { named: branch !== undefined, pullRequestBranches }),
    variables: {
      owner: request.repository.owner,
      name: request.repository.name,
      ...(branch !== undefined ? { branch: `refs/heads/${branch}` } : {}),
      ...Object.fromEntries(
        [...pullRequestBranches].map(([alias, name]) => [alias, `refs/heads/${name}`])
      ),
      ...Object.fromEntries(pathVariables(plan))
    }
  }
}

function aliased(prefix: string, paths: string[]): Map<string, string> {
  return new Map(paths.map((path, index) => [`${prefix}${index}`, path]))
}

type Aliases = Pick<ReadPlan, 'targets' | 'sources' | 'folders'>

/** Alias -> path of every `file` field (the root folder is the commit's `tree`, with no path). */
function pathVariables({ targets, sources, folders }: Aliases): Map<string, string> {
  const folderPaths = [...folders]
    .filter(([, folder]) => folder.path !== '')
    .map(([alias, folder]) => [alias, folder.path] as const)
  return new Map([...targets, ...sources, ...folderPaths])
}

function queryText(
  aliases: Aliases,
  { named, pullRequestBranches }: { named: boolean; pullRequestBranches: Map<string, string> }
): string {
  const { targets, sources, folders } = aliases
  const declarations = [
    '$owner: String!',
    '$name: String!',
    ...(named ? ['$branch: String!'] : []),
    ...[...pullRequestBranches.keys()].map(alias => `$${alias}: String!`),
    ...[...pathVariables(aliases).keys()].map(alias => `$${alias}: String!`)
  ]
  const fileFields = (paths: Map<string, string>) =>
    [...paths.keys()].map(alias => `${alias}: file(path: $${alias}) { ...FileText }`)
  const folderFields = [...folders].map(([alias, { path, depth }]) =>
    path === ''
      ? `${alias}: tree { ${entries(depth)} }`
      : `${alias}: file(path: $${alias}) { object { ... on Tree { ${entries(depth)} } } }`
  )
  // Every open pull request of the branch, whatever its base: the caller picks the one into
  // the branch read, and refuses to reuse a branch another base's pull request stands on.
  const proposals = [...pullRequestBranches.keys()].map(
    alias => `
    ${alias}: ref(qualifiedName: $${alias}) {
      target { oid ... on Commit { ...Board } }
      associatedPullRequests(states: OPEN, first: 20) { nodes { id number url baseRefName } }
      closedPullRequests: associatedPullRequests(states: [CLOSED, MERGED], last: 20) { nodes { headRefOid } }
    }`
  )
  return `query ReadBoard(${declarations.join(', ')}) {
  repository(owner: $owner, name: $name) {
    id
    defaultBranch: defaultBranchRef { name }
    branch: ${named ? 'ref(qualifiedName: $branch)' : 'defaultBranchRef'} {
      name
      target { oid ... on Commit { ...Board ${fileFields(sources).join(' ')} } }
    }${proposals.join('')}
  }
}

fragment Board on Commit {
  tree { oid }
  message url parents(first: 2) { nodes { oid } }
  ${[...fileFields(targets), ...folderFields].join('\n  ')}
}
${targets.size + sources.size > 0 ? FILE_TEXT : ''}`
}

/** A tree's entries, and theirs, `depth` levels down. */
function entries(depth: number): string {
  const below = depth > 1 ? ` object { ... on Tree { ${entries(depth - 1)} } }` : ''
  return `entries { name type${below} }`
}

const FILE_TEXT = `
fragment FileText on TreeEntry {
  mode
  object { ... on Blob { oid text isTruncated } ... on Tree { entries { name type } } }
}`

/** Git's mode of a symbolic link: its blob holds the path it points to. */
const SYMLINK_MODE = 0o120000

interface FileEntry {
  mode?: number
  /** A Blob's fields; a Tree's entries when the path names a folder. */
  object:
    | { oid: string; text: string | null; isTruncated: boolean }
    | { entries: { name: string; type: string }[] }
    | null
}

interface TreeData {
  entries: { name: string; type: string; object?: TreeData | null }[] | null
}

/** A commit's fields by alias: `file0` (a FileEntry), `folder0` (a TreeData, or an entry holding one). */
type CommitData = {
  oid: string
  tree: { oid: string }
  message: string
  url: string
  parents: { nodes: { oid: string }[] }
} & Record<string, unknown>

interface ProposalRefData {
  target: CommitData
  associatedPullRequests: {
    nodes: { id: string; number: number; url: string; baseRefName: string }[]
  }
  closedPullRequests: { nodes: { headRefOid: string }[] }
}

interface ReadBoardData {
  repository:
    | ({
        id: string
        defaultBranch: { name: string } | null
        branch: { name: string; target: CommitData } | null
      } & Record<string, unknown>)
    | null
}

async function refState(
  client: GitHubClient,
  repository: Repository,
  commit: CommitData,
  fileAliases: Map<string, string>,
  folderAliases: Map<string, FolderListing>
): Promise<RefState> {
  const files = new Map<string, string | undefined>()
  for (const [alias, path] of fileAliases)
    files.set(path, await fileText(client, repository, commit[alias] as FileEntry | null, path))
  const folders = new Map<string, string[]>()
  for (const [alias, { path }] of folderAliases) {
    const found = commit[alias] as (TreeData & { object?: TreeData | null }) | null
    folders.set(path, filesIn(path === '' ? found : found?.object, path))
  }
  const { message, url, parents } = commit
  return {
    head: commit.oid,
    tree: commit.tree.oid,
    commit: { message, url, parents: parents.nodes.map(parent => parent.oid) },
    files,
    folders
  }
}

/** The blobs of a tree and of its subtrees as far as they were read, as repository paths. */
function filesIn(tree: TreeData | null | undefined, folder: string): string[] {
  return (tree?.entries ?? []).flatMap(entry => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`
    if (entry.type === 'blob') return [path]
    return entry.type === 'tree' ? filesIn(entry.object, path) : []
  })
}

/**
 * Blob.text stops at a size limit (and is null for binary files): then the REST blob has it all.
 * Text with U+FFFD may be bytes GitHub could not read as UTF-8: the REST blob's bytes tell.
 */
async function fileText(
  client: GitHubClient,
  repository: Repository,
  entry: FileEntry | null | undefined,
  path: string
): Promise<string | undefined> {
  const blob = entry?.object
  if (!blob) return undefined
  // A folder (or a submodule, whose commit shows no fields here) where a file is read.
  if (!('oid' in blob)) {
    const files = ('entries' in blob ? blob.entries : [])
      .filter(file => file.type === 'blob' && !file.name.startsWith('.'))
      .map(file => `${path}/${file.name}`)
      .sort()
    throw errors.folderNotFile(path, files.slice(0, 3))
  }
  if (entry.mode === SYMLINK_MODE)
    throw errors.symbolicLink(path, linkTarget(path, blob.text ?? ''))
  if (blob.text !== null && !blob.isTruncated && !blob.text.includes('\uFFFD')) return blob.text
  const { data } = await asGitHubFailure(
    {
      repository: fullName(repository),
      doing: 'reading a large file',
      permission: 'contents: write'
    },
    client.request<{ content: string; encoding: string }>(
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      {
        owner: repository.owner,
        repo: repository.name,
        file_sha: blob.oid
      }
    )
  )
  const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
  return utf8Text(bytes, path)
}
