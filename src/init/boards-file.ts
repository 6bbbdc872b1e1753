/**
 * The starting boards file `init` writes: for each table it wrapped, a board with the table as
 * the README writes it (format, headers, the delimiter row's cells exactly, so the first run
 * changes only what really changed) and cell templates guessed from the headers, with the
 * tracking parameters its posting links carry. Added to an existing boards file as new boards,
 * its comments and the other boards kept; a README it already describes is left alone.
 */
import { isMap, isSeq, parseDocument, YAMLMap, type Document, type Pair, type Scalar } from 'yaml'
import { DEFAULT_LABELS } from '../config/labels.js'
import { DEFAULT_TABLE, POSTING_URL } from '../config/table.js'
import { fromHtml } from 'hast-util-from-html'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as mdastText } from 'mdast-util-to-string'
import type { Element, Root as HastRoot } from 'hast'
import { createNormalizer, isWorkType } from '../load/normalize.js'
import { INPUTS } from '../config/inputs.js'
import { DAY_WITHOUT_YEAR, timeOf, whenOf } from '../time.js'
import { calendarDay } from '../calendar.js'
import { dateFormatOf, readBy } from './date-format.js'
import { salaryFromText } from '../load/salary-text.js'
import { salaryShown } from '../render/template-values.js'
import { DEFAULT_LOCALE } from '../render/dates.js'
import type { FoundTable } from './tables.js'
import type { FoldedRoles } from './init.js'
import { CANONICAL_FIELDS, parseFields, type RunSettings } from '../config/config.js'
import { foldText } from '../fold.js'
import { normalizeUrl } from '../url.js'
import { readPath } from '../record.js'
import { parseSelection, type SortKey } from '../config/selection.js'
import type { Listing as ModelListing } from '../model.js'
import { compareValues, keyReader, sortComparator, type Value } from '../select/sort-keys.js'
import { CATEGORY_KEYWORDS, categoryMatcher } from '../select/category.js'
import { filterTest } from '../select/filters.js'

export interface BoardsFileResult {
  /** The file's new text; undefined when it already describes this README's tables. */
  text?: string
  /** The boards added. */
  added: number
  /**
   * What init could not guess so that the first run writes the cells again as they are, each a
   * sentence saying what to do (a comment in the file says it too); absent when none.
   */
  notes?: string[]
  /**
   * Each table the file has a board for already whose header row holds columns that board does
   * not (a `Salary` column added by hand), a sentence naming them and what to do.
   */
  stale?: string[]
}

/**
 * `existing` is the boards file's text (undefined: none yet); `listings` the listings path to
 * name at the top of a new file, when one was found beside the README; `prefix` the marker
 * prefix init wrote the markers with (each board names it unless it is the default, jobs);
 * `updated` the template of the README's own Last updated line, and `counts` that of its counts
 * block, for its first board. A table's `title` is its name in the counts block (`zone-title`);
 * an `empty` one is an openings zone with no table yet, whose board writes the default table.
 * `records` are the listings file's records; `fields` the mapping the load stage's hint proposes
 * for them (load/hints.ts), written beside `listings` so that the first run reads them.
 * `labels`: the labels the README's stats block shows otherwise (init.ts), for its first board.
 */
export function boardsFileWith(
  existing: string | undefined,
  readme: string,
  tables: (FoundTable & { zone?: string; title?: string; empty?: boolean; folded?: FoldedRoles })[],
  listings?: string,
  prefix = 'jobs',
  updated?: string,
  counts?: string,
  records?: unknown[],
  fields?: string,
  labels?: Record<string, string>,
  asOf?: number
): BoardsFileResult {
  // The mapping the boards file writes, read by the guesses below as the run will read it.
  const located = locationMapping(tables, listingRecords(records), fields)
  const mapping = categoryMapping(tables, listingRecords(records), located)
  const document =
    existing === undefined
      ? newDocument(readme, listings, mapping, mapping !== located)
      : parseDocument(existing)
  const boards = document.get('boards')
  if (!isSeq(boards)) throw new Error('its "boards" is not a list')
  const described = new Set(
    boards.items.flatMap(board =>
      isMap(board) ? [`${String(board.get('readme'))}#${String(board.get('zone') ?? '')}`] : []
    )
  )
  // The ages of every table of the README: a board writes them alike in all its tables, and one
  // table's rows of one day (all under a month) would guess months where the others show days.
  const ages = tables.flatMap(table =>
    table.headers.flatMap((header, index) =>
      isAgeColumn(header, shownSamples(table.samples[index]))
        ? shownSamples(table.cells[index])
        : []
    )
  )
  // The locations of every table, as their ages: a board joins and collapses them alike, and one
  // table's cells may show fewer than the most a cell shows (or collapse only long lists).
  const locations = tables.flatMap(table =>
    table.headers.flatMap((header, index) =>
      LOCATION.test(header) ? shownSamples(table.cells[index]) : []
    )
  )
  let added = 0
  const notes: string[] = []
  // The boards init wrote, each with its table, for the checks across them below.
  const written: {
    table: FoundTable & { zone?: string; empty?: boolean }
    node: YAMLMap
    where: string
  }[] = []
  const stale: string[] = []
  for (const table of tables) {
    if (described.has(`${readme}#${table.zone ?? ''}`)) {
      const board = boards.items.find(
        board =>
          isMap(board) &&
          String(board.get('readme')) === readme &&
          String(board.get('zone') ?? '') === (table.zone ?? '')
      )
      const extra = isMap(board) ? undescribedColumns(board, table.headers) : []
      if (extra.length > 0)
        stale.push(
          `${readme}${table.zone === undefined ? '' : ` (zone ${table.zone})`}: its table has ${extra.length === 1 ? 'a column' : 'columns'} ${extra.map(header => `"${header}"`).join(', ')} that its board in the boards file does not describe, so a run drops ${extra.length === 1 ? 'it' : 'them'}. To describe the table again, delete that board (readme: ${readme}${table.zone === undefined ? '' : `, zone: ${table.zone}`}) from the boards file, or the file, and run init again; or add ${extra.length === 1 ? 'the column' : 'the columns'} to the board's table columns by hand.`
        )
      continue
    }
    const first = added === 0 ? { updated, counts, labels } : {}
    // A table of no rows yet (SimplifyJobs' "Other (0)") is written as a filled one of the same
    // header row writes its rows; its own rows are the category its heading names.
    const sibling = isRowless(table)
      ? tables.find(
          other =>
            !isRowless(other) &&
            other.format === table.format &&
            JSON.stringify(other.headers) === JSON.stringify(table.headers)
        )
      : undefined
    const node = boardNode(
      document,
      readme,
      sibling ? { ...sibling, ...placeOf(table) } : table,
      prefix,
      first,
      listingRecords(records),
      { ages, locations, fields: mapping, asOf },
      // The sibling's notes are said for the sibling.
      sibling ? [] : notes
    )
    if (isRowless(table) && !table.empty)
      notes.push(rowlessBoard(node, table, readme, sibling, listingRecords(records), mapping))
    boards.add(node)
    added += 1
    written.push({
      table,
      node,
      where: table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
    })
  }
  notes.push(...splitByFlag(document, written, listingRecords(records), mapping))
  notes.push(...splitByField(document, written, listingRecords(records)))
  // The rows each category (or selection) init wrote chooses, and the tables it wrote it for.
  const chosen = new Map<string, { rows: string; where: string[] }>()
  for (const { table, node, where } of written) {
    const category = node.get('category')
    const select = node.get('select')
    if (category === undefined && select === undefined) continue
    const visible = node.get('visible')
    const key =
      (category === undefined
        ? `select: ${JSON.stringify(select)}`
        : `category: ${String(category)}${select === undefined ? '' : ` and a select`}`) +
      (visible === undefined ? '' : ` and visible: ${String(visible)}`)
    const rows = JSON.stringify(table.cells)
    const same = chosen.get(key) ?? { rows, where: [] }
    chosen.set(key, same)
    same.where.push(where)
    // Two tables of other rows the same category: the first run shows the same listings in both.
    if (same.rows !== rows && same.where.length === 2)
      notes.push(
        `${same.where[0]} and ${same.where[1]} show other rows, yet init wrote ${key.replace(/^select: .*/, 'the same select')} for both: the first run shows the same listings in each. Give each its own rows (select: { field: categories, equals: ... } on a field of your listings), or remove it from one.`
      )
  }
  return {
    text: added === 0 ? undefined : document.toString({ lineWidth: 0 }),
    added,
    ...(added > 0 && notes.length > 0 ? { notes } : {}),
    ...(stale.length > 0 ? { stale } : {})
  }
}

/**
 * The first row (its cells joined by " | ") that writes the repeat mark (↳) under a row of its
 * company whose listing was posted another day (UTC): the mark no repeat-company-when keeps.
 */
function repeatAcrossDays(
  table: FoundTable,
  listings: (Listing | undefined)[],
  mapping: RunSettings['fields']
): string | undefined {
  const day = (record: Listing | undefined) => {
    const time = record === undefined ? undefined : timeOf(record[mapping.posted_at ?? 'posted_at'])
    return time === undefined ? undefined : Math.floor(time / 86_400_000)
  }
  let above: number | undefined
  for (let row = 0; row < listings.length; row++) {
    const cells = table.cells.map(column => column[row] ?? '')
    if (!cells.some(isRepeatMark)) {
      above = day(listings[row])
      continue
    }
    const own = day(listings[row])
    if (own !== undefined && above !== undefined && own !== above) return cells.join(' | ')
  }
  return undefined
}

/** A table of a header row and no rows yet (not a zone with no table: `empty`). */
const isRowless = (table: FoundTable & { empty?: boolean }): boolean =>
  !table.empty && table.cells.every(column => column.length === 0)

/** What places a table in the README, and names its board: another table's stand-in keeps it. */
function placeOf<T extends FoundTable & { zone?: string; title?: string }>(table: T): Partial<T> {
  const { first, last, heading, zone, title, joined, endsInHtml, unclearEnd } = table
  const place: Partial<FoundTable & { zone?: string; title?: string }> = {
    first,
    last,
    heading,
    endsInHtml
  }
  if (zone !== undefined) place.zone = zone
  if (title !== undefined) place.title = title
  if (joined !== undefined) place.joined = joined
  if (unclearEnd !== undefined) place.unclearEnd = unclearEnd
  return place as Partial<T>
}

/**
 * The rows of a board whose table holds none yet: the category of the listings its heading
 * names ("💼 Other New Grad Roles": other), the most words of it, else none; and the note that
 * says what init wrote (the templates of `sibling`, a filled table of the same header row), and
 * what the first run shows in it.
 */
function rowlessBoard(
  node: YAMLMap,
  table: FoundTable & { zone?: string },
  readme: string,
  sibling: (FoundTable & { zone?: string }) | undefined,
  records: Listing[],
  fields: string | undefined
): string {
  node.delete('category')
  node.delete('select')
  const where = table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
  const like = sibling
    ? ` init wrote its cells as ${sibling.zone === undefined ? readme : `${readme} (openings:${sibling.zone})`} writes them, whose header row it has.`
    : ''
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  const heading = new Set(words(table.heading))
  let mapping: RunSettings['fields'] = {}
  try {
    mapping = parseFields(fields)
  } catch {
    // A mapping init cannot read: the categories under their own name.
  }
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: 'USD' })
  const named = new Set(
    records.flatMap((record, index) => {
      const listing = normalize(record, index + 1)
      return listing.ok ? (listing.listing.categories ?? []) : []
    })
  )
  // A category's words the heading names: a word alike, or one it is a prefix of, of three
  // letters at least (Quant: "Quantitative Finance"); a word of two only alike (AI).
  const matches = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)))
  const headingWords = [...heading].filter(word => word.length >= 2)
  const matched = (name: string) =>
    words(name).filter(word => word.length >= 2 && headingWords.some(each => matches(word, each)))
      .length
  const ranked = [...named]
    .map(name => ({ name, count: matched(name) }))
    .filter(each => each.count > 0)
    .sort((a, b) => b.count - a.count)
  const tied = ranked.filter(each => each.count === ranked[0]?.count).map(each => each.name)
  const keep = 'To keep it empty, give it a select that keeps no listing and allow-empty: true.'
  const choose =
    'choose its rows in the boards file (select: { field: categories, equals: ... }, or category)'
  if (tied.length === 1) {
    const [category] = tied as [string]
    node.set('category', category)
    return `${where} holds no rows yet:${like} Its heading names the category ${category} of the listings: init wrote category: ${category}, so that the first run shows that category's roles in it. ${keep}`
  }
  if (tied.length > 1)
    return `${where} holds no rows yet, and its heading "${table.heading}" names as many words of the categories ${tied.map(name => `"${name}"`).join(', ')} of the listings, so init wrote none of them:${like} The first run fills it with every listing the board selects, the other tables' roles too: ${choose}. ${keep}`
  // The categories whose words share the longest start with a word of the heading.
  const shared = (a: string, b: string) => {
    let at = 0
    while (at < a.length && a[at] === b[at]) at += 1
    return at
  }
  const near = (name: string) =>
    Math.max(0, ...words(name).flatMap(word => headingWords.map(each => shared(word, each))))
  const closest = [...named]
    .filter(name => near(name) >= 2)
    .sort((a, b) => near(b) - near(a))
    .slice(0, 3)
  const others =
    closest.length > 0
      ? ` (the closest: ${closest.map(name => `"${name}"`).join(', ')})`
      : named.size > 0
        ? ` (they name ${[...named]
            .slice(0, 5)
            .map(name => `"${name}"`)
            .join(', ')}${named.size > 5 ? ', ...' : ''})`
        : ''
  return `${where} holds no rows yet, and its heading "${table.heading}" names no category of the listings${others}:${like} The first run fills it with every listing the board selects, the other tables' roles too: ${choose}. ${keep}`
}

/**
 * The README table's headers (as written) that a board's `columns` holds none of, compared as
 * they show (`Role \| Team` and `Role | Team` alike, case and spacing aside); none when the
 * table has no more columns than the board (one renamed in the boards file is no column lost),
 * or the board writes the default columns.
 */
function undescribedColumns(board: YAMLMap, headers: readonly string[]): string[] {
  const columns = board.getIn(['table', 'columns'])
  if (!isSeq(columns) || headers.length <= columns.items.length) return []
  const shown = (header: string) =>
    mdastText(fromMarkdown(header.replace(/\\\|/g, '|')))
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  const described = columns.items.map(column =>
    isMap(column) ? shown(String(column.get('header') ?? '')) : ''
  )
  return headers.filter(header => {
    const at = described.indexOf(shown(header))
    if (at >= 0) described.splice(at, 1)
    return at < 0
  })
}

/**
 * `fields` (the load stage's proposal) with `location` read from the field of the listings whose
 * values the tables' Location cells show (`locations: ["NYC"]` beside `location: "US"`), when
 * that is another than the one `fields` reads (its `location`, else the field of that name)
 * and shows more rows; `fields` as it is otherwise, or when it is not a mapping init can read.
 */
function locationMapping(
  tables: FoundTable[],
  records: Listing[],
  fields: string | undefined
): string | undefined {
  if (records.length === 0) return fields
  let mapping: Record<string, string>
  try {
    mapping = parseFields(fields) as Record<string, string>
  } catch {
    return fields
  }
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(each => each !== '')
      .join(' ')
  const shows = (cell: string, value: unknown): boolean => {
    const items = (Array.isArray(value) ? value : [value]).filter(
      (each): each is string => typeof each === 'string' && words(each) !== ''
    )
    if (items.length === 0 || (!Array.isArray(value) && typeof value !== 'string')) return false
    const text = words(plainText(cell.replace(SEPARATOR, ' ; ')))
    return Array.isArray(value)
      ? items.every(each => ` ${text} `.includes(` ${words(each)} `))
      : text === words(items[0]!)
  }
  const tally = new Map<string, number>()
  for (const table of tables) {
    const index = table.headers.findIndex(header => LOCATION.test(header))
    if (index < 0) continue
    const postings = rowPostings(table, trackingQuery(postingLinks(table, records)), records)
    const listings = rowListings(table, postings, records)
    listings.forEach((record, row) => {
      const cell = table.cells[index]?.[row]
      if (!record || cell === undefined) return
      for (const [field, value] of Object.entries(record))
        if (shows(cell, value)) tally.set(field, (tally.get(field) ?? 0) + 1)
    })
  }
  const current = mapping.location ?? 'location'
  const ranked = [...tally].sort((a, b) => b[1] - a[1])
  const [best] = ranked
  if (!best || best[0] === current || best[1] <= (tally.get(current) ?? 0)) return fields
  // Only over a field the listings have: else the load stage's proposal stands.
  if (!records.some(record => current in record)) return fields
  const pairs = Object.entries({ ...mapping, location: best[0] })
  return pairs.every(([, source]) => /^[^,=\n]+$/.test(source) && source === source.trim())
    ? pairs.map(([name, source]) => `${name}=${source}`).join(',')
    : `{${pairs.map(([name, source]) => `"${name}": ${JSON.stringify(source)}`).join(', ')}}`
}

/** Fields of a name the load stage's hint does not read as categories, that may hold them. */
const KIND_FIELDS = ['type', 'kind']

/**
 * `fields` with `categories` read from a field named as a kind (`type`: `software`, `Hardware`)
 * when the listings name no categories otherwise, the field holds a few values (case aside)
 * across them, and the README's tables of rows tell them apart: every row of a table a listing
 * of one value, another in each table, each named by its table's heading (a word of it alike,
 * or one a prefix of the other of 3 letters at least: `Hardware` in `🔧 Hardware Engineering`).
 * `fields` as it is otherwise.
 */
function categoryMapping(
  tables: FoundTable[],
  records: Listing[],
  fields: string | undefined
): string | undefined {
  let mapping: Record<string, string>
  try {
    mapping = parseFields(fields) as Record<string, string>
  } catch {
    return fields
  }
  if (records.length === 0 || mapping.categories !== undefined) return fields
  if (records.some(record => 'categories' in record)) return fields
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(word => word.length >= 2)
  const alike = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)))
  const filled = tables.filter(table => !isRowless(table))
  if (filled.length < 2) return fields
  const field = KIND_FIELDS.find(name => {
    const values = records.map(record => record[name])
    if (!values.every(value => typeof value === 'string' && words(value).length > 0)) return false
    const kinds = new Set(values.map(value => foldText(value as string)))
    if (kinds.size > MARK_KINDS || kinds.size >= records.length) return false
    const shown = filled.map(table => {
      const listings = rowListings(
        table,
        rowPostings(table, trackingQuery(postingLinks(table, records)), records),
        records
      )
      const of = new Set(listings.map(each => (each ? foldText(String(each[name])) : undefined)))
      const [value] = of
      return of.size === 1 &&
        value !== undefined &&
        words(value).some(word => words(table.heading).some(each => alike(word, each)))
        ? value
        : undefined
    })
    return shown.every(value => value !== undefined) && new Set(shown).size === shown.length
  })
  if (field === undefined) return fields
  const pairs = Object.entries({ ...mapping, categories: field })
  return pairs.every(([, source]) => /^[^,=\n]+$/.test(source) && source === source.trim())
    ? pairs.map(([name, source]) => `${name}=${source}`).join(',')
    : `{${pairs.map(([name, source]) => `"${name}": ${JSON.stringify(source)}`).join(', ')}}`
}

