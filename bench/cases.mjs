// The benchmark's cases, one per performance target. Each runs the built CLI (dist/cli.js) as a
// process, several times, beside a reference measured in the same run (the lower bound, or
// `node -e 0`), and returns its measures: the figure, the reference, their ratio, the target and
// whether it is met. Generating data happens before any timing.

import { execFileSync } from 'node:child_process'
import { createReadStream, existsSync } from 'node:fs'
import { chmod, copyFile, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { BENCH_NOW, ensureListings, FORMATS } from './generate.mjs'
import { measureCommand, measureNode, pairedRatio, summarize } from './measure.mjs'
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
  { id: 'shapes-100k', title: 'One category of 100k listings, in each shape', run: everyShape },
  {
    id: 'stream-1m',
    title: 'One category of 1M listings (JSONL)',
    large: true,
    run: streamLargeFeed
  },
  { id: 'startup', title: 'Start-up on the reference example', run: startUp },
  { id: 'full-table', title: 'Full table, no cap', run: fullTable },
  {
    id: 'corpus',
    title: 'simplify-summer2025 corpus with its README, full table',
    run: renderCorpus
  }
]

const LOWER_BOUND = join(ROOT, 'bench/lower-bound.mjs')
const REFERENCE = join(ROOT, '__tests__/fixtures/reference')
const TEMPLATE = join(REFERENCE, 'README.template.md')
/** The shared corpus beside the checkout (or beside the folder of worktrees), or `$BENCH_CORPUS`. */
const CORPUS =
  process.env.BENCH_CORPUS ??
  [
    join(ROOT, '../shared/corpus/simplify-summer2025'),
    join(ROOT, '../../shared/corpus/simplify-summer2025')
  ].find(existsSync) ??
  join(ROOT, '../shared/corpus/simplify-summer2025')
const MB = 1e6
/**
 * What SimplifyJobs' Python script does to the corpus README, timed in the same run as the CLI
 * (simplify-reference.py writes their README byte for byte). Without Python, the figure it gave
 * on the machine the target was set on: 0.13 s, start-up included.
 */
const PYTHON_REFERENCE = join(ROOT, 'bench/simplify-reference.py')
/** The board the corpus case sets up: its first board (README.md), as the Python script's. */
const CORPUS_EXAMPLE = join(ROOT, 'examples/simplify-summer2025/jobs-readme.yml')
const PYTHON_MS = 130
/** `--max-bytes` large enough that no row is left out to keep the README small. */
const NO_SIZE_LIMIT = 1e9
/** The shapes held to 1.5× the lower bound: every JSON layout. CSV is shown for context. */
const TIMED_SHAPES = new Set(['json', 'json-one-line', 'json-pretty', 'jsonl'])

// ---- the cases ----

/**
 * 100k listings in each shape of the wild (generate.mjs FORMATS), one category, 50 rows: each
 * JSON shape at most 1.5× the lower bound's time (read, parse, write). A shape the CLI cannot
 * read is named in a note.
 */
async function everyShape(context) {
  const measures = []
  const notes = []
  const samples = {}
  let profileArgs = []
  for (const format of FORMATS) {
    const listings = await ensureListings({ count: 100_000, format })
    const fileBytes = await warmPageCache(listings)
    const board = { listings, readme: TEMPLATE, category: 'backend', shape: format }
    let result
    try {
      result = await againstLowerBound(context, board, context.runs(5))
    } catch (error) {
      notes.push(`shapes-100k: ${format} failed: ${firstLine(error)}`)
      continue
    }
    const { cli, floor, rows } = result
    const subject = `100k ${format} (${formatValue(fileBytes, 'bytes')}) → backend, ${rows} rows`
    const time = timeAgainstLowerBound(subject, cli, floor)
    const timed = TIMED_SHAPES.has(format)
    measures.push(
      timed ? aim(time, '≤ 1.5× lower bound', time.ratio <= 1.5) : time,
      compare(subject, 'peak memory', 'bytes', cli.peakRssBytes, 'lower bound', floor.peakRssBytes)
    )
    if (timed && time.ratio > 1.5 && profileArgs.length === 0)
      profileArgs = profiledRun(context, board)
    samples[format] = { cli: cli.samples, lowerBound: floor.samples }
  }
  return { measures, notes, profileArgs, samples }
}

