/**
 * The CLI commands that work on a board's files: a run (written, or shown as what would change),
 * check-links and init. Loaded only by a command that needs them: --help and --version load none
 * of the run's modules (configuration, listings, rendering, YAML, Markdown parsers).
 */
import { boardLabel, type BoardResult, type RunResult } from '../board.js'
import { parseInitSettings, parseSettings, type RawInputs } from '../config/config.js'
import { errors } from '../errors.js'
import { localFiles } from '../files/local-files.js'
import { countWord } from '../log-text.js'
import { localStore, type Redirect, type WrittenFiles } from '../publish/workspace.js'
import { runBoards } from '../run.js'
import type { BoardsFileResult } from '../init/boards-file.js'
import type { InitResult } from '../init/init.js'
import { UsageError, type CliArgs } from './args.js'
import { EXIT } from './exit.js'
import { preview } from './preview.js'
import { say, sayDiff, type Output, type Terminal } from './terminal.js'
import { salaryText } from '../stats/stats.js'

export async function runBoard(args: CliArgs, terminal: Terminal): Promise<number> {
  const settings = parseSettings(args.inputs)
  const log = {
    warn: (message: string) => say(terminal.stderr, `warning: ${message}`),
    info: (message: string) => say(terminal.stderr, message)
  }
  const { run, boards: configs } = await settings.resolve(localFiles().readFile)
  if (args.out !== undefined && configs.length > 1)
    throw new UsageError('--out writes one README; it cannot be used with a boards file (--config)')
  const report = args.out === '-' ? terminal.stderr : terminal.stdout
  const redirect = redirectOf(args.out, configs[0]?.readme, terminal.stdout)
  const dryRun = run.dryRun || args.check
  const outcome = await runBoards({ ...run, dryRun }, configs, localStore('.', redirect), log)
  const { boards: results, changed } = outcome.run
  const lines = results.map(board => `${boardLabel(board)}: ${summary(board)}`)
  if (dryRun) {
    await showChanges(outcome.run, report)
    if (args.check) {
      say(report, `${changed ? 'Would change' : 'Up to date'}: ${lines.join('; ')}`)
      return changed ? EXIT.changes : EXIT.done
    }
    say(report, `Dry run, nothing written: ${lines.join('; ')}`)
    return EXIT.done
  }
  const [board] = results
  const readmes = results.map(each => each.readmePath)
  if (redirect && board) {
    // --out gets the README even when it is up to date.
    if (!outcome.run.files.some(file => file.path === board.readmePath))
      await writeOut(redirect, board.after)
    const where = args.out === '-' ? 'the README to standard output' : args.out
    const out = typeof redirect.to === 'string' ? [redirect.to] : []
    const files = besides(outcome.written, [...readmes, ...out])
    // `--out -` previews: the store writes no file but the README, to standard output.
    const others = outcome.run.files.filter(file => !readmes.includes(file.path))
    const kept = [
      ['not written', others.filter(file => !('deleted' in file))],
      ['not deleted', others.filter(file => 'deleted' in file)]
    ] as const
    const untouched = kept
      .filter(([, files]) => files.length > 0)
      .map(([what, files]) => `${what}: ${files.map(file => file.path).join(', ')}`)
    const preview =
      args.out === '-' && untouched.length > 0
        ? ` (${untouched.join('; ')}; --out - prints the README and nothing else)`
        : ''
    say(
      report,
      `Wrote ${where} (${board.readmePath} itself unchanged): ${summary(board)}${files && ` (also ${files})`}${preview}`
    )
    return EXIT.done
  }
  const files = besides(outcome.written, readmes)
  if (!changed) say(report, `Up to date: ${lines.join('; ')}`)
  else {
    // Each README the run left as it was says so: the change was another file (a snapshot).
    const rewritten = new Set(outcome.written?.written)
    const updated = results.filter(each => rewritten.has(each.readmePath))
    const described = results.map(each =>
      updated.includes(each) || updated.length === 0
        ? `${boardLabel(each)}: ${summary(each)}`
        : `${boardLabel(each)} (up to date): ${summary(each)}`
    )
    say(
      report,
      updated.length === 0
        ? `Up to date: ${described.join('; ')} (${files})`
        : `Updated: ${described.join('; ')}${files && ` (also ${files})`}`
    )
  }
  return EXIT.done
}

