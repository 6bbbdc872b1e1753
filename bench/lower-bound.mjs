// The floor any implementation pays: read and parse the listings file (a JSON array at once,
// whatever its layout; JSONL line by line as a stream; CSV through the CLI's own parser, as a
// stream), read the README, and write a README of a given size. The benchmark runs it beside
// the CLI on the same files, with the size of the CLI's output:
//   node bench/lower-bound.mjs --listings FILE [--shape SHAPE] --readme FILE --out FILE --bytes N
// where SHAPE is one of generate.mjs FORMATS (default: from the extension).

import { createReadStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    listings: { type: 'string' },
    shape: { type: 'string' },
    readme: { type: 'string' },
    out: { type: 'string' },
    bytes: { type: 'string' }
  }
})
if (!values.listings || !values.out || !values.bytes) {
  throw new Error('usage: lower-bound.mjs --listings FILE --out FILE --bytes N [--readme FILE]')
}
const shape = values.shape ?? /\.(\w+)$/.exec(values.listings)?.[1] ?? 'json'
const count = shape.startsWith('csv')
  ? await countCsv(values.listings, shape === 'csv-semicolon' ? ';' : ',')
  : shape === 'jsonl'
    ? await countJsonLines(values.listings)
    : await countJson(values.listings)
if (values.readme) await readFile(values.readme, 'utf8')
await writeFile(values.out, readmeOfSize(Number(values.bytes), count))

async function countJson(path) {
  return JSON.parse(await readFile(path, 'utf8')).length
}

async function countJsonLines(path) {
  let count = 0
  let partial = ''
  for await (const chunk of decoded(path)) {
    const lines = (partial + chunk).split('\n')
    partial = lines.pop()
    for (const line of lines) count += parseLine(line)
  }
  return count + parseLine(partial)
}

async function countCsv(path, delimiter) {
  const { parse } = await import('csv-parse')
  let count = 0
  const parser = Readable.from(decoded(path)).pipe(
    parse({ columns: true, skip_empty_lines: true, trim: true, delimiter })
  )
  for await (const record of parser) count += record ? 1 : 0
  return count
}

/**
 * The file's text as it streams in, in the default 64 KiB chunks (faster, and half the peak
 * memory of 1 MiB chunks), decoded by a TextDecoder in stream mode, as the CLI does: faster
 * than a stream's own `encoding` (3× on Node 24), so the bound stays below any reader.
 */
async function* decoded(path) {
  const decoder = new TextDecoder()
  for await (const bytes of createReadStream(path)) yield decoder.decode(bytes, { stream: true })
  yield decoder.decode()
}

function parseLine(line) {
  if (line.trim() === '') return 0
  JSON.parse(line)
  return 1
}

/** `bytes` bytes of table rows: the size is what matters, not the text. */
function readmeOfSize(bytes, count) {
  const row = `| ${count} | listings | parsed |\n`
  return Buffer.alloc(bytes, row)
}
