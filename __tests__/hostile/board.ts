/**
 * The real pipeline (buildBoard) on files held in memory: a README with the three zones,
 * and listings serialized in any of the four formats.
 */
import { stringify as toYaml } from 'yaml'
import { buildBoard, type BoardResult } from '../../src/board.js'
import { parseConfig, type RawInputs } from '../../src/config/config.js'
import type { ZoneName } from '../../src/zones/find.js'
import type { HostileRecord, SourceLocation } from './alphabets.js'

export const NOW = '2025-10-22T20:30:00Z'

export type Format = 'json' | 'jsonl' | 'csv' | 'yaml'

export interface BoardRun {
  result: BoardResult
  warnings: string[]
}

/** One run as the CLI would make it with `--category backend --now NOW`, files in memory. */
export async function runBoard(
  readme: string,
  records: HostileRecord[],
  format: Format,
  inputs: RawInputs = {}
): Promise<BoardRun> {
  const files: Record<string, string> = {
    'README.md': readme,
    [`listings.${format}`]: serialize(records, format)
  }
  const warnings: string[] = []
  const config = parseConfig({
    listings: `listings.${format}`,
    category: 'backend',
    now: NOW,
    ...inputs
  })
  const result = await buildBoard(config, {
    readFile: async path => files[path],
    warn: message => warnings.push(message)
  })
  return { result, warnings }
}

export function serialize(records: HostileRecord[], format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify(records)
    case 'jsonl':
      return records.map(record => `${JSON.stringify(record)}\n`).join('')
    case 'yaml':
      return toYaml(records)
    case 'csv':
      return toCsv(records)
  }
}

const CSV_COLUMNS = [
  'id',
  'company',
  'company_url',
  'title',
  'url',
  'location',
  'posted_at',
  'categories'
] as const

/** Every field quoted; a list of locations is written as the text the other formats join it to. */
function toCsv(records: HostileRecord[]): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`
  const field = (record: HostileRecord, column: (typeof CSV_COLUMNS)[number]): string => {
    if (column === 'location') return joinedLocation(record.location)
    const value = record[column]
    return Array.isArray(value) ? value.join(',') : (value ?? '')
  }
  const rows = records.map(record =>
    CSV_COLUMNS.map(column => quote(field(record, column))).join(',')
  )
  return [CSV_COLUMNS.join(','), ...rows].map(row => `${row}\r\n`).join('')
}

/** SPEC: "a list is joined with `; `" (each item trimmed, empty items dropped). */
export function joinedLocation(location: SourceLocation): string {
  if (!Array.isArray(location)) return location ?? ''
  return location
    .map(item => item.trim())
    .filter(item => item !== '')
    .join('; ')
}

export interface ReadmeShape {
  eol: '\n' | '\r\n'
  bom: boolean
  finalNewline: boolean
  /** The order the three zones appear in. */
  order: ZoneName[]
}

export interface ReadmeTemplate {
  text: string
  /** The bytes around the zones' contents, in order: before the first, between, after the last. */
  outside: string[]
}

/**
 * A README with the three zones, each holding a stale line, around text that is hard to
 * leave alone: marker look-alikes in a code fence, indented code and an HTML block,
 * trailing spaces and tabs, a setext heading, no table and no link of its own.
 */
export function readmeTemplate({ eol, bom, finalNewline, order }: ReadmeShape): ReadmeTemplate {
  const lines = (...texts: string[]) => texts.map(text => text + eol).join('')
  const around = [
    lines('# Jobs  ', '', 'Setext heading\t', '==='),
    lines(
      '',
      '```markdown',
      marker('openings', 'start'),
      '| not | a zone |',
      marker('openings', 'end'),
      '```'
    ),
    lines(
      '',
      '    ' + marker('stats', 'end'),
      '',
      '<div>',
      marker('updated', 'start'),
      '</div>',
      '',
      '\u00a0trailing \t'
    )
  ]
  const outside = [
    (bom ? '\uFEFF' : '') + around[0] + lines(marker(order[0]!, 'start')),
    lines(marker(order[0]!, 'end')) + around[1] + lines(marker(order[1]!, 'start')),
    lines(marker(order[1]!, 'end')) + around[2] + lines(marker(order[2]!, 'start')),
    lines(marker(order[2]!, 'end')) +
      lines('', '_the end_') +
      (finalNewline ? '' : 'no final newline')
  ]
  const stale = lines('stale content')
  return { text: outside.join(stale), outside }
}

export function marker(zone: ZoneName, edge: 'start' | 'end'): string {
  return `<!-- jobs:${zone}:${edge} -->`
}

/**
 * The zones' contents of `readme`, found by the exact bytes the template has around them.
 * Throws when a byte outside the zones changed.
 */
export function zoneContents(readme: string, template: ReadmeTemplate): string[] {
  const [first, ...rest] = template.outside
  if (!readme.startsWith(first!)) throw new Error('the bytes before the first zone changed')
  const contents: string[] = []
  let offset = first!.length
  for (const [index, outside] of rest.entries()) {
    const found =
      index === rest.length - 1 ? readme.length - outside.length : readme.indexOf(outside, offset)
    if (found < offset || !readme.startsWith(outside, found))
      throw new Error(`the bytes after zone ${index + 1} changed`)
    contents.push(readme.slice(offset, found))
    offset = found + outside.length
  }
  return contents
}
