/**
 * The CLI front end: flags -> config -> buildBoard on local files -> write or check.
 * Exit 0 on success, 1 on a failed run (or --check finding a change), 2 on bad flags.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { buildBoards, type BoardResult, type FileChange } from '../board.js'
import { resolveBoards } from '../config/resolve.js'
import { parseConfig, parseInitConfig, type Config } from '../config/config.js'
import { errors, isBoardError } from '../errors.js'
import { parseArgs, UsageError, type CliArgs } from './args.js'
import { helpText } from './help.js'
import { localIO, removeFile, writeText } from './local-io.js'

export interface Terminal {
  stdout(text: string): void
  stderr(text: string): void
}

export const VERSION = packageJson.version

export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  try {
    const args = parseArgs(argv)
    if (args.command === 'help') return print(terminal.stdout, helpText(VERSION))
    if (args.command === 'version') return print(terminal.stdout, `${VERSION}\n`)
    if (args.command === 'init') return await runInit(args, terminal)
    return await runBoard(args, terminal)
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.stderr(`jobs-readme: ${error.message}\n`)
      return 2
    }
    if (isBoardError(error)) {
      terminal.stderr(`jobs-readme: ${error.message}\n`)
      return error.code === 'bad-input' ? 2 : 1
    }
    throw error
  }
}

async function runBoard(args: CliArgs, terminal: Terminal): Promise<number> {
  const io = localIO(message => terminal.stderr(`warning: ${message}\n`))
  const configs = await resolveBoards(parseConfig(args.inputs), args.inputs, io.readFile)
  if (args.out !== undefined && configs.length > 1)
    throw new UsageError('--out writes one README; it cannot be used with a boards file (--config)')
  const run = await buildBoards(configs, io)
  const report = args.out === '-' ? terminal.stderr : terminal.stdout
  const lines = run.boards.map(board => `${board.readmePath}: ${summary(board)}`)
  if (args.check) {
    report(`${run.changed ? 'Would change' : 'Up to date'}: ${lines.join('; ')}\n`)
    return run.changed ? 1 : 0
  }
  if ((configs[0] as Config).dryRun)
    return print(report, `Dry run, nothing written: ${lines.join('; ')}\n`)
  const [board] = run.boards as [BoardResult]
  if (args.out === '-') terminal.stdout(board.after)
  else if (args.out !== undefined) await writeText(args.out, board.after)
  const redirected = args.out !== undefined ? board.readmePath : undefined
  for (const file of run.files.filter(file => file.path !== redirected))
    await ('deleted' in file ? removeFile(file.path) : writeText(file.path, file.text))
  report(`${run.changed ? 'Updated' : 'Up to date'}: ${lines.join('; ')}${written(run.files)}\n`)
  return 0
}

function written(files: FileChange[]): string {
  const deleted = files.filter(file => 'deleted' in file).length
  const paths = files.filter(file => !('deleted' in file)).map(file => file.path)
  if (paths.length <= 1 && deleted === 0) return ''
  return ` (wrote ${paths.join(', ')}${deleted ? `; deleted ${deleted} old snapshots` : ''})`
}

/** `init`: wraps an existing board's table, Last updated line and stats in markers. */
async function runInit(args: CliArgs, terminal: Terminal): Promise<number> {
  const { readme, markerPrefix } = parseInitConfig(args.inputs)
  const io = localIO(message => terminal.stderr(`warning: ${message}\n`))
  const before = await io.readFile(readme)
  if (before === undefined) throw errors.readmeMissing(readme)
  const { initReadme } = await import('../init/init.js')
  const result = initReadme(before, { prefix: markerPrefix, line: args.line })
  const changed = result.text !== before
  const report = args.out === '-' ? terminal.stderr : terminal.stdout
  if (args.check) {
    report(
      `${readme} ${changed ? `needs markers for: ${result.wrapped.join(', ')}` : 'has its markers'}\n`
    )
    return changed ? 1 : 0
  }
  if (args.out === '-') terminal.stdout(result.text)
  else if (args.out !== undefined) await writeText(args.out, result.text)
  else if (changed) await writeText(readme, result.text)
  report(
    changed
      ? `Added markers to ${args.out ?? readme} around: ${result.wrapped.join(', ')}. Nothing else changed.\n`
      : `${readme} already has its markers; nothing to do.\n`
  )
  return 0
}

function summary({ stats, added, removed, invalidCount }: BoardResult): string {
  const salary = stats.avgSalaryK === null ? 'n/a' : `${stats.avgSalaryK}k`
  const skipped = invalidCount ? `, ${invalidCount} invalid skipped` : ''
  return (
    `${stats.jobs} openings (+${added.length} -${removed.length}), ${stats.remotePercent}% remote, ` +
    `${stats.companies} companies, avg salary ${salary}${skipped}`
  )
}

function print(write: (text: string) => void, text: string): number {
  write(text)
  return 0
}
