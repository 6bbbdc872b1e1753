/**
 * The boards file's `contribution` section: which label approves, and which form label fills
 * which field, for `contribute --event` with `--config` alone (listings named in the file).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, withReferenceFiles, writeFiles } from '../helpers/cli.js'

const BOARDS = `listings: listings.json
contribution:
  label: accepted
  fields: { Employer: company, Opening: title, Apply here: url }
boards:
  - readme: README.template.md
    category: backend
`

const FORM =
  '### Employer\n\nQuokka Labs\n\n### Opening\n\nBackend Engineer\n\n### Apply here\n\nhttps://quokka.example/jobs/1\n\n### Categories\n\nbackend\n'

/** An `issues` "labeled" event GitHub would send (checked against its webhook schema). */
function labelled(label: string): string {
  const issue = { number: 9, title: 'New role', body: FORM, labels: [label] }
  return JSON.stringify(issueLabeled({ issue, label }).payload)
}

function board(event: string): string {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  writeFiles(dir, { 'event.json': event, 'jobs-readme.yml': BOARDS })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  return dir
}

const ARGS = ['contribute', '--event', 'event.json', '--config', 'jobs-readme.yml']
const NOW = ['--now', '2025-10-22T20:30:00Z']

describe('contribute with the boards file’s contribution section', () => {
  it('applies a form approved by the file’s label, reading the file’s form labels', () => {
    const dir = board(labelled('accepted'))
    const run = runCli([...ARGS, ...NOW], { cwd: dir })
    expect(run.status).toBe(0)
    expect(JSON.parse(read(join(dir, 'listings.json'))).at(-1)).toMatchObject({
      company: 'Quokka Labs',
      title: 'Backend Engineer',
      url: 'https://quokka.example/jobs/1'
    })
    expect(read(join(dir, 'README.template.md'))).toContain('Quokka Labs')
  })

  it('leaves a form labelled with the default label alone, writing nothing', () => {
    const dir = board(labelled('approved'))
    const before = read(join(dir, 'listings.json'))
    const run = runCli([...ARGS, ...NOW], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('accepted')
    expect(read(join(dir, 'listings.json'))).toBe(before)
  })
})
