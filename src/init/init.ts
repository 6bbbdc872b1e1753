/**
 * `init`: adopts an existing board. Finds its openings table, its "Last updated" line and its
 * stats paragraphs, and wraps each in zone markers. The README is parsed only to locate those
 * blocks; the markers are inserted as whole lines into the original text, so every other byte
 * (line endings, a BOM, odd formatting) stays as it was.
 */
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { errors } from '../errors.js'
import { openingsZone, zonesOf, type Zone, type ZoneName } from '../zones/find.js'
import { readmeBlocks, type Block } from './blocks.js'
import { countsGuess } from './counts.js'
import { statsLabels } from './stats-labels.js'
import { allTables, openingsTables, textOf, zoneNames, type FoundTable } from './tables.js'
import { splitLines, type Line } from '../zones/lines.js'
import { timeOf } from '../time.js'
import { isTimeZone } from '../calendar.js'

export interface InitOptions {
  /** The marker prefix, as in `<!-- PREFIX:openings:start -->` (the CLI default is 'jobs'). */
  prefix: string
  /**
   * A 1-based line inside the openings table (its header row, say).
   * Default: the tables between the board's TABLE_START and TABLE_END comments, else the first
   * table right under a heading whose text contains "openings" or "jobs", else every table whose
   * header names a company and a role (see tables.ts).
   */
  line?: number
}

export interface InitResult {
  /** The README with the marker lines added. */
  text: string
  /** The zones this run wrapped, in the order they appear. Empty when there was nothing to do. */
  wrapped: ZoneName[]
  /** The README already had openings markers, so no table was searched for. */
  alreadyMarked: boolean
  /**
   * The `updated` template that writes the Last updated line init wrapped as the README has
   * it (`**Last updated:** {{ now | date: "%Y-%m-%d %H:%M" }}`); undefined: the default line.
   */
  updated?: string
  /**
   * The tables wrapped, each with its zone (undefined: `openings`), for a starting boards file;
   * `blankLine`: a blank line was added before its end marker (an HTML table ending the file);
   * `title`: its name in the counts block, when that is not its heading's text (`zone-title`).
   */
  tables: (FoundTable & {
    zone?: string
    blankLine?: boolean
    title?: string
    folded?: FoldedRoles
  })[]
  /**
   * When the README already had openings markers: the first table inside each openings zone,
   * with its zone (undefined: `openings`) and `title` as `tables` has them, for a boards file
   * that does not describe it yet (the markers placed by hand, or the boards file lost). A zone
   * that holds no table comes `empty`, with no headers: its board writes the default table.
   * Nothing is wrapped for them.
   */
  marked?: (FoundTable & {
    zone?: string
    title?: string
    empty?: boolean
    folded?: FoldedRoles
  })[]
  /**
   * The Last updated line init wrapped with the default line's template, as no template of its
   * guess writes it as it is: its line (1-based), its text and why.
   */
  updatedUnread?: { line: number; text: string; problem: string }
  /**
   * A Last updated line init did not wrap, as it is no line of a top-level paragraph (it is in a
   * blockquote, a heading, a list or an HTML block): its line (1-based), its text and where.
   */
  updatedLeftOut?: { line: number; text: string; where: string }
  /**
   * A count of roles the Last updated line shows (`2 open roles`) that its `updated` template
   * keeps as written, as it is not the open rows of the tables init found (or is written with
   * thousands separators): the count as written, and those rows.
   */
  updatedCount?: { shown: string; rows: number }
  /**
   * The time the README's Last updated line shows (its first date, and the time after it),
   * as the day its rows' ages are read against; undefined when it has none init reads.
   */
  updatedAt?: number
  /** The `counts` template that writes the counts block init wrapped as the README has it. */
  counts?: string
  /**
   * The labels (kebab-case keys) whose text the stats block, wrapped or already marked, shows
   * otherwise than the default (`no-salary: Not specified`); absent when none.
   */
  labels?: Record<string, string>
  /**
   * A counts block init left outside any zone, as no template of its guess writes it as it is
   * for the tables it wrapped: its lines (1-based, inclusive), its heading line and why.
   */
  countsLeftOut?: { first: number; last: number; heading: string; problem: string }
  /**
   * A counts zone the README already marks whose block no template of init's guess writes as it
   * is: its marker lines (1-based), its first line and why. A run writes it with the default.
   */
  countsUnread?: { first: number; last: number; heading: string; problem: string }
}

