/**
 * Proves GitHub can draw the chart zone: the block's Markdown goes through cmark-gfm and
 * Mermaid in headless Chromium, and the SVG that comes out shows the expected labels and values.
 */

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS, type Labels } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { chartBlock } from '../../src/render/chart.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { listing } from '../render/listing.js'
import {
  CHROMIUM,
  hasChromium,
  launchMermaidBrowser,
  type MermaidBrowser
} from './mermaid-browser.js'

const canDraw = hasChromium()
if (!canDraw)
  console.warn(
    `Skipping the Mermaid drawing tests: no Chromium at ${CHROMIUM}. Install the Debian package "chromium" (apt-get install chromium) to run them.`
  )
const itDraws = canDraw ? it : it.skip

const NOW = new Date('2025-10-22T20:30:00Z')

function chartMarkdown(rows: Listing[], labels: Labels = DEFAULT_LABELS): string {
  return toMarkdown(chartBlock(rows, { now: NOW, maxAgeDays: 6, timezone: 'UTC', labels }))
}

function postedOn(day: string, overrides: Partial<Listing> = {}): Listing {
  return listing({ postedAt: Date.parse(`${day}T12:00:00Z`), ...overrides })
}

describe('the chart zone drawn by Mermaid', () => {
  let browser: MermaidBrowser | undefined
  beforeAll(async () => {
    if (canDraw) browser = await launchMermaidBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const rows = [
    postedOn('2025-10-22', { id: 'a' }),
    postedOn('2025-10-22', { id: 'b', workType: 'hybrid' }),
    postedOn('2025-10-22', { id: 'c' }),
    postedOn('2025-10-20', { id: 'd', workType: 'on_site' }),
    postedOn('2025-10-16', { id: 'e' })
  ]

  itDraws('draws both diagrams without an error', async () => {
    const drawn = await browser!.draw(chartMarkdown(rows))
    expect(drawn.map(diagram => diagram.error)).toEqual([undefined, undefined])
  })

  itDraws('draws one bar a day, labelled by day, each as long as its count', async () => {
    const [bars] = await browser!.draw(chartMarkdown(rows))
    expect(bars!.texts).toEqual(
      expect.arrayContaining([
        'Openings per day',
        'Oct 16',
        'Oct 17',
        'Oct 18',
        'Oct 19',
        'Oct 20',
        'Oct 21',
        'Oct 22'
      ])
    )
    const lengths = bars!.barLengths
    expect(lengths).toHaveLength(7)
    // Counts from Oct 16 to Oct 22: 1, 0, 0, 0, 1, 0, 3.
    const unit = lengths[0]!
    expect(unit).toBeGreaterThan(0)
    expect(lengths.map(length => Math.round(length / unit))).toEqual([1, 0, 0, 0, 1, 0, 3])
  })

  itDraws('draws the work-type pie with one slice per type and its count', async () => {
    const [, pie] = await browser!.draw(chartMarkdown(rows))
    expect(pie!.slices).toBe(3)
    expect(pie!.texts).toEqual(
      expect.arrayContaining([
        'Openings by type',
        'Remote [3]',
        'Hybrid [1]',
        'On Site [1]',
        '60%',
        '20%'
      ])
    )
  })

  itDraws('shows labels with Mermaid, Markdown and HTML syntax exactly as written', async () => {
    const hostile = 'A "b" #quot; %% c; `d` <i>e</i> & [f], {g}: (h) | i = j'
    const labels = {
      ...DEFAULT_LABELS,
      openingsPerDay: hostile,
      openingsByType: hostile,
      remote: hostile
    }
    const [bars, pie] = await browser!.draw(chartMarkdown([postedOn('2025-10-22')], labels))
    expect([bars!.error, pie!.error]).toEqual([undefined, undefined])
    expect(bars!.texts[0]).toBe(hostile)
    expect(pie!.texts).toEqual(expect.arrayContaining([hostile, `${hostile} [1]`]))
  })
})
