/**
 * Finds the zones of a README: the lines between `<!-- PREFIX:NAME:start -->` and
 * `<!-- PREFIX:NAME:end -->`.
 *
 * A CommonMark parse of the block structure (markdown-it, with GitHub's footnotes) decides
 * which lines are markers: an HTML block of its own, directly in the document. So markers shown
 * in code blocks, inside other HTML or in running text do not count, and one in a block quote,
 * list item or footnote is an error. Only blocks matter here, so inline content is not parsed.
 * (micromark, the parser of remark, takes time quadratic in the size of a README with many
 * lists: minutes for 2 MB.)
 * It only tells line numbers; offsets come from the original string, so a BOM and every line
 * ending are kept exactly.
 */

import MarkdownIt from 'markdown-it'
import footnote from 'markdown-it-footnote'
import { errors } from '../errors.js'
import { type Eol, splitLines } from './lines.js'
import { escapeRegExp } from '../regexp.js'

export type ZoneName = 'openings' | 'updated' | 'stats' | 'chart'

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
}

/** Every zone the README has; rejects with a BoardError naming the line when markers do not pair up. */
export async function findZones(readme: string, prefix: string): Promise<Map<ZoneName, Zone>> {
  const pairs = pairMarkers(findMarkers(readme, prefix), prefix)
  if (!pairs.has('openings')) throw errors.zoneMissing(prefix, 'openings')
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
      eol: startMarker.eol as Eol
    })
  }
  return zones
}

const ZONE_NAMES: readonly ZoneName[] = ['openings', 'updated', 'stats', 'chart']

interface Marker {
  name: ZoneName
  edge: 'start' | 'end'
  line: number
}

/** The markers of the README in order; throws when one sits in a block quote, list or footnote. */
function findMarkers(readme: string, prefix: string): Marker[] {
  const pattern = markerPattern(prefix)
  const markers: Marker[] = []
  for (const block of htmlBlocks(readme)) {
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

interface HtmlBlock {
  /** The HTML as written. */
  value: string
  /** 1-based line where it starts. */
  line: number
  /** The innermost block container holding it, by the name the error message uses. */
  container?: string
}

/** Every HTML block (not inline HTML), in document order. */
function htmlBlocks(readme: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = []
  const containers: string[] = []
  for (const token of BLOCK_PARSER.parse(readme.replace(/^\uFEFF/, ''), {})) {
    const container = CONTAINERS[token.type.replace(/_(open|close)$/, '')]
    if (container && token.nesting === 1) containers.push(container)
    else if (container && token.nesting === -1) containers.pop()
    else if (token.type === 'html_block')
      blocks.push({ value: token.content, line: token.map![0] + 1, container: containers.at(-1) })
  }
  return blocks
}

// Footnote definitions stay where they are written (not moved to the end).
const BLOCK_PARSER = new MarkdownIt({ html: true })
  .use(footnote)
  .disable(['inline', 'footnote_tail'])

/** Block containers a marker must not be in, by their token, with the name the error message uses. */
const CONTAINERS: Record<string, string | undefined> = {
  blockquote: 'blockquote',
  list_item: 'list item',
  footnote_reference: 'footnote definition'
}

function markerPattern(prefix: string): RegExp {
  const escapedPrefix = escapeRegExp(prefix)
  return new RegExp(`^<!--\\s*${escapedPrefix}:(${ZONE_NAMES.join('|')}):(start|end)\\s*-->$`)
}

interface MarkerPair {
  startLine: number
  endLine: number
}

function pairMarkers(markers: Marker[], prefix: string): Map<ZoneName, MarkerPair> {
  const pairs = new Map<ZoneName, MarkerPair>()
  let open: Marker | undefined
  for (const marker of markers) {
    if (marker.edge === 'start') {
      if (open) throw errors.zoneNested(prefix, marker.name, marker.line, open.name, open.line)
      const earlier = pairs.get(marker.name)
      if (earlier) throw errors.zoneDuplicate(prefix, marker.name, marker.line, earlier.startLine)
      open = marker
    } else {
      if (open?.name !== marker.name)
        throw errors.zoneEndWithoutStart(prefix, marker.name, marker.line)
      pairs.set(marker.name, { startLine: open.line, endLine: marker.line })
      open = undefined
    }
  }
  if (open) throw errors.zoneStartWithoutEnd(prefix, open.name, open.line)
  return pairs
}
