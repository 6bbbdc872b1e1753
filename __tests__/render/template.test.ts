import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { parseTable, type TableSettings } from '../../src/config/table.js'
import type { Listing } from '../../src/model.js'
import { fieldsNoRowHas, tableColumns } from '../../src/render/columns.js'
import { htmlTableLines } from '../../src/render/html-table.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { countsText } from '../../src/render/counts.js'
import { openingsTable, type OpeningsOptions } from '../../src/render/openings.js'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
import { join } from 'node:path'
import { linkTarget } from '../hostile/expected.js'
import { listingText, postingUrl } from './arbitraries.js'
import { readTable } from './html.js'
import { listing } from './listing.js'
import { oneLine, tidied } from '../hostile/text.js'

const NOW = new Date('2025-10-22T12:00:00Z')

/** The table of `rows` with the columns of `yaml`, as Markdown (or HTML with `format: html`). */
function rendered(yaml: string, rows: Listing[], options: Partial<OpeningsOptions> = {}): string {
  const table = parseTable(yaml)
  const tree = openingsTable(rows, {
    labels: DEFAULT_LABELS,
    timezone: 'UTC',
    now: NOW,
    columns: tableColumns(table.columns),
    ...options
  })
  if (table.format === 'pipe') return toMarkdown(tree)
  const { head, body, foot } = htmlTableLines(tree)
  return [...head, ...body, ...foot].join('\n')
}

