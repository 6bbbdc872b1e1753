/** The action's outputs (OUTPUTS in src/config/inputs.ts), as the strings GITHUB_OUTPUT holds. */
import { wasPublished, type RunReport } from './report.js'

/** One value per output name; `changed` is true only when the new README went out. */
export function actionOutputs(report: RunReport): Record<string, string> {
  const { stats, added, removed, invalid } = report.result
  return {
    changed: String(report.result.changed && wasPublished(report)),
    jobs: String(stats.jobs),
    'remote-percent': String(stats.remotePercent),
    companies: String(stats.companies),
    'avg-salary': stats.avgSalaryK === null ? 'n/a' : String(stats.avgSalaryK),
    added: String(added.length),
    removed: String(removed.length),
    skipped: String(invalid.length),
    'commit-sha': report.commit?.sha ?? '',
    'commit-url': report.commit?.url ?? '',
    'pull-request-number': report.pullRequest ? String(report.pullRequest.number) : '',
    'pull-request-url': report.pullRequest?.url ?? ''
  }
}
