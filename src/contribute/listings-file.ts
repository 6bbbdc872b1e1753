/**
 * Edits to a listings file that keep its format and layout: an update replaces only the text of
 * each value that changes (a member of an object, an item of a list, where only it changes),
 * a key the record lacks is added after its last in the record's own style, and an added
 * record is written in the style of the one before it; every other byte stays as it was, so
 * the file's diff is the values touched and nothing else. This is the one editor of listings
 * files: contributions (apply.ts) and the link check's closes (links/close.ts) both use it.
 */
import { isDeepStrictEqual } from 'node:util'
import { parse as parseCsv } from 'csv-parse/sync'
import {
  Document,
  YAMLMap,
  YAMLSeq,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  isNode,
  Pair,
  Scalar,
  parseDocument,
  visit,
  type Node
} from 'yaml'
import type { ListingsFormat } from '../config/config.js'
import {
  CSV_LINE_BREAK,
  csvHeaderLine,
  csvReadOptions,
  holdsList,
  listingsKey,
  noListError,
  quotesOpenOnlyValues,
  yamlParseError
} from '../load/formats.js'
import { errors } from '../errors.js'
import { pairedWord } from '../record.js'
import { isLongIntegerText, parseJson } from '../load/json-numbers.js'
import { jsonParseError } from '../load/json-syntax.js'

export type ListingEdit =
  | { kind: 'add'; record: Record<string, unknown> }
  /** index: the 0-based position of the record in the file. */
  | { kind: 'update'; index: number; set: Record<string, unknown> }

/** The file's text with the edits applied, its format and layout kept: the diff is the records touched. */
export function editListingsFile(
  text: string,
  format: ListingsFormat,
  edits: readonly ListingEdit[]
): string {
  if (edits.length === 0) return text
  // The loader reads the text after a byte order mark (load/source.ts): the edit is made there,
  // the mark kept.
  if (text.startsWith(BYTE_ORDER_MARK))
    return BYTE_ORDER_MARK + editListingsFile(text.slice(1), format, edits)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const edit = EDITORS[format]
  return edit(text, edits, eol)
}

const BYTE_ORDER_MARK = '\uFEFF'

/** The file as its errors name it. */
const SOURCE = 'listings file'

type Editor = (text: string, edits: readonly ListingEdit[], eol: string) => string

const EDITORS: Record<ListingsFormat, Editor> = {
  json: editJson,
  jsonl: editJsonl,
  csv: editCsv,
  yaml: editYaml
}

/** A replacement of text[start, end) by `text`. */
interface Splice {
  start: number
  end: number
  text: string
}

/** The text with the splices applied; they do not overlap. */
function applySplices(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end)
  const parts: string[] = []
  let at = 0
  for (const splice of sorted) {
    parts.push(text.slice(at, splice.start), splice.text)
    at = splice.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

function adds(edits: readonly ListingEdit[]): Record<string, unknown>[] {
  return edits.flatMap(edit => (edit.kind === 'add' ? [edit.record] : []))
}

function updates(edits: readonly ListingEdit[]): { index: number; set: Record<string, unknown> }[] {
  return edits.flatMap(edit => (edit.kind === 'update' ? [edit] : []))
}

function checkIndex(index: number, count: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new RangeError(`No record at index ${index}: the file holds ${count}`)
}

// ---------------------------------------------------------------------------------------------
// JSON: the array (the document, or the list it holds) scanned for each element's span.

function editJson(text: string, edits: readonly ListingEdit[], eol: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    throw jsonParseError(SOURCE, 'json', text, error)
  }
  const array = findList(text)
  const elements = arrayElements(text, array)
  const splices: Splice[] = []
  for (const { index, set } of updates(edits)) {
    checkIndex(index, elements.length)
    splices.push(...objectSplices(text, elements[index]!.start, set, eol))
  }
  const added = adds(edits)
  if (added.length > 0) splices.push(appendElements(text, array, elements, added, eol))
  return applySplices(text, splices)
}

interface Span {
  start: number
  end: number
}

interface Member {
  key: string
  keyStart: number
  valueStart: number
  valueEnd: number
}

/** The span of the list of records: the document, or the list it holds as the loader finds it. */
function findList(text: string): Span {
  let start = skipSpace(text, 0)
  const path: string[] = []
  while (text[start] !== '[') {
    // By key, the last of a repeated one winning as in JSON.parse.
    const members = new Map(
      (text[start] === '{' ? objectMembers(text, start) : []).map(member => [member.key, member])
    )
    const holding = (opener: string) =>
      [...members.values()].filter(member => text[member.valueStart] === opener).map(m => m.key)
    const lists = holding('[')
    const key = listingsKey(path, lists, holding('{'), key => {
      const { valueStart } = members.get(key)!
      return holdsList(JSON.parse(text.slice(valueStart, skipValue(text, valueStart))), path)
    })
    const member = key === undefined ? undefined : members.get(key)
    if (!member)
      throw noListError(SOURCE, 'json', JSON.parse(text.slice(start, skipValue(text, start))), path)
    path.push(member.key)
    start = member.valueStart
  }
  return { start, end: skipValue(text, start) }
}

function arrayElements(text: string, array: Span): Span[] {
  const elements: Span[] = []
  let at = skipSpace(text, array.start + 1)
  while (text[at] !== ']') {
    const end = skipValue(text, at)
    elements.push({ start: at, end })
    at = skipSpace(text, end)
    if (text[at] === ',') at = skipSpace(text, at + 1)
  }
  return elements
}

function objectMembers(text: string, start: number): Member[] {
  const members: Member[] = []
  let at = skipSpace(text, start + 1)
  while (text[at] !== '}') {
    const keyStart = at
    const keyEnd = skipValue(text, at)
    const key = JSON.parse(text.slice(keyStart, keyEnd)) as string
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1)
    const valueEnd = skipValue(text, valueStart)
    members.push({ key, keyStart, valueStart, valueEnd })
    at = skipSpace(text, valueEnd)
    if (text[at] === ',') at = skipSpace(text, at + 1)
  }
  return members
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++
  return at
}

