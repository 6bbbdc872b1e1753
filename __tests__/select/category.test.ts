import { describe, expect, it } from '@jest/globals'
import { isCandidate, type SelectOptions } from '../../src/select/select.js'
import { listing } from './listings.js'

const now = new Date('2025-10-22T20:30:00Z')
const board = (options: Partial<SelectOptions> = {}): SelectOptions => ({
  category: 'backend',
  now,
  maxAgeDays: 30,
  maxRows: 50,
  ...options
})

/** The titles a board keeps out of `titles`, for listings that give no categories. */
function keptTitles(options: SelectOptions, titles: string[]): string[] {
  return titles.filter(title => isCandidate(listing({ title }), options))
}

describe('category from the listing’s categories', () => {
  it('keeps a listing whose categories include the category, whatever the case', () => {
    expect(isCandidate(listing({ categories: ['data', 'backend'] }), board())).toBe(true)
    expect(isCandidate(listing({ categories: ['backend'] }), board({ category: 'Backend' }))).toBe(
      true
    )
    expect(isCandidate(listing({ categories: ['BackEnd'] }), board())).toBe(true)
  })

  it('ignores spaces, hyphens and underscores in category names', () => {
    const fullStack = board({ category: 'full-stack' })
    expect(isCandidate(listing({ categories: ['full stack'] }), fullStack)).toBe(true)
    expect(isCandidate(listing({ categories: ['fullstack'] }), fullStack)).toBe(true)
  })

  it('drops a listing whose categories do not include it, even with a matching title', () => {
    const frontendJob = listing({ title: 'Backend Developer', categories: ['frontend'] })
    expect(isCandidate(frontendJob, board())).toBe(false)
  })

  it('treats an empty categories list as none: the title decides', () => {
    expect(isCandidate(listing({ title: 'Backend Developer', categories: [] }), board())).toBe(true)
    expect(isCandidate(listing({ title: 'Frontend Developer', categories: [] }), board())).toBe(
      false
    )
  })
})

describe('category from the title, for listings without categories', () => {
  it('matches the backend keywords case-insensitively in every spelling', () => {
    const titles = ['Back-End Engineer', 'BACKEND developer', 'Senior back end dev', 'Frontend Dev']
    expect(keptTitles(board(), titles)).toEqual(titles.slice(0, 3))
  })

  it('matches whole words only', () => {
    const titles = [
      'Backendish Wizard',
      'Backendless Engineer',
      'Payments (Backend)',
      'Backend/API'
    ]
    expect(keptTitles(board(), titles)).toEqual(['Payments (Backend)', 'Backend/API'])
  })

  it.each([
    ['frontend', 'Front-End Engineer'],
    ['full-stack', 'Fullstack Developer'],
    ['software-engineering', 'Senior Software Engineer'],
    ['data', 'Data Engineer'],
    ['devops', 'DevOps Engineer'],
    ['mobile', 'iOS Developer'],
    ['ml', 'ML Engineer']
  ])('has a %s preset that keeps "%s" and not an office manager', (category, title) => {
    expect(keptTitles(board({ category }), [title, 'Office Manager'])).toEqual([title])
  })

  it('does not find "ml" inside other words', () => {
    expect(
      keptTitles(board({ category: 'ml' }), ['HTML Developer', 'Senior ML/AI Engineer'])
    ).toEqual(['Senior ML/AI Engineer'])
  })

  it('replaces the preset with the given keywords', () => {
    const rust = board({ keywords: ['rust', 'systems programmer'] })
    expect(keptTitles(rust, ['Rust Developer', 'Systems Programmer', 'Backend Developer'])).toEqual(
      ['Rust Developer', 'Systems Programmer']
    )
  })

  it('reads keywords literally, not as patterns', () => {
    const dotnet = board({ keywords: ['c#', '.net'] })
    expect(keptTitles(dotnet, ['C# Developer', 'Senior .NET Engineer', 'Cnet Admin'])).toEqual([
      'C# Developer',
      'Senior .NET Engineer'
    ])
  })

  it('matches an unknown category by its own name, hyphens and spaces alike', () => {
    const sre = board({ category: 'site-reliability' })
    const titles = ['Site Reliability Engineer', 'site-reliability lead', 'Site Manager']
    expect(keptTitles(sre, titles)).toEqual(titles.slice(0, 2))
  })
})

describe('no category', () => {
  it('keeps every record, with or without categories, whatever the keywords', () => {
    const all = board({ category: undefined, keywords: ['rust'] })
    expect(isCandidate(listing({ title: 'Office Manager' }), all)).toBe(true)
    expect(isCandidate(listing({ categories: ['mobile'] }), all)).toBe(true)
  })
})
