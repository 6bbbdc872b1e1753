/**
 * The CLI's writes on real disks: a run's files are put in place whole and all together, or not
 * at all, whatever happens meanwhile (a full disk, a kill, a second run, an editor).
 * Runs the built CLI (npm run build first).
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  watch,
  writeFileSync
} from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { EXIT } from '../../src/cli/exit.js'
import { runCli, scratchDir } from '../helpers/cli.js'
import {
  boardArgs,
  folderWith,
  handWrittenReadme,
  LISTINGS,
  startCli,
  strayFiles,
  TEMPLATE
} from './helpers.js'

const BIG = ['--max-bytes', '100000000']

describe('a README written while the disk fills', () => {
  const disk = mountSmallDisk()
  afterAll(() => disk.unmount())
  const onDisk = disk.dir ? it : it.skip
  const dir = disk.dir ?? ''

  onDisk('keeps the README whole and says the disk is full (64 KiB tmpfs)', () => {
    const readme = handWrittenReadme(370)
    writeFileSync(join(dir, 'README.md'), readme)
    fillLeaving(dir, 4096)
    const run = runCli(boardArgs(), { cwd: dir })
    expect(readFileSync(join(dir, 'README.md'), 'utf8') === readme).toBe(true)
    expect(run.stderr).toContain('Writing README.md failed (the disk is full). Nothing was written')
    expect(run.status).toBe(EXIT.failed)
    expect(strayFiles(dir, 'README.md', 'filler')).toEqual([])
  })

  onDisk('leaves the README as it was when the feed after it does not fit', () => {
    emptyFolder(dir)
    writeFileSync(join(dir, 'README.md'), TEMPLATE)
    fillLeaving(dir, 20 * 1024)
    const run = runCli(boardArgs('--feed-path', 'feed.json'), { cwd: dir })
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(run.stderr).toContain('Writing feed.json failed (the disk is full)')
    expect(run.status).toBe(EXIT.failed)
    expect(strayFiles(dir, 'README.md', 'filler')).toEqual([])
  })
})

describe('a run killed while it writes', () => {
  it('leaves the old README whole (kill -9 as the write starts)', async () => {
    const readme = handWrittenReadme(250_000)
    const dir = folderWith({ 'README.md': readme })
    const { child, finished } = startCli(boardArgs(...BIG), dir)
    // The first change in the folder is the write beginning: kill the run right then.
    const watcher = watch(dir, () => child.kill('SIGKILL'))
    const run = await finished
    watcher.close()
    expect(run.signal).toBe('SIGKILL')
    expect(readFileSync(join(dir, 'README.md'), 'utf8') === readme).toBe(true)
  })
})

describe('two runs on one README at once', () => {
  it('never leaves a mix: the README is always one run’s whole output', async () => {
    const readme = handWrittenReadme(25_000)
    const alone = (maxRows: string) => {
      const dir = folderWith({ 'README.md': readme })
      expect(runCli(boardArgs(...BIG, '--max-rows', maxRows), { cwd: dir }).status).toBe(0)
      return readFileSync(join(dir, 'README.md'), 'utf8')
    }
    const outputs = new Map([
      [alone('5'), 'the 5-row run'],
      [alone('40'), 'the 40-row run']
    ])
    // Both runs get their listings at the same moment, so they write at the same moment; a run
    // that finds the README changed reads it again, and gets its listings at once.
    const waiting: ServerResponse[] = []
    let pairing = true
    const url = await listingsServer(response => {
      if (!pairing) return sendListings(response)
      waiting.push(response)
      if (waiting.length < 2) return
      pairing = false
      for (const held of waiting.splice(0)) sendListings(held)
    })
    for (let round = 0; round < 20; round += 1) {
      pairing = true
      const dir = folderWith({ 'README.md': readme })
      const runs = await Promise.all(
        ['5', '40'].map(
          maxRows => startCli(fromUrl(url, boardArgs(...BIG, '--max-rows', maxRows)), dir).finished
        )
      )
      const after = readFileSync(join(dir, 'README.md'), 'utf8')
      expect(outputs.get(after) ?? `a mix of ${after.length} characters`).toMatch(/-row run$/)
      // A run that lost the race reads the other's README and builds on it (where the removal
      // guard may stop it: the other run's table is another size).
      for (const run of runs)
        if (run.status !== 0)
          expect(run.stderr).toContain(
            'changed on disk while this run was working (an editor or another run wrote it); reading it again.'
          )
      expect(strayFiles(dir, 'README.md')).toEqual([])
    }
    // 20 rounds of two CLI processes: time for a busy machine, not a measure of speed.
  }, 180_000)
})

describe('a README edited during the run', () => {
  it('is not overwritten: the run reads it again and builds on the edit', async () => {
    const dir = folderWith({ 'README.md': TEMPLATE })
    const edited = `${TEMPLATE}\nA line the maintainer added while the feed loaded.\n`
    // The listings answer only once the README has been edited, after the run read it.
    const url = await listingsServer(response => {
      writeFileSync(join(dir, 'README.md'), edited)
      sendListings(response)
    })
    const args = fromUrl(url, boardArgs())
    const run = await startCli(args, dir).finished
    const after = readFileSync(join(dir, 'README.md'), 'utf8')
    expect(after).toContain('A line the maintainer added while the feed loaded.')
    expect(after).toContain('| Company | Position |')
    expect(run.stderr).toContain(
      'README.md changed on disk while this run was working (an editor or another run wrote it); reading it again.'
    )
    expect(run.status).toBe(EXIT.done)
  })

  it('gives up, writing nothing, when the README changes under every attempt', async () => {
    const dir = folderWith({ 'README.md': TEMPLATE })
    let edits = 0
    const url = await listingsServer(response => {
      edits += 1
      writeFileSync(join(dir, 'README.md'), `${TEMPLATE}\nEdit ${edits}.\n`)
      sendListings(response)
    })
    const run = await startCli(fromUrl(url, boardArgs()), dir).finished
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(`${TEMPLATE}\nEdit 4.\n`)
    expect(run.stderr).toContain(
      'The files kept changing on disk while this run was working (4 attempts'
    )
    expect(run.status).toBe(EXIT.failed)
  })
})

describe('a read-only file among the run’s files', () => {
  it('writes none of them', () => {
    const dir = folderWith({ 'README.md': TEMPLATE, 'feed.json': '{}\n' })
    chmodSync(join(dir, 'feed.json'), 0o444)
    const run = runCli(boardArgs('--feed-path', 'feed.json,feed.xml'), { cwd: dir })
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(run.stderr).toContain(
      'Cannot write feed.json: the file is read-only. Nothing was written'
    )
    expect(run.status).toBe(EXIT.failed)
    expect(readFileSync(join(dir, 'feed.json'), 'utf8')).toBe('{}\n')
    expect(existsSync(join(dir, 'feed.xml'))).toBe(false)
  })

  it('writes none of them when a folder is read-only', () => {
    const dir = folderWith({ 'README.md': TEMPLATE })
    mkdirSync(join(dir, 'archive'), { mode: 0o555 })
    const run = runCli(boardArgs('--archive-path', 'archive/{date}.md'), { cwd: dir })
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(run.stderr).toContain('Cannot write archive/2025-10-22.md: the folder')
    expect(run.status).toBe(EXIT.failed)
    expect(strayFiles(join(dir, 'archive'))).toEqual([])
  })
})

const servers: Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

/** A listings server on 127.0.0.1 that hands each request's response to `answer`; its URL. */
async function listingsServer(answer: (response: ServerResponse) => void): Promise<string> {
  const server = createServer((_request, response) => answer(response))
  servers.push(server)
  await new Promise<void>(listening => server.listen(0, '127.0.0.1', listening))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/listings.json`
}

function fromUrl(url: string, args: string[]): string[] {
  return args.map(arg => (arg === LISTINGS ? url : arg))
}

function sendListings(response: ServerResponse): void {
  response.setHeader('content-type', 'application/json')
  response.end(readFileSync(LISTINGS))
}

/** A 64 KiB tmpfs in a scratch folder; `dir` is undefined (and the reason printed) when mounting is refused. */
function mountSmallDisk(): { dir?: string; unmount(): void } {
  const dir = scratchDir()
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], {
    encoding: 'utf8'
  })
  if (mount.status !== 0) {
    console.warn(
      `Skipping the full-disk tests: mounting a 64 KiB tmpfs was refused (${(mount.stderr || String(mount.error)).trim()}).`
    )
    return { unmount: () => rmSync(dir, { recursive: true, force: true }) }
  }
  return {
    dir,
    unmount() {
      spawnSync('umount', [dir])
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Writes a `filler` file so that about `free` bytes stay free on the folder's disk. */
function fillLeaving(dir: string, free: number): void {
  const { bavail, bsize } = statfsSync(join(dir))
  writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - free)))
}

function emptyFolder(dir: string): void {
  for (const name of strayFiles(dir)) rmSync(join(dir, name), { recursive: true, force: true })
}