/** With --out, the README goes there (`-`: standard output) instead of over itself. */
function redirectOf(
  out: string | undefined,
  readme: string | undefined,
  stdout: Output
): Redirect | undefined {
  if (out === undefined || readme === undefined) return undefined
  return { path: readme, to: out === '-' ? text => stdout.write(text) : out }
}

async function writeOut({ to }: Redirect, text: string): Promise<void> {
  if (typeof to === 'string') await localFiles().write([{ path: to, text }], { userPaths: [to] })
  else to(text)
}

/** --check and --dry-run: each README that would change as a unified diff, the other files by name. */
async function showChanges(run: RunResult, report: Output): Promise<void> {
  const { patch, writes, deletes } = await preview(run.boards, run.files)
  if (patch) sayDiff(report, patch)
  if (writes.length) say(report, `Would write ${writes.join(', ')}`)
  if (deletes.length) say(report, `Would delete ${deletes.join(', ')}`)
}

/**
 * The files the store wrote beside the `readmes` (archive snapshots, feeds) and deleted, as
 * `wrote archive/2026-12-02.md; deleted 1 old snapshot`; empty when none.
 */
function besides(written: WrittenFiles | undefined, readmes: string[]): string {
  const paths = (written?.written ?? []).filter(path => !readmes.includes(path))
  const deleted = written?.deleted.length ?? 0
  return [
    paths.length > 0 ? `wrote ${paths.join(', ')}` : '',
    deleted > 0 ? `deleted ${deleted} old ${countWord(deleted, 'snapshot')}` : ''
  ]
    .filter(Boolean)
    .join('; ')
}

/**
 * `check-links` (or `--mode check-links`): closes the dead postings of the local listings file.
 * `--check` writes nothing, as `--dry-run`, and exits 1 when a posting would be closed.
 */
export async function runCheckLinks(
  inputs: RawInputs,
  check: boolean,
  terminal: Terminal
): Promise<number> {
  const log = {
    warn: (message: string) => say(terminal.stderr, `warning: ${message}`),
    info: (message: string) => say(terminal.stderr, message)
  }
  const { run, boards: configs } = await parseSettings(inputs).resolve(localFiles().readFile)
  const { runLinkCheck } = await import('../links/run.js')
  const { linkLines } = await import('../links/report.js')
  const dryRun = run.dryRun || check
  const outcome = await runLinkCheck({ ...run, dryRun }, configs, localStore('.'), log, {
    // In a workflow, the CLI is on a runner too: its network is not the postings' to reach.
    onGitHubActions: process.env.GITHUB_ACTIONS === 'true'
  })
  for (const line of linkLines(outcome, dryRun)) say(terminal.stdout, line)
  if (outcome.written)
    say(terminal.stdout, `Updated: ${outcome.run.files.map(file => file.path).join(', ')}`)
  // Said as any other failure is, by runCli.
  if (outcome.refused) throw outcome.refused
  return check && outcome.closed > 0 ? EXIT.changes : EXIT.done
}

/** `init --contribution`: the issue forms and workflows that let readers contribute listings. */
export async function runInitContribution(args: CliArgs, terminal: Terminal): Promise<number> {
  const { writeContributionFiles } = await import('../init/contribution-files.js')
  const result = await writeContributionFiles(args.inputs, localFiles(), { force: args.force })
  if (result.existing.length > 0) {
    say(
      terminal.stderr,
      `jobs-readme: ${result.existing.join(', ')} already ${result.existing.length > 1 ? 'exist' : 'exists'}; nothing was written (--force overwrites)`
    )
    return EXIT.failed
  }
  for (const path of result.written) say(terminal.stdout, `Wrote ${path}`)
  say(terminal.stdout, result.next)
  return EXIT.done
}

/**
 * `init`: wraps an existing board's tables, Last updated line and stats in markers, and
 * describes the tables it found in a starting boards file (`--config`, default jobs-readme.yml),
 * written with the README in one all-or-nothing write.
 */
