/** Replaces zone contents in the README text, leaving every other byte as it was. */

import { htmlBlockCloser } from './cmark-html-block.js'
import { blockTokens, type Zone, type ZoneName } from './find.js'
import { LINE_ENDING } from './lines.js'

/**
 * The README with each zone in `contents` holding exactly the given lines, each ending with
 * the zone's line ending. Zones without new content, and contents for zones the README lacks,
 * are left alone. '' leaves the markers adjacent.
 *
 * Content that ends inside an HTML block running to the next blank line (one that starts with
 * a tag such as `<p align="right">` or `<div>`, or an HTML table) gets a blank line after it:
 * GitHub would read the end marker as part of that block, and the next run could not find it.
 */
export function spliceZones(
  readme: string,
  zones: Map<ZoneName, Zone>,
  contents: Map<ZoneName, string>
): string {
  const replacements = [...contents]
    .flatMap(([name, content]) => {
      const zone = zones.get(name)
      return zone ? [{ zone, lines: withLineEndings(endMarkerFreed(content), zone.eol) }] : []
    })
    .sort((a, b) => a.zone.contentStart - b.zone.contentStart)
  let result = ''
  let copiedUpTo = 0
  for (const { zone, lines } of replacements) {
    result += readme.slice(copiedUpTo, zone.contentStart) + lines
    copiedUpTo = zone.contentEnd
  }
  return result + readme.slice(copiedUpTo)
}

/** A zone's current content: line endings as `\n`, no line ending after the last line. */
export function zoneContent(readme: string, zone: Zone): string {
  return withLineEndings(readme.slice(zone.contentStart, zone.contentEnd), '\n').replace(/\n$/, '')
}

/**
 * `content` with a blank line after it when the end marker written on the next line would be
 * part of an HTML block that starts in the content and runs to the next blank line (CommonMark
 * HTML blocks of kinds 6 and 7, as cmark-gfm reads them). The start marker ends at its `-->`,
 * so the content is read as it would be at the top of a page.
 */
function endMarkerFreed(content: string): string {
  // A content without such a line (a pipe table, text) needs no parse.
  if (!mayEndInHtml(content)) return content
  const text = content.replace(LINE_ENDING, '\n').replace(/\n?$/, '\n')
  const markerLine = text.split('\n').length - 1
  const holder = blockTokens(`${text}<!-- end -->\n`).findLast(
    token => token.map !== null && token.map[0] <= markerLine && markerLine < token.map[1]
  )
  const inside =
    holder?.type === 'html_block' &&
    holder.map![0] < markerLine &&
    htmlBlockCloser(holder.content) === undefined
  return inside ? `${content.replace(/(?:\r\n|\r|\n)?$/, '')}\n\n` : content
}

/**
 * Whether a line of `content`'s last run of lines without a blank one starts with `<` after at
 * most three spaces: where an HTML block of kind 6 or 7 can start, which a blank line ends.
 */
function mayEndInHtml(content: string): boolean {
  const lines = content.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/)
  const last = lines.slice(lines.findLastIndex(line => /^[ \t]*$/.test(line)) + 1)
  return last.some(line => /^ {0,3}</.test(line))
}

/** Every line of `text` ends with `eol`; a final line ending in `text` is not an extra line. */
function withLineEndings(text: string, eol: string): string {
  if (text === '') return ''
  const ended = text.replace(LINE_ENDING, eol)
  return /[\r\n]$/.test(text) ? ended : ended + eol
}
