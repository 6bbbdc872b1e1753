/**
 * `init` then a run, through the CLI, on a table whose board script writes `↳` for the company
 * of the row above and 🔥 before some companies: init keeps the 🔥 of the rows that show it by
 * their postings, and the first run still writes the `↳` rows as the README has them.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const button = (n: number) =>
  `<a href="https://jobs.example/${n}"><img src="https://i.imgur.com/u1KNU8z.png" width="118" alt="Apply"></a>`
const README = [
  '# Internships',
  '',
  '| Company | Role | Location | Application/Link | Date Posted |',
  '| ------- | ---- | -------- | ---------------- | ----------- |',
  `| 🔥 **[Apple](https://simplify.jobs/c/Apple)** | Software Intern | Cupertino, CA | ${button(1)} | Oct 15 |`,
  `| ↳ | Hardware Intern | Cupertino, CA | ${button(2)} | Oct 15 |`,
  `| **[Acme](https://simplify.jobs/c/Acme)** | Data Intern | Austin, TX | ${button(3)} | Oct 14 |`,
  ''
].join('\n')
const listing = (n: number, company: string, title: string, location: string, day: number) => ({
  company,
  company_url: `https://simplify.jobs/c/${company}`,
  title,
  location,
  url: `https://jobs.example/${n}`,
  posted_at: `2024-10-${day}T12:0${4 - n}:00Z`
})
const LISTINGS = [
  listing(1, 'Apple', 'Software Intern', 'Cupertino, CA', 15),
  listing(2, 'Apple', 'Hardware Intern', 'Cupertino, CA', 15),
  listing(3, 'Acme', 'Data Intern', 'Austin, TX', 14)
]

describe('init on a ↳ row under a row whose company shows 🔥', () => {
  it('and the first run writes the ↳ row again: no byte changes', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': README, 'listings.json': JSON.stringify(LISTINGS) })
    const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
    expect(init.status).toBe(0)
    const adopted = read(join(dir, 'README.md'))
    expect(read(join(dir, 'jobs-readme.yml'))).toContain('repeat-company: ↳')
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2024-10-20T12:00:00Z'], {
      cwd: dir
    })
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toBe(adopted)
  })
})
