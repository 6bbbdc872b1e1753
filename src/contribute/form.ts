/**
 * The body of an issue filed through an issue form: a `### Label` heading per field, followed
 * by what the reporter gave (`_No response_` when nothing). Read as Markdown, so a value holding
 * a heading-like line inside a code block stays part of its field.
 */
import type { RootContent } from 'mdast'
import { gfmTree } from '../gfm.js'
import { codeSpan } from '../render/text.js'

/** One field's answer. */
export interface FormValue {
  /** The answer as the reporter typed it (a code block's content for a `render:` textarea). */
  text: string
  /** Checkboxes: the labels ticked; a dropdown allowing several: the options chosen. */
  items: string[]
}

/** A body no form writes, said to its author; nothing of it is read. */
export class UnreadableForm extends Error {}

/**
 * Form label -> answer, in the form's order; a field left empty is absent. Throws
 * UnreadableForm for lists or quotes nested deeper than any answer needs (`- - - ...`,
 * `> > > ...`), which the parser would take quadratic time or the whole stack to read.
 */
export function parseIssueForm(text: string): Map<string, FormValue> {
  // Answers hold their lines as LF (a body sent with CRLF or CR ends them so): the listings
  // editor writes them with the file's own line ending.
  const body = text.replace(/\r\n?/g, '\n')
  checkNesting(body)
  // Answers are taken as typed: the form is read for its blocks (headings, code blocks,
  // checkbox lists), no inline syntax, whose emphasis runs (`*_*_*_...`) cost quadratic time.
  const tree = gfmTree(body, { inline: false })
  const fields = new Map<string, FormValue>()
  let label: string | undefined
  let content: RootContent[] = []
  const finish = () => {
    if (label === undefined) return
    const value = valueOf(body, content)
    if (value) fields.set(label, value)
  }
  const seen = new Set<string>()
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 3) {
      finish()
      label = sourceOf(body, node.children).trim()
      // A form writes each section once: a second one was typed into an answer, where it can
      // hide (in a <details> the page shows folded) and would replace what the form shows.
      if (seen.has(label))
        throw new UnreadableForm(
          `its section ${quotedHeading(label)} appears twice, and a form writes each once (the second was typed into an answer). Edit the issue so that it has the section once`
        )
      seen.add(label)
      content = []
    } else content.push(node)
  }
  finish()
  return fields
}

const NO_RESPONSE = '_No response_'

/** Lists and quotes nested deeper than this on a line: no form's answer, and refused. */
export const MAX_NESTING = 16

/**
 * Refuses a line that opens more than MAX_NESTING lists and quotes: its markers (`>`, `-`, `*`,
 * `+`, `1.`, `1)`) and the indentation before them (a nested list's item is indented by at
 * least two columns a level), counted without parsing.
 */
function checkNesting(body: string): void {
  let number = 0
  for (const line of body.split(/\r\n?|\n/)) {
    number += 1
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? ''
    const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0
    if (markers === 0) continue
    const indent = (/^[ \t]*/.exec(prefix)?.[0] ?? '').replace(/\t/g, '    ').length
    const depth = markers + Math.floor(indent / 2)
    if (depth > MAX_NESTING)
      throw new UnreadableForm(
        `line ${number} of the form nests lists or quotes ${depth} deep, and the board reads at most ${MAX_NESTING}: write each answer as plain text`
      )
  }
}

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+/
const CONTAINER_MARKER = />|[-+*]|\d{1,9}[.)]/g

function valueOf(body: string, nodes: RootContent[]): FormValue | undefined {
  if (nodes.length === 0) return undefined
  const [only] = nodes
  if (nodes.length === 1 && only?.type === 'code') return answer(only.value)
  if (
    nodes.length === 1 &&
    only?.type === 'list' &&
    only.children.some(item => item.checked != null)
  ) {
    const ticked = only.children
      .filter(item => item.checked === true)
      .map(item => sourceOf(body, item.children).trim())
    return ticked.length ? { text: ticked.join(', '), items: ticked } : undefined
  }
  const text = withoutComments(sourceOf(body, nodes)).trim()
  if (text === NO_RESPONSE || text === '') return undefined
  return answer(text)
}

/**
 * An answer without its HTML comments (`Zeta Co <!-- internal note -->`), which GitHub hides
 * in the issue it shows: the maintainer approves what the page shows, and the board writes that.
 * A comment left open hides the rest of the answer, as on GitHub.
 */
function withoutComments(text: string): string {
  return text.replace(/<!--(?:-?>|[^]*?-->|[^]*$)/g, '')
}

/**
 * A text answer; one holding commas may be a dropdown's several options (`backend, data`), or a
 * list typed as the form asks (`Comma-separated categories`: `backend,data`, `backend, data,`).
 */
function answer(text: string): FormValue | undefined {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === NO_RESPONSE) return undefined
  return {
    text: trimmed,
    items: trimmed
      .split(',')
      .map(item => item.trim())
      .filter(Boolean)
  }
}

/** The body's text from the first node's start to the last one's end: the answer as typed. */
function sourceOf(
  body: string,
  nodes: { position?: { start: { offset?: number }; end: { offset?: number } } }[]
): string {
  const start = nodes[0]?.position?.start.offset
  const end = nodes.at(-1)?.position?.end.offset
  return start === undefined || end === undefined ? '' : body.slice(start, end)
}

/**
 * A section's heading as a comment quotes it: a code span, so a reader's heading shows as typed
 * and makes no link, image, tag or mention in the action's comment; a long one is cut.
 */
export function quotedHeading(label: string): string {
  const heading = `### ${label}`
  return codeSpan(
    heading.length > MAX_QUOTED ? `${heading.slice(0, MAX_QUOTED).trimEnd()}…` : heading
  )
}

/** The longest heading a comment quotes whole. */
const MAX_QUOTED = 80
