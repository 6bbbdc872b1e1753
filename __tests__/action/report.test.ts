/**
 * The pure parts of publishing: outputs, the job summary, the commit message template, and what
 * GitHub's refusals turn into.
 */
import { describe, expect, it } from '@jest/globals'
import type { BoardResult } from '../../src/board.js'
import { OUTPUTS } from '../../src/config/inputs.js'
import type { Listing } from '../../src/model.js'
import { commitMessage } from '../../src/publish/github/commit-message.js'
import { gitHubFailure, type FailureContext } from '../../src/publish/github/failures.js'
import { actionOutputs } from '../../src/publish/outputs.js'
import { jobSummary, MAX_LISTED } from '../../src/publish/summary.js'

function listing(overrides: Partial<Listing> = {}): Listing {
  return {
    id: 'x',
    company: 'Acme',
    title: 'Backend Developer',
    url: 'https://jobs.example/1',
    location: 'Berlin',
    workType: 'remote',
    postedAt: Date.UTC(2025, 9, 22),
    skills: [],
    active: true,
    position: 1,
    ...overrides
  }
}

function boardResult(overrides: Partial<BoardResult> = {}): BoardResult {
  return {
    readmePath: 'README.md',
    before: 'old',
    after: 'new',
    changed: true,
    stats: { jobs: 12, remotePercent: 34, companies: 9, avgSalaryK: 139, skills: [] },
    rows: [listing()],
    leftOut: 0,
    added: ['https://jobs.example/1'],
    removed: ['https://jobs.example/gone'],
    invalid: [{ position: 3, reason: 'url is missing' }],
    ...overrides
  }
}

describe('outputs', () => {
  it('gives a value for every output the action declares', () => {
    const outputs = actionOutputs({
      result: boardResult(),
      dryRun: false,
      commit: { sha: 'abc', url: 'u' }
    })
    expect(Object.keys(outputs).sort()).toEqual(OUTPUTS.map(output => output.name).sort())
    expect(outputs).toMatchObject({
      changed: 'true',
      jobs: '12',
      'remote-percent': '34',
      companies: '9',
      'avg-salary': '139',
      added: '1',
      removed: '1',
      skipped: '1',
      'commit-sha': 'abc',
      'commit-url': 'u',
      'pull-request-number': ''
    })
  })

  it('says changed=false on a dry run, which writes nothing', () => {
    expect(actionOutputs({ result: boardResult(), dryRun: true }).changed).toBe('false')
  })

  it('shows n/a when no salary counts', () => {
    const result = boardResult({ stats: { ...boardResult().stats, avgSalaryK: null } })
    expect(actionOutputs({ result, dryRun: false })['avg-salary']).toBe('n/a')
  })
})

describe('commit message', () => {
  it('fills every placeholder of the template', () => {
    const template =
      '{category}: {jobs} jobs, +{added} -{removed}, {companies} companies, {remote_percent}% remote'
    expect(commitMessage({ commitMessage: template, category: 'backend' }, boardResult())).toBe(
      'backend: 12 jobs, +1 -1, 9 companies, 34% remote'
    )
  })

  it('keeps an unknown placeholder as written, and says "all" without a category', () => {
    expect(
      commitMessage({ commitMessage: '{category} {nope}', category: undefined }, boardResult())
    ).toBe('all {nope}')
  })
})

describe('job summary', () => {
  it('links the commit and names the openings added by company and title', () => {
    const summary = jobSummary({
      result: boardResult({ rows: [listing({ company: 'A*B', title: 'Dev [Go]' })] }),
      dryRun: false,
      branch: 'main',
      commit: { sha: '0123456789abcdef', url: 'https://github.com/o/r/commit/0123456789abcdef' }
    })
    expect(summary).toContain(
      'Committed [`0123456`](https://github.com/o/r/commit/0123456789abcdef) to `main`.'
    )
    expect(summary).toContain('| 12 | 34% | 9 | 139k | 1 | 1 | 1 |')
    expect(summary).toContain('### Added (1)\n\n- [A\\*B: Dev \\[Go\\]](https://jobs.example/1)')
    expect(summary).toContain(
      '### Removed (1)\n\n- [https://jobs.example/gone](https://jobs.example/gone)'
    )
  })

  it(`lists at most ${MAX_LISTED} openings per section and counts the rest`, () => {
    const added = Array.from(
      { length: MAX_LISTED + 5 },
      (_, index) => `https://jobs.example/${index}`
    )
    const summary = jobSummary({ result: boardResult({ added }), dryRun: false, branch: 'main' })
    expect(summary.match(/^- \[/gm)).toHaveLength(MAX_LISTED + 1)
    expect(summary).toContain('- and 5 more')
  })

  it('says so when nothing changed', () => {
    const summary = jobSummary({ result: boardResult({ changed: false }), dryRun: false })
    expect(summary).toContain('No change: the README is up to date, nothing was committed.')
  })
})

describe("GitHub's refusals", () => {
  const context: FailureContext = {
    repository: 'o/r',
    doing: 'committing to main',
    permission: 'contents: write'
  }
  const restError = (status: number, message: string) =>
    Object.assign(new Error(message), { status, response: { data: { message } } })
  const graphqlError = (type: string, message: string) =>
    Object.assign(new Error('Request failed due to following response errors'), {
      errors: [{ type, message }]
    })

  it('treats a moved head as a refusal to retry, in both APIs', () => {
    for (const error of [
      graphqlError(
        'STALE_DATA',
        'Expected branch to point to "abc" but it did not. Pull and try again.'
      ),
      restError(422, 'Update is not a fast forward')
    ])
      expect(gitHubFailure(error, context)).toMatchObject({
        name: 'WriteRefused',
        reason: 'stale-head'
      })
  })

  it('recognizes branch protection, in both APIs', () => {
    for (const error of [
      graphqlError(
        'UNPROCESSABLE',
        'Repository rule violations found\n\nChanges must be made through a pull request.'
      ),
      restError(422, 'Protected branch update failed for refs/heads/main.')
    ])
      expect(gitHubFailure(error, context)).toMatchObject({ reason: 'protected-branch' })
  })

  it('turns 401, 403 and 404 into messages that say what to do', () => {
    expect(gitHubFailure(restError(401, 'Bad credentials'), context)).toMatchObject({
      code: 'github-auth'
    })
    expect(
      gitHubFailure(graphqlError('FORBIDDEN', 'Resource not accessible by integration'), context)
        .message
    ).toContain('"permissions: contents: write"')
    expect(gitHubFailure(restError(404, 'Not Found'), context)).toMatchObject({
      code: 'repository-not-found'
    })
  })

  it('reports a lasting outage or rate limit as a failure to retry later, not a permission problem', () => {
    expect(gitHubFailure(restError(502, 'Server Error'), context).message).toBe(
      'GitHub failed while committing to main (502): Server Error. Retries did not help; try again later.'
    )
    expect(
      gitHubFailure(restError(403, 'You have exceeded a secondary rate limit.'), context)
    ).toMatchObject({
      code: 'github-failed'
    })
  })
})