/**
 * Throws `errors.noOpeningsTable` when the README has neither openings markers nor a table to
 * wrap, and the error a run would throw when its markers are misplaced or do not pair up.
 */
export function initReadme(readme: string, options: InitOptions): InitResult {
  const blocks = parseBlocks(readme)
  const lines = splitLines(readme)
  // Read as a run reads them: a marker a run refuses (in a list item, unpaired) stops init too.
  const zones = zonesOf(readme, options.prefix)
  const marked = new Set(zones.keys())
  const alreadyMarked = [...marked].some(zone => zone.startsWith('openings'))
  const tables = alreadyMarked ? [] : openingsSpans(blocks, readme, lines, options)
  const inZones = alreadyMarked ? tablesInZones(blocks, readme, lines, zones) : []
  // The tables a run counts: those wrapped now, or those already in their zones.
  const counted = alreadyMarked ? inZones : tables
  // A zone already marked is read as init reads the block when it wraps it.
  const updatedLineSpan = marked.has('updated') ? undefined : updatedSpan(blocks, lines, readme)
  const updated = marked.has('updated')
    ? updatedIn(zones.get('updated')!, readme, lines)
    : updatedLineSpan
  const updatedLeftOut =
    marked.has('updated') || updatedLineSpan ? undefined : updatedElsewhere(blocks, lines, readme)
  // The count of roles the line shows, written by the run where it is the tables' open rows.
  const rows = counted.reduce((sum, table) => sum + openRows(table), 0)
  const counting = updated?.template === undefined ? undefined : countedLine(updated.template, rows)
  const found = [
    ...tables.map(table => ({
      zone: openingsZone(table.zone),
      first: table.first,
      last: table.last,
      blankLine: table.blankLine
    })),
    updatedLineSpan,
    marked.has('stats') ? undefined : statsSpan(blocks)
  ]
  const statsZone = zones.get('stats')
  const stats = statsZone
    ? { first: statsZone.startLine + 1, last: statsZone.endLine - 1 }
    : found.find(span => span?.zone === 'stats')
  const labels = stats && labelsIn(readme, lines, stats)
  const spans = found.filter(span => span !== undefined)
  const countsZone = zones.get('counts')
  const counts: Span | undefined =
    counted.length === 0
      ? undefined
      : countsZone
        ? countsZone.endLine - countsZone.startLine > 1
          ? { zone: 'counts', first: countsZone.startLine + 1, last: countsZone.endLine - 1 }
          : undefined
        : countsSpan(blocks)
  const guess =
    counts &&
    countsFor(
      counts,
      readme,
      lines,
      countsZone ? spans : [...spans, counts],
      counted,
      options.prefix
    )
  if (!countsZone && counts && guess && 'template' in guess) spans.push(counts)
  spans.sort((a, b) => a.first - b.first)
  const titles = guess && 'titles' in guess ? guess.titles : undefined
  const titled = <T>(each: T[]) =>
    titles ? each.map((table, index) => ({ ...table, title: titles[index] })) : each
  const problem = counts && guess && 'problem' in guess ? guess.problem : undefined
  return {
    text: insertMarkers(readme, lines, spans, options.prefix),
    wrapped: spans.map(span => span.zone),
    alreadyMarked,
    tables: titled(tables),
    ...(inZones.length > 0 ? { marked: titled(inZones) } : {}),
    ...(counting === undefined ? {} : { updated: counting.template }),
    ...(counting?.kept === undefined ? {} : { updatedCount: { shown: counting.kept, rows } }),
    // The time its Last updated line shows, in its zone or not.
    ...updatedAtOf(
      readme,
      lines,
      marked.has('updated')
        ? updatedLineIn(zones.get('updated')!, readme, lines)
        : updatedLineSpan?.first
    ),
    ...(updated?.problem === undefined || !updatedLineSpan
      ? {}
      : {
          updatedUnread: {
            line: updatedLineSpan.first,
            text: lineText(readme, lines, updatedLineSpan.first).trim(),
            problem: updated.problem
          }
        }),
    ...(updatedLeftOut ? { updatedLeftOut } : {}),
    ...(guess && 'template' in guess ? { counts: guess.template } : {}),
    ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
    ...(counts && problem !== undefined
      ? {
          [countsZone ? 'countsUnread' : 'countsLeftOut']: {
            first: countsZone ? countsZone.startLine : counts.first,
            last: countsZone ? countsZone.endLine : counts.last,
            heading: lineText(readme, lines, counts.first),
            problem
          }
        }
      : {})
  }
}