function newDocument(
  readme: string,
  listings: string | undefined,
  fields: string | undefined,
  /** Whether init read some of them from the tables (categories=type), beyond the hint. */
  fromTables = false
): Document {
  const document = parseDocument(
    `${listings ? `listings: ${JSON.stringify(listings)}\n` : ''}boards: []\n`
  )
  if (listings && fields) {
    // Before `boards`, beside the listings it reads.
    const node = document.createPair('fields', fields)
    ;(node.key as Scalar).commentBefore = fromTables
      ? " The listings name their fields otherwise: this reads them. Its categories are the field\n whose one value each table's rows show, another in each table."
      : ' The listings name their fields otherwise: this reads them.'
    ;(document.contents as YAMLMap).items.splice(1, 0, node)
  }
  document.commentBefore = [
    ` Written by "jobs-readme init" from ${readme}: each table as the README writes it.`,
    ' The cell templates are guesses from the headers: check each against your listings',
    ' (the fields of a record, see README: Columns) before the first run.',
    ...(listings ? [] : [' Name your listings file: listings: path/to/listings.json'])
  ].join('\n')
  const boards = document.get('boards')
  if (isSeq(boards)) boards.flow = false
  return document
}

function boardNode(
  document: Document,
  readme: string,
  table: FoundTable & { zone?: string; title?: string; empty?: boolean; folded?: FoldedRoles },
  prefix: string,
  { updated, counts, labels }: FirstBoard,
  records: Listing[],
  {
    ages,
    locations,
    fields,
    asOf
  }: { ages: string[]; locations: string[]; fields?: string; asOf?: number },
  notes: string[] = []
) {
  if (table.empty)
    return emptyZoneBoard(document, readme, table, prefix, { updated, counts, labels })
  const tracking = trackingQuery(postingLinks(table, records))
  const utm = utmSettings(tracking)
  // The default table writes its links with our utm parameters or none: other tracking
  // parameters need the templates below.
  const standard = isDefaultTable(table) && (tracking === '' || utm !== undefined)
  // The README's Last updated line and counts block, as it writes them (the first board of a
  // README shapes them).
  const board = boardHead(readme, table, prefix, { updated, counts, labels })
  // Exactly our own utm parameters: the run adds them with these values. Other tracking
  // parameters, or none: no utm of ours, the links stay as the README has them.
  if (utm && standard) Object.assign(board, utm)
  else board.utm = false
  // What the first run needs to keep the rows the table shows.
  const kept = guardedRows(table, keptRows(table, asOf), records, parseFields(fields), tracking)
  for (const { key, value } of kept) board[key] = value
  // Each row's posting and listing, read once for the guesses below; a board of one category
  // whose listings file holds others (a jobr board's).
  const postings = rowPostings(table, tracking, records)
  const listings = rowListings(table, postings, records)
  const category = guessedCategory(listings, records, parseFields(fields))
  const beside = (others: number) =>
    others === 1
      ? '1 listing beside it is'
      : `${others.toLocaleString('en-US')} listings beside it are`
  if (category && 'name' in category && board.category === undefined) {
    board.category = category.name
    const where = table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
    notes.push(
      `Every row of ${where} is a listing of the ${category.name} category, and ${beside(category.others)} of others: init wrote category: ${category.name}, so that the first run shows no other category's roles. Remove it to show every listing.`
    )
  } else if (category && 'names' in category && board.category === undefined && !board.select) {
    // One of the names as the listings write them: the select compares them ignoring case.
    board.select = { field: 'categories', 'one-of': category.names }
    const where = table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
    const names = category.names.map(name => `"${name}"`).join(', ')
    notes.push(
      `Every row of ${where} is a listing of one of the categories ${names}, and ${beside(category.others)} of others: init wrote select: { field: categories, one-of: [...] } with them, so that the first run shows no other category's roles. Remove it to show every listing.`
    )
  }
  let reorder: string | undefined
  if (!standard) {
    Object.assign(board, rowShape(table))
    const posting = postingColumn(table, records)
    const fill = companyUrlFill(table, listings, records)
    if (fill) board['company-url'] = fill
    const { sort, reordered } = guessedSort(
      listings,
      records,
      companyField(table, listings),
      parseFields(fields)
    )
    if (sort) board.sort = sort
    const where = table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
    if (reordered) {
      const grouped = board['repeat-company'] !== undefined
      const why = grouped
        ? `(${String(board['repeat-company'])} rows under a company's first) stand in an order`
        : 'stand in an order'
      const across = grouped ? repeatAcrossDays(table, listings, parseFields(fields)) : undefined
      const lost = across
        ? ` A ${String(board['repeat-company'])} row of it is of another day than its company's row above ("${across}"): a run writes ${String(board['repeat-company'])} only for rows of one company posted the same day (repeat-company-when: same-day, same-age or same-date-text, none across days), so with any sort such a row shows its company's name.`
        : ''
      reorder = `The rows of ${where} ${why} that no sort init can write gives: the first run orders them by "sort" (newest first by default) and moves them. Set "sort" to the order you want (company first keeps a company's rows together: sort: [{ field: company }, { field: posted_at, order: desc }]).${lost}`
      notes.push(reorder)
    }
    const timezone = guessedTimezone(table, listings, records)
    if (timezone) board.timezone = timezone
    const names = rowNames(table)
    const unkept: UnkeptMark[] = []
    // The rows a run shows closed: a 🔒 in one of their cells (closed: mark).
    const closed = (table.cells[0] ?? []).map((_, row) =>
      table.cells.some(cells => cells[row]?.includes('🔒') === true)
    )
    // A closed row that links its posting: closed: mark writes 🔒 in place of that link.
    const linked = postings.filter((posting, row) => closed[row] && posting !== undefined).length
    if (linked > 0) {
      const where = table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
      notes.push(
        `${linked} closed (🔒) row${linked === 1 ? '' : 's'} of ${where} link${linked === 1 ? 's its posting' : ' their postings'}: with closed: mark the run writes a closed listing's posting cell unlinked (its text kept, 🔒 in place of the link), so the first run drops ${linked === 1 ? 'that link' : 'those links'}.`
      )
    }
    const columns = table.headers.map((header, index) => ({
      header: liquidText(header),
      ...(table.delimiters[index] ? { delimiter: table.delimiters[index] } : {}),
      ...(table.align?.[index] ? { align: table.align[index] } : {}),
      ...(table.headerAttributes?.[index]
        ? { 'header-attributes': table.headerAttributes[index] }
        : {}),
      ...(table.cellAttributes?.[index] ? { 'cell-attributes': table.cellAttributes[index] } : {}),
      cell: cellGuess(header, table.headers, tracking, shownSamples(table.samples[index]), {
        posting: posting === index ? 'here' : posting >= 0 ? 'elsewhere' : 'none',
        cells: shownSamples(table.cells[index]),
        rows: table.cells[index] ?? [],
        postings,
        listings,
        companyLinks: trackingQuery(table.columnLinks[index] ?? []),
        names,
        records,
        unkept,
        closed,
        ages,
        locations,
        canonical: canonicalOf(fields),
        notes,
        where
      })
    }))
    // A mark no condition tells from the rows without it: said, so that the first run's drop
    // of it is no surprise.
    for (const { mark, name } of unkept) {
      const row = [name.company, name.title, name.location].filter(Boolean).join(' | ')
      notes.push(
        `The ${mark} mark of the row "${row}" in ${where} cannot be kept: it links no posting, and another row of the same company, role and location writes none, so no template tells them apart. The first run writes the row without it; give the listing a field the mark follows (e.g. sponsorship) and a template that writes it ({{ sponsorship | mark: "...", " ${mark}" }}).`
      )
    }
    // A mark by the posting (`{% case url %}`) in a column before the posting's: the posting's
    // column is named, or a run would read the postings, and put its 🔒, in the first.
    const first = columns.findIndex(column => POSTING_URL.test(column.cell))
    if (posting >= 0 && first >= 0 && first < posting)
      Object.assign(columns[posting]!, { posting: true })
    board.table = {
      format: table.format,
      // The attributes its HTML elements write (`style`), so that a run writes them again.
      ...(table.attributes ? { attributes: table.attributes } : {}),
      ...(table.headerRowAttributes ? { 'header-row-attributes': table.headerRowAttributes } : {}),
      ...(table.rowAttributes ? { 'row-attributes': table.rowAttributes } : {}),
      columns
    }
  }
  const folded = table.folded && foldedSettings(table.folded, table, readme)
  if (folded?.settings) {
    const { labels: foldLabels, ...settings } = folded.settings
    Object.assign(board, settings)
    if (foldLabels) board.labels = { ...(board.labels as object | undefined), ...foldLabels }
  }
  if (folded?.note) notes.push(folded.note)
  const node = document.createNode(board) as YAMLMap
  if (reorder) {
    const pair = node.items.find(each => (each.key as Scalar).value === 'utm')
    if (pair) (pair.key as Scalar).commentBefore = ` ${reorder}`
  }
  // A column whose cells its template does not write again: said on the column, and noted.
  const columnNodes = (node.get('table') as YAMLMap | undefined)?.get('columns')
  for (const [index, header] of table.headers.entries()) {
    const column = isSeq(columnNodes) ? (columnNodes.items[index] as YAMLMap) : undefined
    const cell = column?.get('cell')
    const unlike = cell === SALARY_CELL ? salaryUnlike(shownSamples(table.cells[index])) : undefined
    if (!column || !unlike) continue
    const where = table.zone === undefined ? readme : `${readme} (openings:${table.zone})`
    const writes = unlike.written ? `writes "${unlike.written}"` : 'reads as no salary'
    column.commentBefore = ` Its cells write "${unlike.cell}", which ${SALARY_CELL} ${writes}: the first run rewrites them. Write a template of salary.min, salary.max and salary.period that writes them (see README: Columns, speedyapply's salary), or keep this one.`
    notes.push(
      `The ${header} column of ${where} writes "${unlike.cell}", which ${SALARY_CELL} ${writes}: the first run rewrites those cells unless you give the column a template that writes them (see its comment in the boards file).`
    )
  }
  for (const { key, why } of kept) {
    const pair = node.items.find(each => (each.key as Scalar).value === key)
    if (pair) (pair.key as Scalar).commentBefore = ` ${why}`
  }
  node.commentBefore = [
    table.zone !== undefined && board.category === undefined && board.select === undefined
      ? ` The "${table.heading}" table: choose its rows, e.g. select: { field: category, equals: ... }`
      : '',
    standard
      ? ' The default table (Company, Position, Location, Type, Date), as the README has it.'
      : '',
    tracking
      ? utm && standard
        ? ` Its posting links carry ?${tracking}: the run adds the same.`
        : ` Its posting links carry ?${tracking}, kept by the templates below.`
      : ' Its links carry no tracking parameters: utm is off, so that the run adds none.'
  ]
    .filter(Boolean)
    .join('\n')
  return node
}

/**
 * What a table of roles folded under a zone's table needs (init.ts, foldedRoles): for closed
 * roles, `closed: details`, with the summary's label where it is not the default (`labels:
 * { inactive-roles: "Closed ({count})" }`); for other roles, a note (init leaves them out of a
 * zone it wraps; a zone already marked holds them, and the first run writes them no more).
 */
function foldedSettings(
  folded: FoldedRoles,
  table: { last: number; zone?: string },
  readme: string
): { settings?: Record<string, unknown>; note?: string } {
  const zone = table.zone === undefined ? 'openings' : `openings:${table.zone}`
  const where = `${readme}, lines ${folded.first}-${folded.last}`
  if (!folded.closed)
    return {
      note:
        table.last < folded.first
          ? `The table folded under "${folded.summary}" (${where}) does not name closed roles, the rows a run folds there (closed: details): init left it out of the ${zone} zone, as it is. If it holds closed roles, move the end marker after its </details> and set closed: details.`
          : `The table folded under "${folded.summary}" (${where}) in the ${zone} zone does not name closed roles, the rows a run folds there (closed: details): the first run writes the zone without it. Move it out of the zone to keep it, or set closed: details if it holds closed roles.`
    }
  const count = String(folded.rows)
  const label = folded.summary.includes(count)
    ? folded.summary.replace(new RegExp(`(?<!\\d)${count}(?!\\d)`), '{count}')
    : folded.summary
  // A run writes the fold's opening as rows.ts does, one line with the summary's text alone:
  // an opening written otherwise (`<details open>`, `<summary>` on a line of its own, markup
  // in the summary) is rewritten, and said.
  const written = `<details><summary>${folded.summary}</summary>`
  return {
    settings: {
      closed: 'details',
      ...(label === DEFAULT_LABELS.inactiveRoles ? {} : { labels: { 'inactive-roles': label } })
    },
    ...(/[<>&]/.test(folded.summary) || folded.opening !== written
      ? {
          note: `The closed roles' fold (${where}) opens with ${JSON.stringify(folded.opening)}: the first run rewrites its opening as ${JSON.stringify(`<details><summary>${label}</summary>`)} (the labels: inactive-roles setting, {count} the closed roles), on one line, with no attributes or markup. Edit that label to change the summary's text; the rest of the opening is not kept.`
        }
      : {})
  }
}

/** What the first board of a README writes as the README has it (its stats block's labels too). */
interface FirstBoard {
  updated?: string
  counts?: string
  labels?: Record<string, string>
}

/** A board's first settings: its README, zone, marker prefix, Last updated line, counts, labels. */
function boardHead(
  readme: string,
  table: { zone?: string; title?: string },
  prefix: string,
  { updated, counts, labels }: FirstBoard
): Record<string, unknown> {
  const board: Record<string, unknown> = { readme }
  if (table.zone !== undefined) board.zone = table.zone
  if (table.title !== undefined) board['zone-title'] = table.title
  if (prefix !== 'jobs') board['marker-prefix'] = prefix
  if (updated !== undefined) board.updated = updated
  if (counts !== undefined) board.counts = counts
  if (labels !== undefined && Object.keys(labels).length > 0) board.labels = { ...labels }
  return board
}

/**
 * The board of an openings zone the README marks with no table in it yet: the default table
 * (nothing to write as the README has it), its zone, and the README's Last updated line and
 * counts block when it is the first board.
 */
function emptyZoneBoard(
  document: Document,
  readme: string,
  table: { zone?: string; title?: string },
  prefix: string,
  first: FirstBoard
): YAMLMap {
  const node = document.createNode(boardHead(readme, table, prefix, first)) as YAMLMap
  const zone = table.zone === undefined ? 'openings' : `openings:${table.zone}`
  node.commentBefore = [
    ` The ${zone} zone holds no table yet: the run writes the default table there`,
    ' (Company, Position, Location, Type, Date); give it a "table:" to write another (another',
    ` board's, say)${table.zone === undefined ? '' : ', and choose its rows, e.g. select: { field: category, equals: ... }'}.`
  ].join('\n')
  return node
}

/**
 * The row settings a first run needs to keep every row the table shows, each with why:
 * `max-age-days: 0` when its rows reach the default limit (ages of as many days or more, `30d`,
 * `1mo`, `45d`, or dates as many days or more before its newest), which the first run, a day or
 * more after the README was written, would drop; `max-rows: 0` when it has more rows than the
 * default cap. The README's newest row is no later than the day it was written, so a span of
 * its dates is what the first run would count at least.
 */
function keptRows(table: FoundTable, asOf?: number): KeptSetting[] {
  const kept: KeptSetting[] = []
  const maxAge = defaultOf('max-age-days')
  const spans = table.headers.flatMap((header, index) => {
    const cells = shownSamples(table.cells[index]).map(cellText)
    const ages = isAgeColumn(header, shownSamples(table.samples[index]))
    // A column of ages, every row's (its first rows', the samples, said so): else its dates
    // below them (`1 day ago` above `2025-08-12`) are read with them, as a Date column's.
    if (ages && cells.every(cell => ageDays(cell) !== undefined)) {
      const days = cells.map(ageDays).filter(each => each !== undefined)
      const most = Math.max(0, ...days)
      return [{ days: most, shown: `ages up to ${cells[days.indexOf(most)] ?? `${most}d`}` }]
    }
    if (!ages && !isDateHeaded(header, table.cells[index] ?? [])) return []
    const span = dateSpan(cells)
    const age = asOf === undefined ? undefined : oldestAge(cells, asOf)
    return [span, age].filter(each => each !== undefined)
  })
  // The first that reaches it: a span of the days shown says so whatever day the first run is.
  const span = spans.find(each => each.days >= maxAge)
  if (span)
    kept.push({
      key: 'max-age-days',
      value: 0,
      why: `The table shows ${span.shown}, which the default max-age-days (${maxAge}) would drop on the first run, a day or more later: 0 keeps every age.`
    })
  const rows = table.cells[0]?.length ?? 0
  const maxRows = defaultOf('max-rows')
  if (rows > maxRows)
    kept.push({
      key: 'max-rows',
      value: 0,
      why: `The table shows ${rows} rows, more than the default max-rows (${maxRows}): 0 shows every opening.`
    })
  return kept
}

/** A row setting init writes for a board, and why (written as its comment). */
interface KeptSetting {
  key: string
  value: number | boolean | string
  why: string
}

/**
 * The row settings, checked against the listings beside the README so that the first run
 * shows the rows the table shows and no others: `max-age-days: 0` bounded when older listings
 * than the rows shown would come back (boundedAge), `dedupe: false` when the table shows two
 * rows the dedupe rule would merge (keptDuplicates), and `visible:` a flag false for exactly
 * listings the table leaves out (visibleFlag).
 */
function guardedRows(
  table: FoundTable,
  kept: KeptSetting[],
  records: Listing[],
  fields: ReturnType<typeof parseFields>,
  tracking: string
): KeptSetting[] {
  const shown = rowListings(table, rowPostings(table, tracking, records), records)
  // A dotted path is no top-level field: its dates are left unread, and the guards that need
  // them keep what keptRows wrote.
  const posted = fields.posted_at ?? 'posted_at'
  const time = (record: Listing): number | undefined => timeOf(record[posted])
  const candidates = rowCandidates(table, shown, records, time)
  const possible = new Set(candidates.flat())
  return [
    ...kept.map(each =>
      each.key === 'max-age-days' && each.value === 0
        ? (boundedAge(possible, records, time) ?? each)
        : each
    ),
    ...keptDuplicates(table, tracking, records),
    ...visibleFlag(shown, candidates, records, time, fields.active ?? 'active')
  ]
}

/**
 * The listings each row may show: its listing, or when it is not known (rowListings found none
 * or several: a closed role posted again), those that hold its company and role (else its
 * company), of them those posted within a day of the day its Date cell shows (`Oct 24`, in
 * any year) when some are.
 */
function rowCandidates(
  table: FoundTable,
  shown: (Listing | undefined)[],
  records: Listing[],
  time: (record: Listing) => number | undefined
): Listing[][] {
  const column = (pattern: RegExp) => table.headers.findIndex(header => pattern.test(header))
  const [companies, roles] = [column(COMPANY), column(ROLE)]
  const dates = table.headers.findIndex(
    (header, index) =>
      isDateHeaded(header, table.cells[index] ?? []) &&
      !isAgeColumn(header, shownSamples(table.samples[index]))
  )
  const holds = (record: Listing, text: string) =>
    text !== '' &&
    Object.values(record).some(value => typeof value === 'string' && value.trim() === text)
  const dayOf = (record: Listing) => {
    const at = time(record)
    if (at === undefined) return undefined
    const date = new Date(at)
    return Date.UTC(2000, date.getUTCMonth(), date.getUTCDate())
  }
  let company = ''
  return shown.map((listing, row) => {
    const cell = (index: number) => table.cells[index]?.[row] ?? ''
    const written = plainText(marksOf(cell(companies)).value)
    if (!isRepeatMark(written)) company = written
    if (listing !== undefined) return [listing]
    const role = roles < 0 ? [] : [plainText(cell(roles)), plainText(marksOf(cell(roles)).value)]
    const ofCompany = companies < 0 ? records : records.filter(record => holds(record, company))
    const ofRole = ofCompany.filter(record => role.some(text => holds(record, text)))
    const candidates = ofRole.length > 0 ? ofRole : ofCompany
    const day = dates < 0 ? undefined : inYearOf(cellText(cell(dates)), 2000)
    const onDay = candidates.filter(record => {
      const shownDay = dayOf(record)
      return day !== undefined && shownDay !== undefined && Math.abs(shownDay - day) <= DAY_MS
    })
    return onDay.length > 0 ? onDay : candidates
  })
}

