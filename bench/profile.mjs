// CPU profiles of a CLI run: record one (`node --cpu-prof`), and summarise where the time goes,
// as the functions with the most self time and the most total time. From the shell:
//   node bench/profile.mjs FILE.cpuprofile [--top 20]

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { measureNode } from './measure.mjs'

/**
 * Runs `node --cpu-prof ...args` and returns the path of the profile it wrote.
 * @param {string} node the Node binary
 * @param {string[]} args
 * @param {{ dir: string, name: string }} where the directory and file name of the profile
 */
export async function recordProfile(node, args, { dir, name }) {
  await measureNode(node, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name, ...args])
  return join(dir, name)
}

/**
 * The `top` functions by self time (time spent in the function's own code), and the program's
 * own functions (not Node's internals) by total time (its own and its callees', recursion
 * counted once), in milliseconds and % of the run.
 * @param {{ nodes: object[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }} profile
 */
export function summarizeProfile(profile, { top = 15 } = {}) {
  const selfMicros = selfTimes(profile)
  const children = new Map(profile.nodes.map(node => [node.id, node.children ?? []]))
  const frames = new Map(profile.nodes.map(node => [node.id, describeFrame(node.callFrame)]))
  const ownCode = new Set(
    profile.nodes.filter(node => isOwnCode(node.callFrame)).map(node => node.id)
  )
  const self = new Map()
  for (const [id, micros] of selfMicros) add(self, frames.get(id), micros)
  const total = new Map()
  const visit = (id, onStack) => {
    const frame = frames.get(id)
    let micros = selfMicros.get(id) ?? 0
    const nested = new Set(onStack).add(frame)
    for (const child of children.get(id)) micros += visit(child, nested)
    if (ownCode.has(id) && !onStack.has(frame)) add(total, frame, micros)
    return micros
  }
  const root = profile.nodes[0].id
  const runMicros = visit(root, new Set())
  const rank = times =>
    [...times]
      .sort(([, a], [, b]) => b - a)
      .slice(0, top)
      .map(([frame, micros]) => ({ frame, ms: micros / 1000, percent: (100 * micros) / runMicros }))
  return { totalMs: runMicros / 1000, self: rank(self), total: rank(total) }
}

/** The summary as two text lists. */
export function formatProfileSummary({ totalMs, self, total }) {
  const list = entries =>
    entries
      .map(
        ({ frame, ms, percent }) =>
          `  ${ms.toFixed(0).padStart(6)} ms ${percent.toFixed(1).padStart(5)}%  ${frame}`
      )
      .join('\n')
  return `sampled ${totalMs.toFixed(0)} ms\nself time:\n${list(self)}\ntotal time:\n${list(total)}`
}

/** Each sample's interval is the time until the next sample (as Chrome DevTools counts it). */
function selfTimes({ samples, timeDeltas }) {
  const micros = new Map()
  for (let index = 0; index < samples.length; index++) {
    add(micros, samples[index], timeDeltas[index + 1] ?? 0)
  }
  return micros
}

function isOwnCode({ url }) {
  return url !== '' && !url.startsWith('node:')
}

/** `name (file:line)`, the file shortened to its package or project path, the name to 100 characters. */
function describeFrame({ functionName, url, lineNumber }) {
  const fullName = functionName || '(anonymous)'
  const name = fullName.length > 100 ? `${fullName.slice(0, 99)}…` : fullName
  if (!url) return name
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(process.cwd() + '/', '')
  return `${name} (${file}:${lineNumber + 1})`
}

function add(totals, key, amount) {
  totals.set(key, (totals.get(key) ?? 0) + amount)
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '15' } },
    allowPositionals: true
  })
  if (positionals.length !== 1)
    throw new Error('usage: node bench/profile.mjs FILE.cpuprofile [--top N]')
  const profile = JSON.parse(await readFile(positionals[0], 'utf8'))
  console.log(formatProfileSummary(summarizeProfile(profile, { top: Number(values.top) })))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