/** The end of the JSON value starting at `at` (the text is known to be valid JSON). */
function skipValue(text: string, at: number): number {
  const first = text[at]
  if (first === '"') return skipString(text, at)
  if (first !== '[' && first !== '{') {
    let end = at
    while (end < text.length && !' \t\r\n,]}'.includes(text[end]!)) end++
    return end
  }
  let depth = 0
  for (let i = at; i < text.length; i++) {
    const char = text[i]
    if (char === '"') i = skipString(text, i) - 1
    else if (char === '[' || char === '{') depth++
    else if (char === ']' || char === '}') if (--depth === 0) return i + 1
  }
  return text.length
}

function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i + 1
  }
  return text.length
}

/** How an object is written: on one line or indented, and the spacing around its punctuation. */
interface JsonStyle {
  oneLine: boolean
  /** Between a key and its value, e.g. ": " or ":". */
  colon: string
  /** Between members of a one-line object, e.g. ", " or ",". */
  comma: string
  /** Inside the braces of a one-line object, e.g. " " in `{ "a": 1 }`. */
  padding: string
  /** One level of indentation of an indented object. */
  unit: string
}

function styleOf(text: string, start: number): JsonStyle {
  const end = skipValue(text, start)
  const source = text.slice(start, end)
  const oneLine = !source.includes('\n')
  const style: JsonStyle = {
    oneLine,
    colon: oneLine ? ':' : ': ',
    comma: ',',
    padding: '',
    unit: '  '
  }
  if (text[start] !== '{') return style
  const members = objectMembers(text, start)
  const [first, second] = members
  if (first) {
    const keyEnd = skipString(text, first.keyStart)
    style.colon = text.slice(keyEnd, first.valueStart)
    if (oneLine) style.padding = text.slice(start + 1, first.keyStart)
    else style.unit = indentOf(text, first.keyStart).slice(indentOf(text, start).length) || '  '
  }
  if (first && second && oneLine) style.comma = text.slice(first.valueEnd, second.keyStart)
  return style
}

/** The whitespace that starts the line holding `at`. */
function indentOf(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart, at))![0]
}

function stringifyJson(value: unknown, style: JsonStyle, indent: string, eol: string): string {
  if (style.oneLine || value === null || typeof value !== 'object') return oneLineJson(value, style)
  return prettyJson(value, style.unit)
    .split('\n')
    .join(eol + indent)
}

/** JSON.stringify's layout with `unit` as the indent, a BareInteger written as its digits. */
function prettyJson(value: unknown, unit: string): string {
  const nested = (item: unknown) => prettyJson(item, unit).split('\n').join(`\n${unit}`)
  if (Array.isArray(value))
    return value.length === 0
      ? '[]'
      : `[\n${value.map(item => unit + nested(item ?? null)).join(',\n')}\n]`
  if (value !== null && typeof value === 'object' && !(value instanceof BareInteger)) {
    const members = Object.entries(value).filter(([, item]) => item !== undefined)
    return members.length === 0
      ? '{}'
      : `{\n${members.map(([key, item]) => `${unit}${JSON.stringify(key)}: ${nested(item)}`).join(',\n')}\n}`
  }
  return oneLineJson(value, ONE_LINE)
}

const ONE_LINE: JsonStyle = { oneLine: true, colon: ':', comma: ',', padding: '', unit: '' }

/**
 * An integer of 16 or more digits, written bare: the loader reads one as its digits (a 64-bit
 * id JSON.parse would round), so a new record's is written as the file's records write theirs.
 */
class BareInteger {
  constructor(readonly digits: string) {}
}

/**
 * `record` with each 64-bit id the loader read as its digits (isLongIntegerText) made `bare(digits)`
 * where `writesBare(key)`: the record before it in the file writes that key as a bare number.
 */
function bareLike<T>(
  record: Record<string, unknown>,
  writesBare: (key: string) => boolean,
  bare: (digits: string) => T
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      typeof value === 'string' && isLongIntegerText(value) && writesBare(key) ? bare(value) : value
    ])
  )
}

/** The keys whose value the JSON object at `start` of `text` writes as a bare integer. */
function bareIntegerKeys(text: string, start: number | undefined): Set<string> {
  if (start === undefined || text[start] !== '{') return new Set()
  const bare = objectMembers(text, start).filter(member =>
    BARE_INTEGER.test(text.slice(member.valueStart, member.valueEnd))
  )
  return new Set(bare.map(member => member.key))
}

const BARE_INTEGER = /^-?\d+$/

/** A JSON record written as the one at `neighbour` of `text` writes its 64-bit ids (bareLike). */
function jsonBareLike(text: string, neighbour: number | undefined) {
  const keys = bareIntegerKeys(text, neighbour)
  return (record: Record<string, unknown>) =>
    bareLike(
      record,
      key => keys.has(key),
      digits => new BareInteger(digits)
    )
}