export async function runInit(args: CliArgs, terminal: Terminal): Promise<number> {
  const { readme, markerPrefix, boardsFile } = parseInitSettings(args.inputs)
  const io = localFiles()
  const before = await io.readFile(readme)
  if (before === undefined) throw errors.readmeMissing(readme)
  const { initReadme } = await import('../init/init.js')
  const result = initReadme(before, { prefix: markerPrefix, line: args.line })
  const changed = result.text !== before
  const report = args.out === '-' ? terminal.stderr : terminal.stdout
  if (args.check) {
    say(
      report,
      `${readme} ${changed ? `needs markers for: ${result.wrapped.join(', ')}` : 'has its markers'}`
    )
    return changed ? EXIT.changes : EXIT.done
  }
  // --out previews the README elsewhere: the boards file waits for the real init.
  // The tables a boards file gets: those wrapped now, or those already in their zones.
  const tables = args.out === undefined ? [...result.tables, ...(result.marked ?? [])] : []
  const boards = await startingBoardsFile(
    boardsFile,
    {
      readme,
      prefix: markerPrefix,
      tables,
      updated: result.updated,
      counts: result.counts,
      labels: result.labels,
      ...(result.updatedAt === undefined ? {} : { updatedAt: result.updatedAt })
    },
    io.readFile
  )
  const files = boards.text === undefined ? [] : [{ path: boardsFile, text: boards.text }]
  if (args.out === '-') terminal.stdout.write(result.text)
  else if (args.out !== undefined)
    await io.write([{ path: args.out, text: result.text }], { userPaths: [args.out] })
  else if (changed) files.unshift({ path: readme, text: result.text })
  if (files.length > 0) await io.write(files)
  const where = args.out === '-' ? 'standard output' : (args.out ?? readme)
  say(
    report,
    changed
      ? `Added markers to ${where} around: ${result.wrapped.join(', ')}. Nothing else changed.`
      : `${readme} already has its markers${boards.text === undefined ? '; nothing to do' : ''}.`
  )
  for (const table of result.tables)
    for (const cut of table.joined ?? [])
      say(
        report,
        `Joined the two halves of the table under "${table.heading}" into zone ${table.zone === undefined ? 'openings' : `openings:${table.zone}`}: lines ${cut.first}-${cut.last} between them (the note the board's script writes where it cuts a long table) are in the zone, and the first run writes one table there.`
      )
  const left = result.countsLeftOut
  if (left)
    say(
      report,
      `Left lines ${left.first}-${left.last} ("${left.heading.trim()}" and its lines) outside any zone: ${left.problem}. A run does not touch them: the numbers there stay as written.`
    )
  const lastUpdated = result.updatedUnread
  if (lastUpdated && boards.text !== undefined)
    say(
      report,
      `The Last updated line (line ${lastUpdated.line}, "${lastUpdated.text}") gets the default line: ${lastUpdated.problem}. To keep its shape, give the first board of ${readme} an updated: template (and timezone: for its zone), see README: Last updated.`
    )
  const shownCount = result.updatedCount
  if (shownCount && boards.text !== undefined)
    say(
      report,
      `The Last updated line shows "${shownCount.shown}", which init does not write as the open roles of the tables (${shownCount.rows}${shownCount.shown.includes(',') ? ', or written with thousands separators' : ''}): its updated: template keeps the number as written, and no run changes it. To have runs write the count, put {{ total }} in its place (the updated option, see README: Inputs).`
    )
  const elsewhere = result.updatedLeftOut
  if (elsewhere)
    say(
      report,
      `Line ${elsewhere.line} ("${elsewhere.text}") reads as a Last updated line in ${elsewhere.where}: init wraps only a Last updated line of its own (a line of a paragraph at the top level), so it left this one as it is, and no run updates its date. To have runs write it, make it such a line (no quote, heading, list or HTML around it) and run init again.`
    )
  const unread = result.countsUnread
  if (unread && boards.text !== undefined)
    say(
      report,
      `The counts zone (lines ${unread.first}-${unread.last}, "${unread.heading.trim()}") is written so that init guessed no counts template: ${unread.problem}. The first run writes it with the default template: give the first board of ${readme} a counts: template to keep its shape.`
    )
  const empty = tables.filter(table => 'empty' in table && table.empty)
  if (empty.length > 0 && boards.text !== undefined)
    say(
      report,
      `${countWord(empty.length, 'Zone', 'Zones')} ${empty.map(table => (table.zone === undefined ? 'openings' : `openings:${table.zone}`)).join(', ')} of ${readme} ${empty.length === 1 ? 'holds' : 'hold'} no table yet: ${empty.length === 1 ? 'its board writes' : 'their boards write'} the default table; choose ${empty.length === 1 ? 'its' : 'their'} rows and columns in ${boardsFile}.`
    )
  if (boards.text !== undefined)
    say(
      report,
      `${boards.existed ? 'Added' : 'Wrote'} ${boards.added} ${countWord(boards.added, 'board')} ${boards.existed ? 'to' : 'in'} ${boardsFile}, each table as ${readme} writes it; check its cell templates, then run: jobs-readme --config ${boardsFile}`
    )
  else if (tables.length > 0 && !boards.stale)
    say(report, `${boardsFile} already describes the tables of ${readme}; left as it is.`)
  for (const stale of boards.stale ?? []) say(report, stale)
  for (const note of boards.notes ?? []) say(report, note)
  return EXIT.done
}

