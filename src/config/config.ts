/**
 * Inputs are parsed once, here, into typed settings that the action and the CLI share: what is
 * run-wide (RunSettings) and what each board sets (BoardSettings). Raw inputs never leave
 * src/config: nothing after this module reads an input by name.
 */
import { isTimeZone } from '../calendar.js'
import { errors, yamlProblem } from '../errors.js'
import { yamlValue } from '../yaml.js'
import { INPUTS } from './inputs.js'
import { parseLinkCheck, type LinkCheckSettings } from '../links/settings.js'
import { DEFAULT_LABELS, labelKey, laidOver, type Labels } from './labels.js'
import { notFoundAdvice, optionalRepositoryPath, repositoryPath } from './paths.js'
import { checkRunFiles } from './run-files.js'
import {
  DEFAULT_ROW_SHAPE,
  DEFAULT_SELECTION,
  type BoardSelection,
  type RowShape
} from './selection.js'
import { parseContribution, type ContributionSettings } from '../contribute/settings.js'
import { parseTable, type TableSettings } from './table.js'
import { countsProblem } from '../render/counts.js'
import { templateProblem } from '../render/template.js'
import { TABLE_ZONE } from '../zones/find.js'
import { timeOf } from '../time.js'
import { pathProblem } from '../record.js'
import { isCurrencyCode } from '../load/salary-text.js'

export type ListingsFormat = 'json' | 'jsonl' | 'csv' | 'yaml'

/** Canonical listing fields that `fields` may map onto. */
export const CANONICAL_FIELDS = [
  'id',
  'company',
  'company_url',
  'title',
  'url',
  'location',
  'work_type',
  'posted_at',
  'salary',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'skills',
  'description',
  'categories',
  'active'
] as const
export type CanonicalField = (typeof CANONICAL_FIELDS)[number]

/** What concerns the whole run: the listings (loaded once), the clock, the commit. */
export interface RunSettings {
  /** update: rebuild the boards. check-links: close the postings whose pages are gone. */
  mode: 'update' | 'check-links'
  /** How `check-links` requests postings. */
  links: LinkCheckSettings
  listings: string
  /** Undefined: guessed from the extension, the content type, then the content. */
  listingsFormat?: ListingsFormat
  listingsHeader?: { name: string; value: string }
  /** Seconds. */
  listingsTimeout: number
  listingsMaxBytes: number
  /** The most pages of a listings URL read, following each answer's next page. */
  listingsMaxPages: number
  /** canonical field -> dotted path in the source record. */
  fields: Partial<Record<CanonicalField, string>>
  /** Characters of company, title and location; longer is clipped. 0: no limit. */
  maxCellLength: number
  /** The currency of a salary the feed gives as a bare number: ISO 4217, upper case. */
  salaryCurrency: string
  /** The `config` file listing several boards; undefined: the one board the inputs describe. */
  boardsFile?: string
  /** The run's clock, fixed once: every board shares it. */
  now: Date
  strict: boolean
  commit: boolean
  dryRun: boolean
  /** owner/name; undefined: the workflow's repository (GITHUB_REPOSITORY). */
  repository?: string
  branch?: string
  commitMessage: string
  /** graphql: a commit GitHub signs; rest: the git data API, for a custom author. */
  commitMethod: 'graphql' | 'rest'
  /** auto: a pull request only when branch protection refuses the commit. */
  pullRequest: 'auto' | 'always' | 'never'
  /** Only with commitMethod rest; undefined: the token's owner. */
  author?: GitPerson
  /** Only with commitMethod rest; undefined: the author. */
  committer?: GitPerson
  token?: string
  /** How issue-form contributions are approved and read (issues and issue_comment events). */
  contribution: ContributionSettings
}

