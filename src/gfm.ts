/**
 * GitHub Flavored Markdown read as an mdast tree: micromark with its GFM extension, what
 * remark-parse with remark-gfm runs. Only the reading side is loaded: a run that reads
 * Markdown never loads a Markdown writer (ours is render/markdown.ts).
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/**
 * The tree of `markdown`. `inline: false` reads its blocks alone (headings, lists, code, tables,
 * task list items), each paragraph's and heading's text as written: no emphasis, link, code
 * span or escape, whose runs can cost the parser quadratic time.
 */
export function gfmTree(markdown: string, { inline = true } = {}): Root {
  return fromMarkdown(markdown, inline ? GFM : BLOCKS_ONLY)
}

// Made once: micromark combines its extensions anew for each object it is given.
const GFM = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }

const BLOCKS_ONLY = {
  extensions: [
    ...GFM.extensions,
    {
      disable: {
        null: [
          'attention',
          'autolink',
          'characterEscape',
          'characterReference',
          'codeText',
          'hardBreakEscape',
          'htmlText',
          'labelEnd',
          'labelStartImage',
          'labelStartLink'
        ]
      }
    }
  ],
  mdastExtensions: GFM.mdastExtensions
}
