/**
 * The job summary (GITHUB_STEP_SUMMARY) as Markdown: the counts, where the README went (commit
 * link, pull request, workspace), and the openings added and removed since the last run.
 */
import type { Listing } from '../model.js'
import { normalizeUrl } from '../url.js'
import type { RunReport } from './report.js'

/** Openings listed per section before the rest are only counted. */
export const MAX_LISTED = 30

export function jobSummary(report: RunReport): string {
  const { result } = report
  const { stats } = result
  const salary = stats.avgSalaryK === null ? 'n/a' : `${stats.avgSalaryK}k`
  return [
    `## Job board: ${result.readmePath}`,
    '',
    outcome(report),
    '',
    '| Openings | Remote | Companies | Avg salary | Added | Removed | Skipped |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${stats.jobs} | ${stats.remotePercent}% | ${stats.companies} | ${salary} | ${result.added.length} | ${result.removed.length} | ${result.invalid.length} |`,
    ...openingsSection('Added', result.added, result.rows),
    ...openingsSection('Removed', result.removed, result.rows),
    ''
  ].join('\n')
}

function outcome(report: RunReport): string {
  const { result, commit, pullRequest } = report
  if (report.dryRun)
    return result.changed
      ? 'Dry run: the README would change; nothing was written.'
      : 'Dry run: the README is up to date.'
  if (!result.changed) return 'No change: the README is up to date, nothing was committed.'
  if (pullRequest)
    return `${pullRequest.created ? 'Opened' : 'Updated'} pull request [#${pullRequest.number}](${pullRequest.url})${commit ? ` with commit [\`${commit.sha.slice(0, 7)}\`](${commit.url})` : ''}.`
  if (commit)
    return `Committed [\`${commit.sha.slice(0, 7)}\`](${commit.url}) to \`${report.branch}\`.`
  return `Wrote \`${report.writtenTo}\` in the workspace (not committed).`
}

function openingsSection(title: string, urls: string[], rows: Listing[]): string[] {
  if (urls.length === 0) return []
  const names = new Map(rows.map(row => [normalizeUrl(row.url), `${row.company}: ${row.title}`]))
  const listed = urls
    .slice(0, MAX_LISTED)
    .map(url => `- [${escapeText(names.get(url) ?? url)}](${url})`)
  const more = urls.length > MAX_LISTED ? [`- and ${urls.length - MAX_LISTED} more`] : []
  return ['', `### ${title} (${urls.length})`, '', ...listed, ...more]
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|&]/g, character => `\\${character}`)
}
