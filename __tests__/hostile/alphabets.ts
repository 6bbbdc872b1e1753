/**
 * fast-check arbitraries for untrusted listing text: the nastiest alphabets a feed can send,
 * and batches of source records built from them.
 */
import fc from 'fast-check'
import { joinedLocation, shownText, type SourceLocation } from './text.js'

/** Pieces a hostile string is assembled from, by family (the fault matrix names them). */
export const HOSTILE_PIECES = {
  markdownAndHtmlSpecials: [...'\\`*_{}[]()#+-.!|<>&~$^"\':;=/?%@'],
  htmlTagsAndEntities: [
    '&amp;',
    '&#x41;',
    '&#65;',
    '&lt;td&gt;',
    '&nbsp;',
    '&;',
    '&#xZZ;',
    '<script>alert(1)</script>',
    '</td>',
    '<td>',
    '</tr><tr>',
    '<b>',
    '<img src=x onerror=alert(1)>',
    '<!--',
    '-->',
    '<!-- -->',
    '<![CDATA[x]]>',
    '<?php ?>',
    '<details><summary>x'
  ],
  markerLookAlikes: [
    '<!-- jobs:openings:end -->',
    '<!-- jobs:openings:start -->',
    '<!-- jobs:stats:start -->',
    '<!-- jobs:updated:end -->',
    '<!--jobs:stats:end-->'
  ],
  linkAndImageSyntax: [
    '[x](javascript:alert(1))',
    '![i](http://x)',
    '[a]: http://evil.example',
    '[x][1]',
    '[^1]',
    '<http://a>',
    '<a@b.co>',
    '[x]'
  ],
  autolinkLookAlikes: [
    'www.a.com',
    'WWW.A.COM/x',
    'http://a',
    'https://a.b/c?d=e',
    'a@b.co',
    'first.last+tag@mail.example.org',
    'mailto:',
    'mailto:a@b.co',
    'xmpp:a@b.co',
    'ftp://a'
  ],
  githubReferences: [
    '@octocat',
    '@org/team',
    '(@a-b)',
    '#5',
    'owner/repo#5',
    'GH-12',
    'gh-1',
    '@',
    '#'
  ],
  blockSyntax: ['# ', '> ', '- ', '1. ', '```', '~~~', '    ', '---', '===', '- [ ] ', '| --- |'],
  inlineSyntax: ['**', '__', '~~', '$$', '$x$', '`code`', '``', '\\', '\\\\', '\\|', '\\*'],
  lineBreaksAndControls: [
    '\r',
    '\n',
    '\r\n',
    '\t',
    '\u0000',
    '\u0085',
    '\u2028',
    '\u2029',
    '\u000b',
    '\u000c',
    '\u001b',
    '\u007f'
  ],
  rtlAndBidi: [
    'مرحبا',
    'שלום',
    '\u202e',
    '\u202d',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c'
  ],
  emojiAndCombining: ['👩‍💻', '🏳️‍🌈', 'e\u0301', '\u0301', 'Z̤͔ͧ̑̓', '\u200b', '\u200d', '\ufeff', '\u00ad'],
  spaces: [' ', '  ', '\u00a0', '\u3000']
} as const

/** Ordinary words, for properties about something other than the text. */
export const plainText = fc.constantFrom(
  'Acme',
  'Backend Engineer',
  'Berlin, Germany',
  'Remote',
  'Globex Corp'
)

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.values(HOSTILE_PIECES).flat()) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: plainText }
)

/** Characters in a long string. */
export const LONG_LENGTH = 10_000

/** A short run of hostile pieces, or now and then one of exactly LONG_LENGTH code points. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.array(piece, { maxLength: 10 }).map(pieces => pieces.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .array(piece, { minLength: 1, maxLength: 20 })
      .map(pieces => longText(pieces.join('')))
  }
)

function longText(seed: string): string {
  const codePoints = [...(seed === '' ? 'x' : seed)]
  return Array.from(
    { length: LONG_LENGTH },
    (_, index) => codePoints[index % codePoints.length]
  ).join('')
}

const EDGE_PIECES = [...HOSTILE_PIECES.lineBreaksAndControls, ...HOSTILE_PIECES.spaces]
const edge = fc
  .array(fc.constantFrom(...EDGE_PIECES), { maxLength: 3 })
  .map(pieces => pieces.join(''))

/** `text` with, now and then, control characters and spaces at one edge or both. */
function edged(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: text },
    { weight: 1, arbitrary: fc.tuple(edge, text, edge).map(([a, middle, b]) => a + middle + b) }
  )
}

export type { SourceLocation } from './text.js'

/** A `location` as a feed may send it: text, a list of text, or nothing in several spellings. */
function location(text: fc.Arbitrary<string>): fc.Arbitrary<SourceLocation> {
  return fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 2, arbitrary: fc.array(edged(text), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') }
  )
}

