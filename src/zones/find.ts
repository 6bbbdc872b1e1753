/**
 * Finds the zones of a README: the lines between `<!-- PREFIX:NAME:start -->` and
 * `<!-- PREFIX:NAME:end -->`. NAME is `openings` (a board's table), `openings:TABLE` (one of
 * several tables in one README, TABLE the board's `zone`), `updated`, `stats`, `chart` or
 * `counts` (the rows of each table of the README).
 *
 * A CommonMark parse of the block structure (markdown-it, with GitHub's footnotes, its HTML
 * blocks as cmark-gfm 0.29 reads them: cmark-html-block.ts) decides which lines are markers:
 * an HTML block of its own, directly in the document, as GitHub shows it. So markers shown
 * in code blocks, inside other HTML or in running text do not count, and one in a block quote,
 * list item or footnote is an error. Only blocks matter here, so inline content is not parsed.
 * (micromark, the parser of remark, takes time quadratic in the size of a README with many
 * lists: minutes for 2 MB.)
 * It only tells line numbers; offsets come from the original string, so a BOM and every line
 * ending are kept exactly. The same parse gives each zone its first table, from which change
 * detection reads the links of the table on the page.
 */

import GithubSlugger from 'github-slugger'
import MarkdownIt, { type Options } from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import footnote from 'markdown-it-footnote'
import {
  errors,
  hiddenAdvice,
  hiddenWhere,
  optionalZoneLookalike,
  type HiddenMarker,
  type Lookalike
} from '../errors.js'
import { type Eol, splitLines } from './lines.js'
import { cmarkHtmlBlock, cmarkReference, htmlBlockCloser } from './cmark-html-block.js'
import { escapeRegExp } from '../regexp.js'

export type ZoneName = 'openings' | `openings:${string}` | 'updated' | 'stats' | 'chart' | 'counts'

/** The openings zone of a board: `openings`, or `openings:NAME` for the board's `zone`. */
export function openingsZone(zone: string | undefined): ZoneName {
  return zone === undefined ? 'openings' : `openings:${zone}`
}

/** A board's `zone`: letters, digits, `-` and `_`. */
export const TABLE_ZONE = /^[A-Za-z0-9][\w-]*$/

export interface Zone {
  name: ZoneName
  /** 1-based line of the start marker. */
  startLine: number
  /** 1-based line of the end marker. */
  endLine: number
  /** Offset just after the start marker line's line ending. */
  contentStart: number
  /** Offset of the end marker line's first character. */
  contentEnd: number
  /** The start marker line's ending; generated lines use it too. */
  eol: Eol
  /** The nearest heading above the zone, with the anchor GitHub gives it; undefined: none. */
  heading?: Heading
  /**
   * The zone's tables, in order, as the README's parse read them: its first table, and those
   * after it in as many `<details>` as it (the halves of a table its board's script cut in two),
   * not the closed roles `closed: details` folds under it; [] for none.
   */
  tables: ZoneTable[]
  /**
   * The README's link reference definitions (`[btn]: https://…/apply.png`), by their label
   * normalized as GitHub matches them (`BTN`): a cell's `[![Apply][btn]](…)` uses them.
   */
  references?: References
}

/** Link reference definitions by normalized label (upper case, white space runs as one space). */
export type References = Readonly<Record<string, { href: string; title: string }>>

/**
 * A table on the page. `pipe`: a GFM table, each row (the header first) as its cells' inline
 * source, and `env`, the parse's environment, which holds the README's link reference
 * definitions for the cells' `[text][label]` links. `html`: an HTML block holding a `<table>`,
 * by its first and last line (1-based) in the text of its zone (zoneContent, whose first line is
 * the one after the start marker): the tables of the zone's other blocks (the closed roles
 * `closed: details` folds under it) are none of its.
 */
export type ZoneTable =
  | {
      format: 'pipe'
      rows: string[][]
      /** Each row's line as written, without its line ending (the header's first). */
      lines: string[]
      env: object
      /** Its delimiter row as written (`|---|:-:|`), without its line ending. */
      delimiterRow: string
    }
  | { format: 'html'; line: number; endLine: number }

