/**
 * Feeds as real job APIs serve them, over HTTP from a server on 127.0.0.1: an answer that is
 * one page of several says so, the hint reads the shapes of SmartRecruiters, Workable, Hacker
 * News and Ashby answers, a notice among the records is no listing, and a mapping path picks a
 * list's item by a key's value (Greenhouse's metadata).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { OutgoingHttpHeaders } from 'node:http'
import type { RawInputs } from '../../src/config/config.js'
import { buildOneBoard, oneBoard } from '../helpers/settings.js'
import { serve, type TestServer } from './helpers.js'

const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  ''
].join('\n')

let servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(server => server.close()))
  servers = []
})

/** A server that answers every request with `body` as JSON, and `headers`. */
async function api(body: unknown, headers: OutgoingHttpHeaders = {}): Promise<TestServer> {
  const server = await serve((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...headers })
    response.end(typeof body === 'string' ? body : JSON.stringify(body))
  })
  servers.push(server)
  return server
}

/** A board built from the URL as the CLI builds it: its rows, and the warnings it gave. */
async function board(url: string, inputs: RawInputs = {}) {
  const warnings: string[] = []
  const files: Record<string, string> = { 'README.md': README }
  const settings = oneBoard({ listings: url, now: '2025-10-22T12:00:00Z', ...inputs })
  const result = await buildOneBoard(settings, {
    readFile: async path => files[path],
    listFiles: async () => [],
    warn: message => warnings.push(message)
  })
  const readme = result.files.find(file => file.path === 'README.md')
  return { result, warnings, readme: readme && 'text' in readme ? readme.text : '' }
}

describe('a record that carries none of the listing fields', () => {
  // RemoteOK's answer: a legal notice first, then the postings.
  const notice = {
    last_updated: 1761170000,
    legal:
      'API Terms of Service: Please link back to the URL on Remote OK and mention Remote OK as a source.'
  }
  const posting = (n: number, fields: Record<string, unknown> = {}) => ({
    slug: `remote-backend-engineer-acme-${n}`,
    id: `100${n}`,
    epoch: 1761130000 + n,
    date: `2025-10-2${n}T10:46:40+00:00`,
    company: 'Acme',
    position: n === 1 ? 'Backend Engineer' : 'Go Developer',
    tags: ['backend', 'go'],
    location: 'Worldwide',
    salary_min: 0,
    salary_max: 0,
    url: `https://remoteOK.com/remote-jobs/remote-backend-engineer-acme-100${n}`,
    ...fields
  })
  const fields = 'title=position,posted_at=date,skills=tags'

  it('is skipped with a note under strict (a notice, not a broken listing), and the board builds', async () => {
    const feed = await api([notice, posting(1), posting(2)])

    const { result, warnings, readme } = await board(feed.url('/api'), { fields, strict: 'true' })

    expect(result.invalidCount).toBe(0)
    expect(readme).toContain('Backend Engineer')
    expect(readme).toContain('Go Developer')
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Skipped record #1 \(its fields: last_updated, legal\): it carries none of the listing fields/
      )
    )
  })

  it('is said once for many, and a record with some fields that is invalid still fails strict', async () => {
    const many = await api([notice, notice, posting(1)])
    const { warnings } = await board(many.url('/api'), { fields })
    expect(warnings.filter(warning => warning.includes('none of the listing fields'))).toEqual([
      expect.stringContaining(
        'Skipped 2 of 3 records (the first #1, its fields: last_updated, legal)'
      )
    ])

    // A title alone is a listing that lacks the rest: invalid.
    const broken = await api([notice, posting(1), { position: 'Frontend Engineer' }])
    await expect(board(broken.url('/api'), { fields, strict: 'true' })).rejects.toMatchObject({
      code: 'invalid-record',
      message: expect.stringContaining('Listing #3 is invalid: company: missing; url: missing')
    })
  })
})
