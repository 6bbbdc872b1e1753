import { describe, expect, it } from '@jest/globals'
import { BoardSelections } from '../../src/select/select.js'
import { loadListings, MAX_INVALID_KEPT, MAX_WARNINGS } from '../../src/load/load.js'
import { configFor, loadFixture, loadText, memoryIO, sourceRecord } from './helpers.js'

describe('loadListings', () => {
  it('loads the reference listings: 57 valid, 3 invalid with their reasons', async () => {
    const result = await loadFixture('reference/listings.json')

    expect(result.valid).toBe(57)
    expect(result.listings).toHaveLength(57)
    expect(result.invalid).toEqual([
      { position: 24, id: 'bad-1', reason: 'company: missing' },
      { position: 34, id: 'bad-2', reason: 'url: not an http(s) URL' },
      {
        position: 44,
        id: 'bad-3',
        reason:
          'posted_at: not an ISO 8601 date or Unix seconds: "yesterday-ish". Write the day it was posted, YYYY-MM-DD, or its time, YYYY-MM-DDTHH:MM:SSZ'
      }
    ])
    expect(result.source).toBe('reference/listings.json')
  })

  it('keeps only the listings `keep` accepts, in source order, and counts the validated ones', async () => {
    const records = ['Backend Developer', 'iOS Engineer', 'Backend Engineer'].map(title =>
      sourceRecord({ title })
    )
    const result = await loadListings(
      configFor('jobs.json'),
      memoryIO({ 'jobs.json': JSON.stringify(records) }),
      listing => listing.title.startsWith('Backend')
    )

    expect(result.listings.map(listing => [listing.title, listing.position])).toEqual([
      ['Backend Developer', 1],
      ['Backend Engineer', 3]
    ])
    // The iOS record is left out on its title before validation: read, but not counted valid.
    expect(result.valid).toBe(2)
    expect(result.read).toBe(3)
  })

  it('streams JSONL through streamFile, record by record, without reading the file whole', async () => {
    let linesProduced = 0
    let mostAhead = 0
    async function* lines() {
      for (let n = 1; n <= 2000; n++) {
        linesProduced++
        const line = JSON.stringify(
          sourceRecord({ id: `s${n}`, title: n % 2 ? 'Backend' : 'Frontend' })
        )
        // Break each record across two chunks to exercise the line splitter.
        yield Buffer.from(line.slice(0, 20))
        yield Buffer.from(`${line.slice(20)}\n`)
      }
    }
    const io = {
      readFile: async () => {
        throw new Error('readFile must not be called when streamFile gives the file')
      },
      streamFile: () => lines()
    }

    const result = await loadListings(configFor('feed.jsonl'), io, listing => {
      mostAhead = Math.max(mostAhead, linesProduced - listing.position)
      return listing.title === 'Backend'
    })

    expect(result.valid).toBe(1000)
    expect(result.read).toBe(2000)
    expect(result.listings).toHaveLength(1000)
    expect(result.listings[999]?.id).toBe('s1999')
    expect(mostAhead).toBeLessThanOrEqual(1)
  })

  it.each([1, 7, 64])(
    'reads JSONL streamed %i characters at a time: CRLF, blank lines, a last line without its end, the line of an error',
    async size => {
      const record = (id: string) => JSON.stringify(sourceRecord({ id, title: 'Backend' }))
      const good = `${record('a')}\r\n\r\n  \t\n${record('b')}\n\n${record('c')}`
      const bad = `${record('a')}\r\n\n${record('b').replace('"title"', '"title" "')}\n${record('c')}\n`
      const pieces = (text: string) => ({
        readFile: async () => {
          throw new Error('streamed')
        },
        streamFile: async function* () {
          for (let at = 0; at < text.length; at += size)
            yield Buffer.from(text.slice(at, at + size))
        }
      })

      const result = await loadListings(configFor('feed.jsonl'), pieces(good))
      expect(result.listings.map(listing => [listing.id, listing.position])).toEqual([
        ['a', 1],
        ['b', 2],
        ['c', 3]
      ])
      await expect(loadListings(configFor('feed.jsonl'), pieces(bad))).rejects.toThrow(
        /is not valid JSONL \(line 3, column \d+\)/
      )
    }
  )

  it.each([1, 2, 5, 64])(
    'reads a feed streamed as bytes %i at a time: characters split across pieces, the byte order mark dropped, the limit in bytes',
    async size => {
      const records = [
        sourceRecord({ id: 'a', company: 'Zürich Café 😮‍💨', title: 'Backend' }),
        sourceRecord({ id: 'b', company: '東京 Labs', title: 'Backend' })
      ]
      const bytes = Buffer.from(`\uFEFF${JSON.stringify(records)}`)
      const io = {
        readFile: async () => {
          throw new Error('streamed')
        },
        streamFile: async function* () {
          // One buffer, read into again for each piece, as the CLI's reader reuses its own.
          const piece = Buffer.alloc(size)
          for (let at = 0; at < bytes.length; at += size) {
            const length = bytes.copy(piece, 0, at, at + size)
            yield piece.subarray(0, length)
          }
        }
      }

      const result = await loadListings(
        configFor('feed.json', { 'listings-max-bytes': String(bytes.length) }),
        io
      )
      expect(result.listings.map(listing => listing.company)).toEqual([
        'Zürich Café 😮‍💨',
        '東京 Labs'
      ])
      await expect(
        loadListings(configFor('feed.json', { 'listings-max-bytes': String(bytes.length - 1) }), io)
      ).rejects.toMatchObject({ code: 'source-too-large' })
    }
  )

  it.each([1, 3, 64])(
    'reads bytes that are not UTF-8, streamed %i at a time, as replacement characters',
    async size => {
      const line = (id: string, company: string) =>
        JSON.stringify(sourceRecord({ id, company, title: 'Backend' }))
      // @1: a lead byte without its continuation; @2: a stray continuation byte; @3: the
      // first two bytes of a three-byte character, where the file ends.
      const BYTES: Record<string, number[]> = { '@1': [0xc3], '@2': [0x80], '@3': [0xe6, 0x9d] }
      const bytesOf = (text: string) =>
        Buffer.concat(text.split(/(@\d)/).map(part => Buffer.from(BYTES[part] ?? part)))
      const streamed = (bytes: Buffer) => streamedBytes(bytes, size)
      const lines = `${line('a', 'Caf@1')}\n${line('b', 'Zu@2rich')}\n`

      const result = await loadListings(configFor('feed.jsonl'), streamed(bytesOf(lines)))
      expect(result.listings.map(listing => listing.company)).toEqual(['Caf\uFFFD', 'Zu\uFFFDrich'])
      // The cut character is a last line of its own, which is not JSON.
      await expect(
        loadListings(configFor('feed.jsonl'), streamed(bytesOf(`${lines}@3`)))
      ).rejects.toThrow(/is not valid JSONL \(line 3/)
    }
  )

  it.each([1, 64])(
    'refuses a UTF-16 feed (Excel\'s "Unicode Text"), streamed %i bytes at a time or read whole, saying to save it as UTF-8',
    async size => {
      const text =
        'company\ttitle\turl\tposted_at\nAcme\tBackend\thttps://acme.example/1\t2025-10-20\n'
      const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      const big = Buffer.from(little.subarray(2)).swap16()
      for (const bytes of [little, Buffer.concat([Buffer.from([0xfe, 0xff]), big])]) {
        const streamed = streamedBytes(bytes, size)
        // The action reads a repository file whole, as UTF-8 text.
        const whole = memoryIO({ 'jobs.csv': bytes.toString('utf8') })
        for (const io of [streamed, whole])
          await expect(loadListings(configFor('jobs.csv'), io)).rejects.toMatchObject({
            code: 'source-format',
            message: expect.stringMatching(
              /^Listings "jobs\.csv" is UTF-16 text .*Save it as UTF-8: in Excel, as "CSV UTF-8/
            ) as unknown as string
          })
      }
      // A UTF-8 feed whose first value is a replacement character still loads.
      const feed = JSON.stringify([sourceRecord({ company: '\uFFFD\uFFFD Labs' })])
      const result = await loadListings(configFor('jobs.json'), memoryIO({ 'jobs.json': feed }))
      expect(result.listings.map(listing => listing.company)).toEqual(['\uFFFD\uFFFD Labs'])
    }
  )

  it.each([1, 64])(
    'refuses a UTF-16 feed without a byte order mark (NUL in every other byte), streamed %i bytes at a time or read whole, saying to save it as UTF-8',
    async size => {
      const text =
        'company,title,url,posted_at\r\nAcme,Backend,https://acme.example/1,2025-10-20\r\n'
      const little = Buffer.from(text, 'utf16le')
      const big = Buffer.from(little).swap16()
      for (const bytes of [little, big]) {
        const streamed = streamedBytes(bytes, size)
        const whole = memoryIO({ 'jobs.csv': bytes.toString('utf8') })
        for (const io of [streamed, whole])
          await expect(loadListings(configFor('jobs.csv'), io)).rejects.toMatchObject({
            code: 'source-format',
            message: expect.stringMatching(
              /^Listings "jobs\.csv" is UTF-16 text \(every other byte of its start is NUL.*Save it as UTF-8: in Excel, as "CSV UTF-8/
            ) as unknown as string
          })
      }
    }
  )

  it.each([1, 64])(
    'refuses a workbook or a compressed file given as listings, streamed %i bytes at a time or read whole, saying what it is and what to do',
    async size => {
      const cases = [
        // The first bytes of each: a ZIP archive (.xlsx, .ods), an OLE2 file (.xls), gzip.
        [
          [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
          /is a ZIP archive, such as an Excel workbook \(\.xlsx\).*"CSV UTF-8 \(Comma delimited\)"/
        ],
        [
          [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0],
          /is an Excel 97-2003 workbook \(\.xls\), not text\. Save the sheet as CSV/
        ],
        [
          [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00],
          /is a gzip-compressed file, not text\. Decompress it/
        ]
      ] as const
      for (const [start, message] of cases) {
        const bytes = Buffer.concat([Buffer.from(start), Buffer.alloc(100, 0x41)])
        const whole = memoryIO({ 'jobs.csv': bytes.toString('utf8') })
        for (const io of [streamedBytes(bytes, size), whole])
          await expect(loadListings(configFor('jobs.csv'), io)).rejects.toMatchObject({
            code: 'source-format',
            message: expect.stringMatching(message) as unknown as string
          })
      }
    }
  )

  it.each([1, 64])(
    'warns of a feed saved in another encoding (Excel\'s CSV with ";", Windows-1252), streamed %i bytes at a time or read whole',
    async size => {
      const text =
        'id;company;title;url;posted_at;categories\r\n' +
        '1;Zürich Café;Backend;https://zc.example/1;2025-10-20;backend\r\n' +
        '2;Acme;Backend;https://acme.example/2;2025-10-21;backend\r\n'
      const bytes = Buffer.from(text, 'latin1') // Windows-1252 and Latin-1 agree on ü and é
      const streamed = streamedBytes(bytes, size)
      // The action reads a repository file whole, as UTF-8 text.
      const whole = memoryIO({ 'jobs.csv': bytes.toString('utf8') })
      for (const io of [streamed, whole]) {
        const result = await loadListings(configFor('jobs.csv'), io)
        expect(result.listings.map(listing => listing.company)).toEqual([
          'Z\uFFFDrich Caf\uFFFD',
          'Acme'
        ])
        expect(result.warnings[0]).toBe(
          'Listings "jobs.csv" holds 2 replacement characters (U+FFFD, "\uFFFD"), the mark of text that was not UTF-8 when it was saved or read (the first in "d_at;categories 1;Z\uFFFDrich Caf\uFFFD;Backend;h"); the board shows "\uFFFD" there. Save the file as UTF-8: in Excel, as "CSV UTF-8 (Comma delimited)".'
        )
      }
      // The same feed in UTF-8 (and an escaped U+FFFD in JSON, which is not a raw one) warns of nothing.
      const utf8 = await loadListings(configFor('jobs.csv'), memoryIO({ 'jobs.csv': text }))
      expect(utf8.warnings).toEqual([])
      const escaped = JSON.stringify([sourceRecord({ company: 'Acme' })]).replace(
        'Acme',
        'Acme \\ufffd'
      )
      const json = await loadListings(configFor('jobs.json'), memoryIO({ 'jobs.json': escaped }))
      expect(json.warnings).toEqual([])
    }
  )

  it('tells a JSON or YAML file with replacement characters to be saved as UTF-8, without Excel', async () => {
    const json = JSON.stringify([sourceRecord({ company: 'Zürich Café' })])
    const yaml =
      '- company: Zürich Café\n  title: Dev\n  url: https://zc.example/1\n  posted_at: 2025-10-20\n'
    for (const [path, text] of [
      ['jobs.json', json],
      ['jobs.yml', yaml]
    ] as const) {
      const bytes = Buffer.from(text, 'latin1')
      const result = await loadListings(
        configFor(path),
        memoryIO({ [path]: bytes.toString('utf8') })
      )
      expect(result.listings[0]?.company).toBe('Z\uFFFDrich Caf\uFFFD')
      expect(result.warnings[0]).toMatch(
        new RegExp(
          `^Listings "${path.replace('.', '\\.')}" holds 2 replacement characters .*the board shows "\uFFFD" there\\. Save the file as UTF-8 \\(the encoding setting of the editor or script that writes it\\)\\.$`
        )
      )
      expect(result.warnings[0]).not.toContain('Excel')
    }
  })

  it('reads through readFile when streamFile does not have the file', async () => {
    const io = {
      ...memoryIO({ 'jobs.json': JSON.stringify([sourceRecord()]) }),
      streamFile: () => undefined
    }

    const result = await loadListings(configFor('jobs.json'), io)

    expect(result.valid).toBe(1)
  })

  it('fails with source-not-found for a missing file', async () => {
    await expect(loadListings(configFor('nope.json'), memoryIO({}))).rejects.toMatchObject({
      code: 'source-not-found',
      message: expect.stringContaining('"nope.json"')
    })
  })

  it('refuses a URL with a scheme other than http(s)', async () => {
    await expect(
      loadListings(configFor('ftp://feeds.example/jobs.json'), memoryIO({}))
    ).rejects.toMatchObject({
      code: 'source-scheme',
      message: expect.stringContaining('"ftp"')
    })
  })

  it('lists at most MAX_WARNINGS warnings and counts the rest', async () => {
    const records = Array.from({ length: MAX_WARNINGS + 5 }, () =>
      sourceRecord({ company_url: 'ftp://acme.example' })
    )

    const result = await loadText('jobs.json', JSON.stringify(records))

    expect(result.valid).toBe(MAX_WARNINGS + 5)
    expect(result.warnings).toHaveLength(MAX_WARNINGS + 1)
    expect(result.warnings.at(-1)).toBe('5 more warnings like these.')
  })

  it('keeps the first MAX_INVALID_KEPT invalid records whole and counts the rest', async () => {
    // A title alone: a listing without the rest (a record of no listing field is no listing).
    const lines = Array.from({ length: MAX_INVALID_KEPT + 50 }, () => '{"title": "Dev"}')
    lines.push(JSON.stringify(sourceRecord()))

    const result = await loadText('jobs.jsonl', `${lines.join('\n')}\n`)

    expect(result.invalid).toHaveLength(MAX_INVALID_KEPT)
    expect(result.invalid[0]).toMatchObject({ position: 1, reason: expect.any(String) })
    expect(result.invalid.at(-1)?.position).toBe(MAX_INVALID_KEPT)
    expect(result.invalidCount).toBe(MAX_INVALID_KEPT + 50)
    expect(result.valid).toBe(1)
  })

  it('hands valid listings to a sink instead of collecting them', async () => {
    const records = ['Backend Developer', 'iOS Engineer'].map(title => sourceRecord({ title }))
    const selections = new BoardSelections([
      { category: 'backend', now: new Date('2025-10-22T20:30:00Z'), maxAgeDays: 30, maxRows: 5 }
    ])

    const result = await loadListings(
      configFor('jobs.json'),
      memoryIO({ 'jobs.json': JSON.stringify(records) }),
      selections
    )

    expect(result.listings).toEqual([])
    expect(selections.rows(0).map(listing => listing.title)).toEqual(['Backend Developer'])
  })
})

/** An io that streams `bytes` in pieces of `size` bytes, as the CLI does, and reads no file whole. */
function streamedBytes(bytes: Uint8Array, size: number) {
  return {
    readFile: async (): Promise<string | undefined> => {
      throw new Error('streamed')
    },
    streamFile: async function* () {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
    }
  }
}