export interface Heading {
  /** Its text, as the page shows it (no markup). */
  text: string
  /** `#slug`, as GitHub links it (repeated headings get `-1`, `-2`). */
  anchor: string
}

/**
 * Every zone the README has; rejects with a BoardError naming the line when markers do not pair
 * up, or when one of the `needed` zones is missing.
 */
export async function findZones(
  readme: string,
  prefix: string,
  needed: readonly ZoneName[] = ['openings'],
  warn: (message: string) => void = () => {}
): Promise<Map<ZoneName, Zone>> {
  return zonesOf(readme, prefix, needed, warn)
}

/** findZones, at once: for `init`, which reads the zones of the README it is marking up. */
export function zonesOf(
  readme: string,
  prefix: string,
  needed: readonly ZoneName[] = [],
  warn: (message: string) => void = () => {}
): Map<ZoneName, Zone> {
  const blocks = parseBlocks(readme)
  const references = blocks.references
  const holders = [...blocks.html, ...blocks.fences]
  const pairs = pairMarkers(findMarkers(blocks.html, prefix), prefix, holders)
  for (const name of needed)
    if (!pairs.has(name)) {
      const like = lookalike(readme, prefix, name)
      const hidden = like && hiddenMarkers(holders, prefix, name).find(h => h.line === like.line)
      throw errors.zoneMissing(prefix, name, like && { ...like, hidden })
    }
  for (const message of markerWarnings(blocks, readme, prefix, pairs)) warn(message)
  const lines = splitLines(readme)
  const zones = new Map<ZoneName, Zone>()
  for (const [name, { startLine, endLine }] of pairs) {
    const startMarker = lines[startLine - 1]!
    zones.set(name, {
      name,
      startLine,
      endLine,
      contentStart: startMarker.end + startMarker.eol.length,
      contentEnd: lines[endLine - 1]!.start,
      // A start marker always has a line after it (its end marker), so it has an ending.
      eol: startMarker.eol as Eol,
      heading: blocks.headings.findLast(heading => heading.line < startLine),
      tables: zoneTables(blocks, startLine, endLine),
      references
    })
  }
  return zones
}

/**
 * The block tokens of the README (its BOM left out), as the zones are read: `map` gives each
 * block's lines, 0-based, end exclusive. Inline content is not parsed.
 */
export function blockTokens(readme: string): Token[] {
  return PARSER.parse(readme.replace(/^\uFEFF/, ''), {})
}

const ZONE_NAMES = ['openings(?::[A-Za-z0-9][\\w-]*)?', 'updated', 'stats', 'chart', 'counts']
/** The zone names, as the error for a marker naming no zone lists them. */
const ZONE_LIST = ['openings', 'updated', 'stats', 'chart', 'counts']
/** The zones a README may leave out. */
const OPTIONAL_ZONES: ZoneName[] = ['updated', 'stats', 'chart', 'counts']

interface Marker {
  name: ZoneName
  edge: 'start' | 'end'
  line: number
}

/** The markers of the README in order; throws when one sits in a block quote, list or footnote. */
function findMarkers(blocks: HtmlBlock[], prefix: string): Marker[] {
  const pattern = markerPattern(prefix)
  const markers: Marker[] = []
  for (const block of blocks) {
    const match = pattern.exec(block.value.trim())
    if (!match) continue
    const found: Marker = {
      name: match[1] as ZoneName,
      edge: match[2] as Marker['edge'],
      line: block.line
    }
    if (block.container)
      throw errors.zoneMisplaced(prefix, found.name, found.edge, found.line, block.container)
    markers.push(found)
  }
  return markers
}

/**
 * Warnings for markers a run leaves alone: one of this prefix naming no zone (a misspelt
 * `jobs:stat:start`), one of a zone the README has no pair of markers for that GitHub shows
 * inside an HTML block starting on an earlier line (after a list item, in an unclosed comment),
 * and, for an optional zone the README has no markers of, its start and end marker both written
 * but not alone on their lines (both on one line, indented) or in another case. A lone one
 * (a README telling of the marker) and ones shown in a fenced code block are left alone.
 */
