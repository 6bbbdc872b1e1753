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
import { listing } from '../render/listing.js'

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
  it('is a heading naming the category and the day, then the openings table, with a final newline', () => {
    const document = archiveDocument([listing()], options())
    expect(document.split('\n').slice(0, 4)).toEqual([
      '# Openings: backend — 2025-10-22',
      '',
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |'
    ])
    expect(document.endsWith('|\n')).toBe(true)
    expect(document).not.toContain('\r')
  })

  it('shows the same rows a README table would, with the tagged links', () => {
    const utm = { source: 'github', medium: 'repo', campaign: 'github-backend-jobs' }
    const html = renderGfm(
      archiveDocument([listing(), listing({ id: '2', title: 'API Engineer' })], options({ utm }))
    )
    expect(html).toContain('<h1>Openings: backend — 2025-10-22</h1>')
    expect(html.match(/<tr>/g)).toHaveLength(3)
    expect(html).toContain(
      '<a href="https://jobs.example/1?utm_source=github&amp;utm_medium=repo&amp;utm_campaign=github-backend-jobs">Backend Developer</a>'
    )
  })

  it('dates the heading in the board time zone', () => {
    expect(archiveDocument([listing()], options({ timezone: 'Asia/Tokyo' }))).toMatch(
      /^# Openings: backend — 2025-10-23\n/
    )
  })

  it('leaves the category out of the heading for a board of every listing', () => {
    expect(archiveDocument([listing()], options({ category: undefined }))).toMatch(
      /^# Openings — 2025-10-22\n/
    )
  })

  it('shows a category with Markdown characters literally', () => {
    const html = renderGfm(archiveDocument([listing()], options({ category: '*c++* <dev>' })))
    expect(html).toContain('<h1>Openings: *c++* &lt;dev&gt; — 2025-10-22</h1>')
  })

  it('uses the labels of the board', () => {
    const labels = { ...DEFAULT_LABELS, openings: 'Ofertas', company: 'Empresa' }
    const document = archiveDocument([listing()], options({ labels }))
    expect(document).toMatch(/^# Ofertas: backend — 2025-10-22\n\n\| Empresa \|/)
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
