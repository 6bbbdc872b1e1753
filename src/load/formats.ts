/**
 * The four listing formats: which one a source is in, and its records in batches.
 * JSONL, CSV and a JSON document that is one array are parsed as their text arrives, so a huge
 * feed never sits in memory whole; YAML and a JSON object holding the list need the whole text.
 * The CSV and YAML parsers are loaded only for a source in their format.
 */
import { Readable, pipeline } from 'node:stream'
import type { ListingsFormat } from '../config/config.js'
import { YAMLError } from 'yaml'
import { yamlValue } from '../yaml.js'
import { errors, type BoardError, type MarkupKind } from '../errors.js'
import { isRecord, jsonText } from '../record.js'
import { printable } from '../log-text.js'
import { clip } from './normalize.js'
import { JsonArraySyntaxError, jsonArrayBatches } from './json-array.js'
import { LONG_YAML_INTEGER, parseJson } from './json-numbers.js'
import { jsonErrorAt, jsonParseError } from './json-syntax.js'
import { pagingInDocument, type PagingSign } from './paging.js'
import type { Source } from './source.js'

/**
 * The records of `source`, in order, a batch at a time (records are handled without an await
 * each). The format is `explicit` (the `listings-format` input), else told by the extension,
 * else by the content type, else guessed from the first bytes. Throws `source-format` when
 * none tells, `source-parse` (naming the line) on bad syntax.
 */
export async function readRecords(
  source: Source,
  explicit?: ListingsFormat,
  paged?: Paged
): Promise<AsyncIterable<unknown[]>> {
  let format =
    explicit ?? formatOfExtension(source.locations) ?? formatOfContentType(source.contentType)
  // The start tells markup, which no format reads; without a format, more tells which.
  const peeked = await peek(source.chunks, format ? markupStart : firstLines)
  const { head, chunks } = BLANK.test(peeked.head) ? await pastBlank(peeked.chunks) : peeked
  // No bytes, or blanks alone: a download or an export that failed, in every format.
  if (head === undefined) throw errors.sourceEmpty(source.name, format)
  const markup = markupKind(head)
  if (markup) throw errors.sourceMarkup(source.name, markup)
  format ??= sniffFormat(head)
  if (!format) throw errors.sourceFormat(source.name)
  source.format = format
  // The parser's own batches, handed on as they are rather than yielded again.
  return PARSERS[format](chunks, source.name, paged)
}

/**
 * Told, once a document that holds its list in an object is parsed, what in the object says the
 * list is one page of several, or where the next page is (paging.ts pagingInDocument).
 */
export type Paged = (signs: PagingSign[]) => void

const EXTENSIONS: Record<string, ListingsFormat> = {
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  yaml: 'yaml',
  yml: 'yaml'
}

/** The format the first path or URL with a known extension names (`.json`, `.yml`, ...). */
export function formatOfExtension(locations: string[]): ListingsFormat | undefined {
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

/**
 * Whether a body is in a format that is UTF-8 whatever the charset its server declares: JSON and
 * JSONL (RFC 8259, section 8.1) and YAML, that is every format but CSV, told as readRecords
 * tells it (`head`: the body's start).
 */
export function isUtf8Format(
  explicit: ListingsFormat | undefined,
  locations: string[],
  contentType: string | undefined,
  head: string
): boolean {
  const format =
    explicit ??
    formatOfExtension(locations) ??
    formatOfContentType(contentType) ??
    sniffFormat(head.replace(/^[\s\uFEFF]*/, ''))
  return format !== undefined && format !== 'csv'
}

/** Enough text to see the first line of any sensible feed. */
const SNIFF_LENGTH = 64 * 1024
/** Enough text to see whether it is an RSS or Atom feed, a web page or other markup. */
const MARKUP_SNIFF_LENGTH = 4096

/**
 * The text read until `enough` says it is (or all there is), and the chunks again from the
 * start.
 */
async function peek(
  chunks: AsyncIterable<string>,
  enough: (head: string) => boolean
): Promise<{ head: string; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]()
  const seen: string[] = []
  let head = ''
  while (!enough(head)) {
    const next = await iterator.next()
    if (next.done) break
    seen.push(next.value)
    head += next.value
  }
  return { head, chunks: replay(seen, iterator) }
}

/** Text of white space and byte order marks alone (or none). */
const BLANK = /^[\s\uFEFF]*$/

/**
 * The chunks from the first that is not BLANK, and that one as `head`; undefined when all are
 * (each chunk is looked at once, so a huge blank file costs one pass).
 */
async function pastBlank(
  chunks: AsyncIterable<string>
): Promise<{ head: string | undefined; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]()
  for (let next = await iterator.next(); !next.done; next = await iterator.next())
    if (!BLANK.test(next.value)) return { head: next.value, chunks: replay([next.value], iterator) }
  return { head: undefined, chunks: replay([], iterator) }
}

