/**
 * The settings of a link check (`mode: check-links`), parsed with the other run-wide inputs:
 * which pages mean "no longer available", and how politely postings are requested.
 */
import { errors } from '../errors.js'
import { escapeRegExp } from '../regexp.js'
import { withUnreservedDecoded } from '../url.js'

export interface LinkCheckSettings {
  /**
   * Pages that say a posting is gone (`closed-urls`): a posting redirected to one is dead. Each
   * is an address prefix in which `*` matches any run of characters. Default: none.
   */
  closedUrls: string[]
  /** Seconds one posting may take to answer (`link-timeout`). Default 20. */
  timeoutSeconds: number
  /** Postings requested at once (`link-concurrency`). Default 4. */
  concurrency: number
  /** The least milliseconds between two requests to one host (`link-host-delay-ms`). Default 1000. */
  hostDelayMs: number
  /**
   * Postings on loopback, private or link-local addresses may be requested (`link-private-hosts`):
   * a self-hosted runner checking an intranet job site. Default false: on GitHub Actions such a
   * posting is reported, not requested, and a contribution of one is refused.
   */
  privateHosts: boolean
}

/** What this module needs of the input reader in src/config. */
export interface LinkInputs {
  string(name: string): string | undefined
  integer(name: string, min: number, max?: number): number
  boolean(name: string): boolean
}

/** The longest wait a timer can hold, in whole seconds. */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000)

export function parseLinkCheck(read: LinkInputs): LinkCheckSettings {
  return {
    closedUrls: parseClosedUrls(read.string('closed-urls')),
    timeoutSeconds: read.integer('link-timeout', 1, MAX_TIMEOUT_SECONDS),
    concurrency: read.integer('link-concurrency', 1, 64),
    hostDelayMs: read.integer('link-host-delay-ms', 0, 2 ** 31 - 1),
    privateHosts: read.boolean('link-private-hosts')
  }
}

/**
 * True when `url` is one of the closed pages: it starts like a pattern, `*` matching anything.
 * Both are compared as URLs: parsed (WHATWG), so a host in Unicode matches its punycode, a
 * default port (`:443`) its absence, a character such as `ä` its percent-encoding; and with
 * each percent-encoded unreserved character (`%7E`) written as itself (`~`).
 */
export function isClosedPage(url: string, closedUrls: readonly string[]): boolean {
  const address = withUnreservedDecoded(URL.parse(url)?.href ?? url)
  return closedUrls.some(pattern => patternRegExp(pattern).test(address))
}

/** Stands for `*` while a pattern is parsed as a URL: letters and digits, kept as they are anywhere. */
const STAR = 'zz0jobsreadme0starzz'

/** A pattern's address as `withUnreservedDecoded` writes a URL, its `*` kept; as written when it does not parse. */
function normalizedPattern(pattern: string): string {
  const parsed = URL.parse(pattern.replaceAll('*', STAR))
  return parsed ? withUnreservedDecoded(parsed.href).replaceAll(STAR, '*') : pattern
}

function parseClosedUrls(text: string | undefined): string[] {
  const patterns = (text ?? '')
    .split(/[,\n]/)
    .map(item => item.trim())
    .filter(Boolean)
  for (const pattern of patterns)
    if (!/^https?:\/\/[^/\s*]/i.test(pattern) || /\s/.test(pattern))
      throw errors.badInput(
        'closed-urls',
        `"${pattern}" is not an http(s) address such as https://jobs.example/closed`
      )
  return patterns
}

const compiled = new Map<string, RegExp>()

function patternRegExp(pattern: string): RegExp {
  let regExp = compiled.get(pattern)
  if (!regExp) {
    const body = normalizedPattern(pattern)
      .split('*')
      .map(part => escapeRegExp(part))
      .join('.*')
    // Case counts: parsing wrote both schemes and hosts lower case, and a path or a query in
    // another case (`/Closed` beside `/closed`) may be another page.
    regExp = new RegExp(`^${body}`)
    compiled.set(pattern, regExp)
  }
  return regExp
}
