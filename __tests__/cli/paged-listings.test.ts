/**
 * The built CLI on a listings URL that serves the feed in pages, each naming the next page's
 * address in the body (`next`, relative): the README is the one the whole file gives, and
 * `--listings-max-pages` stops it with a warning naming the limit and the next address.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { read, REFERENCE, runCli, runCliAsync, withReferenceFiles } from '../helpers/cli.js'
import { serve, type TestServer } from '../load/helpers.js'

const LISTINGS = JSON.parse(readFileSync(join(REFERENCE, 'listings.json'), 'utf8')) as unknown[]
const PAGE = 25

let feed: TestServer

/** The reference listings, PAGE a page, at /api/jobs?offset=N, each naming the next. */
beforeAll(async () => {
  feed = await serve((request, response) => {
    const offset = Number(
      new URL(request.url ?? '/', 'http://feed').searchParams.get('offset') ?? 0
    )
    const next = offset + PAGE < LISTINGS.length ? `/api/jobs?offset=${offset + PAGE}` : null
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ jobs: LISTINGS.slice(offset, offset + PAGE), next }))
  })
})
afterAll(() => feed.close())

const FLAGS = ['--readme', 'README.template.md', '--category', 'backend']
const NOW = ['--now', '2025-10-22T20:30:00Z']

describe('jobs-readme on a listings URL in pages', () => {
  it('writes the README the whole file gives, from every page', async () => {
    const dir = withReferenceFiles('listings.json', 'README.template.md')
    const whole = runCli(
      [...FLAGS, ...NOW, '--listings', 'listings.json', '--out', join(dir, 'whole.md')],
      { cwd: dir }
    )
    expect(whole.status).toBe(0)

    const run = await runCliAsync(
      [...FLAGS, ...NOW, '--listings', feed.url('/api/jobs'), '--out', join(dir, 'paged.md')],
      dir
    )

    expect(run.stderr).not.toContain('paged answer')
    expect(run.status).toBe(0)
    expect(read(join(dir, 'paged.md'))).toBe(read(join(dir, 'whole.md')))
  })

  it("warns of no next page for the cursor an API echoes beside its next page's address", async () => {
    const echo = await serve((request, response) => {
      const page = Number(new URL(request.url ?? '/', 'http://feed').searchParams.get('page') ?? 1)
      const next = page < 3 ? `/api/jobs?page=${page + 1}` : null
      const jobs = LISTINGS.slice((page - 1) * PAGE, page * PAGE)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ data: jobs, cursor: `cur${page}`, next }))
    })
    const dir = withReferenceFiles('README.template.md')
    try {
      const run = await runCliAsync(
        [...FLAGS, ...NOW, '--listings', echo.url('/api/jobs'), '--out', join(dir, 'out.md')],
        dir
      )

      expect(run.status).toBe(0)
      expect(run.stdout + run.stderr).not.toContain('paged answer')
      expect(echo.requests).toHaveLength(3)
    } finally {
      await echo.close()
    }
  })

  it('stops at --listings-max-pages with a warning naming the limit and the next page', async () => {
    const dir = withReferenceFiles('README.template.md')
    const url = feed.url('/api/jobs')

    const run = await runCliAsync(
      [
        ...FLAGS,
        ...NOW,
        '--listings',
        url,
        '--listings-max-pages',
        '2',
        '--out',
        join(dir, 'out.md')
      ],
      dir
    )

    expect(run.status).toBe(0)
    expect(run.stdout + run.stderr).toContain(
      `Listings "${url}" has more pages than "listings-max-pages" (2) lets the run read: it read 2 pages (50 records) and stops before the next, ${feed.url('/api/jobs?offset=50')}.`
    )
  })
})
