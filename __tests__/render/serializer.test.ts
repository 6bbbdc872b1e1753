/**
 * The Markdown writer against the general one: for hostile trees of every zone, GitHub's
 * renderer (cmark-gfm) makes the same HTML of our Markdown as of mdast-util-to-markdown's,
 * and hostile listing text shows literally in its own cell.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { PhrasingContent, Root, Table } from 'mdast'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { toMarkdown as generalMarkdown } from 'mdast-util-to-markdown'
import { DEFAULT_LABELS, type Labels } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { leftOutNote } from '../../src/render/left-out.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { emphasis, hardBreak, html, link, paragraph, strong, text } from '../../src/render/nodes.js'
import { openingsTable } from '../../src/render/openings.js'
import { statsBlock } from '../../src/render/stats.js'
import { updatedLine } from '../../src/render/updated.js'
import { renderGfm } from '../helpers/cmark.js'
import { listingText, postingUrl } from './arbitraries.js'
import { readTable } from './html.js'
import { listing } from './listing.js'
import { tidied } from '../hostile/text.js'

/**
 * mdast-util-to-markdown with GFM tables, escaping `~` and `$` as GitHub needs, given the tree
 * in its plain form: adjacent text nodes as one (it escapes each on its own, so `50` then `1.`
 * became an ordered list; seed -1409712609), and no strong or emphasis holding no text (both
 * writers write nothing for it, but the general one then leaves the whitespace before it raw
 * at the end of a paragraph, where GitHub drops it; ours writes what the tree holds, `&#x20;`).
 */
function general(tree: Root | Table): string {
  const phrasing = { inConstruct: 'phrasing' as const, notInConstruct: [...LITERAL_SPANS] }
  return generalMarkdown(plain(tree), {
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    emphasis: '_',
    strong: '*',
    handlers: { break: () => '  \n' },
    unsafe: [
      { character: '~', ...phrasing },
      { character: '$', ...phrasing }
    ]
  })
}

interface AnyNode {
  type: string
  value?: string
  children?: AnyNode[]
}

function plain<T extends Root | Table>(tree: T): T {
  const empty = (node: AnyNode): boolean =>
    node.type === 'text'
      ? node.value === ''
      : (node.type === 'strong' || node.type === 'emphasis') && node.children!.every(empty)
  const tidy = (node: AnyNode): AnyNode => {
    if (node.children === undefined) return node
    const children: AnyNode[] = []
    for (const child of node.children) {
      if ((child.type === 'strong' || child.type === 'emphasis') && empty(child)) continue
      const last = children.at(-1)
      if (child.type === 'text' && last?.type === 'text')
        children[children.length - 1] = { type: 'text', value: last.value! + child.value! }
      else children.push(tidy(child))
    }
    return { ...node, children }
  }
  return tidy(tree as AnyNode) as T
}

const LITERAL_SPANS = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
] as const

function expectSameHtml(tree: Root | Table): void {
  expect(renderGfm(toMarkdown(tree))).toBe(renderGfm(general(tree)))
}

const UTM = { source: 'github', medium: 'repo', campaign: 'github-backend-jobs' }

const row: fc.Arbitrary<Listing> = fc
  .record({
    company: listingText,
    companyUrl: fc.option(postingUrl, { nil: undefined }),
    title: listingText,
    url: postingUrl,
    location: listingText,
    workType: fc.constantFrom('remote', 'hybrid', 'on_site' as const),
    postedAt: fc.integer({ min: 0, max: 4_102_444_800_000 })
  })
  .map(fields => listing(fields))

/**
 * Hostile label text, on one line. Labels are written as they are, so a label that is a bare
 * link (`https://…`, `www.…`, `a@b.example`) becomes a link on GitHub, whose escapes GitHub
 * shows as written: the two writers escape differently, so those are left out here (listing
 * text is split before any such link, see text.ts). The general writer keeps a line break in
 * text as one, which can end the paragraph, and writes a backslash before a space it encodes
 * as an escape of the reference (`\\&#x20;`); ours writes a line break as a reference.
 */
const labelText = listingText.filter(value => !/:\/\/|www\.|@|[\r\n]|\\\s*$/i.test(value))

/** Labels with some texts replaced by hostile or plain ones. */
const labels: fc.Arbitrary<Labels> = fc
  .record(
    {
      company: labelText,
      position: labelText,
      location: labelText,
      date: labelText,
      remote: labelText,
      notAvailable: labelText,
      lastUpdated: labelText,
      currentStats: labelText,
      jobs: labelText,
      avgSalary: labelText,
      noSalary: labelText,
      statsNote: labelText,
      trendingSkills: labelText,
      skillsNote: labelText,
      leftOut: labelText.map(sentence => `${sentence} {count}`)
    },
    { requiredKeys: [] }
  )
  .map(overrides => ({ ...DEFAULT_LABELS, ...overrides }))

const stats = fc.record({
  jobs: fc.nat(100_000),
  remotePercent: fc.nat(100),
  companies: fc.nat(100_000),
  avgSalaryK: fc.option(fc.nat(1_000), { nil: null }),
  skills: fc.array(listingText, { maxLength: 5 })
})

