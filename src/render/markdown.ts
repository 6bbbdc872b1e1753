/** Serializes a zone's mdast tree to Markdown as GitHub reads it. */

import type { Root, Table } from 'mdast'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { toMarkdown as serialize, type ConstructName, type Unsafe } from 'mdast-util-to-markdown'
import { phrasingMarkdown } from './phrasing-markdown.js'
import { tableMarkdown } from './table-markdown.js'

/** Markdown with LF line endings and no trailing newline. */
export function toMarkdown(tree: Root | Table): string {
  if (tree.type === 'table') return tableMarkdown(tree, generalMarkdown)
  return paragraphsMarkdown(tree) ?? generalMarkdown(tree)
}

/**
 * A root of paragraphs (the stats, updated and left-out zones) when no text in it needs
 * escaping: the paragraphs with a blank line between, as mdast-util-to-markdown writes them.
 */
function paragraphsMarkdown(tree: Root): string | undefined {
  const paragraphs: string[] = []
  for (const node of tree.children) {
    if (node.type !== 'paragraph') return undefined
    const markdown = phrasingMarkdown(node.children, 'paragraph')
    if (!markdown) return undefined
    paragraphs.push(markdown)
  }
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined
}

/** mdast-util-to-markdown with our options, for any tree. */
export function generalMarkdown(tree: Root | Table): string {
  const markdown = serialize(tree, {
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    emphasis: '_',
    strong: '*',
    handlers: { break: () => '  \n' },
    unsafe: GITHUB_UNSAFE
  })
  return markdown.replace(/\n$/, '')
}

// Where a character must stay as written (URLs, code), it is never escaped.
const LITERAL_SPANS: ConstructName[] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
]

// Characters GitHub gives a meaning that mdast-util-to-markdown does not escape by default.
const GITHUB_UNSAFE: Unsafe[] = [
  // cmark-gfm's strikethrough takes one or two tildes: `~x~`.
  { character: '~', inConstruct: 'phrasing', notInConstruct: LITERAL_SPANS },
  // GitHub renders text between dollar signs as math: `$80k-$100k`.
  { character: '$', inConstruct: 'phrasing', notInConstruct: LITERAL_SPANS }
]
