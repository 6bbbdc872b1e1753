/**
 * Command-line flags -> the same raw inputs the action reads, plus the CLI's own flags.
 * Every input `some-name` is the flag `--some-name`, except the action's publishing inputs:
 * the CLI writes local files, so those are refused rather than ignored.
 * A boolean flag stands alone (true) or takes true or false, as `--flag false` or `--flag=false`.
 */
import { INPUTS } from '../config/inputs.js'
import { nearest } from '../nearest.js'
import type { RawInputs } from '../config/config.js'

export interface CliArgs {
  command: 'run' | 'init' | 'check-links' | 'contribute' | 'help' | 'version'
  inputs: RawInputs
  /** Where the README goes instead of its own path; "-" is standard output. */
  out?: string
  /** Write nothing; show what would change and exit 1 when anything would. */
  check: boolean
  /** `init`: the line of the table to wrap. */
  line?: number
  /** `init --contribution`: write the issue forms and workflows of contributions instead. */
  contribution: boolean
  /** `init --contribution`: overwrite files that exist. */
  force: boolean
  /** `contribute`: the path of an issues or issue_comment event payload. */
  event?: string
}

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** Inputs that only mean something to the action, which commits through the GitHub API. */
export const ACTION_ONLY_INPUTS: readonly string[] = [
  'repository',
  'branch',
  'token',
  'commit',
  'commit-message',
  'commit-method',
  'pull-request',
  'author',
  'committer'
]

type FlagKind = 'string' | 'boolean' | 'integer' | 'number'

const CLI_FLAGS = new Map<string, FlagKind>([
  ['out', 'string'],
  ['check', 'boolean'],
  ['line', 'integer'],
  ['contribution', 'boolean'],
  ['force', 'boolean'],
  ['event', 'string'],
  ['help', 'boolean'],
  ['version', 'boolean']
])
const INPUT_FLAGS = new Map<string, FlagKind>(
  INPUTS.filter(input => !ACTION_ONLY_INPUTS.includes(input.name)).map(input => [
    input.name,
    input.kind
  ])
)
/** Flags whose values are never printed (listings-header). */
const SECRET_FLAGS = new Set(INPUTS.filter(input => input.secret).map(input => input.name))
const KNOWN_FLAGS = [...CLI_FLAGS.keys(), ...INPUT_FLAGS.keys()]
const COMMANDS = ['init', 'check-links', 'contribute']

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: 'run',
    inputs: {},
    check: false,
    contribution: false,
    force: false
  }
  const rest = [...argv]
  const given = new Map<string, string>()
  if (rest[0] === 'init' || rest[0] === 'check-links' || rest[0] === 'contribute') {
    args.command = rest[0]
    rest.shift()
  }
  while (rest.length) {
    const word = rest.shift() as string
    if (word === '-h') {
      args.command = 'help'
      continue
    }
    if (!word.startsWith('--') || word === '--') throw unexpected(word, argv)
    const [name, inline] = splitFlag(word.slice(2))
    if (ACTION_ONLY_INPUTS.includes(name)) throw actionOnly(name)
    const kind = CLI_FLAGS.get(name) ?? INPUT_FLAGS.get(name)
    if (!kind) throw unknownFlag(name)
    const value =
      kind === 'boolean' ? booleanValue(name, inline, rest) : requiredValue(name, inline, rest)
    // No flag is repeatable: a second one would silently replace the first.
    const earlier = given.get(name)
    if (earlier !== undefined)
      throw new UsageError(
        `--${name} is given twice${SECRET_FLAGS.has(name) ? '' : ` ("${earlier}", then "${value}")`}; a flag takes one value: give it once`
      )
    assign(args, name, value)
    given.set(name, value)
  }
  // `--mode check-links` is the check-links command, in any form; the command takes no other.
  const mode = args.inputs.mode?.trim().toLowerCase()
  if (args.command === 'run' && mode === 'check-links') args.command = 'check-links'
  if (args.command === 'check-links' && mode !== undefined && mode !== 'check-links')
    throw new UsageError(
      `--mode ${args.inputs.mode} is not taken with check-links, which checks links: drop --mode, or drop the command check-links to run mode ${args.inputs.mode}`
    )
  refuseUnused(args, given)
  return args
}

/**
 * The flags that a command would accept and then not act on, refused rather than ignored: a flag
 * that says "write nothing" (`--check`, `--dry-run`) or "write elsewhere" (`--out`) must never
 * be passed over by a command that writes.
 */
