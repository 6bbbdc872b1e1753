/**
 * Reads a JSON document that is one top-level array a piece at a time, in one pass: a scan
 * that keeps its place across chunks finds where the array's elements end (tracking strings,
 * escapes and bracket depth, never reading a character twice), and each run of whole elements
 * is parsed by JSON.parse at once. So a feed of 100,000 listings never sits in memory whole,
 * as text or as objects, whatever its layout: one line, pretty-printed, or an element a line.
 *
 * A syntax error is reported where a parse of the whole text would report it (see
 * json-syntax.ts): line and column in the document, and the same words.
 */
import { findJsonSyntaxErrorAt, type JsonSyntaxError } from './json-syntax.js'

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

// Anything but JSON whitespace (space, tab, line feed, carriage return).
const NOT_WHITESPACE = /[^ \t\n\r]/g
// Where a scalar element (number, true, false, null) ends.
const SCALAR_END = /[,\]\t\n\r ]/g
// The characters that matter inside an object or array element, outside strings.
const STRUCTURE = /["[\]{}]/g

class ArrayReader {
  /** Text not yet parsed, from just after the last element parsed (or the document's start). */
  private text = ''
  /** Offset of `text` in the document. */
  private textStart = 0
  /** Lines before `text` (line feeds counted), and the document offset of the line `text` starts in. */
  private linesBefore = 0
  private lineStart = 0
  /** How far into `text` the scan has got, and what it found there. */
  private at = 0
  private place: Place = 'before'
  /** Brackets open inside the element being scanned, outside its strings. */
  private depth = 0
  /** In `text`: where the element being scanned starts. */
  private elementStart = -1
  /** In `text`: where the first element not yet parsed starts, and where the last whole one ends. */
  private runStart = -1
  private runEnd = -1

  /** Scans the chunk; returns the elements it completes, in batches. */
  push(chunk: string): unknown[][] {
    this.text += chunk
    const batches: unknown[][] = []
    while (this.at < this.text.length) {
      this.step()
      if (this.runEnd - this.runStart >= RUN_LENGTH) batches.push(this.parseRun())
    }
    if (this.runEnd !== -1) batches.push(this.parseRun())
    return batches
  }

  /** At the end of the text: anything left unfinished is an error. */
  end(): void {
    if (this.place === 'scalar') this.elementEnds(this.text.length)
    if (this.runEnd !== -1) this.parseRun()
    if (this.place !== 'done') this.fail()
  }

  /** Scans on from `at` to the next place where something changes. */
  private step(): void {
    const { text } = this
    switch (this.place) {
      case 'string': {
        const end = stringEnd(text, this.at)
        if (end === -1) {
          this.at = text.length
          return
        }
        this.at = end
        if (this.depth === 0) this.elementEnds(end)
        else this.place = 'nested'
        return
      }
      case 'nested': {
        STRUCTURE.lastIndex = this.at
        const match = STRUCTURE.exec(text)
        if (!match) {
          this.at = text.length
          return
        }
        this.at = match.index + 1
        const char = match[0]
        if (char === '"') this.place = 'string'
        else if (char === '{' || char === '[') this.depth++
        else if (--this.depth === 0) this.elementEnds(this.at)
        return
      }
      case 'scalar': {
        SCALAR_END.lastIndex = this.at
        if (SCALAR_END.test(text)) this.elementEnds(SCALAR_END.lastIndex - 1)
        else this.at = text.length
        return
      }
      default:
        this.punctuation()
    }
  }

  /** Outside elements: whitespace, `[`, `,`, `]`, or the start of an element. */
  private punctuation(): void {
    const { text } = this
    NOT_WHITESPACE.lastIndex = this.at
    if (!NOT_WHITESPACE.test(text)) {
      this.at = text.length
      return
    }
    const at = NOT_WHITESPACE.lastIndex - 1
    const char = text[at]
    this.at = at + 1
    switch (this.place) {
      case 'before':
        // The caller saw `[` first.
        this.place = 'first'
        return
      case 'after':
        if (char === ',') this.place = 'element'
        else if (char === ']') this.place = 'done'
        else this.fail()
        return
      case 'done':
        return this.fail()
      default:
        if (char === ']' && this.place === 'first') {
          this.place = 'done'
          return
        }
        if (char === ',' || char === ']') this.fail()
        this.elementStart = at
        if (this.runStart === -1) this.runStart = at
        if (char === '"') {
          this.depth = 0
          this.place = 'string'
        } else if (char === '{' || char === '[') {
          this.depth = 1
          this.place = 'nested'
        } else this.place = 'scalar'
    }
  }

  private elementEnds(at: number): void {
    this.at = at
    this.runEnd = at
    this.place = 'after'
  }

  /** Parses the whole elements scanned, and lets go of their text. */
  private parseRun(): unknown[] {
    let elements: unknown[]
    try {
      elements = JSON.parse(`[${this.text.slice(this.runStart, this.runEnd)}]`) as unknown[]
    } catch {
      return this.fail()
    }
    this.consume(this.runEnd)
    return elements
  }

  /** Drops the text before `upTo`, counting its lines. */
  private consume(upTo: number): void {
    const { text } = this
    // Searching backwards from `upTo` first: a one-line document has no line feed to find.
    const lastFeed = text.lastIndexOf('\n', upTo - 1)
    if (lastFeed !== -1) {
      for (let feed = text.indexOf('\n'); feed < lastFeed; feed = text.indexOf('\n', feed + 1))
        this.linesBefore++
      this.linesBefore++
      this.lineStart = this.textStart + lastFeed + 1
    }
    this.text = text.slice(upTo)
    this.textStart += upTo
    this.at -= upTo
    this.elementStart -= upTo
    // An element the text ends inside is the next run's first.
    const inElement = this.place === 'string' || this.place === 'nested' || this.place === 'scalar'
    this.runStart = inElement ? this.elementStart : -1
    this.runEnd = -1
  }

  /**
   * Throws the first syntax error in the text not yet parsed, found by scanning it again as
   * the rest of the document (after an element, unless nothing was parsed yet), with its line
   * and column in the document.
   */
  private fail(): never {
    const prefix = this.textStart === 0 ? '' : '[0'
    const found = findJsonSyntaxErrorAt(prefix + this.text) ?? {
      offset: prefix.length + this.text.length,
      problem: 'unexpected end of input'
    }
    const offset = found.offset - prefix.length
    let line = this.linesBefore + 1
    let lineStart = this.lineStart
    const { text } = this
    for (
      let feed = text.indexOf('\n');
      feed !== -1 && feed < offset;
      feed = text.indexOf('\n', feed + 1)
    ) {
      line++
      lineStart = this.textStart + feed + 1
    }
    throw new JsonArraySyntaxError({
      line,
      column: this.textStart + offset - lineStart + 1,
      problem: found.problem
    })
  }
}

/** Just past the closing quote of a string whose text goes on at `from`; -1 when not in the text yet. */
function stringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++
    if (backslashes % 2 === 0) return quote + 1
  }
  return -1
}
