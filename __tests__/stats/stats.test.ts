import { describe, expect, it } from '@jest/globals'
import type { Listing, Salary } from '../../src/model.js'
import { isCandidate, selectOpenings, type SelectOptions } from '../../src/select/select.js'
import { computeStats, type StatsOptions } from '../../src/stats/stats.js'
import { REFERENCE_NOW, listing, referenceListings } from '../select/listings.js'

const defaults: StatsOptions = { salaryCurrency: 'USD', skillsCount: 5 }
const stats = (rows: Listing[], options: Partial<StatsOptions> = {}) =>
  computeStats(rows, { ...defaults, ...options })
const paid = (fields: Partial<Salary>): Listing =>
  listing({ salary: { currency: 'USD', period: 'year', ...fields } })

describe('jobs and remote share', () => {
  it('counts the rows shown', () => {
    expect(stats([listing(), listing(), listing()]).jobs).toBe(3)
  })

  it('rounds the remote percentage and does not count hybrid as remote', () => {
    const rows = [
      listing({ workType: 'remote' }),
      listing({ workType: 'hybrid' }),
      listing({ workType: 'on_site' })
    ]
    expect(stats(rows).remotePercent).toBe(33)
    expect(stats(rows.slice(0, 2)).remotePercent).toBe(50)
    expect(stats([...rows, listing({ workType: 'remote' })]).remotePercent).toBe(50)
  })

  it('rounds half a percent up', () => {
    const rows = Array.from({ length: 200 }, (_, index) =>
      listing({ workType: index < 1 ? 'remote' : 'on_site' })
    )
    expect(stats(rows).remotePercent).toBe(1)
  })

  it('shows zeros and no salary for an empty table', () => {
    expect(stats([])).toEqual({
      jobs: 0,
      remotePercent: 0,
      companies: 0,
      avgSalaryK: null,
      skills: []
    })
  })
})

describe('companies', () => {
  it('counts names that differ only in case or spacing once', () => {
    const names = ['Acme Corp', ' acme  corp ', 'ACME CORP', 'Acme Corporation', 'Globex']
    expect(stats(names.map(company => listing({ company }))).companies).toBe(3)
  })
})

describe('average salary', () => {
  it('averages yearly midpoints in thousands, rounded', () => {
    const rows = [paid({ min: 100_000, max: 120_000 }), paid({ max: 131_000 })]
    expect(stats(rows).avgSalaryK).toBe(121)
  })

  it('puts hourly, daily, weekly and monthly pay on a yearly scale', () => {
    const rows = [
      paid({ min: 50, period: 'hour' }),
      paid({ min: 400, period: 'day' }),
      paid({ min: 2_000, period: 'week' }),
      paid({ min: 9_000, period: 'month' })
    ]
    // 104k, 104k, 104k and 108k a year
    expect(stats(rows).avgSalaryK).toBe(105)
  })

  it('leaves out other currencies and rows without a salary', () => {
    const rows = [paid({ min: 100_000 }), paid({ min: 900_000, currency: 'EUR' }), listing()]
    expect(stats(rows).avgSalaryK).toBe(100)
    expect(stats(rows, { salaryCurrency: 'eur' }).avgSalaryK).toBe(900)
  })

  it('is null when no row is paid in the currency', () => {
    expect(stats([paid({ min: 50_000, currency: 'GBP' }), listing()]).avgSalaryK).toBeNull()
    expect(stats([paid({ min: 0 })]).avgSalaryK).toBeNull()
  })

  it('leaves out bounds past 100 million dollars a year, so the average is never Infinity or exponent notation', () => {
    const rows = [paid({ min: 1e308 }), paid({ min: 1e200, max: 1e200 }), paid({ min: 120_000 })]

    expect(stats(rows).avgSalaryK).toBe(120)
    expect(stats([paid({ max: 1e308 })]).avgSalaryK).toBeNull()
    expect(stats([paid({ min: 1e8 }), paid({ min: 1e8 })]).avgSalaryK).toBe(100_000)
  })

  it('leaves out a yearly amount no job pays in its currency: past 100 million in dollars, 10 billion in won', () => {
    const hourlyTypo = paid({ min: 120_000, max: 150_000, period: 'hour' })
    expect(stats([paid({ min: 100_000 }), hourlyTypo]).avgSalaryK).toBe(100)
    expect(stats([paid({ min: 1.5e9 }), paid({ min: 100_000 })]).avgSalaryK).toBe(100)
    const won = (min: number) => paid({ min, currency: 'KRW' })
    expect(stats([won(150_000_000), won(1.5e10)], { salaryCurrency: 'KRW' }).avgSalaryK).toBe(
      150_000
    )
  })

  it('rounds to the nearest thousand', () => {
    expect(stats([paid({ min: 139_499 })]).avgSalaryK).toBe(139)
    expect(stats([paid({ min: 139_500 })]).avgSalaryK).toBe(140)
  })
})

describe('trending skills', () => {
  const withSkills = (...lists: string[][]) => lists.map(skills => listing({ skills }))

  it('lists the skills on the most rows, most first', () => {
    const rows = withSkills(['go', 'sql'], ['sql'], ['sql', 'go', 'rust'])
    expect(stats(rows, { skillsCount: 2 }).skills).toEqual(['sql', 'go'])
  })

  it('orders skills on as many rows alphabetically', () => {
    const rows = withSkills(['rust', 'go'], ['java', 'aws'], ['java'])
    expect(stats(rows).skills).toEqual(['java', 'aws', 'go', 'rust'])
  })

  it('counts a skill once per row', () => {
    const rows = withSkills(['go', 'go', 'Go'], ['sql'], ['sql'])
    expect(stats(rows, { skillsCount: 1 }).skills).toEqual(['sql'])
  })
})

describe('the reference backend board', () => {
  it('shows 50 jobs, 34% remote, 42 companies, 139k and the expected skills', () => {
    const options: SelectOptions = {
      category: 'backend',
      now: REFERENCE_NOW,
      maxAgeDays: 30,
      maxRows: 50
    }
    const candidates = referenceListings().filter(row => isCandidate(row, options))
    expect(stats(selectOpenings(candidates, options))).toEqual({
      jobs: 50,
      remotePercent: 34,
      companies: 42,
      avgSalaryK: 139,
      skills: ['python', 'nodejs', 'java', 'api', 'database']
    })
  })
})