/**
 * The counts template guessed for the block at `counts` (its lines, without markers), over the
 * tables a run would count: the headings above their zones read as a run reads them, in the
 * README with the markers of `spans` in.
 */
function countsFor(
  counts: Span,
  readme: string,
  lines: Line[],
  spans: Span[],
  tables: (FoundTable & { zone?: string })[],
  prefix: string
): ReturnType<typeof countsGuess> {
  const all = [...spans].sort((a, b) => a.first - b.first)
  const marked = insertMarkers(readme, lines, all, prefix)
  const zones = zonesOf(marked, prefix)
  const block: string[] = []
  for (let line = counts.first; line <= counts.last; line += 1)
    block.push(lineText(readme, lines, line))
  return countsGuess(
    block,
    counts.first,
    tables.map(table => ({
      zone: table.zone ?? 'openings',
      heading: zones.get(openingsZone(table.zone))?.heading
    }))
  )
}

/** The labels the stats block on lines `first`..`last` (1-based) shows otherwise (stats-labels.ts). */
function labelsIn(
  readme: string,
  lines: Line[],
  { first, last }: { first: number; last: number }
): Record<string, string> {
  const block: string[] = []
  for (let line = first; line <= last; line += 1) block.push(lineText(readme, lines, line))
  return statsLabels(block.join('\n'))
}

/** Line `line` (1-based) of the README as written, without its line ending or a BOM. */
function lineText(readme: string, lines: Line[], line: number): string {
  const { start, end } = lines[line - 1]!
  return readme.slice(start, end).replace(/^\uFEFF/, '')
}

/** Lines `first`..`last` (1-based, inclusive) of the README, to go between the zone's markers. */
interface Span {
  zone: ZoneName
  first: number
  last: number
  /** A blank line goes before the end marker, so that an HTML block does not take it in. */
  blankLine?: boolean
}

/**
 * A line that starts with "Last updated", after any HTML tags, emphasis marks, emoji and other
 * symbols (`🔄 **Last updated:**`, `⏰ Last updated`).
 */
