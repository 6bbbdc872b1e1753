import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Stats } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { statsBlock } from '../../src/render/stats.js'
import { renderGfm } from '../helpers/cmark.js'
import { visibleText } from './html.js'

function stats(overrides: Partial<Stats> = {}): Stats {
  return {
    jobs: 50,
    remotePercent: 34,
    companies: 42,
    avgSalaryK: 139,
    skills: ['python', 'nodejs', 'java', 'api', 'database'],
    ...overrides
  }
}

function block(value: Stats, labels = DEFAULT_LABELS): string {
  return toMarkdown(statsBlock(value, { labels }))
}

describe('statsBlock', () => {
  it('renders the two paragraphs of the reference, with hard breaks', () => {
    expect(block(stats())).toBe(
      [
        '**Current Stats:** 50 jobs | 34% remote | 42 companies | Avg salary: 139k  ',
        '_Note: Stats are approximate and based on available job data_',
        '',
        '**Trending Skills:** python, nodejs, java, api, database  ',
        '_Note: Skills are identified from job descriptions and may vary_'
      ].join('\n')
    )
  })

  it('breaks the line before each note', () => {
    const html = renderGfm(block(stats()))
    expect(html).toContain('Avg salary: 139k<br />\n<em>Note: Stats are approximate')
    expect(html).toContain('database<br />\n<em>Note: Skills are identified')
  })

  it('shows n/a when no row has a salary', () => {
    expect(block(stats({ avgSalaryK: null }))).toContain('| Avg salary: n/a  \n')
  })

  it('shows N/A when there are no skills', () => {
    expect(block(stats({ skills: [] }))).toContain('**Trending Skills:** N/A  \n')
  })

  it('shows skills from the feed literally', () => {
    const html = renderGfm(
      block(stats({ skills: ['c++', 'c#', '*nix', 'asp.net', 'ops@scale.io'] }))
    )
    expect(visibleText(html)).toContain('Trending Skills: c++, c#, *nix, asp.net, ops@scale.io\n')
    expect(html).not.toContain('<a ')
  })

  it('uses the labels', () => {
    const labels = {
      ...DEFAULT_LABELS,
      currentStats: 'Statistik',
      jobs: 'Stellen',
      remotePercent: 'remote',
      companies: 'Firmen',
      avgSalary: 'Gehalt',
      noSalary: 'k. A.',
      statsNote: 'Hinweis: ungefähr',
      trendingSkills: 'Gefragt',
      skillsNote: 'Hinweis: aus den Texten'
    }
    expect(block(stats({ avgSalaryK: null }), labels)).toBe(
      [
        '**Statistik:** 50 Stellen | 34% remote | 42 Firmen | Gehalt: k. A.  ',
        '_Hinweis: ungefähr_',
        '',
        '**Gefragt:** python, nodejs, java, api, database  ',
        '_Hinweis: aus den Texten_'
      ].join('\n')
    )
  })
})
