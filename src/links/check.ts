/**
 * Checks many postings politely: a few at a time (`concurrency`), each host asked at most once
 * per `hostDelayMs`, the hosts taken in turn so that one big job site does not hold every worker
 * waiting for its turn, and an honest User-Agent that names the project.
 */
import packageJson from '../../package.json' with { type: 'json' }
import type { Resolver } from '../load/http-addresses.js'
import { checkPosting, type Verdict } from './request.js'
import type { LinkCheckSettings } from './settings.js'

export interface Posting {
  url: string
  company: string
  title: string
}

export interface PostingCheck extends Posting {
  verdict: Verdict
}

export interface CheckOptions extends LinkCheckSettings {
  /** Resolves host names before connecting. Default: the system resolver. */
  resolve?: Resolver
  /**
   * Request only postings on public addresses: one on a loopback, private or link-local address
   * (an IP literal, localhost, a name resolving to one) is unknown, never connected to.
   */
  publicOnly?: boolean
}

export const USER_AGENT = `jobs-readme/${packageJson.version} (link check; +https://github.com/jobs-readme/jobs-readme)`

/** Every posting's verdict, in the order given. */
export async function checkPostings(
  postings: readonly Posting[],
  options: CheckOptions
): Promise<PostingCheck[]> {
  const results = new Array<PostingCheck>(postings.length)
  const queue = hostsInTurn(postings)
  const pace = hostPace(options.hostDelayMs)
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const posting = postings[next] as Posting
      const verdict = await checkPosting(posting.url, {
        timeoutSeconds: options.timeoutSeconds,
        closedUrls: options.closedUrls,
        userAgent: USER_AGENT,
        pace,
        resolve: options.resolve,
        publicOnly: options.publicOnly
      })
      results[next] = { ...posting, verdict }
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency, postings.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return results
}

/** The postings' indexes, one host after another: a, b, c, a, b, a, ... */
function hostsInTurn(postings: readonly Posting[]): number[] {
  const byHost = new Map<string, number[]>()
  postings.forEach((posting, index) => {
    const host = hostOf(posting.url)
    byHost.set(host, [...(byHost.get(host) ?? []), index])
  })
  const order: number[] = []
  const lists = [...byHost.values()]
  for (let round = 0; order.length < postings.length; round++)
    for (const list of lists) if (round < list.length) order.push(list[round] as number)
  return order
}

/** Waits for the host's turn: each request to a host starts `delayMs` after the one before. */
function hostPace(delayMs: number): (url: string) => Promise<void> {
  const nextStart = new Map<string, number>()
  return async url => {
    const host = hostOf(url)
    const now = Date.now()
    const start = Math.max(now, nextStart.get(host) ?? 0)
    nextStart.set(host, start + delayMs)
    if (start > now) await new Promise(resolve => setTimeout(resolve, start - now))
  }
}

function hostOf(url: string): string {
  return URL.parse(url)?.host.toLowerCase() ?? url
}
