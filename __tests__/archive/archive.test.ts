import { describe, expect, it } from '@jest/globals'
import {
  archiveDocument,
  archiveFolder,
  archivePath,
  expiredArchives,
  type ArchiveOptions
} from '../../src/archive/archive.js'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { renderGfm } from '../helpers/cmark.js'
import { readTable } from '../render/html.js'
import { listing } from '../render/listing.js'
import { boardTable, type BoardIO } from '../../src/board.js'
import { buildOneBoard, oneBoard } from '../helpers/settings.js'
import type { RawInputs } from '../../src/config/config.js'

// 2025-10-22 20:30 UTC is already 2025-10-23 in Tokyo.
const NOW = new Date('2025-10-22T20:30:00Z')
const TEMPLATE = 'archive/{date}.md'

function options(overrides: Partial<ArchiveOptions> = {}): ArchiveOptions {
  return { labels: DEFAULT_LABELS, timezone: 'UTC', now: NOW, category: 'backend', ...overrides }
}

describe('archivePath', () => {
  it('puts the day of the run, in the board time zone, in place of {date}', () => {
    expect(archivePath(TEMPLATE, NOW, 'UTC')).toBe('archive/2025-10-22.md')
    expect(archivePath(TEMPLATE, NOW, 'Asia/Tokyo')).toBe('archive/2025-10-23.md')
  })

  it('fills every {date} of the template', () => {
    expect(archivePath('archive/{date}/openings-{date}.md', NOW, 'UTC')).toBe(
      'archive/2025-10-22/openings-2025-10-22.md'
    )
  })

  it('rejects a template without {date}, naming the input', () => {
    expect(() => archivePath('archive/today.md', NOW, 'UTC')).toThrow(
      'Input "archive-path": must contain {date}'
    )
  })

  it.each(['../archive/{date}.md', 'archive/../../{date}.md', '/etc/{date}.md', 'a//{date}.md'])(
    'rejects %s, which is not a path inside the repository',
    template => {
      expect(() => archivePath(template, NOW, 'UTC')).toThrow(
        'must be a path inside the repository'
      )
    }
  )
})

