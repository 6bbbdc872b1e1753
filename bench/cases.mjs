// The benchmark's cases, one per target of issue 5. Each runs the built CLI (dist/cli.js) as a
// process, several times, beside a reference measured in the same run (the lower bound, or
// `node -e 0`), and returns its measures: the figure, the reference, their ratio, the target and
// whether it is met. Generating data happens before any timing.

import { createReadStream, existsSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BENCH_NOW, ensureListings } from './generate.mjs'
import { measureNode, summarize } from './measure.mjs'
import { formatValue } from './report.mjs'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))

/**
 * @typedef {object} Measure
 * @property {string} subject what ran: `100k JSON (90 MB) → backend, 50 rows`
 * @property {string} name what was measured: `time`, `peak memory`
 * @property {number} value in `unit`
 * @property {'ms' | 'bytes' | 'µs'} unit
 * @property {{ label: string, value: number }} [reference] in the same unit
 * @property {number} [ratio] value / reference
 * @property {string} [target] the target in words; absent for a figure shown for context
 * @property {boolean} [met]
 *
 * @typedef {object} CaseResult
 * @property {Measure[]} measures
 * @property {string[]} notes
 * @property {string[]} profileArgs the CLI run to profile when a target is missed
 * @property {object} samples every run, for the JSON report
 *
 * @typedef {object} Context
 * @property {string} cli the CLI script to run (dist/cli.js)
 * @property {(usual: number) => number} runs how many runs, given the usual number
 * @property {string} workDir where outputs and templates go
 */

/** @type {{ id: string, title: string, large?: boolean, run: (context: Context) => Promise<CaseResult> }[]} */
export const CASES = [
  { id: 'select-100k', title: 'One category of 100k listings (JSON)', run: selectFromLargeArray },
  {
    id: 'stream-1m',
    title: 'One category of 1M listings (JSONL)',
    large: true,
    run: streamLargeFeed
  },
  { id: 'startup', title: 'Start-up on the reference example', run: startUp },
  { id: 'full-table', title: 'Full table, no cap', run: fullTable },
  { id: 'corpus', title: 'simplify-summer2025 corpus, full table', run: renderCorpus }
]

const LOWER_BOUND = join(ROOT, 'bench/lower-bound.mjs')
const REFERENCE = join(ROOT, '__tests__/fixtures/reference')
const TEMPLATE = join(REFERENCE, 'README.template.md')
const CORPUS = join(ROOT, '../shared/corpus/simplify-summer2025')
const MB = 1e6
/** The fastest run of the corpus maintainers' Python script on this machine, start-up included. */
const PYTHON_FASTEST_MS = 90
/** `--max-bytes` large enough that no row is left out to keep the README small. */
const NO_SIZE_LIMIT = 1e9

// ---- the cases ----

/**
 * 100k listings as one JSON array, one category, 50 rows: at most 1.5× the lower bound's time,
 * at most 3× the file's size in memory.
 */
async function selectFromLargeArray(context) {
  const listings = await ensureListings({ count: 100_000, format: 'json' })
  const fileBytes = await warmPageCache(listings)
  const board = { listings, readme: TEMPLATE, category: 'backend' }
  const { cli, floor, rows } = await againstLowerBound(context, board, context.runs(3))
  const subject = `100k JSON (${formatValue(fileBytes, 'bytes')}) → backend, ${rows} rows`
  const time = timeAgainstLowerBound(subject, cli, floor)
  const memory = compare(subject, 'peak memory', 'bytes', cli.peakRssBytes, 'file', fileBytes)
  return {
    measures: [
      aim(time, '≤ 1.5× lower bound', time.ratio <= 1.5),
      aim(memory, '≤ 3× file', memory.ratio <= 3),
      compare(subject, 'peak memory, lower bound', 'bytes', floor.peakRssBytes, 'file', fileBytes)
    ],
    notes: [],
    profileArgs: profiledRun(context, board),
    samples: { cli: cli.samples, lowerBound: floor.samples }
  }
}

/** 1M listings as JSONL, one category, 50 rows: read as a stream, under 300 MB at peak. */
async function streamLargeFeed(context) {
  const listings = await ensureListings({ count: 1_000_000, format: 'jsonl' })
  const fileBytes = await warmPageCache(listings)
  const board = { listings, readme: TEMPLATE, category: 'backend', format: 'jsonl' }
  const { cli, floor, rows } = await againstLowerBound(context, board, context.runs(1))
  const subject = `1M JSONL (${formatValue(fileBytes, 'bytes')}) → backend, ${rows} rows`
  const memory = compare(
    subject,
    'peak memory',
    'bytes',
    cli.peakRssBytes,
    'lower bound',
    floor.peakRssBytes
  )
  return {
    measures: [
      aim(memory, '< 300 MB', memory.value < 300 * MB),
      timeAgainstLowerBound(subject, cli, floor)
    ],
    notes: [],
    profileArgs: profiledRun(context, board),
    samples: { cli: cli.samples, lowerBound: floor.samples }
  }
}

