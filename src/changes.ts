/**
 * What changed between the table on the page and the new one, by posting link:
 * the openings added and removed, for outputs, the job summary and the commit message.
 */
import type { Link, Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { normalizeUrl } from './url.js'

export interface TableChanges {
  added: string[]
  removed: string[]
  /** Rows of the old table, for the guard against a feed that suddenly loses most openings. */
  previousRows: number
}

export function tableChanges(oldTable: string, newUrls: readonly string[]): TableChanges {
  const before = postingLinks(oldTable)
  const after = new Set(newUrls.map(normalizeUrl))
  return {
    added: [...after].filter(url => !before.has(url)),
    removed: [...before].filter(url => !after.has(url)),
    previousRows: before.size
  }
}

/** The link of each row's Position cell (the second column) of the first table, normalized. */
function postingLinks(markdown: string): Set<string> {
  const links = new Set<string>()
  if (!markdown.includes('|')) return links
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
  const table = tree.children.find(node => node.type === 'table')
  if (table?.type !== 'table') return links
  for (const row of table.children.slice(1)) {
    const link = firstLink(row.children[1])
    if (link) links.add(normalizeUrl(link.url))
  }
  return links
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
