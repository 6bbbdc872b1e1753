/**
 * GitHub stops rendering a README past 512,000 bytes. With 20,000 openings and no row cap,
 * the default max-bytes (500,000) keeps the README renderable: the oldest rows are left out
 * and a line says how many.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { renderGfm } from '../helpers/cmark.js'
import { read, REFERENCE, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = Date.parse('2025-10-22T20:30:00Z')
const COUNT = 20_000

function listings(): object[] {
  return Array.from({ length: COUNT }, (_, n) => ({
    id: `job-${n}`,
    company: `Company ${n % 3000}`,
    company_url: `https://company-${n % 3000}.example/`,
    title: `Senior Backend Engineer ${n} (Platform | Payments)`,
    url: `https://jobs.example/${n}/senior-backend-engineer`,
    location: 'Berlin, Germany',
    posted_at: new Date(NOW - n * 60_000).toISOString(),
    categories: ['backend']
  }))
}

describe('a board of 20,000 openings and no row cap', () => {
  const dir = scratchDir()
  writeFiles(dir, {
    'jobs.json': JSON.stringify(listings()),
    'README.md': read(join(REFERENCE, 'README.template.md'))
  })
  const args = ['--listings', 'jobs.json', '--category', 'backend', '--now', '2025-10-22T20:30:00Z']
  const run = runCli([...args, '--max-rows', '0'], { cwd: dir })
  const readme = read(join(dir, 'README.md'))
  const shown = Number(/(\d+) openings/.exec(run.stdout)?.[1])

  it('stays under max-bytes, and fills most of it', () => {
    expect(run.status).toBe(0)
    const bytes = Buffer.byteLength(readme)
    expect(bytes).toBeLessThanOrEqual(500_000)
    expect(bytes).toBeGreaterThan(490_000)
  })

  it('shows the newest openings as one table, and says how many older ones are left out', () => {
    const html = renderGfm(readme)
    expect(html.match(/<table>/g)).toHaveLength(1)
    expect((html.match(/<tr>/g) ?? []).length - 1).toBe(shown)
    expect(readme).toContain('/jobs.example/0/senior-backend-engineer?')
    expect(readme).not.toContain(`/jobs.example/${shown}/senior-backend-engineer?`)
    expect(readme).toContain(
      `${(COUNT - shown).toLocaleString('en-US')} more openings are not shown`
    )
  })

  it('changes nothing on a second run', () => {
    expect(runCli([...args, '--max-rows', '0', '--check'], { cwd: dir }).status).toBe(0)
  })
})

describe('a max-bytes that leaves no room for any row', () => {
  const args = ['--listings', 'jobs.json', '--category', 'backend', '--now', '2025-10-22T20:30:00Z']
  const template = read(join(REFERENCE, 'README.template.md'))
  const limit = String(Buffer.byteLength(template) + 700)
  // Rows of over 1,000 bytes each: none fits in what the README leaves of the limit.
  const long = JSON.stringify(
    listings()
      .slice(0, 5)
      .map(listing => ({ ...listing, title: `Engineer ${'x'.repeat(1000)}` }))
  )

  it('fails and writes nothing, rather than empty the table', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'jobs.json': long, 'README.md': template })
    const run = runCli([...args, '--max-bytes', limit], { cwd: dir })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain(
      `README.md: no row of its table fits within max-bytes ${Number(limit).toLocaleString('en-US')} (5 rows are selected).`
    )
    expect(read(join(dir, 'README.md'))).toBe(template)
  })

  it('empties it with allow-empty, and says how many are left out', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'jobs.json': long, 'README.md': template })
    const run = runCli([...args, '--max-bytes', limit, '--allow-empty', 'true'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain('5 more openings')
  })
})

describe('a listing whose row alone passes max-bytes', () => {
  it('is passed over with a warning, and the rows after it are shown', () => {
    const dir = scratchDir()
    const feed = listings().slice(0, 3)
    // The newest listing's title of 700 KB, of text a cell breaks into many pieces.
    feed[0] = { ...feed[0], title: `Engineer ${'http://'.repeat(100_000)}` }
    writeFiles(dir, {
      'jobs.json': JSON.stringify(feed),
      'README.md': read(join(REFERENCE, 'README.template.md'))
    })
    const run = runCli(
      [
        ...['--listings', 'jobs.json', '--category', 'backend', '--max-cell-length', '0'],
        ...['--now', '2025-10-22T20:30:00Z']
      ],
      { cwd: dir }
    )
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      'README.md: the row of listing #1 (id job-0) alone takes more than max-bytes 500,000 leaves for the table'
    )
    const readme = read(join(dir, 'README.md'))
    expect(readme).not.toContain('/jobs.example/0/')
    expect(readme).toContain('/jobs.example/1/')
    expect(readme).toContain('/jobs.example/2/')
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(500_000)
  })
})
