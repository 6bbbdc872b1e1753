/**
 * What a link check found, for the action's outputs, its job summary and the CLI's lines: the
 * counts (checked, dead, closed, unknown), the dead postings, and those to ask again next time.
 * Feed text and what servers said are shown literally: no heading, link or tag of theirs.
 */
import type { PhrasingContent } from 'mdast'
import { toMarkdown } from '../render/markdown.js'
import { link, paragraph, text } from '../render/nodes.js'
import { countWord, printable } from '../log-text.js'
import { literalText } from '../render/text.js'
import type { PostingCheck } from './check.js'
import type { LinkCheckOutcome } from './run.js'

export interface LinkCounts {
  /** Postings (links) checked, each once however many records share it. */
  checked: number
  dead: number
  /** Records closed: every open record of a dead posting's link. */
  closed: number
  unknown: number
}

/** Where a run's files went, for the summary to point at. */
export type Destination = 'commit' | 'pull request' | 'workspace'

/** Postings listed per section of the summary before the rest are only counted. */
export const MAX_LISTED = 50

export function linkCounts(outcome: LinkCheckOutcome<unknown>): LinkCounts {
  const count = (status: string) =>
    outcome.checks.filter(check => check.verdict.status === status).length
  return {
    checked: outcome.checks.length,
    dead: count('dead'),
    closed: outcome.closed,
    unknown: count('unknown')
  }
}

/** The links-* outputs; empty when the run was no link check. */
export function linkOutputs(
  outcome: LinkCheckOutcome<unknown> | undefined
): Record<string, string> {
  if (!outcome)
    return { 'links-checked': '', 'links-dead': '', 'links-closed': '', 'links-unknown': '' }
  const counts = linkCounts(outcome)
  return {
    'links-checked': String(counts.checked),
    'links-dead': String(counts.dead),
    'links-closed': String(outcome.written === undefined ? 0 : counts.closed),
    'links-unknown': String(counts.unknown)
  }
}

/** The link check's part of the job summary: a Markdown section. */
export function linkSummary(
  outcome: LinkCheckOutcome<unknown>,
  dryRun: boolean,
  destination: Destination = 'commit'
): string {
  const counts = linkCounts(outcome)
  const dead = outcome.checks.filter(check => check.verdict.status === 'dead')
  const unknown = outcome.checks.filter(check => check.verdict.status === 'unknown')
  return [
    `## Link check: ${counts.checked} ${countWord(counts.checked, 'posting')}`,
    '',
    '| Checked | Dead | Records closed | Unknown |',
    '| ---: | ---: | ---: | ---: |',
    `| ${counts.checked} | ${counts.dead} | ${outcome.written === undefined ? 0 : counts.closed} | ${counts.unknown} |`,
    '',
    deadNote(outcome, counts, dryRun, destination),
    ...section(`Dead (${dead.length})`, dead),
    ...section(`Unknown (${unknown.length}): asked again on the next run`, unknown),
    ''
  ].join('\n')
}

/** One line per dead and unknown posting, and the counts: the CLI's report. */
export function linkLines(outcome: LinkCheckOutcome<unknown>, dryRun: boolean): string[] {
  const counts = linkCounts(outcome)
  const listed = outcome.checks
    .filter(check => check.verdict.status !== 'alive')
    .map(
      check =>
        `${check.verdict.status}: ${check.url} (${check.company}: ${check.title}) ${check.verdict.reason}`
    )
  const closed = outcome.fromUrl
    ? 'none closed: the listings come from a URL'
    : outcome.refused
      ? `none closed: closing ${records(counts.closed)} was refused, see below`
      : `${records(counts.closed)} ${dryRun ? 'would be closed' : 'closed'}`
  return [
    ...listed,
    `Checked ${counts.checked} ${countWord(counts.checked, 'posting')}: ${counts.dead} dead (${closed}), ${counts.unknown} unknown.`
  ]
}

/** A count of records: `1 record`, `2 records`. */
const records = (count: number) => `${count} ${countWord(count, 'record')}`

/** Where the closes are, said after them. */
const WHERE: Record<Destination, string> = {
  commit: 'in the commit below',
  'pull request': 'in the pull request below',
  workspace: 'in the workspace (not committed)'
}

function deadNote(
  outcome: LinkCheckOutcome<unknown>,
  counts: LinkCounts,
  dryRun: boolean,
  destination: Destination
): string {
  if (counts.dead === 0) return 'No posting is gone.'
  if (outcome.fromUrl)
    return 'The listings come from a URL, so these postings were not closed: remove them where the listings are kept.'
  if (outcome.refused) return `**None was closed.** ${outcome.refused.message}`
  if (dryRun)
    return `Dry run: ${records(counts.closed)} of ${counts.dead} dead ${countWord(counts.dead, 'posting')} would be closed; nothing was written.`
  if (outcome.written === undefined)
    return 'Every dead posting was already closed in the listings file.'
  return `Closed ${records(counts.closed)} of ${counts.dead} dead ${countWord(counts.dead, 'posting')} (\`active: false\`) in the listings file, ${WHERE[destination]}.`
}

function section(title: string, checks: PostingCheck[]): string[] {
  if (checks.length === 0) return []
  const items = checks.slice(0, MAX_LISTED).map(check => `- ${postingLine(check)}`)
  const more = checks.length > MAX_LISTED ? [`- and ${checks.length - MAX_LISTED} more`] : []
  return ['', `### ${title}`, '', ...items, ...more]
}

/** What a server said (its status text) is shown with its control characters escaped, as in the log. */
function postingLine(check: PostingCheck): string {
  const name: PhrasingContent[] = literalText(printable(`${check.company}: ${check.title}`))
  const reason = literalText(printable(check.verdict.reason))
  const children = [link(check.url, name), text(': '), ...reason]
  return toMarkdown({ type: 'root', children: [paragraph(children)] })
}
