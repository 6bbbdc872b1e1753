import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { updatedLine } from '../../src/render/updated.js'
import { renderGfm } from '../helpers/cmark.js'

const NOW = new Date('2025-10-22T20:30:00Z')

function line(timezone: string, labels = DEFAULT_LABELS): string {
  return toMarkdown(updatedLine(NOW, { labels, timezone }))
}

describe('updatedLine', () => {
  it('shows the time of the run in small print, in UTC by default', () => {
    expect(line('UTC')).toBe('<sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>')
  })

  it('shows the time in another zone with its short name', () => {
    expect(line('Europe/Berlin')).toBe(
      '<sub><small>Last updated: Oct 22, 2025 at 22:30 GMT+2</small></sub>'
    )
    expect(line('America/New_York')).toContain('Oct 22, 2025 at 16:30 EDT')
  })

  it('moves to the local calendar day', () => {
    expect(line('Asia/Tokyo')).toContain('Oct 23, 2025 at 05:30 GMT+9')
  })

  it('uses the label, shown literally', () => {
    const labels = { ...DEFAULT_LABELS, lastUpdated: 'Stand <heute>' }
    expect(renderGfm(line('UTC', labels))).toBe(
      '<p><sub><small>Stand &lt;heute&gt;: Oct 22, 2025 at 20:30 UTC</small></sub></p>\n'
    )
  })
})
