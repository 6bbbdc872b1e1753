/**
 * Pull request mode, end to end: `pull-request: true`, or `auto` on a protected branch, commits
 * to the action's own branch and opens one pull request — updated, not duplicated, later on.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { closeChecked, REFERENCE_INPUTS, startBoardRepo, type BoardRepo } from './board-repo.js'

const PR_BRANCH = 'jobs-readme/README.md'

let board: BoardRepo

afterEach(() => closeChecked(board))

describe('a protected branch with pull-request: auto (the default)', () => {
  it('opens one pull request with the new README and leaves the branch as it was', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })

    const run = await board.run()

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head('main')).toBe(board.start)
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([board.start])
    expect(await board.github.git.readFile(PR_BRANCH, 'README.md')).toContain(
      '| Company | Position |'
    )
    expect(board.github.hosted.pullRequests).toEqual([
      expect.objectContaining({
        number: 1,
        state: 'OPEN',
        baseRefName: 'main',
        headRefName: PR_BRANCH,
        title: 'Update backend openings: 50 jobs (+50 -0)',
        body: expect.stringContaining('Branch `main` is protected')
      })
    ])
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'pull-request-number': '1',
      'pull-request-url': board.github.hosted.pullRequests[0]?.url,
      'commit-sha': commit?.sha
    })
    expect(run.summary).toContain(
      `Opened pull request [#1](${board.github.hosted.pullRequests[0]?.url})`
    )
  })

  it('on the next run with the same openings, writes nothing and opens no second pull request', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    await board.run()
    const head = await board.github.git.head(PR_BRANCH)
    const writesBefore = board.github.requests.length

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, now: '2025-10-22T22:00:00Z' } })

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head(PR_BRANCH)).toBe(head)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(board.github.requests.slice(writesBefore).map(r => r.operation)).toEqual([
      'query ReadBoard',
      'mutation CommitReadme'
    ])
    expect(run.outputs['pull-request-number']).toBe('1')
  })

  it('on a run with new openings, adds a commit to the same pull request', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    await board.run()
    const first = await board.github.git.head(PR_BRANCH)

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'max-rows': '10' } })

    expect(run.exitCode).toBe(0)
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([first])
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(board.github.hosted.pullRequests[0]?.title).toBe(
      'Update backend openings: 10 jobs (+10 -0)'
    )
    expect(run.summary).toContain('Updated pull request [#1]')
  })

  it('names the pull-requests permission when the token may not open one', async () => {
    board = await startBoardRepo({
      protectedBranches: ['main'],
      permissions: { pullRequests: 'read' }
    })
    const run = await board.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::The token may not do this in octo-org\/job-board .*"permissions: pull-requests: write"/
    )
    expect(await board.github.git.head('main')).toBe(board.start)
  })
})

describe('pull-request: true', () => {
  it('proposes the change even where a commit would be allowed', async () => {
    board = await startBoardRepo()
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'pull-request': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(board.github.hosted.pullRequests[0]?.body).toContain('`pull-request: true`')
    expect(board.github.requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'mutation CreateBranch',
      'mutation CommitReadme',
      'mutation OpenPullRequest'
    ])
  })
})
