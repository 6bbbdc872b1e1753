/**
 * The `counts` template that writes a board's own "Browse N roles by category" block again, for
 * the tables init wrapped: its heading line with the total (`{{ total }}`), then a line per
 * table as the block writes it: what stands before the link (`💻 **`, the heading's first word
 * when it differs from line to line), the link's text (the board's `zone-title` when it is not
 * the heading's), the link's address up to the anchor (`#-software-engineering-roles` or a full
 * URL ending in it) and what stands around the count (`** (`, `)`).
 *
 * The guess is checked: rendered over the numbers the block shows, it must give the block's
 * text exactly. A block it cannot write (a line for a category with no table, another order,
 * lines written in different shapes) gets no template, and init leaves it outside any zone.
 */
import { countsText } from '../render/counts.js'
import type { Heading } from '../zones/find.js'

/** A table init wrapped: its zone's name and the heading a run finds above that zone. */
export interface CountedTable {
  zone: string
  heading?: Heading
}

export type CountsGuess =
  | {
      template: string
      /** Each table's `zone-title`, when the block names a table otherwise than its heading. */
      titles?: string[]
    }
  | { problem: string }

/**
 * `lines`: the block's lines as written (no line endings), its heading first; `firstLine`: the
 * README's line number of that heading, to name lines in a problem.
 */
export function countsGuess(
  lines: string[],
  firstLine: number,
  tables: CountedTable[]
): CountsGuess {
  const [heading = '', ...rest] = lines
  const lineNumber = (index: number) => firstLine + 1 + index
  const items = rest.flatMap((text, index) => (isBlank(text) ? [] : [{ text, index }]))
  const gaps = items.map((item, at) => item.index - (at === 0 ? -1 : items[at - 1]!.index) - 1)
  if (items.length === 0) return { problem: 'it has no line under its heading' }
  // The blank lines after the heading, and between the lines (a list's items may stand closer
  // together than the list stands to its heading).
  const [headGap = 0, itemGap = headGap] = gaps
  if (!gaps.slice(1).every(gap => gap === itemGap) || headGap > 1 || itemGap > 1)
    return { problem: 'its lines are not spaced evenly, one blank line or none between them' }

  const parts = items.map(item => lineParts(item.text, tables))
  const unlinked = items.filter((_, at) => parts[at] === 'no table')
  if (unlinked.length > 0)
    return {
      problem: `${linesNamed(unlinked.map(item => lineNumber(item.index)))} no table init wrapped (a category with no table of its own, or another link)`
    }
  const uncounted = items.find((_, at) => parts[at] === 'no count')
  if (uncounted)
    return { problem: `line ${lineNumber(uncounted.index)} shows no count after its link` }
  const found = parts as LineParts[]
  const missing = tables.filter((_, index) => !found.some(part => part.table === index))
  if (missing.length > 0)
    return {
      problem: `it has no line for the table under "${missing[0]!.heading?.text ?? missing[0]!.zone}"`
    }
  if (found.length !== tables.length || found.some((part, index) => part.table !== index))
    return { problem: 'it lists the tables in another order than the README has them' }

  const [first] = found as [LineParts, ...LineParts[]]
  const same = (key: 'base' | 'between' | 'after') => found.every(part => part[key] === first[key])
  const lead = leadTemplate(
    found.map(part => part.lead),
    tables
  )
  if (!same('base') || !same('between') || !same('after') || lead === undefined)
    return { problem: 'its lines are not all written in one shape' }

  const total = totalIn(heading)
  // Numbers written with commas between their thousands (`1,234`) are written so again.
  const separated = total?.text.includes(',') || found.some(part => part.separated)
  const number = (value: string) => `{{ ${value}${separated ? ' | thousands' : ''} }}`
  const headLine =
    total === undefined
      ? liquidText(heading)
      : `${liquidText(heading.slice(0, total.at))}${number('total')}${liquidText(heading.slice(total.at + total.text.length))}`
  const line =
    `${lead}[{{ table.title }}](${liquidText(first.base)}{{ table.anchor }})` +
    `${liquidText(first.between)}${number('table.count')}${liquidText(first.after)}`
  const template =
    headGap !== itemGap
      ? `${headLine}\n${headGap ? '\n' : ''}{% for table in tables -%}\n${line}\n${itemGap ? '{% unless forloop.last %}\n{% endunless %}' : ''}{% endfor %}`
      : headGap === 1
        ? `${headLine}\n{% for table in tables %}\n${line}\n{% endfor %}`
        : `${headLine}\n{%- for table in tables %}\n${line}\n{%- endfor %}`
  const titled = found.some((part, index) => part.title !== tables[index]!.heading?.text)
  const titles = titled ? found.map(part => part.title) : undefined

  const rendered = countsText(
    template,
    total === undefined ? 0 : numberOf(total.text),
    tables.map((table, index) => ({
      count: found[index]!.count,
      closed: 0,
      heading: table.heading?.text ?? '',
      anchor: table.heading?.anchor ?? '',
      zone: table.zone,
      category: '',
      title: titles?.[index] ?? table.heading?.text ?? table.zone
    }))
  )
  if (rendered !== lines.join('\n'))
    return { problem: 'init found no counts template that writes it as it is' }
  return { template, ...(titles ? { titles } : {}) }
}

