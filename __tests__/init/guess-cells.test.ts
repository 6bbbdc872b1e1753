/**
 * `init` guesses a board's cell templates from its cells as well as its headers, so that the
 * first run writes the table the board's own script wrote: speedyapply's three tables between
 * TABLE_FAANG_START, TABLE_QUANT_START and TABLE_START comments (an HTML company link, an
 * image button under "Posting", hourly salaries, ages in days), zapply's 🏢 company cells and
 * its Markdown link around an HTML image, a board's ↳ and 🔒 rows, and a Last updated line
 * written in the board's own words and date format.
 */
import { describe, expect, it } from '@jest/globals'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { parseBoards } from '../../src/config/boards.js'
import { boardsFileWith } from '../../src/init/boards-file.js'
import { initReadme } from '../../src/init/init.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { updatedLine } from '../../src/render/updated.js'
import { findZones, type ZoneName } from '../../src/zones/find.js'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/init/${name}.md`, import.meta.url), 'utf8')

type Board = Record<string, unknown> & { table: { columns: { header: string; cell: string }[] } }

/** init's README and the boards it proposes for it. */
function adopted(readme: string): { text: string; boards: Board[] } {
  const result = initReadme(readme, { prefix: 'jobs' })
  const file = boardsFileWith(undefined, 'README.md', result.tables, 'listings.json').text!
  return { text: result.text, boards: (parseYaml(file) as { boards: Board[] }).boards }
}

const cells = (board: Board) => board.table.columns.map(column => column.cell)

async function zoneText(text: string, name: ZoneName): Promise<string> {
  const zone = (await findZones(text, 'jobs', [name])).get(name)!
  return text.slice(zone.contentStart, zone.contentEnd)
}

/** HTML as a tree, each element's attributes in one order: what a browser builds of it. */
function dom(html: string): unknown {
  const clean = (node: Root | Element | { type: string; value?: string }): unknown => {
    if (node.type === 'text') return (node as { value: string }).value.replace(/\s+/g, ' ')
    const children = 'children' in node ? node.children.map(child => clean(child)) : []
    if (node.type !== 'element') return children
    const element = node as Element
    const properties = Object.fromEntries(Object.entries(element.properties).sort())
    return { tag: element.tagName, properties, children }
  }
  return clean(fromHtml(html, { fragment: true }))
}

describe('init on a speedyapply board', () => {
  const readme = fixture('speedyapply')
  const { text, boards } = adopted(readme)

  it('wraps each of its TABLE_…_START / TABLE_…_END tables in a zone of its own', () => {
    expect(boards.map(board => board.zone)).toEqual(['faang', 'quant', 'other'])
    expect(text.replace(/<!-- jobs:[\w:-]+:(start|end) -->\n/g, '')).toBe(readme)
  })

  it('guesses each cell as the table writes it', () => {
    expect(cells(boards[0]!)).toEqual([
      '{% if company_url %}<a href="{{ company_url }}"><strong>{{ company }}</strong></a>{% else %}<strong>{{ company }}</strong>{% endif %}',
      '{{ title }}',
      '{{ location }}',
      '{{ salary }}',
      '{% if url %}<a href="{{ url }}"><img src="https://i.imgur.com/JpkfjIq.png" alt="Apply" width="70"/></a>{% endif %}',
      '{{ posted_at | age: "days" }}'
    ])
    expect(cells(boards[2]!)).toHaveLength(5)
  })

  it('rewrites the FAANG table from its listings as GitHub showed it', async () => {
    const now = Date.parse('2026-09-01T12:00:00Z')
    const posted = (days: number) => new Date(now - days * 86_400_000 - 3_600_000).toISOString()
    const listings = [
      [
        'NVIDIA',
        'https://www.nvidia.com',
        'Software Engineering Intern - Omniverse - Summer 2026',
        'US, CA, Santa Clara',
        '$62/hr',
        'https://nvidia.wd5.myworkdayjobs.com/en-US/nvidiaexternalcareersite/job/US-CA-Santa-Clara/Software-Engineering-Intern--Omniverse---Summer-2026_JR2007644',
        24
      ],
      [
        'OpenAI',
        'https://www.openai.com',
        'Software Engineer Internship / Co-op - Applied Emerging Talent - Fall 2026',
        'San Francisco, CA',
        '$60/hr',
        'https://jobs.ashbyhq.com/openai/1f3353ed-78eb-4a01-b783-c44b1c086711',
        36
      ],
      [
        'Adobe',
        'https://www.adobe.com',
        '2026 AI/ML Intern - Software Engineer Intern',
        'San Jose',
        '$55/hr',
        'https://adobe.wd5.myworkdayjobs.com/en-US/external_experienced/job/San-Jose/XMLNAME-2026-AI-ML-Intern---Software-Engineer-Intern_R160473',
        106
      ]
    ].map(([company, company_url, title, location, salary, url, days]) => ({
      company,
      company_url,
      title,
      location,
      salary,
      url,
      posted_at: posted(days as number)
    }))
    const dir = scratchDir()
    const faang = { ...boards[0]!, 'max-age-days': 0 }
    writeFiles(dir, {
      'README.md': text,
      'listings.json': JSON.stringify(listings),
      'jobs-readme.yml': stringifyYaml({ listings: 'listings.json', boards: [faang] })
    })
    const now8601 = new Date(now).toISOString()
    const run = runCli(['--config', 'jobs-readme.yml', '--now', now8601], { cwd: dir })
    // Only the FAANG board runs: the other two tables are left as they are, and said to be.
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(
      ['quant', 'other'].map(zone =>
        expect.stringMatching(
          new RegExp(
            `^warning: README\\.md: line \\d+: no board of this run writes the openings:${zone} zone `
          )
        )
      )
    )
    expect(run.status).toBe(0)
    const after = read(join(dir, 'README.md'))
    const [ours, theirs] = [after, text].map(async each =>
      dom(renderGfm(await zoneText(each, 'openings:faang')))
    )
    expect(await ours).toEqual(await theirs)
    // The Posting cells byte for byte: `<img src alt width/>` as the README writes it.
    const buttons = async (readme: string) =>
      (await zoneText(readme, 'openings:faang')).match(/<a href="[^"]*"><img [^>]*><\/a>/g)
    expect(await buttons(text)).toHaveLength(listings.length)
    expect(await buttons(after)).toEqual(await buttons(text))
    // Its compact delimiter row is kept as written; the other tables are not touched.
    expect(after).toContain('| Company | Position | Location | Salary | Posting | Age |\n|---|')
    expect(await zoneText(after, 'openings:other')).toBe(await zoneText(text, 'openings:other'))
  })
})

describe('init on a board with marks around its companies and HTML in Markdown links', () => {
  const { boards } = adopted(fixture('zapply'))

  it('keeps what every company cell writes around the name, and the image button', () => {
    const [company, , , posted, , apply] = cells(boards[0]!)
    expect(company).toBe('🏢 **{{ company }}**')
    expect(posted).toBe('{{ posted_at | age }}')
    expect(apply).toBe(
      '{% if url %}[<img src="images/apply.png" width="75" alt="Apply">]({{ url }}){% endif %}'
    )
  })
})

describe('init on a board with ↳ and 🔒 rows', () => {
  const rows = [
    '| **[Acme](https://acme.example)** | Backend Intern | NYC | [Apply](https://jobs.example/1) | 2d |',
    '| ↳ | Frontend Intern | NYC | 🔒 | 3d |',
    '| **[Globex](https://globex.example)** | Data Intern | SF | [Apply](https://jobs.example/3) | 31d |',
    '| **Initech** | Ops Intern | Austin | [Apply](https://jobs.example/4) | 1mo |'
  ]
  const readme = [
    '## Jobs',
    '',
    '| Company | Role | Location | Application | Age |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
  const { boards } = adopted(readme)

  it('repeats companies with ↳ and marks closed rows, and writes ages as the cells do', () => {
    // Beside an Age column, ↳ compares ages in days, as SimplifyJobs' 2026 script does.
    expect(boards[0]).toMatchObject({
      'repeat-company': '↳',
      'repeat-company-when': 'same-age',
      closed: 'mark'
    })
    expect(cells(boards[0]!)).toEqual([
      '**{{ company | link: company_url }}**',
      '{{ title }}',
      '{{ location }}',
      // Its closed row writes 🔒 alone, where closed: mark would keep the link's text.
      '{% if active %}{% assign apply = url %}{{ "Apply" | link: apply }}{% else %}🔒{% endif %}',
      '{{ posted_at | age: 32 }}'
    ])
  })

  it('links a column of bare addresses to themselves, as GitHub showed them', () => {
    const list = [
      '## Jobs',
      '',
      '| Company | Role | Website |',
      '| --- | --- | --- |',
      '| Acme | Intern | https://acme.example |',
      '| Globex | Intern | http://globex.example/ |',
      ''
    ].join('\n')
    expect(cells(adopted(list).boards[0]!)[2]).toBe('{{ website | link: website }}')
  })

  it('writes what the cells hold as text, never as Liquid', async () => {
    const list = [
      '## Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      '| {{ **Acme** | Intern | <a href="https://j.example/1"><img src="a.png" alt="Say "hi""></a> |',
      '| {{ **Globex** | Intern | <a href="https://j.example/2"><img src="a.png" alt="Say "hi""></a> |',
      ''
    ].join('\n')
    const result = initReadme(list, { prefix: 'jobs' })
    const file = boardsFileWith(undefined, 'README.md', result.tables, 'listings.json').text!
    const [board] = await parseBoards(file, { listings: 'listings.json' }, 'jobs-readme.yml')
    expect(board!.table.columns[0]!.cell).toBe('{% raw %}{{ **{% endraw %}{{ company }}**')
  })

  it('compares calendar days for ↳ beside a Date column', () => {
    const dated = readme
      .replace('| Age |', '| Date Posted |')
      .replace('| 2d |', '| Sep 18 |')
      .replace('| 3d |', '| Sep 18 |')
      .replace('| 31d |', '| Sep 17 |')
      .replace('| 1mo |', '| Aug 12 |')
    const [board] = adopted(dated).boards
    expect(board).toMatchObject({ 'repeat-company': '↳' })
    expect(board).not.toHaveProperty('repeat-company-when')
    expect(cells(board!)[4]).toBe('{{ posted_at | date }}')
  })

  it('proposes no row settings a board does not show', () => {
    const plain = readme
      .replace('| ↳ |', '| **Acme** |')
      .replace('| 🔒 |', '| [Apply](https://jobs.example/2) |')
    const [board] = adopted(plain).boards
    expect(board).not.toHaveProperty('repeat-company')
    expect(board).not.toHaveProperty('repeat-company-when')
    expect(board).not.toHaveProperty('closed')
  })
})

describe('init on a Last updated line written otherwise than ours', () => {
  const lines: [string, string, string][] = [
    ['**Last updated:** 2026-02-08 16:30', '2026-02-08T16:30:00Z', '%Y-%m-%d %H:%M'],
    [
      '**Last Updated**: January 29, 2026 • **Next Update**: Daily at 9 AM UTC',
      '2026-01-29T09:00:00Z',
      '%B %-d, %Y'
    ],
    ['Last updated: Oct 05, 2025 at 14:30 UTC', '2025-10-05T14:30:00Z', '%b %d, %Y at %H:%M %Z'],
    ['_Last updated on 5 March 2026_', '2026-03-05T10:00:00Z', '%-d %B %Y'],
    ['Last updated: 12/01/2025', '2025-12-01T10:00:00Z', '%m/%d/%Y'],
    // Seconds are the clock's, not text frozen at the day init ran.
    ['**Last updated:** 2025-10-04 19:28:57 UTC', '2025-10-04T19:28:57Z', '%Y-%m-%d %H:%M:%S'],
    [
      'Last updated: Oct 05, 2025 at 14:30:09 UTC',
      '2025-10-05T14:30:09Z',
      '%b %d, %Y at %H:%M:%S %Z'
    ],
    // An emoji or another symbol before its words.
    ['🔄 **Last updated:** 2025-10-04 19:28 UTC', '2025-10-04T19:28:00Z', '%Y-%m-%d %H:%M'],
    ['⏰ _Last updated on 5 March 2026_', '2026-03-05T10:00:00Z', '%-d %B %Y'],
    // A 12-hour clock, a weekday before the date, "Updated" without "Last".
    ['<sub>Last updated: 10/04/2025 7:28 PM</sub>', '2025-10-04T19:28:00Z', '%m/%d/%Y %-I:%M %p'],
    [
      '*Last updated: Sat, 04 Oct 2025 19:28:57 GMT*',
      '2025-10-04T19:28:57Z',
      '%a, %d %b %Y %H:%M:%S GMT'
    ],
    ['⏰ **Updated:** 2025-10-04 19:28:57 UTC', '2025-10-04T19:28:57Z', '%Y-%m-%d %H:%M:%S']
  ]

  it.each(lines)('proposes the template that writes it again: %s', (line, date, pattern) => {
    const readme = `# Jobs\n\n${line}\n\n| Company | Role |\n| --- | --- |\n| Acme | Intern |\n`
    const result = initReadme(readme, { prefix: 'jobs' })
    expect(result.wrapped).toContain('updated')
    expect(result.updated).toContain(`{{ now | date: "${pattern}" }}`)
    const written = updatedLine(new Date(date), {
      labels: DEFAULT_LABELS,
      timezone: 'UTC',
      template: result.updated
    })
    expect(renderGfm(toMarkdown(written))).toBe(renderGfm(line))
    const file = boardsFileWith(
      undefined,
      'README.md',
      result.tables,
      'l.json',
      'jobs',
      result.updated
    )
    expect((parseYaml(file.text!) as { boards: Board[] }).boards[0]!.updated).toBe(result.updated)
  })

  it('proposes the default line, and says why, for a time written in another zone (PDT)', () => {
    const table = '\n\n| Company | Role |\n| --- | --- |\n| Acme | Intern |\n'
    const zoned = initReadme(`**Last updated:** 2025-10-04 12:28 PDT${table}`, { prefix: 'jobs' })
    expect(zoned.wrapped).toEqual(['updated', 'openings'])
    expect(zoned.updated).toBeUndefined()
    expect(zoned.updatedUnread).toEqual({
      line: 1,
      text: '**Last updated:** 2025-10-04 12:28 PDT',
      problem: expect.stringContaining('written in PDT')
    })
  })

  it('takes no line that starts with "Updated" but holds no date it reads', () => {
    const table = '\n\n| Company | Role |\n| --- | --- |\n| Acme | Intern |\n'
    expect(initReadme(`Updated daily by a script.${table}`, { prefix: 'jobs' }).wrapped).toEqual([
      'openings'
    ])
  })

  it('proposes no template for a line whose date it cannot read, nor for its own line', () => {
    const table = '\n\n| Company | Role |\n| --- | --- |\n| Acme | Intern |\n'
    const vague = initReadme(`Last updated: yesterday${table}`, { prefix: 'jobs' })
    expect(vague.wrapped).toEqual(['updated', 'openings'])
    expect(vague.updated).toBeUndefined()
    const ours = '<sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>'
    const own = initReadme(`${ours}${table}`, { prefix: 'jobs' })
    expect(own.wrapped).toEqual(['updated', 'openings'])
    expect(own.updated).toBeUndefined()
  })
})

