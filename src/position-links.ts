/** The posting links of a table a GitHub Markdown parse reads, whoever wrote the table. */

import type { Link, Nodes } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTable } from 'micromark-extension-gfm-table'

/** The first link of each row's Position cell (the second column) of the first table. */
export function positionLinks(markdown: string): string[] {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
  const table = tree.children.find(node => node.type === 'table')
  if (table?.type !== 'table') return []
  return table.children.slice(1).flatMap(row => firstLink(row.children[1])?.url ?? [])
}

function firstLink(node: Nodes | undefined): Link | undefined {
  if (!node) return undefined
  if (node.type === 'link') return node
  if ('children' in node)
    for (const child of node.children) {
      const link = firstLink(child)
      if (link) return link
    }
  return undefined
}
