/**
 * `init --contribution` on local files: the issue forms and workflows (contribution.ts) written
 * into the repository, all of them or none. A file that exists stops the run unless `force`.
 */
import type { FileChange } from '../board.js'
import {
  parseFields,
  type ListingsFormat,
  type RawInputs,
  type RunSettings
} from '../config/config.js'
import { INPUTS } from '../config/inputs.js'
import { errors } from '../errors.js'
import { categoryKey } from '../select/category.js'
import { readPath } from '../record.js'
import { formatOfExtension } from '../load/formats.js'
import { isHttpUrl } from '../url.js'
import { parseContribution } from '../contribute/settings.js'
import {
  contributionFiles,
  FORM_LABELS,
  formFieldIds,
  type ContributionOptions
} from './contribution.js'

export interface FileAccess {
  readFile(path: string): Promise<string | undefined>
  write(changes: readonly FileChange[]): Promise<void>
}

export interface Scaffolded {
  /** The paths written; empty when a file existed without `force`. */
  written: string[]
  /** The paths that existed and stopped the run (never with `force`). */
  existing: string[]
  /** What the maintainer does next. */
  next: string
}

/** Inputs that belong to one run, not to the workflows written for a board. */
const NOT_PASSED_ON = new Set(['mode', 'now', 'dry-run', 'commit', 'token'])
const DEFAULT_LISTINGS = 'listings.json'

export async function writeContributionFiles(
  inputs: RawInputs,
  files: FileAccess,
  { force }: { force: boolean }
): Promise<Scaffolded> {
  const given = workflowInputs(inputs)
  const {
    categories,
    maxCellLength,
    listings: named,
    fields,
    contribution
  } = await boardsOf(given, files)
  const listings = given.listings ?? named ?? DEFAULT_LISTINGS
  if (isHttpUrl(listings))
    throw errors.badInput(
      'listings',
      `${given.listings === undefined ? `is "${listings}" in ${given.config}: it ` : ''}must be the repository's own listings file for contributions to go into, not a URL`
    )
  // Listings the boards file names are read there by the workflows too: the input beside them,
  // even the default, would be refused as set in two places.
  const passed =
    given.listings === undefined && named !== undefined ? given : { listings, ...given }
  const approveLabel = given['contribution-label'] ?? contribution.label ?? 'approved'
  const kindLabels = labelsOfKinds(given['contribution-kinds'] ?? contribution.kinds)
  const listingsText = await files.readFile(listings)
  const listsLocations = await holdsLists(
    listingsText,
    listings,
    fields.location ?? 'location',
    given['listings-format']
  )
  const planned = contributionFiles({
    inputs: passed,
    categories,
    approveLabel,
    maxCellLength,
    listsLocations,
    kindLabels
  })
  // A board starting from nothing gets an empty listings file to add to, in its format.
  if (listingsText === undefined) {
    const format = given['listings-format'] ?? formatOfExtension([listings])
    const columns = formFieldIds({ inputs: passed, categories }).map(
      field => fileKeyOf(field, fields) ?? field
    )
    const text = format === undefined ? undefined : emptyListings(format, listings, columns)
    if (text !== undefined) planned.push({ path: listings, text })
  }
  const existing: string[] = []
  for (const file of planned)
    if ((await files.readFile(file.path)) !== undefined && file.path !== listings)
      existing.push(file.path)
  if (existing.length > 0 && !force) return { written: [], existing, next: '' }
  await files.write(planned)
  return {
    written: planned.map(file => file.path),
    existing: [],
    next: `Next: commit these files, and create the labels ${labelList([approveLabel, ...Object.values(kindLabels)])} (Issues → Labels): GitHub puts a form's label on its issue only when the label exists, and that label tells an edit or a close from a new posting. Readers then file the forms, and a maintainer approves one with the "${approveLabel}" label or an /approve comment.`
  }
}

/** The inputs given, in the order of the input table. */
function workflowInputs(inputs: RawInputs): Record<string, string> {
  const given: Record<string, string> = {}
  for (const { name } of INPUTS) {
    const value = inputs[name]?.trim()
    if (value && !NOT_PASSED_ON.has(name)) given[name] = value
  }
  return given
}

/**
 * The categories of the boards (the boards file's, or the `category` input), and the
 * `max-cell-length` and `listings` the boards file sets, if it does.
 */