describe('init on company cells with a mark before the name that differs from row to row', () => {
  const board = (companies: string[]) =>
    adopted(
      [
        '## Jobs',
        '',
        '| Company | Role |',
        '| --- | --- |',
        ...companies.map((company, row) => `| ${company} | [Intern](https://j.example/${row}) |`),
        ''
      ].join('\n')
    ).boards[0]!

  it.each([
    // 🟢 and 🟦 share their first UTF-16 unit, 👩‍💻 and 👩 their first code point.
    ['emoji that share a UTF-16 unit', ['🟢 **Google**', '🟦 **Microsoft**', '🟢 **Meta**']],
    ['emoji with nothing in common', ['🟢 **Google**', '🍎 **Apple**', '⚡ **Meta**']],
    ['emoji that share a code point', ['👩‍💻 **Google**', '👩 **Apple**']]
  ])('keeps the emphasis around the name and drops the mark: %s', (_, companies) => {
    expect(cells(board(companies))[0]).toBe('**{{ company }}**')
  })

  it('keeps a mark every cell writes, and never a part of an emphasis run', () => {
    expect(cells(board(['🟢 **Google**', '🟢 **Apple**']))[0]).toBe('🟢 **{{ company }}**')
    // Cells that link nothing: no link written (a column is linked only when its cells are).
    expect(cells(board(['***Google***', '**Apple**']))[0]).toBe('{{ company }}')
  })
})

