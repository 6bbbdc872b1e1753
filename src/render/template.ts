/**
 * Cell templates: LiquidJS (the Jekyll and GitHub Pages syntax) over a listing's fields, with
 * the filters of template-filters.ts. Whatever a template outputs of the feed is escaped for
 * where it lands (template-values.ts, template-mdast.ts) unless its last filter is `raw`.
 * Templates read no file (`include` and `render` find nothing) and an unknown filter is an
 * error when the template is parsed, so a typo fails with the settings.
 */

import { Liquid, type Template } from 'liquidjs'
import type { PhrasingContent } from 'mdast'
import { FILTERS, raw } from './template-filters.js'
import { toPhrasing } from './template-mdast.js'
import { Markup, token, within, type TemplateOptions } from './template-values.js'

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

/** Parses `source` once; throws a TemplateError when it is not a valid template. */
export function cellTemplate(source: string): CellTemplate {
  let parsed = templates.get(source)
  if (!parsed) {
    parsed = parse(source)
    templates.set(source, parsed)
  }
  const template = parsed
  return (scope, options, fallback) => {
    const rendering = { values: [], untrimmed: new Set<number>(), options }
    const globals = fallback && { globals: fallback }
    const markup = within(rendering, () => engine.renderSync(template, scope, globals) as string)
    return toPhrasing(markup, rendering)
  }
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
 * What every Liquid engine here shares: no file system (`include`, `render` and `layout` find
 * no template), filters checked when parsed, and Liquid's own date filters in English on any
 * machine (by default they take the machine's language, and asking for it costs 30 ms).
 */
export const ENGINE_OPTIONS = {
  templates: {},
  strictFilters: true,
  ownPropertyOnly: true,
  locale: 'en-US'
} as const

const engine = new Liquid({
  ...ENGINE_OPTIONS,
  outputEscape: value => (value instanceof Markup ? value.markup : token(value))
})
for (const [name, filter] of Object.entries(FILTERS)) engine.registerFilter(name, filter)
engine.registerFilter('raw', { raw: true, handler: raw })

const templates = new Map<string, Template[]>()

function parse(source: string): Template[] {
  try {
    return engine.parse(source)
  } catch (error) {
    throw new TemplateError((error as Error).message)
  }
}
