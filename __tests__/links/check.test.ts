/**
 * The link check's verdicts against a job site on 127.0.0.1: dead only on 404, 410 or a redirect
 * to a "no longer available" page; unknown (asked again next run) on a timeout, a 5xx, a 429, a
 * redirect loop; HEAD refused falls back to GET; requests paced per host, bounded, and signed.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { checkPostings, USER_AGENT, type PostingCheck } from '../../src/links/check.js'
import type { LinkCheckSettings } from '../../src/links/settings.js'
import { POSTINGS, startPostingServer, type PostingServer } from './posting-server.js'

let site: PostingServer

beforeEach(async () => {
  site = await startPostingServer()
})
afterEach(() => site.close())

const settings = (given: Partial<LinkCheckSettings> = {}): LinkCheckSettings => ({
  closedUrls: [site.url('/closed')],
  timeoutSeconds: 1,
  concurrency: 4,
  hostDelayMs: 0,
  privateHosts: false,
  ...given
})

const posting = (path: string) => ({ url: site.url(path), company: 'Acme', title: path })

const verdicts = (checks: PostingCheck[]) =>
  Object.fromEntries(checks.map(check => [new URL(check.url).pathname, check.verdict.status]))

describe('checkPostings', () => {
  it('calls a posting dead exactly on 404, 410 or a redirect to a closed page', async () => {
    const checks = await checkPostings(Object.keys(POSTINGS).map(posting), settings())
    expect(verdicts(checks)).toEqual({
      '/alive': 'alive',
      '/dead-404': 'dead',
      '/dead-410': 'dead',
      '/dead-moved': 'dead',
      '/loop-a': 'unknown',
      '/error': 'unknown',
      '/busy': 'unknown',
      '/hang': 'unknown',
      '/head-refused': 'alive',
      '/dead-head-refused': 'dead',
      '/moved-alive': 'alive'
    })
  })

  it('says why each posting that is not alive was judged so', async () => {
    const paths = ['/dead-404', '/dead-moved', '/loop-a', '/error', '/busy', '/hang']
    const checks = await checkPostings(paths.map(posting), settings())
    expect(checks.map(check => check.verdict.reason)).toEqual([
      'answered 404 Not Found',
      `redirected to ${site.url('/closed?job=7')}`,
      `redirects in a loop (back to ${site.url('/loop-a')}) (HEAD and GET)`,
      'answered 500 Internal Server Error; asked again on the next run',
      'answered 429 Too Many Requests; asked again on the next run',
      'did not answer within 1 s (HEAD and GET)'
    ])
  })

  it('never calls a posting dead on a HEAD alone: a 404 to HEAD is asked again with GET', async () => {
    await checkPostings([posting('/dead-404'), posting('/head-refused')], settings())
    const asked = site.requests.map(request => `${request.method} ${request.path}`)
    expect(asked).toEqual(
      expect.arrayContaining([
        'HEAD /dead-404',
        'GET /dead-404',
        'HEAD /head-refused',
        'GET /head-refused'
      ])
    )
  })

  it('asks again with GET, in a request of its own, a posting whose HEAD never answers or is reset, and says so', async () => {
    const paths = ['/head-hangs-alive', '/head-hangs-dead', '/head-reset-dead']
    const checks = await checkPostings(paths.map(posting), settings())
    expect(checks.map(check => check.verdict)).toEqual([
      { status: 'alive', reason: 'answered 200 OK (to GET; HEAD did not answer within 1 s)' },
      { status: 'dead', reason: 'answered 404 Not Found (to GET; HEAD did not answer within 1 s)' },
      {
        status: 'dead',
        reason: expect.stringMatching(
          /^answered 404 Not Found \(to GET; HEAD could not be reached \(\w+\)\)$/
        )
      }
    ])
    expect(site.requests.map(request => `${request.method} ${request.path}`).sort()).toEqual(
      paths.flatMap(path => [`GET ${path}`, `HEAD ${path}`]).sort()
    )
  })

  it('asks a live posting with HEAD only, and a rate-limited one only once', async () => {
    await checkPostings([posting('/alive'), posting('/busy')], settings())
    expect(site.requests.map(request => `${request.method} ${request.path}`).sort()).toEqual([
      'HEAD /alive',
      'HEAD /busy'
    ])
  })

  it('does not request the closed page a posting redirects to', async () => {
    await checkPostings([posting('/dead-moved')], settings())
    expect(site.requests.map(request => `${request.method} ${request.path}`)).toEqual([
      'HEAD /dead-moved',
      'GET /dead-moved'
    ])
  })

  it('never calls a posting dead on a HEAD alone: a HEAD redirected to a closed page is asked again with GET', async () => {
    const [check] = await checkPostings([posting('/head-moved')], settings())
    expect(check?.verdict).toEqual({ status: 'alive', reason: 'answered 200 OK' })
    expect(site.requests.map(request => `${request.method} ${request.path}`)).toEqual([
      'HEAD /head-moved',
      'GET /head-moved'
    ])
  })

  it('without closed-urls, a redirect to the closed page is alive', async () => {
    const [check] = await checkPostings([posting('/dead-moved')], settings({ closedUrls: [] }))
    expect(check?.verdict.status).toBe('alive')
  })

  it('matches closed pages by prefix with * for any run of characters', async () => {
    const [check] = await checkPostings(
      [posting('/dead-moved')],
      settings({ closedUrls: [`${site.origin}/*?job=*`] })
    )
    expect(check?.verdict.status).toBe('dead')
  })

  it('publicOnly: requests no posting on a loopback, private or link-local host, and says why', async () => {
    const port = new URL(site.origin).port
    const internal = async (hostname: string) =>
      hostname === 'jobs.internal.example'
        ? [{ address: '127.0.0.1', family: 4 as const }]
        : [{ address: '127.0.0.1', family: 4 as const, scope: 'public' as const }]
    const urls = [
      site.url('/dead-404'),
      `http://localhost:${port}/dead-404`,
      `http://127.1:${port}/dead-404`,
      `http://[::1]:${port}/dead-404`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://10.1.2.3/jobs/1`,
      `http://jobs.internal.example:${port}/dead-404`
    ]
    const checks = await checkPostings(
      urls.map(url => ({ url, company: 'Acme', title: url })),
      { ...settings(), resolve: internal, publicOnly: true }
    )
    const tail = ", which only the runner's own network could reach (link-private-hosts allows it)"
    expect(checks.map(check => check.verdict)).toEqual(
      [
        '127.0.0.1 is a loopback address',
        'localhost is a loopback address',
        '127.0.0.1 is a loopback address',
        '::1 is a loopback address',
        '169.254.169.254 is a link-local address',
        '10.1.2.3 is a private address',
        'jobs.internal.example resolves to an address that is not public'
      ].map(why => ({ status: 'unknown', reason: `not requested: ${why}${tail}` }))
    )
    expect(site.requests).toEqual([])

    // A host the resolver places on the public internet (a stand-in on 127.0.0.1) is requested.
    const [publicOne] = await checkPostings(
      [{ url: `http://jobs.public.example:${port}/dead-404`, company: 'Acme', title: 'x' }],
      { ...settings(), resolve: internal, publicOnly: true }
    )
    expect(publicOne?.verdict).toEqual({ status: 'dead', reason: 'answered 404 Not Found' })
  })

  it.each([
    ['/closed-ä', '/closed-%C3%A4'],
    ['/closed-%c3%a4', '/closed-%C3%A4'],
    ['/closed~1', '/closed%7E1'],
    ['/closed%7E1', '/closed~1'],
    ['http://jobs.example:80/closed', 'http://jobs.example/closed'],
    ['https://jobs.example:443/closed', 'https://JOBS.example/closed'],
    ['http://bücher.example/closed', 'http://xn--bcher-kva.example/closed'],
    ['http://xn--bcher-kva.example/closed', 'http://BÜCHER.example/closed'],
    ['http://Bücher.example:80/*/closed-ä?*', 'http://xn--bcher-kva.example/de/closed-%C3%A4?job=1']
  ])(
    'matches closed-urls %s and a redirect to %s as the same address',
    async (closed, location) => {
      const absolute = (address: string) => (address.startsWith('/') ? site.url(address) : address)
      const [check] = await checkPostings(
        [posting(`/to/${encodeURIComponent(location)}`)],
        settings({ closedUrls: [absolute(closed)] })
      )
      // Dead for the redirect itself, not for what the page it lands on answers.
      expect(check?.verdict.status).toBe('dead')
      expect(check?.verdict.reason).toMatch(/^redirected to /)
    }
  )

  it.each([
    ['/closed-ä', '/closed-a'],
    ['/closed~1', '/closed%2F1'],
    ['http://jobs.example/closed', 'http://jobs.example.evil.example/closed'],
    ['http://jobs.example/closed', 'http://jobs.example:8080/closed'],
    ['/closed', '/Closed'],
    ['/jobs?state=closed', '/jobs?state=CLOSED']
  ])('does not match closed-urls %s with a redirect to %s', async (closed, location) => {
    const absolute = (address: string) => (address.startsWith('/') ? site.url(address) : address)
    const [check] = await checkPostings(
      [posting(`/to/${encodeURIComponent(location)}`)],
      settings({ closedUrls: [absolute(closed)], timeoutSeconds: 1 })
    )
    // Whatever the page it lands on answers, the redirect itself is not to a closed page.
    expect(check?.verdict.reason).not.toMatch(/^redirected to/)
  })

  it('reads a Location sent as UTF-8 bytes as a browser does', async () => {
    const [alive, closed] = await checkPostings(
      [
        posting(`/utf8/${encodeURIComponent('/alive-ü')}`),
        posting(`/utf8/${encodeURIComponent('/closed-ä')}`)
      ],
      settings({ closedUrls: [site.url('/closed-ä')] })
    )
    expect(alive?.verdict).toEqual({ status: 'alive', reason: 'answered 200 OK' })
    expect(closed?.verdict).toEqual({
      status: 'dead',
      reason: `redirected to ${site.url('/closed-%C3%A4')}`
    })
  })

  it('follows a Location sent twice alike once, and closes nothing on two different ones', async () => {
    const [twice, two] = await checkPostings(
      [posting(`/twice/${encodeURIComponent('/alive')}`), posting('/two-locations')],
      settings()
    )
    expect(twice?.verdict).toEqual({ status: 'alive', reason: 'answered 200 OK' })
    expect(two?.verdict.status).toBe('unknown')
    expect(two?.verdict.reason).toContain(
      'redirected to several addresses at once: /alive, /dead-404'
    )
  })

  it('says no password or key a redirect names, and does not follow one with a user before its host', async () => {
    const withUser = `http://bot:s3cret@127.0.0.1:${new URL(site.origin).port}/alive?token=abc123`
    const [credentials, token] = await checkPostings(
      [
        posting(`/to/${encodeURIComponent(withUser)}`),
        posting(`/to/${encodeURIComponent('/closed?job=7&api_key=k999')}`)
      ],
      settings()
    )
    expect(credentials?.verdict.status).toBe('unknown')
    expect(credentials?.verdict.reason).toContain(
      `redirected to an address with a user or password before its host, which is not requested: http://***@127.0.0.1:${new URL(site.origin).port}/alive?token=*** (HEAD and GET)`
    )
    expect(token?.verdict).toEqual({
      status: 'dead',
      reason: `redirected to ${site.url('/closed?job=7&api_key=***')}`
    })
    for (const check of [credentials, token])
      expect(check?.verdict.reason).not.toMatch(/s3cret|abc123|k999/)
  })

  it('judges a page that sends 40 KiB of headers, and quotes no more than 100 characters of a status text', async () => {
    const [big, long] = await checkPostings(
      [posting('/big-headers'), posting('/long-status')],
      settings()
    )
    expect(big?.verdict).toEqual({ status: 'alive', reason: 'answered 200 OK' })
    expect(long?.verdict).toEqual({
      status: 'dead',
      reason: `answered 404 ${'Gone '.repeat(20)}…`
    })
  })

  it('names the project and its address in the User-Agent of every request', async () => {
    await checkPostings(Object.keys(POSTINGS).map(posting), settings())
    expect(USER_AGENT).toMatch(
      /^jobs-readme\/\d+\.\d+\.\d+ .*\+https:\/\/github\.com\/jobs-readme\/jobs-readme/
    )
    expect(new Set(site.requests.map(request => request.userAgent))).toEqual(new Set([USER_AGENT]))
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    const slow = await startPostingServer({ slowMs: 100 })
    try {
      const many = Array.from({ length: 8 }, (_, index) => ({
        url: slow.url(`/alive?n=${index}`),
        company: 'Acme',
        title: String(index)
      }))
      await checkPostings(many, settings({ concurrency: 2 }))
      expect(slow.requests).toHaveLength(8)
      expect(slow.maxInFlight()).toBe(2)
    } finally {
      await slow.close()
    }
  })

  it('waits at least host-delay between two requests to one host', async () => {
    const paths = ['/alive?1', '/alive?2', '/alive?3', '/dead-404']
    const started = Date.now()
    await checkPostings(paths.map(posting), settings({ hostDelayMs: 150 }))
    const arrivals = site.requests.map(request => request.at)
    expect(arrivals).toHaveLength(5)
    // Request n (the 404's GET after its HEAD too) has its turn 150 ms after request n - 1's, so
    // it reaches the server (in this process, on the same clock) no earlier than n × 150 ms after
    // the start: a busy machine only makes it later. Timers may round down by a millisecond.
    arrivals.forEach((at, index) => expect(at - started).toBeGreaterThanOrEqual(index * 150 - 1))
  })
})