/** One board: a README, what it selects and how it renders, and its companion files. */
export interface BoardSettings {
  readme: string
  markerPrefix: string
  /** Lower case; undefined shows every listing. */
  category?: string
  /** The category as the maintainer wrote it (`Data Science`): what a contributed record names. */
  categoryName?: string
  /** Replaces the category preset when given. */
  keywords?: string[]
  /** 0: no cap. */
  maxRows: number
  /** 0: no age limit. */
  maxAgeDays: number
  /** Fail when more than this percent of the current table would go; 100 disables. */
  maxRemovedPercent: number
  /** The README's size cap in UTF-8 bytes. */
  maxBytes: number
  /** Snapshot path template with `{date}`; undefined: no archive. */
  archivePath?: string
  /** Snapshots older than this many days are deleted; undefined: kept. */
  archiveDays?: number
  /** `.json` (JSON Feed 1.1) and `.xml` (Atom) paths; [] writes no feed. */
  feedPaths: string[]
  /** Undefined when `utm` is false. */
  utm?: { source: string; medium: string; campaign: string }
  timezone: string
  /** BCP 47, e.g. `en-US`: month names, the Last updated line, the chart's dates. */
  locale: string
  /** The openings table's format and columns. */
  table: TableSettings
  /** The name of its table in a README of several (`openings:NAME`); undefined: `openings`. */
  zone?: string
  /** The table's name in the counts zone; undefined: the heading above it. */
  zoneTitle?: string
  /** Liquid template of the README's counts zone; undefined: the default. */
  counts?: string
  /** Liquid template of the README's Last updated line; undefined: the default. */
  updated?: string
  /** The currency the average salary is given in: ISO 4217, upper case. */
  salaryCurrency: string
  skillsCount: number
  labels: Labels
  allowEmpty: boolean
  /** Filters and sort keys (a boards file's `select`, `sort`, `visible`, `dedupe`). */
  selection: BoardSelection
  /** Repeated companies, closed listings, company links (a boards file's options). */
  rowShape: RowShape
}

/** The inputs, parsed once: the run, and the boards it updates. */
export interface Settings {
  /**
   * The run as the inputs give it: what reaching the files takes (the repository, the branch,
   * the token, the mode). With a boards file, `listings` and the other options the file's top
   * level may set are known only from `resolve`.
   */
  run: RunSettings
  /**
   * The run and its boards: the one board the inputs describe, or those of the boards file
   * (`run.boardsFile`) with the run options its top level sets, read with `readFile` (the branch
   * through the API, or the disk). The inputs are every board's defaults. The file's parser (and
   * YAML) loads only when there is such a file.
   */
  resolve(readFile: (path: string) => Promise<string | undefined>): Promise<ResolvedSettings>
}

export interface ResolvedSettings {
  run: RunSettings
  boards: BoardSettings[]
}

export interface GitPerson {
  name: string
  email: string
}

/** Input name -> raw value, as the runner or the command line gives it. Empty means unset. */
export type RawInputs = Record<string, string | undefined>

export function parseSettings(raw: RawInputs, clock: () => Date = () => new Date()): Settings {
  const run = parseRun(raw, clock)
  // A bad input fails now, before any file is read.
  if (!labelsFile(raw.labels)) parseBoard(raw)
  return {
    run,
    async resolve(readFile) {
      const labelsFiles = new Set<string>()
      const withLabels = (board: RawInputs) => withLabelsFile(board, readFile, labelsFiles)
      const resolved = await resolveBoards(run, raw, readFile, withLabels)
      // Before the listings are read or any file written: a run never replaces its own inputs.
      checkRunFiles(resolved.run, resolved.boards, [...labelsFiles])
      return resolved
    }
  }
}

