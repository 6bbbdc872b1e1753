/**
 * The text of a file the run may write back (a README, a boards file, an archive page): UTF-8,
 * or refused. Node's decoder turns bytes that are not UTF-8 into U+FFFD, so a file saved in
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
  // The U+FFFD that differs may begin with the bytes it stands for (EF ...): its start is the
  // start of the bytes it replaced.
  while (at > 0 && isContinuation(decoded[at]!)) at--
  const line = bytes
    .subarray(0, at)
    .toString('latin1')
    .split(/\r\n?|\n/).length
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  throw errors.notUtf8(
    path,
    utf16 ? 'it starts with a UTF-16 byte order mark' : `line ${line} ${invalidBytes(bytes, at)}`
  )
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0')

/**
 * What is wrong with the bytes at `at`, where the first character that is not UTF-8 begins
 * (RFC 3629, section 4): a byte no UTF-8 text holds, a byte that continues a character none
 * began, a character cut short, or a lead byte whose next byte is out of its range (an overlong
 * form, an encoded surrogate, a code point past U+10FFFF).
 */
function invalidBytes(bytes: Buffer, at: number): string {
  const lead = bytes[at]!
  if (lead === 0xc0 || lead === 0xc1 || lead >= 0xf5)
    return `has a byte UTF-8 does not have (0x${hex(lead)})`
  if (isContinuation(lead))
    return `has the byte 0x${hex(lead)}, which is not valid UTF-8 there: it continues a character, and none began before it`
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  const [low, high, why] = SECOND_BYTE.get(lead) ?? [0x80, 0xbf, '']
  let end = at + 1
  while (end < at + length && end < bytes.length && isContinuation(bytes[end]!)) end++
  const second = bytes[at + 1]
  const sequence = [...bytes.subarray(at, end)].map(hex).join(' ')
  if (second !== undefined && isContinuation(second) && (second < low || second > high))
    return `has the bytes ${sequence}, which are not valid UTF-8 (${why})`
  const next = bytes[end]
  const cut = next === undefined ? 'the end of the file' : `the byte 0x${hex(next)}`
  return end === at + 1
    ? `has the byte 0x${hex(lead)}, which is not valid UTF-8 there: it begins a character of ${length} bytes, cut short by ${cut}`
    : `has the bytes ${sequence}, which are not valid UTF-8: ${hex(lead)} begins a character of ${length} bytes, cut short by ${cut}`
}

/** The lead bytes whose second byte has a narrower range than 80 to BF: that range, and why. */
const OVERLONG = 'an overlong form of a character, which UTF-8 forbids'
const SECOND_BYTE = new Map<number, readonly [number, number, string]>([
  [0xe0, [0xa0, 0xbf, OVERLONG]],
  [
    0xed,
    [
      0x80,
      0x9f,
      'an encoded surrogate, U+D800 to U+DFFF, as CESU-8 and Java\'s "modified UTF-8" write a character past U+FFFF'
    ]
  ],
  [0xf0, [0x90, 0xbf, OVERLONG]],
  [0xf4, [0x80, 0x8f, 'a code point past U+10FFFF, the last Unicode has']]
])

/**
 * `text` as UTF-8 can hold it: a lone surrogate (half of a UTF-16 pair, as a feed's `"\ud800"`
 * escape gives one) as U+FFFD, which it becomes when written. A run compares what it would
 * write with what the file holds in this form, or every run would see a change.
 */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g')
