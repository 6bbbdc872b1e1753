/**
 * A run never writes over or deletes its own inputs. Every file a run writes or may delete (each
 * board's README, its feeds, its archive snapshots of any day, which archive-days deletes once
 * they expire) is compared with every file the run reads as input (the listings when they are a
 * path, the boards file, the labels files) and with the other files it writes (a README or a
 * feed that an archive template names), as the repository paths they are. A clash is refused
 * when the settings are resolved: before the listings are read, before anything is written.
 *
 * Two boards writing the same path are refused where the boards file is read (boards.ts), with
 * the rule for boards sharing one README; this rule adds what a template and the inputs need.
 */
import { errors } from '../errors.js'
import { isHttpUrl } from '../url.js'
import type { BoardSettings, RunSettings } from './config.js'
import { archiveDay, comparablePath } from './paths.js'

/** A file the run reads as input. */
interface Input {
  /** As compared: `./listings.json` is `listings.json`. */
  path: string
  /** As the setting gives it. */
  given: string
  /** The setting that names it. */
  setting: 'listings' | 'config' | 'labels'
}

/** A file (or, for an archive, a template of files) a board writes. */
interface Output {
  board: number
  setting: 'readme' | 'feed-path' | 'archive-path'
  /** A path, or an archive template holding `{date}`. */
  path: string
}

const INPUT_NAMES: Record<Input['setting'], { file: string; yours: string }> = {
  listings: { file: 'the listings file', yours: 'your listings' },
  config: { file: 'the boards file', yours: 'your boards file' },
  labels: { file: 'the labels file', yours: 'your labels' }
}

const OUTPUT_NAMES: Record<Output['setting'], string> = {
  readme: 'the README',
  'feed-path': 'the feed',
  'archive-path': "a day's snapshot"
}

/**
 * Refuses (a bad-input error naming both settings and what to do) the first file the run would
 * write or delete that is one of its inputs, or that an archive template also names.
 * `labelsFiles` are the labels files the boards read.
 */
export function checkRunFiles(
  run: RunSettings,
  boards: readonly BoardSettings[],
  labelsFiles: readonly string[]
): void {
  const inputs: Input[] = [
    ...(run.listings && !isHttpUrl(run.listings) ? [input(run.listings, 'listings')] : []),
    ...(run.boardsFile ? [input(run.boardsFile, 'config')] : []),
    ...labelsFiles.map(path => input(path, 'labels'))
  ]
  const outputs: Output[] = boards.flatMap((board, index) => [
    { board: index, setting: 'readme' as const, path: board.readme },
    ...board.feedPaths.map(path => ({ board: index, setting: 'feed-path' as const, path })),
    ...(board.archivePath
      ? [{ board: index, setting: 'archive-path' as const, path: board.archivePath }]
      : [])
  ])
  const taken = new Set([...inputs, ...outputs].map(file => file.path))
  // With a boards file the message names the board, then the setting; an input is named already.
  const refuse = (output: Output, problem: string) =>
    run.boardsFile
      ? errors.badBoardsFile(
          run.boardsFile,
          boardName(boards, output.board),
          `${output.setting} ${problem}`
        )
      : errors.badInput(output.setting, problem)
  for (const output of outputs) {
    for (const input of inputs) {
      const problem = inputClash(output, input, boards, taken)
      if (problem) throw refuse(output, problem)
    }
    if (output.setting === 'archive-path') continue
    for (const other of outputs) {
      if (other === output) continue
      const problem = outputClash(output, other, boards, taken)
      if (problem) throw refuse(output, problem)
    }
  }
}

/** What is wrong when `output` writes (or deletes) the input; undefined when it does not. */
function inputClash(
  output: Output,
  input: Input,
  boards: readonly BoardSettings[],
  taken: ReadonlySet<string>
): string | undefined {
  const { file, yours } = INPUT_NAMES[input.setting]
  const given = input.given === input.path ? '' : `, given as "${input.given}"`
  const named = `${file} (the "${input.setting}" ${input.setting === 'config' ? 'input' : 'setting'}${given})`
  if (output.setting !== 'archive-path')
    return output.path === input.path
      ? `"${output.path}" is ${named}: ${OUTPUT_NAMES[output.setting]} would replace ${yours}. ${ownPath(output, taken)}`
      : undefined
  const day = archiveDay(output.path, input.path)
  if (day === undefined) return undefined
  const expires =
    boards[output.board]?.archiveDays === undefined
      ? ''
      : `, and archive-days would delete ${yours} once that day's snapshot expires`
  return `"${output.path}" names ${file} "${input.path}" (the "${input.setting}" setting${given}) as the snapshot of ${day}: that day's snapshot would replace ${yours}${expires}. ${ownPath(output, taken)}`
}

/** What is wrong when the README or feed `output` is also written by `other`; undefined when it is not. */
function outputClash(
  output: Output,
  other: Output,
  boards: readonly BoardSettings[],
  taken: ReadonlySet<string>
): string | undefined {
  const whose = other.board === output.board ? 'this board' : boardName(boards, other.board)
  if (other.setting === 'archive-path') {
    const day = archiveDay(other.path, output.path)
    if (day === undefined) return undefined
    const expires =
      boards[other.board]?.archiveDays === undefined
        ? ''
        : ', and archive-days would delete it once that snapshot expires'
    return `"${output.path}" is the snapshot of ${day} that the archive-path "${other.path}" of ${whose} names: that day's snapshot would replace ${OUTPUT_NAMES[output.setting]}${expires}. ${ownPath(output, taken)}, outside the archive's template`
  }
  // Boards sharing a README write each its own zone of it (checked with the boards file).
  if (output.setting === 'readme' && other.setting === 'readme') return undefined
  if (output.path !== other.path || output.setting === other.setting) return undefined
  return `"${output.path}" is also the ${other.setting} of ${whose}: ${OUTPUT_NAMES[output.setting]} and ${OUTPUT_NAMES[other.setting]} would replace each other. ${ownPath(output, taken)}`
}

/** What to do: the setting, given a path no other file of the run has. */
function ownPath(output: Output, taken: ReadonlySet<string>): string {
  const extension = /\.[A-Za-z0-9]+$/.exec(output.path)?.[0] ?? ''
  const feedExtension = /^\.xml$/i.test(extension) ? extension : '.json'
  const candidates = {
    readme: ['README.md', 'JOBS.md', 'jobs/README.md'],
    'feed-path': [`feed${feedExtension}`, `jobs-feed${feedExtension}`],
    'archive-path': [`archive/{date}${extension || '.md'}`, `snapshots/{date}${extension || '.md'}`]
  }[output.setting]
  const free = candidates.find(path => !taken.has(path)) ?? candidates.at(-1)
  const what = {
    readme: 'Give the README its own path',
    'feed-path': 'Give the feed its own path',
    'archive-path': 'Give the snapshots their own folder'
  }[output.setting]
  return `${what}, such as "${free}"`
}

function input(given: string, setting: Input['setting']): Input {
  return { path: comparablePath(given), given: given.trim(), setting }
}

/** `board 2 (frontend)`, as the boards file's messages name a board. */
function boardName(boards: readonly BoardSettings[], index: number): string {
  const category = boards[index]?.category
  return `board ${index + 1}${category ? ` (${category})` : ''}`
}
