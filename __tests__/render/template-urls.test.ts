/**
 * Feed values inside the urls and filter arguments of cell templates, as GitHub shows the
 * README (cmark-gfm, then the HTML read as a browser reads it).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root, RootContent } from 'hast'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { parseTable } from '../../src/config/table.js'
import type { Listing } from '../../src/model.js'
import { tableColumns } from '../../src/render/columns.js'
import { htmlTableLines } from '../../src/render/html-table.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { renderGfm } from '../helpers/cmark.js'
import { GITHUB_PAGE } from '../hostile/expected.js'
import { readTable } from './html.js'
import { listing } from './listing.js'

/** The board's HTML as GitHub renders it, with one column of this cell template. */
function page(cell: string, rows: Listing[], format: 'pipe' | 'html' = 'pipe'): string {
  const table = parseTable(JSON.stringify({ format, columns: [{ header: 'X', cell }] }))
  const tree = openingsTable(rows, {
    labels: DEFAULT_LABELS,
    timezone: 'UTC',
    now: new Date('2025-10-22T12:00:00Z'),
    columns: tableColumns(table.columns)
  })
  if (format === 'pipe') return renderGfm(toMarkdown(tree))
  const { head, body, foot } = htmlTableLines(tree)
  return renderGfm([...head, ...body, ...foot].join('\n'))
}

/** Every link's and image's address in `html`, as a browser reads the attribute. */
function addresses(html: string): string[] {
  const found: string[] = []
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const { href, src } = (node as Element).properties
      for (const address of [href, src]) if (typeof address === 'string') found.push(address)
    }
    if ('children' in node) node.children.forEach(visit)
  }
  visit(fromHtml(html))
  return found
}

/** Where each address of the cell leads from the README's page (one a browser cannot read leads nowhere). */
function targets(cell: string, record: Record<string, unknown>, format?: 'pipe' | 'html'): URL[] {
  return addresses(page(cell, [listing({ record })], format)).flatMap(address =>
    URL.canParse(address, GITHUB_PAGE) ? [new URL(address, GITHUB_PAGE)] : []
  )
}

function hrefs(cell: string, record: Record<string, unknown>): string[] {
  return readTable(page(cell, [listing({ record })])).links
}

const GITHUB = new URL(GITHUB_PAGE).origin

