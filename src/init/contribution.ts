/**
 * The files that let a board's readers contribute listings: three issue forms (a new role, an
 * edit, a close) whose input ids are the canonical listing fields, so a program can fill them
 * without configuration; the workflow that applies an approved form (contribution mode, which
 * the issue event starts); and a
 * scheduled link check (`mode: check-links`). The workflows pass the board's own inputs (the
 * listings, a boards file, a category, ...) so that every run builds the same READMEs.
 */
import { stringify } from 'yaml'
import { INPUTS } from '../config/inputs.js'

export interface ContributionOptions {
  /** The action's inputs for this board, as its update workflow gives them; `listings` at least. */
  inputs: Record<string, string>
  /** The categories a listing may name: a dropdown in the forms. Empty: a free text field. */
  categories: string[]
  /** The label a maintainer adds to apply a form. Default 'approved'. */
  approveLabel?: string
  /** The boards file's `max-cell-length`, where it sets one; else the input's (or its default). */
  maxCellLength?: number
  /** The records hold their location as a list: the form asks for a place a line. */
  listsLocations?: boolean
  /**
   * The label each form puts on its issue, as `contribution-kinds` names them; default
   * FORM_LABELS. No label for `new`: the form puts none, and an issue with none is new.
   */
  kindLabels?: Partial<Record<keyof typeof FORM_LABELS, string>>
}

export interface ScaffoldFile {
  path: string
  text: string
}

/** Where the files go, in the repository. */
export const CONTRIBUTION_PATHS = {
  newRole: '.github/ISSUE_TEMPLATE/new-role.yml',
  editRole: '.github/ISSUE_TEMPLATE/edit-role.yml',
  closeRole: '.github/ISSUE_TEMPLATE/close-role.yml',
  contribute: '.github/workflows/jobs-readme-contribute.yml',
  checkLinks: '.github/workflows/jobs-readme-check-links.yml'
} as const

/** The label each form puts on its issue: contribution mode's default labels of what an issue asks. */
export const FORM_LABELS = {
  new: 'new-listing',
  edit: 'edit-listing',
  close: 'close-listing'
} as const

/**
 * A form field: its id is the listing field it fills; its label, the `### Label` of the issue,
 * is one contribution mode reads as that field without a contribution-fields mapping.
 */
export interface FormField {
  id: string
  label: string
}

/** Every field the forms ask, by id and label: what contribution mode maps back to a listing. */
export const FORM_FIELDS: readonly FormField[] = [
  { id: 'company', label: 'Company' },
  { id: 'company_url', label: 'Company URL' },
  { id: 'title', label: 'Job title' },
  { id: 'url', label: 'Posting URL' },
  { id: 'id', label: 'ID' },
  { id: 'location', label: 'Location' },
  { id: 'work_type', label: 'Work type' },
  { id: 'posted_at', label: 'Date posted' },
  { id: 'categories', label: 'Categories' },
  { id: 'salary_min', label: 'Salary min' },
  { id: 'salary_max', label: 'Salary max' },
  { id: 'description', label: 'Description' },
  { id: 'active', label: 'Active' },
  { id: 'reason', label: 'Reason' }
]

export function contributionFiles(options: ContributionOptions): ScaffoldFile[] {
  const approve = options.approveLabel ?? 'approved'
  return [
    { path: CONTRIBUTION_PATHS.newRole, text: form(newRoleForm(options, approve)) },
    { path: CONTRIBUTION_PATHS.editRole, text: form(editRoleForm(options, approve)) },
    { path: CONTRIBUTION_PATHS.closeRole, text: form(closeRoleForm(options, approve)) },
    { path: CONTRIBUTION_PATHS.contribute, text: contributeWorkflow(options.inputs, approve) },
    { path: CONTRIBUTION_PATHS.checkLinks, text: checkLinksWorkflow(options.inputs) }
  ]
}

type Element = Record<string, unknown>

/**
 * The listing fields the forms fill, in the order of the forms: what a record added or edited
 * through them may hold (the close form's reason is a note to the maintainer, not a field).
 */
export function formFieldIds(options: ContributionOptions): string[] {
  const ids = [newRoleForm(options, ''), editRoleForm(options, '')].flatMap(definition =>
    (definition.body as Element[]).flatMap(element =>
      typeof element.id === 'string' ? [element.id] : []
    )
  )
  return [...new Set(ids)]
}