/** The boards file with the tables init found; its text undefined when it has them already. */
async function startingBoardsFile(
  path: string,
  found: {
    readme: string
    prefix: string
    tables: (InitResult['tables'][number] | NonNullable<InitResult['marked']>[number])[]
    updated?: string
    counts?: string
    labels?: Record<string, string>
    updatedAt?: number
  },
  readFile: (path: string) => Promise<string | undefined>
): Promise<BoardsFileResult & { existed: boolean }> {
  const { readme, prefix, tables, updated, counts, labels, updatedAt } = found
  if (tables.length === 0) return { added: 0, existed: false }
  const existing = await readFile(path)
  const beside = await listingsBeside(readFile)
  const listings = existing === undefined ? beside : undefined
  const records = beside === undefined ? undefined : await listingsJson(beside, readFile)
  const fields = listings === undefined ? undefined : await proposedFields(listings, readFile)
  const { boardsFileWith } = await import('../init/boards-file.js')
  try {
    return {
      ...boardsFileWith(
        existing,
        readme,
        tables,
        listings,
        prefix,
        updated,
        counts,
        records,
        fields,
        labels,
        updatedAt ?? Date.now()
      ),
      existed: existing !== undefined
    }
  } catch (error) {
    throw new UsageError(
      `${path} is not a boards file init can add to (${(error as Error).message}); fix it, or name another with --config. Nothing was written.`
    )
  }
}

/**
 * The `fields` mapping the load stage's hint proposes for the listings at `path`, read as a run
 * reads them (company=company_name,... for a feed of another shape), so that the first run reads
 * them with no edit; undefined when the feed needs none, or cannot be read (the run says why).
 */
async function proposedFields(
  path: string,
  readFile: (path: string) => Promise<string | undefined>
): Promise<string | undefined> {
  const { loadListings } = await import('../load/load.js')
  try {
    return (await loadListings(parseSettings({ listings: path }).run, { readFile })).feed.fields
  } catch {
    return undefined
  }
}

/** Where boards keep their listings, the first that exists. */
async function listingsBeside(
  readFile: (path: string) => Promise<string | undefined>
): Promise<string | undefined> {
  for (const path of LISTINGS_PLACES) if ((await readFile(path)) !== undefined) return path
  return undefined
}

/**
 * The records of a JSON listings file, which the cell guesses read (a field a second button's
 * address is written from); undefined when it is not JSON: the guesses then do without.
 */
async function listingsJson(
  path: string,
  readFile: (path: string) => Promise<string | undefined>
): Promise<unknown[] | undefined> {
  if (!path.endsWith('.json')) return undefined
  try {
    const parsed: unknown = JSON.parse((await readFile(path)) ?? '')
    return Array.isArray(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

const LISTINGS_PLACES = [
  '.github/scripts/listings.json',
  'listings.json',
  'jobs.json',
  'listings.jsonl',
  'listings.csv'
]

function summary({ stats, added, removed, invalidCount }: BoardResult): string {
  const salary = salaryText(stats.avgSalaryK)
  const skipped = invalidCount ? `, ${invalidCount} invalid skipped` : ''
  return (
    `${stats.jobs} ${countWord(stats.jobs, 'opening')} (+${added.length} -${removed.length}), ${stats.remotePercent}% remote, ` +
    `${stats.companies} ${countWord(stats.companies, 'company', 'companies')}, avg salary ${salary}${skipped}`
  )
}
