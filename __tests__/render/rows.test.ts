/** Row shaping seen as a reader sees the README: repeated companies, closed roles, company links. */
import { describe, expect, it } from '@jest/globals'
import { buildBoards, type BoardIO } from '../../src/board.js'
import { parseBoards } from '../../src/config/boards.js'
import { parseSettings } from '../../src/config/config.js'
import { renderGfm } from '../helpers/cmark.js'

const NOW = '2025-10-22T20:30:00Z'
const README = ['# Jobs', '<!-- jobs:openings:start -->', '<!-- jobs:openings:end -->', ''].join(
  '\n'
)

const job = (n: number, fields: Record<string, unknown> = {}) => ({
  id: `job-${n}`,
  company: `Company ${n}`,
  title: `Engineer ${n}`,
  url: `https://jobs.example/${n}`,
  posted_at: new Date(Date.parse(NOW) - n * 3_600_000).toISOString(),
  ...fields
})

async function readme(options: string, listings: unknown[], now = NOW): Promise<string> {
  const files: Record<string, string> = {
    'README.md': README,
    'jobs.json': JSON.stringify(listings)
  }
  const io: BoardIO = {
    readFile: async path => files[path],
    listFiles: async () => [],
    warn: () => undefined
  }
  const raw = { listings: 'jobs.json', now, 'allow-empty': 'true' }
  const settings = parseSettings(raw)
  const yaml = `boards:\n  - readme: README.md\n${options.replace(/^/gm, '    ')}\n`
  const boards = await parseBoards(yaml, raw, 'boards.yml')
  const result = await buildBoards(settings.run, boards, io)
  return result.boards[0]!.after
}

describe('repeat-company', () => {
  it('shows the marker for the same company on the same day, only right below it', async () => {
    const listings = [
      job(1, { company: 'Acme' }),
      job(2, { company: 'Acme' }),
      job(3, { company: 'Beta' }),
      job(4, { company: 'Acme' }),
      job(30, { company: 'Acme', posted_at: '2025-10-20T10:00:00Z' })
    ]
    const html = renderGfm(await readme('repeat-company: "↳"\ndedupe: false', listings))
    const firsts = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/g)].map(match => match[1])
    expect(firsts).toEqual([
      '<strong>Acme</strong>',
      '↳',
      '<strong>Beta</strong>',
      '<strong>Acme</strong>',
      '<strong>Acme</strong>'
    ])
  })
})

describe('repeat-company-when', () => {
  // SimplifyJobs' 2026 script writes ↳ for the same company with the same days_active (whole
  // days since posting, the number its Age column shows); their 2025 one for the same date.
  const RUN = '2025-09-18T12:00:00Z'
  const table = [
    'table:',
    '  columns:',
    '    - { header: Company, cell: "{{ company }}" }',
    '    - { header: Age, cell: "{{ posted_at | age }}" }'
  ].join('\n')
  const rowsOf = (html: string) =>
    [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>\s*<td>(.*?)<\/td>/g)].map(m => `${m[1]} ${m[2]}`)
  const render = (when: string, posted: string[]) =>
    readme(
      `repeat-company: "↳"\n${when}dedupe: false\nmax-age-days: 0\n${table}`,
      posted.map((posted_at, n) => job(n, { company: 'RTX', posted_at })),
      RUN
    ).then(text => rowsOf(renderGfm(text)))

  // 0 days old both, posted on two days (17 Sep 23:00 and 18 Sep 01:00 UTC).
  const acrossMidnight = ['2025-09-18T01:00:00Z', '2025-09-17T23:00:00Z']
  // On one day (17 Sep), 0 and 1 days old.
  const oneDay = ['2025-09-17T23:00:00Z', '2025-09-17T01:00:00Z']

  it('same-age: repeats a company posted as many whole days ago, whatever the day', async () => {
    expect(await render('repeat-company-when: same-age\n', acrossMidnight)).toEqual([
      'RTX 0d',
      '↳ 0d'
    ])
    expect(await render('repeat-company-when: same-age\n', oneDay)).toEqual(['RTX 0d', 'RTX 1d'])
  })

  it('same-age compares the days, not the months the Age column shows', async () => {
    const months = ['2025-08-04T12:00:00Z', '2025-07-30T12:00:00Z']
    expect(await render('repeat-company-when: same-age\n', months)).toEqual(['RTX 1mo', 'RTX 1mo'])
  })

  it('same-day, the default: repeats a company posted on the same calendar day', async () => {
    for (const when of ['', 'repeat-company-when: same-day\n']) {
      expect(await render(when, acrossMidnight)).toEqual(['RTX 0d', 'RTX 0d'])
      expect(await render(when, oneDay)).toEqual(['RTX 0d', '↳ 1d'])
    }
  })
})

