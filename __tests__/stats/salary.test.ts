import { describe, expect, it } from '@jest/globals'
import type { Salary } from '../../src/model.js'
import { yearlySalary } from '../../src/stats/stats.js'

const salary = (fields: Partial<Salary>): Salary => ({ currency: 'USD', period: 'year', ...fields })

describe('yearlySalary', () => {
  it('takes the midpoint of min and max', () => {
    expect(yearlySalary(salary({ min: 100_000, max: 140_000 }))).toBe(120_000)
  })

  it('takes the one bound given', () => {
    expect(yearlySalary(salary({ min: 90_000 }))).toBe(90_000)
    expect(yearlySalary(salary({ max: 130_000 }))).toBe(130_000)
  })

  it.each([
    ['hour', 2080],
    ['day', 260],
    ['week', 52],
    ['month', 12],
    ['year', 1]
  ] as const)('scales a %s rate by %i', (period, perYear) => {
    expect(yearlySalary(salary({ min: 10, max: 30, period }))).toBe(20 * perYear)
  })

  it('gives the same midpoint when min and max are swapped', () => {
    expect(yearlySalary(salary({ min: 140_000, max: 100_000 }))).toBe(120_000)
  })

  it('ignores a bound that is zero, negative or not finite', () => {
    expect(yearlySalary(salary({ min: 0, max: 80_000 }))).toBe(80_000)
    expect(yearlySalary(salary({ min: -1, max: 80_000 }))).toBe(80_000)
    expect(yearlySalary(salary({ min: 60_000, max: Number.POSITIVE_INFINITY }))).toBe(60_000)
    expect(yearlySalary(salary({ min: Number.NaN, max: 80_000 }))).toBe(80_000)
  })

  it('has no yearly amount without a usable bound', () => {
    expect(yearlySalary(salary({}))).toBeUndefined()
    expect(yearlySalary(salary({ min: 0, max: Number.NaN }))).toBeUndefined()
  })
})
