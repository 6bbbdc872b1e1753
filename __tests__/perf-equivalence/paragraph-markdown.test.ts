/**
 * The paragraph fast path (src/render/phrasing-markdown.ts) against mdast-util-to-markdown:
 * byte-identical Markdown for the stats, updated and left-out zones with hostile labels and
 * skills, and for paragraphs of any mix of the phrasing our zones use.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Paragraph, PhrasingContent, Root } from 'mdast'
import { DEFAULT_LABELS, type Labels } from '../../src/config/labels.js'
import { leftOutNote } from '../../src/render/left-out.js'
import { generalMarkdown, toMarkdown } from '../../src/render/markdown.js'
import { emphasis, hardBreak, html, paragraph, strong, text } from '../../src/render/nodes.js'
import { phrasingMarkdown } from '../../src/render/phrasing-markdown.js'
import { statsBlock } from '../../src/render/stats.js'
import { updatedLine } from '../../src/render/updated.js'
import { listingText } from './arbitraries.js'

/** Labels with some texts replaced by hostile or plain ones. */
const labels: fc.Arbitrary<Labels> = fc
  .record(
    {
      lastUpdated: listingText,
      currentStats: listingText,
      jobs: listingText,
      remotePercent: listingText,
      companies: listingText,
      avgSalary: listingText,
      noSalary: listingText,
      statsNote: listingText,
      trendingSkills: listingText,
      skillsNote: listingText,
      notAvailable: listingText,
      leftOut: listingText.map(sentence => `${sentence} {count}`)
    },
    { requiredKeys: [] }
  )
  .map(overrides => ({ ...DEFAULT_LABELS, ...overrides }))

const stats = fc.record({
  jobs: fc.nat(100_000),
  remotePercent: fc.nat(100),
  companies: fc.nat(100_000),
  avgSalaryK: fc.option(fc.nat(1_000), { nil: null }),
  skills: fc.array(listingText, { maxLength: 5 })
})

const words = fc.constantFrom('Remote', 'jobs', '50', '-', '#1', '1.', '> x', ' ', '|', ':', 'a_b')
const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(listingText, words).map(text),
    fc.constantFrom(html('<sub><small>'), html('</small></sub>'), html('<!-- -->')),
    fc.constant(hardBreak()),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(strong),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(emphasis)
  )
})).node

const paragraphs: fc.Arbitrary<Root> = fc
  .array(fc.array(phrasing, { minLength: 1, maxLength: 5 }).map(paragraph), {
    minLength: 1,
    maxLength: 3
  })
  .map(children => ({ type: 'root', children }))

function expectSameAsSerializer(tree: Root): void {
  expect(toMarkdown(tree)).toBe(generalMarkdown(tree))
}

describe('paragraphs without the general serializer', () => {
  it('write the stats block exactly as mdast-util-to-markdown does', () => {
    fc.assert(
      fc.property(stats, labels, (stats, labels) => {
        expectSameAsSerializer(statsBlock(stats, { labels }))
      }),
      { numRuns: 500 }
    )
  })

  it('write the updated line and the left-out note exactly as it does', () => {
    const moment = fc.date({
      min: new Date(0),
      max: new Date(4_102_444_800_000),
      noInvalidDate: true
    })
    const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/St_Johns')
    fc.assert(
      fc.property(labels, moment, zone, fc.nat(1_000_000), (labels, now, timezone, count) => {
        expectSameAsSerializer(updatedLine(now, { labels, timezone }))
        expectSameAsSerializer(leftOutNote(count, labels))
      }),
      { numRuns: 300 }
    )
  })

  it('write any paragraphs of text, html, breaks, strong and emphasis exactly as it does', () => {
    fc.assert(fc.property(paragraphs, expectSameAsSerializer), { numRuns: 1000 })
  })

  it('write the default zones without the general serializer', () => {
    const block = statsBlock(
      { jobs: 50, remotePercent: 34, companies: 42, avgSalaryK: 139, skills: ['python', 'go'] },
      { labels: DEFAULT_LABELS }
    )
    expect(toMarkdown(block)).toBe(
      [
        '**Current Stats:** 50 jobs | 34% remote | 42 companies | Avg salary: 139k  ',
        '_Note: Stats are approximate and based on available job data_',
        '',
        '**Trending Skills:** python, go  ',
        '_Note: Skills are identified from job descriptions and may vary_'
      ].join('\n')
    )
    for (const zone of [
      block,
      updatedLine(new Date(0), { labels: DEFAULT_LABELS, timezone: 'UTC' })
    ])
      for (const node of zone.children)
        expect(phrasingMarkdown((node as Paragraph).children, 'paragraph')).toBeDefined()
  })
})
