import { describe, expect, it, jest } from '@jest/globals'
import type { Listing } from '../../src/model.js'
import { skillsOf } from '../../src/skills.js'
import { BoardError } from '../../src/errors.js'
import { buildOneBoard, oneBoard } from '../helpers/settings.js'
import { loadFixture, loadText, sourceRecord } from './helpers.js'

const at = (iso: string) => Date.parse(iso)
const ids = (result: { listings: { id: string }[] }) => result.listings.map(listing => listing.id)
const jsonLines = (...records: object[]) => records.map(record => JSON.stringify(record)).join('\n')

describe('json', () => {
  it('reads a top-level list', async () => {
    const result = await loadText(
      'jobs.json',
      JSON.stringify([sourceRecord({ id: 'a' }), sourceRecord({ id: 'b' })])
    )

    expect(ids(result)).toEqual(['a', 'b'])
  })

  it.each(['jobs', 'listings'])('reads the list under "%s"', async key => {
    const text = JSON.stringify({
      updated: '2025-10-22',
      [key]: [sourceRecord({ id: 'a' })],
      tags: ['x', 'y']
    })

    expect(ids(await loadText('jobs.json', text))).toEqual(['a'])
  })

  it('reads the only list of an object', async () => {
    const text = JSON.stringify({ meta: { total: 1 }, data: [sourceRecord({ id: 'a' })] })

    expect(ids(await loadText('jobs.json', text))).toEqual(['a'])
  })

  it.each([
    ['an API page', { count: 1, next: null, results: [sourceRecord({ id: 'a' })], links: [{}] }],
    ['a GraphQL answer', { data: { jobs: [sourceRecord({ id: 'a' })] } }],
    [
      'a search answer',
      { took: 3, _shards: { total: 1 }, hits: { total: 1, hits: [sourceRecord({ id: 'a' })] } }
    ],
    ['a connection', { data: { board: { openings: { nodes: [sourceRecord({ id: 'a' })] } } } }]
  ])('reads the list of %s, beside other lists or nested in objects', async (_, document) => {
    expect(ids(await loadText('jobs.json', JSON.stringify(document)))).toEqual(['a'])
  })

  it.each([
    [
      'an empty echo of its query',
      {
        LanguageCode: 'EN',
        SearchParameters: {},
        SearchResult: { SearchResultCount: 1, SearchResultItems: [sourceRecord({ id: 'a' })] }
      }
    ],
    [
      'its paging and its query',
      {
        query: { q: 'backend', page: 1 },
        paging: { next: null },
        result: { total: 1, items_found: [sourceRecord({ id: 'a' })] }
      }
    ]
  ])(
    'reads the list of the one object that holds a list, beside objects that hold none (%s)',
    async (_, document) => {
      expect(ids(await loadText('jobs.json', JSON.stringify(document)))).toEqual(['a'])
    }
  )

  it('names the lists of a document that holds several, none with a name listings go by, and how to take one out', async () => {
    const document = { meta: { total: 120 }, data: { open: [1, 2, 3], closed: [4] } }

    await expect(loadText('jobs.json', JSON.stringify(document))).rejects.toThrow(
      'Listings "jobs.json" is valid JSON but holds no list of listings (a list, or an object holding one such as {"jobs": [...]}): the document holds 2 lists, data.open (3 items), data.closed (1 item), and none is named listings, jobs, postings, positions, openings, results, data, items, records, entries, hits, nodes, _embedded: write the one meant to a file of its own (such as with jq \'.data.open\') and point "listings" at it.'
    )
  })

  it.each([
    [
      'lists beside each other',
      'jobs.yaml',
      'meta: {page: 1}\nopen roles: [a, b]\narchived: [c]\n',
      'the document holds 2 lists, open roles (2 items), archived (1 item),',
      'yq \'.["open roles"]\''
    ],
    [
      'lists in objects beside each other',
      'jobs.json',
      JSON.stringify({ engineering: { roles: [1, 2] }, sales: { roles: [3] }, 'the-rest': {} }),
      'the document holds 2 lists, engineering.roles (2 items), sales.roles (1 item),',
      "jq '.engineering.roles'"
    ],
    [
      'a list under a name that needs quotes in jq',
      'jobs.json',
      JSON.stringify({ 'job-board': { 'open-roles': [1], 'x y': [2] }, other: {} }),
      'the document holds 2 lists, job-board.open-roles (1 item), job-board.x y (1 item),',
      `jq '.["job-board"]["open-roles"]'`
    ]
  ])(
    'names the lists of a wrapper it cannot unwrap (%s), each with its size, and a filter for the first',
    async (_, name, text, lists, filter) => {
      const error = (await loadText(name, text).catch((caught: unknown) => caught)) as Error

      expect(error.message).toContain(lists)
      expect(error.message).toContain(`(such as with ${filter})`)
      expect(error.message).not.toContain('\n')
    }
  )

  const job = (n: number) => ({
    company: `C${n}`,
    title: 'Backend Dev',
    url: `https://jobs.example/${n}`,
    posted_at: '2025-10-22'
  })

  it.each([
    [
      'listings keyed by id',
      'jobs.json',
      JSON.stringify({ a1: job(1), b2: job(2) }),
      'its top level is an object of 2 listings keyed by id ("a1", "b2"), not a list: write them as a list, each keeping its key as its id, such as with jq \'[to_entries[] | {id: .key} + .value]\''
    ],
    [
      'one listing alone',
      'jobs.json',
      JSON.stringify(job(1)),
      'its top level is one listing (the keys "company", "title", "url", "posted_at"), not a list of listings: wrap it in [ and ]'
    ],
    [
      'one listing alone, in YAML',
      'jobs.yaml',
      'company: Acme\ntitle: Dev\nurl: https://jobs.example/1\n',
      'its top level is one listing (the keys "company", "title", "url"), not a list of listings: write it as an item of a list (start its first line with "- "'
    ],
    [
      "pandas' column-oriented to_json",
      'jobs.json',
      JSON.stringify({
        company: { 0: 'A', 1: 'B' },
        title: { 0: 'Dev', 1: 'Ops' },
        posted_at: { 0: 1796428800000, 1: 1796428800000 }
      }),
      'its top level is the listings by column, each field an object of row numbers ({"title": {"0": ..., "1": ...}}), as pandas\' to_json writes a table by default: write them a listing an object, in a list, with df.to_json("listings.json", orient="records", date_format="iso")'
    ],
    [
      "the Google Sheets API's rows of cells",
      'jobs.json',
      JSON.stringify({
        range: 'Sheet1!A1:D3',
        majorDimension: 'ROWS',
        values: [
          ['company', 'title', 'url'],
          ['A', 'Dev', 'https://jobs.example/1']
        ]
      }),
      'the list at values holds rows of cells under a header row (company, title, url), as the Google Sheets API answers, not a listing an object: download the sheet as CSV'
    ]
  ])('recognises %s and says what to write instead', async (_, name, text, problem) => {
    await expect(loadText(name, text)).rejects.toThrow(
      `is valid ${name.endsWith('.json') ? 'JSON' : 'YAML'} but holds no list of listings (a list, or an object holding one such as {"jobs": [...]}): ${problem}`
    )
  })

  it('reads "jobs:" with nothing under it as no listings yet', async () => {
    const result = await loadText('jobs.yaml', 'jobs:\n# all filled; new roles go here\n')
    expect(result.listings).toEqual([])
    expect(result.invalid).toEqual([])
  })

  it("says how to write values jq '.[]' printed one after another over several lines", async () => {
    const text = `${JSON.stringify(job(1), null, 2)}\n${JSON.stringify(job(2), null, 2)}\n`
    await expect(loadText('jobs.json', text)).rejects.toThrow(
      "another value starts a line after the first, which spans several lines, as jq '.[]' writes records one after another. Write them as one list (jq -s . on this file, or jq '[.[]]' on the source) and keep the name .json, or one a line (jq -c '.[]') into a .jsonl file"
    )
  })

  it('fails when the document holds no list of listings', async () => {
    await expect(loadText('jobs.json', '{"a": [1], "b": [2]}')).rejects.toMatchObject({
      code: 'source-parse',
      message: expect.stringContaining('is valid JSON but holds no list of listings')
    })
  })

  it.each([
    [
      'jobs.json',
      '{"error":"rate limited","retry_after":60}',
      'Listings "jobs.json" is valid JSON but holds no list of listings (a list, or an object holding one such as {"jobs": [...]}): its top level is an object with the keys "error", "retry_after": {"error":"rate limited","retry_after":60}, and no list is in it.'
    ],
    [
      'jobs.yaml',
      'message: Bad credentials\n',
      'Listings "jobs.yaml" is valid YAML but holds no list of listings (a list, or an object holding one such as {"jobs": [...]}): its top level is an object with the key "message": {"message":"Bad credentials"}, and no list is in it.'
    ],
    [
      'jobs.json',
      JSON.stringify({ data: { message: 'x'.repeat(100) } }),
      `the value at data is an object with the key "message": {"message":"${'x'.repeat(47)}…, and no list is in it.`
    ],
    ['jobs.json', '"maintenance"', 'its top level is a text: "maintenance", and no list is in it.']
  ])(
    'says that %s holding %s is valid but holds no list, what it holds, and what to do',
    async (name, text, said) => {
      const error = (await loadText(name, text).catch((caught: unknown) => caught)) as Error
      expect(error).toMatchObject({ code: 'source-parse' })
      expect(error.message).toContain(said)
      expect(error.message).toContain('check the source and run again, or point "listings" at')
      expect(error.message).not.toContain('not valid')
    }
  )

  it('ignores a byte order mark', async () => {
    expect((await loadText('jobs.json', `\uFEFF${JSON.stringify([sourceRecord()])}`)).valid).toBe(1)
  })

  it.each([
    ['a trailing comma', '[\n  {"a": 1},\n]', 'line 3, column 1', 'unexpected "]"'],
    [
      'a missing comma',
      '[\n  {"a": 1}\n  {"b": 2}\n]',
      'line 3, column 3',
      'unexpected "{" where "]" should be'
    ],
    ['a bare word', '[\n  {"a": yes}\n]', 'line 2, column 9', 'unexpected "y"'],
    [
      'an unquoted key',
      '{\n  jobs: []\n}',
      'line 2, column 3',
      'unexpected "j" where a property name'
    ],
    ['a cut-off file', '[\n  {"a": 1},\n  {"b": ', 'line 3, column 9', 'unexpected end of input'],
    ['a line break in a string', '[{"a": "x\ny"}]', 'line 1, column 10', 'a control character'],
    [
      "Python's NaN",
      '[{"a": 1}, {"salary": NaN}]',
      'line 1, column 23',
      "NaN, which JSON does not have (Python's json.dumps writes it for a float that is not a number): write null there"
    ],
    ['-Infinity', '[\n  {"salary": -Infinity}\n]', 'line 2, column 14', '-Infinity, which JSON'],
    [
      'JSONL saved as .json',
      '{"a": 1}\n{"b": 2}\n',
      'line 2, column 1',
      'unexpected "{" after the end of the JSON value: another value starts a line after the first, as in JSONL (one JSON value a line). If the feed is JSONL, name it .jsonl or set "listings-format: jsonl"'
    ],
    [
      'CSV saved as .json',
      'company,title,url,posted_at\nAcme,Dev,https://x.example/1,2026-12-05\n',
      'line 1, column 1',
      'unexpected "c": the text looks like CSV, a first line of names separated by "," (company, title, url, ...), not JSON. If the feed is CSV, name it .csv or set "listings-format: csv"'
    ],
    [
      'CSV of quoted names saved as .json',
      '\uFEFF"Company";"Job Title"\r\n"Acme";"Dev"\r\n',
      'line 1, column 10',
      'unexpected ";" after the end of the JSON value: the text looks like CSV, a first line of names separated by ";" (Company, Job Title), not JSON. If the feed is CSV, name it .csv or set "listings-format: csv"'
    ],
    ['a word on a line of its own', 'jobs\n', 'line 1, column 1', 'unexpected "j"']
  ])('names the line and column of %s', async (_, text, where, problem) => {
    const error = loadText('jobs.json', text)

    await expect(error).rejects.toMatchObject({ code: 'source-parse' })
    await expect(error).rejects.toThrow(
      `Listings "jobs.json" is not valid JSON (${where}): ${problem}`
    )
  })

  it.each([
    ['a sentence of an error page', 'Rate limit exceeded, please retry in 60 seconds.\n'],
    ['a question', 'Not found, did you mean /v2/jobs?\n[]'],
    ['a // comment', '// company, title, url\n[]\n'],
    ['a # comment', '# company; title; url\n[]\n'],
    ['a /* comment', '/* company, title */\n[]\n'],
    [
      'long phrases',
      'Your session has expired after a long time of inactivity, sign in again to see the listings\n'
    ]
  ])('says nothing of CSV for a first line of %s', async (_, text) => {
    const error = loadText('jobs.json', text)

    await expect(error).rejects.toThrow('Listings "jobs.json" is not valid JSON (line 1, column 1)')
    await expect(error).rejects.not.toThrow('CSV')
  })
})

