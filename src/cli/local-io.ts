/** The CLI's files: the local disk, relative to the working directory. */
import { createReadStream, existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import type { BoardIO } from '../board.js'

export function localIO(warn: (message: string) => void): BoardIO {
  return {
    readFile: path => readFile(path, 'utf8').catch(ignoreMissing),
    streamFile: path => (existsSync(path) ? createReadStream(path, { encoding: 'utf8' }) : undefined),
    warn
  }
}

export function writeText(path: string, text: string): Promise<void> {
  return writeFile(path, text, 'utf8')
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined
  throw error
}
