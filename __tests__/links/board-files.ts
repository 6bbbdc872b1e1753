/** A board whose postings live on the test job site: its listings file and README. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { POSTINGS, type PostingServer } from './posting-server.js'

export const TEMPLATE = readFileSync(
  resolve('__tests__/fixtures/reference/README.template.md'),
  'utf8'
)
export const NOW = '2026-03-02T12:00:00Z'

/** Paths of the postings that must be closed. */
export const DEAD = Object.keys(POSTINGS).filter(path => path.startsWith('/dead-'))

/**
 * One listing per kind of posting, shown on the board; one already closed and one too old to be
 * shown (neither is requested). A JSON array indented by two spaces, as people write it.
 */
export function listingsJson(site: PostingServer): string {
  const records = Object.keys(POSTINGS).map((path, index) => ({
    id: `job-${index + 1}`,
    company: `Company ${index + 1}`,
    title: `Backend Engineer ${path}`,
    url: site.url(path),
    location: 'Berlin',
    posted_at: `2026-03-01T${String(10 + index).padStart(2, '0')}:00:00Z`,
    categories: ['backend']
  }))
  records.push(
    {
      id: 'closed-already',
      company: 'Closed Co',
      title: 'Backend Engineer',
      url: site.url('/dead-404?closed-already'),
      location: 'Paris',
      posted_at: '2026-03-01T08:00:00Z',
      categories: ['backend'],
      ...{ active: false }
    },
    {
      id: 'too-old',
      company: 'Old Co',
      title: 'Backend Engineer',
      url: site.url('/dead-410?too-old'),
      location: 'Rome',
      posted_at: '2025-01-01T08:00:00Z',
      categories: ['backend']
    }
  )
  return `${JSON.stringify(records, null, 2)}\n`
}

/** The path of each record the file marks closed. */
export function closedPaths(text: string): string[] {
  const records = JSON.parse(text) as Array<{ url: string; active?: boolean }>
  return records
    .filter(record => record.active === false)
    .map(record => {
      const url = new URL(record.url)
      return url.pathname + url.search
    })
}