describe('an empty file', () => {
  const said = (name: string, advice: string) =>
    `Listings "${name}" is empty: whatever writes it wrote nothing (a download or an export that failed?). Check that step; ${advice} (and "allow-empty: true" lets the table go empty).`

  it.each([
    ['jobs.json', ''],
    ['jobs.json', ' \r\n\n'],
    ['jobs.yaml', ''],
    ['jobs.yaml', '\n  \n']
  ])('%s of %j says it is empty and how an empty feed is written', async (name, text) => {
    const format = name.endsWith('.json') ? 'JSON' : 'YAML'
    await expect(loadText(name, text)).rejects.toThrow(
      said(name, `a ${format} feed with no listings is written []`)
    )
  })

  it.each([
    ['jobs.csv', '', 'a CSV feed with no listings is its header row alone'],
    ['jobs.csv', '\uFEFF \r\n\r\n', 'a CSV feed with no listings is its header row alone'],
    [
      'jobs.jsonl',
      '',
      'JSONL cannot say that there are no listings: write a feed that may have none as JSON, []'
    ],
    [
      'jobs.jsonl',
      '\n\n\uFEFF\n',
      'JSONL cannot say that there are no listings: write a feed that may have none as JSON, []'
    ],
    [
      'jobs.txt',
      '',
      'a feed with no listings is written [] in JSON, or as its header row alone in CSV'
    ],
    [
      'jobs',
      `${' '.repeat(100_000)}\n`,
      'a feed with no listings is written [] in JSON, or as its header row alone in CSV'
    ]
  ])('%s of %j is empty too, rather than a feed of no listings', async (name, text, advice) => {
    await expect(loadText(name, text, { 'allow-empty': 'true' })).rejects.toMatchObject({
      code: 'source-parse',
      message: said(name, advice)
    })
  })

  it('reads [] as no listings', async () => {
    await expect(loadText('jobs.json', '[]')).resolves.toMatchObject({ listings: [] })
  })
})

