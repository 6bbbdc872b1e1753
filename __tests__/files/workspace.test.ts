/**
 * `commit: false` writes the workspace through the same writer as the CLI: all or nothing, and
 * never over a file that changed since the run read it.
 */
import { describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBoard, parseSettings } from '../../src/config/config.js'
import { BoardError } from '../../src/errors.js'
import { localFiles } from '../../src/files/local-files.js'
import { localStore } from '../../src/publish/workspace.js'
import { runBoards } from '../../src/run.js'
import { folderWith, LISTINGS, NOW, TEMPLATE } from './helpers.js'

async function publish(workspace: string, inputs: Record<string, string> = {}) {
  const raw = { listings: LISTINGS, category: 'backend', now: NOW, commit: 'false', ...inputs }
  const log = { warn: () => {}, info: () => {} }
  const outcome = await runBoards(
    parseSettings(raw).run,
    [parseBoard(raw)],
    localStore(workspace),
    log
  )
  return { run: outcome.run, wroteWorkspace: outcome.written !== undefined }
}

async function refusal(promise: Promise<unknown>): Promise<BoardError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(BoardError)
  return error as BoardError
}

describe('commit: false', () => {
  it('writes the README, the feeds and the snapshot, and deletes the expired snapshot', async () => {
    const workspace = folderWith({ 'README.md': TEMPLATE })
    mkdirSync(join(workspace, 'archive'))
    writeFileSync(join(workspace, 'archive/2025-10-01.md'), '# old\n')
    const published = await publish(workspace, {
      'feed-path': 'feed.json',
      'archive-path': 'archive/{date}.md',
      'archive-days': '7'
    })
    expect(published.wroteWorkspace).toBe(true)
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe(published.run.boards[0]!.after)
    expect(JSON.parse(readFileSync(join(workspace, 'feed.json'), 'utf8')).items).toHaveLength(50)
    expect(existsSync(join(workspace, 'archive/2025-10-22.md'))).toBe(true)
    expect(existsSync(join(workspace, 'archive/2025-10-01.md'))).toBe(false)
  })

  it('writes nothing, and deletes nothing, when one file is read-only', async () => {
    const workspace = folderWith({ 'README.md': TEMPLATE, 'feed.xml': '<feed/>\n' })
    mkdirSync(join(workspace, 'archive'))
    writeFileSync(join(workspace, 'archive/2025-10-01.md'), '# old\n')
    chmodSync(join(workspace, 'feed.xml'), 0o444)
    const error = await refusal(
      publish(workspace, {
        'feed-path': 'feed.json,feed.xml',
        'archive-path': 'archive/{date}.md',
        'archive-days': '7'
      })
    )
    expect(error.code).toBe('write-refused')
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe(TEMPLATE)
    expect(existsSync(join(workspace, 'feed.json'))).toBe(false)
    expect(readFileSync(join(workspace, 'archive/2025-10-01.md'), 'utf8')).toBe('# old\n')
  })
})

describe('localFiles().write', () => {
  it('refuses to overwrite a file edited since it was read, keeping the edit', async () => {
    const workspace = folderWith({ 'README.md': 'as read\n', 'other.md': 'other\n' })
    const files = localFiles(workspace)
    await files.readFile('README.md')
    writeFileSync(join(workspace, 'README.md'), 'edited meanwhile\n')
    const error = await refusal(
      files.write([
        { path: 'other.md', text: 'new other\n' },
        { path: 'README.md', text: 'new\n' }
      ])
    )
    expect(error.code).toBe('file-changed')
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe('edited meanwhile\n')
    expect(readFileSync(join(workspace, 'other.md'), 'utf8')).toBe('other\n')
  })

  it('refuses a file that appeared since the run found it missing', async () => {
    const workspace = folderWith({})
    const files = localFiles(workspace)
    expect(await files.readFile('feed.json')).toBeUndefined()
    writeFileSync(join(workspace, 'feed.json'), '{"mine": true}\n')
    const error = await refusal(files.write([{ path: 'feed.json', text: '{}\n' }]))
    expect(error.code).toBe('file-changed')
    expect(readFileSync(join(workspace, 'feed.json'), 'utf8')).toBe('{"mine": true}\n')
  })

  it('keeps a file’s permissions when it replaces it', async () => {
    const workspace = folderWith({ 'README.md': 'old\n' })
    chmodSync(join(workspace, 'README.md'), 0o640)
    const files = localFiles(workspace)
    await files.write([{ path: 'README.md', text: 'new\n' }])
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe('new\n')
    expect(statSync(join(workspace, 'README.md')).mode & 0o777).toBe(0o640)
  })
})