/** The run and its boards: the one board of the inputs, or those of the boards file. */
async function resolveBoards(
  run: RunSettings,
  raw: RawInputs,
  readFile: (path: string) => Promise<string | undefined>,
  withLabels: (board: RawInputs) => Promise<RawInputs>
): Promise<ResolvedSettings> {
  if (!run.boardsFile) return { run, boards: [parseBoard(await withLabels(raw))] }
  const text = await readFile(run.boardsFile)
  if (text === undefined)
    throw errors.badBoardsFile(
      run.boardsFile,
      'the file',
      'was not found; check the "config" input'
    )
  const { readBoards } = await import('./boards.js')
  const { inputs, boards, fields } = await readBoards(text, raw, run.boardsFile, withLabels)
  // The file's `fields` mapping, read as it is (a source name may hold a comma).
  const resolved = { ...parseRun(inputs, () => run.now), ...(fields && { fields }) }
  if (!resolved.listings)
    throw errors.badInput(
      'listings',
      `is required: give it as an input (--listings) or at the top of ${run.boardsFile}`
    )
  return { run: resolved, boards }
}

/** The path when `labels` names a .yml, .yaml or .json file rather than holding the mapping. */
function labelsFile(value: string | undefined): string | undefined {
  const text = value?.trim()
  return text && /^[^\n:{]+\.(?:ya?ml|json)$/i.test(text) ? text : undefined
}

/** The board's inputs with a `labels` file read in its place. */
async function withLabelsFile(
  raw: RawInputs,
  readFile: (path: string) => Promise<string | undefined>,
  read: Set<string>
): Promise<RawInputs> {
  const path = labelsFile(raw.labels)
  if (!path) return raw
  read.add(path)
  const text = await readFile(path)
  if (text === undefined) {
    const advice = notFoundAdvice(path)
    throw errors.badInput(
      'labels',
      `names the file "${path}", which was not found${advice ? ` (a path relative to the repository root, ${advice})` : ''}`
    )
  }
  return { ...raw, labels: text }
}

function parseRun(raw: RawInputs, clock: () => Date): RunSettings {
  const read = reader(raw)
  return {
    mode: read.oneOf('mode', ['update', 'check-links'] as const) ?? 'update',
    links: parseLinkCheck(read),
    // A boards file may name the listings: then they are known once it is read (resolve).
    listings: read.string('config') ? (read.string('listings') ?? '') : read.required('listings'),
    listingsFormat: read.oneOf('listings-format', ['json', 'jsonl', 'csv', 'yaml'] as const),
    listingsHeader: parseHeader(read.string('listings-header')),
    // Timers hold at most 2^31-1 ms; a longer delay would fire at once.
    listingsTimeout: read.integer('listings-timeout', 1, MAX_TIMEOUT_SECONDS),
    listingsMaxBytes: read.integer('listings-max-bytes', 1),
    listingsMaxPages: read.integer('listings-max-pages', 1),
    fields: parseFields(read.string('fields')),
    maxCellLength: read.integer('max-cell-length', 0),
    salaryCurrency: parseCurrency(read.string('salary-currency') ?? 'USD'),
    boardsFile: optionalRepositoryPath('config', read.string('config')),
    now: parseNow(read.string('now'), clock),
    strict: read.boolean('strict'),
    commit: read.boolean('commit'),
    dryRun: read.boolean('dry-run'),
    repository: parseRepository(read.string('repository')),
    branch: read.string('branch'),
    commitMessage: read.string('commit-message') ?? '',
    ...parseCommitIdentity(read),
    pullRequest: ({ auto: 'auto', true: 'always', false: 'never' } as const)[
      read.oneOf('pull-request', ['auto', 'true', 'false'] as const) ?? 'auto'
    ],
    token: read.string('token'),
    contribution: parseContribution({
      approveLabel: read.string('contribution-label'),
      refusedLabel: read.string('contribution-refused-label'),
      kinds: read.string('contribution-kinds'),
      fields: read.string('contribution-fields')
    })
  }
}

/**
 * Options set where no board can use them: `archive-days` on boards with no `archive-path`
 * (nothing is archived, so nothing expires), `keywords` on boards with no `category` (every
 * listing is shown; keywords only place listings in a category). A board may inherit either
 * from the run's inputs, so an option is named only when no board that has it can use it.
 */
export function idleOptions(boards: readonly BoardSettings[]): string[] {
  const idle = (has: (board: BoardSettings) => boolean, uses: (board: BoardSettings) => boolean) =>
    boards.some(has) && !boards.some(board => has(board) && uses(board))
  return [
    ...(idle(
      board => board.archiveDays !== undefined,
      board => board.archivePath !== undefined
    )
      ? [
          'archive-days is set, but no board has an archive-path: there are no snapshots to delete. Set archive-path (e.g. archive/{date}.md), or remove archive-days.'
        ]
      : []),
    ...(idle(
      board => (board.keywords?.length ?? 0) > 0,
      board => board.category !== undefined
    )
      ? [
          'keywords is set, but no board has a category: every listing is shown, and keywords only place listings without categories in a category. Set category, or remove keywords.'
        ]
      : [])
  ]
}

/**
 * One path of `feed-path`. Paths are separated by commas; two feed names joined by spaces or
 * ";" (`feed.json feed.xml`) would be one file of that whole name, so they are refused.
 */
function feedPath(path: string): string {
  const names = path.split(/[\s;]+/).filter(Boolean)
  if (names.length > 1 && names.filter(name => /\.(?:json|xml)$/i.test(name)).length > 1)
    throw errors.badInput(
      'feed-path',
      `"${path}" names ${names.length} feeds in one path: separate feed paths with commas, as in "${names.join(',')}"`
    )
  return repositoryPath('feed-path', path)
}

/** The paths of `feed-path`, each once: a path named twice (`feed.json,./feed.json`) is refused. */
function feedPaths(given: readonly string[]): string[] {
  const paths = given.map(feedPath)
  const twice = paths.find((path, index) => paths.indexOf(path) !== index)
  if (twice !== undefined)
    throw errors.badInput(
      'feed-path',
      `names "${twice}" twice (${given
        .filter((_, index) => paths[index] === twice)
        .map(path => `"${path}"`)
        .join(' and ')}): the feed would be written twice. Name each feed once`
    )
  return paths
}

/**
 * One board from its inputs (the action's, or a boards file entry laid over them). `labels`: the
 * labels its own `labels` are laid over, key by key (a boards file's board: the `labels` input's,
 * every board's defaults); default the English ones.
 */
export function parseBoard(raw: RawInputs, labels: Labels = DEFAULT_LABELS): BoardSettings {
  const read = reader(raw)
  const categoryName = read.string('category')
  const category = categoryName?.toLowerCase()
  return {
    readme: repositoryPath('readme', read.string('readme') ?? 'README.md'),
    markerPrefix: parseMarkerPrefix(read.string('marker-prefix') ?? 'jobs'),
    category,
    categoryName,
    keywords: parseList(read.string('keywords')),
    maxRows: read.integer('max-rows', 0),
    maxAgeDays: read.integer('max-age-days', 0),
    maxRemovedPercent: read.integer('max-removed-percent', 0, 100),
    maxBytes: read.integer('max-bytes', 1),
    archivePath: optionalRepositoryPath('archive-path', read.string('archive-path')),
    archiveDays:
      read.string('archive-days') === undefined ? undefined : read.integer('archive-days', 1),
    feedPaths: feedPaths(parseList(read.string('feed-path')) ?? []),
    utm: read.boolean('utm')
      ? {
          source: read.string('utm-source') ?? 'github',
          medium: read.string('utm-medium') ?? 'repo',
          campaign: read.string('utm-campaign') ?? defaultCampaign(category)
        }
      : undefined,
    timezone: parseTimezone(read.string('timezone') ?? 'UTC'),
    locale: parseLocale(read.string('locale') ?? 'en-US'),
    table: parseTable(read.string('table')),
    zone: parseZone(read.string('zone')),
    zoneTitle: read.string('zone-title'),
    counts: parseCounts(read.string('counts')),
    updated: parseUpdated(read.string('updated')),
    salaryCurrency: parseCurrency(read.string('salary-currency') ?? 'USD'),
    skillsCount: read.integer('skills-count', 0),
    labels: parseLabels(read.string('labels'), labels),
    allowEmpty: read.boolean('allow-empty'),
    selection: DEFAULT_SELECTION,
    rowShape: DEFAULT_ROW_SHAPE
  }
}

function parseZone(zone: string | undefined): string | undefined {
  if (zone !== undefined && !TABLE_ZONE.test(zone))
    throw errors.badInput(
      'zone',
      `must be letters, digits, - and _ (such as "software"), not "${zone}"`
    )
  return zone
}

function parseUpdated(template: string | undefined): string | undefined {
  const problem = template === undefined ? undefined : templateProblem(template)
  if (problem) throw errors.badInput('updated', `is not a valid Liquid template: ${problem}`)
  return template
}

function parseCounts(template: string | undefined): string | undefined {
  const problem = template === undefined ? undefined : countsProblem(template)
  if (problem) throw errors.badInput('counts', `is not a valid Liquid template: ${problem}`)
  return template
}

/** Who commits: a custom author or committer needs the REST method (GraphQL commits as the token). */
function parseCommitIdentity(read: ReturnType<typeof reader>) {
  const commitMethod = read.oneOf('commit-method', ['graphql', 'rest'] as const) ?? 'graphql'
  const author = parsePerson('author', read.string('author'))
  const committer = parsePerson('committer', read.string('committer'))
  const custom = author ? 'author' : committer ? 'committer' : undefined
  if (custom && commitMethod !== 'rest')
    throw errors.badInput(
      custom,
      'needs "commit-method: rest" (a GraphQL commit is made as the token\'s owner)'
    )
  return { commitMethod, author, committer }
}

function parsePerson(name: string, text: string | undefined): GitPerson | undefined {
  if (text === undefined) return undefined
  const match = /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  if (!match?.[1] || !match[2])
    throw errors.badInput(name, `must look like "Name <email@example.com>", not "${text}"`)
  return { name: match[1], email: match[2] }
}

/** What `init` needs: only where the README is and what its markers look like. */
/** What `init` needs: the README, its markers, and the boards file it describes the tables in. */
export function parseInitSettings(
  raw: RawInputs
): Pick<BoardSettings, 'readme' | 'markerPrefix'> & { boardsFile: string } {
  const read = reader(raw)
  return {
    readme: repositoryPath('readme', read.string('readme') ?? 'README.md'),
    markerPrefix: parseMarkerPrefix(read.string('marker-prefix') ?? 'jobs'),
    boardsFile: repositoryPath('config', read.string('config') ?? 'jobs-readme.yml')
  }
}

/** The longest wait a timer can hold, in whole seconds. */
export const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000)

