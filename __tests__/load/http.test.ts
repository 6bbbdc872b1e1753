import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import zlib from 'node:zlib'
import type { ResolvedAddress } from '../../src/load/http-addresses.js'
import { fetchText } from '../../src/load/http.js'
import { loadListings } from '../../src/load/load.js'
import { fileAddress } from '../../src/load/source.js'
import { errors } from '../../src/errors.js'
import { configFor, memoryIO, serve, sourceRecord, type TestServer } from './helpers.js'

const SECRET = 's3cret-feed-key'
const FEED = JSON.stringify([sourceRecord({ id: 'a' }), sourceRecord({ id: 'b' })])

let servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(server => server.close()))
  servers = []
})

async function server(handler: Parameters<typeof serve>[0]): Promise<TestServer> {
  const started = await serve(handler)
  servers.push(started)
  return started
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  contentType = 'application/json'
) {
  response.writeHead(status, { 'content-type': contentType })
  response.end(body)
}

/** Loads `url` as the action would, with a 1 s timeout and the secret header. */
function loadUrl(url: string, inputs: Record<string, string> = {}) {
  const config = configFor(url, {
    'listings-timeout': '1',
    'listings-header': `X-Feed-Key: ${SECRET}`,
    ...inputs
  })
  return loadListings(config, memoryIO({}))
}

/** fetchText with the limits of a test: 1 s, 1 MB, retries 10 ms apart. */
function fetchQuickly(url: string) {
  return fetchText(url, { timeoutSeconds: 1, maxBytes: 1_000_000, retryDelaysMs: [10, 10] })
}

