// Adopts the real job boards of ../shared/corpus/jobr-readmes/ (kept outside the repository):
// runs `init` on each README in a scratch folder, checks that only marker lines were added and
// that a second init changes nothing, then rebuilds the board with the CLI from listings taken
// from its own table and checks that GitHub renders the same openings table.
//
// Usage: node scripts/init-corpus.mjs [corpus folder] [--cli dist/cli.js]
// Exits 1 when a board fails a check. Needs cmark-gfm for the rendering comparison.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { importTs } from './load-ts.mjs'

const PREFIX = 'jobs'
const EMPTY_LINK = /<a href="">(.*?)<\/a>/g
const { corpus, cli } = parseArgs(process.argv.slice(2))
const { initReadme } = await importTs('src/init/init.ts')
const { findZones } = await importTs('src/zones/find.ts')
const { renderGfm } = await importTs('__tests__/helpers/cmark.ts')

if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}; nothing to check.`)
  process.exit(0)
}
if (!existsSync(cli))
  console.log(`No CLI at ${cli} (run \`npm run build\`): only init is checked.\n`)

const scratch = mkdtempSync(join(tmpdir(), 'jobs-readme-corpus-'))
let failures = 0
for (const file of readdirSync(corpus)
  .filter(name => name.endsWith('.md'))
  .sort()) {
  const board = basename(file).replace(/(\.README)?\.md$/, '')
  failures += printChecks(file, await checkBoard(join(corpus, file), join(scratch, board)))
}
console.log(
  `\n${failures ? `${failures} check(s) failed` : 'All checks passed'}; files in ${scratch}`
)
process.exit(failures ? 1 : 0)

/** Runs the checks on one board; its files go to `base`.*. */
async function checkBoard(path, base) {
  const original = readFileSync(path, 'utf8')
  const adopted = initReadme(original, { prefix: PREFIX })
  writeFileSync(`${base}.README.md`, adopted.text)
  const checks = [
    {
      name: `init wrapped ${adopted.wrapped.join(', ') || 'nothing'}`,
      ok: adopted.wrapped.includes('openings')
    },
    { name: 'every other byte kept', ok: withoutMarkers(adopted.text) === original },
    {
      name: 'a second init changes nothing',
      ok: initReadme(adopted.text, { prefix: PREFIX }).text === adopted.text
    }
  ]
  if (existsSync(cli)) checks.push(...(await rebuildBoard(adopted.text, base)))
  return checks
}

/**
 * Rebuilds the board from its own rows with the CLI: the openings table must render the same,
 * and nothing outside the zones may change.
 */
async function rebuildBoard(adopted, base) {
  const board = await readBoard(adopted)
  writeFileSync(`${base}.listings.json`, JSON.stringify(board.listings, null, 2))
  const args = [
    cli,
    '--listings',
    `${base}.listings.json`,
    '--readme',
    // The README as a board names it: a path inside the repository (here the scratch folder).
    `${basename(base)}.README.md`,
    '--out',
    `${base}.rebuilt.md`,
    '--now',
    board.now,
    '--max-age-days',
    '0',
    '--max-rows',
    '0',
    '--utm-source',
    board.utm.source,
    '--utm-medium',
    board.utm.medium,
    '--utm-campaign',
    board.utm.campaign
  ]
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: dirname(base) })
  const name = `the CLI reproduces the ${board.listings.length}-row table`
  if (run.status !== 0)
    return [{ name, ok: false, detail: `exit ${run.status}: ${run.stderr.trim()}` }]

  const rebuilt = readFileSync(`${base}.rebuilt.md`, 'utf8')
  const table = compareTables(
    await zoneText(adopted, 'openings'),
    await zoneText(rebuilt, 'openings')
  )
  return [
    { name, ok: table.ok, detail: `${table.detail}\n       CLI: ${run.stdout.trim()}` },
    {
      name: 'the CLI kept every byte outside the zones',
      ok: (await outsideZones(rebuilt)) === (await outsideZones(adopted))
    }
  ]
}

/** Same rendered HTML, up to links with an empty URL; says how many rows are also byte-identical. */
function compareTables(table, rebuiltTable) {
  const before = renderGfm(table)
  const after = renderGfm(rebuiltTable)
  // A company cell like **[Name]()** links nowhere; without a company_url the CLI writes plain
  // bold text instead, so such links compare as their text (and are counted in the report).
  const emptyLinks = before.match(EMPTY_LINK)?.length ?? 0
  const expected = before.replace(EMPTY_LINK, '$1')
  if (expected !== after) return { ok: false, detail: firstDifference(expected, after) }
  const rows = table.split('\n').filter(Boolean)
  const rebuiltRows = new Set(rebuiltTable.split('\n'))
  const identical = rows.filter(row => rebuiltRows.has(row)).length
  const empty = emptyLinks ? `, ${emptyLinks} empty link(s) of the README are plain text now` : ''
  return {
    ok: true,
    detail: `same HTML; ${identical} of ${rows.length} Markdown lines byte-identical${empty}`
  }
}

