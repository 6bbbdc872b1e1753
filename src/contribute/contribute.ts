/**
 * A contribution, as the feature reads: read the approval from the event -> on each read of the
 * files, decide what the form does to the listings file -> the listings file, README(s), archive
 * and feeds in one write through the run's store (read again and decided again on a conflict)
 * -> tell the issue what happened: commented and closed, or commented, labelled and left open.
 *
 * The action and the CLI call `contribute`; they differ in the store and in the issue tracker
 * (the GitHub API, or the terminal).
 */
import type { BoardSettings, ListingsFormat, RunSettings } from '../config/config.js'
import { notFoundAdvice } from '../config/paths.js'
import { errors } from '../errors.js'
import type { Listing } from '../model.js'
import { boardLabel, boardTable } from '../board.js'
import { runBoards, type FileStore, type RunLog, type RunOutcome, type Snapshot } from '../run.js'
import { isHttpUrl, sameUrl } from '../url.js'
import { decide, listingName, NEXT, unmappedNote, unreadSections, type Decision } from './apply.js'
import { readEvent, type Approval } from './event.js'
import type { ContributionSettings } from './settings.js'
import { formatOfExtension } from '../load/formats.js'
import { openingLinks } from '../changes.js'
import { postingColumn } from '../config/table.js'
import { zonesOf } from '../zones/find.js'
import { zoneContent } from '../zones/splice.js'

/** Where the issue is told what happened. */
export interface IssueTracker {
  comment(issue: number, body: string): Promise<void>
  close(issue: number): Promise<void>
  addLabel(issue: number, label: string): Promise<void>
}

export interface ContributionEvent {
  /** `issues` or `issue_comment` (GITHUB_EVENT_NAME). */
  name: string
  /** The parsed payload (the file at GITHUB_EVENT_PATH). */
  payload: unknown
}

export type ContributionOutcome = 'applied' | 'unchanged' | 'refused' | 'ignored'

export interface ContributionReport<Written> {
  outcome: ContributionOutcome
  /** The issue, unless ignored. */
  issue?: number
  /** What was said on the issue; for `ignored`, why nothing was done. */
  message: string
  /** The run that wrote the contribution: applied only. */
  run?: RunOutcome<Written>
}

export async function contribute<S extends Snapshot, Written>(
  run: RunSettings,
  boards: BoardSettings[],
  store: FileStore<S, Written>,
  log: RunLog,
  event: ContributionEvent,
  tracker: IssueTracker,
  settings: ContributionSettings
): Promise<ContributionReport<Written>> {
  const reading = readEvent(event.name, event.payload, settings)
  if (!reading.approved) return { outcome: 'ignored', message: `Nothing to do: ${reading.why}.` }
  const { approval } = reading
  const format = listingsFormat(run)
  const unread = unreadSections(approval, settings)
  if (unread.length)
    log.warn(
      `Issue #${approval.issue.number}: the form's ${unread.length === 1 ? 'section' : 'sections'} ${unread.map(item => item.heading).join(', ')} ${unread.length === 1 ? 'fills' : 'fill'} no listing field, and nothing of ${unread.length === 1 ? 'it' : 'them'} is written. To keep such an answer, map its label to a field, or to a key of the records, with contribution-fields ("Label: record.key").`
    )
  let decision: Decision | undefined
  // The guards against a broken feed (a table emptied, most of its rows gone) are for a feed
  // that changes on its own: here the one change is the reader's, approved, to the board's own
  // file, and closing its last opening empties a table as it should.
  const contributed = boards.map(board => ({ ...board, allowEmpty: true, maxRemovedPercent: 100 }))
  const written = await runBoards(run, contributed, store, log, async readFile => {
    const text = await readFile(run.listings)
    if (text === undefined) throw errors.sourceNotFound(run.listings, notFoundAdvice(run.listings))
    // A day the form names is that day on the (first) board, in its time zone.
    const timezone = boards[0]?.timezone
    decision = await decide(
      text,
      format,
      approval,
      run,
      settings,
      visibilityFlags(boards),
      timezone,
      {
        // Records of one opening are one row, unless a board shows each apart.
        dedupe: boards.every(board => board.selection.dedupe),
        links: listing => linksShown(boards, listing, run.now),
        categories: boards.flatMap(board => board.categoryName ?? board.category ?? [])
      }
    )
    // A refused or already applied contribution writes nothing, not even a README due anyway.
    if (decision.outcome !== 'applied') throw new NothingToWrite()
    return [{ path: run.listings, text: decision.text }]
  }).catch(error => {
    if (error instanceof NothingToWrite) return undefined
    throw error
  })
  const settled = decision as Decision
  const number = approval.issue.number
  if (settled.outcome === 'refused') {
    const message = refusedComment(settled.reason, settled.next)
    if (!run.dryRun) {
      await tracker.comment(number, message)
      await tracker.addLabel(number, settings.refusedLabel)
    }
    return { outcome: 'refused', issue: number, message }
  }
  const message =
    settled.outcome === 'applied'
      ? await appliedComment(
          approval,
          settled.listing,
          shownOn(boards, written, settled.listing),
          run,
          settled.closes,
          unread.filter(item => item.unmapped).map(item => item.label)
        )
      : await unchangedComment(approval, settled.listing, boards[0] as BoardSettings, run.now)
  if (!run.dryRun) {
    await tracker.comment(number, message)
    if (approval.issue.state === 'open') await tracker.close(number)
  }
  return { outcome: settled.outcome, issue: number, message, run: written }
}

