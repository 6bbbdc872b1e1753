/**
 * How a cell template keeps feed values apart from its own markup while it renders.
 *
 * Every value a template outputs (`{{ title }}`) or hands to a filter that builds markup
 * (`link`, `join`, `details`, ...) is stored aside and stands in the output as a token: two
 * private-use characters around its index. The template's own text is Markdown and HTML; the
 * tokens are put back only once that text is parsed (template-mdast.ts), each escaped for where
 * it landed. So no value can add a cell, a row, a link or a tag.
 */

import type { Labels } from '../config/labels.js'

/** What a cell's filters need of the board. */
export interface TemplateOptions {
  labels: Labels
  /** IANA zone of the `date` filter. */
  timezone: string
  /** BCP 47 locale of the `date` filter's names; default `en-US`. */
  locale?: string
  /** The run's clock, for `age`. Default: the real clock. */
  now?: Date
}

/** Markup a filter built: the template's own text with tokens for the values in it. */
export class Markup {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

/** The values a cell's tokens stand for; those in `untrimmed` keep the spaces at their edges. */
export interface Rendered {
  values: string[]
  untrimmed: Set<number>
}

/** One rendering of a cell: its values, and the board's options. */
export interface Rendering extends Rendered {
  options: TemplateOptions
}

/**
 * A value shown as the feed gave it, the spaces at its edges kept (`untrimmed`): a board's own
 * script prints "OKX " as it is. Other filters see its text.
 */
export class Untrimmed {
  constructor(readonly value: unknown) {}
  toString(): string {
    return displayText(this.value)
  }
}

/** Runs `render` with `rendering` as the one that tokens are stored in (rendering is synchronous). */
export function within<T>(rendering: Rendering, render: () => T): T {
  const outer = current
  current = rendering
  try {
    return render()
  } finally {
    current = outer
  }
}

/** The options of the cell being rendered. */
export function renderingOptions(): TemplateOptions {
  return active().options
}

/**
 * A value as a token. Nothing (nil, an empty list, an object) is a token for empty text too,
 * so `**{{ company }}**` stays emphasis around nothing rather than becoming four asterisks.
 */
export function token(value: unknown): string {
  const { values, untrimmed } = active()
  if (value instanceof Untrimmed) untrimmed.add(values.length)
  values.push(displayText(value))
  return `${OPEN}${values.length - 1}${CLOSE}`
}

/** Markup as it is; any other value as a token. */
export function piece(value: unknown): string {
  return value instanceof Markup ? value.markup : token(value)
}

/** Text that cannot hold a token: the token characters removed. */
export function withoutTokens(value: string): string {
  return value.replace(TOKEN_CHARACTERS, '')
}

/** Matches a token; group 1 is the index of its value. */
export const TOKEN = /\uE000(\d+)\uE001/g

const OPEN = '\uE000'
const CLOSE = '\uE001'
const TOKEN_CHARACTERS = /[\uE000\uE001]/g

let current: Rendering | undefined

function active(): Rendering {
  if (!current) throw new Error('A cell template value was used outside a rendering.')
  return current
}

/**
 * Text of a value as a template shows it: a list's items joined with ", ", a date in ISO 8601.
 * A feed's text is kept whole, the token characters too: a value is stored aside and never read
 * for tokens again (text a filter puts into markup itself goes through withoutTokens).
 */
function displayText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Markup) return withoutTokens(value.markup)
  if (value instanceof Untrimmed) return displayText(value.value)
  if (Array.isArray(value)) return value.map(displayText).filter(Boolean).join(', ')
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString()
  if (typeof value === 'object') return ''
  return String(value)
}
