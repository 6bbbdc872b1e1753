/**
 * Reads a JSON document that is one top-level array a piece at a time, in one pass: a scan
 * that keeps its place across chunks finds where the array's elements end (tracking strings,
 * escapes and bracket depth, never reading a character twice), and each run of whole elements
 * is parsed at once (parseJson, which keeps a 64-bit id whole). So a feed of 100,000 listings
 * never sits in memory whole, as text or as objects, whatever its layout: one line,
 * pretty-printed, or an element a line.
 *
 * A syntax error is reported where a parse of the whole text would report it (see
 * json-syntax.ts): line and column in the document, and the same words.
 */
import { parseJson } from './json-numbers.js'
import { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax.js'

/** Thrown for a document that is not valid JSON; `line` and `column` are 1-based. */
export class JsonArraySyntaxError extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(`line ${found.line}, column ${found.column}: ${found.problem}`)
  }
}

/**
 * The elements of the array, parsed, in batches (at least one per chunk of text that ends an
 * element). `chunks` must start with `[` after optional whitespace: the caller checks it (an
 * object holding the list is read whole instead). Throws JsonArraySyntaxError.
 */
export async function* jsonArrayBatches(chunks: AsyncIterable<string>): AsyncGenerator<unknown[]> {
  const reader = new ArrayReader()
  for await (const chunk of chunks) yield* reader.push(chunk)
  reader.end()
}

/**
 * Where the scan is: before the array's `[`, where an element (or, for the first, `]`) should
 * start, inside an element, after one, or after the array.
 */
type Place = 'before' | 'first' | 'element' | 'string' | 'nested' | 'scalar' | 'after' | 'done'

/** Text of whole elements parsed at once, at most (about): bounds the objects held at a time. */
const RUN_LENGTH = 256 * 1024

// Where a scalar element (number, true, false, null) ends.
const SCALAR_END = /[,\]\t\n\r ]/g

const TAB = 9
const LINE_FEED = 10
const CARRIAGE_RETURN = 13
const SPACE = 32
const QUOTE = 34
const COMMA = 44
const OPEN_BRACKET = 91
const BACKSLASH = 92
const CLOSE_BRACKET = 93
const OPEN_BRACE = 123
const CLOSE_BRACE = 125

/**
 * The scan goes through each chunk once, on its own: the text of an unfinished element is kept
 * as the pieces it came in, and joined only when its run is parsed. Offsets are in the document.
 */
class ArrayReader {
  /** Text received and not parsed yet, before the chunk being scanned; it starts at `heldStart`. */
  private held: string[] = []
  private heldStart = 0
  /** Line feeds before `heldStart`, and the offset where its line starts. */
  private heldLines = 0
  private heldLineStart = 0
  /** Line feeds before the array's `[`: the document's lines after them are its own. */
  private openLines = 0
  /** The chunk being scanned, its offset, and how far into it the scan has got. */
  private text = ''
  private textStart = 0
  private at = 0
  private place: Place = 'before'
  /** Brackets open inside the element being scanned, outside its strings. */
  private depth = 0
  /** Inside a string, the last chunk ended in a backslash that escapes this one's first character. */
  private escaped = false
  /** Line feeds scanned (outside strings, the only place valid JSON has them), and the offset after the last. */
  private lines = 0
  private lineStart = 0
  /** Where the element being scanned starts, where the run of whole elements not parsed yet starts and ends. */
  private elementStart = -1
  private runStart = -1
  private runEnd = -1
  /** `lines` and `lineStart` at `runEnd`. */
  private runEndLines = 0
  private runEndLineStart = 0

  /** Scans the chunk; returns the elements it completes, in batches. */
  push(chunk: string): unknown[][] {
    this.text = chunk
    this.at = 0
    const batches: unknown[][] = []
    while (this.at < chunk.length) {
      if (this.place === 'string' || this.place === 'nested') this.scanNested()
      else if (this.place === 'scalar') this.scanScalar()
      else this.punctuation()
      if (this.runEnd - this.runStart >= RUN_LENGTH) batches.push(this.parseRun())
    }
    if (this.runEnd !== -1) batches.push(this.parseRun())
    // Keep what is left of the chunk.
    if (this.heldStart > this.textStart)
      this.held.push(chunk.slice(this.heldStart - this.textStart))
    else this.held.push(chunk)
    this.text = ''
    this.textStart += chunk.length
    return batches
  }

  /** At the end of the text: anything left unfinished is an error. */
  end(): void {
    if (this.place === 'scalar') {
      // A scalar the text ends with: whole, though the array is not closed.
      this.text = this.held.join('')
      this.held = []
      this.textStart = this.heldStart
      this.elementEnds(this.text.length)
      this.parseRun()
      this.text = ''
    }
    if (this.place !== 'done') this.fail()
  }

  /**
   * Inside an object, an array or a string element: on to the element's end or the chunk's.
   * Strings are skipped to their closing quote; outside them, brackets are counted (not
   * matched: a mismatch fails the parse, and then the error's scan names it).
   */
  private scanNested(): void {
    const { text } = this
    const { length } = text
    let { at, depth } = this
    let inString = this.place === 'string'
    for (;;) {
      if (inString) {
        const end = this.stringEnd(at)
        if (end === -1) {
          this.at = length
          this.place = 'string'
          this.depth = depth
          return
        }
        at = end
        inString = false
        if (depth === 0) return this.elementEnds(at)
      }
      for (; at < length; at++) {
        const code = text.charCodeAt(at)
        if (code === QUOTE) {
          inString = true
          at++
          break
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          if (--depth === 0) return this.elementEnds(at + 1)
        } else if (code === LINE_FEED) this.lineFeedAt(at)
      }
      if (!inString) {
        this.at = length
        this.place = 'nested'
        this.depth = depth
        return
      }
    }
  }

