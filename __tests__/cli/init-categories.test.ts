/**
 * `init` on a board of a table per category: each table's rows are chosen by the categories the
 * listings beside the README name (under `categories`, or another name such as `category`, which
 * init maps), so that the first run shows each table's own roles, and a second run changes
 * nothing. Where init cannot tell two tables apart, it says so.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

type Boards = { fields?: string; boards: Array<Record<string, unknown>> }

const NOW = '2025-11-20T13:00:00Z'

/** A listing posted `day` days before NOW, with `extra` fields. */
const job = (company: string, title: string, day: number, extra: Record<string, unknown>) => ({
  company,
  title,
  url: `https://${company.toLowerCase().replace(/\W/g, '')}.example/${day}`,
  posted_at: new Date(Date.parse(NOW) - day * 86_400_000 - 3_600_000).toISOString(),
  ...extra
})

/** A pipe table under a heading of the listings `rows`. */
const table = (heading: string, rows: ReturnType<typeof job>[]): string =>
  [
    `## ${heading}`,
    '',
    '| Company | Role | Apply |',
    '| --- | --- | --- |',
    ...rows.map(row => `| ${row.company} | ${row.title} | [Apply](${row.url}) |`),
    ''
  ].join('\n')

/** init, a first and a second run: the boards file, what init printed, the README after each. */
function adopt(readme: string, listings: unknown[]) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme, 'listings.json': JSON.stringify(listings) })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  expect(init.status).toBe(0)
  const text = read(join(dir, 'jobs-readme.yml'))
  const file = parseYaml(text) as Boards
  const runs = [1, 2].map(() => {
    const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
    expect(run.status).toBe(0)
    return read(join(dir, 'README.md'))
  })
  return { file, text, init: `${init.stdout}${init.stderr}`, first: runs[0]!, second: runs[1]! }
}

/** The README without init's marker lines. */
const unmarked = (text: string): string =>
  text
    .split('\n')
    .filter(line => !/^<!-- jobs:openings:[\w-]+:(?:start|end) -->$/.test(line))
    .join('\n')

