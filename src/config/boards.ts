/**
 * Several boards in one run: the YAML file named by the `config` input lists boards, each a
 * README with its own category and options, written with the input names:
 *
 *     boards:
 *       - category: backend
 *         readme: boards/backend/README.md
 *         feed-path: [boards/backend/feed.json, boards/backend/feed.xml]
 *       - category: frontend
 *         readme: boards/frontend/README.md
 *         max-rows: 30
 *
 * A board starts from the action's inputs and overrides what it names, so each board is one
 * ordinary BoardSettings. What concerns the whole run is set once: the listings (loaded once for
 * every board) and how they are read, and how contributions are taken, may sit at the top of the
 * file beside `boards`; the commit, the token and the clock are inputs only.
 *
 *     listings: .github/scripts/listings.json
 *     fields: { company: company_name, posted_at: date_posted }
 *     contribution: { label: approved, kinds: { new_role: new } }
 *     boards: [...]
 */

import * as v from 'valibot'
import { errors, isBoardError, yamlProblem } from '../errors.js'
import { isHttpUrl } from '../url.js'
import { yamlValue } from '../yaml.js'
import {
  fieldsOf,
  parseBoard,
  parseFields,
  parseLabels,
  type BoardSettings,
  type RawInputs,
  type RunSettings
} from './config.js'
import { BOARD_OPTIONS, INPUTS } from './inputs.js'
import { comparablePath } from './paths.js'
import { parseSelection, SELECTION_OPTIONS } from './selection.js'
import { dateColumn } from './table.js'

/**
 * One BoardSettings per board, in the file's order. `file` names the file in messages; `raw`
 * are the action's inputs (or the CLI's flags), the defaults of every board; `resolve` reads what
 * a board's inputs name (a labels file).
 */
export async function parseBoards(
  text: string,
  raw: RawInputs,
  file: string,
  resolve: (board: RawInputs) => Promise<RawInputs> = async board => board
): Promise<BoardSettings[]> {
  return (await readBoards(text, raw, file, resolve)).boards
}

/**
 * The boards file read: the run's inputs with what its top level sets (an input given as well,
 * other than its default, must say the same), and its boards laid over those inputs.
 */
export async function readBoards(
  text: string,
  raw: RawInputs,
  file: string,
  resolve: (board: RawInputs) => Promise<RawInputs> = async board => board
): Promise<{ inputs: RawInputs; boards: BoardSettings[]; fields?: RunSettings['fields'] }> {
  const document = parseDocument(text, file)
  const selections = takeSelections(document)
  const { boards, run, fields } = readBoardsFile(document, file)
  const inputs = withRunOptions(raw, run, file)
  if (fields) checkSameFields(fields, raw.fields, file)
  // The labels input is every board's default as the other inputs are, key by key: a board's
  // own labels are laid over it (`position: Stelle` keeps the input's `company: Firma`).
  const labels = inputs.labels
    ? parseLabels((await resolve({ labels: inputs.labels })).labels)
    : undefined
  const configs: BoardSettings[] = []
  for (const [index, board] of boards.entries()) {
    const selection = parseSelection(selections[index] ?? {}, file, boardName(board, index))
    let config: BoardSettings
    try {
      const own = await resolve({ ...inputs, ...boardInputs(board) })
      config = { ...parseBoard(own, labels), ...selection }
    } catch (error) {
      if (!isBoardError(error)) throw error
      throw errors.badBoardsFile(file, boardName(board, index), error.message)
    }
    if (
      config.rowShape.repeatCompanyWhen === 'same-date-text' &&
      dateColumn(config.table.columns) < 0
    )
      throw errors.badBoardsFile(
        file,
        boardName(board, index),
        '"repeat-company-when: same-date-text" compares the text of the date column, and no column of the table shows posted_at: add one (cell: \'{{ posted_at | date }}\') or use same-day'
      )
    configs.push(config)
  }
  checkNoSharedFiles(configs, boards, file)
  return { inputs, boards: configs, fields }
}

/** The file's `fields` mapping and the input `fields`, when both are given, must say the same. */
function checkSameFields(fields: RunSettings['fields'], input: string | undefined, file: string) {
  const given = input?.trim() ? parseFields(input) : undefined
  const sorted = (mapping: RunSettings['fields']) => JSON.stringify(Object.entries(mapping).sort())
  if (given && sorted(given) !== sorted(fields))
    throw errors.badBoardsFile(
      file,
      '"fields"',
      `is ${JSON.stringify(fields)} here and "${input}" as the input fields; set it in one place`
    )
}

