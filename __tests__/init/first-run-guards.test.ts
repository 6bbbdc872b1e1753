/**
 * The boards file init writes shows on its first run the rows the README's table shows and no
 * others, by the listings beside the README: two open postings of one company, title and
 * location (`dedupe: false`), no records older than every row shown (a bounded max-age-days in
 * place of 0), and no records of a flag false for exactly those the table leaves out
 * (`visible:`).
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2025-03-12T18:00:00Z'
const DAY = 86_400_000
const BUTTON = '<img src="https://i.imgur.com/w6lyvuC.png" width="84" alt="Apply">'

interface Row {
  company: string
  title: string
  location: string
  url?: string
  days: number
}

/** A Date Posted (`Mar 09`) the given days before NOW, in UTC. */
const posted = (days: number) =>
  new Date(Date.parse(NOW) - days * DAY).toLocaleDateString('en-US', {
    month: 'short',
    day: '2-digit',
    timeZone: 'UTC'
  })

/** A README of the rows, as SimplifyJobs' lists write them (🔒 for a row without a link). */
function readme(table: Row[]): string {
  return [
    '# Jobs',
    '',
    '| Company | Role | Location | Application/Link | Date Posted |',
    '| --- | --- | --- | :---: | :---: |',
    ...table.map(
      row =>
        `| **${row.company}** | ${row.title} | ${row.location} | ${
          row.url ? `<a href="${row.url}">${BUTTON}</a>` : '🔒'
        } | ${posted(row.days)} |`
    ),
    ''
  ].join('\n')
}

/** A listing in SimplifyJobs' shape. */
function record(row: Row, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    company_name: row.company,
    title: row.title,
    locations: [row.location],
    url: row.url ?? `https://closed.example/${row.company}`,
    date_posted: Math.round((Date.parse(NOW) - row.days * DAY) / 1000),
    active: row.url !== undefined,
    ...extra
  }
}

/** init beside the README and listings, then a first run a day later. */
function adoptAndRun(table: Row[], listings: Record<string, unknown>[]) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme(table), 'listings.json': JSON.stringify(listings) })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const before = read(join(dir, 'README.md'))
  const boardsFile = read(join(dir, 'jobs-readme.yml'))
  const later = new Date(Date.parse(NOW) + DAY).toISOString()
  const run = runCli(['--now', later, '--config', 'jobs-readme.yml'], { cwd: dir })
  const board = (parseYaml(boardsFile) as { boards: Record<string, unknown>[] }).boards[0]!
  return { init, boardsFile, board, run, before, after: read(join(dir, 'README.md')) }
}

