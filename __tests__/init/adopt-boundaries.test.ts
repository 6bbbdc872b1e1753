/**
 * `init` then a run, through the CLI, on READMEs whose tables border on hand-written text: what
 * init puts in a zone is the table and nothing a reader sees besides, so the first run deletes
 * none of it; init reads a large README as fast as a run does; and init refuses the markers a
 * run would refuse.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CLI, read, runCli, scratchDir, writeFiles, type CliRun } from '../helpers/cli.js'

const LISTINGS = resolve('examples/backend/listings.json')
const RUN = [
  ...['--listings', 'listings.json', '--category', 'backend', '--max-rows', '2'],
  ...['--now', '2025-10-22T20:30:00Z', '--config', 'jobs-readme.yml'],
  ...['--max-removed-percent', '100']
]

/** A scratch folder with the README and the backend example's listings. */
function board(readme: string): string {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme })
  copyFileSync(LISTINGS, join(dir, 'listings.json'))
  return dir
}

const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) child.kill()
})

/** The CLI, run without blocking, so that the test's timeout can stop a run that takes too long. */
function runCliAsync(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    children.push(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', failed)
    child.on('close', status => done({ status, stdout, stderr }))
  })
}

describe('init on a README with a long nested list', () => {
  // 20,000 items with a sub-item each (520 KB): init read it with micromark, in time quadratic
  // in the lists (67 s for 4,000 items, over 10 minutes for these); a run reads it in a second.
  const table = '| Company | Role |\n|---|---|\n| A | B |\n'
  const list = Array.from({ length: 20_000 }, (_, i) => `- item ${i}\n  - sub ${i}\n`).join('')
  const readme = `# Board\n\n## Jobs\n\n${table}\n${list}`

  it('is adopted, and then updated, within the test timeout', async () => {
    const dir = board(readme)
    const init = await runCliAsync(['init', '--readme', 'README.md'], dir)
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toBe(
      `# Board\n\n## Jobs\n\n<!-- jobs:openings:start -->\n${table}<!-- jobs:openings:end -->\n\n${list}`
    )
    const run = await runCliAsync([...RUN, '--max-bytes', '1000000'], dir)
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md')).endsWith(`<!-- jobs:openings:end -->\n\n${list}`)).toBe(
      true
    )
  })
})

describe('init on a README whose markers a run refuses', () => {
  const table = '## Jobs\n\n| Company | Role |\n|---|---|\n| A | B |\n'

  it.each([
    [
      'shown in a list item',
      '1. Add:\n\n   <!-- jobs:openings:start -->\n   <!-- jobs:openings:end -->\n'
    ],
    ['quoted', '> <!-- jobs:openings:start -->\n> <!-- jobs:openings:end -->\n'],
    ['a start without its end', '<!-- jobs:stats:start -->\n']
  ])('refuses them as the run does, naming the line, and writes nothing: %s', (_, markers) => {
    const readme = `# Board\n\n${markers}\n${table}`
    const dir = board(readme)
    const run = runCli(
      RUN.filter(flag => !['--config', 'jobs-readme.yml'].includes(flag)),
      {
        cwd: dir
      }
    )
    expect(run.status).toBe(3)
    const refusal = run.stderr.split('\n').find(line => line.startsWith('jobs-readme: Line '))
    expect(refusal).toMatch(/^jobs-readme: Line [35]: <!-- jobs:\w+:(start|end) -->/)
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(init.stderr.trim()).toBe(refusal)
    expect(init.status).toBe(3)
    expect(read(join(dir, 'README.md'))).toBe(readme)
    expect(existsSync(join(dir, 'jobs-readme.yml'))).toBe(false)
  })
})