/**
 * `max-age-days` for a table whose rows reach the default limit while the listings hold
 * records older than every row it may show (`possible`): the oldest shown row's age, counted
 * from the newest listing (the day the file was written, as the README), rounded up, plus a
 * margin for the first run of at most the default max-age-days, and below the age of the next
 * older record, which it leaves out; undefined (0 stays) when no record is older, or it is less
 * than FIRST_RUN_DAYS older than the rows (a first run that late would drop them).
 */
const FIRST_RUN_DAYS = 7

/**
 * The age of a Date column's oldest day on the first run, a day or more after `asOf` (the
 * README's Last updated time, else now): of the days written with their year, and of those
 * without it (`Nov 01`, as SimplifyJobs writes them) read together, the newest of them in the
 * year that puts it at or before `asOf` (a day later at most: the board may write the days of
 * a zone ahead of UTC), as a row is posted before the README that shows it. Undefined when no
 * cell is a day.
 */
function oldestAge(cells: string[], asOf: number): { days: number; shown: string } | undefined {
  const days = cells.flatMap(cell => {
    const time = DAY_WITHOUT_YEAR.test(cell) ? undefined : timeOf(cell)
    return time === undefined ? [] : [{ cell, time }]
  })
  // The days without their year, read together: the shortest stretch of a year that holds
  // them (dayOfYearSpan), its newest day at or before asOf.
  const stretch = dayOfYearSpan(
    cells.flatMap(cell => {
      const time = inYearOf(cell, 2000)
      return time === undefined ? [] : [{ cell, time }]
    })
  )
  const newest = stretch && dayAtOrBefore(stretch.newest, new Date(asOf).getUTCFullYear(), asOf)
  if (stretch && newest !== undefined)
    days.push({ cell: stretch.oldest, time: newest - stretch.days * DAY_MS })
  if (days.length === 0) return undefined
  const [oldest] = days.sort((a, b) => a.time - b.time)
  const age = Math.floor((asOf - oldest!.time) / DAY_MS) + 1
  return {
    days: age,
    shown: `a row posted on "${oldest!.cell}", ${age} days old on the first run, a day after ${new Date(asOf).toISOString().slice(0, 10)} (its Last updated time, or now)`
  }
}

function boundedAge(
  possible: Set<Listing>,
  records: Listing[],
  time: (record: Listing) => number | undefined
): KeptSetting | undefined {
  const times = (list: Iterable<Listing>) =>
    [...list].map(time).filter((each): each is number => each !== undefined)
  const shownTimes = times(possible)
  // A row the table may show without a date: its age is unknown, and 0 keeps it.
  if (shownTimes.length === 0 || shownTimes.length < possible.size) return undefined
  const oldest = Math.min(...shownTimes)
  const older = times(records.filter(record => !possible.has(record))).filter(at => at < oldest)
  if (older.length === 0) return undefined
  const next = Math.max(...older)
  const newest = Math.max(...times(records))
  const least = Math.ceil((newest - oldest) / DAY_MS)
  const below = Math.ceil((newest - next) / DAY_MS) - 1
  // Room for the first run, a day or more later (as late as a week): else 0 keeps the rows.
  if (below < Math.max(least, 1) + FIRST_RUN_DAYS) return undefined
  const value = Math.min(least + defaultOf('max-age-days'), below)
  const day = (at: number) => new Date(at).toISOString().slice(0, 10)
  return {
    key: 'max-age-days',
    value,
    why: `The table shows rows up to ${least} days older than the newest listing (${day(oldest)}, the newest on ${day(newest)}), which the default max-age-days (${defaultOf('max-age-days')}) would drop, while the listings hold ${older.length} older it never shows (the newest of them on ${day(next)}), which 0 would bring back: ${value} keeps the rows shown${value > least ? ` ${value - least} days more` : ''} and leaves those out. Raise it to keep rows longer.`
  }
}

/**
 * `dedupe: false` when two rows of the table are one opening by the dedupe rule (select/dedupe):
 * the same posting link, or the same company, title and location (case and spacing aside),
 * which the first run would merge into one row, the newest, open or closed.
 */
function keptDuplicates(table: FoundTable, tracking: string, records: Listing[]): KeptSetting[] {
  const column = (pattern: RegExp) => table.headers.findIndex(header => pattern.test(header))
  const [companies, roles, places] = [column(COMPANY), column(ROLE), column(LOCATION)]
  const postings = rowPostings(table, tracking, records)
  const seen = new Map<string, number>()
  let company = ''
  for (let row = 0; row < postings.length; row++) {
    const shown = (index: number) =>
      index < 0 ? '' : plainText(marksOf(table.cells[index]?.[row] ?? '').value)
    const written = shown(companies)
    if (!isRepeatMark(written)) company = written
    const posting = postings[row]
    const keys: [string, string][] = [
      ...(posting
        ? [[`url\u0000${normalizeUrl(posting)}`, 'the same link'] as [string, string]]
        : []),
      ...(companies >= 0 && roles >= 0 && company !== ''
        ? [
            [
              [company, shown(roles), shown(places)].map(foldText).join('\u0000'),
              `the same company, title and location ("${company}", "${shown(roles)}", "${shown(places)}")`
            ] as [string, string]
          ]
        : [])
    ]
    for (const [key, what] of keys) {
      const first = seen.get(key)
      if (first !== undefined)
        return [
          {
            key: 'dedupe',
            value: false,
            why: `Rows ${first + 1} and ${row + 1} of the table show ${what}, which the default dedupe merges into one row (the newest, even a closed one): false shows each listing as its own row, as the table does.`
          }
        ]
      seen.set(key, row)
    }
  }
  return []
}

/**
 * `visible: F` when a flag field F of the listings (true or false in every record that has it,
 * other than the `active` one) is true in every row's listing (a row of several candidates: in
 * one of them at least) and false in records no row may show, one of them no older than the
 * rows: the board shows only records whose F is true.
 */
function visibleFlag(
  shown: (Listing | undefined)[],
  candidates: Listing[][],
  records: Listing[],
  time: (record: Listing) => number | undefined,
  active: string
): KeptSetting[] {
  if (shown.every(each => each === undefined)) return []
  const flag = flagOf
  const possible = new Set(candidates.flat())
  const times = [...possible].map(time).filter((each): each is number => each !== undefined)
  const oldest = times.length === possible.size ? Math.min(...times) : -Infinity
  const fields = [...new Set(records.flatMap(record => Object.keys(record)))].filter(
    field => field !== active && !isCanonical(field)
  )
  for (const field of fields) {
    const values = records.filter(record => record[field] !== undefined)
    if (!values.every(record => flag(record[field]) !== undefined)) continue
    const isTrue = (record: Listing) => flag(record[field]) === true
    if (!shown.every(record => record === undefined || isTrue(record))) continue
    if (!candidates.every(list => list.length === 0 || list.some(isTrue))) continue
    const left = values.filter(record => !isTrue(record) && !possible.has(record))
    if (!left.some(record => (time(record) ?? Infinity) >= oldest)) continue
    return [
      {
        key: 'visible',
        value: field,
        why: `${left.length} of the listings have ${field}: false and the table shows none of them, while every row it shows has a listing of ${field}: true: the board shows only listings whose ${field} is true.`
      }
    ]
  }
  return []
}

/** A flag's value: a boolean, or text that writes one (`"true"`); undefined for anything else. */
const flagOf = (value: unknown): boolean | undefined =>
  typeof value === 'boolean'
    ? value
    : typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())
      ? value.trim().toLowerCase() === 'true'
      : undefined

/**
 * Tables split by a flag: a board init wrote `visible: F` for (its rows' listings F true) beside
 * other boards with no visible of their own, every row of which is a listing whose F is false
 * (`🔥 FAANG+` beside `💻 Other Software` and `📈 Quant`, is_faang), each of whose category (or
 * select, or none) takes some listing the flagged board shows: a FAANG+ spanning categories, or
 * of the same one. Each such board gets `select: { field: F, equals: false }` (beside a select it
 * has, under `all`), so that the first run shows in it no row of the flagged one; a note for each
 * says what init wrote.
 */
function splitByFlag(
  document: Document,
  written: { table: FoundTable & { empty?: boolean }; node: YAMLMap; where: string }[],
  records: Listing[],
  fields: string | undefined
): string[] {
  const notes: string[] = []
  let mapping: RunSettings['fields'] = {}
  try {
    mapping = parseFields(fields)
  } catch {
    // A mapping init cannot read: the fields under their own name.
  }
  // The listings as the run holds them, read by each board's category and select below.
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: 'USD' })
  const listings = records.flatMap((record, index) => {
    const read = normalize(record, index + 1)
    return read.ok ? [read.listing] : []
  })
  for (const flagged of written) {
    const field = flagged.node.get('visible')
    if (typeof field !== 'string') continue
    const shown = listings.filter(boardTest(flagged.node, flagged.where))
    if (shown.length === 0) continue
    for (const other of written) {
      const { table, node, where } = other
      if (other === flagged || isRowless(table) || table.empty) continue
      if (node.has('visible')) continue
      const tracking = trackingQuery(postingLinks(table, records))
      const rows = rowListings(table, rowPostings(table, tracking, records), records)
      if (rows.length === 0) continue
      if (!rows.every(listing => listing !== undefined && flagOf(listing[field]) === false))
        continue
      // Its category (or select) takes none of the flagged board's listings: nothing to split.
      if (!shown.some(boardTest(node, where))) continue
      const own = node.get('select')
      const flag = { field, equals: false }
      const value = own === undefined ? flag : { all: [(own as YAMLMap).toJSON(), flag] }
      const what =
        own === undefined
          ? `select: { field: ${field}, equals: false }`
          : `select: { all: [its select, { field: ${field}, equals: false }] }`
      const why = `Every row of ${where} is a listing whose ${field} is false, and ${flagged.where} shows those whose ${field} is true (visible: ${field}): init wrote ${what}, so that the first run shows none of the other's rows in it.`
      const pair = document.createPair('select', value)
      ;(pair.key as Scalar).commentBefore = ` ${why}`
      if (own === undefined) (pair.value as YAMLMap).flow = true
      else
        for (const each of ((pair.value as YAMLMap).get('all') as { items: YAMLMap[] }).items)
          each.flow = true
      if (own !== undefined) node.delete('select')
      beforeTable(node, pair)
      // The advice to choose their rows is taken: the flag chooses them.
      for (const each of [node, flagged.node]) rowsChosen(each)
      notes.push(why)
    }
  }
  return notes
}

/** Puts `pair` in the board before its table, where init writes a board's other row settings. */
function beforeTable(node: YAMLMap, pair: Pair): void {
  const at = node.items.findIndex(each => (each.key as Scalar).value === 'table')
  node.items.splice(at < 0 ? node.items.length : at, 0, pair)
}

/** Takes the advice to choose the board's rows off its comment: a select now chooses them. */
function rowsChosen(node: YAMLMap): void {
  node.commentBefore = (node.commentBefore ?? '')
    .split('\n')
    .filter(line => !line.includes('choose its rows, e.g. select:'))
    .join('\n')
}

/**
 * Tables told apart by a field of their listings: two or more boards init wrote without a
 * category, select or visible, every row of each a listing whose field F holds one text of its
 * own, F a kind of listing (no more texts in the whole file than twice the tables): speedyapply's
 * `company_type`, `faang` in its FAANG+ table, `financial` in Quant, `other` in Other. Each gets
 * `select: { field: F, equals: its text }`, so that the first run shows in it its own kind of
 * listing only (not every listing in every table); a note says so.
 */
function splitByField(
  document: Document,
  written: { table: FoundTable & { empty?: boolean }; node: YAMLMap; where: string }[],
  records: Listing[]
): string[] {
  const open = written.filter(
    ({ table, node }) =>
      !isRowless(table) &&
      !table.empty &&
      !node.has('category') &&
      !node.has('select') &&
      !node.has('visible')
  )
  if (open.length < 2) return []
  const rowsOf = open.map(({ table }) => {
    const tracking = trackingQuery(postingLinks(table, records))
    return rowListings(table, rowPostings(table, tracking, records), records)
  })
  if (rowsOf.some(rows => rows.length === 0 || rows.includes(undefined))) return []
  const fields = [...new Set(records.flatMap(record => Object.keys(record)))].filter(
    field => !isCanonical(field)
  )
  for (const field of fields) {
    const texts = rowsOf.map(rows => {
      const own = new Set(rows.map(listing => listing![field]))
      const [text] = own
      return own.size === 1 && typeof text === 'string' && text.trim() !== '' ? text : undefined
    })
    if (texts.includes(undefined) || new Set(texts).size !== texts.length) continue
    const kinds = new Set(records.map(record => record[field]).filter(each => each !== undefined))
    if (kinds.size > 2 * open.length) continue
    const notes: string[] = []
    open.forEach(({ node, where }, index) => {
      const text = texts[index]!
      const why = `Every row of ${where} is a listing whose ${field} is "${text}", and each other table's of another: init wrote select: { field: ${field}, equals: "${text}" }, so that the first run shows in it only listings of that ${field}.`
      const pair = document.createPair('select', { field, equals: text })
      ;(pair.key as Scalar).commentBefore = ` ${why}`
      ;(pair.value as YAMLMap).flow = true
      beforeTable(node, pair)
      // The advice to choose its rows is taken: the field chooses them.
      rowsChosen(node)
      notes.push(why)
    })
    return notes
  }
  return []
}

/**
 * The listings a board init wrote takes, as the run's selection reads them: its category (and
 * keywords), its select and its visible; the age window and closed roles aside.
 */
function boardTest(node: YAMLMap, where: string): (listing: ModelListing) => boolean {
  const board = node.toJSON() as Record<string, unknown>
  const category = typeof board.category === 'string' ? board.category : undefined
  const keywords =
    typeof board.keywords === 'string'
      ? board.keywords
          .split(',')
          .map(each => each.trim())
          .filter(Boolean)
      : undefined
  const inCategory = category ? categoryMatcher(category, keywords) : () => true
  const { selection } = parseSelection(
    {
      ...(board.select === undefined ? {} : { select: board.select }),
      ...(board.visible === undefined ? {} : { visible: board.visible })
    },
    'the boards file',
    where
  )
  const filters = [
    ...(selection.visible ? [filterTest({ field: selection.visible, equals: true })] : []),
    ...(selection.filter ? [filterTest(selection.filter)] : [])
  ]
  return listing => inCategory(listing) && filters.every(test => test(listing))
}

/** A board input's default, as inputs.ts writes it. */
function defaultOf(name: string): number {
  return Number(INPUTS.find(input => input.name === name)?.default)
}

/** A cell's text, without its tags and emphasis marks (`**Oct 24**`). */
const cellText = (cell: string): string =>
  cell
    .replace(/<[^>]*>/g, '')
    .replace(/[*_~]/g, '')
    .trim()

/** An age's days (`45d`: 45, `2mo`: 60, `3w`: 21, `5h`: 0); undefined for no age. */
function ageDays(age: string): number | undefined {
  const found = /^(\d+)\s?([a-z]+)/i.exec(age)
  if (!found || !AGE.test(age)) return /^(?:today|just now)$/i.test(age) ? 0 : undefined
  const unit = found[2]!.toLowerCase()
  const days = unit.startsWith('mo')
    ? 30
    : unit.startsWith('w')
      ? 7
      : unit.startsWith('y')
        ? 365
        : unit.startsWith('d')
          ? 1
          : 0
  return Number(found[1]) * days
}

/**
 * How many days the dates of a Date column span, oldest to newest: read with their year
 * (`2024-05-01`, `Oct 24, 2024`, a month's first day for `Jul 2023`), or without one (`Oct 24`)
 * as days of a year, the span the shortest stretch of the year that holds them all (`Dec 20` to
 * `Jan 5` is 16 days). A column that writes both writes the year of the rows of years before
 * (SimplifyJobs' `Jul 2023` below `Oct 24`): its days without one are taken to be of the year
 * after the last year it writes. Ages among the dates (`1 day ago` above `2025-09-26`, as
 * boards that write the newest rows' age do) are read as ages: they count as read, and the
 * oldest of them is a span of its own (its row posted that long before the README was written,
 * the newest day). Undefined when most cells read as neither a day nor an age.
 */
function dateSpan(cells: string[]): { days: number; shown: string } | undefined {
  const dated: Dated[] = []
  const inYear: Dated[] = []
  const ages: { cell: string; days: number }[] = []
  for (const cell of cells) {
    const month = /^([a-z]+\.?) (\d{4})$/i.exec(cell)
    const time = timeOf(cell) ?? (month ? timeOf(`${month[1]} 1, ${month[2]}`) : undefined)
    // In a leap year, so that Feb 29 is a day of it.
    const day = inYearOf(cell, 2000)
    const age = ageDays(cell)
    if (time !== undefined) dated.push({ cell, time })
    else if (day !== undefined) inYear.push({ cell, time: day })
    else if (age !== undefined) ages.push({ cell, days: age })
  }
  if ((dated.length + inYear.length + ages.length) * 2 <= cells.length) return undefined
  const [oldestAge] = [...ages].sort((a, b) => b.days - a.days)
  const withYear = yearSpan(dated)
  const withoutYear = dayOfYearSpan(inYear)
  // From the oldest, to the latest day without its year, in the year after the last one written.
  const year = Math.max(...dated.map(each => new Date(each.time).getUTCFullYear())) + 1
  const [latest] = (withYear ? inYear : [])
    .map(each => ({ cell: each.cell, time: inYearOf(each.cell, year) }))
    .filter((each): each is Dated => each.time !== undefined)
    .sort((a, b) => b.time - a.time)
  const across =
    withYear && latest
      ? {
          days: Math.round((latest.time - Math.min(...dated.map(each => each.time))) / DAY_MS),
          oldest: withYear.oldest,
          newest: latest.cell
        }
      : undefined
  const spans = [withYear, withoutYear, across].filter(each => each !== undefined)
  const [widest] = spans.sort((a, b) => b.days - a.days)
  if (oldestAge && (!widest || oldestAge.days > widest.days))
    return { days: oldestAge.days, shown: `ages up to ${oldestAge.cell}` }
  return (
    widest && {
      days: widest.days,
      shown: `rows posted at least ${widest.days} days apart ("${widest.oldest}" and "${widest.newest}")`
    }
  )
}

/**
 * A day written without its year (`Nov 01`) in `year`, or in the year before when that puts it
 * more than a day after `asOf`.
 */
function dayAtOrBefore(cell: string, year: number, asOf: number): number | undefined {
  const time = inYearOf(cell, year)
  return time !== undefined && time > asOf + DAY_MS ? inYearOf(cell, year - 1) : time
}

/** A day written without its year (`Oct 24`, `24 Oct`) in `year`; undefined for any other cell. */
function inYearOf(cell: string, year: number): number | undefined {
  if (!DAY_WITHOUT_YEAR.test(cell)) return undefined
  return timeOf(/^\d/.test(cell) ? `${cell} ${year}` : `${cell}, ${year}`)
}

/** A cell of a Date column and its time. */
interface Dated {
  cell: string
  time: number
}

interface DateSpan {
  days: number
  oldest: string
  newest: string
}

const DAY_MS = 86_400_000

/** The days between the oldest and the newest of dates with their year. */
function yearSpan(dated: Dated[]): DateSpan | undefined {
  if (dated.length === 0) return undefined
  const sorted = [...dated].sort((a, b) => a.time - b.time)
  const [oldest, newest] = [sorted[0]!, sorted.at(-1)!]
  const days = Math.round((newest.time - oldest.time) / DAY_MS)
  return { days, oldest: oldest.cell, newest: newest.cell }
}

/**
 * The shortest stretch of a year that holds days without their year: the year less the widest
 * gap between days next to each other, around the year's end too.
 */