describe('64-bit ids', () => {
  // Past Number.MAX_SAFE_INTEGER: JSON.parse would make both 1234567890123456800.
  const first = '1234567890123456789'
  const second = '1234567890123456788'
  const withId = (id: string) => JSON.stringify(sourceRecord({ id: 'ID' })).replace('"ID"', id)

  it.each([
    ['a JSON array', 'jobs.json', `[${withId(first)},${withId(second)}]`],
    ['a pretty-printed JSON array', 'jobs.json', `[\n  ${withId(first)},\n  ${withId(second)}\n]`],
    [
      'a JSON object holding the list',
      'jobs.json',
      `{"jobs": [${withId(first)}, ${withId(second)}]}`
    ],
    ['JSONL', 'jobs.jsonl', `${withId(first)}\n${withId(second)}\n`],
    [
      'YAML',
      'jobs.yaml',
      [first, second]
        .map(
          id =>
            `- id: ${id}\n  company: Acme\n  title: Dev\n  url: https://jobs.example/${id}\n  posted_at: 2025-10-22\n`
        )
        .join('')
    ]
  ])('keeps the digits of an id past 2^53 as written, in %s', async (_, name, text) => {
    const result = await loadText(name, text)

    expect(ids(result)).toEqual([first, second])
    expect(result.listings.map(listing => listing.record.id)).toEqual([first, second])
  })

  it('shows two postings whose ids differ past the 16th digit as two rows of a board', async () => {
    const posting = (id: string, title: string) =>
      JSON.stringify(sourceRecord({ id: 'ID', title })).replace('"ID"', id)
    const files: Record<string, string> = {
      'README.md': '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n',
      'jobs.json': `[${posting(first, 'Backend Developer')}, ${posting(second, 'Frontend Developer')}]`
    }
    const settings = oneBoard({ listings: 'jobs.json', now: '2025-10-22T20:30:00Z' })
    const result = await buildOneBoard(settings, {
      readFile: async path => files[path],
      listFiles: async () => [],
      warn: () => {}
    })

    expect(result.rows.map(row => row.id).sort()).toEqual([second, first])
  })

  it.each([
    ['a negative one', '-9007199254740993', '-9007199254740993'],
    ['one with spaces around it', ' 12345678901234567890 ', '12345678901234567890']
  ])('keeps the digits of %s', async (_, written, id) => {
    expect(ids(await loadText('jobs.json', `[${withId(written)}]`))).toEqual([id])
  })

  it('leaves a string holding such digits, and shorter numbers, as they are', async () => {
    const record = sourceRecord({
      id: 'a',
      note: `ids: ${first}, ${second}`,
      count: 123456789012345
    })
    const text = JSON.stringify([record]).replace('"count":', '"at": 1.25, "count":')
    const [listing] = (await loadText('jobs.json', text)).listings

    expect(listing?.record).toMatchObject({
      note: `ids: ${first}, ${second}`,
      count: 123456789012345,
      at: 1.25
    })
  })
})