describe('repeat-company-when: same-date-text', () => {
  // SimplifyJobs' Summer 2025 script writes ↳ when the company and the Date Posted text it
  // prints equal the row above's: "Jun 2023" for days of one month, "Oct 24" of two years.
  const table = (date: string, more = '') =>
    [
      'repeat-company: "↳"',
      'dedupe: false',
      'max-age-days: 0',
      more,
      'table:',
      '  columns:',
      '    - { header: Company, cell: "{{ company }}" }',
      '    - { header: Role, cell: "{{ title }}" }',
      `    - { header: Date, cell: '${date}' }`,
      '    - { header: Link, cell: "{{ title | link: url }}", posting: true }'
    ].join('\n')
  const rowsOf = (html: string) =>
    [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>\s*<td>.*?<\/td>\s*<td>(.*?)<\/td>/g)].map(
      m => `${m[1]} ${m[2]}`
    )
  const render = (options: string, posted: string[], now = '2025-10-25T12:00:00Z') =>
    readme(
      options,
      posted.map((posted_at, n) => job(n, { company: 'Acme', posted_at })),
      now
    ).then(text => rowsOf(renderGfm(text)))

  it('repeats the company when the date cell shows the same text, whatever the day', async () => {
    const june = ['2023-06-05T12:00:00Z', '2023-06-04T12:00:00Z']
    const month = table('{{ posted_at | date: "%b %Y" }}', 'repeat-company-when: same-date-text')
    expect(await render(month, june)).toEqual(['Acme Jun 2023', '↳ Jun 2023'])
    expect(await render(table('{{ posted_at | date: "%b %Y" }}'), june)).toEqual([
      'Acme Jun 2023',
      'Acme Jun 2023'
    ])
    const years = ['2025-10-24T12:00:00Z', '2024-10-24T12:00:00Z']
    const day = table('{{ posted_at | date: "%b %d" }}', 'repeat-company-when: same-date-text')
    expect(await render(day, years)).toEqual(['Acme Oct 24', '↳ Oct 24'])
    expect(await render(table('{{ posted_at | date: "%b %d" }}'), years)).toEqual([
      'Acme Oct 24',
      'Acme Oct 24'
    ])
    // A different text is another date, on one day too.
    const oneDay = ['2025-10-24T12:00:00Z', '2025-10-24T11:00:00Z']
    const hours = table(
      '{{ posted_at | date: "%b %d %H:00" }}',
      'repeat-company-when: same-date-text'
    )
    expect(await render(hours, oneDay)).toEqual(['Acme Oct 24 12:00', 'Acme Oct 24 11:00'])
  })

  it('refuses a table with no column of posted_at, saying what to do', async () => {
    const options = table('{{ id }}', 'repeat-company-when: same-date-text')
    await expect(render(options, ['2025-10-24T12:00:00Z'])).rejects.toThrow(
      /"repeat-company-when: same-date-text" compares the text of the date column, and no column of the table shows posted_at: add one/
    )
  })
})

