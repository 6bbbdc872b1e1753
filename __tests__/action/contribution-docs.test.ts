/**
 * README.md's Contributions section is what the code does: its workflow is the one
 * `init --contribution` writes, its issue is the generated "New role" form filled in as GitHub
 * files it, and the comments it shows are the ones `contribute` makes of that issue (applied,
 * then the same posting under another form of its link, refused).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, withReferenceFiles, writeFiles } from '../helpers/cli.js'
import { filedFromForm } from './contribution-board.js'

const readme = readFileSync('README.md', 'utf8')

/** The text of a README section, from its heading to the next heading of its level or above (not in code). */
function section(heading: string): string {
  const lines = readme.split('\n')
  const start = lines.indexOf(heading)
  if (start < 0) throw new Error(`README.md has no "${heading}"`)
  const level = heading.split(' ')[0]!.length
  let fenced = false
  const body: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^ *```/.test(line)) fenced = !fenced
    const match = /^(#+) /.exec(line)
    if (!fenced && match && match[1]!.length <= level) break
    body.push(line)
  }
  return body.join('\n')
}

/** The fenced code blocks of `text` in the language `info`, each without its indentation. */
function blocks(text: string, info: string): string[] {
  return [...text.matchAll(new RegExp(`^( *)\`\`\`${info}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm'))].map(
    ([, indent = '', body = '']) =>
      body
        .split('\n')
        .map(line => line.slice(indent.length))
        .join('\n')
  )
}

/** What `contribute` says it would comment on the issue, without the comment's hidden marker. */
function comment(stdout: string): string {
  const lines = stdout.split('\n')
  const start = lines.findIndex(line => /^Comment on #\d+:$/.test(line))
  const body: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ') && line !== '') break
    body.push(line.slice(2))
  }
  return `${body
    .filter(line => !line.startsWith('<!--'))
    .join('\n')
    .trim()}\n`
}

const ANSWERS = {
  company: 'Quokka Labs',
  company_url: 'https://quokka.example',
  title: 'Backend Engineer (Go)',
  url: 'https://quokka.example/careers/backend-go',
  location: 'Berlin, Germany',
  work_type: 'Hybrid',
  posted_at: '2025-10-22',
  categories: ['backend'],
  salary_min: '90000',
  salary_max: '120000'
}

describe('README.md: Contributions', () => {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  const init = runCli(
    ['init', '--contribution', '--listings', 'listings.json', '--category', 'backend'],
    { cwd: dir }
  )
  const file = (path: string) => read(join(dir, path))

  it('shows the workflow init --contribution writes', () => {
    expect(init.status).toBe(0)
    const [shown] = blocks(section('### Setting it up'), 'yaml')
    expect(shown?.split('\n')[0]).toBe('# .github/workflows/jobs-readme-contribute.yml')
    expect(parse(shown!)).toEqual(parse(file('.github/workflows/jobs-readme-contribute.yml')))
  })

  it('names the labels the generated forms put on their issues', () => {
    const setup = section('### Setting it up')
    for (const kind of ['new', 'edit', 'close']) {
      const form = parse(file(`.github/ISSUE_TEMPLATE/${kind}-role.yml`)) as { labels: string[] }
      for (const label of form.labels) expect(setup).toContain(`\`${label}\``)
    }
    expect(setup).toContain('`approved`')
  })

  it('shows the issue the generated "New role" form files, and the comments contribute makes of it', () => {
    const [issueBody, applied, refused] = blocks(section('### From form to commit'), 'markdown')
    const filed = filedFromForm(file('.github/ISSUE_TEMPLATE/new-role.yml'), ANSWERS)
    expect(issueBody).toBe(`${filed.body}\n`)

    const event = (number: number, body: string) =>
      JSON.stringify(
        issueLabeled({
          issue: { number, title: filed.title, body, labels: [...filed.labels, 'approved'] },
          label: 'approved'
        }).payload
      )
    const duplicate = filed.body
      .replace('Quokka Labs', 'Quokka')
      .replace(ANSWERS.url, 'https://Quokka.example/careers/backend-go/?utm_source=x')
    writeFiles(dir, { 'new.json': event(42, filed.body), 'again.json': event(43, duplicate) })
    const args = ['--listings', 'listings.json', '--readme', 'README.template.md']
    const options = ['--category', 'backend', '--now', '2025-10-22T20:30:00Z']

    const first = runCli(['contribute', '--event', 'new.json', ...args, ...options], { cwd: dir })
    expect(first.status).toBe(0)
    expect(comment(first.stdout)).toBe(applied)

    const second = runCli(['contribute', '--event', 'again.json', ...args, ...options], {
      cwd: dir
    })
    expect(second.status).toBe(1)
    expect(comment(second.stdout)).toBe(refused)
  })
})