async function boardsOf(
  given: Record<string, string>,
  files: FileAccess
): Promise<{
  categories: string[]
  maxCellLength?: number
  fields: RunSettings['fields']
  listings?: string
  contribution: { label?: string; kinds?: string }
}> {
  // Each category once (`Data Science` and `data-science` are one), as the maintainer wrote it
  // first: the option a reader picks is what the record is given.
  const found = new Map<string, string>()
  const add = (name: string | undefined) => {
    if (name && !found.has(categoryKey(name))) found.set(categoryKey(name), name)
  }
  add(given.category)
  const boardsFile = given.config ? await files.readFile(given.config) : undefined
  // The workflows would name a file no run can read: each of them would fail.
  if (given.config && boardsFile === undefined)
    throw errors.badBoardsFile(
      given.config,
      'the file',
      'was not found; check the "config" input. The workflows init --contribution writes read it: write it first (init writes one for an existing board), or leave --config out. Nothing was written.'
    )
  let maxCellLength: number | undefined
  let fields = parseFields(given.fields)
  let listings: string | undefined
  const contribution: { label?: string; kinds?: string } = {}
  if (given.config && boardsFile !== undefined) {
    const { readBoards } = await import('../config/boards.js')
    const read = await readBoards(boardsFile, given, given.config)
    for (const board of read.boards) add(board.categoryName ?? board.category)
    const set = read.inputs['max-cell-length']
    if (set !== undefined && set.trim() !== '') maxCellLength = Number(set)
    listings = read.inputs.listings?.trim() || undefined
    contribution.label = read.inputs['contribution-label']?.trim() || undefined
    contribution.kinds = read.inputs['contribution-kinds']?.trim() || undefined
    fields = read.fields ?? parseFields(read.inputs.fields)
  }
  return { categories: [...found.values()], maxCellLength, fields, listings, contribution }
}

/**
 * Whether most records of the listings file (`text`, where it exists) hold `path` as a list
 * (SimplifyJobs' `locations`). A file that cannot be read says nothing: the contribution run
 * reports it.
 */
async function holdsLists(
  text: string | undefined,
  listings: string,
  path: string,
  format: string | undefined
): Promise<boolean> {
  if (text === undefined) return false
  let lists = 0
  let others = 0
  try {
    const { readRecords } = await import('../load/formats.js')
    const { sourceChunks } = await import('../load/source.js')
    const source = {
      name: listings,
      locations: [listings],
      chunks: sourceChunks([text], Infinity, listings)
    }
    for await (const batch of await readRecords(source, format as ListingsFormat | undefined))
      for (const record of batch) {
        const value = typeof record === 'object' && record ? readPath(record, path) : undefined
        if (Array.isArray(value)) lists += 1
        else if (value != null) others += 1
      }
  } catch {
    return false
  }
  return lists > others
}

/**
 * A listings file of `format` that holds no listing yet, which a run and contribution mode read
 * as such: `[]` in JSON and YAML, the header row alone in CSV (`columns`, the fields the forms
 * fill). JSONL has no way to say none: an empty file reads as a download that failed, so that a
 * lost feed never empties a board; init refuses it rather than write a file no run reads.
 */
function emptyListings(format: string, path: string, columns: string[]): string {
  if (format === 'csv') return `${columns.join(',')}\n`
  if (format !== 'jsonl') return '[]\n'
  throw errors.badInput(
    'listings',
    `"${path}" does not exist, and init cannot start it empty: a JSONL file says no listing by holding no line, which a run reads as a feed that failed to download. Start the board with a JSON, CSV or YAML listings file (such as "${path.replace(/\.jsonl$/i, '.json')}"), or write its first listing into "${path}" yourself, one JSON object on its line, then run init --contribution again. Nothing was written.`
  )
}

/** The key a record of the file holds `field` under: the `fields` mapping's top-level key. */
function fileKeyOf(field: string, fields: RunSettings['fields']): string | undefined {
  const mapped = (fields as Record<string, string | undefined>)[field]
  return mapped !== undefined && !mapped.includes('.') ? mapped : undefined
}

/**
 * The label each form puts on its issue: the first `kinds` (the contribution-kinds mapping)
 * names for the form's kind; the default labels without a mapping. A mapping with no label for
 * an edit or a close is refused: such a form's issue would be read as a new posting.
 */
function labelsOfKinds(kinds: string | undefined): ContributionOptions['kindLabels'] & object {
  if (kinds === undefined) return { ...FORM_LABELS }
  const labels: ContributionOptions['kindLabels'] & object = {}
  for (const [label, kind] of Object.entries(parseContribution({ kinds }).kinds))
    labels[kind] ??= label
  for (const kind of ['edit', 'close'] as const)
    if (labels[kind] === undefined)
      throw errors.badInput(
        'contribution-kinds',
        `names no label for ${kind}: the "${kind === 'edit' ? 'Edit' : 'Close'} role" form's issues would carry no label it reads, and be taken for new postings. Add one, such as "${FORM_LABELS[kind]}": ${kind}`
      )
  // Each form's label, in the order of the forms.
  return Object.fromEntries(
    (['new', 'edit', 'close'] as const).flatMap(kind =>
      labels[kind] === undefined ? [] : [[kind, labels[kind]]]
    )
  )
}

/** Labels in quotes, as a sentence lists them: "a", "b" and "c". */
function labelList(labels: readonly string[]): string {
  const quoted = labels.map(label => `"${label}"`)
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}