const LAST_UPDATED_LINE =
  /^(?:<[^>]*>|[\s_*~\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f)*(last )?updated\b/iu
const STATS = /^(?:current stats|trending skills)\b/i
const STATS_NOTE = /^note\b/i
/** "Browse 552 Internship Roles by Category", "Browse 1,234 roles": a count or categories. */
const COUNTS_HEADING = /^browse\b.*(?:\bcategor|\d)/i

/** The top-level blocks: markers, tables and paragraphs count only there, never inside lists or quotes. */
function parseBlocks(readme: string): Block[] {
  return readmeBlocks(readme)
}

/** The openings tables (the one at `line`, or those tables.ts finds), each with its zone. */
function openingsSpans(
  blocks: Block[],
  readme: string,
  lines: Line[],
  { line, prefix }: InitOptions
): InitResult['tables'] {
  const texts = lines.map(each => readme.slice(each.start, each.end))
  const tables = openingsTables(blocks, texts)
  const chosen =
    line === undefined
      ? tables
      : allTables(blocks, texts).filter(table => table.first <= line && line <= table.last)
  if (chosen.length === 0) throw errors.noOpeningsTable(prefix, line)
  const unclear = chosen.find(table => table.unclearEnd)?.unclearEnd
  if (unclear) throw errors.tableEndUnclear(prefix, unclear)
  const zones = zoneNames(chosen)
  return chosen.map((each, index) => {
    // A folded table under it that is no closed roles' stays out of its zone (it ends with the
    // table above it), and is said.
    const folded = foldedRoles(blocks, texts, each.first, each.last)
    const table =
      folded && !folded.closed
        ? { ...each, last: folded.before, endsInHtml: each.format === 'html' }
        : each
    // An HTML block runs on to the next blank line: the end marker goes after that line, as a
    // run writes an HTML table, or it would be part of the block. (The last entry of `texts` is
    // what follows the file's last line ending: at the end of the file a blank line is added.)
    const blankAfter = table.last < texts.length - 1 && texts[table.last]!.trim() === ''
    return {
      ...table,
      last: table.endsInHtml && blankAfter ? table.last + 1 : table.last,
      zone: zones[index],
      ...(table.endsInHtml && !blankAfter ? { blankLine: true } : {}),
      ...(folded ? { folded } : {})
    }
  })
}

/**
 * A table of roles folded under a zone's table, as a run with `closed: details` writes it
 * (`<details><summary>Inactive roles (2)</summary>`, the table, `</details>`, ending the zone),
 * or as a board writes it by hand (`<details open>` and `<summary><b>…</b></summary>` on lines
 * of their own): its lines (1-based), the last line before it, its summary's text, its opening
 * as written (the lines from `<details>` to the table), its rows, and whether its summary names
 * closed roles (else it is no closed roles' block, and the zone ends before it).
 */
export interface FoldedRoles {
  first: number
  last: number
  before: number
  summary: string
  opening: string
  rows: number
  closed: boolean
}

/**
 * The folded table of roles between lines `first` and `last` (1-based), ending there: read from
 * the README's blocks, a `</details>` block last, the table before it, and before that the HTML
 * blocks that open the fold (`<details>` and its `<summary>`, in one block or several), parsed
 * as HTML for the summary's text.
 */
function foldedRoles(
  blocks: Block[],
  texts: string[],
  first: number,
  last: number
): FoldedRoles | undefined {
  const inside = blocks.filter(
    block => block.position!.start.line >= first && block.position!.end.line <= last
  )
  const closing = inside.at(-1)
  if (closing?.type !== 'html' || !/^\s*<\/details\s*>/i.test(closing.value)) return undefined
  // The fold's table: a pipe table, or an HTML table (one block or more, from its `<table>`).
  const tableAt = inside.findLastIndex(
    (block, index) =>
      index < inside.length - 1 &&
      (block.type === 'table' || (block.type === 'html' && /^\s*<table[\s>]/i.test(block.value)))
  )
  if (tableAt < 1) return undefined
  // Its opening: the HTML blocks right above the table, back to the one that opens `<details>`.
  let openAt = tableAt - 1
  while (
    openAt >= 0 &&
    inside[openAt]!.type === 'html' &&
    !DETAILS_START.test(htmlValue(inside[openAt]))
  )
    openAt -= 1
  if (openAt < 1 || !DETAILS_START.test(htmlValue(inside[openAt]))) return undefined
  const openingBlocks = inside.slice(openAt, tableAt)
  if (openingBlocks.some(block => block.type !== 'html')) return undefined
  const details = fromHtml(openingBlocks.map(htmlValue).join('\n'), {
    fragment: true
  }).children.find((node): node is Element => node.type === 'element' && node.tagName === 'details')
  const summaryNode = details?.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'summary'
  )
  if (!summaryNode) return undefined
  const start = inside[openAt]!.position!.start.line
  const end = closing.position!.start.line
  let before = start - 1
  while (before > first && texts[before - 1]!.trim() === '') before -= 1
  const tableFirst = inside[tableAt]!.position!.start.line
  const body = texts.slice(tableFirst - 1, end - 1)
  const pipeRows = body.filter(line => line.trim().startsWith('|')).length
  const rows =
    pipeRows > 0
      ? Math.max(0, pipeRows - 2)
      : Math.max(0, body.join('\n').match(/<tr[\s>]/gi)?.length ?? 1) - 1
  const summary = textOf(summaryNode).replace(/\s+/g, ' ').trim()
  const opening = texts
    .slice(start - 1, inside[tableAt - 1]!.position!.end.line)
    .join('\n')
    .trim()
  return {
    first: start,
    last: end,
    before,
    summary,
    opening,
    rows,
    closed: CLOSED_WORDS.test(summary)
  }
}

