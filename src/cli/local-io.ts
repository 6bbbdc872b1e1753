/** The CLI's files: the local disk, relative to the working directory. */
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import type { BoardIO } from '../board.js'

export function localIO(warn: (message: string) => void): BoardIO {
  return {
    readFile: path => readFile(path, 'utf8').catch(ignoreMissing),
    streamFile: path => (existsSync(path) ? createReadStream(path, { encoding: 'utf8' }) : undefined),
    listFiles: folder => listFiles(folder),
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

/** Files under `folder`, recursively, as paths relative to the working directory. */
async function listFiles(folder: string): Promise<string[]> {
  const root = folder || '.'
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative('.', join(entry.parentPath, entry.name)).split('\\').join('/'))
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined
  throw error
}
