/**
 * A salary's period, as salary text writes it after an amount and as a feed's period field
 * gives it: words, abbreviations and the codes job APIs send.
 */
import { describe, expect, it } from '@jest/globals'
import { createNormalizer } from '../../src/load/normalize.js'
import type { Salary } from '../../src/model.js'
import { sourceRecord } from './helpers.js'

const normalize = createNormalizer({ fields: {}, salaryCurrency: 'USD' })

function outcomeOf(fields: Record<string, unknown>): { salary?: Salary; warnings: string[] } {
  const outcome = normalize(sourceRecord({ id: 'j1', ...fields }), 1)
  if (!outcome.ok) throw new Error(`expected a valid record, got: ${outcome.invalid.reason}`)
  return { salary: outcome.listing.salary, warnings: outcome.warnings }
}

describe('salary text with its period', () => {
  it.each([
    ['$45 per hour', 45, 'hour'],
    ['$45/hr', 45, 'hour'],
    ['$45 hourly', 45, 'hour'],
    ['$45 an hour', 45, 'hour'],
    ['$45 / hr', 45, 'hour'],
    ['$45 p/h', 45, 'hour'],
    ['$45 ph', 45, 'hour'],
    ['$45 p.h.', 45, 'hour'],
    ['$45 Per Hour', 45, 'hour'],
    ['$400 per day', 400, 'day'],
    ['$400 daily', 400, 'day'],
    ['$400 pd', 400, 'day'],
    ['$1,500 per week', 1500, 'week'],
    ['$1,500 weekly', 1500, 'week'],
    ['$1,500 pw', 1500, 'week'],
    ['$5,000 per month', 5000, 'month'],
    ['$5,000 monthly', 5000, 'month'],
    ['$5,000/mo', 5000, 'month'],
    ['$5,000 pcm', 5000, 'month'],
    ['$60,000 per annum', 60000, 'year'],
    ['$60,000 p.a.', 60000, 'year'],
    ['$60,000/yr', 60000, 'year'],
    ['$60,000 / year', 60000, 'year'],
    ['$60,000 yearly', 60000, 'year'],
    ['$60,000 annually', 60000, 'year'],
    ['$60,000 annual', 60000, 'year'],
    ['$60,000 YEARLY', 60000, 'year']
  ])('reads %s', (salary, amount, period) => {
    expect(outcomeOf({ salary }).salary).toEqual({
      min: amount,
      max: amount,
      currency: 'USD',
      period
    })
  })
})

describe('salary text as European feeds write it', () => {
  it.each([
    ['60.000 € pro Jahr', 60000, 60000, 'year'],
    ['60.000–70.000 EUR jährlich', 60000, 70000, 'year'],
    ['25,50 €/Stunde', 25.5, 25.5, 'hour'],
    ['3.500 € brutto/Monat', 3500, 3500, 'month'],
    ['55.000 € brutto p.a.', 55000, 55000, 'year'],
    ['45 000 € par an', 45000, 45000, 'year'],
    ['4 000 € par mois', 4000, 4000, 'month'],
    ['2 500 € mensuel', 2500, 2500, 'month'],
    ['40.000 - 50.000 € al año', 40000, 50000, 'year'],
    ['2.000 €/mes', 2000, 2000, 'month'],
    ["€35.000 all'anno", 35000, 35000, 'year'],
    ['3.000 € por mês', 3000, 3000, 'month'],
    ['€ 18 per uur', 18, 18, 'hour']
  ])('reads %s', (salary, min, max, period) => {
    expect(outcomeOf({ salary }).salary).toEqual({ min, max, currency: 'EUR', period })
  })

  it('leaves a net salary unread, saying how to write one', () => {
    const { salary, warnings } = outcomeOf({ salary: '3.000 € netto/Monat' })

    expect(salary).toBeUndefined()
    expect(warnings).toEqual([expect.stringContaining('salary "3.000 € netto/Monat" ignored')])
  })
})

