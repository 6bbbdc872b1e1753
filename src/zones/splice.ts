/** Replaces zone contents in the README text, leaving every other byte as it was. */

import type { Zone, ZoneName } from './find.js'
import { LINE_ENDING } from './lines.js'

/**
 * The README with each zone in `contents` holding exactly the given lines, each ending with
 * the zone's line ending. Zones without new content, and contents for zones the README lacks,
 * are left alone. '' leaves the markers adjacent.
 */
export function spliceZones(
  readme: string,
  zones: Map<ZoneName, Zone>,
  contents: Map<ZoneName, string>
): string {
  const replacements = [...contents]
    .flatMap(([name, content]) => {
      const zone = zones.get(name)
      return zone ? [{ zone, lines: withLineEndings(content, zone.eol) }] : []
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

/** Every line of `text` ends with `eol`; a final line ending in `text` is not an extra line. */
function withLineEndings(text: string, eol: string): string {
  if (text === '') return ''
  const ended = text.replace(LINE_ENDING, eol)
  return /[\r\n]$/.test(text) ? ended : ended + eol
}
