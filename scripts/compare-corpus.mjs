// Re-renders SimplifyJobs' October 2024 boards from their own listings with the examples of
// examples/simplify-*/ and compares them, row by row, with the READMEs their own script wrote
// (../shared/corpus/simplify-*/, kept outside the repository).
//
// For each example it lays out a scratch directory like the board's repository (the README(s) as
// they were, the listings at .github/scripts/listings.json, the example's jobs-readme.yml), runs
// `init --readme <README>` once per README, then `--config jobs-readme.yml --now <time>` with the
// built CLI, and renders both tables with cmark-gfm under GitHub's flags. It prints per README the
// share of table rows whose HTML equals the board's own row at the same place, and names every
// row that differs with the reason. A second run must change nothing.
//
// --now is the newest `date_updated` of the listings file: their workflow renders the READMEs in
// the commit that changes the listings, so the snapshot's latest change is the README's time.
//
// With --from-init the example's jobs-readme.yml is left out: the run uses the boards file that
// `init` wrote from its guesses, and the count of rows that differ is what a board adopting the
// action would see its first run rewrite. --run-args are passed on to the runs.
//
// Usage: node scripts/compare-corpus.mjs [--corpus ../shared/corpus] [--cli dist/cli.js]
//                                        [--only simplify-newgrad] [--json] [--keep] [--from-init]
//                                        [--run-args "--fields company=company_name ..."]
// Exits 1 when a README is below 99.5% (or a step fails), 0 when all pass or there is no corpus.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root: its own files are found from it, whatever the working folder. */
const ROOT = fileURLToPath(new URL('..', import.meta.url))

const TARGET = 0.995
const PREFIX = 'jobs'
const GITHUB_FLAGS = ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink']
GITHUB_FLAGS.push('-e', 'tagfilter', '-e', 'tasklist')

/** The examples and the READMEs of each, as in the board's repository. */
const EXAMPLES = [
  { name: 'simplify-summer2025', readmes: ['README.md', 'README-Off-Season.md'] },
  { name: 'simplify-newgrad', readmes: ['README.md'] }
]

const options = parseArgs(process.argv.slice(2))
const missing = EXAMPLES.filter(example => !existsSync(join(options.corpus, example.name)))
if (missing.length === EXAMPLES.length) {
  report({ skipped: `No corpus at ${options.corpus}; nothing to compare.` })
  process.exit(0)
}
if (!existsSync(options.cli)) {
  report({ failed: `No CLI at ${options.cli}: run \`npm run build\` first.` })
  process.exit(1)
}

const results = []
for (const example of EXAMPLES) {
  if (options.only && example.name !== options.only) continue
  if (!existsSync(join(options.corpus, example.name))) continue
  results.push(compareExample(example))
}
const failed = results.some(
  result => result.error || result.readmes.some(readme => !readme.ok || !readme.stable)
)
report({ results })
process.exit(failed ? 1 : 0)

/** Lays out, adopts and renders one example; compares each of its READMEs. */
function compareExample(example) {
  const corpus = join(options.corpus, example.name)
  const dir = mkdtempSync(join(tmpdir(), `jobs-readme-${example.name}-`))
  mkdirSync(join(dir, '.github/scripts'), { recursive: true })
  for (const readme of example.readmes) copyWritable(join(corpus, readme), join(dir, readme))
  copyWritable(join(corpus, 'listings.json'), join(dir, '.github/scripts/listings.json'))
  if (!options.fromInit)
    copyWritable(
      resolve(ROOT, 'examples', example.name, 'jobs-readme.yml'),
      join(dir, 'jobs-readme.yml')
    )
  const listings = JSON.parse(readFileSync(join(corpus, 'listings.json'), 'utf8'))
  const now = new Date(Math.max(...listings.map(listing => listing.date_updated)) * 1000)
  const result = { example: example.name, dir, now: now.toISOString(), readmes: [] }
  try {
    const init = example.readmes.map(readme => initReadme(dir, readme))
    result.init = init
    const run = ['--config', 'jobs-readme.yml', '--now', result.now, ...options.runArgs]
    const first = cli(dir, run)
    result.run = first.trim()
    // A README no board renders would keep their table and compare as equal: refuse that.
    for (const readme of example.readmes)
      if (!new RegExp(`(^|\\s)${readme.replace(/[.]/g, '\\.')}[:( ]`, 'm').test(first))
        throw new Error(`the run did not render ${readme}: no board of jobs-readme.yml names it`)
    const rendered = example.readmes.map(readme => readFileSync(join(dir, readme), 'utf8'))
    cli(dir, run)
    example.readmes.forEach((readme, index) => {
      const original = readFileSync(join(corpus, readme), 'utf8')
      const compared = compareReadme(original, rendered[index], listings)
      const again = readFileSync(join(dir, readme), 'utf8')
      result.readmes.push({ readme, ...compared, stable: again === rendered[index] })
    })
  } catch (error) {
    result.error = error.message
  }
  if (!options.keep && !result.error) rmSync(dir, { recursive: true, force: true })
  return result
}