/** 1M listings as JSONL, one category, 50 rows: read as a stream, under 200 MB at peak. */
async function streamLargeFeed(context) {
  const listings = await ensureListings({ count: 1_000_000, format: 'jsonl' })
  const fileBytes = await warmPageCache(listings)
  const board = { listings, readme: TEMPLATE, category: 'backend', shape: 'jsonl' }
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
      aim(memory, '< 200 MB', memory.value < 200 * MB),
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
  await measureNode(context.node, args) // warm-up: file cache
  const runs = context.runs(15)
  const cliRuns = []
  const nodeRuns = []
  for (let run = 0; run < runs; run++) {
    cliRuns.push(await measureNode(context.node, args))
    nodeRuns.push(await measureNode(context.node, ['-e', '0']))
  }
  const cli = summarize(cliRuns)
  const node = summarize(nodeRuns)
  const rows = countTableRows(await readFile(out, 'utf8'))
  const subject = `reference example, 60 listings → ${rows} rows`
  const ratio = pairedRatio(cli.samples, node.samples)
  const time = compare(subject, 'time', 'ms', cli.wallMs, 'node -e 0', node.wallMs, ratio)
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
 * The 6,000-listing corpus of another shape, rendered into its own README as a full table,
 * start-up included: at most 3× its maintainers' Python script (0.13 s on this machine). The
 * board is set up as examples/simplify-summer2025 sets it up (its selection, sort and cell
 * templates), so both render the same table of the same listings into the same README.
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
  const board = { listings, ...(await corpusBoard(context)) }
  await measureNode(context.node, cliArgs(context.cli, board))
  // Their script runs right after each of our runs, so that each ratio is of runs side by side.
  const reference = pythonReference(context, listings)
  const { cli, floor, beside, rows } = await againstLowerBound(
    context,
    board,
    context.runs(10),
    reference?.run
  )
  const python = beside && { ...beside, rows: await reference.rows() }
  const subject = `6k listings → ${rows} rows`
  const pythonMs = python?.wallMs ?? PYTHON_MS
  const label = python ? `Python script (${python.rows} rows)` : 'Python script (set)'
  const ratio = python ? pairedRatio(cli.samples, python.samples) : cli.wallMs / pythonMs
  const time = compare(subject, 'time', 'ms', cli.wallMs, label, pythonMs, ratio)
  await board.restore()
  return {
    measures: [
      aim(time, '≤ 3× Python', time.ratio <= 3),
      { ...timeAgainstLowerBound(subject, cli, floor), name: 'time vs lower bound' }
    ],
    notes: python
      ? []
      : [
          `corpus: no python3 found; compared with the ${PYTHON_MS} ms the Python script took where the target was set`
        ],
    profileArgs: cliArgs(context.cli, board),
    samples: { cli: cli.samples, lowerBound: floor.samples }
  }
}

/**
 * The Python yardstick: `run` times one run on a fresh copy of the corpus README, and `rows`
 * counts the rows the last run wrote; undefined without a Python 3 (`$BENCH_PYTHON`, else
 * `python3`).
 */
function pythonReference(context, listings) {
  const python = pythonInterpreter()
  if (!python) return undefined
  const readme = join(context.workDir, 'python-README.md')
  return {
    async run() {
      await copyFile(join(CORPUS, 'README.md'), readme)
      await chmod(readme, 0o644)
      return measureCommand(python, [PYTHON_REFERENCE, listings, readme])
    },
    async rows() {
      const written = (await readFile(readme, 'utf8'))
        .split('TABLE_START')[1]
        ?.split('TABLE_END')[0]
      const lines = (written ?? '').split('\n').filter(line => line.startsWith('|')).length
      return Math.max(0, lines - 2)
    }
  }
}

/**
 * The Python interpreter itself: a version manager's `python3` on the PATH is often a shell
 * script that starts it (pyenv's adds a quarter of a second), which would be timed too.
 */
