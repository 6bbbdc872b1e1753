/**
 * The GitHub client: Octokit from @actions/github with the retry and throttling plugins, pointed
 * at GITHUB_API_URL and GITHUB_GRAPHQL_URL (GitHub Enterprise Server too). Loaded with import()
 * only when publishing, so the CLI and the action's start-up don't pay for it.
 */
import type { GitHubClient } from './types.js'

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string
  /** GITHUB_GRAPHQL_URL; default https://api.github.com/graphql. */
  graphqlUrl?: string
  /** Told when GitHub asks the action to slow down. */
  notice(message: string): void
}

/** Retries after a 5xx or a rate limit: bounded, so a broken API fails the run in seconds. */
export const MAX_RETRIES = 2

/**
 * The longest wait for a rate limit, as for a listings URL: a limit that resets later (a primary
 * limit used up for the hour) stops the run at once, and the next run tries again.
 */
export const MAX_WAIT_SECONDS = 60

export async function connect(options: ClientOptions): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  const apiUrl = options.apiUrl ?? 'https://api.github.com'
  const graphqlUrl = options.graphqlUrl ?? `${apiUrl}/graphql`
  const onLimit =
    (kind: string) =>
    (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
      if (retryCount >= MAX_RETRIES || retryAfter > MAX_WAIT_SECONDS) return false
      options.notice(`GitHub's ${kind} was reached; retrying in ${retryAfter} s.`)
      return true
    }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: apiUrl,
      // 429 is the throttling plugin's to handle; the others are answers, not hiccups.
      retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
  return {
    // The object form lets `url` through (GitHub Enterprise Server's GraphQL endpoint).
    graphql: (query, variables) => octokit.graphql({ ...variables, query, url: graphqlUrl }),
    request: (route, parameters) => octokit.request(route, parameters) as never
  }
}
