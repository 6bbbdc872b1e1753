/** The workflow's event when it may carry a contribution: an issue labelled or commented on. */
import { readFile } from 'node:fs/promises'
import { errors } from '../errors.js'
import type { ContributionEvent } from './contribute.js'

export const CONTRIBUTION_EVENTS = ['issues', 'issue_comment']

/** The event at `path`, named `name`; undefined for any other kind of event. */
export async function readContributionEvent(
  name: string | undefined,
  path: string | undefined
): Promise<ContributionEvent | undefined> {
  if (!name || !CONTRIBUTION_EVENTS.includes(name)) return undefined
  if (!path) throw errors.contributionEvent('(GITHUB_EVENT_PATH is not set)', 'is missing')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw errors.contributionEvent(path, `cannot be read: ${(error as Error).message}`)
  }
  try {
    return { name, payload: JSON.parse(text) as unknown }
  } catch (error) {
    throw errors.contributionEvent(path, `is not JSON: ${(error as Error).message}`)
  }
}