function refuseUnused(args: CliArgs, given: ReadonlyMap<string, string>): void {
  const command =
    args.command === 'init' && args.contribution ? 'init --contribution' : args.command
  const label = command === 'run' ? 'an update run' : command
  // A boards file names each board's README; a --readme beside it would be passed over.
  if (given.has('readme') && given.has('config') && command !== 'init' && command !== 'help')
    throw new UsageError(
      `--readme is not taken with --config: each board of the boards file "${given.get('config')}" names its own readme (boards: - readme: ...). Set the README there, or drop --config to update "${given.get('readme')}" alone`
    )
  const takes = COMMAND_FLAGS[command]
  if (!takes) return
  for (const name of given.keys())
    if (PER_COMMAND_FLAGS.includes(name) && !takes.includes(name))
      throw new UsageError(
        `--${name} is not a flag of ${label}${UNUSED_HINTS[command]?.[name] ?? ''}`
      )
}

/** The flags only some commands take, and which take them (help and version take none). */
const PER_COMMAND_FLAGS = ['out', 'check', 'dry-run', 'line', 'contribution', 'force', 'event']
const COMMAND_FLAGS: Record<string, readonly string[] | undefined> = {
  run: ['out', 'check', 'dry-run'],
  init: ['out', 'check', 'line', 'contribution'],
  'init --contribution': ['contribution', 'force'],
  'check-links': ['check', 'dry-run'],
  contribute: ['check', 'dry-run', 'event']
}
const UNUSED_HINTS: Record<string, Record<string, string> | undefined> = {
  init: { 'dry-run': ' (--check writes nothing and says what init would do)' },
  'init --contribution': {
    check: ': it writes its forms and workflows, or nothing when one exists (--force overwrites)',
    'dry-run':
      ': it writes its forms and workflows, or nothing when one exists (--force overwrites)'
  },
  'check-links': {
    out: ': it closes postings in the listings file and rewrites the README(s) in place (--check or --dry-run write nothing and list what would be closed)'
  }
}

function unexpected(word: string, argv: readonly string[]): UsageError {
  const bare = word.replace(/^-+/, '')
  const command = word === argv[0] ? nearest(bare, COMMANDS) : undefined
  const flag = nearest(bare, KNOWN_FLAGS)
  const hint = command
    ? `; did you mean the command "${command}"?`
    : flag
      ? `; did you mean --${flag}?`
      : ' (flags start with --; see --help)'
  return new UsageError(`unexpected argument "${word}"${hint}`)
}

function unknownFlag(name: string): UsageError {
  const suggestion = nearest(name, KNOWN_FLAGS)
  return new UsageError(
    `unknown flag --${name}${suggestion ? `; did you mean --${suggestion}?` : ' (see --help)'}`
  )
}

function actionOnly(name: string): UsageError {
  return new UsageError(
    `--${name} is an input of the GitHub Action, not a flag of the CLI: the CLI writes local files and never commits. ` +
      'To commit through the GitHub API, run the action (jobs-readme/jobs-readme@v1); ' +
      'to write files in a workflow without committing, give the action "commit: false".'
  )
}

function splitFlag(flag: string): [string, string | undefined] {
  const equals = flag.indexOf('=')
  return equals < 0 ? [flag, undefined] : [flag.slice(0, equals), flag.slice(equals + 1)]
}

/** `--flag`, `--flag VALUE` or `--flag=VALUE`; a value given either way is checked the same way. */
function booleanValue(name: string, inline: string | undefined, rest: string[]): string {
  const next = rest[0]
  const value =
    inline ?? (next !== undefined && !next.startsWith('-') ? (rest.shift() as string) : 'true')
  const lower = value.toLowerCase()
  if (lower === 'true' || lower === 'false') return lower
  throw new UsageError(`--${name} takes true or false, not "${value}" (--${name} alone means true)`)
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
      if (value === '')
        throw new UsageError(
          '--out is empty: give the path to write the README to, or - to print it on standard output'
        )
      if (value.includes('\\'))
        throw new UsageError(
          `--out "${value}" must be written with "/", as the other paths are (a "\\" would be part of the file's name): write "${value.replaceAll('\\', '/')}"`
        )
      args.out = value
      return
    case 'check':
      args.check = value === 'true'
      return
    case 'contribution':
    case 'force':
      args[name] = value === 'true'
      return
    case 'event':
      if (value === '')
        throw new UsageError('--event is empty: give the path of the event payload (a JSON file)')
      args.event = value
      return
    case 'line':
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError('--line needs a line number (1 or more)')
      args.line = Number(value)
      return
    case 'help':
      if (value === 'true') args.command = 'help'
      return
    case 'version':
      if (value === 'true') args.command = 'version'
      return
    default:
      args.inputs[name] = value
  }
}