describe('init: a table per category', () => {
  it('maps the listings\' "category" to categories and reads each table\'s category from it', () => {
    const quant = [
      job('Citadel', 'Software Engineer', 1, { category: 'quant' }),
      job('Five Rings', 'Software Developer', 2, { category: 'quant' })
    ]
    const other = [
      job('Acme', 'Software Engineer', 1, { category: 'other' }),
      job('Beta', 'Data Analyst', 2, { category: 'other' })
    ]
    const readme = `# Jobs\n\n${table('Quant', quant)}\n${table('Other', other)}`
    const { file, text, first, second } = adopt(readme, [...quant, ...other])
    expect(file.fields).toBe('categories=category')
    // No run hint proposes this mapping (the other fields are named as a run reads them): the
    // file's comment says what it does, not where it came from.
    expect(text).toContain('# The listings name their fields otherwise: this reads them.\n')
    expect(text).not.toContain('hint')
    expect(file.boards.map(board => board.category)).toEqual(['quant', 'other'])
    // Each table keeps its own roles: no Acme in Quant, no Citadel in Other.
    expect(unmarked(first)).toBe(readme)
    expect(second).toBe(first)
  })

  it("writes a Category column as the listings' own text, which the run reads lower case as categories", () => {
    const rows = [
      job('Acme', 'Data Engineer', 1, { category: 'Data Science & Analytics' }),
      job('Beta', 'Backend Engineer', 2, { category: 'Software Engineering' })
    ]
    const readme = [
      '# Jobs',
      '',
      '## Openings',
      '',
      '| Company | Role | Category | Apply |',
      '| --- | --- | --- | --- |',
      ...rows.map(
        row =>
          `| ${row.company} | ${row.title} | ${String((row as Record<string, unknown>).category)} | [Apply](${row.url}) |`
      ),
      ''
    ].join('\n')
    const { file, first, second } = adopt(readme, rows)
    expect(file.fields).toBe('categories=category')
    const columns = (file.boards[0]!.table as { columns: { header: string; cell: string }[] })
      .columns
    expect(columns.find(column => column.header === 'Category')!.cell).toBe('{{ category }}')
    // The rows as they were: `Data Science & Analytics`, not `data science & analytics`.
    expect(first.replace(/<!-- jobs:openings:(?:start|end) -->\n/g, '')).toBe(readme)
    expect(second).toBe(first)
  })

  it('writes the category the listings name over a built-in one that holds the same listings', () => {
    const software = [job('Acme', 'Software Engineer', 1, { category: 'Software Engineering' })]
    const hardware = [job('Hw', 'Hardware Engineer', 1, { category: 'Hardware Engineering' })]
    const readme = `# Jobs\n\n${table('Software Engineering Roles', software)}\n${table('Hardware Engineering Roles', hardware)}`
    const { file, first, second } = adopt(readme, [...software, ...hardware])
    expect(file.boards.map(board => board.category)).toEqual([
      'software engineering',
      'hardware engineering'
    ])
    expect(unmarked(first)).toBe(readme)
    expect(second).toBe(first)
  })

  it('selects a table by the categories its rows name when no one category holds them all', () => {
    const software = [
      job('Acme', 'Software Engineer', 1, { categories: 'Software' }),
      job('Beta', 'Backend Engineer', 2, { categories: 'Software Engineering' })
    ]
    const hardware = [
      job('Gamma', 'FPGA Engineer', 1, { categories: 'Hardware' }),
      job('Delta', 'Firmware Engineer', 2, { categories: 'Hardware Engineering' })
    ]
    const readme = `# Jobs\n\n${table('Software', software)}\n${table('Hardware', hardware)}`
    const { file, init, first, second } = adopt(readme, [...software, ...hardware])
    expect(file.boards.map(board => board.select)).toEqual([
      { field: 'categories', 'one-of': ['Software', 'Software Engineering'] },
      { field: 'categories', 'one-of': ['Hardware', 'Hardware Engineering'] }
    ])
    expect(init).toContain(
      'Every row of README.md (openings:software) is a listing of one of the categories "Software", "Software Engineering", and 2 listings beside it are of others'
    )
    expect(unmarked(first)).toBe(readme)
    expect(second).toBe(first)
  })

  it('says so when it writes one category for two tables of other rows', () => {
    // No field names a category: both tables are of software engineers by their titles.
    const a = [job('Acme', 'Software Engineer', 1, {}), job('Beta', 'Software Developer', 2, {})]
    const b = [job('Gamma', 'Software Engineer', 1, {}), job('Delta', 'Programmer', 2, {})]
    const rest = [job('Omega', 'Data Analyst', 3, {})]
    const readme = `# Jobs\n\n${table('Big Tech', a)}\n${table('Startups', b)}`
    const { file, init } = adopt(readme, [...a, ...b, ...rest])
    expect(file.boards.map(board => board.category)).toEqual([
      'software-engineering',
      'software-engineering'
    ])
    expect(init).toContain(
      'README.md (openings:big-tech) and README.md (openings:startups) show other rows, yet init wrote category: software-engineering for both: the first run shows the same listings in each.'
    )
  })

  it('writes a table of no rows yet as a filled one of the same header row, of the category its heading names', () => {
    const html = (heading: string, rows: ReturnType<typeof job>[]): string =>
      [
        `## ${heading}`,
        '',
        '<table>',
        '<thead>',
        '<tr><th>Company</th><th>Role</th><th>Application</th></tr>',
        '</thead>',
        '<tbody>',
        ...rows.map(
          row =>
            `<tr><td><strong>${row.company}</strong></td><td>${row.title}</td><td><a href="${row.url}?ref=Simplify">Apply</a></td></tr>`
        ),
        '</tbody>',
        '</table>',
        ''
      ].join('\n')
    const software = [
      job('Acme', 'Software Engineer 1', 1, { categories: 'Software' }),
      job('Beta', 'Software Engineer 2', 2, { categories: 'Software' })
    ]
    const readme = `# Roles\n\n${html('💻 Software Roles', software)}\n${html('💼 Other Roles (0)', [])}`
    // A listing of the category "Other", which the README does not show yet.
    const other = job('Zeta', 'Sales Associate', 1, { categories: 'Other' })
    const { file, init, first, second } = adopt(readme, [...software, other])
    const [filled, empty] = file.boards as Array<Record<string, unknown> & { table: unknown }>
    expect(empty!.table).toEqual(filled!.table)
    expect(file.boards.map(board => board.category)).toEqual(['software', 'other'])
    expect(init).toContain(
      'README.md (openings:other-roles-0) holds no rows yet: init wrote its cells as README.md (openings:software-roles) writes them, whose header row it has. Its heading names the category other of the listings: init wrote category: other'
    )
    // Zeta in the Other table alone, written as the Software table writes its rows.
    expect(first).toContain(
      '<tr>\n<td><strong>Zeta</strong></td>\n<td>Sales Associate</td>\n<td><a href="https://zeta.example/1?ref=Simplify">Apply</a></td>\n</tr>'
    )
    expect(first.match(/Zeta/g)).toHaveLength(1)
    expect(first.match(/Acme/g)).toHaveLength(1)
    expect(second).toBe(first)

    // No category of the listings named in its heading: init says what the first run does.
    const { init: unnamed } = adopt(readme, software)
    expect(unnamed).toContain(
      'README.md (openings:other-roles-0) holds no rows yet, and its heading "💼 Other Roles (0)" names no category of the listings (they name "software"): init wrote its cells as README.md (openings:software-roles) writes them, whose header row it has. The first run fills it with every listing the board selects, the other tables\' roles too'
    )
    expect(unnamed).toContain('allow-empty: true')
  })

  it('selects the other table of one category by a flag one table shows true and the other false', () => {
    const faang = [
      job('Google', 'Software Engineer', 1, { category: 'Software', is_faang: true }),
      job('Meta', 'Backend Engineer', 2, { category: 'Software', is_faang: true })
    ]
    const other = [
      job('Gamma', 'Frontend Engineer', 1, { category: 'Software', is_faang: false }),
      job('Delta', 'Platform Engineer', 2, { category: 'Software', is_faang: false })
    ]
    const rest = [job('Eps', 'Data Scientist', 1, { category: 'Data', is_faang: false })]
    // Either table first; with or without listings of another category beside them.
    for (const [first, second, listings] of [
      [table('🔥 FAANG+', faang), table('💻 Other Software', other), [...faang, ...other]],
      [table('💻 Other Software', other), table('🔥 FAANG+', faang), [...faang, ...other, ...rest]]
    ] as const) {
      const readme = `# Jobs\n\n${first}\n${second}`
      const run = adopt(readme, [...listings])
      const byZone = Object.fromEntries(run.file.boards.map(board => [board.zone, board]))
      expect(byZone.faang!.visible).toBe('is_faang')
      expect(byZone['other-software']!.select).toEqual({ field: 'is_faang', equals: false })
      expect(run.init).toContain(
        'Every row of README.md (openings:other-software) is a listing whose is_faang is false, and README.md (openings:faang) shows those whose is_faang is true (visible: is_faang): init wrote select: { field: is_faang, equals: false }'
      )
      expect(run.init).not.toContain('the same listings in each')
      // Google and Meta in FAANG+ alone.
      expect(unmarked(run.first)).toBe(readme)
      expect(run.second).toBe(run.first)
    }
  })

  it('reads the category of a table of no rows yet by the words its heading spells otherwise', () => {
    const software = [job('Acme', 'Software Engineer', 1, { category: 'Software' })]
    const rest = [
      job('Cit', 'Quant Researcher', 1, { category: 'Quant' }),
      job('Eps', 'Data Scientist', 2, { category: 'AI/ML/Data' }),
      job('Chip', 'FPGA Engineer', 2, { category: 'Hardware Engineering' })
    ]
    const headings = [
      '📈 Quantitative Finance New Grad Roles (0)',
      '🤖 Data Science, AI & Machine Learning New Grad Roles (0)',
      '🔧 Hardware (0)'
    ]
    const readme = `# Jobs\n\n${[table('💻 Software', software), ...headings.map(each => table(each, []))].join('\n')}`
    const { file, init, second, first } = adopt(readme, [...software, ...rest])
    expect(file.boards.map(board => board.category)).toEqual([
      'software',
      'quant',
      'ai/ml/data',
      'hardware engineering'
    ])
    // Each role in its own table alone.
    for (const company of ['Acme', 'Cit', 'Eps', 'Chip'])
      expect(first.match(new RegExp(`\\| ${company} \\|`, 'g'))).toHaveLength(1)
    expect(init).toContain('Its heading names the category quant of the listings')
    expect(second).toBe(first)

    // Two categories of as many words named: no guess, and a note naming both.
    const tie = `# Jobs\n\n${table('💻 Software', software)}\n${table('🧪 Quant Data (0)', [])}`
    const tied = adopt(tie, [...software, ...rest, job('Q', 'Analyst', 1, { category: 'Data' })])
    expect(tied.file.boards[1]!.category).toBeUndefined()
    expect(tied.init).toContain(
      'its heading "🧪 Quant Data (0)" names as many words of the categories "quant", "ai/ml/data", "data" of the listings, so init wrote none of them'
    )
    // None named: the note names the closest.
    const none = `# Jobs\n\n${table('💻 Software', software)}\n${table('🧮 Qualitative Roles (0)', [])}`
    const far = adopt(none, [...software, ...rest])
    expect(far.file.boards[1]!.category).toBeUndefined()
    expect(far.init).toContain(
      'its heading "🧮 Qualitative Roles (0)" names no category of the listings (the closest: "quant")'
    )
  })

  it('reads categories from a "type" of a few values that each table\'s rows show one of', () => {
    const software = [
      job('Acme', 'Software Engineer', 1, { type: 'software' }),
      job('Beta', 'Backend Engineer', 2, { type: 'Software' })
    ]
    const hardware = [
      job('Gamma', 'FPGA Engineer', 1, { type: 'hardware' }),
      job('Delta', 'Firmware Engineer', 2, { type: 'Hardware' })
    ]
    const readme = `# Jobs\n\n${table('💻 Software Engineering', software)}\n${table('🔧 Hardware Engineering', hardware)}`
    const { file, first, second } = adopt(readme, [...software, ...hardware])
    expect(file.fields).toBe('categories=type')
    expect(file.boards.map(board => board.category)).toEqual(['software', 'hardware'])
    expect(unmarked(first)).toBe(readme)
    expect(second).toBe(first)
    // A type the headings do not name (Full-time, Intern in both): no mapping.
    const mixed = [...software, ...hardware].map((each, index) => ({
      ...each,
      type: index % 2 === 0 ? 'Full-time' : 'Intern'
    }))
    expect(adopt(readme, mixed).file.fields).toBeUndefined()
  })

  it('selects every other table of a flag split over three tables, the flagged one spanning categories', () => {
    const faang = [
      job('Google', 'Software Engineer', 1, { category: 'Software', is_faang: true }),
      job('Meta', 'Backend Engineer', 2, { category: 'Software', is_faang: true }),
      job('Amazon', 'Quant Dev', 3, { category: 'Quant', is_faang: true })
    ]
    const software = [
      job('Gamma', 'Frontend Engineer', 1, { category: 'Software', is_faang: false }),
      job('Delta', 'Platform Engineer', 2, { category: 'Software', is_faang: false })
    ]
    const quant = [job('Citadel', 'Quant Researcher', 2, { category: 'Quant', is_faang: false })]
    const readme = `# Jobs\n\n${table('🔥 FAANG+', faang)}\n${table('💻 Other Software', software)}\n${table('📈 Quant', quant)}`
    const run = adopt(readme, [...faang, ...software, ...quant])
    const byZone = Object.fromEntries(run.file.boards.map(board => [board.zone, board]))
    expect(byZone.faang!.visible).toBe('is_faang')
    expect(byZone.faang!.select).toBeUndefined()
    for (const [zone, category] of [
      ['other-software', 'software'],
      ['quant', 'quant']
    ] as const) {
      expect(byZone[zone]!.category).toBe(category)
      expect(byZone[zone]!.select).toEqual({ field: 'is_faang', equals: false })
      expect(run.init).toContain(
        `Every row of README.md (openings:${zone}) is a listing whose is_faang is false, and README.md (openings:faang) shows those whose is_faang is true (visible: is_faang): init wrote select: { field: is_faang, equals: false }`
      )
    }
    // Google and Meta in FAANG+ alone, Amazon too: no row twice.
    expect(unmarked(run.first)).toBe(readme)
    expect(run.second).toBe(run.first)
  })

  it('puts the flag beside a select the other table has, and selects no table of listings the flagged one leaves out', () => {
    // No one category holds each table's rows: init selects them by the names they have.
    const faang = [
      job('Google', 'Software Engineer', 1, { categories: 'Software', is_faang: true }),
      job('Meta', 'Backend Engineer', 2, { categories: 'Software Engineering', is_faang: true })
    ]
    const software = [
      job('Gamma', 'Frontend Engineer', 1, { categories: 'Software', is_faang: false }),
      job('Delta', 'Platform Engineer', 2, { categories: 'Software Engineering', is_faang: false })
    ]
    const data = [job('Eps', 'Data Scientist', 2, { categories: 'Data', is_faang: false })]
    const readme = `# Jobs\n\n${table('🔥 FAANG+', faang)}\n${table('💻 Other Software', software)}\n${table('📊 Data', data)}`
    const run = adopt(readme, [...faang, ...software, ...data])
    const byZone = Object.fromEntries(run.file.boards.map(board => [board.zone, board]))
    expect(byZone.faang!.visible).toBe('is_faang')
    expect(byZone['other-software']!.select).toEqual({
      all: [
        { field: 'categories', 'one-of': ['Software', 'Software Engineering'] },
        { field: 'is_faang', equals: false }
      ]
    })
    expect(run.init).toContain(
      'init wrote select: { all: [its select, { field: is_faang, equals: false }] }'
    )
    // Data takes no FAANG+ listing: its category alone.
    expect(byZone.data!.category).toBe('data')
    expect(byZone.data!.select).toBeUndefined()
    expect(unmarked(run.first)).toBe(readme)
    expect(run.second).toBe(run.first)
  })
  it("selects each table by a field of its own text in every row's listing, as speedyapply's company_type", () => {
    const faang = [
      job('Google', 'Software Engineer', 1, { company_type: 'faang' }),
      job('Meta', 'Backend Engineer', 2, { company_type: 'faang' })
    ]
    const quant = [
      job('Citadel', 'Quant Developer', 1, { company_type: 'financial' }),
      job('Jane Street', 'Software Engineer', 3, { company_type: 'financial' })
    ]
    const other = [
      job('Gamma', 'Frontend Engineer', 2, { company_type: 'other' }),
      job('Delta', 'Data Scientist', 4, { company_type: 'other' })
    ]
    const readme = `# Jobs\n\n${table('FAANG', faang)}\n${table('Quant', quant)}\n${table('Other', other)}`
    // A new listing of each kind: each goes into its own table only.
    const fresh = [
      job('Amazon', 'SDE', 0, { company_type: 'faang' }),
      job('HRT', 'Core Developer', 0, { company_type: 'financial' })
    ]
    const run = adopt(readme, [...faang, ...quant, ...other, ...fresh])
    const byZone = Object.fromEntries(run.file.boards.map(board => [board.zone, board]))
    for (const [zone, kind] of [
      ['faang', 'faang'],
      ['quant', 'financial'],
      ['other', 'other']
    ] as const) {
      expect(byZone[zone]!.select).toEqual({ field: 'company_type', equals: kind })
      expect(run.init).toContain(
        `Every row of README.md (openings:${zone}) is a listing whose company_type is "${kind}", and each other table's of another: init wrote select: { field: company_type, equals: "${kind}" }`
      )
    }
    const tableOf = (heading: string) => run.first.split(`## ${heading}`)[1]!.split('##')[0]!
    expect(tableOf('FAANG')).toContain('Amazon')
    expect(tableOf('Quant')).toContain('HRT')
    expect(tableOf('Quant')).not.toContain('Amazon')
    expect(tableOf('Other')).not.toMatch(/Amazon|HRT|Google|Citadel/)
    expect(run.second).toBe(run.first)
  })

  it('selects by no field that names each row apart (an id), nor a field a table does not share', () => {
    const faang = [job('Google', 'Software Engineer', 1, { ref: 'g1', team: 'a' })]
    const quant = [job('Citadel', 'Quant Developer', 1, { ref: 'c1', team: 'a' })]
    const other = [job('Gamma', 'Frontend Engineer', 2, { ref: 'm1', team: 'b' })]
    const spare = [1, 2, 3, 4, 5, 6].map(n => job(`Co${n}`, 'Dev', 5, { ref: `x${n}`, team: 'c' }))
    const readme = `# Jobs\n\n${table('FAANG', faang)}\n${table('Quant', quant)}\n${table('Other', other)}`
    const run = adopt(readme, [...faang, ...quant, ...other, ...spare])
    expect(run.file.boards.map(board => board.select)).toEqual([undefined, undefined, undefined])
  })
})
