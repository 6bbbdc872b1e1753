/**
 * `init` on more shapes of foreign boards: the 2026 SimplifyJobs format with its closed roles
 * folded in `<details>` under each table (as their list_updater writes it), the off-season
 * format with a Terms column, a hand-kept table under "## Internships" below a table that holds
 * no listings, an HTML table that ends the file, CRLF line endings; and the starting boards
 * file: read by the boards-file parser, headers as written, a jobr board's first run changing
 * nothing, a marker prefix of its own.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { parseBoards } from '../../src/config/boards.js'
import { isBoardError } from '../../src/errors.js'
import { boardsFileWith } from '../../src/init/boards-file.js'
import { initReadme } from '../../src/init/init.js'
import { findZones, type ZoneName } from '../../src/zones/find.js'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/init/${name}.md`, import.meta.url), 'utf8')

const init = (readme: string, prefix = 'jobs') => initReadme(readme, { prefix })

/** The text with the marker lines init adds taken out again. */
function withoutMarkers(text: string, prefix = 'jobs'): string {
  return text.replace(new RegExp(`<!-- ${prefix}:[\\w:-]+:(start|end) -->(\\r\\n|\\n|$)`, 'g'), '')
}

/** A zone's content, found as a run finds it (the zones module). */
async function zoneText(text: string, name: ZoneName, prefix = 'jobs'): Promise<string> {
  const zone = (await findZones(text, prefix, [name])).get(name)!
  return text.slice(zone.contentStart, zone.contentEnd)
}

async function boardsOf(text: string) {
  return parseBoards(text, { listings: 'listings.json' }, 'jobs-readme.yml')
}

const CATEGORIES = [
  'software-engineering',
  'product-management',
  'data-science-ai-machine-learning',
  'quantitative-finance',
  'hardware-engineering'
]

