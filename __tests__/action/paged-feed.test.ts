/**
 * The built action on a listings URL that serves the feed in pages, each naming the next in a
 * `Link` header: the board is the one the whole file builds, and a page that fails fails the
 * run, naming it, with nothing committed.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { serve, type TestServer } from '../load/helpers.js'
import {
  closeChecked,
  LISTINGS,
  readmeFromCli,
  REFERENCE_INPUTS,
  startBoardRepo,
  type BoardRepo
} from './board-repo.js'

let board: BoardRepo
let feed: TestServer | undefined

afterEach(async () => {
  await feed?.close()
  feed = undefined
  await closeChecked(board)
})

/** The reference listings in pages of 20 at /jobs?page=N; `broken`: a page answering 503. */
async function pagedFeed(broken?: number): Promise<TestServer> {
  const records = JSON.parse(LISTINGS) as unknown[]
  const pages = Math.ceil(records.length / 20)
  return serve((request, response) => {
    const page = Number(new URL(request.url ?? '/', 'http://feed').searchParams.get('page') ?? 1)
    if (page === broken || page > pages) {
      response.writeHead(page === broken ? 503 : 404)
      response.end()
      return
    }
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(page < pages && { link: `</jobs?page=${page + 1}>; rel="next"` })
    })
    response.end(JSON.stringify(records.slice((page - 1) * 20, page * 20)))
  })
}

describe('a listings URL in pages', () => {
  it('commits the board the whole feed builds, from every page', async () => {
    board = await startBoardRepo()
    feed = await pagedFeed()

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, listings: feed.url('/jobs') } })

    expect(run.exitCode).toBe(0)
    expect(feed.requests.map(request => request.url)).toEqual([
      '/jobs',
      '/jobs?page=2',
      '/jobs?page=3'
    ])
    expect(await board.github.git.readFile('main', 'README.md')).toBe(readmeFromCli())
    expect(run.outputs.jobs).toBe('50')
  })

  it('fails on a page that fails, naming it, and commits nothing', async () => {
    board = await startBoardRepo()
    feed = await pagedFeed(2)
    const url = feed.url('/jobs')

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, listings: url } })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `Page 2 of listings "${url}" could not be read, so the run stops rather than show the pages before it as the whole feed: Listings URL ${feed.url('/jobs?page=2')} answered 503`
    )
    expect((await board.github.git.log('main')).map(commit => commit.sha)).toEqual([board.start])
  })
})
