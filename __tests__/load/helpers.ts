/** Factories shared by the load tests. */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseSettings, type RawInputs, type RunSettings } from '../../src/config/config.js'
import { loadListings, type LoadIO, type LoadResult } from '../../src/load/load.js'

/** The run's settings as the action builds them from inputs: `listings` plus any other input by name. */
export function configFor(listings: string, inputs: RawInputs = {}): RunSettings {
  return parseSettings({ listings, now: '2025-10-22T20:30:00Z', ...inputs }).run
}

/** An io whose files live in memory. */
export function memoryIO(files: Record<string, string>): LoadIO {
  return { readFile: async path => files[path] }
}

/** Loads `text` as the file `name`. */
export function loadText(name: string, text: string, inputs: RawInputs = {}): Promise<LoadResult> {
  return loadListings(configFor(name, inputs), memoryIO({ [name]: text }))
}

/** Loads a file of __tests__/fixtures/. */
export function loadFixture(path: string, inputs: RawInputs = {}): Promise<LoadResult> {
  return loadText(path, readFixture(path), inputs)
}

export function readFixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')
}

let serial = 0

/** A valid source record with canonical field names; every field can be overridden. */
export function sourceRecord(fields: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1
  return {
    id: `job-${serial}`,
    company: 'Acme',
    title: 'Backend Developer',
    url: `https://jobs.example/${serial}`,
    posted_at: '2025-10-22T12:00:00Z',
    ...fields
  }
}

export interface TestServer {
  /** The server's address with `path` appended. */
  url(path?: string): string
  /** The requests received so far. */
  requests: IncomingMessage[]
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 and a free port. */
export async function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => void
): Promise<TestServer> {
  const requests: IncomingMessage[] = []
  const server = createServer((request, response) => {
    requests.push(request)
    handler(request, response)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
