import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { SortKey } from '../../src/config/selection.js'
import type { Listing } from '../../src/model.js'
import { loadListings } from '../../src/load/load.js'
import { BoardSelections, selectOpenings, type SelectOptions } from '../../src/select/select.js'
import { configFor } from '../load/helpers.js'
import { listing } from './listings.js'

const now = new Date('2025-10-22T20:30:00Z')

function order(rows: Listing[], sort?: SortKey[], maxRows = 0, dedupe = false): string[] {
  const options: SelectOptions = {
    now,
    maxAgeDays: 0,
    maxRows,
    selection: { sort, dedupe },
    timezone: 'UTC'
  }
  return selectOpenings(rows, options).map(row => row.id)
}

const key = (field: string, more: Partial<SortKey> = {}): SortKey => ({
  field,
  order: 'asc',
  ignoreCase: false,
  ...more
})

describe('sort keys', () => {
  it('without sort keys keeps the default order: newest first, then company, title, id', () => {
    const at = (hour: number) => Date.parse(`2025-10-20T${String(hour).padStart(2, '0')}:00:00Z`)
    const rows = [
      listing({ id: 'old', company: 'Acme', postedAt: at(1) }),
      listing({ id: 'beta', company: 'beta', title: 'A', postedAt: at(5) }),
      listing({ id: 'acme-b', company: 'Acme', title: 'B', postedAt: at(5) }),
      listing({ id: 'acme-a', company: 'ACME', title: 'a', postedAt: at(5) }),
      listing({ id: 'new', company: 'Zeta', postedAt: at(9) })
    ]
    expect(order(rows, undefined, 0, true)).toEqual(['new', 'acme-a', 'acme-b', 'beta', 'old'])
  })

  it('orders by a number of the feed, ascending or descending; ties keep feed order', () => {
    const rows = [
      listing({ id: 'b', record: { date_updated: 2 } }),
      listing({ id: 'a', record: { date_updated: 1 } }),
      listing({ id: 'c', record: { date_updated: 2 } })
    ]
    expect(order(rows, [key('date_updated')])).toEqual(['a', 'b', 'c'])
    expect(order(rows, [key('date_updated', { order: 'desc' })])).toEqual(['b', 'c', 'a'])
  })

  it('orders text that reads as a number by its value, as the after and before filters read it (a CSV column, "9" in quotes)', () => {
    const rows = [
      listing({ id: 'ten', record: { priority: '10' } }),
      listing({ id: 'nine', record: { priority: '9' } }),
      listing({ id: 'hundred', record: { priority: ' 100 ' } }),
      listing({ id: 'half', record: { priority: 9.5 } }),
      listing({ id: 'minus', record: { priority: '-2.5' } }),
      listing({ id: 'word', record: { priority: 'high' } })
    ]
    expect(order(rows, [key('priority')])).toEqual([
      'minus',
      'nine',
      'half',
      'ten',
      'hundred',
      'word'
    ])
    expect(order(rows, [key('priority', { order: 'desc' })])).toEqual([
      'hundred',
      'ten',
      'half',
      'nine',
      'minus',
      'word'
    ])
  })

  it('orders text that is no number as text, as before', () => {
    const rows = [
      listing({ id: 'b', record: { level: 'L10' } }),
      listing({ id: 'a', record: { level: 'L9' } }),
      listing({ id: 'c', record: { level: 'L100' } })
    ]
    expect(order(rows, [key('level')])).toEqual(['b', 'c', 'a'])
  })

  it('puts listings without the field last, in either order', () => {
    const rows = [listing({ id: 'none', record: {} }), listing({ id: 'one', record: { rank: 1 } })]
    expect(order(rows, [key('rank')])).toEqual(['one', 'none'])
    expect(order(rows, [key('rank', { order: 'desc' })])).toEqual(['one', 'none'])
  })

  it('puts a blank value ("", spaces, a CSV\'s empty cell, an empty list) last, as a missing one', () => {
    const rows = [
      listing({ id: 'empty', record: { deadline: '' } }),
      listing({ id: 'spaces', record: { deadline: '  ' } }),
      listing({ id: 'list', record: { deadline: [] } }),
      listing({ id: 'late', record: { deadline: '2026-12-20' } }),
      listing({ id: 'none', record: { deadline: null } }),
      listing({ id: 'soon', record: { deadline: '2026-12-10' } })
    ]
    const ids = (keys: Parameters<typeof order>[1]) => order(rows, keys).slice(0, 2)
    expect(ids([key('deadline')])).toEqual(['soon', 'late'])
    expect(ids([key('deadline', { order: 'desc' })])).toEqual(['late', 'soon'])
  })

  it('orders active listings first with active descending', () => {
    const rows = [listing({ id: 'closed', active: false }), listing({ id: 'open' })]
    expect(order(rows, [key('active', { order: 'desc' })])).toEqual(['open', 'closed'])
  })

  it('compares text exactly, or lower-cased with ignore-case', () => {
    const rows = [
      listing({ id: 'lower', company: 'apple' }),
      listing({ id: 'upper', company: 'Zebra' })
    ]
    expect(order(rows, [key('company')])).toEqual(['upper', 'lower'])
    expect(order(rows, [key('company', { ignoreCase: true })])).toEqual(['lower', 'upper'])
  })

  it('compares text by code points, as Python does: an emoji (U+1F680) after U+FF2E', () => {
    // In UTF-16 the emoji is a pair of surrogates (U+D83D U+DE80), below U+FF2E.
    const rows = [
      listing({ id: 'rocket', company: '🚀 Rocket Lab', record: { name: '🚀 Rocket Lab' } }),
      listing({ id: 'ntt', company: 'ＮＴＴ Data', record: { name: 'ＮＴＴ Data' } }),
      listing({ id: 'private', company: '\ue000 Acme', record: { name: '\ue000 Acme' } })
    ]
    expect(order(rows, [key('name')])).toEqual(['private', 'ntt', 'rocket'])
    expect(order(rows, [key('name', { order: 'desc' })])).toEqual(['rocket', 'ntt', 'private'])
    expect(order(rows, [key('name', { joinedWith: ['id'] })])).toEqual(['private', 'ntt', 'rocket'])
    // The default order's company, posted at the same time.
    expect(order(rows)).toEqual(['private', 'ntt', 'rocket'])
  })

  it('compares several fields as one text, as a script sorting on str(a) + b.lower() + str(c)', () => {
    // Posted in the same second: "palantir" + "1729…" sorts before "palantir\t" + "1729…" in
    // descending order, as a tab is less than a digit; as separate keys, "palantir\t" is first.
    const at = 1729000000
    const rows = [
      listing({ id: 'tab', record: { at, name: 'Palantir\t', updated: 1729000005 } }),
      listing({ id: 'plain', record: { at, name: 'Palantir', updated: 1729000001 } }),
      listing({ id: 'ai', record: { at, name: 'palantir.ai', updated: 1729000009 } }),
      listing({ id: 'later', record: { at: at + 1, name: 'Acme', updated: at + 1 } }),
      listing({ id: 'none', record: { name: 'Zeta' } })
    ]
    const joined = key('at', { joinedWith: ['name', 'updated'], ignoreCase: true, order: 'desc' })
    expect(order(rows, [joined])).toEqual(['none', 'later', 'plain', 'ai', 'tab'])
    const separate = [
      key('at', { order: 'desc' }),
      key('name', { ignoreCase: true, order: 'desc' }),
      key('updated', { order: 'desc' })
    ]
    expect(order(rows, separate)).toEqual(['later', 'ai', 'tab', 'plain', 'none'])
  })

  it('by day in a time zone: the time within a day no longer counts', () => {
    // 05:00 UTC on the 24th is still the 23rd in Los Angeles.
    const early = listing({
      id: 'early',
      company: 'B',
      postedAt: Date.parse('2024-10-24T05:00:00Z')
    })
    const late = listing({ id: 'late', company: 'A', postedAt: Date.parse('2024-10-23T16:00:00Z') })
    const next = listing({ id: 'next', company: 'C', postedAt: Date.parse('2024-10-24T08:00:00Z') })
    const byDay = (timezone: string) => [
      key('posted_at', { by: 'day', timezone, order: 'desc' }),
      key('company')
    ]
    expect(order([early, late, next], byDay('America/Los_Angeles'))).toEqual([
      'next',
      'late',
      'early'
    ])
    expect(order([early, late, next], byDay('UTC'))).toEqual(['early', 'next', 'late'])
  })

  it('by day of a Unix-seconds field of the feed', () => {
    const rows = [
      listing({ id: 'x', company: 'X', record: { date_posted: 1729753200 } }), // 2024-10-24T07:00Z
      listing({ id: 'y', company: 'Y', record: { date_posted: 1729746000 } }) // 2024-10-24T05:00Z
    ]
    const keys = [key('date_posted', { by: 'day', timezone: 'America/Los_Angeles', order: 'desc' })]
    expect(order(rows, keys)).toEqual(['x', 'y'])
    expect(
      order(rows, [
        ...keys.map(k => ({ ...k, timezone: 'UTC' })),
        key('company', { order: 'desc' })
      ])
    ).toEqual(['y', 'x'])
  })
})

