import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { renderGfm } from '../helpers/cmark.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2025-10-22T20:30:00Z'

const README = [
  '# Internships',
  '',
  '<!-- jobs:counts:start -->',
  '<!-- jobs:counts:end -->',
  '',
  '## Software',
  '',
  '<!-- jobs:openings:software:start -->',
  '<!-- jobs:openings:software:end -->',
  '',
  '## Hardware',
  '',
  '<!-- jobs:openings:hardware:start -->',
  '<!-- jobs:openings:hardware:end -->',
  ''
].join('\r\n')

const BOARDS = `listings: .github/scripts/listings.json
fields: { company: company_name, posted_at: date_posted }
boards:
  - readme: README.md
    zone: software
    select: { field: category, equals: Software }
  - readme: README.md
    zone: hardware
    table: { format: html }
    select: { field: category, equals: Hardware }
`

function listing(n: number, category: string) {
  return {
    id: `${n}`,
    company_name: `Company ${n}`,
    title: `${category} Intern | ${n}`,
    url: `https://jobs.example/${n}`,
    date_posted: Date.parse(NOW) / 1000 - n * 3600,
    category
  }
}

describe('the CLI with a boards file of several tables in one README', () => {
  it('renders both tables and the counts from --config alone, in one write, CRLF kept', async () => {
    const dir = scratchDir()
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    const listings = [1, 2, 3].map(n => listing(n, 'Software')).concat([listing(4, 'Hardware')])
    writeFiles(dir, {
      'README.md': README,
      'jobs-readme.yml': BOARDS,
      '.github/scripts/listings.json': JSON.stringify(listings)
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const readme = read(join(dir, 'README.md'))
    expect(readme.split('\r\n').some(line => line.includes('\n'))).toBe(false)
    const html = await renderGfm(readme)
    expect(html).toContain('<a href="#software">Software</a></strong> (3)')
    expect(html).toContain('<a href="#hardware">Hardware</a></strong> (1)')
    // The pipe table (software) and the HTML table (hardware): a title's | stays in its cell.
    expect(html.match(/<table>/g)).toHaveLength(2)
    expect(html).toContain('Software Intern | 1')
    expect(html).toContain('Hardware Intern | 4')
    expect(run.stdout).toContain('README.md (software): 3 openings (+3 -0)')
    expect(run.stdout).toContain('README.md (hardware): 1 opening (+1 -0)')

    const again = runCli(['--config', 'jobs-readme.yml', '--now', NOW, '--check'], { cwd: dir })
    expect(again.status).toBe(0)
  })
})

describe('the shared zones of several tables in one README', () => {
  const SHARED = [
    '<!-- jobs:stats:start -->',
    '<!-- jobs:stats:end -->',
    '',
    '<!-- jobs:chart:start -->',
    '<!-- jobs:chart:end -->',
    '',
    '<!-- jobs:openings:software:start -->',
    '<!-- jobs:openings:software:end -->',
    '',
    '<!-- jobs:openings:hardware:start -->',
    '<!-- jobs:openings:hardware:end -->',
    ''
  ].join('\n')
  const usd = (k: number) => ({ min: k * 1000, max: k * 1000, currency: 'USD', period: 'year' })

  it('count a listing shown in two tables once, as they do two listings of one opening', () => {
    const dir = scratchDir()
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    const listings = [
      { ...listing(1, 'Software'), work_type: 'remote', salary: usd(100), skills: ['go'] },
      { ...listing(2, 'Software'), work_type: 'on_site', skills: ['go'] },
      { ...listing(3, 'Hardware'), work_type: 'on_site', salary: usd(60) },
      // In both categories: a row in each table, one opening.
      { ...listing(4, 'Software'), category: ['Software', 'Hardware'], work_type: 'remote' },
      // Another record of opening 1 (its link), in the other table: one opening too.
      { ...listing(5, 'Hardware'), url: 'https://jobs.example/1', work_type: 'remote' }
    ]
    Object.assign(listings[3]!, { salary: usd(200), skills: ['ada'] })
    writeFiles(dir, {
      'README.md': SHARED,
      'jobs-readme.yml': BOARDS,
      '.github/scripts/listings.json': JSON.stringify(listings)
    })

    const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })

    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('README.md (software): 3 openings (+3 -0)')
    expect(run.stdout).toContain('README.md (hardware): 3 openings (+3 -0)')
    const readme = read(join(dir, 'README.md'))
    // Openings 1 (and 5), 2, 3 and 4: two remote; salaries 100k, 60k and 200k.
    expect(readme).toContain(
      '**Current Stats:** 4 jobs | 50% remote | 4 companies | Avg salary: 120k'
    )
    // go on openings 1 and 2, ada on opening 4 alone.
    expect(readme).toContain('**Trending Skills:** go, ada')
    expect(readme).toMatch(/"Remote" : 2\n/)
  })

  it('names the boards file when a board names a README that is not there', () => {
    const dir = scratchDir()
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    writeFiles(dir, {
      'README.md': README,
      'jobs-readme.yml': BOARDS.replace(
        /readme: README\.md\n {4}zone: hardware/,
        'readme: docs/HW.md'
      ),
      '.github/scripts/listings.json': JSON.stringify([listing(1, 'Software')])
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain(
      'README "docs/HW.md" not found. Check the "readme" of its board in the boards file "jobs-readme.yml"'
    )
    expect(read(join(dir, 'README.md'))).toBe(README)
  })

  it('takes the Last updated template from the first board that sets it, as counts', () => {
    const dir = scratchDir()
    mkdirSync(join(dir, '.github/scripts'), { recursive: true })
    const readme = README.replace(
      '# Internships',
      '# Internships\r\n\r\n<!-- jobs:updated:start -->\r\n<!-- jobs:updated:end -->'
    )
    writeFiles(dir, {
      'README.md': readme,
      'jobs-readme.yml': `${BOARDS}    updated: "Stand: {{ total }} roles"\n`,
      '.github/scripts/listings.json': JSON.stringify([
        listing(1, 'Software'),
        listing(2, 'Hardware'),
        listing(3, 'Hardware')
      ])
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', NOW], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(read(join(dir, 'README.md'))).toContain(
      '<!-- jobs:updated:start -->\r\nStand: 3 roles\r\n<!-- jobs:updated:end -->'
    )
  })
})
