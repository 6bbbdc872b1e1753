/**
 * `contribute --event PATH`: one issues or issue_comment event payload applied to the local
 * listings file and README(s), as the action applies it; what the action would say on the issue
 * is printed instead. Exit 0: applied (or already applied); 1: refused, or --check: it would be
 * applied; 2: bad usage.
 */
import { parseSettings } from '../config/config.js'
import { contribute, type IssueTracker } from '../contribute/contribute.js'
import { readContributionEvent } from '../contribute/event-file.js'
import { localFiles } from '../files/local-files.js'
import { localStore } from '../publish/workspace.js'
import { UsageError, type CliArgs } from './args.js'
import { EXIT } from './exit.js'
import { say, type Terminal } from './terminal.js'

export async function runContribute(args: CliArgs, terminal: Terminal): Promise<number> {
  if (args.event === undefined)
    throw new UsageError('contribute needs --event PATH: an issues or issue_comment event payload')
  const settings = parseSettings(args.inputs)
  const read = await readContributionEvent('issues', args.event)
  const payload = read?.payload as { comment?: unknown } | undefined
  const event = { name: payload?.comment ? 'issue_comment' : 'issues', payload }
  const log = {
    warn: (message: string) => say(terminal.stderr, `warning: ${message}`),
    info: (message: string) => say(terminal.stderr, message)
  }
  const { run, boards: configs } = await settings.resolve(localFiles().readFile)
  const dryRun = run.dryRun || args.check
  const tracker = printedTracker(terminal, dryRun)
  const report = await contribute(
    { ...run, dryRun: false },
    configs,
    dryRun ? readOnly(localStore('.')) : localStore('.'),
    log,
    event,
    tracker,
    run.contribution
  )
  if (report.outcome === 'ignored') throw new UsageError(report.message)
  // --check: a contribution that would change the files is a change, as the other commands say.
  if (report.outcome === 'applied' && args.check) return EXIT.changes
  return report.outcome === 'refused' ? EXIT.changes : EXIT.done
}

/** What the action would do on the issue, on standard output. */
function printedTracker(terminal: Terminal, dryRun: boolean): IssueTracker {
  const would = dryRun ? 'Would ' : ''
  return {
    async comment(issue, body) {
      say(terminal.stdout, `${would || ''}${would ? 'comment' : 'Comment'} on #${issue}:`)
      for (const line of body.split('\n')) say(terminal.stdout, `  ${line}`)
    },
    async close(issue) {
      say(terminal.stdout, `${would}${would ? 'close' : 'Close'} #${issue}`)
    },
    async addLabel(issue, label) {
      say(terminal.stdout, `${would}${would ? 'label' : 'Label'} #${issue} "${label}"`)
    }
  }
}

/** The store, writing nothing: --check and --dry-run. */
function readOnly<S, W>(store: S & { write: unknown }): S {
  return { ...store, write: async () => undefined as W }
}
