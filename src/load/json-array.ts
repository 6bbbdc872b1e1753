/**
 * Reads a JSON document that is one top-level array a piece at a time: the text is cut into
 * the array's elements (tracking strings, escapes and bracket depth) and each element is parsed
 * on its own, so a feed of 100,000 listings never sits in memory whole, as text or as objects.
 *
 * A syntax error is reported where a parse of the whole text would report it (see
 * json-syntax.ts): line and column in the document, and the same words.
 */
import { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax.js'

/** Thrown for a document that is not valid JSON; `line` and `column` are 1-based. */
export class JsonArraySyntaxError extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(`line ${found.line}, column ${found.column}: ${found.problem}`)
  }
}

/**
 * The elements of the array, parsed, in batches (one per chunk of text). `chunks` must start
 * with `[` after optional whitespace: the caller checks it (an object holding the list is read
 * whole instead). Throws JsonArraySyntaxError.
 */
export async function* jsonArrayBatches(chunks: AsyncIterable<string>): AsyncGenerator<unknown[]> {
  const splitter = new ArraySplitter()
  for await (const chunk of chunks) {
    const batch = splitter.push(chunk)
    if (batch.length > 0) yield batch
  }
  splitter.end()
}

/** What the splitter expects next. */
type Expecting = 'array' | 'first element' | 'element' | 'comma or end' | 'nothing more'