describe('init on the 2026 format with closed roles in <details> under a table', () => {
  const readme = fixture('simplify-2026-details')
  const result = init(readme)

  it('wraps one zone per category, the folded closed roles in their table’s zone', async () => {
    expect(result.wrapped).toEqual([
      'counts',
      ...CATEGORIES.map(category => `openings:${category}`)
    ])
    const software = await zoneText(result.text, 'openings:software-engineering')
    expect(software.startsWith('<table>\n<thead>\n')).toBe(true)
    expect(software).toContain('<summary>🗃️ Inactive roles (1)</summary>')
    // The zone runs to the </details> and the blank line after it: the end marker is a block
    // of its own, not a line of the HTML block.
    expect(software.endsWith('</table>\n\n</details>\n\n')).toBe(true)
    expect(software.match(/<table>/g)).toHaveLength(2)
  })

  it('leaves the notes above a table and the link to closed roles below it outside', async () => {
    const data = await zoneText(result.text, 'openings:data-science-ai-machine-learning')
    expect(data).not.toContain('resume template')
    const hardware = await zoneText(result.text, 'openings:hardware-engineering')
    expect(hardware).not.toContain('See 1625 more closed roles')
    expect(result.text).toContain(
      '<!-- jobs:openings:hardware-engineering:end -->\n\n🔒 **[See 1625 more closed roles'
    )
  })

  it('keeps every other byte, the rendered page and their TABLE_START / TABLE_END lines', () => {
    expect(withoutMarkers(result.text)).toBe(readme)
    expect(withoutMarkers(renderGfm(result.text))).toBe(renderGfm(readme))
    expect(result.text).toContain(
      '  <!-- Please leave a one line gap between this and the table TABLE_START (DO NOT CHANGE THIS LINE) -->\n\n---\n'
    )
  })

  it('changes nothing when run again', () => {
    const again = init(result.text)
    expect(again.text).toBe(result.text)
    expect(again.wrapped).toEqual([])
  })

  it('describes five HTML boards, one per zone, that the boards-file parser reads', async () => {
    const { text } = boardsFileWith(undefined, 'README.md', result.tables)
    const configs = await boardsOf(text!)
    expect(configs.map(config => [config.zone, config.table.format])).toEqual(
      CATEGORIES.map(category => [category, 'html'])
    )
    expect(configs[0]!.table.columns[3]!.cell).toContain(
      'with_query: "utm_source=Simplify&ref=Simplify"'
    )
  })

  it('keeps CRLF line endings, the marker lines in them too', async () => {
    const crlf = readme.replace(/\n/g, '\r\n')
    const adopted = init(crlf)
    expect(adopted.wrapped).toEqual(result.wrapped)
    expect(withoutMarkers(adopted.text)).toBe(crlf)
    expect(adopted.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(await zoneText(adopted.text, 'openings:software-engineering')).toBe(
      (await zoneText(result.text, 'openings:software-engineering')).replace(/\n/g, '\r\n')
    )
    expect(init(adopted.text).text).toBe(adopted.text)
  })
})

describe('init on the 2026 format with <details>, then runs with closed: details, through the CLI', () => {
  const names = [
    'Software Engineering',
    'Product Management',
    'Data Science, AI & Machine Learning',
    'Quantitative Finance',
    'Hardware Engineering'
  ]
  const listings = names.flatMap((category, index) => [
    {
      id: `${index}-open`,
      company: 'Meshy',
      title: `${category} Intern`,
      url: `https://jobs.example/${index}/open`,
      location: 'San Francisco, CA',
      posted_at: '2026-06-30T00:00:00Z',
      category,
      active: true
    },
    {
      id: `${index}-closed`,
      company: 'Apple',
      title: `${category} Old Intern`,
      url: `https://jobs.example/${index}/closed`,
      location: 'Remote',
      posted_at: '2026-05-01T00:00:00Z',
      category,
      active: false
    }
  ])

  /** The README with each zone's content taken out, the markers kept. */
  async function outsideZones(text: string): Promise<string> {
    const zones = [...(await findZones(text, 'jobs', [])).values()].sort(
      (a, b) => b.contentStart - a.contentStart
    )
    return zones.reduce(
      (rest, zone) => rest.slice(0, zone.contentStart) + rest.slice(zone.contentEnd),
      text
    )
  }

  it('writes each table with its closed roles folded, keeps every other byte, and a second run finds its markers', async () => {
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': fixture('simplify-2026-details'),
      'listings.json': JSON.stringify(listings)
    })
    expect(runCli(['init', '--readme', 'README.md'], { cwd: dir }).status).toBe(0)
    const adopted = read(join(dir, 'README.md'))
    // The proposal, with each board's rows chosen and its closed roles folded under its table.
    const file = parseYaml(read(join(dir, 'jobs-readme.yml'))) as {
      boards: Record<string, unknown>[]
    }
    file.boards.forEach((board, index) =>
      Object.assign(board, {
        select: { field: 'category', equals: names[index] },
        closed: 'details',
        'max-age-days': 0,
        'max-removed-percent': 100
      })
    )
    writeFiles(dir, { 'jobs-readme.yml': stringifyYaml(file) })

    const first = runCli(['--config', 'jobs-readme.yml', '--now', '2026-07-01T06:00:00Z'], {
      cwd: dir
    })
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const after = read(join(dir, 'README.md'))
    const software = await zoneText(after, 'openings:software-engineering')
    expect(software).toContain('<details><summary>')
    expect(software).toContain('Software Engineering Old Intern')
    expect(software.endsWith('</details>\n\n')).toBe(true)
    expect(await outsideZones(after)).toBe(await outsideZones(adopted))

    const second = runCli(['--config', 'jobs-readme.yml', '--now', '2026-07-01T06:00:00Z'], {
      cwd: dir
    })
    expect(second.stderr).toBe('')
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/^Up to date/)
    expect(read(join(dir, 'README.md'))).toBe(after)
  })
})

describe('init on an HTML table that ends the file', () => {
  const readme =
    '## Jobs\n\n<table>\n<tr><th>Company</th><th>Role</th></tr>\n<tr><td>Acme</td><td>Intern</td></tr>\n</table>\n'
  const result = init(readme)

  it('puts a blank line before the end marker, so that the marker is not part of the table', async () => {
    expect(result.wrapped).toEqual(['openings'])
    expect(await zoneText(result.text, 'openings')).toBe(
      '<table>\n<tr><th>Company</th><th>Role</th></tr>\n<tr><td>Acme</td><td>Intern</td></tr>\n</table>\n\n'
    )
    expect(renderGfm(result.text)).toContain('</table>\n<!-- jobs:openings:end -->')
    // The file still ends with a line ending, after the end marker now.
    expect(result.text.endsWith('</table>\n\n<!-- jobs:openings:end -->\n')).toBe(true)
    expect(withoutMarkers(result.text)).toBe(readme.replace(/<\/table>\n$/, '</table>\n\n'))
    expect(init(result.text).text).toBe(result.text)
  })
})

describe('init on the off-season format (a Terms column)', () => {
  const readme = fixture('simplify-off-season')
  const result = init(readme)

  it('wraps the table between TABLE_START and TABLE_END, not the contributors table', async () => {
    expect(result.wrapped).toEqual(['openings'])
    const table = await zoneText(result.text, 'openings')
    expect(table.split('\n')[0]).toBe(
      '| Company | Role | Location | Terms | Application/Link | Date Posted |'
    )
    expect(table.split('\n').filter(Boolean)).toHaveLength(10)
    expect(result.text).toContain('\n| Contributor | Issues |\n')
    expect(withoutMarkers(result.text)).toBe(readme)
  })

  it('writes the delimiter row back cell for cell, a Terms cell among the guesses', async () => {
    const { text } = boardsFileWith(undefined, 'README.md', result.tables)
    const [config] = await boardsOf(text!)
    expect(config!.table.columns.map(column => column.delimiter)).toEqual([
      '-------',
      '----',
      '--------',
      '-----',
      '----------------',
      '-----------'
    ])
    expect(config!.table.columns[3]!.cell).toBe('{{ terms | join: ", " }}')
  })
})

