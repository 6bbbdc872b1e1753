/**
 * The four listing formats: which one a source is in, and its records one at a time.
 * JSONL and CSV are parsed as their text arrives, so a huge feed never sits in memory whole;
 * JSON and YAML need the whole text.
 */
import { Readable, pipeline } from 'node:stream'
import { CsvError, parse as parseCsv } from 'csv-parse'
import { YAMLParseError, parse as parseYaml } from 'yaml'
import type { ListingsFormat } from '../config/config.js'
import { errors } from '../errors.js'
import { findJsonSyntaxError } from './json-syntax.js'
import type { Source } from './source.js'

/**
 * The records of `source`, in order. The format is `explicit` (the `listings-format` input),
 * else told by the extension, else by the content type, else guessed from the first bytes.
 * Throws `source-format` when none tells, `source-parse` (naming the line) on bad syntax.
 */
export async function* readRecords(
  source: Source,
  explicit?: ListingsFormat
): AsyncGenerator<unknown> {
  let { chunks } = source
  let format =
    explicit ?? formatOfExtension(source.locations) ?? formatOfContentType(source.contentType)
  if (!format) {
    const peeked = await peek(chunks, SNIFF_LENGTH)
    format = sniffFormat(peeked.head)
    chunks = peeked.chunks
  }
  if (!format) throw errors.sourceFormat(source.name)
  yield* PARSERS[format](chunks, source.name)
}

const EXTENSIONS: Record<string, ListingsFormat> = {
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  yaml: 'yaml',
  yml: 'yaml'
}

function formatOfExtension(locations: string[]): ListingsFormat | undefined {
  for (const location of locations) {
    const path = URL.canParse(location) ? new URL(location).pathname : location
    const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase()
    const format = extension === undefined ? undefined : EXTENSIONS[extension]
    if (format) return format
  }
  return undefined
}

const CONTENT_TYPES: Record<string, ListingsFormat> = {
  'application/json': 'json',
  'text/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml'
}

function formatOfContentType(contentType: string | undefined): ListingsFormat | undefined {
  if (contentType === undefined) return undefined
  return CONTENT_TYPES[contentType] ?? (contentType.endsWith('+json') ? 'json' : undefined)
}

/** Enough text to see the first line of any sensible feed. */
const SNIFF_LENGTH = 64 * 1024

/** The first `length` characters (or all there are), and the chunks again from the start. */
async function peek(
  chunks: AsyncIterable<string>,
  length: number
): Promise<{ head: string; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]()
  const seen: string[] = []
  let seenLength = 0
  while (seenLength < length) {
    const next = await iterator.next()
    if (next.done) break
    seen.push(next.value)
    seenLength += next.value.length
  }
  async function* replay() {
    yield* seen
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value
  }
  return { head: seen.join('').slice(0, length), chunks: replay() }
}

/**
 * `[` is JSON. `{` is JSONL when the first line is a whole JSON value and more follows,
 * else JSON. A first line like `---`, `- item` or `key: value` is YAML; one with commas, CSV.
 */
