import { describe, expect, it } from '@jest/globals'
import { filters as LIQUID_FILTERS } from 'liquidjs'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { countsProblem, countsText } from '../../src/render/counts.js'
import { templateProblem } from '../../src/render/template.js'
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

describe('a Last updated template with a second clock', () => {
  const at = new Date('2026-08-12T12:00:00Z')
  const line = (template: string, timezone = 'America/New_York') =>
    toMarkdown(updatedLine(at, { labels: DEFAULT_LABELS, timezone, template }))

  it('writes the time in the zone the date filter names, the rest in the board’s', () => {
    expect(
      line(
        '{{ now | date: "%Y-%m-%d %H:%M" }} ({{ now | date: "%Y-%m-%d %H:%M", "Asia/Taipei" }} Asia/Taipei)'
      )
    ).toBe('2026-08-12 08:00 (2026-08-12 20:00 Asia/Taipei)')
  })

  it('refuses a name that is no zone, saying what to write', () => {
    expect(() => line('{{ now | date: "%H:%M", "Mars/Base" }}')).toThrow(
      /date: "Mars\/Base" is no IANA time zone; write one such as "Asia\/Taipei"/
    )
  })
})

describe('a Last updated template’s filters', () => {
  it('takes every filter a counts template takes, over the same counts: thousands too', () => {
    const names = [...Object.keys(LIQUID_FILTERS), 'thousands', 'no_such_filter']
    for (const name of names) {
      const template = `{{ total | ${name} }}`
      if (countsProblem(template) === undefined)
        expect([name, templateProblem(template)]).toEqual([name, undefined])
    }
    expect(countsProblem('{{ total | no_such_filter }}')).toMatch(/undefined filter/)
    const counts = { total: 12_345, tables: [] }
    const template = '{{ total | thousands }} open roles · {{ total | thousands: "." }}'
    const updated = updatedLine(NOW, { labels: DEFAULT_LABELS, timezone: 'UTC', template, counts })
    expect(toMarkdown(updated)).toBe('12,345 open roles · 12.345')
    expect(countsText(template, 12_345, [])).toBe('12,345 open roles · 12.345')
  })
})
