/**
 * The files beside the README, end to end: today's archive snapshot, the feeds and the deletion
 * of expired snapshots go into the README's one commit — through GraphQL, through the REST git
 * data API, on a pull request branch — or into the workspace with `commit: false`.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { read, runCli, withReferenceFiles } from '../helpers/cli.js'
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

/** The reference run is on 2025-10-22: with archive-days 7, the 14th is the first day to go. */
const TODAY = 'archive/2025-10-22.md'
const SNAPSHOTS = {
  'archive/2025-10-01.md': '# Openings: backend — 2025-10-01\n',
  'archive/2025-10-14.md': '# Openings: backend — 2025-10-14\n',
  'archive/2025-10-15.md': '# Openings: backend — 2025-10-15\n',
  'archive/README.md': 'One snapshot a day.\n'
}
const EXPIRED = ['archive/2025-10-01.md', 'archive/2025-10-14.md']

const INPUTS = {
  ...REFERENCE_INPUTS,
  'archive-path': 'archive/{date}.md',
  'archive-days': '7',
  'feed-path': 'feed.json,feed.xml'
}

/** `git show --name-status` of the commit that holds everything. */
const ONE_COMMIT = [
  'M\tREADME.md',
  'D\tarchive/2025-10-01.md',
  'D\tarchive/2025-10-14.md',
  `A\t${TODAY}`,
  'A\tfeed.json',
  'A\tfeed.xml'
]

const startWithSnapshots = (options: Parameters<typeof startBoardRepo>[0] = {}) =>
  startBoardRepo(options, { 'README.md': TEMPLATE, 'jobs.json': LISTINGS, ...SNAPSHOTS })