/** One column with this cell template: the cell's HTML as GitHub renders it, per row. */
function cells(cell: string, rows: Listing[], options: Partial<OpeningsOptions> = {}): string[] {
  const yaml = JSON.stringify({ columns: [{ header: 'X', cell }] })
  const html = renderGfm(rendered(yaml, rows, options))
  const body = html.split('<tbody>')[1] ?? ''
  return [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(match => match[1]!)
}

/** One column with this cell template: the table's Markdown lines below its delimiter row. */
function bodyLines(cell: string, rows: Listing[]): string[] {
  const yaml = JSON.stringify({ columns: [{ header: 'X', cell }] })
  return rendered(yaml, rows, { timezone: 'Asia/Kolkata' }).split('\n').slice(2).filter(Boolean)
}

function cell(template: string, fields: Partial<Listing> = {}, options = {}): string {
  return cells(template, [listing(fields)], options)[0]!
}

describe('cell templates', () => {
  it('write a date by a strftime pattern in the board’s zone and locale', () => {
    const postedAt = Date.parse('2025-10-03T02:00:00Z')
    expect(cell('{{ posted_at | date: "%b %d" }}', { postedAt })).toBe('Oct 03')
    expect(
      cell(
        '{{ posted_at | date: "%b %-d, %Y" }}',
        { postedAt },
        { timezone: 'America/Los_Angeles' }
      )
    ).toBe('Oct 2, 2025')
    expect(cell('{{ posted_at | date: "%B %Y" }}', { postedAt }, { locale: 'de-DE' })).toBe(
      'Oktober 2025'
    )
  })

  it('see each canonical field of the listing, and the feed’s own fields behind them', () => {
    const fields = {
      id: 'job-7',
      company: ' Acme\n Corp ',
      companyUrl: 'https://acme.example',
      title: 'Backend Developer',
      url: 'https://jobs.example/7?utm_source=feed&ref=x',
      location: 'Berlin; Paris',
      workType: 'hybrid' as const,
      skills: ['go', 'sql'],
      categories: ['backend'],
      record: { team: 'Core', title: 'the feed’s own title' }
    }
    const utm = { source: 'board', medium: 'readme', campaign: 'jobs' }
    const template =
      '{{ id }}/{{ company }}/{{ company_url }}/{{ title }}/{{ url_raw }}/{{ location }}/' +
      '{{ locations | size }}/{{ work_type }}/{{ posted_at | date: "%Y" }}/{{ skills | join: "+" }}/' +
      '{{ categories | first }}/{{ active }}/{{ team }}/{{ record.title }}'
    expect(cell(template, fields, { utm })).toBe(
      // A url shown as text is kept from being linked (text.ts).
      'job-7/Acme Corp/https<!-- -->://acme.example/Backend Developer/' +
        'https<!-- -->://jobs.example/7?utm_source=feed&amp;ref=x/Berlin; Paris/2/hybrid/2025/go+sql/' +
        'backend/true/Core/the feed’s own title'
    )
    // The tracked url, read twice in one cell, is the same both times.
    const tracked =
      'https<!-- -->://jobs.example/7?ref=x&amp;utm_source=board&amp;utm_medium=readme&amp;utm_campaign=jobs'
    expect(cell('{{ url }} {{ url }}', fields, { utm })).toBe(`${tracked} ${tracked}`)
    // A field named by a value the template computes is there too, in every cell of a row.
    const named =
      '{% assign f = "skills" %}{{ [f] | join: "+" }}|{% assign g = "title" %}{{ [g] }}|' +
      '{% if skills.size > 1 %}{{ skills | last }}{% endif %}|{{ posted_at | date: "%Y" }}'
    expect(
      cells(named, [listing(fields), listing({ ...fields, title: 'Go Engineer', skills: ['go'] })])
    ).toEqual(['go+sql|Backend Developer|sql|2025', 'go|Go Engineer||2025'])
  })

  it('read a feed field in Unix seconds as a date', () => {
    const record = { date_posted: 1_727_920_800 }
    expect(cell('{{ date_posted | date: "%b %d %H:%M" }}', { record })).toBe('Oct 03 02:00')
  })

  it('read a feed field’s date as posted_at is read, guessing nothing', () => {
    const shown = (updated: unknown) =>
      cell('{{ updated | date: "%Y-%m-%d %H:%M" }}', { record: { updated } })
    expect(shown('Tue, 21 Oct 2025 10:00:00 GMT')).toBe('2025-10-21 10:00')
    expect(shown('2025-10-20 23:30:00')).toBe('2025-10-20 23:30') // no zone: UTC
    expect(shown(1_761_040_800_000)).toBe('2025-10-21 10:00') // milliseconds, by size
    // Text no standard defines shows nothing, where Date.parse made "Oct 22" a day of 2001.
    expect(shown('Oct 22')).toBe('')
    expect(shown('10/11/2025')).toBe('')
  })

  it('write a listing’s age in days, then months', () => {
    const ago = (days: number) => ({ postedAt: NOW.getTime() - days * 86_400_000 })
    expect(cell('{{ posted_at | age }}', ago(0))).toBe('0d')
    expect(cell('{{ posted_at | age }}', ago(12))).toBe('12d')
    expect(cell('{{ posted_at | age }}', ago(95))).toBe('3mo')
  })

  it('join a list with markup between its escaped items', () => {
    const record = { places: ['Berlin', '<b>Paris</b>'] }
    expect(cell('{{ places | join: "<br>" }}', { record })).toBe(
      'Berlin<br>&lt;b&gt;Paris&lt;/b&gt;'
    )
  })

  it('collapse a list longer than the limit into details, with a count', () => {
    const template = '{{ locations | details: 2, "locations" }}'
    expect(cell(template, { location: 'A; B' })).toBe('A</br>B')
    expect(cell(template, { location: 'A; B; C' })).toBe(
      '<details><summary><strong>3 locations</strong></summary>A</br>B</br>C</details>'
    )
  })

  it('map a field’s values to marks, from pairs or for each value of a list', () => {
    const template =
      '{{ title }}{{ sponsorship | mark: "Does Not Offer Sponsorship", " 🛂", "U.S. Citizenship is Required", " 🇺🇸" }}'
    expect(cell(template, { record: { sponsorship: 'Does Not Offer Sponsorship' } })).toBe(
      'Backend Developer 🛂'
    )
    expect(cell(template, { record: { sponsorship: 'Offers Sponsorship' } })).toBe(
      'Backend Developer'
    )
    expect(
      cell('{{ degrees | mark: "Master\'s", "🎓", "PhD", "🎓" }}', {
        record: { degrees: ['PhD', "Bachelor's"] }
      })
    ).toBe('🎓')
  })

  it('map a value to its mark whatever its case and spacing, as dedupe compares names', () => {
    const template = '{{ sponsorship | mark: "Does Not Offer Sponsorship", " 🛂" }}'
    expect(cell(template, { record: { sponsorship: 'does not offer  sponsorship ' } })).toBe('🛂')
    expect(cell(template, { record: { sponsorship: 'Offers Sponsorship' } })).toBe('')
  })

  it('link a value only to an http(s) url, and show the text alone otherwise', () => {
    expect(cell('{{ company | link: company_url }}')).toBe(
      '<a href="https://acme.example">Acme</a>'
    )
    expect(cell('{{ company | link: company_url }}', { companyUrl: undefined })).toBe('Acme')
    expect(cell('{{ company | link: home }}', { record: { home: 'javascript:alert(1)' } })).toBe(
      'Acme'
    )
    // Inside the template's url, a value is its path (and query): what is not url syntax is encoded.
    expect(cell('[{{ company }}](https://x.example/{{ id }})', { id: 'a b/c' })).toBe(
      '<a href="https://x.example/a%20b/c">Acme</a>'
    )
  })

  it('keep the titles of the template’s links and images', () => {
    expect(cell('![Entry](https://img.example/entry.svg "Entry-Level")')).toBe(
      '<img src="https://img.example/entry.svg" alt="Entry" title="Entry-Level" />'
    )
    expect(cell('[{{ company }}](https://x.example/ "{{ title }} at {{ company }}")')).toBe(
      '<a href="https://x.example/" title="Backend Developer at Acme">Acme</a>'
    )
    // A character reference of the feed's text is text: GitHub decodes references in a title.
    expect(
      cell('[{{ company }}](https://x.example/ "{{ title }}")', { title: 'R&amp;D &lt;b&gt;' })
    ).toBe('<a href="https://x.example/" title="R&amp;amp;D &amp;lt;b&amp;gt;">Acme</a>')
  })

  it('keep a value inside the attribute it stands in, quoted or not', () => {
    // Unquoted, a space or `=` of the value would end it and start an attribute of its own.
    const title = 'x src=https://evil.example/track.png'
    expect(cell('<img alt={{ title }} src="https://img.example/logo.png">', { title })).toBe(
      '<img alt=x&#32;src&#61;https://evil.example/track.png src="https://img.example/logo.png">'
    )
    expect(cell('<a href={{ url_raw }}>Apply</a>', { url: 'https://jobs.example/1?a=1&b=2' })).toBe(
      '<a href=https://jobs.example/1?a&#61;1&b&#61;2>Apply</a>'
    )
    // A browser reads `&copy` as © without its semicolon (not before `=` or a letter in a
    // quoted value), and `&#169` too.
    expect(
      cell('<span title="{{ title }}">x</span>', { title: 'R&D &copy 2025 &copy=1 &#169 &amp;' })
    ).toBe('<span title="R&D &amp;copy 2025 &copy=1 &amp;#169 &amp;amp;">x</span>')
    expect(cell('<span title={{ title }}>x</span>', { title: 'a&copy=1' })).toBe(
      '<span title=a&amp;copy&#61;1>x</span>'
    )
  })

  it('link to a page of the repository when the template starts the address', () => {
    expect(cell('[{{ company }}](/company-profiles/{{ id }}.md)', { id: 'acme inc' })).toBe(
      '<a href="/company-profiles/acme%20inc.md">Acme</a>'
    )
    // A value can neither make a scheme nor a host: after `./` its `:` is a path's, after `/`
    // its leading `/` is encoded (`//x` would be the host x).
    expect(cell('[{{ company }}](./{{ id }})', { id: 'javascript:alert(1)' })).toBe(
      '<a href="./javascript:alert(1)">Acme</a>'
    )
    expect(cell('[{{ company }}](java{{ id }})', { id: 'script:alert(1)' })).toBe(
      '<a href="javascript%3Aalert(1)">Acme</a>'
    )
    expect(cell('[{{ company }}](/{{ id }})', { id: '/evil.example/x' })).toBe(
      '<a href="/%2Fevil.example/x">Acme</a>'
    )
    // A value at the start of the address still has to be an http(s) url of its own.
    expect(cell('[{{ company }}]({{ id }}/x)', { id: 'javascript:alert(1)//' })).toBe('Acme')
    expect(cell('[{{ company }}]({{ url }}?ref=board)')).toBe(
      '<a href="https://jobs.example/1?ref=board">Acme</a>'
    )
  })

  it('show a salary in the board’s locale, and give its parts', () => {
    const salary = (min?: number, max?: number, currency = 'USD', period = 'year') => ({
      salary: { min, max, currency, period } as Listing['salary']
    })
    expect(cell('{{ salary }}', salary(120000, 150000))).toBe('$120–150K')
    expect(cell('{{ salary }}', salary(56, 56, 'USD', 'hour'))).toBe('$56/hr')
    expect(cell('{{ salary }}', salary(62.5, 70, 'USD', 'hour'))).toBe('$62.50 – $70.00/hr')
    expect(cell('{{ salary }}', salary(150000, undefined))).toBe('$150K+')
    expect(cell('{{ salary }}', salary(undefined, 60000, 'GBP'))).toBe('≤ £60K')
    expect(cell('{{ salary }}', salary(60000, 70000, 'EUR'), { locale: 'de-DE' })).toBe(
      '60.000–70.000\u00a0€'
    )
    expect(cell('{{ salary }}', { salary: undefined })).toBe('')
    // Another country's dollar, peso or yuan is told apart from the locale's own.
    expect(cell('{{ salary }}', salary(120000, 150000, 'CAD'))).toBe('CA$120–150K')
    expect(cell('{{ salary }}', salary(100000, 120000, 'MXN', 'month'))).toBe('MX$100–120K/mo')
    expect(cell('{{ salary }}', salary(300000, 400000, 'CNY'))).toBe('CN¥300–400K')
    expect(cell('{{ salary }}', salary(300000, 400000, 'JPY'))).toBe('¥300–400K')
    expect(cell('{{ salary }}', salary(120000, 150000, 'CAD'), { locale: 'en-CA' })).toBe(
      '$120–150K'
    )
    expect(cell('{{ salary }}', salary(120000, 150000, 'USD'), { locale: 'en-CA' })).toBe(
      'US$120–150K'
    )
    expect(
      cell(
        '{% if salary.period == "hour" %}{{ salary.min }}/hr{% endif %} {{ salary.currency }}',
        salary(56, 60, 'USD', 'hour')
      )
    ).toBe('56/hr USD')
  })

  it('make an image button to the posting', () => {
    expect(cell('{{ url | image_link: "https://img.example/apply.png", "Apply", 118 }}')).toBe(
      '<a href="https://jobs.example/1"><img src="https://img.example/apply.png" width="118" alt="Apply"></a>'
    )
    expect(cell('{{ home | image_link: "https://img.example/a.png", "Apply" }}')).toBe('')
    // An image's source from the feed must be an http(s) url too (or relative, as a template's
    // own `images/apply.png`); else the link shows its alt text.
    for (const logo of ['javascript:alert(1)', 'java\tscript:alert(1)', ' data:image/png,x'])
      expect(cell('{{ url | image_link: logo, "Apply" }}', { record: { logo } })).toBe(
        '<a href="https://jobs.example/1">Apply</a>'
      )
    expect(cell('{{ url | image_link: "images/apply.png", "Apply" }}')).toBe(
      '<a href="https://jobs.example/1"><img src="images/apply.png" alt="Apply"></a>'
    )
  })

  it('make no image button without an http(s) url to link, as for a missing one', () => {
    for (const format of ['pipe', 'html'] as const)
      for (const apply of ['N/A', 'javascript:alert(1)', 'mailto:jobs@acme.example', '/jobs/1']) {
        const yaml = JSON.stringify({
          format,
          columns: [
            {
              header: 'X',
              cell: '{{ apply | image_link: "https://img.example/a.png", "Apply", 80 }}'
            }
          ]
        })
        const html = renderGfm(rendered(yaml, [listing({ record: { apply } })]))
        expect(html.split('<tbody>')[1]).not.toMatch(/<a|<img/)
      }
  })

  it('see a field of "" or null as absent, as the listing’s own fields are', () => {
    const location = '{% if location %}{{ location }}{% else %}Remote{% endif %}'
    expect(cell(location, { location: '' })).toBe('Remote')
    expect(cell(location, { location: 'Berlin' })).toBe('Berlin')
    const visa = '{% if visa %}🛂 {{ visa }}{% else %}-{% endif %}|{% if record.visa %}y{% endif %}'
    for (const given of ['', null]) expect(cell(visa, { record: { visa: given } })).toBe('-|')
    expect(cell(visa, { record: { visa: 'H-1B', other: '' } })).toBe('🛂 H-1B|y')
    // A column of such a field is empty on every row, which a run warns of.
    const columns = parseTable(
      JSON.stringify({ columns: [{ header: 'Visa', cell: visa }] })
    ).columns
    const rows = [listing({ record: { visa: '' } }), listing({ record: { visa: null } })]
    const options = { labels: DEFAULT_LABELS, timezone: 'UTC', columns: tableColumns(columns) }
    expect(fieldsNoRowHas(columns, rows, options)).toEqual([
      { header: 'Visa', field: 'visa', empty: false }
    ])
    expect(
      fieldsNoRowHas(columns, [...rows, listing({ record: { visa: 'H-1B' } })], options)
    ).toEqual([])
  })

  it('add query parameters to a url, and label a value with the board’s texts', () => {
    expect(cell('[Apply]({{ url_raw | with_query: "utm_source=Simplify&ref=Simplify" }})')).toBe(
      '<a href="https://jobs.example/1?utm_source=Simplify&amp;ref=Simplify">Apply</a>'
    )
    expect(cell('{{ work_type | label }}', { workType: 'on_site' })).toBe('On Site')
  })

  it('escape every value unless the last filter is raw', () => {
    const record = { note: '<b>bold</b> *x*' }
    expect(cell('{{ note }}', { record })).toBe('&lt;b&gt;bold&lt;/b&gt; *x*')
    expect(cell('{{ note | raw }}', { record })).toBe('<b>bold</b> <em>x</em>')
  })

  it('keep a value inside the template’s own HTML comment a comment’s text, for GitHub', () => {
    // CommonMark 0.29 (cmark-gfm) reads no comment whose text holds `--` or ends with `-`.
    const template = '{{ title | link: url }}<!-- id={{ id }} company={{ company }} -->'
    for (const company of ['Acme -- Labs', 'Acme-', '->x', 'a --> b', 'x --!> `y', '-'])
      for (const format of ['pipe', 'html'] as const) {
        const yaml = JSON.stringify({ format, columns: [{ header: 'X', cell: template }] })
        const rows = [listing({ company }), listing({ id: '2', url: 'https://jobs.example/2' })]
        const html = renderGfm(rendered(yaml, rows))
        expect(readTable(html).rows).toEqual([['Backend Developer'], ['Backend Developer']])
        expect(readTable(html).links).toEqual(['https://jobs.example/1', 'https://jobs.example/2'])
      }
    expect(
      countsText('<!-- {% for t in tables %}{{ t.title }}{% endfor %} -->', 1, [
        { count: 1, closed: 0, heading: 'a--b', anchor: '', zone: '', category: '', title: 'a--b-' }
      ])
    ).toBe('<!-- a&#45;&#45;b&#45; -->')
  })

  it('show a value through Liquid’s escape filters as its text, escaped once where it lands', () => {
    const record = { note: 'AT&T <b>R&amp;D</b> "x"' }
    // cmark-gfm's HTML of the text `AT&T <b>R&amp;D</b> "x"`, as a reader sees it.
    const shown = 'AT&amp;T &lt;b&gt;R&amp;amp;D&lt;/b&gt; &quot;x&quot;'
    for (const filter of ['escape', 'escape_once', 'xml_escape']) {
      expect(cell(`{{ note | ${filter} }}`, { record })).toBe(shown)
      expect(cell(`{{ note | ${filter} | upcase }}`, { record })).toBe(
        'AT&amp;T &lt;B&gt;R&amp;AMP;D&lt;/B&gt; &quot;X&quot;'
      )
      expect(cell(`[{{ note | ${filter} }}]({{ url }})`, { record })).toContain(`>${shown}</a>`)
      expect(cell(`<span title="{{ note | ${filter} }}">x</span>`, { record })).toBe(
        '<span title="AT&T &#60;b&#62;R&amp;amp;D&#60;/b&#62; &#34;x&#34;">x</span>'
      )
    }
    const spaced = { record: { title: 'Co-op ' } }
    expect(cell('{{ record.title | escape | untrimmed }} 🛂', spaced)).toBe('Co-op  🛂')
    expect(cell('{{ record.title | untrimmed | escape }} 🛂', spaced)).toBe('Co-op  🛂')
    expect(cell('{{ missing | escape | default: "N/A" }}')).toBe('N/A')
    // Before raw, they escape as Liquid does: the value is HTML-escaped text, not markup.
    expect(cell('{{ note | escape | raw }}', { record })).toBe(
      'AT&amp;T &lt;b&gt;R&amp;amp;D&lt;/b&gt; &quot;x&quot;'
    )
    expect(cell('{{ note | escape_once | raw }}', { record })).toBe(
      'AT&amp;T &lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot;'
    )
  })

  it('show a value trimmed, or with the spaces at its edges as the feed gave them (untrimmed)', () => {
    // A board's script prints its data as it is: "OKX " keeps its space inside the link.
    const record = { company_name: ' OKX ', title: 'Co-op ', note: ' a\n\tb ' }
    const fields = { company: 'OKX', companyUrl: 'https://okx.example/', record }
    expect(cell('**{{ company_name | link: company_url }}**', fields)).toBe(
      '<strong><a href="https://okx.example/">OKX</a></strong>'
    )
    expect(cell('**{{ company_name | untrimmed | link: company_url }}**', fields)).toBe(
      '<strong><a href="https://okx.example/"> OKX </a></strong>'
    )
    expect(cell('{{ record.title }} 🛂', fields)).toBe('Co-op 🛂')
    expect(cell('{{ record.title | untrimmed }} 🛂', fields)).toBe('Co-op  🛂')
    // Line breaks and control characters become one space, untrimmed or not.
    expect(cell('<b>{{ note }}</b>', fields)).toBe('<b>a b</b>')
    expect(cell('<b>{{ note | untrimmed }}</b>', fields)).toBe('<b> a b </b>')
    // A tab alone is kept untrimmed, as a board's script prints it ("Intern\t" of SimplifyJobs).
    const tabbed = { record: { title: 'Intern\t', company_name: 'Oklahoma City Thunder\t' } }
    expect(cell('{{ record.title | untrimmed }} 🛂', tabbed)).toBe('Intern\t 🛂')
    expect(cell('{{ record.title }} 🛂', tabbed)).toBe('Intern 🛂')
    expect(cell('**{{ company_name | untrimmed | link: "https://okc.example/" }}**', tabbed)).toBe(
      '<strong><a href="https://okc.example/">Oklahoma City Thunder\t</a></strong>'
    )
    // Its edges are the cell's text where the script prints them: GitHub reads `** OKX **` and
    // `**OKX\t**` as text, asterisks and all, and trims a cell's edges.
    expect(cell('**{{ company_name | untrimmed }}**', fields)).toBe('** OKX **')
    expect(cell('**{{ company_name | untrimmed }}**', tabbed)).toBe('**Oklahoma City Thunder\t**')
    expect(cell('**{{ company_name }}**', tabbed)).toBe('<strong>Oklahoma City Thunder</strong>')
    expect(cell('{{ company_name | untrimmed }}', fields)).toBe('OKX')
    // A url after its space is still a url: a browser drops the space.
    expect(
      cell('<a href="{{ link | untrimmed }}">x</a>', { record: { link: ' javascript:alert(1)' } })
    ).toBe('<a href=" ">x</a>')
    expect(
      cell('<a href="{{ link | untrimmed }}">x</a>', { record: { link: ' https://x.example/ ' } })
    ).toBe('<a href=" https://x.example/ ">x</a>')
    // Other filters see its text; escaping is the same.
    expect(cell('{{ company_name | untrimmed | downcase }}', fields)).toBe('okx')
    expect(cell('{{ note | untrimmed }}', { record: { note: ' <b>x</b> ' } })).toBe(
      '&lt;b&gt;x&lt;/b&gt;'
    )
  })

  it('write the spaces and tabs of an untrimmed value at a pipe cell’s edges, as a script prints them', () => {
    // SimplifyJobs' new-grad script prints `| Software Engineer (New Grad)\t |`: GFM trims a
    // cell's spaces and tabs, so the line can keep them, and a run rewrites no such row.
    const title = (value: string) => listing({ record: { title: value } })
    expect(bodyLines('{{ record.title | untrimmed }}', [title('Engineer (New Grad)\t')])).toEqual([
      '| Engineer (New Grad)\t |'
    ])
    expect(bodyLines('{{ record.title | untrimmed }}', [title(' OKX ')])).toEqual(['|  OKX  |'])
    expect(cell('{{ record.title | untrimmed }}', { record: { title: '\tOKX\t' } })).toBe('OKX')
    // Trimmed, none; white space GitHub shows (a no-break space) is left out, as before.
    expect(bodyLines('{{ record.title }}', [title('Engineer\t')])).toEqual(['| Engineer |'])
    expect(bodyLines('{{ record.title | untrimmed }}', [title('OKX\u00a0')])).toEqual(['| OKX |'])
  })

  it('drop bidirectional overrides and isolates from any value, untrimmed or not', () => {
    // "\u202e" would show the rest of the cell right to left; the marks (RLM) stay.
    const record = { note: 'Pay \u202e000,001$\u202c', team: '\u2067فريق\u2069 \u200fB ' }
    expect(cell('<b>{{ note }}</b>', { record })).toBe('<b>Pay 000,001$</b>')
    expect(cell('{{ team | untrimmed }}|', { record })).toBe('فريق \u200fB |')
    // An isolate between a value's text and its edge: the edge is one space, as anywhere else.
    expect(cell('<i>{{ note | untrimmed }}</i>', { record: { note: '> \u2069\u001b' } })).toBe(
      '<i>&gt; </i>'
    )
    expect(cell('{{ note | link: "https://x.example/" }}', { record })).toBe(
      '<a href="https://x.example/">Pay 000,001$</a>'
    )
  })

  it('see the feed’s own fields by name, behind the canonical fields and their own assigns', () => {
    const record = { title: ' raw title ', terms: ['Summer 2025', 'Fall 2025'], sponsorship: 'Yes' }
    const fields = { title: 'Clean title', record }
    expect(cell('{{ sponsorship }} / {{ terms | join: ", " }}', fields)).toBe(
      'Yes / Summer 2025, Fall 2025'
    )
    // A canonical field wins over the feed's field of the same name; `record` still has it.
    expect(cell('{{ title }} / [{{ record.title | untrimmed }}]', fields)).toBe(
      'Clean title / [ raw title ]'
    )
    // What the template assigns wins over both.
    expect(
      cell(
        '{% assign sponsorship = "No" %}{% assign title = "T" %}{{ sponsorship }} {{ title }}',
        fields
      )
    ).toBe('No T')
    // Only the record's own fields: nothing of its prototype.
    expect(cell('[{{ constructor }}{{ toString }}{{ hasOwnProperty }}]', fields)).toBe('[]')
  })

  it('show the template’s own Markdown and HTML as written, and a | in it as text', () => {
    expect(cell('**{{ title }}** <sub>{{ company }}</sub> a | b')).toBe(
      '<strong>Backend Developer</strong> <sub>Acme</sub> a | b'
    )
  })

  it('are refused with the settings when they would read a file, saying to write the text', () => {
    for (const tag of [
      '{% include "snippet.liquid" %}',
      '{% render company %}',
      '{% layout "x" %}'
    ])
      expect(() =>
        parseTable(JSON.stringify({ columns: [{ header: 'Note', cell: tag }] }))
      ).toThrow(
        /column 1 \("Note"\): the cell is not a valid Liquid template: \{% (include|render|layout) %\} reads another template from a file, and a template here cannot read files: write that text in the template itself/
      )
  })

  it('are refused with the settings when a filter is unknown or the syntax is wrong', () => {
    expect(() => parseTable('columns: [{ cell: "{{ title | shout }}" }]')).toThrow(
      /Input "table": column 1: the cell is not a valid Liquid template: .*shout/
    )
    expect(() => parseTable('columns: [{ cell: "{% if title %}" }]')).toThrow(/column 1/)
    expect(() => parseTable('columns: [{ header: X }]')).toThrow(/column 1/)
    expect(() => parseTable('format: pdf')).toThrow(/"format" must be pipe or html/)
  })

  it('keep what a capture holds as markup, its values escaped where they land', () => {
    const capture = '{% capture x %}**{{ company }}** – {{ title }}{% endcapture %}{{ x }}'
    expect(cell(capture, { title: '*not* <b>bold</b>' })).toBe(
      '<strong>Acme</strong> – *not* &lt;b&gt;bold&lt;/b&gt;'
    )
    expect(cell('{% capture x %}{{ company | link: company_url }}{% endcapture %}{{ x }}')).toBe(
      '<a href="https://acme.example">Acme</a>'
    )
  })

  it('fail naming the board, and the column by its header, where several boards have it', () => {
    const dir = scratchDir()
    const empty = '# X\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    const board = (readme: string, age: string) =>
      `  - readme: ${readme}\n    table:\n      columns:\n        - { header: Company, cell: "{{ company | link: url }}" }\n        - { header: Age, cell: '${age}' }\n`
    const boards = (age: string) =>
      `listings: l.json\nboards:\n${board('frontend.md', '{{ posted_at | age }}')}${board('backend.md', age)}`
    writeFiles(dir, {
      'frontend.md': empty,
      'backend.md': empty,
      'l.json': JSON.stringify([
        {
          id: '1',
          company: 'Co',
          title: 'Dev',
          url: 'https://jobs.example/1',
          posted_at: '2026-12-01'
        }
      ]),
      'b.yml': boards('{{ posted_at | age: "day" }}')
    })
    const failed = runCli(['--config', 'b.yml'], { cwd: dir })
    expect(failed.status).toBe(2)
    expect(failed.stderr).toContain(
      'backend.md: the template of the table\'s column "Age" failed on the listing "1": age: "day" is not a number of days'
    )
    writeFiles(dir, { 'b.yml': boards('{{ posted_at | nope }}') })
    expect(runCli(['--config', 'b.yml'], { cwd: dir }).stderr).toContain(
      'board 2: Input "table": column 2 ("Age"): the cell is not a valid Liquid template'
    )
    expect(read(join(dir, 'backend.md'))).toBe(empty)
  })

  it('fail with the column and the listing when a filter would turn markup into text', () => {
    const rows = [listing({ id: 'job-7' })]
    expect(() => cells('{{ company | link: company_url | append: "!" }}', rows)).toThrow(
      'The template of the table\'s column "X" failed on the listing "job-7": the "append" filter cannot change markup made by link, join, details, mark, image_link or capture: use it on the value before'
    )
    expect(() =>
      cells('{% capture x %}{{ company }}{% endcapture %}{{ x | upcase }}', rows)
    ).toThrow(/column "X" failed on the listing "job-7": the "upcase" filter cannot change markup/)
    expect(() => cells('{{ posted_at | age: "x" }}', rows)).toThrow(
      /column "X" failed on the listing "job-7": age: "x" is not a number of days, nor "days"/
    )
    // A filter that gives markup back as it is, or takes a value, still works.
    expect(cell('{{ company | link: company_url | default: "-" }}')).toBe(
      '<a href="https://acme.example">Acme</a>'
    )
    expect(cell('{{ company | append: "!" | link: company_url }}')).toBe(
      '<a href="https://acme.example">Acme!</a>'
    )
    expect(cell('{% capture x %}**{{ company }}**{% endcapture %}{{ title | default: x }}')).toBe(
      'Backend Developer'
    )
    expect(cell('{% capture x %}**{{ company }}**{% endcapture %}{{ note | default: x }}')).toBe(
      '<strong>Acme</strong>'
    )
  })

  it('render each row as it renders alone, when rows share some of the values a cell reads', () => {
    // Groups of values that look alike to a careless key: 0, -0, "0" and false; null, missing
    // and empty text; a list, its items joined and the same items in another order; numbers
    // whose digits run together; objects; a date's ISO text.
    const groups: unknown[][] = [
      [0, -0, '0', false, '', null],
      [null, undefined, '', 'a', false],
      ['a,b', ['a', 'b'], ['b', 'a'], ['a,b'], [['a'], 'b'], 'a'],
      [1, 12, 21, [1, 2], [12], [1, [2]], '12'],
      [{ a: 1 }, { a: 2 }, ['a'], '2025-10-03T02:00:00.000Z']
    ]
    const postedAt = fc.constantFrom(
      Date.parse('2025-10-03T02:00:00Z'),
      Date.parse('2025-10-03T02:00:01Z'),
      Date.parse('2025-10-04T02:00:00Z')
    )
    // One group a run, so that rows share its values.
    const rows = fc.constantFrom(...groups).chain(few =>
      fc.array(fc.record({ v: fc.constantFrom(...few), w: fc.constantFrom(...few), postedAt }), {
        minLength: 2,
        maxLength: 12
      })
    )
    const templates = [
      '{{ v }}|{{ v | size }}|{% if v == 0 %}zero{% endif %}|{% if v %}yes{% endif %}|{{ v | json }}|{{ 1 | divided_by: v }}',
      '{{ record.v.first }}/{{ v.last }}/{{ w | join: "+" }}/{% if w contains "a" %}a{% endif %}/{{ v | plus: w }}',
      '{% assign day = posted_at | date: "%Y-%m-%d" %}{{ day }} {{ posted_at | date: "%H:%M:%S" }} {{ w | default: "none" }}',
      '{% assign f = "v" %}{{ [f] | json }} {{ record | json }}',
      '{% for item in v %}{{ forloop.index }}:{{ item }} {% endfor %}{{ v | link: w }}'
    ]
    fc.assert(
      fc.property(rows, fc.constantFrom(...templates), (drawn, template) => {
        const listings = drawn.map(({ v, w, postedAt }, index) => {
          const record: Record<string, unknown> = {}
          if (v !== undefined) record.v = v
          if (w !== undefined) record.w = w
          return listing({ id: String(index), postedAt, record })
        })
        const together = bodyLines(template, listings)
        const alone = listings.map(one => bodyLines(template, [one])[0])
        expect(together).toEqual(alone)
      }),
      { numRuns: 400 }
    )
    // A template whose first rows share nothing, then rows that share everything.
    const many = Array.from({ length: 150 }, (_, index) =>
      listing({ id: String(index), record: { v: index < 100 ? index : index % 3 } })
    )
    expect(bodyLines('{{ v }}', many)).toEqual(many.map(one => bodyLines('{{ v }}', [one])[0]))
    // Values whose texts would run together: 1 then 21, and 12 then 1.
    const runTogether = [listing({ record: { v: 1, w: 21 } }), listing({ record: { v: 12, w: 1 } })]
    expect(bodyLines('{{ v }}-{{ w }}', runTogether)).toEqual(['| 1-21 |', '| 12-1 |'])
    // The board's options are part of what a cell shows: the same row in two zones.
    const one = listing({ postedAt: Date.parse('2025-10-03T02:00:00Z') })
    const template = '{{ posted_at | date: "%d %H" }}'
    expect(cell(template, one, { timezone: 'UTC' })).toBe('03 02')
    expect(cell(template, one, { timezone: 'America/Los_Angeles' })).toBe('02 19')
  })

  it('read no file: include and render find nothing', () => {
    expect(() => cell('{% include "../../package.json" %}')).toThrow()
  })
})

describe('table settings', () => {
  it('take the delimiter row as written, or from the alignment', () => {
    const yaml = `
columns:
  - { header: A, cell: "{{ company }}", align: center }
  - { header: B, cell: "{{ title }}", delimiter: "--:" }
  - { header: C, cell: "{{ location }}" }
`
    expect(rendered(yaml, [listing()]).split('\n').slice(0, 2)).toEqual([
      '| A | B | C |',
      '| :---: | --: | --- |'
    ])
    expect(renderGfm(rendered(yaml, [listing()]))).toContain('<th align="right">B</th>')
  })

  it('find the posting link in the column that shows the posting url', () => {
    const table: TableSettings = parseTable(
      'columns: [{ cell: "{{ company | link: company_url }}" }, { cell: "{{ url | image_link: \'i.png\', x }}" }]'
    )
    expect(table.columns.map(column => column.posting)).toEqual([false, true])
  })
})

function withNumericReferences(html: string): string {
  return html.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
    String.fromCodePoint(code[0] === 'x' ? parseInt(code.slice(1), 16) : Number(code))
  )
}

