/**
 * The pure parts of publishing: outputs, the job summary, the commit message template, and what
 * GitHub's refusals turn into.
 */
import { describe, expect, it } from '@jest/globals'
import { runTotals, type BoardResult, type RunResult } from '../../src/board.js'
import { OUTPUTS } from '../../src/config/inputs.js'
import type { Listing } from '../../src/model.js'
import { commitMessage } from '../../src/publish/github/commit-message.js'
import { gitHubFailure, type FailureContext } from '../../src/publish/github/failures.js'
import { actionOutputs } from '../../src/publish/outputs.js'
import type { RunReport } from '../../src/publish/report.js'
import { jobSummary, MAX_LISTED } from '../../src/publish/summary.js'
import { normalizeUrl } from '../../src/url.js'
import { renderGfm } from '../helpers/cmark.js'

const STATS_OPTIONS = { salaryCurrency: 'USD', skillsCount: 5 }

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
    record: {},
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
    invalidCount: 1,
    files: [{ path: 'README.md', text: 'new' }],
    contents: new Map(),
    ...overrides
  }
}

function runResult(boards: BoardResult[] = [boardResult()]): RunResult {
  const files = boards.flatMap(board => board.files)
  const invalid = boards[0]?.invalid ?? []
  const totals = runTotals(boards, STATS_OPTIONS, invalid.length)
  return { boards, files, changed: files.length > 0, invalid, invalidCount: invalid.length, totals }
}

/** A report as the action makes it: the totals computed from the run. */
function report(overrides: Partial<RunReport> = {}, run = runResult()): RunReport {
  return { run, dryRun: false, branch: 'main', ...overrides }
}

/** Two boards over the same listings, each with its README and companion files. */
function twoBoards(): RunResult {
  const backend = boardResult({
    readmePath: 'boards/backend/README.md',
    // Two openings (a board's rows are deduped: another place makes another opening).
    rows: [
      listing(),
      listing({ id: 'y', url: 'https://jobs.example/2', location: 'Munich', workType: 'on_site' })
    ],
    added: ['https://jobs.example/1', 'https://jobs.example/2'],
    removed: [],
    files: [
      { path: 'boards/backend/README.md', text: 'b' },
      { path: 'boards/backend/archive/2025-10-22.md', text: 's' },
      { path: 'boards/backend/archive/2025-10-01.md', deleted: true }
    ]
  })
  const frontend = boardResult({
    readmePath: 'boards/frontend/README.md',
    rows: [
      listing({
        id: 'z',
        company: 'Beta',
        title: 'Frontend Developer',
        url: 'https://jobs.example/3'
      })
    ],
    added: ['https://jobs.example/3'],
    removed: ['https://jobs.example/gone'],
    files: [{ path: 'boards/frontend/feed.json', text: '{}' }]
  })
  return runResult([backend, frontend])
}

describe('outputs', () => {
  it('gives a value for every output the action declares', () => {
    const outputs = actionOutputs(report({ commit: { sha: 'abc', url: 'u' } }))
    expect(Object.keys(outputs).sort()).toEqual(OUTPUTS.map(output => output.name).sort())
    expect(outputs).toMatchObject({
      changed: 'true',
      jobs: '1',
      'remote-percent': '100',
      companies: '1',
      'avg-salary': 'n/a',
      added: '1',
      removed: '1',
      skipped: '1',
      files: 'README.md',
      deleted: '',
      'commit-sha': 'abc',
      'commit-url': 'u',
      'pull-request-number': ''
    })
  })

  it('sums the counts over several boards and lists every file written and deleted', () => {
    const outputs = actionOutputs(report({ commit: { sha: 'abc', url: 'u' } }, twoBoards()))
    expect(outputs).toMatchObject({
      jobs: '3',
      'remote-percent': '67',
      companies: '2',
      added: '3',
      removed: '1',
      skipped: '1',
      files:
        'boards/backend/README.md\nboards/backend/archive/2025-10-22.md\nboards/frontend/feed.json',
      deleted: 'boards/backend/archive/2025-10-01.md'
    })
  })

  it('counts an opening two boards show once in jobs, remote-percent and avg-salary', () => {
    const paid = { min: 100_000, max: 100_000, currency: 'USD', period: 'year' } as const
    const shared = listing({
      id: 's',
      title: 'Data Engineer',
      url: 'https://jobs.example/s',
      salary: paid
    })
    const backend = boardResult({
      rows: [listing({ salary: { ...paid, min: 40_000, max: 40_000 } }), shared]
    })
    const frontend = boardResult({
      readmePath: 'boards/frontend/README.md',
      rows: [
        // The same opening, as a second record would give it (its link, its own id).
        { ...shared, id: 's2', position: 9 },
        listing({ id: 'z', company: 'Beta', url: 'https://jobs.example/3', workType: 'on_site' })
      ]
    })
    const outputs = actionOutputs(report({}, runResult([backend, frontend])))
    expect(outputs).toMatchObject({
      jobs: '3',
      'remote-percent': '67',
      companies: '2',
      'avg-salary': '70'
    })
  })

  it('says changed=false and lists no files on a dry run, which writes nothing', () => {
    const outputs = actionOutputs(report({ dryRun: true }))
    expect(outputs).toMatchObject({ changed: 'false', files: '', deleted: '' })
  })

  it('shows n/a when no salary counts, and the average when one does', () => {
    expect(actionOutputs(report())['avg-salary']).toBe('n/a')
    const paid = boardResult({
      rows: [listing({ salary: { min: 100000, max: 140000, currency: 'USD', period: 'year' } })]
    })
    expect(actionOutputs(report({}, runResult([paid])))['avg-salary']).toBe('120')
  })
})