export function defaultCampaign(category: string | undefined): string {
  return category ? `github-${category}-jobs` : 'github-jobs'
}

/** Reads raw inputs by name, falling back to the default written in INPUTS. */
function reader(raw: RawInputs) {
  const defaults = new Map(INPUTS.map(input => [input.name, input.default]))
  const value = (name: string): string | undefined => {
    const given = raw[name]?.trim()
    return given ? given : defaults.get(name)
  }
  return {
    string: value,
    required(name: string): string {
      const given = value(name)
      if (given === undefined) throw errors.badInput(name, 'is required')
      return given
    },
    boolean(name: string): boolean {
      const given = (value(name) ?? 'false').toLowerCase()
      if (given === 'true') return true
      if (given === 'false') return false
      throw errors.badInput(name, `must be true or false, not "${given}"`)
    },
    integer(name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
      const given = value(name) ?? '0'
      const parsed = Number(given)
      if (!/^-?\d+$/.test(given) || !Number.isSafeInteger(parsed) || parsed < min)
        throw errors.badInput(name, `must be a whole number of at least ${min}, not "${given}"`)
      if (parsed > max) throw errors.badInput(name, `must be at most ${max}, not "${given}"`)
      return parsed
    },
    oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
      const given = value(name)?.toLowerCase()
      if (given === undefined) return undefined
      if (!(allowed as readonly string[]).includes(given))
        throw errors.badInput(name, `must be one of ${allowed.join(', ')}, not "${given}"`)
      return given as T
    }
  }
}