describe('a URL source', () => {
  it('loads the feed and sends the listings-header', async () => {
    const feed = await server((request, response) => send(response, 200, FEED))

    const result = await loadUrl(feed.url('/api/jobs'))

    expect(result.listings.map(listing => listing.id)).toEqual(['a', 'b'])
    expect(result.source).toBe(feed.url('/api/jobs'))
    expect(feed.requests[0]?.headers['x-feed-key']).toBe(SECRET)
  })

  it('tells the format by the content type', async () => {
    const jsonl = FEED.slice(1, -1).replace('},{', '}\n{')
    const feed = await server((request, response) =>
      send(response, 200, jsonl, 'application/x-ndjson; charset=utf-8')
    )

    expect((await loadUrl(feed.url('/export'))).valid).toBe(2)
  })

  it.each([
    ['204 No Content', 204, undefined],
    ['an empty body of no type', 200, undefined],
    ['an empty text/plain body', 200, 'text/plain']
  ])('says a feed of %s is empty, not of an unknown format', async (_, status, type) => {
    const feed = await server((request, response) => {
      response.writeHead(status, type ? { 'content-type': type } : {})
      response.end()
    })

    await expect(loadUrl(feed.url('/export'))).rejects.toMatchObject({
      code: 'source-parse',
      message: expect.stringContaining(
        `Listings "${feed.url('/export')}" is empty: whatever writes it wrote nothing`
      )
    })
  })

  it('decodes the charset the server declares', async () => {
    const csv = 'company,title,url,posted_at\nSchréder,Dev,https://jobs.example/1,2025-10-22\n'
    const feed = await server((request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv; charset=iso-8859-1' })
      response.end(Buffer.from(csv, 'latin1'))
    })

    expect((await loadUrl(feed.url('/export'))).listings[0]?.company).toBe('Schréder')
  })

  it.each([
    [
      'text/csv',
      'company,title,url,posted_at\nZürich Café,Dev,https://jobs.example/1,2025-10-22\n'
    ],
    ['application/json', JSON.stringify([sourceRecord({ company: 'Zürich Café' })])]
  ])(
    'tells a server sending %s that is not UTF-8 to send UTF-8 or declare its charset, not to use Excel',
    async (contentType, body) => {
      const feed = await server((request, response) => {
        response.writeHead(200, { 'content-type': contentType })
        response.end(Buffer.from(body, 'latin1'))
      })

      const { listings, warnings } = await loadUrl(feed.url('/export'))

      expect(listings[0]?.company).toBe('Z\uFFFDrich Caf\uFFFD')
      expect(warnings[0]).toContain(
        `The server sends bytes that are not UTF-8, and its Content-Type header declares no charset or another one: have it send UTF-8, or declare the charset it sends (as "${contentType}; charset=windows-1252").`
      )
      expect(warnings[0]).not.toContain('Excel')
    }
  )

  it('reads a JSON feed by the charset it declares when its bytes are not UTF-8', async () => {
    const body = JSON.stringify([sourceRecord({ company: 'Müller AG', location: 'Zürich' })])
    const feed = await server((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=iso-8859-1' })
      response.end(Buffer.from(body, 'latin1'))
    })

    const { listings } = await loadUrl(feed.url('/jobs'))

    expect(listings[0]).toMatchObject({ company: 'Müller AG', location: 'Zürich' })
  })

  it.each([
    ['JSON by its media type', '/jobs', 'application/json; charset=iso-8859-1', {}],
    ['JSON by its address', '/jobs.json', 'text/plain; charset=iso-8859-1', {}],
    ['JSON by its first bytes', '/export', 'text/plain; charset=windows-1252', {}],
    [
      'JSONL by listings-format',
      '/export',
      'text/plain; charset=iso-8859-1',
      { 'listings-format': 'jsonl' }
    ],
    ['YAML by its media type', '/jobs', 'application/yaml; charset=iso-8859-1', {}]
  ])(
    'reads %s as UTF-8 whatever charset its label declares',
    async (_, path, contentType, inputs: Record<string, string>) => {
      const record = sourceRecord({ company: 'Müller AG', location: 'Zürich' })
      const body =
        inputs['listings-format'] === 'jsonl'
          ? `${JSON.stringify(record)}\n${JSON.stringify(sourceRecord())}\n`
          : contentType.startsWith('application/yaml')
            ? `- company: Müller AG\n  title: Dev\n  url: https://jobs.example/1\n  posted_at: 2025-10-22\n  location: Zürich\n`
            : JSON.stringify([record])
      const feed = await server((request, response) => {
        response.writeHead(200, { 'content-type': contentType })
        response.end(Buffer.from(body, 'utf8'))
      })

      const { listings } = await loadUrl(feed.url(path), inputs)

      expect(listings[0]).toMatchObject({ company: 'Müller AG', location: 'Zürich' })
    }
  )

  it.each([
    ['UTF-8', Buffer.from([0xef, 0xbb, 0xbf]), 'utf8'],
    ['UTF-16LE', Buffer.from([0xff, 0xfe]), 'utf16le']
  ] as const)(
    'decodes a CSV by its %s byte order mark, not the charset its label declares',
    async (_, bom, encoding) => {
      const csv =
        'company,title,url,posted_at\r\nMüller AG,Dev,https://jobs.example/1,2025-10-22\r\n'
      const feed = await server((request, response) => {
        response.writeHead(200, { 'content-type': 'text/csv; charset=iso-8859-1' })
        response.end(Buffer.concat([bom, Buffer.from(csv, encoding)]))
      })

      const { listings } = await loadUrl(feed.url('/jobs.csv'))

      expect(listings[0]).toMatchObject({ company: 'Müller AG', title: 'Dev' })
    }
  )

  it('says a CSV served as application/json looks like CSV, and names listings-format: csv', async () => {
    const csv = 'company,title,url,posted_at\nAcme,Dev,https://jobs.example/1,2025-10-22\n'
    const feed = await server((request, response) => send(response, 200, csv, 'application/json'))

    await expect(loadUrl(feed.url('/export'))).rejects.toMatchObject({
      code: 'source-parse',
      message: expect.stringContaining(
        'the text looks like CSV, a first line of names separated by "," (company, title, url, ...), not JSON. If the feed is CSV, name it .csv or set "listings-format: csv"'
      )
    })
    const read = await loadUrl(feed.url('/export'), { 'listings-format': 'csv' })
    expect(read.listings.map(listing => listing.company)).toEqual(['Acme'])
  })

  it('fails on 404 with the status, without retrying', async () => {
    const feed = await server((request, response) => send(response, 404, 'Not Found', 'text/plain'))

    await expect(loadUrl(feed.url('/jobs.json'))).rejects.toMatchObject({
      code: 'source-http',
      message: expect.stringContaining(`${feed.url('/jobs.json')} answered 404 Not Found`)
    })
    expect(feed.requests).toHaveLength(1)
  })

  it('never shows the header value in a message', async () => {
    const feed = await server((request, response) =>
      send(response, 401, `bad key ${SECRET}`, 'text/plain')
    )

    const error = await loadUrl(feed.url('/jobs.json')).catch((caught: Error) => caught)

    expect(error).toMatchObject({
      code: 'source-http',
      message: expect.stringContaining('listings-header')
    })
    expect(String((error as Error).message)).not.toContain(SECRET)
  })

  it('retries a server error and succeeds', async () => {
    let calls = 0
    const feed = await server((request, response) =>
      ++calls === 1 ? send(response, 500, 'oops') : send(response, 200, FEED)
    )

    const fetched = await fetchQuickly(feed.url('/jobs.json'))

    expect(fetched.text).toBe(FEED)
    expect(feed.requests).toHaveLength(2)
  })

  it('gives up after three tries', async () => {
    const feed = await server((request, response) => send(response, 503, 'busy', 'text/plain'))

    await expect(fetchQuickly(feed.url('/jobs.json'))).rejects.toMatchObject({
      code: 'source-http',
      message: expect.stringContaining('answered 503')
    })
    expect(feed.requests).toHaveLength(3)
  })

  it('waits as long as a Retry-After asks before trying again', async () => {
    const times: number[] = []
    const feed = await server((request, response) => {
      times.push(Date.now())
      if (times.length > 1) return send(response, 200, FEED)
      response.writeHead(429, { 'retry-after': '1' })
      response.end()
    })

    const fetched = await fetchText(feed.url('/jobs.json'), {
      timeoutSeconds: 5,
      maxBytes: 1_000_000,
      retryDelaysMs: [10, 10]
    })

    expect(fetched.text).toBe(FEED)
    // The planned 10 ms would have come back far sooner than the second it asked for.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950)
  })

  it.each([
    ['seconds', () => '3600'],
    ['an HTTP date', () => new Date(Date.now() + 3_600_000).toUTCString()]
  ])(
    'fails at once when a Retry-After in %s asks for longer than a run waits',
    async (_, after) => {
      const feed = await server((request, response) => {
        response.writeHead(503, { 'retry-after': after() })
        response.end()
      })

      await expect(fetchQuickly(feed.url('/jobs.json'))).rejects.toThrow(
        /answered 503 Service Unavailable\. It asks to be tried again in 3,[56]\d\d s, longer than a run waits \(60 s\): the next scheduled run tries again\./
      )
      expect(feed.requests).toHaveLength(1)
    }
  )

  it('reports a server that cannot be reached', async () => {
    const gone = await serve(() => {})
    const url = gone.url('/jobs.json')
    await gone.close()

    await expect(fetchQuickly(url)).rejects.toMatchObject({
      code: 'source-http',
      message: expect.stringContaining('could not be reached (ECONNREFUSED)')
    })
  })

  it('times out on a server that never answers', async () => {
    const feed = await server(() => {})
    const started = Date.now()

    await expect(loadUrl(feed.url('/jobs.json'))).rejects.toMatchObject({
      code: 'source-timeout',
      message: expect.stringContaining('within 1 s')
    })
    expect(Date.now() - started).toBeLessThan(2500)
  })

  it('times out on a server that trickles bytes forever', async () => {
    const feed = await server((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('[')
      const drip = setInterval(() => response.write(' '), 100)
      response.on('close', () => clearInterval(drip))
    })
    const started = Date.now()

    await expect(loadUrl(feed.url('/jobs.json'))).rejects.toMatchObject({ code: 'source-timeout' })
    expect(Date.now() - started).toBeLessThan(2500)
  })

  it('stops reading a body as soon as it passes listings-max-bytes', async () => {
    const feed = await server((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write(`[${' '.repeat(600)}`)
      response.write(' '.repeat(600))
      // Never ends: only a limit checked while streaming can fail before the timeout.
    })

    await expect(
      loadUrl(feed.url('/jobs.json'), { 'listings-max-bytes': '1000', 'listings-timeout': '5' })
    ).rejects.toMatchObject({
      code: 'source-too-large',
      message: expect.stringContaining('more than 1000 bytes')
    })
  })

  it('refuses a declared length above listings-max-bytes before reading', async () => {
    const feed = await server((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' })
      response.write('[')
    })

    await expect(
      loadUrl(feed.url('/jobs.json'), { 'listings-max-bytes': '1000' })
    ).rejects.toMatchObject({
      code: 'source-too-large'
    })
  })

  describe('a compressed body', () => {
    // A CSV feed: cut anywhere, it still parses, one link or row shorter.
    const csv =
      'id,company,title,url,posted_at\n' +
      Array.from(
        { length: 40 },
        (_, i) =>
          `job-${i},Acme ${i},Engineer ${i},https://jobs.example/postings/${i}abcdef,2025-10-22`
      ).join('\n') +
      '\n'
    const codings: Record<string, (bytes: Buffer) => Buffer> = {
      gzip: bytes => zlib.gzipSync(bytes),
      br: bytes => zlib.brotliCompressSync(bytes),
      deflate: bytes => zlib.deflateSync(bytes),
      'deflate (raw)': bytes => zlib.deflateRawSync(bytes)
    }

    /** Serves the CSV in `coding`, without its last `cut` bytes (chunked: no length to check). */
    async function compressed(coding: string, cut: number) {
      const body = codings[coding]!(Buffer.from(csv))
      return server((request, response) => {
        response.writeHead(200, {
          'content-type': 'text/csv',
          'content-encoding': coding.split(' ')[0]!
        })
        response.end(body.subarray(0, body.length - cut))
      })
    }

    it.each(Object.keys(codings))('loads a whole %s body', async coding => {
      const feed = await compressed(coding, 0)

      const result = await loadUrl(feed.url('/jobs'))

      expect(result.listings).toHaveLength(40)
      expect(result.listings[39]?.url).toBe('https://jobs.example/postings/39abcdef')
    })

    it.each(Object.keys(codings))(
      'fails on a %s body cut short, rather than publish its shortened rows',
      async coding => {
        const feed = await compressed(coding, coding === 'gzip' ? 11 : 3)

        await expect(loadUrl(feed.url('/jobs'))).rejects.toMatchObject({
          code: 'source-broken',
          message: expect.stringMatching(
            /answered, but its body was cut off or corrupt .*try again later/
          )
        })
        // Retried as a broken transfer is.
        expect(feed.requests.length).toBe(3)
      }
    )

    it.each(['gzip', 'br', 'gzip, br'])(
      'says an empty %s body is empty, without trying again',
      async coding => {
        const feed = await server((request, response) => {
          response.writeHead(200, {
            'content-type': 'application/json',
            'content-encoding': coding
          })
          response.end()
        })
        const url = feed.url('/jobs.json')

        await expect(loadUrl(url)).rejects.toMatchObject({
          code: 'source-parse',
          message: expect.stringContaining(
            `Listings "${url}" is empty: whatever writes it wrote nothing`
          )
        })
        expect(feed.requests.length).toBe(1)
      }
    )

    it('stops at listings-max-bytes counted after decompressing', async () => {
      const bomb = zlib.gzipSync(Buffer.from(`[${' '.repeat(200_000)}]`))
      const feed = await server((request, response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        response.end(bomb)
      })

      await expect(
        loadUrl(feed.url('/jobs.json'), { 'listings-max-bytes': '10000' })
      ).rejects.toMatchObject({ code: 'source-too-large' })
    })
  })

  it('follows a redirect on the same server, keeping the header', async () => {
    const feed = await server((request, response) => {
      if (request.url === '/latest') {
        response.writeHead(302, { location: '/2025-10-22.json' })
        response.end()
      } else send(response, 200, FEED, 'text/plain')
    })

    const result = await loadUrl(feed.url('/latest'))

    expect(result.valid).toBe(2)
    expect(feed.requests.map(request => [request.url, request.headers['x-feed-key']])).toEqual([
      ['/latest', SECRET],
      ['/2025-10-22.json', SECRET]
    ])
  })

  it('does not send the header to another origin a redirect leads to', async () => {
    const cdn = await server((request, response) => send(response, 200, FEED))
    const feed = await server((request, response) => {
      response.writeHead(307, { location: cdn.url('/signed/jobs.json') })
      response.end()
    })

    expect((await loadUrl(feed.url('/jobs'))).valid).toBe(2)
    expect(feed.requests[0]?.headers['x-feed-key']).toBe(SECRET)
    expect(cdn.requests[0]?.headers['x-feed-key']).toBeUndefined()
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://files.example/jobs.json'])(
    'refuses a redirect to %s',
    async location => {
      const feed = await server((request, response) => {
        response.writeHead(301, { location })
        response.end()
      })

      await expect(loadUrl(feed.url('/jobs.json'))).rejects.toMatchObject({
        code: 'source-scheme',
        message: expect.stringContaining(`leads to a "${location.split(':')[0]}" address`)
      })
    }
  )

  it('stops an endless redirect loop', async () => {
    const feed = await server((request, response) => {
      response.writeHead(302, { location: '/again' })
      response.end()
    })

    await expect(loadUrl(feed.url('/jobs.json'))).rejects.toMatchObject({
      code: 'source-http',
      message: expect.stringContaining('more than 5 redirects')
    })
    expect(feed.requests).toHaveLength(6)
  })

  it('says so when a .json URL gives a web page', async () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>...</body></html>'
    const feed = await server((request, response) =>
      send(response, 200, page, 'text/html; charset=utf-8')
    )

    await expect(loadUrl(feed.url('/jobs.json'))).rejects.toMatchObject({
      code: 'source-format',
      message: expect.stringContaining('sent a web page (text/html)')
    })
  })

  it.each([
    [
      'a file’s page on GitHub',
      'https://github.com/acme/board/blob/main/data/jobs.json',
      'https://raw.githubusercontent.com/acme/board/main/data/jobs.json, the file itself.'
    ],
    [
      'a gist',
      'https://gist.github.com/acme/0123abcd',
      'https://gist.githubusercontent.com/acme/0123abcd/raw, the file itself.'
    ],
    [
      'a file’s page on GitLab',
      'https://gitlab.com/acme/jobs/board/-/blob/main/jobs.csv',
      'https://gitlab.com/acme/jobs/board/-/raw/main/jobs.csv, the file itself.'
    ],
    [
      'a Google Sheet being edited',
      'https://docs.google.com/spreadsheets/d/1AbC-d_9/edit?gid=42#gid=42',
      'https://docs.google.com/spreadsheets/d/1AbC-d_9/export?format=csv&gid=42 (the sheet as CSV; share it as "Anyone with the link" (Viewer), or use File > Share > Publish to web > CSV).'
    ],
    [
      'a Dropbox share',
      'https://www.dropbox.com/s/x1/jobs.csv?dl=0',
      'https://www.dropbox.com/s/x1/jobs.csv?dl=1, the file itself.'
    ]
  ])('names the file itself when the web page is %s', (_, page, advice) => {
    const file = fileAddress(page)
    expect(errors.sourceWebPage(page, 'text/html', file).message).toBe(
      `Listings URL ${page} sent a web page (text/html), not JSON, JSONL, CSV or YAML. Set "listings" to ${advice}`
    )
  })

  it('names no file for a page of another site, or a raw file', () => {
    expect(fileAddress('https://jobs.example/board')).toBeUndefined()
    expect(fileAddress('https://github.com/acme/board')).toBeUndefined()
    expect(
      fileAddress('https://raw.githubusercontent.com/acme/board/main/jobs.json')
    ).toBeUndefined()
    expect(fileAddress('https://www.dropbox.com/s/x/jobs.csv?dl=1')).toBeUndefined()
  })

  it('still loads a feed the server mislabels as text/html', async () => {
    const feed = await server((request, response) => send(response, 200, FEED, 'text/html'))

    expect((await loadUrl(feed.url('/jobs.json'))).valid).toBe(2)
  })
})