describe('init on a hand-kept table under "## Internships"', () => {
  const readme = fixture('internships')
  const result = init(readme)

  it('wraps the listings table, not the resources table above it', async () => {
    expect(result.wrapped).toEqual(['openings'])
    const table = await zoneText(result.text, 'openings')
    expect(table.split('\n')[0]).toBe('| Company | Position | Where | Posted |')
    expect(table).not.toContain('Levels')
    expect(withoutMarkers(result.text)).toBe(readme)
  })

  it('keeps its alignment and compact delimiter row, and its links’ ref parameter', async () => {
    const { text } = boardsFileWith(undefined, 'README.md', result.tables)
    const [config] = await boardsOf(text!)
    expect(config!.table.columns.map(column => [column.delimiter, column.align])).toEqual([
      [':--', 'left'],
      [':--', 'left'],
      [':--:', 'center'],
      ['--:', 'right']
    ])
    expect(config!.table.columns[1]!.cell).toContain('with_query: "ref=list"')
    expect(config!.utm).toBeUndefined()
  })
})

describe('init on a hand-kept table in a page titled "Jobs"', () => {
  // zapplyjobs' layout: the H1 names jobs; a hand-kept list of programs comes first, under
  // headings of its own; the listings table is further down.
  const listings =
    '| Company | Role | Location | Posted |\n|---|---|---|---|\n| 🏢 **Acme** | Engineer | NYC | 1d |\n'
  const programs =
    '| Company | Program | Application Link |\n|---|---|---|\n| 🟢 **Google** | STEP | [Apply](https://g.example) |\n'

  it('wraps the listings table, not the first table under the title', async () => {
    const readme = `# New Grad Jobs 2026\n\n## SWE Internships 2026\n\n### FAANG+ Internship Programs\n\n${programs}\n## Fresh Software Jobs 2026\n\n### Other Companies (1 position)\n\n${listings}`
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings'])
    expect((await zoneText(result.text, 'openings')).split('\n')[0]).toBe(listings.split('\n')[0])
    expect(withoutMarkers(result.text)).toBe(readme)
  })

  it('prefers a table whose header looks like listings to the one right under "Jobs"', async () => {
    const readme = `# Board\n\n## Internship Jobs\n\n${programs}\n## Latest\n\n${listings}`
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings'])
    expect((await zoneText(result.text, 'openings')).split('\n')[0]).toBe(listings.split('\n')[0])
  })
})

describe('init on tables whose header does not name both a company and a role', () => {
  const rows = (count: number) =>
    Array.from(
      { length: count },
      (_, index) => `| Acme ${index} | Remote | [Apply](https://acme.example/${index}) |`
    ).join('\n')
  const resources =
    '## Resources\n\n| Title | Link |\n| --- | --- |\n| Levels | [levels.fyi](https://levels.fyi) |\n'

  it('takes a table whose header names a role but no company, not one that names neither', async () => {
    const readme = `# Board\n\n## Summer Internships\n\n| Role | Location | Apply |\n| --- | --- | --- |\n${rows(2)}\n\n## Links\n\n| Site | Note |\n| --- | --- |\n| a | b |\n`
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings'])
    expect((await zoneText(result.text, 'openings')).split('\n')[0]).toBe(
      '| Role | Location | Apply |'
    )
  })

  it('prefers the tables that name both: a resources table with a Title column stays out', async () => {
    const readme = `# Board\n\n${resources}\n## Jobs list\n\n| Company | Role |\n| --- | --- |\n| Acme | Intern |\n`
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings'])
    expect(await zoneText(result.text, 'openings')).not.toContain('Levels')
  })

  it('takes a long table under a heading about internships, whatever its header', async () => {
    const readme = `# Board\n\n## Internships\n\n| Name | Where | Link |\n| --- | --- | --- |\n${rows(5)}\n`
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings'])
    expect((await zoneText(result.text, 'openings')).split('\n')).toHaveLength(8)
  })

  it('leaves a short one, or a long one under another heading, and says what it looked for', () => {
    for (const readme of [
      `# Board\n\n## Internships\n\n| Name | Where | Link |\n| --- | --- | --- |\n${rows(4)}\n`,
      `# Board\n\n## Resources\n\n| Name | Where | Link |\n| --- | --- | --- |\n${rows(9)}\n`
    ]) {
      let error: unknown
      try {
        init(readme)
      } catch (caught) {
        error = caught
      }
      expect(isBoardError(error) && error.code).toBe('no-openings-table')
      expect((error as Error).message).toContain('5 rows or more under a heading')
    }
  })
})