describe('streaming selection with sort keys against a plain sort', () => {
  it('keeps the exact top rows of a configured order, max-rows capping the open ones', () => {
    const record = fc.record({
      active: fc.boolean(),
      day: fc.integer({ min: 0, max: 5 }),
      hour: fc.integer({ min: 0, max: 23 }),
      company: fc.constantFrom('acme', 'Acme', 'Beta', 'beta', 'Gamma'),
      updated: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined })
    })
    const keys: SortKey[] = [
      key('active', { order: 'desc' }),
      key('posted_at', { by: 'day', timezone: 'America/Los_Angeles', order: 'desc' }),
      key('company', { ignoreCase: true, order: 'desc' }),
      key('date_updated', { order: 'desc' })
    ]
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 0, maxLength: 700 }),
        fc.integer({ min: 0, max: 15 }),
        (records, maxRows) => {
          const rows = records.map(({ active, day, hour, company, updated }, index) =>
            listing({
              id: `r${index}`,
              position: index + 1,
              active,
              company,
              postedAt: Date.parse('2024-10-20T00:00:00Z') + day * 86_400_000 + hour * 3_600_000,
              record: updated === undefined ? {} : { date_updated: updated }
            })
          )
          expect(order(rows, keys, maxRows)).toEqual(modelOrder(rows, maxRows))
        }
      ),
      { numRuns: 50 }
    )
  })
})

