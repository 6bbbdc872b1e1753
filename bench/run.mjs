// `npm run bench`: runs every case of bench/cases.mjs against the built CLI, prints one table
// and writes it as JSON to bench/results/latest.json.
// Options: `node bench/run.mjs --help` (usage() below).

import { execFileSync } from 'node:child_process'
import { existsSync, realpathSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { delimiter, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CASES, ROOT } from './cases.mjs'
import { DATA_DIR } from './generate.mjs'
import { formatProfileSummary, recordProfile, summarizeProfile } from './profile.mjs'
import { describeMachine, formatTable } from './report.mjs'

const RESULTS_DIR = join(ROOT, 'bench/results')

const options = readOptions()
if (!existsSync(options.cli)) {
  console.error(`bench: ${options.cli} is missing; run \`npm run build\` first`)
  process.exit(1)
}
await warnWhenBuildIsStale(options.cli)

const machine = describeMachine()
const workDir = join(DATA_DIR, 'runs')
await mkdir(workDir, { recursive: true })
const nodes = options.nodes ?? defaultNodes()
console.error(`bench on ${machine.summary}`)
console.error(`with ${nodes.map(({ version, path }) => `Node ${version} (${path})`).join(', ')}`)

const results = []
for (const benchCase of selectCases(options)) {
  for (const { version, path } of nodes) {
    const context = { cli: options.cli, node: path, runs: usual => options.runs ?? usual, workDir }
    console.error(`${benchCase.id} on Node ${version}: ${benchCase.title}…`)
    const started = performance.now()
    const result = await benchCase.run(context)
    console.error(`${benchCase.id}: done in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    results.push({
      id: benchCase.id,
      node: version,
      nodePath: path,
      title: benchCase.title,
      ...result
    })
  }
}

console.log(`\nMachine: ${machine.summary}\n`)
console.log(formatTable(results))
for (const note of results.flatMap(result => result.notes)) console.log(`note: ${note}`)
await mkdir(RESULTS_DIR, { recursive: true })
const reportPath = join(RESULTS_DIR, 'latest.json')
await writeFile(reportPath, `${JSON.stringify(report(results), null, 2)}\n`)
console.log(`\nwritten to ${reportPath}`)
if (options.profile) await profileMissedTargets(results)

function readOptions() {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      profile: { type: 'boolean', default: false },
      cli: { type: 'string', default: join(ROOT, 'dist/cli.js') },
      node: { type: 'string' }
    }
  })
  if (values.help) {
    console.log(usage())
    process.exit(0)
  }
  const nodes = values.node?.split(',').map(path => describeNode(resolve(path.trim())))
  const only = values.only?.split(',').map(id => id.trim())
  const unknown = only?.filter(id => !CASES.some(benchCase => benchCase.id === id)) ?? []
  if (unknown.length > 0) {
    throw new Error(`unknown case ${unknown.join(', ')}; cases: ${CASES.map(c => c.id).join(', ')}`)
  }
  const runs = values.runs === undefined ? undefined : Number(values.runs)
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) {
    throw new Error(`--runs must be a positive whole number, not ${values.runs}`)
  }
  return {
    quick: values.quick,
    only,
    runs,
    profile: values.profile,
    cli: resolve(values.cli),
    nodes
  }
}

/** The options, as this file's opening comment lists them. */
function usage() {
  const cases = CASES.map(benchCase => benchCase.id).join(', ')
  return [
    'usage: node bench/run.mjs [options]   (npm run bench -- [options])',
    '  --quick           skip the 1M-listing case (and its 700 MB file)',
    `  --only ID,ID      run only these cases: ${cases}`,
    "  --runs N          run each measured process N times instead of the case's usual number",
    '  --cli PATH        measure this CLI script instead of dist/cli.js (another build, a branch)',
    '  --node PATH,PATH  the Node binaries to run every case with (default: each distinct version',
    '                    among this Node, node_modules/.bin/node and the first `node` on PATH',
    '                    outside node_modules)',
    '  --profile         for each case that misses a target, record a CPU profile of the CLI and',
    '                    print where the time goes (profiles are kept in bench/results/profiles/)',
    '  --help            print these options'
  ].join('\n')
}

function selectCases({ quick, only }) {
  return CASES.filter(
    benchCase => (only ? only.includes(benchCase.id) : true) && !(quick && benchCase.large)
  )
}

/**
 * This Node, the project's (node_modules/.bin/node: `npm run` puts it first on PATH) and the
 * system's (the first `node` on PATH outside node_modules), one of each version.
 */
function defaultNodes() {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(dir => dir && !dir.includes('node_modules'))
    .map(dir => join(dir, 'node'))
  const candidates = [process.execPath, join(ROOT, 'node_modules/.bin/node'), ...onPath]
  const byVersion = new Map()
  for (const path of candidates.filter(path => existsSync(path))) {
    const node = describeNode(realpathSync(path))
    if (!byVersion.has(node.version)) byVersion.set(node.version, node)
  }
  return [...byVersion.values()].sort((a, b) =>
    a.version.localeCompare(b.version, 'en', { numeric: true })
  )
}

function describeNode(path) {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
  return { path, version }
}

/** A build older than the sources measures yesterday's code: say so (`npm run build`). */
async function warnWhenBuildIsStale(cli) {
  const sources = await readdir(join(ROOT, 'src'), { recursive: true })
  const newestSource = Math.max(...sources.map(path => statSync(join(ROOT, 'src', path)).mtimeMs))
  if (newestSource > statSync(cli).mtimeMs) {
    console.error(`bench: warning: src/ is newer than ${cli}; run \`npm run build\` to measure it`)
  }
}

function report(results) {
  return {
    date: new Date().toISOString(),
    machine,
    cli: options.cli,
    runs: options.runs ?? 'usual',
    cases: results.map(({ id, node, title, measures, notes, samples }) => ({
      id,
      node,
      title,
      measures,
      notes,
      samples
    }))
  }
}

async function profileMissedTargets(results) {
  const profileDir = join(RESULTS_DIR, 'profiles')
  await mkdir(profileDir, { recursive: true })
  for (const result of results) {
    if (!result.measures.some(measure => measure.met === false)) continue
    const path = await recordProfile(result.nodePath, result.profileArgs, {
      dir: profileDir,
      name: `${result.id}-${result.node}.cpuprofile`
    })
    const summary = summarizeProfile(JSON.parse(await readFile(path, 'utf8')))
    console.log(`\nprofile of ${result.id} (${path}):\n${formatProfileSummary(summary)}`)
  }
}
