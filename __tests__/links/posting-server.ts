/**
 * A job site on 127.0.0.1 whose postings answer every way a real one does: 200, 404, 410, a
 * redirect to its "job closed" page, a redirect loop, 500, 429, never, and HEAD refused (405)
 * with GET answering 200 or 404. Records each request: method, path, User-Agent, arrival time.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SeenRequest {
  method: string
  path: string
  userAgent: string
  /** Date.now() on arrival. */
  at: number
}

export interface PostingServer {
  /** http://127.0.0.1:PORT */
  origin: string
  url(path: string): string
  requests: SeenRequest[]
  /** The most requests in flight at once. */
  maxInFlight(): number
  /** Serves `text` as JSON at `path` (a listings feed). */
  serve(path: string, text: string): void
  close(): Promise<void>
}

/** Path -> what it answers. A posting is dead exactly when its path starts with /dead-. */
export const POSTINGS = {
  '/alive': 'answers 200',
  '/dead-404': 'answers 404',
  '/dead-410': 'answers 410',
  '/dead-moved': 'redirects to /closed?job=7, the "job closed" page',
  '/loop-a': 'redirects to /loop-b, which redirects back',
  '/error': 'answers 500',
  '/busy': 'answers 429',
  '/hang': 'never answers',
  '/head-refused': 'answers HEAD with 405, GET with 200',
  '/dead-head-refused': 'answers HEAD with 405, GET with 404',
  '/moved-alive': 'redirects to /alive'
} as const

export async function startPostingServer(
  options: { slowMs?: number } = {}
): Promise<PostingServer> {
  const requests: SeenRequest[] = []
  const served = new Map<string, string>()
  const hanging = new Set<ServerResponse>()
  let inFlight = 0
  let maxInFlight = 0
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/'
    requests.push({
      method: request.method ?? '',
      path,
      userAgent: request.headers['user-agent'] ?? '',
      at: Date.now()
    })
    const file = served.get(path)
    if (file !== undefined) {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(file)
      return
    }
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    response.on('close', () => inFlight--)
    const answer = () =>
      respond(request.method ?? 'GET', path.split('?')[0] ?? '', response, hanging)
    if (options.slowMs) setTimeout(answer, options.slowMs)
    else answer()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: path => `${origin}${path}`,
    requests,
    maxInFlight: () => maxInFlight,
    serve: (path, text) => void served.set(path, text),
    async close() {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  }
}

function respond(
  method: string,
  path: string,
  response: ServerResponse,
  hanging: Set<ServerResponse>
): void {
  const send = (status: number, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'text/html', ...headers })
    response.end(method === 'HEAD' ? undefined : `<html><body>${status}</body></html>`)
  }
  switch (path) {
    case '/alive':
    case '/closed':
    case '/alive-%C3%BC':
      return send(200)
    case '/dead-404':
      return send(404)
    case '/dead-410':
      return send(410)
    case '/dead-moved':
      return send(302, { location: '/closed?job=7' })
    case '/moved-alive':
      return send(301, { location: '/alive' })
    case '/loop-a':
      return send(302, { location: '/loop-b' })
    case '/loop-b':
      return send(302, { location: '/loop-a' })
    case '/error':
      return send(500)
    case '/busy':
      return send(429, { 'retry-after': '3600' })
    case '/hang':
      hanging.add(response)
      return
    case '/head-refused':
      return send(method === 'HEAD' ? 405 : 200)
    case '/dead-head-refused':
      return send(method === 'HEAD' ? 405 : 404)
    // Not in POSTINGS (postings of their own kinds, for the tests that ask for them by name).
    // /to/LOCATION redirects to LOCATION, percent-decoded once: /to/%2Fclosed%257E -> /closed%7E.
    case path.startsWith('/to/') ? path : undefined:
      return send(302, { location: decodeURIComponent(path.slice('/to/'.length)) })
    // /utf8/LOCATION: the same, its bytes sent as UTF-8, as many sites send a Location (Node
    // writes each character of a header as one byte).
    case path.startsWith('/utf8/') ? path : undefined: {
      const location = decodeURIComponent(path.slice('/utf8/'.length))
      return send(302, { location: Buffer.from(location, 'utf8').toString('latin1') })
    }
    // /twice/LOCATION: the same, in two Location headers, as a misconfigured proxy sends it.
    case path.startsWith('/twice/') ? path : undefined: {
      const location = decodeURIComponent(path.slice('/twice/'.length))
      response.setHeader('location', [location, location])
      return send(302)
    }
    // 40 KiB of cookies, as some career sites send; and a status text of 10,000 characters.
    case '/big-headers':
      return send(200, { 'set-cookie': `session=${'x'.repeat(40_000)}` })
    case '/long-status':
      response.writeHead(404, 'Gone '.repeat(2_000), { 'content-type': 'text/html' })
      return void response.end()
    case '/two-locations':
      response.setHeader('location', ['/alive', '/dead-404'])
      return send(302)
    case '/head-moved':
      return method === 'HEAD' ? send(302, { location: '/closed?head' }) : send(200)
    // HEAD never answered (or its connection reset); GET answers 200 or 404.
    case '/head-hangs-alive':
    case '/head-hangs-dead':
      if (method !== 'HEAD') return send(path.endsWith('dead') ? 404 : 200)
      hanging.add(response)
      return
    case '/head-reset-dead':
      return method === 'HEAD' ? void response.socket?.destroy() : send(404)
    default:
      return send(404)
  }
}
