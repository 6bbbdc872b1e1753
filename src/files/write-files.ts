/**
 * A run's files put on disk all at once or not at all, the local twin of a commit:
 *
 * 1. plan: every target resolved (links that lead outside the root refused, two paths to one
 *    file refused) and checked writable, before anything is written;
 * 2. stage: each new text written to a temporary file beside its target and synced to disk;
 * 3. lock: each target's lock file (`.name.jobs-readme.lock`, created only if absent) taken, so
 *    that no other run checks or replaces it until this one is done; a lock whose run is gone
 *    (its process ended on this machine, or older than LOCK_STALE_MS) is taken over;
 * 4. check: no target changed since the run read it (an editor, another run);
 * 5. commit: each temporary file renamed over its target (deletions renamed aside), the folders
 *    synced; if a rename fails, the files already replaced are put back.
 *
 * A crash (or `kill -9`) at any moment leaves each file whole, old or new; at worst a stray
 * `.name.jobs-readme-*` file is left beside it (a stray lock is taken over by the next run).
 */
import { createHash, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import {
  access,
  copyFile,
  link,
  mkdir,
  open,
  readFile,
  realpath,
  rename,
  rm,
  stat
} from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FileChange } from '../board.js'
import { errors, isBoardError } from '../errors.js'
import { realTarget } from './real-path.js'

/** What the run read, by absolute path: the SHA-256 of the bytes, or null when there was no file. */
export type ReadLog = Map<string, string | null>

export interface WriteOptions {
  /** Paths the user named on the command line (`--out`), written wherever they lead. Default: none. */
  userPaths?: readonly string[]
}

/**
 * Writes and deletes `changes` (paths relative to `root`) all or nothing; see the module's
 * comment. `streamed`: absolute paths of files the run read in pieces (the listings), which
 * no change may reach through a link, as no file of `reads` may.
 */
export async function writeFiles(
  root: string,
  changes: readonly FileChange[],
  reads: ReadLog,
  { userPaths = [] }: WriteOptions = {},
  streamed: ReadonlySet<string> = new Set()
): Promise<void> {
  const held = [...reads].flatMap(([path, hash]) => (hash === null ? [] : [path]))
  const steps = await plan(root, changes, userPaths, [...held, ...streamed])
  const staged: Step[] = []
  try {
    for (const step of steps) {
      staged.push(step)
      await stage(step)
    }
    const locks = await lockAll(steps)
    try {
      await checkUnchanged(steps, reads)
      await commit(steps)
    } finally {
      await Promise.all(locks.map(lock => rm(lock, { force: true })))
    }
  } catch (error) {
    await Promise.all(staged.map(discard))
    throw error
  }
  await syncFolders(steps)
  await Promise.all(steps.map(step => step.aside && rm(step.aside, { force: true })))
}

/** SHA-256 of a file's bytes, as the read log keeps it. */
export function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

interface Step {
  /** As the change names it, for messages. */
  path: string
  /** Absolute, as the read log knows it. */
  absolute: string
  /** Absolute, links resolved: the file actually replaced or deleted. */
  target: string
  /** Undefined for a deletion. */
  text?: string
  /** The target's permission bits, kept for its replacement; undefined: no file there yet. */
  mode?: number
  /** The staged new text, beside the target. */
  temporary?: string
  /** The first folder this run created for the target, removed again if the run fails. */
  createdFolder?: string
  /** The old file, renamed or linked aside until the run is done. */
  aside?: string
  committed?: boolean
}

async function plan(
  root: string,
  changes: readonly FileChange[],
  userPaths: readonly string[],
  read: readonly string[]
): Promise<Step[]> {
  const steps: Step[] = []
  const byTarget = new Map<string, string>()
  // The files the run read and does not write (the listings, a README it left as it was), by
  // where they really are: a path written that leads there too (a feed path that is a link to
  // the listings file) would replace one.
  const written = new Set(changes.map(change => resolve(root, change.path)))
  for (const absolute of read) {
    if (written.has(absolute)) continue
    const real = await realpath(absolute).catch(() => undefined)
    if (real !== undefined) byTarget.set(real, relative(root, absolute).split(sep).join('/'))
  }
  for (const change of changes) {
    const target = await realTarget(root, change.path, !userPaths.includes(change.path))
    const other = byTarget.get(target)
    if (other !== undefined) throw errors.sameFileTwice(change.path, other, target)
    byTarget.set(target, change.path)
    const step: Step = { path: change.path, absolute: resolve(root, change.path), target }
    if ('text' in change) step.text = change.text
    step.mode = await checkWritable(step)
    steps.push(step)
  }
  return steps
}

/** The target's mode when it exists; refuses a folder, a read-only file or a read-only folder. */
async function checkWritable(step: Step): Promise<number | undefined> {
  const existing = await stat(step.target).catch(ignoreMissing)
  if (existing?.isDirectory()) throw errors.writeRefused(step.path, 'it is a folder')
  if (existing && step.text !== undefined && !(await isWritable(step.target, existing.mode)))
    throw errors.writeRefused(step.path, 'the file is read-only')
  const folder = await nearestFolder(dirname(step.target))
  if (!(await isWritable(folder.path, folder.mode)))
    throw errors.writeRefused(step.path, `the folder ${folder.path} is read-only`)
  return existing ? existing.mode & 0o7777 : undefined
}

