/**
 * The event payloads the contribution tests run on are GitHub's: each builder checks what it made
 * against GitHub's webhook schemas (webhook-schemas.json), and that check fails on a payload GitHub
 * would not send, with ajv's error saying where.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  checkedEvent,
  issueCommentCreated,
  issueLabeled,
  webhookProblems
} from '../github-double/webhook-events.js'

const ISSUE = { number: 7, title: 'New role: Backend Engineer', body: '### Company\n\nQuokka Labs' }

describe('event payloads checked against GitHub’s webhook schemas', () => {
  it('holds the schemas of exactly the events contribution mode acts on', () => {
    const extract = JSON.parse(
      readFileSync('__tests__/github-double/webhook-schemas.json', 'utf8')
    ) as { $comment: string; definitions: Record<string, unknown> }
    const events = Object.keys(extract.definitions).filter(name => name.includes('$'))
    expect(events.sort()).toEqual(['issue_comment$created', 'issues$labeled'])
    expect(extract.$comment).toContain('@octokit/webhooks-schemas@')
  })

  it('builds an issues "labeled" and an issue_comment "created" event that pass', () => {
    const labeled = issueLabeled({ issue: ISSUE, label: 'approved' })
    const comment = issueCommentCreated({
      issue: { ...ISSUE, labels: ['new-listing'] },
      body: '/approve'
    })
    const onPull = issueCommentCreated({ issue: { ...ISSUE, pullRequest: true }, body: '/approve' })

    for (const event of [labeled, comment, onPull])
      expect(webhookProblems(event.name, event.payload)).toEqual([])
    expect(labeled.payload).toMatchObject({
      action: 'labeled',
      label: { name: 'approved' },
      issue: { number: 7, labels: [{ name: 'approved' }] }
    })
  })

  it('rejects an issue without its number, saying where', () => {
    const { payload } = issueLabeled({ issue: ISSUE, label: 'approved' })
    const { number: _, ...issue } = payload.issue as Record<string, unknown>

    expect(() => checkedEvent('issues', { ...payload, issue })).toThrow(
      "payload.issue must have required property 'number'"
    )
  })

  it('rejects the shorthand payloads the tests once wrote by hand', () => {
    // An issue of four fields, labels as bare names, a sender with a login only.
    const shorthand = {
      action: 'labeled',
      label: { name: 'approved' },
      sender: { login: 'maintainer' },
      issue: { number: 7, title: 'Role', body: '', state: 'open', labels: ['approved'] }
    }
    const problems = webhookProblems('issues', shorthand)

    expect(problems).toContain("payload must have required property 'repository'")
    expect(problems).toContain("payload.issue must have required property 'html_url'")
    expect(problems).toContain('payload.issue.labels.0 must be object')
    expect(problems).toContain("payload.sender must have required property 'id'")
  })

  it('rejects a comment event whose association GitHub never sends, and an action it has no schema for', () => {
    expect(() =>
      issueCommentCreated({ issue: ISSUE, body: '/approve', association: 'MAINTAINER' })
    ).toThrow('payload.comment.author_association must be equal to one of the allowed values')
    expect(webhookProblems('issues', { action: 'opened' })).toEqual([
      'no schema for "issues$opened" in webhook-schemas.json (run scripts/extract-webhook-schemas.mjs with it added)'
    ])
  })
})
