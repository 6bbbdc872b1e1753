/**
 * The counts zone of a README with several tables: how many roles each shows, linked to the
 * heading above it ("Browse 552 roles by category"). A Liquid template over
 *
 *     total    open roles of every board of the README (the sum of the counts)
 *     tables   one per board, in the boards file's order:
 *              count, closed, heading, anchor ('#slug'), zone, category, title
 *
 * with Liquid's filters and `thousands` (`{{ total | thousands }}`: 1,234).
 *
 * Every value is the board's configuration or the README's own text (its headings), never the
 * feed's. The template's own text is Markdown as it writes it; each value it outputs stands
 * aside as a token while it renders (template-values.ts), and is put back escaped for where it
 * landed once the output is parsed: text (a heading `Backend \*new\*` shows as the heading
 * does, never as emphasis, a link or a tag), a link's destination, code, or HTML.
 */
import type { Template } from 'liquidjs'
import type { Nodes, Parent } from 'mdast'
import { DEFAULT_LABELS } from '../config/labels.js'
import { gfmTree } from '../gfm.js'
import { valueDestination, valueText } from './markdown.js'
import { escapedAttribute, inComment, isInComment } from './template-mdast.js'
import { TOKEN, within, type Rendering } from './template-values.js'
import { tokenEngine } from './template.js'
import { FILTERS } from './template-filters.js'

export interface TableCount {
  /**
   * Open roles the board shows: a closed row, marked 🔒 in place or folded in details, is no
   * role to apply to and counts in `closed`.
   */
  count: number
  /** Closed rows the board shows (marked in place, or folded in details). */
  closed: number
  /** The text of the heading above the board's zone; '' when there is none. */
  heading: string
  /** `#slug` of that heading, as GitHub links it; '' when there is none. */
  anchor: string
  zone: string
  category: string
  /** The board's `zone-title`, else the heading's text. */
  title: string
}

export const DEFAULT_COUNTS = `{%- for table in tables -%}
**[{{ table.title }}]({{ table.anchor }})** ({{ table.count }})
{%- unless forloop.last %}

{% endunless -%}
{%- endfor -%}`

/** The zone's Markdown: the template's output, its blank lines at the edges trimmed. */
export function countsBlock(tables: TableCount[], template = DEFAULT_COUNTS): string {
  const total = tables.reduce((sum, table) => sum + table.count, 0)
  return countsText(template, total, tables)
}

/**
 * The zone's Markdown for a given `total`: for `init`, which renders the template it guessed
 * over the numbers a README's counts block shows, whether or not they add up.
 */
export function countsText(template: string, total: number, tables: TableCount[]): string {
  const rendering: Rendering = { values: [], untrimmed: new Set(), options: OPTIONS }
  const text = within(
    rendering,
    () => engine.renderSync(parsed(template), { total, tables }) as string
  )
  return placed(text, rendering.values)
    .replace(/^(?:[ \t]*\r?\n)+/, '')
    .trimEnd()
}

// What a value's text needs of a board: nothing here (no date, no salary is shown).
const OPTIONS = { labels: DEFAULT_LABELS, timezone: 'UTC' }

/**
 * The template's output with each token replaced by its value, escaped for the node it landed
 * in (the output parsed as GitHub reads it): text, a link's or image's destination, code as it
 * is, or HTML (escaped as an attribute's text, which is also right between tags).
 */
function placed(markdown: string, values: string[]): string {
  if (!new RegExp(TOKEN.source).test(markdown)) return markdown
  const tree = gfmTree(markdown)
  const plain = (value: string) =>
    value.replace(TOKEN, (_, index: string) => values[Number(index)] ?? '')
  return markdown.replace(TOKEN, (_, index: string, offset: number) => {
    const value = plain(values[Number(index)] ?? '')
    const [node, parent] = landing(tree, offset)
    switch (node.type) {
      case 'text': {
        const before = markdown.slice(node.position?.start.offset ?? offset, offset)
        const lineStart =
          parent?.type === 'paragraph' &&
          ((before === '' && parent.children[0] === node) || /\n[ \t]*$/.test(before))
        return valueText(value, lineStart)
      }
      case 'link':
      case 'image':
      case 'definition':
        return valueDestination(value)
      case 'inlineCode':
      case 'code':
        return value.replace(/[\r\n]+/g, ' ')
      case 'html': {
        const escaped = escapedAttribute(value.replace(/[\r\n]+/g, ' '), false)
        const before = markdown.slice(node.position?.start.offset ?? offset, offset)
        return isInComment(before) ? inComment(escaped) : escaped
      }
      default:
        return valueText(value, false)
    }
  })
}

/** The innermost node of `tree` whose text holds `offset`, and its parent. */
function landing(tree: Nodes, offset: number): [Nodes, Parent | undefined] {
  let node: Nodes = tree
  let parent: Parent | undefined
  for (;;) {
    const children: Nodes[] = 'children' in node ? node.children : []
    const inside = children.find(child => {
      const { start, end } = child.position ?? {}
      return start?.offset !== undefined && end?.offset !== undefined
        ? start.offset <= offset && offset < end.offset
        : false
    })
    if (!inside) return [node, parent]
    parent = node as Parent
    node = inside
  }
}

/** What is wrong with a counts template, in a sentence; undefined when it parses. */
export function countsProblem(template: string): string | undefined {
  try {
    parsed(template)
    return undefined
  } catch (error) {
    return (error as Error).message.split('\n')[0]
  }
}

// As a cell's: each value a token, escaped where it lands. `thousands` is the cells' and the
// Last updated line's too (template-filters.ts), so both templates write a count alike.
const engine = tokenEngine()
engine.registerFilter('thousands', FILTERS.thousands!)
const cache = new Map<string, Template[]>()

function parsed(template: string): Template[] {
  let found = cache.get(template)
  if (!found) {
    found = engine.parse(template)
    cache.set(template, found)
  }
  return found
}
