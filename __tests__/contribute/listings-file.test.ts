/**
 * Editing a listings file in each format and layout: the loader reads the edited text as the
 * records with the edits applied, and every record not touched keeps its bytes, so the diff is
 * the touched record and nothing else.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import type { ListingsFormat } from '../../src/config/config.js'
import { editListingsFile, type ListingEdit } from '../../src/contribute/listings-file.js'
import { closePostings } from '../../src/links/close.js'
import { readRecords } from '../../src/load/formats.js'
import { loadListings } from '../../src/load/load.js'
import { normalizeUrl } from '../../src/url.js'
import { oneBoard } from '../helpers/settings.js'

type Row = Record<string, unknown>

/** A file written by a layout: its text, and where each record's text starts and ends. */
interface Written {
  text: string
  spans: { start: number; end: number }[]
}

/** Joins pieces, noting the span of each record piece. */
function assemble(parts: (string | { record: string })[]): Written {
  let text = ''
  const spans: Written['spans'] = []
  for (const part of parts) {
    if (typeof part === 'string') text += part
    else {
      spans.push({ start: text.length, end: text.length + part.record.length })
      text += part.record
    }
  }
  return { text, spans }
}

function between<T>(items: T[], separator: string): (T | string)[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [separator, item]))
}

const indentLines = (text: string, indent: string): string => text.split('\n').join('\n' + indent)

/** JSON layouts: indentation, one line, an element a line, wrapped in an object, CRLF, no final newline. */
const JSON_LAYOUTS: Record<string, (records: Row[]) => Written> = {
  'pretty, 2 spaces': records =>
    assemble([
      '[\n  ',
      ...between(
        records.map(r => ({ record: indentLines(JSON.stringify(r, null, 2), '  ') })),
        ',\n  '
      ),
      '\n]\n'
    ]),
  'pretty, 4 spaces, no final newline': records =>
    assemble([
      '[\n    ',
      ...between(
        records.map(r => ({ record: indentLines(JSON.stringify(r, null, 4), '    ') })),
        ',\n    '
      ),
      '\n]'
    ]),
  'tabs, in an object': records =>
    assemble([
      '{\n\t"updated": "2025-01-01",\n\t"listings": [\n\t\t',
      ...between(
        records.map(r => ({ record: indentLines(JSON.stringify(r, null, '\t'), '\t\t') })),
        ',\n\t\t'
      ),
      '\n\t]\n}\n'
    ]),
  'one line': records =>
    assemble([
      '[',
      ...between(
        records.map(r => ({ record: JSON.stringify(r) })),
        ','
      ),
      ']'
    ]),
  'an element a line, spaced like Python': records =>
    assemble([
      '[\n',
      ...between(
        records.map(r => ({ record: pythonJson(r) })),
        ',\n'
      ),
      '\n]\n'
    ]),
  'CRLF, pretty': records =>
    assemble([
      '[\r\n  ',
      ...between(
        records.map(r => ({ record: JSON.stringify(r, null, 2).split('\n').join('\r\n  ') })),
        ',\r\n  '
      ),
      '\r\n]\r\n'
    ])
}

/** json.dumps's default spacing: ", " and ": ". */
function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${pythonJson(item)}`)
      .join(', ')}}`
  return JSON.stringify(value)
}

const JSONL_LAYOUTS: Record<string, (records: Row[]) => Written> = {
  compact: records => assemble(records.flatMap(r => [{ record: JSON.stringify(r) }, '\n'])),
  'spaced, CRLF, no final newline': records =>
    assemble(
      between(
        records.map(r => ({ record: pythonJson(r) })),
        '\r\n'
      )
    )
}

const YAML_LAYOUTS: Record<string, (records: Row[]) => Written> = {
  'block list': records =>
    assemble(
      records.flatMap(r => [
        '- ',
        { record: indentLines(stringifyYaml(r, { lineWidth: 0 }).trimEnd(), '  ') },
        '\n'
      ])
    ),
  'under a key, with comments': records =>
    assemble([
      "# The board's listings\njobs:\n",
      ...records.flatMap(r => [
        '  # a listing\n  - ',
        { record: indentLines(stringifyYaml(r, { lineWidth: 0 }).trimEnd(), '    ') },
        '\n'
      ])
    ]),
  'flow items': records =>
    assemble(
      records.flatMap(r => [
        '- ',
        { record: stringifyYaml(r, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd() },
        '\n'
      ])
    )
}

function csvCell(text: string, delimiter: string, quoteAll: boolean): string {
  // In tab-separated text a quote opens a quoted value only at its start: elsewhere it is a
  // character, and a value holding one is written as it is (as Google Sheets writes it).
  const quote = delimiter === '\t' ? /^ *"|[\r\n]/ : /["\r\n]/
  return quoteAll || text.includes(delimiter) || quote.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text
}

function csvLayout(delimiter: string, quoteAll: boolean, eol: string) {
  return (records: Row[], columns: string[]): Written => {
    const row = (values: string[]) =>
      values.map(v => csvCell(v, delimiter, quoteAll)).join(delimiter)
    return assemble([
      row(columns),
      eol,
      ...records.flatMap(r => [{ record: row(columns.map(c => String(r[c] ?? ''))) }, eol])
    ])
  }
}

