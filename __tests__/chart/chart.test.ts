import { describe, expect, it } from '@jest/globals'
import type { Code } from 'mdast'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { chartBlock, type ChartOptions } from '../../src/render/chart.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { renderGfm } from '../helpers/cmark.js'
import { listing } from '../render/listing.js'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = new Date('2025-10-22T20:30:00Z')

function options(overrides: Partial<ChartOptions> = {}): ChartOptions {
  return { now: NOW, maxAgeDays: 30, timezone: 'UTC', labels: DEFAULT_LABELS, ...overrides }
}

function postedOn(isoDateTime: string, overrides: Partial<Listing> = {}): Listing {
  return listing({ postedAt: Date.parse(isoDateTime), ...overrides })
}

/** The Mermaid source of each block. */
function diagrams(rows: Listing[], overrides: Partial<ChartOptions> = {}): string[] {
  return chartBlock(rows, options(overrides)).children.map(node => {
    expect(node).toMatchObject({ type: 'code', lang: 'mermaid' })
    return (node as Code).value
  })
}

function barChart(rows: Listing[], overrides: Partial<ChartOptions> = {}) {
  const source = diagrams(rows, overrides)[0]!
  const days = /^ {2}x-axis \[(.*)\]$/m
    .exec(source)![1]!
    .split(', ')
    .map(day => JSON.parse(day) as string)
  const counts = /^ {2}bar \[(.*)\]$/m.exec(source)![1]!.split(', ').map(Number)
  return { source, days, counts, countOn: (day: string) => counts[days.indexOf(day)] }
}

