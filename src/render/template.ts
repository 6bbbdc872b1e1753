/**
 * Cell templates: LiquidJS (the Jekyll and GitHub Pages syntax) over a listing's fields, with
 * the filters of template-filters.ts. Whatever a template outputs of the feed is escaped for
 * where it lands (template-values.ts, template-mdast.ts) unless its last filter is `raw`.
 * Templates read no file (`include`, `render` and `layout` are refused) and an unknown filter is an
 * error when the template is parsed, so a typo fails with the settings.
 */

import {
  CaptureTag,
  Context,
  filters as LIQUID_FILTERS,
  Liquid,
  type FilterImplOptions,
  type Template
} from 'liquidjs'
import type { PhrasingContent } from 'mdast'
import { FILTERS, raw, type FilterThis } from './template-filters.js'
import { toPhrasing } from './template-mdast.js'
import { Markup, token, within, type TemplateOptions } from './template-values.js'
import { BoundedMap } from '../memo.js'
import { WrittenDay } from '../time.js'

export type { TemplateOptions } from './template-values.js'

/**
 * A parsed cell template: renders a scope (a listing's fields) as mdast phrasing. A name the
 * template neither assigns nor finds in `scope` is looked up in `fallback` (the feed's record).
 */
export type CellTemplate = (
  scope: object,
  options: TemplateOptions,
  fallback?: object
) => PhrasingContent[]

/**
 * Parses `source` once; throws a TemplateError when it is not a valid template.
 *
 * A template's cell is a function of the values it reads and the board's options, so rows that
 * give it the same values (a company's many roles, a city's many listings) share one cell:
 * the values it reads are asked of the row first, as Liquid reads them, and the cell is kept
 * under them. A template that reads an object whole, a name made of another value
 * (`record[field]`), or what tells one posting from another (its `id`, `url`, `url_raw`: no two
 * rows share a cell of it) renders for every row, without asking for the values it reads.
 */
export function cellTemplate(source: string): CellTemplate {
  let parsed = templates.get(source)
  if (!parsed) {
    parsed = parse(source)
    templates.set(source, parsed)
  }
  const { template, inputs, cells } = parsed
  return (scope, options, fallback) => {
    const context = new Context(scope, engine.options, { globals: fallback, sync: true }, LIMITS)
    let known = cells.get(options)
    if (!known) cells.set(options, (known = new BoundedMap(MAX_KEPT)))
    const key = inputs && inputsKey(context, inputs)
    let cell = key === undefined ? undefined : known.get(key)
    if (!cell) {
      const rendering = { values: [], untrimmed: new Set<number>(), options }
      const markup = within(rendering, () => engine.renderSync(template, context) as string)
      cell = toPhrasing(markup, rendering, options.references)
      if (key !== undefined) known.set(key, cell)
    }
    return cell
  }
}

/**
 * The names a template reads from its scope (not those it assigns), each as the path it reads:
 * `["company"]`, `["record", "work_model"]`; paths made of other values are left out.
 */
export function templateReads(source: string): string[][] {
  const { template } = templates.get(source) ?? parse(source)
  return engine
    .globalVariableSegmentsSync(template)
    .map(path => path.filter((segment): segment is string => typeof segment === 'string'))
    .filter(path => path.length > 0)
}

/**
 * Whether a template may read what tells one posting from another (`id`, `url`, `url_raw`): its
 * cell for a listing may then differ from its cell for the same listing with another posting's.
 */
export function templateReadsPosting(source: string): boolean {
  return (templates.get(source) ?? parse(source)).posting
}

/** What is wrong with a template, in a sentence; undefined when it parses. */
export function templateProblem(source: string): string | undefined {
  try {
    cellTemplate(source)
    return undefined
  } catch (error) {
    return (error as Error).message.split('\n')[0]
  }
}

export class TemplateError extends Error {}

/**
 * What every Liquid engine here shares: no file system (tokenEngine refuses `include`, `render`
 * and `layout`), filters checked when parsed, and Liquid's own date filters in English on any
 * machine (by default they take the machine's language, and asking for it costs 30 ms).
 */
export const ENGINE_OPTIONS = {
  templates: {},
  strictFilters: true,
  ownPropertyOnly: true,
  locale: 'en-US'
} as const

/**
 * A Liquid engine whose outputs stand aside as tokens while it renders (template-values.ts),
 * to be escaped where they land: Liquid's HTML escapes leave a value's text as it is, and `raw`
 * writes it as markup. The cells' engine and the counts zone's (counts.ts) are such engines.
 */
export function tokenEngine(): Liquid {
  const engine = new Liquid({
    ...ENGINE_OPTIONS,
    outputEscape: value => (value instanceof Markup ? value.markup : token(value))
  })
  for (const name of ['escape', 'escape_once', 'xml_escape'])
    engine.registerFilter(name, FILTERS[name]!)
  engine.registerFilter('raw', { raw: true, handler: raw })
  for (const name of FILE_TAGS) engine.registerTag(name, noFiles(name))
  return engine
}

/** Liquid's tags that read another template from a file, which a template here cannot. */
const FILE_TAGS = ['include', 'render', 'layout']

