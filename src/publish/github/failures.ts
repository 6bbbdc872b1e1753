/**
 * What GitHub's refusals mean for a user. A moved head and a protected branch are expected
 * answers the publisher acts on (`WriteRefused`); everything else becomes a BoardError that says
 * what to do — which permission is missing, which repository or branch is not there.
 */
import { errors, isBoardError } from '../../errors.js'
import { MAX_WAIT_SECONDS } from './client.js'
import { fullName, type BranchCommit } from './types.js'

export class WriteRefused extends Error {
  override readonly name = 'WriteRefused'
  /** The commit refused, when it was one. */
  commit?: BranchCommit
  constructor(
    readonly reason: 'stale-head' | 'protected-branch',
    message: string
  ) {
    super(message)
  }
}

export interface FailureContext {
  /** owner/name */
  repository: string
  /** What the action was doing, for messages: "reading the README". */
  doing: string
  /** The permission the request needs. */
  permission: 'contents: write' | 'pull-requests: write'
}

/** The context of the requests that make a commit. */
export function committing(commit: BranchCommit): FailureContext {
  return {
    repository: fullName(commit.repository),
    doing: `committing to ${commit.branch}`,
    permission: 'contents: write'
  }
}

/** Rethrows any failure of a GitHub call as a WriteRefused or a BoardError. */
export async function asGitHubFailure<T>(context: FailureContext, call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    throw gitHubFailure(error, context)
  }
}

export function gitHubFailure(error: unknown, context: FailureContext): Error {
  if (isBoardError(error) || error instanceof WriteRefused) return error
  const said = reasonOf(error)
  const refusal = refusalOf(said)
  if (refusal) return new WriteRefused(refusal, said)
  const status = statusOf(error)
  const types = graphqlErrorTypes(error)
  if (status === 401) return errors.githubAuth()
  if (isRateLimit(error, status, said))
    return errors.githubRateLimited(context.doing, status, said, limitWait(error))
  if (status === 403 || types.includes('FORBIDDEN'))
    return errors.githubPermission(context.repository, context.permission, said)
  if (status === 404 || types.includes('NOT_FOUND'))
    return errors.repositoryNotFound(context.repository)
  return errors.githubFailed(context.doing, status, said)
}

// What the run read is no longer so: the head moved, or the branch or pull request it would
// create was made meanwhile (by another run, or by this one whose answer was lost).
const STALE_HEAD =
  /Expected branch to point to|not a fast forward|\bref(?:erence)?\b.*already exists|pull request already exists/i
const PROTECTED = /protected branch|rule violations|must be made through a pull request/i

function refusalOf(said: string): WriteRefused['reason'] | undefined {
  if (STALE_HEAD.test(said)) return 'stale-head'
  if (PROTECTED.test(said)) return 'protected-branch'
  return undefined
}

/** GitHub's own words: the GraphQL errors' messages, or the REST body's message. */
function reasonOf(error: unknown): string {
  const graphqlErrors =
    (error as { errors?: { message?: string }[] }).errors ??
    (error as { response?: { data?: { errors?: { message?: string }[] } } }).response?.data?.errors
  if (Array.isArray(graphqlErrors) && graphqlErrors.length)
    return graphqlErrors.map(entry => entry.message ?? '').join('; ')
  const data = (error as { response?: { data?: unknown } }).response?.data
  const message = (data as { message?: unknown } | undefined)?.message
  if (typeof message === 'string' && message) return message
  return error instanceof Error ? error.message : String(error)
}

/** A primary or secondary rate limit, as REST (403/429) or GraphQL (RATE_LIMITED, HTTP 200) says it. */
function isRateLimit(error: unknown, status: number | undefined, said: string): boolean {
  const headers = headersOf(error)
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') return true
  const data = (error as { response?: { data?: { errors?: { type?: string }[] } } }).response?.data
  const types = [...graphqlErrorTypes(error), ...(data?.errors ?? []).map(entry => entry.type)]
  return types.includes('RATE_LIMITED') || /rate limit/i.test(said)
}

/**
 * How long the limit lasts, from the answer's headers: the reset time, or retry-after; and
 * whether the request was retried (each retry is logged; the count on the error is not exact).
 */
function limitWait(error: unknown): {
  seconds: number
  resetAt?: Date
  retries: number
  maxWait: number
} {
  const headers = headersOf(error)
  const retries =
    Number(
      (error as { request?: { request?: { retryCount?: unknown } } }).request?.request?.retryCount
    ) || 0
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-remaining'] === '0' && reset > 0) {
    const resetAt = new Date(reset * 1000)
    const seconds = Math.max(0, Math.ceil(reset - Date.now() / 1000))
    return { seconds, resetAt, retries, maxWait: MAX_WAIT_SECONDS }
  }
  const seconds = Number(headers['retry-after']) || 0
  return { seconds, retries, maxWait: MAX_WAIT_SECONDS }
}

function headersOf(error: unknown): Record<string, string | undefined> {
  // A REST error (and the throttling plugin's) has them on its response; GraphqlResponseError on itself.
  const { response, headers: own } = error as {
    response?: { headers?: Record<string, unknown> }
    headers?: Record<string, unknown>
  }
  const headers = response?.headers ?? own
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([key, value]) => [
      key.toLowerCase(),
      value === undefined ? undefined : String(value)
    ])
  )
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

function graphqlErrorTypes(error: unknown): string[] {
  const graphqlErrors = (error as { errors?: { type?: string }[] }).errors
  return Array.isArray(graphqlErrors) ? graphqlErrors.map(entry => entry.type ?? '') : []
}
