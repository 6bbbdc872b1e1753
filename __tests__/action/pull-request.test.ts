/**
 * Pull request mode, end to end: `pull-request: true`, or `auto` on a protected branch, commits
 * to the action's own branch and opens one pull request — updated, not duplicated, later on.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults } from '../github-double/server.js'
import {
  closeChecked,
  LISTINGS,
  readmeFromCli,
  REFERENCE_INPUTS,
  startBoardRepo,
  TEMPLATE,
  type BoardRepo
} from './board-repo.js'

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
    // The open pull request's branch is what the run builds on: nothing to add, no write at all.
    expect(board.github.requests.slice(writesBefore).map(r => r.operation)).toEqual([
      'query ReadBoard'
    ])
    expect(run.outputs).toMatchObject({
      changed: 'false',
      files: '',
      'commit-sha': '',
      'pull-request-number': '1',
      'pull-request-url': board.github.hosted.pullRequests[0]?.url
    })
    expect(run.summary).toContain(
      `No change: the README is up to date with pull request [#1](${board.github.hosted.pullRequests[0]?.url}), nothing was committed.`
    )
    expect(run.summary).not.toContain('Updated pull request')
    expect(run.stdout).toContain('Up to date with pull request #1: ')
    expect(run.stdout).not.toMatch(/files written/)
  })

  it('on a run with new openings, adds a commit to the same pull request', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    await board.run()
    const first = await board.github.git.head(PR_BRANCH)

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'max-rows': '40' } })

    expect(run.exitCode).toBe(0)
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([first])
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    // Counted against the pull request's table, which this commit changes.
    expect(board.github.hosted.pullRequests[0]?.title).toBe(
      'Update backend openings: 40 jobs (+0 -10)'
    )
    expect(board.github.hosted.pullRequests[0]?.body).toContain(
      "40 jobs, 0 added and 10 removed since this pull request's previous commit"
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

/** The rows of a README's openings table. */
function rows(readme: string | undefined): number {
  return (readme ?? '').split('\n').filter(line => line.startsWith('| **[')).length
}

describe('the pull request branch between runs', () => {
  it("keeps a maintainer's edit made on the pull request branch, and builds the zones there", async () => {
    board = await startBoardRepo()
    const inputs = { ...REFERENCE_INPUTS, 'pull-request': 'true' }
    await board.run({ inputs })
    const proposed = (await board.github.git.readFile(PR_BRANCH, 'README.md')) ?? ''
    const edited = proposed.replace('refreshed every few hours.', 'refreshed hourly (edited).')
    expect(edited).not.toBe(proposed)
    const theirs = await board.github.git.commitFiles(
      PR_BRANCH,
      { 'README.md': edited, 'NOTES.md': 'mine\n' },
      'Fix wording in the pull request'
    )

    const run = await board.run({ inputs: { ...inputs, 'max-rows': '40' } })

    expect(run.exitCode).toBe(0)
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([theirs])
    const after = await board.github.git.readFile(PR_BRANCH, 'README.md')
    expect(after).toContain('refreshed hourly (edited).')
    expect(rows(after)).toBe(40)
    expect(await board.github.git.readFile(PR_BRANCH, 'NOTES.md')).toBe('mine\n')
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': commit?.sha })
  })

  it('starts the branch again from the base when its pull request was squash-merged', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    await board.run()
    const old = await board.github.git.head(PR_BRANCH)
    // A squash merge: main gets the pull request's tree in a commit of its own; the branch stays.
    const proposed = (await board.github.git.readFile(PR_BRANCH, 'README.md')) ?? ''
    const merged = await board.github.git.commitFiles(
      'main',
      { 'README.md': proposed },
      'Update backend openings (#1)'
    )
    const first = board.github.hosted.pullRequests[0]
    if (first) first.state = 'MERGED'

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, 'max-rows': '40', now: '2025-10-23T08:00:00Z' }
    })

    expect(run.exitCode).toBe(0)
    const log = await board.github.git.log(PR_BRANCH)
    expect(log[0]?.parents).toEqual([merged])
    expect(log.map(commit => commit.sha)).not.toContain(old)
    expect(rows(await board.github.git.readFile(PR_BRANCH, 'README.md'))).toBe(40)
    expect(board.github.hosted.pullRequests.map(pull => [pull.number, pull.state])).toEqual([
      [1, 'MERGED'],
      [2, 'OPEN']
    ])
    expect(run.outputs).toMatchObject({ changed: 'true', 'pull-request-number': '2' })
    expect(run.stdout).toContain(`${PR_BRANCH} had no open pull request; it starts again from`)
  })
})

