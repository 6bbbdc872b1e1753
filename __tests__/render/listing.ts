/** Test factory: a valid listing, overridden field by field. */

import type { Listing } from '../../src/model.js'

export function listing(overrides: Partial<Listing> = {}): Listing {
  return {
    id: '1',
    company: 'Acme',
    companyUrl: 'https://acme.example',
    title: 'Backend Developer',
    url: 'https://jobs.example/1',
    location: 'Berlin, Germany',
    workType: 'remote',
    postedAt: Date.parse('2025-10-22T12:00:00Z'),
    skills: [],
    active: true,
    position: 1,
    record: {},
    ...overrides
  }
}