/** Listing text on one line and trimmed, as a cell shows it. */
function literal(value: string): string {
  return tidied(value)
}

const HOSTILE_COLUMNS = (format: string) => `
format: ${format}
columns:
  - header: Company
    cell: "**{{ company | link: company_url }}**"
  - header: Role
    cell: "{{ title | link: url }}{{ flag | mark: 'yes', ' 🛂' }}"
  - header: Places
    cell: '{{ places | details: 1, "places" }}'
  - header: Apply
    cell: '{{ url | image_link: "https://img.example/apply.png", "Apply", 80 }}'
  - header: Note
    cell: '<span title="{{ title }}">{{ note }}</span><i>{{ note | untrimmed }}</i>'
`

const hostileRow: fc.Arbitrary<Listing> = fc
  .record({
    company: listingText,
    companyUrl: fc.option(postingUrl, { nil: undefined }),
    title: listingText,
    url: postingUrl,
    places: fc.array(listingText, { maxLength: 3 }),
    note: listingText,
    flag: fc.constantFrom('yes', 'no')
  })
  .map(({ places, note, flag, ...fields }) =>
    listing({ ...fields, record: { places, note, flag } })
  )

describe.each(['pipe', 'html'])('hostile listing text through custom columns (%s)', format => {
  it('shows literally, one cell each, with no link or tag of its own', () => {
    fc.assert(
      fc.property(fc.array(hostileRow, { minLength: 1, maxLength: 5 }), rows => {
        const html = renderGfm(rendered(HOSTILE_COLUMNS(format), rows))
        const shown = readTable(html)
        expect(shown.tables).toBe(1)
        expect(shown.rows).toEqual(
          rows.map(row => {
            const places = (row.record.places as string[]).filter(place => place.trim() !== '')
            const placesText = places.map(literal).join('')
            return [
              literal(row.company),
              literal(row.title) + (row.record.flag === 'yes' ? ' 🛂' : ''),
              places.length > 1 ? `${places.length} places${placesText}` : placesText,
              '',
              literal(row.record.note as string) + oneLine(row.record.note as string)
            ]
          })
        )
        const links = rows.flatMap(row => [
          ...(row.companyUrl ? [row.companyUrl] : []),
          row.url,
          row.url
        ])
        expect(shown.links.map(linkTarget)).toEqual(
          links.map(url => linkTarget(new URL(url!).href))
        )
        const tags = (name: string) => html.match(new RegExp(`<${name}[\\s>]`, 'g'))?.length ?? 0
        expect(tags('img')).toBe(rows.length)
        expect(tags('span')).toBe(rows.length)
        expect(tags('i')).toBe(rows.length)
        expect(tags('details')).toBe(
          rows.filter(row => (row.record.places as string[]).filter(p => p.trim()).length > 1)
            .length
        )
        const titles = [...html.matchAll(/<span title="([^"]*)">/g)].map(match =>
          withNumericReferences(match[1]!)
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&')
        )
        expect(titles).toEqual(rows.map(row => literal(row.title)))
      }),
      { numRuns: 150 }
    )
  })
})
