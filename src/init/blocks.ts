/**
 * The top-level blocks of a README, as `init` reads them. The block structure comes from the
 * parse the zones module makes (markdown-it, blocks only), which takes linear time: micromark,
 * even with inline parsing off, takes time quadratic in the size of a README with many nested
 * lists (minutes for 100 KB). Only the blocks init looks into are then read by micromark
 * (remark's parser, for the mdast nodes tables.ts reads): a table or a heading, each alone, and
 * a paragraph when its text is asked for. Lists, quotes and code are never parsed further.
 */
import type { Heading, Html, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { gfmTree } from '../gfm.js'
import { blockTokens } from '../zones/find.js'
import { splitLines } from '../zones/lines.js'

/**
 * A top-level block, its position in the README's lines (1-based). `html`: an HTML block, its
 * lines as written. `paragraph`: its text (markup dropped) read when asked. `list`: a bullet or
 * ordered list (never parsed further). `rule`: a thematic break (`---`). `other`: a quote, code,
 * a footnote.
 */
export type Block =
  | Heading
  | Table
  | Html
  | { type: 'paragraph'; position: Position; text: () => string }
  | { type: 'list'; position: Position }
  | { type: 'rule'; position: Position }
  | { type: 'other'; position: Position }

export function readmeBlocks(readme: string): Block[] {
  const source = readme.replace(/^\uFEFF/, '')
  const lines = splitLines(source)
  const blocks: Block[] = []
  for (const token of blockTokens(readme)) {
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue
    const [first, end] = token.map
    const last = lines[end - 1]!
    const text = source.slice(lines[first]!.start, last.end)
    const position: Position = {
      start: { line: first + 1, column: 1 },
      end: { line: end, column: last.end - last.start + 1 }
    }
    const kind = token.type.replace(/_open$/, '')
    if (kind === 'html_block') blocks.push({ type: 'html', value: text, position })
    else if (kind === 'heading' || kind === 'table') {
      // micromark reads the block as markdown-it does; should it not, the block is another.
      const node = parsed(text, first).find(child => child.type === kind)
      blocks.push((node as Heading | Table | undefined) ?? { type: 'other', position })
    } else if (kind === 'paragraph') {
      let read: string | undefined
      const paragraphText = () => (read ??= toString(gfmTree(text)).trim())
      blocks.push({ type: 'paragraph', position, text: paragraphText })
    } else if (kind === 'bullet_list' || kind === 'ordered_list') {
      // markdown-it's list runs on over the blank line after it: the list ends at its last text.
      let lastLine = end
      while (lastLine > first + 1 && /^[ \t]*$/.test(lineText(source, lines, lastLine)))
        lastLine -= 1
      const closing = lines[lastLine - 1]!
      const column = closing.end - closing.start + 1
      blocks.push({ type: 'list', position: { ...position, end: { line: lastLine, column } } })
    } else blocks.push({ type: kind === 'hr' ? 'rule' : 'other', position })
  }
  return blocks
}

/** Line `line` (1-based) of `source`, without its line ending. */
function lineText(source: string, lines: ReturnType<typeof splitLines>, line: number): string {
  const { start, end } = lines[line - 1]!
  return source.slice(start, end)
}

/** The mdast blocks of `text`, lines `first + 1`... of the README, their lines moved there. */
function parsed(text: string, first: number): RootContent[] {
  const children = gfmTree(text).children
  const move = (node: { position?: Position; children?: unknown[] }) => {
    // Offsets would count from the block, not the README: no one reads them.
    if (node.position) {
      node.position.start = {
        line: node.position.start.line + first,
        column: node.position.start.column
      }
      node.position.end = { line: node.position.end.line + first, column: node.position.end.column }
    }
    for (const child of node.children ?? []) move(child as typeof node)
  }
  for (const child of children) move(child)
  return children
}
