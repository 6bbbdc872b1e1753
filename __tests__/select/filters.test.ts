import { describe, expect, it } from '@jest/globals'
import type { Filter } from '../../src/config/selection.js'
import type { Listing } from '../../src/model.js'
import { isCandidate, selectOpenings, type SelectOptions } from '../../src/select/select.js'
import { listing } from './listings.js'

const now = new Date('2025-10-22T20:30:00Z')

function selected(rows: Listing[], filter: Filter, extra: Partial<SelectOptions> = {}): string[] {
  const options: SelectOptions = {
    now,
    maxAgeDays: 0,
    maxRows: 0,
    selection: { filter, dedupe: true },
    ...extra
  }
  // The streaming stage's test, applied as the load stage does before handing listings over.
  const kept = rows.filter(row => isCandidate(row, options))
  return selectOpenings(kept, options).map(row => row.id)
}

const terms = (id: string, values: unknown, fields: Partial<Listing> = {}) =>
  listing({ id, record: { terms: values, source: 'Simplify' }, ...fields })

describe('filters on any field', () => {
  it('equals: the value, or any item of a list, ignoring case', () => {
    const rows = [terms('a', ['Summer 2025']), terms('b', 'summer 2025'), terms('c', ['Fall 2025'])]
    expect(selected(rows, { field: 'terms', equals: 'SUMMER 2025' }).sort()).toEqual(['a', 'b'])
  })

  it('ignore-case: false compares the text as written, in every text test', () => {
    const rows = [
      terms('upper', ['Summer 2025']),
      terms('lower', ['summer 2025']),
      listing({ id: 'mixed', record: { terms: 'Fall Summer 2025 x', source: 'simplify' } })
    ]
    const exact = { ignoreCase: false }
    const ids = (filter: Filter) => selected(rows, filter).sort()
    expect(ids({ field: 'terms', containsAny: ['Summer 2025'], ...exact })).toEqual([
      'mixed',
      'upper'
    ])
    expect(ids({ field: 'terms', containsAny: ['Summer 2025'] })).toEqual([
      'lower',
      'mixed',
      'upper'
    ])
    expect(ids({ field: 'terms', containsAny: ['summer'], words: true, ...exact })).toEqual([
      'lower'
    ])
    expect(ids({ field: 'terms', equals: 'Summer 2025', ...exact })).toEqual(['upper'])
    expect(ids({ field: 'terms', oneOf: ['summer 2025'], ...exact })).toEqual(['lower'])
    expect(ids({ field: 'terms', endsWith: ['2025 X'], ...exact })).toEqual([])
    expect(ids({ field: 'terms', endsWith: ['2025 X'] })).toEqual(['mixed'])
    // As a script's `source != "Simplify"`: "simplify" is another source.
    expect(ids({ not: { field: 'source', equals: 'Simplify', ...exact } })).toEqual(['mixed'])
    expect(ids({ not: { field: 'source', equals: 'Simplify' } })).toEqual([])
  })

  it('equals true on a flag of the feed, as the visibility field does', () => {
    const rows = [
      listing({ id: 'shown', record: { is_visible: true } }),
      listing({ id: 'hidden', record: { is_visible: false } }),
      listing({ id: 'unset', record: {} })
    ]
    expect(selected(rows, { field: 'is_visible', equals: true })).toEqual(['shown'])
    const visible: SelectOptions = {
      now,
      maxAgeDays: 0,
      maxRows: 0,
      selection: { visible: 'is_visible', dedupe: true }
    }
    expect(rows.filter(row => isCandidate(row, visible)).map(row => row.id)).toEqual(['shown'])
  })

  it('equals a boolean on a flag however the feed writes it (a CSV, YAML 1.1, a database)', () => {
    const rows = ['TRUE', 'yes', 'Y', 'on', 1, '1', 'false', 'No', 'off', 0, 'maybe'].map(
      (flag, index) => listing({ id: `${index}:${flag}`, record: { is_visible: flag } })
    )
    expect(selected(rows, { field: 'is_visible', equals: true }).sort()).toEqual([
      '0:TRUE',
      '1:yes',
      '2:Y',
      '3:on',
      '4:1',
      '5:1'
    ])
    expect(selected(rows, { field: 'is_visible', equals: false }).sort()).toEqual([
      '6:false',
      '7:No',
      '8:off',
      '9:0'
    ])
  })

  it('after and before: a feed field’s date read as posted_at is (RFC 2822, Unix seconds and milliseconds too; no zone is UTC)', () => {
    const rows = [
      listing({ id: 'rss', record: { updated: 'Tue, 21 Oct 2025 10:00:00 GMT' } }),
      listing({ id: 'spaced', record: { updated: '2025-10-21 00:30:00' } }),
      listing({ id: 'early', record: { updated: '2025-10-20T23:59:59Z' } }),
      listing({ id: 'guess', record: { updated: 'Oct 22' } }),
      listing({ id: 'millis', record: { updated: Date.UTC(2025, 9, 21, 9) } }),
      listing({ id: 'seconds', record: { updated: Date.UTC(2025, 9, 20, 9) / 1000 } })
    ]
    expect(selected(rows, { field: 'updated', after: '2025-10-21' }).sort()).toEqual([
      'millis',
      'rss',
      'spaced'
    ])
    expect(selected(rows, { field: 'updated', before: '2025-10-21' }).sort()).toEqual([
      'early',
      'seconds'
    ])
  })

  it('one-of', () => {
    const rows = [
      terms('a', ['Spring 2025']),
      terms('b', ['Summer 2025']),
      terms('c', ['Fall 2024'])
    ]
    expect(selected(rows, { field: 'terms', oneOf: ['fall 2024', 'spring 2025'] }).sort()).toEqual([
      'a',
      'c'
    ])
  })

  it('contains-any: substrings by default, whole words with words: true', () => {
    const rows = [
      listing({ id: 'ios', title: 'iOS Engineer' }),
      listing({ id: 'bios', title: 'BIOS Firmware Engineer' }),
      listing({ id: 'web', title: 'Web Developer' })
    ]
    expect(selected(rows, { field: 'title', containsAny: ['ios'] }).sort()).toEqual(['bios', 'ios'])
    expect(selected(rows, { field: 'title', containsAny: ['ios'], words: true })).toEqual(['ios'])
  })

  it('ends-with, and a trailing space that only a substring test can ask for', () => {
    const rows = [
      listing({ id: 'end', title: 'Software Engineer I' }),
      listing({ id: 'middle', title: 'Software Engineer I - Payments' }),
      listing({ id: 'ii', title: 'Software Engineer II' })
    ]
    expect(selected(rows, { field: 'title', endsWith: ['engineer i'] })).toEqual(['end'])
    expect(selected(rows, { field: 'title', containsAny: ['engineer i '] })).toEqual(['middle'])
  })

  it('after and before: numbers of the feed, and dates of posted_at', () => {
    const rows = [
      listing({
        id: 'old',
        record: { date_posted: 1710797957 },
        postedAt: Date.parse('2024-03-18T21:39:17Z')
      }),
      listing({
        id: 'new',
        record: { date_posted: 1710797958 },
        postedAt: Date.parse('2024-03-18T21:39:18Z')
      })
    ]
    expect(selected(rows, { field: 'date_posted', after: 1710797957 })).toEqual(['new'])
    expect(selected(rows, { field: 'date_posted', before: 1710797958 })).toEqual(['old'])
    expect(selected(rows, { field: 'posted_at', after: '2024-03-18T21:39:17Z' })).toEqual(['new'])
    expect(selected(rows, { field: 'posted_at', before: '2024-03-19' }).sort()).toEqual([
      'new',
      'old'
    ])
    expect(selected(rows, { field: 'posted_at', after: 1710797957 })).toEqual(['new'])
  })

  it('after and before: a date in milliseconds against a bound in seconds, and the reverse, as times', () => {
    const rows = [
      listing({ id: '2020-ms', record: { createdAt: Date.UTC(2020, 8, 13) } }),
      listing({ id: '2025-ms', record: { createdAt: Date.UTC(2025, 9, 22) } }),
      listing({ id: '2020-s', record: { createdAt: `${Date.UTC(2020, 8, 13) / 1000}` } }),
      listing({ id: '2025-s', record: { createdAt: Date.UTC(2025, 9, 22) / 1000 } })
    ]
    const seconds = Date.UTC(2025, 9, 1) / 1000
    const millis = Date.UTC(2025, 9, 1)
    for (const bound of [seconds, millis, `${seconds}`, '2025-10-01']) {
      expect(selected(rows, { field: 'createdAt', after: bound }).sort()).toEqual([
        '2025-ms',
        '2025-s'
      ])
      expect(selected(rows, { field: 'createdAt', before: bound }).sort()).toEqual([
        '2020-ms',
        '2020-s'
      ])
    }
  })

  it('after and before: amounts and counts compare as numbers', () => {
    const rows = [
      listing({ id: 'small', record: { pay: 45_000, seats: 3 } }),
      listing({ id: 'large', record: { pay: 180_000, seats: 12 } })
    ]
    expect(selected(rows, { field: 'pay', after: 100_000 })).toEqual(['large'])
    expect(selected(rows, { field: 'pay', before: 100_000 })).toEqual(['small'])
    expect(selected(rows, { field: 'seats', after: 5 })).toEqual(['large'])
  })

  it('not, all and any, nested', () => {
    const rows = [
      listing({ id: 'own', title: 'Sales Lead', record: { source: 'Simplify' } }),
      listing({
        id: 'own-grad',
        title: 'Software Engineer New Grad',
        record: { source: 'Simplify' }
      }),
      listing({
        id: 'own-senior',
        title: 'Software Engineer Staff',
        record: { source: 'Simplify' }
      }),
      listing({ id: 'other', title: 'Sales Lead', record: { source: 'community' } })
    ]
    const filter: Filter = {
      any: [
        { not: { field: 'source', equals: 'Simplify' } },
        {
          all: [
            { field: 'title', containsAny: ['software eng'] },
            {
              any: [
                { field: 'title', containsAny: ['new grad'] },
                { field: 'title', endsWith: ['engineer i'] }
              ]
            }
          ]
        }
      ]
    }
    expect(selected(rows, filter).sort()).toEqual(['other', 'own-grad'])
  })

  it('reads canonical fields from the listing, not from the record', () => {
    const rows = [listing({ id: 'a', company: 'Acme', record: { company: 'Other' } })]
    expect(selected(rows, { field: 'company', equals: 'acme' })).toEqual(['a'])
    expect(selected(rows, { field: 'salary.min', after: 1 })).toEqual([])
  })

  it('keeps closed listings only when told to', () => {
    const rows = [listing({ id: 'open' }), listing({ id: 'closed', active: false })]
    const all: Filter = { field: 'id', containsAny: [''] }
    expect(selected(rows, all)).toEqual(['open'])
    expect(selected(rows, all, { keepClosed: true }).sort()).toEqual(['closed', 'open'])
  })
})
