import { describe, expect, it } from '@jest/globals'
import { buildBoards, type BoardIO } from '../../src/board.js'
import { parseSettings } from '../../src/config/config.js'
import { BoardError } from '../../src/errors.js'
import { jobSummary } from '../../src/publish/summary.js'
import { renderGfm } from '../helpers/cmark.js'

const NOW = '2025-10-22T20:30:00Z'
const CONFIG = 'jobs-readme.yml'

/** A README of two category tables, a counts zone above them, and hand-written text between. */
const README = [
  '# Summer internships',
  '',
  '<!-- jobs:counts:start -->',
  '<!-- jobs:counts:end -->',
  '',
  'Hand-written text | with a pipe.',
  '',
  '## 💻 Software Engineering Roles',
  '',
  '<!-- jobs:openings:software:start -->',
  '<!-- jobs:openings:software:end -->',
  '',
  '## Product & Design: *PM* roles',
  '',
  '<!-- jobs:openings:product:start -->',
  '<!-- jobs:openings:product:end -->',
  '',
  '<!-- jobs:stats:start -->',
  '<!-- jobs:stats:end -->',
  '',
  '## 💻 Software Engineering Roles',
  '',
  'A second heading of the same text: GitHub numbers its anchor.',
  ''
].join('\n')

const TWO_TABLES = `
listings: jobs.json
boards:
  - readme: README.md
    zone: software
    select: { field: team, equals: software }
  - readme: README.md
    zone: product
    zone-title: Product Management
    select: { field: team, equals: product }
`

interface Posting {
  id: string
  company: string
  title: string
  url: string
  posted_at: string
  team: string
  active?: boolean
}

function posting(n: number, team: string, extra: Partial<Posting> = {}): Posting {
  return {
    id: `${team}-${n}`,
    company: `Company ${n}`,
    title: `${team} intern ${n}`,
    url: `https://jobs.example/${team}/${n}`,
    posted_at: new Date(Date.parse(NOW) - n * 3_600_000).toISOString(),
    team,
    ...extra
  }
}

const LISTINGS = [
  ...[1, 2, 3].map(n => posting(n, 'software')),
  ...[4, 5].map(n => posting(n, 'product'))
]

async function build(
  files: Record<string, string>,
  config = TWO_TABLES,
  warn: (message: string) => void = () => {}
) {
  const all: Record<string, string> = {
    'README.md': README,
    'jobs.json': JSON.stringify(LISTINGS),
    [CONFIG]: config,
    ...files
  }
  const io: BoardIO = {
    readFile: async path => all[path],
    listFiles: async () => [],
    warn
  }
  const { run, boards } = await parseSettings({ config: CONFIG, now: NOW }).resolve(io.readFile)
  return buildBoards(run, boards, io)
}

/** The lines between a zone's markers. */
function zone(readme: string, name: string): string {
  const start = readme.indexOf(`<!-- jobs:${name}:start -->\n`)
  const end = readme.indexOf(`<!-- jobs:${name}:end -->`)
  if (start < 0 || end < 0) throw new Error(`no ${name} zone`)
  return readme.slice(start + `<!-- jobs:${name}:start -->\n`.length, end)
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(BoardError)
  return (error as Error).message
}