describe('init on cells that write their link or button inside an element', () => {
  // SimplifyJobs' New-Grad format: the company in <strong> (linked when it has a page), the
  // Apply button centred in a <div>.
  const button = (row: number) =>
    `<div align="center"><a href="https://jobs.example/${row}?utm_source=Simplify&ref=Simplify"><img src="https://i.imgur.com/fbjwDvo.png" width="52" alt="Apply"></a></div>`
  const htmlRows = [
    [
      '<strong><a href="https://simplify.jobs/c/Acme">Acme</a></strong>',
      'Backend Intern',
      button(1)
    ],
    ['<strong>Meshy</strong>', 'Data Intern', button(2)],
    [
      '<strong><a href="https://simplify.jobs/c/Globex">Globex</a></strong>',
      'SWE Intern',
      button(3)
    ]
  ]
  const html = [
    '## Jobs',
    '',
    '<table>',
    '<thead>',
    '<tr>',
    '<th>Company</th>',
    '<th>Role</th>',
    '<th>Application</th>',
    '</tr>',
    '</thead>',
    '<tbody>',
    ...htmlRows.flatMap(row => ['<tr>', ...row.map(cell => `<td>${cell}</td>`), '</tr>']),
    '</tbody>',
    '</table>',
    ''
  ].join('\n')

  it('keeps the element around an image button, which stays an image button', () => {
    expect(cells(adopted(html).boards[0]!)[2]).toBe(
      '{% if url %}<div align="center"><a href="{{ url | with_query: "utm_source=Simplify&ref=Simplify" }}"><img src="https://i.imgur.com/fbjwDvo.png" width="52" alt="Apply"></a></div>{% endif %}'
    )
    // Markdown: an HTML image in a Markdown link, in a centred paragraph.
    const markdown = [
      '## Jobs',
      '',
      '| Company | Role | Apply |',
      '| --- | --- | --- |',
      ...[1, 2].map(
        row =>
          `| **Acme** | Intern | <p align="center">[<img src="images/apply.png" width="75" alt="Apply button">](https://j.example/${row})</p> |`
      ),
      ''
    ].join('\n')
    expect(cells(adopted(markdown).boards[0]!)[2]).toBe(
      '{% if url %}<p align="center">[<img src="images/apply.png" width="75" alt="Apply button">]({{ url }})</p>{% endif %}'
    )
  })

  it('keeps the element around an Apply text link, and both of two buttons', () => {
    const text = html.replace(
      /<div align="center">.*?<\/div>/g,
      '<div align="center"><a href="https://jobs.example/1">Apply</a></div>'
    )
    // The anchor as the README writes it, as an image button is.
    expect(cells(adopted(text).boards[0]!)[2]).toBe(
      '{% if url %}<div align="center"><a href="{{ url }}">Apply</a></div>{% endif %}'
    )
    const two = html.replace(
      /<\/a><\/div>/g,
      '</a> <a href="https://simplify.jobs/p/1"><img src="https://i.imgur.com/aVnQdox.png" width="28" alt="Simplify"></a></div>'
    )
    // The second links to one page in every row: its address is written as it is.
    expect(cells(adopted(two).boards[0]!)[2]).toBe(
      '{% if url %}<div align="center"><a href="{{ url | with_query: "utm_source=Simplify&ref=Simplify" }}"><img src="https://i.imgur.com/fbjwDvo.png" width="52" alt="Apply"></a> <a href="https://simplify.jobs/p/1"><img src="https://i.imgur.com/aVnQdox.png" width="28" alt="Simplify"></a></div>{% endif %}'
    )
  })

  it('lets the first run rewrite such a table as it is', () => {
    const { text, boards } = adopted(html)
    const listings = [
      ['Acme', 'https://simplify.jobs/c/Acme', 'Backend Intern', 1],
      ['Meshy', undefined, 'Data Intern', 2],
      ['Globex', 'https://simplify.jobs/c/Globex', 'SWE Intern', 3]
    ].map(([company, company_url, title, row]) => ({
      company,
      ...(company_url ? { company_url } : {}),
      title,
      location: 'NYC',
      url: `https://jobs.example/${row}`,
      posted_at: `2026-03-0${4 - Number(row)}T12:00:00Z`
    }))
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': text,
      'listings.json': JSON.stringify(listings),
      'jobs-readme.yml': stringifyYaml({
        listings: 'listings.json',
        boards: [{ ...boards[0]!, 'max-age-days': 0 }]
      })
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2026-03-05T00:00:00Z'], {
      cwd: dir
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toBe(text)
  })

  it('keeps the element around a company link, linked or not', () => {
    expect(cells(adopted(html).boards[0]!)[0]).toBe(
      '<strong>{% if company_url %}<a href="{{ company_url }}">{{ company }}</a>{% else %}{{ company }}{% endif %}</strong>'
    )
  })
})

