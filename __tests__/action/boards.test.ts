/**
 * Several boards from a boards file (the `config` input), end to end: the file is read at the
 * branch, the listings once, and every board's README goes into one commit.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
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

const BOARDS_FILE = '.github/jobs-boards.yml'
const BACKEND = 'boards/backend/README.md'
const FRONTEND = 'boards/frontend/README.md'
const BOARDS = `boards:
  - category: backend
    readme: ${BACKEND}
  - category: frontend
    readme: ${FRONTEND}
`
const FILES = {
  'jobs.json': LISTINGS,
  [BOARDS_FILE]: BOARDS,
  [BACKEND]: TEMPLATE,
  [FRONTEND]: TEMPLATE
}
/** The reference inputs, with the boards file instead of a category. */
const RUN_INPUTS = {
  listings: REFERENCE_INPUTS.listings,
  config: BOARDS_FILE,
  now: REFERENCE_INPUTS.now,
  token: REFERENCE_INPUTS.token
}

/** Both READMEs as the CLI writes them from the same boards file. */
function readmesFromCli(): Record<string, string> {
  const dir = scratchDir()
  for (const folder of ['.github', 'boards/backend', 'boards/frontend'])
    mkdirSync(join(dir, folder), { recursive: true })
  writeFiles(dir, FILES)
  const cli = runCli(
    ['--listings', 'jobs.json', '--config', BOARDS_FILE, '--now', REFERENCE_INPUTS.now],
    { cwd: dir }
  )
  if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr}`)
  return { [BACKEND]: read(join(dir, BACKEND)), [FRONTEND]: read(join(dir, FRONTEND)) }
}

describe('a boards file with two boards', () => {
  it('makes one commit holding both READMEs, as the CLI writes them', async () => {
    board = await startBoardRepo({}, FILES)

    const run = await board.run({ inputs: RUN_INPUTS })

    expect(run.exitCode).toBe(0)
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual([
      `M\t${BACKEND}`,
      `M\t${FRONTEND}`
    ])
    const expected = readmesFromCli()
    for (const path of [BACKEND, FRONTEND])
      expect(await board.github.git.readFile('main', path)).toBe(expected[path])
    expect(commit?.message).toBe('Update backend, frontend openings: 51 jobs (+51 -0)')
  })

  it('reads the boards file, then every README and the listings once, and writes once', async () => {
    board = await startBoardRepo({}, FILES)
    await board.run({ inputs: RUN_INPUTS })
    const { requests } = board.github
    expect(requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'query ReadBoard',
      'mutation CommitReadme'
    ])
    const readIn = (path: string) =>
      requests.filter(r => Object.values(r.variables ?? {}).includes(path)).length
    expect(readIn(BOARDS_FILE)).toBe(1)
    expect(readIn('jobs.json')).toBe(1)
    expect(readIn(BACKEND)).toBe(1)
    expect(readIn(FRONTEND)).toBe(1)
  })

  it('sums the counts in the outputs and shows each board in the job summary', async () => {
    board = await startBoardRepo({}, FILES)
    const run = await board.run({ inputs: RUN_INPUTS })
    expect(run.outputs).toMatchObject({
      changed: 'true',
      jobs: '51',
      added: '51',
      removed: '0',
      files: `${BACKEND}\n${FRONTEND}`
    })
    expect(run.summary).toContain('## Job boards: 2 READMEs')
    expect(run.summary).toMatch(/\| `boards\/backend\/README\.md` \| 50 \| \d+% \|/)
    expect(run.summary).toMatch(/\| `boards\/frontend\/README\.md` \| 1 \| \d+% \|/)
    expect(run.summary).toMatch(/\| \*\*All boards\*\* \| 51 \|/)
  })

  it('makes no commit on a second identical run', async () => {
    board = await startBoardRepo({}, FILES)
    await board.run({ inputs: RUN_INPUTS })
    const head = await board.github.git.head('main')
    const requestsBefore = board.github.requests.length

    const run = await board.run({ inputs: RUN_INPUTS })

    expect(run.outputs.changed).toBe('false')
    expect(await board.github.git.head('main')).toBe(head)
    expect(board.github.requests.slice(requestsBefore).map(r => r.operation)).toEqual([
      'query ReadBoard',
      'query ReadBoard'
    ])
  })

  it('proposes both READMEs on a pull request branch named after the boards file', async () => {
    board = await startBoardRepo({ protectedBranches: ['main'] }, FILES)

    const run = await board.run({ inputs: RUN_INPUTS })

    expect(run.exitCode).toBe(0)
    const branch = 'jobs-readme/github/jobs-boards.yml'
    const [commit] = await board.github.git.log(branch)
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual([
      `M\t${BACKEND}`,
      `M\t${FRONTEND}`
    ])
    expect(board.github.hosted.pullRequests).toEqual([
      expect.objectContaining({ headRefName: branch, baseRefName: 'main' })
    ])
  })
})

describe('a boards file the action cannot use', () => {
  it('names the file, the board and the key, and writes nothing', async () => {
    const broken = `${BOARDS}    branch: elsewhere\n`
    board = await startBoardRepo({}, { ...FILES, [BOARDS_FILE]: broken })

    const run = await board.run({ inputs: RUN_INPUTS })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `::error::Boards file "${BOARDS_FILE}" (the "config" input), board 2 (frontend): "branch" is the same for every board`
    )
    expect(board.github.requests.map(r => r.operation)).toEqual(['query ReadBoard'])
    expect(await board.github.git.head('main')).toBe(board.start)
  })

  it('says so when the boards file is not on the branch', async () => {
    board = await startBoardRepo({}, FILES)
    const run = await board.run({ inputs: { ...RUN_INPUTS, config: '.github/missing.yml' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '::error::Boards file ".github/missing.yml" (the "config" input), the file: was not found'
    )
  })
})

describe('a boards file naming the listings, with two tables in one README', () => {
  const README = [
    '# Jobs',
    '',
    '<!-- jobs:counts:start -->',
    '<!-- jobs:counts:end -->',
    '',
    '## Backend',
    '',
    '<!-- jobs:openings:backend:start -->',
    '<!-- jobs:openings:backend:end -->',
    '',
    '## Frontend',
    '',
    '<!-- jobs:openings:frontend:start -->',
    '<!-- jobs:openings:frontend:end -->',
    ''
  ].join('\n')
  const TABLES = `listings: jobs.json
