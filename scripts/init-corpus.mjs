// Adopts the real job boards of ../shared/corpus/ (kept outside the repository): the five jobr
// READMEs (jobr-readmes/) and SimplifyJobs' READMEs (simplify-summer2025/, simplify-newgrad/).
// For each README it runs `init`, checks that only marker lines were added, that a second init
// changes nothing and that the starting boards file init proposes is read by the boards-file
// parser with the table's headers and delimiter row as written; then `init` through the CLI in a
// scratch folder must write the same README and that boards file. A board that shows a "Last
// updated" line (jobr's) is then rebuilt by the CLI from listings taken from its own table, once
// with flags and once with nothing but the boards file init wrote, and GitHub must render the
// same openings table.
//
// Usage: node scripts/init-corpus.mjs [corpus folder ...] [--cli dist/cli.js]
// Exits 1 when a board fails a check. Needs cmark-gfm for the rendering comparison.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { importTs, ROOT } from './load-ts.mjs'

const PREFIX = 'jobs'
const EMPTY_LINK = /<a href="">(.*?)<\/a>/g
const DEFAULT_CORPORA = ['jobr-readmes', 'simplify-summer2025', 'simplify-newgrad'].map(name =>
  join(ROOT, `../shared/corpus/${name}`)
)
const { corpora, cli } = parseArgs(process.argv.slice(2))
const { initReadme } = await importTs('src/init/init.ts')
const { findZones } = await importTs('src/zones/find.ts')
const { renderGfm } = await importTs('__tests__/helpers/cmark.ts')

const present = corpora.filter(folder => existsSync(folder))
if (present.length === 0) {
  console.log(`No corpus at ${corpora.join(', ')}; nothing to check.`)
  process.exit(0)
}
if (!existsSync(cli))
  console.log(`No CLI at ${cli} (run \`npm run build\`): only init is checked.\n`)

const scratch = mkdtempSync(join(tmpdir(), 'jobs-readme-corpus-'))
let failures = 0
for (const corpus of present)
  for (const file of readdirSync(corpus)
    .filter(name => name.endsWith('.md'))
    .sort()) {
    const board = `${basename(corpus)}-${basename(file).replace(/(\.README)?\.md$/, '')}`
    const checks = await checkBoard(join(corpus, file), join(scratch, board))
    failures += printChecks(join(basename(corpus), file), checks)
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
  const tables = adopted.wrapped.filter(zone => zone.startsWith('openings'))
  const checks = [
    {
      name: `init wrapped ${adopted.wrapped.join(', ') || 'nothing'}`,
      ok: tables.length > 0
    },
    { name: 'every other byte kept', ok: withoutMarkers(adopted.text) === original },
    {
      name: 'a second init changes nothing',
      ok: initReadme(adopted.text, { prefix: PREFIX }).text === adopted.text
    }
  ]
  if (!existsSync(cli)) return checks
  const folder = `${base}.repository`
  checks.push(cliInit(original, adopted.text, folder))
  if (/Last updated: /.test(original)) checks.push(...(await rebuildBoard(adopted.text, base)))
  else checks.push(await headersKept(adopted.text, folder))
  return checks
}

/**
 * The boards file init wrote, run once on one made-up listing in a copy of the folder: it must
 * be read, and each table's header (and a pipe table's delimiter row) stay as the README has it.
 */
async function headersKept(adopted, folder) {
  const name = 'the boards file init wrote is read, the headers and delimiter rows kept'
  const copy = `${folder}.headers`
  mkdirSync(copy, { recursive: true })
  writeFileSync(join(copy, 'README.md'), adopted)
  writeFileSync(join(copy, 'jobs-readme.yml'), readFileSync(join(folder, 'jobs-readme.yml')))
  const listing = {
    company: 'Example',
    title: 'Intern',
    url: 'https://jobs.example/1',
    posted_at: '2024-10-24T00:00:00Z'
  }
  writeFileSync(join(copy, 'one.json'), JSON.stringify([listing]))
  const args = ['--config', 'jobs-readme.yml', '--listings', 'one.json']
  args.push('--now', '2024-10-25T00:00:00Z', '--max-age-days', '0', '--max-removed-percent', '100')
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: copy })
  if (run.status !== 0)
    return { name, ok: false, detail: `exit ${run.status}: ${run.stderr.trim()}` }
  const after = readFileSync(join(copy, 'README.md'), 'utf8')
  const zones = [...(await findZones(adopted, PREFIX)).keys()].filter(zone =>
    zone.startsWith('openings')
  )
  for (const zone of zones) {
    const [before, rendered] = [await zoneText(adopted, zone), await zoneText(after, zone)]
    if (headOf(before) !== headOf(rendered))
      return { name, ok: false, detail: `${zone}: ${headOf(before)} became ${headOf(rendered)}` }
  }
  return { name, ok: true, detail: `${zones.length} table(s)` }
}

/** A table's header: a pipe table's first two lines, an HTML table's up to </thead>. */
function headOf(table) {
  const html = table.indexOf('</thead>')
  return html >= 0 ? table.slice(0, html) : table.split('\n').slice(0, 2).join('\n')
}

/** `init` through the CLI in a folder of its own: the same README, and a boards file beside it. */
function cliInit(original, adopted, folder) {
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'README.md'), original)
  const run = spawnSync(process.execPath, [cli, 'init', '--readme', 'README.md'], {
    encoding: 'utf8',
    cwd: folder
  })
  const name = "the CLI's init writes the same README and jobs-readme.yml"
  if (run.status !== 0)
    return { name, ok: false, detail: `exit ${run.status}: ${run.stderr.trim()}` }
  const ok =
    readFileSync(join(folder, 'README.md'), 'utf8') === adopted &&
    existsSync(join(folder, 'jobs-readme.yml'))
  return { name, ok, detail: run.stdout.trim().split('\n').at(-1) }
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
    },
    await rebuildFromBoardsFile(adopted, base, board)
  ]
}

/**
 * The first run as an adopting user makes it: in the folder where the CLI's init wrote the README
 * and jobs-readme.yml, the board is run from that file alone (the listings and the clock aside).
 */
async function rebuildFromBoardsFile(adopted, base, board) {
  const folder = `${base}.repository`
  const name = 'the boards file init wrote reproduces the table, with no other flag'
  writeFileSync(join(folder, 'listings.json'), JSON.stringify(board.listings, null, 2))
  const args = ['--config', 'jobs-readme.yml', '--listings', 'listings.json', '--now', board.now]
  // Their table is not cut by age or count: the run must show every row it had.
  args.push('--max-age-days', '0', '--max-rows', '0')
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: folder })
  if (run.status !== 0)
    return { name, ok: false, detail: `exit ${run.status}: ${run.stderr.trim()}` }
  const rebuilt = readFileSync(join(folder, 'README.md'), 'utf8')
  const table = compareTables(
    await zoneText(adopted, 'openings'),
    await zoneText(rebuilt, 'openings')
  )
  return { name, ok: table.ok, detail: table.detail }
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
  return text.replace(new RegExp(`<!-- ${PREFIX}:[\\w:-]+:(start|end) -->(\\r\\n|\\n|$)`, 'g'), '')
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
  const cliPath = cliAt === -1 ? join(ROOT, 'dist/cli.js') : argv[cliAt + 1]
  const rest =
    cliAt === -1 ? argv : argv.filter((_, index) => index !== cliAt && index !== cliAt + 1)
  return { corpora: rest.length > 0 ? rest : DEFAULT_CORPORA, cli: resolve(cliPath) }
}
