/** Files on the local disk, by paths relative to a root folder (the working directory by default). */
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { BoardIO } from '../board.js'

/**
 * A streamed file comes in pieces this large. The piece being parsed is alive at every young
 * collection, and what survives them adds up until V8 doubles its young generation (up to
 * 64 MB semi-spaces on Node 24): 64 KiB pieces cost a 1M-listing feed about 70 MB more.
 */
const READ_CHUNK_BYTES = 16 * 1024

export function localIO(warn: (message: string) => void, root = process.cwd()): BoardIO {
  const at = (path: string) => resolve(root, path)
  return {
    readFile: path => readFile(at(path), 'utf8').catch(ignoreMissing),
    streamFile: path =>
      existsSync(at(path))
        ? createReadStream(at(path), { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES })
        : undefined,
    listFiles: folder => listFiles(root, folder),
    warn
  }
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text, 'utf8')
}

export function removeFile(path: string): Promise<void> {
  return rm(path, { force: true })
}

/** Files under `folder` ('' is the root), recursively, as '/'-separated paths relative to `root`. */
async function listFiles(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(resolve(root, folder), {
    recursive: true,
    withFileTypes: true
  }).catch(() => [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined
  throw error
}