// http(s) addresses in spellings the WHATWG URL parser accepts. The well-formed ones are
// absolute `scheme://` addresses with odd hosts, paths, queries and fragments; the odd ones
// add what a careless feed sends: no slashes after the scheme, a tab, line break or backslash
// inside, query values with `:`, `,`, `|` or `[`.
const URL_PARTS = {
  padding: ['', '', ' ', '\n'],
  scheme: ['http', 'https', 'HTTPS', 'hTtP'],
  separator: { wellFormed: ['://', ':///'], odd: [':', ':/'] },
  host: [
    'jobs.example',
    'JOBS.Example',
    'bücher.example',
    'xn--bcher-kva.example',
    '127.0.0.1:8080',
    'user:pw@host.example'
  ],
  path: {
    wellFormed: [
      '',
      '/',
      '/a b',
      '/(x)',
      '/a_b*c~d',
      '/|pipe',
      '/ünï',
      '/<b>"q"',
      "/it's",
      '/%7C',
      '/[x]',
      '/😀',
      '/\u202e'
    ],
    odd: ['/a\tb', '/a\nb', '/a\\b']
  },
  query: {
    wellFormed: ['', '?utm_source=feed&x=1', '?q=%3Cscript%3E'],
    odd: [
      '?&&',
      '?next=javascript:alert(1)',
      '?loc=Berlin,DE',
      '?a=b&c=d|e',
      '?x=[1]&UTM_Campaign=z'
    ]
  },
  fragment: ['', '#frag', '#a b', '#)']
}

/** An http(s) URL with `unique` as its first path segment, so that no two postings share one. */
export type UrlMaker = (unique: string) => string

function httpUrl(kind: 'wellFormed' | 'odd'): fc.Arbitrary<UrlMaker> {
  const odd = kind === 'odd'
  const either = (parts: { wellFormed: string[]; odd: string[] }) =>
    fc.constantFrom(...parts.wellFormed, ...(odd ? parts.odd : []))
  return fc
    .tuple(
      fc.constantFrom(...URL_PARTS.padding),
      fc.constantFrom(...URL_PARTS.scheme),
      either(URL_PARTS.separator),
      fc.constantFrom(...URL_PARTS.host),
      either(URL_PARTS.path),
      either(URL_PARTS.query),
      fc.constantFrom(...URL_PARTS.fragment)
    )
    .map(
      ([pad, scheme, separator, host, path, query, fragment]) =>
        unique =>
          `${pad}${scheme}${separator}${host}/${unique}${path}${query}${fragment}${pad}`
    )
}

export const wellFormedUrl = httpUrl('wellFormed')
export const oddUrl = httpUrl('odd')

/** company_url values that are not http(s): each must be dropped, never linked. */
export const NOT_HTTP_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'mailto:a@b.co',
  'ftp://files.example',
  '//evil.example',
  'evil.example',
  'http://',
  'https://exa mple.com'
]

function companyUrl(url: fc.Arbitrary<UrlMaker>): fc.Arbitrary<string | null | undefined> {
  return fc.oneof(
    { weight: 3, arbitrary: url.map(make => make('company')) },
    { weight: 2, arbitrary: fc.constantFrom(...NOT_HTTP_URLS) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') }
  )
}

/** A source record as a feed sends it; `posted_at` and `categories` are filled in by `batch`. */
export interface HostileRecord {
  id: string
  company: string
  company_url?: string | null
  title: string
  url: string
  location?: SourceLocation
  posted_at: string
  categories: string[]
}

const NOW_MS = Date.parse('2025-10-22T20:30:00Z')
const DAY_MS = 24 * 60 * 60 * 1000

export interface BatchOptions {
  /** Company, title and location text. Default hostileText. */
  text?: fc.Arbitrary<string>
  /** Posting and company addresses. Default wellFormedUrl. */
  url?: fc.Arbitrary<UrlMaker>
  /** Default 8. */
  maxLength?: number
}

/**
 * 1 to `maxLength` records, each posted a day before the one before it (so the table shows
 * them in this order), each with its own id and posting address, and no two the same opening
 * by company + title + location under any folding of case, spacing and control characters,
 * or once clipped to the cell length. Text and list items have control characters and spaces
 * at their edges now and then.
 */
export function hostileBatch({
  text = hostileText,
  url = wellFormedUrl,
  maxLength = 8
}: BatchOptions = {}): fc.Arbitrary<HostileRecord[]> {
  const record = fc.record({
    company: edged(text),
    title: edged(text),
    location: location(edged(text)),
    company_url: companyUrl(url),
    url
  })
  return fc
    .uniqueArray(record, { minLength: 1, maxLength, selector: sameOpeningKey })
    .map(records =>
      records.map(({ url, ...fields }, index) => ({
        id: `hostile-${index}`,
        ...withoutUndefined(fields),
        url: url(`posting-${index}`),
        posted_at: new Date(NOW_MS - index * DAY_MS - 60_000).toISOString(),
        categories: ['backend']
      }))
    )
}

/** Coarser than any case/space folding: two records with different keys are never merged. */
function sameOpeningKey(record: {
  company: string
  title: string
  location?: SourceLocation
}): string {
  const fold = (text: string) =>
    shownText(text)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{C}]+/gu, '')
  return [record.company, record.title, joinedLocation(record.location)].map(fold).join('\n')
}

function withoutUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T
}
