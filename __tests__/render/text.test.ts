import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { renderGfm } from '../helpers/cmark.js'
import { githubReferences } from '../helpers/github-references.js'
import { readTable } from './html.js'
import { listing } from './listing.js'

const COMPANY_URL = 'https://acme.example/'
const POSTING_URL = 'https://jobs.example/1'

/** One listing rendered as the table GitHub would show, and its Markdown. */
function renderRow(overrides: Partial<Listing>) {
  const row = listing({ companyUrl: COMPANY_URL, url: POSTING_URL, ...overrides })
  const markdown = toMarkdown(openingsTable([row], { labels: DEFAULT_LABELS, timezone: 'UTC' }))
  const table = readTable(renderGfm(markdown))
  const [company, title, location] = table.rows[0] ?? []
  return { markdown, table, company, title, location }
}

/** The value at the start, in the middle and at the end of a cell, doubled, and alone. */
function placements(character: string): string[] {
  return [
    `${character}Acme`,
    `Acme ${character} Corp`,
    `Acme${character}`,
    `${character}${character}Acme${character}${character}`,
    `Acme${character}Corp${character}`,
    character
  ]
}

describe('cell text', () => {
  const specials = ['|', '*', '_', '`', '[', ']', '<', '>', '\\', '&', '~', '$']

  describe.each(specials)('the character %s', character => {
    it.each(placements(character))('shows %j literally in a linked bold cell', value => {
      const { table, company, title } = renderRow({ company: value, title: value })
      expect(table.tables).toBe(1)
      expect(table.rows).toHaveLength(1)
      expect(table.rows[0]).toHaveLength(5)
      expect([company, title]).toEqual([value, value])
      expect(table.links).toEqual([COMPANY_URL, POSTING_URL])
    })

    it.each(placements(character))('shows %j literally in a bold cell without link', value => {
      const { table, company } = renderRow({ company: value, companyUrl: undefined })
      expect(table.rows[0]).toHaveLength(5)
      expect(company).toBe(value)
      expect(table.links).toEqual([POSTING_URL])
    })

    it.each(placements(character))('shows %j literally in a plain cell', value => {
      const { table, location } = renderRow({ location: value })
      expect(table.rows[0]).toHaveLength(5)
      expect(location).toBe(value)
    })
  })

  it('escapes a pipe in a cell as \\|', () => {
    const { markdown } = renderRow({ location: 'Java (x|f|m)' })
    expect(markdown).toContain('| Java (x\\|f\\|m) |')
  })

  it.each(['&amp;', '&#x41;', '&#65;', '&copy;', 'R&D &lt;team&gt;'])(
    'shows the character reference %j as written, not decoded',
    value => {
      expect(renderRow({ location: value, title: value })).toMatchObject({
        location: value,
        title: value
      })
    }
  )

  it.each(['<script>alert(1)</script>', '<b>bold</b>', '<!-- note -->', '<img src=x>'])(
    'shows the HTML %j as text',
    value => {
      const { table, location } = renderRow({ location: value })
      expect(location).toBe(value)
      expect(table.rows[0]).toHaveLength(5)
    }
  )

  it.each([
    ['Berlin\nGermany', 'Berlin Germany'],
    ['Berlin\r\n\r\nGermany', 'Berlin Germany'],
    ['Berlin \r Germany', 'Berlin Germany'],
    ['Berlin\tGermany', 'Berlin Germany'],
    ['Berlin\u0000\u001bGermany', 'Berlin Germany'],
    ['Berlin\u2028Germany', 'Berlin Germany'],
    ['  Berlin, Germany \n', 'Berlin, Germany']
  ])('turns line breaks and control characters in %j into single spaces', (value, shown) => {
    const { table, company, title, location } = renderRow({
      company: value,
      title: value,
      location: value
    })
    expect(table.rows).toHaveLength(1)
    expect([company, title, location]).toEqual([shown, shown, shown])
  })

  it.each([
    'www.example.com',
    'see www.example.com/jobs',
    'http://example.com',
    'HTTPS://example.com/a?b=c',
    'ftp://files.example.com',
    'jobs@example.com',
    'mailto:jobs@example.com',
    'xmpp:jobs@example.com/desk',
    'first.last+tag@mail.example.org, www.a.io and https://b.io'
  ])('does not turn %j into a link', value => {
    const { table, company, title, location } = renderRow({
      company: value,
      title: value,
      location: value
    })
    expect([company, title, location]).toEqual([value, value, value])
    expect(table.links).toEqual([COMPANY_URL, POSTING_URL])
  })

  it('shows N/A for a location with nothing visible in it', () => {
    expect(renderRow({ location: ' \n\t ' }).location).toBe('N/A')
  })

  it.each([
    ['@octocat', 'a mention'],
    ['Ping @org/team now', 'a team mention'],
    ['Acme (@acme)', 'a mention after a bracket'],
    ['jobs@acme.example', 'an email, whose "@acme" would mention acme once split for the autolink'],
    ['See #5', 'an issue reference'],
    ['acme/board#12', 'another repository’s issue'],
    ['GH-7 role', 'a GH- reference']
  ])('shows %j as typed, and GitHub makes nothing of it (%s)', (value: string) => {
    const { markdown, company, title, location } = renderRow({
      company: value,
      title: value,
      location: value
    })
    expect([company, title, location]).toEqual([value, value, value])
    expect(githubReferences(renderGfm(markdown))).toEqual([])
  })

  it('leaves a "#" inside a word as it is: "Job#479" is no issue reference', () => {
    expect(renderRow({ title: 'Junior Job#479' }).markdown).toContain('Junior Job#479')
  })
})