describe('chartBlock', () => {
  it('is a horizontal bar chart of openings per day and a pie of work types, as Mermaid blocks', () => {
    const [bars, pie] = diagrams([
      postedOn('2025-10-22T10:00:00Z'),
      postedOn('2025-10-21T10:00:00Z', { workType: 'hybrid' })
    ])
    expect(bars).toMatch(/^xychart-beta horizontal\n {2}title "Openings per day"\n {2}x-axis \[/)
    expect(pie).toBe('pie showData\n  title Openings by type\n  "Remote" : 1\n  "Hybrid" : 1')
  })

  it('has one bar a day, from max-age-days days ago to today, oldest first', () => {
    const { days, counts } = barChart([], { maxAgeDays: 7 })
    expect(days).toEqual([
      'Oct 15',
      'Oct 16',
      'Oct 17',
      'Oct 18',
      'Oct 19',
      'Oct 20',
      'Oct 21',
      'Oct 22'
    ])
    expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('counts the openings posted each day', () => {
    const rows = [
      postedOn('2025-10-22T01:00:00Z'),
      postedOn('2025-10-22T23:59:00Z'),
      postedOn('2025-10-20T12:00:00Z'),
      postedOn('2025-09-22T00:00:00Z')
    ]
    const chart = barChart(rows)
    expect([
      chart.countOn('Oct 22'),
      chart.countOn('Oct 21'),
      chart.countOn('Oct 20'),
      chart.countOn('Sep 22')
    ]).toEqual([2, 0, 1, 1])
    expect(chart.days).toHaveLength(31)
  })

  it('puts each posting on its day in the board time zone', () => {
    // 23:30 UTC on Oct 20 is already Oct 21 in Berlin (UTC+2).
    const rows = [postedOn('2025-10-20T23:30:00Z')]
    expect(barChart(rows, { timezone: 'UTC' }).countOn('Oct 20')).toBe(1)
    const berlin = barChart(rows, { timezone: 'Europe/Berlin' })
    expect([berlin.countOn('Oct 20'), berlin.countOn('Oct 21')]).toEqual([0, 1])
  })

  it('ends on today in the board time zone', () => {
    // 20:30 UTC on Oct 22 is Oct 23 in Tokyo.
    expect(barChart([], { timezone: 'Asia/Tokyo', maxAgeDays: 2 }).days).toEqual([
      'Oct 21',
      'Oct 22',
      'Oct 23'
    ])
  })

  it('covers the last 30 days when max-age-days is 0 (no age limit), leaving older postings out', () => {
    const chart = barChart([postedOn('2025-01-01T00:00:00Z'), postedOn('2025-10-22T00:00:00Z')], {
      maxAgeDays: 0
    })
    expect(chart.days[0]).toBe('Sep 22')
    expect(chart.counts.reduce((sum, count) => sum + count)).toBe(1)
  })

  it('counts a posting dated after today, which the table shows up to a day ahead, on today’s bar', () => {
    const chart = barChart([postedOn('2025-10-23T06:00:00Z'), postedOn('2025-10-22T10:00:00Z')])
    expect(chart.days.at(-1)).toBe('Oct 22')
    expect(chart.countOn('Oct 22')).toBe(2)
    expect(chart.counts.reduce((sum, count) => sum + count)).toBe(2)
  })

  it('reaches back a day more when the age limit’s 24-hour days cross a daylight-saving change', () => {
    // New York springs forward on 2026-03-08: 30 × 24 hours before 00:30 EDT on Mar 9 is
    // 23:30 EST on Feb 6, a day before "30 days ago" on the calendar.
    const now = new Date('2026-03-09T04:30:00Z')
    const rows = [postedOn('2026-02-07T04:40:00Z'), postedOn('2026-03-08T12:00:00Z')]
    const chart = barChart(rows, { now, timezone: 'America/New_York', maxAgeDays: 30 })
    expect(chart.days[0]).toBe('Feb 06')
    expect(chart.days.at(-1)).toBe('Mar 09')
    expect([chart.countOn('Feb 06'), chart.countOn('Mar 08')]).toEqual([1, 1])
    // Without the change, the bars are the max-age-days days before today, and today.
    expect(barChart([], { now, timezone: 'UTC', maxAgeDays: 30 }).days).toHaveLength(31)
  })

  it('shows full dates when the range is longer than a year, so no two days share a label', () => {
    const { days } = barChart([], { maxAgeDays: 400 })
    expect(days[0]).toBe('2024-09-17')
    expect(days.at(-1)).toBe('2025-10-22')
    expect(new Set(days).size).toBe(401)
  })

  it('scales the axis to at least 10 openings, or to the busiest day', () => {
    expect(barChart([postedOn('2025-10-22T01:00:00Z')]).source).toContain('\n  y-axis 0 --> 10\n')
    const busy = Array.from({ length: 12 }, (_, index) =>
      postedOn('2025-10-22T01:00:00Z', { id: String(index) })
    )
    expect(barChart(busy).source).toContain('\n  y-axis 0 --> 12\n')
  })

  it('puts the work types in a fixed order with their counts, leaving out types without openings', () => {
    const rows = [
      listing({ workType: 'on_site' }),
      listing({ workType: 'remote' }),
      listing({ workType: 'on_site' })
    ]
    expect(diagrams(rows)[1]).toBe(
      'pie showData\n  title Openings by type\n  "Remote" : 1\n  "On Site" : 2'
    )
  })

  it('has no pie without openings', () => {
    expect(diagrams([])).toHaveLength(1)
  })

  it('uses the labels of the board', () => {
    const labels = {
      ...DEFAULT_LABELS,
      openingsPerDay: 'Ofertas por día',
      openingsByType: 'Por tipo',
      remote: 'Remoto'
    }
    const [bars, pie] = diagrams([listing()], { labels })
    expect(bars).toContain('  title "Ofertas por día"\n')
    expect(pie).toBe('pie showData\n  title Por tipo\n  "Remoto" : 1')
  })

  it('leaves out the title line of an empty title', () => {
    const labels = { ...DEFAULT_LABELS, openingsPerDay: '', openingsByType: ' ' }
    const [bars, pie] = diagrams([listing()], { labels })
    expect(bars).not.toContain('title')
    expect(pie).not.toContain('title')
  })

  it('writes label characters that mean something to Mermaid, Markdown or HTML as Mermaid entities', () => {
    const hostile = 'A "b" #quot; %% c; `d` <i>e</i> & [f], {g}: (h) | i = j\nk'
    const labels = {
      ...DEFAULT_LABELS,
      openingsPerDay: hostile,
      openingsByType: hostile,
      remote: hostile
    }
    const [bars, pie] = diagrams([listing()], { labels })
    const encoded =
      'A #34;b#34; #35;quot#59; #37;#37; c#59; #96;d#96; #60;i#62;e#60;/i#62; #38; #91;f#93;#44; #123;g#125;#58; #40;h#41; #124; i #61; j k'
    expect(bars).toContain(`  title "${encoded}"\n`)
    expect(pie).toBe(`pie showData\n  title ${encoded}\n  "${encoded}" : 1`)
  })

  it('is the same for the same openings and clock', () => {
    const rows = [
      postedOn('2025-10-20T12:00:00Z'),
      postedOn('2025-10-22T12:00:00Z', { workType: 'hybrid' })
    ]
    expect(chartBlock(rows, options())).toEqual(chartBlock(structuredClone(rows), options()))
  })

  it('serializes as ```mermaid fenced blocks, which GitHub shows as mermaid code', () => {
    const markdown = toMarkdown(chartBlock([listing()], options({ maxAgeDays: 1 })))
    expect(markdown).toBe(
      [
        '```mermaid',
        'xychart-beta horizontal',
        '  title "Openings per day"',
        '  x-axis ["Oct 21", "Oct 22"]',
        '  y-axis 0 --> 10',
        '  bar [0, 1]',
        '```',
        '',
        '```mermaid',
        'pie showData',
        '  title Openings by type',
        '  "Remote" : 1',
        '```'
      ].join('\n')
    )
    expect(renderGfm(markdown).match(/<pre><code class="language-mermaid">/g)).toHaveLength(2)
  })
})

describe('the chart zone on the command line', () => {
  /** The rows of the table and the sum of the bars, for these postings and clock. */
  function rowsAndBars(postedAts: string[], now: string, timezone: string) {
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': [
        '<!-- jobs:openings:start -->',
        '<!-- jobs:openings:end -->',
        '<!-- jobs:chart:start -->',
        '<!-- jobs:chart:end -->',
        ''
      ].join('\n'),
      'l.json': JSON.stringify(
        postedAts.map((posted_at, index) => ({
          id: `${index}`,
          company: `C${index}`,
          title: 'Backend Engineer',
          url: `https://x.example/${index}`,
          posted_at
        }))
      )
    })
    const run = runCli(['--listings', 'l.json', '--now', now, '--timezone', timezone], {
      cwd: dir
    })
    expect(run.status).toBe(0)
    const readme = read(join(dir, 'README.md'))
    const bars = /^ {2}bar \[(.*)\]$/m.exec(readme)![1]!.split(', ').map(Number)
    return {
      rows: readme.split('\n').filter(line => line.startsWith('| **C')).length,
      bars: bars.reduce((sum, count) => sum + count)
    }
  }

  it('has a bar for every row shown: one ahead of the clock, one at the age limit across a DST change', () => {
    expect(
      rowsAndBars(['2025-10-23T02:00:00Z', '2025-10-22T10:00:00Z'], '2025-10-22T20:30:00Z', 'UTC')
    ).toEqual({ rows: 2, bars: 2 })
    expect(
      rowsAndBars(
        ['2026-02-07T04:40:00Z', '2026-03-08T12:00:00Z'],
        '2026-03-09T04:30:00Z',
        'America/New_York'
      )
    ).toEqual({ rows: 2, bars: 2 })
  })
})
