import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import {
  BENCH_NOW,
  ensureListings,
  generateListings,
  type GeneratedListing
} from '../../bench/generate.mjs'
import { scratchDir } from '../helpers/scratch.js'

const DAY_MS = 86_400_000
const nowMs = Date.parse(BENCH_NOW)
const sample = [...generateListings(5000)]

function postedAtMs(listing: GeneratedListing): number {
  const postedAt = listing.posted_at
  return typeof postedAt === 'number' ? postedAt * 1000 : Date.parse(postedAt)
}

function isValid(listing: GeneratedListing): boolean {
  return (
    typeof listing.company === 'string' &&
    listing.company.trim() !== '' &&
    /^https?:\/\//.test(listing.url) &&
    !Number.isNaN(postedAtMs(listing))
  )
}

function shareOf(predicate: (listing: GeneratedListing) => boolean): number {
  return sample.filter(predicate).length / sample.length
}

describe('determinism', () => {
  it('gives the same listings for the same seed', () => {
    expect([...generateListings(300, { seed: 7 })]).toEqual([...generateListings(300, { seed: 7 })])
  })

  it('gives other listings for another seed', () => {
    const first = [...generateListings(50, { seed: 7 })].map(listing => listing.url)
    const second = [...generateListings(50, { seed: 8 })].map(listing => listing.url)
    expect(first.filter(url => second.includes(url))).toEqual([])
  })

  it('makes a smaller set the beginning of a larger one', () => {
    expect([...generateListings(200)]).toEqual(sample.slice(0, 200))
  })
})

describe('shape', () => {
  it('gives almost every listing a company, a title, an http(s) url and a parseable date', () => {
    expect(shareOf(listing => !isValid(listing))).toBeLessThan(0.002)
    expect(sample.every(listing => listing.title.trim() !== '')).toBe(true)
  })

  it('dates listings over the 60 days before the benchmark clock', () => {
    const ages = sample.filter(isValid).map(listing => (nowMs - postedAtMs(listing)) / DAY_MS)
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...ages)).toBeLessThanOrEqual(61)
    expect(ages.filter(age => age <= 30).length / ages.length).toBeGreaterThan(0.5)
  })

  it('writes dates as ISO date-times, plain dates and Unix seconds', () => {
    expect(shareOf(listing => typeof listing.posted_at === 'number')).toBeGreaterThan(0.03)
    expect(shareOf(listing => /^\d{4}-\d\d-\d\d$/.test(String(listing.posted_at)))).toBeGreaterThan(
      0.03
    )
    expect(shareOf(listing => String(listing.posted_at).endsWith('+02:00'))).toBeGreaterThan(0.02)
  })

  it('gives categories to most listings and leaves them out on some', () => {
    const withoutCategories = shareOf(listing => listing.categories === undefined)
    expect(withoutCategories).toBeGreaterThan(0.1)
    expect(withoutCategories).toBeLessThan(0.2)
    expect(shareOf(listing => typeof listing.categories === 'string')).toBeGreaterThan(0.05)
  })

  it('spreads titles over the categories a board selects', () => {
    const categories = new Set(
      sample.flatMap(listing => (Array.isArray(listing.categories) ? listing.categories : []))
    )
    for (const name of ['backend', 'frontend', 'full-stack', 'data', 'devops', 'mobile', 'ml']) {
      expect(categories).toContain(name)
    }
    expect(shareOf(listing => /\bback[- ]?end\b/i.test(listing.title))).toBeGreaterThan(0.08)
  })

  it('draws companies from a long tail headed by a few large employers', () => {
    const perCompany = new Map<string, number>()
    for (const { company } of sample)
      perCompany.set(company ?? '', (perCompany.get(company ?? '') ?? 0) + 1)
    const counts = [...perCompany.values()].sort((a, b) => b - a)
    expect(perCompany.size).toBeGreaterThan(1000)
    expect(counts[0]! / sample.length).toBeGreaterThan(0.02)
    expect(counts.filter(count => count === 1).length).toBeGreaterThan(300)
  })

  it('gives some listings a list of locations and leaves it out on others', () => {
    expect(shareOf(listing => Array.isArray(listing.location))).toBeGreaterThan(0.05)
    expect(shareOf(listing => listing.location === undefined)).toBeGreaterThan(0.03)
  })

  it('gives salaries of several shapes, periods and currencies to about a third', () => {
    const salaries = sample.flatMap(listing =>
      listing.salary === undefined ? [] : [listing.salary]
    )
    expect(salaries.length / sample.length).toBeGreaterThan(0.3)
    expect(salaries.length / sample.length).toBeLessThan(0.4)
    expect(salaries.some(salary => typeof salary === 'number')).toBe(true)
    const objects = salaries.filter(salary => typeof salary === 'object')
    expect(new Set(objects.map(salary => salary.period))).toEqual(
      new Set([undefined, 'year', 'month', 'hour'])
    )
    expect(new Set(objects.map(salary => salary.currency))).toEqual(
      new Set([undefined, 'USD', 'EUR', 'GBP', 'INR', 'CAD'])
    )
    expect(objects.some(salary => salary.min === undefined && salary.max !== undefined)).toBe(true)
  })

  it('gives skills to some listings, as lists, empty lists or one separated string', () => {
    expect(shareOf(listing => listing.skills !== undefined)).toBeGreaterThan(0.3)
    expect(
      shareOf(listing => Array.isArray(listing.skills) && listing.skills.length === 0)
    ).toBeGreaterThan(0.01)
    expect(shareOf(listing => typeof listing.skills === 'string')).toBeGreaterThan(0.02)
  })

  it('writes descriptions of 40 to 90 words on most listings', () => {
    const words = sample.flatMap(listing =>
      listing.description === undefined ? [] : [listing.description.split(/\s+/).length]
    )
    expect(words.length / sample.length).toBeGreaterThan(0.85)
    expect(Math.min(...words)).toBe(40)
    expect(Math.max(...words)).toBe(90)
  })

  it('reposts some openings under the same url, or the same company, title and location', () => {
    const repeats = (key: (listing: GeneratedListing) => string) =>
      sample.length - new Set(sample.map(key)).size
    const repeatedUrls = repeats(listing => listing.url)
    const repeatedOpenings = repeats(
      listing => `${listing.company}|${listing.title}|${listing.location}`
    )
    expect(repeatedUrls).toBeGreaterThan(30)
    expect(repeatedOpenings).toBeGreaterThan(repeatedUrls + 30)
  })

  it('takes about 700 bytes a listing, so 100,000 make a JSON array of about 70 MB', () => {
    const bytes = sample.reduce(
      (sum, listing) => sum + Buffer.byteLength(JSON.stringify(listing)) + 2,
      0
    )
    expect(bytes / sample.length).toBeGreaterThan(600)
    expect(bytes / sample.length).toBeLessThan(800)
  })
})

