/**
 * `init` then a run, through the CLI, on READMEs whose tables border on hand-written text: what
 * init puts in a zone is the table and nothing a reader sees besides, so the first run deletes
 * none of it; init reads a large README as fast as a run does; and init refuses the markers a
 * run would refuse.
 */
import { describe, expect, it } from '@jest/globals'
import { copyFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, runCliAsync, scratchDir, writeFiles } from '../helpers/cli.js'

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

/** init, then a run with the boards file it wrote: their outcomes and the README after each. */
function adoptAndRun(readme: string) {
  const dir = board(readme)
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const adopted = read(join(dir, 'README.md'))
  const run = init.status === 0 ? runCli(RUN, { cwd: dir }) : undefined
  return { dir, init, adopted, run, after: read(join(dir, 'README.md')) }
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

describe('init on an HTML table whose end is not one a zone can end at', () => {
  const table = '<table>\n<tr><th>Company</th><th>Role</th></tr>\n<tr><td>A</td><td>B</td></tr>\n'

  it.each([
    [
      'text on the line under </table>',
      `## Jobs\n\n${table}</table>\nThanks to all contributors!\n\n## Other\n`,
      /^jobs-readme: Line 7: "Thanks to all contributors!" follows the table's <\/table> with no blank line between/
    ],
    [
      'text on the line under the </details> of its closed roles',
      `## Board\n\n${table}</table>\n\n<details><summary>Closed</summary>\n\n${table}</table>\n\n</details>\nThanks!\n`,
      /^jobs-readme: Line 16: "Thanks!" follows the <\/details> of its closed roles with no blank line between/
    ],
    [
      'a <table> without </table>, a paragraph and another table after it',
      `## Jobs\n\n${table}\nA paragraph.\n\n${table}</table>\n`,
      /^jobs-readme: Line 3: this <table> has no <\/table> before line 7/
    ]
  ])('refuses, naming the line, and writes nothing: %s', (_, readme, message) => {
    const { dir, init, adopted } = adoptAndRun(readme)
    expect(init.stderr).toMatch(message)
    expect(init.status).toBe(3)
    expect(adopted).toBe(readme)
    expect(existsSync(join(dir, 'jobs-readme.yml'))).toBe(false)
  })
})

describe('init on a pipe table with a line of text right under its rows', () => {
  // jobright-ai's boards (2025-08) end their table with "See all jobs at [jobright.ai](...)" on
  // the next line: GFM reads a line with no "|" there as one more row of one cell.
  const rows = '| Company | Role |\n|---|---|\n| A | B |\n| C | D |\n'

  it.each([
    ['at the end', `## Jobs\n\n${rows}See all jobs at [jobright.ai](https://jobright.ai) ⬆️\n`, 7],
    [
      'between rows',
      `## Jobs\n\n| Company | Role |\n|---|---|\n| A | B |\nSee all jobs at [jobright.ai](https://jobright.ai) ⬆️\n| C | D |\n`,
      6
    ]
  ])('refuses, naming the line, and writes nothing: %s', (_, readme, line) => {
    // GitHub shows the line as a row of the table: the zone would take it in.
    expect(renderGfm(readme)).toMatch(/<td>See all jobs at <a href="https:\/\/jobright.ai">/)
    const { dir, init, adopted } = adoptAndRun(readme)
    expect(init.stderr).toContain(
      `jobs-readme: Line ${line}: "See all jobs at [jobright.ai](https://jobright.ai) ⬆️" follows the table's rows with no blank line between, so GitHub shows it as one more row of the table`
    )
    expect(init.status).toBe(3)
    expect(adopted).toBe(readme)
    expect(existsSync(join(dir, 'jobs-readme.yml'))).toBe(false)
  })

  it('adopts the table once a blank line stands before the text, and the run keeps the text', () => {
    const readme = `## Jobs\n\n${rows}\nSee all jobs at [jobright.ai](https://jobright.ai) ⬆️\n`
    const { init, run, after } = adoptAndRun(readme)
    expect(init.status).toBe(0)
    expect(run?.status).toBe(0)
    expect(after).toMatch(
      /<!-- jobs:openings:end -->\n\nSee all jobs at \[jobright.ai\]\(https:\/\/jobright.ai\) ⬆️\n$/
    )
  })
})

describe('init on tables with the same header that something stands between', () => {
  const pipe = (company: string) => `| Company | Role |\n|---|---|\n| ${company} | Intern |\n`

  it('makes a zone of each table in its own <details>, and the run keeps both <details>', () => {
    const readme = `# Board\n\n<details><summary>USA</summary>\n\n${pipe('A')}\n</details>\n\n<details><summary>Europe</summary>\n\n${pipe('C')}\n</details>\n`
    const { init, run, after } = adoptAndRun(readme)
    expect(init.status).toBe(0)
    // Each named after the summary of its <details>.
    expect(init.stdout).toMatch(/around: openings:usa, openings:europe\./)
    expect(run?.status).toBe(0)
    expect(after).toContain(
      '</details>\n\n<details><summary>Europe</summary>\n\n<!-- jobs:openings:europe:start -->'
    )
    const page = renderGfm(after)
    expect(count(page, /<details>/g)).toBe(2)
    expect(count(page, /<\/details>/g)).toBe(2)
    expect(page).toContain('<summary>Europe</summary>')
    expect(count(page, /<table>/g)).toBe(2)
  })

  it('makes a zone of each table a paragraph stands between, and the run keeps the paragraph', () => {
    const readme = `# Board\n\n${pipe('A')}\nThe roles below are remote-only.\n\n${pipe('C')}`
    const { init, run, after } = adoptAndRun(readme)
    expect(init.status).toBe(0)
    expect(run?.status).toBe(0)
    expect(renderGfm(after)).toContain('<p>The roles below are remote-only.</p>')
    expect(count(renderGfm(after), /<table>/g)).toBe(2)
  })
})
