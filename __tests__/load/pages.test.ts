/**
 * A listings URL whose answer is one page of several, and names the next page's address (a
 * `Link` header with rel="next", or a field of the body holding its URL): every page is read,
 * through the same format reader, into one list in order, from servers on 127.0.0.1. Reading
 * stops with a warning, keeping the pages read, at another origin, a page read already or the
 * page limit; a page that fails fails the load, naming it.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import type { RawInputs } from '../../src/config/config.js'
import { loadListings } from '../../src/load/load.js'
import { configFor, loadText, memoryIO, serve, sourceRecord, type TestServer } from './helpers.js'

let servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(server => server.close()))
  servers = []
})

interface Page {
  status?: number
  headers?: OutgoingHttpHeaders
  body: unknown
}

/**
 * A server that answers each path and query (`/jobs?page=2`) with its page: JSON unless the
 * body is text, or 404 for one it does not hold. `pages` may use `base`, the server's address.
 */
async function site(pages: (base: string) => Record<string, Page>): Promise<TestServer> {
  let held: Record<string, Page> = {}
  const server = await serve((request: IncomingMessage, response) => {
    const page = held[request.url ?? '']
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not here')
      return
    }
    response.writeHead(page.status ?? 200, {
      'content-type': 'application/json',
      ...page.headers
    })
    response.end(typeof page.body === 'string' ? page.body : JSON.stringify(page.body))
  })
  servers.push(server)
  held = pages(server.url(''))
  return server
}

/** `count` records whose titles say their page and place (`p2 r1`). */
function records(page: number, count = 2): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) =>
    sourceRecord({ title: `Backend Developer p${page} r${index + 1}` })
  )
}

function load(url: string, inputs: RawInputs = {}) {
  return loadListings(configFor(url, { 'listings-timeout': '2', ...inputs }), memoryIO({}))
}

const titles = (result: { listings: { title: string }[] }) =>
  result.listings.map(listing => listing.title.replace('Backend Developer ', ''))

/** The paths and queries the server was asked for, in order. */
const asked = (server: TestServer) => server.requests.map(request => request.url)

describe('pages named by a Link header (rel="next")', () => {
  it('reads 3 pages into one list, in order, sending the header on each', async () => {
    const server = await site(base => ({
      '/jobs': {
        headers: { link: `<${base}/jobs?page=2>; rel="next", <${base}/jobs?page=3>; rel="last"` },
        body: records(1)
      },
      // A relative reference, read against the page, and several relation types.
      '/jobs?page=2': {
        headers: { link: '</jobs?page=1>; rel="prev first", </jobs?page=3>; rel="next last"' },
        body: records(2)
      },
      '/jobs?page=3': { headers: { link: '</jobs?page=2>; rel="prev"' }, body: records(3, 1) }
    }))

    const result = await load(server.url('/jobs'), {
      'listings-header': 'Authorization: Bearer feed-key'
    })

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2', 'p3 r1'])
    expect(result.read).toBe(5)
    expect(result.warnings).toEqual([])
    expect(asked(server)).toEqual(['/jobs', '/jobs?page=2', '/jobs?page=3'])
    expect(server.requests.map(request => request.headers.authorization)).toEqual(
      Array(3).fill('Bearer feed-key')
    )
  })

  it('reads JSONL and CSV pages, each by its own reader', async () => {
    const jsonl = (page: number) =>
      records(page)
        .map(record => JSON.stringify(record))
        .join('\n')
    const server = await site(() => ({
      '/jobs.jsonl': {
        headers: {
          link: '</jobs.jsonl?page=2>; rel="next"',
          'content-type': 'application/x-ndjson'
        },
        body: jsonl(1)
      },
      '/jobs.jsonl?page=2': { headers: { 'content-type': 'application/x-ndjson' }, body: jsonl(2) },
      '/jobs.csv': {
        headers: { link: '</jobs.csv?page=2>; rel=next', 'content-type': 'text/csv' },
        body: 'id,company,title,url,posted_at\nc1,Acme,Backend Developer p1 r1,https://jobs.example/c1,2025-10-22\n'
      },
      '/jobs.csv?page=2': {
        headers: { 'content-type': 'text/csv' },
        body: 'id,company,title,url,posted_at\nc2,Acme,Backend Developer p2 r1,https://jobs.example/c2,2025-10-22\n'
      }
    }))

    expect(titles(await load(server.url('/jobs.jsonl')))).toEqual([
      'p1 r1',
      'p1 r2',
      'p2 r1',
      'p2 r2'
    ])
    expect(titles(await load(server.url('/jobs.csv')))).toEqual(['p1 r1', 'p2 r1'])
  })
})

