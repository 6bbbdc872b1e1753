/**
 * `table: { format: html }`: the openings as an HTML table (the mdast table through
 * mdast-util-to-hast and hast-util-to-html), which GitHub shows as a table and change
 * detection reads back.
 */
import { describe, expect, it } from '@jest/globals'
import { buildBoards, type BoardIO } from '../../src/board.js'
import { parseBoards } from '../../src/config/boards.js'
import { parseSettings } from '../../src/config/config.js'
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

  it('writes & alone where a browser reads it so, as boards’ scripts do, else &amp;', async () => {
    const listings = [
      {
        ...OPENINGS[0]!,
        company: 'Friends & Family &copy &#1 &x; R&D',
        url: 'https://jobs.example/1?a=1&ref=b&not_x=2&amp=3'
      }
    ]
    const { result } = await runBoard(README, listings, 'json', { table: HTML_TABLE, utm: 'false' })
    expect(result.after).toContain(
      '<strong>Friends & Family &amp;copy &amp;#<!-- -->1 &amp;x; R&D</strong>'
    )
    expect(result.after).toContain('href="https://jobs.example/1?a=1&ref=b&amp;not_x=2&amp=3"')
    const html = renderGfm(result.after)
    expect(readTable(html).rows[0]![0]).toBe('Friends & Family &copy &#1 &x; R&D')
    expect(readTable(html).links).toEqual(['https://jobs.example/1?a=1&ref=b&not_x=2&amp=3'])
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

describe('an HTML table read back by the next run', () => {
  /** One run of a board of the boards file (`options` its YAML lines) over `listings`. */
  async function run(readme: string, options: string, listings: object[]) {
    const files: Record<string, string> = {
      'README.md': readme,
      'jobs.json': JSON.stringify(listings)
    }
    const io: BoardIO = {
      readFile: async path => files[path],
      listFiles: async () => [],
      warn: () => undefined
    }
    const raw = { listings: 'jobs.json', now: '2026-12-07T00:00:00Z' }
    const yaml = `boards:\n  - readme: README.md\n${options.replace(/^/gm, '    ')}\n`
    const boards = await parseBoards(yaml, raw, 'boards.yml')
    return (await buildBoards(parseSettings(raw).run, boards, io)).boards[0]!
  }

  const role = (id: string, fields: object = {}) => ({
    id,
    company: `Company ${id}`,
    title: `Engineer ${id}`,
    url: `https://boards.example/jobs/${id}`,
    posted_at: '2026-12-06T10:00:00Z',
    ...fields
  })

  it.each([
    ['brackets', 'https://boards.example/jobs?f[loc]=NY'],
    ['a pipe', 'https://boards.example/jobs?loc=NY|SF'],
    ['brackets in the path', 'https://boards.example/jobs/[1]/apply']
  ])(
    'compares a Markdown link holding %s as the page links it (encoded): no change',
    async (_, url) => {
      const listings = [role('1', { url }), role('2')]
      for (const format of ['html', 'pipe']) {
        const options = `table:\n  format: ${format}`
        const first = await run(README, options, listings)
        // GitHub links it encoded, as the HTML table writes it.
        expect(renderGfm(first.after)).toContain(url.replace(/[[\]|]/g, encodeURIComponent))
        const again = await run(first.after, options, listings)
        expect(again).toMatchObject({ added: [], removed: [], after: first.after, changed: false })
        const fewer = await run(first.after, `${options}\nmax-removed-percent: 50`, [role('2')])
        expect(fewer.removed).toHaveLength(1)
        expect(fewer.added).toEqual([])
      }
    }
  )

  it('counts no folded closed role as an opening (closed: details)', async () => {
    const listings = [role('1'), role('2', { active: false }), role('3', { active: false })]
    const options = 'closed: details\ntable:\n  format: html'
    const first = await run(README, options, listings)
    expect(first.after).toContain('<details><summary>Inactive roles (2)</summary>')
    const again = await run(first.after, options, listings)
    expect(again).toMatchObject({ added: [], removed: [], after: first.after, changed: false })
    // A new opening is one added; a role closed leaves the table for the folded ones, removed.
    const more = await run(first.after, options, [role('4'), ...listings])
    expect(more).toMatchObject({ added: ['https://boards.example/jobs/4'], removed: [] })
    const closed = await run(more.after, `${options}\nmax-removed-percent: 50`, [
      role('4'),
      role('1', { active: false }),
      ...listings.slice(1)
    ])
    expect(closed).toMatchObject({ added: [], removed: ['https://boards.example/jobs/1'] })
  })

  it('reads no markup in an attribute value: a title telling of <a href=…> is text', async () => {
    const title = 'Engineer <a href=x>y</a>'
    const listings = [role('1', { title }), role('2')]
    for (const format of ['html', 'pipe']) {
      const options =
        `table:\n  format: ${format}\n  columns:\n    - header: Role\n` +
        `      cell: '<a href="{{ url }}" title="{{ title }}">Apply</a>'`
      const first = await run(README, options, listings)
      // GitHub shows the title as text, and links only the postings.
      const shown = renderGfm(first.after)
      expect(shown).toContain('title="Engineer &#60;a href=x&#62;y&#60;/a&#62;"')
      expect(readTable(shown).links.map(link => link.replace(/\?.*/, ''))).toEqual([
        'https://boards.example/jobs/1',
        'https://boards.example/jobs/2'
      ])
      const again = await run(first.after, options, listings)
      expect(again).toMatchObject({ added: [], removed: [], after: first.after, changed: false })
    }
  })
})
