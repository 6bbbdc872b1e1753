import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS, type Labels } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable, type OpeningsOptions } from '../../src/render/openings.js'
import { renderGfm } from '../helpers/cmark.js'
import { readTable } from './html.js'
import { listing } from './listing.js'

const UTM = { source: 'github', medium: 'repo', campaign: 'github-backend-jobs' }

function tableMarkdown(rows: Listing[], options: Partial<OpeningsOptions> = {}): string {
  return toMarkdown(openingsTable(rows, { labels: DEFAULT_LABELS, timezone: 'UTC', ...options }))
}

function shownRows(rows: Listing[], options: Partial<OpeningsOptions> = {}) {
  return readTable(renderGfm(tableMarkdown(rows, options)))
}

describe('openingsTable', () => {
  it('writes the SPEC example byte for byte', () => {
    const specExample = [
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |',
      '| **[Acme](https://acme.example)** | **[Backend Developer](https://jobs.example/1?utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs)** | Berlin, Germany | Remote | Oct 22 |'
    ].join('\n')
    expect(tableMarkdown([listing()], { utm: UTM })).toBe(specExample)
  })

  it('renders one table with a header of the labels and one body row per listing', () => {
    const html = renderGfm(tableMarkdown([listing({ id: '1' }), listing({ id: '2' })]))
    expect(html).toMatch(
      /<thead>\s*<tr>\s*<th>Company<\/th>\s*<th>Position<\/th>\s*<th>Location<\/th>\s*<th>Type<\/th>\s*<th>Date<\/th>/
    )
    expect(readTable(html)).toMatchObject({
      tables: 1,
      rows: [expect.any(Array), expect.any(Array)]
    })
  })

  it('shows the company in bold, linked to its site without tracking parameters', () => {
    const html = renderGfm(
      tableMarkdown([listing({ companyUrl: 'https://acme.example/about' })], { utm: UTM })
    )
    expect(html).toContain(
      '<td><strong><a href="https://acme.example/about">Acme</a></strong></td>'
    )
  })

  it('shows the company in bold without a link when it has no url', () => {
    const html = renderGfm(tableMarkdown([listing({ companyUrl: undefined })]))
    expect(html).toContain('<td><strong>Acme</strong></td>')
  })

  it('links the position in bold to its posting with the UTM parameters', () => {
    const html = renderGfm(
      tableMarkdown([listing({ url: 'https://jobs.example/1' })], { utm: UTM })
    )
    expect(html).toContain(
      '<td><strong><a href="https://jobs.example/1?utm_source=github&amp;utm_medium=repo&amp;utm_campaign=github-backend-jobs">Backend Developer</a></strong></td>'
    )
  })

  it('replaces existing utm_* parameters and keeps the others and the fragment', () => {
    const url = 'https://jobs.example/1?ref=feed&utm_source=old&UTM_TERM=x&q=a%20b#apply'
    const { links } = shownRows([listing({ url })], { utm: UTM })
    expect(links[1]).toBe(
      'https://jobs.example/1?ref=feed&q=a%20b&utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs#apply'
    )
  })

  it('encodes UTM values that need it', () => {
    const { links } = shownRows([listing()], {
      utm: { source: 'git hub', medium: 'a&b', campaign: 'c=d' }
    })
    expect(links[1]).toBe(
      'https://jobs.example/1?utm_source=git+hub&utm_medium=a%26b&utm_campaign=c%3Dd'
    )
  })

  it('links the posting url as given when UTM is off', () => {
    const url = 'https://jobs.example/1?utm_source=feed&ref=x'
    expect(shownRows([listing({ url })]).links[1]).toBe(url)
  })

  it('shows the location as given, or N/A when empty', () => {
    const { rows } = shownRows([listing({ location: 'Helsinki; Oulu' }), listing({ location: '' })])
    expect(rows.map(row => row[2])).toEqual(['Helsinki; Oulu', 'N/A'])
  })

  it('shows the work type as Remote, Hybrid or On Site', () => {
    const { rows } = shownRows([
      listing({ workType: 'remote' }),
      listing({ workType: 'hybrid' }),
      listing({ workType: 'on_site' })
    ])
    expect(rows.map(row => row[3])).toEqual(['Remote', 'Hybrid', 'On Site'])
  })

  it('shows the posting date as MMM DD in the time zone', () => {
    const rows = [
      listing({ postedAt: Date.parse('2025-07-01T12:00:00Z') }),
      listing({ postedAt: Date.parse('2025-09-30T23:30:00Z') })
    ]
    const dates = (timezone: string) => shownRows(rows, { timezone }).rows.map(row => row[4])
    expect(dates('UTC')).toEqual(['Jul 01', 'Sep 30'])
    expect(dates('Europe/Berlin')).toEqual(['Jul 01', 'Oct 01'])
    expect(dates('America/Los_Angeles')).toEqual(['Jul 01', 'Sep 30'])
    expect(dates('Pacific/Kiritimati')).toEqual(['Jul 02', 'Oct 01'])
  })

  it('uses the labels for the header, the work types and N/A', () => {
    const labels: Labels = {
      ...DEFAULT_LABELS,
      company: 'Firma',
      position: 'Stelle',
      location: 'Ort',
      type: 'Art',
      date: 'Datum',
      onSite: 'Vor Ort',
      notAvailable: 'k. A.'
    }
    const markdown = tableMarkdown([listing({ workType: 'on_site', location: '' })], { labels })
    expect(markdown.split('\n')[0]).toBe('| Firma | Stelle | Ort | Art | Datum |')
    expect(readTable(renderGfm(markdown)).rows[0]?.slice(2, 4)).toEqual(['k. A.', 'Vor Ort'])
  })
})