function parseHeader(text: string | undefined): RunSettings['listingsHeader'] {
  if (text === undefined) return undefined
  const colon = text.indexOf(':')
  const name = text.slice(0, colon).trim()
  if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    throw errors.badInput('listings-header', 'must look like "Name: value"')
  const value = text.slice(colon + 1).trim()
  // Never echo the value: it is a secret. Line breaks and other control characters cannot
  // travel in an HTTP header, and the HTTP client would quote the value when refusing them.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(value))
    throw errors.badInput(
      'listings-header',
      'the value holds a line break or another control character'
    )
  return { name, value }
}

/**
 * `fields` as `canonical=source` pairs, comma- or newline-separated, or as a YAML or JSON
 * mapping (`{"location": "Location (City, State)"}`), which takes a source name holding a comma
 * or "=" as it is.
 */
export function parseFields(text: string | undefined): RunSettings['fields'] {
  if (text === undefined) return {}
  if (FIELDS_MAPPING.test(text)) {
    let given: unknown
    try {
      given = yamlValue(text)
    } catch (error) {
      throw errors.badInput('fields', `is not a YAML or JSON mapping: ${yamlProblem(error)}`)
    }
    return fieldsOf(given, problem => errors.badInput('fields', problem))
  }
  const fields: RunSettings['fields'] = {}
  for (const pair of parseList(text) ?? []) {
    // The source after the first "=": a path's `[key=value]` holds one of its own.
    const at = pair.indexOf('=')
    const canonical = at === -1 ? '' : pair.slice(0, at).trim()
    const source = pair.slice(at + 1).trim()
    const refuse = (problem: string) => errors.badInput('fields', problem)
    const pathWrong = canonical && source.includes('[') && pathProblem(source)
    if (pathWrong) throw refuse(`"${canonical}" maps to "${source}", which ${pathWrong}`)
    if (!canonical || !source || source.replace(/\[[^\]]*\]/g, '').includes('='))
      throw refuse(
        `"${pair}" must look like canonical=source. A source name that holds a comma or "=" is given in the mapping form, such as {"location": "Location (City, State)"}`
      )
    const name = canonicalField(canonical, refuse)
    // Refused as the mapping form (YAML, JSON) refuses a key given twice: the last would win.
    if (fields[name] !== undefined)
      throw refuse(
        `"${name}" is mapped twice ("${name}=${fields[name]}" and "${pair}"): give each field one source, and delete the other pair`
      )
    fields[name] = source
  }
  return fields
}

