/**
 * The webhook events contribution mode reads from GITHUB_EVENT_PATH, built the way GitHub sends
 * them and checked with ajv against GitHub's webhook schemas (webhook-schemas.json, extracted
 * from @octokit/webhooks-schemas by scripts/extract-webhook-schemas.mjs). A builder throws with
 * ajv's errors when what it made is not what GitHub sends, so no test runs on an invented shape.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { userObject } from './user-json.js'

/** A GITHUB_EVENT_NAME and the payload GitHub writes to GITHUB_EVENT_PATH for it. */
export interface WebhookEvent {
  name: string
  payload: Record<string, unknown>
}

/** What a test says of the issue: everything else is filled in as GitHub fills it. */
export interface EventIssue {
  number: number
  title: string
  body: string | null
  state?: 'open' | 'closed'
  /** Label names, the one just added included (GitHub sends the issue as it is after the change). */
  labels?: string[]
  /** Who filed it. Default "reader". */
  author?: string
  /** An issue_comment on a pull request carries `issue.pull_request`. */
  pullRequest?: boolean
}

/** The repository the event is from. Default octo-org/job-board, the double's. */
export interface EventRepository {
  owner: string
  name: string
}

const DEFAULT_REPOSITORY: EventRepository = { owner: 'octo-org', name: 'job-board' }
const WEB = 'https://github.com'
const API = 'https://api.github.com'
const WHEN = '2025-10-22T18:00:00Z'

/** `issues` with action `labeled`: a maintainer added `label` to the issue. */
export function issueLabeled(options: {
  issue: EventIssue
  label: string
  sender?: string
  repository?: EventRepository
}): WebhookEvent {
  const repository = options.repository ?? DEFAULT_REPOSITORY
  const labels = options.issue.labels ?? [options.label]
  return checkedEvent('issues', {
    action: 'labeled',
    issue: issueJson(repository, { ...options.issue, labels }),
    label: labelJson(repository, options.label),
    repository: repositoryJson(repository),
    sender: userJson(options.sender ?? 'maintainer')
  })
}

/** `issue_comment` with action `created`: someone commented `body` on the issue. */
export function issueCommentCreated(options: {
  issue: EventIssue
  body: string
  /** Default "maintainer". */
  commenter?: string
  /** The commenter's association with the repository. Default OWNER. */
  association?: string
  repository?: EventRepository
}): WebhookEvent {
  const repository = options.repository ?? DEFAULT_REPOSITORY
  const commenter = options.commenter ?? 'maintainer'
  const issue = issueJson(repository, options.issue)
  const id = 2_000_000 + options.issue.number
  return checkedEvent('issue_comment', {
    action: 'created',
    issue,
    comment: {
      url: `${issue.url.replace(/\/\d+$/, '')}/comments/${id}`,
      html_url: `${issue.html_url}#issuecomment-${id}`,
      issue_url: issue.url,
      id,
      node_id: `IC_kwDOJobsRdm${id}`,
      user: userJson(commenter),
      created_at: WHEN,
      updated_at: WHEN,
      author_association: options.association ?? 'OWNER',
      performed_via_github_app: null,
      body: options.body,
      reactions: reactionsJson(`${issue.url.replace(/\/\d+$/, '')}/comments/${id}/reactions`)
    },
    repository: repositoryJson(repository),
    sender: userJson(commenter)
  })
}

/** Writes the event's payload as GITHUB_EVENT_PATH holds it; returns the runner's two variables. */
export async function writeEvent(
  folder: string,
  event: WebhookEvent,
  file = 'event.json'
): Promise<{ GITHUB_EVENT_NAME: string; GITHUB_EVENT_PATH: string }> {
  const path = join(folder, file)
  await writeFile(path, JSON.stringify(event.payload, null, 2))
  return { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: path }
}

/** The event as given, after checking it: throws with ajv's errors when GitHub would not send it. */
export function checkedEvent(name: string, payload: Record<string, unknown>): WebhookEvent {
  const problems = webhookProblems(name, payload)
  if (problems.length)
    throw new Error(`Not a "${name}" event GitHub sends:\n  ${problems.join('\n  ')}`)
  return { name, payload }
}