/** The reference example end to end against `node -e 0`: at most 2× Node's own start-up. */
async function startUp(context) {
  const out = join(context.workDir, 'startup-README.md')
  const args = cliArgs(context.cli, {
    listings: join(REFERENCE, 'listings.json'),
    readme: TEMPLATE,
    out,
    category: 'backend'
  })
  await measureNode(args) // warm-up: file cache
  const runs = context.runs(15)
  const cliRuns = []
  const nodeRuns = []
  for (let run = 0; run < runs; run++) {
    cliRuns.push(await measureNode(args))
    nodeRuns.push(await measureNode(['-e', '0']))
  }
  const cli = summarize(cliRuns)
  const node = summarize(nodeRuns)
  const rows = countTableRows(await readFile(out, 'utf8'))
  const subject = `reference example, 60 listings → ${rows} rows`
  const time = compare(subject, 'time', 'ms', cli.wallMs, 'node -e 0', node.wallMs)
  return {
    measures: [
      aim(time, '≤ 2× node -e 0', time.ratio <= 2),
      compare(subject, 'peak memory', 'bytes', cli.peakRssBytes, 'node -e 0', node.peakRssBytes)
    ],
    notes: [],
    profileArgs: args,
    samples: { cli: cli.samples, node: node.samples }
  }
}

/**
 * Every listing of 1k, 10k and 50k rendered (no category, no cap, no age limit). Linear growth:
 * the time each extra row costs from 10k to 50k is at most 1.5× what it costs from 1k to 10k
 * (quadratic growth would give about 5×; start-up cancels out of both).
 */
async function fullTable(context) {
  const sizes = [
    { count: 1_000, runs: 5 },
    { count: 10_000, runs: 5 },
    { count: 50_000, runs: 3 }
  ]
  const points = []
  for (const { count, runs } of sizes) {
    const listings = await ensureListings({ count, format: 'json' })
    await warmPageCache(listings)
    const board = { listings, readme: TEMPLATE, maxRows: 0, maxAgeDays: 0, maxBytes: NO_SIZE_LIMIT }
    const result = await againstLowerBound(context, board, context.runs(runs))
    points.push({ count, board, ...result })
  }
  const measures = points.map(({ count, cli, floor, rows }) => ({
    ...timeAgainstLowerBound(`${count / 1000}k listings → ${rows} rows`, cli, floor),
    name: `time (${formatValue((cli.wallMs * 1000) / rows, 'µs')}/row)`
  }))
  const [small, middle, large] = points
  const notes = []
  if (large.rows > middle.rows && middle.rows > small.rows)
    measures.push(growth(small, middle, large))
  else notes.push('full-table: the rows did not grow with the listings; growth not measured')
  return {
    measures,
    notes,
    profileArgs: profiledRun(context, large.board),
    samples: Object.fromEntries(
      points.map(({ count, cli, floor }) => [
        count,
        { cli: cli.samples, lowerBound: floor.samples }
      ])
    )
  }
}

/**
 * The 6,000-listing corpus of another shape, as a full table, start-up included: faster than
 * its maintainers' Python script (0.09–0.14 s on this machine, start-up included).
 */
async function renderCorpus(context) {
  const listings = join(CORPUS, 'listings.json')
  if (!existsSync(listings)) {
    return {
      measures: [],
      notes: [`corpus: skipped, ${CORPUS} is missing`],
      profileArgs: [],
      samples: {}
    }
  }
  const board = {
    listings,
    readme: await corpusReadme(context.workDir),
    fields: 'company=company_name,location=locations,posted_at=date_posted',
    maxRows: 0,
    maxAgeDays: 0
  }
  await measureNode(
    cliArgs(context.cli, { ...board, out: join(context.workDir, 'warm-up-README.md') })
  )
  const { cli, floor, rows } = await againstLowerBound(context, board, context.runs(10))
  const subject = `6k listings → ${rows} rows`
  const time = compare(subject, 'time', 'ms', cli.wallMs, 'Python script', PYTHON_FASTEST_MS)
  return {
    measures: [
      aim(time, '< 0.09 s (Python 0.09–0.14 s)', time.value < PYTHON_FASTEST_MS),
      { ...timeAgainstLowerBound(subject, cli, floor), name: 'time vs lower bound' }
    ],
    notes: [],
    profileArgs: profiledRun(context, board),
    samples: { cli: cli.samples, lowerBound: floor.samples }
  }
}

