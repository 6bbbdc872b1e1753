/**
 * Where a path really leads once symbolic links are followed, and whether that is still inside
 * the root folder: a README, an archive folder or a feed folder that is a link to elsewhere must
 * never be written or pruned there.
 */
import { lstat, realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { errors } from '../errors.js'

/**
 * The real absolute path of `path` (relative to `root`), links resolved; for a file that does
 * not exist yet, its nearest existing folder resolved and the rest appended. Throws when it
 * leads outside `root`, unless `confined` is false.
 */
export async function realTarget(root: string, path: string, confined = true): Promise<string> {
  const real = await resolveExisting(resolve(root, path))
  if (confined && !isInside(await realpath(root), real))
    throw errors.pathLeavesRepository(path, real)
  return real
}

/** Links resolved for the part of `absolute` that exists (a dangling link counts as missing). */
async function resolveExisting(absolute: string): Promise<string> {
  const missing: string[] = []
  let existing = absolute
  for (;;) {
    try {
      await lstat(existing)
      return join(await realpath(existing), ...missing)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
      const parent = dirname(existing)
      if (parent === existing) return absolute
      missing.unshift(basename(existing))
      existing = parent
    }
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..'
}