  /** Just past the closing quote of the string going on at `from`, or -1 when the chunk ends first. */
  private stringEnd(from: number): number {
    const { text } = this
    // Backslashes before `from` escape nothing at or after it.
    if (this.escaped) {
      this.escaped = false
      from++
    }
    for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
      if (backslashesBefore(text, quote, from) % 2 === 0) return quote + 1
    }
    this.escaped = backslashesBefore(text, text.length, from) % 2 === 1
    return -1
  }

  private scanScalar(): void {
    SCALAR_END.lastIndex = this.at
    if (SCALAR_END.test(this.text)) this.elementEnds(SCALAR_END.lastIndex - 1)
    else this.at = this.text.length
  }

  /** Outside elements: whitespace, `[`, `,`, `]`, or the start of an element. */
  private punctuation(): void {
    const { text } = this
    let at = this.at
    let code = text.charCodeAt(at)
    while (code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB) {
      if (code === LINE_FEED) this.lineFeedAt(at)
      code = text.charCodeAt(++at)
    }
    if (at >= text.length) {
      this.at = at
      return
    }
    this.at = at + 1
    switch (this.place) {
      case 'before':
        // The caller saw `[` first.
        this.openLines = this.lines
        this.place = 'first'
        return
      case 'after':
        if (code === COMMA) this.place = 'element'
        else if (code === CLOSE_BRACKET) this.place = 'done'
        else this.fail()
        return
      case 'done':
        return this.fail()
      default:
        if (code === CLOSE_BRACKET && this.place === 'first') {
          this.place = 'done'
          return
        }
        if (code === COMMA || code === CLOSE_BRACKET) this.fail()
        this.elementStart = this.textStart + at
        if (this.runStart === -1) this.runStart = this.elementStart
        this.depth = code === OPEN_BRACE || code === OPEN_BRACKET ? 1 : 0
        this.place = code === QUOTE ? 'string' : this.depth === 1 ? 'nested' : 'scalar'
    }
  }

  private lineFeedAt(at: number): void {
    this.lines++
    this.lineStart = this.textStart + at + 1
  }

  /** The element ends at `at` in the chunk. */
  private elementEnds(at: number): void {
    this.at = at
    this.place = 'after'
    this.runEnd = this.textStart + at
    this.runEndLines = this.lines
    this.runEndLineStart = this.lineStart
  }

  /** Parses the run of whole elements scanned, and lets go of their text. */
  private parseRun(): unknown[] {
    let elements: unknown[]
    try {
      elements = parseJson(this.arrayOf(this.runStart, this.runEnd)) as unknown[]
    } catch {
      return this.fail()
    }
    this.held = []
    this.heldStart = this.runEnd
    this.heldLines = this.runEndLines
    this.heldLineStart = this.runEndLineStart
    // An element the chunk ends inside is the next run's first.
    const inElement = this.place === 'string' || this.place === 'nested' || this.place === 'scalar'
    this.runStart = inElement ? this.elementStart : -1
    this.runEnd = -1
    return elements
  }

  /**
   * The text from `from` to `to` (`to` in the chunk being scanned) inside `[` and `]`, copied
   * once: the pieces held and the chunk's are joined with the brackets in one go.
   */
  private arrayOf(from: number, to: number): string {
    const end = to - this.textStart
    if (from >= this.textStart) return `[${this.text.slice(from - this.textStart, end)}]`
    const pieces = ['[']
    let pieceStart = this.heldStart
    for (const piece of this.held) {
      const skip = from - pieceStart
      if (skip < piece.length) pieces.push(skip > 0 ? piece.slice(skip) : piece)
      pieceStart += piece.length
    }
    pieces.push(this.text.slice(0, end), ']')
    return pieces.join('')
  }

  /**
   * Throws the first syntax error in the text not parsed yet, found by scanning it again as
   * the rest of the document (after an element, unless nothing was parsed yet), with its line
   * and column in the document.
   */
  private fail(): never {
    const text =
      this.heldStart >= this.textStart
        ? this.text.slice(this.heldStart - this.textStart)
        : this.held.join('') + this.text
    // After an element: `[0 ` stands for the document so far. The space keeps the text from
    // running into the 0 (`e+100` or `.5` after `]` would read as part of a number); a line
    // feed instead where the document so far spans lines, which the error's advice reads.
    const spans = this.heldStart !== 0 && this.heldLines > this.openLines
    const prefix = this.heldStart === 0 ? '' : spans ? '[0\n' : '[0 '
    // Text that does not end a document always has an error; JSON.parse and the scan agree.
    const found = findJsonSyntaxError(prefix + text)!
    const line = found.line - (spans ? 1 : 0)
    const column =
      line === 1
        ? this.heldStart - this.heldLineStart + found.column - (spans ? 0 : prefix.length)
        : found.column
    throw new JsonArraySyntaxError({
      line: this.heldLines + line,
      column,
      offset: this.heldStart + found.offset - prefix.length,
      problem: found.problem
    })
  }
}

/** How many backslashes stand right before `at`, counting back no further than `from`. */
function backslashesBefore(text: string, at: number, from: number): number {
  let count = 0
  while (at - count > from && text.charCodeAt(at - count - 1) === BACKSLASH) count++
  return count
}
