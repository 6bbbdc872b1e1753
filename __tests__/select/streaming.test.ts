/**
 * The selection keeps only what can still be shown while listings stream in; its rows must be
 * those of the plain model written here: join every listing with union-find on its identity
 * keys, keep each opening's newest posting (the later in the feed on a tie), leave out the
 * openings whose newest posting is closed, sort them all, cap. A board that shows closed rows caps
 * the open ones and the closed ones apart, and with closed rows in place (`closed: mark`) shows
 * none below the last open row when the cap is reached.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { loadListings } from '../../src/load/load.js'
import type { Listing } from '../../src/model.js'
import { BoardSelections, selectOpenings, type SelectOptions } from '../../src/select/select.js'
import { normalizeUrl } from '../../src/url.js'
import { configFor, serve } from '../load/helpers.js'
import { listing } from './listings.js'

const now = new Date('2025-10-22T20:30:00Z')
const DAY_MS = 86_400_000
const board = (maxRows: number): SelectOptions => ({ now, maxAgeDays: 0, maxRows })

describe('streaming selection against the plain model', () => {
  it('gives the model rows on random feeds full of duplicates and ties', () => {
    fc.assert(
      fc.property(feed(), fc.integer({ min: 0, max: 12 }), (listings, maxRows) => {
        expect(ids(selectOpenings(listings, board(maxRows)))).toEqual(
          ids(modelRows(listings, maxRows))
        )
      }),
      { numRuns: 60 }
    )
  })

  it('gives the model rows on random feeds with closed records: the newest record decides', () => {
    fc.assert(
      fc.property(feed(0.3), fc.integer({ min: 0, max: 12 }), (listings, maxRows) => {
        expect(ids(boardRows(listings, board(maxRows)))).toEqual(ids(modelRows(listings, maxRows)))
      }),
      { numRuns: 60 }
    )
  })

  it.each([
    ['in place (closed: mark)', false],
    ['apart (closed: details)', true]
  ])(
    'gives the model rows on random feeds with closed rows shown %s: max-rows caps the open ones',
    (_, closedApart) => {
      fc.assert(
        fc.property(feed(0.4), fc.integer({ min: 0, max: 12 }), (listings, maxRows) => {
          const options = { ...board(maxRows), keepClosed: true, closedApart }
          expect(ids(boardRows(listings, options))).toEqual(
            ids(modelRows(listings, maxRows, closedApart ? 'details' : 'mark'))
          )
        }),
        { numRuns: 60 }
      )
    }
  )

  it('fills max-rows from openings let go, when closed records close the openings at the top', () => {
    // 300 openings, newest first, then a closing record of each of the newest 250: the
    // selector let the older ones go long before it learns the top ones are closed.
    const openings = distinctOpenings(300)
    const closing = openings.slice(0, 250).map(row => ({ ...row, active: false }))
    const listings = [...openings, ...closing].map((row, index) => ({
      ...row,
      position: index + 1
    }))
    expect(ids(boardRows(listings, board(2)))).toEqual(['open-250', 'open-251'])
    expect(ids(modelRows(listings, 2))).toEqual(['open-250', 'open-251'])
    // Shown closed, the newest two closed rows (above the last open row) beside the two open.
    for (const closedApart of [false, true]) {
      const rows = boardRows(listings, { ...board(2), keepClosed: true, closedApart })
      expect(ids(rows)).toEqual(['open-0', 'open-1', 'open-250', 'open-251'])
      expect(rows.map(row => row.active)).toEqual([false, false, true, true])
    }
  })

  it('gives the model rows when late listings join the openings at the top', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 250, max: 700 }),
        fc.integer({ min: 1, max: 30 }),
        // Joins among the top 200, where they free rows for openings let go earlier.
        fc.array(fc.tuple(fc.nat(200), fc.nat(200)), {
          minLength: 150,
          maxLength: 400,
          size: 'max'
        }),
        (openings, maxRows, links) => {
          const listings = [...distinctOpenings(openings), ...bridges(openings, links)]
          expect(ids(selectOpenings(listings, board(maxRows)))).toEqual(
            ids(modelRows(listings, maxRows))
          )
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe('streaming selection through the load stage', () => {
  /** 400 openings, newest first, then 380 old listings that join them two by two from the top. */
  function bridgedFeed(): { records: Record<string, unknown>[]; expected: Listing[] } {
    const openings = distinctOpenings(400)
    const links = Array.from({ length: 380 }, (_, index): [number, number] => [index, index + 1])
    const listings = [...openings, ...bridges(400, links)]
    const records = listings.map(row => ({
      id: row.id,
      company: row.company,
      title: row.title,
      url: row.url,
      location: row.location,
      posted_at: new Date(row.postedAt).toISOString()
    }))
    const positioned = listings.map((row, index) => ({ ...row, position: index + 1 }))
    return { records, expected: modelRows(positioned, 10) }
  }

  it('reads the feed again for openings let go too early, and shows the model rows', async () => {
    const { records, expected } = bridgedFeed()
    const text = records.map(record => JSON.stringify(record)).join('\n')
    let reads = 0
    const io = { readFile: async () => (reads++, text) }
    const selections = new BoardSelections([board(10)])

    await loadListings(configFor('feed.jsonl', { 'max-age-days': '0' }), io, selections)

    expect(reads).toBe(2)
    expect(ids(selections.rows(0))).toEqual(ids(expected))
  })

  it('reads the feed again when closed records close the openings at the top', async () => {
    const openings = distinctOpenings(300)
    const records = [...openings, ...openings.slice(0, 250).map(row => ({ ...row, active: false }))]
      .map(row => ({
        id: row.id,
        company: row.company,
        title: row.title,
        url: row.url,
        location: row.location,
        posted_at: new Date(row.postedAt).toISOString(),
        active: row.active
      }))
      .map(record => JSON.stringify(record))
    let reads = 0
    const io = { readFile: async () => (reads++, records.join('\n')) }
    const selections = new BoardSelections([board(2)])

    await loadListings(configFor('feed.jsonl', { 'max-age-days': '0' }), io, selections)

    expect(reads).toBe(2)
    expect(ids(selections.rows(0))).toEqual(['open-250', 'open-251'])
    expect(selections.leftOut(0).counts.closed).toBe(250)
  })

  it('fails with source-changed when the second read finds other records', async () => {
    const { records } = bridgedFeed()
    const first = records.map(record => JSON.stringify(record)).join('\n')
    const second = records
      .map(record => JSON.stringify({ ...record, posted_at: '2025-01-01T00:00:00Z' }))
      .join('\n')
    let reads = 0
    const io = { readFile: async () => (reads++ === 0 ? first : second) }

    await expect(
      loadListings(configFor('feed.jsonl'), io, new BoardSelections([board(10)]))
    ).rejects.toMatchObject({ code: 'source-changed' })
  })

  it('reads a feed at a URL once: the second read is of the body it fetched', async () => {
    const { records, expected } = bridgedFeed()
    // A live feed: each request gets a newer body, which a second request would find changed.
    const server = await serve((request, response) => {
      const served = server.requests.length
      response.setHeader('content-type', 'application/x-ndjson')
      response.end(
        records
          .map(record => JSON.stringify({ ...record, title: `${record.title} (${served})` }))
          .join('\n')
      )
    })
    try {
      const selections = new BoardSelections([board(10)])
      const io = { readFile: async () => undefined }

      await loadListings(configFor(server.url('/feed'), { 'max-age-days': '0' }), io, selections)

      expect(server.requests).toHaveLength(1)
      expect(ids(selections.rows(0))).toEqual(ids(expected))
      expect(selections.rows(0).map(row => row.title)).toEqual(
        expected.map(row => `${row.title} (1)`)
      )
    } finally {
      await server.close()
    }
  })
})