// ---- running the CLI and the lower bound ----

/** The CLI's flags for a board; `now` is fixed so every run selects the same rows. */
function cliArgs(cli, board) {
  const { listings, readme, out, category, maxRows, maxAgeDays, maxBytes, fields, format } = board
  const args = [cli, '--listings', listings, '--readme', readme, '--out', out, '--now', BENCH_NOW]
  if (category !== undefined) args.push('--category', category)
  if (maxRows !== undefined) args.push('--max-rows', String(maxRows))
  if (maxAgeDays !== undefined) args.push('--max-age-days', String(maxAgeDays))
  if (maxBytes !== undefined) args.push('--max-bytes', String(maxBytes))
  if (fields !== undefined) args.push('--fields', fields)
  if (format !== undefined) args.push('--listings-format', format)
  return args
}

/** The CLI run a profile records when the case misses a target. */
function profiledRun(context, board) {
  return cliArgs(context.cli, { ...board, out: join(context.workDir, 'profile-README.md') })
}

/**
 * Runs the CLI and the lower bound in turn, `runs` times each, so drift of the machine affects
 * both alike; the lower bound writes as many bytes as the CLI's README.
 */
async function againstLowerBound(context, board, runs) {
  const out = join(context.workDir, 'cli-README.md')
  const floorOut = join(context.workDir, 'lower-bound-README.md')
  const cliRuns = []
  const floorRuns = []
  for (let run = 0; run < runs; run++) {
    cliRuns.push(await measureNode(cliArgs(context.cli, { ...board, out })))
    const { size } = await stat(out)
    floorRuns.push(await measureNode(lowerBoundArgs(board, floorOut, size)))
  }
  const rows = countTableRows(await readFile(out, 'utf8'))
  return { cli: summarize(cliRuns), floor: summarize(floorRuns), rows }
}

function lowerBoundArgs({ listings, readme, format }, out, bytes) {
  const args = [LOWER_BOUND, '--listings', listings, '--readme', readme, '--out', out]
  args.push('--bytes', String(bytes))
  if (format !== undefined) args.push('--format', format)
  return args
}

/** Rows of the openings table: the table's lines less its header and delimiter rows. */
function countTableRows(readme) {
  const zone = readme
    .split('<!-- jobs:openings:start -->')[1]
    ?.split('<!-- jobs:openings:end -->')[0]
  const tableLines = (zone ?? '').split('\n').filter(line => line.startsWith('|'))
  return Math.max(0, tableLines.length - 2)
}

/** Reads the file once, untimed, so the first measured run does not pay for the disk. */
async function warmPageCache(path) {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) void chunk
  return (await stat(path)).size
}

/** The corpus's own README when it has zone markers; else a minimal one with the three zones. */
async function corpusReadme(workDir) {
  const own = join(CORPUS, 'README.md')
  if (existsSync(own) && (await readFile(own, 'utf8')).includes('<!-- jobs:openings:start -->')) {
    return own
  }
  const minimal = join(workDir, 'corpus-README.md')
  const zone = name => `<!-- jobs:${name}:start -->\n<!-- jobs:${name}:end -->\n`
  await writeFile(
    minimal,
    `# Summer 2025 internships\n\n${zone('updated')}\n${zone('openings')}\n${zone('stats')}`
  )
  return minimal
}

// ---- measures ----

/**
 * A figure beside a reference in the same unit, and their ratio; shown for context until `aim`
 * gives it a target.
 * @returns {Measure}
 */
function compare(subject, name, unit, value, referenceLabel, referenceValue) {
  const reference = { label: referenceLabel, value: referenceValue }
  return { subject, name, value, unit, reference, ratio: value / referenceValue }
}

/** The measure with its target, in words, and whether it is met. */
function aim(measure, target, met) {
  return { ...measure, target, met }
}

function timeAgainstLowerBound(subject, cli, floor) {
  return compare(subject, 'time', 'ms', cli.wallMs, 'lower bound', floor.wallMs)
}

/** What each extra row costs from the middle size to the large one, against small to middle. */
function growth(small, middle, large) {
  const subject = 'growth: each extra row, 10k→50k vs 1k→10k'
  const lateCost = marginalMicrosPerRow(middle, large)
  const cost = compare(
    subject,
    'time per row',
    'µs',
    lateCost,
    '1k→10k',
    marginalMicrosPerRow(small, middle)
  )
  return aim(cost, '≤ 1.5× (linear)', cost.ratio <= 1.5)
}

function marginalMicrosPerRow(from, to) {
  return ((to.cli.wallMs - from.cli.wallMs) * 1000) / (to.rows - from.rows)
}
