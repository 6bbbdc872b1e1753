/**
 * One bad record never stops a board: whatever one listing holds, the run goes on, the
 * record is clipped, skipped or loses the bad value, and a warning names it.
 */
import { describe, expect, it } from '@jest/globals'
import type { BoardResult } from '../../src/board.js'
import type { RawInputs } from '../../src/config/config.js'
import { buildOneBoard as buildBoard, oneBoard as parseConfig } from '../helpers/settings.js'

const README = [
  '# Jobs',
  '',
  '<!-- jobs:stats:start -->',
  '<!-- jobs:stats:end -->',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  ''
].join('\n')

const GOOD = {
  id: 'good',
  company: 'Acme',
  title: 'Backend Engineer',
  url: 'https://jobs.example/good',
  posted_at: '2025-10-21',
  salary: 120_000
}

interface Run {
  result: BoardResult
  warnings: string[]
}

/** A board of GOOD and `bad` (second in the feed), as the CLI builds it, files in memory. */
async function boardWith(bad: Record<string, unknown>, inputs: RawInputs = {}): Promise<Run> {
  const files: Record<string, string> = {
    'README.md': README,
    'listings.json': JSON.stringify([GOOD, { id: 'bad', ...bad }])
  }
  const warnings: string[] = []
  const config = parseConfig({ listings: 'listings.json', now: '2025-10-22T12:00:00Z', ...inputs })
  const result = await buildBoard(config, {
    readFile: async path => files[path],
    listFiles: async () => [],
    warn: message => warnings.push(message)
  })
  return { result, warnings }
}

const base = {
  company: 'Globex',
  title: 'Backend Developer',
  url: 'https://jobs.example/bad',
  posted_at: '2025-10-22'
}

describe('one bad record', () => {
  it.each(['company', 'title', 'location'])(
    'a %s of 8.4 million characters is clipped to max-cell-length, and the listing named',
    async field => {
      const huge = 'Backend-'.repeat(1_050_000)
      const { result, warnings } = await boardWith({ ...base, [field]: huge })

      const row = result.rows.find(row => row.id === 'bad')
      expect(row?.[field as 'company' | 'title' | 'location']).toBe(`${huge.slice(0, 499)}…`)
      expect(result.after).toContain(`Backend-Bac…`)
      expect(warnings).toContain(
        `Listing #2 (id bad): ${field} (8,400,000 characters) clipped to 500 characters ("max-cell-length")`
      )
    }
  )

  it('posted_at -1e15 with max-age-days 0 skips that listing, naming the field, and the board is built', async () => {
    const { result, warnings } = await boardWith(
      { ...base, posted_at: -1e15 },
      { 'max-age-days': '0' }
    )

    expect(result.rows.map(row => row.id)).toEqual(['good'])
    expect(warnings).toContain(
      'Skipped listing #2 (id bad): posted_at: not in the years 1970 to 2199'
    )
  })

  it('a null in place of a record is skipped as not an object, naming its place, and the board is built', async () => {
    const files: Record<string, string> = {
      'README.md': README,
      'listings.json': JSON.stringify([GOOD, null])
    }
    const warnings: string[] = []
    const config = parseConfig({ listings: 'listings.json', now: '2025-10-22T12:00:00Z' })
    const result = await buildBoard(config, {
      readFile: async path => files[path],
      listFiles: async () => [],
      warn: message => warnings.push(message)
    })

    expect(result.rows.map(row => row.id)).toEqual(['good'])
    expect(warnings).toContain('Skipped listing #2: not an object but null')
  })

  it.each([
    [1e308, '1e+308'],
    [1e200, '1e+200']
  ])('a salary of %s is left out of the average, with a warning', async (salary, shown) => {
    const { result, warnings } = await boardWith({ ...base, salary })

    expect(result.after).toContain('Avg salary: 120k')
    expect(result.rows).toHaveLength(2)
    expect(warnings).toContain(
      `Listing #2 (id bad): salary ${shown} ignored: ${shown} a year is not between 1 and 100,000,000 USD a year, what a job pays`
    )
  })
})

describe('a record nested thousands of levels deep', () => {
  /** `{"city": {"city": ... "x" ...}}`, `depth` objects deep, as JSON text. */
  const nested = (depth: number) => `${'{"city":'.repeat(depth)}"x"${'}'.repeat(depth)}`
  const run = async (text: string) => {
    const warnings: string[] = []
    const config = parseConfig({ listings: 'listings.json', now: '2025-10-22T12:00:00Z' })
    const result = await buildBoard(config, {
      readFile: async path => ({ 'README.md': README, 'listings.json': text })[path],
      listFiles: async () => [],
      warn: message => warnings.push(message)
    })
    return { result, warnings }
  }

  it('in active is refused as no flag, the value shortened, and the board is built', async () => {
    const bad = `{"id": "bad", "company": "Deep", "title": "T", "url": "https://jobs.example/bad", "posted_at": "2025-10-21", "active": ${nested(20_000)}}`

    const { result, warnings } = await run(`[${JSON.stringify(GOOD)}, ${bad}]`)

    expect(result.rows.map(row => row.id)).toEqual(['good'])
    expect(warnings).toContainEqual(
      expect.stringMatching(/^Skipped listing #2 \(id bad\): active: \{…\} is not true or false/)
    )
  })

  it.each(['company_url', 'work_type', 'salary_min'])(
    'in %s is skipped alone, saying why, and the board is built',
    async field => {
      const bad = `{"id": "bad", "company": "Deep", "title": "T", "url": "https://jobs.example/bad", "posted_at": "2025-10-21", "${field}": ${nested(20_000)}}`

      const { result, warnings } = await run(`[${JSON.stringify(GOOD)}, ${bad}]`)

      expect(result.rows.map(row => row.id)).toEqual(['good'])
      expect(result.after).toContain('Backend Engineer')
      expect(result.invalidCount).toBe(1)
      expect(warnings).toContain(
        'Skipped listing #2: a value nested thousands of levels deep, which no listing has and which is not read: write its fields as text, numbers, lists or objects a few levels deep'
      )
    }
  )

  it('in a salary, twice, is no salary, and the feed hints still read the feed', async () => {
    const bad = `{"id": "bad", "company": "Deep", "title": "T", "url": "https://jobs.example/bad", "posted_at": "2025-10-21", "salary": ${nested(20_000)}}`

    const { result } = await run(`[${JSON.stringify(GOOD)}, ${bad}, ${bad}]`)

    expect(result.rows.map(row => [row.id, row.salary])).toEqual([
      ['good', { min: 120_000, max: 120_000, currency: 'USD', period: 'year' }],
      ['bad', undefined]
    ])
  })

  it('as the whole document is refused with what it holds, shortened', async () => {
    await expect(run(nested(20_000))).rejects.toThrow(
      'the value at city.city.city.city is an object with the key "city": {…}, and no list is in it.'
    )
  })
})