describe('init on a column of work types', () => {
  // jobright-ai's boards (2025-08) head theirs "Work Model": init guessed {{ work_model }}, a
  // field no feed has, and the first run blanked the column.
  const table = (header: string, cells: string[]) =>
    `## Jobs\n\n| Company | Role | ${header} |\n| --- | --- | --- |\n${cells
      .map((cell, n) => `| Acme ${n} | Engineer | ${cell} |\n`)
      .join('')}`

  it.each([
    ['Work Model', ['Hybrid', 'On Site', 'Remote']],
    ['Workplace', ['Remote', 'Hybrid']],
    ['Arrangement', ['Hybrid']],
    ['Setting', ['Remote', 'On Site', 'Hybrid']]
  ])('reads it as the work type, headed %s', (header, values) => {
    const { boards } = adopted(table(header, values))
    expect(cells(boards[0]!)[2]).toBe('{{ work_type | label }}')
  })

  it('keeps a column named otherwise, whose cells are not work types, as a field of its own', () => {
    const { boards } = adopted(table('Setting', ['Office', 'Lab']))
    expect(cells(boards[0]!)[2]).toBe('{{ setting }}')
  })

  it('writes the column back as the board wrote it on the first run', () => {
    const readme = table('Work Model', ['Hybrid', 'On Site', 'Remote'])
    const dir = scratchDir()
    const listings = ['hybrid', 'on_site', 'remote'].map((type, n) => ({
      id: String(n),
      company: `Acme ${n}`,
      title: 'Engineer',
      url: `https://jobs.example/${n}`,
      location: 'Berlin',
      work_type: type,
      posted_at: `2025-08-25T1${n}:00:00Z`
    }))
    writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    const run = runCli(
      [
        '--config',
        'jobs-readme.yml',
        '--listings',
        'listings.json',
        '--now',
        '2025-08-26T00:00:00Z'
      ],
      { cwd: dir }
    )
    expect(run.stderr).not.toContain('warning')
    expect(run.status).toBe(0)
    const workTypes = read(join(dir, 'README.md'))
      .split('\n')
      .filter(line => line.startsWith('| Acme'))
      .map(line => line.split(' | ')[2])
    expect(workTypes).toEqual(['Remote |', 'On Site |', 'Hybrid |'])
  })
})

