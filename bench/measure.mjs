// Runs one Node process the way the benchmark measures it: wall time from spawn to exit, peak
// memory and CPU time as the process itself reports them at exit (see usage-reporter.cjs).

import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {{ wallMs: number, peakRssBytes: number, cpuMs: number }} Sample
 */

/**
 * Runs `node ...args` once with the Node binary `node` and measures it; throws with the
 * process's stderr when it fails. The child gets the environment without NODE_OPTIONS, so every
 * process runs with defaults.
 * @param {string} node the Node binary
 * @param {string[]} args arguments to node: a script and its flags, or `-e 0`
 * @returns {Promise<Sample>}
 */
export async function measureNode(node, args) {
  const [command, ...commandArgs] = launch([node, '--require', USAGE_REPORTER, ...args])
  const started = performance.now()
  const child = spawn(command, commandArgs, {
    // The repository's root: the CLI takes its README paths relative to it, as a board's are.
    cwd: fileURLToPath(new URL('../', import.meta.url)),
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  const stderr = readAll(child.stdio[2])
  const usage = readAll(child.stdio[3])
  const [code, signal] = await once(child, 'exit')
  const wallMs = performance.now() - started
  if (code !== 0) {
    throw new Error(
      `node ${args.join(' ')} ended with ${code ?? signal}:\n${(await stderr).slice(-4000)}`
    )
  }
  const { maxRSS, userCPUTime, systemCPUTime } = JSON.parse(await usage)
  return { wallMs, peakRssBytes: maxRSS * 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 }
}

/**
 * Runs `command ...args` once, a program other than Node (the corpus case's Python yardstick),
 * started the same way, and measures its wall time; throws with its stderr when it fails.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<Sample>}
 */
export async function measureCommand(command, args) {
  const [shell, ...shellArgs] = launch([command, ...args])
  const started = performance.now()
  const child = spawn(shell, shellArgs, {
    cwd: fileURLToPath(new URL('../', import.meta.url)),
    stdio: ['ignore', 'ignore', 'pipe']
  })
  const stderr = readAll(child.stdio[2])
  const [code, signal] = await once(child, 'exit')
  const wallMs = performance.now() - started
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} ended with ${code ?? signal}:\n${(await stderr).slice(-4000)}`
    )
  }
  return { wallMs, peakRssBytes: 0, cpuMs: 0 }
}

/**
 * The median of each measure over several samples, and the samples themselves.
 * @param {Sample[]} samples
 */
export function summarize(samples) {
  return {
    wallMs: median(samples.map(sample => sample.wallMs)),
    peakRssBytes: median(samples.map(sample => sample.peakRssBytes)),
    cpuMs: median(samples.map(sample => sample.cpuMs)),
    samples
  }
}

const USAGE_REPORTER = fileURLToPath(new URL('./usage-reporter.cjs', import.meta.url))

/**
 * How to start `command` so its peak memory is its own. On Linux a forked child starts with a
 * copy of its parent's memory map, and the kernel keeps that copy's resident size as the
 * child's high-water mark even after exec: started straight from this harness, `node -e 0`
 * would report the harness's own size. A small shell forks it instead, from a few megabytes
 * (`exit $?` keeps the shell from exec'ing it in place). Windows creates processes without
 * forking.
 */
function launch(command) {
  if (process.platform === 'win32') return command
  return ['/bin/sh', '-c', '"$@"; exit $?', 'sh', ...command]
}

async function readAll(stream) {
  let text = ''
  stream.setEncoding('utf8')
  for await (const chunk of stream) text += chunk
  return text
}

/**
 * The median of the wall-time ratios of runs made one after the other (`samples[i]` against
 * `references[i]`): a drift of the machine's speed during the case moves both runs of a pair,
 * so it leaves the ratio alone, where a ratio of two medians would take it in.
 */
export function pairedRatio(samples, references) {
  const count = Math.min(samples.length, references.length)
  const ratios = []
  for (let index = 0; index < count; index++)
    ratios.push(samples[index].wallMs / references[index].wallMs)
  return median(ratios)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
