// `npm run bench`: runs every case of bench/cases.mjs against the built CLI, prints one table
// and writes it as JSON to bench/results/latest.json.
//   --quick           skip the 1M-listing case (and its 900 MB file)
//   --only ID,ID      run only these cases (select-100k, stream-1m, startup, full-table, corpus)
//   --runs N          run each measured process N times instead of the case's usual number
//   --cli PATH        measure this CLI script instead of dist/cli.js (another build, a branch)
//   --profile         for each case that misses a target, record a CPU profile of the CLI and
//                     print where the time goes (profiles are kept in bench/results/profiles/)

import { existsSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
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
const context = { cli: options.cli, runs: usual => options.runs ?? usual, workDir }
console.error(`bench on ${machine.summary}`)

const results = []
for (const benchCase of selectCases(options)) {
  console.error(`${benchCase.id}: ${benchCase.title}…`)
  const started = performance.now()
  const result = await benchCase.run(context)
  console.error(`${benchCase.id}: done in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  results.push({ id: benchCase.id, title: benchCase.title, ...result })
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
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      profile: { type: 'boolean', default: false },
      cli: { type: 'string', default: join(ROOT, 'dist/cli.js') }
    }
  })
  const only = values.only?.split(',').map(id => id.trim())
  const unknown = only?.filter(id => !CASES.some(benchCase => benchCase.id === id)) ?? []
  if (unknown.length > 0) {
    throw new Error(`unknown case ${unknown.join(', ')}; cases: ${CASES.map(c => c.id).join(', ')}`)
  }
  const runs = values.runs === undefined ? undefined : Number(values.runs)
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) {
    throw new Error(`--runs must be a positive whole number, not ${values.runs}`)
  }
  return { quick: values.quick, only, runs, profile: values.profile, cli: resolve(values.cli) }
}

function selectCases({ quick, only }) {
  return CASES.filter(
    benchCase => (only ? only.includes(benchCase.id) : true) && !(quick && benchCase.large)
  )
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
    cases: results.map(({ id, title, measures, notes, samples }) => ({
      id,
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
    const path = await recordProfile(result.profileArgs, {
      dir: profileDir,
      name: `${result.id}.cpuprofile`
    })
    const summary = summarizeProfile(JSON.parse(await readFile(path, 'utf8')))
    console.log(`\nprofile of ${result.id} (${path}):\n${formatProfileSummary(summary)}`)
  }
}