/** Today's snapshot and the feed items the CLI writes from the same inputs. */
function fromCli(): { snapshot: string; items: unknown[] } {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  const cli = runCli(
    [
      ...['--listings', 'listings.json', '--readme', 'README.template.md'],
      ...['--category', INPUTS.category, '--now', INPUTS.now],
      ...['--archive-path', INPUTS['archive-path'], '--feed-path', 'feed.json']
    ],
    { cwd: dir }
  )
  if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr}`)
  const feed = JSON.parse(read(join(dir, 'feed.json'))) as { items: unknown[] }
  return { snapshot: read(join(dir, TODAY)), items: feed.items }
}

describe('archive-path, archive-days and feed-path with the GraphQL commit', () => {
  it('makes ONE commit holding the README, today’s snapshot, both feeds and the deletions', async () => {
    board = await startWithSnapshots()

    const run = await board.run({ inputs: INPUTS })

    expect(run.exitCode).toBe(0)
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual(ONE_COMMIT)
    expect(board.github.requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'mutation CommitReadme'
    ])
    expect(await board.github.git.readFile('main', 'archive/2025-10-15.md')).toBe(
      SNAPSHOTS['archive/2025-10-15.md']
    )
    expect(await board.github.git.readFile('main', 'archive/README.md')).toBe(
      SNAPSHOTS['archive/README.md']
    )
  })

  it('writes the snapshot and the feed items the CLI writes', async () => {
    board = await startWithSnapshots()
    await board.run({ inputs: INPUTS })
    const cli = fromCli()
    expect(await board.github.git.readFile('main', TODAY)).toBe(cli.snapshot)
    const feed = JSON.parse((await board.github.git.readFile('main', 'feed.json')) ?? '')
    expect(feed.items).toEqual(cli.items)
    expect(feed.items).toHaveLength(50)
  })

  it('links the feeds to the repository and to their files on the branch', async () => {
    board = await startWithSnapshots()
    await board.run({ inputs: INPUTS })
    const home = `${board.github.serverUrl}/octo-org/job-board`
    const json = JSON.parse((await board.github.git.readFile('main', 'feed.json')) ?? '')
    expect(json).toMatchObject({
      home_page_url: home,
      feed_url: `${home}/raw/main/feed.json`
    })
    const atom = (await board.github.git.readFile('main', 'feed.xml')) ?? ''
    expect(atom).toContain(`href="${home}/raw/main/feed.xml"`)
    expect(atom).toContain(`href="${home}"`)
    expect(atom.match(/<entry>/g)).toHaveLength(50)
  })

  it('reports the files written and deleted in the outputs and the job summary', async () => {
    board = await startWithSnapshots()
    const run = await board.run({ inputs: INPUTS })
    expect(run.outputs.files?.split('\n')).toEqual(['README.md', 'feed.json', 'feed.xml', TODAY])
    expect(run.outputs.deleted?.split('\n')).toEqual(EXPIRED)
    expect(run.summary).toContain('### Files (6)')
    expect(run.summary).toContain('- `archive/2025-10-01.md` (deleted)')
    expect(run.summary).toContain('- `feed.xml`\n')
  })

  it('makes no commit on a second identical run, with one request', async () => {
    board = await startWithSnapshots()
    await board.run({ inputs: INPUTS })
    const head = await board.github.git.head('main')
    const requestsBefore = board.github.requests.length

    const run = await board.run({ inputs: INPUTS })

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head('main')).toBe(head)
    expect(board.github.requests.length - requestsBefore).toBe(1)
    expect(run.outputs).toMatchObject({ changed: 'false', files: '', deleted: '' })
  })

  it('commits only the deletion when a late old snapshot is all that changed', async () => {
    board = await startWithSnapshots()
    await board.run({ inputs: INPUTS })
    await board.github.git.commitFiles('main', { 'archive/2025-10-02.md': '# late\n' })

    const run = await board.run({ inputs: INPUTS })

    const [commit] = await board.github.git.log('main')
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual([
      'D\tarchive/2025-10-02.md'
    ])
    expect(run.outputs).toMatchObject({
      changed: 'true',
      files: '',
      deleted: 'archive/2025-10-02.md'
    })
  })
})

describe('commit-method: rest', () => {
  it('deletes the expired snapshots in the same tree as the new files', async () => {
    board = await startWithSnapshots()

    const run = await board.run({
      inputs: { ...INPUTS, 'commit-method': 'rest', author: 'Board Keeper <keeper@example.com>' }
    })

    expect(run.exitCode).toBe(0)
    const [commit, ...older] = await board.github.git.log('main')
    expect(older.map(c => c.sha)).toEqual([board.start])
    expect(commit?.author.name).toBe('Board Keeper')
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual(ONE_COMMIT)
    expect(board.github.requests.map(r => r.operation)).toEqual([
      'query ReadBoard',
      'git/create-tree',
      'git/create-commit',
      'git/update-ref'
    ])
  })
})

describe('a protected branch (pull request mode)', () => {
  const PR_BRANCH = 'jobs-readme/README.md'

  it('proposes every file and deletion in one commit of the pull request branch', async () => {
    board = await startWithSnapshots({ protectedBranches: ['main'] })

    const run = await board.run({ inputs: INPUTS })

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head('main')).toBe(board.start)
    const [commit] = await board.github.git.log(PR_BRANCH)
    expect(commit?.parents).toEqual([board.start])
    expect(await board.github.git.nameStatus(commit?.sha ?? '')).toEqual(ONE_COMMIT)
    expect(board.github.hosted.pullRequests[0]?.body).toContain(
      '- `archive/2025-10-14.md` (deleted)'
    )
  })

  it('adds nothing to the pull request when the next run finds it holds everything', async () => {
    board = await startWithSnapshots({ protectedBranches: ['main'] })
    await board.run({ inputs: INPUTS })
    const proposed = await board.github.git.head(PR_BRANCH)

    const run = await board.run({ inputs: { ...INPUTS, now: '2025-10-22T22:00:00Z' } })

    expect(run.exitCode).toBe(0)
    expect(await board.github.git.head(PR_BRANCH)).toBe(proposed)
    expect(board.github.hosted.pullRequests).toHaveLength(1)
  })
})

describe('commit: false', () => {
  it('writes the snapshot and the feeds in the workspace and deletes the expired snapshots', async () => {
    board = await startBoardRepo()

    const run = await board.run({
      inputs: { ...INPUTS, commit: 'false', token: '' },
      workspaceFiles: { 'README.md': TEMPLATE, 'jobs.json': LISTINGS, ...SNAPSHOTS }
    })

    expect(run.exitCode).toBe(0)
    expect(board.github.requests).toEqual([])
    const inWorkspace = (path: string) => join(run.workspace, path)
    expect(await readFile(inWorkspace(TODAY), 'utf8')).toBe(fromCli().snapshot)
    expect(JSON.parse(await readFile(inWorkspace('feed.json'), 'utf8')).items).toHaveLength(50)
    expect(await readFile(inWorkspace('feed.xml'), 'utf8')).toMatch(/^<\?xml/)
    for (const path of EXPIRED) expect(existsSync(inWorkspace(path))).toBe(false)
    for (const path of ['archive/2025-10-15.md', 'archive/README.md'])
      expect(existsSync(inWorkspace(path))).toBe(true)
    expect(run.outputs.deleted?.split('\n')).toEqual(EXPIRED)
    expect(run.summary).toContain('Wrote the files below in the workspace (not committed).')
  })
})
