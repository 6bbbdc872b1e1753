/**
 * Broken listing sources, served by a real HTTP server on 127.0.0.1, through the built CLI
 * (run `npm run build` first). Each fault: exit 1, a message that says what went wrong, and
 * the README untouched. The load tests (__tests__/load/http.test.ts) cover fetchText and
 * loadListings one by one; these cover what a user sees, and the cases those leave out.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CLI, scratchDir, writeFiles } from '../helpers/cli.js'
import { serve, type TestServer } from '../load/helpers.js'
import { NOW, TWO_OPENINGS } from './board.js'

const README = '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

/** Pretty-printed, so that a cut-off body ends on a known line. */
const FEED = JSON.stringify(TWO_OPENINGS, null, 2)

type Handler = (request: IncomingMessage, response: ServerResponse) => void

let servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(server => server.close()))
  servers = []
})

async function feedServer(handler: Handler): Promise<TestServer> {
  const server = await serve(handler)
  servers.push(server)
  return server
}

interface Outcome {
  status: number | null
  stderr: string
  /** Whether README.md still holds exactly what it held before. */
  readmeUntouched: boolean
  /** Every file in the directory after the run. */
  files: string[]
  elapsedMs: number
}

/**
 * Runs the built CLI in place on a README with an empty openings zone, listings from `url`.
 * Asynchronous, so that the server in this process can answer while the CLI waits.
 */
async function runFrom(url: string, flags: string[] = []): Promise<Outcome> {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': README })
  const args = ['--listings', url, '--readme', 'README.md', '--now', NOW, ...flags]
  const started = Date.now()
  const { status, stderr } = await new Promise<{ status: number | null; stderr: string }>(
    resolve => {
      const child = spawn(process.execPath, [CLI, ...args], {
        cwd: dir,
        env: { ...process.env, NODE_OPTIONS: '' }
      })
      let stderr = ''
      child.stderr.on('data', chunk => (stderr += chunk))
      child.on('close', status => resolve({ status, stderr }))
    }
  )
  return {
    status,
    stderr,
    readmeUntouched: readFileSync(join(dir, 'README.md'), 'utf8') === README,
    files: readdirSync(dir),
    elapsedMs: Date.now() - started
  }
}

/** Exit 3 (a failed run) with `message` in what the CLI printed, and nothing written. */
function expectFailure(outcome: Outcome, message: string | RegExp): void {
  expect(outcome.stderr).toMatch(message)
  expect(outcome.status).toBe(3)
  expect(outcome.readmeUntouched).toBe(true)
  expect(outcome.files).toEqual(['README.md'])
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType = 'application/json'
) {
  response.writeHead(status, { 'content-type': contentType })
  response.end(body)
}

describe('HTTP failures', () => {
  it('fails on 404 without retrying', async () => {
    const feed = await feedServer((request, response) =>
      send(response, 404, 'Not Found', 'text/plain')
    )
    expectFailure(
      await runFrom(feed.url('/jobs.json')),
      `${feed.url('/jobs.json')} answered 404 Not Found`
    )
    expect(feed.requests).toHaveLength(1)
  })

  it('retries a 500 and updates the README with the answer that follows', async () => {
    let calls = 0
    const feed = await feedServer((request, response) =>
      ++calls === 1 ? send(response, 500, 'oops', 'text/plain') : send(response, 200, FEED)
    )
    const outcome = await runFrom(feed.url('/jobs.json'))
    expect(outcome.stderr).toBe('')
    expect(outcome.status).toBe(0)
    expect(outcome.readmeUntouched).toBe(false)
    expect(feed.requests).toHaveLength(2)
  })

  it('retries a 429 and updates the README with the answer that follows', async () => {
    let calls = 0
    const feed = await feedServer((request, response) =>
      ++calls === 1 ? send(response, 429, 'slow down', 'text/plain') : send(response, 200, FEED)
    )
    expect((await runFrom(feed.url('/jobs.json'))).status).toBe(0)
    expect(feed.requests).toHaveLength(2)
  })

  it('gives up after a bounded number of tries on a server that keeps failing', async () => {
    const feed = await feedServer((request, response) => send(response, 503, 'busy', 'text/plain'))
    expectFailure(await runFrom(feed.url('/jobs.json')), 'answered 503')
    expect(feed.requests).toHaveLength(3)
  })

  it('fails on a server that closes the connection without answering', async () => {
    const feed = await feedServer(request => request.socket.destroy())
    expectFailure(
      await runFrom(feed.url('/jobs.json')),
      `${feed.url('/jobs.json')} could not be reached`
    )
  })
})

describe('slow servers', () => {
  it('times out on a server that never answers', async () => {
    const feed = await feedServer(() => {})
    const outcome = await runFrom(feed.url('/jobs.json'), ['--listings-timeout', '1'])
    expectFailure(outcome, 'did not answer within 1 s')
    expect(outcome.elapsedMs).toBeLessThan(5000)
  })

  it('times out on a server that trickles bytes forever', async () => {
    const feed = await feedServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('[')
      const drip = setInterval(() => response.write(' '), 100)
      response.on('close', () => clearInterval(drip))
    })
    const outcome = await runFrom(feed.url('/jobs.json'), ['--listings-timeout', '1'])
    expectFailure(outcome, 'did not answer within 1 s')
    expect(outcome.elapsedMs).toBeLessThan(5000)
  })
})

