/**
 * The action end to end, as the runner runs it, against the GitHub double: one verified commit
 * on the first run, nothing on the second, and no edit of anyone else lost on a conflict.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { faults } from '../github-double/server.js'
import {
  closeChecked,
  readmeFromCli,
  REFERENCE_INPUTS,
  startBoardRepo,
  type BoardRepo
} from './board-repo.js'

let board: BoardRepo

beforeEach(async () => {
  board = await startBoardRepo()
})
afterEach(() => closeChecked(board))

describe('first run on the reference example', () => {
  it('makes exactly one commit, whose README is what the CLI writes', async () => {
    const run = await board.run()

    expect(run.exitCode).toBe(0)
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    expect(commit?.parents).toEqual([board.start])
    expect(await board.github.git.readFile('main', 'README.md')).toBe(readmeFromCli())
    expect(run.outputs).toMatchObject({
      changed: 'true',
      jobs: '50',
      'commit-sha': commit?.sha,
      'commit-url': `${board.github.hosted.htmlUrl}/commit/${commit?.sha}`
    })
  })

  it('commits through GraphQL createCommitOnBranch, so GitHub signs it', async () => {
    await board.run()
    const [commit] = await board.github.git.log('main')
    expect(commit?.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' })
    expect(commit?.message).toBe('Update backend openings: 50 jobs (+50 -0)')
  })

  it('reads in one request and writes in one', async () => {
    await board.run()
    expect(board.github.requests.map(r => `${r.operation} ${r.status}`)).toEqual([
      'query ReadBoard 200',
      'mutation CommitReadme 200'
    ])
  })

  it('writes a job summary with the counts, the commit link and the openings added', async () => {
    const run = await board.run()
    const [commit] = await board.github.git.log('main')
    expect(run.summary).toContain(
      `Committed [\`${commit?.sha.slice(0, 7)}\`](${run.outputs['commit-url']}) to \`main\``
    )
    expect(run.summary).toMatch(/\| 50 \| \d+% \| \d+ \| .+ \| 50 \| 0 \| \d+ \|/)
    expect(run.summary).toContain('### Added (50)')
  })
})

describe('second run with the same inputs', () => {
  it('makes no commit and at most one request', async () => {
    await board.run()
    const head = await board.github.git.head('main')
    const requestsBefore = board.github.requests.length

    const run = await board.run()

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head('main')).toBe(head)
    expect(board.github.requests.length - requestsBefore).toBeLessThanOrEqual(1)
    expect(run.outputs).toMatchObject({ changed: 'false', 'commit-sha': '', jobs: '50' })
  })

  it('makes no commit when only the Last updated line would move', async () => {
    await board.run()
    const head = await board.github.git.head('main')
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, now: '2025-10-22T21:45:00Z' } })
    expect(run.outputs.changed).toBe('false')
    expect(await board.github.git.head('main')).toBe(head)
  })
})

describe('someone else commits between the read and the write', () => {
  const theirReadme = (readme: string) =>
    readme.replace(
      'refreshed every few hours.',
      'refreshed every few hours. Maintainer note: hiring ourselves!'
    )
  const theirCommit = async () => {
    const readme = (await board.github.git.readFile('main', 'README.md')) ?? ''
    return board.github.git.commitFiles(
      'main',
      { 'README.md': theirReadme(readme), 'CONTRIBUTING.md': 'Send a pull request.\n' },
      'Maintainer edits'
    )
  }

  it('re-reads, rebuilds on their commit and keeps their edits, without forcing', async () => {
    board.github.hosted.beforeNextWrite(theirCommit)

    const run = await board.run()

    expect(run.exitCode).toBe(0)
    const [ours, theirs] = await board.github.git.log('main')
    expect(theirs?.message).toBe('Maintainer edits')
    expect(ours?.parents).toEqual([theirs?.sha])
    expect(await board.github.git.readFile('main', 'CONTRIBUTING.md')).toBe(
      'Send a pull request.\n'
    )
    expect(await board.github.git.readFile('main', 'README.md')).toBe(theirReadme(readmeFromCli()))
    expect(run.outputs['commit-sha']).toBe(ours?.sha)
  })

  it('costs two requests per retry: read and write again', async () => {
    board.github.hosted.beforeNextWrite(theirCommit)
    await board.run()
    expect(board.github.requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'mutation CommitReadme',
      'query ReadBoard',
      'mutation CommitReadme'
    ])
  })

  it('gives up after three retries when the branch keeps moving, having forced nothing', async () => {
    const theirs: string[] = []
    for (let count = 0; count < 4; count++)
      board.github.hosted.beforeNextWrite(async () =>
        theirs.push(await board.github.git.commitFiles('main', { [`note-${count}.md`]: 'busy\n' }))
      )

    const run = await board.run()

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::Branch "main" kept moving .*4 attempts/)
    expect((await board.github.git.log('main')).map(commit => commit.sha)).toEqual(
      [...theirs].reverse().concat(board.start)
    )
  })
})

describe('a commit whose answer is lost', () => {
  const MESSAGE = 'Update backend openings: 50 jobs (+50 -0)'

  it("is reported as this run's commit when the branch head is the commit it sent", async () => {
    // GitHub makes the commit but answers 502; the retry is refused as stale.
    board.github.failNext(faults.onlyWrites(faults.serverError(502)))
    let made = ''
    board.github.hosted.beforeNextWrite(async () => {
      made = await board.github.git.commitFiles('main', { 'README.md': readmeFromCli() }, MESSAGE)
    })

    const run = await board.run()

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head('main')).toBe(made)
    expect((await board.github.git.log('main')).map(commit => commit.sha)).toEqual([
      made,
      board.start
    ])
    expect(run.outputs).toMatchObject({
      changed: 'true',
      files: 'README.md',
      'commit-sha': made,
      'commit-url': `${board.github.serverUrl}/octo-org/job-board/commit/${made}`,
      jobs: '50',
      added: '50'
    })
    expect(run.summary).toContain(`Committed [\`${made.slice(0, 7)}\`]`)
    expect(run.stdout).toContain(`${made} on main holds this run's commit`)
    expect(run.stdout).toContain(`Committed ${made}: `)
  })

  it('is not claimed when the head holds the same files under another message', async () => {
    board.github.failNext(faults.onlyWrites(faults.serverError(502)))
    board.github.hosted.beforeNextWrite(() =>
      board.github.git.commitFiles('main', { 'README.md': readmeFromCli() }, 'Someone else')
    )

    const run = await board.run()

    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' })
  })
})