describe('a feed value inside a url the template began', () => {
  it('stays on the template’s host, in an HTML attribute and a Markdown destination', () => {
    const slug = '/evil.example/x'
    for (const cell of ['<a href="/{{ slug }}">x</a>', '[x](/{{ slug }})', '![x](/{{ slug }})'])
      expect(targets(cell, { slug }).map(url => url.origin)).toEqual([GITHUB])
    const path = '.evil.example'
    for (const cell of [
      '<a href="https://site.example{{ path }}">x</a>',
      '<img src="https://site.example{{ path }}">',
      '[x](https://site.example{{ path }})'
    ])
      for (const url of targets(cell, { path })) expect(url.origin).toBe('https://site.example')
    // `@` would make the template's host a user name, `:` would give it a port.
    for (const path of ['@evil.example', ':8080', '\\\\evil.example', '%2Eevil.example'])
      for (const url of targets('<a href="https://site.example{{ path }}/jobs">x</a>', { path }))
        expect(url.origin).toBe('https://site.example')
  })

  it('is a path, query and fragment of the template’s url, as a maintainer writes one', () => {
    const job = '123?ref=x#apply'
    expect(hrefs('<a href="https://jobs.example/{{ job }}">x</a>', { job })).toEqual([
      'https://jobs.example/123?ref=x#apply'
    ])
    expect(hrefs('[x](https://jobs.example/{{ job }})', { job })).toEqual([
      'https://jobs.example/123?ref=x#apply'
    ])
    expect(hrefs('[x](https://jobs.example{{ path }})', { path: '/jobs/7' })).toEqual([
      'https://jobs.example/jobs/7'
    ])
    // A leading `/` after the template's own is a path's, not a second host's.
    expect(hrefs('<a href="/{{ slug }}">x</a>', { slug: '/evil.example/x' })).toEqual([
      '/%2Fevil.example/x'
    ])
    // What is not url syntax is percent-encoded; an escape of the feed's own is kept.
    expect(hrefs('[x](/companies/{{ name }}.md)', { name: 'Acme Inc "Ü" %C3%BC' })).toEqual([
      '/companies/Acme%20Inc%20%22%C3%9C%22%20%C3%BC.md'
    ])
    // A scheme the template writes is its own.
    expect(
      hrefs('[x](mailto:{{ email }})', { email: 'jobs@acme.example?subject=Hi there' })
    ).toEqual(['mailto:jobs@acme.example?subject=Hi%20there'])
    // Still no scheme of a value's own.
    expect(hrefs('[x](java{{ rest }})', { rest: 'script:alert(1)' })).toEqual([
      'javascript%3Aalert(1)'
    ])
  })

  it('that begins the url, or writes the host the template leaves open, is checked as a link', () => {
    expect(hrefs('[Apply]({{ url }}?ref=board)', {})).toEqual(['https://jobs.example/1?ref=board'])
    expect(hrefs('<a href="{{ url }}">x</a>', {})).toEqual(['https://jobs.example/1'])
    expect(hrefs('[x]({{ home }}/jobs)', { home: 'javascript:alert(1)//' })).toEqual([])
    const domain = 'acme.example'
    expect(hrefs('[x](https://{{ domain }}/careers)', { domain })).toEqual([
      'https://acme.example/careers'
    ])
    // A value in the host the template goes on writing is a part of that host only.
    expect(hrefs('[x](https://{{ team }}.jobs.example/)', { team: 'core' })).toEqual([
      'https://core.jobs.example/'
    ])
    expect(hrefs('[x](https://{{ team }}.jobs.example/)', { team: 'evil.example/' })).toEqual([])
  })

  it('is no link when it names a user before the host, so reads as one site and opens another', () => {
    const domain = 'acme.example@evil.example'
    expect(hrefs('[x](https://{{ domain }}/careers)', { domain })).toEqual([])
    const home = 'https://careers.acme.example@evil.example/'
    expect(hrefs('[x]({{ home }})', { home })).toEqual([])
    expect(hrefs('{{ "Apply" | link: home }}', { home })).toEqual([])
    expect(hrefs('{{ "Apply" | image_link: home }}', { home })).toEqual([])
    // An "@" after the host is a path's or a query's, and links.
    expect(hrefs('[x]({{ home }})', { home: 'https://medium.com/@acme' })).toEqual([
      'https://medium.com/@acme'
    ])
  })

  it('never extends text GitHub links by itself into another address', () => {
    const evil = '.evil.example/x'
    for (const [cell, record] of [
      ['https://jobs.example{{ v }}', { v: evil }],
      ['<https://jobs.example{{ v }}>', { v: evil }],
      ['www{{ v }}', { v: evil }],
      ['https:/{{ v }}', { v: '/evil.example' }],
      ['jobs@{{ v }}', { v: 'evil.example' }],
      ['{{ v }}{{ w }}', { v: 'www', w: evil }]
    ] as const)
      for (const url of targets(cell, record)) expect(url.hostname).not.toMatch(/evil/)
  })

  const pieces = fc.constantFrom(
    ...['/', '//', '\\', '.', '@', ':', '?', '#', '%2F', '%2E', '%5C', '%', 'evil', 'example'],
    ...[' ', '\t', '\n', '&', '&#47;', '&sol;', ';', 'ё', '。', '"', "'", '<', '>', '|', '(', ')'],
    ...['[', ']', '*', '`', 'javascript:', 'https://evil.example', '\u0000', '\u200b', 'www']
  )
  const value = fc.array(pieces, { maxLength: 8 }).map(parts => parts.join(''))
  const jobs = 'https://jobs.example'
  const cases: Array<[string, string]> = [
    ['<a href="https://jobs.example{{ v }}">x</a>', jobs],
    ['<a href="https://jobs.example/{{ v }}">x</a>', jobs],
    ["<a href='/{{ v }}/{{ w }}'>x</a>", GITHUB],
    ['<a href=/{{ v }}>x</a>', GITHUB],
    ['<a title="{{ w }}" href="&#47;{{ v }}">x</a>', GITHUB],
    ['<img alt="{{ w }}" src="//jobs.example{{ v }}">', jobs],
    ['[x](https://jobs.example{{ v }})', jobs],
    ['[x](/{{ v }})', GITHUB],
    ['![x](/{{ v }}{{ w }})', GITHUB],
    ['[x](<https://jobs.example{{ v }}>)', jobs],
    ['[x](https://jobs.example/{{ v }}?q={{ w }})', jobs],
    ['[x](java{{ v }})', GITHUB],
    ['[x](https://{{ w }}.jobs.example{{ v }})', 'jobs.example'],
    // Text GitHub links by itself: the template's own address, or none.
    ['https://jobs.example{{ v }}', jobs],
    ['<https://jobs.example{{ v }}>', jobs],
    ['www.jobs.example{{ v }} x{{ w }}', 'http://www.jobs.example'],
    ['https:/{{ v }} www{{ w }} jobs@{{ v }}', ''],
    ['{{ w }}{{ v }}', '']
  ]

  it.each(['pipe', 'html'] as const)(
    'never changes the scheme or host the template wrote, whatever it holds (%s)',
    format => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), value, value, ([cell, origin], v, w) => {
          for (const url of targets(cell, { v, w }, format))
            if (origin.includes('://')) expect(url.origin).toBe(origin)
            else
              expect(url.hostname.endsWith(`.${origin || 'none'}`) && url.protocol).toBe('https:')
        }),
        { numRuns: 300 }
      )
    }
  )
})

