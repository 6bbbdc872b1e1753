/**
 * Faults and refusals, end to end: outages and rate limits are retried within bounds; a wrong
 * token, a missing permission, a missing repository, branch, README or zone, and a protected
 * branch fail the step with a message that says what to do, and leave the branch as it was.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults } from '../github-double/server.js'
import {
  captured,
  closeChecked,
  REFERENCE_INPUTS,
  startBoardRepo,
  TEMPLATE,
  LISTINGS,
  type BoardRepo
} from './board-repo.js'
import { TOKEN } from './run-action.js'

let board: BoardRepo

afterEach(() => closeChecked(board))

/** The step's failure message, as the runner shows it. */
const failure = (stdout: string) => /^::error::(.*)$/m.exec(stdout)?.[1] ?? ''

const statuses = () =>
  board.github.requests.map(request => `${request.operation} ${request.status}`)

async function expectBranchUntouched() {
  expect(await board.github.git.head('main')).toBe(board.start)
  expect(await board.github.git.branches()).toEqual(['main'])
}

describe('outages and rate limits', () => {
  it('retries a 502 on the read and commits', async () => {
    board = await startBoardRepo()
    board.github.failNext(faults.serverError(502))
    const run = await board.run()
    expect(run.exitCode).toBe(0)
    expect(statuses()).toEqual([
      'query ReadBoard 502',
      'query ReadBoard 200',
      'mutation CommitReadme 200'
    ])
  })

  it('gives up after two retries of a lasting outage, with nothing written', async () => {
    board = await startBoardRepo()
    board.github.failNext(faults.serverError(503), 10)
    const run = await board.run()
    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toMatch(
      /^GitHub failed while reading the README \(503\): .*try again later/
    )
    expect(statuses()).toEqual(Array(3).fill('query ReadBoard 503'))
    await expectBranchUntouched()
  })

  it.each([403, 429] as const)(
    'waits out a secondary rate limit (%i, retry-after) on the write',
    async status => {
      board = await startBoardRepo()
      board.github.failNext(faults.onlyWrites(faults.secondaryRateLimit(status)))
      const run = await board.run()
      expect(run.exitCode).toBe(0)
      expect(statuses()).toEqual([
        'query ReadBoard 200',
        `mutation CommitReadme ${status}`,
        'mutation CommitReadme 200'
      ])
      expect(run.stdout).toContain('secondary rate limit was reached; retrying in 1 s')
    }
  )

  it('stops waiting when the rate limit lasts', async () => {
    board = await startBoardRepo()
    board.github.failNext(faults.secondaryRateLimit(429), 10)
    const run = await board.run()
    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toMatch(
      /^GitHub's API rate limit stopped the run while reading the README \(429\): You have exceeded a secondary rate limit.* It asks to wait 1 s, and it still held when retried\. The run stopped there; the next run will try again\./
    )
    expect(board.github.requests).toHaveLength(3)
  })

  it('stops at once, without waiting, on a rate limit that resets in an hour', async () => {
    board = await startBoardRepo()
    const reset = Math.floor(Date.now() / 1000) + 3600
    board.github.failNext(
      {
        status: 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-limit': '1000',
          'x-ratelimit-reset': String(reset)
        },
        body: { message: 'API rate limit exceeded for installation ID 123.' }
      },
      10
    )
    const started = Date.now()
    const run = await board.run()
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(run.exitCode).toBe(1)
    const at = new Date(reset * 1000).toISOString().slice(11, 16)
    expect(failure(run.stdout)).toBe(
      `GitHub's API rate limit stopped the run while reading the README (403): API rate limit exceeded for installation ID 123. It resets at ${at} UTC, in 60 min, longer than a run waits (60 s). The run stopped there; the next run will try again. If it keeps happening, run the workflow less often or give it a token of its own.`
    )
    expect(statuses()).toEqual(['query ReadBoard 403'])
    await expectBranchUntouched()
  })

  it('calls a GraphQL RATE_LIMITED answer (HTTP 200) a rate limit, and claims no retries', async () => {
    board = await startBoardRepo()
    const reset = Math.floor(Date.now() / 1000) + 3600
    board.github.failNext(
      {
        status: 200,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: {
          errors: [
            {
              type: 'RATE_LIMITED',
              message: 'API rate limit already exceeded for installation ID 123.'
            }
          ]
        }
      },
      10
    )
    const run = await board.run()
    expect(run.exitCode).toBe(1)
    const message = failure(run.stdout)
    expect(message).toMatch(
      /^GitHub's API rate limit stopped the run while reading the README: API rate limit already exceeded for installation ID 123\. It resets at \d\d:\d\d UTC, in 60 min, longer than a run waits \(60 s\)\. The run stopped there; the next run will try again\./
    )
    expect(message).not.toMatch(/\.\.|[Rr]etries/)
    expect(statuses()).toEqual(['query ReadBoard 200'])
    await expectBranchUntouched()
  })
})