describe('jsonl', () => {
  it('reads one record per line, with blank lines and CRLF line ends', async () => {
    const result = await loadFixture('load/listings.jsonl')

    expect(ids(result)).toEqual(['l1', 'l2'])
    expect(result.invalid).toEqual([{ position: 3, id: 'l3', reason: 'company: missing' }])
    expect(result.listings[1]?.postedAt).toBe(at('2025-10-22T12:00:00Z'))
  })

  it('skips a byte order mark at the start of any line, as files joined with cat have', async () => {
    const text = [sourceRecord({ id: 'a' }), sourceRecord({ id: 'b' })]
      .map(record => `\uFEFF${JSON.stringify(record)}\r\n`)
      .join('')

    expect(ids(await loadText('jobs.jsonl', text))).toEqual(['a', 'b'])
  })

  it.each([
    [
      'a JSON list over several lines',
      `${JSON.stringify([sourceRecord()], null, 2)}\n`,
      '[',
      'line 1'
    ],
    [
      "records over several lines, as jq '.[]' prints them",
      `${JSON.stringify(sourceRecord(), null, 2)}\n${JSON.stringify(sourceRecord(), null, 2)}\n`,
      '{',
      'line 1'
    ]
  ])('says %s is no JSONL, and what to write', async (_, text, opening, where) => {
    await expect(loadText('jobs.jsonl', text)).rejects.toThrow(
      `Listings "jobs.jsonl" is not valid JSONL (${where}): the line opens a JSON value (${opening}) that goes on over the next lines, but JSONL holds one whole value a line. If the file is one JSON document (a list over many lines), name it .json or set "listings-format: json"; if it is records one after another over several lines (as jq '.[]' writes them), write them one a line with jq -c '.[]'`
    )
  })

  it('says a JSON list on one line of a .jsonl file is JSON', async () => {
    const text = `${JSON.stringify([sourceRecord({ id: 'a' }), sourceRecord({ id: 'b' })])}\n`
    await expect(loadText('jobs.jsonl', text)).rejects.toThrow(
      'Listings "jobs.jsonl" is not valid JSONL (line 1): the line is a list of 2 items, not one listing: JSONL holds one listing (an object) a line. A file that is one JSON list is JSON: name it .json or set "listings-format: json"'
    )
  })

  it('names the line (not the record) and column of a bad line', async () => {
    const text = `${JSON.stringify(sourceRecord())}\n\n${JSON.stringify(sourceRecord())}\n{"company": "Acme",}\n`

    await expect(loadText('jobs.jsonl', text)).rejects.toThrow(
      'Listings "jobs.jsonl" is not valid JSONL (line 4, column 20): unexpected "}" where a property name'
    )
  })
})

