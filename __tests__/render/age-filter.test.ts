import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { parseTable } from '../../src/config/table.js'
import type { Listing } from '../../src/model.js'
import { tableColumns } from '../../src/render/columns.js'
import { htmlTableLines } from '../../src/render/html-table.js'
import { openingsTable } from '../../src/render/openings.js'
import { renderGfm } from '../helpers/cmark.js'
import { listing } from './listing.js'

const NOW = new Date('2026-04-20T00:00:00Z')
const DAY = 86_400_000

/** The Age column's cells, as GitHub renders an HTML table of `rows` with this cell template. */
function ages(cell: string, rows: Listing[]): string[] {
  const table = parseTable(JSON.stringify({ format: 'html', columns: [{ header: 'Age', cell }] }))
  const tree = openingsTable(rows, {
    labels: DEFAULT_LABELS,
    timezone: 'UTC',
    now: NOW,
    columns: tableColumns(table.columns)
  })
  const { head, body, foot } = htmlTableLines(tree)
  const html = renderGfm([...head, ...body, ...foot].join('\n'))
  return [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(match => match[1]!)
}

/** Listings posted 0, 29, 30, 31, 59, 60 and 95 days (and a minute) before NOW. */
const rows = [0, 29, 30, 31, 59, 60, 95].map((days, index) =>
  listing({
    id: `${index}`,
    url: `https://jobs.example/${index}`,
    postedAt: NOW.getTime() - days * DAY - 60_000
  })
)

describe('the age filter', () => {
  it('counts months from 30 days by default', () => {
    expect(ages('{{ posted_at | age }}', rows)).toEqual([
      '0d',
      '29d',
      '1mo',
      '1mo',
      '1mo',
      '2mo',
      '3mo'
    ])
  })

  it('counts months from the number of days it is given', () => {
    // SimplifyJobs' 2026 board: 30 days is still "30d", 31 is "1mo".
    expect(ages('{{ posted_at | age: 31 }}', rows)).toEqual([
      '0d',
      '29d',
      '30d',
      '1mo',
      '1mo',
      '2mo',
      '3mo'
    ])
    expect(ages('{{ posted_at | age: 90 }}', rows)).toEqual([
      '0d',
      '29d',
      '30d',
      '31d',
      '59d',
      '60d',
      '3mo'
    ])
  })

  it('counts days only with "days", as speedyapply writes ages', () => {
    expect(ages('{{ posted_at | age: "days" }}', rows)).toEqual([
      '0d',
      '29d',
      '30d',
      '31d',
      '59d',
      '60d',
      '95d'
    ])
  })

  it('refuses a threshold that is not a number, saying so', () => {
    expect(() => ages('{{ posted_at | age: "soon" }}', rows)).toThrow(
      /age: "soon" is not a number of days/
    )
  })
})