function markerWarnings(
  { html: blocks, fences }: Pick<ReturnType<typeof parseBlocks>, 'html' | 'fences'>,
  readme: string,
  prefix: string,
  pairs: Map<ZoneName, MarkerPair>
): string[] {
  const known = markerPattern(prefix)
  const anyName = markerPattern(prefix, '[\\w:.-]+')
  const warnings: string[] = []
  const hidden = new Set<ZoneName>()
  for (const block of blocks) {
    for (const [offset, line] of block.value.split(/\r\n?|\n/).entries()) {
      const text = line.trim()
      const at = block.line + offset
      const match = known.exec(text)
      // One in another case is left to the missing-zone error, which names the case.
      const unknown = !match && anyName.exec(text)
      if (unknown && unknown[2] === 'start' && !known.test(text.toLowerCase()) && offset === 0)
        warnings.push(
          `Line ${at}: ${text} names no zone, so it is left as it is. The zones are ${ZONE_LIST.join(', ')} (openings:NAME for a board's "zone"); correct the name if it is meant as a marker.`
        )
      else if (match && offset > 0 && match[2] === 'start' && !pairs.has(match[1] as ZoneName)) {
        const where = { line: at, ...holderOf(block) }
        hidden.add(match[1] as ZoneName)
        warnings.push(
          `Line ${at}: ${text} is ${hiddenWhere(where)}, so it is no marker and the ${match[1]} zone is left as it is. ${hiddenAdvice(where)} to make it one.`
        )
      }
    }
  }
  const inFence = (line: number) => fences.some(fence => line > fence.line && line <= fence.endLine)
  // Only a zone the README names (in any case) is looked for, line by line.
  const named = readme.toLowerCase()
  for (const zone of OPTIONAL_ZONES) {
    if (pairs.has(zone) || hidden.has(zone)) continue
    if (!named.includes(`${prefix}:${zone}:`.toLowerCase())) continue
    const edges = [lookalike(readme, prefix, zone, 'start'), lookalike(readme, prefix, zone, 'end')]
    const [start] = edges
    if (start && edges.every(like => like && like.problem !== 'prefix' && !inFence(like.line)))
      warnings.push(optionalZoneLookalike(prefix, zone, start))
  }
  return warnings
}

/**
 * The tables between a zone's markers (lines `startLine`, `endLine`): the first, and each after
 * it that as many `<details>` elements hold (counted in the zone's HTML blocks above it).
 */
function zoneTables(
  { tables, html }: { tables: { line: number; table: ZoneTable }[]; html: HtmlBlock[] },
  startLine: number,
  endLine: number
): ZoneTable[] {
  const depth = (line: number) =>
    html
      .filter(block => block.line > startLine && block.line < line)
      .reduce(
        (open, { value }) =>
          open +
          (value.match(/<details(?=[\s>])/gi)?.length ?? 0) -
          (value.match(/<\/details\s*>/gi)?.length ?? 0),
        0
      )
  const inZone = tables.filter(table => table.line > startLine && table.line < endLine)
  const first = inZone[0] && depth(inZone[0].line)
  return inZone
    .filter(table => depth(table.line) === first)
    .map(({ table }) =>
      table.format === 'html'
        ? { ...table, line: table.line - startLine, endLine: table.endLine - startLine }
        : table
    )
}

interface HtmlBlock {
  /** The HTML as written. */
  value: string
  /** 1-based line where it starts. */
  line: number
  /** 1-based line where it ends. */
  endLine: number
  /** The innermost block container holding it, by the name the error message uses. */
  container?: string
}

/** A fenced code block directly in the document: `value` its lines, its opening fence's first. */
interface Fence {
  value: string
  /** 1-based line of its opening fence. */
  line: number
  /** 1-based line where it ends (its closing fence, or the README's last line). */
  endLine: number
  /** Its opening fence (``` or ~~~, as long as written): a line of it closes the block. */
  fence: string
}