describe('streaming selection with a key of several fields against a plain sort', () => {
  it('keeps the exact top rows of the order of the joined text', () => {
    // Names that are prefixes of each other and edges a digit sorts against, one second apart.
    const record = fc.record({
      second: fc.integer({ min: 0, max: 3 }),
      name: fc.constantFrom('Acme', 'acme', 'Acme\t', 'Acme ', 'Acme.ai', 'Acme1', 'Beta'),
      updated: fc.option(fc.integer({ min: 1729000000, max: 1729000009 }), { nil: undefined })
    })
    const joined = key('at', { joinedWith: ['name', 'updated'], ignoreCase: true, order: 'desc' })
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 400 }),
        fc.integer({ min: 0, max: 12 }),
        (records, maxRows) => {
          const rows = records.map(({ second, name, updated }, index) =>
            listing({
              id: `r${index}`,
              position: index + 1,
              record: { at: 1729000000 + second, name, ...(updated && { updated }) }
            })
          )
          // Python's sorted(key=str(at) + name.lower() + str(updated), reverse=True), stable.
          const text = (row: Listing) =>
            `${row.record.at}${(row.record.name as string).toLowerCase()}${row.record.updated ?? ''}`
          const model = rows
            .map((row, index) => ({ row, index, text: text(row) }))
            .sort((a, b) => (a.text === b.text ? a.index - b.index : a.text < b.text ? 1 : -1))
            .map(({ row }) => row.id)
          expect(order(rows, [joined], maxRows)).toEqual(
            maxRows > 0 ? model.slice(0, maxRows) : model
          )
        }
      ),
      { numRuns: 100 }
    )
  })
})

/** The same order written out plainly: a stable sort on a tuple, then the cap. */
function modelOrder(rows: Listing[], maxRows: number): string[] {
  const day = (time: number) =>
    new Date(time - (isDst(time) ? 7 : 8) * 3_600_000).toISOString().slice(0, 10)
  const tuple = (row: Listing) => [
    row.active ? 1 : 0,
    day(row.postedAt),
    row.company.toLowerCase(),
    (row.record.date_updated as number | undefined) ?? -Infinity
  ]
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [tuple(a), tuple(b)]
    for (let index = 0; index < x.length; index++)
      if (x[index] !== y[index]) return x[index]! < y[index]! ? 1 : -1
    return 0
  })
  // max-rows caps the open rows and the closed ones apart; a closed row below the last open
  // row shown, when max-rows open ones are, is left out (closed rows shown in place).
  const cap = (kind: Listing[]) => (maxRows > 0 ? kind.slice(0, maxRows) : kind)
  const open = cap(sorted.filter(row => row.active))
  const last = maxRows > 0 && open.length === maxRows ? sorted.indexOf(open.at(-1)!) : Infinity
  const closed = cap(sorted.filter(row => !row.active)).filter(row => sorted.indexOf(row) < last)
  return sorted.filter(row => open.includes(row) || closed.includes(row)).map(row => row.id)
}

/** Los Angeles keeps daylight saving time until 2024-11-03 10:00 UTC. */
function isDst(time: number): boolean {
  return time < Date.parse('2024-11-03T09:00:00Z')
}

describe('sort keys through the load stage', () => {
  it('reads the feed once and keeps only the top of the configured order', async () => {
    // 700 listings, each older than the one before, whose configured order (date_updated) puts
    // the 150th first: a selector trimming by posting time would lose it and need a second read.
    const records = Array.from({ length: 700 }, (_, index) => ({
      id: `r${index}`,
      company: `Company ${index}`,
      title: 'Backend Developer',
      url: `https://jobs.example/${index}`,
      posted_at: new Date(Date.parse('2025-10-01T00:00:00Z') - index * 60_000).toISOString(),
      date_updated: index < 150 ? index : -index
    }))
    const text = records.map(record => JSON.stringify(record)).join('\n')
    let reads = 0
    const io = { readFile: async () => (reads++, text) }
    const selections = new BoardSelections([
      {
        now,
        maxAgeDays: 0,
        maxRows: 5,
        selection: { sort: [key('date_updated', { order: 'desc' })], dedupe: true }
      }
    ])

    await loadListings(configFor('feed.jsonl'), io, selections)

    expect(reads).toBe(1)
    expect(selections.rows(0).map(row => row.id)).toEqual(['r149', 'r148', 'r147', 'r146', 'r145'])
  })
})
