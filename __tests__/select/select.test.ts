import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import type { Listing } from '../../src/model.js'
import {
  BoardSelections,
  isCandidate,
  selectOpenings,
  type SelectOptions
} from '../../src/select/select.js'
import { REFERENCE_NOW, daysFrom, listing, referenceListings } from './listings.js'

const now = new Date('2025-10-22T20:30:00Z')
const board = (options: Partial<SelectOptions> = {}): SelectOptions => ({
  now,
  maxAgeDays: 30,
  maxRows: 50,
  ...options
})
const ids = (listings: Listing[]): string[] => listings.map(({ id }) => id)

/** The job ids of the expected README's table rows, top to bottom. */
function expectedReadmeIds(): string[] {
  const readme = readFileSync(
    new URL('../fixtures/reference/README.expected.md', import.meta.url),
    'utf8'
  )
  return [...readme.matchAll(/^\|.*\(https:\/\/jobr\.pro\/job\/(\d+)\//gm)].map(match => match[1]!)
}

describe('open and fresh', () => {
  it('drops a closed listing', () => {
    expect(isCandidate(listing({ active: false, postedAt: now.getTime() }), board())).toBe(false)
    expect(isCandidate(listing({ active: true, postedAt: now.getTime() }), board())).toBe(true)
  })

  it('keeps a posting exactly max-age-days old and drops an older one', () => {
    expect(isCandidate(listing({ postedAt: daysFrom(now, -30) }), board())).toBe(true)
    expect(isCandidate(listing({ postedAt: daysFrom(now, -30) - 1 }), board())).toBe(false)
  })

  it('keeps a posting up to one day in the future and drops one further ahead', () => {
    expect(isCandidate(listing({ postedAt: daysFrom(now, 1) }), board())).toBe(true)
    expect(isCandidate(listing({ postedAt: daysFrom(now, 1) + 1 }), board())).toBe(false)
  })

  it('keeps postings of any age when max-age-days is 0, but not far-future ones', () => {
    const noLimit = board({ maxAgeDays: 0 })
    expect(isCandidate(listing({ postedAt: daysFrom(now, -3650) }), noLimit)).toBe(true)
    expect(isCandidate(listing({ postedAt: daysFrom(now, 2) }), noLimit)).toBe(false)
  })
})

describe('dedupe', () => {
  const at = (day: number) => Date.parse(`2025-10-${day}T12:00:00Z`)

  it('collapses listings with the same id, keeping the newest', () => {
    const older = listing({ id: '7', postedAt: at(10), title: 'Old copy' })
    const newer = listing({ id: '7', postedAt: at(20), title: 'New copy' })
    expect(selectOpenings([older, newer], board())).toEqual([newer])
  })

  it('collapses listings whose urls differ only by case of host, utm, fragment or slash', () => {
    const newer = listing({ url: 'https://jobs.example/a?ref=x', postedAt: at(20) })
    const older = listing({
      url: 'https://JOBS.example/a/?utm_source=feed&ref=x#apply',
      postedAt: at(10)
    })
    expect(selectOpenings([older, newer], board())).toEqual([newer])
  })

  it('keeps listings whose urls differ in path or other parameters', () => {
    const first = listing({ url: 'https://jobs.example/a?ref=x' })
    const second = listing({ url: 'https://jobs.example/a?ref=y' })
    expect(selectOpenings([first, second], board())).toHaveLength(2)
  })

  it('collapses the same company, title and location regardless of case and spacing', () => {
    const newer = listing({ company: 'Acme  Corp', title: 'Backend Dev', location: 'Berlin' })
    const older = listing({
      company: ' acme corp',
      title: 'BACKEND   dev ',
      location: 'berlin',
      postedAt: newer.postedAt - 1
    })
    expect(selectOpenings([older, newer], board())).toEqual([newer])
  })

  it('keeps the same company and title in two locations', () => {
    const berlin = listing({ company: 'Acme', title: 'Backend Dev', location: 'Berlin' })
    const paris = listing({ company: 'Acme', title: 'Backend Dev', location: 'Paris' })
    expect(selectOpenings([berlin, paris], board())).toHaveLength(2)
  })

  it('is transitive: same id with one, same url with another, one opening', () => {
    const a = listing({ id: 'a', url: 'https://jobs.example/1', postedAt: at(10) })
    const b = listing({ id: 'a', url: 'https://jobs.example/2', postedAt: at(11) })
    const c = listing({ id: 'c', url: 'https://jobs.example/2/', postedAt: at(21) })
    const d = listing({ id: 'd', url: 'https://jobs.example/3', postedAt: at(15) })
    expect(ids(selectOpenings([a, d, c, b], board()))).toEqual(['c', 'd'])
    expect(ids(selectOpenings([c, b, a], board()))).toEqual(['c'])
  })

  it('keeps the later in input order when copies were posted at the same time', () => {
    const first = listing({ id: '7', title: 'First' })
    const second = listing({ id: '7', title: 'Second' })
    expect(selectOpenings([first, second], board())).toEqual([second])
  })
})

describe('sort', () => {
  it('puts the newest first', () => {
    const rows = [1, 3, 2].map(day => listing({ id: `d${day}`, postedAt: day * 86_400_000 }))
    expect(ids(selectOpenings(rows, board()))).toEqual(['d3', 'd2', 'd1'])
  })

  it('breaks ties by company, then title, then id, ignoring case', () => {
    const rows = [
      listing({ id: '2', company: 'Beta', title: 'Dev' }),
      listing({ id: '0', company: 'Beta', title: 'Architect' }),
      listing({ id: '4', company: 'Alpha', title: 'dev' }),
      listing({ id: '3', company: 'Alpha', title: 'Dev' }),
      listing({ id: '1', company: 'alpha', title: 'Architect' })
    ].map(row => ({ ...row, location: row.id }))
    expect(ids(selectOpenings(rows, board()))).toEqual(['1', '3', '4', '0', '2'])
  })

  it('orders rows that differ only in case by code unit, upper case first', () => {
    const rows = ['acme', 'ACME', 'Acme'].map((company, office) =>
      listing({ id: company, company, location: `Office ${office}` })
    )
    const companies = selectOpenings(rows, board()).map(row => row.company)
    expect(companies).toEqual(['ACME', 'Acme', 'acme'])
  })
})

describe('cap', () => {
  const rows = Array.from({ length: 5 }, (_, day) => listing({ postedAt: day * 86_400_000 }))

  it('keeps the newest max-rows rows', () => {
    expect(selectOpenings(rows, board({ maxRows: 2 }))).toEqual([rows[4], rows[3]])
  })

  it('keeps every row when max-rows is 0', () => {
    expect(selectOpenings(rows, board({ maxRows: 0 }))).toHaveLength(5)
  })
})

describe('the reference backend board', () => {
  const options = board({ category: 'backend', now: REFERENCE_NOW })
  const candidates = referenceListings().filter(row => isCandidate(row, options))
  const openings = selectOpenings(candidates, options)

  it('shows 50 of the 51 distinct candidates, in the order of the expected README', () => {
    expect(selectOpenings(candidates, { ...options, maxRows: 0 })).toHaveLength(51)
    expect(ids(openings)).toEqual(expectedReadmeIds())
  })

  it('leaves out other categories, closed and old postings', () => {
    for (const id of ['30800001', '30800002', '30800003', '29000001'])
      expect(candidates.map(row => row.id)).not.toContain(id)
  })

  it('keeps the newest copy of each duplicate', () => {
    expect(openings.filter(row => row.id === '30765859').map(row => row.postedAt)).toEqual([
      Date.parse('2025-10-22T19:53:00Z')
    ])
    expect(ids(openings)).toContain('30727263')
    expect(ids(openings)).not.toContain('dup-30727263')
  })
})

describe('a closed record', () => {
  function rows(listings: Listing[], options: SelectOptions): Listing[] {
    const selections = new BoardSelections([options])
    for (const row of listings) if (selections.wants(row)) selections.add(row)
    return selections.rows(0)
  }
  const open = listing({ id: 'x', title: 'Backend Developer', postedAt: daysFrom(now, -2) })
  const other = listing({ id: 'y', title: 'Backend Developer', postedAt: daysFrom(now, -3) })

  it('closes its posting, outside the board’s category too; not when older than max-age-days', () => {
    const closed = { ...open, title: 'Office Manager', active: false, postedAt: daysFrom(now, -1) }
    for (const keepClosed of [false, true])
      expect(ids(rows([open, other, closed], board({ category: 'backend', keepClosed })))).toEqual([
        'y'
      ])
    const closedLongAgo = { ...open, active: false, postedAt: daysFrom(now, -40) }
    expect(ids(rows([open, closedLongAgo, other], board()))).toEqual(['x', 'y'])
  })
})