describe('csv', () => {
  it('reads a header row and one record per row, with flat salary columns and list strings', async () => {
    const result = await loadFixture('load/listings.csv')

    expect(result.invalid).toEqual([])
    expect(withSkills(result.listings)).toMatchObject([
      {
        id: 'c1',
        location: 'Berlin, Germany',
        workType: 'on_site',
        postedAt: at('2025-10-22T00:00:00Z'),
        salary: { min: 120000, max: 150000, currency: 'EUR', period: 'year' },
        skills: ['python', 'go'],
        categories: ['backend', 'devops'],
        active: true
      },
      {
        id: 'c2',
        workType: 'remote',
        salary: { min: 50, max: 70, currency: 'USD', period: 'hour' },
        skills: ['python'],
        active: false
      },
      {
        id: 'c3',
        location: '',
        postedAt: at('2025-10-22T12:00:00Z'),
        skills: ['java', 'spring'],
        active: true
      }
    ])
    expect(result.listings[2]?.salary).toBeUndefined()
    expect(result.listings[2]?.categories).toBeUndefined()
  })

  it.each([
    ['an unclosed quote', 'company,title\nAcme,Dev\nGlobex,"Dev\n', 'line 3', 'Quote Not Closed'],
    [
      'a row with too many cells',
      'company,title\nAcme,Dev\nGlobex,Dev,extra\n',
      'line 3',
      'Invalid Record Length'
    ],
    [
      'a comma not in quotes, as in Acme, Inc.',
      'id,company,title\n1,Acme, Inc.,Dev\n',
      'line 2',
      'Invalid Record Length: the row has 4 fields where the header has 3\\. A value holding the delimiter \\(","\\) must be in double quotes'
    ],
    [
      'a semicolon not in quotes',
      'id;company;title\n1;Acme; Inc.;Dev\n',
      'line 2',
      'Invalid Record Length: the row has 4 fields where the header has 3\\. A value holding the delimiter \\(";"\\)'
    ],
    [
      'a row with too few cells (trailing empty values left out)',
      'company,title,url,notes\nAcme,Dev,https://jobs.example/1,\nGlobex,Dev,https://jobs.example/2\n',
      'line 3',
      'Invalid Record Length: the row has 3 fields where the header has 4\\. Every row needs the header\'s fields, an empty one too: write a delimiter \\(","\\) for each, trailing empty ones included'
    ],
    [
      'a quote inside a value not in quotes',
      'company,title\nAcme,Senior "Rockstar" Engineer\n',
      'line 2',
      'Invalid Opening Quote: a quote is found on field "title"\\. A value holding a quote \\("\\) must be in double quotes as a whole, each quote inside written as two \\(""\\)'
    ],
    [
      'a value going on after its closing quote',
      'company,title\nAcme,"Founding" Engineer\n',
      'line 2',
      'Invalid Closing Quote: found non trimable byte after quote\\. A value holding a quote'
    ],
    [
      'a title line above the header',
      'Table 1\ncompany,title,url,posted_at\nAcme,Dev,https://jobs.example/1,2025-10-22\n',
      'line 2',
      'this line looks like the header \\(company, title, url, posted_at\\), and line 1 above it \\(Table 1\\) like a title, which would be read as the header\\. Delete the line above the header, so the file starts with it'
    ],
    [
      'a title row of a spreadsheet above the header',
      'Open roles,,,\n,,,\ncompany,title,url,posted_at\nAcme,Dev,https://jobs.example/1,2025-10-22\n',
      'line 3',
      'this line looks like the header \\(company, title, url, posted_at\\), and line 1 above it \\(Open roles\\) like a title, which would be read as the header\\. Delete the 2 lines above the header'
    ],
    [
      'a delimiter not read ("|")',
      'company|title|url\nAcme|Dev|https://jobs.example/1\n',
      'line 1',
      'the header \\(company\\|title\\|url\\) holds no comma, semicolon or tab, the delimiters read, but "\\|": the delimiter "\\|" was not recognised\\. Add a first line sep=\\| \\(as Excel reads it\\) above the header'
    ],
    [
      'a header naming a column twice',
      'id,company,title,url,title\n1,Acme,Dev,https://jobs.example/1,Other\n',
      'line 1',
      'the header names "title" twice \\(columns 3 and 5\\), so one column\'s values would be lost\\. Give each column its own name'
    ],
    [
      'a header naming a column twice after sep=',
      'sep=;\nid;company; company ;title\n1;Acme;Acme Inc.;Dev\n',
      'line 2',
      'the header names "company" twice \\(columns 2 and 3\\)'
    ]
  ])('names the line of %s', async (_, text, where, problem) => {
    await expect(loadText('jobs.csv', text)).rejects.toThrow(
      new RegExp(`^Listings "jobs.csv" is not valid CSV \\(${where}\\): ${problem}`)
    )
  })
})

describe('csv rows', () => {
  it('ends each row at CRLF, LF or CR, whichever it has: a CRLF header with LF rows appended', async () => {
    const result = await loadFixture('load/mixed-line-ends.csv')

    expect(result.invalid).toEqual([])
    expect(result.listings.map(({ id, location }) => [id, location])).toEqual([
      ['m1', 'Austin, TX'],
      // A quoted cell of two lines lists two places (a spreadsheet's Alt+Enter).
      ['m2', 'Line one; line two'],
      ['m3', 'Rome'],
      ['m4', 'Paris']
    ])
  })

  const header = 'id,company,title,url,posted_at,description\n'
  const row = (n: number, company = `C${n}`) =>
    `${n},${company},Dev,https://jobs.example/${n},2025-10-22,x\n`

  it('names the line of a row over the 1 MiB limit, the limit, and what to do', async () => {
    const text = `${header}${row(1)}1,Acme,Dev,https://jobs.example/2,2025-10-22,"${'lorem ipsum, '.repeat(90_000)}"\n`

    await expect(loadText('jobs.csv', text)).rejects.toThrow(
      'Listings "jobs.csv" is not valid CSV (line 3): the row that starts here is longer than 1,048,576 bytes (1 MiB), the most a CSV row may hold. If the row is really this long, shorten its longest value (such as the description), or give the listings as JSON or JSONL, which have no such limit'
    )
  })

  it.each([
    [
      'the end of the file',
      3000,
      'Quote Not Closed: the row that starts here opens a quote (") that is never closed, so the rest of the file, to line 3006, was read as one value'
    ],
    [
      'the 1 MiB limit',
      20_000,
      'the row that starts here is longer than 1,048,576 bytes (1 MiB), the most a CSV row may hold (it runs on to line 18989: if a quote (") in it is never closed, close it'
    ]
  ])('names the line an unclosed quote opens on, reached at %s', async (_, rows, problem) => {
    // Blank lines and rows of empty cells before it are counted, not read as records.
    let text = `\n,,,,,\n${header}${row(1)}\n,,,,,\n  \n`
    for (let n = 2; n <= rows; n++) text += row(n, n === 3 ? '"C3' : `C${n}`)

    await expect(loadText('jobs.csv', text)).rejects.toThrow(
      `Listings "jobs.csv" is not valid CSV (line 9): ${problem}`
    )
  })
})