describe('pages named by a field of the body', () => {
  it("follows Workable's relative paging.next, and a total that the pages make up says nothing", async () => {
    const server = await site(() => ({
      '/spi/v3/jobs': { body: { jobs: records(1), total: 5, paging: { next: '?since_id=2' } } },
      '/spi/v3/jobs?since_id=2': {
        body: { jobs: records(2), total: 5, paging: { next: './jobs?since_id=4' } }
      },
      '/spi/v3/jobs?since_id=4': { body: { jobs: records(3, 1), total: 5, paging: { next: null } } }
    }))

    const result = await load(server.url('/spi/v3/jobs'))

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2', 'p3 r1'])
    expect(result.warnings).toEqual([])
  })

  it.each([
    ['a file beside it', '/api/jobs.json', 'jobs-2.json', '/api/jobs-2.json'],
    ['a path and a query', '/api/jobs.json', 'jobs?f=r2.json', '/api/jobs?f=r2.json'],
    ['a folder below it', '/api/jobs', 'v2/jobs?page=2', '/api/v2/jobs?page=2']
  ])(
    'follows a next page named relative to the page by %s (%s, next %s)',
    async (_, first, next, second) => {
      const server = await site(() => ({
        [first]: { body: { jobs: records(1), next } },
        [second]: { body: { jobs: records(2), next: null } }
      }))

      const result = await load(server.url(first))

      expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2'])
      expect(result.warnings).toEqual([])
    }
  )

  it.each([
    ['next_url', (url: string) => ({ next_url: url })],
    ['@odata.nextLink', (url: string) => ({ '@odata.nextLink': url })],
    ["HAL's _links.next.href", (url: string) => ({ _links: { next: { href: url } } })]
  ])('follows an absolute %s on the same origin', async (_, next) => {
    const server = await site(base => ({
      '/api/jobs': { body: { results: records(1), ...next(`${base}/api/jobs?offset=2`) } },
      '/api/jobs?offset=2': { body: { results: records(2) } }
    }))

    const result = await load(server.url('/api/jobs'))

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2'])
    expect(result.warnings).toEqual([])
  })

  it("reads a HAL answer's list under _embedded and follows its _links.next.href", async () => {
    const hal = (list: Record<string, unknown>, next?: string) => ({
      _embedded: list,
      _links: { self: { href: '/jobs' }, ...(next && { next: { href: next } }) },
      page: { size: 2, number: 0 }
    })
    const server = await site(() => ({
      '/jobs': { body: hal({ jobs: records(1) }, '/jobs?page=2') },
      '/jobs?page=2': { body: hal({ vacancies: records(2) }, '/jobs?page=3') },
      '/jobs?page=3': { body: hal({ vacancies: records(3, 1) }) }
    }))

    const result = await load(server.url('/jobs'))

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2', 'p3 r1'])
    expect(result.warnings).toEqual([])
  })

  it('gives back listings a sink let go, from the pages held, without fetching them again', async () => {
    const server = await site(() => ({
      '/jobs': { body: { jobs: records(1), next: '/jobs?page=2' } },
      '/jobs?page=2': { body: { jobs: records(2) } }
    }))
    const kept: string[] = []
    let letGo = false
    const result = await loadListings(
      configFor(server.url('/jobs'), { 'listings-timeout': '2' }),
      memoryIO({}),
      {
        wants: () => true,
        add: listing => void kept.push(listing.title),
        missing: () => ((letGo = true), new Set([1, 4])),
        recover: listing => (kept.push(`again ${listing.title}`), true)
      }
    )

    expect(letGo).toBe(true)
    expect(result.read).toBe(4)
    expect(kept.slice(4)).toEqual([
      'again Backend Developer p1 r1',
      'again Backend Developer p2 r2'
    ])
    expect(asked(server)).toEqual(['/jobs', '/jobs?page=2'])
  })
})

