/**
 * What the contribution tests do as GitHub and its people: a reader files an issue (a form's
 * answers, rendered as GitHub renders an issue form), a maintainer approves it (a label or an
 * "/approve" comment), and the runner starts the built action on that event, whose payload is
 * checked against GitHub's webhook schema first (webhook-events.ts).
 */
import { parse } from 'yaml'
import type { HostedIssue } from '../github-double/hosted-repo.js'
import {
  issueCommentCreated,
  issueLabeled,
  writeEvent,
  type EventIssue
} from '../github-double/webhook-events.js'
import { REFERENCE_INPUTS, type BoardRepo } from './board-repo.js'
import type { ActionRun } from './run-action.js'

/** The issue as the event carries it: its state and labels now, as GitHub sends them. */
export function eventIssue(issue: HostedIssue): EventIssue {
  const { number, title, body, state, labels } = issue
  return { number, title, body, state, labels: [...labels] }
}

/**
 * Runs the action on the event a maintainer's approval makes: `issues` "labeled" with
 * "approved" or `how.label` (added to the issue first), or an `issue_comment` "created" saying
 * `comment`.
 */
export async function approveIssue(
  board: BoardRepo,
  eventsFolder: string,
  issue: HostedIssue,
  how: {
    comment?: string
    association?: string
    pullRequest?: boolean
    /** The label added. Default "approved". */
    label?: string
    /** Action inputs besides the reference board's. */
    inputs?: Record<string, string>
  } = {}
): Promise<ActionRun> {
  const label = how.label ?? 'approved'
  if (!how.comment && !issue.labels.includes(label)) issue.labels.push(label)
  const repository = { owner: board.github.hosted.owner, name: board.github.hosted.name }
  const carried = { ...eventIssue(issue), pullRequest: how.pullRequest }
  const event = how.comment
    ? issueCommentCreated({
        issue: carried,
        body: how.comment,
        association: how.association,
        repository
      })
    : issueLabeled({ issue: carried, label, repository })
  const env = await writeEvent(eventsFolder, event, `event-${issue.number}-${Math.random()}.json`)
  return board.run(how.inputs ? { env, inputs: { ...REFERENCE_INPUTS, ...how.inputs } } : { env })
}

interface FormElement {
  type: string
  id?: string
  attributes: { label?: string; multiple?: boolean; options?: (string | { label: string })[] }
}

interface IssueForm {
  title?: string
  labels?: string[]
  body: FormElement[]
}

/**
 * The issue GitHub files from an issue form (YAML text) and a reader's answers by input id:
 * the form's title and labels, and a body of `### Label` sections in the form's order, each
 * answer as given (a multiple dropdown's choices joined by ", ", a checkbox list as task items)
 * or `_No response_`. Answers to ids the form does not have are an error of the test.
 */
export function filedFromForm(
  formYaml: string,
  answers: Record<string, string | string[]>
): { title: string; body: string; labels: string[] } {
  const form = parse(formYaml) as IssueForm
  const inputs = form.body.filter(element => element.type !== 'markdown')
  const unknown = Object.keys(answers).filter(id => !inputs.some(element => element.id === id))
  if (unknown.length) throw new Error(`The form has no input ${unknown.join(', ')}`)
  const sections = inputs.map(element => {
    const answer = answers[element.id ?? '']
    let text: string
    if (element.type === 'checkboxes') {
      const chosen = new Set([answer ?? []].flat())
      text = (element.attributes.options ?? [])
        .map(option => (typeof option === 'string' ? option : option.label))
        .map(label => `- [${chosen.has(label) ? 'X' : ' '}] ${label}`)
        .join('\n')
    } else {
      const joined = [answer ?? []].flat().join(', ')
      text = joined.trim() === '' ? '_No response_' : joined
    }
    return `### ${element.attributes.label ?? element.id}\n\n${text}`
  })
  return {
    title: `${form.title ?? ''}${String([answers.title ?? answers.url ?? ''].flat()[0])}`,
    body: sections.join('\n\n'),
    labels: [...(form.labels ?? [])]
  }
}
