/**
 * Command-line flags -> the same raw inputs the action reads, plus the CLI's own flags.
 * Every input `some-name` is the flag `--some-name`; booleans stand alone or take true/false.
 */
import { INPUTS } from '../config/inputs.js'
import type { RawInputs } from '../config/config.js'

export interface CliArgs {
  command: 'run' | 'init' | 'help' | 'version'
  inputs: RawInputs
  /** Where the README goes instead of its own path; "-" is standard output. */
  out?: string
  /** Write nothing; exit 1 when the README would change. */
  check: boolean
  /** `init`: the line of the table to wrap. */
  line?: number
}

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

const CLI_FLAGS = new Map<string, 'string' | 'boolean' | 'integer'>([
  ['out', 'string'],
  ['check', 'boolean'],
  ['line', 'integer'],
  ['help', 'boolean'],
  ['version', 'boolean']
])
const INPUT_KINDS = new Map(INPUTS.map(input => [input.name, input.kind]))

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'run', inputs: {}, check: false }
  const rest = [...argv]
  if (rest[0] === 'init') {
    args.command = 'init'
    rest.shift()
  }
  while (rest.length) {
    const word = rest.shift() as string
    if (!word.startsWith('--') || word === '--')
      throw new UsageError(`unexpected argument "${word}"`)
    const [name, inline] = splitFlag(word.slice(2))
    const kind = CLI_FLAGS.get(name) ?? INPUT_KINDS.get(name)
    if (!kind) throw new UsageError(`unknown flag --${name} (see --help)`)
    const value =
      kind === 'boolean' ? booleanValue(name, inline, rest) : requiredValue(name, inline, rest)
    assign(args, name, value)
  }
  return args
}

function splitFlag(flag: string): [string, string | undefined] {
  const equals = flag.indexOf('=')
  return equals < 0 ? [flag, undefined] : [flag.slice(0, equals), flag.slice(equals + 1)]
}

function booleanValue(name: string, inline: string | undefined, rest: string[]): string {
  if (inline !== undefined) return inline
  if (rest[0] === 'true' || rest[0] === 'false') return rest.shift() as string
  return 'true'
}

function requiredValue(name: string, inline: string | undefined, rest: string[]): string {
  if (inline !== undefined) return inline
  const next = rest[0]
  if (next === undefined || (next.startsWith('--') && next.length > 2))
    throw new UsageError(`--${name} needs a value`)
  return rest.shift() as string
}

function assign(args: CliArgs, name: string, value: string): void {
  switch (name) {
    case 'out':
      args.out = value
      return
    case 'check':
      args.check = flagBoolean(name, value)
      return
    case 'line':
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError('--line needs a line number (1 or more)')
      args.line = Number(value)
      return
    case 'help':
      if (flagBoolean(name, value)) args.command = 'help'
      return
    case 'version':
      if (flagBoolean(name, value)) args.command = 'version'
      return
    default:
      args.inputs[name] = value
  }
}

function flagBoolean(name: string, value: string): boolean {
  if (value === 'true') return true
  if (value === 'false') return false
  throw new UsageError(`--${name} takes true or false, not "${value}"`)
}