describe('a push to the pull request branch after its pull request was merged', () => {
  /** Run 1 proposes; its pull request is squash-merged (GitHub keeps the head it had). */
  async function squashMerged() {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    await board.run()
    const old = await board.github.git.head(PR_BRANCH)
    const proposed = (await board.github.git.readFile(PR_BRANCH, 'README.md')) ?? ''
    const merged = await board.github.git.commitFiles('main', { 'README.md': proposed }, 'Squash')
    const first = board.github.hosted.pullRequests[0]
    if (first) await board.github.hosted.closePullRequest(first, 'MERGED')
    return { old, merged }
  }
  const NEXT = { ...REFERENCE_INPUTS, 'max-rows': '40', now: '2025-10-23T08:00:00Z' }

  it('landing between the read and the move back is kept: the run reads again and builds on it', async () => {
    const { old, merged } = await squashMerged()
    let pushed = ''
    // The push lands right before the run's first write: the move of the branch back to main.
    board.github.hosted.beforeNextWrite(async () => {
      pushed = await board.github.git.commitFiles(PR_BRANCH, { 'NOTES.md': 'mine\n' }, 'Notes')
    })

    const run = await board.run({ inputs: NEXT })

    expect(run.exitCode).toBe(0)
    const log = await board.github.git.log(PR_BRANCH)
    expect(log[0]?.parents).toEqual([pushed])
    expect(log.map(commit => commit.sha)).toEqual(expect.arrayContaining([pushed, old]))
    expect(await board.github.git.readFile(PR_BRANCH, 'NOTES.md')).toBe('mine\n')
    expect(rows(await board.github.git.readFile(PR_BRANCH, 'README.md'))).toBe(40)
    expect(await board.github.git.head('main')).toBe(merged)
    expect(board.github.hosted.pullRequests.map(pull => [pull.number, pull.state])).toEqual([
      [1, 'MERGED'],
      [2, 'OPEN']
    ])
    expect(board.github.hosted.pullRequests[1]?.body).toContain(
      `since the head of \`${PR_BRANCH}\``
    )
    expect(run.stdout).toMatch(/moved from \w{7} to \w{7} before it could start again/)
    expect(run.stdout).toContain(`${PR_BRANCH} holds commits no pull request holds`)
  })

  it("fails with GitHub's words when the move back is refused and the branch did not move", async () => {
    const { old } = await squashMerged()
    const said =
      'Something went wrong while executing your query. Please include `0400:1` when reporting this issue.'
    // Octokit retries this message as a 500, twice: the three answers are the same refusal.
    board.github.failNext(
      {
        status: 200,
        body: { data: null, errors: [{ message: said }] },
        match: request => request.operation === 'mutation RestartBranch'
      },
      3
    )

    const run = await board.run({ inputs: NEXT })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `::error::GitHub failed while committing to ${PR_BRANCH} (500): Something went wrong while executing your query.`
    )
    expect(await board.github.git.head(PR_BRANCH)).toBe(old)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
  })

  it('already there when the run reads is kept too, and proposed with the change', async () => {
    const { merged } = await squashMerged()
    const pushed = await board.github.git.commitFiles(PR_BRANCH, { 'NOTES.md': 'mine\n' }, 'Notes')

    const run = await board.run({ inputs: NEXT })

    expect(run.exitCode).toBe(0)
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([pushed])
    expect(await board.github.git.head('main')).toBe(merged)
    expect(board.github.hosted.pullRequests.map(pull => pull.state)).toEqual(['MERGED', 'OPEN'])
    expect(board.github.requests.map(request => request.operation)).not.toContain(
      'mutation RestartBranch'
    )
  })
})

describe('a change on the pull request branch that no pull request proposes yet', () => {
  it('made by a run that could not open one: the next run opens it, with nothing to add', async () => {
    board = await startBoardRepo({
      protectedBranches: ['main'],
      permissions: { pullRequests: 'read' }
    })
    expect((await board.run()).exitCode).toBe(1)
    const committed = await board.github.git.head(PR_BRANCH)
    expect(committed).toBeDefined()
    board.github.hosted.permissions.pullRequests = 'write'

    const run = await board.run()

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head(PR_BRANCH)).toBe(committed)
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(board.github.hosted.pullRequests.map(pull => [pull.number, pull.state])).toEqual([
      [1, 'OPEN']
    ])
    expect(run.outputs).toMatchObject({ 'pull-request-number': '1', 'commit-sha': '' })
    expect(run.stdout).toContain(`${PR_BRANCH} holds commits no pull request holds`)
    expect(run.summary).toContain('Opened pull request [#1]')
    // Proposed once: a third run finds it open and adds nothing.
    const third = await board.run()
    expect(third.stdout).toContain('Up to date with pull request #1')
    expect(board.github.hosted.pullRequests).toHaveLength(1)
  })

  it("made by this run, GitHub's answer lost: reported as the run's commit, and proposed", async () => {
    board = await startBoardRepo()
    const MESSAGE = 'Update backend openings: 50 jobs (+50 -0)'
    let made = ''
    // The branch is created; GitHub makes the commit but answers 502, and the retry is stale.
    board.github.hosted.beforeNextWrite(async () => {})
    board.github.failNext({
      ...faults.serverError(502),
      match: request => request.operation === 'mutation CommitReadme'
    })
    board.github.hosted.beforeNextWrite(async () => {
      made = await board.github.git.commitFiles(
        PR_BRANCH,
        { 'README.md': readmeFromCli() },
        MESSAGE
      )
    })

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'pull-request': 'true' } })

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(`${made} on ${PR_BRANCH} holds this run's commit`)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(board.github.hosted.pullRequests[0]?.title).toBe(MESSAGE)
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': made,
      'pull-request-number': '1',
      added: '50'
    })
    expect(await board.github.git.head(PR_BRANCH)).toBe(made)
  })

  it('a pull request opened meanwhile, its answer lost: the run reports it and its commit', async () => {
    board = await startBoardRepo()
    // GitHub opens the pull request but answers 502; the retry is told it exists already.
    board.github.hosted.beforeNextWrite(async () => {}) // the branch
    board.github.hosted.beforeNextWrite(async () => {}) // the commit
    board.github.hosted.beforeNextWrite(async () => {
      board.github.hosted.openPullRequest({
        title: 'Update backend openings',
        body: '',
        headRefName: PR_BRANCH,
        baseRefName: 'main'
      })
    })
    board.github.failNext({
      ...faults.serverError(502),
      match: request => request.operation === 'mutation OpenPullRequest'
    })

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'pull-request': 'true' } })

    expect(run.exitCode).toBe(0)
    const head = await board.github.git.head(PR_BRANCH)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': head,
      'pull-request-number': '1'
    })
    expect((await board.github.git.log(PR_BRANCH)).length).toBe(2)
  })
})