/** The inputs with the file's run options; an input set (not to its default) to another value is refused. */
function withRunOptions(raw: RawInputs, run: RawInputs, file: string): RawInputs {
  const inputs = { ...raw }
  for (const [name, value] of Object.entries(run)) {
    const given = raw[name]?.trim()
    const fallback = INPUTS.find(input => input.name === name)?.default
    if (given && given !== fallback && !sameRunValue(name, given, value))
      throw errors.badBoardsFile(
        file,
        `"${fileKey(name)}"`,
        `is "${value}" here and "${given}" as the input ${name}; set it in one place`
      )
    inputs[name] = value
  }
  return inputs
}

/** An input and the file's value say the same: `./listings.json` is `listings.json`. */
function sameRunValue(name: string, given: string, value: string | undefined): boolean {
  if (given === value || value === undefined) return given === value
  return name === 'listings' && !isHttpUrl(given) && comparablePath(given) === comparablePath(value)
}

/** The boards-file key of a run input: `contribution.label` for `contribution-label`. */
function fileKey(name: string): string {
  const key = Object.entries(CONTRIBUTION_OPTIONS).find(([, input]) => input === name)?.[0]
  return key === undefined ? name : `contribution.${key}`
}

/** Run-wide inputs the top of a boards file may set; the commit's, the token and the clock stay inputs. */
export const RUN_FILE_OPTIONS = [
  'listings',
  'listings-format',
  'listings-timeout',
  'listings-max-bytes',
  'listings-max-pages',
  'fields',
  'max-cell-length',
  'strict',
  'closed-urls',
  'link-timeout',
  'link-concurrency',
  'link-host-delay-ms'
] as const

/** The keys of the file's `contribution` mapping, and the input each stands for. */
const CONTRIBUTION_OPTIONS = {
  label: 'contribution-label',
  'refused-label': 'contribution-refused-label',
  kinds: 'contribution-kinds',
  fields: 'contribution-fields'
} as const

type BoardValue = v.InferOutput<typeof BoardValueSchema>
type Board = Record<string, BoardValue>

const ScalarSchema = v.union([v.string(), v.number(), v.boolean()])
// A mapping holds labels (flat) or a table (nested), which their own parsers check.
const BoardValueSchema = v.union([
  ScalarSchema,
  v.array(ScalarSchema),
  v.pipe(
    v.custom<object>(value => typeof value === 'object' && value !== null && !Array.isArray(value)),
    v.record(v.string(), v.unknown())
  )
])
const BoardsFileSchema = v.strictObject({
  boards: v.pipe(
    v.array(v.record(v.string(), v.nullable(BoardValueSchema))),
    v.minLength(1, 'must list at least one board')
  ),
  ...Object.fromEntries(
    RUN_FILE_OPTIONS.map(name => [name, v.optional(v.nullable(BoardValueSchema))])
  ),
  contribution: v.optional(
    v.nullable(
      v.strictObject(
        Object.fromEntries(
          Object.keys(CONTRIBUTION_OPTIONS).map(key => [
            key,
            v.optional(v.nullable(BoardValueSchema))
          ])
        )
      )
    )
  )
})

function parseDocument(text: string, file: string): unknown {
  try {
    // Boards may share options through a merge key (`<<: *defaults`), as YAML 1.1 reads it.
    return yamlValue(text, { merge: true })
  } catch (error) {
    throw errors.badBoardsFile(file, 'the YAML', yamlProblem(error))
  }
}

/**
 * Takes the selection and row options (structured values, see selection.ts) out of each board
 * of the document, for their own parser; the rest are read as inputs.
 */
function takeSelections(document: unknown): Record<string, unknown>[] {
  const boards = (document as { boards?: unknown } | null)?.boards
  if (!Array.isArray(boards)) return []
  return boards.map(board => {
    const taken: Record<string, unknown> = {}
    if (typeof board !== 'object' || board === null || Array.isArray(board)) return taken
    for (const key of SELECTION_OPTIONS)
      if (Object.hasOwn(board, key)) {
        const value = (board as Record<string, unknown>)[key]
        if (value !== null) taken[key] = value
        delete (board as Record<string, unknown>)[key]
      }
    return taken
  })
}

