/**
 * The job summary (GITHUB_STEP_SUMMARY) as Markdown: where the files went (commit link, pull
 * request, workspace), the counts (per board when there are several), the files written and
 * deleted, and the openings added and removed since the last run.
 */
import { boardLabel, type BoardResult, type FileChange } from '../board.js'
import { countWord } from '../log-text.js'
import type { Stats } from '../model.js'
import { toMarkdown } from '../render/markdown.js'
import { link, paragraph } from '../render/nodes.js'
import { literalText } from '../render/text.js'
import { normalizeUrl } from '../url.js'
import type { RunReport } from './report.js'
import { salaryText } from '../stats/stats.js'

/** Openings listed per section before the rest are only counted. */
export const MAX_LISTED = 30

export function jobSummary(report: RunReport): string {
  const { boards, files } = report.run
  const several = boards.length > 1
  return [
    several ? `## Job boards: ${boardCount(boards)}` : `## Job board: ${boards[0]?.readmePath}`,
    '',
    outcome(report),
    '',
    ...(several ? boardsTable(report) : boardTable(report)),
    ...(files.length ? ['', `### Files (${files.length})`, '', ...fileList(files)] : []),
    ...boards.flatMap(board => [
      ...openingsSection('Added', board, board.added, several),
      ...openingsSection('Removed', board, board.removed, several)
    ]),
    ''
  ].join('\n')
}

/** `3 READMEs`, or `5 tables in 1 README` when boards share READMEs. */
function boardCount(boards: BoardResult[]): string {
  const readmes = new Set(boards.map(board => board.readmePath)).size
  const plural = (count: number, noun: string) => `${count} ${countWord(count, noun)}`
  return readmes === boards.length
    ? plural(readmes, 'README')
    : `${plural(boards.length, 'table')} in ${plural(readmes, 'README')}`
}

/** One Markdown list item per file, deletions marked; also the pull request's body. */
export function fileList(files: FileChange[]): string[] {
  return files.map(file => `- \`${file.path}\`${'deleted' in file ? ' (deleted)' : ''}`)
}

function outcome(report: RunReport): string {
  const { run, commit, pullRequest } = report
  const subject = run.boards.length > 1 ? 'the boards' : 'the README'
  const upToDate = run.boards.length > 1 ? 'the boards are up to date' : 'the README is up to date'
  if (report.dryRun)
    return run.changed
      ? `Dry run: ${subject} would change; nothing was written.`
      : `Dry run: ${upToDate}.`
  // A pull request of commits an earlier run made, with nothing to add, is opened too.
  if (pullRequest)
    return `${pullRequest.created ? 'Opened' : 'Updated'} pull request [#${pullRequest.number}](${pullRequest.url})${commit ? ` with commit [\`${commit.sha.slice(0, 7)}\`](${commit.url})` : ''}.`
  const waiting = report.waitingPullRequest
  if (!run.changed)
    return waiting
      ? `No change: ${upToDate} with pull request [#${waiting.number}](${waiting.url}), nothing was committed.`
      : `No change: ${upToDate}, nothing was committed.`
  if (commit)
    return `Committed [\`${commit.sha.slice(0, 7)}\`](${commit.url}) to \`${report.branch}\`.`
  const [only, ...more] = run.files
  return more.length === 0 && only
    ? `Wrote \`${only.path}\` in the workspace (not committed).`
    : 'Wrote the files below in the workspace (not committed).'
}

function boardTable({ run: { totals } }: RunReport): string[] {
  const { added, removed, skipped } = totals
  return [
    '| Openings | Remote | Companies | Avg salary | Added | Removed | Skipped |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${statsCells(totals.stats)} | ${added} | ${removed} | ${skipped} |`
  ]
}

/** A row per board and one for all of them; skipped listings are the load's, so said once. */
function boardsTable({ run }: RunReport): string[] {
  const { totals } = run
  const rows = run.boards.map(
    board =>
      `| \`${boardLabel(board)}\` | ${statsCells(board.stats)} | ${board.added.length} | ${board.removed.length} |`
  )
  return [
    '| README | Openings | Remote | Companies | Avg salary | Added | Removed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| **All boards** | ${statsCells(totals.stats)} | ${totals.added} | ${totals.removed} |`,
    ...(totals.skipped ? ['', `Skipped ${totals.skipped} invalid listings.`] : [])
  ]
}

function statsCells(stats: Stats): string {
  const salary = salaryText(stats.avgSalaryK)
  return `${stats.jobs} | ${stats.remotePercent}% | ${stats.companies} | ${salary}`
}

function openingsSection(
  title: string,
  board: BoardResult,
  urls: string[],
  nameBoard: boolean
): string[] {
  if (urls.length === 0) return []
  const names = new Map(
    board.rows.flatMap(row =>
      row.url ? [[normalizeUrl(row.url), `${row.company}: ${row.title}`]] : []
    )
  )
  const listed = urls.slice(0, MAX_LISTED).map(url => `- ${openingLink(url, names.get(url))}`)
  const more = urls.length > MAX_LISTED ? [`- and ${urls.length - MAX_LISTED} more`] : []
  const where = nameBoard ? ` in \`${boardLabel(board)}\`` : ''
  return ['', `### ${title}${where} (${urls.length})`, '', ...listed, ...more]
}

/**
 * A link to an opening, its text the feed's company and title shown literally on one line, as
 * in the README's table: no heading, link or tag the feed wrote.
 */
function openingLink(url: string, name: string | undefined): string {
  const text = literalText(name ?? url)
  return toMarkdown({ type: 'root', children: [paragraph([link(url, text)])] })
}
