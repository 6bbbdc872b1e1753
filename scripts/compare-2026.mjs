// Re-renders SimplifyJobs' Summer 2026 README (its 2026 format, examples/simplify-2026/) from data
// and compares it, table by table and row by row, with the README their own script wrote.
//
// In a scratch directory laid out like their repository — their README as it was
// (examples/simplify-2026/fixture/README.md), the listings derived from it
// (scripts/derive-2026-listings.mjs, the ages counted on the clocks of the boards' `timezone`, as
// their script and the example's `age-days: wall-clock` count them) at
// .github/scripts/listings.json and the example's
// jobs-readme.yml — it runs the built CLI's `init --readme README.md` with no other flag, then
// `--config jobs-readme.yml --now <time>`, then the same again, which must change nothing.
//
// Both READMEs are rendered with cmark-gfm under GitHub's flags. A table's rows are compared as
// HTML: each row's cmark-gfm output read with hast-util-from-html and written back with
// hast-util-to-html, so that text the same browser shows the same way compares equal (their
// script writes `&` raw inside HTML, ours writes `&amp;`). Rows byte-equal as cmark-gfm writes
// them are counted too. The counts block ("Browse N Internship Roles by Category") is compared
// the same way, its numbers being the rows of their tables in the fixture.
//
// Usage: node scripts/compare-2026.mjs [--cli dist/cli.js] [--now 2026-04-20T00:00:00Z]
//                                      [--readme PATH --now TIME] [--json] [--keep]
// --readme compares another version of their README (a day of theirs, whole or with rows left out
// as in the fixture) instead of the fixture; its Age column counts from --now, which it requires:
// the time their script wrote it.
// Exits 1 when fewer than 99.5% of all rows are equal (or the counts differ, a second run changes
// the README, or a step fails).
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { parse } from 'yaml'
import { deriveListings } from './derive-2026-listings.mjs'

const TARGET = 0.995
/** The repository's root: its own files are found from it, whatever the working folder. */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const EXAMPLE = resolve(ROOT, 'examples/simplify-2026')
const GITHUB_FLAGS = ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink']
GITHUB_FLAGS.push('-e', 'tagfilter', '-e', 'tasklist')
const TABLES = [
  'software-engineering',
  'product-management',
  'data-science-ai-machine-learning',
  'quantitative-finance',
  'hardware-engineering'
]

export function compare2026({
  cli = join(ROOT, 'dist/cli.js'),
  now = '2026-04-20T00:00:00Z',
  readme = join(EXAMPLE, 'fixture/README.md'),
  keep = false
} = {}) {
  const cliPath = resolve(cli)
  const original = readFileSync(readme, 'utf8')
  const dir = mkdtempSync(join(tmpdir(), 'jobs-readme-simplify-2026-'))
  const result = { readme, dir, now, tables: [] }
  try {
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    writeFileSync(join(dir, 'README.md'), original)
    // Ages on the clocks of the boards' zone, as the example counts them (age-days: wall-clock).
    const listings = deriveListings(original, new Date(now), boardsTimezone())
    writeFileSync(join(dir, '.github/scripts/listings.json'), JSON.stringify(listings, null, 2))
    copyFileSync(join(EXAMPLE, 'jobs-readme.yml'), join(dir, 'jobs-readme.yml'))
    result.listings = listings.length

    result.init = run(cliPath, dir, ['init', '--readme', 'README.md']).trim()
    const missing = ['counts', ...TABLES.map(zone => `openings:${zone}`)].filter(
      zone => !readFileSync(join(dir, 'README.md'), 'utf8').includes(`<!-- jobs:${zone}:start -->`)
    )
    if (missing.length > 0) throw new Error(`init did not wrap ${missing.join(', ')}`)

    result.run = run(cliPath, dir, ['--config', 'jobs-readme.yml', '--now', now]).trim()
    const rendered = readFileSync(join(dir, 'README.md'), 'utf8')
    result.secondRun = run(cliPath, dir, ['--config', 'jobs-readme.yml', '--now', now]).trim()
    result.stable = readFileSync(join(dir, 'README.md'), 'utf8') === rendered

    const theirs = githubHtml(original)
    const ours = githubHtml(rendered)
    const theirTables = tablesOf(theirs)
    const ourTables = tablesOf(ours)
    if (theirTables.length !== TABLES.length || ourTables.length !== TABLES.length)
      throw new Error(
        `expected ${TABLES.length} tables, found ${theirTables.length} in theirs and ${ourTables.length} in ours`
      )
    TABLES.forEach((zone, index) =>
      result.tables.push(compareTable(zone, theirTables[index], ourTables[index]))
    )
    result.counts = compareCounts(theirs, ours, theirTables)
    const rows = result.tables.reduce((sum, table) => sum + table.rows, 0)
    const equal = result.tables.reduce((sum, table) => sum + table.equal, 0)
    result.rows = rows
    result.equal = equal
    result.share = rows ? equal / rows : 1
    result.ok =
      result.stable &&
      result.counts.equal &&
      result.share >= TARGET &&
      result.tables.every(table => table.sameHeader)
  } catch (error) {
    result.error = error.message
    result.ok = false
  }
  if (!keep && !result.error) rmSync(dir, { recursive: true, force: true })
  return result
}

/** The zone of the example's boards (the first board's `timezone`; all share it). */
function boardsTimezone() {
  const boards = parse(readFileSync(join(EXAMPLE, 'jobs-readme.yml'), 'utf8')).boards ?? []
  const zones = new Set(boards.map(board => board.timezone ?? 'UTC'))
  if (zones.size !== 1)
    throw new Error(
      `examples/simplify-2026/jobs-readme.yml: the boards name ${zones.size} time zones; the derived ages need one`
    )
  return [...zones][0]
}