// ---- the plain model ----

/** `closed`: the board shows closed rows, in place (`mark`) or apart (`details`). */
function modelRows(
  listings: readonly Listing[],
  maxRows: number,
  closed?: 'mark' | 'details'
): Listing[] {
  const parent = listings.map((_, index) => index)
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index]!
    return index
  }
  const keyKinds = [
    (row: Listing) => row.id,
    (row: Listing) => (row.url === undefined ? undefined : normalizeUrl(row.url)),
    (row: Listing) => [row.company, row.title, row.location].map(fold).join('\n')
  ]
  for (const keyOf of keyKinds) {
    const first = new Map<string, number>()
    listings.forEach((row, index) => {
      const key = keyOf(row)
      if (key === undefined) return
      const earlier = first.get(key)
      if (earlier === undefined) first.set(key, index)
      else parent[find(index)] = find(earlier)
    })
  }
  const newest = new Map<number, Listing>()
  listings.forEach((row, index) => {
    const shown = newest.get(find(index))
    if (!shown || row.postedAt >= shown.postedAt) newest.set(find(index), row)
  })
  const order = (a: Listing, b: Listing) =>
    b.postedAt - a.postedAt ||
    compareText(a, b, text => text.toLowerCase()) ||
    compareText(a, b, text => text)
  const capped = (rows: Listing[]) => {
    const sorted = rows.sort(order)
    return maxRows > 0 ? sorted.slice(0, maxRows) : sorted
  }
  const open = capped([...newest.values()].filter(row => row.active))
  if (closed === undefined) return open
  const last = maxRows > 0 && open.length === maxRows ? open[maxRows - 1]! : undefined
  const shut = capped([...newest.values()].filter(row => !row.active)).filter(
    row => closed === 'details' || !last || order(row, last) < 0
  )
  return [...open, ...shut].sort(order)
}

