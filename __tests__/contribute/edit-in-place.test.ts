/**
 * Editing or closing a record of a listings file replaces only the bytes of the values that
 * change: random edits to random records of real-shaped files (JSON pretty, on one line, with
 * CRLF and an inline object spaced its own way; YAML with aligned comments, an anchor and a
 * merge, flow records, a folded block, escapes and hex; CSV) leave every other byte as it was,
 * and the loader reads the edited value.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isMap, isNode, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml'
import type { ListingsFormat } from '../../src/config/config.js'
import { editListingsFile } from '../../src/contribute/listings-file.js'
import { isBoardError } from '../../src/errors.js'
import { readRecords } from '../../src/load/formats.js'
import { pairedWord } from '../../src/record.js'

type Row = Record<string, unknown>

const JSON_PRETTY = `[
  {
    "id": 1,
    "company": "Acme",
    "title": "Backend Engineer",
    "url": "https://acme.example/jobs/1",
    "remote": true,
    "posted_at": "2026-12-01",
    "salary": { "min" : 90000 , "max": 120000 }
  },
  {
    "id": 2,
    "company": "Caf\\u00e9 Co",
    "title": "Go Dev",
    "url": "https://beta.example/jobs/2",
    "remote": false,
    "posted_at": "2026-12-02",
    "salary": {
      "min": 1,
      "max": 2,
      "currency": "USD"
    }
  },
  {"id": 3, "company": "Gamma", "title": "SRE", "url": "https://gamma.example/3", "remote": true, "posted_at": "2026-12-03", "salary": {"min":5,"max":6}}
]
`

const JSON_ONE_LINE =
  '{"updated":"2026-12-06","jobs":[{"id":1,"company":"Acme","title":"Dev","url":"https://a.example/1","remote":true,"salary":{"min":1,"max":2}},{"id":2,"company":"Beta","title":"Ops","url":"https://b.example/2","remote":false,"salary":{"min":3,"max":4}}]}'

const JSON_CRLF = JSON_PRETTY.replaceAll('\n', '\r\n')

const YAML_FILE = `# The board's listings
- &acme
  id: 1        # Acme's ATS id
  company: Acme    # legal name: Acme GmbH
  title: Backend Engineer
  description: >
    Folded text
    kept on two lines
  notes: "Caf\\u00e9 team"
  color: 0x1F
  url: https://acme.example/jobs/1
  remote: yes
  posted_at: 2026-12-01

# merged from Acme, with its own link
- <<: *acme
  id: 2
  title: 'Go Dev'
  url: https://acme.example/jobs/2
  remote: no
- {id: 3, company: Gamma, title: "SRE", url: 'https://gamma.example/3', remote: true, tags: [a, b]}
- id: 4
  company: Delta
  title: |
    Data
    Engineer
  url: https://delta.example/4
  salary: {min: 1, max: 2}
  location:
    - Berlin
    - Paris
  notes:
  remote: false`

const CSV_FILE =
  'id,company,title,url,remote\r\n1,Acme,"Backend, Platform",https://acme.example/1,true\r\n2,"Caf\u00e9 ""Co""",Go Dev,https://beta.example/2,false\r\n3, Gamma ,SRE,https://gamma.example/3,true\r\n'

async function load(text: string, format: ListingsFormat): Promise<Row[]> {
  async function* chunks() {
    yield text
  }
  const records: Row[] = []
  for await (const batch of await readRecords(
    { name: 'listings', locations: [], chunks: chunks() },
    format
  ))
    records.push(...(batch as Row[]))
  return records
}

/** Where a value stands in the text, from its key's colon: the bytes an edit of it may replace. */
interface Place {
  start: number
  end: number
}

/**
 * The places of a JSON or YAML file's records (the list, or the list under `jobs`), found by
 * the yaml library (JSON is YAML): each record's span, and the span of each of its own values
 * and of the members of an object value (`salary.min`).
 */