function readBoardsFile(
  document: unknown,
  file: string
): { boards: Board[]; run: RawInputs; fields?: RunSettings['fields'] } {
  const result = v.safeParse(BoardsFileSchema, document)
  if (!result.success) throw schemaError(result.issues[0], file)
  const { boards, contribution, ...top } = result.output as typeof result.output & {
    [name: string]: BoardValue | null | undefined
  }
  const run: RawInputs = {}
  let fields: RunSettings['fields'] | undefined
  for (const name of RUN_FILE_OPTIONS) {
    const value = top[name]
    if (value === null || value === undefined) continue
    // The mapping form of `fields` is read as it is, so a source name may hold a comma or "=".
    if (name === 'fields' && typeof value === 'object' && !Array.isArray(value))
      fields = fieldsOf(value, problem => errors.badBoardsFile(file, '"fields"', problem))
    else {
      const problem = shapeProblem(name, value)
      if (problem) throw errors.badBoardsFile(file, 'the top level', problem)
      run[name] = inputText(value)
    }
  }
  for (const [key, name] of Object.entries(CONTRIBUTION_OPTIONS)) {
    const value = (contribution as Record<string, BoardValue | null | undefined> | null)?.[key]
    if (value !== null && value !== undefined) run[name] = inputText(value)
  }
  return { boards: boards.map((board, index) => checkedBoard(board, index, file)), run, fields }
}

/** The first problem valibot found, said in the words of the file. */
function schemaError(issue: v.BaseIssue<unknown>, file: string) {
  const [top, index, key] = (issue.path ?? []).map(item => item.key)
  const noBoardsList =
    top === undefined || (top === 'boards' && index === undefined && issue.input === undefined)
  if (noBoardsList)
    return errors.badBoardsFile(file, 'the top level', 'must be a mapping with a "boards" list')
  if (top === 'contribution')
    return errors.badBoardsFile(
      file,
      '"contribution"',
      index === undefined
        ? `must be a mapping of ${Object.keys(CONTRIBUTION_OPTIONS).join(', ')}`
        : `"${String(index)}" is not a contribution setting; use ${Object.keys(CONTRIBUTION_OPTIONS).join(', ')}`
    )
  if ((RUN_FILE_OPTIONS as readonly unknown[]).includes(top))
    return errors.badBoardsFile(
      file,
      `"${String(top)}"`,
      'must be text, a number, true or false, or a list or mapping of those'
    )
  if (top !== 'boards')
    return errors.badBoardsFile(file, 'the top level', topLevelProblem(String(top)))
  if (index === undefined)
    return errors.badBoardsFile(
      file,
      '"boards"',
      issue.type === 'min_length' ? issue.message : 'must be a list of boards'
    )
  const where = `board ${Number(index) + 1}`
  if (key === undefined) return errors.badBoardsFile(file, where, 'must be a mapping of options')
  return errors.badBoardsFile(
    file,
    where,
    `"${String(key)}" must be text, a number, true or false, a list of those, or (for labels and table) a mapping`
  )
}

function topLevelProblem(key: string): string {
  if (BOARD_OPTIONS.includes(key) || (SELECTION_OPTIONS as readonly string[]).includes(key))
    return `"${key}" is a board option; set it on each board under "boards"`
  if (INPUTS.some(input => input.name === key))
    return `"${key}" can only be an input of the action (or a flag of the CLI)`
  return `"${key}" is not a setting; the top level holds "boards", "contribution" and ${RUN_FILE_OPTIONS.join(', ')}`
}

/** Drops empty options and refuses names a board cannot set. */
function checkedBoard(
  board: Record<string, BoardValue | null>,
  index: number,
  file: string
): Board {
  const checked: Board = {}
  for (const [key, value] of Object.entries(board)) {
    if (!BOARD_OPTIONS.includes(key))
      throw errors.badBoardsFile(file, boardName(board, index), unknownOption(key))
    if (value === null) continue
    const problem = shapeProblem(key, value)
    if (problem) throw errors.badBoardsFile(file, boardName(board, index), problem)
    checked[key] = value
  }
  if (checked.readme === undefined || String(checked.readme).trim() === '')
    throw errors.badBoardsFile(
      file,
      boardName(board, index),
      'needs a "readme": the file this board updates'
    )
  if (typeof checked.readme !== 'string')
    throw errors.badBoardsFile(
      file,
      boardName(board, index),
      `"readme" is ${JSON.stringify(checked.readme)}, a ${typeof checked.readme}: it must be the path of the file this board updates, as text (readme: README.md; a name YAML would read otherwise goes in quotes: readme: "${String(checked.readme)}")`
    )
  return checked
}

