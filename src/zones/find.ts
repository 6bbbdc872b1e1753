/**
 * Finds the zones of a README: the lines between `<!-- PREFIX:NAME:start -->` and
 * `<!-- PREFIX:NAME:end -->`.
 *
 * A real Markdown parse decides which lines are markers, so markers shown in code blocks,
 * inside other HTML or in running text do not count. Most READMEs need no parse for it: a line
 * scan that agrees with the parse answers first (marker-lines.ts), and gives up when unsure. The parse only tells line numbers;
 * offsets come from the original string, so a BOM and every line ending are kept exactly.
 */

import { errors } from '../errors.js'
import { type Eol, splitLines } from './lines.js'
import { markerLines } from './marker-lines.js'

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

export interface FindOptions {
  /** Try the line scan before parsing (marker-lines.ts). Default true; false always parses. */
  scan?: boolean
}

/** Every zone the README has; rejects with a BoardError naming the line when markers do not pair up. */
export async function findZones(
  readme: string,
  prefix: string,
  { scan = true }: FindOptions = {}
): Promise<Map<ZoneName, Zone>> {
  const pairs = pairMarkers(await findMarkers(readme, prefix, scan), prefix)
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

async function findMarkers(readme: string, prefix: string, scan: boolean): Promise<Marker[]> {
  const pattern = markerPattern(prefix)
  const scanned = scan ? markerLines(readme, pattern) : undefined
  if (scanned) return scanned.map(({ line, text }) => marker(pattern.exec(text)!, line))
  return parsedMarkers(readme, prefix, pattern)
}

function marker(match: RegExpExecArray, line: number): Marker {
  return { name: match[1] as ZoneName, edge: match[2] as Marker['edge'], line }
}

/**
 * The markers a Markdown parse finds; throws when one sits in a block quote, list or footnote.
 * The parser loads only when a README needs it: most never do.
 */
async function parsedMarkers(readme: string, prefix: string, pattern: RegExp): Promise<Marker[]> {
  const { htmlNodesOf } = await import('./html-nodes.js')
  const markers: Marker[] = []
  for (const node of htmlNodesOf(readme)) {
    const match = pattern.exec(node.value.trim())
    if (!match) continue
    const found = marker(match, node.line)
    const container = CONTAINERS[node.parent]
    if (container) throw errors.zoneMisplaced(prefix, found.name, found.edge, found.line, container)
    // Any other parent than the root is a paragraph or heading: the marker is running text.
    if (node.parent === 'root') markers.push(found)
  }
  return markers
}

function markerPattern(prefix: string): RegExp {
  const escapedPrefix = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^<!--\\s*${escapedPrefix}:(${ZONE_NAMES.join('|')}):(start|end)\\s*-->$`)
}

/** Block containers a marker must not be in, by the name the error message uses. */
const CONTAINERS: Record<string, string | undefined> = {
  blockquote: 'blockquote',
  listItem: 'list item',
  footnoteDefinition: 'footnote definition'
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
