/**
 * `init` on boards that are not jobr's: it finds their tables without --line (their own
 * TABLE_START/TABLE_END comments, HTML tables, a table under any heading) and describes them in
 * a starting boards file, so the first run changes only what really changed.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { parseBoards } from '../../src/config/boards.js'
import { isBoardError } from '../../src/errors.js'
import { boardsFileWith } from '../../src/init/boards-file.js'
import { initReadme } from '../../src/init/init.js'
import { findZones, type ZoneName } from '../../src/zones/find.js'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/init/${name}.md`, import.meta.url), 'utf8')

const init = (readme: string) => initReadme(readme, { prefix: 'jobs' })

/** The text with the marker lines init adds taken out again. */
function withoutMarkers(text: string): string {
  return text.replace(/<!-- jobs:[\w:-]+:(start|end) -->(\r\n|\n|$)/g, '')
}

async function zoneText(text: string, name: ZoneName) {
  const zone = (await findZones(text, 'jobs', [name])).get(name)!
  return text.slice(zone.contentStart, zone.contentEnd)
}

describe('init on a SimplifyJobs 2024 board', () => {
  const readme = fixture('simplify-2024')
  const result = init(readme)

  it('wraps the table between its TABLE_START and TABLE_END comments, not the others', async () => {
    expect(result.wrapped).toEqual(['openings'])
    const table = await zoneText(result.text, 'openings')
    expect(table.split('\n')[0]).toBe(
      '| Company | Role | Location | Application/Link | Date Posted |'
    )
    expect(table.split('\n').filter(Boolean)).toHaveLength(6)
  })

  it('keeps their comment lines, every other byte and the rendered page', () => {
    expect(withoutMarkers(result.text)).toBe(readme)
    expect(withoutMarkers(renderGfm(result.text))).toBe(renderGfm(readme))
  })

  it('changes nothing when run again', () => {
    expect(init(result.text).text).toBe(result.text)
  })

  it('describes the table as written: headers, the delimiter row, the tracking parameters', () => {
    const { text } = boardsFileWith(undefined, 'README.md', result.tables, 'listings.json')
    const file = parseYaml(text!) as { listings: string; boards: Record<string, unknown>[] }
    expect(file.listings).toBe('listings.json')
    const [board] = file.boards
    expect(board).toMatchObject({ readme: 'README.md', utm: false, table: { format: 'pipe' } })
    const columns = (board!.table as { columns: Record<string, string>[] }).columns
    expect(columns.map(column => column.header)).toEqual([
      'Company',
      'Role',
      'Location',
      'Application/Link',
      'Date Posted'
    ])
    expect(columns.map(column => column.delimiter)).toEqual([
      '-------',
      '----',
      '--------',
      '-------------',
      '-----------'
    ])
    expect(columns[3]!.cell).toContain('with_query: "utm_source=Simplify&ref=Simplify"')
    expect(text).toContain('# Its posting links carry ?utm_source=Simplify&ref=Simplify')
  })
})

describe('init on a SimplifyJobs new-grad board', () => {
  it('keeps its centred delimiter cells, which the boards file writes back', async () => {
    const result = init(fixture('simplify-newgrad'))
    expect(result.wrapped).toEqual(['openings'])
    const { text } = boardsFileWith(undefined, 'README.md', result.tables)
    const [config] = await parseBoards(text!, { listings: 'x.json' }, 'jobs-readme.yml')
    expect(config!.table.columns.map(column => [column.delimiter, column.align])).toEqual([
      ['---', null],
      ['---', null],
      ['---', null],
      [':---:', 'center'],
      [':---:', 'center']
    ])
  })
})

describe('init on a SimplifyJobs 2026 board: a table per category, in HTML', () => {
  const readme = fixture('simplify-2026')
  const result = init(readme)
  const zones = [
    'software-engineering',
    'product-management',
    'data-science-ai-machine-learning',
    'quantitative-finance',
    'hardware-engineering'
  ]

  it('wraps each HTML table as its own zone, named after its heading, and the counts', async () => {
    expect(result.wrapped).toEqual(['counts', ...zones.map(zone => `openings:${zone}`)])
    for (const zone of zones) {
      const table = await zoneText(result.text, `openings:${zone}`)
      expect(table.startsWith('<table>\n<thead>')).toBe(true)
      expect(table.trimEnd().endsWith('</table>')).toBe(true)
    }
    expect(await zoneText(result.text, 'counts')).toMatch(
      /^### Browse 5 Internship Roles by Category\n[\s\S]*\(1\)\n$/
    )
    expect(withoutMarkers(result.text)).toBe(readme)
    expect(init(result.text).text).toBe(result.text)
  })

  it('writes a board per table, HTML, each its zone, that the boards file parser takes', async () => {
    const { text } = boardsFileWith(undefined, 'README.md', result.tables)
    const configs = await parseBoards(text!, { listings: 'x.json' }, 'jobs-readme.yml')
    expect(configs.map(config => [config.readme, config.zone, config.table.format])).toEqual(
      zones.map(zone => ['README.md', zone, 'html'])
    )
    expect(configs[0]!.table.columns.map(column => column.header)).toEqual([
      'Company',
      'Role',
      'Location',
      'Application',
      'Age'
    ])
    expect(configs[0]!.table.columns[4]!.cell).toBe('{{ posted_at | age }}')
  })
})

