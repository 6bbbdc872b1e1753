/**
 * The built CLI on a CSV served in a legacy charset, under this Node.js and every other one on
 * the PATH (the Action runs on node24; the CLI supports Node.js 20 and later): bytes 0x80-0x9F
 * labelled windows-1252 or iso-8859-1 read as Windows-1252, as the WHATWG Encoding standard says
 * of both labels (’ ™ – €), whichever shortcut a Node.js version's TextDecoder takes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, realpathSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { runCliAsync, scratchDir, writeFiles } from '../helpers/cli.js'
import { serve, type TestServer } from '../load/helpers.js'

const CSV =
  'company,title,url,posted_at,salary\r\nO’Brien™ Ltd,Engineer – Backend,https://jobs.example/1,2025-10-22,€50000\r\n'
const HIGH: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, '™': 0x99 }
const BYTES = Buffer.from([...CSV].map(char => HIGH[char] ?? char.charCodeAt(0)))

/** This Node.js and the others on the PATH, outside node_modules. */
const NODES = [
  ...new Set(
    [
      process.execPath,
      ...(process.env.PATH ?? '')
        .split(delimiter)
        .filter(dir => dir !== '' && !dir.includes('node_modules'))
        .map(dir => join(dir, 'node'))
    ]
      .filter(path => existsSync(path))
      .map(path => realpathSync(path))
  )
]

let feed: TestServer

beforeAll(async () => {
  feed = await serve((request, response) => {
    const charset = new URL(request.url ?? '/', 'http://feed').searchParams.get('charset')
    response.writeHead(200, { 'content-type': `text/csv; charset=${charset}` })
    response.end(BYTES)
  })
})
afterAll(() => feed.close())

describe('jobs-readme on a CSV in a legacy charset', () => {
  it.each(NODES.flatMap(node => ['windows-1252', 'iso-8859-1'].map(charset => [charset, node])))(
    'reads bytes 0x80-0x9F labelled %s as Windows-1252 under %s',
    async (charset, node) => {
      const url = feed.url(`/jobs.csv?charset=${charset}`)
      const dir = scratchDir()
      writeFiles(dir, {
        'README.md': '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
      })

      const run = await runCliAsync(
        ['--listings', url, '--now', '2025-10-23T12:00:00Z', '--out', '-'],
        dir,
        {},
        node
      )

      expect(run.stderr).not.toContain('warning')
      expect(run.stdout).toContain('O’Brien™ Ltd')
      expect(run.stdout).toContain('Engineer – Backend')
      expect(run.status).toBe(0)
    }
  )
})