/** What is wrong with `payload` as the `name` event (by its action), after GitHub's schema; [] when nothing. */
export function webhookProblems(name: string, payload: unknown): string[] {
  const action =
    payload !== null && typeof payload === 'object' && 'action' in payload
      ? String(payload.action)
      : undefined
  const definition = action === undefined ? name : `${name}$${action}`
  const validate = schemas().getSchema(`webhooks#/definitions/${definition}`) as
    ValidateFunction | undefined
  if (!validate)
    return [
      `no schema for "${definition}" in webhook-schemas.json (run scripts/extract-webhook-schemas.mjs with it added)`
    ]
  if (validate(payload)) return []
  return (validate.errors ?? []).map(error => {
    const where = `payload${error.instancePath.replaceAll('/', '.')}`
    const allowed =
      error.keyword === 'additionalProperties'
        ? ` ("${String((error.params as { additionalProperty: string }).additionalProperty)}")`
        : ''
    return `${where} ${error.message ?? 'is not valid'}${allowed}`
  })
}

let ajv: Ajv | undefined

function schemas(): Ajv {
  if (ajv) return ajv
  const path = fileURLToPath(new URL('./webhook-schemas.json', import.meta.url))
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
  // ajv-formats is CommonJS: under ESM its function may sit one `default` deeper.
  const module = addFormatsModule as unknown as { default?: unknown }
  const addFormats = (typeof module === 'function' ? module : module.default) as (ajv: Ajv) => Ajv
  addFormats(ajv)
  ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')) as object, 'webhooks')
  return ajv
}

function repositoryUrls(repository: EventRepository): { api: string; web: string } {
  return {
    api: `${API}/repos/${repository.owner}/${repository.name}`,
    web: `${WEB}/${repository.owner}/${repository.name}`
  }
}

function issueJson(repository: EventRepository, issue: EventIssue) {
  const { api, web } = repositoryUrls(repository)
  const url = `${api}/issues/${issue.number}`
  const html = `${web}/issues/${issue.number}`
  const state = issue.state ?? 'open'
  return {
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    id: 3_000_000_000 + issue.number,
    node_id: `I_kwDOJobsRdm${issue.number}`,
    number: issue.number,
    title: issue.title,
    user: userJson(issue.author ?? 'reader'),
    labels: (issue.labels ?? []).map(name => labelJson(repository, name)),
    state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: 0,
    created_at: WHEN,
    updated_at: WHEN,
    closed_at: state === 'closed' ? WHEN : null,
    author_association: 'NONE',
    active_lock_reason: null,
    ...(issue.pullRequest
      ? {
          draft: false,
          pull_request: {
            url: `${api}/pulls/${issue.number}`,
            html_url: `${web}/pull/${issue.number}`,
            diff_url: `${web}/pull/${issue.number}.diff`,
            patch_url: `${web}/pull/${issue.number}.patch`,
            merged_at: null
          }
        }
      : {}),
    body: issue.body,
    reactions: reactionsJson(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: state === 'closed' ? 'completed' : null
  }
}

function labelJson(repository: EventRepository, name: string) {
  return {
    id: [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1e9, 7),
    node_id: `LA_kwDOJobsRdm${[...name].map(char => char.charCodeAt(0).toString(36)).join('')}`,
    url: `${repositoryUrls(repository).api}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null
  }
}

function userJson(login: string) {
  const id = [...login].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1e8, 11)
  return userObject({
    login,
    id,
    nodeId: `U_kgDO${id}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    api: `${API}/users/${encodeURIComponent(login)}`,
    htmlUrl: `${WEB}/${encodeURIComponent(login)}`,
    type: 'User'
  })
}

function reactionsJson(url: string) {
  return {
    url,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0
  }
}

function repositoryJson(repository: EventRepository) {
  const { api, web } = repositoryUrls(repository)
  const host = 'github.com'
  const full = `${repository.owner}/${repository.name}`
  return {
    id: 700_000_001,
    node_id: 'R_kgDOJobsRdm',
    name: repository.name,
    full_name: full,
    private: false,
    owner: { ...userJson(repository.owner), type: 'Organization' },
    html_url: web,
    description: 'Job openings, kept current',
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: '2024-01-15T09:00:00Z',
    updated_at: WHEN,
    pushed_at: WHEN,
    git_url: `git://${host}/${full}.git`,
    ssh_url: `git@${host}:${full}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    homepage: null,
    size: 120,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 1,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'public',
    forks: 0,
    open_issues: 1,
    watchers: 0,
    default_branch: 'main',
    custom_properties: {}
  }
}
