// The benchmark's outputs: one table of every measure, the machine it ran on, and the JSON
// report (bench/results/latest.json). Sizes are in MB of 10^6 bytes.

import { cpus, loadavg, release, totalmem, type } from 'node:os'

/**
 * The results as one aligned text table: the figure, its reference, their ratio, the target
 * and whether it is met (`—` for a figure shown for context).
 * @param {{ id: string, node: string, measures: import('./cases.mjs').Measure[] }[]} results
 */
export function formatTable(results) {
  const header = [
    'case',
    'node',
    'subject',
    'measure',
    'result',
    'reference',
    'ratio',
    'target',
    'met'
  ]
  const rows = results.flatMap(({ id, node, measures }) =>
    measures.map(measure => [
      id,
      node,
      measure.subject,
      measure.name,
      formatValue(measure.value, measure.unit),
      measure.reference
        ? `${measure.reference.label} ${formatValue(measure.reference.value, measure.unit)}`
        : '',
      measure.ratio === undefined ? '' : `${measure.ratio.toFixed(2)}×`,
      measure.target ?? '',
      measure.met === undefined ? '—' : measure.met ? 'yes' : 'NO'
    ])
  )
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map(row => row[column].length))
  )
  const line = row =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map(width => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

/** `1.23 s`, `45.6 ms`, `90 MB`, `12.3 µs`. */
export function formatValue(value, unit) {
  if (unit === 'bytes') return `${Math.round(value / 1e6)} MB`
  if (unit === 'µs') return `${value.toFixed(value < 10 ? 1 : 0)} µs`
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  return `${value.toFixed(value < 100 ? 1 : 0)} ms`
}

/**
 * What the figures came from: CPU, cores, memory, system, Node version, and the load average
 * over the last minute (other work on the machine slows every run; ratios suffer less).
 */
export function describeMachine() {
  const processors = cpus()
  const machine = {
    cpu: processors[0]?.model ?? 'unknown',
    cores: processors.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    loadAverage: Number(loadavg()[0].toFixed(1))
  }
  return {
    ...machine,
    summary:
      `${machine.cores} × ${machine.cpu}, ${machine.memoryGB} GB RAM, ${machine.os}, ` +
      `Node ${machine.node}, load average ${machine.loadAverage} at start`
  }
}