/** An HTML block that opens a `<details>` (with attributes or not, its summary anywhere). */
const DETAILS_START = /^\s*<details[\s>]/i

function htmlValue(block: Block | undefined): string {
  return block?.type === 'html' ? block.value : ''
}

/** The words of a summary that names closed roles (`Inactive roles (2)`, `Closed`). */
const CLOSED_WORDS = /\b(?:inactive|closed|expired|archived|filled|no longer|unavailable)\b/i

/**
 * The first table of each openings zone the README marks, with the zone's table name; a zone
 * that holds none comes `empty`, so that it gets a board too (the default table), unless it is
 * the README's one `openings` zone.
 */
function tablesInZones(
  blocks: Block[],
  readme: string,
  lines: Line[],
  zones: Map<ZoneName, Zone>
): NonNullable<InitResult['marked']> {
  const texts = lines.map(each => readme.slice(each.start, each.end))
  const tables = allTables(blocks, texts)
  const found = [...zones.values()]
    .filter(zone => zone.name.startsWith('openings'))
    .sort((a, b) => a.startLine - b.startLine)
    .map(zone => {
      const table = tables.find(each => each.first > zone.startLine && each.last < zone.endLine)
      const name = zone.name === 'openings' ? undefined : zone.name.slice('openings:'.length)
      const folded = table && foldedRoles(blocks, texts, table.first, zone.endLine - 1)
      return table
        ? { ...table, zone: name, ...(folded ? { folded } : {}) }
        : {
            first: zone.startLine + 1,
            last: zone.endLine - 1,
            format: 'pipe' as const,
            headers: [],
            delimiters: [],
            heading: zone.heading?.text ?? '',
            columnLinks: [],
            samples: [],
            cells: [],
            endsInHtml: false,
            zone: name,
            empty: true
          }
    })
  // A lone empty `openings` zone is what a run fills with no boards file at all: nothing to describe.
  return found.length === 1 && found[0]!.zone === undefined && 'empty' in found[0]! ? [] : found
}

/**
 * The "Browse N roles by Category" block of a board's tables (one or several): its heading and the
 * paragraphs under it, up to the next heading, rule or other block; or its heading and the one
 * list right under it (`- [💻 Software Engineering](#…) (123)`, a line per table).
 */
function countsSpan(blocks: Block[]): Span | undefined {
  const start = blocks.findIndex(
    block => block.type === 'heading' && COUNTS_HEADING.test(toString(block as Heading).trim())
  )
  if (start < 0) return undefined
  let end = start
  if (blocks[start + 1]?.type === 'list') end += 1
  else while (blocks[end + 1]?.type === 'paragraph') end += 1
  if (end === start) return undefined
  return { zone: 'counts', first: startLine(blocks[start]!), last: endLine(blocks[end]!) }
}

/**
 * The first line of a top-level paragraph that starts with "Last updated". Only that line is
 * wrapped, not its whole paragraph: a run replaces the zone entirely and must not eat the rest.
 * A line written otherwise than the default comes with the `updated` template that writes it
 * (its date's pattern found); one whose date init cannot read gets the default line.
 */
function updatedSpan(
  blocks: Block[],
  lines: Line[],
  readme: string
): (Span & { template?: string; problem?: string }) | undefined {
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue
    for (let line = startLine(block); line <= endLine(block); line += 1) {
      const read = updatedLine(lineText(readme, lines, line))
      if (read) return { zone: 'updated', first: line, last: line, ...read }
    }
  }
  return undefined
}

/**
 * A Last updated line that is no line of a top-level paragraph (updatedSpan), which init does
 * not wrap: in a blockquote (`> Last updated: ...`), a heading, a list item or an HTML block
 * (`<p align="center">Last updated: ...</p>`). Its line, as written, and where it is. A code block shows text, no line of the board: never one.
 */