describe('refusals a user can act on', () => {
  it('401: says the token was refused', async () => {
    board = await startBoardRepo()
    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, token: 'ghs_expiredTokenExpiredToken000000' }
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toMatch(/^GitHub refused the token \(401 Bad credentials\)/)
    await expectBranchUntouched()
  })

  it('403: names the permission the workflow must grant', async () => {
    board = await startBoardRepo({ permissions: { contents: 'read' } })
    const run = await board.run()
    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toBe(
      'The token may not do this in octo-org/job-board (GitHub said: "Resource not accessible by integration"). Add "permissions: contents: write" to the workflow or job, or pass a token that has it.'
    )
    await expectBranchUntouched()
  })

  it('404: says the repository is not there, or not visible to the token', async () => {
    board = await startBoardRepo({ permissions: { contents: 'none' } })
    const run = await board.run()
    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toMatch(
      /^Repository octo-org\/job-board not found, or the token cannot read it/
    )
    await expectBranchUntouched()
  })

  it('names a branch that does not exist', async () => {
    board = await startBoardRepo()
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, branch: 'gh-pages' } })
    expect(failure(run.stdout)).toMatch(/^Branch "gh-pages" does not exist in octo-org\/job-board/)
    await expectBranchUntouched()
  })

  it('names a README that does not exist', async () => {
    board = await startBoardRepo()
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, readme: 'docs/JOBS.md' } })
    expect(failure(run.stdout)).toMatch(/^README "docs\/JOBS.md" not found/)
    await expectBranchUntouched()
  })

  it('says a README that is a symbolic link is one, and names its target', async () => {
    board = await startBoardRepo({}, { 'docs/README.md': TEMPLATE, 'jobs.json': LISTINGS })
    const { git } = board.github
    const head = (await git.head('main')) ?? ''
    const link = await git.writeBlob('docs/README.md')
    const tree = await git.editTree(`${head}^{tree}`, [
      { path: 'README.md', mode: '120000', sha: link }
    ])
    const person = { name: 'Maintainer', email: 'maintainer@example.com' }
    const linked = await git.commitTree({
      tree,
      parents: [head],
      message: 'Link the README',
      author: person,
      committer: person
    })
    await git.updateRef('refs/heads/main', linked, head)

    const run = await board.run()

    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toMatch(
      /^README\.md is a symbolic link in the repository \(to docs\/README\.md\), not a file\. .*Set the input that names it \("readme" for a README\) to "docs\/README\.md", the file itself\.$/
    )
    expect(await git.head('main')).toBe(linked)
  })

  it('says a README or listings path that names a folder is one, and names files in it', async () => {
    board = await startBoardRepo(
      {},
      { 'docs/README.md': TEMPLATE, 'docs/notes.md': 'x\n', 'data/jobs.json': LISTINGS }
    )
    const readme = await board.run({ inputs: { ...REFERENCE_INPUTS, readme: 'docs' } })
    expect(readme.exitCode).toBe(1)
    expect(failure(readme.stdout)).toBe(
      '"docs" is a folder, not a file. Point the setting that names it at a file in it, such as "docs/README.md" or "docs/notes.md".'
    )
    const listings = await board.run({ inputs: { ...REFERENCE_INPUTS, listings: 'data' } })
    expect(failure(listings.stdout)).toMatch(
      /^"data" is a folder, not a file\. .*"data\/jobs\.json"/
    )
    await expectBranchUntouched()
  })

  it('names the missing openings zone', async () => {
    board = await startBoardRepo(
      {},
      { 'README.md': '# Jobs\n\nNo markers yet.\n', 'jobs.json': LISTINGS }
    )
    const run = await board.run()
    expect(failure(run.stdout)).toMatch(/^The README has no openings zone/)
    await expectBranchUntouched()
  })

  it('protected branch with pull-request: false says so and commits nothing', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'pull-request': 'false' } })
    expect(run.exitCode).toBe(1)
    expect(failure(run.stdout)).toMatch(
      /^Branch "main" is protected and refused the commit \(GitHub said: "Repository rule violations found Changes must be made through a pull request."\)\. Set "pull-request: auto"/
    )
    await expectBranchUntouched()
  })
})

it('masks the token and never prints it', async () => {
  board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': LISTINGS })
  const run = await board.run({
    inputs: { ...REFERENCE_INPUTS, 'listings-header': 'Authorization: Bearer feed-secret-123' }
  })
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  expect(run.stdout).toContain('::add-mask::Bearer feed-secret-123')
  expect(captured(run)).not.toContain('feed-secret-123')
})

it('shows at most 20 warnings as annotations, and counts the rest', async () => {
  const invalid = Array.from({ length: 30 }, (_, index) => ({
    id: `bad-${index}`,
    company: 'Acme'
  }))
  const listings = JSON.stringify([...JSON.parse(LISTINGS), ...invalid])
  board = await startBoardRepo({}, { 'README.md': TEMPLATE, 'jobs.json': listings })
  const run = await board.run()
  expect(run.exitCode).toBe(0)
  const annotations = run.stdout.match(/^::warning::.*$/gm) ?? []
  expect(annotations).toHaveLength(21)
  expect(annotations[0]).toMatch(/^::warning::Skipped listing #\d+/)
  expect(annotations[20]).toMatch(/^::warning::\d+ more warnings \(\d+ in all\) are in the log\.$/)
  expect(Number(run.outputs.skipped)).toBeGreaterThanOrEqual(30)
})