function dayOfYearSpan(dated: Dated[]): DateSpan | undefined {
  if (dated.length === 0) return undefined
  const sorted = [...dated].sort((a, b) => a.time - b.time)
  const year = 366
  const day = (index: number) => Math.round((sorted[index]!.time - sorted[0]!.time) / DAY_MS)
  let gap = year - day(sorted.length - 1)
  let newest = sorted.length - 1
  for (let index = 1; index < sorted.length; index++)
    if (day(index) - day(index - 1) > gap) {
      gap = day(index) - day(index - 1)
      newest = index - 1
    }
  const oldest = (newest + 1) % sorted.length
  return { days: year - gap, oldest: sorted[oldest]!.cell, newest: sorted[newest]!.cell }
}

/** The default table as a run writes it: its headers (in English) and its delimiter row. */
function isDefaultTable(table: FoundTable): boolean {
  const { company, position, location, type, date } = DEFAULT_LABELS
  return (
    table.format === 'pipe' &&
    table.headers.join('\u0000') === [company, position, location, type, date].join('\u0000') &&
    table.delimiters.join('\u0000') ===
      DEFAULT_TABLE.columns.map(column => column.delimiter).join('\u0000')
  )
}

/**
 * The utm inputs when the tracking parameters are utm_source, utm_medium and utm_campaign, in
 * that order and written as a run writes them.
 */
function utmSettings(tracking: string): Record<string, string> | undefined {
  const values = new URLSearchParams(tracking)
  const keys = ['utm_source', 'utm_medium', 'utm_campaign'] as const
  if (!keys.every(key => values.get(key))) return undefined
  const ours = new URLSearchParams(keys.map((key): [string, string] => [key, values.get(key)!]))
  if (ours.toString() !== tracking) return undefined
  return Object.fromEntries(keys.map(key => [key.replace('_', '-'), values.get(key)!]))
}

/** Liquid text that renders as itself: a header with `{{` or `{%` in it goes in a raw block. */
function liquidText(text: string): string {
  return /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text
}

/** The links of the column that links the postings (postingColumn). */
function postingLinks(table: FoundTable, records: Listing[]): string[] {
  return table.columnLinks[postingColumn(table, records)] ?? []
}

/**
 * The column that links the postings: Apply, else the role, else the one whose links most
 * listings beside the README hold as their posting's, tracking parameters aside (`投递链接`
 * or `去` beside a company column's pages), else the first with links.
 */
function postingColumn(table: FoundTable, records: Listing[]): number {
  const column = [APPLY, ROLE]
    .map(pattern => table.headers.findIndex(header => pattern.test(header)))
    .find(index => index >= 0 && (table.columnLinks[index]?.length ?? 0) > 0)
  if (column !== undefined) return column
  // The addresses of the listings' fields named as a posting's link (`url`, `apply_link`; not
  // `company_url`).
  const held = new Set(
    records.flatMap(record =>
      Object.entries(record).flatMap(([key, value]) =>
        APPLY.test(key) && typeof value === 'string' && /^https?:\/\//i.test(value)
          ? [normalizeUrl(value)]
          : []
      )
    )
  )
  // A column's links as the listings hold them: without the tracking parameters the column's
  // links share (`?ref=GH`), which its template adds back (with_query).
  const counts = table.columnLinks.map(links => {
    const tracking = trackingQuery(links)
    return links.filter(link => held.has(normalizeUrl(withoutQuery(link, tracking)))).length
  })
  const most = Math.max(0, ...counts)
  return most > 0 ? counts.indexOf(most) : table.columnLinks.findIndex(links => links.length > 0)
}

/**
 * The query parameters most of the posting links end with (`utm_source=Simplify&ref=Simplify`):
 * those present in at least nine links of ten; '' when there are none.
 */
export function trackingQuery(links: string[]): string {
  const postings = links.filter(link => /^https?:/i.test(link))
  if (postings.length === 0) return ''
  const counts = new Map<string, number>()
  for (const link of postings) {
    let url: URL
    try {
      url = new URL(link)
    } catch {
      continue
    }
    for (const pair of new Set(url.search.replace(/^\?/, '').split('&')))
      if (/^(utm_[a-z]+|ref|source)=/i.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, count]) => count * 10 >= postings.length * 9)
    .map(([pair]) => pair)
    .join('&')
}

/**
 * A cell template for a column, from its header's words and the shape of its cells: a link's
 * emphasis (`**[Acme](...)**`) or HTML (`<a href="..."><strong>Acme</strong></a>`), an image
 * button, ages (`3d`).
 */
