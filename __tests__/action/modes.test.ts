/**
 * The other ways out, end to end: the REST git data API with a custom author, `commit: false`
 * (write the workspace, no API), `dry-run` (report only), and files too large for GraphQL.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  closeChecked,
  LISTINGS,
  readmeFromCli,
  REFERENCE_INPUTS,
  startBoardRepo,
  TEMPLATE,
  type BoardRepo
} from './board-repo.js'

let board: BoardRepo

afterEach(() => closeChecked(board))

describe('commit-method: rest', () => {
  const inputs = {
    ...REFERENCE_INPUTS,
    'commit-method': 'rest',
    author: 'Board Keeper <keeper@example.com>'
  }

  it('makes one commit by the given author, through tree, commit and a fast-forward ref update', async () => {
    board = await startBoardRepo()

    const run = await board.run({ inputs })

    expect(run.exitCode).toBe(0)
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    expect(commit?.author).toMatchObject({ name: 'Board Keeper', email: 'keeper@example.com' })
    expect(commit?.committer).toMatchObject({ name: 'Board Keeper', email: 'keeper@example.com' })
    expect(run.outputs['commit-sha']).toBe(commit?.sha)
    expect(board.github.requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'git/create-tree',
      'git/create-commit',
      'git/update-ref'
    ])
  })

  it('retries on the new head when the ref update is not a fast forward', async () => {
    board = await startBoardRepo()
    board.github.hosted.beforeNextWrite(() =>
      board.github.git.commitFiles('main', { 'NOTES.md': 'theirs\n' })
    )

    const run = await board.run({ inputs })

    expect(run.exitCode).toBe(0)
    const [ours, theirs] = await board.github.git.log('main')
    expect(ours?.parents).toEqual([theirs?.sha])
    expect(await board.github.git.readFile('main', 'NOTES.md')).toBe('theirs\n')
  })

  it('refuses a custom author with the GraphQL method, which cannot set one', async () => {
    board = await startBoardRepo()
    const run = await board.run({ inputs: { ...inputs, 'commit-method': 'graphql' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::error::Input "author": needs "commit-method: rest"')
    expect(board.github.requests).toEqual([])
  })
})

describe('commit: false', () => {
  it('writes the README in the workspace and calls no API', async () => {
    board = await startBoardRepo()
    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, commit: 'false', token: '' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': LISTINGS }
    })
    expect(run.exitCode).toBe(0)
    const written = await readFile(join(run.workspace, 'README.md'), 'utf8')
    expect(written).toBe(readmeFromCli())
    expect(board.github.requests).toEqual([])
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': '' })
    expect(run.summary).toContain('Wrote `README.md` in the workspace (not committed).')
  })
})

describe('dry-run', () => {
  it('reports what would change with one request and writes nothing', async () => {
    board = await startBoardRepo()
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'dry-run': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(board.github.requests.map(r => r.operation)).toEqual(['query ReadBoard'])
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(run.outputs).toMatchObject({ changed: 'false', jobs: '50', 'commit-sha': '' })
    expect(run.summary).toContain('Dry run: the README would change; nothing was written.')
  })
})

describe('a listings file too large for GraphQL', () => {
  it('reads the rest of it through the REST blob API, once', async () => {
    board = await startBoardRepo({ blobTextLimit: 4096 })
    const run = await board.run()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.jobs).toBe('50')
    expect(board.github.requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'git/get-blob',
      'mutation CommitReadme'
    ])
  })
})

describe('repository', () => {
  it("commits to the repository it names, not the workflow's own", async () => {
    board = await startBoardRepo()

    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, repository: board.github.hosted.nameWithOwner },
      env: { GITHUB_REPOSITORY: 'acme/feed-source' }
    })

    expect(run.exitCode).toBe(0)
    const [commit] = await board.github.git.log('main')
    expect(run.outputs['commit-sha']).toBe(commit?.sha)
    expect(commit?.parents).toEqual([board.start])
  })

  it('without it, uses GITHUB_REPOSITORY (and fails clearly when that is another repository)', async () => {
    board = await startBoardRepo()

    const run = await board.run({ env: { GITHUB_REPOSITORY: 'acme/elsewhere' } })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('acme/elsewhere')
    expect(await board.github.git.log('main')).toHaveLength(1)
  })
})
