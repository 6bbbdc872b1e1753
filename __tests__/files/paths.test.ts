/**
 * Nothing is written or deleted outside the working folder, whether a path says so (`../`, an
 * absolute path, a Windows path) or a symbolic link leads there. Runs the built CLI.
 */
import { describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync
} from 'node:fs'
import { join } from 'node:path'
import { EXIT } from '../../src/cli/exit.js'
import { runCli, scratchDir } from '../helpers/cli.js'
import { boardArgs, folderWith, LISTINGS, NOW, TEMPLATE } from './helpers.js'

/** A working folder `work` beside an `outside` folder holding a user's files. */
function besideOutside(outsideFiles: Record<string, string> = {}) {
  const root = scratchDir()
  const work = join(root, 'work')
  const outside = join(root, 'outside')
  mkdirSync(work)
  mkdirSync(outside)
  folderWith(outsideFiles, outside)
  return { root, work, outside }
}

describe('paths that say they lead outside', () => {
  it.each([
    ['--readme', '../outside/README.md', 'without ".."'],
    ['--readme', 'ABSOLUTE', 'relative to its root'],
    ['--feed-path', '../outside/feed.json', 'without ".."']
  ])('%s %s is refused, and nothing is written outside', (flag, path, problem) => {
    const { work, outside } = besideOutside({ 'README.md': TEMPLATE })
    folderWith({ 'README.md': TEMPLATE }, work)
    const given = path === 'ABSOLUTE' ? join(outside, 'README.md') : path
    const run = runCli(boardArgs(flag, given), { cwd: work })
    expect(readFileSync(join(outside, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(readdirSync(outside)).toEqual(['README.md'])
    expect(run.stderr).toContain('must be a path inside the repository')
    expect(run.stderr).toContain(problem)
    expect(run.status).toBe(2)
  })

  it('refuses a Windows archive path, showing the path to write instead', () => {
    const dir = folderWith({ 'README.md': TEMPLATE })
    const run = runCli(boardArgs('--archive-path', 'archive\\{date}.md'), { cwd: dir })
    expect(readdirSync(dir)).toEqual(['README.md'])
    expect(run.stderr).toContain('write "archive/{date}.md"')
    expect(run.status).toBe(2)
  })

  it('refuses a Windows drive path, showing the path to write instead', () => {
    const dir = folderWith({ 'README.md': TEMPLATE })
    const run = runCli(boardArgs('--feed-path', 'C:\\feed.json'), { cwd: dir })
    expect(readdirSync(dir)).toEqual(['README.md'])
    expect(run.stderr).toContain('not a Windows drive path')
    expect(run.stderr).toContain('such as "feed.json"')
    expect(run.status).toBe(2)
  })
})

describe('symbolic links that lead outside', () => {
  it('refuses a README that is a link to a file outside, and leaves that file alone', () => {
    const { work, outside } = besideOutside({ 'README.md': TEMPLATE })
    symlinkSync(join(outside, 'README.md'), join(work, 'README.md'))
    const run = runCli(boardArgs(), { cwd: work })
    expect(readFileSync(join(outside, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(run.stderr).toContain(
      `"README.md" leads outside the repository, to ${join(outside, 'README.md')}, through a symbolic link. Nothing was written.`
    )
    expect(run.status).toBe(EXIT.failed)
  })

  it('never prunes or writes an archive folder that is a link to outside', () => {
    const { work, outside } = besideOutside({
      '2025-10-01.md': 'A user file that looks like an old snapshot.\n',
      '2025-10-02.md': 'Another.\n'
    })
    folderWith({ 'README.md': TEMPLATE }, work)
    symlinkSync(outside, join(work, 'archive'))
    const run = runCli(boardArgs('--archive-path', 'archive/{date}.md', '--archive-days', '7'), {
      cwd: work
    })
    expect(readdirSync(outside).sort()).toEqual(['2025-10-01.md', '2025-10-02.md'])
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(run.stderr).toContain('"archive" leads outside the repository')
    expect(run.status).toBe(EXIT.failed)
  })

  it('refuses a feed whose folder is a link to outside, writing nothing', () => {
    const { work, outside } = besideOutside()
    folderWith({ 'README.md': TEMPLATE }, work)
    symlinkSync(outside, join(work, 'feeds'))
    const run = runCli(boardArgs('--feed-path', 'feeds/feed.json'), { cwd: work })
    expect(readdirSync(outside)).toEqual([])
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(run.stderr).toContain('"feeds/feed.json" leads outside the repository')
    expect(run.status).toBe(EXIT.failed)
  })

  it('writes through a link that stays inside, keeping the link', () => {
    const dir = folderWith({ 'BOARD.md': TEMPLATE })
    symlinkSync('BOARD.md', join(dir, 'README.md'))
    const run = runCli(boardArgs(), { cwd: dir })
    expect(run.status).toBe(0)
    expect(readlinkSync(join(dir, 'README.md'))).toBe('BOARD.md')
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toContain('| **[')
    expect(existsSync(join(dir, 'archive'))).toBe(false)
  })
})

describe('symbolic links inside that lead to a file the run reads', () => {
  /** A board whose listings are a file of its own folder, run once so its README is current. */
  function currentBoard(): { dir: string; listings: string; readme: string } {
    const dir = folderWith({ 'README.md': TEMPLATE, 'jobs.json': readFileSync(LISTINGS, 'utf8') })
    const args = ['--listings', 'jobs.json', '--category', 'backend', '--now', NOW]
    expect(runCli(args, { cwd: dir }).status).toBe(0)
    const read = (name: string) => readFileSync(join(dir, name), 'utf8')
    return { dir, listings: read('jobs.json'), readme: read('README.md') }
  }
  const run = (dir: string, ...more: string[]) =>
    runCli(['--listings', 'jobs.json', '--category', 'backend', '--now', NOW, ...more], {
      cwd: dir
    })

  it.each([
    [
      'a feed that is a link to the listings file',
      'feed.json',
      'jobs.json',
      ['--feed-path', 'feed.json']
    ],
    [
      'an Atom feed that is a link to the README',
      'feed.xml',
      'README.md',
      ['--feed-path', 'feed.xml']
    ],
    ['a feed in a folder that is a link to the root', 'pub', '.', ['--feed-path', 'pub/jobs.json']],
    [
      "today's snapshot that is a link to the README",
      'archive/2025-10-22.md',
      '../README.md',
      ['--archive-path', 'archive/{date}.md']
    ],
    [
      "today's snapshot that is a link to the listings file",
      'archive/2025-10-22.md',
      '../jobs.json',
      ['--archive-path', 'archive/{date}.md']
    ]
  ])('refuses %s, writing nothing', (_, link, target, flags) => {
    const { dir, listings, readme } = currentBoard()
    mkdirSync(join(dir, 'archive'))
    symlinkSync(target, join(dir, link))

    const result = run(dir, ...flags)

    expect(result.stderr).toContain('are the same file')
    expect(result.stderr).toContain('Nothing was written')
    expect(result.status).toBe(EXIT.failed)
    expect(readFileSync(join(dir, 'jobs.json'), 'utf8')).toBe(listings)
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readme)
  })

  it('refuses a snapshot path through a file, naming that file', () => {
    const { dir, readme } = currentBoard()
    folderWith({ notes: 'mine\n' }, dir)

    const result = run(dir, '--archive-path', 'notes/{date}.md')

    expect(result.stderr).toContain(
      '"notes/2025-10-22.md" runs through "notes", which is a file, not a folder. Nothing was written.'
    )
    expect(result.status).toBe(EXIT.failed)
    expect(readFileSync(join(dir, 'notes'), 'utf8')).toBe('mine\n')
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readme)
  })
})