function compareText(a: Listing, b: Listing, form: (text: string) => string): number {
  for (const field of ['company', 'title', 'id'] as const) {
    const [x, y] = [form(a[field]), form(b[field])]
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

function fold(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

// ---- feeds ----

const ids = (rows: Listing[]) => rows.map(row => row.id)

/** The board's rows of `listings` (each with its own position) as the load stage gives them. */
function boardRows(listings: readonly Listing[], options: SelectOptions): Listing[] {
  const selections = new BoardSelections([options])
  for (const row of listings) if (selections.wants(row)) selections.add(row)
  const missing = selections.missing()
  for (const row of listings) if (missing.has(row.position)) selections.recover(row)
  return selections.rows(0)
}

/**
 * Listings whose keys are drawn from small pools (so many share an id, a url or a company,
 * title and location, in other cases and spacing), posted on a few days (so many tie); about
 * `closed` of them closed.
 */
function feed(closed = 0): fc.Arbitrary<Listing[]> {
  const record = fc.record({
    id: fc.oneof(
      fc.integer({ min: 0, max: 30 }).map(n => `id-${n}`),
      fc.uuid()
    ),
    url: fc.oneof(
      fc.integer({ min: 0, max: 30 }).map(n => `https://jobs.example/${n}`),
      fc.integer({ min: 0, max: 30 }).map(n => `https://JOBS.example/${n}/?utm_source=x`),
      fc.uuid().map(id => `https://jobs.example/u/${id}`)
    ),
    company: fc.oneof(
      fc.constantFrom('Acme', 'acme ', 'ACME', 'Beta', ' beta  ', 'Gamma', 'Ｇａｍｍａ'),
      fc.integer({ min: 0, max: 300 }).map(n => `Company ${n}`)
    ),
    title: fc.constantFrom('Backend Dev', 'backend  dev', 'Architect', 'SRE'),
    location: fc.constantFrom('Berlin', 'berlin', 'Paris', ''),
    day: fc.integer({ min: 0, max: 6 }),
    active: fc.double({ min: 0, max: 1, noNaN: true }).map(draw => draw >= closed)
  })
  return fc
    .array(record, { maxLength: 800, size: 'max' })
    .map(records =>
      records.map(({ day, ...fields }) => listing({ ...fields, postedAt: day * DAY_MS }))
    )
}

/** `count` openings sharing no key, each older than the one before. */
function distinctOpenings(count: number): Listing[] {
  return Array.from({ length: count }, (_, index) =>
    listing({
      id: `open-${index}`,
      url: `https://jobs.example/open/${index}`,
      company: `Company ${index}`,
      title: 'Backend Developer',
      location: 'Berlin',
      postedAt: Date.parse('2025-10-01T00:00:00Z') - index * 60_000
    })
  )
}

/** Old listings, each with the id of one opening and the url of another: it joins the two. */
function bridges(openings: number, links: readonly [number, number][]): Listing[] {
  return links.map(([a, b], index) =>
    listing({
      id: `open-${a % openings}`,
      url: `https://jobs.example/open/${b % openings}`,
      company: `Bridge ${index}`,
      postedAt: Date.parse('2024-01-01T00:00:00Z')
    })
  )
}