function updatedElsewhere(
  blocks: Block[],
  lines: Line[],
  readme: string
): { line: number; text: string; where: string } | undefined {
  for (const block of blocks) {
    const first = startLine(block)
    const opening = lineText(readme, lines, first)
    const where =
      block.type === 'heading'
        ? 'a heading'
        : block.type === 'list'
          ? 'a list'
          : block.type === 'html'
            ? 'an HTML block'
            : block.type === 'other' && /^ {0,3}>/.test(opening)
              ? 'a blockquote'
              : undefined
    if (where === undefined) continue
    for (let line = first; line <= endLine(block); line += 1) {
      const text = lineText(readme, lines, line)
      if (updatedLine(text.replace(CONTAINER_START, ''))) return { line, text: text.trim(), where }
    }
  }
  return undefined
}

/** What starts a line of a quote, heading or list item before its text: `> `, `## `, `- `, `1. `. */
const CONTAINER_START = /^(?:\s*(?:>|#{1,6}(?=\s)|[-+*](?=\s)|\d{1,9}[.)](?=\s)))*\s*/

/** The `updated` zone the README marks, read as updatedSpan reads its Last updated line. */
function updatedIn(
  zone: Zone,
  readme: string,
  lines: Line[]
): { template?: string; problem?: string } | undefined {
  const line = updatedLineIn(zone, readme, lines)
  return line === undefined ? undefined : updatedLine(lineText(readme, lines, line))
}

/** The line of an updated zone that is its Last updated line (updatedLine reads it). */
function updatedLineIn(zone: Zone, readme: string, lines: Line[]): number | undefined {
  for (let line = zone.startLine + 1; line < zone.endLine; line += 1)
    if (updatedLine(lineText(readme, lines, line))) return line
  return undefined
}

/**
 * A line that starts with "Last updated": with the template that writes it again, unless it is
 * the default line (or its date is one init cannot read); undefined for another line.
 */
function updatedLine(text: string): { template?: string; problem?: string } | undefined {
  const found = LAST_UPDATED_LINE.exec(text)
  if (!found) return undefined
  if (DEFAULT_UPDATED.test(text)) return {}
  const read = updatedTemplate(text)
  // "Updated" alone starts many a line: only one with a date init reads is the Last updated line.
  if (!found[1] && !read?.template) return undefined
  return read ?? {}
}

/** The time a Last updated line shows: its first date (with its time, `2026-08-12 15:23`). */
function updatedAtOf(
  readme: string,
  lines: Line[],
  line: number | undefined
): { updatedAt?: number } {
  if (line === undefined) return {}
  const text = lineText(readme, lines, line)
  for (const [pattern] of DATES) {
    const match = pattern.exec(text)
    if (!match) continue
    const at = timeOf(match[0])
    return at === undefined ? {} : { updatedAt: at }
  }
  return {}
}

/** The line a run writes by default: `<sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>`. */
const DEFAULT_UPDATED = /^<sub><small>[^<]*<\/small><\/sub>\s*$/

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December'
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'

/** Dates as Last updated lines write them, each with its strftime pattern. */
const DATES: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /(?<!\d)\d{4}-\d{2}-\d{2}(T| )\d{2}:\d{2}(:\d{2})?(?!\d)/,
    match => `%Y-%m-%d${match[1]}%H:%M${match[2] ? ':%S' : ''}`
  ],
  [/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/, () => '%Y-%m-%d'],
  [dated(`(${MONTHS}) (\\d{1,2}), \\d{4}`), match => `%B ${day(match[2]!)}, %Y`],
  [dated(`(${SHORT_MONTHS}) (\\d{1,2}), \\d{4}`), match => `%b ${day(match[2]!)}, %Y`],
  [dated(`(\\d{1,2}) (${MONTHS}) \\d{4}`), match => `${day(match[1]!)} %B %Y`],
  [dated(`(\\d{1,2}) (${SHORT_MONTHS}) \\d{4}`), match => `${day(match[1]!)} %b %Y`],
  [
    dated('(\\d{1,2})/(\\d{1,2})/\\d{4}'),
    match => (Number(match[1]) > 12 ? '%d/%m/%Y' : '%m/%d/%Y')
  ]
]

/** A date pattern that neither starts nor ends inside a word or number (`_5 March 2026_` is one). */
function dated(pattern: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u')
}

