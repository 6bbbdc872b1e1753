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
    ['PA', 'year']
  ])('reads %s as %s, in salary_period and in a salary object', (given, period) => {
    expect(outcomeOf({ salary_min: 50, salary_max: 60, salary_period: given }).salary).toEqual({
      min: 50,
      max: 60,
      currency: 'USD',
      period
    })
    expect(outcomeOf({ salary: { min: 50, period: given } }).salary?.period).toBe(period)
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