/** The listings of a board's own table, the time of its Last updated line and its utm values. */
async function readBoard(readme) {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(await zoneText(readme, 'openings'))
  const table = tree.children.find(node => node.type === 'table')
  const now = lastUpdated(readme)
  const rows = table.children.slice(1)
  const listings = rows.map((row, index) => listingFromRow(row.children, now, index))
  const url = new URL(listings[0].url)
  const utm = Object.fromEntries(
    ['source', 'medium', 'campaign'].map(key => [key, url.searchParams.get(`utm_${key}`)])
  )
  return { listings, now: now.toISOString(), utm }
}

/** Columns: Company, Position, Location, Type, Date (as the default rendering writes them). */
function listingFromRow([company, position, location, type, date], now, index) {
  const companyLink = firstLink(company)
  const locationText = toString(location).trim()
  return {
    company: toString(company).trim(),
    ...(companyLink ? { company_url: companyLink } : {}),
    title: toString(position).trim(),
    url: firstLink(position),
    ...(locationText && locationText !== 'N/A' ? { location: locationText } : {}),
    work_type: toString(type).trim(),
    posted_at: postedAt(toString(date).trim(), now, index)
  }
}

function firstLink(cell) {
  const stack = [cell]
  while (stack.length) {
    const node = stack.shift()
    if (node.type === 'link') return node.url
    stack.push(...(node.children ?? []))
  }
  return undefined
}

/**
 * "Jul 01" in the year of `now` (the year before when that date is later than `now`). Rows of one
 * day get times a second apart, top row latest, so sorting newest first keeps the table's order.
 */
function postedAt(monthDay, now, index) {
  const day = new Date(`${monthDay}, ${now.getUTCFullYear()} 23:59:59 UTC`)
  if (Number.isNaN(day.getTime())) throw new Error(`unreadable date "${monthDay}"`)
  if (day.getTime() - now.getTime() > 86_400_000) day.setUTCFullYear(day.getUTCFullYear() - 1)
  return new Date(day.getTime() - index * 1000).toISOString()
}

/** "Last updated: Jul 01, 2026 at 06:00 UTC" -> that instant. */
function lastUpdated(readme) {
  const match = /Last updated: (\w{3} \d{1,2}, \d{4}) at (\d{2}:\d{2}) UTC/.exec(readme)
  if (!match) throw new Error('no "Last updated: MMM DD, YYYY at HH:MM UTC" line')
  return new Date(`${match[1]} ${match[2]} UTC`)
}

/** The README with every zone's content taken out (markers kept). */
async function outsideZones(readme) {
  const zones = [...(await findZones(readme, PREFIX)).values()].sort(
    (a, b) => b.contentStart - a.contentStart
  )
  return zones.reduce(
    (text, zone) => text.slice(0, zone.contentStart) + text.slice(zone.contentEnd),
    readme
  )
}

async function zoneText(readme, name) {
  const zone = (await findZones(readme, PREFIX)).get(name)
  return readme.slice(zone.contentStart, zone.contentEnd)
}

function withoutMarkers(text) {
  return text.replace(new RegExp(`<!-- ${PREFIX}:\\w+:(start|end) -->(\\r\\n|\\n|$)`, 'g'), '')
}

function firstDifference(before, after) {
  const a = before.split('\n')
  const b = after.split('\n')
  const line = a.findIndex((text, index) => text !== b[index])
  return `first difference at HTML line ${line + 1}:\n       README: ${a[line]}\n       rebuilt: ${b[line]}`
}

/** Prints a board's checks; returns how many failed. */
function printChecks(file, checks) {
  const failed = checks.filter(check => !check.ok).length
  console.log(`${failed ? 'FAIL' : 'ok  '} ${file}`)
  for (const { ok, name, detail } of checks)
    console.log(`     ${ok ? '✓' : '✗'} ${name}${detail ? `: ${detail}` : ''}`)
  return failed
}

function parseArgs(argv) {
  const cliAt = argv.indexOf('--cli')
  const cliPath = cliAt === -1 ? 'dist/cli.js' : argv[cliAt + 1]
  const rest = argv.filter((_, index) => index !== cliAt && index !== cliAt + 1)
  return { corpus: rest[0] ?? '../shared/corpus/jobr-readmes', cli: resolve(cliPath) }
}