describe('broken bodies', () => {
  /** A message that says the body itself was broken, not that the server could not be reached. */
  const BROKEN_BODY = /(cut off|ended early|incomplete|truncated|could not be read|corrupt)/i

  it('fails clearly on a body shorter than its Content-Length (connection dropped)', async () => {
    const feed = await feedServer((request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(FEED.length)
      })
      response.write(FEED.slice(0, 40))
      setTimeout(() => response.socket?.destroy(), 20)
    })
    expectFailure(await runFrom(feed.url('/jobs.json')), BROKEN_BODY)
  })

  it('fails clearly on a chunked body whose connection drops before the last chunk', async () => {
    const feed = await feedServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write(FEED.slice(0, 40))
      setTimeout(() => response.socket?.destroy(), 20)
    })
    expectFailure(await runFrom(feed.url('/jobs.json')), BROKEN_BODY)
  })

  it('fails clearly on a gzip body that does not decompress', async () => {
    const feed = await feedServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      response.end('not gzip at all')
    })
    expectFailure(await runFrom(feed.url('/jobs.json')), BROKEN_BODY)
  })

  it('names the line where a body cut off at a clean close stops making sense', async () => {
    const feed = await feedServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', connection: 'close' })
      response.end(FEED.slice(0, 40))
    })
    expectFailure(
      await runFrom(feed.url('/jobs.json')),
      /is not valid JSON \(line 4, column \d+\): unexpected end of input/
    )
  })

  it('says a gzip body cut off before its end was cut off', async () => {
    // The gzip stream's own end is missing: the decoder says so, before any JSON is judged (a
    // body decoded only as far as it went could hold whole but shortened listings).
    const zipped = gzipSync(FEED)
    const feed = await feedServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      response.end(zipped.subarray(0, zipped.length - 10))
    })
    expectFailure(
      await runFrom(feed.url('/jobs.json')),
      /answered, but its body was cut off or corrupt \(unexpected end of file\)/
    )
  })

  it('fails on an empty body', async () => {
    const feed = await feedServer((request, response) => send(response, 200, ''))
    expectFailure(
      await runFrom(feed.url('/jobs.json')),
      'is empty: whatever writes it wrote nothing'
    )
  })
})

describe('invalid feeds name the line', () => {
  it.each([
    [
      'JSON',
      '/jobs.json',
      '[\n  {"company": "Acme",}\n]',
      /is not valid JSON \(line 2, column \d+\)/
    ],
    [
      'JSONL',
      '/jobs.jsonl',
      `${JSON.stringify({ company: 'Acme' })}\n{"company": "Acme",}\n`,
      /is not valid JSONL \(line 2, column \d+\)/
    ],
    [
      'CSV',
      '/jobs.csv',
      'company,title\nAcme,Dev\nGlobex,"Dev\n',
      /is not valid CSV \(line 3\): Quote Not Closed/
    ],
    [
      'YAML',
      '/jobs.yaml',
      'jobs:\n  - company: Acme\n   title: Dev\n',
      /is not valid YAML \(line 3, column \d+\)/
    ]
  ])('%s', async (_, path, body, message) => {
    const feed = await feedServer((request, response) => send(response, 200, body, 'text/plain'))
    expectFailure(await runFrom(feed.url(path)), message)
  })

  it('fails on JSON that holds an error instead of a list', async () => {
    const feed = await feedServer((request, response) =>
      send(response, 200, '{"error": "rate limited"}')
    )
    expectFailure(await runFrom(feed.url('/jobs.json')), 'holds no list of listings')
  })
})

describe('limits and schemes', () => {
  it('refuses a body over listings-max-bytes', async () => {
    const feed = await feedServer((request, response) => send(response, 200, FEED))
    expectFailure(
      await runFrom(feed.url('/jobs.json'), ['--listings-max-bytes', '100']),
      'sent more than 100 bytes'
    )
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:application/json,[]'])(
    'refuses a redirect to %s',
    async location => {
      const feed = await feedServer((request, response) => {
        response.writeHead(302, { location })
        response.end()
      })
      expectFailure(
        await runFrom(feed.url('/jobs.json')),
        `leads to a "${location.split(':')[0]}" address`
      )
    }
  )
})

describe('wrong content types', () => {
  it('says so when the feed URL gives a web page', async () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>'
    const feed = await feedServer((request, response) =>
      send(response, 200, page, 'text/html; charset=utf-8')
    )
    expectFailure(await runFrom(feed.url('/jobs.json')), 'sent a web page (text/html)')
  })

  it('asks for listings-format when an image comes back from a URL without extension', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const feed = await feedServer((request, response) => send(response, 200, png, 'image/png'))
    expectFailure(
      await runFrom(feed.url('/export')),
      'Set "listings-format" to json, jsonl, csv or yaml'
    )
  })

  it('names line 1 when a body labelled JSON is CSV', async () => {
    const csv = 'company,title,url,posted_at\nAcme,Backend,https://jobs.example/1,2025-10-22\n'
    const feed = await feedServer((request, response) => send(response, 200, csv))
    expectFailure(await runFrom(feed.url('/export')), 'is not valid JSON (line 1, column 1)')
  })
})

describe('secrets', () => {
  it('never prints a listings-header value, even one the HTTP client refuses', async () => {
    const feed = await feedServer((request, response) => send(response, 200, FEED))
    const outcome = await runFrom(feed.url('/jobs.json'), [
      '--listings-header',
      'X-Feed-Key: first-half\rsecond-half'
    ])
    expect(outcome.stderr).not.toContain('first-half')
    expect(outcome.stderr).not.toContain('second-half')
    expect([1, 2]).toContain(outcome.status)
    expect(outcome.readmeUntouched).toBe(true)
  })
})
