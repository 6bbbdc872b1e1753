/**
 * What changed between the table on the page and the new one, by posting link:
 * the openings added and removed, for outputs, the job summary and the commit message.
 *
 * Both tables are read through the column model that writes them: each row's posting link is
 * the first link in the column that holds the posting link, as the cell template wrote it
 * (with its tracking parameters). The new table is read from its mdast, the tree the README's
 * text is written from; the old one from the page, as the zone finder's parse of the README
 * found it (zones/find.ts), whose cells hold the same links a tree of ours was written with.
 * An old row whose line the new table writes too has that row's link, and is not parsed: a
 * run that changes a few rows of a thousand reads those few. A table written by another tool
 * still has its rows counted, and each row the link of the nearest cell that has one (a
 * Markdown link or an `<a href>`), so the guard against a feed that loses most openings works
 * on any table. An HTML `<table>` is read the same way, each cell's first `<a href>`
 * (html-table-links.ts).
 */

import type Token from 'markdown-it/lib/token.mjs'
import type { Nodes, PhrasingContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { normalizeUri } from 'micromark-util-sanitize-uri'
import { gfmTree } from './gfm.js'
import { openTag } from './html-tag.js'
import { memoized } from './memo.js'
import { normalizeUrl } from './url.js'
import { CLOSED_MARK } from './render/openings.js'
import { inlineTokens, type ZoneTable } from './zones/find.js'

export interface TableChanges {
  added: string[]
  removed: string[]
  /** Rows of the old table. */
  previousRows: number
  /**
   * For the guard against a feed that suddenly loses most openings, when the run removes a row:
   * the openings of the old table (its rows whose posting column holds a link; a closed row
   * marked 🔒 in its place is none; in a table with no link in that column, every row with a
   * link), how many of them the run removes, and the old rows that are no opening. Of those
   * removed, how many the feed no longer holds at all (`vanished`: the sign of a broken or
   * partial feed) and how many it holds closed (`closed`); the rest it still holds open (left
   * out by max-rows, max-bytes, max-age-days or the board's selection). Without `held` (the
   * feed was not watched) every removed opening counts as vanished.
   */
  openings?: { before: number; removed: number; vanished: number; closed: number; others: number }
  /**
   * The posting column (its index, and its header's text in the new table) when no row of the
   * new table shows a link in it (a link, or an address as text): the rows are then named by
   * the link of another cell, if any, and neither the added and removed openings nor the guard
   * against a broken feed can go by their postings. Only for a run that changes the table.
   */
  unreadPosting?: { column: number; header: string }
}

/**
 * The new zone: its text, and the tree of its (first) table that text was written from; for a
 * pipe table, the lines its body rows were written as, in order.
 */
export interface NewTable {
  text: string
  table: Table
  rowLines?: readonly string[]
  /**
   * Whether each body row's listing is open (`active`), in order: a closed row is no opening,
   * whatever other cell of it links (a 🔒 row's company). Undefined: every row's listing is.
   */
  active?: readonly boolean[]
}

/**
 * The zone on the page: its text (zoneContent) and every table the README's parse found in it
 * (the halves of a table its board's script cut in two are one table's rows).
 */
export interface OldZone {
  text: string
  tables: readonly ZoneTable[]
}

/**
 * The column of the new table that holds the posting link: its `index` (config/table.ts
 * postingColumn; -1: none), and its `header` as the board writes it (its header cell's
 * content). An old table's posting column is the one its header row heads so (columns moved
 * in the boards file keep their headers), else the one at `index`.
 */
export interface PostingColumn {
  index: number
  header?: readonly PhrasingContent[]
}

/**
 * The changes from the zone `oldZone` (the rows of all its tables) to `newZone`, both read through the
 * same column model, so links the cell template writes (tracking parameters, a redirect) are
 * compared as written. `rowUrls` are the new table's listings, a row each, in order: an added
 * row is named by its listing's URL. `posting`: the column that holds the posting link.
 */
export async function tableChanges(
  oldZone: OldZone,
  newZone: NewTable,
  rowUrls: readonly (string | undefined)[],
  posting: PostingColumn,
  held?: HeldOpenings
): Promise<TableChanges> {
  const rows = await tableRows(oldZone, posting)
  // The usual scheduled run: nothing changed, and the links need not be read at all.
  if (newZone.text === oldZone.text) return { added: [], removed: [], previousRows: rows.length }
  const postingColumn = posting.index
  const oldLines = oldZone.tables.flatMap(table =>
    table.format === 'pipe' ? table.lines.slice(1) : []
  )
  // The rows the guard read before the feed (openingLinks) are not read again, and a row of the
  // new table written as one of them read by the posting column has its link.
  const read = READ_ROWS.get(oldZone.tables)
  const readAlready = read?.posting === posting ? read.rows : undefined
  const readLines = new Map<string, OldRow>()
  if (readAlready)
    for (const [index, line] of oldLines.entries())
      if (rows[index]?.column === postingColumn)
        readLines.set(line, withoutMarks(readAlready[index]))
  const newRows = treeRows(newZone.table).map((cells, index) => {
    const line = newZone.rowLines?.[index]
    return line !== undefined && readLines.has(line)
      ? readLines.get(line)
      : postingLink(cells, postingColumn)
  })
  const columns = sharedPostingColumns(
    rows,
    new Set(newRows.flatMap(row => (row?.opening ? [row.key] : [])))
  )
  // An old row written the same as a row of the new table has that row's link, read from the
  // tree: only the rows a run changed are parsed.
  const written = new Map(newZone.rowLines?.map((line, index) => [line, newRows[index]]))
  const oldRows = rows.map(({ cells, column: first, headed, locked }, index) => {
    const column = columns[index] as number
    const line = oldLines[index]
    const same = line !== undefined && column === postingColumn ? written.get(line) : undefined
    return same
      ? { ...same, ...(headed ? { headed } : {}), ...(locked ? { locked } : {}) }
      : readAlready && column === first
        ? readAlready[index]
        : postingLink(cells, column, { headed, locked })
  })
  // The old table's links by the form they are compared in, each as read (the first so read).
  const before = new Map<string, string>()
  for (const row of oldRows) if (row && !before.has(row.key)) before.set(row.key, row.link)
  // The openings of each table, added and removed: a closed row (🔒, its company still linked)
  // is none, in the old table as in the new.
  const openings = new Set(openingsOf(oldRows))
  for (const key of before.keys()) if (!openings.has(key)) before.delete(key)
  // The new table is of the board's layout: an opening's row links its posting where the
  // posting column is (a column that shows no link in any row: unreadPosting, no +/-).
  const named = new Map<string, string>()
  for (const [index, row] of newRows.entries()) {
    if (newZone.active?.[index] === false || !row?.opening) continue
    const url = newRows.length === rowUrls.length ? rowUrls[index] : undefined
    if (row && !named.has(row.key)) named.set(row.key, normalizeUrl(url ?? row.link))
  }
  const removed = [...before.keys()].filter(key => !named.has(key))
  const unread = postingColumn >= 0 && newRows.length > 0 && !newRows.some(row => row?.opening)
  const header = newZone.table.children[0]?.children[postingColumn]
  const gone = removed.filter(key => openings.has(key))
  const kept = (state: Held) => gone.filter(key => held?.of(key) === state).length
  return {
    added: [...named].filter(([key]) => !before.has(key)).map(([, url]) => url),
    removed: removed.map(key => before.get(key) as string),
    previousRows: rows.length,
    ...(unread
      ? {
          unreadPosting: {
            column: postingColumn,
            header: header ? toString(header, { includeHtml: false }).trim() : ''
          }
        }
      : {}),
    ...(removed.length > 0
      ? {
          openings: {
            before: openings.size,
            removed: gone.length,
            vanished: held ? gone.filter(key => held.of(key) === undefined).length : gone.length,
            closed: kept('closed'),
            others: oldRows.length - oldRows.filter(isOpening(oldRows)).length
          }
        }
      : {})
  }
}

/**
 * The links of the openings of the zone's tables, in the form tableChanges compares them
 * (comparedLink), each once: what the guard against a broken feed watches the feed for. Every
 * row's posting cell is read.
 */
export async function openingLinks(oldZone: OldZone, posting: PostingColumn): Promise<string[]> {
  const read = await tableRows(oldZone, posting)
  const rows = read.map(row => postingLink(row.cells, row.column, row))
  READ_ROWS.set(oldZone.tables, { posting, rows })
  // Which of the columns a table heads alike holds the postings is known only with the new
  // table (sharedPostingColumns): the links of each are watched.
  const others = read.flatMap(row =>
    (row.shared ?? [])
      .filter(column => column !== row.column)
      .map(column => postingLink(row.cells, column, row))
  )
  return [...new Set([...openingsOf(rows), ...openingsOf(others)])]
}

/**
 * The old rows openingLinks read, by the zone's tables (the README's parse, the same for the
 * zone's tableChanges after the feed), for the posting column they were read by.
 */
const READ_ROWS = new WeakMap<readonly ZoneTable[], { posting: PostingColumn; rows: OldRow[] }>()

type OldRow =
  { link: string; key: string; opening: boolean; headed?: boolean; locked?: boolean } | undefined

/** A row's link as a row of the new table has it: without its old table's `headed` and `locked`. */
function withoutMarks(row: OldRow): OldRow {
  return row && { link: row.link, key: row.key, opening: row.opening }
}

/**
 * Whether a row is an opening: its posting column holds its link. A table of another layout
 * (adopted, or its columns moved) has no link where the posting column is now: each of its
 * rows with a link is one. A table whose header row heads the posting column as the board does
 * (`headed`) is of the board's layout, though no row of it links there (every row closed). A row
 * that shows a closed row's 🔒 (`locked`: closed: mark writes it in place of the posting's
 * link) is no opening of a table of another layout, whose other links stand in for postings;
 * one that links its posting (a title `🔒 Security Engineer`) is.
 */
function isOpening(rows: readonly OldRow[]): (row: OldRow) => boolean {
  const ours = rows.some(row => row?.opening || row?.headed)
  return row => row !== undefined && (row.opening || (!ours && !row.locked))
}

function openingsOf(rows: readonly OldRow[]): string[] {
  return rows.filter(isOpening(rows)).map(row => row!.key)
}

/** What the feed holds of an opening: open, or closed (active: false). */
type Held = 'open' | 'closed'

/**
 * The openings of the tables on the page that the feed still holds, open or closed: the links
 * to watch for are known before the feed is read (openingLinks), and the load stage tells each
 * listing it reads (`see`), so only those links are kept, never the feed's. A listing's link
 * matches as the tables are compared (comparedLink: `utm_*`, the fragment and a trailing slash do
 * not count), and a table's link that adds parameters of its own to it (a cell template's
 * `?ref=board`) is the listing's too: the same address, and every parameter of the listing's
 * in it. An opening that leaves a table while the feed still holds it (pushed down by newer
 * rows, aged out, closed) is no sign of a broken feed.
 */
export class HeldOpenings {
  private readonly held = new Map<string, Held | undefined>()
  /**
   * The watched links by their address without the query, each with its query's parameters and
   * its own: those not on every link of its table (a posting's `gh_jid=1`, not the cell
   * template's `ref=Simplify`).
   */
  private readonly byAddress = new Map<
    string,
    { link: string; parameters: Set<string>; own: string[] }[]
  >()
  /** The last path segment of each watched link (pathTail): most links of a feed match none. */
  private readonly tails = new Set<string | undefined>()

  /**
   * Watches the feed for `links`, one table's (compared as tableChanges compares them:
   * openingLinks). A parameter on every link of the table is the cell template's, which the
   * feed's link need not have; a table of one link has none of its own.
   */
  watch(links: Iterable<string>): void {
    const table = [...new Set(links)].map(link => ({ link, ...queryParts(link) }))
    const common = table.reduce<Set<string> | undefined>(
      (shared, { parameters }) =>
        shared === undefined
          ? new Set(parameters)
          : new Set(parameters.filter(parameter => shared.has(parameter))),
      undefined
    )
    for (const { link, address, parameters } of table) {
      if (this.held.has(link)) continue
      this.held.set(link, undefined)
      this.tails.add(pathTail(link))
      const same = this.byAddress.get(address) ?? []
      const own = parameters.filter(parameter => !common?.has(parameter))
      same.push({ link, parameters: new Set(parameters), own })
      this.byAddress.set(address, same)
    }
  }

  /** How many links are watched. */
  get size(): number {
    return this.held.size
  }

  /** A listing of the feed, its posting url as read (undefined: none) and whether it is open. */
  see(url: unknown, active: boolean): void {
    if (typeof url !== 'string') return
    const tail = pathTail(url)
    if (tail !== undefined && !this.tails.has(tail)) return
    const { address, parameters } = queryParts(comparedLink(url))
    for (const watched of this.byAddress.get(address) ?? []) {
      if (this.held.get(watched.link) === 'open') continue
      // The feed's parameters all on the table's link, and the link's own all in the feed's:
      // the page's `/jobs` (a general application) holds none of `/jobs?gh_jid=1`, `?gh_jid=2`.
      if (
        parameters.every(parameter => watched.parameters.has(parameter)) &&
        watched.own.every(parameter => parameters.includes(parameter))
      )
        this.held.set(watched.link, active ? 'open' : 'closed')
    }
  }

  /** What the feed holds of `link`; undefined: nothing, or it was not watched. */
  of(link: string): Held | undefined {
    return this.held.get(link)
  }
}

/** A normalized link's address before its query, and the query's parameters as written. */
function queryParts(link: string): { address: string; parameters: string[] } {
  const query = link.indexOf('?')
  if (query < 0) return { address: link, parameters: [] }
  return { address: link.slice(0, query), parameters: link.slice(query + 1).split('&') }
}

/**
 * The last segment of a link's path, as it reads in the text and as normalizeUrl keeps it
 * (without the query, fragment and trailing slashes): a link whose tail is none of the watched
 * links' is none of them, without the cost of parsing it. Undefined when the text alone cannot
 * tell (a tail a parse would change: characters it encodes, `.` and `..`; no path; no `//`), so that
 * such a link is normalized and compared whole.
 */
function pathTail(url: string): string | undefined {
  const text = url.trim()
  const query = text.search(/[?#]/)
  let end = query < 0 ? text.length : query
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end--
  const slash = text.lastIndexOf('/', end - 1)
  const authority = text.indexOf('//')
  if (authority < 0 || slash <= authority + 1) return undefined
  const tail = text.slice(slash + 1, end)
  return PLAIN_SEGMENT.test(tail) && !DOT_SEGMENT.test(tail) ? tail : undefined
}

/** Characters a URL parse leaves as they are in a path. */
const PLAIN_SEGMENT = /^[\w.~!$&'()*+,;=:@%-]+$/
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i

/** A row as its cells' first links, each read only when asked. */
type Row = Array<() => string | undefined>

/**
 * An old table's body row: its cells, its table's posting column (postingColumnOf), and the
 * columns its header row heads as the posting column when there are several (`shared`, one
 * array per table).
 */
interface OldTableRow {
  cells: Row
  column: number
  headed: boolean
  locked: boolean
  shared?: number[]
}

/**
 * The body rows of the zone's tables, each as its cells' first links and its table's posting
 * column (postingColumnOf): those of its pipe tables in order (as oldLines, their lines), then
 * those of its HTML tables (of their blocks alone, not the closed roles folded under them); []
 * without a table. A cell's inline content is parsed only when its link is asked for: usually
 * just the posting column's.
 */
async function tableRows(
  { text, tables }: OldZone,
  posting: PostingColumn
): Promise<OldTableRow[]> {
  const rows = tables.flatMap((table): OldTableRow[] => {
    if (table.format !== 'pipe') return []
    const [header = [], ...body] = table.rows
    const { column, headed, shared } = postingColumnOf(
      header.map(content => shownText(inlineTokens(content, table.env))),
      posting
    )
    // A cell that several rows show (a company's link) is parsed once.
    const links = memoized(content =>
      MAY_LINK.test(content) ? firstLink(inlineTokens(content, table.env)) : undefined
    )
    return body.map(cells => ({
      column,
      headed,
      ...(shared ? { shared } : {}),
      locked: cells.some(content => content.includes(CLOSED_MARK)),
      cells: cells.map(content => () => links(content))
    }))
  })
  const blocks = tables.filter(table => table.format === 'html')
  if (blocks.length === 0) return rows
  const { htmlTableLinks } = await import('./render/html-table-links.js')
  return [
    ...rows,
    ...htmlTableLinks(text, blocks).flatMap(table => {
      const { column, headed, shared } = postingColumnOf(table.header, posting)
      return table.rows.map((links, row) => ({
        column,
        headed,
        ...(shared ? { shared } : {}),
        locked: table.locked[row] === true,
        cells: links.map(link => () => link)
      }))
    })
  ]
}

/**
 * The posting column of an old table, by its header row's cells as the page shows them: the
 * column headed as the board heads its posting column (at `posting.index`, else the first
 * so headed), so that a table whose columns the boards file moved (Role before Company) reads
 * each row's posting where the table has it; `posting.index` when no header is so.
 */
function postingColumnOf(
  headers: readonly string[],
  posting: PostingColumn
): { column: number; headed: boolean; shared?: number[] } {
  const unheaded = { column: posting.index, headed: false }
  if (posting.index < 0 || posting.header === undefined) return unheaded
  const wanted = sameHeader(toString(posting.header, { includeHtml: false }))
  if (wanted === '') return unheaded
  const headed = headers.flatMap((header, index) => (sameHeader(header) === wanted ? [index] : []))
  const [first] = headed
  if (first === undefined) return unheaded
  const column = headed.includes(posting.index) ? posting.index : first
  return { column, headed: true, ...(headed.length > 1 ? { shared: headed } : {}) }
}

/**
 * The posting column of each old row whose table heads several columns as the posting column
 * (two `Link` columns, a company's and a posting's, whose order the boards file swapped): of
 * them, the one whose links most rows of the new table hold as their postings (`postings`,
 * compared keys), else the one postingColumnOf chose.
 */
function sharedPostingColumns(
  rows: readonly OldTableRow[],
  postings: ReadonlySet<string>
): number[] {
  const chosen = new Map<readonly number[], number>()
  return rows.map(row => {
    const { shared } = row
    if (shared === undefined) return row.column
    const known = chosen.get(shared)
    if (known !== undefined) return known
    const table = rows.filter(other => other.shared === shared)
    const held = (column: number) =>
      table.filter(other => {
        const link = other.cells[column]?.()
        return link !== undefined && postings.has(comparedLink(link))
      }).length
    let best = row.column
    for (const column of shared) if (held(column) > held(best)) best = column
    chosen.set(shared, best)
    return best
  })
}

/** A header's text as compared: its white space runs one space, trimmed, in lower case. */
function sameHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** The text a cell's tokens show: its text, escaped characters and code, without its markup. */
function shownText(cell: readonly Token[]): string {
  return cell
    .filter(token => ['text', 'text_special', 'code_inline'].includes(token.type))
    .map(token => token.content)
    .join('')
}

// The page's parser makes a link of `[…]` (a link, a reference, an image inside one) or `<…>`
// (an autolink, an `<a>` tag), and GitHub's autolink extension one of bare `www.`, `scheme://`
// and `name@host` text (shownLink): a cell with none of these needs no parse to say it has none.
const MAY_LINK = /[[<@]|www\.|:\/\//i

/** The body rows of a table of ours, each as its cells' first links (read when asked). */
function treeRows(table: Table): Row[] {
  return table.children
    .slice(1)
    .map(row => row.children.map(cell => () => firstTreeLink(cell.children)))
}

/**
 * The first link of a cell's tree, as its text reads back: a link's url, the `href` of an
 * `<a …>` tag the cell holds as HTML, or an address its text shows (ShownText).
 */
function firstTreeLink(nodes: readonly PhrasingContent[]): string | undefined {
  const shown = new ShownText()
  for (const node of nodes) {
    if (shown.add(node.type, 'value' in node ? node.value : '')) continue
    const bare = shown.link()
    if (bare) return bare
    const link =
      node.type === 'link'
        ? node.url
        : node.type === 'html'
          ? anchorHref(node.value)
          : 'children' in node
            ? firstTreeLink(node.children)
            : undefined
    // As firstLink: an empty destination is no link.
    if (link) return link
  }
  return shown.link()
}

/**
 * A row's link, normalized (and its `key`, the form compared: comparedLink): the first link of
 * the posting column, else of the nearest cell to its right, then to its left, that has one;
 * undefined for a row without any. The row is an opening when its posting column holds the link
 * (with no posting column, when it has a link): a closed row with 🔒 in that column is named by
 * its company's link but is no opening.
 */
function postingLink(
  cells: Row,
  postingColumn: number,
  { headed = false, locked = false }: { headed?: boolean; locked?: boolean } = {}
): OldRow {
  const column = Math.max(0, postingColumn)
  const after = cells.slice(column)
  const before = cells.slice(0, column).reverse()
  for (const [index, cell] of [...after, ...before].entries()) {
    const link = cell()
    if (link === undefined) continue
    const normalized = normalizeUrl(link)
    return {
      link: normalized,
      key: comparedLink(link, normalized),
      opening: postingColumn < 0 || index === 0,
      ...(headed ? { headed } : {}),
      ...(locked ? { locked } : {})
    }
  }
  return undefined
}

/**
 * A link as both tables are compared by: as the page's HTML links it, its characters a link
 * cannot hold as they are (`[`, `]`, `|`, non-ASCII, ...) percent-encoded as the HTML table's
 * writer (mdast-util-to-hast) encodes a Markdown link's destination, an encoded one left as it
 * is; then normalized (normalizeUrl). A Markdown link of a pipe table, or a tag's `href`, reads
 * back as written (`f[loc]=NY`) and one of an HTML table as encoded (`f%5Bloc%5D=NY`): the same
 * posting, so an unchanged table is no change.
 */
export function comparedLink(link: string, normalized?: string): string {
  const encoded = normalizeUri(link)
  // A link with nothing to encode compares as normalized (`normalized`: normalizeUrl's, known).
  return encoded === link && normalized !== undefined ? normalized : normalizeUrl(encoded)
}

/**
 * A cell's first link, in the order the page shows them: a link's or an `<a>` tag's `href`, or
 * an address its text shows (shownLink), outside a link and an HTML element's tags.
 */
function firstLink(cell: readonly Token[]): string | undefined {
  let inLink = 0
  const shown = new ShownText()
  for (const token of cell) {
    if (inLink === 0 && shown.add(token.type, token.content)) continue
    const bare = shown.link()
    if (bare) return bare
    if (token.type === 'link_close') inLink -= 1
    const link = token.type === 'link_open' ? token.attrGet('href') : undefined
    const anchor = token.type === 'html_inline' ? anchorHref(token.content) : undefined
    if (link ?? anchor) return link ?? anchor
    if (token.type === 'link_open') inLink += 1
  }
  return shown.link()
}

/**
 * The text a cell shows between its markup, gathered piece by piece (a text token or node, an
 * escaped character, a code span's text, and an HTML comment, which shows nothing: the `<!-- -->` a value's
 * `https<!-- -->://…` is written with so that GitHub does not link it) until other markup ends
 * it: `link()` then reads the address it shows, if any (shownLink), and starts anew. The three
 * readings of a table (the page's pipe table, an HTML table, the tree of the new one) read it
 * alike, so that an address a posting column shows as text is the row's posting link on both
 * sides of a run.
 */
export class ShownText {
  private texts = ['']

  /** Adds a piece of the cell (its token's or node's type and text); false: it is markup. */
  add(type: string, content: string): boolean {
    if (type === 'text' || type === 'text_special') this.texts[this.texts.length - 1] += content
    else if (type === 'code_inline' || type === 'inlineCode') this.texts.push(content, '')
    else if (!(
      (type === 'html_inline' || type === 'html' || type === 'comment') &&
      isComment(type, content)
    ))
      return false
    return true
  }

  /**
   * The first address the text gathered so far shows; undefined: none. The text of a code span
   * (`` `https://…` ``, an address shown as code) is read on its own, as the page shows it.
   */
  link(): string | undefined {
    const texts = this.texts
    this.texts = ['']
    for (const text of texts) {
      const link = text === '' ? undefined : shownLink(text)
      if (link) return link
    }
    return undefined
  }
}

/** A comment piece: a hast comment node, or the HTML of one (`<!-- -->`). */
function isComment(type: string, content: string): boolean {
  return type === 'comment' || /^<!--[\s\S]*?-->$/.test(content)
}

/**
 * The first address text shows, as GitHub's autolink extension (cmark-gfm's, which GFM's
 * micromark extension reads as it does) links it: `https://…`, `www.…` (as `http://www.…`),
 * `name@host` (as `mailto:`), or within `<…>`; undefined when it shows none. The text is read
 * alone, as the text of a cell. An address a table shows as text is its row's posting link
 * whether GitHub links it or the writer kept it from being linked (`https<!-- -->://…`, read
 * as the text it shows): the row is still that posting's.
 */
export function shownLink(text: string): string | undefined {
  if (!MAY_LINK.test(text)) return undefined
  // Only the extension's links: the text is the page's text already, its markup read.
  const walk = (node: Nodes): string | undefined =>
    node.type === 'link'
      ? node.url || undefined
      : 'children' in node
        ? node.children.reduce<string | undefined>(
            (found, child) => found ?? walk(child),
            undefined
          )
        : undefined
  return walk(gfmTree(text))
}

/**
 * The `href` of an `<a …>` tag the page's parser read as HTML (an html node, an html_inline
 * token), as a browser reads it (openTag): the first, read attribute by attribute, so that the
 * text of another attribute's value (a `title` telling of `<a href=…>`) is never read as one.
 */
function anchorHref(tag: string): string | undefined {
  const read = openTag(tag)
  return read?.name === 'a' ? read.attributes.get('href')?.decoded : undefined
}
