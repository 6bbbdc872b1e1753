/** Files on the local disk, by paths relative to a root folder (the working directory by default). */
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { BoardIO } from '../board.js'

export function localIO(root = process.cwd()): Omit<BoardIO, 'warn'> {
  const at = (path: string) => resolve(root, path)
  return {
    readFile: path => readFile(at(path), 'utf8').catch(ignoreMissing),
    streamFile: path =>
      existsSync(at(path)) ? createReadStream(at(path), { encoding: 'utf8' }) : undefined,
    listFiles: folder => listFiles(root, folder)
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