describe('csv delimiters', () => {
  it('reads a semicolon-separated spreadsheet export: BOM, CRLF, quoted fields holding ";", backslashes', async () => {
    const text =
      '\uFEFFid;company;title;url;posted_at;location\r\n' +
      'w1;"Acme; Inc.";C:\\Jobs\\Dev;https://jobs.example/1;2025-10-22;"Berlin, Germany; Remote"\r\n' +
      'w2;Globex;"Ops ""SRE"" \\ on-call";https://jobs.example/2;2025-10-21;Wien\r\n'

    for (const name of ['jobs.csv', 'jobs']) {
      const result = await loadText(name, text)

      expect(result.invalid).toEqual([])
      expect(result.listings).toMatchObject([
        {
          id: 'w1',
          company: 'Acme; Inc.',
          title: 'C:\\Jobs\\Dev',
          location: 'Berlin, Germany; Remote'
        },
        { id: 'w2', company: 'Globex', title: 'Ops "SRE" \\ on-call', location: 'Wien' }
      ])
    }
  })

  it('reads a tab-separated file', async () => {
    const text =
      'id\tcompany\ttitle\turl\tposted_at\n' +
      't1\tAcme, Inc.\tDev; Ops\thttps://jobs.example/1\t2025-10-22\n'

    expect((await loadText('jobs.csv', text)).listings).toMatchObject([
      { id: 't1', company: 'Acme, Inc.', title: 'Dev; Ops' }
    ])
  })

  it('reads a quote in a tab-separated file as itself, where it stands (as Google Sheets exports it)', async () => {
    const text =
      'id\tcompany\ttitle\turl\tposted_at\n' +
      't1\tAcme\tSenior "Rockstar" Engineer\thttps://jobs.example/1\t2025-10-22\n' +
      't2\tGlobex\t"Founding" Engineer\thttps://jobs.example/2\t2025-10-22\n'

    expect((await loadText('jobs.tsv', text)).listings).toMatchObject([
      { id: 't1', title: 'Senior "Rockstar" Engineer' },
      { id: 't2', title: '"Founding" Engineer' }
    ])
  })

  it('refuses a tab-separated value whose opening quote closes rows later, naming its lines, and loses no row silently', async () => {
    const text =
      'company\ttitle\turl\tposted_at\n' +
      'Acme\t"Senior Engineer\thttps://a.example/1\t2026-12-05\n' +
      'Beta\tDev\thttps://b.example/1\t2026-12-04\n' +
      'Gamma\tOps 12" rack\thttps://c.example/1\t2026-12-03\n'

    await expect(loadText('jobs.tsv', text)).rejects.toThrow(
      'Listings "jobs.tsv" is not valid CSV (line 2): a quote (") at the start of a value here opens a quoted value that runs on to line 4, so the rows between were read as part of it.'
    )
  })

  it('reads a tab-separated value quoted as Excel and Python write it: two quotes are one, a line break is kept', async () => {
    const text =
      'id\tcompany\ttitle\turl\tposted_at\n' +
      't1\tAcme\t"Senior ""Rockstar"" Engineer"\thttps://jobs.example/1\t2025-10-22\n' +
      't2\t"Globex\nEurope"\tDev\thttps://jobs.example/2\t2025-10-22\n' +
      't3\tInitech\t5" screens "wanted\thttps://jobs.example/3\t2025-10-22\n'

    expect((await loadText('jobs.tsv', text)).listings).toMatchObject([
      { id: 't1', title: 'Senior "Rockstar" Engineer' },
      { id: 't2', company: 'Globex Europe' }, // one row: the line break is in the value
      { id: 't3', title: '5" screens "wanted' }
    ])
  })

  it('takes the delimiter a first line "sep=;" declares (as Excel does), and skips rows of empty cells', async () => {
    const text =
      '\uFEFFsep=;\r\n' +
      'id;company;title;url;posted_at;notes\r\n' +
      'a;Acme, Inc.;Dev;https://jobs.example/1;2025-10-22;x, y\r\n' +
      ';;;;;\r\n' +
      ' ; ;;;; \r\n' +
      'b;Globex;Ops;https://jobs.example/2;2025-10-21;\r\n' +
      ';;;;;\r\n'

    for (const name of ['jobs.csv', 'jobs']) {
      const result = await loadText(name, text)

      expect([result.read, result.invalid]).toEqual([2, []])
      expect(result.listings).toMatchObject([
        { id: 'a', company: 'Acme, Inc.', title: 'Dev' },
        { id: 'b', company: 'Globex', title: 'Ops', position: 2 }
      ])
    }
  })

  it('reads a header whose trailing delimiters leave columns without a name, as spreadsheets export', async () => {
    const text =
      'id;company;title;url;posted_at;;\r\n' +
      'a;Acme;Dev;https://jobs.example/1;2025-10-22;;\r\n' +
      'b;Globex;Ops;https://jobs.example/2;2025-10-21;;\r\n'

    const result = await loadText('jobs.csv', text)

    expect([result.read, result.invalid]).toEqual([2, []])
    expect(result.listings).toMatchObject([
      { id: 'a', company: 'Acme', title: 'Dev' },
      { id: 'b', company: 'Globex', title: 'Ops' }
    ])
  })

  it('counts the delimiters of the header outside quotes, and takes commas in later rows as text', async () => {
    const text =
      'id;company;title;url;posted_at;"notes, one, two, three, four, five, six"\n' +
      'a;Acme, Inc.;Dev, Backend;https://jobs.example/1;2025-10-22;x, y\n'

    expect((await loadText('jobs.csv', text)).listings).toMatchObject([
      { id: 'a', company: 'Acme, Inc.', title: 'Dev, Backend' }
    ])
  })
})