function pythonInterpreter() {
  try {
    const executable = execFileSync(
      process.env.BENCH_PYTHON ?? 'python3',
      ['-c', 'import sys; print(sys.executable)'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
    ).trim()
    return executable === '' ? undefined : executable
  } catch {
    return undefined
  }
}

// ---- running the CLI and the lower bound ----

/** The CLI's flags for a board; `now` is fixed so every run selects the same rows. */
function cliArgs(cli, board) {
  const { listings, readme, out, category, maxRows, maxAgeDays, maxBytes, fields } = board
  const { maxRemovedPercent, config } = board
  const args = [cli, '--listings', listings, '--now', BENCH_NOW]
  // A boards file names its README, written in place; else the README as a board names it (a
  // path inside the repository, relative to its root), written to `out`.
  if (config !== undefined) args.push('--config', relative(ROOT, config))
  else args.push('--readme', relative(ROOT, readme), '--out', out)
  if (category !== undefined) args.push('--category', category)
  if (maxRows !== undefined) args.push('--max-rows', String(maxRows))
  if (maxAgeDays !== undefined) args.push('--max-age-days', String(maxAgeDays))
  if (maxBytes !== undefined) args.push('--max-bytes', String(maxBytes))
  if (fields !== undefined) args.push('--fields', fields)
  if (maxRemovedPercent !== undefined) args.push('--max-removed-percent', String(maxRemovedPercent))
  // A local feed obeys listings-max-bytes too: the 1M-listing file is 700 MB.
  args.push('--listings-max-bytes', String(NO_SIZE_LIMIT))
  return args
}

/** The CLI run a profile records when the case misses a target. */
function profiledRun(context, board) {
  return cliArgs(context.cli, { ...board, out: join(context.workDir, 'profile-README.md') })
}

/**
 * Runs the CLI and the lower bound in turn, `runs` times each, so drift of the machine affects
 * both alike; the lower bound writes as many bytes as the CLI's README. `beside`, when given,
 * is a third command run after each pair (the corpus's Python script), its runs in `beside`.
 */
async function againstLowerBound(context, board, runs, beside) {
  const out = join(context.workDir, 'cli-README.md')
  const floorOut = join(context.workDir, 'lower-bound-README.md')
  const cliRuns = []
  const floorRuns = []
  const besideRuns = []
  // A board of a boards file writes its README in place: it is put back before each run.
  const written = board.config === undefined ? out : board.readme
  for (let run = 0; run < runs; run++) {
    if (board.restore) await board.restore()
    cliRuns.push(await measureNode(context.node, cliArgs(context.cli, { ...board, out })))
    const { size } = await stat(written)
    floorRuns.push(await measureNode(context.node, lowerBoundArgs(board, floorOut, size)))
    if (beside) besideRuns.push(await beside())
  }
  const rows = countTableRows(await readFile(written, 'utf8'))
  return {
    cli: summarize(cliRuns),
    floor: summarize(floorRuns),
    beside: beside && summarize(besideRuns),
    rows
  }
}

function lowerBoundArgs({ listings, readme, shape }, out, bytes) {
  const args = [LOWER_BOUND, '--listings', listings, '--readme', readme, '--out', out]
  args.push('--bytes', String(bytes))
  if (shape !== undefined) args.push('--shape', shape)
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

/**
 * The corpus's own README (HTML blocks and all) and its boards file, the way a maintainer
 * adopting the tool sets them up: the first board of examples/simplify-summer2025/jobs-readme.yml
 * (README.md, the table the Python script writes) with `readme` pointing at a copy of the README
 * in `workDir`, and zone markers added around its table by the CLI's `init`. `restore` puts the
 * README back as it was then, their script's table in it: each timed run updates that README
 * (the CLI writes it in place, as the action does).
 */
async function corpusBoard(context) {
  const readme = join(context.workDir, 'corpus-README.md')
  const config = join(context.workDir, 'corpus-boards.yml')
  // The corpus's listings are named on the command line; contributions play no part.
  const {
    boards,
    listings: _listings,
    contribution: _contribution,
    ...defaults
  } = parseYaml(await readFile(CORPUS_EXAMPLE, 'utf8'))
  const board = { ...boards[0], readme: relative(ROOT, readme) }
  await writeFile(config, stringifyYaml({ ...defaults, boards: [board] }))
  await copyFile(join(CORPUS, 'README.md'), readme)
  await chmod(readme, 0o644) // the corpus is read-only, and a run never writes a read-only file
  await measureNode(context.node, [
    context.cli,
    'init',
    '--readme',
    relative(ROOT, readme),
    '--config',
    relative(ROOT, config)
  ])
  const marked = await readFile(readme)
  return { readme, config, restore: () => writeFile(readme, marked) }
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error)
    .split('\n')
    .find(line => line.trim() !== '' && !line.startsWith('node '))
}

// ---- measures ----

/**
 * A figure beside a reference in the same unit, and their ratio; shown for context until `aim`
 * gives it a target.
 * @returns {Measure}
 */
function compare(
  subject,
  name,
  unit,
  value,
  referenceLabel,
  referenceValue,
  ratio = value / referenceValue
) {
  const reference = { label: referenceLabel, value: referenceValue }
  return { subject, name, value, unit, reference, ratio }
}

/** The measure with its target, in words, and whether it is met. */
function aim(measure, target, met) {
  return { ...measure, target, met }
}

/** The CLI's median time against the lower bound's; the ratio is the median of paired runs. */
function timeAgainstLowerBound(subject, cli, floor) {
  const ratio = pairedRatio(cli.samples, floor.samples)
  return compare(subject, 'time', 'ms', cli.wallMs, 'lower bound', floor.wallMs, ratio)
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