/** A day as written: `05` is `%d`; `5` and `29` are `%-d` (no day shows it padded). */
const day = (written: string): string => (written.startsWith('0') ? '%d' : '%-d')

/**
 * A time right after the date (` at 14:30`, ` 14:30`, ` 14:30:05`), with a zone name after it
 * or not.
 */
const TIME_AFTER = /^( at |, | )(\d{1,2}):\d{2}(:\d{2})?(?!\d)( ?[AP]M\b)?(?: ([A-Z]{2,5}\b))?/

/** A zone's name right after a date and time read whole (`2025-10-04 12:28 PDT`). */
const ZONE_AFTER = /^ ([A-Z]{2,5})\b/

/** A weekday's name right before the date (`Sat, `), and its strftime code. */
const WEEKDAY_BEFORE =
  /(?<![\p{L}\p{N}])(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),? $/u

/** Why a Last updated line whose time is in another zone than UTC gets the default line. */
const zoneProblem = (zone: string) =>
  `its time is written in ${zone}, and a run writes the line's time in the board's timezone (UTC unless set), which would write another hour beside "${zone}"`

/** Zone names a Last updated line writes for UTC: the run writes it as it is. */
const UTC_NAMES = new Set(['UTC', 'GMT', 'Z'])

/**
 * The `updated` template that writes `line` again on another day: its first date (and a time
 * right after it) by the strftime pattern it is written in, the rest as it is.
 */
function updatedTemplate(line: string): { template?: string; problem?: string } | undefined {
  for (const [pattern, strftime] of DATES) {
    const match = pattern.exec(line)
    if (!match) continue
    let format = strftime(match)
    let [start, end] = [match.index, match.index + match[0].length]
    // The weekday before the date (`Sat, 04 Oct 2025`): written for the day the run writes.
    const weekday = WEEKDAY_BEFORE.exec(line.slice(0, start))
    if (weekday) {
      format = `${weekday[1] ? '%a' : '%A'}${weekday[0].slice(weekday[0].search(/,? $/))}${format}`
      start = weekday.index
    }
    const time = format.includes('%H') ? null : TIME_AFTER.exec(line.slice(end))
    const zoned = format.includes('%H') ? ZONE_AFTER.exec(line.slice(end)) : null
    if (zoned) {
      const zone = zoned[1]!
      // UTC's names stay as written: the run writes the time in UTC.
      if (!UTC_NAMES.has(zone)) return { problem: zoneProblem(zone) }
    }
    if (time) {
      // `7:28 PM`: %-I:%M %p; `19:28`: %H:%M; an hour of one digit bare (`7:28`: %-H).
      const twelve = time[4]
      const hour = `%${time[2]!.length === 1 ? '-' : ''}${twelve ? 'I' : 'H'}`
      const ampm = twelve ? `${twelve.startsWith(' ') ? ' ' : ''}%p` : ''
      const zone = time[5]
      if (zone && !UTC_NAMES.has(zone)) return { problem: zoneProblem(zone) }
      format += `${time[1]}${hour}:%M${time[3] ? ':%S' : ''}${ampm}${zone === 'UTC' ? ' %Z' : zone ? ` ${zone}` : ''}`
      end += time[0].length
    }
    const literal = (text: string) => (/\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text)
    return {
      template: `${literal(line.slice(0, start))}{{ now | date: "${format}" }}${zonedTimes(line.slice(end).trimEnd(), literal)}`
    }
  }
  return undefined
}

/**
 * The rest of a Last updated line after its time, with each further date and time written in
 * a zone it names (`(2026-08-12 23:23 Asia/Taipei)`) written by `now` in that zone; the rest,
 * and a date that names no zone, as written.
 */
function zonedTimes(rest: string, literal: (text: string) => string): string {
  const found = DATES.flatMap(([pattern, strftime]) => {
    const match = pattern.exec(rest)
    return match ? [{ match, format: strftime(match) }] : []
  }).sort((a, b) => a.match.index - b.match.index)[0]
  if (!found) return literal(rest)
  const end = found.match.index + found.match[0].length
  const zone = IANA_AFTER.exec(rest.slice(end))?.[1]
  if (!zone || !isTimeZone(zone)) return literal(rest)
  return `${literal(rest.slice(0, found.match.index))}{{ now | date: "${found.format}", "${zone}" }}${zonedTimes(rest.slice(end), literal)}`
}