/**
 * A resolver standing in for DNS. Every name a test connects to resolves to 127.0.0.1, where
 * the test servers are; `public.example` and `cdn.example` play public hosts (their scope is
 * given), the others get the scope of their address, and the refusal must come before any
 * connection to it.
 */
const NAMES: Record<string, ResolvedAddress[]> = {
  'public.example': [{ address: '127.0.0.1', family: 4, scope: 'public' }],
  'cdn.example': [{ address: '127.0.0.1', family: 4, scope: 'public' }],
  'raw.githubusercontent.com': [{ address: '127.0.0.1', family: 4, scope: 'public' }],
  'internal.example': [{ address: '127.0.0.1', family: 4 }],
  'metadata.example': [{ address: '169.254.169.254', family: 4 }],
  'office.example': [{ address: '192.168.1.20', family: 4 }],
  'ula.example': [{ address: 'fd12:3456::1', family: 6 }],
  'mapped.example': [{ address: '::ffff:169.254.169.254', family: 6 }],
  'split.example': [
    { address: '127.0.0.1', family: 4, scope: 'public' },
    { address: '10.1.2.3', family: 4 }
  ]
}

/** fetchText through the stand-in resolver; `resolved` collects the names it was asked. */
function fetchResolving(url: string, resolved: string[] = []) {
  return fetchText(url, {
    timeoutSeconds: 2,
    maxBytes: 1_000_000,
    retryDelaysMs: [10, 10],
    resolve: async hostname => {
      resolved.push(hostname)
      const addresses = NAMES[hostname]
      if (!addresses)
        throw Object.assign(new Error(`no test name ${hostname}`), { code: 'ENOTFOUND' })
      return addresses
    }
  })
}

