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
import type { References } from '../zones/find.js'
import { memoized } from '../memo.js'
import type { Salary, SalaryPeriod } from '../model.js'
import { valueLine } from './text.js'

/** What a cell's filters need of the board. */
export interface TemplateOptions {
  labels: Labels
  /** IANA zone of the `date` filter. */
  timezone: string
  /** BCP 47 locale of the `date` filter's names; default `en-US`. */
  locale?: string
  /** The run's clock, for `age`. Default: the real clock. */
  now?: Date
  /** How `age` counts whole days (the boards file's `age-days`). Default `elapsed`. */
  ageDays?: AgeDays
  /** The README's link reference definitions, which a template's `[text][label]` may use. */
  references?: References
}

/**
 * How a posting's age counts its whole days: `elapsed`, the time passed (24-hour days);
 * `wall-clock`, between the two times the board's `timezone` clocks show (calendar.ts ageInDays).
 */
export type AgeDays = 'elapsed' | 'wall-clock'

/** Markup a filter built: the template's own text with tokens for the values in it. */
export class Markup {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

/**
 * The values a cell's tokens stand for; those in `untrimmed` keep their tabs (the white space at
 * their edges is written around their token, see token()).
 */
export interface Rendered {
  values: string[]
  untrimmed: Set<number>
  /** The README's link reference definitions (TemplateOptions), for its `[text][label]`. */
  references?: References
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

/**
 * A value given to Liquid's `escape`, `escape_once` or `xml_escape`: shown as its text, since
 * every value is escaped where it lands (escaping it for HTML too would show `AT&amp;T`); only
 * `raw` after it writes the text as the filter escapes it (template-filters.ts).
 */
export class Escaped {
  constructor(
    readonly value: unknown,
    readonly filter: 'escape' | 'escape_once' | 'xml_escape'
  ) {}
  toString(): string {
    return displayText(this.value)
  }
}

/**
 * A listing's salary as a cell sees it: its parts (`salary.min`, `salary.period`) for Liquid, and
 * as text in the board's locale when shown whole: `$120K–150K`, `$45/hr`, `€60K+`, `≤ £50K`.
 */
export class SalaryValue {
  readonly min?: number
  readonly max?: number
  readonly currency: string
  readonly period: SalaryPeriod
  constructor({ min, max, currency, period }: Salary) {
    if (min !== undefined) this.min = min
    if (max !== undefined) this.max = max
    this.currency = currency
    this.period = period
  }
}

/** A salary as `{{ salary }}` writes it in `locale` (`$120K–150K`, `$45/hr`). */
export function salaryShown(salary: Salary, locale: string): string {
  return salaryText(new SalaryValue(salary), locale)
}

function salaryText({ min, max, currency, period }: SalaryValue, locale: string): string {
  const top = max ?? min ?? 0
  const compact = top >= 10_000
  const cents = !compact && [min, max].some(amount => amount !== undefined && amount % 1 !== 0)
  const format = amountFormat(`${locale} ${currency} ${compact ? 'compact' : cents ? 'cents' : ''}`)
  const amount =
    min !== undefined && max !== undefined
      ? min === max
        ? format.format(min)
        : format.formatRange(min, max)
      : min !== undefined
        ? `${format.format(min)}+`
        : `≤ ${format.format(top)}`
  return amount + PER_PERIOD[period]
}

const amountFormat = memoized(key => {
  const [locale, currency, style] = key.split(' ')
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    // 'symbol', not 'narrowSymbol': a currency that is not the locale's own keeps its country
    // (CA$, MX$, CN¥ on an en-US board), so a salary in pesos does not read as dollars.
    currencyDisplay: 'symbol',
    notation: style === 'compact' ? 'compact' : 'standard',
    minimumFractionDigits: style === 'cents' ? 2 : 0,
    maximumFractionDigits: style === 'compact' ? 1 : style === 'cents' ? 2 : 0
  })
}, 100)

const PER_PERIOD: Record<SalaryPeriod, string> = {
  hour: '/hr',
  day: '/day',
  week: '/wk',
  month: '/mo',
  year: ''
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
export function token(given: unknown): string {
  const value = given instanceof Escaped ? given.value : given
  const { values, untrimmed } = active()
  const shown = displayText(value)
  if (!(value instanceof Untrimmed)) {
    values.push(shown)
    return `${OPEN}${values.length - 1}${CLOSE}`
  }
  // The white space at its edges is the cell's own text, where a board's script prints it: the
  // Markdown around the value reads as GitHub reads their line (`**OKX **` keeps its asterisks).
  const [, lead = '', core = '', trail = ''] = EDGES.exec(valueLine(shown)) ?? []
  untrimmed.add(values.length)
  values.push(core)
  return `${lead}${OPEN}${values.length - 1}${CLOSE}${trail}`
}

/** A value's white space at its start, the rest, and its white space at its end. */
const EDGES = /^(\s*)([\s\S]*?)(\s*)$/

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
 * Text of a value as a template shows it: a list's items joined with ", ", a date in ISO 8601,
 * a salary as SalaryValue writes it.
 * A feed's text is kept whole, the token characters too: a value is stored aside and never read
 * for tokens again (text a filter puts into markup itself goes through withoutTokens).
 */
function displayText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Markup) return withoutTokens(value.markup)
  if (value instanceof Untrimmed || value instanceof Escaped) return displayText(value.value)
  if (Array.isArray(value)) return value.map(displayText).filter(Boolean).join(', ')
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString()
  if (value instanceof SalaryValue) return salaryText(value, active().options.locale ?? 'en-US')
  if (typeof value === 'object') return ''
  return String(value)
}
