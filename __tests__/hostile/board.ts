/**
 * The real pipeline (buildBoard) on files held in memory: a README with the three zones,
 * and listings serialized in any of the four formats.
 */
import { stringify as toYaml } from 'yaml'
import type { BoardResult } from '../../src/board.js'
import type { RawInputs } from '../../src/config/config.js'
import { buildOneBoard as buildBoard, oneBoard as parseConfig } from '../helpers/settings.js'
import type { HostileRecord } from './alphabets.js'
import { joinedLocation } from './text.js'

export const NOW = '2025-10-22T20:30:00Z'

/** Two valid backend openings, for tests about something other than the listings. */
export const TWO_OPENINGS = [
  {
    company: 'Acme',
    title: 'Backend Engineer',
    url: 'https://jobs.example/1',
    posted_at: '2025-10-22'
  },
  {
    company: 'Globex',
    title: 'Backend Developer',
    url: 'https://jobs.example/2',
    posted_at: '2025-10-21'
  }
]

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
    listFiles: async () => [],
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
      // The feed must read back as the records it was made from. yaml 2.9's own choice of
      // scalar does not always: it folds a long double-quoted string by UTF-16 index (splitting
      // a surrogate pair), writes "\n \nGlobex" as a fold that reads back with a backslash, and
      // writes block scalars that do not parse. Every string is written double-quoted with JSON's
      // escapes instead; plain and folded scalars are covered by the load tests.
      return toYaml(records, YAML_AS_WRITTEN)
    case 'csv':
      return toCsv(records)
  }
}

const YAML_AS_WRITTEN = {
  lineWidth: 0,
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  doubleQuotedAsJSON: true
} as const

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