/** A mapping's source path, refused (`refuse`) with what to write when its selectors are wrong. */
function checkedPath(
  name: CanonicalField,
  path: string,
  refuse: (problem: string) => Error
): string {
  const problem = pathProblem(path)
  if (problem) throw refuse(`"${name}" maps to "${path}", which ${problem}`)
  return path
}

/** A `fields` text in the mapping form: JSON's `{`, or a YAML line `canonical: source`. */
const FIELDS_MAPPING = /^\s*\{|^\s*[A-Za-z_]+\s*:(?:\s|$)/m

/**
 * The fields of a mapping of canonical field to source name or path, as the `fields` input's
 * mapping form and a boards file's `fields` give it; `refuse` makes the error of a problem.
 */
export function fieldsOf(
  mapping: unknown,
  refuse: (problem: string) => Error
): RunSettings['fields'] {
  if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping))
    throw refuse('must be a mapping of canonical field to source, such as "company: company_name"')
  const fields: RunSettings['fields'] = {}
  for (const [canonical, source] of Object.entries(mapping)) {
    const name = canonicalField(canonical, refuse)
    // The name as written, spaces around it too: a JSON key "title " is not "title".
    const text = typeof source === 'string' || typeof source === 'number' ? String(source) : ''
    if (!text.trim())
      throw refuse(`"${canonical}" must map to the name (or dotted path) of a field of the feed`)
    fields[name] = checkedPath(name, text, refuse)
  }
  return fields
}