/**
 * A list or mapping given to an option that takes one value (inputs.ts: `shape`), which would
 * otherwise be read as its comma-joined text or its JSON.
 */
function shapeProblem(key: string, value: BoardValue): string | undefined {
  const shape = INPUTS.find(input => input.name === key)?.shape
  if (Array.isArray(value) && shape !== 'list' && value.length === 1)
    return `"${key}" takes one value, not a list: write ${key}: ${String(value[0])}`
  if (Array.isArray(value) && shape !== 'list')
    return `"${key}" takes one value, not a list (${value.map(String).join(', ')})${
      key === 'category'
        ? '; a board shows one category: give each category a board of its own, with its own readme or zone'
        : key === 'listings'
          ? '; the listings come from one source, a file or a URL: merge the files into one first (for JSON, such as jq -s add a.json b.json > listings.json), and name it'
          : ''
    }`
  if (typeof value === 'object' && !Array.isArray(value) && shape !== 'mapping')
    return `"${key}" takes one value, not a mapping (${JSON.stringify(value)})`
  return undefined
}

function unknownOption(key: string): string {
  if ((RUN_FILE_OPTIONS as readonly string[]).includes(key))
    return `"${key}" is the same for every board; set it at the top of the boards file (beside "boards:"), or as an input of the action`
  if (INPUTS.some(input => input.name === key))
    return `"${key}" is the same for every board; set it as an input of the action instead`
  return `"${key}" is not a board option; use one of ${[...BOARD_OPTIONS, ...SELECTION_OPTIONS].join(', ')}`
}

/** `board 2 (frontend)`, for messages. */
function boardName(board: Record<string, unknown>, index: number): string {
  const category = board.category
  return `board ${index + 1}${typeof category === 'string' && category ? ` (${category})` : ''}`
}

/** A board's options as raw input text: lists comma-separated, a labels mapping as JSON. */
function boardInputs(board: Board): RawInputs {
  return Object.fromEntries(Object.entries(board).map(([key, value]) => [key, inputText(value)]))
}

function inputText(value: BoardValue): string {
  if (Array.isArray(value)) return value.map(String).join(',')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * Two boards writing one file would overwrite each other in the commit. A README is the
 * exception: boards may share one when each writes its own zone, with the same markers.
 */
function checkNoSharedFiles(configs: BoardSettings[], boards: Board[], file: string): void {
  const writers = new Map<string, number>()
  const readmes = new Map<string, number>()
  configs.forEach((config, index) => {
    const name = boardName(boards[index]!, index)
    const sharing = readmes.get(config.readme)
    if (sharing === undefined) readmes.set(config.readme, index)
    else
      checkSharedReadme(configs[sharing]!, config, boardName(boards[sharing]!, sharing), name, file)
    const paths = [config.archivePath, ...config.feedPaths].filter(
      (path): path is string => path !== undefined
    )
    if (sharing === undefined) paths.unshift(config.readme)
    for (const path of new Set(paths)) {
      const other = writers.get(path)
      if (other !== undefined)
        throw errors.badBoardsFile(
          file,
          name,
          `writes "${path}", as ${boardName(boards[other]!, other)} does; give each board its own files`
        )
      writers.set(path, index)
    }
  })
}

function checkSharedReadme(
  earlier: BoardSettings,
  board: BoardSettings,
  earlierName: string,
  name: string,
  file: string
): void {
  if (earlier.zone === undefined || board.zone === undefined || earlier.zone === board.zone)
    throw errors.badBoardsFile(
      file,
      name,
      `writes "${board.readme}", as ${earlierName} does; give each board its own files, or each board of one README its own "zone" (its table's markers: <!-- ${board.markerPrefix}:openings:NAME:start -->)`
    )
  if (earlier.markerPrefix !== board.markerPrefix)
    throw errors.badBoardsFile(
      file,
      name,
      `shares "${board.readme}" with ${earlierName} but not its marker-prefix ("${board.markerPrefix}", not "${earlier.markerPrefix}"); boards of one README use the same markers`
    )
}
