/** Lines of a text with their exact endings: `\r\n`, a lone `\r` or `\n`, as Markdown counts them. */

export type Eol = '\n' | '\r\n' | '\r'

export interface Line {
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character, before the line ending. */
  end: number
  /** '' on a last line without an ending. */
  eol: Eol | ''
}

export const LINE_ENDING = /\r\n|\r|\n/g

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const match of text.matchAll(LINE_ENDING)) {
    lines.push({ start, end: match.index, eol: match[0] as Eol })
    start = match.index + match[0].length
  }
  lines.push({ start, end: text.length, eol: '' })
  return lines
}
