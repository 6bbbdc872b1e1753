/**
 * markdown-it's `html_block` rule, copied from markdown-it 14 (lib/rules_block/html_block.mjs)
 * and adjusted to cmark-gfm 0.29, the CommonMark version GitHub renders READMEs with. Where an
 * HTML block starts and ends decides which lines are markers, so it must be GitHub's reading:
 *
 * - Type 1 (`<script>`, `<pre>`, `<style>`): CommonMark 0.30 added `<textarea>`; 0.29 has not.
 * - Type 4 (`<!` and a letter): 0.29 takes only an uppercase ASCII letter (`<!DOCTYPE`); `<!x`
 *   or `<!doctype` is text, not a block that runs to the next `>`.
 * - Type 6: 0.29's tag names (no `search`, which 0.31 added).
 * - Type 7 (any other tag alone on its line) may not interrupt a paragraph, but cmark checks
 *   that against the innermost container the line matched, not against the paragraph: on a lazy
 *   continuation line (a line after a list item, block quote or footnote paragraph that is not
 *   indented or quoted enough to be inside it) a tag starts an HTML block at the outer level,
 *   which runs to the next blank line (cmark's blocks.c, open_new_blocks). The same holds on a
 *   line after a table's row: the table (cmark-gfm's table extension reads any line as one more
 *   row) is the container it matched, not a paragraph, so a tag there ends the table and starts
 *   a block running to the next blank line. And the line right
 *   after a link reference definition is still in the paragraph that held the definition (cmark
 *   reads definitions out of paragraphs), so a tag there does not start a block either.
 */

import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs'
import { HTML_OPEN_CLOSE_TAG_RE } from 'markdown-it/lib/common/html_re.mjs'
import reference from 'markdown-it/lib/rules_block/reference.mjs'
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs'

/** Per parse: the line after the last link reference definition read, at its indent. */
const afterDefinition = new WeakMap<StateBlock, { line: number; indent: number }>()

/** markdown-it's `reference` rule, noting where each definition ends for cmarkHtmlBlock. */
export const cmarkReference: RuleBlock = (state, startLine, endLine, silent) => {
  if (!reference(state, startLine, endLine, silent)) return false
  if (!silent) afterDefinition.set(state, { line: state.line, indent: state.blkIndent })
  return true
}

// cmark-gfm 0.29's `blocktagname` (src/scanners.re).
const BLOCK_NAMES = [
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul'
]

/** Each type's start, its end, and whether it may interrupt a paragraph. */
const HTML_SEQUENCES: [RegExp, RegExp, boolean][] = [
  [/^<(script|pre|style)(?=(\s|>|$))/i, /<\/(script|pre|style)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp(`^</?(${BLOCK_NAMES.join('|')})(?=(\\s|/?>|$))`, 'i'), /^$/, true],
  [new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`), /^$/, false]
]

/**
 * What ends an HTML block whose first line is `text`: the closing sequence GitHub waits for
 * (`</pre>`, `-->`, `?>`, `>`, `]]>`: types 1 to 5, each up to the first line holding it), or
 * undefined for a block that runs to the next blank line (types 6 and 7).
 */
export function htmlBlockCloser(text: string): string | undefined {
  const line = text.trimStart()
  const type = HTML_SEQUENCES.findIndex(([start]) => start.test(line))
  if (type === 0) return `</${/^<([a-z]+)/i.exec(line)![1]!.toLowerCase()}>`
  return ['-->', '?>', '>', ']]>'][type - 1]
}

export const cmarkHtmlBlock: RuleBlock = (state, startLine, endLine, silent) => {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!
  let max = state.eMarks[startLine]!

  // Indented 4 or more: a code block.
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false
  if (!state.md.options.html) return false
  if (state.src.charCodeAt(pos) !== 0x3c /* < */) return false

  let lineText = state.src.slice(pos, max)
  const sequence = HTML_SEQUENCES.find(([start]) => start.test(lineText))
  if (!sequence) return false
  const [, end, interrupts] = sequence

  if (silent) {
    // Asked whether the line ends the block above. A block quote asks only about a line it
    // does not hold (no `>`, after a non-blank line); a paragraph's line is lazy when it is
    // outdented from the paragraph's list item or footnote; a table asks about the line after
    // a row. cmark opens any HTML block there.
    const lazy =
      state.parentType === 'blockquote' ||
      // markdown-it's table rule sets this, though its types do not list it.
      (state.parentType as string) === 'table' ||
      ((state.parentType === 'paragraph' || state.parentType === 'reference') &&
        state.sCount[startLine]! < state.blkIndent)
    return interrupts || lazy
  }

  // A tag right after a link reference definition continues the definition's paragraph.
  const definition = afterDefinition.get(state)
  if (!interrupts && definition?.line === startLine && definition.indent === state.blkIndent)
    return false

  let nextLine = startLine + 1
  // Types 6 and 7 end at a blank line; the others only at their closing sequence.
  const endsOnBlankLine = end.test('')
  if (!end.test(lineText)) {
    for (; nextLine < endLine; nextLine++) {
      if (state.sCount[nextLine]! < state.blkIndent) {
        // An outdented line ends the block, but an outdented blank line does not end one that
        // waits for its closing sequence (a comment inside a list item).
        if (endsOnBlankLine || !state.isEmpty(nextLine)) break
      }
      pos = state.bMarks[nextLine]! + state.tShift[nextLine]!
      max = state.eMarks[nextLine]!
      lineText = state.src.slice(pos, max)
      if (end.test(lineText)) {
        if (lineText.length !== 0) nextLine++
        break
      }
    }
  }

  state.line = nextLine
  const token = state.push('html_block', '', 0)
  token.map = [startLine, nextLine]
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true)
  return true
}
