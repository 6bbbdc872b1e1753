/**
 * `jobs-readme check-links` on local files against a job site on 127.0.0.1: exactly the postings
 * answering 404 or 410 or redirected to the "job closed" page are closed in the listings file
 * (layout kept: the diff is those records), the README loses their rows, and every other posting
 * is untouched and reported.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { diffLines } from 'diff'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { read, runCliAsync, scratchDir, writeFiles } from '../helpers/cli.js'
import { closedPaths, DEAD, listingsJson, NOW, TEMPLATE } from './board-files.js'
import { startPostingServer, type PostingServer } from './posting-server.js'

let site: PostingServer

beforeAll(async () => {
  site = await startPostingServer()
})
afterAll(() => site.close())

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The CLI in a child process, without blocking this one: the job site runs here. Off GitHub
 * Actions (even when these tests run there), as on a person's machine, where postings on
 * 127.0.0.1 are requested.
 */
const cli = (args: string[], dir: string, env: Record<string, string> = {}) =>
  runCliAsync(args, dir, { GITHUB_ACTIONS: '', ...env })

const BOARD_FLAGS = ['--listings', 'jobs.json', '--category', 'backend', '--now', NOW]
const checkFlags = () => [
  ...BOARD_FLAGS,
  ...['--closed-urls', site.url('/closed'), '--link-timeout', '1', '--link-host-delay-ms', '0']
]

async function boardDir(): Promise<string> {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': TEMPLATE, 'jobs.json': listingsJson(site) })
  const update = await cli(BOARD_FLAGS, dir)
  expect(update.status).toBe(0)
  return dir
}