/** Every HTML block (not inline HTML), top-level fenced code block, heading and table, in order. */
function parseBlocks(readme: string): {
  html: HtmlBlock[]
  fences: Fence[]
  headings: (Heading & { line: number })[]
  tables: { line: number; table: ZoneTable }[]
  references: References
} {
  const html: HtmlBlock[] = []
  const fences: Fence[] = []
  const headings: (Heading & { line: number })[] = []
  const tables: { line: number; table: ZoneTable }[] = []
  const containers: string[] = []
  const slugger = new GithubSlugger()
  const env: { references?: References } = {}
  const source = readme.replace(/^\uFEFF/, '')
  const tokens = PARSER.parse(source, env)
  // The text of 0-based line `index`; the README is split into lines once, for its first table.
  let sourceLines: string[] | undefined
  const lineAt = (index: number) => (sourceLines ??= source.split(/\r\n?|\n/))[index] ?? ''
  let rows: string[][] | undefined
  let lines: string[] | undefined
  for (const [index, token] of tokens.entries()) {
    // markdown-it reads nothing inside a block this deep (cmark-gfm has no limit).
    if (token.nesting === 1 && token.level >= NESTING_LIMIT_LEVELS - 1)
      throw errors.zoneTooDeep(line0(token), containers.length + 1)
    const container = token.nesting === 0 ? undefined : CONTAINERS.get(token.type)
    const line = (token.map?.[0] ?? 0) + 1
    if (container && token.nesting === 1) containers.push(container)
    else if (container && token.nesting === -1) containers.pop()
    else if (token.type === 'html_block') {
      const endLine = token.map?.[1] ?? line
      html.push({ value: token.content, line, endLine, container: containers.at(-1) })
      if (HTML_TABLE.test(token.content))
        tables.push({ line, table: { format: 'html', line, endLine } })
    } else if (token.type === 'fence' && containers.length === 0) {
      const endLine = token.map?.[1] ?? line
      fences.push({
        value: `${lineAt(line - 1)}\n${token.content}`,
        line,
        endLine,
        fence: token.markup
      })
    } else if (token.type === 'heading_open') {
      const text = inlineText(tokens[index + 1]?.content ?? '')
      headings.push({ text, anchor: `#${slugger.slug(text)}`, line })
    } else if (token.type === 'table_open') {
      rows = []
      lines = []
      // The delimiter row is the line after the header's (`line`, 1-based).
      tables.push({ line, table: { format: 'pipe', rows, lines, env, delimiterRow: lineAt(line) } })
    } else if (token.type === 'table_close') rows = lines = undefined
    else if (rows && token.type === 'tr_open') {
      rows.push([])
      lines?.push(lineAt(token.map?.[0] ?? -1))
    } else if (rows && token.type === 'inline') rows.at(-1)!.push(token.content)
  }
  return { html, fences, headings, tables, references: env.references ?? {} }
}

const HTML_TABLE = /<table[\s>]/i

/** A token's first line, 1-based. */
const line0 = (token: Token) => (token.map?.[0] ?? 0) + 1

/**
 * How deep markdown-it reads nested blocks (its `maxNesting`, counted in tokens: a list level is
 * two, a list and its item). cmark-gfm reads any depth; a README nested deeper is refused.
 */
const NESTING_LIMIT_LEVELS = 1000

/** A heading's text as the page shows it: the text of its inline content, markup dropped. */
function inlineText(source: string): string {
  const texts: string[] = []
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (TEXT_TOKENS.has(token.type)) texts.push(token.content)
      else if (token.type === 'image') walk(token.children ?? [])
      if (token.children && token.type !== 'image') walk(token.children)
    }
  }
  walk(inlineTokens(source))
  return texts.join('').trim()
}

// `text_special`: an escaped character or a character reference, as the page shows it.
const TEXT_TOKENS = new Set(['text', 'text_special', 'code_inline'])