/** Read-only by its permission bits, even for a user (root) the system would let write. */
async function isWritable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false
  return access(path, constants.W_OK).then(
    () => true,
    () => false
  )
}

async function nearestFolder(path: string): Promise<{ path: string; mode: number }> {
  const found = await stat(path).catch(ignoreMissing)
  if (found?.isDirectory()) return { path, mode: found.mode }
  if (found) return { path, mode: 0 }
  return dirname(path) === path ? { path, mode: 0 } : nearestFolder(dirname(path))
}

async function stage(step: Step): Promise<void> {
  if (step.text === undefined) return
  try {
    step.createdFolder = await mkdir(dirname(step.target), { recursive: true })
    step.temporary = sideName(step.target, 'new')
    const file = await open(step.temporary, 'wx')
    try {
      await file.writeFile(step.text, 'utf8')
      if (step.mode !== undefined) await file.chmod(step.mode)
      await file.sync()
    } finally {
      await file.close()
    }
  } catch (error) {
    throw writeError(step.path, error)
  }
}

/** How long a run waits for another run's write of the same file to end. */
const LOCK_WAIT_MS = 30_000

/** A lock this old is a crashed run's, whatever process holds its number now. */
const LOCK_STALE_MS = 10 * 60_000

/** Takes every target's lock, in one order for every run (two runs never wait on each other). */
async function lockAll(steps: Step[]): Promise<string[]> {
  const locks: string[] = []
  const targets = new Map(steps.map(step => [step.target, step.path]))
  try {
    for (const target of [...targets.keys()].sort())
      locks.push(await lock(target, targets.get(target) as string))
  } catch (error) {
    await Promise.all(locks.map(taken => rm(taken, { force: true })))
    throw error
  }
  return locks
}

/** The target's lock file, created by this run; waits while another live run holds it. */
async function lock(target: string, path: string): Promise<string> {
  const name = join(dirname(target), `.${basename(target)}.jobs-readme.lock`)
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      const file = await open(name, 'wx')
      await file.writeFile(`${process.pid} ${hostname()}\n`, 'utf8').finally(() => file.close())
      return name
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(path, error)
    }
    if (await isStale(name)) {
      await rm(name, { force: true })
      continue
    }
    if (Date.now() > deadline) throw errors.fileLocked(path, name)
    await sleep(10 + Math.floor(Math.random() * 40))
  }
}

/** A lock left by a run that is gone: its process ended (same machine), or it is very old. */
async function isStale(name: string): Promise<boolean> {
  const [text, info] = await Promise.all([
    readFile(name, 'utf8').catch(() => undefined),
    stat(name).catch(() => undefined)
  ])
  if (text === undefined || info === undefined) return false
  if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true
  const [pid, host] = text.trim().split(' ')
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

async function checkUnchanged(steps: Step[], reads: ReadLog): Promise<void> {
  for (const step of steps) {
    const read = reads.get(step.absolute)
    if (read === undefined) continue
    const now = await readFile(step.target).then(digest, ignoreMissingAsNull)
    if (now !== read) throw errors.fileChanged(step.path)
  }
}

async function commit(steps: Step[]): Promise<void> {
  try {
    for (const step of steps) await commitOne(step)
  } catch (error) {
    for (const step of [...steps].reverse())
      if (step.committed) await rollBack(step).catch(() => {})
    throw writeError(steps.find(step => !step.committed)?.path ?? '', error)
  }
}

async function commitOne(step: Step): Promise<void> {
  if (step.temporary === undefined) {
    const aside = sideName(step.target, 'old')
    const moved = await rename(step.target, aside).then(
      () => true,
      error => ignoreMissing(error) ?? false
    )
    if (moved) step.aside = aside
  } else {
    if (step.mode !== undefined) step.aside = await keepAside(step.target)
    await rename(step.temporary, step.target)
    step.temporary = undefined
  }
  step.committed = true
}

/** A second name for the old file (a hard link, or a copy where links are not supported). */
async function keepAside(target: string): Promise<string> {
  const aside = sideName(target, 'old')
  await link(target, aside).catch(() => copyFile(target, aside))
  return aside
}

async function rollBack(step: Step): Promise<void> {
  if (step.aside) await rename(step.aside, step.target)
  else if (step.text !== undefined) await rm(step.target, { force: true })
  step.aside = undefined
}

async function discard(step: Step): Promise<void> {
  if (step.temporary) await rm(step.temporary, { force: true })
  if (step.createdFolder) await rm(step.createdFolder, { recursive: true, force: true })
}

/** The renames themselves reach the disk only when their folder is synced. */
async function syncFolders(steps: Step[]): Promise<void> {
  for (const folder of new Set(steps.map(step => dirname(step.target)))) {
    const handle = await open(folder, 'r').catch(() => undefined)
    if (!handle) continue
    await handle.sync().catch(() => undefined)
    await handle.close()
  }
}

/** `.README.md.jobs-readme-1234-a1b2c3d4.new`, beside the target, so a rename never crosses disks. */
function sideName(target: string, kind: 'new' | 'old'): string {
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
  return join(dirname(target), `.${basename(target)}.jobs-readme-${unique}.${kind}`)
}

function writeError(path: string, error: unknown): Error {
  if (isBoardError(error)) return error
  const code = (error as NodeJS.ErrnoException).code
  const problem =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : (error as Error).message
  return errors.writeFailed(path, problem)
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
  throw error
}

function ignoreMissingAsNull(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR') return null
  throw error
}
