/** Salaries on one scale: a yearly midpoint, averaged over the rows paid in one currency. */
import type { Listing, Salary, SalaryPeriod } from '../model.js'

/**
 * The yearly amounts a salary bound may come to when its currency is not known: from 1 to 10
 * billion, so that a won, rupiah or dong salary of hundreds of millions a year still counts,
 * while a placeholder (1e308) never reaches the average. A salary whose currency is known is
 * held to that currency's ceiling (yearlySalaryCeiling). The load stage ignores a salary
 * outside its range with a warning; the average ignores such a bound as well.
 */
export const YEARLY_SALARY_RANGE = { min: 1, max: 10_000_000_000 } as const

/**
 * The most a job pays a year in a currency whose unit is worth a US cent or more: a hundred
 * million, above a million dollars even where a unit is a cent (the rupee, the ruble), and far
 * above any posted salary in dollars, euros or pounds. Past it lies an amount per hour, day or
 * week that was a yearly one (120000 an hour is 249.6 million a year), or a typo.
 */
export const YEARLY_SALARY_CEILING = 100_000_000

/**
 * ISO 4217 currencies whose unit is worth less than a US cent (more than about 100 to the
 * dollar), where a yearly salary runs to hundreds of millions: held to YEARLY_SALARY_RANGE
 * instead of YEARLY_SALARY_CEILING. A currency whose unit falls that low joins the list; one
 * left off wrongly has its salaries above a hundred million a year ignored with a warning.
 */
const SMALL_UNIT_CURRENCIES: ReadonlySet<string> = new Set(
  (
    'AMD AOA ARS BDT BIF BYR CDF CLP COP CRC CVE DJF DZD ETB GNF GYD HTG HUF IDR IQD IRR ISK ' +
    'JMD JPY KES KHR KMF KPW KRW KZT LAK LBP LKR LRD MGA MMK MNT MWK NGN NPR PKR PYG RSD RWF ' +
    'SDG SLL SOS SSP STD SYP TZS UGX UZS VES VND VUV XAF XOF XPF YER ZWL'
  ).split(' ')
)

/**
 * Of SMALL_UNIT_CURRENCIES, those whose unit is worth less than a hundredth of a US cent (more
 * than about 10,000 to the dollar), where a developer's pay runs to billions a year (the rial:
 * 800 million to 1.2 billion a month): held to TINY_UNIT_CEILING, a million dollars or more a
 * year in each. A currency whose unit falls that low joins the list.
 */
const TINY_UNIT_CURRENCIES: ReadonlySet<string> = new Set(
  'IDR IRR LAK LBP SLL STD UZS VND'.split(' ')
)

/** The most a job pays a year in a currency of TINY_UNIT_CURRENCIES: a trillion. */
const TINY_UNIT_CEILING = 1_000_000_000_000

/** The most a job pays a year in `currency` (ISO 4217; undefined when not known). */
export function yearlySalaryCeiling(currency: string | undefined): number {
  const code = currency?.toUpperCase()
  if (code !== undefined && TINY_UNIT_CURRENCIES.has(code)) return TINY_UNIT_CEILING
  return code === undefined || SMALL_UNIT_CURRENCIES.has(code)
    ? YEARLY_SALARY_RANGE.max
    : YEARLY_SALARY_CEILING
}

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
 * A bound that is not a number or whose yearly amount is below 1 or above the currency's
 * ceiling (yearlySalaryCeiling) is
 * ignored, as if absent: feeds write 0 or -1 for "not disclosed", and a NaN or an Infinity
 * would poison the average. min > max needs no swap, the midpoint is the same. Undefined
 * when no usable bound is left.
 */
export function yearlySalary(salary: Salary): number | undefined {
  const yearly = [salary.min, salary.max]
    .filter(bound => bound !== undefined)
    .map(bound => yearlyAmount(bound, salary.period))
    .filter(amount => isPlausibleYearly(amount, salary.currency))
  if (!yearly.length) return undefined
  return yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length
}

/** `amount` paid per `period`, over a full-time year. */
export function yearlyAmount(amount: number, period: SalaryPeriod): number {
  return amount * PERIODS_PER_YEAR[period]
}

/** From 1 to the ceiling of `currency` (any currency's when undefined); false for NaN. */
export function isPlausibleYearly(amount: number, currency?: string): boolean {
  return amount >= YEARLY_SALARY_RANGE.min && amount <= yearlySalaryCeiling(currency)
}

/** Working hours and days of a full-time year. */
const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1
}