function yamlPlaces(text: string): { record: Place; values: Map<string, Place> }[] {
  const document = parseDocument(text)
  let list = document.contents as Node
  if (isMap(list)) list = list.get('jobs', true) as Node
  if (!isSeq(list)) throw new Error('no list')
  return list.items.map(item => {
    const map = item as YAMLMap
    const values = new Map<string, Place>()
    const note = (prefix: string, owner: YAMLMap) => {
      for (const pair of owner.items) {
        const key = prefix + String(isScalar(pair.key) ? pair.key.value : pair.key)
        // From after the key's colon: a block list that becomes a text moves to the key's line.
        if (isNode(pair.value) && pair.value.range && isNode(pair.key) && pair.key.range)
          values.set(key, {
            start: text.indexOf(':', pair.key.range[1]) + 1,
            end: pair.value.range[1]
          })
        if (isMap(pair.value)) note(`${key}.`, pair.value)
      }
    }
    note('', map)
    return { record: { start: map.range![0], end: map.range![2] }, values }
  })
}

/** The places of a CSV file's cells, by record and column (no line breaks in its cells). */
function csvPlaces(text: string): { record: Place; values: Map<string, Place> }[] {
  const lines: Place[] = []
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\r\n', start)
    lines.push({ start, end })
    start = end + 2
  }
  const cells = ({ start, end }: Place): Place[] => {
    const found: Place[] = []
    let cell = start
    let quoted = false
    for (let at = start; at <= end; at++) {
      if (text[at] === '"') quoted = !quoted
      else if (at === end || (!quoted && text[at] === ',')) {
        found.push({ start: cell, end: at })
        cell = at + 1
      }
    }
    return found
  }
  const header = cells(lines[0]!).map(place => text.slice(place.start, place.end))
  return lines.slice(1).map(line => ({
    record: line,
    values: new Map(cells(line).map((place, index) => [header[index]!, place]))
  }))
}

const FILES: [string, ListingsFormat, string][] = [
  ['JSON, pretty, an inline object spaced its own way', 'json', JSON_PRETTY],
  ['JSON on one line, the list in an object', 'json', JSON_ONE_LINE],
  ['JSON, pretty, CRLF', 'json', JSON_CRLF],
  ['YAML with comments, an anchor and a merge, flow, folded and literal blocks', 'yaml', YAML_FILE],
  ['CSV, quoted cells, CRLF', 'csv', CSV_FILE]
]

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 10 }),
  fc.constantFrom(
    'Zürich 🚀',
    'yes',
    'NO',
    '0x1F',
    '2026-12-01',
    'a, b',
    'say "hi"',
    'key: value',
    '# not a comment',
    "it's",
    '- dash',
    '{brace}',
    'two\nlines'
  )
)
const cleanText = text
  .map(value => value.trim())
  .filter(value => value !== '' && [...value].every(char => char >= ' '))