describe('age-days', () => {
  // SimplifyJobs' 2026 script, with TZ=America/Los_Angeles, counts `(datetime.now() -
  // datetime.fromtimestamp(date_posted)).days`: the days between two local wall-clock times.
  const table = [
    'timezone: America/Los_Angeles',
    'repeat-company: "↳"',
    'repeat-company-when: same-age',
    'dedupe: false',
    'max-age-days: 0',
    'table:',
    '  columns:',
    '    - { header: Company, cell: "{{ company }}" }',
    '    - { header: Age, cell: "{{ posted_at | age }}" }'
  ].join('\n')
  const rowsOf = (html: string) =>
    [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>\s*<td>(.*?)<\/td>/g)].map(m => `${m[1]} ${m[2]}`)
  const render = (ageDays: string, now: string, posted: string[]) =>
    readme(
      `${ageDays}${table}`,
      posted.map((posted_at, n) => job(n, { company: 'RTX', posted_at })),
      now
    ).then(text => rowsOf(renderGfm(text)))

  it('wall-clock: whole days between the local times, across a daylight-saving change', async () => {
    // Spring: 18 days 23:30 elapsed, 19 days 00:30 on Los Angeles clocks (02:00 PST to 02:30 PDT).
    const spring = ['2026-03-01T10:00:00Z', '2026-03-01T09:00:00Z']
    expect(await render('', '2026-03-20T09:30:00Z', spring)).toEqual(['RTX 18d', 'RTX 19d'])
    expect(await render('age-days: elapsed\n', '2026-03-20T09:30:00Z', spring)).toEqual([
      'RTX 18d',
      'RTX 19d'
    ])
    expect(await render('age-days: wall-clock\n', '2026-03-20T09:30:00Z', spring)).toEqual([
      'RTX 19d',
      '↳ 19d'
    ])
    // Autumn: 24:30 elapsed, 23:30 on the clocks (00:00 PDT to 23:30 PST the same day).
    const autumn = ['2026-11-01T07:00:00Z']
    expect(await render('', '2026-11-02T07:30:00Z', autumn)).toEqual(['RTX 1d'])
    expect(await render('age-days: wall-clock\n', '2026-11-02T07:30:00Z', autumn)).toEqual([
      'RTX 0d'
    ])
  })

  it('refuses another value, naming both', async () => {
    await expect(render('age-days: local\n', '2026-11-02T07:30:00Z', [])).rejects.toThrow(
      /"age-days" must be elapsed or wall-clock/
    )
  })
})

describe('repeat-company compares the company cells', () => {
  const firsts = (html: string) => [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/g)].map(m => m[1])
  // Two names a feed wrote apart (a tab after one), on one day, and two companies of one name.
  const listings = [
    job(1, { company: 'Skyworks' }),
    job(2, { company: 'Skyworks\t' }),
    job(3, { company: 'Acme', company_url: 'https://acme.example/' }),
    job(4, { company: 'Acme', company_url: 'https://acme.example/other' })
  ]

  it('marks a row whose company cell shows what the one above shows', async () => {
    const html = renderGfm(await readme('repeat-company: "↳"\ndedupe: false', listings))
    // The default cell trims the name: the tab is not shown, so the row repeats the one above.
    expect(firsts(html).slice(0, 2)).toEqual(['<strong>Skyworks</strong>', '↳'])
    // Linked to another page, the same name is another company.
    expect(firsts(html).slice(2)).toEqual([
      '<strong><a href="https://acme.example/">Acme</a></strong>',
      '<strong><a href="https://acme.example/other">Acme</a></strong>'
    ])
  })

  it('shows the company again where the cell shows the name as written', async () => {
    const table =
      'table:\n  columns:\n    - { header: Company, cell: "{{ record.company | untrimmed }}" }'
    const html = renderGfm(await readme(`repeat-company: "↳"\ndedupe: false\n${table}`, listings))
    // (The page trims a cell's edges: both read Skyworks, each written out.)
    expect(firsts(html).slice(0, 2)).toEqual(['Skyworks', 'Skyworks'])
  })
})