describe('several tables in one README', () => {
  it('fills each board’s zone with its own rows, in one file written once', async () => {
    const run = await build({})
    const readme = run.boards[0]!.after
    expect(zone(readme, 'openings:software')).toContain('software intern 1')
    expect(zone(readme, 'openings:software')).not.toContain('product intern')
    expect(zone(readme, 'openings:product').match(/product intern \d/g)).toEqual([
      'product intern 4',
      'product intern 5'
    ])
    expect(run.files.map(file => file.path)).toEqual(['README.md'])
    expect(run.boards.map(board => board.rows.length)).toEqual([3, 2])
    expect(run.totals.stats.jobs).toBe(5)
    // The stats zone counts the rows of every table of the README.
    expect(zone(readme, 'stats')).toContain('5')
  })

  it("says why a board shows nothing, counting only that board's records", async () => {
    const message = await refusal(
      build({}, TWO_TABLES.replace('equals: product', 'equals: design'))
    )
    expect(message).toContain(
      `(5 valid listings loaded, 5 records read). Of the records read, 5 are left out by the board's "select" filters or its "visible" field.`
    )
    // A board that fills company links reads every record whole; each still counts once.
    const filled = await refusal(
      build(
        {},
        TWO_TABLES.replace('equals: product', 'equals: design').replace(
          'zone: product',
          'zone: product\n    company-url: fill\n    max-age-days: 1'
        )
      )
    )
    expect(filled).toContain(
      `Of the records read, 5 are left out by the board's "select" filters or its "visible" field.`
    )
  })

  it('names each table in the job summary, one README for them all', async () => {
    const summary = jobSummary({ run: await build({}), dryRun: true })
    expect(summary).toMatch(/^## Job boards: 2 tables in 1 README\n/)
    expect(summary).toContain('| `README.md (software)` | 3 |')
    expect(summary).toContain('| `README.md (product)` | 2 |')
    expect(summary).toContain('### Added in `README.md (product)` (2)')
  })

  it('keeps every byte outside the zones', async () => {
    const readme = (await build({})).boards[0]!.after
    const outside = (text: string) =>
      text.replace(/(<!-- jobs:([\w:-]+):start -->\n)[\s\S]*?(<!-- jobs:\2:end -->)/g, '$1$3')
    expect(outside(readme)).toBe(outside(README))
  })

  it('links each table’s heading with its count in the counts zone, as GitHub anchors it', async () => {
    const readme = (await build({})).boards[0]!.after
    expect(zone(readme, 'counts')).toBe(
      [
        '**[💻 Software Engineering Roles](#-software-engineering-roles)** (3)',
        '',
        '**[Product Management](#product--design-pm-roles)** (2)',
        ''
      ].join('\n')
    )
    const html = await renderGfm(readme)
    expect(html).toContain(
      '<a href="#-software-engineering-roles">💻 Software Engineering Roles</a>'
    )
  })

  it('shows each heading’s text in the counts zone as the heading shows it, its Markdown escaped', async () => {
    const hostile = README.replace(
      '## 💻 Software Engineering Roles\n\n<!-- jobs:openings:software',
      '## Backend \\*new\\* \\<b\\> roles\n\n<!-- jobs:openings:software'
    ).replace('## Product & Design: *PM* roles', '## # Frontend \\[see](/evil) |')
    const untitled = TWO_TABLES.replace('    zone-title: Product Management\n', '')
    const headings = (html: string) =>
      [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map(match => match[1]!).slice(0, 2)
    const shown = headings(renderGfm(hostile))
    expect(shown).toEqual(['Backend *new* &lt;b&gt; roles', '# Frontend [see](/evil) |'])
    const counts = (readme: string) => {
      const zoned = zone(readme, 'counts')
      return { zoned, html: renderGfm(zoned) }
    }
    const byDefault = counts((await build({ 'README.md': hostile }, untitled)).boards[0]!.after)
    expect(byDefault.html).toBe(
      [
        `<p><strong><a href="#backend-new-b-roles">${shown[0]}</a></strong> (3)</p>`,
        `<p><strong><a href="#-frontend-seeevil-">${shown[1]}</a></strong> (2)</p>`,
        ''
      ].join('\n')
    )
    // A template of its own: each value escaped for where it lands, the template's Markdown kept.
    const config = `${untitled}    counts: |
      {% for table in tables %}
      {{ table.heading }}
      - *{{ table.title | escape }}* [go]({{ table.anchor }}) \`{{ table.zone }}\`

      | {{ table.title }} | {{ table.count }} |
      | - | - |

      <p title="{{ table.heading }}">{{ table.heading }}</p>

      {% endfor %}
`
    const own = counts((await build({ 'README.md': hostile }, config)).boards[0]!.after)
    const text = shown[1]!
    expect(own.html).toContain(`<p>${shown[0]}</p>\n<ul>\n<li><em>${shown[0]}</em>`)
    expect(own.html).toContain(`<p>${text}</p>\n<ul>\n<li><em>${text}</em>`)
    expect(own.html).toContain('<a href="#-frontend-seeevil-">go</a> <code>product</code>')
    expect(own.html).toContain(`<th>${text}</th>\n<th>2</th>`)
    expect(own.html).not.toContain('<b>')
    expect(own.html).not.toContain('href="/evil"')
    expect(own.zoned).toContain('<p title="# Frontend [see](/evil) |">')
    expect(own.zoned).toContain('<p title="Backend *new* &#60;b&#62; roles">')
  })

  it('renders a counts template over the total and the tables', async () => {
    const config = `${TWO_TABLES}    counts: |
      ### Browse {{ total }} roles by category
      {% for table in tables %}
      {{ table.zone }}: [{{ table.title }}](https://github.com/o/r/blob/main/README.md{{ table.anchor }}) ({{ table.count }}, {{ table.closed }} closed)
      {% endfor %}
`
    const readme = (await build({}, config)).boards[0]!.after
    const counts = zone(readme, 'counts')
    expect(counts).toMatch(/^### Browse 5 roles by category\n/)
    expect(counts).toContain(
      'software: [💻 Software Engineering Roles](https://github.com/o/r/blob/main/README.md#-software-engineering-roles) (3, 0 closed)'
    )
    expect(counts).toContain('product: [Product Management]')
  })

  it('counts only the open rows of a table whose closed roles fold into details', async () => {
    const listings = [
      ...LISTINGS,
      posting(6, 'product', { active: false }),
      posting(7, 'product', { active: false })
    ]
    const config = TWO_TABLES.replace(
      'zone-title: Product Management',
      'zone-title: Product Management\n    closed: details'
    )
    const readme = (await build({ 'jobs.json': JSON.stringify(listings) }, config)).boards[0]!.after
    expect(zone(readme, 'counts')).toContain(
      '**[Product Management](#product--design-pm-roles)** (2)'
    )
    expect(zone(readme, 'openings:product')).toContain('Inactive roles (2)')
  })

  it('counts only the open rows of a table that marks its closed roles 🔒: the closed apart', async () => {
    const listings = [
      ...LISTINGS,
      posting(6, 'product', { active: false }),
      posting(7, 'product', { active: false })
    ]
    const config = `${TWO_TABLES.replace(
      'zone-title: Product Management',
      'zone-title: Product Management\n    closed: mark'
    )}    counts: |
      Browse {{ total }} roles
      {% for table in tables %}{{ table.zone }} ({{ table.count }}, {{ table.closed }} closed)
      {% endfor %}
`
    const readme = (await build({ 'jobs.json': JSON.stringify(listings) }, config)).boards[0]!.after
    expect(zone(readme, 'openings:product').match(/🔒/g)).toHaveLength(2)
    const counts = zone(readme, 'counts')
    expect(counts).toContain('Browse 5 roles')
    expect(counts).toContain('product (2, 2 closed)')
  })

  it('changes nothing on a second run over its own output', async () => {
    const first = await build({})
    const second = await build({ 'README.md': first.boards[0]!.after })
    expect(second.changed).toBe(false)
    expect(second.files).toEqual([])
    expect(second.boards.map(board => [board.added.length, board.removed.length])).toEqual([
      [0, 0],
      [0, 0]
    ])
  })

  it('reads each table’s old rows on its own: added and removed, and the removal guard', async () => {
    const first = (await build({})).boards[0]!.after
    const fewer = JSON.stringify(LISTINGS.filter(each => each.id !== 'product-5'))
    const run = await build({ 'README.md': first, 'jobs.json': fewer })
    expect(run.boards.map(board => board.removed)).toEqual([[], ['https://jobs.example/product/5']])
    const guarded = TWO_TABLES.replace(
      'zone: product',
      'zone: product\n    max-removed-percent: 40'
    )
    expect(await refusal(build({ 'README.md': first, 'jobs.json': fewer }, guarded))).toContain(
      'remove 1 of the 2 openings'
    )
  })

  it('names the table the removal guard stops; a row aged out past max-age-days is not counted', async () => {
    const first = (await build({})).boards[0]!.after
    const guarded = TWO_TABLES.replace(
      'zone: product',
      'zone: product\n    max-removed-percent: 40'
    )
    // product-5 aged out: the feed still holds it, no sign of a broken feed.
    const aged = LISTINGS.map(each =>
      each.id === 'product-5' ? { ...each, posted_at: '2025-08-01T00:00:00Z' } : each
    )
    const run = await build({ 'README.md': first, 'jobs.json': JSON.stringify(aged) }, guarded)
    expect(run.boards.map(board => board.removed)).toEqual([[], ['https://jobs.example/product/5']])
    // Gone from the feed, it counts.
    const gone = LISTINGS.filter(each => each.id !== 'product-5')
    const message = await refusal(
      build({ 'README.md': first, 'jobs.json': JSON.stringify(gone) }, guarded)
    )
    expect(message).toContain(
      'README.md (product): this run would remove 1 of the 2 openings now in the table (50%, more than max-removed-percent 40): its posting is gone from the feed.'
    )
    expect(message).toContain('Check that the feed was read whole')
    // A table left with no row at all is named the same way.
    const none = LISTINGS.filter(each => each.team !== 'product')
    expect(await refusal(build({ 'README.md': first, 'jobs.json': JSON.stringify(none) }))).toMatch(
      /^README\.md \(product\): no openings left to show \(/
    )
  })

  it('names the zone a board needs when the README lacks it', async () => {
    const readme = README.replace(/<!-- jobs:openings:product:(start|end) -->\n/g, '')
    expect(await refusal(build({ 'README.md': readme }))).toContain(
      'The README has no openings:product zone. Put the lines <!-- jobs:openings:product:start --> and <!-- jobs:openings:product:end -->'
    )
  })

  it('leaves a table no board writes as it is', async () => {
    const config = TWO_TABLES.slice(
      0,
      TWO_TABLES.indexOf('  - readme: README.md\n    zone: product')
    )
    const withHandTable = README.replace(
      '<!-- jobs:openings:product:end -->',
      '| kept |\n| --- |\n| by hand |\n<!-- jobs:openings:product:end -->'
    )
    const warnings: string[] = []
    const readme = (await build({ 'README.md': withHandTable }, config, w => warnings.push(w)))
      .boards[0]!.after
    expect(zone(readme, 'openings:product')).toBe('| kept |\n| --- |\n| by hand |\n')
    // Saying so: a table whose board left the boards file goes stale.
    const line = withHandTable.split('\n').indexOf('<!-- jobs:openings:product:start -->') + 1
    expect(warnings).toEqual([
      `README.md: line ${line}: no board of this run writes the openings:product zone (<!-- jobs:openings:product:start -->), so its table is left as it is and its rows are not updated. Give it a board with zone: product (in the boards file, or the "zone" input), or remove its markers if the table is kept by hand.`
    ])
  })

  it('shortens the last table first when the README would pass max-bytes', async () => {
    const full = (await build({})).boards[0]!.after
    const limit = Buffer.byteLength(full) - 1
    const config = TWO_TABLES.replace('zone: software', `zone: software\n    max-bytes: ${limit}`)
    const run = await build({}, config)
    const [software, product] = run.boards
    expect([software!.rows.length, software!.leftOut]).toEqual([3, 0])
    expect(product!.leftOut).toBeGreaterThan(0)
    expect(product!.rows.length + product!.leftOut).toBe(2)
    const count = product!.leftOut
    expect(zone(run.boards[0]!.after, 'openings:product')).toContain(
      count === 1 ? '1 more opening is not shown' : `${count} more openings are not shown`
    )
    expect(Buffer.byteLength(run.boards[0]!.after)).toBeLessThanOrEqual(limit)
    // The counts zone counts the table's openings, those left out for size too.
    expect(zone(run.boards[0]!.after, 'counts')).toContain(
      '**[Product Management](#product--design-pm-roles)** (2)'
    )
  })
})

describe('closed roles in a README of their own', () => {
  it('shows the open roles in one README and only the closed ones, marked, in the other', async () => {
    const plain = '# Roles\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    const listings = [
      posting(1, 'software'),
      posting(2, 'software', { active: false }),
      posting(3, 'software', { active: false })
    ]
    const config = `
listings: jobs.json
boards:
  - readme: README.md
  - readme: README-Inactive.md
    closed: mark
    select: { field: active, equals: false }
`
    const run = await build(
      { 'README.md': plain, 'README-Inactive.md': plain, 'jobs.json': JSON.stringify(listings) },
      config
    )
    const [open, inactive] = run.boards
    expect(open!.rows.map(row => row.id)).toEqual(['software-1'])
    expect(inactive!.rows.map(row => row.id)).toEqual(['software-2', 'software-3'])
    const html = await renderGfm(inactive!.after)
    expect(html.match(/🔒/g)).toHaveLength(2)
    expect(html).not.toContain('href="https://jobs.example/software/2')
    expect(run.files.map(file => file.path)).toEqual(['README.md', 'README-Inactive.md'])
  })
})

describe('boards sharing a README in the boards file', () => {
  const read = (config: string) =>
    parseSettings({ config: CONFIG, listings: 'jobs.json' }).resolve(async path =>
      path === CONFIG ? config : undefined
    )

  it('refuses two boards of one README without a zone of their own each', async () => {
    const same = 'boards:\n  - readme: README.md\n    zone: a\n  - readme: README.md\n    zone: a\n'
    expect(await refusal(read(same))).toContain(
      'board 2: writes "README.md", as board 1 does; give each board its own files, or each board of one README its own "zone"'
    )
    expect(
      await refusal(read('boards:\n  - readme: README.md\n  - readme: README.md\n'))
    ).toContain('give each board its own files')
  })

  it('refuses boards of one README with different markers', async () => {
    const config =
      'boards:\n  - readme: README.md\n    zone: a\n  - readme: README.md\n    zone: b\n    marker-prefix: other\n'
    expect(await refusal(read(config))).toContain('boards of one README use the same markers')
  })

  it('refuses a zone name that cannot be a marker and a counts template that does not parse', async () => {
    expect(await refusal(read('boards:\n  - readme: README.md\n    zone: "a b"\n'))).toContain(
      'Input "zone": must be letters, digits, - and _'
    )
    expect(
      await refusal(read('boards:\n  - readme: README.md\n    counts: "{% for x in %}"\n'))
    ).toContain('Input "counts": is not a valid Liquid template')
  })
})