/**
 * The inline tokens of `content` (a heading's, a table cell's); `env` is a parse's environment
 * (ZoneTable's), whose link reference definitions and footnotes the content may use.
 */
export function inlineTokens(content: string, env: object = {}): Token[] {
  const tokens: Token[] = []
  PARSER.inline.parse(content, PARSER, env, tokens)
  return tokens
}

// The page's parser. A README is parsed block by block; inline content only when asked
// (inlineTokens). Footnote definitions stay where they are written (not moved to the end), and
// `^[…]` is text, as GitHub has no inline footnotes. Link destinations stay as written, neither
// percent-encoded again nor refused for their scheme, for the links change detection reads.
// HTML blocks start and end where cmark-gfm 0.29 (GitHub) has them (cmark-html-block.ts).
// cmark has no nesting limit; markdown-it drops everything after a block nested `maxNesting`
// deep, so the limit is raised and a README that reaches it is refused (NESTING_LIMIT).
const PARSER = new MarkdownIt({ html: true, maxNesting: NESTING_LIMIT_LEVELS } as Options)
  .use(footnote)
  .disable(['inline', 'footnote_tail', 'footnote_inline'])
PARSER.block.ruler.at('html_block', cmarkHtmlBlock, {
  alt: ['paragraph', 'reference', 'blockquote']
})
PARSER.block.ruler.at('reference', cmarkReference)
PARSER.normalizeLink = url => url
PARSER.validateLink = () => true

/**
 * Block containers a marker must not be in, by their opening and closing tokens' type, with the
 * name the error message uses.
 */
const CONTAINERS = new Map(
  [
    ['blockquote', 'blockquote'],
    ['list_item', 'list item'],
    ['footnote_reference', 'footnote definition']
  ].flatMap(([block, name]) => [
    [`${block}_open`, name],
    [`${block}_close`, name]
  ])
)

/**
 * The first line that looks like a marker of `zone` but was not read as one, for the
 * missing-zone error: written in another case, with another prefix, or not as an HTML block of
 * its own (after text on its line, in a code block, inside other HTML).
 */
function lookalike(
  readme: string,
  prefix: string,
  zone: ZoneName,
  edge?: Lookalike['edge']
): Lookalike | undefined {
  const wanted = `${prefix}:${zone}`
  const comment = /<!--\s*(\S+):(start|end)\s*-->/gi
  for (const [index, { start, end }] of splitLines(readme).entries()) {
    for (const [found, name = '', written = ''] of readme.slice(start, end).matchAll(comment)) {
      const at = { line: index + 1, found, edge: written.toLowerCase() as Lookalike['edge'] }
      if (edge && at.edge !== edge) continue
      if (name === wanted && written === at.edge) return { ...at, problem: 'placement' }
      if (name.toLowerCase() === wanted.toLowerCase()) return { ...at, problem: 'case' }
      const other = name.slice(0, -zone.length - 1)
      if (other !== '' && name.slice(other.length).toLowerCase() === `:${zone}`.toLowerCase())
        return { ...at, problem: 'prefix', prefix: other }
    }
  }
  return undefined
}

function markerPattern(prefix: string, names = ZONE_NAMES.join('|')): RegExp {
  const escapedPrefix = escapeRegExp(prefix)
  // On one line: a comment split over lines is no marker (its content would start inside it).
  return new RegExp(`^<!--[ \\t]*${escapedPrefix}:(${names}):(start|end)[ \\t]*-->$`)
}

/**
 * The line of a `zone` marker, at `edge`, that GitHub shows as part of a block starting on an
 * earlier line (an unclosed comment, a tag after a list item, a code fence not closed before
 * it), searched after `from` (edge `end`) or before it (edge `start`).
 */
function hiddenMarker(
  blocks: (HtmlBlock | Fence)[],
  prefix: string,
  zone: ZoneName,
  edge: 'start' | 'end',
  from: number
): HiddenMarker | undefined {
  const found = hiddenMarkers(blocks, prefix, zone, edge).filter(({ line }) =>
    edge === 'end' ? line > from : line < from
  )
  return edge === 'end' ? found[0] : found.at(-1)
}