function cellGuess(
  header: string,
  headers: string[],
  tracking: string,
  samples: string[],
  column: {
    /** Whether this column links the table's postings (postingColumn), another does, or none. */
    posting?: 'here' | 'elsewhere' | 'none'
    cells: string[]
    rows: string[]
    postings: (string | undefined)[]
    listings: (Listing | undefined)[]
    companyLinks: string
    names: (RowName | undefined)[]
    records: Listing[]
    unkept: UnkeptMark[]
    closed: boolean[]
    ages: string[]
    locations: string[]
    /** The name a run reads a field of the listings by (a mapped field's canonical name). */
    canonical?: (field: string) => string
    /** Where what init could not guess is said, and the table it names. */
    notes?: string[]
    where?: string
  }
): string {
  const query = liquidArguments([tracking])
  const url = tracking && query ? `url | with_query: ${query}` : 'url'
  const apply = `{% assign apply = ${url} %}`
  const marked = (guess: (samples: string[]) => string, field?: string) =>
    withMarks(column, samples, guess, field)
  // The field of the rows' listings that every row's cell shows (`Acme` of company, `Intern` of
  // type), as a run reads it: the cells say what the column is, whatever its header's words.
  const found = shownField(column.rows, column.listings)
  const canonical = found === undefined ? undefined : (column.canonical?.(found) ?? found)
  // A run reads `categories` lower case, each once: a column that shows the feed's own text
  // (`Data Science & Analytics`) reads the field as the record holds it.
  const shown =
    canonical !== 'categories' ? canonical : found === 'categories' ? 'record.categories' : found
  const note = (text: string) =>
    column.notes?.push(`The ${header} column of ${column.where ?? 'the README'} ${text}`)
  // Addresses shown bare, which GitHub links: a link to itself, which a run writes bare again.
  // Most cells so, of every row: one written otherwise is said, not the column's guess.
  const shownCells = shownSamples(column.cells)
  const bare = shownCells.filter(cell => bareAddress(cell) !== undefined)
  if (bare.length > 0 && bare.length * 2 > shownCells.length) {
    const field = shown ?? (APPLY.test(header) ? 'url' : headerField(header))
    const other = shownCells.find(cell => bareAddress(cell) === undefined)
    if (field && other !== undefined)
      note(
        `shows bare addresses, but ${JSON.stringify(other)} in ${shownCells.length - bare.length === 1 ? 'a row' : `${shownCells.length - bare.length} rows`}: the first run writes each row's ${field} bare, as the others. Write the column's cell template otherwise (see README: Columns) to keep such a cell.`
      )
    if (field) return `{{ ${field} | link: ${field} }}`
  }
  if (COMPANY.test(header) || shown === 'company') {
    // The company links' own parameters (`?utm_source=GHList&utm_medium=company`), kept; no
    // link (nil, not "", which Liquid holds true) for a company with no page.
    const page = liquidArguments([column.companyLinks])
    const target = column.companyLinks && page ? `company_url | with_query: ${page}` : ''
    const when = linkCondition(column)
    // Rows that name a company with a page unlinked, which no condition tells from the linked.
    const unlinked = column.rows.filter(
      (cell, row) =>
        !/\]\(|<a\s/i.test(cell) &&
        !isRepeatMark(cell.trim()) &&
        typeof column.listings[row]?.company_url === 'string' &&
        column.listings[row]!.company_url !== ''
    )
    if (!when && unlinked.length > 0 && column.rows.some(cell => /\]\(|<a\s/i.test(cell)))
      note(
        `links the company on some rows only, while the listings of ${unlinked.length === 1 ? 'a row' : `${unlinked.length} rows`} that name it unlinked (${JSON.stringify(plainText(unlinked[0]!))}) have a company_url: the first run links those too. Remove company_url from those listings to keep them unlinked.`
      )
    const assign =
      target || when
        ? `{% assign company_link = nil %}{% if company_url != blank %}${when ? `{% if ${when} %}` : ''}{% assign company_link = ${target || 'company_url'} %}${when ? '{% endif %}' : ''}{% endif %}`
        : ''
    return marked(
      shown => linkedText(shown, 'company', assign ? 'company_link' : 'company_url', assign),
      'company'
    )
  }
  // An image button links the posting (a company's logo is in the company's column).
  const buttons = samples.map(imageButtons).filter(found => found !== undefined)
  const [button] = buttons
  if (button) {
    // The button as the README writes it, the posting's address its value; nothing for a
    // listing without one (a closed listing's), whose link would lead nowhere.
    const [first] = button.buttons
    const cell =
      secondButton(column.cells, tracking, url, column.records) ??
      `${button.open}${buttonTemplate(first!, url)}${button.close}`
    return closedOtherwise(column, `{% if url %}${cell}{% endif %}`)
  }
  const applyColumn = headers.some(each => APPLY.test(each)) || column.posting === 'elsewhere'
  // Headed so, or the column whose links are the postings' (`投递链接`) when it is not the role's.
  if (
    APPLY.test(header) ||
    (column.posting === 'here' && !ROLE.test(header) && shown !== 'title')
  ) {
    // In the elements its links stand in (`<div align="center">`).
    const around = samples.map(wrapped).find(each => /^(?:<a\s|\[)/i.test(each.inner))
    const [open, close] = [around?.open ?? '', around?.close ?? ''].map(liquidText)
    // An HTML anchor around its text (`<a href="…">Apply</a>`), written as the README writes
    // it, byte for byte, as an image button is: a Markdown link would change every row.
    const anchor = around && TEXT_ANCHOR.exec(around.inner)
    const button = anchor && buttonOf(anchor)
    if (button)
      return closedOtherwise(
        column,
        `{% if url %}${open}${buttonTemplate(button, url)}${close}{% endif %}`
      )
    const { before, after } = aroundPosting(column.rows, column.listings, note)
    return closedOtherwise(
      column,
      `${apply}${open}${before}{{ ${linkTexts(column.cells, shown, note)} | link: apply }}${after}${close}`,
      true
    )
  }
  if (ROLE.test(header) || shown === 'title') {
    // Links of its own beside the posting's column (a details page): by the field of the rows'
    // listings that holds them, as a Company column links company_url; else said.
    const own = applyColumn ? ownLinks(column.rows, column.listings) : undefined
    if (own?.field === undefined && own?.links)
      note(
        `links each role to an address no field of the listings holds (${own.links}), beside the posting's column: the first run writes the roles unlinked. Give the listings a field of those addresses (e.g. details) and write {{ title | link: details }} as its cell template.`
      )
    return marked(
      shown =>
        applyColumn
          ? linkedText(shown, 'title', own?.field, '')
          : linkedText(shown, 'title', 'apply', apply),
      'title'
    )
  }
  // The text every cell writes around its value (`📍 ` of `📍 Miami, FL`), kept as a Company
  // column keeps it (linkedText): the guess reads the values, the template writes the text.
  const around = sharedAround(samples)
  const inside = (cells: string[]) => cells.map(around.strip)
  const kept = (template: string) => `${around.before}${template}${around.after}`
  if (LOCATION.test(header)) return kept(locationGuess(inside(column.locations), around.before))
  if (isAgeColumn(header, samples)) {
    // The age filter writes `3d`, or `1mo` from a month: another age (`1 day ago`, `12h`) or a
    // date below the ages (`2025-08-12`) is written so too.
    const unlike = inside(shownSamples(column.cells.map(cellText))).find(
      cell => !/^\d+(?:d|mo)$/.test(cell.trim().replace(AGE_AFTER, ''))
    )
    if (unlike !== undefined)
      note(
        `writes "${unlike}", which the age filter does not write (it writes the days since the posting, 3d, or months from a month, 1mo): the first run rewrites such cells as the row's age so. Write the column's cell template otherwise (see README: Columns) to keep them.`
      )
    return kept(ageGuess(inside(column.ages)))
  }
  // Headed so, or every cell a day a date pattern writes again (`2022-08-18`) under a header
  // that names no field (`日期`) or showing the listings' posting dates.
  if (isDateHeaded(header, column.cells) || (shown === 'posted_at' && isDateColumn(column.cells))) {
    const missing = column.cells.map(cellText).filter(cell => MISSING_DAY.test(cell))
    if (missing.length > 0)
      note(
        `writes "${missing[0]}" for ${missing.length === 1 ? 'a row' : `${missing.length} rows`} with no date: every listing has a posted_at (it is required), so the first run writes that listing's date there. Give such a listing the day it was posted, or leave it out of the listings.`
      )
    return kept(dateGuess(inside(column.cells)))
  }
  const workTypes = samples.length > 0 && samples.every(isWorkType)
  // Another field of the listings the cells show (`Full-time` of type): that field, as it is.
  if (shown !== undefined && shown !== 'work_type' && !workTypes) {
    // Its cells' links (`[$188k](https://www.levels.fyi/...)`): by the field of the rows'
    // listings that holds them, as a Company column links company_url; else said.
    const own = ownLinks(column.rows, column.listings)
    if (own?.field !== undefined) return `{{ ${shown} | link: ${own.field} }}`
    if (own)
      note(
        `links its cells to addresses no field of the listings holds (${own.links}): the first run writes them unlinked. Give the listings a field of those addresses (e.g. ${shown}_url) and write {{ ${shown} | link: ${shown}_url }} as its cell template.`
      )
    return `{{ ${shown} }}`
  }
  // Every cell a work type (`Remote`, `On Site`), headed so (`Type`, `Work Model`) or not.
  if (workTypes || (WORK_TYPE.test(header) && samples.length === 0))
    return '{{ work_type | label }}'
  if (/salary|pay/i.test(header)) return SALARY_CELL
  if (/term|season/i.test(header)) return '{{ terms | join: ", " }}'
  // A field named as the header, when that is a name Liquid takes.
  const field = headerField(header)
  if (field && WORK_TYPE.test(header))
    note(
      `shows values that are no work type (${JSON.stringify(samples.find(each => !isWorkType(each)))}), so init reads it from a field named as its header, {{ ${field} }}, not work_type (which a run writes as Remote, Hybrid or On Site). Give the listings that field, or change the column's cell template.`
    )
  // A field no listing has: every cell would be empty, which is said, never done silently.
  const held = (record: Listing) => readPath(record, field ?? '') != null
  if (field && !WORK_TYPE.test(header) && column.records.length > 0 && !column.records.some(held))
    note(
      `is read from a field named as its header, {{ ${field} }}, which no listing of the listings file has: the first run writes every cell of it empty. Give the listings that field, or write the column's cell template (see README: Columns) before the first run.`
    )
  if (field) return `{{ ${field} }}`
  note(
    `has a template init could not guess (its header makes no field name, and no field of the listings matches its cells): its cell is "", which writes every cell empty. Write its cell template (see README: Columns) before the first run.`
  )
  return ''
}

/**
 * A posting column's template, with the text its closed rows write in its place (`🔒 Closed 🔒`
 * where an open row writes `[Apply](…)`) written for a closed listing: `{% if active %}…{% else
 * %}🔒 Closed 🔒{% endif %}`, which `closed: mark` leaves as it is. As it is when the closed rows
 * write no one text there without a link, or an open row writes it too, and when they write 🔒
 * alone where closed: mark writes it too (`linkText` false: a button, which it replaces).
 */
function closedOtherwise(
  column: { rows: string[]; closed: boolean[] },
  template: string,
  linkText = false
): string {
  const closedCells = column.rows.filter((_, row) => column.closed[row] === true)
  const texts = new Set(closedCells.map(cell => cell.trim()))
  const [text] = texts
  if (texts.size !== 1 || !text || !text.includes('🔒') || /\]\(|<a\s/i.test(text)) return template
  // A 🔒 alone is what closed: mark writes there itself for a button; for a link of text
  // (`linkText`) it keeps the text (`Apply 🔒`), so the 🔒 is written in its place.
  if (text.replaceAll('🔒', '').trim() === '' && !linkText) return template
  if (column.rows.some((cell, row) => column.closed[row] !== true && cell.trim() === text))
    return template
  return `{% if active %}${template}{% else %}${liquidText(text)}{% endif %}`
}

/**
 * What a column of posting links writes as their text: the one text they all show (`"Apply"`,
 * `"View"`), else the field of the listings each row's text is (`link_text`: `Apply` beside
 * `Follow`), else the text most of them show, which the first run writes in every row (said by
 * `note`); `"Apply"` when no cell links.
 */
function linkTexts(
  cells: string[],
  shown: string | undefined,
  note: (text: string) => void
): string {
  const texts = cells.flatMap(cell => {
    const { inner } = wrapped(cell)
    const linked = linkedCell(inner)
    if (linked) return [plainText(linked.text)]
    return /^<a\s/i.test(inner) ? [plainText(inner)] : []
  })
  const kinds = [...new Set(texts)]
  const literal = (text: string) => liquidArguments([text]) ?? '"Apply"'
  if (kinds.length <= 1) return literal(kinds[0] || 'Apply')
  if (shown !== undefined) return shown
  const most = mostFrequent(texts)!
  note(
    `links its postings with texts that differ by row (${kinds
      .slice(0, 3)
      .map(text => JSON.stringify(text))
      .join(
        ', '
      )}) and no field of the listings holds them: the first run writes ${JSON.stringify(most)} in every row. Give the listings a field of those texts (e.g. link_text) and write {{ link_text | link: apply }} in its cell template.`
  )
  return literal(most)
}

/**
 * A cell of Markdown links taken apart (`[Apply](…) · [Glassdoor](…) ↗`): the text before its
 * first link, that link's text, each further link with the text between it and the one
 * before, and the text after the last; undefined for a cell with no Markdown link.
 */
interface LinkedCell {
  before: string
  text: string
  links: { between: string; text: string; href: string }[]
  after: string
}

const MARKDOWN_LINK = /(?<!!)\[((?:\\.|[^\\[\]])*)\]\((<[^<>\n]*>|[^()\s]*)(?:\s+"[^"]*")?\)/g

function linkedCell(cell: string): LinkedCell | undefined {
  const found = [...cell.trim().matchAll(MARKDOWN_LINK)]
  const [first] = found
  if (!first) return undefined
  const text = cell.trim()
  const links = found.slice(1).map((each, index) => {
    const previous = found[index]!
    return {
      between: text.slice(previous.index + previous[0].length, each.index),
      text: each[1]!,
      href: each[2]!.replace(/^<|>$/g, '')
    }
  })
  const last = found.at(-1)!
  return {
    before: text.slice(0, first.index),
    text: first[1]!,
    links,
    after: text.slice(last.index + last[0].length)
  }
}

/**
 * What a posting column's cells (`rows`, beside their rows' `listings`) write after the
 * posting's link: each further link
 * (`· [Glassdoor](…)`) written by the field of the rows' listings that holds its addresses
 * (`{{ "Glassdoor" | link: glassdoor }}`, only where the listing has one when some rows show
 * none), else left out and said by `note`; then the text every cell ends with (` ↗`), outside
 * the link. Before it (`before`), the text every cell starts with (`👉 `), as a Role column
 * keeps its marks.
 */
function aroundPosting(
  rows: string[],
  listings: (Listing | undefined)[],
  note: (text: string) => void
): { before: string; after: string } {
  const cells = rows.map(cell => linkedCell(wrapped(cell).inner))
  const linked = cells.filter(each => each !== undefined)
  if (linked.length === 0) return { before: '', after: '' }
  const most = Math.max(...linked.map(each => each.links.length))
  const pieces: string[] = []
  for (let index = 0; index < most; index++) {
    const rows = cells.flatMap((cell, row) => {
      const link = cell?.links[index]
      return link ? [{ link, listing: listings[row] }] : []
    })
    const text = mostFrequent(rows.map(each => each.link.text))!
    const between = mostFrequent(rows.map(each => each.link.between))!
    const field = fieldHolding(rows.map(each => ({ href: each.link.href, listing: each.listing })))
    const label = liquidArguments([plainText(text)])
    if (field === undefined || label === undefined) {
      const name = headerField(plainText(text)) ?? 'link2'
      note(
        `writes a link after the posting's (${JSON.stringify(plainText(text))}) whose addresses no field of the listings holds: the first run leaves it out. Give the listings a field of those addresses (e.g. ${name}) and write ${between.trim()} {{ "${plainText(text)}" | link: ${name} }} after the posting's link in its cell template.`
      )
      continue
    }
    const piece = `${liquidText(between)}{{ ${label} | link: ${field} }}`
    pieces.push(
      rows.length < linked.length ? `{% if ${field} != blank %}${piece}{% endif %}` : piece
    )
  }
  // The text every cell writes there, the same in each.
  const shared = (texts: string[]) => {
    const kinds = new Set(texts)
    const [text] = kinds
    return kinds.size === 1 && text ? liquidText(text) : ''
  }
  return {
    before: shared(linked.map(each => each.before)),
    after: `${pieces.join('')}${shared(linked.map(each => each.after))}`
  }
}

/**
 * The links of a column that is not the posting's (`rows`, beside their rows' `listings`): the
 * field of the listings that holds them (fieldHolding), and the first of them, to name; none
 * when no cell links.
 */
function ownLinks(
  rows: string[],
  listings: (Listing | undefined)[]
): { field?: string; links: string } | undefined {
  const linked = rows.flatMap((cell, row) => {
    const href = /\]\(|<a\s/i.test(cell) ? cellLink(cell) : undefined
    return href ? [{ href, listing: listings[row] }] : []
  })
  if (linked.length === 0) return undefined
  const field = fieldHolding(linked)
  return { ...(field === undefined ? {} : { field }), links: linked[0]!.href }
}

/**
 * The field of the rows' listings that holds the address each row links (tracking parameters
 * the links share aside): the same field in every row with a listing; undefined when none.
 */
function fieldHolding(rows: { href: string; listing: Listing | undefined }[]): string | undefined {
  const tracking = trackingQuery(rows.map(each => each.href))
  let fields: string[] | undefined
  for (const { href, listing } of rows) {
    if (!listing) continue
    const address = normalizeUrl(withoutQuery(href, tracking))
    const holding = Object.keys(listing).filter(field => {
      const value = listing[field]
      return typeof value === 'string' && normalizeUrl(value) === address
    })
    fields = fields === undefined ? holding : fields.filter(field => holding.includes(field))
  }
  const [field] = fields ?? []
  return field !== undefined && headerField(field) === field ? field : undefined
}

/** The field a header names (`Work Model`: work_model); undefined when Liquid takes no such name. */
function headerField(header: string): string | undefined {
  const field = header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
  return /^[a-z_][\p{L}\p{N}_]*$/u.test(field) ? field : undefined
}

/** A cell that is an address alone, which GitHub links as it is (`https://x.example/1`). */
function bareAddress(cell: string): string | undefined {
  const text = cell.trim()
  return /^https?:\/\/[^\s<>|\\`]+$/i.test(text) ? text : undefined
}

/**
 * A column of the days the rows were posted: headed so (`Date`, `Posted`, `Date Added`), or
 * under a header that names no field (`日期`) with every cell a day (isDateColumn).
 */
function isDateHeaded(header: string, cells: string[]): boolean {
  return (
    /date|posted|added/i.test(header) ||
    (headerField(header) === undefined && isDateColumn(shownSamples(cells)))
  )
}

/** Cells every one of which a date pattern writes again (`2022-08-18`, `09/28/2023`). */
function isDateColumn(cells: string[]): boolean {
  const days = cells.map(cellText).filter(cell => cell !== '' && !MISSING_DAY.test(cell))
  return days.length > 0 && dateFormatOf(days) !== undefined
}

/**
 * The field of the rows' listings whose value each row's cell shows as its text (a link's text,
 * without marks and tags: plainText): the field every row with a listing and a text shows;
 * undefined when no row has a listing, or no one field is shown by all. A field every row
 * shows as another field does too (`company` and `name` alike) gives the first of the listing.
 */
function shownField(cells: string[], listings: (Listing | undefined)[]): string | undefined {
  let rows = 0
  const tally = new Map<string, number>()
  listings.forEach((record, row) => {
    // Its text without the marks a template writes apart (`🟢 `), or with them, as a field
    // holds them (`✅ 热招中`).
    const text = plainText(marksOf(cells[row] ?? '').value)
    const whole = plainText(cells[row] ?? '')
    if (!record || text === '') return
    rows += 1
    for (const [field, value] of Object.entries(record))
      if (typeof value === 'string' && (value.trim() === text || value.trim() === whole))
        tally.set(field, (tally.get(field) ?? 0) + 1)
  })
  if (rows === 0) return undefined
  return [...tally].find(([, count]) => count === rows)?.[0]
}

/** The name a run reads each field of the listings by: a mapped source's canonical name. */
function canonicalOf(fields: string | undefined): (field: string) => string {
  let mapping: Record<string, unknown> = {}
  try {
    mapping = parseFields(fields) as Record<string, unknown>
  } catch {
    // A mapping init cannot read: the fields as the listings name them.
  }
  const names = new Map(
    Object.entries(mapping).flatMap(([name, source]) =>
      typeof source === 'string' ? [[source, name] as const] : []
    )
  )
  return field => names.get(field) ?? field
}

const APPLY = /apply|application|link|posting|\burl\b/i
const LOCATION = /location|where|city/i
// A column headed "Name" alone names the company (ReaVNaiL/New-Grad-2024's).
const COMPANY = /company|employer|^\s*name\s*$/i
const WORK_TYPE = /type|remote|work\s*model|workplace|arrangement/i
const ROLE = /role|title|position|job/i
/**
 * The date filter that writes a Date column's days as its cells do: `date` (`Oct 24`, the
 * default) or `date: "%Y-%m-%d"`, the pattern that writes every cell again (the ages some
 * boards write for their newest rows, `1 day ago`, left aside); the default when none does.
 */
function dateGuess(cells: string[]): string {
  const format = dateFormatOf(datedCells(cells.map(cellText)))
  return format && format !== '%b %d'
    ? `{{ posted_at | date: "${format}" }}`
    : '{{ posted_at | date }}'
}

/**
 * The cells of a Date column that write a day: not an age (`1 day ago`, which some boards write
 * for their newest rows), nor a missing day (`—`, `N/A`).
 */
function datedCells(cells: string[]): string[] {
  return cells.filter(cell => ageDays(cell) === undefined && !MISSING_DAY.test(cell))
}

/** A Date cell that says its row has no day (`—`, `-`, `N/A`, `TBD`). */
const MISSING_DAY = /^(?:[-–—]+|n\/a|tbd|unknown|\?)$/i

const SALARY_CELL = '{{ salary }}'

/**
 * The first Salary cell that `{{ salary }}` does not write again (`$172k/yr`, which it writes
 * `$172K+`), read as a run reads a salary written as text (a bare `$` a dollar of the US), and
 * what it writes for it; undefined when it writes every cell as it is.
 */
function salaryUnlike(cells: string[]): { cell: string; written: string } | undefined {
  for (const cell of cells.map(cellText)) {
    if (cell === '') continue
    const salary = salaryFromText(cell, 'USD')
    const written = salary
      ? salaryShown({ ...salary, currency: salary.currency ?? 'USD' }, DEFAULT_LOCALE)
      : ''
    if (written !== cell) return { cell, written }
  }
  return undefined
}

/** A column of ages: headed Age, or every cell an age (`3d`). */
function isAgeColumn(header: string, samples: string[]): boolean {
  return /\bage\b/i.test(header) || (samples.length > 0 && samples.every(each => AGE.test(each)))
}

/** An age as boards write it: `3d`, `12h`, `2mo`, `1 week`. */
const AGE = /^-?\d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)(?:\s+ago)?$/i

/**
 * The age filter that writes ages as the cells do: `30d` before `1mo` (`age: 31`), or days
 * alone (`106d`, `age: "days"`); by default months from 30 days.
 */
function ageGuess(samples: string[]): string {
  // The words every age writes after it (`3d ago`): written after the age.
  const ends = samples.flatMap(each => {
    const found = AGE_AFTER.exec(each.trim())
    return found ? [found[1]!] : []
  })
  const [end] = ends
  const after =
    end !== undefined && ends.length === samples.length && ends.every(each => each === end)
      ? liquidText(end)
      : ''
  const ages = samples.map(each => each.trim().replace(AGE_AFTER, ''))
  const days = ages.flatMap(each => /^(\d+)d$/.exec(each)?.slice(1) ?? []).map(Number)
  const most = Math.max(-1, ...days)
  if (most < DAYS_IN_MONTH) return `{{ posted_at | age }}${after}`
  const months = ages.some(each => /^\d+mo$/.test(each))
  return months
    ? `{{ posted_at | age: ${most + 1} }}${after}`
    : `{{ posted_at | age: "days" }}${after}`
}

/** The words an age writes after it (` ago` of `3d ago`). */
const AGE_AFTER = /(?<=\d\s?[a-z]+)(\s+ago)$/i

/**
 * The text every cell writes before its value and after it, outside its markup and words
 * (`📍 ` of `📍 Miami, FL`, as shapeOf takes a cell apart), each as a template writes it, and
 * a cell without them (`Miami, FL`); none when a cell holds no word.
 */
function sharedAround(samples: string[]): {
  before: string
  after: string
  strip: (cell: string) => string
} {
  const shapes = samples.map(sample => shapeOf(units(sample.trim())))
  const none = { before: '', after: '', strip: (cell: string) => cell }
  if (shapes.length === 0 || shapes.some(shape => shape === undefined)) return none
  const known = shapes.filter(shape => shape !== undefined)
  const [before, after] = [
    commonStart(known.map(shape => shape.lead)),
    commonEnd(known.map(shape => shape.trail))
  ].map(list => list.map(unit => unit.text).join(''))
  if (before!.trim() === '' && after!.trim() === '') return none
  const strip = (cell: string) => {
    let text = cell.trim()
    if (before!.trim() !== '' && text.startsWith(before!)) text = text.slice(before!.length)
    if (after!.trim() !== '' && text.endsWith(after!)) text = text.slice(0, -after!.length)
    return text
  }
  return {
    before: before!.trim() === '' ? '' : liquidText(before!),
    after: after!.trim() === '' ? '' : liquidText(after!),
    strip
  }
}

const DAYS_IN_MONTH = 30

/**
 * The field as the cells show it: in a link to `link` when one of them is a link (written as
 * their first link is: Markdown, or an HTML anchor around tags, with the elements and emphasis
 * the linked cells all write around it), else in the emphasis and elements every cell writes
 * around its value. A mark that starts or ends every cell (`🏢 `) is kept; one that differs
 * from row to row (`🟢 `, `🍎 `) is not. `assign` goes first (it names `link`).
 */
function linkedText(
  samples: string[],
  field: string,
  link: string | undefined,
  assign: string
): string {
  const shapes = samples.flatMap(sample => shapeOf(units(sample)) ?? [])
  const lead = commonStart(shapes.map(shape => shape.lead))
  const trail = commonEnd(shapes.map(shape => shape.trail))
  const value = `{{ ${field} }}`
  const linked = link ? shapes.flatMap(shape => linkIn(shape) ?? []) : []
  const [first] = linked
  // The text of the cells that link nothing, in the markup they all write around it.
  const plain = (cells: Shape[]) => {
    const [open, close] = sharedPair(cells, shape => [shape.opens, shape.closes])
    const [before, after] = [
      [...lead, ...open],
      [...close, ...trail]
    ].map(literal)
    return `${before}${value}${after}`
  }
  if (link && first) {
    const [outer, outerClose] = sharedPair(linked, each => [each.outer, each.outerClose])
    const [inner, innerClose] = sharedPair(linked, each => [each.inner, each.innerClose])
    const [before, after] = [
      [...lead, ...outer],
      [...outerClose, ...trail]
    ].map(literal)
    const [into, out] = [inner, innerClose].map(literal)
    const shown = `${into}${value}${out}`
    // The cells that link nothing written otherwise than the linked ones around their link
    // (`Acme` beside `**[Globex](…)**`): each as its own cells write it.
    const unlinked = shapes.filter(shape => linkIn(shape) === undefined)
    const otherwise = unlinked.length > 0 ? plain(unlinked) : undefined
    if (otherwise !== undefined && otherwise !== `${before}${shown}${after}`) {
      const linkedCell = first.html
        ? `<a href="{{ ${link} }}">${shown}</a>`
        : `${into}{{ ${field} | link: ${link} }}${out}`
      return `${assign}{% if ${link} %}${before}${linkedCell}${after}{% else %}${otherwise}{% endif %}`
    }
    if (first.html)
      return `${assign}${before}{% if ${link} %}<a href="{{ ${link} }}">${shown}</a>{% else %}${shown}{% endif %}${after}`
    return `${assign}${before}${into}{{ ${field} | link: ${link} }}${out}${after}`
  }
  const [open, close] = sharedPair(shapes, shape => [shape.opens, shape.closes])
  const [before, after] = [
    [...lead, ...open],
    [...close, ...trail]
  ].map(literal)
  // A column is linked only when its cells are (a link whose shape is not read among them): a
  // table with no rows yet shows none either way.
  const cellsLink = samples.some(sample => /\]\(|<a\s[^>]*\bhref=/i.test(sample))
  if (link && (samples.length === 0 || (cellsLink && before === '' && after === '')))
    return `${assign}{{ ${field} | link: ${link} }}`
  return `${before}${value}${after}`
}

/**
 * A piece of a cell: an HTML tag, a Markdown link's `[` or `](url)`, a run of one emphasis
 * mark (`**`), an escaped character or an entity, else one character as a reader sees it (a
 * grapheme cluster: `🟢`, `⚡️`, `🇨🇦`). Common starts and ends are taken in whole units, so that
 * they never end inside a character, a tag or a run of emphasis marks.
 */
interface Unit {
  text: string
  /** `open` and `close` pair up (a tag and its closing tag, `[` and `](url)`); `mark` pairs with itself. */
  kind: 'open' | 'close' | 'mark' | 'text'
}

const MARKUP =
  /<\/[A-Za-z][\w-]*\s*>|<[A-Za-z][\w-]*(?:\s[^<>]*)?>|\]\([^()\s]*(?:\s+"[^"]*")?\)|\\[^\s]|&#?\w+;|\*+|_+|~+|\[/y
/** Elements that have no closing tag. */
const VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b|\/>$/i
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function units(text: string): Unit[] {
  const found: Unit[] = []
  const segments = GRAPHEMES.segment(text)
  for (let at = 0; at < text.length;) {
    MARKUP.lastIndex = at
    const markup = MARKUP.exec(text)?.[0]
    if (markup) {
      found.push({ text: markup, kind: markupKind(markup) })
      at += markup.length
      continue
    }
    const segment = segments.containing(at)!
    const end = segment.index + segment.segment.length
    found.push({ text: text.slice(at, end), kind: 'text' })
    at = end
  }
  return found
}

function markupKind(markup: string): Unit['kind'] {
  if (markup.startsWith('</') || markup.startsWith('](')) return 'close'
  if (markup === '[') return 'open'
  if (markup.startsWith('<')) return VOID.test(markup) ? 'text' : 'open'
  return /^[*_~]/.test(markup) ? 'mark' : 'text'
}

/** A letter or digit a reader sees: not in a tag, an entity or an escape. */
const isWord = (unit: Unit): boolean =>
  unit.kind === 'text' && !/^[<&\\]./.test(unit.text) && /[\p{L}\p{N}]/u.test(unit.text)

/**
 * A cell taken apart around its value (from its first word to its last): the marks before
 * the first markup (`🟢 `), the markup that opens the value (`**`, `<strong>`), and the same
 * after it. Undefined when the cell holds no word.
 */
interface Shape {
  lead: Unit[]
  opens: Unit[]
  closes: Unit[]
  trail: Unit[]
}

function shapeOf(cell: Unit[]): Shape | undefined {
  const first = cell.findIndex(isWord)
  if (first < 0) return undefined
  const last = cell.findLastIndex(isWord)
  let lead = 0
  while (lead < first && cell[lead]!.kind === 'text') lead += 1
  let trail = cell.length
  while (trail > last + 1 && cell[trail - 1]!.kind === 'text') trail -= 1
  return {
    lead: cell.slice(0, lead),
    opens: cell.slice(lead, first),
    closes: cell.slice(last + 1, trail),
    trail: cell.slice(trail)
  }
}

/** The cell's link around its value, outermost first: what stands outside it and inside it. */
function linkIn(
  shape: Shape
):
  | { html: boolean; outer: Unit[]; inner: Unit[]; innerClose: Unit[]; outerClose: Unit[] }
  | undefined {
  const [opens, closes] = paired(shape.opens, shape.closes)
  const open = opens.findIndex(unit => unit.text === '[' || /^<a\s[^>]*\bhref=/i.test(unit.text))
  if (open < 0) return undefined
  // Its closing unit: as many markup units from the end as it is from the start.
  const depth = opens.slice(0, open).filter(unit => unit.kind !== 'text').length
  const close = closes.findLastIndex(
    (unit, index) =>
      unit.kind !== 'text' &&
      closes.slice(index + 1).filter(each => each.kind !== 'text').length === depth
  )
  return {
    html: opens[open]!.text !== '[',
    outer: opens.slice(0, open),
    inner: opens.slice(open + 1),
    innerClose: closes.slice(0, close),
    outerClose: closes.slice(close + 1)
  }
}

/**
 * The markup before a value and after it, each cut where they stop pairing up from the
 * outside in (`<strong>` with `</strong>`, `**` with `**`, `[` with `](url)`), so that a
 * template never opens what it does not close, nor closes what it did not open.
 */
/** The markup every item opens with and closes with, `paired` from the outside in. */
function sharedPair<T>(items: T[], parts: (item: T) => [Unit[], Unit[]]): [Unit[], Unit[]] {
  const pairs = items.map(parts)
  return paired(
    commonStart(pairs.map(([open]) => open)),
    commonEnd(pairs.map(([, close]) => close))
  )
}

function paired(opens: Unit[], closes: Unit[]): [Unit[], Unit[]] {
  const before = opens.flatMap((unit, index) => (unit.kind === 'text' ? [] : [index]))
  const after = closes.flatMap((unit, index) => (unit.kind === 'text' ? [] : [index])).reverse()
  let count = 0
  while (
    count < before.length &&
    count < after.length &&
    pairs(opens[before[count]!]!, closes[after[count]!]!)
  )
    count += 1
  return [
    opens.slice(0, count < before.length ? before[count] : opens.length),
    closes.slice(count < after.length ? after[count]! + 1 : 0)
  ]
}

function pairs(open: Unit, close: Unit): boolean {
  if (open.kind === 'mark') return close.text === open.text
  if (open.kind !== 'open' || close.kind !== 'close') return false
  if (open.text === '[') return close.text.startsWith('](')
  const name = (tag: string) => /^<\/?([\w-]+)/.exec(tag)?.[1]?.toLowerCase()
  return name(open.text) === name(close.text)
}

/** The units every list starts with. */
function commonStart(lists: Unit[][]): Unit[] {
  const [first = []] = lists
  let length = 0
  while (length < first.length && lists.every(list => list[length]?.text === first[length]!.text))
    length += 1
  return first.slice(0, length)
}

/** The units every list ends with. */
function commonEnd(lists: Unit[][]): Unit[] {
  return commonStart(lists.map(list => [...list].reverse())).reverse()
}

/** Units as Liquid text that renders as them. */
const literal = (list: Unit[]): string => liquidText(list.map(unit => unit.text).join(''))

/**
 * The HTML elements a cell writes around all it holds (`<div align="center">` … `</div>`), and
 * what they hold; an anchor is not one of them.
 */
function wrapped(sample: string): { open: string; inner: string; close: string } {
  let [open, inner, close] = ['', sample.trim(), '']
  for (;;) {
    const element = /^(<([a-z][\w-]*)(?:\s[^<>]*)?>)\s*([^]*?)\s*(<\/\2\s*>)$/i.exec(inner)
    const name = element?.[2]!.toLowerCase()
    // Not an anchor, and not two elements of one name side by side (`<b>A</b> <b>B</b>`).
    if (!element || name === 'a' || new RegExp(`<\\/?${name}\\b`, 'i').test(element[3]!))
      return { open, inner, close }
    open += element[1]
    close = element[4] + close
    inner = element[3]!
  }
}

/**
 * An image button of a cell: its posting's address, and the button as the README writes it,
 * around the address as written (`<a href="` … `"><img src="…" alt="Apply" width="70"/></a>`).
 */
interface Button {
  href: string
  before: string
  written: string
  after: string
}

/**
 * The template of a button: its text as the README writes it, byte for byte, the address a
 * value (`{{ url }}`, a Liquid expression) or, without one, the README's own address.
 */
function buttonTemplate(button: Button, address?: string): string {
  if (address === undefined) return liquidText(button.before + button.written + button.after)
  return `${liquidText(button.before)}{{ ${address} }}${liquidText(button.after)}`
}

/** A cell of image buttons: the elements around them, the buttons and what stands between. */
interface Buttons {
  open: string
  close: string
  buttons: Button[]
  /** What stands between each button and the next (` `). */
  between: string[]
}

/**
 * The image buttons of a cell, Markdown or HTML, with the elements the cell writes around them
 * (undefined when the cell holds anything else).
 */
function imageButtons(sample: string): Buttons | undefined {
  const { open, inner, close } = wrapped(sample)
  const buttons: Button[] = []
  const between: string[] = []
  for (let rest = inner; rest !== '';) {
    const found = BUTTONS.map(pattern => pattern.exec(rest)).find(each => each !== null)
    const button = found && buttonOf(found)
    if (!button) return undefined
    buttons.push(button)
    rest = rest.slice(found[0].length)
    const space = /^\s*/.exec(rest)![0]
    if (space.length < rest.length) between.push(space)
    rest = rest.slice(space.length)
  }
  if (buttons.length === 0) return undefined
  return { open: liquidText(open), close: liquidText(close), buttons, between }
}

function buttonOf(found: RegExpExecArray): Button | undefined {
  const { img } = found.groups!
  if (img !== undefined && !/\ssrc\s*=\s*["']?[^"'\s>]/i.test(img)) return undefined
  // The address as written, in whichever quotes the anchor writes it.
  const group = (['href', 'single', 'bare'] as const).find(
    name => found.groups![name] !== undefined
  )
  if (!group) return undefined
  // An HTML anchor's address as a browser reads it (`&#x26;` is `&`), a Markdown link's as
  // CommonMark does (`<https://x.example/1>` is https://x.example/1); the `<>` kept around it.
  const html = found[0].startsWith('<')
  const raw = found.groups![group]!
  const bracketed = !html && raw.startsWith('<') ? 1 : 0
  const written = raw.slice(bracketed, raw.length - bracketed)
  const href = html ? (hrefs(fromHtml(found[0], { fragment: true }))[0] ?? '') : destinationOf(raw)
  const [start, end] = found.indices!.groups![group]!.map(
    (at, index) => at + (index === 0 ? bracketed : -bracketed)
  ) as [number, number]
  const whole = found[0]
  return {
    href,
    before: whole.slice(0, start - found.index),
    written,
    after: whole.slice(end - found.index)
  }
}

/**
 * The template of a column whose cells hold a second image button beside the posting's (a
 * Simplify button `https://simplify.jobs/p/<id>?utm_source=GHList` beside Apply), so that a
 * run writes every button back; undefined when no cell holds two.
 *
 * The cells with two buttons and those with one are each written as most of them are. The
 * second button's address is the same text around a listing's field when the listings beside
 * the README give one (`{{ id | prepend: "https://simplify.jobs/p/" | append: "?..." }}`), and
 * the cells with two buttons are those whose listing has one value of another field
 * (`source == "Simplify"`). Otherwise the boards file carries each address, by the posting's
 * own (`{% case url %}{% when "…" %}…`), so that the rows the README has keep their buttons.
 */
function secondButton(
  cells: string[],
  tracking: string,
  url: string,
  records: Listing[]
): string | undefined {
  const parsed = cells.map(imageButtons).filter(each => each !== undefined)
  const pairs = parsed.filter(each => each.buttons.length === 2)
  if (pairs.length === 0) return undefined
  const singles = parsed.filter(each => each.buttons.length === 1)
  const pair = mostCommon(pairs)
  const single = singles.length > 0 ? mostCommon(singles) : undefined
  const [first, second] = pair.buttons as [Button, Button]
  const singleCell = single
    ? `${single.open}${buttonTemplate(single.buttons[0]!, url)}${single.close}`
    : `${pair.open}${buttonTemplate(first, url)}${pair.close}`
  const pairCell = (address?: string) =>
    `${pair.open}${buttonTemplate(first, url)}${liquidText(pair.between[0] ?? '')}${buttonTemplate(second, address)}${pair.close}`

  // One address in every cell (a page of the board's own): written as it is.
  const addresses = new Set(pairs.map(each => each.buttons[1]!.href))
  if (singles.length === 0 && addresses.size === 1) return pairCell()
  const derived = derivedAddress(
    pairs.map(each => each.buttons[1]!.href),
    records
  )
  if (derived) {
    const chosen = derived.records
    const others = records.filter(record => !chosen.includes(record))
    const by = chooser(chosen, others, postingsOf(singles, tracking), derived.field, second.href)
    if (by) return `{% if ${by} %}${pairCell(derived.address)}{% else %}${singleCell}{% endif %}`
    if (singles.length === 0) return pairCell(derived.address)
  }
  // The addresses, carried by the posting's: the rows the README has keep their buttons.
  const whens = parsed.flatMap(each => {
    if (each.buttons.length !== 2) return []
    const key = liquidArguments([withoutQuery(each.buttons[0]!.href, tracking)])
    const value = liquidArguments([each.buttons[1]!.href])
    return key && value ? [`{% when ${key} %}{% assign second = ${value} %}`] : []
  })
  return (
    `{% assign second = "" %}{% case url %}${[...new Set(whens)].join('')}{% endcase %}` +
    `{% if second != "" %}${pairCell('second')}{% else %}${singleCell}{% endif %}`
  )
}

/** A listing of the listings file init read beside the README: its fields. */
type Listing = Record<string, unknown>

/** The listings of a listings file's JSON (an array of records, or `{ "jobs": [...] }`). */
function listingRecords(given: unknown): Listing[] {
  const list = Array.isArray(given) ? given : []
  return list.filter(
    (each): each is Listing => typeof each === 'object' && each !== null && !Array.isArray(each)
  )
}

/**
 * The field every address is written from, with the same text before and after it in each
 * (`https://simplify.jobs/p/` + id + `?utm_source=GHList`): the Liquid that writes it, and the
 * listings whose field it is; undefined when no field of the listings gives every address.
 * The field's whole value stands in each address, found where it stands in the first: the
 * text around it is what a new listing's address is written with, however alike the values
 * start or end (ids `a1111111-…` and `a2222222-…`). A longer value goes first (an id before a
 * number that happens to stand in it too).
 */
function derivedAddress(
  addresses: string[],
  records: Listing[]
): { field: string; address: string; records: Listing[] } | undefined {
  const [first] = addresses
  if (records.length === 0 || addresses.length < 2 || first === undefined) return undefined
  const fields = [...new Set(records.flatMap(record => Object.keys(record)))]
  const found: Array<{ field: string; before: string; after: string; records: Listing[] }> = []
  for (const field of fields) {
    if (!/^[a-z_][\w]*$/i.test(field)) continue
    const byValue = new Map(records.map(record => [fieldText(record[field]), record]))
    // Where each value of the field stands in the first address: the text around it.
    const arounds = new Set<string>()
    for (const value of byValue.keys()) {
      if (value === '' || value === '\u0000') continue
      for (let at = first.indexOf(value); at >= 0; at = first.indexOf(value, at + 1))
        arounds.add(JSON.stringify([first.slice(0, at), first.slice(at + value.length)]))
    }
    for (const around of arounds) {
      const [before, after] = JSON.parse(around) as [string, string]
      const matched = addresses.map(address =>
        address.length > before.length + after.length &&
        address.startsWith(before) &&
        address.endsWith(after)
          ? byValue.get(address.slice(before.length, address.length - after.length))
          : undefined
      )
      if (matched.every(record => record !== undefined))
        found.push({ field, before, after, records: matched })
    }
  }
  const [best] = found.sort(
    (a, b) => a.before.length + a.after.length - (b.before.length + b.after.length)
  )
  if (!best) return undefined
  const { field, before, after } = best
  const pieces = [
    before ? ` | prepend: ${liquidArguments([before]) ?? ''}` : '',
    after ? ` | append: ${liquidArguments([after]) ?? ''}` : ''
  ]
  if (pieces.some(piece => piece.endsWith(': '))) return undefined
  return { field, address: `${field}${pieces.join('')}`, records: best.records }
}

/**
 * The condition that tells the listings of cells with two buttons (`chosen`) from the others:
 * a field other than `field` whose value is the same for all of them and differs for the
 * listings of the cells with one button (`single`, found by their posting's address) and for
 * some listing (`source == "Simplify"`), one whose value the second `address` names first;
 * undefined when none does.
 */
function chooser(
  chosen: Listing[],
  others: Listing[],
  single: Set<string>,
  field: string,
  address: string
): string | undefined {
  const singles = others.filter(record =>
    Object.values(record).some(value => single.has(fieldText(value)))
  )
  const found: Array<{ key: string; value: string; literal: string }> = []
  for (const key of Object.keys(chosen[0] ?? {})) {
    if (key === field || !/^[a-z_][\w]*$/i.test(key)) continue
    const value = chosen[0]![key]
    if (typeof value !== 'string' || value === '') continue
    if (!chosen.every(record => record[key] === value)) continue
    if (singles.some(record => record[key] === value)) continue
    if (!others.some(record => record[key] !== value)) continue
    const literal = liquidArguments([value])
    if (literal) found.push({ key, value, literal })
  }
  // A value the second address names (`Simplify` of simplify.jobs) before any other.
  const named = found.find(each => address.toLowerCase().includes(each.value.toLowerCase()))
  const best = named ?? found[0]
  return best && `${best.key} == ${best.literal}`
}

/** The posting addresses of cells of one button, without the tracking parameters. */
function postingsOf(singles: Buttons[], tracking: string): Set<string> {
  return new Set(singles.map(each => withoutQuery(each.buttons[0]!.href, tracking)))
}

/** An address without the tracking parameters a run adds (`with_query`). */
function withoutQuery(href: string, tracking: string): string {
  if (!tracking) return href
  for (const mark of ['?', '&'])
    if (href.endsWith(mark + tracking)) return href.slice(0, -(tracking.length + 1))
  return href
}

const fieldText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '\u0000'

/** The cell shape most cells have (the first of those most have, in a tie). */
function mostCommon(cells: Buttons[]): Buttons {
  const key = (each: Buttons) =>
    JSON.stringify([
      each.open,
      each.close,
      each.between,
      each.buttons.map(button => [button.before, button.after])
    ])
  const counts = new Map<string, number>()
  for (const each of cells) counts.set(key(each), (counts.get(key(each)) ?? 0) + 1)
  const most = Math.max(...counts.values())
  return cells.find(each => counts.get(key(each)) === most)!
}

/**
 * A link destination as written in Markdown (`<https://x.example/1>`, `a\\_b`), read as
 * CommonMark reads it: no angle brackets, escapes and character references resolved.
 */
function destinationOf(written: string): string {
  return markdownLink(`[x](${written})`) ?? written
}

/** The address of a cell's first Markdown link, as CommonMark reads it (destinationOf). */
function markdownLink(cell: string): string | undefined {
  if (!cell.includes('](')) return undefined
  let found: string | undefined
  const visit = (node: { type: string; url?: string; children?: unknown[] }): void => {
    if (found !== undefined) return
    if (node.type === 'link') found = node.url
    else for (const child of node.children ?? []) visit(child as typeof node)
  }
  visit(fromMarkdown(cell))
  return found
}

/**
 * An image button: a Markdown image in a Markdown link (its text and image; the image inline,
 * `![Apply](…/apply.png)`, or a reference to the README's definition, `![Apply][btn]`,
 * `![Apply][]`, `![btn]`), or an HTML image (img) in an HTML anchor or in a Markdown link.
 */
const BUTTONS = [
  /^\[!\[[^\]]*\](?:\((?:<[^<>\n]*>|[^)\s]+)\)|\[[^\]]*\])?\]\((?<href><[^<>\n]*>|[^)\s]+)\)/d,
  /^<a\s[^>]*\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'=<>`]+))[^>]*>\s*(?<img><img\s[^>]*>)\s*<\/a\s*>/di,
  /^\[\s*(?<img><img\s[^>]*>)\s*\]\((?<href><[^<>\n]*>|[^)\s]+)\)/di
]

