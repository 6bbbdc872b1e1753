/** The commit message (and pull request title): the `commit-message` template with the counts. */
import type { BoardResult } from '../../board.js'
import type { Config } from '../../config/config.js'

/** Placeholders of the template: {jobs} {added} {removed} {companies} {remote_percent} {category}. */
export function commitMessage(
  config: Pick<Config, 'commitMessage' | 'category'>,
  result: BoardResult
): string {
  const values: Record<string, string> = {
    jobs: String(result.stats.jobs),
    added: String(result.added.length),
    removed: String(result.removed.length),
    companies: String(result.stats.companies),
    remote_percent: String(result.stats.remotePercent),
    category: config.category ?? 'all'
  }
  const message = config.commitMessage.replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => values[name] ?? placeholder
  )
  return message.trim() || `Update ${values.category} openings`
}
