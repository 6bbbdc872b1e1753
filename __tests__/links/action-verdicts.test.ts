/**
 * `mode: check-links` end to end, posting by posting: dist/index.js under Node 24 against the
 * GitHub double and a job site on 127.0.0.1 that answers 200, 404, 410, a redirect to its "job
 * closed" page, a redirect loop, 500, 429 and never. Exactly the 404, 410 and closed-page
 * postings are closed, each by one line in its own record (the file's layout kept); every other
 * record is untouched; the job summary names each dead and each unknown posting with its reason.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { diffLines } from 'diff'
import { closeChecked, startBoardRepo, type BoardRepo } from '../action/board-repo.js'
import { TOKEN } from '../action/run-action.js'
import { renderGfm } from '../helpers/cmark.js'
import { closedPaths, DEAD, listingsJson, NOW, TEMPLATE } from './board-files.js'
import { POSTINGS, startPostingServer, type PostingServer } from './posting-server.js'

let site: PostingServer
let board: BoardRepo

beforeEach(async () => {
  site = await startPostingServer()
})
afterEach(async () => {
  await closeChecked(board)
  await site.close()
})

/** What the summary says of each posting that is not alive. */
const REASONS: Record<string, (url: (path: string) => string) => string> = {
  '/dead-404': () => 'answered 404 Not Found',
  '/dead-410': () => 'answered 410 Gone',
  '/dead-moved': url => `redirected to ${url('/closed?job=7')}`,
  '/dead-head-refused': () => 'answered 404 Not Found',
  '/loop-a': url => `redirects in a loop (back to ${url('/loop-a')}) (HEAD and GET)`,
  '/error': () => 'answered 500 Internal Server Error; asked again on the next run',
  '/busy': () => 'answered 429 Too Many Requests; asked again on the next run',
  '/hang': () => 'did not answer within 1 s (HEAD and GET)'
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const UNKNOWN = ['/loop-a', '/error', '/busy', '/hang']
const ALIVE = ['/alive', '/head-refused', '/moved-alive']

describe('mode: check-links, posting by posting', () => {
  it('closes exactly the gone postings, one line each, and reports every other verdict', async () => {
    const before = listingsJson(site)
    board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': before })

    const run = await board.run({
      inputs: {
        listings: 'jobs.json',
        category: 'backend',
        now: NOW,
        token: TOKEN,
        mode: 'check-links',
        'closed-urls': site.url('/closed'),
        'link-timeout': '1',
        'link-host-delay-ms': '0',
        // The job site of these tests is on 127.0.0.1, which the action requests only when allowed.
        'link-private-hosts': 'true'
      }
    })

    expect(run.exitCode).toBe(0)
    // Every kind of answer was asked for, and the test's own sets cover them all.
    expect([...DEAD, ...UNKNOWN, ...ALIVE].sort()).toEqual(Object.keys(POSTINGS).sort())

    // The listings file's diff: in each dead record, `"active": false` after its last field
    // (which gains its comma), in the file's indentation; no other line changes.
    const after = (await board.github.git.readFile('main', 'jobs.json'))!
    const changes = diffLines(before, after)
      .filter(part => part.added || part.removed)
      .map(part => `${part.added ? '+' : '-'}${part.value}`)
    expect(changes).toEqual(DEAD.flatMap(() => ['-    ]\n', '+    ],\n    "active": false\n']))
    expect(closedPaths(after).sort()).toEqual([...DEAD, '/dead-404?closed-already'].sort())

    // The summary as GitHub shows it: each dead and each unknown posting linked, with its
    // reason as text (an address in a reason is kept from becoming a link); no alive one.
    const shown = renderGfm(run.summary).replace(/<!--.*?-->/g, '')
    const section = (title: string) => shown.split(`${title}</h3>`)[1]?.split('<h3>')[0] ?? ''
    const dead = section(`Dead (${DEAD.length})`)
    const unknown = section(`Unknown (${UNKNOWN.length}): asked again on the next run`)
    const item = (path: string) =>
      new RegExp(
        `<li><a href="${escape(site.url(path))}">[^<]*</a>: ${escape(REASONS[path]!(site.url))}</li>`
      )
    expect(dead.match(/<li>/g)).toHaveLength(DEAD.length)
    for (const path of DEAD) expect(dead).toMatch(item(path))
    expect(unknown.match(/<li>/g)).toHaveLength(UNKNOWN.length)
    for (const path of UNKNOWN) expect(unknown).toMatch(item(path))
    const linkCheck = run.summary.split('## Job board')[0]!
    for (const path of ALIVE) expect(linkCheck).not.toContain(site.url(path))
    expect(run.outputs).toMatchObject({
      'links-checked': String(Object.keys(POSTINGS).length),
      'links-dead': String(DEAD.length),
      'links-closed': String(DEAD.length),
      'links-unknown': String(UNKNOWN.length)
    })

    // The README still shows the unknown and alive postings, and none of the dead.
    const readme = (await board.github.git.readFile('main', 'README.md'))!
    for (const path of [...UNKNOWN, ...ALIVE]) expect(readme).toContain(site.url(path))
    for (const path of DEAD) expect(readme).not.toContain(`${site.url(path)})`)
  })
})