const words = fc.constantFrom('Remote', 'jobs', '50', '-', '#1', '1.', '> x', ' ', '|', ':', 'a_b')
/**
 * Text for paragraphs with emphasis. Beside a marker, the general writer takes a symbol such
 * as `⅊` for a letter, and a vertical tab, U+2028 or U+2029 for whitespace (JavaScript's \s),
 * and cmark-gfm does not: those are left out here (our tables and zones put no text beside
 * emphasis; markdown.test.ts shows ours beside them).
 */
const phrasingText = fc
  .oneof(labelText, words)
  .filter(value => !/[^\p{ASCII}\p{L}\p{N}\p{M}\p{Zs}]|\v/u.test(value))
const texts = fc.array(phrasingText.map(text), { minLength: 1, maxLength: 2 })

/** Phrasing of the kinds our zones use, with text that means something to Markdown. */
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  phrasingText.map(text),
  fc.constantFrom(html('<sub><small>'), html('</small></sub>'), html('<!-- -->')),
  fc.constant(hardBreak()),
  texts.map(strong),
  texts.map(emphasis),
  fc.tuple(postingUrl, texts).map(([url, children]) => link(url, children)),
  fc.tuple(postingUrl, texts).map(([url, children]) => strong([link(url, children)]))
)

/**
 * Paragraphs as both writers can write them: a break after text that writes something (after
 * an empty one it follows what came before: after `**Remote **` the general writer's break
 * `  \n` became `&#x20; \n`, no break; seed 2011837208), before text or emphasis, no comment
 * first (which would make the line an HTML block, as our zones never do).
 */
const paragraphs: fc.Arbitrary<Root> = fc
  .array(
    fc
      .array(phrasing, { minLength: 1, maxLength: 5 })
      .filter(
        nodes =>
          !startsWithComment(nodes) &&
          nodes.every(
            (node, index) =>
              node.type !== 'break' ||
              (writesText(nodes[index - 1]) &&
                ['text', 'emphasis'].includes(nodes[index + 1]?.type ?? ''))
          )
      )
      .map(paragraph),
    { minLength: 1, maxLength: 3 }
  )
  .map(children => ({ type: 'root', children }))

/** The first node that writes anything (an empty text, or emphasis of empty text, writes nothing) is a comment. */
function startsWithComment(nodes: PhrasingContent[]): boolean {
  const first = nodes.find(node => !writesNothing(node))
  return first?.type === 'html' && first.value.startsWith('<!--')
}

function writesText(node: PhrasingContent | undefined): boolean {
  return node?.type === 'text' && node.value !== ''
}

function writesNothing(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value === ''
  if (node.type === 'emphasis' || node.type === 'strong') return node.children.every(writesNothing)
  return false
}

describe('the Markdown writer', () => {
  it('writes openings tables of hostile rows and labels as GitHub shows the general writer’s', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), labels, fc.boolean(), (rows, labels, utm) => {
        expectSameHtml(openingsTable(rows, { labels, timezone: 'UTC', utm: utm ? UTM : undefined }))
      }),
      { numRuns: 200 }
    )
  })

  it('shows hostile listing text literally, each in its own cell', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), rows => {
        const shown = readTable(
          renderGfm(toMarkdown(openingsTable(rows, { labels: DEFAULT_LABELS, timezone: 'UTC' })))
        )
        expect(shown.tables).toBe(1)
        expect(shown.rows.map(cells => cells.slice(0, 3))).toEqual(
          rows.map(({ company, title, location }) => [company, title, location].map(literal))
        )
      }),
      { numRuns: 200 }
    )
  })

  it('writes the stats, updated and left-out zones as GitHub shows the general writer’s', () => {
    fc.assert(
      fc.property(stats, labels, fc.nat(1_000_000), (stats, labels, count) => {
        expectSameHtml(statsBlock(stats, { labels }))
        expectSameHtml(updatedLine(new Date(count * 1000), { labels, timezone: 'UTC' }))
        expectSameHtml(leftOutNote(count, labels, 'en-US'))
      }),
      { numRuns: 150 }
    )
  })

  it('writes paragraphs of any mix of our phrasing as GitHub shows the general writer’s', () => {
    fc.assert(fc.property(paragraphs, expectSameHtml), { numRuns: 400 })
  })

  it('keeps a backslash before a letter-number that emphasis after it makes a reference', () => {
    // `\〡` then `*Remote*`: U+3021 is written `&#x3021;` so that `*` can open, and the
    // backslash before it, single before a letter or digit, must not escape that `&`.
    expectSameHtml({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: '\\〡' },
            { type: 'emphasis', children: [{ type: 'text', value: 'Remote' }] }
          ]
        }
      ]
    })
  })

  it('writes a cell of 8.4 million characters', () => {
    const title = `${'Acme *Corp* | <b> [x](y) & Co_ '.repeat(140_000)}${' '.repeat(4_000_000)}x`
    const markdown = toMarkdown(
      openingsTable([listing({ title })], { labels: DEFAULT_LABELS, timezone: 'UTC' })
    )
    expect(markdown.split('\n')).toHaveLength(3)
    expect(markdown).toContain('Acme \\*Corp\\* \\| \\<b> \\[x\\](y) & Co\\_ Acme')
    expect(markdown).toContain(`Co\\_ ${' '.repeat(4_000_000)}x](https://jobs.example/1)`)
  })
})

/** What a cell shows of listing text: one line, trimmed, N/A when nothing is left. */
function literal(value: string): string {
  const line = tidied(value)
  return line === '' ? 'N/A' : line
}