/**
 * What a form says of a field a cell shows as text (company, title, location): the most
 * characters it takes (the board's `max-cell-length`), where there is a most.
 */
function cellLimit(
  { inputs, maxCellLength }: ContributionOptions,
  text?: string
): string | undefined {
  const max =
    maxCellLength ??
    Number(
      inputs['max-cell-length'] ?? INPUTS.find(input => input.name === 'max-cell-length')?.default
    )
  const limit = Number.isInteger(max) && max > 0 ? `At most ${max} characters.` : undefined
  return [text, limit].filter(Boolean).join(' ') || undefined
}

function newRoleForm(options: ContributionOptions, approve: string): Element {
  const { categories } = options
  const limit = cellLimit(options)
  return {
    name: 'New role',
    description: 'Add a job posting to the board.',
    title: 'New role: ',
    ...formLabels(options, 'new'),
    body: [
      intro(
        `A maintainer reviews the posting and adds the \`${approve}\` label; the board then lists it.`
      ),
      input('company', { required: true, placeholder: 'Acme', description: limit }),
      input('company_url', { placeholder: 'https://acme.example' }),
      input('title', { required: true, placeholder: 'Backend Engineer', description: limit }),
      input('url', {
        required: true,
        placeholder: 'https://jobs.example/123',
        description: 'The posting itself (http or https).'
      }),
      location(options, { placeholder: 'Berlin, Germany', description: limit }),
      workType(false),
      input('posted_at', {
        required: true,
        placeholder: 'YYYY-MM-DD',
        description: 'The day the posting went up, as YYYY-MM-DD.'
      }),
      categoriesField(categories),
      input('salary_min', { placeholder: '90000', description: 'Yearly, a number.' }),
      input('salary_max', { placeholder: '120000', description: 'Yearly, a number.' }),
      textarea('description', { description: 'Optional: the skills are found in it.' })
    ]
  }
}

function editRoleForm(options: ContributionOptions, approve: string): Element {
  const { categories } = options
  const keep = 'Leave empty to keep it.'
  const shown = cellLimit(options, keep)
  return {
    name: 'Edit role',
    description: 'Correct a posting the board lists.',
    title: 'Edit role: ',
    ...formLabels(options, 'edit'),
    body: [
      intro(
        `Only the fields you fill change. A maintainer applies the edit with the \`${approve}\` label.`
      ),
      input('url', {
        required: true,
        placeholder: 'https://jobs.example/123',
        description: 'The posting to change, as the board links it.'
      }),
      input('company', { description: shown }),
      input('company_url', { description: keep }),
      input('title', { description: shown }),
      location(options, { description: shown }),
      workType(false),
      input('posted_at', { placeholder: 'YYYY-MM-DD', description: keep }),
      categoriesField(categories),
      input('salary_min', { description: keep }),
      input('salary_max', { description: keep }),
      {
        type: 'dropdown',
        id: 'active',
        attributes: {
          label: label('active'),
          description: `true lists a closed posting again, false closes it. ${keep}`,
          options: ['true', 'false']
        }
      }
    ]
  }
}

function closeRoleForm(options: ContributionOptions, approve: string): Element {
  return {
    name: 'Close role',
    description: 'Mark a posting as no longer open.',
    title: 'Close role: ',
    ...formLabels(options, 'close'),
    body: [
      intro(`A maintainer closes the posting with the \`${approve}\` label.`),
      input('url', {
        required: true,
        placeholder: 'https://jobs.example/123',
        description: 'The posting that closed, as the board links it.'
      }),
      textarea('reason', { description: 'Optional: how you know it closed.' })
    ]
  }
}

/** The form's `labels`: the one contribution mode reads as its kind, if it has one. */
function formLabels(
  { kindLabels = FORM_LABELS }: ContributionOptions,
  kind: keyof typeof FORM_LABELS
): Element {
  const name = kindLabels[kind]
  return name === undefined ? {} : { labels: [name] }
}

function label(id: string): string {
  return FORM_FIELDS.find(field => field.id === id)?.label ?? id
}

function intro(value: string): Element {
  return { type: 'markdown', attributes: { value } }
}

interface FieldOptions {
  required?: boolean
  placeholder?: string
  description?: string
}

function input(id: string, options: FieldOptions): Element {
  return field('input', id, options)
}

function textarea(id: string, options: FieldOptions): Element {
  return field('textarea', id, options)
}

