/**
 * The openings table of a board: its format and its columns, from the `table` input or a
 * board's `table:` mapping in the boards file:
 *
 *     table:
 *       format: html            # or pipe (the default): a GFM pipe table
 *       columns:
 *         - header: Company
 *           cell: "**{{ company | link: company_url }}**"
 *         - header: Role
 *           cell: "{{ title }} {{ sponsorship | mark: 'Does Not Offer Sponsorship', '🛂' }}"
 *         - header: Date
 *           align: center       # left, center, right or none (the default)
 *           cell: '{{ posted_at | date: "%b %d" }}'
 *
 * An HTML table may name the attributes its elements write, as the board has them:
 * `attributes` of the `<table>`, a column's `header-attributes` (its `<th>`) and
 * `cell-attributes` (each of its `<td>`), `header-row-attributes` and `row-attributes` (the
 * `<tr>` of its header and of each body row), e.g. `attributes: { style: "width: 100%" }`.
 *
 * Without `columns`, the table is Company · Position · Location · Type · Date, as README
 * tables of jobr boards write it.
 */

import * as v from 'valibot'
import { errors, yamlProblem } from '../errors.js'
import { yamlValue } from '../yaml.js'
import { templateProblem, templateReads } from '../render/template.js'
import { singleLine } from '../render/text.js'

export interface TableSettings {
  /** pipe: a GFM pipe table. html: an HTML `<table>`. */
  format: 'pipe' | 'html'
  columns: ColumnSettings[]
  /** HTML only: the `<table>` element's attributes, in order (`style`, `width`, ...). */
  attributes?: Attributes
  /** HTML only: the attributes of the header row's `<tr>`, and of each body row's. */
  headerRowAttributes?: Attributes
  rowAttributes?: Attributes
}

/** HTML attributes as a board writes them: name to value, in their order. */
export type Attributes = Record<string, string>

export interface ColumnSettings {
  /** A Liquid template over `labels` (the board's texts), e.g. `{{ labels.company }}` or `Role`. */
  header: string
  /** null: none. */
  align: 'left' | 'center' | 'right' | null
  /** The column's cell of the delimiter row as written: `---`, `:---:`; by default from `align`. */
  delimiter: string
  /** A Liquid template over the listing's fields. */
  cell: string
  /** Its first link is the posting's: change detection reads the old table's rows by it. */
  posting: boolean
  /** HTML only: the attributes of its header cell (`<th style="...">`), in order. */
  headerAttributes?: Attributes
  /** HTML only: the attributes of each of its body cells (`<td style="...">`), in order. */
  cellAttributes?: Attributes
}

/** Company · Position · Location · Type · Date, the delimiter row as job boards of this format write it. */
export const DEFAULT_TABLE: TableSettings = {
  format: 'pipe',
  columns: [
    column(
      '{{ labels.company }}',
      '-------',
      '**{{ company | default: labels.not_available | link: company_url }}**'
    ),
    column(
      '{{ labels.position }}',
      '--------',
      '**{{ title | default: labels.not_available | link: url }}**',
      true
    ),
    column('{{ labels.location }}', '--------', '{{ location | default: labels.not_available }}'),
    column('{{ labels.type }}', '----', '{{ work_type | label }}'),
    column('{{ labels.date }}', '------', '{{ posted_at | date }}')
  ]
}

/** The `table` input's YAML or JSON mapping; undefined: the default table. */
export function parseTable(text: string | undefined): TableSettings {
  if (text === undefined) return DEFAULT_TABLE
  let given: unknown
  try {
    given = yamlValue(text)
  } catch (error) {
    throw problem(`is not a YAML or JSON mapping: ${yamlProblem(error)}`)
  }
  const result = v.safeParse(TableSchema, given)
  if (!result.success) throw problem(schemaMessage(result.issues[0]))
  const { format = 'pipe', columns } = result.output
  const rowAttributes = {
    ...(result.output.attributes ? { attributes: result.output.attributes } : {}),
    ...(result.output['header-row-attributes']
      ? { headerRowAttributes: result.output['header-row-attributes'] }
      : {}),
    ...(result.output['row-attributes'] ? { rowAttributes: result.output['row-attributes'] } : {})
  }
  const attributed =
    Object.keys(rowAttributes).length > 0 ||
    columns?.some(each => each['header-attributes'] || each['cell-attributes'])
  if (attributed && format !== 'html')
    throw problem(
      'attributes, header-row-attributes, row-attributes, header-attributes and cell-attributes are for format: html'
    )
  const attributes = rowAttributes
  if (!columns) return { ...DEFAULT_TABLE, format, ...attributes }
  const parsed = columns.map((each, index) => columnSettings(each, index))
  if (!parsed.some(each => each.posting)) {
    const posting = parsed.find(each => POSTING_URL.test(each.cell))
    if (posting) posting.posting = true
  }
  return { format, columns: parsed, ...attributes }
}

/**
 * The index of the table's date column, whose text `repeat-company-when: same-date-text`
 * compares: the last column whose cell reads `posted_at`, other than the posting's and the
 * company's (the first column that is not the posting's); -1 when none does.
 */
