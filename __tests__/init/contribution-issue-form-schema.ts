/**
 * GitHub's issue-form syntax ("Syntax for issue forms" and "Syntax for GitHub's form schema" in
 * GitHub's documentation), encoded with valibot: no JSON schema of it ships in an npm package.
 * Top level: name, description and body required; title, labels, assignees, projects, type
 * optional. Body elements: markdown, input, textarea, dropdown, checkboxes, each with the
 * attributes its type allows; ids of letters, digits, - and _ and unique; labels unique; at least
 * one element that is not markdown; dropdown options unique and not "None".
 */
import * as v from 'valibot'

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'ids hold letters, digits, - and _'))
const Text = v.pipe(v.string(), v.minLength(1))
const Validations = v.optional(v.strictObject({ required: v.optional(v.boolean()) }))

const Markdown = v.strictObject({
  type: v.literal('markdown'),
  attributes: v.strictObject({ value: Text })
})
const Input = v.strictObject({
  type: v.literal('input'),
  id: v.optional(Id),
  attributes: v.strictObject({
    label: Text,
    description: v.optional(v.string()),
    placeholder: v.optional(v.string()),
    value: v.optional(v.string())
  }),
  validations: Validations
})
const Textarea = v.strictObject({
  type: v.literal('textarea'),
  id: v.optional(Id),
  attributes: v.strictObject({
    label: Text,
    description: v.optional(v.string()),
    placeholder: v.optional(v.string()),
    value: v.optional(v.string()),
    render: v.optional(v.string())
  }),
  validations: Validations
})
const Dropdown = v.strictObject({
  type: v.literal('dropdown'),
  id: v.optional(Id),
  attributes: v.pipe(
    v.strictObject({
      label: Text,
      description: v.optional(v.string()),
      multiple: v.optional(v.boolean()),
      options: v.pipe(
        v.array(Text),
        v.minLength(1),
        v.check(options => new Set(options).size === options.length, 'options are unique'),
        v.check(options => !options.includes('None'), '"None" is reserved')
      ),
      default: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)))
    }),
    v.check(
      attributes =>
        attributes.default === undefined || attributes.default < attributes.options.length,
      'default is an index of options'
    )
  ),
  validations: Validations
})
const Checkboxes = v.strictObject({
  type: v.literal('checkboxes'),
  id: v.optional(Id),
  attributes: v.strictObject({
    label: Text,
    description: v.optional(v.string()),
    options: v.pipe(
      v.array(v.strictObject({ label: Text, required: v.optional(v.boolean()) })),
      v.minLength(1)
    )
  }),
  validations: Validations
})

const Element = v.variant('type', [Markdown, Input, Textarea, Dropdown, Checkboxes])
type Element = v.InferOutput<typeof Element>

const unique = (values: string[]) => new Set(values).size === values.length
const ids = (body: Element[]) =>
  body.flatMap(element => ('id' in element && element.id ? [element.id] : []))
const labels = (body: Element[]) =>
  body.flatMap(element => (element.type === 'markdown' ? [] : [element.attributes.label]))

export const IssueForm = v.strictObject({
  name: Text,
  description: Text,
  title: v.optional(v.string()),
  labels: v.optional(v.union([v.array(Text), Text])),
  assignees: v.optional(v.union([v.array(Text), Text])),
  projects: v.optional(v.union([v.array(Text), Text])),
  type: v.optional(Text),
  body: v.pipe(
    v.array(Element),
    v.check(body => body.some(element => element.type !== 'markdown'), 'a field besides markdown'),
    v.check(body => unique(ids(body)), 'ids are unique'),
    v.check(body => unique(labels(body)), 'labels are unique')
  )
})

/** The problems valibot found, as readable lines; empty when the form is valid. */
export function issueFormErrors(document: unknown): string[] {
  const result = v.safeParse(IssueForm, document)
  return result.success
    ? []
    : result.issues.map(issue => `${v.getDotPath(issue) ?? '(top)'}: ${issue.message}`)
}
