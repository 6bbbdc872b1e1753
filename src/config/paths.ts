/**
 * Paths of files in the repository (the workspace, or the CLI's working folder), as inputs and
 * boards files give them. Checked and normalized once, when the settings are parsed, so every
 * later stage sees `folder/file.md`: relative, "/"-separated, without "." or ".." parts. What
 * the text alone cannot tell (a symbolic link leading outside) is checked when files are read
 * and written (src/files).
 */
import { posix } from 'node:path'
import { isCalendarDay } from '../calendar.js'
import { errors } from '../errors.js'
import { escapeRegExp } from '../regexp.js'

/**
 * The path, normalized (`./README.md` is `README.md`), or a bad-input error naming `input` when
 * it could lead outside the repository or is written the Windows way (the message shows the
 * path to write instead).
 */
export function repositoryPath(input: string, path: string): string {
  const problem = pathProblem(path)
  if (problem)
    throw errors.badInput(input, `"${path}" must be a path inside the repository${problem}`)
  return path
    .split('/')
    .filter(part => part !== '.')
    .join('/')
}

/** `repositoryPath`, for an input that may be left empty. */
export function optionalRepositoryPath(
  input: string,
  path: string | undefined
): string | undefined {
  return path === undefined ? undefined : repositoryPath(input, path)
}

/** What is wrong with the path, said after "must be a path inside the repository"; '' when nothing. */
function pathProblem(path: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\x00-\x1f\x7f]/.test(path)) return ', without control characters or line breaks'
  const windows = windowsPathAdvice(path)
  if (windows) return `, ${windows}`
  if (path.startsWith('/'))
    return `, relative to its root (the working folder for the CLI), such as "${suggestion(path)}"`
  const parts = path.split('/')
  if (parts.includes('..')) return ', without ".." (relative to its root)'
  if (parts.includes('')) return ', without "//" or a "/" at the end'
  if (parts.every(part => part === '.')) return ', naming a file'
  // Git's own folder: a file written there is no file of the repository (git tracks none), and
  // may be its settings (`.git/config`) or history.
  if (parts.some(part => part.toLowerCase() === '.git'))
    return ', outside its ".git" folder, which holds git\'s own settings and history (git tracks no file there)'
  return ''
}

/**
 * For a path written the Windows way (a drive letter, a backslash), what to write instead, as
 * advice that follows "must be a path inside the repository, "; undefined for any other path.
 */
export function windowsPathAdvice(path: string): string | undefined {
  if (/^[A-Za-z]:/.test(path))
    return `not a Windows drive path; write it relative to the repository's root with "/", such as "${suggestion(path)}"`
  if (path.includes('\\')) return `written with "/": write "${path.replaceAll('\\', '/')}"`
  return undefined
}

/**
 * For a path not found, written the Windows way or absolute, what to write instead, as advice
 * that follows "a path relative to the repository root"; undefined for any other path. The
 * options that refuse such paths (pathProblem) say the same.
 */
export function notFoundAdvice(path: string): string | undefined {
  return (
    windowsPathAdvice(path) ?? (path.startsWith('/') ? `such as "${suggestion(path)}"` : undefined)
  )
}

/** The last part of an absolute path, the most likely file meant. */
function suggestion(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? 'README.md'
}

/**
 * A path as the repository file it names, for comparing paths given different ways:
 * `./listings.json` and `data/../listings.json` are `listings.json`. Exact otherwise (case kept).
 */
export function comparablePath(path: string): string {
  return posix
    .normalize(path.trim())
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '')
}

/** What an archive template holds where a snapshot's day goes. */
export const ARCHIVE_DATE = '{date}'

/**
 * The day whose snapshot the archive template names `path` (`2026-12-06` for
 * `archive/{date}.md` and `archive/2026-12-06.md`), or undefined when no day makes that path: the
 * one test of which files an archive writes and, with archive-days, deletes. Every `{date}` of
 * the template holds the same day.
 */
export function archiveDay(template: string, path: string): string | undefined {
  const [first, ...rest] = template.split(ARCHIVE_DATE).map(escapeRegExp)
  const pattern = new RegExp(`^${first}(\\d{4}-\\d{2}-\\d{2})${rest.join('\\1')}$`)
  const day = pattern.exec(path)?.[1]
  return day !== undefined && isCalendarDay(day) ? day : undefined
}
