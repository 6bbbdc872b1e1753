/**
 * `mode: check-links` end to end: dist/index.js under Node 24 against the GitHub double and a job
 * site on 127.0.0.1. With the repository's own listings file, the closes and the rebuilt README
 * are one commit; with listings from a URL, nothing is committed and the job summary lists the
 * dead postings. Outputs and summary give the counts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type AddressInfo } from 'node:net'
import { closeChecked, startBoardRepo, type BoardRepo } from '../action/board-repo.js'
import { TOKEN } from '../action/run-action.js'
import { renderGfm } from '../helpers/cmark.js'
import { closedPaths, DEAD, listingsJson, NOW, TEMPLATE } from './board-files.js'
import { startPostingServer, type PostingServer } from './posting-server.js'

let site: PostingServer
let board: BoardRepo

beforeEach(async () => {
  site = await startPostingServer()
})
afterEach(async () => {
  await closeChecked(board)
  await site.close()
})

const inputs = (listings: string) => ({
  listings,
  category: 'backend',
  now: NOW,
  token: TOKEN,
  mode: 'check-links',
  'closed-urls': site.url('/closed'),
  'link-timeout': '1',
  'link-host-delay-ms': '0',
  // The job site of these tests is on 127.0.0.1, which the action requests only when allowed.
  'link-private-hosts': 'true'
})

describe("mode: check-links on the repository's listings file", () => {
  it('closes the dead postings and rebuilds the README in one commit', async () => {
    board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': listingsJson(site) })

    const run = await board.run({ inputs: inputs('jobs.json') })

    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    const listings = await board.github.git.readFile('main', 'jobs.json')
    expect(closedPaths(listings ?? '').sort()).toEqual([...DEAD, '/dead-404?closed-already'].sort())
    const readme = (await board.github.git.readFile('main', 'README.md')) ?? ''
    for (const path of DEAD) expect(readme).not.toContain(site.url(path))
    for (const path of ['/alive', '/error', '/busy', '/hang', '/loop-a'])
      expect(readme).toContain(site.url(path))
    expect(commit?.message).toBe('Close the postings whose pages are gone: 7 jobs (+7 -0)')
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': commit?.sha,
      'links-checked': '11',
      'links-dead': '4',
      'links-closed': '4',
      'links-unknown': '4',
      files: 'jobs.json\nREADME.md'
    })
    expect(run.summary).toContain('## Link check: 11 postings')
    expect(run.summary).toContain('| 11 | 4 | 4 | 4 |')
    expect(run.summary).toContain('### Unknown (4): asked again on the next run')
    expect(run.summary).toContain(
      `[Company 6: Backend Engineer /error](${site.url('/error')}): answered 500 Internal Server Error; asked again on the next run`
    )
    expect(run.summary).toContain(`Committed [\`${commit?.sha.slice(0, 7)}\`]`)
    expect(run.summary).toContain(
      'Closed 4 records of 4 dead postings (`active: false`) in the listings file, in the commit below.'
    )
  })

  it('with commit: false says the closes are in the workspace, not in a commit', async () => {
    board = await startBoardRepo()

    const run = await board.run({
      inputs: { ...inputs('jobs.json'), commit: 'false', token: '' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': listingsJson(site) }
    })

    expect(run.exitCode).toBe(0)
    expect(board.github.requests).toEqual([])
    expect(run.summary).toContain(
      'Closed 4 records of 4 dead postings (`active: false`) in the listings file, in the workspace (not committed).'
    )
    expect(run.summary).not.toContain('in the commit below')
  })

  it('commits nothing when no posting is gone', async () => {
    const alive = listingsJson(site).replaceAll('/dead-', '/alive?was=')
    board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': alive })

    const run = await board.run({ inputs: inputs('jobs.json') })

    expect(run.exitCode).toBe(0)
    expect((await board.github.git.log('main')).map(c => c.sha)).toEqual([board.start])
    expect(run.outputs).toMatchObject({ changed: 'false', 'links-dead': '0', 'links-closed': '0' })
    expect(run.summary).toContain('No posting is gone.')
  })
})

describe("mode: check-links and postings on the runner's own network", () => {
  it('requests none on a loopback address unless link-private-hosts allows it, and says why', async () => {
    board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': listingsJson(site) })
    const { 'link-private-hosts': _allowed, ...guarded } = inputs('jobs.json')

    const run = await board.run({ inputs: guarded })

    expect(run.exitCode).toBe(0)
    expect(site.requests).toEqual([])
    expect((await board.github.git.log('main')).map(c => c.sha)).toEqual([board.start])
    expect(run.outputs).toMatchObject({
      'links-checked': '11',
      'links-dead': '0',
      'links-closed': '0',
      'links-unknown': '11'
    })
    expect(run.summary).toContain(
      `[Company 2: Backend Engineer /dead-404](${site.url('/dead-404')}): not requested: 127.0.0.1 is a loopback address, which only the runner's own network could reach (link-private-hosts allows it)`
    )
    expect(run.summary).not.toContain('ECONNREFUSED')
  })
})

describe('mode: check-links when a guard refuses the closes', () => {
  it('reports the dead and unknown postings (log, summary, outputs), commits nothing, fails', async () => {
    board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': listingsJson(site) })
    // The table as it stands: 11 rows, of which closing the 4 dead would remove 36%.
    expect((await board.run({ inputs: { ...inputs('jobs.json'), mode: 'update' } })).exitCode).toBe(
      0
    )
    const built = (await board.github.git.log('main')).map(c => c.sha)

    const run = await board.run({
      inputs: { ...inputs('jobs.json'), 'max-removed-percent': '10' }
    })

    expect(run.exitCode).toBe(1)
    expect((await board.github.git.log('main')).map(c => c.sha)).toEqual(built)
    expect(run.outputs).toMatchObject({
      changed: 'false',
      'links-checked': '11',
      'links-dead': '4',
      'links-closed': '0',
      'links-unknown': '4'
    })
    expect(run.summary).toContain('### Dead (4)')
    expect(run.summary).toContain('### Unknown (4): asked again on the next run')
    for (const path of DEAD) expect(run.summary).toContain(`](${site.url(path)})`)
    expect(run.summary).toContain('**None was closed.** Closing the 4 dead postings would remove')
    for (const path of DEAD) expect(run.stdout).toContain(`dead: ${site.url(path)} `)
    expect(run.stdout).toContain(
      '::error::Closing the 4 dead postings would remove 4 of the 11 openings now in the table'
    )
  })
})

describe('mode: check-links and what servers say', () => {
  it('escapes the control characters of a status text in the log and the job summary', async () => {
    // A status line no Node server would send: ESC sequences and a BEL, as a hostile site may.
    const raw = createServer(socket =>
      socket.once('data', () =>
        socket.end(
          'HTTP/1.1 404 \x1b[31mRED\x1b]0;pwned\x07\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
        )
      )
    )
    await new Promise<void>(resolve => raw.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = raw.address() as AddressInfo
      const records = JSON.parse(listingsJson(site)) as Array<Record<string, unknown>>
      records[0] = { ...records[0], url: `http://127.0.0.1:${port}/ansi` }
      board = await startBoardRepo(
        {},
        { 'README.md': TEMPLATE, 'jobs.json': `${JSON.stringify(records, null, 2)}\n` }
      )

      const run = await board.run({ inputs: { ...inputs('jobs.json'), 'dry-run': 'true' } })

      expect(run.exitCode).toBe(0)
      const said = 'answered 404 \\x1b[31mRED\\x1b]0;pwned\\x07'
      expect(run.stdout).toContain(`dead: http://127.0.0.1:${port}/ansi (Company 1: `)
      expect(run.stdout).toContain(said)
      // The summary as GitHub shows it: the escapes as text.
      expect(renderGfm(run.summary)).toContain(said)
      for (const text of [run.stdout, run.stderr, run.summary])
        // eslint-disable-next-line no-control-regex -- control characters are what must be absent
        expect(text).not.toMatch(/[\x07\x1b]/)
    } finally {
      await new Promise(resolve => raw.close(resolve))
    }
  })
})

describe('mode: check-links on listings from a URL', () => {
  it('commits nothing and lists the dead postings in the job summary', async () => {
    site.serve('/listings.json', listingsJson(site))
    board = await startBoardRepo({}, { 'README.md': TEMPLATE })

    const run = await board.run({ inputs: inputs(site.url('/listings.json')) })

    expect(run.exitCode).toBe(0)
    expect((await board.github.git.log('main')).map(c => c.sha)).toEqual([board.start])
    expect(run.outputs).toMatchObject({
      changed: 'false',
      'links-checked': '11',
      'links-dead': '4',
      'links-closed': '0',
      'links-unknown': '4'
    })
    expect(run.summary).toContain('The listings come from a URL, so these postings were not closed')
    expect(run.summary).toContain('### Dead (4)')
    for (const path of DEAD) expect(run.summary).toContain(`](${site.url(path)})`)
  })
})
