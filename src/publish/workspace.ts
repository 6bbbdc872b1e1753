/**
 * Files on disk as the run's file store: the action's workspace with `commit: false` (for
 * workflows that commit by other means), and the CLI's working folder. Every file of the run is
 * written there, and every expired snapshot deleted, all or nothing (src/files). A file that
 * changed on disk since the run read it is a conflict: the run reads and builds again.
 */
import type { FileChange, RunResult } from '../board.js'
import { errors, isBoardError } from '../errors.js'
import { localFiles, type LocalFiles } from '../files/local-files.js'
import { ReadChanged, type FileStore, type Snapshot } from '../run.js'

/** A file whose text goes elsewhere: the CLI's `--out` for the README. */
export interface Redirect {
  path: string
  /** A path anywhere on disk, or a function that takes the text (standard output). */
  to: string | ((text: string) => void)
}

export interface LocalSnapshot extends Snapshot {
  io: LocalFiles
}

/** The paths written and deleted, relative to the root. */
export interface WrittenFiles {
  written: string[]
  deleted: string[]
}

export function localStore(
  root: string,
  redirect?: Redirect
): FileStore<LocalSnapshot, WrittenFiles> {
  return {
    async read() {
      return { io: localFiles(root) }
    },
    async write({ io }, run: RunResult) {
      const toStdout = run.files.find(file => isRedirected(file, redirect) && !('deleted' in file))
      const files = run.files.flatMap(file => redirected(file, redirect))
      try {
        await io.write(files, { userPaths: typeof redirect?.to === 'string' ? [redirect.to] : [] })
      } catch (error) {
        if (isBoardError(error) && error.code === 'file-changed')
          throw new ReadChanged(error.message.replace(/\. Nothing was written.*$/s, ''))
        throw error
      }
      if (toStdout && typeof redirect?.to === 'function' && 'text' in toStdout)
        redirect.to(toStdout.text)
      return {
        written: files.filter(file => !('deleted' in file)).map(file => file.path),
        deleted: files.filter(file => 'deleted' in file).map(file => file.path)
      }
    },
    busy: attempts => errors.filesBusy(attempts)
  }
}

function isRedirected(file: FileChange, redirect: Redirect | undefined): boolean {
  return redirect !== undefined && file.path === redirect.path && !('deleted' in file)
}

/**
 * The file as the disk gets it: the redirected README at its path, or not at all (stdout). A
 * README printed to standard output (`--out -`) is a preview: no other file of the run (an
 * archive snapshot, a feed, an expired snapshot's deletion) reaches the disk either.
 */
function redirected(file: FileChange, redirect: Redirect | undefined): FileChange[] {
  if (typeof redirect?.to === 'function') return []
  if (!isRedirected(file, redirect) || 'deleted' in file) return [file]
  return typeof redirect?.to === 'string' ? [{ path: redirect.to, text: file.text }] : []
}
