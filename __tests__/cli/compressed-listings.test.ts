/**
 * The built CLI on a listings URL that serves its feed gzip-compressed: whole, the README is the
 * one the file gives; cut short (a transfer broken off mid-stream, sent chunked so that no
 * length tells), the run fails as for a corrupt body and the README is left as it was, rather
 * than publish the rows and links the cut shortened.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { read, REFERENCE, runCli, runCliAsync, withReferenceFiles } from '../helpers/cli.js'
import { serve, type TestServer } from '../load/helpers.js'

const GZIPPED = zlib.gzipSync(readFileSync(join(REFERENCE, 'listings.json')))

let feed: TestServer

/** /whole serves the gzip stream; /cut?bytes=N without its last N bytes. */
beforeAll(async () => {
  feed = await serve((request, response) => {
    const cut = Number(new URL(request.url ?? '/', 'http://feed').searchParams.get('bytes') ?? 0)
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
    response.end(GZIPPED.subarray(0, GZIPPED.length - cut))
  })
})
afterAll(() => feed.close())

const FLAGS = ['--readme', 'README.template.md', '--category', 'backend']
const NOW = ['--now', '2025-10-22T20:30:00Z']

describe('jobs-readme on a gzip-compressed listings URL', () => {
  it('writes the README the file gives from a whole body', async () => {
    const dir = withReferenceFiles('listings.json', 'README.template.md')
    const whole = runCli(
      [...FLAGS, ...NOW, '--listings', 'listings.json', '--out', join(dir, 'file.md')],
      { cwd: dir }
    )
    expect(whole.status).toBe(0)

    const run = await runCliAsync(
      [...FLAGS, ...NOW, '--listings', feed.url('/whole'), '--out', join(dir, 'url.md')],
      dir
    )

    expect(run.status).toBe(0)
    expect(read(join(dir, 'url.md'))).toBe(read(join(dir, 'file.md')))
  })

  it.each([8, 11, 200])(
    'fails on a body without its last %i bytes and leaves the README as it was',
    async bytes => {
      const dir = withReferenceFiles('README.template.md')
      const before = read(join(dir, 'README.template.md'))
      const url = feed.url(`/cut?bytes=${bytes}`)

      const run = await runCliAsync([...FLAGS, ...NOW, '--listings', url], dir)

      expect(run.status).toBe(3)
      expect(run.stderr).toContain(
        `Listings URL ${url} answered, but its body was cut off or corrupt (unexpected end of file). The server or a proxy broke the transfer; try again later.`
      )
      expect(read(join(dir, 'README.template.md'))).toBe(before)
    }
  )
})
