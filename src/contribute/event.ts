/**
 * The workflow's event, as GitHub writes it to GITHUB_EVENT_PATH: an `issues` event whose added
 * label approves, or an `issue_comment` whose `/approve` comes from someone with write access.
 * Anything else is no approval, and the run does nothing.
 */
import type { ContributionKind, ContributionSettings } from './settings.js'
import { fieldOfLabel } from './settings.js'
import { parseIssueForm, UnreadableForm, type FormValue } from './form.js'

export interface Issue {
  number: number
  title: string
  body: string
  labels: string[]
  state: 'open' | 'closed'
}

export interface Approval {
  issue: Issue
  kind: ContributionKind
  /** The form's answers by label. */
  form: Map<string, FormValue>
  /** Who approved: the labeler or the commenter. */
  approver: string
  /** Why the body could not be read as a form (then `form` is empty): said to the author. */
  unreadable?: string
  /** The issue's labels that name different kinds (`new-listing`, `close-listing`): which is meant is unknown. */
  kindLabels?: string[]
}

export type EventReading = { approved: true; approval: Approval } | { approved: false; why: string }

/** Associations of a commenter who can write to the repository. */
const MAINTAINERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

export function readEvent(
  eventName: string,
  payload: unknown,
  settings: ContributionSettings
): EventReading {
  const event = (payload ?? {}) as EventPayload
  const issue = issueOf(event.issue)
  if (!issue) return { approved: false, why: `the ${eventName} event holds no issue` }
  if (event.issue?.pull_request) return { approved: false, why: 'the event is for a pull request' }
  const approve = (approver: string): EventReading => {
    let form = new Map<string, FormValue>()
    let unreadable: string | undefined
    try {
      form = parseIssueForm(issue.body)
    } catch (error) {
      if (!(error instanceof UnreadableForm)) throw error
      unreadable = error.message
    }
    const kindLabels = labelsOfKinds(issue, settings)
    return {
      approved: true,
      approval: {
        issue,
        kind: kindOf(issue, form, settings),
        form,
        approver,
        unreadable,
        ...(kindLabels.length > 1 ? { kindLabels } : {})
      }
    }
  }
  if (eventName === 'issues') {
    if (event.action !== 'labeled' || event.label?.name !== settings.approveLabel)
      return { approved: false, why: `no "${settings.approveLabel}" label was added` }
    return approve(event.sender?.login ?? 'a maintainer')
  }
  if (eventName === 'issue_comment') {
    const comment = event.comment
    if (event.action !== 'created' || !comment || !/^\/approve\s*$/im.test(comment.body ?? ''))
      return { approved: false, why: 'the comment is not "/approve"' }
    if (!MAINTAINERS.has(comment.author_association ?? ''))
      return {
        approved: false,
        why: `"/approve" needs write access to the repository (${comment.user?.login ?? 'the commenter'} is ${String(comment.author_association ?? 'unknown').toLowerCase()})`
      }
    if (!issue.labels.includes(settings.approveLabel) && issue.state === 'closed')
      return { approved: false, why: 'the issue is closed' }
    return approve(comment.user?.login ?? 'a maintainer')
  }
  return { approved: false, why: `the "${eventName}" event is not one of issues or issue_comment` }
}

interface EventPayload {
  action?: string
  label?: { name?: string }
  sender?: { login?: string }
  issue?: {
    number?: number
    title?: string
    body?: string | null
    state?: string
    labels?: ({ name?: string } | string)[]
    pull_request?: unknown
  }
  comment?: {
    body?: string
    author_association?: string
    user?: { login?: string }
  }
}

function issueOf(issue: EventPayload['issue']): Issue | undefined {
  if (!issue || typeof issue.number !== 'number') return undefined
  return {
    number: issue.number,
    title: issue.title ?? '',
    body: issue.body ?? '',
    labels: (issue.labels ?? []).map(label =>
      typeof label === 'string' ? label : (label.name ?? '')
    ),
    state: issue.state === 'closed' ? 'closed' : 'open'
  }
}

/** The issue's first label of each kind its labels name. */
function labelsOfKinds(issue: Issue, settings: ContributionSettings): string[] {
  const byKind = new Map<ContributionKind, string>()
  for (const label of issue.labels) {
    if (!Object.hasOwn(settings.kinds, label)) continue
    const kind = settings.kinds[label] as ContributionKind
    if (!byKind.has(kind)) byKind.set(kind, label)
  }
  return [...byKind.values()]
}

/** By the issue's labels, else by a form field mapped to `kind`, else new. */
function kindOf(
  issue: Issue,
  form: Map<string, FormValue>,
  settings: ContributionSettings
): ContributionKind {
  for (const label of issue.labels) {
    // Own keys only: a label named `constructor` is no kind.
    if (Object.hasOwn(settings.kinds, label)) return settings.kinds[label] as ContributionKind
  }
  for (const [label, value] of form) {
    if (fieldOfLabel(label, settings) !== 'kind') continue
    const text = value.text.toLowerCase()
    if (/close|remove|delete|filled/.test(text)) return 'close'
    if (/edit|update|change|correct/.test(text)) return 'edit'
    return 'new'
  }
  return 'new'
}