describe('repeat-company with a mark the company cell writes for some postings only', () => {
  const firsts = (html: string) => [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/g)].map(m => m[1])
  // init's 🔥 from a README that shows it on some rows: by the posting's address.
  const table = [
    'table:',
    '  columns:',
    `    - { header: Company, cell: '{% case url %}{% when "https://jobs.example/1", "https://jobs.example/4" %}🔥 {% endcase %}**{{ company }}**' }`,
    "    - { header: Role, cell: '{{ title }}' }",
    "    - { header: Apply, cell: '[Apply]({{ url }})', posting: true }"
  ].join('\n')
  const listings = [
    job(1, { company: 'Apple' }),
    job(2, { company: 'Apple' }),
    job(3, { company: 'Acme' }),
    job(4, { company: 'Acme' }),
    job(5, { company: 'Acme', posted_at: '2025-10-20T12:00:00Z' })
  ]

  it('repeats the company whether or not the row above writes the mark', async () => {
    const options = `repeat-company: "↳"\ndedupe: false\nutm: false\n${table}`
    const html = renderGfm(await readme(options, listings))
    expect(firsts(html)).toEqual([
      '🔥 <strong>Apple</strong>',
      '↳',
      '<strong>Acme</strong>',
      '↳',
      // Posted another day: the company again, as the row's posting writes it.
      '<strong>Acme</strong>'
    ])
  })
})

describe('company-url: fill, a name as written', () => {
  it('links a row as the last listing of the name the feed wrote, tab and all', async () => {
    const listings = [
      job(1, { company: 'Skyworks' }),
      job(2, { company: 'Skyworks', company_url: 'https://skyworks.example/' }),
      // Later in the feed, but written with a tab: their script keys links by the name as written.
      job(3, { company: 'Skyworks\t', company_url: 'https://simplify.example/c/1' })
    ]
    const html = renderGfm(await readme('company-url: fill\ndedupe: false', listings))
    expect(html.match(/<a href="https:\/\/skyworks.example\/">Skyworks<\/a>/g)).toHaveLength(2)
    expect(html.match(/simplify.example/g)).toHaveLength(1)
  })
})

describe('locations', () => {
  it('are the items of the feed’s list, an item holding "; " kept whole', async () => {
    const listings = [job(1, { location: ['Bridgewater USA; Austin USA', 'Remote'] })]
    const table =
      'table:\n  columns:\n    - { header: Where, cell: "{{ locations | size }}: {{ locations | join: \' / \' }}" }'
    const html = renderGfm(await readme(table, listings))
    expect(html).toContain('<td>2: Bridgewater USA; Austin USA / Remote</td>')
  })
})

describe('closed roles', () => {
  const listings = [job(1), job(2, { active: false }), job(3)]

  it('drops them by default', async () => {
    const html = renderGfm(await readme('max-rows: 0', listings))
    expect(html).toContain('Engineer 1')
    expect(html).not.toContain('Engineer 2')
  })

  it('marks them with 🔒 in place of the link (closed: mark)', async () => {
    const html = renderGfm(await readme('closed: mark', listings))
    expect(html).toContain('<td><strong>Engineer 2</strong> 🔒</td>')
    expect(html).not.toContain('https://jobs.example/2')
    expect(html).toContain('<a href="https://jobs.example/1')
  })

  it('shows 🔒 alone in place of an image button, as HTML or Markdown (closed: mark)', async () => {
    const columns = (cell: string) =>
      `closed: mark\ntable:\n  columns:\n    - header: Role\n      cell: "{{ title }}"\n` +
      `    - header: Apply\n      cell: '${cell}'`
    for (const cell of [
      '{{ url_raw | image_link: "https://img.example/apply.png", "Apply", 70 }}',
      '[![Apply](https://img.example/apply.png)]({{ url }})',
      '<a href="{{ url }}"><img src="https://img.example/apply.png" alt="Apply"></a>'
    ]) {
      const html = renderGfm(await readme(columns(cell), listings))
      const rows = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>\s*<td>(.*?)<\/td>/g)]
      expect(rows.map(row => row[2]!.includes('apply.png'))).toEqual([true, false, true])
      expect(rows[1]![2]).toBe('🔒')
      expect(html).not.toContain('https://jobs.example/2')
    }
  })

  it('gathers them under the table in a details block (closed: details)', async () => {
    const html = renderGfm(await readme('closed: details', listings))
    const [open, folded] = html.split('<details>')
    expect(open).toContain('Engineer 1')
    expect(open).toContain('Engineer 3')
    expect(open).not.toContain('Engineer 2')
    expect(folded).toMatch(/^<summary>Inactive roles \(1\)<\/summary>\s*<table>/)
    expect(folded).toContain('<a href="https://jobs.example/2')
    expect(folded).toContain('</table>\n</details>')
  })

  it('writes no details block when nothing is closed', async () => {
    const html = renderGfm(await readme('closed: details', [job(1)]))
    expect(html).not.toContain('<details>')
  })
})

