/**
 * Where a JSON text stops being valid. JSON.parse's messages carry a position only sometimes,
 * and word it differently across Node versions, so after a failed parse the text is scanned
 * again here to find the spot. The scan keeps its open objects and arrays in a list, not on
 * the call stack, so no depth of nesting overflows it.
 */
import { errors, type BoardError } from '../errors.js'

export interface JsonSyntaxError {
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units. */
  column: number
  /** 0-based, in UTF-16 code units. */
  offset: number
  problem: string
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new JsonScanner(text).document()
    return undefined
  } catch (error) {
    if (!(error instanceof StopAt)) throw error
    const { offset, problem } = error
    return { ...lineAndColumn(text, offset), offset, problem }
  }
}

/**
 * The error for a listings file of JSON `text` that does not parse (JSON.parse threw `error`):
 * the line and column of its first problem, and what it is. `line` is the line of the file
 * that `text` starts on (a JSONL record's). The loader and the contribution writer say it so.
 */
export function jsonParseError(
  source: string,
  format: 'json' | 'jsonl',
  text: string,
  error: unknown,
  line = 1
): BoardError {
  const found = findJsonSyntaxError(text)
  if (found) return jsonErrorAt(source, format, { ...found, line: line - 1 + found.line })
  const where = format === 'jsonl' ? `line ${line}` : 'somewhere'
  return errors.sourceParse(source, format, where, (error as Error).message)
}

/** The error for a JSON syntax error at `found`'s line and column. */
export function jsonErrorAt(
  source: string,
  format: 'json' | 'jsonl',
  { line, column, problem }: Omit<JsonSyntaxError, 'offset'>
): BoardError {
  return errors.sourceParse(source, format, `line ${line}, column ${column}`, problem)
}

class StopAt {
  constructor(
    readonly offset: number,
    readonly problem: string
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = '"\\/bfnrtu'

/** A walk of the JSON grammar that throws StopAt where it fails. */
class JsonScanner {
  private at = 0
  constructor(private readonly text: string) {}

  document(): void {
    /** The closing bracket of each object or array open around the scan. */
    const closers: string[] = []
    let valueNext = true
    for (;;) {
      if (valueNext) {
        valueNext = this.value(closers)
        continue
      }
      const closer = closers.at(-1)
      if (closer === undefined) break
      this.space()
      if (this.eat(',')) {
        if (closer === '}') this.member()
        valueNext = true
        continue
      }
      this.expect(closer)
      closers.pop()
    }
    this.space()
    if (this.at < this.text.length)
      this.unexpected(`after the end of the JSON value${this.jsonlAdvice()}`)
  }

  /**
   * After a whole value, another opening on a line of its own: the shape of JSONL (a value a
   * line), read as one JSON document.
   */
  private jsonlAdvice(): string {
    const next = this.text[this.at]
    const lineStart = this.text.lastIndexOf('\n', this.at - 1) + 1
    if ((next !== '{' && next !== '[') || this.text.slice(lineStart, this.at).trim() !== '')
      return ''
    // The first value over several lines: values written one after another, as jq '.[]' does.
    if (this.text.slice(0, lineStart).trim().includes('\n'))
      return `: another value starts a line after the first, which spans several lines, as jq '.[]' writes records one after another. Write them as one list (jq -s . on this file, or jq '[.[]]' on the source) and keep the name .json, or one a line (jq -c '.[]') into a .jsonl file`
    return ': another value starts a line after the first, as in JSONL (one JSON value a line). If the feed is JSONL, name it .jsonl or set "listings-format: jsonl"'
  }

  /**
   * A scalar, an empty object or array, or the opening of one (its closer pushed, and the
   * key of an object's first member read). True when a value comes next.
   */
  private value(closers: string[]): boolean {
    this.space()
    const char = this.text[this.at]
    if (char === '{' || char === '[') {
      const closer = char === '{' ? '}' : ']'
      this.at++
      this.space()
      if (this.eat(closer)) return false
      closers.push(closer)
      if (closer === '}') this.member()
      return true
    }
    const notJson = NOT_JSON_NUMBER.exec(this.text.slice(this.at, this.at + 9))?.[0]
    if (notJson)
      this.stop(
        `${notJson}, which JSON does not have (Python's json.dumps writes it for a float that is not a number): write null there, or dump with allow_nan=False to find them`
      )
    if (char === '"') this.string()
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number()
    else this.word()
    return false
  }

  /** An object member's key and colon. */
  private member(): void {
    this.space()
    if (this.text[this.at] !== '"')
      this.unexpected('where a property name in double quotes should be')
    this.string()
    this.space()
    this.expect(':')
  }

  private word(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length
        return
      }
    }
    this.unexpected()
  }

