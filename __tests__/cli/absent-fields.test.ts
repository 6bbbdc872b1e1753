/**
 * A boards file's filter or sort key on a field no listing has (a name in another case,
 * misspelled): the run warns, naming the board, the field and the closest field the listings
 * have, where it used to keep every row or leave the feed's order silently.
 */
import { describe, expect, it } from '@jest/globals'
import { runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-12-07T00:00:00Z'
const README = '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

const LISTINGS = ['remote', 'hybrid', 'on_site'].map((workType, index) => ({
  id: `${index + 1}`,
  company: `C${index}`,
  title: 'Backend Dev',
  url: `https://j.example/${index + 1}`,
  posted_at: `2026-12-0${index + 1}`,
  work_type: workType,
  season_terms: ['Summer 2026']
}))

/** The run's warnings with `board` as the boards file's one board's options. */
function warningsOf(board: string): string[] {
  const dir = scratchDir()
  writeFiles(dir, {
    'README.md': README,
    'jobs.json': JSON.stringify(LISTINGS),
    'boards.yml': `listings: jobs.json\nboards:\n  - readme: README.md\n${board.replace(/^/gm, '    ')}\n`
  })
  const run = runCli(['--config', 'boards.yml', '--now', NOW], { cwd: dir })
  expect(run.status).toBe(0)
  return run.stderr.split('\n').filter(line => line.startsWith('warning:'))
}

describe('a field no listing has', () => {
  it('in a filter: warns that the test never holds, naming the closest field', () => {
    expect(warningsOf('select:\n  - not: { field: Work_Type, equals: on_site }')).toEqual([
      'warning: README.md: the filter field "Work_Type" is in none of the 3 listings loaded, so a test on it never holds (and its "not" always does). Did you mean "work_type"? A field is named as the records write it, in the same case.'
    ])
  })

  it('in a sort key: warns that it orders nothing, naming the closest field', () => {
    expect(warningsOf('sort:\n  - { field: Posted_At, order: desc }')).toEqual([
      expect.stringContaining(
        'README.md: the sort key field "Posted_At" is in none of the 3 listings loaded, so it orders no rows'
      )
    ])
    expect(warningsOf('sort:\n  - { fields: [company, season_term] }')).toEqual([
      expect.stringContaining('"season_term" is in none of the 3 listings loaded')
    ])
    expect(warningsOf('sort:\n  - { fields: [company, season_term] }')[0]).toContain(
      'Did you mean "season_terms"?'
    )
  })

  it('of a record, in a nested filter: names the field of the records that is closest', () => {
    const warnings = warningsOf(
      'select:\n  any:\n    - { field: posted_at, after: 2026-12-02 }\n    - { field: seasonterms, contains-any: Summer }'
    )
    expect(warnings).toEqual([expect.stringContaining('filter field "seasonterms"')])
    expect(warnings[0]).toContain('Did you mean "season_terms"?')
  })

  it('counts every listing read, those its filters leave out too', () => {
    // The filter passes one listing; the field was looked for in all three.
    const warnings = warningsOf(
      'select:\n  any:\n    - { field: posted_at, after: 2026-12-02 }\n    - { field: Sourc, equals: x }'
    )
    expect(warnings).toEqual([
      expect.stringContaining('the filter field "Sourc" is in none of the 3 listings loaded')
    ])
  })

  it('is not said of a field that listings the filter leaves out have', () => {
    const listings = LISTINGS.map((listing, index) => ({ ...listing, team: `t${index}` }))
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': README,
      'jobs.json': JSON.stringify(listings),
      'boards.yml':
        'listings: jobs.json\nboards:\n  - readme: README.md\n    select:\n      any:\n        - { field: posted_at, after: 2026-12-02 }\n        - { field: team, equals: t9 }\n'
    })
    const run = runCli(['--config', 'boards.yml', '--now', NOW], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('"team"')
  })
})
