/**
 * `table: { format: html }`: the openings as an HTML table (the mdast table through
 * mdast-util-to-hast and hast-util-to-html), which GitHub shows as a table and change
 * detection reads back.
 */
import { describe, expect, it } from '@jest/globals'
import { runBoard, TWO_OPENINGS } from '../hostile/board.js'
import { renderGfm } from '../helpers/cmark.js'
import { readTable } from './html.js'

const README = '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
const OPENINGS = TWO_OPENINGS.map((record, index) => ({
  ...record,
  id: String(index),
  categories: ['backend'],
  sponsorship: index === 0 ? 'Does Not Offer Sponsorship' : 'Offers Sponsorship'
}))

const HTML_TABLE = `
format: html
columns:
  - header: Company
    cell: "**{{ company }}**"
  - header: Role
    cell: "{{ title }}{{ sponsorship | mark: 'Does Not Offer Sponsorship', ' 🛂' }}"
  - header: Application
    align: center
    cell: '{{ url | image_link: "https://img.example/apply.png", "Apply", 118 }}'
`

describe('an HTML openings table', () => {
  it('is one HTML block GitHub shows as the table, a row per opening', async () => {
    const { result } = await runBoard(README, OPENINGS, 'json', { table: HTML_TABLE, utm: 'false' })
    expect(result.after).toContain('<table>\n<thead>\n<tr>\n<th>Company</th>')
    // One HTML block, closed by a blank line before the end marker.
    const zone = result.after.split('<!-- jobs:openings:start -->\n')[1]!
    expect(zone.split('\n\n')).toEqual([
      expect.stringMatching(/^<table>[^]*<\/table>$/),
      '<!-- jobs:openings:end -->\n'
    ])
    const shown = readTable(renderGfm(result.after))
    expect(shown.tables).toBe(1)
    // readTable reads the cells without attributes; the centred one is asserted below.
    expect(shown.rows).toEqual([
      ['Acme', 'Backend Engineer 🛂'],
      ['Globex', 'Backend Developer']
    ])
    expect(shown.links).toEqual(['https://jobs.example/1', 'https://jobs.example/2'])
    expect(renderGfm(result.after)).toContain(
      '<td align="center"><a href="https://jobs.example/1">'
    )
  })

  it('is read back by change detection: same rows no change, a lost row removed', async () => {
    const first = await runBoard(README, OPENINGS, 'json', { table: HTML_TABLE, utm: 'false' })
    const again = await runBoard(first.result.after, OPENINGS, 'json', {
      table: HTML_TABLE,
      utm: 'false'
    })
    expect(again.result).toMatchObject({ added: [], removed: [], after: first.result.after })

    const fewer = await runBoard(first.result.after, OPENINGS.slice(1), 'json', {
      table: HTML_TABLE,
      utm: 'false',
      'max-removed-percent': '50'
    })
    expect(fewer.result.removed).toEqual(['https://jobs.example/1'])
    expect(fewer.result.added).toEqual([])
  })

  it('arms the removal guard', async () => {
    const first = await runBoard(README, OPENINGS, 'json', { table: HTML_TABLE, utm: 'false' })
    await expect(
      runBoard(first.result.after, OPENINGS.slice(1), 'json', {
        table: HTML_TABLE,
        'max-removed-percent': '10'
      })
    ).rejects.toMatchObject({ code: 'too-many-removed' })
  })
})

describe('a custom pipe table', () => {
  it('finds its posting links in the column that shows the posting url', async () => {
    const table = `
columns:
  - { header: Apply, cell: "{{ url | image_link: 'https://img.example/a.png', 'Apply' }}" }
  - { header: Company, cell: "{{ company | link: company_url }}" }
`
    const withCompany = OPENINGS.map(record => ({ ...record, company_url: 'https://acme.example' }))
    const first = await runBoard(README, withCompany, 'json', { table, utm: 'false' })
    const fewer = await runBoard(first.result.after, withCompany.slice(1), 'json', {
      table,
      utm: 'false',
      'max-removed-percent': '50'
    })
    expect(fewer.result.removed).toEqual(['https://jobs.example/1'])
  })
})
