/** The HTML of a README as a GitHub Markdown parse (remark + remark-gfm) sees it. */

import type { Parent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export interface HtmlNode {
  /** The HTML as written. */
  value: string
  /** 1-based line where it starts. */
  line: number
  /** The mdast type of the node that holds it: `root`, `paragraph`, `blockquote`, ... */
  parent: string
}

/** Every HTML node (block or inline), in document order. */
export function htmlNodesOf(readme: string): HtmlNode[] {
  return [...htmlNodes(unified().use(remarkParse).use(remarkGfm).parse(readme))]
}

function* htmlNodes(parent: Parent): Generator<HtmlNode> {
  for (const child of parent.children) {
    if (child.type === 'html')
      yield { value: child.value, line: child.position!.start.line, parent: parent.type }
    if ('children' in child) yield* htmlNodes(child)
  }
}