boards:
  - readme: README.md
    zone: backend
    category: backend
  - readme: README.md
    zone: frontend
    category: frontend
    table: { format: html }
`
  const TABLE_FILES = { 'jobs.json': LISTINGS, [BOARDS_FILE]: TABLES, 'README.md': README }
  const inputs = { config: BOARDS_FILE, now: REFERENCE_INPUTS.now, token: REFERENCE_INPUTS.token }

  it('commits the one README once, with both tables and their counts, as the CLI writes it', async () => {
    board = await startBoardRepo({}, TABLE_FILES)

    const run = await board.run({ inputs })

    expect(run.exitCode).toBe(0)
    const [commit] = await board.github.git.log('main')
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual(['M\tREADME.md'])
    const readme = await board.github.git.readFile('main', 'README.md')
    expect(readme).toContain('**[Backend](#backend)** (50)')
    expect(readme).toContain('**[Frontend](#frontend)** (1)')
    expect(run.summary).toContain('## Job boards: 2 tables in 1 README')

    const dir = scratchDir()
    mkdirSync(join(dir, '.github'), { recursive: true })
    writeFiles(dir, TABLE_FILES)
    const cli = runCli(['--config', BOARDS_FILE, '--now', REFERENCE_INPUTS.now], { cwd: dir })
    expect(cli.status).toBe(0)
    expect(readme).toBe(read(join(dir, 'README.md')))

    const again = await board.run({ inputs })
    expect(again.outputs.changed).toBe('false')
  })
})