/** A line of the block taken apart around its link and its count. */
interface LineParts {
  /** The index of the table whose heading the link's anchor names. */
  table: number
  lead: string
  title: string
  /** The link's address before the anchor: '' or `https://github.com/o/r/blob/main/README.md`. */
  base: string
  /** Between the link's `)` and the count: `** (`. */
  between: string
  count: number
  /** The count is written with commas between its thousands (`1,234`). */
  separated: boolean
  after: string
}

/** A Markdown link, its text (brackets escaped or not in it) and its address. */
const LINK = /\[((?:[^[\]\\]|\\.)*)\]\(([^()\s]*)\)/
/**
 * A whole number written in digits (`16`), with commas between its thousands or not (`1,234`),
 * not `2.5`, `1,23` or `v2`.
 */
const NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,]\d)/gu

/** A number as written: `1,234` is 1234. */
const numberOf = (written: string): number => Number(written.replaceAll(',', ''))

/** `no table`: its first link names none of the tables' headings; `no count`: no number follows it. */
function lineParts(text: string, tables: CountedTable[]): LineParts | 'no table' | 'no count' {
  const link = LINK.exec(text)
  if (!link) return 'no table'
  const [whole, title = '', url = ''] = link
  const hash = url.lastIndexOf('#')
  const anchor = hash < 0 ? '' : url.slice(hash)
  const table = tables.findIndex(each => each.heading?.anchor === anchor)
  if (anchor === '' || table < 0) return 'no table'
  const rest = text.slice(link.index + whole.length)
  const count = new RegExp(NUMBER.source, 'u').exec(rest)
  if (!count) return 'no count'
  return {
    table,
    lead: text.slice(0, link.index),
    title,
    base: url.slice(0, hash),
    between: rest.slice(0, count.index),
    count: numberOf(count[0]),
    separated: count[0].includes(','),
    after: rest.slice(count.index + count[0].length)
  }
}

/**
 * What the lines write before their link: the same text on every line, or text around the first
 * (or last) word of each table's heading (`💻 **` under `## 💻 Software Engineering Roles`),
 * after an ordered list's number or not (`1. 💻 `).
 */
function leadTemplate(leads: string[], tables: CountedTable[]): string | undefined {
  if (leads.every(lead => lead === leads[0])) return liquidText(leads[0] ?? '')
  // An ordered list's numbers, 1, 2, 3 (`1. `, `2) `): the loop's index.
  const numbers = leads.map(lead => /^([ \t]*)(\d+)([.)])/.exec(lead))
  const [first] = numbers
  if (
    first &&
    numbers.every(
      (number, index) =>
        number &&
        Number(number[2]) === index + 1 &&
        number[1] === first[1] &&
        number[3] === first[3]
    )
  ) {
    const rest = leadTemplate(
      leads.map((lead, index) => lead.slice(numbers[index]![0].length)),
      tables
    )
    if (rest !== undefined) return `${first[1]}{{ forloop.index }}${first[3]}${rest}`
  }
  for (const end of ['first', 'last'] as const) {
    const words = tables.map(table => {
      const split = (table.heading?.text ?? '').split(' ')
      return (end === 'first' ? split[0] : split.at(-1)) ?? ''
    })
    const at = words[0] === '' ? -1 : leads[0]!.indexOf(words[0]!)
    if (at < 0) continue
    const before = leads[0]!.slice(0, at)
    const after = leads[0]!.slice(at + words[0]!.length)
    if (leads.every((lead, index) => lead === before + words[index]! + after))
      return `${liquidText(before)}{{ table.heading | split: " " | ${end} }}${liquidText(after)}`
  }
  return undefined
}

/** The total in the heading line: the number after "Browse", else its only number. */
function totalIn(heading: string): { text: string; at: number } | undefined {
  const numbers = [...heading.matchAll(NUMBER)]
  const browse = numbers.find(number => /\bbrowse\s+$/i.test(heading.slice(0, number.index)))
  const total = browse ?? (numbers.length === 1 ? numbers[0] : undefined)
  return total && { text: total[0], at: total.index }
}

/** "line 12 links to", "lines 12, 16 and 20 link to". */
function linesNamed(numbers: number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]} links to`
  return `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} link to`
}

const isBlank = (line: string): boolean => /^[ \t]*$/.test(line)

/** Text as Liquid that renders as it: with `{{` or `{%` in it, in a raw block. */
const liquidText = (text: string): string =>
  /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text