describe('init, with the listings beside the README', () => {
  it('turns dedupe off when the table shows two rows of one company, title and location, only then', () => {
    const table: Row[] = [
      { company: 'Orbital', title: 'Data Analyst', location: 'Austin, TX', days: 1 },
      {
        company: 'Kite',
        title: 'Engineer I',
        location: 'Remote',
        url: 'https://k.example/1',
        days: 3
      },
      {
        company: 'Orbital',
        title: 'Data Analyst',
        location: 'Austin, TX',
        url: 'https://o.example/7',
        days: 6
      },
      {
        company: 'Orbital',
        title: 'Data Analyst',
        location: 'Austin, TX',
        url: 'https://o.example/8',
        days: 9
      }
    ]
    const { init, boardsFile, board, run, before, after } = adoptAndRun(
      table,
      table.map((row, index) => record(row, { id: `r${index}` }))
    )
    expect(init.status).toBe(0)
    expect(board.dedupe).toBe(false)
    expect(boardsFile).toContain(
      '# Rows 1 and 3 of the table show the same company, title and location ("Orbital", "Data Analyst", "Austin, TX"), which the default dedupe merges'
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    // The closed row and both open ones stay, each as the README has it.
    expect(after).toBe(before)
    // Other locations: no two rows are one opening, and dedupe stays on.
    {
      const table: Row[] = [
        {
          company: 'Orbital',
          title: 'Data Analyst',
          location: 'Austin, TX',
          url: 'https://o.example/1',
          days: 1
        },
        {
          company: 'Orbital',
          title: 'Data Analyst',
          location: 'Boston, MA',
          url: 'https://o.example/2',
          days: 2
        }
      ]
      const { board, after, before } = adoptAndRun(
        table,
        table.map(row => record(row))
      )
      expect(board.dedupe).toBeUndefined()
      expect(after).toBe(before)
    }
  })

  it('bounds max-age-days below older listings the table never shows', () => {
    // Rows 2 to 52 days old; the listings also hold closed roles 300 and 500 days old.
    const table: Row[] = [2, 20, 52].map((days, index) => ({
      company: `Co${index}`,
      title: 'SWE I',
      location: 'NYC',
      ...(index === 2 ? {} : { url: `https://co${index}.example/1` }),
      days
    }))
    const old: Row[] = [300, 500].map(days => ({
      company: `Old${days}`,
      title: 'New Grad 2024',
      location: 'Austin, TX',
      days
    }))
    const { board, boardsFile, run, before, after } = adoptAndRun(table, [
      ...table.map(row => record(row)),
      ...old.map(row => record(row))
    ])
    // The oldest row is 50 days older than the newest listing: 50 and a month's margin.
    expect(board['max-age-days']).toBe(80)
    expect(boardsFile).toContain('the listings hold 2 older it never shows')
    expect(run.status).toBe(0)
    expect(after).toBe(before)
  })

  it('bounds the margin by the next older listing, and keeps 0 when none is a week older', () => {
    const table: Row[] = [1, 40].map((days, index) => ({
      company: `Co${index}`,
      title: 'SWE I',
      location: 'NYC',
      url: `https://co${index}.example/1`,
      days
    }))
    const next: Row = { company: 'Older', title: 'SWE I', location: 'NYC', days: 50 }
    const near = adoptAndRun(table, [...table.map(row => record(row)), record(next)])
    // 39 days to the oldest row, 49 to the next older record: at most 48.
    expect(near.board['max-age-days']).toBe(48)
    expect(near.after).toBe(near.before)
    // A record less than a week older than the oldest row: a later first run would drop the row.
    const close = adoptAndRun(table, [
      ...table.map(row => record(row)),
      record({ ...next, days: 44 })
    ])
    expect(close.board['max-age-days']).toBe(0)
    const alone = adoptAndRun(
      table,
      table.map(row => record(row))
    )
    expect(alone.board['max-age-days']).toBe(0)
    expect(alone.after).toBe(alone.before)
  })

  it('writes visible: for a flag false in listings the table leaves out', () => {
    const table: Row[] = [1, 4, 8].map((days, index) => ({
      company: `Co${index}`,
      title: 'SWE I',
      location: 'NYC',
      url: `https://co${index}.example/1`,
      days
    }))
    // A closed row of two records (a role posted twice the same day), one of them hidden.
    const twin: Row = { company: 'Twin', title: 'SWE II', location: 'NYC', days: 5 }
    table.splice(2, 0, twin)
    const hidden: Row = {
      company: 'Spam',
      title: 'Spam Role',
      location: 'NYC',
      url: 'https://spam.example/1',
      days: 3
    }
    const { board, boardsFile, run, before, after } = adoptAndRun(table, [
      ...table.map(row => record(row, { is_visible: true, sponsored: false })),
      record(hidden, { is_visible: false, sponsored: false }),
      record({ ...twin, days: 5.01 }, { is_visible: false, sponsored: false })
    ])
    expect(board.visible).toBe('is_visible')
    expect(boardsFile).toContain(
      '# 1 of the listings have is_visible: false and the table shows none of them'
    )
    expect(run.stderr).toBe('')
    expect(after).toBe(before)
  })
})
