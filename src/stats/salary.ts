/** Salaries on one scale: a yearly midpoint, averaged over the rows paid in one currency. */
import type { Listing, Salary, SalaryPeriod } from '../model.js'

/**
 * The mean yearly midpoint, in thousands, rounded, of the rows with a salary in `currency`;
 * null when none has one. Rows paid in other currencies are left out, not converted.
 */
export function averageSalaryK(rows: readonly Listing[], currency: string): number | null {
  const wanted = currency.toUpperCase()
  const yearly = rows
    .filter(row => row.salary?.currency.toUpperCase() === wanted)
    .map(row => yearlySalary(row.salary!))
    .filter(amount => amount !== undefined)
  if (!yearly.length) return null
  const mean = yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length
  return Math.round(mean / 1000)
}

/**
 * The yearly midpoint: (min + max) / 2, or the one bound given, times the periods in a year.
 * A bound that is not a positive finite number is ignored, as if absent: feeds write 0 or -1
 * for "not disclosed", and a NaN would poison the average. min > max needs no swap, the
 * midpoint is the same. Undefined when no usable bound is left.
 */
export function yearlySalary(salary: Salary): number | undefined {
  const bounds = [salary.min, salary.max].filter(
    (bound): bound is number => bound !== undefined && Number.isFinite(bound) && bound > 0
  )
  if (!bounds.length) return undefined
  const midpoint = bounds.reduce((sum, bound) => sum + bound, 0) / bounds.length
  return midpoint * PERIODS_PER_YEAR[salary.period]
}

/** Working hours and days of a full-time year. */
const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1
}