describe('another run creating the pull request branch between the read and the write', () => {
  it('is read again: the run builds on what it pushed and proposes both', async () => {
    board = await startBoardRepo()
    let pushed = ''
    // The other run branches off main, as this one would, and commits there.
    board.github.hosted.beforeNextWrite(async () => {
      await board.github.git.updateRef(`refs/heads/${PR_BRANCH}`, board.start, '0'.repeat(40))
      pushed = await board.github.git.commitFiles(PR_BRANCH, { 'NOTES.md': 'other\n' }, 'Other')
    })

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'pull-request': 'true' } })

    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('already exists')
    expect(run.stdout).toContain('reading it again')
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([pushed])
    expect(await board.github.git.readFile(PR_BRANCH, 'NOTES.md')).toBe('other\n')
    expect(board.github.hosted.pullRequests).toHaveLength(1)
  })
})

describe('boards on different base branches', () => {
  const DEV_README = TEMPLATE.replace('# Backend', '# DEV Backend')

  it('propose from a branch of their own, each pull request into its base', async () => {
    board = await startBoardRepo({ protectedBranches: ['main', 'dev'] })
    const devStart = await board.github.git.commitFiles('dev', {
      'README.md': DEV_README,
      'jobs.json': LISTINGS
    })
    await board.run()
    const mainProposal = await board.github.git.head(PR_BRANCH)

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, branch: 'dev', 'max-rows': '20' }
    })

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head(PR_BRANCH)).toBe(mainProposal)
    const [devCommit] = await board.github.git.log('jobs-readme/dev/README.md')
    expect(devCommit?.parents).toEqual([devStart])
    const devProposed = await board.github.git.readFile('jobs-readme/dev/README.md', 'README.md')
    expect(devProposed).toContain('# DEV Backend')
    expect(rows(devProposed)).toBe(20)
    expect(
      board.github.hosted.pullRequests.map(pull => [
        pull.number,
        pull.baseRefName,
        pull.headRefName,
        pull.title
      ])
    ).toEqual([
      [1, 'main', PR_BRANCH, 'Update backend openings: 50 jobs (+50 -0)'],
      [2, 'dev', 'jobs-readme/dev/README.md', 'Update backend openings: 20 jobs (+20 -0)']
    ])
    expect(run.outputs['pull-request-number']).toBe('2')
  })

  it('naming the default branch keeps its pull request', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] })
    await board.run()

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, branch: 'main', 'max-rows': '40' }
    })

    expect(run.exitCode).toBe(0)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
    expect(rows(await board.github.git.readFile(PR_BRANCH, 'README.md'))).toBe(40)
    expect(run.summary).toContain('Updated pull request [#1]')
  })

  it("never moves a branch that another base's open pull request stands on", async () => {
    board = await startBoardRepo({ protectedBranches: ['main', 'dev'] })
    await board.github.git.commitFiles('dev', { 'README.md': DEV_README, 'jobs.json': LISTINGS })
    await board.run()
    const proposal = await board.github.git.head(PR_BRANCH)
    // The pull request into main is retargeted to dev by hand: its branch now serves dev.
    const first = board.github.hosted.pullRequests[0]
    if (first) first.baseRefName = 'dev'

    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, now: '2025-10-23T08:00:00Z' } })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `::error::Branch "${PR_BRANCH}" is the head of pull request #1 into "dev", so it cannot carry a pull request into "main" too`
    )
    expect(await board.github.git.head(PR_BRANCH)).toBe(proposal)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
  })
})