/** Enough to see the first line of any sensible feed. */
const firstLines = (head: string): boolean => head.length >= SNIFF_LENGTH

/**
 * Enough to tell markup: the first character that is not space, when it is not `<`, else
 * enough to tell an RSS or Atom feed from a web page. A feed is read as it streams, no further.
 */
const markupStart = (head: string): boolean =>
  head.length >= MARKUP_SNIFF_LENGTH || /^[\s\uFEFF]*[^\s\uFEFF<]/.test(head)

/**
 * What a text that starts with `<` is: an RSS or Atom feed, a web page or other XML. No JSON,
 * JSONL, CSV or YAML feed starts so. Undefined for any other text.
 */
export function markupKind(head: string): MarkupKind | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (!text.startsWith('<')) return undefined
  if (/^<(?:!doctype\s+html|html)\b/i.test(text)) return 'web page'
  return /<(?:rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, MARKUP_SNIFF_LENGTH)) ? 'feed' : 'xml'
}

/**
 * `[` is JSON. `{` is JSONL when the first line is a whole JSON value and more follows,
 * else JSON. A first line like `---`, `- item` or `key: value` is YAML; one with commas, semicolons or
 * tabs, CSV.
 */
function sniffFormat(head: string): ListingsFormat | undefined {
  const text = head.trimStart()
  if (text.startsWith('[')) return 'json'
  if (text.startsWith('{')) return startsWithJsonLine(text) ? 'jsonl' : 'json'
  const firstLine = text.split('\n', 1)[0] ?? ''
  if (/^(?:---|- |[\w"' .-]+:(?:\s|$))/.test(firstLine)) return 'yaml'
  if (/[,;\t]/.test(firstLine)) return 'csv'
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

type Parser = (
  chunks: AsyncIterable<string>,
  source: string,
  paged?: Paged
) => AsyncGenerator<unknown[]>

const PARSERS: Record<ListingsFormat, Parser> = {
  json: jsonRecords,
  jsonl: jsonlRecords,
  csv: csvRecords,
  yaml: yamlRecords
}

/** A top-level array element by element; any other document whole. */
async function* jsonRecords(
  chunks: AsyncIterable<string>,
  source: string,
  paged?: Paged
): AsyncGenerator<unknown[]> {
  const start = await peekStart(chunks)
  if (start.first === undefined) throw errors.sourceEmpty(source, 'json')
  if (start.first === '[') {
    try {
      yield* jsonArrayBatches(start.chunks)
    } catch (error) {
      if (!(error instanceof JsonArraySyntaxError)) throw error
      throw jsonErrorAt(source, 'json', error.found)
    }
    return
  }
  const text = await collect(start.chunks)
  let document: unknown
  try {
    document = parseJson(text)
  } catch (error) {
    throw jsonParseError(source, 'json', text, error)
  }
  yield* batches(listIn(document, source, 'json', paged))
}

/**
 * One JSON value per line; blank lines are allowed. Each chunk is searched for line ends on its
 * own, and a line's unfinished start is kept as it came, so a line of any length costs one pass.
 */
async function* jsonlRecords(
  chunks: AsyncIterable<string>,
  source: string
): AsyncGenerator<unknown[]> {
  // The start of a line an earlier chunk did not end: a JavaScript rope, joined once when parsed.
  let pending = ''
  let number = 0
  const parse = (text: string, records: unknown[]) => {
    number++
    // A byte order mark starting a line is no data: files joined with `cat`, each written by a
    // Windows tool, have one at the start of each.
    if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1)
    // A "\r" before the "\n" is JSON whitespace; a line of whitespace alone is blank.
    if (text.charCodeAt(0) !== OPEN_BRACE && text.trim() === '') return
    let value: unknown
    try {
      value = parseJson(text)
    } catch (error) {
      const trimmed = text.trim()
      // A line of `{` or `[` alone (or `[{`): a value written over several lines.
      if (/^(?:\[\s*)?[[{]$/.test(trimmed))
        throw errors.sourceParse(
          source,
          'jsonl',
          `line ${number}`,
          `the line opens a JSON value (${printable(clip(trimmed, SHOWN_CHARACTERS) ?? trimmed)}) that goes on over the next lines, but JSONL holds one whole value a line. If the file is one JSON document (a list over many lines), name it .json or set "listings-format: json"; if it is records one after another over several lines (as jq '.[]' writes them), write them one a line with jq -c '.[]'`
        )
      throw jsonParseError(source, 'jsonl', text, error, number)
    }
    if (Array.isArray(value) && value.some(isRecord))
      throw errors.sourceParse(
        source,
        'jsonl',
        `line ${number}`,
        `the line is a list of ${value.length.toLocaleString('en-US')} ${value.length === 1 ? 'item' : 'items'}, not one listing: JSONL holds one listing (an object) a line. A file that is one JSON list is JSON: name it .json or set "listings-format: json"`
      )
    records.push(value)
  }
  for await (const chunk of chunks) {
    const records: unknown[] = []
    let start = 0
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      parse(pending === '' ? chunk.slice(start, end) : pending + chunk.slice(start, end), records)
      pending = ''
      start = end + 1
    }
    if (start < chunk.length) pending += chunk.slice(start)
    if (records.length > 0) yield records
  }
  const last: unknown[] = []
  if (pending !== '') parse(pending, last)
  if (last.length > 0) yield last
}

const OPEN_BRACE = 123
const BYTE_ORDER_MARK = 0xfeff

/**
 * The longest CSV row read, in bytes (csv-parse counts a row's UTF-8 bytes): the parser slows
 * down more than in proportion on a row that does not end, so an endless one (a quote never
 * closed) is cut off here rather than at listings-max-bytes. README: Listings says it.
 */
export const CSV_MAX_RECORD_BYTES = 1 << 20

/**
 * The longest line of CSV text read: a row's values hold at most CSV_MAX_RECORD_BYTES, and its
 * delimiters and quotes at most as many again, doubled quotes included. The parser counts only
 * the values, so a line of 50 million delimiters alone (50 million empty values) passed its limit
 * and took gigabytes of memory.
 */
const CSV_MAX_LINE_CHARACTERS = 4 * CSV_MAX_RECORD_BYTES

/** The chunks, refused at a line longer than CSV_MAX_LINE_CHARACTERS. */
async function* boundedLines(chunks: AsyncIterable<string>, source: string) {
  let line = 1
  let length = 0
  for await (const chunk of chunks) {
    let start = 0
    // A row ends at LF, CR or CRLF (CSV_ROW_ENDS); a CRLF counts as two ends of lines here.
    for (const end of chunk.matchAll(/[\r\n]/g)) {
      if (length + end.index - start > CSV_MAX_LINE_CHARACTERS) break
      if (end[0] === '\n' || chunk[end.index + 1] !== '\n') line++
      length = 0
      start = end.index + 1
    }
    length += chunk.length - start
    if (length > CSV_MAX_LINE_CHARACTERS)
      throw errors.sourceParse(
        source,
        'csv',
        `line ${line}`,
        `the line that starts here is longer than ${CSV_MAX_LINE_CHARACTERS.toLocaleString('en-US')} characters, more than any row of at most ${CSV_MAX_RECORD_BYTES.toLocaleString('en-US')} bytes (1 MiB) of values holds. Check what wrote the file (a row of delimiters alone runs so); if a row is really this long, shorten its longest value, or give the listings as JSON or JSONL`
      )
    yield chunk
  }
}

/** A row ends at CRLF, LF or CR, each row on its own: rows appended by another tool may differ. */
const CSV_ROW_ENDS = ['\r\n', '\n', '\r']

/** A header row names the columns; each further row is one record of strings. */
async function* csvRecords(
  chunks: AsyncIterable<string>,
  source: string
): AsyncGenerator<unknown[]> {
  const { CsvError, parse: parseCsv } = commonJsExports(await import('csv-parse'))
  const peeked = await peek(chunks, firstLines)
  const { delimiter, line: header } = csvHeaderLine(peeked.head)
  const headerProblem = csvHeaderProblem(peeked.head, delimiter, header)
  if (headerProblem)
    throw errors.sourceParse(source, 'csv', headerProblem.where, headerProblem.problem)
  // The end of the last row read (the header, or a record), for the line a bad row starts on:
  // the next line, past the blank lines skipped since; undefined until the header is read.
  let lastRow: { line: number; emptyLines: number } | undefined
  const parser = parseCsv({
    ...csvReadOptions(delimiter),
    from_line: header + 1,
    columns: (names: string[]) => {
      lastRow = { line: parser.info.lines, emptyLines: parser.info.empty_lines }
      const twice = repeatedColumn(names)
      if (twice) {
        const [first, second] = twice.at.map(at => at + 1)
        throw errors.sourceParse(
          source,
          'csv',
          `line ${header + 1}`,
          `the header names "${twice.name}" twice (columns ${first} and ${second}), so one column's values would be lost. Give each column its own name, or delete the column not meant`
        )
      }
      return names
    },
    // A row of delimiters alone (`;;;;`), as spreadsheets export blank rows, is no record. It is
    // left out here rather than by the parser, which would not say where it ended.
    on_record: (record: Record<string, string>, info) => {
      const start = lastRow && lastRow.line + 1 + info.empty_lines - lastRow.emptyLines
      lastRow = { line: info.lines, emptyLines: info.empty_lines }
      // In tab-separated text a tab inside a value is a quote's doing: one opened at a value's
      // start and closed rows later (`"Senior Engineer`, then `12" rack`) took the rows between.
      if (spansRows(record, delimiter))
        throw errors.sourceParse(
          source,
          'csv',
          `line ${start ?? header + 2}`,
          `a quote (") at the start of a value here opens a quoted value that runs on to line ${info.lines}, so the rows between were read as part of it. If the quote is part of the text, write the whole value in quotes with each quote doubled ("""Senior Engineer"), or leave the quote out`
        )
      return Object.values(record).some(value => value !== '') ? record : null
    },
    max_record_size: CSV_MAX_RECORD_BYTES
  })
  // A failure on either side ends the iteration below with that error.
  pipeline(Readable.from(boundedLines(peeked.chunks, source)), parser, () => {})
  try {
    for await (const record of parser) yield [record]
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const {
      record,
      columns,
      lines: end,
      empty_lines: emptyLines
    } = error as {
      record?: unknown[]
      columns?: unknown[]
      lines?: unknown
      empty_lines?: unknown
    }
    const where = typeof end === 'number' ? `line ${end}` : 'somewhere'
    const start = !lastRow
      ? header + 1
      : typeof emptyLines === 'number'
        ? lastRow.line + 1 + emptyLines - lastRow.emptyLines
        : undefined
    // Where the row that failed starts: an unclosed quote is there, not at the end of the file.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED' && start !== undefined)
      throw errors.sourceParse(
        source,
        'csv',
        `line ${start}`,
        `Quote Not Closed: the row that starts here opens a quote (") that is never closed, so the rest of the file, to line ${String(end)}, was read as one value. Close the quote, or write a quote inside a value as two ("")`
      )
    if (error.code === 'CSV_MAX_RECORD_SIZE' && start !== undefined) {
      const spans = typeof end === 'number' && end > start
      throw errors.sourceParse(
        source,
        'csv',
        `line ${start}`,
        `the row that starts here is longer than ${CSV_MAX_RECORD_BYTES.toLocaleString('en-US')} bytes (1 MiB), the most a CSV row may hold${spans ? ` (it runs on to line ${String(end)}: if a quote (") in it is never closed, close it, or write a quote inside a value as two ("")` : ''}. If the row is really this long, shorten its longest value (such as the description), or give the listings as JSON or JSONL, which have no such limit`
      )
    }
    const delimiterName = DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter)
    const problem =
      error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && record && columns
        ? record.length < columns.length
          ? `Invalid Record Length: the row has ${record.length} fields where the header has ${columns.length}. Every row needs the header's fields, an empty one too: write a delimiter (${delimiterName}) for each, trailing empty ones included (as in ${['a', 'b', '', ''].join(delimiter === '\t' ? '\\t' : delimiter)} for a row of four whose last two are empty)`
          : `Invalid Record Length: the row has ${record.length} fields where the header has ${columns.length}. A value holding the delimiter (${delimiterName}) must be in double quotes, and every row needs the header's fields`
        : [
              'INVALID_OPENING_QUOTE',
              'CSV_INVALID_CLOSING_QUOTE',
              'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
            ].includes(error.code)
          ? `${error.message.replace(/ (?:at|on) line \d+.*$/s, '')}. A value holding a quote (") must be in double quotes as a whole, each quote inside written as two (""): "Senior ""Rockstar"" Engineer"`
          : error.message.replace(/ (?:at|on) line \d+/, '')
    throw errors.sourceParse(source, 'csv', where, problem)
  } finally {
    parser.destroy()
  }
}

/**
 * How a CSV's rows and cells are read, the loader's and the contribution writer's
 * (contribute/listings-file.ts) alike: a row ends at CRLF, LF or CR; a blank line is no row; a
 * cell's spaces around its value are no part of it (`company, title` names `title`).
 */
export function csvReadOptions(delimiter: string) {
  return {
    delimiter,
    record_delimiter: CSV_ROW_ENDS,
    skip_empty_lines: true,
    ...(quotesOpenOnlyValues(delimiter)
      ? // csv-parse's rtrim refuses any text after a closing quote, which a value that only
        // starts with a quote has (`"Founding" Engineer`): its end is trimmed once read.
        { relax_quotes: true, ltrim: true, cast: (value: string) => value.trimEnd() }
      : { trim: true })
  }
}

/**
 * Whether a quote (") opens a quoted value only at a value's start, and is a character like any
 * other where else it stands. In tab-separated text (TSV) both kinds are written: Google Sheets
 * quotes nothing (`Senior "Rockstar" Engineer`), Excel and Python quote a value holding a quote or
 * a line break (`"Senior ""Rockstar"" Engineer"`); read so, both are what they say. In CSV a
 * quote elsewhere is a mistake the reader names (quote the whole value, each quote doubled).
 */
export function quotesOpenOnlyValues(delimiter: string): boolean {
  return delimiter === '\t'
}

/** Whether a record of tab-separated text holds a value with a tab and a line break in it. */
function spansRows(record: Record<string, string>, delimiter: string): boolean {
  if (!quotesOpenOnlyValues(delimiter)) return false
  return Object.values(record).some(value => value.includes('\t') && CSV_LINE_BREAK.test(value))
}

/** A CSV line break (CSV_ROW_ENDS), the longest first. */
export const CSV_LINE_BREAK = /\r\n|\n|\r/

/**
 * The delimiter of a CSV and the 0-based line of its header, by the text's first lines (the
 * whole text, or enough of it): the header is the first row with a value after a `sep=` line,
 * rows of empty cells before it skipped. The loader and the contribution writer find it so.
 */
export function csvHeaderLine(head: string): { delimiter: string; line: number } {
  const lines = head.split(CSV_LINE_BREAK)
  const declared = declaredDelimiter(lines[0] ?? '')
  const delimiter = declared ?? csvDelimiter(lines[0] ?? '')
  let line = declared ? 1 : 0
  while (line < lines.length - 1 && isEmptyRow(lines[line]!, delimiter)) line++
  return { delimiter, line }
}

/**
 * A header line that cannot be the table's, said with what to do: one holding none of the
 * delimiters read (`,`, `;`, tab) but another one (`company|title|url`), or a title above the
 * table (`Table 1`, `Open roles,,,`): a line of one value, below which a line of several names
 * a listing's fields. Undefined for a header that can be one.
 */
function csvHeaderProblem(
  head: string,
  delimiter: string,
  header: number
): { where: string; problem: string } | undefined {
  const lines = head.split(CSV_LINE_BREAK)
  const text = lines[header] ?? ''
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, '')
  const other = OTHER_DELIMITERS.find(candidate => unquoted.includes(candidate))
  if (!unquoted.includes(delimiter) && other)
    return {
      where: `line ${header + 1}`,
      problem: `the header (${shown(text)}) holds no comma, semicolon or tab, the delimiters read, but "${other}": the delimiter "${other}" was not recognised. Add a first line sep=${other} (as Excel reads it) above the header, or write the file with commas`
    }
  const values = (line: string) =>
    line
      .split(delimiter)
      .map(cell => cell.trim())
      .filter(Boolean)
  if (values(text).length !== 1) return undefined
  // The lines read whole (the last may be cut), within the first few.
  for (let at = header + 1; at < Math.min(lines.length - 1, header + 6); at++) {
    const names = values(lines[at]!)
    if (names.length >= 2 && names.filter(name => LISTING_FIELD.test(name)).length >= 2)
      return {
        where: `line ${at + 1}`,
        problem: `this line looks like the header (${shown(names.join(', '))}), and line ${header + 1} above it (${shown(values(text)[0]!)}) like a title, which would be read as the header. Delete the ${at - header === 1 ? 'line' : `${at - header} lines`} above the header, so the file starts with it`
      }
  }
  return undefined
}

/** Text shown in a message: its first SHOWN_CHARACTERS, printable. */
function shown(text: string): string {
  return printable(clip(text, SHOWN_CHARACTERS) ?? text)
}

/** Delimiters a CSV may be written with that are not read unless a `sep=` line declares them. */
const OTHER_DELIMITERS = ['|', '^']

/** Whether a line of a CSV is a row of empty cells (or blank). */
function isEmptyRow(line: string, delimiter: string): boolean {
  return line.split(delimiter).every(cell => cell.trim() === '')
}

/** The first header name given to two columns (empty names, as trailing delimiters leave, aside). */
function repeatedColumn(
  header: readonly string[]
): { name: string; at: [number, number] } | undefined {
  const seen = new Map<string, number>()
  for (const [at, name] of header.entries()) {
    if (name === '') continue
    const before = seen.get(name)
    if (before !== undefined) return { name, at: [before, at] }
    seen.set(name, at)
  }
  return undefined
}

const DELIMITER_NAMES: Record<string, string> = { ',': '","', ';': '";"', '\t': 'a tab' }

/**
 * The delimiter a CSV's first line declares as Excel reads it (`sep=;`, the header on the next
 * line); undefined for any other line.
 */
export function declaredDelimiter(firstLine: string): string | undefined {
  return /^\uFEFF?sep=([^\r\n])\r?$/i.exec(firstLine)?.[1]
}

/**
 * The delimiter of a CSV text by its header line: whichever of `,`, `;` (how spreadsheets
 * export where the comma is the decimal mark) and tab it holds most of outside quotes; `,`
 * when it holds none.
 */
export function csvDelimiter(header: string): string {
  const unquoted = header.replace(/"(?:[^"]|"")*"/g, '')
  let delimiter = ','
  let most = 0
  for (const candidate of [',', ';', '\t']) {
    const count = unquoted.split(candidate).length - 1
    if (count > most) [delimiter, most] = [candidate, count]
  }
  return delimiter
}

/**
 * The largest YAML feed read. YAML is parsed whole, into a tree about 30 times the text's size
 * (10 MiB of listings peak near 300 MB), so a larger feed is refused before parsing; JSON and
 * JSONL are read a piece at a time, at any size.
 */
export const YAML_MAX_BYTES = 10 * 2 ** 20

async function* yamlRecords(
  chunks: AsyncIterable<string>,
  source: string,
  paged?: Paged
): AsyncGenerator<unknown[]> {
  const text = await collect(chunks, YAML_MAX_BYTES, () =>
    errors.sourceYamlTooLarge(source, YAML_MAX_BYTES)
  )
  if (text.trim() === '') throw errors.sourceEmpty(source, 'yaml')
  let document: unknown
  try {
    // An integer of 16 or more digits as its text, as JSON's (json-numbers.ts). A merge key
    // (`<<: *acme`) lays an anchored mapping's keys under the record's own, as YAML 1.1 readers
    // (PyYAML, Ruby, yq, GitHub's workflows) do; its aliases count against the same limit.
    document = yamlValue(text, {
      customTags: tags => [LONG_YAML_INTEGER, ...tags],
      merge: true
    })
  } catch (error) {
    // The tree's aliases are resolved after parsing, with no position: `*name` naming no
    // anchor, or an anchor used so often that the document would balloon (a "billion laughs").
    if (error instanceof ReferenceError && /\balias/i.test(error.message))
      throw errors.sourceParse(
        source,
        'yaml',
        'its aliases',
        /excessive/i.test(error.message)
          ? 'its aliases (*name) repeat an anchor (&name) so often that the listings would balloon in memory, the way a resource exhaustion attack is built; write the listings out without aliases'
          : `${error.message}; write the anchor (&name) before the alias (*name) that repeats it`
      )
    if (!(error instanceof YAMLError)) throw error
    throw yamlParseError(source, error)
  }
  yield* batches(listIn(document, source, 'yaml', paged))
}

/**
 * The error for a listings file of YAML that does not parse: the line and column of `error`,
 * and what it is, in one line. The loader and the contribution writer say it so.
 */
export function yamlParseError(source: string, error: YAMLError): BoardError {
  const start = error.linePos?.[0]
  const where = start ? `line ${start.line}, column ${start.col}` : 'somewhere'
  const problem =
    error.code === 'MULTIPLE_DOCS'
      ? 'a second YAML document starts here (after "---"); put every listing in one list, in one document'
      : (error.message.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  return errors.sourceParse(source, 'yaml', where, problem)
}

/**
 * The list of records in a parsed document: the document itself, or the list listingsKey finds;
 * `paged` is told what around that list says it is one page of several, or names the next.
 */
function listIn(
  document: unknown,
  source: string,
  format: ListingsFormat,
  paged?: Paged
): unknown[] {
  let value = document
  const path: string[] = []
  while (!Array.isArray(value)) {
    const record = isRecord(value) ? (value as Record<string, unknown>) : {}
    const keys = Object.keys(record)
    const lists = keys.filter(key => Array.isArray(record[key]))
    // `jobs:` with nothing under it (YAML's null) is a list with no listings yet.
    const empty = LIST_KEYS.find(key => keys.includes(key) && record[key] === null)
    if (lists.length === 0 && empty !== undefined) return []
    const key = listingsKey(
      path,
      lists,
      keys.filter(key => isRecord(record[key])),
      key => holdsList(record[key], path)
    )
    if (key === undefined) throw noListError(source, format, value, path)
    path.push(key)
    value = record[key]
  }
  const rows = cellRows(value)
  if (rows)
    throw errors.noListings(
      source,
      format,
      `${path.length ? `the list at ${path.join('.')}` : 'the list'} holds rows of cells under a header row (${rows}), as the Google Sheets API answers, not a listing an object: download the sheet as CSV (File > Download > Comma-separated values, or its address ending /export?format=csv) and point "listings" at it`
    )
  const signs = paged ? pagingInDocument(document, path) : []
  if (signs.length > 0) paged?.(signs)
  return value
}

/**
 * The member of an object (at `path` below the document) the listings are in, given its
 * members that hold lists and those that hold objects; undefined when it is none. The list
 * under the first of LIST_KEYS it has, else its only list; in an object without a list, the
 * object under one of LIST_KEYS, else its only object (`{"data": {"jobs": [...]}}`,
 * `{"hits": {"hits": [...]}}`), else the only one of its objects that holds a list
 * (`holdsList` of its key): an answer's echo of its query stands beside its result
 * (`{"SearchParameters": {}, "SearchResult": {"SearchResultItems": [...]}}`). At most
 * MAX_ENVELOPE_DEPTH keys down. The loader and the contribution writer
 * (contribute/listings-file.ts) find the list by this one rule.
 */
export function listingsKey(
  path: readonly string[],
  lists: readonly string[],
  objects: readonly string[],
  holdsList: (key: string) => boolean
): string | undefined {
  if (path.length === MAX_ENVELOPE_DEPTH) return undefined
  const named = (keys: readonly string[]) =>
    LIST_KEYS.find(name => keys.includes(name)) ?? (keys.length === 1 ? keys[0] : undefined)
  if (lists.length > 0) return named(lists)
  return named(objects) ?? named(objects.filter(holdsList))
}

/**
 * Whether the object `value`, a member of the object at `path` below the document, holds a
 * list at most MAX_ENVELOPE_DEPTH keys down the document (listingsKey).
 */
export function holdsList(value: unknown, path: readonly string[]): boolean {
  return listsIn(value, [], MAX_ENVELOPE_DEPTH - path.length - 1).length > 0
}

/**
 * The error for a document without a list of listings where listingsKey found none: it is
 * valid, and says what it holds instead. In `value`, the object at `path`, the lists it holds
 * (or objects in it do) are named, with how to take out the one meant; without any, its keys
 * and first characters are shown (an API's error answer, `{"error": "rate limited"}`).
 */
export function noListError(
  source: string,
  format: ListingsFormat,
  value: unknown,
  path: readonly string[]
): BoardError {
  const lists = listsIn(value, path, MAX_ENVELOPE_DEPTH - path.length)
  const first = lists[0]
  if (first) {
    const named = lists.slice(0, SHOWN_LISTS).map(({ at, size }) => {
      const items = `${size.toLocaleString('en-US')} ${size === 1 ? 'item' : 'items'}`
      return `${at.join('.')} (${items})`
    })
    if (lists.length > SHOWN_LISTS) named.push(`${lists.length - SHOWN_LISTS} more`)
    const filter = first.at
      .map((key, index) =>
        /^[a-z_]\w*$/i.test(key) ? `.${key}` : `${index ? '' : '.'}[${JSON.stringify(key)}]`
      )
      .join('')
    const count = lists.length === 1 ? 'a list' : `${lists.length} lists`
    return errors.noListings(
      source,
      format,
      `the document holds ${count}, ${named.join(', ')}, and none is named ${LIST_KEYS.join(', ')}: write the one meant to a file of its own (such as with ${format === 'yaml' ? 'yq' : 'jq'} '${filter}') and point "listings" at it`
    )
  }
  const where = path.length ? `the value at ${path.join('.')}` : 'its top level'
  const known = knownShape(value, format)
  if (known) return errors.noListings(source, format, `${where} is ${known}`)
  return errors.noListings(
    source,
    format,
    `${where} is ${shape(value)}, and no list is in it. A feed that answers so is often telling of an error (a rate limit, a missing or expired token, a wrong address): check the source and run again, or point "listings" at the list of listings`
  )
}

/** A name of a listing's field, as feeds name them: `title`, `job_title`, `companyName`, `url`. */
const LISTING_FIELD = /title|company|employer|position|role|url|link|location/i

/** Whether an object looks like one listing: two of its keys name a listing's fields. */
function looksLikeListing(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).filter(key => LISTING_FIELD.test(key)).length >= 2
}

/**
 * An object without a list that is the listings in another shape, said with what to do:
 * pandas' column-oriented `to_json` (each field an object of row numbers), listings keyed by id
 * (`{"a1": {...}, "b2": {...}}`), one listing alone. Undefined for any other object.
 */
function knownShape(value: unknown, format: ListingsFormat): string | undefined {
  if (!isRecord(value)) return undefined
  const members = Object.values(value)
  if (members.length === 0) return undefined
  const rowNumbers = (member: unknown) =>
    isRecord(member) &&
    Object.keys(member).length > 0 &&
    Object.keys(member).every(key => /^\d+$/.test(key))
  if (members.every(rowNumbers))
    return `the listings by column, each field an object of row numbers ({"title": {"0": ..., "1": ...}}), as pandas' to_json writes a table by default: write them a listing an object, in a list, with df.to_json("listings.json", orient="records", date_format="iso") (or, one a line, df.to_json("listings.jsonl", orient="records", lines=True, date_format="iso"))`
  if (members.length >= 2 && members.every(looksLikeListing)) {
    const jq = format === 'yaml' ? 'yq' : 'jq'
    return `an object of ${members.length} listings keyed by id (${Object.keys(value)
      .slice(0, 3)
      .map(key => JSON.stringify(key))
      .join(
        ', '
      )}${members.length > 3 ? ', ...' : ''}), not a list: write them as a list, each keeping its key as its id, such as with ${jq} '[to_entries[] | {id: .key} + .value]', and point "listings" at the result`
  }
  if (looksLikeListing(value))
    return `one listing (the keys ${Object.keys(value)
      .slice(0, SHOWN_KEYS)
      .map(key => JSON.stringify(key))
      .join(', ')}), not a list of listings: ${
      format === 'yaml'
        ? 'write it as an item of a list (start its first line with "- ", and indent the others to match)'
        : 'wrap it in [ and ] ([{"title": ...}]), and add the other listings to that list'
    }`
  return undefined
}

/**
 * The header of a list of rows of cells (every item a list, the first all text, as the
 * Google Sheets API's `values`), shown; undefined for any other list.
 */
function cellRows(list: unknown[]): string | undefined {
  const [header] = list
  if (
    !Array.isArray(header) ||
    header.length === 0 ||
    !header.every(cell => typeof cell === 'string') ||
    !list.every(Array.isArray)
  )
    return undefined
  return printable(clip(header.join(', '), SHOWN_CHARACTERS) ?? header.join(', '))
}

/** What a document holds, for people: its kind, keys and first characters. */
function shape(value: unknown): string {
  const written = jsonText(value) ?? String(value)
  const start = printable(clip(written, SHOWN_CHARACTERS) ?? written)
  if (isRecord(value)) {
    const keys = Object.keys(value)
    const shown = keys.slice(0, SHOWN_KEYS).map(key => JSON.stringify(key))
    if (keys.length > SHOWN_KEYS) shown.push(`${keys.length - SHOWN_KEYS} more`)
    return keys.length === 0
      ? 'an empty object'
      : `an object with the ${keys.length === 1 ? 'key' : 'keys'} ${shown.join(', ')}: ${start}`
  }
  const kind = value === null ? 'null' : typeof value === 'string' ? 'text' : typeof value
  return `${kind === 'null' ? '' : 'a '}${kind}: ${start}`
}

/** The keys and characters of a document shown in the error, at most. */
const SHOWN_KEYS = 8
const SHOWN_CHARACTERS = 60

/** The lists named in the error, at most. */
const SHOWN_LISTS = 5

/** The lists an object holds, and those its objects hold, `depth` keys down at most. */
function listsIn(
  value: unknown,
  path: readonly string[],
  depth: number
): { at: string[]; size: number }[] {
  if (!isRecord(value) || depth <= 0) return []
  const entries = Object.entries(value)
  return [
    ...entries.flatMap(([key, item]) =>
      Array.isArray(item) ? [{ at: [...path, key], size: item.length }] : []
    ),
    ...entries.flatMap(([key, item]) => listsIn(item, [...path, key], depth - 1))
  ]
}

/**
 * The keys an API response holds its records under, the most specific first. HAL's
 * `_embedded` is an object that holds the list (`{"_embedded": {"jobs": [...]}, "_links":
 * {...}}`, Spring Data REST), beside `_links`, whose `next.href` is the next page.
 */
const LIST_KEYS = [
  'listings',
  'jobs',
  'postings',
  'positions',
  'openings',
  'results',
  'data',
  'items',
  'records',
  'entries',
  'hits',
  'nodes',
  '_embedded'
]

/** Keys followed below the document to reach the list, at most (data.board.openings.nodes). */
const MAX_ENVELOPE_DEPTH = 4

/**
 * The exports of a dynamically imported package. Bundled, a CommonJS package (yaml) comes with
 * only its `default` export, which holds them all; Node itself also gives them by name.
 */
function commonJsExports<T extends object>(namespace: T): T {
  return (namespace as T & { default?: T }).default ?? namespace
}

const BATCH_SIZE = 1000

/** The items in batches, letting go of each batch, so a parsed feed is not kept beside its listings. */
function* batches(items: unknown[]): Generator<unknown[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    const batch = items.slice(start, start + BATCH_SIZE)
    items.fill(undefined, start, start + BATCH_SIZE)
    yield batch
  }
}

/** The first character that is not JSON whitespace (undefined for none), and the chunks again. */
async function peekStart(
  chunks: AsyncIterable<string>
): Promise<{ first: string | undefined; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]()
  const seen: string[] = []
  let first: string | undefined
  while (first === undefined) {
    const next = await iterator.next()
    if (next.done) break
    seen.push(next.value)
    first = /[^ \t\n\r]/.exec(next.value)?.[0]
  }
  return { first, chunks: replay(seen, iterator) }
}

async function* replay(seen: string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* seen
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value
}

/** The whole text; with `maxBytes`, `tooLarge()` is thrown once its UTF-8 size passes it. */
async function collect(
  chunks: AsyncIterable<string>,
  maxBytes = Infinity,
  tooLarge?: () => Error
): Promise<string> {
  const parts: string[] = []
  let bytes = 0
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk, 'utf8')
    if (bytes > maxBytes && tooLarge) throw tooLarge()
    parts.push(chunk)
  }
  return parts.join('')
}
