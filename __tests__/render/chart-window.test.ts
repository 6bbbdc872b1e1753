/** The chart's day window is bounded, whatever the age limit: one bar a day, two years at most. */
import { describe, expect, it } from '@jest/globals'
import type { Code } from 'mdast'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { chartBlock } from '../../src/render/chart.js'
import { listing } from './listing.js'

const NOW = new Date('2025-10-22T20:30:00Z')

function bars(maxAgeDays: number): number[] {
  const chart = chartBlock([listing({ postedAt: Date.parse('2024-01-01T12:00:00Z') })], {
    now: NOW,
    maxAgeDays,
    timezone: 'UTC',
    labels: DEFAULT_LABELS
  })
  const source = (chart.children[0] as Code).value
  return JSON.parse(/\n {2}bar (\[.*\])/.exec(source)![1]!) as number[]
}

describe('the chart window', () => {
  it('covers at most the last 730 days, even for max-age-days 999999999', () => {
    const counts = bars(999_999_999)
    expect(counts).toHaveLength(731)
    expect(counts.reduce((sum, count) => sum + count)).toBe(1)
  })

  it('covers the age limit when it is shorter', () => {
    expect(bars(400)).toHaveLength(401)
  })
})