describe('reading stops, keeping the pages read', () => {
  it('at a next page on another origin, named, which is never asked', async () => {
    const elsewhere = await site(() => ({ '/jobs?page=2': { body: { jobs: records(2) } } }))
    const other = elsewhere.url('/jobs?page=2').replace('127.0.0.1', 'localhost')
    const server = await site(() => ({ '/jobs': { body: { jobs: records(1), next: other } } }))
    const url = server.url('/jobs')

    const result = await load(url)

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2'])
    expect(result.warnings).toEqual([
      `Listings "${url}": page 1 names its next page in its field next at ${new URL(other).origin}, another origin than the listings URL's (${new URL(url).origin}): pages are read from the listings URL's own origin only, where "listings-header" goes, so the run stops there and keeps the 2 records of the page read. If the pages are meant to come from there, fetch every page into one file and point "listings" at it.`
    ])
    expect(elsewhere.requests).toEqual([])
  })

  it('at a next page read already (a loop)', async () => {
    const server = await site(() => ({
      '/jobs': { headers: { link: '</jobs?page=2>; rel="next"' }, body: records(1) },
      '/jobs?page=2': { headers: { link: '</jobs#top>; rel="next"' }, body: records(2) }
    }))
    const url = server.url('/jobs')

    const result = await load(url)

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2'])
    expect(result.warnings).toEqual([
      `Listings "${url}": page 2 names its next page in its Link header (rel="next") as ${url}, a page read already: the pages go round in a circle, so the run stops there and keeps the 4 records of the 2 pages read. Check the API's paging (its next page should move on).`
    ])
    expect(asked(server)).toEqual(['/jobs', '/jobs?page=2'])
  })

  it('at listings-max-pages, naming it and the next address', async () => {
    const server = await site(() => ({
      '/jobs': { body: { jobs: records(1), next: '/jobs?page=2' } },
      '/jobs?page=2': { body: { jobs: records(2), next: '/jobs?page=3' } },
      '/jobs?page=3': { body: { jobs: records(3) } }
    }))

    const result = await load(server.url('/jobs'), { 'listings-max-pages': '2' })

    expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2'])
    expect(result.warnings).toEqual([
      `Listings "${server.url('/jobs')}" has more pages than "listings-max-pages" (2) lets the run read: it read 2 pages (4 records) and stops before the next, ${server.url('/jobs?page=3')}. Raise "listings-max-pages" to read every page, or ask the API for larger pages (such as with a limit or per_page parameter).`
    ])
    expect(asked(server)).toEqual(['/jobs', '/jobs?page=2'])
  })
})

describe('a page after the first that fails', () => {
  it.each([
    ['answers 404', { status: 404, body: { error: 'gone' } }, 'answered 404'],
    ['does not parse', { body: '{"jobs": [' }, 'is not valid JSON']
  ])('%s: the load fails, naming the page', async (_, page2, said) => {
    const server = await site(() => ({
      '/jobs': { body: { jobs: records(1), next: '/jobs?page=2' } },
      '/jobs?page=2': page2
    }))
    const url = server.url('/jobs')

    const failure = load(url)

    await expect(failure).rejects.toMatchObject({
      message: expect.stringContaining(
        `Page 2 of listings "${url}" could not be read, so the run stops rather than show the pages before it as the whole feed: `
      )
    })
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining(said) })
  })
})