const CSV_LAYOUTS: Record<string, ReturnType<typeof csvLayout>> = {
  'commas, quoted when needed': csvLayout(',', false, '\n'),
  'semicolons, every cell quoted, CRLF': csvLayout(';', true, '\r\n'),
  tabs: csvLayout('\t', false, '\n')
}

async function load(text: string, format: ListingsFormat, name = 'listings'): Promise<unknown[]> {
  async function* chunks() {
    yield text
  }
  const records: unknown[] = []
  for await (const batch of await readRecords({ name, locations: [], chunks: chunks() }, format))
    records.push(...batch)
  return records
}

const FIELDS = ['id', 'company', 'title', 'url', 'location', 'work_type', 'posted_at'] as const

/** Text that is awkward in every format: quotes, delimiters, colons, hashes, non-ASCII. */
const awkward = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(
    'a, b',
    'say "hi"',
    'key: value',
    '# not a comment',
    'Zürich 🚀',
    '-',
    'true',
    '1.5',
    'a\tb',
    "it's"
  )
)
const cleanText = awkward
  .map(text => text.trim())
  .filter(text => text !== '' && [...text].every(char => char >= ' '))

const jsonRecord = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    company: awkward,
    title: awkward,
    url: fc.webUrl(),
    categories: fc.array(awkward, { maxLength: 3 }),
    active: fc.boolean(),
    salary_min: fc.integer({ min: 0, max: 500000 })
  },
  { requiredKeys: ['id', 'company', 'title'] }
)
const csvRecord = fc.record(
  Object.fromEntries(FIELDS.map(field => [field, cleanText])) as Record<
    (typeof FIELDS)[number],
    fc.Arbitrary<string>
  >
)

/** An edit of `count` records: an update of one of them with some fields, or an added record. */
function editOf(count: number, record: fc.Arbitrary<Row>) {
  return fc.oneof(
    fc.record({ kind: fc.constant('add' as const), record }),
    fc.record({
      kind: fc.constant('update' as const),
      index: fc.nat({ max: count - 1 }),
      set: record.chain(full =>
        fc
          .subarray(Object.keys(full), { minLength: 1 })
          .map(keys => Object.fromEntries(keys.map(key => [key, full[key]])))
      )
    })
  )
}

function expected(records: Row[], edit: ListingEdit): Row[] {
  if (edit.kind === 'add') return [...records, edit.record]
  return records.map((record, index) =>
    index === edit.index ? { ...record, ...edit.set } : record
  )
}

/** The bytes outside the touched record are the original's; for an add, all of the original's records. */
function expectOnlyTouched(before: Written, after: string, edit: ListingEdit): void {
  if (edit.kind === 'update') {
    const span = before.spans[edit.index]!
    expect(after.slice(0, span.start)).toBe(before.text.slice(0, span.start))
    expect(after.slice(after.length - (before.text.length - span.end))).toBe(
      before.text.slice(span.end)
    )
  } else {
    const last = before.spans.at(-1)!
    expect(after.slice(0, last.end)).toBe(before.text.slice(0, last.end))
  }
}

async function property(
  format: ListingsFormat,
  layout: (records: Row[]) => Written,
  record: fc.Arbitrary<Row>
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc
        .array(record, { minLength: 1, maxLength: 5 })
        .chain(records => fc.tuple(fc.constant(records), editOf(records.length, record))),
      async ([records, edit]) => {
        const before = layout(records)
        const after = editListingsFile(before.text, format, [edit])
        expect(await load(after, format)).toEqual(expected(records, edit))
        expectOnlyTouched(before, after, edit)
      }
    ),
    { numRuns: 60 }
  )
}