describe('files', () => {
  it('writes the same listings as a JSON array and as JSONL', async () => {
    const dir = scratchDir('bench-listings-')
    const json = await readFile(await ensureListings({ count: 120, format: 'json', dir }), 'utf8')
    const jsonl = await readFile(await ensureListings({ count: 120, format: 'jsonl', dir }), 'utf8')
    const expected = [...generateListings(120)]
    expect(JSON.parse(json)).toEqual(expected)
    expect(
      jsonl
        .trimEnd()
        .split('\n')
        .map(line => JSON.parse(line))
    ).toEqual(expected)
  })

  it('writes the same listings in every shape', async () => {
    const dir = scratchDir('bench-listings-')
    const expected = [...generateListings(60)]
    const read = async (format: string) =>
      readFile(await ensureListings({ count: 60, format, dir }), 'utf8')
    const oneLine = await read('json-one-line')
    const pretty = await read('json-pretty')
    expect(oneLine).not.toContain('\n')
    expect(JSON.parse(oneLine)).toEqual(expected)
    expect(pretty).toBe(`${JSON.stringify(expected, null, 2)}\n`)
    const { parse } = await import('csv-parse/sync')
    for (const [format, delimiter] of [
      ['csv', ','],
      ['csv-semicolon', ';']
    ] as const) {
      const rows = parse(await read(format), { columns: true, delimiter }) as Record<
        string,
        string
      >[]
      expect(rows.map(row => row.url)).toEqual(expected.map(listing => listing.url))
      expect(rows.map(row => row.description)).toEqual(
        expected.map(listing => listing.description ?? '')
      )
    }
  })

  it('reuses a file already written for the same count, format and seed', async () => {
    const dir = scratchDir('bench-listings-')
    const path = await ensureListings({ count: 10, dir })
    await writeFile(path, '[]')
    expect(await ensureListings({ count: 10, dir })).toBe(path)
    expect(await readFile(path, 'utf8')).toBe('[]')
  })
})