/** A whole cell that is an HTML anchor around text alone (`<a href="…">Apply</a>`). */
const TEXT_ANCHOR =
  /^<a\s[^>]*\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'=<>`]+))[^>]*>[^<]*<\/a\s*>$/di

/**
 * Texts as a filter's arguments, each in the quotes it does not hold (a Liquid string has no
 * escapes); undefined when one holds both.
 */
function liquidArguments(texts: string[]): string | undefined {
  const quoted = texts.map(text =>
    !text.includes('"') ? `"${text}"` : !text.includes("'") ? `'${text}'` : undefined
  )
  return quoted.includes(undefined) ? undefined : quoted.join(', ')
}

/** A column's sample cells that show a listing: not empty, not a repeated company's ↳, not 🔒. */
function shownSamples(samples: string[] = []): string[] {
  return samples.filter(sample => sample !== '' && !isRepeatMark(sample) && !sample.includes('🔒'))
}

/**
 * The board's row settings its cells show: `repeat-company` (↳), with `repeat-company-when:
 * same-age` when the table has an Age column (a board that shows ages compares them, as
 * SimplifyJobs' 2026 script does; one with a Date column compares days), `closed: mark` (🔒).
 * Read in every row, not only the first ones the cell guesses read: a board whose first closed
 * row is its 446th (SimplifyJobs' Summer 2025 list) shows its closed rows all the same.
 */
function rowShape(table: FoundTable): Record<string, string> {
  const shape: Record<string, string> = {}
  const repeat = table.cells.flat().find(isRepeatMark)
  if (repeat) shape['repeat-company'] = repeat
  const ages = table.headers.some((header, index) =>
    isAgeColumn(header, shownSamples(table.samples[index]))
  )
  if (repeat && ages) shape['repeat-company-when'] = 'same-age'
  if (table.cells.flat().some(cell => cell.includes('🔒'))) shape.closed = 'mark'
  return shape
}

/** The addresses of a tree's anchors, as a browser reads them. */
function hrefs(node: HastRoot | Element): string[] {
  return node.children.flatMap(child => {
    if (child.type !== 'element') return []
    const href = child.tagName === 'a' ? child.properties.href : undefined
    return [...(typeof href === 'string' ? [href] : []), ...hrefs(child)]
  })
}

const isRepeatMark = (sample: string): boolean => /^[↳⤷↪]$/u.test(sample.trim())

/**
 * A Location column's template, from its cells: the items of a cell of several joined by the
 * markup between them (`</br>`, `<br>`), and those of more than some number collapsed into
 * `<details><summary>**5 locations**</summary>…</details>` (the number: one fewer than the
 * fewest items a collapsed cell holds; the word: the summary's). A column with no cell of several keeps
 * `{{ location }}`.
 */
function locationGuess(cells: string[], itemMark = ''): string {
  const collapsed = cells.flatMap(cell => {
    const found = COLLAPSED.exec(cell.trim())
    return found ? [{ count: Number(found[1]), noun: found[2]!, items: found[3]! }] : []
  })
  const open = cells.filter(cell => !COLLAPSED.test(cell.trim()))
  const lists = [...open, ...collapsed.map(each => each.items)]
  const separators = lists.flatMap(cell => cell.match(SEPARATOR) ?? [])
  if (separators.length === 0 && collapsed.length === 0) return '{{ location }}'
  const separator = separatorRun(mostFrequent(separators) ?? '</br>', lists, itemMark)
  const count = (cell: string) => cell.split(separator).length
  const shown = Math.max(1, ...open.map(count))
  // Every collapsed cell must hold as many items as its summary says, more than any cell shows;
  // the most a cell shows is one fewer than the fewest a collapsed one holds.
  const nouns = new Set(collapsed.map(each => each.noun))
  const [noun] = nouns
  const consistent =
    nouns.size === 1 &&
    collapsed.every(each => count(each.items) === each.count && each.count > shown)
  const limit = Math.min(...collapsed.map(each => each.count)) - 1
  const args = liquidArguments(consistent && noun ? [noun, separator] : [separator])
  if (!args) return '{{ location }}'
  if (!consistent || !noun) return `{{ locations | join: ${args} }}`
  const [word, between] = args.split(', ')
  return separator === '</br>'
    ? `{{ locations | details: ${limit}, ${word} }}`
    : `{{ locations | details: ${limit}, ${word}, ${between} }}`
}

/**
 * A cell the `details` filter collapsed: its count, its word and its items. Its summary's
 * `**…**` is bold as GitHub shows it: `<strong>…</strong>` in an HTML table's cell.
 */
const COLLAPSED =
  /^<details>\s*<summary>(?:\*\*|<strong>)(\d+) ([^*<>]+)(?:\*\*|<\/strong>)<\/summary>([^]*)<\/details>$/i
/** The markup between the items of a cell: a line break as boards write it. */
const SEPARATOR = /<\/?br\s*\/?>/gi

/**
 * The whole text between two items of the cells, around each `tag` (`<br>`): the spaces every
 * one has before and after it, and `itemMark` where the cell's first item starts with it and
 * every other item does too (`- Leesburg, VA <br> - Chandler, AZ`: ` <br> - `).
 */
function separatorRun(tag: string, cells: string[], itemMark: string): string {
  const before: string[] = []
  const after: string[] = []
  const mark = itemMark.trimStart()
  for (const cell of cells)
    for (let at = cell.indexOf(tag); at !== -1; at = cell.indexOf(tag, at + tag.length)) {
      before.push(/[ \t]*$/.exec(cell.slice(0, at))![0])
      const rest = cell.slice(at + tag.length)
      const space = /^[ \t]*/.exec(rest)![0]
      after.push(mark !== '' && rest.startsWith(mark, space.length) ? space + mark : space)
    }
  const shared = (texts: string[]) => (texts.every(text => text === texts[0]) ? texts[0]! : '')
  return before.length === 0 ? tag : shared(before) + tag + shared(after)
}

/** The text most of `texts` are (the first of those most are, in a tie). */
function mostFrequent(texts: string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
  const most = Math.max(0, ...counts.values())
  return texts.find(text => counts.get(text) === most)
}

/**
 * The posting each body row links (its posting column's first link, without the tracking
 * parameters a run adds); undefined for a row that links none (a closed role's 🔒).
 */
function rowPostings(
  table: FoundTable,
  tracking: string,
  records: Listing[]
): (string | undefined)[] {
  const column = postingColumn(table, records)
  return (table.cells[column] ?? []).map(cell => {
    const href = cellLink(cell)
    return href ? withoutQuery(href, tracking) : undefined
  })
}

/** The address a cell links first: its image button's, anchor's, Markdown link's, or bare. */
function cellLink(cell: string): string | undefined {
  return (
    imageButtons(cell)?.buttons[0]?.href ??
    hrefs(fromHtml(cell, { fragment: true }))[0] ??
    markdownLink(cell.replace(/!\[[^\]]*\]\([^)]*\)/g, '')) ??
    bareAddress(cell)
  )
}