describe('init on ages in several tables of one README', () => {
  // speedyapply/2026-SWE-College-Jobs (07606cd): its Quant table held only 1d and 3d that day, and
  // was guessed months after 30 days, where its FAANG+ and Other tables (42d, 104d) write days.
  const table = (heading: string, ages: string[]) =>
    `## ${heading}\n\n| Company | Role | Age |\n| --- | --- | --- |\n${ages
      .map((age, n) => `| ${heading} ${n} | Engineer | ${age} |\n`)
      .join('')}\n`

  it('guesses one age format for them all, from the ages of every table', () => {
    const readme = table('FAANG+', ['2d', '42d', '104d']) + table('Quant', ['1d', '3d'])
    const { boards } = adopted(readme)
    expect(boards.map(board => cells(board)[2])).toEqual([
      '{{ posted_at | age: "days" }}',
      '{{ posted_at | age: "days" }}'
    ])
  })

  it('keeps months where no table writes more than 30 days', () => {
    const { boards } = adopted(table('FAANG+', ['2d', '12d']) + table('Quant', ['1d']))
    expect(boards.map(board => cells(board)[2])).toEqual([
      '{{ posted_at | age }}',
      '{{ posted_at | age }}'
    ])
  })
})

describe('init on image buttons, kept byte for byte as the README writes them', () => {
  // speedyapply writes `<img src alt width/>`: the first run rewrote every row of every table
  // as `<img src width alt>`, which GitHub shows the same, though no listing changed.
  const listings = [
    ['Zettabyte', 'https://zettabyte.space/', 'https://jobs.ashbyhq.com/z/1', 0],
    [
      'Roadie',
      'https://www.roadie.com',
      'https://job-boards.greenhouse.io/roadie/jobs/2?a=1&b=2',
      1
    ]
  ].map(([company, company_url, url, days]) => ({
    company: String(company),
    company_url: String(company_url),
    title: 'Software Engineer Intern',
    location: 'Remote',
    url: String(url),
    posted_at: new Date(
      Date.parse('2025-10-20T10:00:00Z') - Number(days) * 86_400_000
    ).toISOString()
  }))
  const pipe = (button: (url: string) => string) =>
    [
      '# Jobs',
      '',
      '| Company | Position | Location | Posting | Age |',
      '|---|---|---|---|---|',
      ...listings.map(
        (each, days) =>
          `| <a href="${each.company_url}"><strong>${each.company}</strong></a> | ${each.title} | ${each.location} | ${button(each.url)} | ${days}d |`
      ),
      ''
    ].join('\n')
  const html = (button: (url: string) => string) =>
    [
      '# Jobs',
      '',
      '<table>',
      '<thead>',
      '<tr>',
      ...['Company', 'Position', 'Location', 'Posting', 'Age'].map(header => `<th>${header}</th>`),
      '</tr>',
      '</thead>',
      '<tbody>',
      ...listings.flatMap((each, days) => [
        '<tr>',
        ...[`<strong>${each.company}</strong>`, each.title, each.location, button(each.url)].map(
          cell => `<td>${cell}</td>`
        ),
        `<td>${days}d</td>`,
        '</tr>'
      ]),
      '</tbody>',
      '</table>',
      ''
    ].join('\n')

  /** The README after init and a first run on the listings it shows. */
  function firstRun(readme: string): { adopted: string; after: string } {
    const { text, boards } = adopted(readme)
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': text,
      'listings.json': JSON.stringify(listings),
      'jobs-readme.yml': stringifyYaml({
        listings: 'listings.json',
        boards: [{ ...boards[0]!, 'max-age-days': 0 }]
      })
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2025-10-20T12:00:00Z'], {
      cwd: dir
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    return { adopted: text, after: read(join(dir, 'README.md')) }
  }

  it("writes speedyapply's rows of a pipe table back byte for byte", () => {
    const readme = pipe(
      url =>
        `<a href="${url}"><img src="https://i.imgur.com/JpkfjIq.png" alt="Apply" width="70"/></a>`
    )
    const { adopted, after } = firstRun(readme)
    expect(after).toBe(adopted)
    expect(after).toContain(
      '<img src="https://i.imgur.com/JpkfjIq.png" alt="Apply" width="70"/></a> | 0d |'
    )
  })

  it.each([
    [
      'double quotes, self-closing',
      (url: string) =>
        `<a href="${url}"><img src="https://i.imgur.com/a.png" alt="Apply" width="70"/></a>`
    ],
    [
      'single and no quotes, a space before />',
      (url: string) =>
        `<a href='${url}' target=_blank><img width=70 alt='Apply' src='https://i.imgur.com/a.png' /></a>`
    ],
    [
      'another order, no slash',
      (url: string) =>
        `<A HREF="${url}"><IMG ALT="Apply"  SRC="https://i.imgur.com/a.png" WIDTH="70"></A>`
    ]
  ])('writes the buttons of an HTML table and a pipe table back byte for byte: %s', (_, button) => {
    for (const readme of [html(button), pipe(button)]) {
      const { adopted, after } = firstRun(readme)
      expect(after).toBe(adopted)
    }
  })

  it('shows no button for a listing without an address (a closed role folded away)', () => {
    const readme = pipe(
      url =>
        `<a href="${url}"><img src="https://i.imgur.com/JpkfjIq.png" alt="Apply" width="70"/></a>`
    )
    const { text, boards } = adopted(readme)
    const dir = scratchDir()
    const closed = { ...listings[1]!, company: 'Gone', active: false, id: '9', url: undefined }
    writeFiles(dir, {
      'README.md': text,
      'listings.json': JSON.stringify([...listings, closed]),
      'jobs-readme.yml': stringifyYaml({
        listings: 'listings.json',
        boards: [{ ...boards[0]!, 'max-age-days': 0, closed: 'details' }]
      })
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2025-10-20T12:00:00Z'], {
      cwd: dir
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const after = read(join(dir, 'README.md'))
    expect(after).toMatch(
      /<strong>Gone<\/strong><\/a> \| Software Engineer Intern \| Remote \| \| 1d \|/
    )
    expect(after).not.toContain('href=""')
  })

  it('keeps a Markdown image button Markdown', () => {
    const readme = pipe(url => `[![Apply](https://i.imgur.com/a.png)](${url})`)
    const { adopted, after } = firstRun(readme)
    expect(after).toBe(adopted)
    expect(adopted.replace(/<!-- jobs:openings:(start|end) -->\n/g, '')).toBe(readme)
  })

  it('keeps a button whose image is a reference to the README’s definition, as written', () => {
    const definitions =
      '\n[btn]: https://img.example/apply.png\n[apply]: https://img.example/a.png\n'
    for (const image of ['![Apply][btn]', '![Apply][]', '![btn]', '![APPLY][ Btn ]']) {
      const readme = pipe(url => `[${image}](${url})`) + definitions
      const { text, boards } = adopted(readme)
      expect(cells(boards[0]!)[3]).toBe(`{% if url %}[${image}]({{ url }}){% endif %}`)
      const { after } = firstRun(readme)
      expect(after).toBe(text)
      expect(renderGfm(after)).toContain(
        `<a href="https://jobs.ashbyhq.com/z/1"><img src="https://img.example/${image.includes('btn') || image.includes('Btn') ? 'apply' : 'a'}.png" alt=`
      )
    }
  })
})

describe('init on marks some rows write after the title, with no listings', () => {
  const board = (titles: string[]) =>
    adopted(
      [
        '## Jobs',
        '',
        '| Company | Role | Apply |',
        '| --- | --- | --- |',
        ...titles.map((title, row) => `| Acme | ${title} | [Apply](https://j.example/${row}) |`),
        ''
      ].join('\n')
    ).boards[0]!

  it('writes a mark on the postings whose rows have it', () => {
    expect(cells(board(['Intern 🛂', 'Intern', 'Analyst 🛂']))[1]).toBe(
      '{{ title }}{% case url %}{% when "https://j.example/0", "https://j.example/2" %} 🛂{% endcase %}'
    )
  })

  it('takes no sign of the text for a mark, nor an emoji without a space before it', () => {
    expect(cells(board(['Intern 🛂', 'Widget ™', 'Rocket🚀', 'Analyst']))[1]).toBe(
      '{{ title }}{% case url %}{% when "https://j.example/0" %} 🛂{% endcase %}'
    )
  })
})

describe('init on a company column headed Name', () => {
  // ReaVNaiL/New-Grad-2024 heads its company column "Name": init guessed {{ name }}, a field no
  // feed has, and dropped the company links.
  it('reads it as the company, its links the company links', () => {
    const readme = [
      '## Jobs',
      '',
      '| Name | Location | Roles |',
      '| ---- | -------- | ----- |',
      '| [Iridium](https://careers.iridium.example/jobs) | Tempe, AZ | [Engineer I](https://careers.iridium.example/jobs/2915) |',
      '| [Galatea](https://jobs.lever.co/galatea) | Durham, NC | [Software Engineer](https://jobs.lever.co/galatea/ea47) |',
      ''
    ].join('\n')
    const { boards } = adopted(readme)
    expect(cells(boards[0]!)[0]).toBe('{{ company | link: company_url }}')
  })
})