/** An IANA zone's name right after a date and time (` Asia/Taipei`, ` America/New_York`). */
const IANA_AFTER = /^ ([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)(?![\w/])/

/** A table's open rows: those with no 🔒 (a closed role's, as closed: mark writes it). */
function openRows(table: FoundTable): number {
  const rows = table.cells[0]?.length ?? 0
  let open = 0
  for (let row = 0; row < rows; row += 1)
    if (!table.cells.some(cells => cells[row]?.includes('🔒'))) open += 1
  return open
}

/**
 * The Last updated line's template with the count of roles it shows (`2 open roles`) as
 * `{{ total }}`, the open roles of the board's tables, when it is the `rows` the tables show;
 * else as written, and that count as `kept`.
 */
function countedLine(template: string, rows: number): { template: string; kept?: string } {
  const found = ROLE_COUNT.exec(template)
  if (!found) return { template }
  const [number, words] = [found[1]!, found[2]!]
  if (number.includes(',') || Number(number) !== rows)
    return { template, kept: `${number}${words}` }
  const at = found.index
  return { template: `${template.slice(0, at)}{{ total }}${template.slice(at + number.length)}` }
}

/** A count of roles: `2 open roles`, `1,234 jobs`, `15 internships`. */
const ROLE_COUNT =
  /(?<![\p{L}\p{N}.,{])(\d{1,3}(?:,\d{3})+|\d+)(\s+(?:(?:open|active|new|current)\s+)?(?:roles?|jobs?|openings?|positions?|internships?|listings?|postings?|opportunit(?:y|ies))(?![\p{L}\p{N}]))/iu

/**
 * From the first paragraph that starts with "Current Stats" or "Trending Skills" through the
 * adjacent paragraphs that are stats too or a "Note: ..." under them.
 */
function statsSpan(blocks: Block[]): Span | undefined {
  const isStats = (block: Block | undefined) =>
    block?.type === 'paragraph' && STATS.test(block.text())
  const isNote = (block: Block | undefined) =>
    block?.type === 'paragraph' && STATS_NOTE.test(block.text())

  const start = blocks.findIndex(block => isStats(block))
  if (start === -1) return undefined
  let end = start
  while (isStats(blocks[end + 1]) || isNote(blocks[end + 1])) end += 1
  return { zone: 'stats', first: startLine(blocks[start]!), last: endLine(blocks[end]!) }
}

/** Inserts a marker line before each span's first line and after its last, in the file's line ending. */
function insertMarkers(readme: string, lines: Line[], spans: Span[], prefix: string): string {
  if (spans.length === 0) return readme
  const eol = lines.find(line => line.eol)?.eol ?? '\n'
  // Line 1 starts after a BOM, so the BOM stays first.
  const lineStarts = lines.map((line, index) =>
    index === 0 && readme.startsWith('\uFEFF') ? 1 : line.start
  )
  const marker = (zone: ZoneName, edge: 'start' | 'end') => `<!-- ${prefix}:${zone}:${edge} -->`

  const insertions: Array<{ at: number; text: string }> = []
  for (const span of spans) {
    insertions.push({ at: lineStarts[span.first - 1]!, text: marker(span.zone, 'start') + eol })
    const next = lineStarts[span.last]
    const end = (span.blankLine ? eol : '') + marker(span.zone, 'end')
    insertions.push(
      next === undefined // the span's last line is the file's, without a line ending
        ? { at: readme.length, text: eol + end }
        : { at: next, text: end + eol }
    )
  }
  insertions.sort((a, b) => a.at - b.at)

  let text = ''
  let copied = 0
  for (const { at, text: inserted } of insertions) {
    text += readme.slice(copied, at) + inserted
    copied = at
  }
  return text + readme.slice(copied)
}

function startLine(node: Block): number {
  return node.position!.start.line
}

function endLine(node: Block): number {
  return node.position!.end.line
}