describe('paging without an address to follow', () => {
  it.each([
    ['a cursor', { nextCursor: 'Y3Vyc29yOjI=' }, 'its nextCursor names a next page'],
    // Airtable: the cursor of the next page beside `records`, under a name without "next".
    ['an Airtable offset', { offset: 'itrAbC123/rec99' }, 'its offset names a next page'],
    ['a cursor', { cursor: 'eyJpZCI6NTB9' }, 'its cursor names a next page'],
    [
      'a continuation token',
      { continuation_token: 'c2' },
      'its continuation_token names a next page'
    ],
    [
      'a Dynatrace page key',
      { nextPageKey: 'AQAAABQBAAAABQ==' },
      'its nextPageKey names a next page'
    ],
    [
      'an Elasticsearch scroll id',
      { _scroll_id: 'DXF1ZXJ5QW5kRmV0Y2g' },
      'its _scroll_id names a next page'
    ],
    [
      'a DynamoDB key',
      { LastEvaluatedKey: { id: { S: 'job-50' } } },
      'its LastEvaluatedKey names a next page'
    ],
    ['a Reddit after', { data: { after: 't3_abc' } }, 'its data.after names a next page'],
    ['a flag', { hasNext: true }, 'its hasNext is true'],
    ['a total', { total: 42 }, 'its total is 42 records where the answer holds 2']
  ])('warns for %s, saying which field a next page needs', async (_, around, sign) => {
    const server = await site(() => ({ '/jobs': { body: { jobs: records(1), ...around } } }))
    const url = server.url('/jobs')

    const result = await load(url)

    expect(result.valid).toBe(2)
    expect(result.warnings).toEqual([
      `Listings "${url}" is one page of a paged answer: ${sign}. The run follows pages only where an answer names the next page's address, in a Link header with rel="next" or a field holding its URL (next, next_url, nextLink, paging.next, @odata.nextLink, HAL's _links.next.href), and this one names no such address (a cursor, token or page number is none), so the run read this one page (README "Listings from a URL"). If the API can give the next page's URL in such a field, ask for it; else ask for its largest page (such as with a limit or per_page parameter), or fetch every page into one file and point "listings" at it.`
    ])
    expect(asked(server)).toEqual(['/jobs'])
  })

  it.each([
    ['a position', { offset: 0, limit: 50 }],
    ['a last page', { offset: null, cursor: '', after: null, LastEvaluatedKey: {} }]
  ])('gives no warning for a cursor key that holds %s, no token', async (_, around) => {
    const server = await site(() => ({ '/jobs': { body: { jobs: records(1), ...around } } }))

    const result = await load(server.url('/jobs'))

    expect(result.valid).toBe(2)
    expect(result.warnings).toEqual([])
  })

  it.each([
    ["a time zone's offset", { timezone: { name: 'Europe/Berlin', offset: '+02:00' } }],
    ["a search's bound", { search: { query: 'engineer', after: '2025-10-01' } }],
    ['a date beside the list', { after: '2025-10-01T00:00:00Z', offset: 'UTC-05:00' }],
    [
      'a cursor where the page says it is the last',
      { cursor: 'cGFnZTE=', has_more: false, next_cursor: null }
    ],
    ['a paging cursor beside hasMore false', { pagination: { cursor: 'abc', hasMore: false } }],
    ['a cursor in an object that is no paging', { filters: { cursor: 'eyJpZCI6NTB9' } }]
  ])('gives no warning for %s', async (_, around) => {
    const server = await site(() => ({ '/jobs': { body: { jobs: records(1), ...around } } }))

    const result = await load(server.url('/jobs'))

    expect(result.valid).toBe(2)
    expect(result.warnings).toEqual([])
  })

  it.each([
    ['null on the last page', null],
    ['left out of the last page', undefined]
  ])(
    "gives no warning for the cursor an API echoes beside its next page's address, %s",
    async (_, last) => {
      const server = await site(() => ({
        '/jobs': { body: { data: records(1), cursor: 'cur1', next: '/jobs?page=2' } },
        '/jobs?page=2': { body: { data: records(2), cursor: 'cur2', next: '/jobs?page=3' } },
        '/jobs?page=3': { body: { data: records(3), cursor: 'cur3', next: last } }
      }))

      const result = await load(server.url('/jobs'))

      expect(titles(result)).toEqual(['p1 r1', 'p1 r2', 'p2 r1', 'p2 r2', 'p3 r1', 'p3 r2'])
      expect(result.warnings).toEqual([])
    }
  )

  it('warns for the last page read when it says more are left', async () => {
    const server = await site(() => ({
      '/jobs': { body: { jobs: records(1), total: 9, next: '/jobs?page=2' } },
      '/jobs?page=2': { body: { jobs: records(2), total: 9, next_page_token: 'abc' } }
    }))

    const result = await load(server.url('/jobs'))

    expect(result.read).toBe(4)
    expect(result.warnings).toEqual([
      expect.stringContaining(
        'is one page of a paged answer: its total is 9 records where the 2 pages read hold 4; its next_page_token names a next page (page 2, the last read). The run follows pages only where'
      )
    ])
  })

  it('warns for a saved answer in a file, whose next page is not fetched', async () => {
    const text = JSON.stringify({ jobs: records(1), next: 'https://api.example/jobs?page=2' })

    const result = await loadText('answer.json', text)

    expect(result.valid).toBe(2)
    expect(result.warnings).toEqual([
      'Listings "answer.json" is one page of a paged answer: its next names a next page. A file is read as it is, one answer (README "Listings from a URL"): fetch every page into one file, or point "listings" at the API\'s URL, whose pages are followed where it names the next page\'s address.'
    ])
  })
})