describe("a feed's period field", () => {
  it.each([
    ['H', 'hour'],
    ['D', 'day'],
    ['W', 'week'],
    ['M', 'month'],
    ['Y', 'year'],
    ['hour', 'hour'],
    ['HOUR', 'hour'],
    ['YEARLY', 'year'],
    ['per_hour', 'hour'],
    ['PER_ANNUM', 'year'],
    ['per month', 'month'],
    ['p.a.', 'year'],
    ['hours', 'hour'],
    ['1 YEAR', 'year'],
    ['per-hour-wage', 'hour'],
    ['PH', 'hour'],
    ['PA', 'year'],
    ['Jahr', 'year'],
    ['pro Monat', 'month'],
    ['Stunde', 'hour'],
    ['par an', 'year'],
    ['mensual', 'month'],
    ['année', 'year']
  ])('reads %s as %s, in salary_period and in a salary object', (given, period) => {
    expect(outcomeOf({ salary_min: 50, salary_max: 60, salary_period: given }).salary).toEqual({
      min: 50,
      max: 60,
      currency: 'USD',
      period
    })
    expect(outcomeOf({ salary: { min: 50, period: given } }).salary?.period).toBe(period)
  })

  it.each([
    [
      "Lever's salaryRange",
      { min: 70, max: 90, currency: 'USD', interval: 'per-hour-wage' },
      { min: 70, max: 90, currency: 'USD', period: 'hour' }
    ],
    [
      "Lever's salaryRange, yearly",
      { currency: 'USD', interval: 'per-year-salary', min: 160000, max: 190000 },
      { min: 160000, max: 190000, currency: 'USD', period: 'year' }
    ],
    [
      "schema.org's unitText",
      { min: 4000, max: 5000, currency: 'EUR', unitText: 'MONTH' },
      { min: 4000, max: 5000, currency: 'EUR', period: 'month' }
    ]
  ])('reads the period of a salary object as %s names it', (_, salary, read) => {
    expect(outcomeOf({ salary }).salary).toEqual(read)
  })

  it("drops, with a warning naming its member, a salary object whose interval is no period (Lever's one-time)", () => {
    const { salary, warnings } = outcomeOf({ salary: { min: 5000, interval: 'one-time' } })

    expect(salary).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringContaining('ignored: interval: not hour, day, week, month or year')
    ])
  })

  it.each(['bi-weekly', 'fortnight', 'one-time', 'hour or day'])(
    'drops a salary whose period is %s, saying which periods it takes',
    given => {
      const { salary, warnings } = outcomeOf({ salary_min: 50, salary_period: given })

      expect(salary).toBeUndefined()
      expect(warnings).toEqual([
        expect.stringContaining('ignored: period: not hour, day, week, month or year')
      ])
    }
  )
})

describe('a salary amount or text with the flat currency and period beside it', () => {
  it('reads a bare amount in the salary_currency and per the salary_period given beside it', () => {
    expect(outcomeOf({ salary: 62, salary_period: 'hour' }).salary).toEqual({
      min: 62,
      max: 62,
      currency: 'USD',
      period: 'hour'
    })
    expect(outcomeOf({ salary: '50000', salary_currency: 'eur' }).salary).toEqual({
      min: 50000,
      max: 50000,
      currency: 'EUR',
      period: 'year'
    })
  })

  it('reads a salary text per the salary_period beside it when the text names none', () => {
    expect(outcomeOf({ salary: '$62', salary_period: 'hourly' }).salary).toEqual({
      min: 62,
      max: 62,
      currency: 'USD',
      period: 'hour'
    })
    // A bare $ is the dollar the salary_currency names.
    expect(
      outcomeOf({ salary: '$60-70', salary_currency: 'CAD', salary_period: 'H' }).salary
    ).toEqual({ min: 60, max: 70, currency: 'CAD', period: 'hour' })
  })

  it('ignores, with a warning, a salary text that names another currency or period', () => {
    const currency = outcomeOf({ salary: '€50,000', salary_currency: 'USD' })
    expect(currency.salary).toBeUndefined()
    expect(currency.warnings.join('\n')).toContain(
      '"€50,000": in EUR, but the salary_currency is USD'
    )
    const period = outcomeOf({ salary: '$5,000/mo', salary_period: 'hour' })
    expect(period.salary).toBeUndefined()
    expect(period.warnings.join('\n')).toContain(
      '"$5,000/mo": per month, but the salary_period is hour'
    )
  })
})
