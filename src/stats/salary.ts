/** Salaries on one scale: a yearly midpoint, averaged over the rows paid in one currency. */
import type { Listing, Salary, SalaryPeriod } from '../model.js'

/**
 * The yearly amounts a salary bound may come to, in any currency: from 1 to 10 billion, so
 * that a won, rupiah or dong salary of hundreds of millions a year still counts, while a
 * typo or a placeholder (1e308) never reaches the average. The load stage ignores a salary
 * outside it with a warning; the average ignores such a bound as well.
 */
export const YEARLY_SALARY_RANGE = { min: 1, max: 10_000_000_000 } as const

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
 * A bound that is not a number or whose yearly amount is outside YEARLY_SALARY_RANGE is
 * ignored, as if absent: feeds write 0 or -1 for "not disclosed", and a NaN or an Infinity
 * would poison the average. min > max needs no swap, the midpoint is the same. Undefined
 * when no usable bound is left.
 */
export function yearlySalary(salary: Salary): number | undefined {
  const yearly = [salary.min, salary.max]
    .filter(bound => bound !== undefined)
    .map(bound => yearlyAmount(bound, salary.period))
    .filter(isPlausibleYearly)
  if (!yearly.length) return undefined
  return yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length
}

/** `amount` paid per `period`, over a full-time year. */
export function yearlyAmount(amount: number, period: SalaryPeriod): number {
  return amount * PERIODS_PER_YEAR[period]
}

/** Within YEARLY_SALARY_RANGE; false for NaN. */
export function isPlausibleYearly(amount: number): boolean {
  return amount >= YEARLY_SALARY_RANGE.min && amount <= YEARLY_SALARY_RANGE.max
}

/** Working hours and days of a full-time year. */
const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1
}
