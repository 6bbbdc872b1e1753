/**
 * Files on disk as the run's file store: the action's workspace with `commit: false` (for
 * workflows that commit by other means), and the CLI's working directory. Every file of the run
 * is written there, and every expired snapshot deleted.
 */
import { resolve } from 'node:path'
import type { RunResult } from '../board.js'
import { localIO, removeFile, writeText } from '../cli/local-io.js'
import { ReadChanged, type FileStore, type Snapshot } from '../run.js'

/** The paths written and deleted, relative to the root. */
export interface WrittenFiles {
  written: string[]
  deleted: string[]
}

/** A file whose text goes elsewhere: the CLI's `--out` for the README. */
export interface Redirect {
  path: string
  write(text: string): Promise<void>
}

export function localStore(root: string, redirect?: Redirect): FileStore<Snapshot, WrittenFiles> {
  return {
    async read() {
      return { io: localIO(root) }
    },
    async write(_snapshot, run: RunResult) {
      const written: string[] = []
      const deleted: string[] = []
      for (const file of run.files) {
        const path = resolve(root, file.path)
        if (redirect && file.path === redirect.path && !('deleted' in file)) {
          await redirect.write(file.text)
        } else if ('deleted' in file) {
          await removeFile(path)
          deleted.push(file.path)
        } else {
          await writeText(path, file.text)
          written.push(file.path)
        }
      }
      return { written, deleted }
    },
    busy: attempts =>
      new ReadChanged(`The files kept changing while they were written (${attempts} attempts)`)
  }
}
