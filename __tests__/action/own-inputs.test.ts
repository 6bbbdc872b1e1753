/**
 * The action never writes over its own inputs: a feed-path naming the listings file fails the
 * step before anything is read or committed, in commit mode and in the workspace alike.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  closeChecked,
  LISTINGS,
  REFERENCE_INPUTS,
  startBoardRepo,
  TEMPLATE,
  type BoardRepo
} from './board-repo.js'

let board: BoardRepo

afterEach(() => closeChecked(board))

const MESSAGE =
  '::error::Input "feed-path": "jobs.json" is the listings file (the "listings" setting): the feed would replace your listings. Give the feed its own path, such as "feed.json"'

describe('a feed-path that is the listings file', () => {
  it('fails the step and commits nothing', async () => {
    board = await startBoardRepo()
    const run = await board.run({ inputs: { ...REFERENCE_INPUTS, 'feed-path': 'jobs.json' } })
    expect(run.stdout).toContain(MESSAGE)
    expect(run.exitCode).toBe(1)
    expect(await board.github.git.head('main')).toBe(board.start)
    expect(await board.github.git.readFile('main', 'jobs.json')).toBe(LISTINGS)
    expect(
      board.github.requests.filter(request => request.operation !== 'query ReadBoard')
    ).toEqual([])
  })

  it('fails the step and writes nothing in the workspace (commit: false)', async () => {
    board = await startBoardRepo()
    const run = await board.run({
      inputs: { ...REFERENCE_INPUTS, 'feed-path': './jobs.json', commit: 'false' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': LISTINGS }
    })
    expect(run.stdout).toContain('::error::Input "feed-path": "jobs.json" is the listings file')
    expect(run.exitCode).toBe(1)
    expect(await readFile(join(run.workspace, 'jobs.json'), 'utf8')).toBe(LISTINGS)
    expect(await readFile(join(run.workspace, 'README.md'), 'utf8')).toBe(TEMPLATE)
  })
})