describe('jobs-readme check-links', () => {
  it('closes exactly the 404, 410 and closed-page postings, and reports the rest', async () => {
    const dir = await boardDir()
    const listingsBefore = read(join(dir, 'jobs.json'))
    const readmeBefore = read(join(dir, 'README.md'))

    const run = await cli(['check-links', ...checkFlags()], dir)

    expect(run.stderr).not.toContain('jobs-readme:')
    expect(run.status).toBe(0)
    const listings = read(join(dir, 'jobs.json'))
    expect(closedPaths(listings).sort()).toEqual([...DEAD, '/dead-404?closed-already'].sort())
    const readme = read(join(dir, 'README.md'))
    for (const path of DEAD) {
      expect(readmeBefore).toContain(site.url(path))
      expect(readme).not.toContain(site.url(path))
    }
    for (const path of ['/alive', '/error', '/busy', '/hang', '/loop-a', '/head-refused'])
      expect(readme).toContain(site.url(path))
    expect(run.stdout).toContain('Checked 11 postings: 4 dead (4 records closed), 4 unknown.')
    for (const path of ['/error', '/busy', '/hang', '/loop-a'])
      expect(run.stdout).toMatch(
        new RegExp(`^unknown: ${site.url(path).replace(/[.?]/g, '\\$&')} `, 'm')
      )
    expect(run.stdout).toContain(
      `dead: ${site.url('/dead-moved')} (Company 4: Backend Engineer /dead-moved) redirected to ${site.url('/closed?job=7')}`
    )

    // The listings file's diff is the closed records: each gains "active": false, nothing else moves.
    const changes = diffLines(listingsBefore, listings).filter(part => part.added || part.removed)
    const added = changes
      .filter(part => part.added)
      .flatMap(part => part.value.trimEnd().split('\n'))
    const removed = changes
      .filter(part => part.removed)
      .flatMap(part => part.value.trimEnd().split('\n'))
    expect(added.filter(line => line.includes('"active": false'))).toHaveLength(DEAD.length)
    expect(added.filter(line => !line.includes('"active": false'))).toEqual(
      removed.map(line => `${line},`)
    )
  })

  it.each([
    ['the closed flag', '"false" where the records hold "true"', 'active', ['true', 'false']],
    ['a posting state', '"Closed" where the records hold "Open"', 'status', ['Open', 'Closed']],
    ['a posting state', 'in its own words, "Expired" beside "Live"', 'state', ['Live', 'Expired']]
  ] as const)('writes %s as the file writes it: %s', async (_, __, field, [open, closedWord]) => {
    const dir = await boardDir()
    const records = JSON.parse(read(join(dir, 'jobs.json'))) as Array<Record<string, unknown>>
    const asText = records.map(({ active, ...record }) => ({
      ...record,
      [field]: active === false ? closedWord : open
    }))
    writeFiles(dir, { 'jobs.json': `${JSON.stringify(asText, null, 2)}\n` })

    const run = await cli(['check-links', ...checkFlags(), '--fields', `active=${field}`], dir)

    expect(run.status).toBe(0)
    const after = JSON.parse(read(join(dir, 'jobs.json'))) as Array<Record<string, unknown>>
    const closed = after.filter(record => record[field] === closedWord).map(record => record.url)
    expect(closed.sort()).toEqual(
      [...DEAD, '/dead-404?closed-already'].map(path => site.url(path)).sort()
    )
    expect(after.every(record => record[field] === open || record[field] === closedWord)).toBe(true)
  })

  it('closes a flag `fields` maps to a path inside the record (meta.live), its object kept', async () => {
    const dir = await boardDir()
    const records = JSON.parse(read(join(dir, 'jobs.json'))) as Array<Record<string, unknown>>
    const nested = records.map(({ active, ...record }) => ({
      ...record,
      meta: { live: active !== false, source: 'ats' }
    }))
    writeFiles(dir, { 'jobs.json': `${JSON.stringify(nested, null, 2)}\n` })

    const run = await cli(['check-links', ...checkFlags(), '--fields', 'active=meta.live'], dir)

    expect(run.status).toBe(0)
    const after = JSON.parse(read(join(dir, 'jobs.json'))) as Array<Record<string, unknown>>
    expect(after.every(record => !('meta.live' in record))).toBe(true)
    const closed = after.filter(record => (record.meta as { live: boolean }).live === false)
    expect(closed.map(record => record.url as string).sort()).toEqual(
      [...DEAD, '/dead-404?closed-already'].map(path => site.url(path)).sort()
    )
    expect(after.every(record => (record.meta as { source: string }).source === 'ats')).toBe(true)
    // A second check finds nothing left to close: the board reads them closed.
    const again = await cli(['check-links', ...checkFlags(), '--fields', 'active=meta.live'], dir)
    expect(again.stdout).toContain('(0 records closed)')
  })

  it('closes the other dead postings when one record cannot change alone (a YAML anchor another record merges), and names it', async () => {
    const dir = await boardDir()
    const records = JSON.parse(read(join(dir, 'jobs.json'))) as Array<Record<string, unknown>>
    const anchored = records.findIndex(record => record.url === site.url(DEAD[0]!))
    // Record by record as YAML; the anchored one's twin merges it and has no `active` of its
    // own, so closing the anchored record would close the twin too.
    const item = (record: Record<string, unknown>, index: number) =>
      (index === anchored ? '- &first\n  ' : '- ') +
      stringify(record).trimEnd().split('\n').join('\n  ')
    const twin = `- <<: *first\n  id: twin\n  company: Twin Co\n  url: ${site.url('/alive?twin')}`
    writeFiles(dir, { 'jobs.yaml': `${[...records.map(item), twin].join('\n')}\n` })
    const flags = checkFlags().map(flag => (flag === 'jobs.json' ? 'jobs.yaml' : flag))

    const run = await cli(['check-links', ...flags], dir)

    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `warning: The dead posting ${site.url(DEAD[0]!)} stays open: record ${anchored + 1} is anchored (&first)`
    )
    const after = parse(read(join(dir, 'jobs.yaml'))) as Array<{ url: string; active?: unknown }>
    const closed = after.filter(record => record.active === false).map(record => record.url)
    expect(closed.sort()).toEqual(
      [...DEAD.slice(1), '/dead-404?closed-already'].map(path => site.url(path)).sort()
    )
    expect(after.at(-1)).toMatchObject({ id: 'twin', url: site.url('/alive?twin') })
    expect(after.at(-1)?.active).toBeUndefined()
  })

  it('requests neither a closed listing nor one the board does not show', async () => {
    const dir = await boardDir()
    const before = site.requests.length
    await cli(['check-links', ...checkFlags()], dir)
    const paths = site.requests.slice(before).map(request => request.path)
    expect(paths).not.toContain('/dead-404?closed-already')
    expect(paths).not.toContain('/dead-410?too-old')
  })

  it('changes nothing on a second run, where only the unknown postings are still in doubt', async () => {
    const dir = await boardDir()
    await cli(['check-links', ...checkFlags()], dir)
    const listings = read(join(dir, 'jobs.json'))
    const readme = read(join(dir, 'README.md'))
    const again = await cli(['check-links', ...checkFlags()], dir)
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('Checked 7 postings: 0 dead (0 records closed), 4 unknown.')
    expect(read(join(dir, 'jobs.json'))).toBe(listings)
    expect(read(join(dir, 'README.md'))).toBe(readme)
  })

  it('--dry-run says what it would close and writes nothing', async () => {
    const dir = await boardDir()
    const listings = read(join(dir, 'jobs.json'))
    const run = await cli(['check-links', ...checkFlags(), '--dry-run'], dir)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'Checked 11 postings: 4 dead (4 records would be closed), 4 unknown.'
    )
    expect(read(join(dir, 'jobs.json'))).toBe(listings)
  })

  it.each([
    ['check-links', '--check'],
    ['--mode', 'check-links', '--check'],
    ['--mode=Check-Links', '--check=true'],
    ['check-links', '--mode', 'check-links', '--check']
  ])('%s %s ... writes nothing and exits 1 when a posting would be closed', async (...argv) => {
    const dir = await boardDir()
    const listings = read(join(dir, 'jobs.json'))
    const readme = read(join(dir, 'README.md'))
    const run = await cli([...argv, ...checkFlags()], dir)
    expect(run.stderr).not.toContain('jobs-readme:')
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'Checked 11 postings: 4 dead (4 records would be closed), 4 unknown.'
    )
    expect(read(join(dir, 'jobs.json'))).toBe(listings)
    expect(read(join(dir, 'README.md'))).toBe(readme)
  })

  it('--check exits 0 when no posting would be closed', async () => {
    const dir = scratchDir()
    const alive = listingsJson(site).replaceAll('/dead-', '/alive?was=')
    writeFiles(dir, { 'README.md': TEMPLATE, 'jobs.json': alive })
    expect((await cli(BOARD_FLAGS, dir)).status).toBe(0)
    const run = await cli(['check-links', ...checkFlags(), '--check'], dir)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'Checked 11 postings: 0 dead (0 records would be closed), 4 unknown.'
    )
  })

  it.each([
    ['check-links', '--out', '-'],
    ['check-links', '--out', 'elsewhere.md'],
    ['--mode', 'check-links', '--out', '-'],
    ['--out=-', '--mode=check-links']
  ])('%s %s %s: --out is refused (exit 2) before any request, nothing written', async (...argv) => {
    const dir = await boardDir()
    const listings = read(join(dir, 'jobs.json'))
    const before = site.requests.length
    const run = await cli([...argv, ...checkFlags()], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('jobs-readme: --out is not a flag of check-links')
    expect(run.stdout).toBe('')
    expect(site.requests.length).toBe(before)
    expect(read(join(dir, 'jobs.json'))).toBe(listings)
  })

  it.each([[[]], [['--dry-run']]])(
    'when a guard refuses the closes (%j), still reports every dead and unknown posting, then fails',
    async extra => {
      const dir = await boardDir()
      const listings = read(join(dir, 'jobs.json'))
      const readme = read(join(dir, 'README.md'))

      const run = await cli(
        ['check-links', ...checkFlags(), '--max-removed-percent', '10', ...extra],
        dir
      )

      expect(run.status).toBe(3)
      for (const path of DEAD)
        expect(run.stdout).toMatch(new RegExp(`^dead: ${escape(site.url(path))} `, 'm'))
      for (const path of ['/error', '/busy', '/hang', '/loop-a'])
        expect(run.stdout).toMatch(new RegExp(`^unknown: ${escape(site.url(path))} `, 'm'))
      expect(run.stdout).toContain(
        'Checked 11 postings: 4 dead (none closed: closing 4 records was refused, see below), 4 unknown.'
      )
      expect(run.stderr).toContain(
        'jobs-readme: Closing the 4 dead postings would remove 4 of the 11 openings now in the table (36%, more than max-removed-percent 10), so nothing was closed or written.'
      )
      expect(run.stderr).toContain('"max-removed-percent: 100"')
      expect(read(join(dir, 'jobs.json'))).toBe(listings)
      expect(read(join(dir, 'README.md'))).toBe(readme)
    }
  )

  it('when the closes would empty the table, says so, lists the dead postings, and fails', async () => {
    const dir = scratchDir()
    const records = JSON.parse(listingsJson(site)) as Array<{ url: string }>
    const allDead = records.map((record, index) => ({
      ...record,
      url: site.url(`/dead-404?all=${index}`)
    }))
    writeFiles(dir, { 'README.md': TEMPLATE, 'jobs.json': `${JSON.stringify(allDead, null, 2)}\n` })
    expect((await cli(BOARD_FLAGS, dir)).status).toBe(0)
    const listings = read(join(dir, 'jobs.json'))

    const run = await cli(['check-links', ...checkFlags(), '--max-removed-percent', '100'], dir)

    expect(run.status).toBe(3)
    expect(run.stdout.match(/^dead: /gm)).toHaveLength(11)
    expect(run.stderr).toContain(
      'jobs-readme: Closing the 11 dead postings would leave no opening to show, so nothing was closed or written.'
    )
    expect(run.stderr).toContain('"allow-empty: true"')
    expect(read(join(dir, 'jobs.json'))).toBe(listings)
  })

  it('with several boards, names the table whose guard refused the closes', async () => {
    const dir = scratchDir()
    const records = JSON.parse(listingsJson(site)) as Array<Record<string, unknown>>
    // Three openings of frontend, two of them dead; the backend board's are all alive.
    const frontend = ['/alive?fe', '/dead-404?fe', '/dead-410?fe'].map((path, index) => ({
      ...records[0],
      id: `fe-${index}`,
      title: `Frontend Engineer ${index}`,
      url: site.url(path),
      categories: ['frontend']
    }))
    const backend = records
      .filter(record => record.id === 'job-1')
      .map(record => ({ ...record, url: site.url('/alive') }))
    for (const folder of ['be', 'fe']) mkdirSync(join(dir, folder))
    writeFiles(dir, {
      'be/README.md': TEMPLATE,
      'fe/README.md': TEMPLATE,
      'jobs.json': `${JSON.stringify([...backend, ...frontend], null, 2)}\n`,
      'boards.yml':
        'boards:\n  - category: backend\n    readme: be/README.md\n  - category: frontend\n    readme: fe/README.md\n'
    })
    const flags = ['--listings', 'jobs.json', '--config', 'boards.yml', '--now', NOW]
    expect((await cli(flags, dir)).status).toBe(0)

    const run = await cli(
      ['check-links', ...flags, '--link-timeout', '1', '--link-host-delay-ms', '0'],
      dir
    )

    expect(run.status).toBe(3)
    expect(run.stderr).toContain(
      'jobs-readme: fe/README.md: closing the 2 dead postings would remove 2 of the 3 openings now in the table (67%'
    )
  })

  it("in a workflow (GITHUB_ACTIONS=true), reports postings on the runner's own network without requesting them", async () => {
    const dir = await boardDir()
    const listings = read(join(dir, 'jobs.json'))
    const before = site.requests.length

    const run = await cli(['check-links', ...checkFlags()], dir, { GITHUB_ACTIONS: 'true' })

    expect(run.status).toBe(0)
    expect(site.requests.length).toBe(before)
    expect(run.stdout).toContain('Checked 11 postings: 0 dead (0 records closed), 11 unknown.')
    expect(run.stdout).toContain(
      `unknown: ${site.url('/dead-404')} (Company 2: Backend Engineer /dead-404) not requested: 127.0.0.1 is a loopback address, which only the runner's own network could reach (link-private-hosts allows it)`
    )
    expect(read(join(dir, 'jobs.json'))).toBe(listings)

    const allowed = await cli(
      ['check-links', ...checkFlags(), '--link-private-hosts', '--dry-run'],
      dir,
      { GITHUB_ACTIONS: 'true' }
    )
    expect(allowed.stdout).toContain(
      'Checked 11 postings: 4 dead (4 records would be closed), 4 unknown.'
    )
  })

  it('refuses a closed-urls entry that is not an http(s) address, before any request', async () => {
    const dir = await boardDir()
    const before = site.requests.length
    const run = await cli(['check-links', ...BOARD_FLAGS, '--closed-urls', 'jobs closed'], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Input "closed-urls": "jobs closed" is not an http(s) address')
    expect(site.requests.length).toBe(before)
  })
})

