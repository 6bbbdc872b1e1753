import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// examples/simplify-2026/: SimplifyJobs' Summer 2026 README (five HTML category tables and the
// counts block) rendered again from listings derived from it, in a directory laid out like their
// repository, after `init --readme README.md` with no other flag (scripts/compare-2026.mjs, run
// with the built CLI). The rows are compared as GitHub renders them (cmark-gfm), read as HTML.

const root = fileURLToPath(new URL('../../', import.meta.url))

interface Table {
  zone: string
  rows: number
  theirRows: number
  ourRows: number
  equal: number
  share: number
  sameHeader: boolean
  differing: Array<{ row: number; reason: string; theirs: string; ours: string }>
}

interface Comparison {
  ok: boolean
  error?: string
  listings: number
  init: string
  tables: Table[]
  rows: number
  equal: number
  share: number
  counts: { equal: boolean; expected: string; actual: string }
  stable: boolean
  secondRun: string
}

function compare(): Comparison {
  const run = spawnSync(process.execPath, ['scripts/compare-2026.mjs', '--json'], {
    cwd: root,
    encoding: 'utf8'
  })
  return JSON.parse(run.stdout) as Comparison
}

describe('the simplify-2026 example', () => {
  const result = compare()

  it('adopts their README with init alone: the counts block and the five tables', () => {
    expect(result.error).toBeUndefined()
    expect(result.init).toContain(
      'counts, openings:software-engineering, openings:product-management, openings:data-science-ai-machine-learning, openings:quantitative-finance, openings:hardware-engineering'
    )
  })

  it('renders every one of their rows as GitHub shows them, each table as long as theirs', () => {
    const fixture = readFileSync(`${root}examples/simplify-2026/fixture/README.md`, 'utf8')
    const theirRows = (fixture.match(/^<tr>$/gm) ?? []).length - result.tables.length
    expect(result.listings).toBe(theirRows)
    expect(result.rows).toBe(theirRows)
    for (const table of result.tables) {
      expect(table.sameHeader).toBe(true)
      expect(table.ourRows).toBe(table.theirRows)
    }
    expect(result.tables.flatMap(table => table.differing)).toEqual([])
    expect(result.share).toBe(1)
  })

  it('shows a company name as their data has it, a space before it included', () => {
    // Their script prints " MAG Aerospace" as it is; the example's cell shows the feed's
    // `company_name | untrimmed`, not the trimmed `company`.
    const fixture = readFileSync(`${root}examples/simplify-2026/fixture/README.md`, 'utf8')
    expect(fixture).toContain('utm_medium=company"> MAG Aerospace</a></strong>')
    const hardware = result.tables.find(table => table.zone === 'hardware-engineering')!
    expect(hardware.equal).toBe(hardware.rows)
  })

  it('writes their counts block: each table’s heading linked, with its number of rows', () => {
    expect(result.counts.equal).toBe(true)
    expect(result.counts.actual).toContain('<h3>Browse 150 Internship Roles by Category</h3>')
    expect(result.counts.actual).toContain(
      '💻 <strong><a href="https://github.com/SimplifyJobs/Summer2026-Internships/blob/dev/README.md#-software-engineering-internship-roles">Software Engineering</a></strong> (41)'
    )
  })

  it('changes nothing on a second run', () => {
    expect(result.stable).toBe(true)
    expect(result.ok).toBe(true)
  })
})