export function dateColumn(columns: readonly ColumnSettings[]): number {
  const company = columns.findIndex(each => !each.posting)
  for (let index = columns.length - 1; index >= 0; index--) {
    const each = columns[index]!
    if (index === company || each.posting) continue
    if (templateReads(each.cell).some(([name]) => name === 'posted_at')) return index
  }
  return -1
}

/** The index of the column that holds the posting link; -1 when none does. */
export function postingColumn(table: TableSettings): number {
  return table.columns.findIndex(each => each.posting)
}

const ALIGNS = ['left', 'center', 'right', 'none'] as const

/** An attribute's name as HTML writes it, and its value (a number is its text). */
const AttributesSchema = v.record(
  v.pipe(v.string(), v.regex(/^[A-Za-z_:][\w.:-]*$/, 'is not an HTML attribute name')),
  v.pipe(
    v.union([v.string(), v.number()]),
    v.transform(value => String(value))
  )
)

const ColumnSchema = v.strictObject({
  header: v.optional(v.union([v.string(), v.number()])),
  'header-attributes': v.optional(AttributesSchema),
  'cell-attributes': v.optional(AttributesSchema),
  align: v.optional(v.picklist(ALIGNS)),
  delimiter: v.optional(
    v.pipe(v.string(), v.regex(/^\s*:?-+:?\s*$/, 'must look like ---, :--- , :---: or ---:'))
  ),
  cell: v.string(),
  posting: v.optional(v.boolean())
})

const TableSchema = v.strictObject({
  format: v.optional(v.picklist(['pipe', 'html'] as const)),
  attributes: v.optional(AttributesSchema),
  'header-row-attributes': v.optional(AttributesSchema),
  'row-attributes': v.optional(AttributesSchema),
  columns: v.optional(
    v.pipe(v.array(ColumnSchema), v.minLength(1, 'must list at least one column'))
  )
})

// A cell that uses the posting url: `url` or `url_raw`, not `company_url`.
export const POSTING_URL = /(?<![\w.])url(?:_raw)?\b/

function column(header: string, delimiter: string, cell: string, posting = false): ColumnSettings {
  return { header, align: null, delimiter, cell, posting }
}

function columnSettings(given: v.InferOutput<typeof ColumnSchema>, index: number): ColumnSettings {
  // A column is named by its header too: boards of a README often share column numbers.
  const header = singleLine(String(given.header ?? '')).trim()
  const where = `column ${index + 1}${header ? ` ("${header}")` : ''}`
  const delimiter = given.delimiter?.trim()
  const written = delimiter === undefined ? undefined : alignOf(delimiter)
  const align =
    given.align === undefined ? (written ?? null) : given.align === 'none' ? null : given.align
  if (written !== undefined && written !== align)
    throw problem(`${where}: the delimiter "${delimiter}" does not match align ${given.align}`)
  for (const [name, source] of [
    ['cell', given.cell],
    ['header', String(given.header ?? '')]
  ] as const) {
    const wrong = templateProblem(source)
    if (wrong) throw problem(`${where}: the ${name} is not a valid Liquid template: ${wrong}`)
  }
  return {
    header: String(given.header ?? ''),
    align,
    delimiter: delimiter ?? DELIMITERS[align ?? 'none'],
    cell: given.cell,
    posting: given.posting ?? false,
    ...(given['header-attributes'] ? { headerAttributes: given['header-attributes'] } : {}),
    ...(given['cell-attributes'] ? { cellAttributes: given['cell-attributes'] } : {})
  }
}

const DELIMITERS = { left: ':---', center: ':---:', right: '---:', none: '---' }

function alignOf(delimiter: string): ColumnSettings['align'] {
  const left = delimiter.startsWith(':')
  const right = delimiter.endsWith(':')
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null
}

function schemaMessage(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map(item => item.key)
  const [top, index, key] = path
  if (top === undefined) return 'must be a mapping such as "format: html" or "columns: [...]"'
  if (top === 'columns' && typeof index === 'number') {
    const where = `column ${index + 1}`
    if (key === undefined) return `${where} must be a mapping with a "cell"`
    if (key === 'header-attributes' || key === 'cell-attributes')
      return `${where}: "${String(key)}" must map attribute names to values, as style: "width: 25%"`
    return `${where}: "${String(key)}" ${issue.message.startsWith('must') ? issue.message : keyMessage(String(key))}`
  }
  if (top === 'columns')
    return `"columns" ${issue.type === 'min_length' ? issue.message : 'must be a list of columns'}`
  if (top === 'format') return '"format" must be pipe or html'
  if (top === 'attributes' || top === 'header-row-attributes' || top === 'row-attributes')
    return `"${top}" must map attribute names to values, as style: "width: 100%"`
  return `"${String(top)}" is not a table setting; use format, columns, attributes, header-row-attributes or row-attributes`
}

function keyMessage(key: string): string {
  switch (key) {
    case 'align':
      return 'must be left, center, right or none'
    case 'cell':
      return 'must be a Liquid template (text)'
    case 'header':
      return 'must be text'
    case 'posting':
      return 'must be true or false'
    default:
      return 'is not a column setting; use header, align, delimiter, cell, posting, header-attributes or cell-attributes'
  }
}

function problem(message: string) {
  return errors.badInput('table', message)
}
