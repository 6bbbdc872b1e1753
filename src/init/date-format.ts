/**
 * The strftime pattern a column's dates are written in (`2025-09-26`: `%Y-%m-%d`), found by
 * reading each cell by each pattern boards write and keeping the first pattern that writes every
 * date cell again, byte for byte (strftime of the date read, in UTC): so the guess round-trips
 * the cells it saw, and a pattern that reads a cell wrongly (`13/01/2025` as month 13) is not
 * taken.
 */
import { strftime } from '../render/dates.js'
import { UTC } from '../calendar.js'

/**
 * The patterns tried, in order: day first or month first, each with padded and bare numbers
 * (`%d`, `%-d`), so `1/5/2025` is `%-m/%-d/%Y` and `01/05/2025` `%m/%d/%Y`. Month before day
 * when both read (US boards).
 */
const FORMATS = [
  '%Y-%m-%d',
  '%Y/%m/%d',
  '%m/%d/%Y',
  '%d/%m/%Y',
  '%m/%d/%y',
  '%d/%m/%y',
  '%m-%d-%Y',
  '%d.%m.%Y',
  '%b %d',
  '%B %d',
  '%d %b',
  '%d %B',
  '%b %d, %Y',
  '%B %d, %Y',
  '%d %b %Y',
  '%d %B %Y',
  '%b %Y',
  '%B %Y'
].flatMap(bareVariants)

/** A pattern with its `%d` and `%m` padded and bare: `%m/%d` `%m/%-d` `%-m/%d` `%-m/%-d`. */
function bareVariants(pattern: string): string[] {
  let variants = [pattern]
  for (const code of ['d', 'm'])
    if (pattern.includes(`%${code}`))
      variants = variants.flatMap(each => [each, each.replace(`%${code}`, `%-${code}`)])
  return variants
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

/** A pattern as a regular expression that reads a whole text, and the codes of its groups. */
function reader(pattern: string): { regexp: RegExp; parts: string[] } {
  const parts: string[] = []
  const source = pattern.replace(
    /%(-?)([a-zA-Z])|([^%]+)/g,
    (_, bare: string | undefined, code: string | undefined, literal: string | undefined) => {
      if (literal !== undefined) return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      parts.push(code!)
      if (code === 'Y') return '(\\d{4})'
      if (code === 'y') return '(\\d{2})'
      if (code === 'b' || code === 'B') return '([A-Za-z]+)'
      return bare ? '(\\d{1,2})' : '(\\d{2})'
    }
  )
  return { regexp: new RegExp(`^${source}$`), parts }
}

const READERS = new Map(FORMATS.map(pattern => [pattern, reader(pattern)]))

/**
 * The day `text` is, read whole by `pattern` (in UTC; a year the pattern lacks is 2000, a leap
 * year, and a day it lacks the 1st); undefined when it does not read so.
 */
export function readBy(text: string, pattern: string): number | undefined {
  const { regexp, parts } = READERS.get(pattern)!
  const found = regexp.exec(text)
  if (!found) return undefined
  let [year, month, day] = [2000, 0, 1]
  for (const [index, code] of parts.entries()) {
    const value = found[index + 1]!
    if (code === 'Y') year = Number(value)
    else if (code === 'y') year = 2000 + Number(value)
    else if (code === 'm') month = Number(value) - 1
    else if (code === 'd') day = Number(value)
    else {
      const name = value.toLowerCase()
      month = MONTHS.findIndex(each => (code === 'B' ? each === name : each.startsWith(name)))
      if (month === -1 || (code === 'b' && name.length !== 3)) return undefined
    }
  }
  return Date.UTC(year, month, day)
}

/**
 * The first pattern that reads every cell and writes each again as it is; undefined when no
 * pattern does (or there is no cell). Of its variants that do too (`12/5/2025`, `11/28/2025`:
 * `%m/%-d/%Y` and `%-m/%-d/%Y`, no cell telling a padded month from a bare one), the one that
 * pads its month and day alike, as a board's script writes them: `%-m/%-d/%Y` there.
 */
export function dateFormatOf(cells: string[]): string | undefined {
  if (cells.length === 0) return undefined
  const fits = (pattern: string) =>
    cells.every(cell => {
      const time = readBy(cell, pattern)
      return time !== undefined && strftime(time, pattern, UTC) === cell
    })
  const first = FORMATS.find(fits)
  if (first === undefined) return undefined
  const padded = (pattern: string) => pattern.replaceAll('%-', '%')
  const alike = (pattern: string) =>
    !/%-?d/.test(pattern) ||
    !/%-?m/.test(pattern) ||
    pattern.includes('%-d') === pattern.includes('%-m')
  if (alike(first)) return first
  return (
    FORMATS.find(pattern => padded(pattern) === padded(first) && alike(pattern) && fits(pattern)) ??
    first
  )
}
