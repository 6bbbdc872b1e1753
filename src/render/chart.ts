/**
 * The chart zone: Mermaid code blocks, which GitHub draws as diagrams.
 *
 *     ```mermaid
 *     xychart-beta horizontal
 *       title "Openings per day"
 *       x-axis ["Oct 20", "Oct 21", "Oct 22"]
 *       y-axis 0 --> 10
 *       bar [1, 0, 3]
 *     ```
 *
 *     ```mermaid
 *     pie showData
 *       title Openings by type
 *       "Remote" : 3
 *       "Hybrid" : 1
 *     ```
 *
 * The bars lie horizontally so a month of day labels stays readable (Mermaid never thins
 * out or turns the labels of an axis). Labels come from the board's settings, and each
 * character Mermaid could read as syntax is written as a Mermaid entity (`#35;` for `#`), so
 * no label can end a string, start a comment or close the code fence.
 */

import type { Code, Root } from 'mdast'
import { addDays, calendarDay, daysBetween, postedDate } from '../calendar.js'
import { WORK_TYPES, workTypeLabel, type Labels } from '../config/labels.js'
import type { Listing } from '../model.js'
import { monthDay } from './dates.js'

export interface ChartOptions {
  /** The run's clock: the last bar is this day. */
  now: Date
  /**
   * The bars cover the days from this many days before today up to today (one bar a day),
   * and the day of the age limit's first moment (`now` less this many 24-hour days) when a
   * daylight-saving change makes that the day before. 0, no age limit: the last 30 days. At
   * most the last 730 days, one bar a day being unreadable beyond that. Postings before
   * those days are not counted; one dated after today (the table shows those up to a day
   * ahead) counts on today's bar.
   */
  maxAgeDays: number
  /** IANA zone that decides which day a posting falls on, e.g. `UTC`. */
  timezone: string
  /** BCP 47 locale of the day labels; default `en-US`. */
  locale?: string
  labels: Labels
}

export function chartBlock(rows: Listing[], options: ChartOptions): Root {
  const diagrams = [openingsPerDay(rows, options), openingsByType(rows, options.labels)]
  return { type: 'root', children: diagrams.filter(isDefined).map(mermaidBlock) }
}

/** Without an age limit, the chart still needs a first day. */
const DEFAULT_DAYS_BACK = 30
const MAX_DAYS_BACK = 730

// Mermaid places axis ticks at "nice" steps of about a tenth of the range: a range of at
// least 10 keeps them on whole numbers of openings.
const MIN_AXIS_MAX = 10

function openingsPerDay(rows: Listing[], options: ChartOptions): string {
  const { now, timezone, locale, labels } = options
  const today = calendarDay(now, timezone)
  const daysBack = chartDaysBack(options)
  const counts = new Array<number>(daysBack + 1).fill(0)
  for (const row of rows) {
    // A posting ahead of the clock (the selection keeps those up to a day ahead) is on today's bar.
    const index = Math.min(
      daysBack,
      daysBack - daysBetween(calendarDay(postedDate(row), timezone), today)
    )
    if (index >= 0) counts[index]! += 1
  }
  const days = counts.map((_, index) => addDays(today, index - daysBack))
  return [
    'xychart-beta horizontal',
    ...titleLine(labels.openingsPerDay, quoted),
    `  x-axis [${days.map(day => quoted(dayLabel(day, daysBack, locale))).join(', ')}]`,
    `  y-axis 0 --> ${Math.max(MIN_AXIS_MAX, ...counts)}`,
    `  bar [${counts.join(', ')}]`
  ].join('\n')
}

/**
 * How many days before today the first bar is: `maxAgeDays` (the last 30 days without an age
 * limit, at most MAX_DAYS_BACK), or one more when the age limit, which counts 24-hour days,
 * reaches into the day before that in the board's zone (across a daylight-saving change), so
 * every posting the table shows has its bar.
 */
function chartDaysBack({ now, timezone, maxAgeDays }: ChartOptions): number {
  if (maxAgeDays <= 0) return DEFAULT_DAYS_BACK
  if (maxAgeDays >= MAX_DAYS_BACK) return MAX_DAYS_BACK
  const limitDay = calendarDay(now.getTime() - maxAgeDays * DAY_MS, timezone)
  return Math.max(maxAgeDays, daysBetween(limitDay, calendarDay(now, timezone)))
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `Oct 22`, as in the table. Mermaid merges bars with equal labels, so a range of more than a
 * year, where `Oct 22` would come twice, shows full dates.
 */
function dayLabel(day: string, daysBack: number, locale: string | undefined): string {
  return daysBack < 365 ? monthDay(Date.parse(`${day}T12:00:00Z`), 'UTC', locale) : day
}

/** The pie of work types, with each type's count in the legend; none without openings. */
function openingsByType(rows: Listing[], labels: Labels): string | undefined {
  const slices = WORK_TYPES.map(workType => ({
    label: workTypeLabel(workType, labels),
    count: rows.filter(row => row.workType === workType).length
  })).filter(slice => slice.count > 0)
  if (slices.length === 0) return undefined
  return [
    'pie showData',
    ...titleLine(labels.openingsByType, escaped),
    ...slices.map(slice => `  ${quoted(slice.label)} : ${slice.count}`)
  ].join('\n')
}

/** No line for an empty title: a bare `title` is a syntax error. */
function titleLine(label: string, write: (label: string) => string): string[] {
  return escaped(label) === '' ? [] : [`  title ${write(label)}`]
}

function mermaidBlock(diagram: string): Code {
  return { type: 'code', lang: 'mermaid', value: diagram }
}

function quoted(label: string): string {
  return `"${escaped(label)}"`
}

// Characters with a meaning somewhere in Mermaid's diagram syntax, in Markdown code fences
// or in HTML. Mermaid decodes `#<code>;` back to the character when it draws the text.
const MERMAID_SYNTAX = /[#"%`;:,<>&\\[\]{}()|=]/g
const LINE_BREAKS_AND_CONTROLS = /\s*[\p{Cc}\p{Zl}\p{Zp}]+\s*/gu

/** One line of label text that Mermaid draws exactly as written and never reads as syntax. */
function escaped(label: string): string {
  return label
    .replace(LINE_BREAKS_AND_CONTROLS, ' ')
    .trim()
    .replace(MERMAID_SYNTAX, character => `#${character.codePointAt(0)};`)
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}