function run(cli, cwd, args) {
  const outcome = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' })
  if (outcome.status !== 0)
    throw new Error(
      `jobs-readme ${args.join(' ')} exited ${outcome.status}: ${outcome.stderr.trim()}`
    )
  return outcome.stdout
}

function githubHtml(markdown) {
  return execFileSync('cmark-gfm', GITHUB_FLAGS, {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
}

/** Each <table> of the page: its header and body rows, as cmark-gfm wrote them and normalized. */
function tablesOf(html) {
  return [...html.matchAll(/<table>[\s\S]*?<\/table>/g)].map(([table]) => {
    const head = /<thead>[\s\S]*?<\/thead>/.exec(table)?.[0] ?? ''
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? ''
    const raw = body.match(/<tr>[\s\S]*?<\/tr>/g) ?? []
    return { head: normalized(head), raw, rows: raw.map(normalized) }
  })
}

/** HTML as a browser reads it: parsed by hast-util-from-html, written by hast-util-to-html. */
function normalized(html) {
  const tree = fromHtml(html.trim(), { fragment: true })
  return toHtml(tree).replace(/>\s+</g, '><')
}

function compareTable(zone, theirs, ours) {
  const rows = Math.max(theirs.rows.length, ours.rows.length)
  const differing = []
  let bytes = 0
  for (let index = 0; index < rows; index++) {
    if (theirs.raw[index] === ours.raw[index]) bytes += 1
    if (theirs.rows[index] === ours.rows[index]) continue
    differing.push({ row: index + 1, ...difference(theirs.rows[index], ours.rows[index]) })
  }
  const equal = rows - differing.length
  return {
    zone,
    rows,
    theirRows: theirs.rows.length,
    ourRows: ours.rows.length,
    equal,
    share: rows ? equal / rows : 1,
    byteEqual: bytes,
    sameHeader: theirs.head === ours.head,
    differing
  }
}

/** The first cell in which two rows differ, both ways. */
function difference(theirs, ours) {
  if (theirs === undefined || ours === undefined)
    return {
      reason: 'the tables have different numbers of rows',
      theirs: theirs ?? '(none)',
      ours: ours ?? '(none)'
    }
  const cells = row => row.match(/<td[^>]*>[\s\S]*?<\/td>/g) ?? []
  const [a, b] = [cells(theirs), cells(ours)]
  const column = a.findIndex((cell, index) => cell !== b[index])
  const spaced = text => text?.replace(/>\s+/g, '>').replace(/\s+</g, '<')
  const reason =
    spaced(a[column]) === spaced(b[column])
      ? `column ${column + 1} differs only by spaces around a text`
      : `column ${column + 1} differs`
  return { reason, theirs: a[column] ?? theirs, ours: b[column] ?? ours }
}

/**
 * The Browse block (its heading and the paragraphs under it) of each page. The fixture keeps
 * some rows of each table of theirs, so its own numbers (of the whole README) are replaced by the
 * rows of its tables before comparing.
 */
function compareCounts(theirs, ours, theirTables) {
  const block = html =>
    /<h3>Browse[\s\S]*?(?=<hr \/>|<h[1-6]>|<!-- jobs:counts:end -->)/.exec(html)?.[0] ?? ''
  const counts = theirTables.map(table => table.rows.length)
  const total = counts.reduce((sum, count) => sum + count, 0)
  let index = 0
  const expected = normalized(
    block(theirs)
      .replace(/Browse \d+ /, `Browse ${total} `)
      .replace(/\((\d+)\)<\/p>/g, () => `(${counts[index++]})</p>`)
  )
  const actual = normalized(block(ours).replace(/<!--[\s\S]*?-->/g, ''))
  return { equal: expected === actual && expected !== '', expected, actual }
}

function report(result, json) {
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n')
    return
  }
  if (result.error) {
    console.log(`Failed: ${result.error}${result.dir ? ` (files in ${result.dir})` : ''}`)
    return
  }
  console.log(`${result.readme}: ${result.listings} listings derived; --now ${result.now}`)
  console.log(`init: ${result.init.split('\n')[0]}`)
  for (const table of result.tables) {
    const percent = (table.share * 100).toFixed(2)
    console.log(
      `${table.zone}: ${table.equal}/${table.rows} rows equal (${percent}%), ${table.byteEqual} byte-equal as cmark-gfm writes them; header ${table.sameHeader ? 'equal' : 'differs'}`
    )
    for (const row of table.differing)
      console.log(
        `  row ${row.row}: ${row.reason}\n    theirs: ${row.theirs}\n    ours:   ${row.ours}`
      )
  }
  console.log(
    `all tables: ${result.equal}/${result.rows} rows equal (${(result.share * 100).toFixed(2)}%)`
  )
  console.log(
    `counts block: ${result.counts.equal ? 'equal (numbers: the fixture’s rows)' : `differs\n  theirs: ${result.counts.expected}\n  ours:   ${result.counts.actual}`}`
  )
  console.log(`second run: ${result.stable ? 'README unchanged' : 'README CHANGED'}`)
  console.log(result.ok ? 'OK' : 'FAILED')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const option = name => {
    const index = args.indexOf(name)
    return index >= 0 ? args[index + 1] : undefined
  }
  const readme = option('--readme')
  if (readme !== undefined && option('--now') === undefined) {
    console.error(
      'jobs-readme: --readme needs --now, the time their script wrote that README (its Age column counts from it).'
    )
    process.exit(2)
  }
  const result = compare2026({
    cli: option('--cli'),
    now: option('--now'),
    readme: readme === undefined ? undefined : resolve(readme),
    keep: args.includes('--keep')
  })
  report(result, args.includes('--json'))
  process.exit(result.ok ? 0 : 1)
}