describe('editListingsFile', () => {
  for (const [name, layout] of Object.entries(JSON_LAYOUTS))
    it(`edits a JSON array (${name}), touching only the record`, () =>
      property('json', layout, jsonRecord))

  for (const [name, layout] of Object.entries(JSONL_LAYOUTS))
    it(`edits JSONL (${name}), touching only the record`, () =>
      property('jsonl', layout, jsonRecord))

  for (const [name, layout] of Object.entries(YAML_LAYOUTS))
    it(`edits YAML (${name}), touching only the record`, () => property('yaml', layout, jsonRecord))

  for (const [name, layout] of Object.entries(CSV_LAYOUTS))
    it(`edits CSV (${name}), touching only the record`, () =>
      property('csv', records => layout(records, [...FIELDS]), csvRecord))

  it('writes a quote inside a value of a tab-separated file as itself, and quotes a value only where it must', () => {
    const text = 'company\ttitle\nAcme\tSenior "Rockstar" Engineer\n'
    expect(
      editListingsFile(text, 'csv', [
        { kind: 'add', record: { company: 'Globex', title: 'Lead "Data" Engineer' } },
        { kind: 'add', record: { company: 'Initech', title: '"Founding" Engineer' } },
        { kind: 'add', record: { company: 'A\tB', title: 'Dev\nOps' } }
      ])
    ).toBe(
      `${text}Globex\tLead "Data" Engineer\nInitech\t"""Founding"" Engineer"\n"A\tB"\t"Dev\nOps"\n`
    )
  })

  it('edits a tab-separated file that quotes values (as Excel and Python write them) beside one that does not', () => {
    const text =
      'id\tcompany\ttitle\n' +
      '1\tAcme\t"Senior ""Rockstar""\nEngineer"\n' +
      '2\tGlobex\tSays "hi" twice "\n'
    expect(
      editListingsFile(text, 'csv', [{ kind: 'update', index: 1, set: { title: 'Ops' } }])
    ).toBe('id\tcompany\ttitle\n1\tAcme\t"Senior ""Rockstar""\nEngineer"\n2\tGlobex\tOps\n')
  })

  it('writes an added record in the layout of the one before it', () => {
    const text = '[\n    {\n        "company": "A",\n        "title": "T"\n    }\n]\n'
    expect(
      editListingsFile(text, 'json', [{ kind: 'add', record: { company: 'B', title: 'U' } }])
    ).toBe(
      '[\n    {\n        "company": "A",\n        "title": "T"\n    },\n    {\n        "company": "B",\n        "title": "U"\n    }\n]\n'
    )
  })

  it('writes an added record as JSON.stringify lays it out, nested lists and objects too', () => {
    const first = { company: 'A', title: 'T' }
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }))
    fc.assert(
      fc.property(record, fc.constantFrom('  ', '    ', '\t'), (added, unit) => {
        const laidOut = (value: unknown) => indentLines(JSON.stringify(value, null, unit), unit)
        const text = `[\n${unit}${laidOut(first)}\n]\n`
        expect(editListingsFile(text, 'json', [{ kind: 'add', record: added }])).toBe(
          `[\n${unit}${laidOut(first)},\n${unit}${laidOut(added)}\n]\n`
        )
      }),
      { numRuns: 200 }
    )
  })

  it('writes a 64-bit id bare where the records write theirs bare, and quoted where they quote it', async () => {
    const add = (text: string, format: ListingsFormat) =>
      editListingsFile(text, format, [
        {
          kind: 'add',
          record: { id: '1864000000000000018', company: 'B', zip: '0123456789012345678' }
        }
      ])
    const bare =
      '[\n  {\n    "id": 1864000000000000017,\n    "company": "A",\n    "zip": "x"\n  }\n]\n'
    expect(add(bare, 'json')).toBe(
      '[\n  {\n    "id": 1864000000000000017,\n    "company": "A",\n    "zip": "x"\n  },\n' +
        '  {\n    "id": 1864000000000000018,\n    "company": "B",\n    "zip": "0123456789012345678"\n  }\n]\n'
    )
    const line = '{"id": 1864000000000000017, "company": "A"}\n'
    expect(add(line, 'jsonl')).toBe(
      `${line}{"id": 1864000000000000018, "company": "B", "zip": "0123456789012345678"}\n`
    )
    const quoted = '[{"id": "1864000000000000017", "company": "A"}]'
    expect(add(quoted, 'json')).toBe(
      '[{"id": "1864000000000000017", "company": "A"}, {"id": "1864000000000000018", "company": "B", "zip": "0123456789012345678"}]'
    )
    const yaml = '- id: 1864000000000000017\n  company: A\n'
    expect(add(yaml, 'yaml')).toBe(
      `${yaml}- id: 1864000000000000018\n  company: B\n  zip: "0123456789012345678"\n`
    )
    expect(add("- id: '1864000000000000017'\n  company: A\n", 'yaml')).toContain(
      '- id: "1864000000000000018"\n'
    )
    // The loader reads each as the digits written.
    for (const [text, format] of [
      [add(bare, 'json'), 'json'],
      [add(yaml, 'yaml'), 'yaml']
    ] as const)
      expect((await load(text, format)).map(record => (record as Row).id)).toEqual([
        '1864000000000000017',
        '1864000000000000018'
      ])
  })

  it('changes only the value of a field, and appends a new field after the last', () => {
    const text =
      '[\n  {\n    "company": "A",\n    "categories": ["x", "y"],\n    "title": "T"\n  }\n]'
    expect(
      editListingsFile(text, 'json', [
        { kind: 'update', index: 0, set: { title: 'New', categories: ['z'], active: false } }
      ])
    ).toBe(
      '[\n  {\n    "company": "A",\n    "categories": ["z"],\n    "title": "New",\n    "active": false\n  }\n]'
    )
  })

  it('quotes the text a YAML 1.1 reader would take for a boolean, a date or a number, and no other', () => {
    const texts = {
      company: 'Yes',
      location: 'NO',
      remote: 'off',
      onsite: 'on',
      flag: 'y',
      posted_at: '2025-10-22',
      time: '12:30:00',
      title: 'Backend Engineer',
      url: 'https://quokka.example/jobs/1'
    }
    const text = '# jobs\n- company: A\n  location: NO  # Norway, as written\n'
    const added = editListingsFile(text, 'yaml', [{ kind: 'add', record: texts }])
    const updated = editListingsFile(text, 'yaml', [{ kind: 'update', index: 0, set: texts }])
    expect(parseYaml(added, { version: '1.1' })).toEqual([{ company: 'A', location: false }, texts])
    // The location the record has already (`NO`, text to the file's YAML 1.2) is not touched.
    expect(parseYaml(updated, { version: '1.1' })).toEqual([{ ...texts, location: false }])
    // The file's own values keep their style; only the ambiguous new ones are quoted.
    expect(added.startsWith(text)).toBe(true)
    expect(added).toContain('  title: Backend Engineer\n  url: https://quokka.example/jobs/1\n')
    expect(added).toContain('- company: "Yes"\n  location: "NO"\n')
    expect(updated).toContain('  location: NO  # Norway, as written\n')
    expect(updated).toContain('- company: "Yes"\n')
  })

  it('quotes the text a YAML 1.1 reader (PyYAML) cannot read plain: a tab inside, a "?" or ":" first', () => {
    const texts = { title: '?q', team: ':core', location: 'Berlin\tMitte' }
    const block = editListingsFile('- company: A\n', 'yaml', [{ kind: 'add', record: texts }])
    expect(block).toContain('- title: "?q"\n  team: ":core"\n  location: "Berlin\\tMitte"\n')
    const flow = editListingsFile('- {company: A, title: Dev}\n', 'yaml', [
      { kind: 'update', index: 0, set: { title: '?q' } }
    ])
    expect(flow).toBe('- {company: A, title: "?q"}\n')
    for (const text of [block, flow])
      expect(parseYaml(text, { version: '1.1' })).toContainEqual(
        expect.objectContaining({ company: 'A' })
      )
  })

  it('keeps comments and the other records of a YAML file', () => {
    const text =
      '# jobs\n- company: A  # the first\n  title: T\n\n# second\n- company: B\n  title: U\n'
    expect(
      editListingsFile(text, 'yaml', [{ kind: 'update', index: 1, set: { active: false } }])
    ).toBe(
      '# jobs\n- company: A  # the first\n  title: T\n\n# second\n- company: B\n  title: U\n  active: false\n'
    )
  })

  it('appends a CSV column for a new field, each other row gaining an empty cell', async () => {
    const text = 'company,title\nA,T\nB,U\n'
    const after = editListingsFile(text, 'csv', [
      { kind: 'update', index: 0, set: { active: 'false' } }
    ])
    expect(after).toBe('company,title,active\nA,T,false\nB,U,\n')
    expect(await load(after, 'csv')).toEqual([
      { company: 'A', title: 'T', active: 'false' },
      { company: 'B', title: 'U', active: '' }
    ])
  })

  it('edits the record the loader reads at that index in a CSV with a "sep=;" line and rows of empty cells', async () => {
    const text = 'sep=;\r\nid;title\r\n;\r\na;T\r\n;\r\nb;U\r\n'
    expect(await load(text, 'csv')).toEqual([
      { id: 'a', title: 'T' },
      { id: 'b', title: 'U' }
    ])
    const after = editListingsFile(text, 'csv', [
      { kind: 'update', index: 1, set: { title: 'New' } },
      { kind: 'add', record: { id: 'c', title: 'V' } }
    ])
    expect(after).toBe('sep=;\r\nid;title\r\n;\r\na;T\r\n;\r\nb;New\r\nc;V\r\n')
    expect(await load(after, 'csv')).toEqual([
      { id: 'a', title: 'T' },
      { id: 'b', title: 'New' },
      { id: 'c', title: 'V' }
    ])
    // A new column: rows of empty cells gain it too, or the file would not read.
    const closed = editListingsFile(text, 'csv', [
      { kind: 'update', index: 1, set: { active: 'false' } }
    ])
    expect(closed).toBe('sep=;\r\nid;title;active\r\n;;\r\na;T;\r\n;;\r\nb;U;false\r\n')
    expect(await load(closed, 'csv')).toEqual([
      { id: 'a', title: 'T', active: '' },
      { id: 'b', title: 'U', active: 'false' }
    ])
  })

  it.each([
    [
      'json',
      '{\n  "meta": {"count": 1},\n  "data": {"results": [\n    {"id": "a", "title": "T"}\n  ], "links": []}\n}\n'
    ],
    ['yaml', 'meta:\n  count: 1\ndata:\n  results:\n    - id: a\n      title: T\n  links: []\n']
  ] as const)(
    'edits the list the loader reads in a %s document that nests it',
    async (format, text) => {
      const after = editListingsFile(text, format, [
        { kind: 'update', index: 0, set: { title: 'New' } },
        { kind: 'add', record: { id: 'b', title: 'U' } }
      ])
      expect(await load(after, format)).toEqual([
        { id: 'a', title: 'New' },
        { id: 'b', title: 'U' }
      ])
    }
  )

  it.each([
    ['json', 'a trailing comma', '[\n  {"id": "a"},\n]\n'],
    ['json', 'a bare word', '[\n  {"id": "a", "active": yes}\n]\n'],
    ['json', 'a NaN', '{"jobs": [{"id": "a", "salary": NaN}]}'],
    ['json', 'a cut-off', '[{"id": "a"}, {"id": "b'],
    ['jsonl', 'a bad line after a blank one', '{"id": "a"}\n\n{"id": "b",}\n'],
    ['yaml', 'a misindented item', '- id: a\n - id: b\n'],
    ['json', 'several lists none named', '{"open": [{"id": "a"}], "closed": [], "meta": {}}'],
    ['yaml', 'several lists none named', 'open:\n  - id: a\nclosed: []\n']
  ] as const)(
    'refuses a %s file with %s in the words the loader says it, in one line',
    async (format, _, text) => {
      const loaderSays = await load(text, format, 'listings file').catch(
        (error: unknown) => (error as Error).message
      )
      const edit = () => editListingsFile(text, format, [{ kind: 'add', record: { id: 'c' } }])

      expect(loaderSays).toMatch(
        /^Listings "listings file" is (not valid \w+ \(line \d+, column \d+\)|valid \w+ but holds no list of listings \(.*?\)): /
      )
      expect(loaderSays).not.toContain('\n')
      expect(edit).toThrow(loaderSays as string)
    }
  )

  it.each([
    ['yaml', '- id: 1234567890123456789\n  title: T\n', 'id: 1234567890123456789\n'],
    ['json', '[{"id": 1234567890123456789, "title": "T"}]', '"id": 1234567890123456789,']
  ] as const)(
    'keeps the digits of a 64-bit id in a %s record it rewrites',
    async (format, text, kept) => {
      const after = editListingsFile(text, format, [
        { kind: 'update', index: 0, set: { title: 'New', tags: ['x'] } }
      ])

      expect(after).toContain(kept)
      expect(await load(after, format)).toEqual([
        { id: '1234567890123456789', title: 'New', tags: ['x'] }
      ])
    }
  )

  it.each([
    [
      'json',
      '{"SearchParameters": {}, "SearchResult": {"Count": 1, "SearchResultItems": [{"id": "a"}]}}',
      '{"SearchParameters": {}, "SearchResult": {"Count": 1, "SearchResultItems": [{"id": "a"}'
    ],
    [
      'yaml',
      'SearchParameters: {}\nSearchResult:\n  Count: 1\n  SearchResultItems:\n    - id: a\n',
      'SearchParameters: {}\nSearchResult:\n  Count: 1\n  SearchResultItems:\n    - id: a\n'
    ]
  ] as const)(
    'adds to the list the loader reads in a %s answer that holds its query beside its result',
    async (format, text, kept) => {
      const after = editListingsFile(text, format, [{ kind: 'add', record: { id: 'b' } }])

      expect(after.startsWith(kept)).toBe(true)
      expect(await load(after, format)).toEqual([{ id: 'a' }, { id: 'b' }])
    }
  )

  it("writes an added CSV record's line break as the file's own, and leaves out control characters", async () => {
    const text = '\uFEFFcompany;title\r\nAcme;Dev\r\n'

    const after = editListingsFile(text, 'csv', [
      { kind: 'add', record: { company: 'Zeta\u0000Co\u001b', title: 'Plat\nform' } }
    ])

    expect(after).toBe('\uFEFFcompany;title\r\nAcme;Dev\r\nZetaCo;"Plat\r\nform"\r\n')
    expect(await load(after, 'csv')).toEqual([
      { company: 'Acme', title: 'Dev' },
      { company: 'ZetaCo', title: 'Plat\r\nform' }
    ])
  })

  it('adds to an empty JSON array', async () => {
    const after = editListingsFile('[]\n', 'json', [{ kind: 'add', record: { company: 'A' } }])
    expect(await load(after, 'json')).toEqual([{ company: 'A' }])
  })

  it.each([
    ['a flag', '  active: &open true\n', '  active: *open\n', { active: false }, 'active', 'open'],
    [
      'a value inside an object',
      '  salary: {min: &low 90000, max: 120000}\n',
      '  salary: {min: *low, max: 100000}\n',
      { salary: { min: 95000, max: 120000 } },
      'salary',
      'low'
    ]
  ])(
    'refuses to change %s of a YAML record that an alias in another record repeats, writing nothing',
    (_, own, alias, set, key, anchor) => {
      const text = `- company: Acme\n${own}- company: Beta\n${alias}`
      const edit = () => editListingsFile(text, 'yaml', [{ kind: 'update', index: 0, set }])
      expect(edit).toThrow(
        `record 1's "${key}" holds the anchor &${anchor}, which an alias repeats (*${anchor}) elsewhere in the file`
      )
      // The record that repeats it changes alone: its alias is replaced by the value.
      const second = editListingsFile(text, 'yaml', [{ kind: 'update', index: 1, set }])
      expect(parseYaml(second)).toEqual([parseYaml(text)[0], { company: 'Beta', ...set }])
    }
  )

  it.each([
    ['an empty list in brackets', 'jobs: []\n'],
    ['a list in brackets of one record', 'jobs: [{company: A, title: Dev}]\n'],
    [
      'a list in brackets over several lines',
      'jobs: [\n  {company: A, title: Dev},\n  {company: B, title: Ops}\n]\n'
    ]
  ])('adds records one after the other to %s, the other bytes kept', async (_, text) => {
    const once = editListingsFile(text, 'yaml', [{ kind: 'add', record: { company: 'C' } }])
    const twice = editListingsFile(once, 'yaml', [{ kind: 'add', record: { company: 'D' } }])
    const held = (parseYaml(text) as { jobs: object[] }).jobs
    expect(await load(twice, 'yaml')).toEqual([...held, { company: 'C' }, { company: 'D' }])
    expect(parseYaml(twice)).toEqual({ jobs: [...held, { company: 'C' }, { company: 'D' }] })
    if (held.length > 1) expect(twice.startsWith(text.slice(0, text.lastIndexOf('}')))).toBe(true)
  })

  it('keeps every line, space and YAML indicator of a many-line value as an issue form gives it', async () => {
    // A form's value is trimmed at its ends; inside, anything goes (a description's blank
    // lines, indentation, CRLF, characters YAML reads as syntax).
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', 'a', 'Globex', '\\')
    const syntax = fc.constantFrom('#', ': ', '- ', '|', '>', '"', "'", '{', '[', '&', '*', '!')
    const value = fc
      .array(fc.oneof(piece, syntax), { maxLength: 12 })
      .map(pieces => pieces.join('').trim())
      .filter(text => text !== '')
    const file = fc.constantFrom(
      '- id: a\n  title: T\n',
      '# jobs\njobs:\n  - id: a\n    title: T\n',
      '- {id: a, title: T}\r\n'
    )
    await fc.assert(
      fc.asyncProperty(file, value, value, fc.boolean(), async (text, title, description, add) => {
        const set = { title, description }
        const after = editListingsFile(text, 'yaml', [
          add ? { kind: 'add', record: { id: 'b', ...set } } : { kind: 'update', index: 0, set }
        ])
        expect((await load(after, 'yaml')).at(-1)).toEqual({ id: add ? 'b' : 'a', ...set })
      }),
      { numRuns: 500 }
    )
  })
})

