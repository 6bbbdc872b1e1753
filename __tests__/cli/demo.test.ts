/**
 * `npm start`, the demo a fresh clone runs first (README, "Quick start"): it updates a scratch
 * copy of examples/backend, shows the diff, and a second run finds nothing to change. The
 * example itself is left as it is.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { scratchDir } from '../helpers/scratch.js'

describe('npm start', () => {
  it('updates a scratch copy of the example, shows the diff, and a second run changes nothing', () => {
    const example = readFileSync('examples/backend/README.md')
    // The demo keeps its scratch copy for the reader to look at: here it goes in a folder the
    // test removes.
    const temp = scratchDir()
    const run = spawnSync(process.execPath, ['scripts/demo.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', TMPDIR: temp }
    })

    // An error of the CLI (its "jobs-readme: ..." line) shows here first.
    expect(run.stderr).not.toMatch(/jobs-readme: /)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`$ cd ${temp}/jobs-readme-demo-`)
    // The diff adds the table's rows and the stats.
    expect(run.stdout).toMatch(/\+.*\| \*\*\[.+\]\(https:\/\/.+\)\*\* \|/)
    expect(run.stdout).toContain('**Current Stats:** 50 jobs')
    // Its output, piped here, has no colour codes.
    expect(run.stdout).not.toContain('\u001b[')
    expect(run.stdout).toMatch(/Up to date: README\.md: 50 openings \(\+0 -0\)/)
    expect(readFileSync('examples/backend/README.md')).toEqual(example)
  })
})
