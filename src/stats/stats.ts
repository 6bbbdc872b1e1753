/**
 * The stats block's numbers, computed from the openings the table shows: its open rows, as
 * distinctOpenings gives them (a closed row is no opening).
 */
import type { Listing, Stats } from '../model.js'
import { foldText } from '../fold.js'
import { averageSalaryK } from './salary.js'
import { skillsOf } from '../skills.js'
import { compareText } from '../select/selector.js'

export { yearlySalary } from './salary.js'

/** The average salary as the board shows it, `139k`, or `none` when no row has one. */
export function salaryText(avgSalaryK: number | null, none = 'n/a'): string {
  return avgSalaryK === null ? none : `${avgSalaryK}k`
}

export interface StatsOptions {
  /** ISO 4217; only salaries in this currency enter the average. Config default USD. */
  salaryCurrency: string
  /** How many trending skills to list. Config default 5. */
  skillsCount: number
}

export function computeStats(rows: readonly Listing[], options: StatsOptions): Stats {
  return {
    jobs: rows.length,
    remotePercent: remotePercent(rows),
    companies: new Set(rows.map(row => foldText(row.company))).size,
    avgSalaryK: averageSalaryK(rows, options.salaryCurrency),
    skills: trendingSkills(rows, options.skillsCount)
  }
}

/** Rounded share of remote rows; hybrid is not remote; 0 with no rows. */
function remotePercent(rows: readonly Listing[]): number {
  if (!rows.length) return 0
  const remote = rows.filter(row => row.workType === 'remote').length
  return Math.round((100 * remote) / rows.length)
}

/** The `count` skills on the most rows (each row counts a skill once), ties alphabetical. */
function trendingSkills(rows: readonly Listing[], count: number): string[] {
  const rowsBySkill = new Map<string, number>()
  for (const row of rows)
    for (const skill of new Set(skillsOf(row).map(skill => skill.toLowerCase())))
      rowsBySkill.set(skill, (rowsBySkill.get(skill) ?? 0) + 1)
  return [...rowsBySkill]
    .sort(([a, rowsA], [b, rowsB]) => rowsB - rowsA || compareText(a, b))
    .slice(0, count)
    .map(([skill]) => skill)
}