/** A server that redirects `/jobs.json` to `location(port)` and serves the feed elsewhere. */
async function redirecting(location: (port: string) => string): Promise<TestServer> {
  return server((request, response) => {
    if (request.url === '/jobs.json') {
      const port = new URL(`http://${request.headers.host}`).port
      response.writeHead(302, { location: location(port) })
      response.end()
    } else send(response, 200, FEED)
  })
}

function portOf(test: TestServer): string {
  return new URL(test.url()).port
}

describe('where a redirect may lead', () => {
  it.each([
    [
      'a name that resolves to loopback',
      (port: string) => `http://internal.example:${port}/admin`,
      '127.0.0.1, a loopback'
    ],
    [
      'the cloud metadata address by name',
      () => 'http://metadata.example/latest/meta-data/',
      '169.254.169.254, a link-local'
    ],
    [
      'the cloud metadata address as written',
      () => 'http://169.254.169.254/latest/meta-data/',
      '169.254.169.254, a link-local'
    ],
    ['a private IPv4 network', () => 'http://office.example/jobs.json', '192.168.1.20, a private'],
    [
      'an IPv6 unique local address',
      () => 'http://ula.example/jobs.json',
      'fd12:3456::1, a private'
    ],
    [
      'an IPv4-mapped IPv6 name',
      () => 'http://mapped.example/',
      '::ffff:169.254.169.254, a link-local'
    ],
    [
      'an IPv4-mapped IPv6 literal',
      (port: string) => `http://[::ffff:127.0.0.1]:${port}/admin`,
      '::ffff:7f00:1, a loopback'
    ],
    ['IPv6 loopback', (port: string) => `http://[::1]:${port}/admin`, '::1, a loopback'],
    [
      'a name with one private address among public ones',
      () => 'http://split.example/',
      '10.1.2.3, a private'
    ]
  ])('refuses a public feed redirecting to %s, before connecting', async (_, location, said) => {
    const feed = await redirecting(location)
    const start = `http://public.example:${portOf(feed)}/jobs.json`

    const error = await fetchResolving(start).catch((caught: Error) => caught)

    expect(error).toMatchObject({
      code: 'source-redirect',
      message: expect.stringContaining(`which is ${said} address`)
    })
    expect(feed.requests.map(request => request.url)).toEqual(['/jobs.json'])
  })

  it("says a file on GitHub that answers 404 may be a private repository's, and what to do", async () => {
    const feed = await server((request, response) =>
      send(response, 404, '404: Not Found', 'text/plain')
    )
    const url = `http://raw.githubusercontent.com:${portOf(feed)}/acme/private/main/jobs.json`

    await expect(fetchResolving(url)).rejects.toMatchObject({
      code: 'source-http',
      message: expect.stringContaining(
        `${url} answered 404 Not Found. Check the owner, repository, branch and path. GitHub answers 404 for a file of a private repository asked for without a token: when the file is in the board's own repository, set "listings" to its path there`
      )
    })
    await expect(fetchResolving(`http://public.example:${portOf(feed)}/jobs.json`)).rejects.toThrow(
      /answered 404 Not Found\. Check the URL, or try again later\.$/
    )
  })

  it('follows a public feed to another public host', async () => {
    const feed = await redirecting(port => `http://cdn.example:${port}/signed/jobs.json`)
    const resolved: string[] = []

    const fetched = await fetchResolving(
      `http://public.example:${portOf(feed)}/jobs.json`,
      resolved
    )

    expect(fetched.text).toBe(FEED)
    expect(resolved).toEqual(['public.example', 'cdn.example'])
  })

  it('follows a feed given as a private address to another private one', async () => {
    const feed = await redirecting(port => `http://internal.example:${port}/feed.json`)

    const fetched = await fetchResolving(feed.url('/jobs.json'))

    expect(fetched.text).toBe(FEED)
    expect(feed.requests.map(request => request.url)).toEqual(['/jobs.json', '/feed.json'])
  })

  it('loads a feed given by a name that resolves to loopback, as a local feed server is', async () => {
    const feed = await server((request, response) => send(response, 200, FEED))

    const fetched = await fetchResolving(`http://internal.example:${portOf(feed)}/jobs.json`)

    expect(fetched.text).toBe(FEED)
  })
})