describe('archiveDocument', () => {
  const board = oneBoard({ listings: 'jobs.json', category: 'backend' })
  const table = (rows = [listing()], settings = board) => boardTable(settings, rows, NOW)

  it('is a heading naming the category and the day, then the openings table, with a final newline', async () => {
    const document = archiveDocument(await table(), options())
    expect(document.split('\n').slice(0, 4)).toEqual([
      '# Openings: backend — 2025-10-22',
      '',
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |'
    ])
    expect(document.endsWith('|\n')).toBe(true)
    expect(document).not.toContain('\r')
  })

  it('shows the same rows a README table would, with the tagged links', async () => {
    const rows = [listing(), listing({ id: '2', title: 'API Engineer' })]
    const html = renderGfm(archiveDocument(await table(rows), options()))
    expect(html).toContain('<h1>Openings: backend — 2025-10-22</h1>')
    expect(html.match(/<tr>/g)).toHaveLength(3)
    expect(html).toContain(
      '<a href="https://jobs.example/1?utm_source=github&amp;utm_medium=repo&amp;utm_campaign=github-backend-jobs">Backend Developer</a>'
    )
  })

  it('dates the heading in the board time zone', async () => {
    expect(archiveDocument(await table(), options({ timezone: 'Asia/Tokyo' }))).toMatch(
      /^# Openings: backend — 2025-10-23\n/
    )
  })

  it('leaves the category out of the heading for a board of every listing', async () => {
    expect(archiveDocument(await table(), options({ category: undefined }))).toMatch(
      /^# Openings — 2025-10-22\n/
    )
  })

  it('shows a category with Markdown characters literally', async () => {
    const html = renderGfm(archiveDocument(await table(), options({ category: '*c++* <dev>' })))
    expect(html).toContain('<h1>Openings: *c++* &lt;dev&gt; — 2025-10-22</h1>')
  })

  it('uses the labels of the board', async () => {
    const labels = { ...DEFAULT_LABELS, openings: 'Ofertas', company: 'Empresa' }
    const spanish = { ...board, labels }
    const document = archiveDocument(await table([listing()], spanish), options({ labels }))
    expect(document).toMatch(/^# Ofertas: backend — 2025-10-22\n\n\| Empresa \|/)
  })
})

/**
 * A run of one board with an archive (`inputs` beside it; `closed: mark` when `marked`) on
 * `listings`: its result, and the snapshot it writes for NOW's day ('' when none).
 */
async function runWithArchive(listings: object[], inputs: RawInputs, marked = false) {
  const files: Record<string, string> = {
    'README.md': '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n',
    'jobs.json': JSON.stringify(listings)
  }
  const io: BoardIO = {
    readFile: async path => files[path],
    listFiles: async () => [],
    warn: () => undefined
  }
  const settings = oneBoard({
    listings: 'jobs.json',
    now: NOW.toISOString(),
    'archive-path': 'archive/{date}.md',
    ...inputs
  })
  const rowShape = marked ? { ...settings.rowShape, closed: 'mark' as const } : settings.rowShape
  const result = await buildOneBoard({ ...settings, rowShape }, io)
  const snapshot = result.files.find(file => file.path === 'archive/2025-10-22.md')
  return { result, snapshot: snapshot && 'text' in snapshot ? snapshot.text : '' }
}

describe('the snapshot a run writes', () => {
  it('is the table the README shows: its columns, format, locale and closed rows marked', async () => {
    const listings = [
      {
        id: '1',
        company: 'Acme',
        title: 'Go Developer',
        url: 'https://jobs.example/1',
        posted_at: '2025-10-21'
      },
      {
        id: '2',
        company: 'Acme',
        title: 'Rust Developer',
        url: 'https://jobs.example/2',
        posted_at: '2025-10-20',
        active: false
      },
      {
        id: '3',
        company: 'Beta',
        title: 'API Engineer',
        url: 'https://jobs.example/3',
        posted_at: '2025-10-19'
      }
    ]
    const { result, snapshot: text } = await runWithArchive(
      listings,
      {
        locale: 'es',
        table: JSON.stringify({
          format: 'html',
          columns: [
            { header: 'Empresa', cell: '{{ company }}' },
            { header: 'Puesto', cell: '{{ title | link: url }}', posting: true },
            { header: 'Fecha', cell: '{{ posted_at | date: "%d %b" }}' }
          ]
        })
      },
      true
    )
    const zone = result.after
      .split('<!-- jobs:openings:start -->\n')[1]!
      .split('\n<!-- jobs:openings:end -->')[0]!
    expect(text).toBe(`# Openings — 2025-10-22\n\n${zone.trimEnd()}\n`)
    const html = renderGfm(text)
    expect(html).toContain('<th>Empresa</th>')
    expect(html).toContain('🔒')
    expect(html).toContain('20 oct')
    expect(html).not.toContain('href="https://jobs.example/2')
  })

  it('keeps every opening the board selected when max-bytes cuts the README', async () => {
    const listings = Array.from({ length: 6 }, (_, index) => ({
      id: String(index + 1),
      company: `Company ${index + 1}`,
      title: 'Go Developer',
      url: `https://jobs.example/${index + 1}`,
      posted_at: `2025-10-${String(20 - index).padStart(2, '0')}`
    }))
    const { result, snapshot: text } = await runWithArchive(listings, { 'max-bytes': '500' })
    expect(result.leftOut).toBeGreaterThan(0)
    expect(readTable(renderGfm(text)).rows).toHaveLength(6)
  })
})

describe('expiredArchives', () => {
  const days = (...dates: string[]) => dates.map(date => `archive/${date}.md`)

  it('returns the snapshots dated more than archive-days days before today', () => {
    const existing = days('2025-10-22', '2025-10-15', '2025-10-14', '2024-01-01')
    expect(expiredArchives(existing, TEMPLATE, NOW, 'UTC', 7)).toEqual(
      days('2025-10-14', '2024-01-01')
    )
  })

  it('counts days in the board time zone', () => {
    // In Tokyo it is already 2025-10-23, so 2025-10-15 is 8 days old there.
    expect(expiredArchives(days('2025-10-15'), TEMPLATE, NOW, 'Asia/Tokyo', 7)).toEqual(
      days('2025-10-15')
    )
    expect(expiredArchives(days('2025-10-15'), TEMPLATE, NOW, 'UTC', 7)).toEqual([])
  })

  it('never returns a file the template does not name', () => {
    const others = [
      'archive/README.md',
      'archive/2025-01-01.md.bak',
      'archive/2025-01-01.txt',
      'archive/old/2025-01-01.md',
      'other/2025-01-01.md',
      'archive/2025-1-1.md',
      'archive/2025-02-30.md',
      'archive/2025-13-01.md',
      'xarchive/2025-01-01.md'
    ]
    expect(expiredArchives(others, TEMPLATE, NOW, 'UTC', 1)).toEqual([])
  })

  it('treats the template text literally, not as a pattern', () => {
    const template = 'archive/jobs.{date}.md'
    expect(
      expiredArchives(
        ['archive/jobsX2020-01-01.md', 'archive/jobs.2020-01-01.md'],
        template,
        NOW,
        'UTC',
        1
      )
    ).toEqual(['archive/jobs.2020-01-01.md'])
  })

  it('needs every {date} of the template to hold the same day', () => {
    const template = 'archive/{date}/openings-{date}.md'
    const existing = [
      'archive/2020-01-01/openings-2020-01-01.md',
      'archive/2020-01-01/openings-2020-01-02.md'
    ]
    expect(expiredArchives(existing, template, NOW, 'UTC', 1)).toEqual([existing[0]])
  })

  it('keeps snapshots dated after today', () => {
    expect(expiredArchives(days('2025-10-23', '2030-01-01'), TEMPLATE, NOW, 'UTC', 0)).toEqual([])
  })
})

describe('archiveFolder', () => {
  it('is the folder of the snapshots, to list before looking for expired ones', () => {
    expect(archiveFolder('archive/{date}.md')).toBe('archive')
    expect(archiveFolder('docs/archive/jobs-{date}.md')).toBe('docs/archive')
    expect(archiveFolder('archive/{date}/index.md')).toBe('archive')
    expect(archiveFolder('{date}.md')).toBe('')
  })
})