describe('a feed value as an argument of join, mark or details', () => {
  const hostile = '<img src="https://evil.example/t.png"> [x](https://evil.example) **b**'

  it('is escaped like any value: no tag, no link of its own', () => {
    const record = {
      tags: ['go', 'sql'],
      separator: hostile,
      sponsorship: 'No',
      label: 'No',
      badge: hostile,
      summary: hostile,
      places: ['A', 'B', 'C', 'D']
    }
    for (const cell of [
      '{{ tags | join: record.separator }}',
      '{{ sponsorship | mark: record.label, record.badge }}',
      '{{ places | details: 3, record.summary }}',
      '{{ places | details: 1, "places", record.separator }}',
      '{% assign sep = record.separator %}{{ tags | join: sep }}'
    ]) {
      const html = page(cell, [listing({ record })])
      expect(addresses(html)).toEqual([])
      expect(html).not.toContain('<strong>b</strong>')
      expect(readTable(html).rows[0]![0]).toContain(hostile)
    }
  })

  it('written in the template, or made by a capture, is markup as before', () => {
    const record = { tags: ['go', 'sql'], sponsorship: 'No', places: ['A', 'B'] }
    const cell = (template: string) => readTable(page(template, [listing({ record })])).rows[0]![0]
    expect(page('{{ tags | join: "<br>" }}', [listing({ record })])).toContain('go<br>sql')
    expect(
      page('{% capture sep %}<br>{% endcapture %}{{ tags | join: sep }}', [listing({ record })])
    ).toContain('go<br>sql')
    expect(cell('{{ sponsorship | mark: "No", "**🛂**" }}')).toBe('🛂')
    expect(page('{{ places | details: 1, "places" }}', [listing({ record })])).toContain(
      '<summary><strong>2 places</strong></summary>A</br>B'
    )
  })

  it('is an image_link source only as an http(s) url, not another host’s relative one', () => {
    const cell = '{{ url | image_link: logo, "Apply" }}'
    expect(addresses(page(cell, [listing({ record: { logo: '//evil.example/t.png' } })]))).toEqual([
      'https://jobs.example/1'
    ])
    expect(
      addresses(page(cell, [listing({ record: { logo: 'https://img.example/a.png' } })]))
    ).toEqual(['https://jobs.example/1', 'https://img.example/a.png'])
  })

  it('shows an image_link’s alt text from the feed as text when there is no image', () => {
    const button =
      '<a href="https://evil.example">Apply here</a> **Apply** [now](https://evil.example/2) @octocat www.evil.example | x'
    for (const format of ['pipe', 'html'] as const)
      for (const logo of [undefined, 'ftp://img.example/a.png', '//evil.example/l.png']) {
        const html = page(
          '{{ url | image_link: logo, button, 80 }}',
          [listing({ record: { button, ...(logo ? { logo } : {}) } })],
          format
        )
        // One link, the posting's; no tag or emphasis of the feed's, no mention, the text as given.
        expect(addresses(html)).toEqual(['https://jobs.example/1'])
        expect(html).not.toMatch(/<strong>|<em>|<a [^>]*href="https:\/\/evil/)
        expect(html).not.toMatch(/@octocat|www\.evil/)
        expect(readTable(html).rows).toEqual([[button]])
      }
  })
})
