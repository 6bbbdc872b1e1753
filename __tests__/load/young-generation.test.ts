/**
 * The young-generation cap a large feed turns on (src/load/young-generation.ts), run for real
 * under Node 24 (the action's runtime), whose V8 grows semi-spaces to 64 MB on a large machine.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformSync } from 'esbuild'
import { cappedWhenLarge } from '../../src/load/young-generation.js'
import { NODE_24 } from '../action/run-action.js'
import { scratchDir } from '../helpers/cli.js'

const MiB = 2 ** 20

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const seen: string[] = []
  for await (const chunk of chunks) seen.push(chunk)
  return seen
}

async function* fromArray(chunks: string[]): AsyncGenerator<string> {
  yield* chunks
}

/**
 * A feed-like load: records parsed in batches between event-loop turns, one in twenty kept a
 * while (so objects survive collections), the rest garbage. Prints the largest new space seen.
 */
const WORKLOAD = `
import v8 from 'node:v8'
const cap = process.argv[2] ? await import(process.argv[2]) : undefined
const newSpace = () => v8.getHeapSpaceStatistics().find(s => s.space_name === 'new_space').space_size
async function* batches() {
  for (let batch = 0; batch < 300; batch++) {
    const records = []
    for (let i = 0; i < 10000; i++) {
      const id = batch * 10000 + i
      records.push({ id, title: 'job ' + id, tags: ['a' + (id % 97)], text: 'x'.repeat(50 + (id % 200)) + id })
    }
    yield JSON.stringify(records)
    await new Promise(resolve => setImmediate(resolve))
  }
}
const source = cap ? cap.cappedWhenLarge(batches(), 1000) : batches()
const kept = []
let largest = 0
for await (const text of source) {
  for (const record of JSON.parse(text)) if (record.id % 20 === 0) kept.push(record)
  if (kept.length > 60000) kept.splice(0, 30000)
  largest = Math.max(largest, newSpace())
}
console.log(largest)
`

describe('cappedWhenLarge', () => {
  it('passes every chunk through unchanged, small feed or large', async () => {
    const chunks = ['[{"id":1}', ',{"id":2}', ']']
    expect(await collect(cappedWhenLarge(fromArray(chunks), 1_000_000))).toEqual(chunks)
    expect(await collect(cappedWhenLarge(fromArray(chunks), 3))).toEqual(chunks)
  })

  it("stops Node 24's new space growing to the 128 MiB it reaches without the cap", () => {
    const dir = scratchDir()
    const source = readFileSync('src/load/young-generation.ts', 'utf8')
    const capModule = join(dir, 'young-generation.mjs')
    writeFileSync(capModule, transformSync(source, { loader: 'ts', format: 'esm' }).code)
    writeFileSync(join(dir, 'workload.mjs'), WORKLOAD)
    const largestNewSpace = (...args: string[]) =>
      Number(execFileSync(NODE_24, [join(dir, 'workload.mjs'), ...args], { encoding: 'utf8' }))

    // With --max-semi-space-size=16 on the command line the same load peaks at 49 MiB.
    expect(largestNewSpace()).toBeGreaterThan(64 * MiB)
    expect(largestNewSpace(capModule)).toBeLessThanOrEqual(64 * MiB)
  }, 60_000)
})