  private string(): void {
    this.at++
    for (;;) {
      const char = this.text[this.at]
      if (char === undefined) this.stop('unterminated string')
      if (char === '"') break
      if (char < ' ') this.stop('a control character (such as a line break) inside a string')
      if (char === '\\') {
        const escape = this.text[this.at + 1] ?? ''
        if (escape === '' || !ESCAPES.includes(escape)) this.stop('a bad escape sequence')
        if (escape === 'u' && !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
          this.stop('a bad \\u escape')
        this.at += escape === 'u' ? 6 : 2
      } else this.at++
    }
    this.at++
  }

  private number(): void {
    NUMBER.lastIndex = this.at
    if (!NUMBER.test(this.text)) this.unexpected()
    this.at = NUMBER.lastIndex
  }

  private space(): void {
    while (' \t\n\r'.includes(this.text[this.at] ?? 'x')) this.at++
  }

  private eat(char: string): boolean {
    if (this.text[this.at] !== char) return false
    this.at++
    return true
  }

  private expect(char: string): void {
    if (!this.eat(char)) this.unexpected(`where "${char}" should be`)
  }

  private unexpected(where = ''): never {
    const char = this.text[this.at]
    const found = char === undefined ? 'end of input' : JSON.stringify(char)
    return this.stop(`unexpected ${found}${where ? ` ${where}` : ''}${this.csvAdvice()}`)
  }

  /**
   * On the first line, when it is a header of CSV (two or more names separated by commas,
   * semicolons or tabs; each short and not ending a sentence; no comment's start before them):
   * the text is CSV read as JSON, as a CSV served as application/json or behind a .json address
   * is, or with "listings-format: json". A sentence (`Rate limit exceeded, please retry.`) or a
   * comment (`// company, title, url`) is not a header.
   */
  private csvAdvice(): string {
    const start = this.text.search(/[^\s\uFEFF]/)
    const end = this.text.indexOf('\n', start)
    if (start === -1 || this.at < start || (end !== -1 && this.at > end)) return ''
    const line = this.text.slice(start, end === -1 ? undefined : end).trim()
    if (COMMENT_START.test(line)) return ''
    const separator = [',', ';', '\t'].find(mark => line.split(mark).length > 1)
    if (separator === undefined) return ''
    const names = line.split(separator).map(cell => cell.trim().replace(/^"(.*)"$/, '$1'))
    if (!names.every(isCsvName)) return ''
    const shown = separator === '\t' ? 'tabs' : `"${separator}"`
    return `: the text looks like CSV, a first line of names separated by ${shown} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''}), not JSON. If the feed is CSV, name it .csv or set "listings-format: csv"`
  }

  private stop(problem: string): never {
    throw new StopAt(this.at, problem)
  }
}

/**
 * A column name of a CSV header: words, digits and the marks names hold, at most
 * CSV_NAME_LENGTH characters, not ending as a sentence does.
 */
function isCsvName(name: string): boolean {
  return name.length <= CSV_NAME_LENGTH && CSV_NAME.test(name) && !SENTENCE_END.test(name)
}

const CSV_NAME = /^[\p{L}\p{N}_ .\-/()#]+$/u
/** Longer than the longest column names feeds write (`Date Posted (UTC)`, `Remote / Hybrid`). */
const CSV_NAME_LENGTH = 40
const SENTENCE_END = /[.!?]$/
/** How a comment starts, in the languages that write feeds and in YAML. */
const COMMENT_START = /^(?:\/\/|\/\*|#)/

/** What JavaScript and Python write for numbers JSON cannot hold. */
const NOT_JSON_NUMBER = /^(?:NaN|-?Infinity)/

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1 }
}
