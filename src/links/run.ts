/**
 * A link check, as the feature reads: read and build the boards as usual to know the postings
 * they show -> request each one -> close the dead ones in the repository's own listings file and
 * rebuild the READMEs, all in one commit through the orchestrator (run.ts), which re-reads, closes
 * again and rebuilds when the branch moved meanwhile. Listings from a URL cannot be edited: their
 * dead postings are only reported.
 */
import { buildBoards, type RunResult } from '../board.js'
import type { BoardSettings, RunSettings } from '../config/config.js'
import { errors, isBoardError, type BoardError } from '../errors.js'
import { INPUTS } from '../config/inputs.js'
import type { Resolver } from '../load/http-addresses.js'
import { planFiles, runBoards, type FileStore, type RunLog, type Snapshot } from '../run.js'
import { countWord, printable } from '../log-text.js'
import { isHttpUrl, normalizeUrl } from '../url.js'
import { checkPostings, type Posting, type PostingCheck } from './check.js'

export interface LinkCheckOutcome<Written> {
  /** Every shown posting's verdict, in the order of the tables. */
  checks: PostingCheck[]
  /** Dead postings closed in the listings file: written, or on a dry run, to be written. */
  closed: number
  /** The listings come from a URL: the dead postings are reported, not closed. */
  fromUrl: boolean
  /** The boards as built: with the closes when there were any, else as they stand. */
  run: RunResult
  /** What the store wrote; undefined when nothing was closed, or on a dry run. */
  written?: Written
  /**
   * Closing the dead postings met a guard (max-removed-percent, an emptied table): nothing was
   * written, `closed` is what would have been; the run fails with this error once reported.
   */
  refused?: BoardError
}

export interface LinkCheckOptions {
  /** Resolves host names before connecting. Default: the system resolver. */
  resolve?: Resolver
  /**
   * On GitHub Actions: a posting on a loopback, private or link-local address is reported, not
   * requested, unless `link-private-hosts` allows it. Default false.
   */
  onGitHubActions?: boolean
}

export async function runLinkCheck<S extends Snapshot, Written>(
  settings: RunSettings,
  boards: BoardSettings[],
  store: FileStore<S, Written>,
  log: RunLog,
  options: LinkCheckOptions = {}
): Promise<LinkCheckOutcome<Written>> {
  // The listings are read where their closes will be written.
  const snapshot = await store.read(planFiles(settings, boards, { editsListings: true }))
  const shown = await buildBoards(
    settings,
    boards,
    { ...snapshot.io, warn: log.warn },
    snapshot.site
  )
  const postings = shownPostings(shown)
  log.info(
    `Checking ${postings.length} ${countWord(postings.length, 'posting')} (${settings.links.concurrency} at a time).`
  )
  const checks = await checkPostings(postings, {
    ...settings.links,
    resolve: options.resolve,
    publicOnly: options.onGitHubActions === true && !settings.links.privateHosts
  })
  const dead = new Set(
    checks.filter(check => check.verdict.status === 'dead').map(check => normalizeUrl(check.url))
  )
  const fromUrl = isHttpUrl(settings.listings)
  if (dead.size === 0 || fromUrl) return { checks, closed: 0, fromUrl, run: shown }

  // Loaded only when there is something to close: the editor brings the CSV and YAML writers.
  const { closePostings } = await import('./close.js')
  let closed = 0
  // A rebuild after a conflict edits the listings again: its refusals were named the first time.
  let warnedLeftOpen = false
  try {
    const outcome = await runBoards(
      closingSettings(settings),
      boards,
      store,
      // The first build gave the feed's warnings.
      { warn: () => {}, info: log.info },
      async readFile => {
        const text = await readFile(settings.listings)
        const result = text === undefined ? undefined : await closePostings(text, settings, dead)
        closed = result?.count ?? 0
        if (!warnedLeftOpen)
          for (const { url, problem } of result?.leftOpen ?? [])
            log.warn(
              `The dead posting ${printable(url)} stays open: ${problem}. The other dead postings were closed.`
            )
        warnedLeftOpen = true
        return result?.count ? [{ path: settings.listings, text: result.text }] : []
      }
    )
    return { checks, closed, fromUrl, run: outcome.run, written: outcome.written }
  } catch (error) {
    // A guard refused the closes: what the check found is still the report.
    if (!isGuard(error)) throw error
    const refused = errors.linkClosesRefused(closed || dead.size, error)
    return { checks, closed, fromUrl, run: shown, refused }
  }
}

function isGuard(error: unknown): error is BoardError {
  return (
    isBoardError(error) && (error.code === 'too-many-removed' || error.code === 'empty-selection')
  )
}

/** Each posting the boards show, once, in the order of their tables. */
export function shownPostings(run: RunResult): Posting[] {
  const postings = new Map<string, Posting>()
  for (const { url, company, title } of run.boards.flatMap(board => board.rows)) {
    // A closed listing may have no link: nothing to check.
    if (url === undefined) continue
    const key = normalizeUrl(url)
    if (!postings.has(key)) postings.set(key, { url, company, title })
  }
  return [...postings.values()]
}

const DEFAULT_MESSAGE = INPUTS.find(input => input.name === 'commit-message')?.default

/**
 * The settings of the run that closes postings: its commit says so, unless the workflow wrote
 * its own message. The store that commits is made with these.
 */
export function closingSettings(settings: RunSettings): RunSettings {
  return settings.commitMessage === DEFAULT_MESSAGE
    ? {
        ...settings,
        commitMessage: 'Close the postings whose pages are gone: {jobs} jobs (+{added} -{removed})'
      }
    : settings
}
