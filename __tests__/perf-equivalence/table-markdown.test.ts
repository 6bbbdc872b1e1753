/**
 * The dedicated table serializer against mdast-util-to-markdown: byte-identical Markdown for
 * openings tables of hostile rows, labels and links.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Table } from 'mdast'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { generalMarkdown, toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { listing } from '../render/listing.js'
import { listingText, postingUrl } from './arbitraries.js'

const UTM = { source: 'github', medium: 'repo', campaign: 'github-backend-jobs' }

const row: fc.Arbitrary<Listing> = fc
  .record({
    company: listingText,
    companyUrl: fc.option(postingUrl, { nil: undefined }),
    title: listingText,
    url: postingUrl,
    location: listingText,
    workType: fc.constantFrom('remote', 'hybrid', 'on_site' as const),
    postedAt: fc.integer({ min: 0, max: 4_102_444_800_000 })
  })
  .map(fields => listing(fields))

const labels = fc.record({
  company: listingText,
  position: listingText,
  location: listingText,
  type: fc.constantFrom('Type', ''),
  date: listingText,
  remote: listingText,
  notAvailable: fc.constantFrom('N/A', '', '*none*')
})

describe('tableMarkdown', () => {
  it('writes openings tables exactly as mdast-util-to-markdown does', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), labels, fc.boolean(), (rows, overrides, utm) => {
        const table = openingsTable(rows, {
          labels: { ...DEFAULT_LABELS, ...overrides },
          timezone: 'UTC',
          utm: utm ? UTM : undefined
        })
        expect(toMarkdown(table)).toBe(generalMarkdown(table))
      }),
      { numRuns: 500 }
    )
  })

  it('writes tables of other shapes through mdast-util-to-markdown', () => {
    const ragged: Table = {
      type: 'table',
      align: ['left', null],
      children: [
        {
          type: 'tableRow',
          children: [{ type: 'tableCell', children: [{ type: 'text', value: 'a' }] }]
        },
        { type: 'tableRow', children: [] }
      ]
    }
    expect(toMarkdown(ragged)).toBe(generalMarkdown(ragged))
  })

  it('writes the plain rows of a board without escapes', () => {
    const table = openingsTable([listing()], { labels: DEFAULT_LABELS, timezone: 'UTC' })
    expect(toMarkdown(table)).toBe(
      [
        '| Company | Position | Location | Type | Date |',
        '| - | - | - | - | - |',
        '| **[Acme](https://acme.example)** | **[Backend Developer](https://jobs.example/1)** | Berlin, Germany | Remote | Oct 22 |'
      ].join('\n')
    )
  })
})