describe('commit message', () => {
  const template =
    '{category}: {jobs} jobs, +{added} -{removed}, {companies} companies, {remote_percent}% remote'

  it('fills every placeholder of the template', () => {
    const { totals } = report().run
    expect(commitMessage(template, [{ category: 'backend' }], totals)).toBe(
      'backend: 1 jobs, +1 -1, 1 companies, 100% remote'
    )
  })

  it('counts over every board and names each category once', () => {
    const { totals } = report({}, twoBoards()).run
    const boards = [{ category: 'backend' }, { category: 'frontend' }, { category: 'backend' }]
    expect(commitMessage(template, boards, totals)).toBe(
      'backend, frontend: 3 jobs, +3 -1, 2 companies, 67% remote'
    )
  })

  it('keeps an unknown placeholder as written, and says "all" without a category', () => {
    expect(commitMessage('{category} {nope}', [{ category: undefined }], report().run.totals)).toBe(
      'all {nope}'
    )
  })
})

describe('job summary', () => {
  it('links the commit and names the openings added by company and title', () => {
    const run = runResult([boardResult({ rows: [listing({ company: 'A*B', title: 'Dev [Go]' })] })])
    const summary = jobSummary(
      report(
        {
          commit: { sha: '0123456789abcdef', url: 'https://github.com/o/r/commit/0123456789abcdef' }
        },
        run
      )
    )
    expect(summary).toContain(
      'Committed [`0123456`](https://github.com/o/r/commit/0123456789abcdef) to `main`.'
    )
    expect(summary).toContain('| 1 | 100% | 1 | n/a | 1 | 1 | 1 |')
    expect(summary).toContain('### Added (1)\n\n- [A\\*B: Dev \\[Go\\]](https://jobs.example/1)')
    expect(renderGfm(summary)).toContain(
      '<h3>Removed (1)</h3>\n<ul>\n<li><a href="https://jobs.example/gone">https<!-- -->://jobs.example/gone</a></li>'
    )
  })

  it("shows the feed's text literally: no heading, link or tag of its choosing", () => {
    const hostile = listing({
      company: 'Acme\n# Hired',
      title: 'Dev <img src=x onerror=alert(1)> ![x](https://evil.example/x.png)',
      url: 'https://jobs.example/1) [click](https://evil.example/phish'
    })
    const run = runResult([
      boardResult({ rows: [hostile], added: [normalizeUrl(hostile.url!)], removed: [] })
    ])

    const html = renderGfm(jobSummary(report({}, run)))

    expect([...html.matchAll(/<h\d>(.*?)<\/h\d>/g)].map(match => match[1])).toEqual([
      'Job board: README.md',
      'Files (1)',
      'Added (1)'
    ])
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map(match => match[1])).toEqual([
      'https://jobs.example/1)%20%5Bclick%5D(https://evil.example/phish'
    ])
    expect(html).not.toMatch(/<img/)
    expect(html).toContain('Acme # Hired: Dev &lt;img src=x onerror=alert(1)&gt;')
  })

  it('lists the files written and deleted', () => {
    const summary = jobSummary(report({ commit: { sha: 'abc', url: 'u' } }, twoBoards()))
    expect(summary).toContain(
      [
        '### Files (4)',
        '',
        '- `boards/backend/README.md`',
        '- `boards/backend/archive/2025-10-22.md`',
        '- `boards/backend/archive/2025-10-01.md` (deleted)',
        '- `boards/frontend/feed.json`'
      ].join('\n')
    )
  })

  it('shows a row per board and one for all of them, and the openings of each board', () => {
    const summary = jobSummary(report({ commit: { sha: 'abc', url: 'u' } }, twoBoards()))
    expect(summary).toContain('## Job boards: 2 READMEs')
    expect(summary).toContain('| `boards/backend/README.md` | 12 | 34% | 9 | 139k | 2 | 0 |')
    expect(summary).toContain('| `boards/frontend/README.md` | 12 | 34% | 9 | 139k | 1 | 1 |')
    expect(summary).toContain('| **All boards** | 3 | 67% | 2 | n/a | 3 | 1 |')
    expect(summary).toContain('Skipped 1 invalid listings.')
    expect(summary).toContain('### Added in `boards/backend/README.md` (2)')
    expect(summary).toContain('### Removed in `boards/frontend/README.md` (1)\n\n- [https')
  })

  it(`lists at most ${MAX_LISTED} openings per section and counts the rest`, () => {
    const added = Array.from(
      { length: MAX_LISTED + 5 },
      (_, index) => `https://jobs.example/${index}`
    )
    const summary = jobSummary(report({}, runResult([boardResult({ added })])))
    expect(summary.match(/^- \[/gm)).toHaveLength(MAX_LISTED + 1)
    expect(summary).toContain('- and 5 more')
  })

  it('says so when nothing changed', () => {
    const unchanged = runResult([boardResult({ changed: false, files: [] })])
    const summary = jobSummary(report({}, unchanged))
    expect(summary).toContain('No change: the README is up to date, nothing was committed.')
    expect(summary).not.toContain('### Files')
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
    const limited = gitHubFailure(
      restError(403, 'You have exceeded a secondary rate limit.'),
      context
    )
    expect(limited).toMatchObject({ code: 'github-rate-limited' })
    expect(limited.message).toBe(
      "GitHub's API rate limit stopped the run while committing to main (403): You have exceeded a secondary rate limit. The run stopped there; the next run will try again. If it keeps happening, run the workflow less often or give it a token of its own."
    )
  })
})
