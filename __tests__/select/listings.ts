/** Listing factories shared by the select and stats tests. */
import { readFileSync } from 'node:fs'
import type { Listing, Salary, WorkType } from '../../src/model.js'
import { isHttpUrl, normalizeUrl } from '../../src/url.js'

let serial = 0

/** A valid, open backend listing posted at `postedAt`; every field can be overridden. */
export function listing(fields: Partial<Listing> = {}): Listing {
  serial += 1
  return {
    id: `job-${serial}`,
    company: `Company ${serial}`,
    title: 'Backend Developer',
    url: `https://jobs.example/${serial}`,
    location: 'Berlin, Germany',
    workType: 'on_site',
    postedAt: Date.parse('2025-10-22T12:00:00Z'),
    skills: [],
    active: true,
    position: serial,
    record: {},
    ...fields
  }
}

/** `days` after `now` in epoch ms; negative for before. */
export const daysFrom = (now: Date, days: number): number => now.getTime() + days * 86_400_000

/** The reference run: listings.json read the way SPEC describes, invalid records skipped. */
export const REFERENCE_NOW = new Date('2025-10-22T20:30:00Z')

export function referenceListings(): Listing[] {
  const file = new URL('../fixtures/reference/listings.json', import.meta.url)
  const records = JSON.parse(readFileSync(file, 'utf8')) as ReferenceRecord[]
  return records.flatMap((record, index) => {
    const postedAt = Date.parse(record.posted_at)
    if (!record.company || !record.title || !isHttpUrl(record.url) || Number.isNaN(postedAt))
      return []
    const location = record.location ?? ''
    return [
      {
        id: record.id ?? normalizeUrl(record.url),
        company: record.company,
        companyUrl: record.company_url,
        title: record.title,
        url: record.url,
        location,
        workType: record.work_type ?? inferWorkType(`${record.title} ${location}`),
        postedAt,
        salary: referenceSalary(record.salary),
        skills: record.skills ?? [],
        categories: record.categories?.map(category => category.toLowerCase()),
        active: record.active ?? true,
        position: index + 1,
        record: { ...record }
      }
    ]
  })
}

interface ReferenceRecord {
  id?: string
  company?: string
  company_url?: string
  title?: string
  url: string
  location?: string
  work_type?: WorkType
  posted_at: string
  salary?: number | Partial<Salary>
  skills?: string[]
  categories?: string[]
  active?: boolean
}

function inferWorkType(text: string): WorkType {
  return /\bremote\b/i.test(text) ? 'remote' : 'on_site'
}

/** A bare number is a yearly USD salary. */
function referenceSalary(salary: ReferenceRecord['salary']): Salary | undefined {
  if (salary === undefined) return undefined
  if (typeof salary === 'number') return { min: salary, currency: 'USD', period: 'year' }
  return { currency: 'USD', period: 'year', ...salary }
}