function field(type: string, id: string, { required, ...attributes }: FieldOptions): Element {
  return {
    type,
    id,
    attributes: { label: label(id), ...attributes },
    ...(required ? { validations: { required: true } } : {})
  }
}

/**
 * The location: one line, or where the records hold a list of places, a text area whose every
 * line is one (as contribution mode reads it there).
 */
function location({ listsLocations }: ContributionOptions, options: FieldOptions): Element {
  if (!listsLocations) return input('location', options)
  const description = ['One place a line.', options.description].filter(Boolean).join(' ')
  return textarea('location', { ...options, description })
}

function workType(required: boolean): Element {
  return {
    type: 'dropdown',
    id: 'work_type',
    attributes: {
      label: label('work_type'),
      options: ['Remote', 'Hybrid', 'On Site']
    },
    validations: { required }
  }
}

function categoriesField(categories: string[]): Element {
  if (categories.length === 0)
    return input('categories', {
      placeholder: 'backend, data',
      description: 'Comma-separated categories.'
    })
  return {
    type: 'dropdown',
    id: 'categories',
    attributes: { label: label('categories'), multiple: true, options: categories }
  }
}

function form(definition: Element): string {
  return `# Written by jobs-readme init --contribution.\n${stringify(definition, { lineWidth: 0 })}`
}

const ACTION = 'jobs-readme/jobs-readme@v1'

function contributeWorkflow(inputs: Record<string, string>, approve: string): string {
  const labeled = `(github.event_name == 'issues' && github.event.label.name == ${expressionString(approve)})`
  const approvedInComment = [
    "(github.event_name == 'issue_comment' && !github.event.issue.pull_request",
    "startsWith(github.event.comment.body, '/approve')",
    'contains(fromJSON(\'["OWNER", "MEMBER", "COLLABORATOR"]\'), github.event.comment.author_association))'
  ].join(' && ')
  const when = `${labeled} || ${approvedInComment}`
  const workflow = {
    name: 'Contributions',
    on: { issues: { types: ['labeled'] }, issue_comment: { types: ['created'] } },
    permissions: { contents: 'write', issues: 'write' },
    concurrency: { group: 'job-board-contributions', 'cancel-in-progress': false },
    jobs: {
      contribute: {
        if: when,
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 10,
        steps: [{ id: 'contribution', uses: ACTION, with: contributeInputs(inputs, approve) }]
      }
    }
  }
  return [
    '# Applies an approved "New role", "Edit role" or "Close role" issue to the listings file and',
    `# the README(s) in one commit, then comments on the issue and closes it. A maintainer approves`,
    `# by adding the ${JSON.stringify(approve)} label, or by commenting /approve.`,
    '# Written by jobs-readme init --contribution.',
    stringify(workflow, { lineWidth: 0 })
  ].join('\n')
}

/**
 * `value` as a string of a GitHub expression: quoted with ', a ' inside it written '' (a label
 * such as `ok'd` would end the string, and GitHub would refuse the whole workflow).
 */
function expressionString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/**
 * The board's inputs; an issue event is what starts contribution mode, so no `mode`. The label
 * is added where no input gives it, unless a boards file does (it says it in one place).
 */
function contributeInputs(inputs: Record<string, string>, approve: string): Record<string, string> {
  return approve === 'approved' || inputs['contribution-label'] !== undefined || inputs.config
    ? inputs
    : { ...inputs, 'contribution-label': approve }
}

function checkLinksWorkflow(inputs: Record<string, string>): string {
  const workflow = {
    name: 'Check posting links',
    on: { schedule: [{ cron: '23 4 * * 1' }], workflow_dispatch: null },
    permissions: { contents: 'write' },
    concurrency: { group: 'job-board', 'cancel-in-progress': false },
    jobs: {
      'check-links': {
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 30,
        steps: [{ id: 'links', uses: ACTION, with: { mode: 'check-links', ...inputs } }]
      }
    }
  }
  return [
    '# Once a week, requests every posting the board shows and closes (active: false) those whose',
    '# page is gone: 404, 410, or a redirect to a page named in closed-urls. Timeouts, 5xx and 429',
    '# answers are only reported, and asked again next week.',
    '# Written by jobs-readme init --contribution.',
    stringify(workflow, { lineWidth: 0 }).replace('workflow_dispatch: null', 'workflow_dispatch:')
  ].join('\n')
}
