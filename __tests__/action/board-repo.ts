/**
 * Test fixtures for the action's end-to-end tests: a GitHub double holding a job board
 * repository made from the reference example, and the runs made against it, which are
 * checked for the token when the test ends.
 */
import { expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { read, runCli, withReferenceFiles } from '../helpers/cli.js'
import {
  startGitHubDouble,
  type DoubleOptions,
  type GitHubDouble
} from '../github-double/server.js'
import { removeRun, runAction, TOKEN, type ActionRun, type RunOptions } from './run-action.js'

export const REFERENCE = resolve('__tests__/fixtures/reference')
export const TEMPLATE = readFileSync(resolve(REFERENCE, 'README.template.md'), 'utf8')
export const LISTINGS = readFileSync(resolve(REFERENCE, 'listings.json'), 'utf8')

/** The reference example's options, as action inputs. */
export const REFERENCE_INPUTS = {
  listings: 'jobs.json',
  category: 'backend',
  now: '2025-10-22T20:30:00Z',
  token: TOKEN
}

export interface BoardRepo {
  github: GitHubDouble
  /** The commit the repository starts at (README template + listings). */
  start: string
  run(options?: Partial<RunOptions>): Promise<ActionRun>
  /** Every run so far: the log, outputs and summary a token must never show up in. */
  runs: ActionRun[]
  close(): Promise<void>
}

export async function startBoardRepo(
  options: Partial<DoubleOptions> = {},
  files: Record<string, string> = { 'README.md': TEMPLATE, 'jobs.json': LISTINGS }
): Promise<BoardRepo> {
  const github = await startGitHubDouble({ token: TOKEN, ...options })
  const start = await github.git.commitFiles('main', files, 'Start the board')
  const runs: ActionRun[] = []
  return {
    github,
    start,
    runs,
    async run(given = {}) {
      const run = await runAction(github, { inputs: REFERENCE_INPUTS, ...given })
      runs.push(run)
      return run
    },
    async close() {
      await Promise.all(runs.map(removeRun))
      await github.close()
    }
  }
}

/** Ends a test: the double saw no breach of GitHub's contract, and no run showed the token. */
export async function closeChecked(board: BoardRepo): Promise<void> {
  expect(board.github.problems).toEqual([])
  for (const run of board.runs) expect(captured(run)).not.toContain(TOKEN)
  await board.close()
}

/**
 * Everything a run showed, in one string, for "the token never appears" checks. The runner
 * consumes `::add-mask::` commands (they are how a secret gets masked) and never prints them.
 */
export function captured(run: ActionRun): string {
  const log = `${run.stdout}\n${run.stderr}`.replace(/^::add-mask::.*$/gm, '')
  return [log, run.summary, JSON.stringify(run.outputs)].join('\n')
}

/** What the CLI writes from the reference inputs, on the same files: the action must agree. */
export function readmeFromCli(): string {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  const out = join(dir, 'README.out.md')
  const cli = runCli(
    [
      ...['--listings', 'listings.json', '--readme', 'README.template.md', '--out', out],
      ...['--category', REFERENCE_INPUTS.category, '--now', REFERENCE_INPUTS.now]
    ],
    { cwd: dir }
  )
  if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr}`)
  return read(out)
}