describe('company-url: fill', () => {
  it('links each row as the last listing of its company with a link, from the whole feed', async () => {
    const listings = [
      job(1, { company: 'Acme' }),
      job(2, { company: 'Acme', company_url: 'https://acme.example/old' }),
      job(3, { company: 'Acme', company_url: 'https://acme.example/' }),
      // Not shown (closed), but its link counts.
      job(4, { company: 'Beta', active: false, company_url: 'https://beta.example/' }),
      job(5, { company: 'Beta' })
    ]
    const given = renderGfm(await readme('max-rows: 0', listings))
    expect(given).toContain('<td><strong>Acme</strong></td>')
    const filled = renderGfm(await readme('company-url: fill', listings))
    expect(filled).not.toContain('<td><strong>Acme</strong></td>')
    expect(filled.match(/<a href="https:\/\/acme.example\/">Acme<\/a>/g)).toHaveLength(3)
    expect(filled).toContain('<a href="https://beta.example/">Beta</a>')
  })
})

describe('company-url: fill-shown', () => {
  it('links each row as the last row of its company with a link, ignoring listings not shown', async () => {
    const listings = [
      job(1, { company: 'Acme', company_url: 'https://acme.example/old' }),
      job(2, { company: 'Acme' }),
      job(3, { company: 'Acme', company_url: 'https://acme.example/' }),
      // Not shown (closed): its link does not count, as it would with fill.
      job(4, { company: 'Beta', active: false, company_url: 'https://beta.example/' }),
      job(5, { company: 'Beta' })
    ]
    const filled = renderGfm(await readme('company-url: fill-shown', listings))
    // The last in feed order wins, whatever the table's order (newest first here).
    expect(filled.match(/<a href="https:\/\/acme.example\/">Acme<\/a>/g)).toHaveLength(3)
    expect(filled).not.toContain('acme.example/old')
    expect(filled).toContain('<td><strong>Beta</strong></td>')
    expect(filled).not.toContain('beta.example')
    const fromFeed = renderGfm(await readme('company-url: fill', listings))
    expect(fromFeed).toContain('<a href="https://beta.example/">Beta</a>')
  })
})

describe('a posting cell that is empty for a closed listing', () => {
  it('shows the mark alone (closed: mark)', async () => {
    const options = [
      'closed: mark',
      'table:',
      '  columns:',
      '    - { header: Role, cell: "{{ title }}" }',
      '    - header: Apply',
      '      posting: true',
      "      cell: \"{% if active %}{{ url | image_link: 'https://img.example/apply.png', 'Apply' }}{% endif %}\""
    ].join('\n')
    const markdown = await readme(options, [job(1), job(2, { active: false })])
    expect(markdown).toContain('| Engineer 2 | 🔒 |')
    const html = renderGfm(markdown)
    expect(html).toContain('<td>🔒</td>')
    expect(html).toContain('<a href="https://jobs.example/1')
    expect(html).not.toContain('https://jobs.example/2')
  })
})

describe('selection from the boards file', () => {
  it('filters on the feed’s own fields and orders by configured keys', async () => {
    const listings = [
      job(1, { terms: ['Fall 2025'], rank: 1 }),
      job(2, { terms: ['Summer 2025'], rank: 3 }),
      job(3, { terms: ['Summer 2025', 'Fall 2025'], rank: 2 }),
      job(4, { terms: ['Summer 2025'], rank: 4, is_visible: false })
    ]
    const options = [
      'visible: is_visible',
      'select:',
      '  - { field: terms, contains-any: summer 2025 }',
      'sort:',
      '  - { field: rank, order: desc }'
    ].join('\n')
    const markdown = await readme(
      options,
      listings.map(row => ({ is_visible: true, ...row }))
    )
    const titles = [...renderGfm(markdown).matchAll(/>(Engineer \d)</g)].map(match => match[1])
    expect(titles).toEqual(['Engineer 2', 'Engineer 3'])
  })
})
