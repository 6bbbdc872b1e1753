/** An image_link's alt text and width are texts: an object or list given for one is none. */
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { parseTable } from '../../src/config/table.js'
import { tableColumns } from '../../src/render/columns.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { listing } from './listing.js'

function line(cell: string, record: Record<string, unknown>): string {
  const table = parseTable(JSON.stringify({ columns: [{ header: 'X', cell }] }))
  const tree = openingsTable([listing({ url: 'https://jobs.example/1', record })], {
    labels: DEFAULT_LABELS,
    timezone: 'UTC',
    now: new Date('2026-12-01T12:00:00Z'),
    columns: tableColumns(table.columns)
  })
  return toMarkdown(tree).split('\n')[2]!
}

describe('image_link', () => {
  it('writes no alt text or width for an object or a list given as one', () => {
    const record = { logo: { url: 'https://img.example/acme.png' }, size: { w: 50 }, tags: ['a'] }
    const written = line(
      '{{ url | image_link: "https://img.example/apply.png", record.logo, record.size }}',
      record
    )
    expect(written).not.toContain('object')
    expect(written).toContain('<img src="https://img.example/apply.png" alt="">')
    expect(
      line('{{ url | image_link: "https://img.example/apply.png", record.tags, 118 }}', record)
    ).toContain('<img src="https://img.example/apply.png" width="118" alt="">')
    // Texts and numbers are written as before.
    expect(
      line('{{ url | image_link: "https://img.example/apply.png", "Apply", 118 }}', record)
    ).toContain('<img src="https://img.example/apply.png" width="118" alt="Apply">')
  })
})