describe('credentials in the listings URL', () => {
  it('refuses a user and password given before the host, without showing them', async () => {
    const feed = await server((request, response) => send(response, 200, FEED))
    const url = feed.url('/jobs.json').replace('http://', 'http://feeduser:hunter2@')

    const error = await loadUrl(url).catch((caught: Error) => caught)

    expect(error).toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('http://***@127.0.0.1:')
    })
    expect(String((error as Error).message)).not.toMatch(/hunter2|feeduser/)
  })

  it.each(['api_key', 'token', 'access_token', 'key', 'client_secret', 'password'])(
    'never shows the value of a %s query parameter',
    async name => {
      const feed = await server((request, response) =>
        send(response, 404, 'Not Found', 'text/plain')
      )

      const error = await loadUrl(feed.url(`/jobs.json?page=2&${name}=Zq9-secret-value`)).catch(
        (caught: Error) => caught
      )

      expect(error).toMatchObject({
        code: 'source-http',
        message: expect.stringContaining(`/jobs.json?page=2&${name}=*** answered 404`)
      })
      expect(String((error as Error).message)).not.toContain('Zq9-secret-value')
    }
  )

  it('never shows them when the feed cannot be parsed either', async () => {
    const feed = await server((request, response) =>
      send(response, 200, '[{"id": ', 'application/json')
    )

    const error = await loadUrl(feed.url('/jobs.json?token=Zq9-secret-value')).catch(
      (caught: Error) => caught
    )

    expect(error).toMatchObject({
      code: 'source-parse',
      message: expect.stringContaining('token=***')
    })
    expect(String((error as Error).message)).not.toContain('Zq9-secret-value')
  })
})