/** `init --readme <README>`, with no other flag, as a board adopting the action would run it. */
function initReadme(dir, readme) {
  return { readme, output: cli(dir, ['init', '--readme', readme]).trim() }
}

/** The rows of the board's own table against ours, in order, as GitHub renders them. */
function compareReadme(original, rendered, listings) {
  const theirTable = originalTable(original)
  const ourTable = zoneText(rendered, 'openings')
  const theirs = tableHtml(theirTable)
  const ours = tableHtml(ourTable)
  const ourLines = ourTable.split('\n').filter(line => line.startsWith('|'))
  const identicalLines = theirTable
    .split('\n')
    .filter((line, index) => line && line === ourLines[index]).length
  const rows = Math.max(theirs.rows.length, ours.rows.length)
  const differing = []
  for (let index = 0; index < rows; index++) {
    if (theirs.rows[index] === ours.rows[index]) continue
    differing.push({
      row: index + 1,
      reason: reasonFor(theirs.cells[index], ours.cells[index], listings),
      theirs: theirs.rows[index] ?? '(no row)',
      ours: ours.rows[index] ?? '(no row)'
    })
  }
  const equal = rows - differing.length
  const share = rows ? equal / rows : 1
  return {
    paired: pairedRows(theirs, ours),
    rows,
    theirRows: theirs.rows.length,
    ourRows: ours.rows.length,
    equal,
    share,
    ok: share >= TARGET && theirs.head === ours.head,
    sameHeader: theirs.head === ours.head,
    identicalLines,
    differing
  }
}

/**
 * Their rows found among ours by the listing they show (company, role and date as text, the
 * marks after the role aside), whatever their place: a boards file that selects or sorts other
 * rows than theirs (init guesses neither) still shows how many of the rows both tables have
 * render differently, which is what the first run would rewrite of a row that did not change.
 */
function pairedRows(theirs, ours) {
  const keys = table => {
    let company = ''
    return table.cells.map(cells => {
      const text = cells.map(plainText)
      if (!/^[↳⤷↪]$/u.test(text[0].trim())) company = text[0].trim()
      const role = text[1].replace(/(?:\s|🛂|🇺🇸|🎓|🔒)+$/gu, '').trim()
      return `${company}\u0000${role}\u0000${text.at(-1).trim()}`
    })
  }
  const free = new Map()
  keys(ours).forEach((key, index) => free.set(key, [...(free.get(key) ?? []), index]))
  let found = 0
  const changed = []
  keys(theirs).forEach((key, index) => {
    const at = free.get(key)?.shift()
    if (at === undefined) return
    found += 1
    if (theirs.rows[index] === ours.rows[at]) return
    const columns = theirs.cells[index].flatMap((cell, column) =>
      cell === ours.cells[at][column] ? [] : [column]
    )
    changed.push({
      row: index + 1,
      theirs: columns.map(column => theirs.cells[index][column]).join(' | '),
      ours: columns.map(column => ours.cells[at][column]).join(' | ')
    })
  })
  return { found, changed }
}

/** Their table: the lines starting with `|` after the TABLE_START comment. */
function originalTable(text) {
  const lines = text.split('\n')
  const start = lines.findIndex(line => line.includes('TABLE_START'))
  const first = lines.findIndex((line, index) => index > start && line.startsWith('|'))
  let end = first
  while (end < lines.length && lines[end].startsWith('|')) end++
  return lines.slice(first, end).join('\n') + '\n'
}

