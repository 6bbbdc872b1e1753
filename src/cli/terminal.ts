/**
 * How the CLI prints. Messages quote feed and file text (ids, titles, paths, error texts) that
 * may hold terminal control sequences; `say` prints every message line with its control
 * characters escaped, so no listing can retitle, clear or recolour the terminal.
 */
import { printable } from '../log-text.js'

/** One output stream. */
export interface Output {
  write(text: string): void
  /** Colour what is printed: the stream is a terminal and NO_COLOR is not set. Default: false. */
  colour?: boolean
}

export interface Terminal {
  stdout: Output
  stderr: Output
}

/** Prints one message as one line, control characters escaped. */
export function say(output: Output, message: string): void {
  output.write(`${printable(message)}\n`)
}

/** Prints a unified diff, each line escaped; on a terminal, removals red and additions green. */
export function sayDiff(output: Output, patch: string): void {
  const lines = patch.endsWith('\n') ? patch.slice(0, -1).split('\n') : patch.split('\n')
  for (const line of lines) {
    const text = printable(line)
    const colour = output.colour ? diffColour(line) : undefined
    output.write(colour ? `\x1b[${colour}m${text}\x1b[0m\n` : `${text}\n`)
  }
}

/** SGR colour of a diff line, git's defaults: bold headers, cyan hunks, red and green. */
function diffColour(line: string): string | undefined {
  if (line.startsWith('+++') || line.startsWith('---')) return '1'
  if (line.startsWith('@@')) return '36'
  if (line.startsWith('+')) return '32'
  if (line.startsWith('-')) return '31'
  return undefined
}