function oneLineJson(value: unknown, style: JsonStyle): string {
  if (value instanceof BareInteger) return value.digits
  if (Array.isArray(value))
    return `[${value.map(item => oneLineJson(item, style)).join(style.comma)}]`
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => JSON.stringify(key) + style.colon + oneLineJson(item, style))
    if (members.length === 0) return '{}'
    return `{${style.padding}${members.join(style.comma)}${style.padding.split('').reverse().join('')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The splices that set `set`'s fields in the object at `start`: an existing member's value is
 * replaced where it stands, a new member follows the last one, spaced as the members before it.
 */
function objectSplices(
  text: string,
  start: number,
  set: Record<string, unknown>,
  eol: string
): Splice[] {
  if (text[start] !== '{') throw new TypeError('The record to update is not a JSON object')
  const members = objectMembers(text, start)
  const style = styleOf(text, start)
  const splices: Splice[] = []
  const appended: string[] = []
  const last = members.at(-1)
  const gap =
    members.length >= 2
      ? text.slice(members.at(-2)!.valueEnd, last!.keyStart)
      : members.length === 1
        ? ',' + (text.slice(start + 1, last!.keyStart) || spaceAfter(style.colon))
        : ''
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined) continue
    // The last of a key written twice: the one the loader reads, as JSON.parse does.
    const member = members.findLast(candidate => candidate.key === key)
    if (member) {
      splices.push(...jsonValueSplices(text, member, value, style, eol))
    } else if (last) {
      const indent = indentOf(text, last.keyStart)
      appended.push(
        gap + JSON.stringify(key) + style.colon + stringifyJson(value, style, indent, eol)
      )
    }
  }
  if (members.length === 0) {
    const end = skipValue(text, start)
    const record = { ...(JSON.parse(text.slice(start, end)) as object), ...set }
    return [{ start, end, text: stringifyJson(record, style, indentOf(text, start), eol) }]
  }
  if (appended.length > 0)
    splices.push({ start: last!.valueEnd, end: last!.valueEnd, text: appended.join('') })
  return splices
}

/**
 * The space a one-line object of one member, written tight inside its braces (`{"a": 1}`), puts
 * after a comma: as after its colon, so a member added reads `{"a": 1, "b": 2}`.
 */
function spaceAfter(colon: string): string {
  return /\s$/.test(colon) ? ' ' : ''
}

/**
 * The splices that make the value at `at` `value`: none when it reads as that already; in an
 * object that keeps its keys, or a list as long, only the members or elements that change
 * (`{ "min" : 90000 , "max": 120000 }` keeps its spacing when `min` changes); else the
 * whole value, written in the style of the record.
 */
function jsonValueSplices(
  text: string,
  at: { keyStart: number; valueStart: number; valueEnd: number },
  value: unknown,
  style: JsonStyle,
  eol: string
): Splice[] {
  const { valueStart: start, valueEnd: end } = at
  const old = parseJson(text.slice(start, end))
  if (sameValue(old, value)) return []
  if (text[start] === '{' && isPlainObject(value) && isPlainObject(old)) {
    const kept = Object.keys(old).every(key => value[key] !== undefined)
    if (kept && Object.keys(old).length > 0) {
      const changed = Object.entries(value).filter(([key, item]) => !sameValue(old[key], item))
      return objectSplices(text, start, Object.fromEntries(changed), eol)
    }
  }
  if (text[start] === '[' && Array.isArray(value)) {
    const elements = arrayElements(text, { start, end })
    if (elements.length === value.length && elements.length > 0)
      return elements.flatMap((element, index) =>
        jsonValueSplices(
          text,
          { keyStart: element.start, valueStart: element.start, valueEnd: element.end },
          value[index],
          styleOf(text, element.start),
          eol
        )
      )
  }
  const wasOneLine = !text.slice(start, end).includes('\n')
  const valueStyle = wasOneLine ? { ...style, oneLine: true } : style
  return [{ start, end, text: stringifyJson(value, valueStyle, indentOf(text, at.keyStart), eol) }]
}

/** Whether two values read alike: an integer as its digits or a number, a list or object member by member. */
function sameValue(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(comparable(a), comparable(b))
}

function comparable(value: unknown): unknown {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(comparable)
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, comparable(item)])
    )
  return value
}

/** A list or object with something in it: what a block collection can hold. */
function isCollection(value: unknown): boolean {
  return Array.isArray(value)
    ? value.length > 0
    : isPlainObject(value) && Object.keys(value).length > 0
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  )
}

/** New elements after the last one, each written like it and separated as the elements before it. */
function appendElements(
  text: string,
  array: Span,
  elements: Span[],
  records: Record<string, unknown>[],
  eol: string
): Splice {
  const last = elements.at(-1)
  if (!last) {
    const indent = indentOf(text, array.start)
    const style: JsonStyle = { oneLine: false, colon: ': ', comma: ',', padding: '', unit: '  ' }
    const inner = indent + style.unit
    const body = records.map(record => inner + stringifyJson(record, style, inner, eol))
    return {
      start: array.start,
      end: array.end,
      text: `[${eol}${body.join(',' + eol)}${eol}${indent}]`
    }
  }
  const separator =
    elements.length >= 2
      ? text.slice(elements.at(-2)!.end, last.start)
      : text.includes('\n', array.start) && text.slice(array.start, last.start).includes('\n')
        ? ',' + text.slice(array.start + 1, last.start)
        : ', '
  const style = styleOf(text, last.start)
  const indent = indentOf(text, last.start)
  const written = jsonBareLike(text, last.start)
  const added = records.map(
    record => separator + stringifyJson(written(record), style, indent, eol)
  )
  return { start: last.end, end: last.end, text: added.join('') }
}

// ---------------------------------------------------------------------------------------------
// JSONL: one record a line; blank lines are not records.

function editJsonl(text: string, edits: readonly ListingEdit[], eol: string): string {
  const lines = lineSpans(text)
  const records = lines.filter(line => text.slice(line.start, line.end).trim() !== '')
  for (const line of records) {
    const record = text.slice(line.start, line.end)
    try {
      JSON.parse(record)
    } catch (error) {
      throw jsonParseError(SOURCE, 'jsonl', record, error, lines.indexOf(line) + 1)
    }
  }
  const splices: Splice[] = []
  for (const { index, set } of updates(edits)) {
    checkIndex(index, records.length)
    const line = records[index]!
    splices.push(...objectSplices(text, skipSpace(text, line.start), set, eol))
  }
  const added = adds(edits)
  if (added.length > 0) {
    const last = records.at(-1)
    const neighbour = last && skipSpace(text, last.start)
    const style = neighbour === undefined ? ONE_LINE : styleOf(text, neighbour)
    const written = jsonBareLike(text, neighbour)
    const body = added.map(record => oneLineJson(written(record), style) + eol).join('')
    const endsLine = text === '' || text.endsWith('\n')
    splices.push({ start: text.length, end: text.length, text: (endsLine ? '' : eol) + body })
  }
  const edited = applySplices(text, splices)
  return added.length > 0 && !text.endsWith('\n') && text !== ''
    ? edited.slice(0, -eol.length)
    : edited
}

/** Each line's span, without its line break ("\r\n" or "\n"). */
function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const next = newline === -1 ? text.length : newline + 1
    let end = newline === -1 ? text.length : newline
    if (end > start && text[end - 1] === '\r') end--
    spans.push({ start, end })
    start = next
  }
  return spans
}

// ---------------------------------------------------------------------------------------------
// CSV: the header names the columns; a row's span ends before its line break.

function editCsv(text: string, edits: readonly ListingEdit[]): string {
  // The rows as the loader reads them (load/formats.ts): from its header's line, rows before it
  // (a `sep=` line, rows of empty cells) no part of the table, each ending at CRLF, LF or CR.
  const { delimiter, line } = csvHeaderLine(text)
  const rows = csvRows(text, lineStart(text, line), delimiter).filter(
    row => text.slice(row.start, row.end).trim() !== ''
  )
  const headerRow = rows[0]
  const headerText = headerRow ? text.slice(headerRow.start, headerRow.end) : ''
  // Named as the loader names the columns: `company, title` names `title`.
  const header = headerRow ? csvCells(headerText, delimiter) : []
  const quoteAll =
    header.length > 0 && csvRawCells(headerText, delimiter).every(cell => cell.startsWith('"'))
  // Every row gains the added columns; an update's index counts the records as the loader
  // reads them, where a row of empty cells is none.
  const lines = rows.slice(1)
  const data = lines.filter(row =>
    csvCells(text.slice(row.start, row.end), delimiter).some(cell => cell !== '')
  )
  const written = [
    ...updates(edits).flatMap(edit => Object.keys(edit.set)),
    ...adds(edits).flatMap(Object.keys)
  ]
  const columns = [...header]
  for (const key of written) if (!columns.includes(key)) columns.push(key)
  const added = columns.slice(header.length)
  // A row added ends as the rows before it do.
  const eol = rows.findLast(row => row.eol !== '')?.eol ?? '\n'
  const cell = (value: unknown): string => csvCell(value, delimiter, quoteAll, eol)
  const splices: Splice[] = []
  if (added.length > 0) {
    const end = headerRow ? headerRow.end : 0
    const start = headerRow ? end : 0
    const prefix = headerRow ? delimiter : ''
    splices.push({
      start,
      end,
      text: prefix + added.map(cell).join(delimiter) + (headerRow ? '' : eol)
    })
  }
  const updated = new Map<number, Record<string, unknown>>()
  for (const { index, set } of updates(edits)) {
    checkIndex(index, data.length)
    updated.set(index, { ...updated.get(index), ...set })
  }
  const recordIndex = new Map(data.map((row, index) => [row, index]))
  for (const row of lines) {
    const set = updated.get(recordIndex.get(row) ?? -1)
    if (set) {
      const raw = csvRawCells(text.slice(row.start, row.end), delimiter)
      const cells = columns.map((column, position) => {
        const was = raw[position]
        if (!(column in set)) return was ?? ''
        // The spaces around a value, which the loader reads as none of it, kept.
        const [before, after] = was === undefined ? ['', ''] : padding(was)
        return before + cell(set[column]) + after
      })
      splices.push({ start: row.start, end: row.end, text: cells.join(delimiter) })
    } else if (added.length > 0) {
      splices.push({ start: row.end, end: row.end, text: delimiter.repeat(added.length) })
    }
  }
  const records = adds(edits)
  if (records.length > 0) {
    const lines = records.map(record => columns.map(column => cell(record[column])).join(delimiter))
    const endsLine = text === '' || /[\r\n]$/.test(text)
    const body = (endsLine ? '' : eol) + lines.join(eol) + (endsLine ? eol : '')
    splices.push({ start: text.length, end: text.length, text: body })
  }
  return applySplices(text, splices)
}

/** A CSV row's span, without its line break, and that break ("" for none). */
interface CsvRow extends Span {
  eol: string
}

/**
 * Each row's span from `from`, a row ending at CRLF, LF or CR (CSV_LINE_BREAK) outside quotes,
 * as the loader's parser ends them; a line break inside quotes is part of the row.
 */
function csvRows(text: string, from: number, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = []
  let start = from
  scanCsv(text, from, delimiter, (at, kind) => {
    if (kind === 'delimiter') return
    const eol = text[at] === '\r' && text[at + 1] === '\n' ? '\r\n' : text[at]!
    rows.push({ start, end: at, eol })
    start = at + eol.length
    return eol.length
  })
  if (start < text.length) rows.push({ start, end: text.length, eol: '' })
  return rows
}

/**
 * Calls `found` at each delimiter and line break of `text` from `from` that stands outside a
 * quoted value, as the loader reads the file (csvReadOptions): a quote opens a quoted value at a
 * value's start (spaces before it are trimmed); where quotesOpenOnlyValues says so, a quote
 * elsewhere is a character; in a quoted value, two quotes are one. `found` returns how many
 * characters the line break it was given takes (CRLF: 2).
 */
function scanCsv(
  text: string,
  from: number,
  delimiter: string,
  found: (at: number, kind: 'delimiter' | 'line') => number | void
): void {
  const anywhere = !quotesOpenOnlyValues(delimiter)
  let quoted = false
  let valueStart = true
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++
        else quoted = false
      }
    } else if (char === '"' && (valueStart || anywhere)) {
      quoted = true
      valueStart = false
    } else if (text.startsWith(delimiter, i)) {
      found(i, 'delimiter')
      i += delimiter.length - 1
      valueStart = true
    } else if (char === '\n' || char === '\r') {
      i += (found(i, 'line') ?? 1) - 1
      valueStart = true
    } else if (char !== ' ') valueStart = false
  }
}

/** Where line `line` (0-based) of the text starts, its lines ending at CSV_LINE_BREAK. */
function lineStart(text: string, line: number): number {
  const breaks = new RegExp(CSV_LINE_BREAK.source, 'g')
  let at = 0
  for (let seen = 0; seen < line && breaks.exec(text); seen++) at = breaks.lastIndex
  return at
}

/** The row's values as the loader reads them. */
function csvCells(row: string, delimiter: string): string[] {
  const [cells] = parseCsv(row, { ...csvReadOptions(delimiter), relax_quotes: true }) as string[][]
  return cells ?? []
}

/** The spaces before and after a cell's value as written. */
function padding(raw: string): [string, string] {
  const before = /^[ \t]*/.exec(raw)![0]
  return raw.length === before.length ? [before, ''] : [before, /[ \t]*$/.exec(raw)![0]]
}

/** The row's cells as written, quotes and all. */
function csvRawCells(row: string, delimiter: string): string[] {
  const cells: string[] = []
  let start = 0
  scanCsv(row, 0, delimiter, (at, kind) => {
    if (kind === 'line') return 1
    cells.push(row.slice(start, at))
    start = at + delimiter.length
  })
  cells.push(row.slice(start))
  return cells
}

/**
 * One value as a cell: a list joined by "; ", quoted when it must be (or when every cell is);
 * a line break in it written as the file's own (`eol`), and no control character, which CSV
 * cannot escape, no spreadsheet shows, and which makes the file binary to git.
 */
function csvCell(value: unknown, delimiter: string, quoteAll: boolean, eol: string): string {
  const given =
    value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.map(String).join('; ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value)
  const text = given.replace(/\r\n?|\n/g, eol).replace(CSV_CONTROL, '')
  // A quote inside a value of tab-separated text is a character (quotesOpenOnlyValues): a file
  // that quotes nothing (Google Sheets) gets no quotes for it, only for one it would end.
  const quote = quotesOpenOnlyValues(delimiter) ? /^ *"|[\r\n]/ : /["\r\n]/
  const needsQuotes =
    quoteAll || text.includes(delimiter) || quote.test(text) || text !== text.trim()
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

// eslint-disable-next-line no-control-regex -- the control characters a cell leaves out
const CSV_CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g

// ---------------------------------------------------------------------------------------------
// YAML: the sequence (the document, or the list it holds) edited in the text, value by value,
// at the source ranges the yaml library gives its nodes.

function editYaml(text: string, edits: readonly ListingEdit[], eol: string): string {
  // An integer as a BigInt: a 64-bit id in a record rewritten keeps its digits.
  const document = parseDocument(text, { keepSourceTokens: false, intAsBigInt: true })
  if (document.errors.length > 0) throw yamlParseError(SOURCE, document.errors[0]!)
  const sequence = yamlList(document)
  const items = sequence.items as Node[]
  const padding = /[[{] /.test(text)
  const options = { lineWidth: 0, flowCollectionPadding: padding }
  // A record is written in the YAML version the file declares (`%YAML 1.1`), whose types its
  // values have (a date of 1.1's timestamps).
  const version = { version: document.directives?.yaml.version ?? '1.2' }
  const splices: Splice[] = []
  // Each record's mapping found (and an alias's copied) before any is changed.
  const updating = new Map<Node, string[]>()
  for (const { index, set } of updates(edits)) {
    checkIndex(index, items.length)
    updating.set(items[index]!, [...(updating.get(items[index]!) ?? []), ...Object.keys(set)])
  }
  // One set of changes a record: the later edit of a key wins.
  const sets = new Map<number, Record<string, unknown>>()
  for (const { index, set } of updates(edits)) sets.set(index, { ...sets.get(index), ...set })
  const targets = [...sets].map(([index, set]) => ({
    set,
    ...editableItem(document, items, index, Object.keys(set), updating)
  }))
  // A flag a record lacks is written as the file's records write theirs: the last one's word.
  const flagNode = (key: string): Node | undefined => {
    for (const item of [...items].reverse()) {
      const node = isMap(item) ? item.get(key, true) : undefined
      if (flagWord(node, true) !== undefined) return node as Node
    }
    return undefined
  }
  const context: YamlContext = { text, document, version, options, flagNode }
  for (const { set, item, range, copy } of targets) {
    if (!copy) {
      // The record's own mapping: only the values that change are replaced, in place.
      splices.push(...yamlMapSplices(context, item, set))
      continue
    }
    for (const [key, value] of Object.entries(set)) {
      const own = item.get(key, true)
      const word = flagWord(own ?? flagNode(key), value)
      // The record's own node keeps its comment.
      if (word !== undefined && isScalar(own)) {
        own.value = word
        continue
      }
      if (word !== undefined) {
        item.set(key, plainScalar(word))
        continue
      }
      item.set(
        key,
        value !== null && typeof value === 'object'
          ? quoteYaml11(document.createNode(value))
          : value
      )
      if (typeof value !== 'string' || !readsAsOtherIn11(value) || plainAs(own, value)) continue
      const node = item.get(key, true)
      if (isScalar(node)) {
        if (!node.type || node.type === 'PLAIN') node.type = 'QUOTE_DOUBLE'
      } else item.set(key, quoteYaml11(document.createNode(value)))
    }
    // An alias record (`- *acme`) becomes a copy of the mapping it names, written in its place;
    // the comments around that mapping stay where they are.
    const [start, end] = range
    item.commentBefore = undefined
    item.spaceBefore = false
    item.comment = undefined
    item.anchor = undefined
    item.tag = undefined
    const column = start - (text.lastIndexOf('\n', start - 1) + 1)
    // An alias in the item (`<<: *acme`) names an anchor before it in the file.
    const itemText = new Document(item, version).toString({ ...options, verifyAliasOrder: false })
    let written = reindent(itemText, ' '.repeat(column))
    if (!text.slice(start, end).endsWith('\n')) written = written.replace(/\n$/, '')
    splices.push({ start, end, text: toEol(written, eol) })
  }
  for (const splice of splices) splice.text = toEol(splice.text, eol)
  const records = adds(edits)
  if (records.length > 0) {
    const last = items.at(-1)
    if (!last?.range) {
      for (const record of records) sequence.add(quoteYaml11(document.createNode(record)))
      return toEol(document.toString(options), eol)
    }
    const flow = isMap(last) && last.flow === true
    // A bare integer is a BigInt here (intAsBigInt).
    const writesBare = (key: string) => isMap(last) && typeof last.get(key) === 'bigint'
    // Each record as the last one writes its values: bare numbers, flag words, plain scalars.
    const nodes = records.map(record => {
      const node = document.createNode(bareLike(record, writesBare, BigInt)) as YAMLMap
      node.flow = flow || sequence.flow === true
      for (const pair of node.items) {
        const own = isMap(last) ? last.get(pair.key, true) : undefined
        const word = flagWord(own ?? flagNode(String(pair.key)), record[String(pair.key)])
        if (word !== undefined) pair.value = plainScalar(word)
      }
      quoteYaml11(node)
      for (const pair of node.items)
        if (
          isMap(last) &&
          isScalar(pair.value) &&
          plainAs(last.get(pair.key, true), pair.value.value)
        )
          pair.value.type = 'PLAIN'
      return node
    })
    // A list written in brackets (`jobs: [{...}, {...}]`): the records go in after its last,
    // after the separator its items have.
    if (sequence.flow) {
      const written = nodes.map(node => {
        const one = new YAMLSeq()
        one.flow = true
        one.items.push(node)
        return inFlowText(new Document(one, version), options)
      })
      const before = items.at(-2)
      const separator =
        before?.range && last.range ? text.slice(before.range[1], last.range[0]) : ', '
      const at = last.range[1]
      const inserted = written.map(each => separator + each).join('')
      splices.push({ start: at, end: at, text: toEol(inserted, eol) })
      return applySplices(text, splices)
    }
    const [start, end] = last.range
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    const column = start - lineStart
    const dash = text.lastIndexOf('-', start - 1) - lineStart
    const body = nodes.map(node => {
      const written = reindent(new Document(node, version).toString(options), ' '.repeat(column))
      return ' '.repeat(dash) + '-' + ' '.repeat(column - dash - 1) + written.replace(/\n?$/, '\n')
    })
    const lineEnd = text.indexOf('\n', end - (text[end - 1] === '\n' ? 1 : 0))
    const at = lineEnd === -1 ? text.length : lineEnd + 1
    const needsBreak = at === text.length && !text.endsWith('\n')
    let inserted = (needsBreak ? '\n' : '') + body.join('')
    if (needsBreak) inserted = inserted.replace(/\n$/, '')
    splices.push({ start: at, end: at, text: toEol(inserted, eol) })
  }
  return applySplices(text, splices)
}

/**
 * The mapping to write for the record at `index`, and the range of the file it replaces. The
 * record's own mapping, where a merge (`<<: *acme`) is overridden by its own keys; an alias
 * (`- *acme`) is replaced by a copy of the mapping it names, which the records before keep.
 * Refused where the change would reach other records: an anchored mapping that another merges
 * or repeats (without its own `keys`), or a value changed that an alias elsewhere repeats.
 */
function editableItem(
  document: Document,
  items: Node[],
  index: number,
  keys: string[],
  updating: ReadonlyMap<Node, string[]>
): { item: YAMLMap; range: [number, number]; copy: boolean } {
  const record = items[index]!
  const named = isAlias(record) ? record.resolve(document) : record
  if (!isMap(named) || !record.range)
    throw errors.listingsNotEditable(
      SOURCE,
      `record ${index + 1} is not a YAML mapping (key: value lines); write it as one`
    )
  const [start, end] = record.range
  if (isAlias(record)) {
    const copy = named.clone() as YAMLMap
    // The copy's anchors would take over the aliases after it.
    visit(copy, {
      Node(_, node) {
        if ('anchor' in node) node.anchor = undefined
      }
    })
    return { item: copy, range: [start, end], copy: true }
  }
  const reaching = named.anchor ? reachingAliases(document, named, keys, updating) : 0
  if (reaching > 0)
    throw errors.listingsNotEditable(
      SOURCE,
      `record ${index + 1} is anchored (&${named.anchor}), and ${reaching} ${reaching === 1 ? 'alias repeats' : 'aliases repeat'} it (*${named.anchor}) without ${keys.map(key => `"${key}"`).join(', ')} of ${reaching === 1 ? 'its' : 'their'} own, so the change would reach ${reaching === 1 ? 'that record' : 'those records'} too. Give each record that merges it (<<: *${named.anchor}) its own ${keys.map(key => `"${key}"`).join(', ')}, or write record ${index + 1} without the anchor, and run again`
    )
  const shared = sharedValueAnchor(document, named, keys)
  if (shared)
    throw errors.listingsNotEditable(
      SOURCE,
      `record ${index + 1}'s "${shared.key}" holds the anchor &${shared.anchor}, which ${shared.aliases === 1 ? 'an alias repeats' : `${shared.aliases} aliases repeat`} (*${shared.anchor}) elsewhere in the file, so the change would reach ${shared.aliases === 1 ? 'that value' : 'those values'} too. Write the value itself in place of each *${shared.anchor}, or write record ${index + 1}'s "${shared.key}" without the anchor, and run again`
    )
  return { item: named, range: [start, end], copy: false }
}

/**
 * The first of `keys` whose value in `record` is, or holds, an anchored node that an alias
 * outside that value repeats (`active: &open true` beside another record's `active: *open`):
 * a change of the value would change the alias's too, or leave it naming no anchor.
 */
function sharedValueAnchor(
  document: Document,
  record: YAMLMap,
  keys: readonly string[]
): { key: string; anchor: string; aliases: number } | undefined {
  for (const key of keys) {
    const value = record.get(key, true)
    if (!isNode(value)) continue
    const anchored = new Set<Node>()
    const inside = new Set<Node>()
    visit(value, {
      Node(_, node) {
        inside.add(node)
        if (node.anchor) anchored.add(node)
      }
    })
    if (anchored.size === 0) continue
    const counts = new Map<Node, number>()
    visit(document, {
      Alias(_, alias) {
        const target = alias.resolve(document) as Node | undefined
        if (target && anchored.has(target) && !inside.has(alias))
          counts.set(target, (counts.get(target) ?? 0) + 1)
      }
    })
    for (const [node, aliases] of counts) return { key, anchor: node.anchor!, aliases }
  }
  return undefined
}

/**
 * How many aliases of `anchored` would show a change of its `keys`: each but a merge (`<<:`)
 * into a mapping that has them all of its own, and a record `updating` sets them in too (an
 * alias record copied, a merging one given its own).
 */
function reachingAliases(
  document: Document,
  anchored: YAMLMap,
  keys: string[],
  updating: ReadonlyMap<Node, string[]>
): number {
  const updated = (node: unknown) =>
    keys.every(key => updating.get(node as Node)?.includes(key) === true)
  let count = 0
  visit(document, {
    Alias(_, alias, path) {
      if (alias.resolve(document) !== anchored || updated(alias)) return
      // A merge is the value of a `<<` key, or an item of a list that is.
      const parents = [...path].reverse()
      const at = isSeq(parents[0]) ? 1 : 0
      const pair = parents[at]
      const merging = parents[at + 1]
      const merge = isPair(pair) && isScalar(pair.key) && pair.key.value === '<<'
      const overridden = isMap(merging) && (keys.every(key => merging.has(key)) || updated(merging))
      if (!merge || !overridden) count++
    }
  })
  return count
}

/** What the YAML splices are made in and with. */
interface YamlContext {
  text: string
  document: Document
  version: { version: '1.1' | '1.2' | 'next' }
  options: { lineWidth: number; flowCollectionPadding: boolean }
  /** The node of a record of the file writing `key` as a YAML 1.1 boolean word (flagWord). */
  flagNode: (key: string) => Node | undefined
}

/** A scalar written plain: a flag's word (`no`), which YAML 1.1 reads as a boolean. */
function plainScalar(word: string): Scalar {
  const scalar = new Scalar(word)
  scalar.type = 'PLAIN'
  return scalar
}

/**
 * The splices that set `set`'s keys in `map`: each existing value that changes is replaced
 * where it stands (yamlValueSplices); a new key follows the last, in the mapping's own style.
 */
function yamlMapSplices(
  context: YamlContext,
  map: YAMLMap,
  set: Record<string, unknown>
): Splice[] {
  const splices: Splice[] = []
  const added: [string, unknown][] = []
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined) continue
    const pair = map.items.find(candidate => keyName(candidate.key) === key)
    if (pair) splices.push(...yamlValueSplices(context, pair.value, value, pair.key as Node))
    else added.push([key, value])
  }
  if (added.length > 0) splices.push(yamlAddedPairs(context, map, added))
  return splices
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

/**
 * The splices that make `node` (the value of `owner`, a key or a list item's node) `value`:
 * none when it reads so already; a mapping that keeps its keys, or a list, changed member by
 * member; else the value's own text (after its anchor and tag, before its comment) replaced
 * by the new value, written as the old one was (its quotes, its block style) where it can be.
 */
function yamlValueSplices(
  context: YamlContext,
  node: unknown,
  value: unknown,
  owner: Node
): Splice[] {
  const { text, document } = context
  if (!isNode(node) || !node.range) return [yamlEmptyValue(context, owner, value)]
  if (sameValue(node.toJS(document), value)) return []
  // A flag the record writes as a YAML 1.1 word (`active: yes`): the word of its pair, plain.
  const word = flagWord(node, value)
  if (word !== undefined) return [{ start: node.range[0], end: node.range[1], text: word }]
  if (isMap(node) && isPlainObject(value)) {
    const keys = node.items.map(pair => keyName(pair.key))
    if (keys.length > 0 && keys.every(key => value[key] !== undefined && key !== '<<')) {
      const old = node.toJS(document) as Record<string, unknown>
      const changed = Object.entries(value).filter(([key, item]) => !sameValue(old[key], item))
      return yamlMapSplices(context, node, Object.fromEntries(changed))
    }
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length && value.length)
    return node.items.flatMap((item, index) =>
      yamlValueSplices(context, item, value[index], item as Node)
    )
  const [start, end] = node.range
  const old = text.slice(start, end)
  const inFlow = flowAround(document, node)
  let written =
    (isMap(node) || isSeq(node)) && !node.flow && isCollection(value)
      ? // A block list or mapping stays one: its lines from the column it starts at.
        reindent(
          new Document(quoteYaml11(document.createNode(value) as Node), context.version).toString(
            context.options
          ),
          ' '.repeat(columnOf(text, start))
        )
      : yamlText(context, value, node, inFlow, columnOf(text, owner.range?.[0] ?? start))
  // An empty value (`key:`) gets its space after the colon.
  if (old === '' && text[start - 1] === ':') written = ' ' + written
  // A block list or mapping under a key that becomes a scalar: the scalar goes on the key's line.
  if ((isMap(node) || isSeq(node)) && !node.flow && !isCollection(value) && owner !== node) {
    const colon = text.indexOf(':', owner.range![1]) + 1
    return [{ start: colon, end, text: ' ' + written.replace(/\n?$/, '\n') }]
  }
  // A block value (`>` text, a block list) ends with its line break: the new one does too.
  if (old.endsWith('\n') && !written.endsWith('\n')) written += '\n'
  if (!old.endsWith('\n')) written = written.replace(/\n$/, '')
  return [{ start, end, text: written }]
}

/** A key written without a value (`key:`): the value is written after its colon. */
function yamlEmptyValue(context: YamlContext, key: Node, value: unknown): Splice {
  const { text, document } = context
  const at = text.indexOf(':', key.range![1]) + 1
  const written = yamlText(
    context,
    value,
    undefined,
    flowAround(document, key),
    columnOf(text, key.range![0])
  )
  return { start: at, end: at, text: ' ' + written.replace(/\n$/, '') }
}

/**
 * `value` as YAML text in the place of `old`: in a flow collection (`{...}`, `[...]`) or a
 * block, its continuation lines indented under `column`. A scalar keeps the old one's style
 * (quotes, block, hex), a text YAML 1.1 would read as another type is quoted, and a list or
 * mapping is written in flow style, so the value stays on its key's line.
 */
function yamlText(
  context: YamlContext,
  value: unknown,
  old: Node | undefined,
  inFlow: boolean,
  column: number
): string {
  const { document, version, options } = context
  let node: Node
  if (isScalar(old) && (value === null || typeof value !== 'object')) {
    const scalar = old.clone() as Scalar
    scalar.value =
      typeof old.value === 'bigint' && typeof value === 'string' && isLongIntegerText(value)
        ? BigInt(value)
        : value
    if (typeof value !== 'string' && scalar.type !== 'PLAIN') scalar.type = undefined
    if (typeof value !== 'number' && typeof value !== 'bigint') scalar.format = undefined
    scalar.anchor = undefined
    scalar.tag = undefined
    scalar.comment = undefined
    scalar.commentBefore = undefined
    scalar.spaceBefore = false
    node = scalar
  } else {
    node = document.createNode(value) as Node
    if (isMap(node) || isSeq(node)) node.flow = true
  }
  if (plainAs(old, value)) (node as Scalar).type = 'PLAIN'
  else if (isScalar(node) && typeof node.value === 'string' && readsAsOtherIn11(node.value)) {
    if (!node.type || node.type === 'PLAIN') node.type = 'QUOTE_DOUBLE'
    quoteYaml11(node)
  } else quoteYaml11(node)
  if (inFlow) {
    const list = new YAMLSeq()
    list.flow = true
    list.items.push(node)
    // A text on several lines goes on indented under its key, as a flow scalar's lines must.
    return reindent(inFlowText(new Document(list, version), options), ' '.repeat(column))
  }
  const map = new YAMLMap()
  map.items.push(new Pair(new Scalar('k'), node))
  const written = new Document(map, version).toString(options).replace(/^k: ?/, '')
  return reindent(written, ' '.repeat(column))
}

/**
 * A new key and value after the last pair of `map`: in a flow mapping after a separator as
 * its pairs have; in a block mapping on lines of their own, at the column of its keys.
 */
function yamlAddedPairs(context: YamlContext, map: YAMLMap, pairs: [string, unknown][]): Splice {
  const { text, document, version, options } = context
  const added = new YAMLMap()
  for (const [key, value] of pairs) {
    const word = flagWord(context.flagNode(key), value)
    const node = word === undefined ? (document.createNode(value) as Node) : plainScalar(word)
    if (map.flow && (isMap(node) || isSeq(node))) node.flow = true
    added.items.push(new Pair(document.createNode(key), quoteYaml11(node)))
  }
  const last = map.items.at(-1)
  const lastEnd = (pair: Pair | undefined, side: 1 | 2) =>
    (isNode(pair?.value) && pair.value.range?.[side]) ||
    (isNode(pair?.key) && pair.key.range?.[side]) ||
    map.range![1]
  if (map.flow || !last) {
    const written = added.items.map(pair => {
      const one = new YAMLMap()
      one.flow = true
      one.items.push(pair)
      return inFlowText(new Document(one, version), options)
    })
    if (!last) {
      // `{}`: the pairs go inside its braces.
      const close = text.lastIndexOf('}', map.range![1])
      return { start: close, end: close, text: written.join(', ') }
    }
    const before = map.items.at(-2)
    const separator =
      before && isNode(last.key) && last.key.range
        ? text.slice(lastEnd(before, 1), last.key.range[0])
        : ', '
    const at = lastEnd(last, 1)
    return { start: at, end: at, text: written.map(pair => separator + pair).join('') }
  }
  const column = columnOf(text, map.range![0])
  const lines = reindent(new Document(added, version).toString(options), ' '.repeat(column))
  const end = lastEnd(last, 2)
  if (text[end - 1] === '\n') return { start: end, end, text: ' '.repeat(column) + lines }
  const lineEnd = text.indexOf('\n', end)
  if (lineEnd === -1)
    return {
      start: text.length,
      end: text.length,
      text: '\n' + ' '.repeat(column) + lines.replace(/\n$/, '')
    }
  return { start: lineEnd + 1, end: lineEnd + 1, text: ' '.repeat(column) + lines }
}

/** The text inside the brackets of a document that is one flow collection of one item. */
function inFlowText(document: Document, options: YamlContext['options']): string {
  const inside = document.toString(options).trimEnd().slice(1, -1)
  return options.flowCollectionPadding ? inside.slice(1, -1) : inside
}

/** Whether `node` stands in a flow collection of the document. */
function flowAround(document: Document, target: Node): boolean {
  let inFlow = false
  visit(document, {
    Node(_, node, path) {
      if (node !== target) return undefined
      inFlow = path.some(parent => (isMap(parent) || isSeq(parent)) && parent.flow === true)
      return visit.BREAK
    }
  })
  return inFlow
}

function columnOf(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1)
}

/**
 * The node with each text it gains quoted where a YAML 1.1 reader (PyYAML's safe_load, Ruby,
 * go-yaml v2) would read it plain as another type: `Yes`, `off`, `2025-10-22`, `12:30:00`. The
 * values the file wrote keep their style.
 */
function quoteYaml11<T extends Node>(node: T): T {
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && !scalar.type && readsAsOtherIn11(scalar.value))
        scalar.type = 'QUOTE_DOUBLE'
    }
  })
  return node
}

const YAML11_TAGS = new Document(null, { version: '1.1' }).schema.tags

const YAML11_BOOLEAN = 'tag:yaml.org,2002:bool'

/**
 * The word to write for a boolean `value` where `node` (the record's value of the key, or the
 * last record's) is a plain word a YAML 1.1 reader takes for a boolean (`active: yes`, as a
 * file written for PyYAML holds it): the word of its pair in its case (`no`), written plain,
 * which that reader takes for false too where `"no"` or `"false"` would be true to it.
 * Undefined otherwise: the boolean is written `true` or `false`, as every YAML reader takes it.
 */
function flagWord(node: unknown, value: unknown): string | undefined {
  if (typeof value !== 'boolean' || !isScalar(node)) return undefined
  if ((node.type && node.type !== 'PLAIN') || typeof node.value !== 'string') return undefined
  const word = node.value
  const boolean = YAML11_TAGS.some(
    tag => tag.default && tag.tag === YAML11_BOOLEAN && tag.test?.test(word)
  )
  return boolean ? pairedWord(word, value) : undefined
}

/** Whether a YAML 1.1 reader reads `text` written plain as anything but that text. */
const readsAsOtherIn11 = (text: string) => tagIn11(text) !== undefined || NOT_PLAIN_IN_11.test(text)

/**
 * Text a YAML 1.1 reader (PyYAML) cannot read plain, where YAML 1.2 can: a tab inside it, or a
 * `?` or `:` starting it in a flow collection (`{title: ?q}`); written quoted anywhere.
 */
const NOT_PLAIN_IN_11 = /\t|^[?:]/

/** The type YAML 1.1 reads a plain `text` as, other than text (a timestamp, a boolean, ...). */
const tagIn11 = (text: string) =>
  YAML11_TAGS.find(
    tag => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(text)
  )?.tag

/**
 * Whether `value` is written plain as the file's `node` writes its value of the key: a plain
 * text a YAML 1.1 reader takes for the same type as `value` (`posted_at: 2026-12-01`, a
 * timestamp to PyYAML), so that every record of the file reads as one type to every reader.
 */
function plainAs(node: unknown, value: unknown): boolean {
  if (typeof value !== 'string' || !isScalar(node) || typeof node.value !== 'string') return false
  if (node.type && node.type !== 'PLAIN') return false
  const tag = tagIn11(node.value)
  return tag !== undefined && tag !== YAML11_BOOLEAN && tagIn11(value) === tag
}

function yamlList(document: Document): YAMLSeq {
  let node = document.contents
  const path: string[] = []
  while (!isSeq(node)) {
    const pairs = new Map(
      (isMap(node) ? node.items : []).map(pair => [
        String((pair.key as { value?: unknown } | null)?.value ?? pair.key),
        pair.value
      ])
    )
    const holding = (test: (value: unknown) => boolean) =>
      [...pairs].filter(([, value]) => test(value)).map(([key]) => key)
    const lists = holding(isSeq)
    const key = listingsKey(path, lists, holding(isMap), key =>
      holdsList((pairs.get(key) as Node).toJSON(), path)
    )
    if (key === undefined) throw noListError(SOURCE, 'yaml', node?.toJSON(), path)
    path.push(key)
    node = pairs.get(key) as typeof node
  }
  return node
}

/** Every line but the first indented by `indent`; blank lines left empty. */
function reindent(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, number) => (number === 0 || line === '' ? line : indent + line))
    .join('\n')
}

function toEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol)
}
