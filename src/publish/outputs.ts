/** The action's outputs (OUTPUTS in src/config/inputs.ts), as the strings GITHUB_OUTPUT holds. */
import { linkOutputs } from '../links/report.js'
import { splitFiles, wasPublished, type RunReport } from './report.js'

/**
 * One value per output name. The counts are the totals over every board; `changed`, `files` and
 * `deleted` tell what went out, so they are empty on a dry run.
 */
export function actionOutputs(report: RunReport): Record<string, string> {
  const { stats, added, removed, skipped } = report.run.totals
  const published = report.run.changed && wasPublished(report)
  const { written, deleted } = splitFiles(published ? report.run.files : [])
  const pullRequest = report.pullRequest ?? report.waitingPullRequest
  return {
    changed: String(published),
    jobs: String(stats.jobs),
    'remote-percent': String(stats.remotePercent),
    companies: String(stats.companies),
    'avg-salary': stats.avgSalaryK === null ? 'n/a' : String(stats.avgSalaryK),
    added: String(added),
    removed: String(removed),
    skipped: String(skipped),
    files: written.join('\n'),
    deleted: deleted.join('\n'),
    contribution: report.contribution ?? '',
    'commit-sha': report.commit?.sha ?? '',
    'commit-url': report.commit?.url ?? '',
    'pull-request-number': pullRequest ? String(pullRequest.number) : '',
    'pull-request-url': pullRequest?.url ?? '',
    ...linkOutputs(report.links)
  }
}
