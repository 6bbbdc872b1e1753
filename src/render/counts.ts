/**
 * The counts zone of a README with several tables: how many roles each shows, linked to the
 * heading above it ("Browse 552 roles by category"). A Liquid template over
 *
 *     total    rows in the main tables of every board of the README
 *     tables   one per board, in the boards file's order:
 *              count, closed, heading, anchor ('#slug'), zone, category, title
 *
 * with Liquid's filters and `thousands` (`{{ total | thousands }}`: 1,234).
 *
 * Every value is the board's configuration or the README's own text (its headings), never the
 * feed's, so the output is Markdown as the template writes it.
 */
import { Liquid, type Template } from 'liquidjs'
import { ENGINE_OPTIONS } from './template.js'

export interface TableCount {
  /** Rows of the board's main table (the open ones when closed roles are folded away). */
  count: number
  /** Closed rows the board shows (marked in place, or folded in details). */
  closed: number
  /** The text of the heading above the board's zone; '' when there is none. */
  heading: string
  /** `#slug` of that heading, as GitHub links it; '' when there is none. */
  anchor: string
  zone: string
  category: string
  /** The board's `zone-title`, else the heading's text. */
  title: string
}

export const DEFAULT_COUNTS = `{%- for table in tables -%}
**[{{ table.title }}]({{ table.anchor }})** ({{ table.count }})
{%- unless forloop.last %}

{% endunless -%}
{%- endfor -%}`

/** The zone's Markdown: the template's output, its blank lines at the edges trimmed. */
export function countsBlock(tables: TableCount[], template = DEFAULT_COUNTS): string {
  const total = tables.reduce((sum, table) => sum + table.count, 0)
  return countsText(template, total, tables)
}

/**
 * The zone's Markdown for a given `total`: for `init`, which renders the template it guessed
 * over the numbers a README's counts block shows, whether or not they add up.
 */
export function countsText(template: string, total: number, tables: TableCount[]): string {
  const text = engine.renderSync(parsed(template), { total, tables }) as string
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()
}

/** What is wrong with a counts template, in a sentence; undefined when it parses. */
export function countsProblem(template: string): string | undefined {
  try {
    parsed(template)
    return undefined
  } catch (error) {
    return (error as Error).message.split('\n')[0]
  }
}

const engine = new Liquid(ENGINE_OPTIONS)
/**
 * `{{ total | thousands }}`: a whole number with a comma between its thousands (`1,234`), as a
 * board may write its counts; `thousands: "."` or `thousands: " "` puts another mark there.
 */
engine.registerFilter('thousands', (value: unknown, separator: unknown = ',') => {
  const number = Number(value)
  if (!Number.isInteger(number)) return value
  const digits = String(Math.abs(number)).replace(/\B(?=(\d{3})+$)/g, String(separator))
  return `${number < 0 ? '-' : ''}${digits}`
})
const cache = new Map<string, Template[]>()

function parsed(template: string): Template[] {
  let found = cache.get(template)
  if (!found) {
    found = engine.parse(template)
    cache.set(template, found)
  }
  return found
}