/**
 * A mark a cell writes before or after its value: an emoji or a flag (`🔥`, `🛂`, `🇺🇸`), not a
 * sign text writes (`™`, `©`).
 */
const MARK = /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator})/u

/**
 * A cell's marks before and after its value, each with the space between it and the value
 * (`🔥 `, ` 🛂`), and the value between them; 🔒 (a closed role's) is no such mark. Marks before
 * the value may stand inside the markup that opens the cell, at the start of a link's text
 * (`**[🔥 NVIDIA](…)**`, `<strong><a href="…">🔥 NVIDIA</a></strong>`): `lead` is that markup
 * (`**[`), '' when they open the cell; `value` starts with it.
 */
function marksOf(cell: string): { before: string[]; value: string; after: string[]; lead: string } {
  const pieces = [...GRAPHEMES.segment(cell.trim())].map(each => each.segment)
  const isMark = (piece: string | undefined) =>
    piece !== undefined && MARK.test(piece) && !piece.startsWith('🔒')
  // A mark stands apart from the value, by a space: `🔥 Google`, not `🚀Acme`.
  const markAt = (index: number, last: number) =>
    isMark(pieces[index]) && /^\s$/.test(pieces[index + 1] ?? '') && index + 2 < last
  const before: string[] = []
  const after: string[] = []
  let [first, last] = [0, pieces.length]
  // The markup that opens the cell, in whole graphemes, when no mark stands before it.
  const opening = OPENING_MARKUP.exec(cell.trim())?.[0] ?? ''
  let start = 0
  if (!markAt(0, last) && opening !== '')
    for (let length = 0; start < pieces.length && length < opening.length; start++)
      length += pieces[start]!.length
  if (start > 0 && pieces.slice(0, start).join('') === opening && markAt(start, last)) first = start
  const lead = pieces.slice(0, first).join('')
  while (markAt(first, last)) {
    before.push(pieces.slice(first, first + 2).join(''))
    first += 2
  }
  for (;;) {
    if (!isMark(pieces[last - 1]) || !/^\s$/.test(pieces[last - 2] ?? '') || last - 2 <= first)
      break
    after.unshift(pieces.slice(last - 2, last).join(''))
    last -= 2
  }
  return { before, value: lead + pieces.slice(first, last).join(''), after, lead }
}

/** Markup that opens a cell before its text: emphasis, a link's `[`, opening HTML tags. */
const OPENING_MARKUP = /^(?:\*\*|__|[*_]|\[|<[a-z][^<>]*>)+/i

/** A cell without the marks of `before` and `after` it writes (marksOf), the others kept. */
function withoutMarks(cell: string, before: string[], after: string[]): string {
  const { before: leading, value, after: trailing, lead } = marksOf(cell)
  return [
    lead,
    ...leading.filter(mark => !before.includes(mark)),
    value.slice(lead.length),
    ...trailing.filter(mark => !after.includes(mark))
  ].join('')
}

/**
 * A column's template with the marks its cells write before or after the value on some rows
 * only (`🔥 ` before a company, ` 🛂` after a title): `guess` makes the template of the value
 * from the cells without them; a mark every cell writes stays in the cells, as written.
 *
 * A mark follows a field of the listings beside the README when the rows with it are exactly
 * those whose listing has one of some values of that field, the field with the fewest such
 * values (`{{ sponsorship | mark: "Does Not Offer Sponsorship", " 🛂" }}`). Otherwise, or with
 * no listings, the boards file carries the postings whose rows write it (`{% case url %}`), so
 * that the rows the README has keep their marks.
 */
function withMarks(
  {
    rows,
    postings,
    listings,
    names,
    records,
    unkept = [],
    closed = [],
    notes,
    where
  }: {
    rows: string[]
    postings: (string | undefined)[]
    listings: (Listing | undefined)[]
    names: (RowName | undefined)[]
    records: Listing[]
    unkept?: UnkeptMark[]
    closed?: boolean[]
    notes?: string[]
    where?: string
  },
  samples: string[],
  guess: (samples: string[]) => string,
  field?: string
): string {
  const shown = rows.flatMap((cell, row) =>
    shownSamples([cell]).length > 0 ? [{ row, ...marksOf(cell) }] : []
  )
  // The column's cells of the rows a run shows closed (a 🔒 in the row: closed: mark), and what
  // they write before their first link (`🔒 **[Closed]** 🔒 ` before `[Data Eng](…)`) when every
  // one writes the same there and no open row's cell does.
  const lockedCells = rows.filter((cell, row) => closed[row] === true && cell.includes('🔒'))
  const labels = new Set(lockedCells.map(beforeLink))
  const [shared] = labels
  const label =
    labels.size === 1 &&
    shared !== undefined &&
    shared.trim() !== '' &&
    shown.every(each => {
      const open = beforeLink(rows[each.row] ?? '')
      return open !== undefined && !open.includes(shared.trim())
    })
      ? shared
      : undefined
  // A mark every open row writes and no closed row (`✅ ` before an open role's link): the run
  // writes it by `active`, as it writes 🔒 by it, or the closed rows would show it too.
  const closedMarks = rows.flatMap((cell, row) =>
    closed[row] === true ? [cell.includes('🔒') ? (label ?? '') : marksOf(cell)] : []
  )
  const openRows = shown.filter(each => closed[each.row] !== true)
  const open = (side: 'before' | 'after') => {
    if (closedMarks.length === 0 || openRows.length === 0) return []
    return openRows[0]![side].filter(
      mark =>
        openRows.every(each => each[side].includes(mark)) &&
        closedMarks.every(each =>
          typeof each === 'string' ? !each.includes(mark.trim()) : !each[side].includes(mark)
        )
    )
  }
  const openBefore = open('before')
  const openAfter = open('after')
  if (openBefore.length > 0 || openAfter.length > 0 || label !== undefined) {
    const strip = (cell: string) => withoutMarks(cell, openBefore, openAfter)
    const value = withMarks(
      {
        rows: rows.map(cell => (cell.includes('🔒') ? cell : strip(cell))),
        postings,
        listings,
        names,
        records,
        unkept,
        ...(notes ? { notes } : {}),
        ...(where === undefined ? {} : { where })
      },
      samples.map(each => (shownSamples([each]).length > 0 ? strip(each) : each)),
      guess,
      field
    )
    const branch = (marks: string[], closedText = '') =>
      marks.length === 0 && closedText === ''
        ? ''
        : `{% if active %}${liquidText(marks.join(''))}${closedText === '' ? '' : `{% else %}${liquidText(closedText)}`}{% endif %}`
    return `${branch(openBefore, label ?? '')}${value}${branch(openAfter)}`
  }
  // Marks some rows write and others not; where every row writes one of its own (`🟢 `,
  // `🍎 `, an icon per company), they tell nothing of a listing and are left out, as before.
  // A mark the listing's own text carries (a title `Hardware Intern 🎓`): the field writes it,
  // the cell shows it as the field renders, and a mark of the template would write it twice.
  const carried = (mark: string) => {
    const marked = shown.filter(each => each.before.includes(mark) || each.after.includes(mark))
    const carries = (row: number) => {
      const record = listings[row]
      const cell = plainText(rows[row] ?? '')
      return (
        record !== undefined &&
        Object.values(record).some(value =>
          (Array.isArray(value) ? value : [value]).some(
            each =>
              typeof each === 'string' && each.includes(mark.trim()) && cell.includes(each.trim())
          )
        )
      )
    }
    return marked.length > 0 && marked.every(each => carries(each.row))
  }
  const varying = (side: 'before' | 'after') => {
    if (shown.every(each => each[side].length > 0)) return []
    const marks = [...new Set(shown.flatMap(each => each[side]))]
    return marks.filter(mark => !shown.every(each => each[side].includes(mark)) && !carried(mark))
  }
  const before = varying('before')
  const after = varying('after')
  if (before.length === 0 && after.length === 0) return guess(samples)
  const strip = (cell: string) => withoutMarks(cell, before, after)
  const condition = (mark: string, side: 'before' | 'after') => {
    const marked = new Set(shown.filter(each => each[side].includes(mark)).map(each => each.row))
    return markTemplate(
      mark,
      shown.map(each => ({
        marked: marked.has(each.row),
        posting: postings[each.row],
        record: listings[each.row],
        name: names[each.row]
      })),
      records,
      names.flatMap((name, row) => (name && !marked.has(row) ? [name] : [])),
      name => unkept.push({ mark: mark.trim(), name }),
      note => notes?.push(`${where === undefined ? '' : `In ${where}: `}${note}`)
    )
  }
  const value = guess(samples.map(each => (shownSamples([each]).length > 0 ? strip(each) : each)))
  // A mark the rows write inside the markup that opens the cell (`**[🔥 NVIDIA](…)**`) goes
  // where they write it, before the value in the link's text: a capture of both, written where
  // the template writes the value.
  const inside = (mark: string) =>
    field !== undefined &&
    shown.filter(each => each.before.includes(mark)).every(each => each.lead !== '')
  const within = before.filter(inside)
  const output = new RegExp(`\\{\\{ ${field ?? ''}(?= \\||\\s*\\}\\})`, 'g')
  const placed =
    within.length > 0 && output.test(value)
      ? `{% capture ${field}_text %}${within.map(mark => condition(mark, 'before')).join('')}{{ ${field} }}{% endcapture %}${value.replace(output, `{{ ${field}_text`)}`
      : undefined
  return [
    ...before
      .filter(mark => placed === undefined || !within.includes(mark))
      .map(mark => condition(mark, 'before')),
    placed ?? value,
    ...after.map(mark => condition(mark, 'after'))
  ].join('')
}

/**
 * The field whose values the rows that are `marked` have and the others not (see withMarks):
 * at most one row in MARK_MISSES of them disagreeing, each value shared by two listings at
 * least, of the fields that fit alike the one of the fewest values; undefined when none fits.
 */
function fieldRule(
  rows: Array<{ marked: boolean; record?: Listing }>,
  records: Listing[],
  mark?: string
):
  | {
      field: string
      values: string[]
      flags: boolean
      /** The other fields that tell the marked rows alike, and whether the choice was by meaning. */
      others: { field: string; values: string[] }[]
      meant: boolean
    }
  | undefined {
  const known = rows.filter(row => row.record !== undefined)
  const markedRows = known.filter(row => row.marked)
  if (markedRows.length === 0) return undefined
  const shared = valueCounts(records)
  const fits: { field: string; values: string[]; misses: number; kinds: number }[] = []
  const fields = new Set(markedRows.flatMap(row => Object.keys(row.record!)))
  const dated = new Set(dateFields(records, [...fields]))
  for (const field of fields) {
    if (!/^[a-z_][\w]*$/i.test(field) || dated.has(field) || !isCategory(field, records)) continue
    // A field's text, or the items of its list (`degrees`: the mark filter matches any).
    const list = known.some(row => Array.isArray(row.record![field]))
    const texts = (row: (typeof known)[number]) => {
      const given = row.record![field]
      return (Array.isArray(given) ? given : [given])
        .map(ruleText)
        .filter(each => each !== '\u0000' && each !== '')
    }
    // The values more rows with the mark have than rows without it (of a list, the one).
    const tally = new Map<string, number>()
    for (const row of known)
      for (const each of new Set(texts(row)))
        tally.set(each, (tally.get(each) ?? 0) + (row.marked ? 1 : -1))
    const ranked = [...tally].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1])
    const values = (list ? ranked.slice(0, 1) : ranked).map(([each]) => each)
    const misses = known.filter(
      row => row.marked !== texts(row).some(each => values.includes(each))
    ).length
    // Of fields that fit alike, the one of the fewest values in the listings (sponsorship's
    // few kinds before a date or a name that a few marked rows happen to share).
    const kinds = shared.get(field)?.size ?? 0
    // Enough rows to tell: each value on MARK_ROWS marked rows at least, or the field a few
    // kinds across the listings (a flag, a sponsorship's); two rows that share a value by
    // chance tell nothing of new rows.
    const few = kinds <= MARK_KINDS && kinds < records.length
    // Values each shared by two listings at least, but of a field of a few kinds (one marked
    // row's "Does Not Offer Sponsorship"): a value of a listing's own (an id, an address)
    // tells nothing of new rows.
    if (
      values.length === 0 ||
      (!few && values.some(each => (shared.get(field)?.get(each) ?? 0) < 2))
    )
      continue
    if (misses * MARK_MISSES > markedRows.length) continue
    const seen = (value: string) =>
      markedRows.filter(row => texts(row).includes(value)).length >= MARK_ROWS
    if (!few && !values.every(seen)) continue
    fits.push({ field, values, misses, kinds })
  }
  if (fits.length === 0) return undefined
  // Of the fields that tell the rows best: one whose name or marked value speaks of the mark's
  // meaning (🛂: sponsorship), else one whose marked value recurs in listings the table does not
  // show (a kind of listing, not the rows' chance), then the fewest kinds, the fewest values.
  const least = Math.min(...fits.map(fit => fit.misses))
  const tied = fits.filter(fit => fit.misses === least)
  const meaning = mark === undefined ? undefined : markMeaning(mark)
  const speaks = (fit: (typeof fits)[number]) =>
    meaning !== undefined && [fit.field, ...fit.values].some(text => meaning.test(text))
  const shownRecords = new Set(known.map(row => row.record))
  const recurs = (fit: (typeof fits)[number]) =>
    records.some(
      record =>
        !shownRecords.has(record) &&
        (Array.isArray(record[fit.field]) ? (record[fit.field] as unknown[]) : [record[fit.field]])
          .map(ruleText)
          .some(each => fit.values.includes(each))
    )
  const rank = (fit: (typeof fits)[number]) => [
    speaks(fit) ? 0 : 1,
    recurs(fit) ? 0 : 1,
    fit.kinds,
    fit.values.length
  ]
  const [best] = [...tied].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)]
    const at = x.findIndex((each, index) => each !== y[index])
    return at < 0 ? 0 : x[at]! - y[at]!
  })
  return {
    field: best!.field,
    values: best!.values,
    flags: records.every(record => typeof (record[best!.field] ?? false) === 'boolean'),
    others: tied.filter(fit => fit !== best).map(({ field, values }) => ({ field, values })),
    meant: speaks(best!)
  }
}

/**
 * What a mark stands for, as words a field's name or value may hold (🛂: a visa, sponsorship):
 * read when several fields tell the marked rows alike. Undefined for a mark not known here.
 */
const MARK_MEANINGS: [string, RegExp][] = [
  ['🛂', /visa|sponsor/i],
  ['🇺🇸', /citizen/i],
  ['🎓', /degree|master|ph\.?d|doctor/i],
  ['🔒', /closed/i],
  ['🔥', /faang|hot/i]
]
const markMeaning = (mark: string): RegExp | undefined =>
  MARK_MEANINGS.find(([each]) => mark.includes(each))?.[1]

/**
 * The condition on a field of the listings under which the company cells link the company's
 * page (`active == true`: a closed role's row names it unlinked), from the rows whose listing
 * has a page; '' when every such row links it, or no field tells them.
 */
function linkCondition(column: {
  rows: string[]
  listings: (Listing | undefined)[]
  records: Listing[]
}): string {
  const rows = column.rows.flatMap((cell, row) => {
    const record = column.listings[row]
    const page = record?.company_url
    if (shownSamples([cell]).length === 0 || typeof page !== 'string' || page.trim() === '')
      return []
    return [{ marked: /\]\(\S+?\)|<a\s[^>]*\bhref=/i.test(cell), record }]
  })
  if (rows.every(row => row.marked) || !rows.some(row => row.marked)) return ''
  const rule = fieldRule(rows, column.records)
  if (!rule) return ''
  const literals = rule.values.map(value => (rule.flags ? value : liquidArguments([value])))
  if (literals.some(each => each === undefined)) return ''
  return literals.map(literal => `${rule.field} == ${literal}`).join(' or ')
}

/**
 * `company-url: fill` when the table links the company of a row whose listing has no company
 * page to the page another listing of that company has (a company: the field of the row's
 * listing that holds its name, as the feed writes it); `fill-shown` when each such page is that
 * of a listing the table shows, and a row names a company unlinked whose page only a listing the
 * table does not show has (the board fills links from its own rows). Undefined when no row's
 * link comes from another listing.
 */
function companyUrlFill(
  table: FoundTable,
  listings: (Listing | undefined)[],
  records: Listing[]
): 'fill' | 'fill-shown' | undefined {
  const column = table.headers.findIndex(header => COMPANY.test(header))
  if (column < 0 || records.length === 0) return undefined
  const tracking = trackingQuery(table.columnLinks[column] ?? [])
  const page = (record: Listing | undefined) => {
    const url = record?.company_url
    return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined
  }
  const shown = new Set(listings.filter(each => each !== undefined))
  let [filled, fromShown, onlyUnshown] = [0, 0, 0]
  let company = ''
  table.cells[column]?.forEach((cell, row) => {
    const written = plainText(marksOf(cell).value)
    if (!isRepeatMark(written)) company = written
    const listing = listings[row]
    if (!listing || page(listing) || company === '' || isRepeatMark(cell.trim())) return
    // The listing's field that holds the company's name, and the other listings of that name.
    const field = nameField(listing, company)
    if (!field) return
    const others = records.filter(
      record => record !== listing && record[field] === listing[field] && page(record)
    )
    const href =
      hrefs(fromHtml(cell, { fragment: true }))[0] ??
      markdownLink(cell.replace(/!\[[^\]]*\]\([^)]*\)/g, ''))
    if (href === undefined) {
      if (others.length > 0 && !others.some(record => shown.has(record))) onlyUnshown += 1
      return
    }
    const from = others.filter(record => page(record) === withoutQuery(href, tracking))
    if (from.length === 0) return
    filled += 1
    if (from.some(record => shown.has(record))) fromShown += 1
  })
  if (filled === 0) return undefined
  return fromShown === filled && onlyUnshown > 0 ? 'fill-shown' : 'fill'
}

/** The field of a listing whose text is `name` (the company a row shows), trimmed. */
const nameField = (listing: Listing, name: string): string | undefined =>
  Object.keys(listing).find(
    key => typeof listing[key] === 'string' && (listing[key] as string).trim() === name
  )

/**
 * The field of the listings that holds the company the rows show: the one most rows' listings
 * hold it in (a `↳` row's company: the row's above); undefined with no Company column.
 */
function companyField(table: FoundTable, listings: (Listing | undefined)[]): string | undefined {
  const column = table.headers.findIndex(header => COMPANY.test(header))
  if (column < 0) return undefined
  const found: string[] = []
  let company = ''
  table.cells[column]?.forEach((cell, row) => {
    const written = plainText(marksOf(cell).value)
    if (!isRepeatMark(written)) company = written
    const listing = listings[row]
    const field = listing && company !== '' ? nameField(listing, company) : undefined
    if (field) found.push(field)
  })
  return mostFrequent(found)
}

/**
 * The sort keys that order the rows the listings match as the README has them, when the
 * default order (newest first) does not: a flag first (`active`, desc: open roles first), the
 * posting date, newest first, at the time or by its day in a time zone, ties by the company's
 * name (`company`, case or not), then by another date. A key is written only where it
 * decides some rows' order, and the keys only when, with the feed's order for the ties left,
 * they give every row its place; none otherwise (the default order stays), and `reordered` when
 * no keys give every row its place (the first run moves some: init says so).
 */