/**
 * check-links closing the posting at `dead` in the repository's file `name` holding `text`: the
 * file's text after, and each listing the loader reads from it, as "company:active".
 */
async function closeDead(
  name: string,
  text: string,
  dead: string
): Promise<{ text: string; read: string[] }> {
  const settings = oneBoard({ listings: name, now: '2026-12-05T00:00:00Z' })
  const closed = await closePostings(text, settings, new Set([normalizeUrl(dead)]))
  const loaded = await loadListings(
    { ...settings, strict: false },
    { readFile: async () => closed.text }
  )
  return {
    text: closed.text,
    read: loaded.listings.map(listing => `${String(listing.record.company)}:${listing.active}`)
  }
}

describe('closing a posting in a file of any layout the loader reads', () => {
  const DEAD = 'https://jobs.example/gone'

  it.each([
    [
      'jobs.json',
      '[{"company":"A","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/A"},\n{"company":"B","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/gone"}]\n',
      '[{"company":"A","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/A"},\n{"company":"B","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/gone","active":false}]\n'
    ],
    [
      'jobs.jsonl',
      '{"company":"A","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/A"}\n{"company":"B","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/gone"}\n',
      '{"company":"A","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/A"}\n{"company":"B","title":"T","posted_at":"2026-12-01","url":"https://jobs.example/gone","active":false}\n'
    ],
    [
      'jobs.yaml',
      '- company: A\n  title: T\n  posted_at: 2026-12-01\n  url: https://jobs.example/A\n- company: B\n  title: T\n  posted_at: 2026-12-01\n  url: https://jobs.example/gone\n',
      '- company: A\n  title: T\n  posted_at: 2026-12-01\n  url: https://jobs.example/A\n- company: B\n  title: T\n  posted_at: 2026-12-01\n  url: https://jobs.example/gone\n  active: false\n'
    ],
    [
      'jobs.csv',
      'active,company,title,posted_at,url\ntrue,A,T,2026-12-01,https://jobs.example/A\ntrue,B,T,2026-12-01,https://jobs.example/gone\n',
      'active,company,title,posted_at,url\ntrue,A,T,2026-12-01,https://jobs.example/A\nfalse,B,T,2026-12-01,https://jobs.example/gone\n'
    ]
  ])(
    'closes the record in %s after its byte order mark, keeping the mark',
    async (name, text, closed) => {
      const after = await closeDead(name, `\uFEFF${text}`, DEAD)

      expect(after.read).toEqual(['A:true', 'B:false'])
      expect(after.text).toBe(`\uFEFF${closed}`)
    }
  )

  const A = 'A,T,https://jobs.example/A,2026-12-01'
  const B = 'B,T,https://jobs.example/gone,2026-12-01'
  const C = 'C,T,https://jobs.example/C,2026-12-01'
  const HEADER = 'company,title,url,posted_at'
  const spaced = (row: string) => row.replaceAll(',', ', ')

  it.each([
    [
      'a row ending in CR between rows ending in LF',
      `${HEADER},active\n${A},true\r${B},true\n${C},true\n`,
      `${HEADER},active\n${A},true\r${B},false\n${C},true\n`
    ],
    [
      'every row ending in CR, the last one not ended, and no active column',
      `${HEADER}\r${A}\r${B}\r${C}`,
      `${HEADER},active\r${A},\r${B},false\r${C},`
    ],
    [
      'rows ending in CRLF and in CR, and no active column',
      `${HEADER}\r\n${A}\r${B}\r\n${C}\r`,
      `${HEADER},active\r\n${A},\r${B},false\r\n${C},\r`
    ],
    [
      'rows of empty cells before the header',
      `,,,,\n , ,,,\r${HEADER},active\n${A},true\n${B},true\n${C},true\n`,
      `,,,,\n , ,,,\r${HEADER},active\n${A},true\n${B},false\n${C},true\n`
    ],
    [
      'a header and rows spaced after their commas',
      `${spaced(`${HEADER},active\n${A},true\n${B},true\n${C},true\n`)}`,
      `${spaced(`${HEADER},active\n${A},true\n${B},false\n${C},true\n`)}`
    ],
    [
      'a byte order mark before an active first column',
      `\uFEFFactive,${HEADER}\ntrue,${A}\ntrue,${B}\ntrue,${C}\n`,
      `\uFEFFactive,${HEADER}\ntrue,${A}\nfalse,${B}\ntrue,${C}\n`
    ]
  ])(
    'closes the record the loader reads in a CSV with %s, no other byte changed',
    async (_, text, closed) => {
      const after = await closeDead('jobs.csv', text, DEAD)

      expect(after.read).toEqual(['A:true', 'B:false', 'C:true'])
      expect(after.text).toBe(closed)
    }
  )

  it('edits the record the loader reads at each index of a CSV whose rows end and are spaced every way', async () => {
    const end = fc.constantFrom('\n', '\r\n', '\r')
    const space = fc.constantFrom('', ' ', '  ')
    const value = cleanText.map(text => text.replaceAll(',', ';'))
    // A row: its values, or none for a row of empty cells, or null for a blank line.
    const row = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(value, value) },
      fc.constant(undefined),
      fc.constant(null)
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(row, end, space), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.constant(undefined), end, space), { maxLength: 2 }),
        fc.tuple(end, space),
        fc.boolean(),
        fc.nat(),
        fc.constantFrom({ title: 'New' }, { active: 'false' }),
        async (rows, before, header, ended, pick, set) => {
          const line = ([cells, eol, gap]: (typeof rows)[number], last = false): string => {
            const text =
              cells === null
                ? ''
                : (cells ?? ['', '']).map(v => csvCell(v, ',', false)).join(`,${gap}`)
            return text + (last && !ended ? '' : eol)
          }
          const text =
            before.map(r => line(r)).join('') +
            `id,${header[1]}title${header[0]}` +
            rows.map((r, at) => line(r, at === rows.length - 1)).join('')
          const records = (await load(text, 'csv')) as Row[]
          fc.pre(records.length > 0)
          const index = pick % records.length
          const after = editListingsFile(text, 'csv', [{ kind: 'update', index, set }])

          expect(await load(after, 'csv')).toEqual(
            records.map((record, at) =>
              at === index
                ? { ...record, ...set }
                : 'active' in set
                  ? { ...record, active: '' }
                  : record
            )
          )
        }
      ),
      { numRuns: 300 }
    )
  })

  const ACME = '- &acme\n  company: Acme\n  title: Backend\n  posted_at: 2026-12-01\n'
  const acme = (url: string, more = '') => `${ACME}  url: ${url}\n${more}`

  it.each([
    [
      'a record that merges an anchored one: its own mapping, the merge kept',
      `${acme('https://jobs.example/A')}- <<: *acme\n  company: B\n  url: https://jobs.example/gone\n`,
      `${acme('https://jobs.example/A')}- <<: *acme\n  company: B\n  url: https://jobs.example/gone\n  active: false\n`,
      ['Acme:true', 'B:false']
    ],
    [
      'the anchored record, where the one merging it has its own "active": the anchor written once',
      `${acme('https://jobs.example/gone')}- <<: *acme\n  company: B\n  url: https://jobs.example/B\n  active: true\n`,
      `${acme('https://jobs.example/gone', '  active: false\n')}- <<: *acme\n  company: B\n  url: https://jobs.example/B\n  active: true\n`,
      ['Acme:false', 'B:true']
    ],
    [
      'an anchored record and an alias of it, both closed',
      `${acme('https://jobs.example/gone')}- *acme\n`,
      `${acme('https://jobs.example/gone', '  active: false\n')}- company: Acme\n  title: Backend\n  posted_at: 2026-12-01\n  url: https://jobs.example/gone\n  active: false\n`,
      ['Acme:false', 'Acme:false']
    ]
  ])('closes in YAML %s', async (_, text, closed, read) => {
    const after = await closeDead('jobs.yaml', text, DEAD)

    expect(after.text).toBe(closed)
    expect(after.read).toEqual(read)
  })

  it.each([
    [
      'comments after the record closed, indented and not, each written once',
      '- company: A\n  title: T\n  url: https://jobs.example/gone\n  posted_at: 2026-12-01\n  # note: ask Jane about visa sponsorship\n\n# Frontend roles\n- company: B\n  title: T\n  url: https://jobs.example/B\n  posted_at: 2026-12-01\n',
      '- company: A\n  title: T\n  url: https://jobs.example/gone\n  posted_at: 2026-12-01\n  active: false\n  # note: ask Jane about visa sponsorship\n\n# Frontend roles\n- company: B\n  title: T\n  url: https://jobs.example/B\n  posted_at: 2026-12-01\n'
    ],
    [
      'a comment after a flow record closed',
      '- {company: A, title: T, url: https://jobs.example/gone, posted_at: 2026-12-01} # the first\n- {company: B, title: T, url: https://jobs.example/B, posted_at: 2026-12-01}\n',
      '- {company: A, title: T, url: https://jobs.example/gone, posted_at: 2026-12-01, active: false} # the first\n- {company: B, title: T, url: https://jobs.example/B, posted_at: 2026-12-01}\n'
    ],
    [
      'a %YAML 1.1 directive, its dates and booleans of YAML 1.1',
      '%YAML 1.1\n---\n- company: A\n  title: T\n  url: https://jobs.example/gone\n  posted_at: 2026-12-01\n  active: yes\n- company: B\n  title: T\n  url: https://jobs.example/B\n  posted_at: 2026-12-01\n  active: yes\n...\n',
      '%YAML 1.1\n---\n- company: A\n  title: T\n  url: https://jobs.example/gone\n  posted_at: 2026-12-01\n  active: false\n- company: B\n  title: T\n  url: https://jobs.example/B\n  posted_at: 2026-12-01\n  active: yes\n...\n'
    ]
  ])('closes a YAML record with %s, no other byte changed', async (_, text, closed) => {
    const after = await closeDead('jobs.yaml', text, DEAD)

    expect(after.text).toBe(closed)
    expect(after.read).toEqual(['A:false', 'B:true'])
  })

  it.each([
    ['jobs.json', '[\n', ',\n', '\n]\n'],
    ['jobs.jsonl', '', '\n', '\n']
  ])(
    'closes a record of %s that names "active" twice where the loader reads it, the last',
    async (name, open, between, close) => {
      const a = (active: string) =>
        `{"active": false, "company": "A", "title": "T", "url": "https://jobs.example/gone", "posted_at": "2026-12-01", "active": ${active}}`
      const b =
        '{"company": "B", "title": "T", "url": "https://jobs.example/B", "posted_at": "2026-12-01"}'
      const after = await closeDead(name, `${open}${a('true')}${between}${b}${close}`, DEAD)

      expect(after.text).toBe(`${open}${a('false')}${between}${b}${close}`)
      expect(after.read).toEqual(['A:false', 'B:true'])
    }
  )

  it('edits a YAML record that is an alias as a copy of the mapping it names, the anchored record kept', async () => {
    const text = `${acme('https://jobs.example/A')}- *acme\n- company: C\n`
    const after = editListingsFile(text, 'yaml', [
      { kind: 'update', index: 1, set: { title: 'New', active: false } }
    ])

    expect(after).toBe(
      `${acme('https://jobs.example/A')}- company: Acme\n  title: New\n  posted_at: 2026-12-01\n  url: https://jobs.example/A\n  active: false\n- company: C\n`
    )
    const [anchored, copy] = (await load(after, 'yaml')) as Row[]
    expect(anchored).toMatchObject({ title: 'Backend' })
    expect(anchored).not.toHaveProperty('active')
    expect(copy).toMatchObject({ company: 'Acme', title: 'New', active: false })
  })

  it('leaves open, and names in one line, an anchored YAML record that another merges without its own "active"; the other dead postings close', async () => {
    const text = `${acme('https://jobs.example/gone')}- <<: *acme\n  company: B\n  url: https://jobs.example/B\n- company: C\n  title: Backend\n  posted_at: 2026-12-01\n  url: https://jobs.example/C\n`
    const settings = oneBoard({ listings: 'jobs.yaml', now: '2026-12-05T00:00:00Z' })
    const dead = new Set(['https://jobs.example/gone', 'https://jobs.example/C'].map(normalizeUrl))

    const closed = await closePostings(text, settings, dead)

    expect(closed.count).toBe(1)
    expect(closed.text).toBe(`${text.slice(0, -1)}\n  active: false\n`)
    expect(closed.leftOpen).toEqual([
      {
        url: 'https://jobs.example/gone',
        problem: expect.stringMatching(
          /^record 1 is anchored \(&acme\), and 1 alias repeats it .*"active"/
        )
      }
    ])
    expect(closed.leftOpen[0]!.problem).not.toContain('\n')
    expect(closed.leftOpen[0]!.problem).not.toContain('Nothing was written')
  })

  it('adds a record to a CSV whose rows end in CR as they end, and the loader reads it', async () => {
    const add = {
      kind: 'add',
      record: { company: 'D', title: 'T', url: 'https://jobs.example/D', posted_at: '2026-12-02' }
    } as const
    const ended = editListingsFile(`${HEADER}\r${A}\r`, 'csv', [add])
    const unended = editListingsFile(`${HEADER}\r${A}`, 'csv', [add])

    expect(ended).toBe(`${HEADER}\r${A}\rD,T,https://jobs.example/D,2026-12-02\r`)
    expect(unended).toBe(`${HEADER}\r${A}\rD,T,https://jobs.example/D,2026-12-02`)
    expect((await load(unended, 'csv')).map(record => (record as Row).company)).toEqual(['A', 'D'])
  })
})
