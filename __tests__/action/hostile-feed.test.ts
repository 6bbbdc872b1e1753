/**
 * A feed written by an attacker, end to end through the built action: what its text can reach
 * is the log (where a line starting `::` is a command to the runner) and the job summary
 * (Markdown GitHub renders). Neither may carry a command, a heading, a link or a tag the feed
 * chose.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { renderGfm } from '../helpers/cmark.js'
import { serve } from '../load/helpers.js'
import {
  captured,
  closeChecked,
  LISTINGS,
  REFERENCE_INPUTS,
  startBoardRepo,
  TEMPLATE,
  type BoardRepo
} from './board-repo.js'

let board: BoardRepo

afterEach(() => closeChecked(board))

/** Ways to start a workflow command on a new line; `N` is the record's number. */
const COMMANDS = [
  '\n::error::injected-N',
  '\r::warning::injected-N',
  '\r\n::add-mask::injected-N',
  '\n::stop-commands::injected-N',
  '\n##[error]injected-N'
]

/** Valid listings whose every text field quotes a command, plus one in ten missing its url. */
function hostileFeed(count: number): string {
  const records = Array.from({ length: count }, (_, index) => {
    const n = index + 1
    const command = (COMMANDS[n % COMMANDS.length] ?? '').replace('N', String(n))
    return {
      id: `w${n}${command}`,
      company: `Acme ${n}\n# Injected heading ${n}`,
      title: `Backend Developer <img src=x onerror=alert(${n})>${command}`,
      ...(n % 10 === 0
        ? {}
        : { url: `https://jobs.example/${n}) [click](https://evil.example/${n}` }),
      location: `Remote${command}`,
      work_type: `anywhere${command}`,
      posted_at: '2025-10-22T12:00:00Z',
      categories: ['backend']
    }
  })
  return JSON.stringify(records)
}

/** A line the runner would read as a command whose data the feed wrote. */
const FEED_COMMAND = /^(?:::[^:]*::|##\[[^\]]*\])\s*injected/

describe('a hostile feed', () => {
  it('starts no workflow command of its own in the log, past the annotations too', async () => {
    board = await startBoardRepo()

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, commit: 'false', token: '' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': hostileFeed(120) }
    })

    expect(run.exitCode).toBe(0)
    const lines = `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/).map(line => line.trim())
    expect(lines.filter(line => FEED_COMMAND.test(line))).toEqual([])
    const plainWarnings = lines.filter(line => line.startsWith('Warning: '))
    expect(plainWarnings.length).toBeGreaterThan(50)
    expect(plainWarnings).toContainEqual(
      expect.stringMatching(/\(id w\d+%0D::warning::injected-\d+\)/)
    )
  })

  it('starts none in the failure a strict run ends with', async () => {
    board = await startBoardRepo()

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, commit: 'false', token: '', strict: 'true' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': hostileFeed(120) }
    })

    expect(run.exitCode).toBe(1)
    const lines = `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/).map(line => line.trim())
    expect(lines.filter(line => FEED_COMMAND.test(line))).toEqual([])
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error::Listing #10 \(id w10%0A::error::injected-10\) is invalid/)
    )
  })

  it('puts no heading, link or tag of its own in the job summary', async () => {
    board = await startBoardRepo()

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, commit: 'false', token: '' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': hostileFeed(120) }
    })

    expect(run.exitCode).toBe(0)
    const html = renderGfm(run.summary)
    const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map(match => match[2])
    expect(headings).toEqual(['Job board: README.md', 'Files (1)', 'Added (50)'])
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(match => match[1])
    expect(links).toHaveLength(30)
    for (const href of links) expect(href).toMatch(/^https:\/\/jobs\.example\/\d+\)/)
    expect(html).not.toMatch(/<img|<script/)
    expect(html).toContain('Acme 1 # Injected heading 1: Backend Developer')
  })
})

describe('a listings URL with a key in it', () => {
  const KEY = 'Zq9-feed-key-value'

  it('loads the feed, and a failure names the URL without the key', async () => {
    board = await startBoardRepo()
    let status = 200
    const feed = await serve((request, response) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(status === 200 ? LISTINGS : '{"error": "no"}')
    })
    const inputs = {
      ...REFERENCE_INPUTS,
      listings: feed.url(`/jobs.json?page=1&api_key=${KEY}`),
      commit: 'false',
      token: ''
    }
    try {
      const loaded = await board.run({ inputs, workspaceFiles: { 'README.md': TEMPLATE } })
      status = 404
      const failed = await board.run({ inputs, workspaceFiles: { 'README.md': TEMPLATE } })

      expect(loaded.exitCode).toBe(0)
      expect(loaded.outputs.jobs).toBe('50')
      expect(failed.exitCode).toBe(1)
      expect(failed.stdout).toContain('/jobs.json?page=1&api_key=*** answered 404')
      for (const run of [loaded, failed]) expect(captured(run)).not.toContain(KEY)
    } finally {
      await feed.close()
    }
  })
})