describe('init finds a listings table under any heading', () => {
  it('takes a table whose header names a company and a role', async () => {
    const readme =
      '# Board\n\n| Contents |\n| --- |\n| x |\n\n## Internships\n\n| Company | Role |\n| --- | --- |\n| Acme | Intern |\n'
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings'])
    expect((await zoneText(result.text, 'openings')).split('\n')[0]).toBe('| Company | Role |')
  })

  it('refuses a README whose tables hold no listings, saying what it looked for', () => {
    let error: unknown
    try {
      init('# Board\n\n| Contents |\n| --- |\n| x |\n')
    } catch (caught) {
      error = caught
    }
    expect(isBoardError(error) && error.code).toBe('no-openings-table')
    expect((error as Error).message).toContain('TABLE_START and TABLE_END')
  })
})

describe('init on tables with no Markdown heading of their own', () => {
  const table = (role: string, row: number) =>
    `| Role | Location | Apply |\n|------|----------|-------|\n| ${role} | Remote | [Apply](https://jobs.example/${row}) |\n`

  it('wraps each table of a <details> section, named after its summary', async () => {
    const section = (company: string, role: string, row: number) =>
      `<details>\n<summary><h4>${company} (1 position)</h4></summary>\n\n${table(role, row)}\n</details>\n`
    const readme = `# Jobs\n\n${section('cloudflare', 'Systems Engineer', 1)}\n${section('stripe', 'Backend Engineer', 2)}`
    const result = init(readme)
    expect(result.wrapped).toEqual(['openings:cloudflare', 'openings:stripe'])
    expect(result.tables.map(each => each.heading)).toEqual([
      'cloudflare (1 position)',
      'stripe (1 position)'
    ])
    expect(await zoneText(result.text, 'openings:stripe')).toContain('Backend Engineer')
    expect(withoutMarkers(result.text)).toBe(readme)
  })

  it('wraps a table of the same header after a paragraph under the jobs heading too', async () => {
    const readme = `# Jobs\n\n${table('Systems Engineer', 1)}\nMore, from our partners:\n\n${table('Backend Engineer', 2)}`
    const result = init(readme)
    expect(result.wrapped).toHaveLength(2)
    const [, second] = result.wrapped
    expect(await zoneText(result.text, second!)).toContain('Backend Engineer')
    expect(withoutMarkers(result.text)).toBe(readme)
  })
})

describe('the starting boards file next to one that exists', () => {
  const tables = init(fixture('simplify-2024')).tables
  const existing = '# our boards\nlistings: jobs.json # the feed\nboards:\n  - readme: OTHER.md\n'

  it('adds a board for the new README, keeping the others and the comments', () => {
    const { text, added } = boardsFileWith(existing, 'README.md', tables)
    expect(added).toBe(1)
    expect(text).toContain('# our boards\n')
    expect(text).toContain('listings: jobs.json # the feed\n')
    expect(
      (parseYaml(text!) as { boards: { readme: string }[] }).boards.map(b => b.readme)
    ).toEqual(['OTHER.md', 'README.md'])
  })

  it('leaves a file that already describes the README as it is', () => {
    const once = boardsFileWith(existing, 'README.md', tables).text!
    expect(boardsFileWith(once, 'README.md', tables)).toEqual({ added: 0 })
  })
})

describe('init then a run, through the CLI', () => {
  it('wraps the table, writes the boards file, and the first run keeps the delimiter row', () => {
    const dir = scratchDir()
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    const listings = [
      {
        id: '1',
        company: 'Adobe',
        title: 'New Grad SWE',
        url: 'https://adobe.example/job/1',
        posted_at: '2024-10-16T00:00:00Z'
      }
    ]
    writeFiles(dir, {
      'README.md': fixture('simplify-newgrad'),
      '.github/scripts/listings.json': JSON.stringify(listings)
    })
    const first = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('Wrote 1 board in jobs-readme.yml')
    expect(read(join(dir, 'jobs-readme.yml'))).toContain(
      'listings: ".github/scripts/listings.json"'
    )

    const again = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(again.stdout).toContain('README.md already has its markers; nothing to do.')

    const run = runCli(
      [
        '--config',
        'jobs-readme.yml',
        '--now',
        '2024-10-20T00:00:00Z',
        '--max-removed-percent',
        '100'
      ],
      {
        cwd: dir
      }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain(
      '| Company | Role | Location | Application/Link | Date Posted |\n| --- | --- | --- | :---: | :---: |\n| **Adobe** | New Grad SWE |'
    )
  })
})

const CORPUS = ['../shared/corpus/simplify-summer2025', '../shared/corpus/simplify-newgrad']
const corpus = CORPUS.filter(existsSync)

describe('init on the real SimplifyJobs READMEs (../shared/corpus)', () => {
  const readmes = corpus.flatMap(folder =>
    readdirSync(folder)
      .filter(name => name.endsWith('.md'))
      .map(name => join(folder, name))
  )
  if (readmes.length === 0)
    it.skip('skipped: ../shared/corpus is not beside the checkout', () => {})

  it.each(readmes)(
    'wraps the table of %s, keeping every other byte; a second init changes nothing',
    async path => {
      const readme = readFileSync(path, 'utf8')
      const result = init(readme)
      expect(result.wrapped).toEqual(['openings'])
      const table = await zoneText(result.text, 'openings')
      expect(table.split('\n').filter(Boolean).length).toBeGreaterThan(50)
      expect(withoutMarkers(result.text)).toBe(readme)
      expect(init(result.text).text).toBe(result.text)
    }
  )
})
