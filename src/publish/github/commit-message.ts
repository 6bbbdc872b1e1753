/** The commit message (and pull request title): the `commit-message` template with the counts. */
import type { BoardSettings } from '../../config/config.js'
import type { Totals } from '../../board.js'

/**
 * Placeholders of the template: {jobs} {added} {removed} {companies} {remote_percent}, the totals
 * over every board, and {category}, the boards' categories ("backend, frontend"; "all" for a
 * board without one).
 */
export function commitMessage(
  template: string,
  boards: Pick<BoardSettings, 'category'>[],
  totals: Totals
): string {
  const category = [...new Set(boards.map(board => board.category ?? 'all'))].join(', ')
  const values: Record<string, string> = {
    jobs: String(totals.stats.jobs),
    added: String(totals.added),
    removed: String(totals.removed),
    companies: String(totals.stats.companies),
    remote_percent: String(totals.stats.remotePercent),
    category
  }
  const message = template.replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => values[name] ?? placeholder
  )
  return message.trim() || `Update ${category} openings`
}