/** The keys of the boards' visibility flags that are a record's own keys (not dotted paths). */
function visibilityFlags(boards: readonly BoardSettings[]): string[] {
  const flags = boards.map(board => board.selection.visible)
  return [...new Set(flags.filter((flag): flag is string => !!flag && !flag.includes('.')))]
}

/** The boards whose tables show `listing` after the run, each with the row as it shows it. */
function shownOn(
  boards: readonly BoardSettings[],
  written: RunOutcome<unknown> | undefined,
  listing: Listing
): Array<{ board: BoardSettings; row: Listing }> {
  return boards.flatMap((board, index) => {
    const row = written?.run.boards[index]?.rows.find(
      shown => shown.id === listing.id || sameUrl(shown.url, listing.url)
    )
    return row ? [{ board, row }] : []
  })
}

/**
 * The posting link of `listing` as each board's table links it (its cell template may add
 * parameters, `?ref=board`, or a redirect), in the form tables are compared (comparedLink):
 * the row rendered and read back as a README's zone is.
 */
async function linksShown(
  boards: readonly BoardSettings[],
  listing: Listing,
  now: Date
): Promise<string[]> {
  const links: string[] = []
  for (const board of boards) {
    const table = await boardTable(board, [listing], now)
    const readme = `<!-- jobs:openings:start -->\n${table}\n<!-- jobs:openings:end -->\n`
    const zone = zonesOf(readme, 'jobs').get('openings')
    if (!zone) continue
    const oldZone = { text: zoneContent(readme, zone), tables: zone.tables }
    links.push(...(await openingLinks(oldZone, { index: postingColumn(board.table) })))
  }
  return links
}

/** Ends the run before its build: the contribution writes nothing. */
class NothingToWrite extends Error {}

/** The listings' format: the `listings-format` input, else the file's extension. */
function listingsFormat(run: RunSettings): ListingsFormat {
  if (isHttpUrl(run.listings)) throw errors.contributionNeedsFile(run.listings)
  if (run.listingsFormat) return run.listingsFormat
  const format = formatOfExtension([run.listings])
  if (!format) throw errors.contributionNeedsFile(run.listings)
  return format
}

/** Marks the action's comments, so a reader (or a program) can tell them apart. */
export const COMMENT_MARKER = '<!-- jobs-readme contribution -->'

const DONE: Record<Approval['kind'], string> = {
  new: 'Added',
  edit: 'Updated',
  close: 'Closed'
}

async function appliedComment(
  approval: Approval,
  listing: Listing,
  shown: Array<{ board: BoardSettings; row: Listing }>,
  run: RunSettings,
  closes: boolean,
  unmapped: readonly string[]
): Promise<string> {
  const done = `${DONE[approval.kind]} in \`${run.listings}\` (approved by @${approval.approver}).`
  // Sections no field is mapped to: not written, which the issue is told, with the remedy.
  const unread = unmapped.length ? ['', unmappedNote(unmapped)] : []
  const first = shown[0]
  if (!first) {
    const name = listingName(listing)
    const outside = closes
      ? `${name} leaves the board.`
      : !listing.active
        ? `No board shows it: ${name} is closed (\`active: false\`). ${NEXT.reopenEdit}`
        : `No board shows it: ${name} is outside what the boards select (category, filters or age).`
    return [COMMENT_MARKER, `${done} ${outside}`, ...unread].join('\n')
  }
  const where =
    shown.length > 1
      ? ` on ${boardLabel({ readmePath: first.board.readme, zone: first.board.zone })}`
      : ''
  return [
    COMMENT_MARKER,
    `${done} The row as the board now shows it${where}:`,
    '',
    await boardTable(first.board, [first.row], run.now),
    ...unread
  ].join('\n')
}

async function unchangedComment(
  approval: Approval,
  listing: Listing,
  board: BoardSettings,
  now: Date
): Promise<string> {
  // A board that drops its closed rows shows none to quote.
  if (approval.kind === 'close' && board.rowShape.closed === 'drop')
    return [
      COMMENT_MARKER,
      'Nothing to change: the listings already hold this posting as closed, and the board no longer shows it.'
    ].join('\n')
  return [
    COMMENT_MARKER,
    `Nothing to change: the listings already hold this ${approval.kind === 'close' ? 'close' : 'posting'}, as the board shows it:`,
    '',
    await boardTable(board, [listing], now)
  ].join('\n')
}

function refusedComment(reason: string, next = 'Edit the issue and approve it again.'): string {
  return [COMMENT_MARKER, `Not applied: ${reason}`, '', next].join('\n')
}