describe('jobs-readme check-links counts', () => {
  it('say postings checked and records closed: one dead link two records share', async () => {
    const dir = scratchDir()
    const record = (id: string, title: string, posted: string) => ({
      id,
      company: 'Acme',
      title,
      url: site.url('/dead-404'),
      location: 'Paris',
      posted_at: posted,
      categories: ['backend']
    })
    writeFiles(dir, {
      'README.md': TEMPLATE,
      'jobs.json': JSON.stringify([
        record('a', 'Backend Engineer', '2026-03-01T08:00:00Z'),
        record('b', 'Backend Engineer II', '2026-03-01T09:00:00Z'),
        { ...record('c', 'Go Engineer', '2026-03-01T10:00:00Z'), url: site.url('/alive') }
      ])
    })

    const run = await cli(['check-links', ...checkFlags()], dir)

    expect(run.status).toBe(0)
    expect(run.stderr).toContain('Checking 2 postings (')
    expect(run.stdout).toContain('Checked 2 postings: 1 dead (2 records closed), 0 unknown.')
    expect(closedPaths(read(join(dir, 'jobs.json')))).toEqual(['/dead-404', '/dead-404'])
  })

  it('say one posting in the singular', async () => {
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': TEMPLATE,
      'jobs.json': JSON.stringify([
        {
          id: 'a',
          company: 'Acme',
          title: 'Backend Engineer',
          url: site.url('/alive'),
          location: 'Paris',
          posted_at: '2026-03-01T08:00:00Z',
          categories: ['backend']
        }
      ])
    })

    const run = await cli(['check-links', ...checkFlags()], dir)

    expect(run.stderr).toContain('Checking 1 posting (')
    expect(run.stdout).toContain('Checked 1 posting: 0 dead (0 records closed), 0 unknown.')
  })
})