describe('editing a record replaces only the bytes of the values that change', () => {
  it.each(FILES)('%s', async (_, format, before) => {
    const records = await load(before, format)
    const places = format === 'csv' ? csvPlaces(before) : yamlPlaces(before)
    // A CSV record's keys are its columns (a new one is a column of every row).
    const keys =
      format === 'csv'
        ? ['id', 'company', 'title', 'url', 'remote']
        : ['company', 'title', 'url', 'remote', 'id', 'notes', 'salary.min', 'currency', 'location']
    const value =
      format === 'csv'
        ? cleanText
        : fc.oneof(
            text,
            fc.boolean(),
            fc.integer({ min: 0, max: 10 ** 9 }),
            fc.array(text, { minLength: 1, maxLength: 3 })
          )
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: records.length - 1 }),
        fc.constantFrom(...keys),
        value,
        async (index, path, next) => {
          const [key, member] = path.split('.') as [string, string | undefined]
          const record = records[index]!
          const held = record[key]
          if (member !== undefined && (held === null || typeof held !== 'object')) return
          const set = {
            [key]: member === undefined ? next : { ...(held as Row), [member]: next }
          }
          let after: string
          try {
            after = editListingsFile(before, format, [{ kind: 'update', index, set }])
          } catch (error) {
            // A record another merges without its own key cannot change alone: refused whole.
            if (isBoardError(error) && error.code === 'write-refused') return
            throw error
          }
          // The loader reads the edit, and every other record as it was; a flag the record
          // wrote as a YAML 1.1 word (`yes`) is written as the word of its pair (`no`).
          const read = await load(after, format)
          const written =
            format === 'yaml' && typeof next === 'boolean' && member === undefined
              ? { [key]: flagAsWritten(held, next) }
              : set
          expect(read).toEqual(
            records.map((item, at) => (at === index ? { ...item, ...written } : item))
          )
          // The bytes that changed are within the old value's place, or, for a key the record
          // did not have of its own, an insertion within or right after the record.
          let head = 0
          while (head < before.length && before[head] === after[head]) head++
          let tail = 0
          while (
            tail < before.length - head &&
            tail < after.length - head &&
            before.at(-1 - tail) === after.at(-1 - tail)
          )
            tail++
          const changed = { start: head, end: before.length - tail }
          if (changed.start >= changed.end && before === after) return
          const own = places[index]!.values.get(path)
          const allowed = own ?? places[index]!.values.get(key) ?? places[index]!.record
          expect(changed.start).toBeGreaterThanOrEqual(allowed.start)
          expect(changed.end).toBeLessThanOrEqual(allowed.end + (own ? 0 : 1))
        }
      ),
      { numRuns: 150 }
    )
  })

  it('keeps aligned comments, a folded block, escapes and hex in the YAML record it edits', async () => {
    const after = editListingsFile(YAML_FILE, 'yaml', [
      { kind: 'update', index: 0, set: { remote: false, url: 'https://acme.example/jobs/1b' } },
      { kind: 'update', index: 3, set: { work_type: 'Remote', salary: { min: 1, max: 3 } } }
    ])
    // `yes` becomes `no`, the word of its pair, plain: a YAML 1.1 reader (PyYAML) takes it for
    // false, where it takes `"false"` for true.
    expect(after).toBe(
      YAML_FILE.replace('  remote: yes\n', '  remote: no\n')
        .replace('https://acme.example/jobs/1\n', 'https://acme.example/jobs/1b\n')
        .replace('{min: 1, max: 2}', '{min: 1, max: 3}')
        .replace(/remote: false$/, 'remote: false\n  work_type: Remote')
    )
  })

  it('writes a value for a key without one, and a YAML block list of another length as a block list', () => {
    const text = '- id: 1\n  location:\n    - Berlin\n    - Paris\n  notes:\n  title: T\n'
    const after = editListingsFile(text, 'yaml', [
      { kind: 'update', index: 0, set: { location: ['Rome'], notes: 'Hybrid' } }
    ])
    expect(after).toBe('- id: 1\n  location:\n    - Rome\n  notes: Hybrid\n  title: T\n')
    const scalar = editListingsFile(text, 'yaml', [
      { kind: 'update', index: 0, set: { location: 'Rome' } }
    ])
    expect(scalar).toBe('- id: 1\n  location: Rome\n  notes:\n  title: T\n')
  })

  it('writes a YAML alias record as a copy of its mapping, without the comments around that mapping', () => {
    const text = '# Acme, the first\n- &acme # anchored\n  id: 1\n  title: T\n- *acme\n'
    const after = editListingsFile(text, 'yaml', [
      { kind: 'update', index: 1, set: { title: 'U' } }
    ])
    expect(after).toBe(`${text.replace(/- \*acme\n$/, '')}- id: 1\n  title: U\n`)
  })

  it('changes one member of an inline JSON object, its spacing kept', () => {
    const after = editListingsFile(JSON_PRETTY, 'json', [
      { kind: 'update', index: 0, set: { salary: { min: 95000, max: 120000 } } }
    ])
    expect(after).toBe(JSON_PRETTY.replace('"min" : 90000 ,', '"min" : 95000 ,'))
  })

  it('adds a member to a one-line JSON record of one member spaced as its colon is', () => {
    const spaced = editListingsFile('[{"id": 1}]\n', 'json', [
      { kind: 'update', index: 0, set: { active: false } }
    ])
    expect(spaced).toBe('[{"id": 1, "active": false}]\n')
    const tight = editListingsFile('[{"id":1}]\n', 'json', [
      { kind: 'update', index: 0, set: { active: false } }
    ])
    expect(tight).toBe('[{"id":1,"active":false}]\n')
    const padded = editListingsFile('[{ "id": 1 }]\n', 'json', [
      { kind: 'update', index: 0, set: { active: false } }
    ])
    expect(padded).toBe('[{ "id": 1, "active": false }]\n')
  })
})

/** A boolean as the editor writes it where the record held `held`: its pair's word for a word. */
function flagAsWritten(held: unknown, value: boolean): unknown {
  return typeof held === 'string' && /^(y|yes|n|no|on|off|true|false)$/i.test(held)
    ? pairedWord(held, value)
    : value
}