/**
 * The line of a comment that names `zone` with another word where `edge` stands
 * (`<!-- jobs:openings:strat -->`, `:edn`), alone on its line: the marker misspelt, searched
 * after `from` (edge `end`, the nearest) or before it (edge `start`).
 */
function misspeltMarker(
  blocks: (HtmlBlock | Fence)[],
  prefix: string,
  zone: ZoneName,
  edge: 'start' | 'end',
  from: number
): { line: number; text: string } | undefined {
  const pattern = new RegExp(
    `^<!--[ \\t]*${escapeRegExp(prefix)}:${escapeRegExp(zone)}:([\\w-]+)[ \\t]*-->$`,
    'i'
  )
  const found = blocks.flatMap(block =>
    'fence' in block
      ? []
      : block.value.split(/\r\n?|\n/).flatMap((line, offset) => {
          const text = line.trim()
          const word = pattern.exec(text)?.[1]?.toLowerCase()
          const at = block.line + offset
          const side = edge === 'end' ? at > from : at < from
          return word && word !== 'start' && word !== 'end' && side ? [{ line: at, text }] : []
        })
  )
  return edge === 'end' ? found[0] : found.at(-1)
}

/** Every line of a `zone` marker (at `edge`, or either) inside a block that starts earlier, in order. */
function hiddenMarkers(
  blocks: (HtmlBlock | Fence)[],
  prefix: string,
  zone: ZoneName,
  edge?: 'start' | 'end'
): HiddenMarker[] {
  const pattern = markerPattern(prefix, escapeRegExp(zone))
  return blocks
    .flatMap(block =>
      block.value.split(/\r\n?|\n/).flatMap((text, offset) => {
        const found = offset > 0 && pattern.exec(text.trim())?.[2]
        return found && (edge ?? found) === found
          ? [{ line: block.line + offset, ...holderOf(block) }]
          : []
      })
    )
    .sort((a, b) => a.line - b.line)
}

/** What a block holding a marker line is, and what closes it, for the messages. */
function holderOf(block: HtmlBlock | Fence): Omit<HiddenMarker, 'line'> {
  if ('fence' in block) return { blockLine: block.line, holder: 'code', closer: block.fence }
  const closer = htmlBlockCloser(block.value)
  return { blockLine: block.line, holder: closer === '-->' ? 'comment' : 'html', closer }
}

interface MarkerPair {
  startLine: number
  endLine: number
}

function pairMarkers(
  markers: Marker[],
  prefix: string,
  blocks: (HtmlBlock | Fence)[]
): Map<ZoneName, MarkerPair> {
  const pairs = new Map<ZoneName, MarkerPair>()
  let open: Marker | undefined
  for (const marker of markers) {
    if (marker.edge === 'start') {
      if (open) throw errors.zoneNested(prefix, marker.name, marker.line, open.name, open.line)
      const earlier = pairs.get(marker.name)
      if (earlier) throw errors.zoneDuplicate(prefix, marker.name, marker.line, earlier.startLine)
      open = marker
    } else {
      if (open?.name !== marker.name) throw unpaired(blocks, prefix, marker, 'start')
      pairs.set(marker.name, { startLine: open.line, endLine: marker.line })
      open = undefined
    }
  }
  if (open) throw unpaired(blocks, prefix, open, 'end')
  return pairs
}

/** The error of a marker whose `missing` edge is not found: hidden, misspelt or absent. */
function unpaired(
  blocks: (HtmlBlock | Fence)[],
  prefix: string,
  { name, line }: Marker,
  missing: 'start' | 'end'
): Error {
  const hidden = hiddenMarker(blocks, prefix, name, missing, line)
  const misspelt = misspeltMarker(blocks, prefix, name, missing, line)
  return errors.zoneUnpaired(prefix, name, line, missing, hidden, misspelt)
}
