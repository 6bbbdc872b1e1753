/**
 * Files on the local disk, by '/'-separated paths relative to a root folder: the CLI's working
 * folder, or the action's workspace with `commit: false`. Both front ends read and write through
 * this one place. What a run reads is remembered, so that `write` refuses to overwrite a file
 * that changed since (the local twin of a commit's expected head); `write` puts the run's files
 * in place all at once or not at all (see write-files.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { open, readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { BoardIO, FileChange } from '../board.js'
import { errors } from '../errors.js'
import { utf8Text } from '../utf8.js'
import { realTarget } from './real-path.js'
import { digest, writeFiles, type ReadLog, type WriteOptions } from './write-files.js'

export type { WriteOptions } from './write-files.js'

/**
 * A feed streams in pieces this small: the piece being parsed survives V8's young collections,
 * and a smaller one keeps Node 24's young generation from growing to 64 MB semi-spaces over a long
 * feed (1M JSONL: 234 MB peak with 64 KiB pieces, 166 MB with these).
 */
const READ_PIECE_BYTES = 16 * 1024

/** Bytes read from the disk at a time, then decoded a piece at a time. */
const READ_BYTES = 256 * 1024

export interface LocalFiles extends Omit<BoardIO, 'warn'> {
  /**
   * Writes and deletes every change, all or nothing: refused before anything is written when a
   * target leads outside the root, is read-only, or changed since this object read it.
   */
  write(changes: readonly FileChange[], options?: WriteOptions): Promise<void>
}

/** Reads and writes under `root` (default: the working folder). */
export function localFiles(root = process.cwd()): LocalFiles {
  const reads: ReadLog = new Map()
  // Files streamed (a listings file), read whole by no one: kept from being written over.
  const streamed = new Set<string>()
  const at = (path: string) => resolve(root, path)
  return {
    async readFile(path) {
      const bytes = await readFile(at(path)).catch(error => ignoreMissing(error, root, path))
      reads.set(at(path), bytes ? digest(bytes) : null)
      return bytes && utf8Text(bytes, path)
    },
    streamFile: path => {
      if (!existsSync(at(path))) return undefined
      if (statSync(at(path)).isDirectory()) throw folderNotFile(root, path)
      streamed.add(at(path))
      return readChunks(at(path))
    },
    listFiles: folder => listFiles(root, folder),
    write: (changes, options) => writeFiles(root, changes, reads, options, streamed)
  }
}

/**
 * The file's bytes in pieces of READ_PIECE_BYTES, read READ_BYTES at a time into one of two
 * buffers: the next read runs on the thread pool while the pieces of the last one are parsed,
 * so the main thread never waits for the disk (a read through the thread pool per piece, or one
 * read at a time, left it idle for up to a third of a 100k-listing run), and a piece as large as
 * a read would keep more text alive at each of V8's young collections (see READ_PIECE_BYTES).
 * A piece is a view of a buffer that is read into again once its pieces are taken: it is valid
 * until the next piece is asked for.
 */
async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r')
  const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)]
  let next = file.read(buffers[0]!, 0, READ_BYTES, null)
  try {
    for (let turn = 1; ; turn++) {
      const { bytesRead, buffer } = await next
      if (bytesRead === 0) break
      // The other buffer's pieces were all taken: read on into it.
      next = file.read(buffers[turn % 2]!, 0, READ_BYTES, null)
      for (let at = 0; at < bytesRead; at += READ_PIECE_BYTES)
        yield buffer.subarray(at, Math.min(at + READ_PIECE_BYTES, bytesRead))
    }
  } finally {
    // A reader that stops early leaves a read running: let it end before closing.
    await next.catch(() => undefined)
    await file.close()
  }
}

/**
 * Files under `folder` ('' is the root), recursively, as '/'-separated paths relative to `root`.
 * A folder that is a link leading outside the root is refused: nothing there is the board's.
 */
async function listFiles(root: string, folder: string): Promise<string[]> {
  await realTarget(root, folder || '.', folder !== '')
  const entries = await readdir(resolve(root, folder), {
    recursive: true,
    withFileTypes: true
  }).catch(() => [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

function ignoreMissing(error: NodeJS.ErrnoException, root: string, path: string): undefined {
  if (error.code === 'EISDIR') throw folderNotFile(root, path)
  if (error.code === 'ENOTDIR') throw fileInPath(root, path)
  if (error.code === 'ENOENT') return undefined
  throw error
}

/** The refusal of a path that runs through a file (`notes.md/2025-10-22.md`), naming that file. */
function fileInPath(root: string, path: string): Error {
  const parts = path.split('/')
  for (let end = 1; end < parts.length; end++) {
    const part = parts.slice(0, end).join('/')
    if (statSync(resolve(root, part), { throwIfNoEntry: false })?.isFile())
      return errors.fileInPath(path, part)
  }
  return errors.fileInPath(path, dirname(path))
}

/** The refusal of a folder named where a file is read, naming a few of the files in it. */
function folderNotFile(root: string, path: string): Error {
  const files = readdirSync(resolve(root, path), { withFileTypes: true })
    .filter(entry => entry.isFile() && !entry.name.startsWith('.'))
    .map(entry => `${path.replace(/\/+$/, '')}/${entry.name}`)
    .sort()
  return errors.folderNotFile(path, files.slice(0, 3))
}
