/**
 * Text that goes to a log or an error message and may quote a feed or a URL a user typed.
 * Runners read `::command::` (and `##[command]`) at the start of any line of a step's output,
 * so feed text written as a plain log line must not be able to start a line; and a listings
 * URL may carry a password or a key that must never be printed.
 */

/**
 * `text` as one log line: `%`, CR and LF written `%25`, `%0D` and `%0A`, as `@actions/core`
 * escapes a command's data (its `escapeData`), so feed text can never begin a line of its own.
 * Its other control characters are escaped as `printable` escapes them. Messages given to
 * `core.warning`, `core.error` or `core.setFailed` have their `%`, CR and LF escaped by the
 * toolkit already, but not their other control characters: give them `withoutControls(text)`.
 */
export function oneLogLine(text: string): string {
  return withoutControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/**
 * `text` with each control character written as an escape: C0 controls and DEL as `\x1b`
 * (line breaks as `\n` and `\r`), C1 controls as `\u009b`. Tabs are kept. What a server or a
 * feed says (a status text with `ESC [31m`, a title with a BEL) can then neither recolour nor
 * retitle the terminal or the log viewer that shows it.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, escapeControl)
}

/**
 * `text` with its control characters escaped as `printable` does, but for its line breaks:
 * for the messages `@actions/core` takes (a warning, a failure), which escape those themselves.
 */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, escapeControl)
}

function escapeControl(character: string): string {
  if (character === '\n') return '\\n'
  if (character === '\r') return '\\r'
  const code = character.charCodeAt(0)
  const hex = code.toString(16).padStart(2, '0')
  return code < 0x80 ? `\\x${hex}` : `\\u00${hex}`
}

/**
 * `text` with every http(s) URL in it stripped of credentials: the user and password before
 * `@` become `***`, and so does the value of each query parameter whose name says it is a
 * secret (`api_key`, `token`, `key`, `secret`, `password`, `auth`, `signature`, ...). The
 * rest is kept as written. Text without such a URL comes back unchanged.
 */
export function redactCredentials(text: string): string {
  return text.replace(HTTP_URL, redactUrl)
}

const HTTP_URL = /\bhttps?:\/\/[^\s"'<>`]+/gi

function redactUrl(url: string): string {
  const queryStart = url.search(/[?#]/)
  const beforeQuery = queryStart === -1 ? url : url.slice(0, queryStart)
  const rest = queryStart === -1 ? '' : url.slice(queryStart)
  return withoutUserInfo(beforeQuery) + withoutSecretParameters(rest)
}

/** `scheme://user:password@host/...` -> `scheme://***@host/...` (the last `@` of the authority). */
function withoutUserInfo(url: string): string {
  return url.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/\\]*@/i, '$1***@')
}

/** `?page=2&api_key=abc#top` -> `?page=2&api_key=***#top`. */
function withoutSecretParameters(queryAndFragment: string): string {
  if (!queryAndFragment.startsWith('?')) return queryAndFragment
  const hash = queryAndFragment.indexOf('#')
  const query = hash === -1 ? queryAndFragment.slice(1) : queryAndFragment.slice(1, hash)
  const fragment = hash === -1 ? '' : queryAndFragment.slice(hash)
  const pairs = query.split(/([&;])/).map(piece => {
    const equals = piece.indexOf('=')
    if (equals === -1 || !isSecretName(piece.slice(0, equals))) return piece
    return `${piece.slice(0, equals)}=***`
  })
  return `?${pairs.join('')}${fragment}`
}

const SECRET_NAME =
  /key|token|secret|passw|pwd|auth|signature|sig$|credential|session|cookie|jwt|bearer|private/

function isSecretName(name: string): boolean {
  let decoded = name
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, ' '))
  } catch {
    // A malformed escape: judge the name as written.
  }
  return SECRET_NAME.test(
    decoded
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(NOT_SECRET, '')
  )
}

/**
 * Words a search's parameters hold that SECRET_NAME would take for a secret's (`Keyword=IT`, as
 * USAJobs' search is asked; `author`): left out of the name before it is tested, so that
 * `keyword_token` is still one.
 */
const NOT_SECRET = /keywords?|authors?/g

/** The word for `count` of a thing: `one` for 1, else `many` (`record`, `records`). */
export function countWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many
}