/**
 * A tag that reads a file, refused when the template is parsed: there is no file to read (a
 * cell renders on its own, in the action as in the CLI), so it says to write the text itself.
 */
function noFiles(name: string): Parameters<Liquid['registerTag']>[1] {
  return {
    parse() {
      throw new Error(
        `{% ${name} %} reads another template from a file, and a template here cannot read files: write that text in the template itself (a cell's "cell" or "header", or a zone's template)`
      )
    },
    render() {}
  }
}

const engine = tokenEngine()
for (const [name, filter] of Object.entries(LIQUID_FILTERS))
  if (!(name in FILTERS) && name !== 'raw') engine.registerFilter(name, keepingMarkup(name, filter))
for (const [name, filter] of Object.entries(FILTERS)) engine.registerFilter(name, filter)

/**
 * Liquid's memory and time limits, which every cell's render shares: the engine sets neither, so
 * they stop no render, and a Context made without them makes its own pair (reading the clock).
 */
const unlimited = new Context({}, engine.options, { sync: true })
const LIMITS = {
  memoryLimit: unlimited.memoryLimit,
  renderLimit: unlimited.renderLimit,
  liquid: engine
}

/**
 * `{% capture %}` keeps what it captured as markup, its values still tokens: `{{ x }}` then
 * shows the capture as the template wrote it, each value escaped where it lands.
 */
class MarkupCapture extends CaptureTag {
  override *render(context: Context): Generator<unknown, void, string> {
    yield* super.render(context)
    const scope = context.bottom() as Record<string, unknown>
    scope[this.variable] = new Markup(String(scope[this.variable] ?? ''))
  }
}
engine.registerTag('capture', MarkupCapture)

/**
 * One of Liquid's own filters, refused on markup (what `link`, `join`, `details`, `mark`,
 * `image_link` or a capture made) when it would turn it into text: the text would show the
 * markers the values stand aside with, and the template's own Markdown as text.
 */
function keepingMarkup(name: string, filter: FilterImplOptions): FilterImplOptions {
  const { handler, raw: isRaw } =
    typeof filter === 'function' ? { handler: filter, raw: false } : filter
  return {
    raw: isRaw,
    handler(this: FilterThis, value: unknown, ...args: unknown[]) {
      const result: unknown = handler.call(this, value, ...args)
      const given = [value, ...args]
      // Text made of markup; a text given passes through (`default` of a value that has one).
      if (
        typeof result === 'string' &&
        given.some(each => each instanceof Markup) &&
        !given.includes(result)
      )
        throw new Error(
          `the "${name}" filter cannot change markup made by link, join, details, mark, image_link or capture: use it on the value before`
        )
      return result
    }
  }
}

/** A parsed template, the values it reads (when each is named by text alone), its cells. */
interface Parsed {
  template: Template[]
  inputs?: ReadonlyArray<ReadonlyArray<string | number>>
  /** It may read a posting's own fields (templateReadsPosting). */
  posting: boolean
  /** For each board's options, the cells made, by the values they read (at most MAX_KEPT). */
  cells: WeakMap<TemplateOptions, BoundedMap<string, PhrasingContent[]>>
}

const templates = new Map<string, Parsed>()

function parse(source: string): Parsed {
  let template: Template[]
  try {
    template = engine.parse(source)
  } catch (error) {
    throw new TemplateError((error as Error).message)
  }
  const paths = engine.globalVariableSegmentsSync(template)
  const named = paths.every(path =>
    path.every(segment => typeof segment === 'string' || typeof segment === 'number')
  )
  // A name made of another value may be any field.
  const posting = paths.some(([name]) => typeof name !== 'string' || POSTING_FIELDS.has(name))
  return {
    template,
    ...(named && !posting ? { inputs: paths as Array<Array<string | number>> } : {}),
    posting,
    cells: new WeakMap()
  }
}

/** The fields of a listing's scope that are its posting's own (columns.ts listingScope). */
const POSTING_FIELDS = new Set(['id', 'url', 'url_raw'])

const MAX_KEPT = 10_000

/**
 * The values a template reads, as Liquid reads them for this row, as one text; undefined when
 * one is an object other than a list or a date (its text could not stand for it).
 */
function inputsKey(
  context: Context,
  inputs: ReadonlyArray<ReadonlyArray<string | number>>
): string | undefined {
  let key = ''
  for (const path of inputs) {
    const value = valueKey(context.getSync(path as Array<string | number>))
    if (value === undefined) return undefined
    key += `${value};`
  }
  return key
}

/** A value as text that no value of another kind or content has. */
function valueKey(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value)
    case 'object': {
      if (value === null) return 'null'
      // A day written without a time shows as that day in every zone, an instant as its day in
      // the board's: the two are told apart though held at the same time (midnight UTC).
      if (value instanceof WrittenDay) return `W${value.getTime()}`
      if (value instanceof Date) return `D${value.getTime()}`
      if (!Array.isArray(value)) return undefined
      let list = '['
      for (let index = 0; index < value.length; index++) {
        const item = valueKey(value[index])
        if (item === undefined) return undefined
        list += `${item},`
      }
      return `${list}]`
    }
    default:
      return undefined
  }
}
