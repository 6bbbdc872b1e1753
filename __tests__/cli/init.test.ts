import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const BOARD = [
  '# Backend Jobs',
  '',
  '<sub><small>Last updated: Jul 01, 2026 at 06:00 UTC</small></sub>',
  '',
  '## Current Openings',
  '',
  '| Company | Position | Location | Type | Date |',
  '| ------- | -------- | -------- | ---- | ------ |',
  '| **[Acme](https://acme.example)** | **[Backend Developer](https://jobs.example/1)** | Berlin | Remote | Jun 30 |',
  '',
  '## About',
  ''
].join('\n')

describe('jobs-readme init', () => {
  it('adds the markers around the existing table and Last updated line, and nothing else', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': BOARD })
    const run = runCli(['init'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Added markers to README.md around: updated, openings')
    const adopted = read(join(dir, 'README.md'))
    expect(adopted).toContain('<!-- jobs:openings:start -->\n| Company |')
    expect(adopted).toContain('Jun 30 |\n<!-- jobs:openings:end -->')
    expect(
      adopted
        .split('\n')
        .filter(line => !line.startsWith('<!-- jobs:'))
        .join('\n')
    ).toBe(BOARD)
  })

  it.each([
    ['a blockquote', '> **Last updated:** Jul 01, 2026'],
    ['a heading', '### Last updated: 2026-07-01'],
    ['a list', '- Last updated: Jul 1, 2026'],
    ['an HTML block', '<p align="center">Last updated: Jul 1, 2026</p>']
  ])(
    'says it left a Last updated line in %s unwrapped, and leaves it as written',
    (where, line) => {
      const dir = scratchDir()
      const board = BOARD.replace(/^<sub>.*$/m, line)
      writeFiles(dir, { 'README.md': board })
      const run = runCli(['init'], { cwd: dir })
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('around: openings.')
      expect(run.stdout).toContain(
        `Line 3 ("${line}") reads as a Last updated line in ${where}: init wraps only a Last updated line of its own`
      )
      expect(read(join(dir, 'README.md'))).toContain(`\n\n${line}\n\n`)
    }
  )

  it('says nothing of a Last updated line shown in a code block', () => {
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': BOARD.replace(/^<sub>.*$/m, '```\nLast updated: Jul 1, 2026\n```')
    })
    const run = runCli(['init'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('reads as a Last updated line')
  })

  it('changes nothing the second time, and --check then exits 0', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': BOARD })
    runCli(['init'], { cwd: dir })
    const once = read(join(dir, 'README.md'))
    const again = runCli(['init'], { cwd: dir })
    expect(again.stdout).toContain('already has its markers')
    expect(read(join(dir, 'README.md'))).toBe(once)
    expect(runCli(['init', '--check'], { cwd: dir }).status).toBe(0)
  })

  it('--check exits 1 on a board without markers and writes nothing', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': BOARD })
    const check = runCli(['init', '--check'], { cwd: dir })
    expect(check.status).toBe(1)
    expect(read(join(dir, 'README.md'))).toBe(BOARD)
  })

  it('fails with advice when there is no table to wrap', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': '# Jobs\n\nNothing here yet.\n' })
    const run = runCli(['init'], { cwd: dir })
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(/--line/)
  })

  it('then lets a normal run fill the adopted board', () => {
    const dir = scratchDir()
    const posting = (n: number, postedAt: string) => ({
      company: 'Acme',
      title: `Backend Developer ${n}`,
      url: `https://jobs.example/${n}`,
      posted_at: postedAt,
      categories: ['backend']
    })
    const listings = [posting(1, '2026-06-30T10:00:00Z'), posting(2, '2026-07-01T05:00:00Z')]
    writeFiles(dir, { 'README.md': BOARD, 'jobs.json': JSON.stringify(listings) })
    runCli(['init'], { cwd: dir })
    const run = runCli(
      ['--listings', 'jobs.json', '--category', 'backend', '--now', '2026-07-01T06:00:00Z'],
      {
        cwd: dir
      }
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 openings (+1 -0)')
    expect(read(join(dir, 'README.md'))).toContain('https://jobs.example/2?utm_source=github')
  })

  it('describes a table already between markers placed by hand in a boards file that lacks it', () => {
    // Markers placed by hand (or a boards file lost): the run would write the default table
    // over the board's own; init writes the boards file for the table between the markers.
    const dir = scratchDir()
    const marked = BOARD.replace(/<sub>.*\n\n/, '')
      .replace('| Company |', '<!-- jobs:openings:start -->\n| Company |')
      .replace('Jun 30 |\n', 'Jun 30 |\n<!-- jobs:openings:end -->\n')
    writeFiles(dir, { 'README.md': marked })
    const run = runCli(['init'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('README.md already has its markers.')
    expect(run.stdout).toContain('Wrote 1 board in jobs-readme.yml')
    expect(read(join(dir, 'README.md'))).toBe(marked)
    const boards = read(join(dir, 'jobs-readme.yml'))
    // The default table, whose links carry no tracking parameters: without `utm: false` the
    // first run would rewrite every row.
    expect(boards).toContain('- readme: README.md\n    utm: false')

    const again = runCli(['init'], { cwd: dir })
    expect(again.stdout).toContain('README.md already has its markers; nothing to do.')
    expect(again.stdout).toContain('jobs-readme.yml already describes the tables of README.md')
    expect(read(join(dir, 'jobs-readme.yml'))).toBe(boards)
  })

  it('writes for a README already marked the boards file it writes for the same README unmarked', () => {
    // A counts zone, a Last updated line in its own shape and two tables named otherwise in the
    // counts block: init on the marked README reads them as it reads them when it wraps them.
    const unmarked = [
      '# Board',
      '',
      '**Last updated:** 2025-10-24 10:00',
      '',
      '### Browse 3 Internship Roles by Category',
      '',
      '💻 **[Software Engineering](https://github.com/o/r/blob/dev/README.md#-software-engineering-internship-roles)** (2)',
      '',
      '📱 **[Product Management](https://github.com/o/r/blob/dev/README.md#-product-management-internship-roles)** (1)',
      '',
      '---',
      '',
      '## 💻 Software Engineering Internship Roles',
      '',
      '| Company | Role | Location | Date Posted |',
      '| --- | --- | --- | --- |',
      '| **Acme** | SWE Intern | NYC | Oct 24 |',
      '| **Beta** | SWE Intern 2 | SF | Oct 23 |',
      '',
      '## 📱 Product Management Internship Roles',
      '',
      '| Company | Role | Location | Date Posted |',
      '| --- | --- | --- | --- |',
      '| **Gamma** | PM Intern | NYC | Oct 22 |',
      ''
    ].join('\n')
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': unmarked })
    const first = runCli(['init'], { cwd: dir })
    expect(first.stderr).toBe('')
    expect(first.stdout).toContain('around: updated, counts, openings:software-engineering')
    const fromUnmarked = read(join(dir, 'jobs-readme.yml'))
    expect(fromUnmarked).toContain(
      'updated: \'**Last updated:** {{ now | date: "%Y-%m-%d %H:%M" }}\''
    )
    expect(fromUnmarked).toContain('zone-title: Software Engineering')
    expect(fromUnmarked).toContain('### Browse {{ total }} Internship Roles by Category')
    const marked = read(join(dir, 'README.md'))

    const second = scratchDir()
    writeFiles(second, { 'README.md': marked })
    const again = runCli(['init'], { cwd: second })
    expect(again.stderr).toBe('')
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('README.md already has its markers.')
    expect(read(join(second, 'README.md'))).toBe(marked)
    expect(read(join(second, 'jobs-readme.yml'))).toBe(fromUnmarked)
  })

  it('writes a default board for an openings zone the README marks with no table in it, and names it', () => {
    const readme = [
      '# Board',
      '',
      '## Backend',
      '',
      '<!-- jobs:openings:backend:start -->',
      '| Company | Role | Location | Date Posted |',
      '| --- | --- | --- | --- |',
      '| **Acme** | SWE Intern | NYC | Oct 24 |',
      '<!-- jobs:openings:backend:end -->',
      '',
      '## Frontend',
      '',
      '<!-- jobs:openings:frontend:start -->',
      '<!-- jobs:openings:frontend:end -->',
      ''
    ].join('\n')
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': readme })
    const run = runCli(['init'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'Zone openings:frontend of README.md holds no table yet: its board writes the default table'
    )
    expect(run.stdout).toContain('Wrote 2 boards in jobs-readme.yml')
    expect(read(join(dir, 'README.md'))).toBe(readme)
    const boards = read(join(dir, 'jobs-readme.yml'))
    expect(boards).toContain('The openings:frontend zone holds no table yet')
    expect(boards).toMatch(/- readme: README\.md\n {4}zone: frontend\n?$/)

    // The boards file runs: the empty zone gets the default table, the other keeps its own.
    writeFiles(dir, {
      'listings.json': JSON.stringify([
        {
          company: 'Acme',
          title: 'SWE Intern',
          url: 'https://acme.example/1',
          location: 'NYC',
          posted_at: '2025-10-24'
        }
      ])
    })
    const board = runCli(
      [
        '--config',
        'jobs-readme.yml',
        '--listings',
        'listings.json',
        '--now',
        '2025-10-25T00:00:00Z'
      ],
      { cwd: dir }
    )
    expect(board.stderr).toBe('')
    expect(board.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain(
      '<!-- jobs:openings:frontend:start -->\n| Company | Position | Location | Type | Date |'
    )
  })
})
