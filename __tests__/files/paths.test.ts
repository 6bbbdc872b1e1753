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
import { boardArgs, folderWith, TEMPLATE } from './helpers.js'

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
