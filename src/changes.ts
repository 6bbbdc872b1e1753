/**
 * What changed between the table on the page and the new one, by posting link:
 * the openings added and removed, for outputs, the job summary and the commit message.
 *
 * The old table is read as GitHub reads it (a GFM table), through the column model that
 * writes it: each row's posting link is the first link in the column that holds the posting
 * link. A table written by another tool still has its rows counted, and each row the link of
 * the nearest cell that has one (a Markdown link or an `<a href>`), so the guard against a
 * feed that loses most openings works on any table.
 */

import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { Nodes, Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import { OPENINGS_COLUMNS } from './render/openings.js'
import { normalizeUrl } from './url.js'

export interface TableChanges {
  added: string[]
  removed: string[]
  /** Rows of the old table, for the guard against a feed that suddenly loses most openings. */
  previousRows: number
}

export async function tableChanges(
  oldTable: string,
  newUrls: readonly string[]
): Promise<TableChanges> {
  const rows = tableRows(oldTable)
  const before = new Set(postingLinks(rows).map(normalizeUrl))
  const after = new Set(newUrls.map(normalizeUrl))
  return {
    added: [...after].filter(url => !before.has(url)),
    removed: [...before].filter(url => !after.has(url)),
    previousRows: rows.length
  }
}

/** The body rows of the first table, each the Markdown of its cells; [] without a table. */
function tableRows(markdown: string): string[][] {
  if (!markdown.includes('|')) return []
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable(), CELLS_ONLY],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
  const table = tree.children.find((node): node is Table => node.type === 'table')
  return (table?.children.slice(1) ?? []).map(row =>
    row.children.map(cell =>
      cell.children.map(child => ('value' in child ? child.value : '')).join('')
    )
  )
}

// Splitting rows into cells needs no inline syntax: each cell stays its Markdown, one text.
const CELLS_ONLY = {
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

const POSTING_COLUMN = OPENINGS_COLUMNS.findIndex(column => column.postingLink)

/**
 * Each row's posting link: the first link of the posting column, else of the nearest cell to
 * its right, then to its left, that has one. Rows without any link have none.
 */
function postingLinks(rows: string[][]): string[] {
  const links: Array<string | undefined> = new Array(rows.length).fill(undefined)
  const width = Math.max(0, ...rows.map(row => row.length))
  const columns = [
    ...Array.from({ length: width }, (_, index) => index).slice(POSTING_COLUMN),
    ...Array.from({ length: Math.min(POSTING_COLUMN, width) }, (_, index) => index).reverse()
  ]
  for (const column of columns) {
    const unread = rows.flatMap((row, index) => (links[index] === undefined ? [index] : []))
    if (unread.length === 0) break
    const found = firstLinks(unread.map(index => rows[index]![column] ?? ''))
    unread.forEach((row, index) => (links[row] = found[index]))
  }
  return links.filter(link => link !== undefined)
}

/**
 * The first link of each cell, in one parse: each cell a paragraph of its own (after a letter,
 * so no cell can start a block that would run into the next).
 */
function firstLinks(cells: string[]): Array<string | undefined> {
  const tree = fromMarkdown(cells.map(cell => `x ${cell}`).join('\n\n'), {
    extensions: [{ disable: { null: ['attention'] } }]
  })
  return tree.children.map(paragraph => firstLink(paragraph))
}

function firstLink(node: Nodes): string | undefined {
  if (node.type === 'link') return node.url
  if (node.type === 'html') return anchorHref(node.value)
  if ('children' in node)
    for (const child of node.children) {
      const link = firstLink(child)
      if (link !== undefined) return link
    }
  return undefined
}

/** The `href` of an `<a …>` tag, its character references decoded. */
function anchorHref(tag: string): string | undefined {
  const match = ANCHOR_HREF.exec(tag)
  const value = match?.[1] ?? match?.[2] ?? match?.[3]
  return value?.replace(
    CHARACTER_REFERENCE,
    (reference, name: string) => decoded(name) ?? reference
  )
}

const ANCHOR_HREF = /^<a\s(?:[^>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i
const CHARACTER_REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g

function decoded(name: string): string | undefined {
  if (!name.startsWith('#')) return decodeNamedCharacterReference(name) || undefined
  const code =
    name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}