// Whitespace in JSON: space, tab, line feed, carriage return.
const WHITESPACE = /[^ \t\n\r]/g
// Where a primitive element (number, true, false, null) ends.
const PRIMITIVE_END = /[,\]\t\n\r ]/g
// The characters that matter inside an object or array element, outside strings.
const STRUCTURE = /["[\]{}]/g

class ArraySplitter {
  /** Text not yet consumed: from the start of an unfinished element, or of unread text. */
  private text = ''
  /** Offset of `text` in the document. */
  private textStart = 0
  /** Lines before `text` (line feeds counted), and the document offset of the line `text` starts in. */
  private linesBefore = 0
  private lineStart = 0
  private expecting: Expecting = 'array'
  /** False once a batch did not parse: the text is cut element by element from then on. */
  private batching = true
  /** How far the scan of an unfinished object or array element got, relative to its start. */
  private resume = { scanned: 0, depth: 0 }

  push(chunk: string): unknown[] {
    this.text += chunk
    const elements: unknown[] = []
    let at = 0
    for (;;) {
      if (this.expecting === 'element' || this.expecting === 'first element') {
        const start = this.skipWhitespace(at)
        if (start === -1) break
        if (this.expecting === 'first element' && this.text[start] === ']') {
          this.expecting = 'nothing more'
          at = start + 1
          continue
        }
        const batch = this.batching ? this.parseBatch(start) : undefined
        if (batch) {
          elements.push(...batch.elements)
          this.expecting = 'element'
          at = batch.next
          continue
        }
        const end = this.elementEnd(start)
        if (end === -1) {
          at = start
          break
        }
        elements.push(this.parseElement(start, end))
        this.expecting = 'comma or end'
        at = end
      } else {
        const next = this.skipWhitespace(at)
        if (next === -1) break
        at = this.punctuation(next)
      }
    }
    this.consume(at)
    return elements
  }

  /** At the end of the text: anything left unfinished is an error. */
  end(): void {
    if (this.expecting === 'nothing more') return
    const start = this.skipWhitespace(0)
    if (start !== -1 && (this.expecting === 'element' || this.expecting === 'first element'))
      // An element the text ends inside: its own scan names the spot.
      this.fail(this.elementError(start, this.text.length))
    const where = this.expecting === 'comma or end' ? ' where "]" should be' : ''
    this.fail({ offset: this.text.length, problem: `unexpected end of input${where}` })
  }

  /** `[`, `,`, `]` or trailing text at `at`; returns where to go on. */
  private punctuation(at: number): number {
    const char = this.text[at]!
    switch (this.expecting) {
      case 'array':
        // The caller saw `[` first.
        this.expecting = 'first element'
        return at + 1
      case 'comma or end':
        if (char === ',') this.expecting = 'element'
        else if (char === ']') this.expecting = 'nothing more'
        else
          this.fail({
            offset: at,
            problem: `unexpected ${JSON.stringify(char)} where "]" should be`
          })
        return at + 1
      default:
        return this.fail({
          offset: at,
          problem: `unexpected ${JSON.stringify(char)} after the end of the JSON value`
        })
    }
  }

  /**
   * The shortcut for feeds written one element a line (or pretty-printed): the elements from
   * `start` up to the last comma that ends a line, parsed at once. A raw line break never stands
   * inside a JSON string, and if that text parses as a list of values, they are the elements the
   * scan would cut, since a value's extent is fixed by where it starts. When it does not parse
   * (the comma was inside an element, or the text is broken), the scan takes over for good.
   */
  private parseBatch(start: number): { elements: unknown[]; next: number } | undefined {
    if (this.resume.scanned > 0) return undefined
    const cut = Math.max(this.text.lastIndexOf(',\n'), this.text.lastIndexOf(',\r\n'))
    if (cut <= start) return undefined
    try {
      return {
        elements: JSON.parse(`[${this.text.slice(start, cut)}]`) as unknown[],
        next: cut + 1
      }
    } catch {
      this.batching = false
      return undefined
    }
  }

  /** The first non-whitespace offset from `from`, or -1 when the text runs out first. */
  private skipWhitespace(from: number): number {
    if (this.text.charCodeAt(from) > 32) return from // the usual case: no whitespace at all
    WHITESPACE.lastIndex = from
    return WHITESPACE.test(this.text) ? WHITESPACE.lastIndex - 1 : -1
  }

  /**
   * Where the element starting at `start` ends (just past it), or -1 when the text has not
   * reached its end yet. Brackets are only counted, not matched: a mismatch fails the element's
   * own parse, which then names the spot.
   */
  private elementEnd(start: number): number {
    const { text } = this
    const first = text[start]
    if (first === '"') return this.stringEnd(start)
    if (first !== '{' && first !== '[') {
      // At least one character: a `,` or `]` where an element should be fails its own parse.
      PRIMITIVE_END.lastIndex = start + 1
      return PRIMITIVE_END.test(text) ? PRIMITIVE_END.lastIndex - 1 : -1
    }
    let { depth } = this.resume
    STRUCTURE.lastIndex = start + this.resume.scanned
    for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
      const char = match[0]
      if (char === '"') {
        const end = this.stringEnd(match.index)
        if (end === -1) return this.pause(start, match.index, depth)
        STRUCTURE.lastIndex = end
      } else if (char === '{' || char === '[') depth++
      else if (--depth === 0) {
        this.resume = { scanned: 0, depth: 0 }
        return match.index + 1
      }
    }
    return this.pause(start, text.length, depth)
  }

  /** Remembers how far an element's scan got, so the next chunk does not scan it again. */
  private pause(start: number, at: number, depth: number): -1 {
    this.resume = { scanned: at - start, depth }
    return -1
  }

  /** Just past the closing quote of the string opening at `start`; -1 when not in the text yet. */
  private stringEnd(start: number): number {
    const { text } = this
    for (
      let quote = text.indexOf('"', start + 1);
      quote !== -1;
      quote = text.indexOf('"', quote + 1)
    ) {
      let backslashes = 0
      while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++
      if (backslashes % 2 === 0) return quote + 1
    }
    return -1
  }

  private parseElement(start: number, end: number): unknown {
    const element = this.text.slice(start, end)
    try {
      return JSON.parse(element)
    } catch {
      return this.fail(this.elementError(start, end))
    }
  }

  /** The syntax error inside the element at [start, end), as the whole document's scan words it. */
  private elementError(start: number, end: number): { offset: number; problem: string } {
    const found = findJsonSyntaxError(this.text.slice(start, end))
    // A whole value the text ends after: the array is not closed.
    if (!found) return { offset: end, problem: 'unexpected end of input where "]" should be' }
    const offset = start + offsetOf(this.text.slice(start, end), found)
    // A value followed by more text: inside the array, the scan wants the array to go on or end.
    const problem = found.problem.replace(
      / after the end of the JSON value$/,
      ' where "]" should be'
    )
    return { offset, problem }
  }

  /** Drops the consumed text, counting its lines. */
  private consume(upTo: number): void {
    const { text } = this
    for (
      let feed = text.indexOf('\n');
      feed !== -1 && feed < upTo;
      feed = text.indexOf('\n', feed + 1)
    ) {
      this.linesBefore++
      this.lineStart = this.textStart + feed + 1
    }
    this.text = text.slice(upTo)
    this.textStart += upTo
  }

  /** Throws the error at `offset` of `text`, with its line and column in the document. */
  private fail({ offset, problem }: { offset: number; problem: string }): never {
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
      problem
    })
  }
}

/** The offset in `text` of a line and column that findJsonSyntaxError gave. */
function offsetOf(text: string, { line, column }: JsonSyntaxError): number {
  let lineStart = 0
  for (let count = 1; count < line; count++) lineStart = text.indexOf('\n', lineStart) + 1
  return lineStart + column - 1
}
