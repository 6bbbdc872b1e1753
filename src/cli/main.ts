/**
 * The CLI front end: flags -> settings -> the run on local files -> written, or shown as what
 * would change. Every message goes through `say`, which escapes control characters; the exit
 * code tells the outcomes apart (see ./exit.ts). Each command's modules load when it runs.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { isBoardError } from '../errors.js'
import { parseArgs, UsageError } from './args.js'
import { EXIT } from './exit.js'
import { helpText } from './help.js'
import { say, type Output, type Terminal } from './terminal.js'

export type { Terminal } from './terminal.js'

export const VERSION = packageJson.version

export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  try {
    const args = parseArgs(argv)
    if (args.command === 'help') return print(terminal.stdout, helpText(VERSION))
    if (args.command === 'version') return print(terminal.stdout, `${VERSION}\n`)
    if (args.command === 'contribute')
      return await (await import('./contribute.js')).runContribute(args, terminal)
    const commands = await import('./commands.js')
    if (args.command === 'init')
      return args.contribution
        ? await commands.runInitContribution(args, terminal)
        : await commands.runInit(args, terminal)
    if (args.command === 'check-links')
      return await commands.runCheckLinks(
        { ...args.inputs, mode: 'check-links' },
        args.check,
        terminal
      )
    return await commands.runBoard(args, terminal)
  } catch (error) {
    return failure(error, terminal.stderr)
  }
}

/** The message and exit code of anything that stopped the run. */
function failure(error: unknown, stderr: Output): number {
  if (error instanceof UsageError) {
    say(stderr, `jobs-readme: ${error.message}`)
    return EXIT.usage
  }
  if (isBoardError(error)) {
    say(stderr, `jobs-readme: ${error.message}`)
    return error.code === 'bad-input' ? EXIT.usage : EXIT.failed
  }
  const problem = error instanceof Error ? error : new Error(String(error))
  say(stderr, `jobs-readme: the run failed: ${problem.message}`)
  // A system error (a full disk, a file that may not be written) says all in its message;
  // anything else is a bug, and its stack is what a report needs.
  if (!('syscall' in problem))
    for (const frame of (problem.stack ?? '').split('\n').slice(1)) say(stderr, frame)
  return EXIT.failed
}

function print(output: Output, text: string): number {
  output.write(text)
  return EXIT.done
}
