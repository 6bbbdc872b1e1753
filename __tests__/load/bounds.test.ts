/**
 * Memory bound by the input: a file obeys listings-max-bytes as a URL does (an endless one
 * too), a YAML feed too large to parse whole is refused, and nesting of any depth is named
 * with its line instead of overflowing the stack.
 */
import { describe, expect, it } from '@jest/globals'
import { createReadStream } from 'node:fs'
import { loadListings, type LoadIO } from '../../src/load/load.js'
import { YAML_MAX_BYTES } from '../../src/load/formats.js'
import { configFor, loadText, sourceRecord } from './helpers.js'

/** An io that streams every path from a real file, as the CLI does. */
function streamingFrom(file: string): LoadIO {
  return {
    readFile: async () => undefined,
    streamFile: () => createReadStream(file)
  }
}

describe('listings-max-bytes on a file', () => {
  const feed = JSON.stringify([sourceRecord(), sourceRecord()])

  it('refuses a file read whole that is larger', async () => {
    const limit = String(Buffer.byteLength(feed) - 1)

    await expect(
      loadText('jobs.json', feed, { 'listings-max-bytes': limit })
    ).rejects.toMatchObject({
      code: 'source-too-large',
      message: expect.stringContaining(
        `Listings file "jobs.json" holds more than ${limit} bytes. Raise "listings-max-bytes"`
      )
    })
  })

  it('reads a file of exactly the limit', async () => {
    const limit = String(Buffer.byteLength(feed))

    expect((await loadText('jobs.json', feed, { 'listings-max-bytes': limit })).valid).toBe(2)
  })

  it.each(['json', 'jsonl', 'csv', 'yaml'])(
    'stops a %s stream that never ends at the limit',
    async format => {
      const config = configFor('feed', {
        'listings-format': format,
        'listings-max-bytes': '300000'
      })

      await expect(loadListings(config, streamingFrom('/dev/zero'))).rejects.toMatchObject({
        code: 'source-too-large',
        message: expect.stringContaining('Listings file "feed" holds more than 300000 bytes')
      })
    }
  )
})

describe('a CSV row that never ends', () => {
  it('stops at a megabyte, as the parser slows down on it', async () => {
    const config = configFor('feed.csv', { 'listings-max-bytes': String(100 * 2 ** 20) })

    await expect(loadListings(config, streamingFrom('/dev/zero'))).rejects.toMatchObject({
      code: 'source-parse',
      message: expect.stringContaining(
        'Listings "feed.csv" is not valid CSV (line 1): the row that starts here is longer than 1,048,576 bytes (1 MiB), the most a CSV row may hold. If the row is really this long'
      )
    })
  })
})

describe('a CSV line of delimiters alone', () => {
  const header = 'company,title,url,posted_at\n'
  const row = 'Acme,Dev,https://jobs.example/1,2025-10-22'

  it('is refused at its line, however few bytes its values hold', async () => {
    const text = `${header}${row}\n${row}${','.repeat(5_000_000)}\n`
    await expect(loadText('jobs.csv', text)).rejects.toMatchObject({
      code: 'source-parse',
      message: expect.stringContaining(
        'Listings "jobs.csv" is not valid CSV (line 3): the line that starts here is longer than 4,194,304 characters'
      )
    })
  })

  it('is not a file of many short rows ending in CR alone', async () => {
    const rows = Array.from({ length: 120_000 }, (_, n) => row.replace('/1', `/${n}`))
    const text = `${header.trim()}\r${rows.join('\r')}\r`
    expect(text.length).toBeGreaterThan(4_194_304)
    expect((await loadText('jobs.csv', text, { 'max-age-days': '0' })).valid).toBe(120_000)
  })
})

describe('a large YAML feed', () => {
  const entry =
    '- company: Acme\n  title: Dev\n  url: https://jobs.example/1\n  posted_at: 2025-10-22\n'

  it('is refused before parsing, with a word for JSON or JSONL', async () => {
    const text = entry.repeat(Math.ceil(YAML_MAX_BYTES / entry.length) + 1)

    await expect(loadText('jobs.yaml', text)).rejects.toMatchObject({
      code: 'source-too-large',
      message: expect.stringMatching(
        /^Listings "jobs.yaml" is YAML of more than 10 MiB\. .*publish the feed as JSON or JSONL/
      )
    })
  })
})

describe('deep nesting', () => {
  const unclosed = '['.repeat(10_000)

  it.each([
    ['a JSON array', 'jobs.json', `[\n  ${unclosed}`, 'JSON', 'line 2, column 10003'],
    ['a JSON object', 'jobs.json', `{"jobs":\n  ${unclosed}`, 'JSON', 'line 2, column 10003'],
    ['JSONL', 'jobs.jsonl', `{}\n  ${unclosed}\n{}\n`, 'JSONL', 'line 2, column 10003']
  ])(
    'unclosed 10,000 deep in %s is named by line and column',
    async (_, name, text, format, where) => {
      await expect(loadText(name, text)).rejects.toThrow(
        `Listings "${name}" is not valid ${format} (${where}): unexpected end of input`
      )
    }
  )

  it('closed, it is a record like any other', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const text = `[${JSON.stringify(sourceRecord({ id: 'a' }))}, {"company": ${deep}}]`

    const result = await loadText('jobs.json', text)

    expect(result.listings.map(listing => listing.id)).toEqual(['a'])
    expect(result.invalid).toMatchObject([
      { position: 2, reason: expect.stringContaining('company') }
    ])
  })
})