function sniffFormat(head: string): ListingsFormat | undefined {
  const text = head.trimStart()
  if (text.startsWith('[')) return 'json'
  if (text.startsWith('{')) return startsWithJsonLine(text) ? 'jsonl' : 'json'
  const firstLine = text.split('\n', 1)[0] ?? ''
  if (/^(?:---|- |[\w"' .-]+:(?:\s|$))/.test(firstLine)) return 'yaml'
  if (firstLine.includes(',')) return 'csv'
  return undefined
}

function startsWithJsonLine(text: string): boolean {
  const end = text.indexOf('\n')
  if (end === -1 || text.slice(end).trim() === '') return false
  try {
    JSON.parse(text.slice(0, end))
    return true
  } catch {
    return false
  }
}

type Parser = (chunks: AsyncIterable<string>, source: string) => AsyncGenerator<unknown>

const PARSERS: Record<ListingsFormat, Parser> = {
  json: jsonRecords,
  jsonl: jsonlRecords,
  csv: csvRecords,
  yaml: yamlRecords
}

async function* jsonRecords(
  chunks: AsyncIterable<string>,
  source: string
): AsyncGenerator<unknown> {
  const text = await collect(chunks)
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const found = findJsonSyntaxError(text)
    throw found
      ? errors.sourceParse(
          source,
          'json',
          `line ${found.line}, column ${found.column}`,
          found.problem
        )
      : errors.sourceParse(source, 'json', 'somewhere', (error as Error).message)
  }
  yield* drain(listIn(document, source, 'json'))
}

/** One JSON value per line; blank lines are allowed. */
async function* jsonlRecords(
  chunks: AsyncIterable<string>,
  source: string
): AsyncGenerator<unknown> {
  for await (const { number, text } of lines(chunks)) {
    if (text.trim() === '') continue
    let record: unknown
    try {
      record = JSON.parse(text)
    } catch (error) {
      const found = findJsonSyntaxError(text)
      const where = found ? `line ${number}, column ${found.column}` : `line ${number}`
      throw errors.sourceParse(source, 'jsonl', where, found?.problem ?? (error as Error).message)
    }
    yield record
  }
}

/** A header row names the columns; each further row is one record of strings. */
async function* csvRecords(chunks: AsyncIterable<string>, source: string): AsyncGenerator<unknown> {
  const parser = parseCsv({ columns: true, skip_empty_lines: true, trim: true })
  // A failure on either side ends the iteration below with that error.
  pipeline(Readable.from(chunks), parser, () => {})
  try {
    yield* parser
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const where = typeof error.lines === 'number' ? `line ${error.lines}` : 'somewhere'
    throw errors.sourceParse(source, 'csv', where, error.message.replace(/ (?:at|on) line \d+/, ''))
  } finally {
    parser.destroy()
  }
}

async function* yamlRecords(
  chunks: AsyncIterable<string>,
  source: string
): AsyncGenerator<unknown> {
  let document: unknown
  try {
    document = parseYaml(await collect(chunks))
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    const start = error.linePos?.[0]
    const where = start ? `line ${start.line}, column ${start.col}` : 'somewhere'
    const problem = (error.message.split('\n', 1)[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      ''
    )
    throw errors.sourceParse(source, 'yaml', where, problem)
  }
  yield* drain(listIn(document, source, 'yaml'))
}

/**
 * The list of records in a parsed document: the document itself, or the one list it holds
 * (`listings`, else `jobs`, else its only list-valued property).
 */
function listIn(document: unknown, source: string, format: ListingsFormat): unknown[] {
  if (Array.isArray(document)) return document
  if (typeof document === 'object' && document !== null) {
    const record = document as Record<string, unknown>
    const lists = Object.keys(record).filter(key => Array.isArray(record[key]))
    const key =
      ['listings', 'jobs'].find(name => lists.includes(name)) ??
      (lists.length === 1 ? lists[0] : undefined)
    if (key !== undefined) return record[key] as unknown[]
  }
  throw errors.sourceParse(
    source,
    format,
    'top level',
    'expected a list of listings, or an object holding one list (such as {"jobs": [...]})'
  )
}

/** Yields the items and lets go of each, so a parsed feed is not kept beside its listings. */
function* drain(items: unknown[]): Generator<unknown> {
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    items[index] = undefined
    yield item
  }
}

/** The lines of the text, numbered from 1, without their "\n" (a "\r" before it is JSON whitespace). */
async function* lines(
  chunks: AsyncIterable<string>
): AsyncGenerator<{ number: number; text: string }> {
  let pending = ''
  let number = 0
  for await (const chunk of chunks) {
    const text = pending + chunk
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield { number: ++number, text: text.slice(start, end) }
      start = end + 1
    }
    pending = text.slice(start)
  }
  if (pending !== '') yield { number: number + 1, text: pending }
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return parts.join('')
}