describe('our utm parameters in the starting boards file', () => {
  const table = (query: string) =>
    `## Current Openings\n\n| Company | Position | Location | Type | Date |\n| ------- | -------- | -------- | ---- | ------ |\n| **[Acme](https://acme.example)** | **[Dev](https://jobs.example/1${query})** | Remote | Remote | Jul 01 |\n`
  const proposal = (readme: string) =>
    parseYaml(boardsFileWith(undefined, 'README.md', init(readme).tables).text!) as {
      boards: Record<string, unknown>[]
    }

  it('are off for links that carry none, so that the first run adds none', () => {
    expect(proposal(table('')).boards).toEqual([{ readme: 'README.md', utm: false }])
    const other = proposal(
      '## Jobs\n\n| Company | Role |\n| --- | --- |\n| Acme | [Dev](https://jobs.example/1) |\n'
    )
    expect(other.boards[0]).toMatchObject({ utm: false })
  })

  it('are off for links with other parameters, which the default table could not write', () => {
    const [board] = proposal(table('?ref=list')).boards
    expect(board).toMatchObject({ utm: false, table: { format: 'pipe' } })
    expect(JSON.stringify(board)).toContain('with_query: \\"ref=list\\"')
  })
})

describe('the headers of the starting boards file', () => {
  it('are the header cells as written, markup and Liquid-looking text included', async () => {
    const readme =
      '## Jobs\n\n| **Company** | Role {{ x }} | R&amp;D |\n| --- | --- | --- |\n| a | b | c |\n'
    const { text } = boardsFileWith(undefined, 'README.md', init(readme).tables)
    const file = parseYaml(text!) as { boards: { table: { columns: { header: string }[] } }[] }
    expect(file.boards[0]!.table.columns.map(column => column.header)).toEqual([
      '**Company**',
      '{% raw %}Role {{ x }}{% endraw %}',
      'R&amp;D'
    ])
    await expect(boardsOf(text!)).resolves.toHaveLength(1)
  })
})

describe('init then the first run, through the CLI, on a board in the default format', () => {
  // The rows of the frontend fixture as listings: the first run must write them back as they are.
  const listings = [
    {
      id: '301',
      company: 'Litware',
      company_url: 'https://litware.example',
      title: 'React Developer',
      url: 'https://boards.example/job/301',
      location: 'Remote - USA',
      work_type: 'remote',
      posted_at: '2026-07-01T05:00:00Z'
    },
    {
      id: '302',
      company: 'Proseware',
      company_url: 'https://proseware.example',
      title: 'Angular Engineer (m/f/d)',
      url: 'https://boards.example/job/302',
      location: 'Hilversum',
      work_type: 'onsite',
      posted_at: '2026-06-28T05:00:00Z'
    }
  ]

  function adopt(prefix?: string) {
    const dir = scratchDir()
    const readme = fixture('frontend')
    writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
    const flags = prefix ? ['--marker-prefix', prefix] : []
    const initRun = runCli(['init', '--readme', 'README.md', ...flags], { cwd: dir })
    const adopted = read(join(dir, 'README.md'))
    const boardsFile = read(join(dir, 'jobs-readme.yml'))
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2026-07-01T06:00:00Z'], {
      cwd: dir
    })
    return { readme, initRun, adopted, boardsFile, run, after: read(join(dir, 'README.md')) }
  }

  it('proposes the default table with the board’s own utm values, and the run keeps every row', async () => {
    const { initRun, adopted, boardsFile, run, after } = adopt()
    expect(initRun.status).toBe(0)
    const file = parseYaml(boardsFile) as { listings: string; boards: Record<string, unknown>[] }
    expect(file.listings).toBe('listings.json')
    expect(file.boards).toEqual([
      {
        readme: 'README.md',
        'utm-source': 'github',
        'utm-medium': 'repo',
        'utm-campaign': 'github-frontend-jobs'
      }
    ])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await zoneText(after, 'openings')).toBe(await zoneText(adopted, 'openings'))
  })

  it('names the marker prefix init wrote, so that the run finds the markers', async () => {
    const { initRun, adopted, boardsFile, run, after } = adopt('board')
    expect(initRun.status).toBe(0)
    expect(adopted).toContain('<!-- board:openings:start -->')
    expect(
      (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]
    ).toMatchObject({ 'marker-prefix': 'board' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await zoneText(after, 'openings', 'board')).toBe(
      await zoneText(adopted, 'openings', 'board')
    )
  })
})