function guessedSort(
  listings: (Listing | undefined)[],
  records: Listing[],
  company: string | undefined,
  mapping: RunSettings['fields'] = {}
): { sort?: Record<string, unknown>[]; reordered: boolean } {
  // The rows' listings, each once, in the table's order, as the run would hold them.
  const rows = [...new Set(listings.filter(each => each !== undefined))]
  if (rows.length < 2) return { reordered: false }
  const position = new Map(records.map((record, index) => [record, index]))
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: 'USD' })
  const held = rows.map(record => sortable(record, position.get(record) ?? 0, mapping, normalize))
  // Every row in its place: the ties left in the feed's order, as the run leaves them; with no
  // keys, in the default order (newest first, then company, title and id).
  const places = (keys: SortKey[]) => {
    const compare = sortComparator(keys, 'UTC')
    return held.every((each, row) => row === 0 || compare(held[row - 1]!, each) < 0)
  }
  if (places([])) return { reordered: false }
  // Its own fields, and `posted_at` where the run reads it from the field of that name.
  const fields = [...new Set(records.flatMap(record => Object.keys(record)))].filter(
    field =>
      /^[a-z_]\w*$/i.test(field) &&
      (field === 'active' ||
        (field === 'posted_at' && (mapping.posted_at ?? 'posted_at') === 'posted_at') ||
        !isCanonical(field))
  )
  const present = (field: string) => records.filter(record => record[field] !== undefined)
  const flags = fields.filter(field =>
    present(field).every(record => typeof record[field] === 'boolean')
  )
  const dates = dateFields(records, fields)
  const orders = ['desc', 'asc'] as const
  const key = (field: string, order: 'asc' | 'desc', extra: Partial<SortKey> = {}): SortKey => ({
    field,
    order,
    ignoreCase: false,
    ...extra
  })
  const firsts = [undefined, ...flags.flatMap(field => orders.map(order => key(field, order)))]
  const posted = dates.flatMap(field => [
    key(field, 'desc'),
    ...SORT_ZONES.map(timezone => key(field, 'desc', { by: 'day', timezone }))
  ])
  const names = company
    ? [
        undefined,
        ...[false, true].flatMap(ignoreCase =>
          orders.map(order => key(company, order, { ignoreCase }))
        )
      ]
    : [undefined]
  // Each key's values of the rows, read once (a day in a time zone costs an Intl call).
  const values = new Map<SortKey, Value[]>()
  const valuesOf = (each: SortKey) => {
    let found = values.get(each)
    if (!found) {
      const read = keyReader(each, 'UTC')
      found = held.map(read)
      values.set(each, found)
    }
    return found
  }
  // No two rows next to each other in the wrong order by `keys` (rows they tie on may be).
  const fits = (keys: SortKey[]) =>
    held.every((_, row) => {
      if (row === 0) return true
      for (const each of keys) {
        const [before, after] = [valuesOf(each)[row - 1], valuesOf(each)[row]]
        const order = compareValues(before, after, each.order === 'desc' ? -1 : 1)
        if (order !== 0) return order < 0
      }
      return true
    })
  for (const first of firsts) {
    const start = first ? [first] : []
    if (first && !fits(start)) continue
    for (const date of posted) {
      const byDate = [...start, date]
      if (!fits(byDate)) continue
      for (const name of names) {
        const byName = name ? [...byDate, name] : byDate
        if (name && !fits(byName)) continue
        const lasts = [
          undefined,
          ...dates
            .filter(field => field !== date.field)
            .flatMap(field => orders.map(order => key(field, order)))
        ]
        for (const last of lasts) {
          const keys = last ? [...byName, last] : byName
          if (!places(keys)) continue
          return { sort: keys.map(sortKeyYaml), reordered: false }
        }
      }
    }
  }
  // No keys give every row its place: the first run's order, the default's, moves some.
  return { reordered: held.every(each => Number.isFinite(each.postedAt)) }
}

/**
 * The fields (of `fields`) every listing that has them writes a date in: Unix seconds or
 * milliseconds, or an ISO 8601 date.
 */
function dateFields(
  records: Listing[],
  fields = [...new Set(records.flatMap(record => Object.keys(record)))]
): string[] {
  return fields.filter(field => {
    const values = records.flatMap(record => (record[field] === undefined ? [] : [record[field]]))
    return (
      values.length > 0 &&
      values.every(
        value =>
          (typeof value === 'number' && value >= 100_000_000) ||
          (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim()))
      ) &&
      values.every(value => timeOf(value) !== undefined)
    )
  })
}

/**
 * The time zone whose days the table's Date column shows (`Oct 23`), when it is not UTC's (the
 * default): the first of SORT_ZONES in which a date field of every row's listing falls on the
 * day its cell shows, the cells that show a day without its year, some of which UTC's day
 * would not match; undefined otherwise.
 */
function guessedTimezone(
  table: FoundTable,
  listings: (Listing | undefined)[],
  records: Listing[]
): string | undefined {
  const column = table.headers.findIndex(
    (header, index) =>
      /date|posted|added/i.test(header) && !isAgeColumn(header, shownSamples(table.samples[index]))
  )
  if (column < 0) return undefined
  // The rows' listings, and the day their cells show, read by the pattern the column's template
  // writes (dateGuess): the month and day (`10-23`), and the year where the pattern has one.
  const cells = (table.cells[column] ?? []).map(cellText)
  const format = dateFormatOf(datedCells(cells))
  const start = format && /%-?[Yy]/.test(format) ? 0 : 5
  const shown = cells.flatMap((cell, row) => {
    const listing = listings[row]
    const time = !listing ? undefined : format ? readBy(cell, format) : inYearOf(cell, 2000)
    return listing && time !== undefined
      ? [{ listing, day: new Date(time).toISOString().slice(start, 10) }]
      : []
  })
  if (shown.length < 3) return undefined
  for (const field of dateFields(records)) {
    const zone = SORT_ZONES.find(timezone =>
      shown.every(({ listing, day }) => {
        const when = whenOf(listing[field])
        return when !== undefined && calendarDay(when, timezone).slice(start) === day
      })
    )
    if (zone) return zone === 'UTC' ? undefined : zone
  }
  return undefined
}

/**
 * The time zones whose days a `by: day` key is tried in: UTC, then zones around the world,
 * the Americas first (of the boards init has met, SimplifyJobs' write Pacific days).
 */
const SORT_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney'
]

const isCanonical = (field: string): boolean =>
  (CANONICAL_FIELDS as readonly string[]).includes(field)

/**
 * A listing of the listings file as a sort reads it: its record, its place in the file, and
 * `active` as the run reads it (true unless the record says false).
 */
function sortable(
  record: Listing,
  position: number,
  mapping: RunSettings['fields'],
  normalize: ReturnType<typeof createNormalizer>
): ModelListing {
  // As the run reads it (its company, title and id for the default order's ties); a record
  // the run would refuse, by the fields a sort reads.
  const read = normalize(record, position + 1)
  if (read.ok) return read.listing
  const active = record.active
  return {
    record,
    position: position + 1,
    active: typeof active === 'boolean' ? active : true,
    postedAt: timeOf(record[mapping.posted_at ?? 'posted_at'])
  } as unknown as ModelListing
}

/**
 * The category every row's listing is of (by select/category.ts's rule: the categories a
 * listing names, else its title's keywords) while some listings beside the README are not: a
 * board of one category (a jobr "Backend Developer Jobs" README) whose listings file holds
 * others. Undefined when a row has no listing, or no one category tells the rows from the rest.
 */
function guessedCategory(
  listings: (Listing | undefined)[],
  records: Listing[],
  mapping: RunSettings['fields'] = {}
): { name: string; others: number } | { names: string[]; others: number } | undefined {
  if (listings.length === 0 || listings.some(each => each === undefined)) return undefined
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: 'USD' })
  const read = (record: Listing, index: number) => {
    const listing = normalize(record, index + 1)
    return listing.ok ? listing.listing : undefined
  }
  const all = records.map(read).filter(each => each !== undefined)
  const rows = (listings as Listing[]).map(record => read(record, records.indexOf(record)))
  if (rows.some(each => each === undefined)) return undefined
  const named = rows.flatMap(row => row!.categories ?? [])
  const candidates = [...new Set([...named, ...Object.keys(CATEGORY_KEYWORDS)])]
  const fitting = candidates.flatMap(name => {
    const matches = categoryMatcher(name)
    if (!rows.every(row => matches(row!))) return []
    const others = all.filter(listing => !matches(listing)).length
    return others > 0 ? [{ name, others }] : []
  })
  // The one that leaves out most of the others: the narrowest category that holds every row.
  const [best, next] = fitting.sort((a, b) => b.others - a.others)
  if (best && (!next || next.others < best.others)) return best
  // Of two alike, the one the rows' listings name: their "Software Engineering" over the built-in
  // software-engineering, whose keywords hold the same listings.
  const own = fitting.filter(each => each.others === best?.others && named.includes(each.name))
  if (own.length === 1) return own[0]
  // No one category holds every row, or two alike: the rows' own names, each row naming one at
  // least (a table of "Software" and "Software Engineering" roles), when they leave some out.
  // Each name as the rows' listings write it (the run reads them lower-cased).
  const written = (listings as Listing[]).flatMap(record => {
    const value = readPath(record, mapping.categories ?? 'categories')
    return (Array.isArray(value) ? value : [value]).filter(each => typeof each === 'string')
  })
  const wanted = new Map(
    named.map(name => [
      name.toLowerCase(),
      written.find(each => each.trim().toLowerCase() === name.toLowerCase())?.trim() ?? name
    ])
  )
  const within = (listing: ModelListing) =>
    (listing.categories ?? []).some(name => wanted.has(name.toLowerCase()))
  if (best || wanted.size < 2 || !rows.every(row => within(row!))) return undefined
  const others = all.filter(listing => !within(listing)).length
  return others > 0 ? { names: [...wanted.values()], others } : undefined
}

/** A sort key as a boards file writes it. */
function sortKeyYaml(key: SortKey): Record<string, unknown> {
  return {
    field: key.field,
    order: key.order,
    ...(key.by ? { by: key.by, timezone: key.timezone } : {}),
    ...(key.ignoreCase ? { 'ignore-case': true } : {})
  }
}

/** A value as a rule reads it: a text, a number or a flag (`true`), else none (`\u0000`). */
const ruleText = (value: unknown): string =>
  typeof value === 'boolean' ? String(value) : fieldText(value)

/** Per field, how many listings have each of its values (or items of its list). */
function valueCounts(records: Listing[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>()
  for (const record of records)
    for (const [field, given] of Object.entries(record)) {
      const values = counts.get(field) ?? new Map<string, number>()
      counts.set(field, values)
      for (const each of new Set((Array.isArray(given) ? given : [given]).map(ruleText)))
        values.set(each, (values.get(each) ?? 0) + 1)
    }
  return counts
}

/**
 * Whether a field of the listings may be the reason for a mark (withMarks): not one each
 * listing has of its own or that places, dates, counts or names it (an id, an address, a
 * location, a date or time, a number, a title, a company), by its name or by its values; a
 * flag or a category (`sponsorship`, `degrees`, `is_faang`) may.
 */
function isCategory(field: string, records: Listing[]): boolean {
  const words = field
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
  if (words.some(word => OWN_WORDS.has(word))) return false
  const values = records.flatMap(record => {
    const given = record[field]
    return given === undefined || given === null ? [] : Array.isArray(given) ? given : [given]
  })
  return !values.some(
    value =>
      typeof value === 'number' ||
      (typeof value === 'string' &&
        (/^[-+]?\d+(?:[.,]\d+)?$/.test(value.trim()) ||
          /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ||
          /^(?:https?:\/\/|mailto:|www\.)/i.test(value.trim())))
  )
}

/** The words of a field's name that say it is a listing's own, never a category (isCategory). */
const OWN_WORDS = new Set(
  (
    'id ids uuid guid key slug url urls link links href address email ' +
    'location locations city cities state states country countries region place places where ' +
    'date dates time times at timestamp updated created posted added modified ' +
    'title titles role roles position name names company companies employer organization org'
  ).split(' ')
)

/** Marked rows that have a value, at least, for a field to be the reason of their mark. */
const MARK_ROWS = 3
/** Kinds of values, at most, of a field whose values are categories across the listings. */
const MARK_KINDS = 5

/**
 * A mark follows a field when at most one row in MARK_MISSES of those with it disagrees (a
 * listing changed since the README was written).
 */
const MARK_MISSES = 20

/**
 * Each body row's listing: the one whose field holds the row's posting address, else (a closed
 * role's row links none) the one listing whose fields hold the row's company and role as the
 * cells show them (a `↳` row's company: the row's above); undefined when none or several do.
 */
function rowListings(
  table: FoundTable,
  postings: (string | undefined)[],
  records: Listing[]
): (Listing | undefined)[] {
  if (records.length === 0) return postings.map(() => undefined)
  const byText = new Map<string, Listing[]>()
  for (const record of records)
    for (const value of new Set(Object.values(record)))
      if (typeof value === 'string' && value.trim() !== '')
        byText.set(value.trim(), [...(byText.get(value.trim()) ?? []), record])
  const column = (pattern: RegExp) => table.headers.findIndex(header => pattern.test(header))
  const [companies, roles, places] = [column(COMPANY), column(ROLE), column(LOCATION)]
  let company = ''
  return postings.map((posting, row) => {
    const shown = (index: number) => plainText(marksOf(table.cells[index]?.[row] ?? '').value)
    const written = companies < 0 ? '' : shown(companies)
    if (!isRepeatMark(written)) company = written
    // The role as the cell writes it, marks and all (a title may end with its own `🛂`), or
    // without the marks a run writes after it.
    const role = roles < 0 ? [] : [plainText(table.cells[roles]?.[row] ?? ''), shown(roles)]
    const holds = (record: Listing, texts: string[]) =>
      Object.values(record).some(value => typeof value === 'string' && texts.includes(value.trim()))
    const byPosting = posting === undefined ? [] : (byText.get(posting) ?? [])
    // Of the listings of one posting (a page several roles link), the one of the row's role.
    const ofRole = byPosting.filter(record => holds(record, role))
    if (byPosting.length > 0)
      return byPosting.length === 1 ? byPosting[0] : ofRole.length === 1 ? ofRole[0] : undefined
    if (roles < 0 || company === '') return undefined
    const found = [
      ...new Set(
        role.flatMap(text => (byText.get(text) ?? []).filter(record => holds(record, [company])))
      )
    ]
    if (found.length === 1) return found[0]
    // Of several (one role in two places), the one of the row's location.
    const location = places < 0 ? undefined : locationText(table.cells[places]?.[row] ?? '')
    const placed = location ? found.filter(record => holds(record, [location])) : []
    return placed.length === 1 ? placed[0] : undefined
  })
}

/**
 * What a cell writes before its first link (a Markdown link, not an image, or an HTML anchor);
 * undefined when it links nothing.
 */
function beforeLink(cell: string): string | undefined {
  const found = /(?<!!)\[[^\]]*\]\(|<a\s/i.exec(cell)
  return found ? cell.slice(0, found.index) : undefined
}

/** A cell's text as a reader sees it, roughly: no tags, link addresses, images or emphasis. */
function plainText(cell: string): string {
  return cell
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/<[^>]*>|\*\*|__|\[/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The Liquid that writes `mark` on the rows that write it: by a field of their listings (see
 * withMarks), else by their postings; '' when no row with it links a posting.
 */
function markTemplate(
  mark: string,
  rows: Array<{ marked: boolean; posting?: string; record?: Listing; name?: RowName }>,
  records: Listing[],
  unmarked: RowName[] = [],
  unkept: (name: RowName) => void = () => {},
  said: (note: string) => void = () => {}
): string {
  const literal = liquidArguments([mark])
  if (!literal) return ''
  const best = fieldRule(rows, records, mark.trim())
  const pairs = best && liquidArguments(best.values.flatMap(value => [value, mark]))
  if (best && pairs) {
    const template = `{{ ${best.field} | mark: ${pairs} }}`
    const others = best.others.flatMap(other => {
      const written = liquidArguments(other.values.flatMap(value => [value, mark]))
      return written ? [`{{ ${other.field} | mark: ${written} }}`] : []
    })
    if (others.length > 0) {
      const values = (values: string[]) => values.map(each => `"${each}"`).join(', ')
      said(
        `${[best, ...best.others].length} fields of the listings tell the rows with the ${mark.trim()} mark from the others: init read it from ${best.field} (${values(best.values)})${best.meant ? ', whose name or value speaks of what the mark means' : ''}, not ${best.others.map(other => `${other.field} (${values(other.values)})`).join(', ')}. If the mark follows another, write ${others.join(' or ')} in its place.`
      )
    }
    return template
  }
  // A row that links no posting (a closed role's 🔒) by its listing's own address.
  const postingOf = (row: (typeof rows)[number]) => {
    const own = row.record?.url
    return row.posting ?? (typeof own === 'string' && own.trim() !== '' ? own.trim() : undefined)
  }
  const postings = [
    ...new Set(
      rows.flatMap(row => {
        const posting = row.marked ? postingOf(row) : undefined
        return posting ? [posting] : []
      })
    )
  ]
  // A marked row with no posting to go by (a closed role's, no listings beside the README): by
  // its company and role, as the row writes them, when no row without the mark writes both;
  // else with its location too, when no such row writes that; else it cannot be told (unkept).
  const named = [
    ...new Set(
      rows.flatMap(row => {
        if (!row.marked || postingOf(row) || !row.name) return []
        const { name } = row
        const company = liquidArguments([name.company])
        const title = liquidArguments([name.title])
        if (!company || !title) return []
        const alike = unmarked.filter(
          other => other.company === name.company && other.title === name.title
        )
        if (alike.length === 0) return [`company == ${company} and title == ${title}`]
        const location = name.location === undefined ? undefined : liquidArguments([name.location])
        if (location && !alike.some(other => other.location === name.location))
          return [`company == ${company} and title == ${title} and location == ${location}`]
        unkept(name)
        return []
      })
    )
  ]
  const byName =
    named.length === 0
      ? ''
      : `{% if ${named.join(` %}${liquidText(mark)}{% elsif `)} %}${liquidText(mark)}{% endif %}`
  const whens = liquidArguments(postings)
  if (!whens) return byName
  const byPosting = `{% case url %}{% when ${whens} %}${liquidText(mark)}`
  return byName === ''
    ? `${byPosting}{% endcase %}`
    : `${byPosting}{% else %}${byName}{% endcase %}`
}

/** A mark a row writes that no condition init can write tells from a row without it. */
interface UnkeptMark {
  mark: string
  name: RowName
}

/** A row's company (a `↳` row's: the row's above) and role, as the row writes them. */
interface RowName {
  company: string
  title: string
  /** Its Location cell's text, as `location` holds it (locationText). */
  location?: string
}

/**
 * Each row's company and role, as its cells write them, without their marks; undefined for a
 * row that shows either empty.
 */
function rowNames(table: FoundTable): (RowName | undefined)[] {
  const companyColumn = table.headers.findIndex(header => COMPANY.test(header))
  const roleColumn = table.headers.findIndex(
    (header, index) => index !== companyColumn && ROLE.test(header)
  )
  if (companyColumn < 0 || roleColumn < 0) return []
  const locationColumn = table.headers.findIndex(header => LOCATION.test(header))
  let company = ''
  return (table.cells[companyColumn] ?? []).map((cell, row) => {
    const written = plainText(marksOf(cell).value)
    if (!isRepeatMark(written)) company = written
    const title = plainText(marksOf(table.cells[roleColumn]?.[row] ?? '').value)
    if (company === '' || title === '') return undefined
    const location =
      locationColumn < 0 ? undefined : locationText(table.cells[locationColumn]?.[row] ?? '')
    return { company, title, ...(location ? { location } : {}) }
  })
}

/**
 * A Location cell's text as `location` holds it: its items (a collapsed cell's too) joined
 * with "; ", as the model joins a list; undefined for an empty cell.
 */
function locationText(cell: string): string | undefined {
  const items = (COLLAPSED.exec(cell.trim())?.[3] ?? cell)
    .split(SEPARATOR)
    .map(each => plainText(marksOf(each).value))
    .filter(each => each !== '')
  return items.length > 0 ? items.join('; ') : undefined
}
