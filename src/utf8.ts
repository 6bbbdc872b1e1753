/**
 * The text of a file the run may write back (a README, a boards file, an archive page): UTF-8,
 * or refused. Node's decoder turns a byte UTF-8 does not have into U+FFFD, so a file saved in
 * another encoding (Latin-1's `ü`, UTF-16) would be written back with bytes outside the zones
 * changed.
 */
import { errors } from './errors.js'

export function utf8Text(bytes: Buffer, path: string): string {
  const text = bytes.toString('utf8')
  // A U+FFFD the file holds as its own three bytes is text like any other.
  if (!text.includes('\uFFFD')) return text
  const decoded = Buffer.from(text, 'utf8')
  if (decoded.equals(bytes)) return text
  let at = 0
  while (at < bytes.length && bytes[at] === decoded[at]) at++
  const line = bytes
    .subarray(0, at)
    .toString('latin1')
    .split(/\r\n?|\n/).length
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  throw errors.notUtf8(path, line, bytes[at] ?? 0, utf16)
}