function canonicalField(name: string, refuse: (problem: string) => Error): CanonicalField {
  if (!(CANONICAL_FIELDS as readonly string[]).includes(name))
    throw refuse(`"${name}" is not a listing field; use one of ${CANONICAL_FIELDS.join(', ')}`)
  return name as CanonicalField
}

function parseList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined
  const items = text
    .split(/[,\n]/)
    .map(item => item.trim())
    .filter(Boolean)
  return items.length ? items : undefined
}

function parseRepository(name: string | undefined): string | undefined {
  if (name !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(name))
    throw errors.badInput(
      'repository',
      `must be owner/name, such as acme/backend-jobs, not "${name}"`
    )
  return name
}

function parseMarkerPrefix(prefix: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(prefix))
    throw errors.badInput('marker-prefix', 'may hold only letters, digits, ".", "_" and "-"')
  return prefix
}

function parseTimezone(zone: string): string {
  if (isTimeZone(zone)) return zone
  throw errors.badInput(
    'timezone',
    `"${zone}" is not an IANA time zone such as UTC or Europe/Berlin`
  )
}

function parseLocale(locale: string): string {
  if (locale === 'en-US') return locale
  try {
    const [canonical] = Intl.getCanonicalLocales(locale)
    if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical
  } catch {
    // Refused below.
  }
  throw errors.badInput(
    'locale',
    `"${locale}" is not a locale this runtime knows, such as en-US or de-DE`
  )
}

function parseCurrency(code: string): string {
  if (!/^[A-Za-z]{3}$/.test(code))
    throw errors.badInput('salary-currency', `"${code}" is not an ISO 4217 code such as USD`)
  if (!isCurrencyCode(code.toUpperCase()))
    throw errors.badInput(
      'salary-currency',
      `"${code}" is no ISO 4217 currency code: write the three letters of a currency, such as USD, EUR, GBP or INR`
    )
  return code.toUpperCase()
}

/**
 * The run's clock, read as posted_at is (timeOf): a time without a zone is UTC, whatever the
 * machine's zone, so a run given the same `now` gives the same boards anywhere.
 */
function parseNow(text: string | undefined, clock: () => Date): Date {
  if (text === undefined) return clock()
  const time = timeOf(text)
  if (time === undefined)
    throw errors.badInput('now', `"${text}" is not an ISO 8601 date-time (no zone is UTC)`)
  return new Date(time)
}

/**
 * The `labels` mapping `text` gives (undefined: none) laid over `base` key by key (laidOver): a
 * board's over the `labels` input's.
 */
export function parseLabels(text: string | undefined, base: Labels = DEFAULT_LABELS): Labels {
  if (text === undefined) return base
  let given: unknown
  try {
    given = yamlValue(text)
  } catch (error) {
    throw errors.badInput('labels', `is not a YAML or JSON mapping: ${yamlProblem(error)}`)
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    throw errors.badInput('labels', 'must be a mapping such as "company: Empresa"')
  const labels: Partial<Labels> = {}
  // The name each label was given under: `on-site`, `on_site` and `onSite` are one label, and
  // giving it twice is refused as YAML refuses a key written twice, not settled by the order.
  const named = new Map<keyof Labels, string>()
  for (const [name, value] of Object.entries(given)) {
    const key = labelKey(name)
    if (!key)
      throw errors.badInput(
        'labels',
        `"${name}" is not a label; use one of ${Object.keys(DEFAULT_LABELS).map(kebabCase).join(', ')}`
      )
    const earlier = named.get(key)
    if (earlier !== undefined)
      throw errors.badInput(
        'labels',
        `"${earlier}" and "${name}" are two spellings of one label, ${kebabCase(key)}: give it once`
      )
    named.set(key, name)
    if (typeof value !== 'string' && typeof value !== 'number')
      throw errors.badInput('labels', `"${name}" must be text`)
    labels[key] = String(value)
  }
  return laidOver(base, labels)
}

/** A label key as the README writes it: `onSite` as `on-site`. */
function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)
}