function zoneText(text, zone) {
  const start = `<!-- ${PREFIX}:${zone}:start -->`
  const end = `<!-- ${PREFIX}:${zone}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`the rendered README has no ${zone} zone`)
  return text.slice(from + start.length, to)
}

/** A table's HTML as GitHub renders it: the header and each body row (`<tr>…</tr>`). */
function tableHtml(markdown) {
  const html = execFileSync('cmark-gfm', GITHUB_FLAGS, {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const head = /<thead>[\s\S]*?<\/thead>/.exec(html)?.[0] ?? ''
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? ''
  const rows = body.match(/<tr>[\s\S]*?<\/tr>/g) ?? []
  const cells = rows.map(row => (row.match(/<td[^>]*>[\s\S]*?<\/td>/g) ?? []).map(cellText))
  return { head, rows, cells }
}

function cellText(td) {
  return td.replace(/^<td[^>]*>|<\/td>$/g, '')
}

/**
 * Why a row differs, from what differs in it: their script writes feed text into the Markdown
 * as it is, so a `|` splits a cell, and it appends its parameters after a URL's `#fragment`.
 */
function reasonFor(theirs, ours, listings) {
  if (!theirs || !ours) return 'the tables have different numbers of rows'
  const byUrl = listingOf(ours, listings)
  if (theirs.length !== ours.length && byUrl && /\|/.test(byUrl.title))
    return `the title "${byUrl.title}" holds a "|": their script wrote it raw, which split the cell (GitHub shows ${theirs.length} cells); ours escapes it and the title shows as written`
  const columns = theirs
    .map((cell, index) => (cell === ours[index] ? undefined : index + 1))
    .filter(index => index !== undefined)
  if (columns.every(column => squashed(theirs[column - 1]) === squashed(ours[column - 1])))
    return `only whitespace differs in column(s) ${columns.join(', ')}: the feed's text has a trailing or doubled space (${columns.map(column => JSON.stringify(plainText(theirs[column - 1]))).join(', ')}) that their script prints as it is; the example's cell shows a trimmed field (\`company\`, \`title\`, \`location\`) where it should show the feed's own, untrimmed (\`{{ company_name | untrimmed }}\`)`
  if (byUrl && /#/.test(byUrl.url) && columns.every(column => /href=/.test(theirs[column - 1])))
    return `the posting URL has a #fragment: their script appended utm_source/ref after it (${byUrl.url.slice(byUrl.url.indexOf('#'))}&utm_source=…, where the server never sees them); ours adds them to the query, before the fragment`
  return `column(s) ${columns.join(', ')} differ: ${firstDifference(theirs, ours, columns[0])}`
}

/** HTML with runs of whitespace as one space and none before a closing tag. */
function squashed(html) {
  return html
    .replace(/\s+/g, ' ')
    .replace(/ (?=<\/)/g, '')
    .trim()
}

function plainText(html) {
  return html.replace(/<[^>]*>/g, '')
}

/** The listing whose posting link (before the parameters) the row's cells show. */
function listingOf(cells, listings) {
  const href = /href="([^"]*)"/.exec(cells.join(' '))?.[1]
  if (!href) return undefined
  const url = href.replace(/&amp;/g, '&').replace(/[?&]utm_source=Simplify&ref=Simplify/, '')
  return listings.find(listing => listing.url === url || listing.url === url.replace(/#.*$/, ''))
}

function firstDifference(theirs, ours, column) {
  if (column === undefined) return 'cells split differently'
  return `theirs ${JSON.stringify(theirs[column - 1])}, ours ${JSON.stringify(ours[column - 1])}`
}

/** Runs the CLI in `dir`; its standard output, or an error with its message. */
function cli(dir, args) {
  const run = runCli(dir, args)
  if (run.status !== 0)
    throw new Error(`${args.join(' ')}: exit ${run.status}: ${run.stderr.trim().slice(-2000)}`)
  return run.stdout
}

function runCli(dir, args) {
  return spawnSync(process.execPath, [options.cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
}

function copyWritable(from, to) {
  copyFileSync(from, to)
  chmodSync(to, 0o644)
}

function report(summary) {
  if (options.json) {
    console.log(JSON.stringify(summary, null, 2))
    return
  }
  if (summary.skipped) return console.log(summary.skipped)
  if (summary.failed) return console.log(summary.failed)
  for (const result of summary.results) {
    console.log(`${result.example} (--now ${result.now}, the newest date_updated)`)
    if (result.init)
      for (const init of result.init)
        console.log(`  init --readme ${init.readme}: ${init.output.replace(/\n/g, ' ')}`)
    if (result.run) console.log(`  ${result.run.replace(/\n/g, '\n  ')}`)
    if (result.error) console.log(`  FAIL: ${result.error}\n  files in ${result.dir}`)
    for (const readme of result.readmes) {
      const percent = (readme.share * 100).toFixed(2)
      const verdict = readme.ok ? 'ok  ' : 'FAIL'
      console.log(
        `  ${verdict} ${readme.readme}: ${readme.equal} of ${readme.rows} rows render the same, ${readme.rows - readme.equal} changed (${percent}%, target ${TARGET * 100}%); ` +
          `${readme.theirRows} rows theirs, ${readme.ourRows} ours; header ${readme.sameHeader ? 'same' : 'DIFFERENT'}; ` +
          `${readme.identicalLines} of ${readme.theirRows + 2} Markdown lines byte-identical; ` +
          `second run ${readme.stable ? 'changed nothing' : 'CHANGED the README'}`
      )
      if (options.fromInit) {
        const { found, changed } = readme.paired
        console.log(
          `  ${readme.readme}: ${found} of ${readme.theirRows} rows theirs are among ours; ${changed.length} of those render differently`
        )
        for (const row of changed.slice(0, options.verbose ? Infinity : 0))
          console.log(
            `       row ${row.row}\n         theirs: ${row.theirs}\n         ours:   ${row.ours}`
          )
        continue
      }
      for (const row of readme.differing) {
        console.log(`       row ${row.row}: ${row.reason}`)
        if (options.verbose)
          console.log(`         theirs: ${row.theirs}\n         ours:   ${row.ours}`)
      }
    }
  }
}

function parseArgs(argv) {
  const value = (flag, fallback) => {
    const at = argv.indexOf(flag)
    return at === -1 ? fallback : argv[at + 1]
  }
  return {
    corpus: resolve(value('--corpus', join(ROOT, '../shared/corpus'))),
    cli: resolve(value('--cli', join(ROOT, 'dist/cli.js'))),
    only: value('--only', undefined),
    json: argv.includes('--json'),
    keep: argv.includes('--keep'),
    fromInit: argv.includes('--from-init'),
    runArgs: (value('--run-args', '') ?? '').split(' ').filter(Boolean),
    verbose: argv.includes('--verbose')
  }
}
