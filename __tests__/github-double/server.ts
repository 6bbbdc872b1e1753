/**
 * The GitHub double: an HTTP server on 127.0.0.1 that answers the REST and GraphQL calls the
 * action makes, backed by a real bare git repository. It checks every request and response
 * against GitHub's contract (`problems`, which a test expects to be empty), counts requests,
 * and injects the faults a test asks for.
 *
 *   const github = await startGitHubDouble({ token })
 *   ... run the action with GITHUB_API_URL=github.apiUrl, GITHUB_GRAPHQL_URL=github.graphqlUrl
 *   expect(github.problems).toEqual([])
 *   await github.close()
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BareRepo } from './bare-repo.js'
import { answerGraphql, graphqlOperation } from './graphql-api.js'
import { HostedRepo, type Permissions } from './hosted-repo.js'
import { answerRest } from './rest-api.js'
import { loadRestContract } from './rest-contract.js'

export interface DoubleOptions {
  token: string
  /** Default "octo-org". */
  owner?: string
  /** Default "job-board". */
  name?: string
  /** Default: contents and pull requests writable. */
  permissions?: Partial<Permissions>
  /** Branches whose rules refuse direct updates. Default none. */
  protectedBranches?: string[]
  /** Bytes of Blob.text before GraphQL truncates it. Default 512 KiB. */
  blobTextLimit?: number
}

export interface RecordedRequest {
  method: string
  /** The path without the query string. */
  path: string
  /** "git/update-ref", "query ReadBoard", "mutation createCommitOnBranch", ... */
  operation: string
  status: number
  /** A GraphQL request's variables: which paths it read, which branch it wrote. */
  variables?: Record<string, unknown>
}

/** A canned answer given instead of the real one, to requests `match` accepts (default all). */
export interface Fault {
  status: number
  headers?: Record<string, string>
  body: unknown
  match?: (request: {
    method: string
    path: string
    operation: string
    isWrite: boolean
  }) => boolean
}

export interface GitHubDouble {
  apiUrl: string
  graphqlUrl: string
  /** Where github.com pages (commits, pull requests) of the double live. */
  serverUrl: string
  git: BareRepo
  hosted: HostedRepo
  requests: RecordedRequest[]
  /** Contract violations by the client (or the double): each fails the test that checks them. */
  problems: string[]
  /** Answers the next `times` matching requests with the fault. */
  failNext(fault: Fault, times?: number): void
  close(): Promise<void>
}

export const faults = {
  serverError: (status = 502): Fault => ({ status, body: { message: 'Server Error' } }),
  /** retry-after stays at 1 s: Octokit waits 60 s when it is missing or 0. */
  secondaryRateLimit: (status: 403 | 429 = 403): Fault => ({
    status,
    headers: { 'retry-after': '1' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    }
  }),
  onlyWrites: (fault: Fault): Fault => ({ ...fault, match: request => request.isWrite })
}

// GraphQL is not at REST_PREFIX + '/graphql' (Octokit's guess from the REST URL), so a client
// that ignores GITHUB_GRAPHQL_URL, as on GitHub Enterprise Server, fails here.
const REST_PREFIX = '/api/rest'
const GRAPHQL_PATH = '/api/graphql'
const BAD_CREDENTIALS = {
  message: 'Bad credentials',
  documentation_url: 'https://docs.github.com/rest',
  status: '401'
}

export async function startGitHubDouble(options: DoubleOptions): Promise<GitHubDouble> {
  const git = await BareRepo.create()
  const contract = loadRestContract()
  const requests: RecordedRequest[] = []
  const problems: string[] = []
  const pending: { fault: Fault; times: number }[] = []

  const server = createServer((request, response) => {
    handle(request, response).catch(error => {
      problems.push(`the double failed: ${(error as Error).stack ?? String(error)}`)
      send(response, 500, { message: 'the double failed' })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const owner = options.owner ?? 'octo-org'
  const name = options.name ?? 'job-board'
  const hosted = new HostedRepo(
    git,
    owner,
    name,
    `${origin}/${owner}/${name}`,
    { contents: 'write', pullRequests: 'write', issues: 'write', ...options.permissions },
    new Set(options.protectedBranches ?? []),
    options.blobTextLimit ?? 512 * 1024
  )

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    const method = request.method ?? 'GET'
    const text = await readBody(request)
    if (text.includes(options.token) || url.href.includes(options.token))
      problems.push(`${method} ${url.pathname}: the token travels outside the Authorization header`)
    const payload = parseJson(text, `${method} ${url.pathname}`, problems)

    const isGraphql = url.pathname === GRAPHQL_PATH && method === 'POST'
    const graphql = isGraphql ? graphqlOperation(payload) : undefined
    const operation = isGraphql
      ? undefined
      : contract.match(method, url.pathname.slice(REST_PREFIX.length))
    const label = graphql?.name ?? operation?.id ?? 'unknown'
    const variables = isGraphql
      ? ((payload as { variables?: Record<string, unknown> } | undefined)?.variables ?? {})
      : undefined
    const record = (status: number) =>
      requests.push({ method, path: url.pathname, operation: label, status, variables })

    const described = {
      method,
      path: url.pathname,
      operation: label,
      isWrite: graphql?.isWrite ?? method !== 'GET'
    }
    const fault = takeFault(pending, described)
    if (fault) {
      record(fault.status)
      return send(response, fault.status, fault.body, fault.headers)
    }
    if (!authorized(request.headers.authorization, options.token)) {
      record(401)
      return send(response, 401, BAD_CREDENTIALS)
    }
    if (isGraphql) {
      const answer = await answerGraphql(hosted, payload)
      problems.push(...answer.problems.map(problem => `${answer.operation}: ${problem}`))
      record(200)
      return send(response, 200, answer.body)
    }
    if (!url.pathname.startsWith(REST_PREFIX) || !operation) {
      problems.push(
        `${method} ${url.pathname}: not an operation of the contract (or not served by the double)`
      )
      record(404)
      return send(response, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest'
      })
    }
    problems.push(...contract.checkRequest(operation, url.searchParams, payload))
    const answer = await answerRest(hosted, operation, payload)
    problems.push(...contract.checkResponse(operation, answer.status, answer.body))
    record(answer.status)
    send(response, answer.status, answer.body)
  }

  return {
    apiUrl: `${origin}${REST_PREFIX}`,
    graphqlUrl: `${origin}${GRAPHQL_PATH}`,
    serverUrl: origin,
    git,
    hosted,
    requests,
    problems,
    failNext(fault, times = 1) {
      pending.push({ fault, times })
    },
    async close() {
      await new Promise(resolve => server.close(resolve))
      await git.remove()
    }
  }
}

function takeFault(
  pending: { fault: Fault; times: number }[],
  request: Parameters<NonNullable<Fault['match']>>[0]
): Fault | undefined {
  const entry = pending.find(
    candidate => candidate.times > 0 && (candidate.fault.match?.(request) ?? true)
  )
  if (!entry) return undefined
  entry.times -= 1
  return entry.fault
}

function authorized(header: string | undefined, token: string): boolean {
  return header === `token ${token}` || header === `bearer ${token}` || header === `Bearer ${token}`
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseJson(text: string, where: string, problems: string[]): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    problems.push(`${where}: the body is not JSON`)
    return undefined
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(body))
}