describe('yaml', () => {
  it('reads the list of a YAML document', async () => {
    const result = await loadFixture('load/listings.yaml')

    expect(withSkills(result.listings)).toMatchObject([
      {
        id: 'y1',
        location: 'Berlin; Remote',
        workType: 'remote',
        postedAt: at('2025-10-22T00:00:00Z'),
        salary: { min: 90000, max: 110000, currency: 'EUR', period: 'year' },
        skills: ['go'],
        categories: ['backend']
      },
      {
        id: 'y2',
        workType: 'hybrid',
        salary: { min: 139000, max: 139000, currency: 'USD', period: 'year' },
        skills: ['rust']
      }
    ])
  })

  it('reads a top-level YAML list', async () => {
    const text =
      '- company: Acme\n  title: Dev\n  url: https://jobs.example/1\n  posted_at: 2025-10-22\n'

    expect((await loadText('jobs.yml', text)).valid).toBe(1)
  })

  it('joins folded and continued lines of a long scalar back into one text', async () => {
    const text = [
      '- company: "Acme \\',
      '    Robotics"',
      '  title: >-',
      '    Senior Backend',
      '    Engineer',
      '  location: "Berlin,\\',
      '    \\ 🇩🇪"',
      '  url: https://jobs.example/1',
      '  posted_at: 2025-10-22',
      ''
    ].join('\n')

    expect((await loadText('jobs.yaml', text)).listings).toMatchObject([
      { company: 'Acme Robotics', title: 'Senior Backend Engineer', location: 'Berlin, 🇩🇪' }
    ])
  })

  it('names the line and column of a syntax error', async () => {
    const text = 'jobs:\n  - company: Acme\n   title: Dev\n'

    await expect(loadText('jobs.yaml', text)).rejects.toThrow(
      /^Listings "jobs.yaml" is not valid YAML \(line 3, column \d+\): /
    )
  })

  it('says where a second document starts, in its own words rather than the library’s', async () => {
    const text = '- company: Acme\n  title: Dev\n---\n- company: Globex\n  title: Ops\n'

    await expect(loadText('jobs.yaml', text)).rejects.toThrow(
      'Listings "jobs.yaml" is not valid YAML (line 3, column 1): a second YAML document starts here (after "---"); put every listing in one list, in one document'
    )
  })

  it('refuses aliases that would balloon the listings (a "billion laughs"), as a BoardError', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 10; level++) {
      const [name, below] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)]
      levels.push(`${name}: &${name} [${Array(9).fill(`*${below}`).join(', ')}]`)
    }
    const error = await loadText('jobs.yaml', levels.join('\n')).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(BoardError)
    expect((error as Error).message).toBe(
      'Listings "jobs.yaml" is not valid YAML (its aliases): its aliases (*name) repeat an anchor (&name) so often that the listings would balloon in memory, the way a resource exhaustion attack is built; write the listings out without aliases'
    )
  })

  it('names an alias without its anchor, as a BoardError', async () => {
    const text = 'jobs:\n  - company: *acme\n    title: Dev\n'

    await expect(loadText('jobs.yaml', text)).rejects.toThrow(
      'Listings "jobs.yaml" is not valid YAML (its aliases): Unresolved alias (the anchor must be set before the alias): acme; write the anchor (&name) before the alias (*name) that repeats it'
    )
  })

  it('reads an alias that repeats a value, as YAML means it', async () => {
    const text = [
      '- { id: a, company: &acme Acme Corp, title: Dev, url: "https://jobs.example/1", posted_at: 2025-10-22 }',
      '- { id: b, company: *acme, title: Ops, url: "https://jobs.example/2", posted_at: 2025-10-22 }'
    ].join('\n')
    const { listings } = await loadText('jobs.yaml', text)
    expect(listings.map(listing => listing.company)).toEqual(['Acme Corp', 'Acme Corp'])
  })

  it("reads a merge key (<<: *name) as the mapping it names, under the record's own keys", async () => {
    const text = [
      '- &acme',
      '  company: Acme',
      '  title: Backend Dev',
      '  url: https://jobs.example/1',
      '  posted_at: 2025-10-20',
      '- <<: *acme',
      '  title: Go Dev',
      '  url: https://jobs.example/2'
    ].join('\n')
    const result = await loadText('jobs.yaml', text)

    expect(result.invalid).toEqual([])
    expect(result.listings.map(({ company, title }) => [company, title])).toEqual([
      ['Acme', 'Backend Dev'],
      ['Acme', 'Go Dev']
    ])
  })

  it('refuses a merge key that names no mapping, at its line', async () => {
    for (const value of ['5', '[1, 2]', '*name'])
      await expect(
        loadText('jobs.yaml', `- company: &name Acme\n  title: Dev\n- <<: ${value}\n  title: Ops\n`)
      ).rejects.toThrow(
        'is not valid YAML (line 3, column 3): a merge key (<<) takes an anchored mapping (<<: *name) or a list of them'
      )
  })

  it('refuses a tag it does not know, at its line, and prints nothing', async () => {
    const printed = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    try {
      await expect(loadText('jobs.yaml', '- company: !foo Acme\n  title: Dev\n')).rejects.toThrow(
        'is not valid YAML (line 1, column 12): Unresolved tag: !foo: YAML here knows no such tag; remove it, or quote the value if the tag is part of its text'
      )
      expect(printed).not.toHaveBeenCalled()
    } finally {
      printed.mockRestore()
    }
  })

  it('refuses merge keys that would balloon the listings, as aliases that would', async () => {
    const levels = ['a0: &a0 { x: 1 }']
    for (let level = 1; level < 12; level++)
      levels.push(
        `a${level}: &a${level} { <<: [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}] }`
      )
    levels.push(`jobs: [*a11]`)

    await expect(loadText('jobs.yaml', levels.join('\n'))).rejects.toThrow(
      'is not valid YAML (its aliases): its aliases (*name) repeat an anchor (&name) so often'
    )
  })
})

describe('a null record', () => {
  const record = (id: string) => sourceRecord({ id })
  it.each([
    ['JSON', 'jobs.json', `[${JSON.stringify(record('a'))}, null]`],
    ['JSONL', 'jobs.jsonl', `${JSON.stringify(record('a'))}\nnull\n`],
    ['YAML', 'jobs.yaml', `- ${JSON.stringify(record('a'))}\n- null\n`]
  ])('is an invalid record in %s, the others read', async (_, name, text) => {
    const result = await loadText(name, text)

    expect(ids(result)).toEqual(['a'])
    expect(result.invalid).toEqual([{ position: 2, reason: 'not an object but null' }])
  })
})

