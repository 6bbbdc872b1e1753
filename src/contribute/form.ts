/**
 * The body of an issue filed through an issue form: a `### Label` heading per field, followed
 * by what the reporter gave (`_No response_` when nothing). Read as Markdown, so a value holding
 * a heading-like line inside a code block stays part of its field.
 */
import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** One field's answer. */
export interface FormValue {
  /** The answer as the reporter typed it (a code block's content for a `render:` textarea). */
  text: string
  /** Checkboxes: the labels ticked; a dropdown allowing several: the options chosen. */
  items: string[]
}

/** Form label -> answer, in the form's order; a field left empty is absent. */
export function parseIssueForm(body: string): Map<string, FormValue> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root
  const fields = new Map<string, FormValue>()
  let label: string | undefined
  let content: RootContent[] = []
  const finish = () => {
    if (label === undefined) return
    const value = valueOf(body, content)
    if (value) fields.set(label, value)
  }
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 3) {
      finish()
      label = sourceOf(body, node.children).trim()
      content = []
    } else content.push(node)
  }
  finish()
  return fields
}

const NO_RESPONSE = '_No response_'

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
  const text = sourceOf(body, nodes).trim()
  if (text === NO_RESPONSE || text === '') return undefined
  return answer(text)
}

/** A text answer; one holding ", " may be a dropdown's several options. */
function answer(text: string): FormValue | undefined {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === NO_RESPONSE) return undefined
  return {
    text: trimmed,
    items: trimmed
      .split(', ')
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