describe('format detection', () => {
  const jsonl = jsonLines(sourceRecord({ id: 'a' }), sourceRecord({ id: 'b' }))
  const csv = 'id,company,title,url,posted_at\na,Acme,Dev,https://jobs.example/a,2025-10-22\n'
  const yaml =
    'listings:\n  - id: a\n    company: Acme\n    title: Dev\n    url: https://jobs.example/a\n    posted_at: 2025-10-22\n'

  it.each([
    ['.ndjson', 'feed.ndjson', jsonl],
    ['.jsonl', 'feed.JSONL', jsonl],
    ['.yml', 'feed.yml', yaml],
    ['.csv', 'data/feed.csv', csv]
  ])('goes by the extension %s', async (_, name, text) => {
    expect(ids(await loadText(name, text))[0]).toBe('a')
  })

  it('prefers listings-format over the extension', async () => {
    expect(ids(await loadText('feed.json', csv, { 'listings-format': 'csv' }))).toEqual(['a'])
  })

  it.each([
    ['a JSON list', JSON.stringify([sourceRecord({ id: 'a' })], null, 2)],
    ['a JSON object', JSON.stringify({ jobs: [sourceRecord({ id: 'a' })] })],
    ['pretty JSON object', JSON.stringify({ jobs: [sourceRecord({ id: 'a' })] }, null, 2)],
    ['JSON lines', jsonl],
    ['YAML', yaml],
    ['CSV', csv]
  ])('recognizes %s without an extension', async (_, text) => {
    expect(ids(await loadText('feed', text))[0]).toBe('a')
  })

  it.each([
    [
      'an RSS feed',
      'feed.xml',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Dev</title></item></channel></rss>\n',
      'is an RSS or Atom feed (XML), which jobs-readme does not read. Give it the listings as JSON, JSONL, CSV or YAML'
    ],
    [
      'an Atom feed without an extension',
      'feed',
      '\uFEFF<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Dev</title></entry></feed>',
      'is an RSS or Atom feed (XML)'
    ],
    [
      'a web page saved as .json',
      'jobs.json',
      '<!DOCTYPE html>\n<html><head><title>listings.json · acme/jobs</title></head></html>\n',
      'is a web page (HTML), not JSON, JSONL, CSV or YAML. Point "listings" at the listings file itself (on GitHub, the "Raw" link)'
    ],
    [
      'other XML as CSV',
      'jobs.csv',
      '  <jobs><job id="1"/></jobs>\n',
      'is XML, not JSON, JSONL, CSV or YAML'
    ]
  ])('names %s, which no format reads', async (_, name, text, problem) => {
    await expect(loadText(name, text)).rejects.toMatchObject({
      code: 'source-format',
      message: expect.stringContaining(`Listings "${name}" ${problem}`)
    })
  })

  it('asks for listings-format when nothing tells the format', async () => {
    await expect(loadText('feed', 'just some words\n')).rejects.toMatchObject({
      code: 'source-format',
      message: expect.stringContaining('Set "listings-format"')
    })
  })
})

describe('field mapping', () => {
  it('reads a SimplifyJobs-shaped feed through fields', async () => {
    const result = await loadFixture('load/simplify.json', {
      fields: 'company=company_name,location=locations,posted_at=date_posted'
    })

    expect(result.invalid).toEqual([])
    expect(result.listings).toMatchObject([
      {
        id: 'a1b2c3',
        company: 'Stripe',
        companyUrl: 'https://stripe.com',
        location: 'San Francisco, CA; Seattle, WA; Remote in USA',
        workType: 'remote',
        postedAt: at('2025-10-22T12:00:00Z'),
        active: true
      },
      {
        id: 'd4e5f6',
        company: 'Ramp',
        location: 'New York, NY',
        workType: 'on_site',
        active: false
      }
    ])
  })

  it('reaches into nested objects and lists with dotted paths', async () => {
    const record = {
      company: { name: 'Acme' },
      title: 'Dev',
      links: [{ href: 'https://jobs.example/1' }],
      meta: { dates: { posted: '2025-10-22' } }
    }
    const fields = 'company=company.name,url=links.0.href,posted_at=meta.dates.posted'

    const result = await loadText('jobs.json', JSON.stringify([record]), { fields })

    expect(result.listings).toMatchObject([{ company: 'Acme', url: 'https://jobs.example/1' }])
  })

  it('reads a path through a list of objects as the list of what each item holds there', async () => {
    // The Muse's jobs: locations, categories and levels are lists of {name}.
    const record = (n: number, locations: object[]) => ({
      name: `Engineer ${n}`,
      company: { name: 'Acme' },
      refs: { landing_page: `https://jobs.example/${n}` },
      publication_date: '2025-10-22T10:00:00Z',
      locations,
      categories: [{ name: 'Software Engineering' }, { name: 'Data Science', id: 3 }]
    })
    const records = [
      record(1, [{ name: 'New York, NY' }, { name: 'Flexible / Remote' }]),
      record(2, [{ id: 7 }, { name: null }]),
      record(3, [])
    ]
    const fields =
      'company=company.name,title=name,url=refs.landing_page,posted_at=publication_date,location=locations.name,categories=categories.name'

    const result = await loadText('jobs.json', JSON.stringify(records), { fields })

    expect(result.invalid).toEqual([])
    expect(result.listings.map(listing => [listing.location, listing.workType])).toEqual([
      ['New York, NY; Flexible / Remote', 'remote'],
      ['', 'on_site'],
      ['', 'on_site']
    ])
    expect(result.listings[0]?.categories).toEqual(['software engineering', 'data science'])
  })

  it('reads a flat key that contains dots before walking the path', async () => {
    const csv = 'company.name,title,url,posted_at\nAcme,Dev,https://jobs.example/1,2025-10-22\n'

    const result = await loadText('jobs.csv', csv, { fields: 'company=company.name' })

    expect(result.listings[0]?.company).toBe('Acme')
  })
})

/** The listings with their skills as a reader gets them: the feed's own, or those found. */
function withSkills(listings: Listing[]): Listing[] {
  return listings.map(listing => ({ ...listing, skills: skillsOf(listing) }))
}
