import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Stats } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { leftOutNote } from '../../src/render/left-out.js'
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

describe('counts of one', () => {
  const countsLine = (value: Stats, labels = DEFAULT_LABELS) => block(value, labels).split('\n')[0]

  it('says 1 job and 1 company, as the board reads it', () => {
    expect(countsLine(stats({ jobs: 1, companies: 1 }))).toBe(
      '**Current Stats:** 1 job | 34% remote | 1 company | Avg salary: 139k  '
    )
    expect(countsLine(stats({ jobs: 2, companies: 1 }))).toContain(
      '2 jobs | 34% remote | 1 company'
    )
  })

  it('keeps a board’s own word for one, or its word for many when it gives none for one', () => {
    const spanish = { ...DEFAULT_LABELS, jobs: 'empleos', companies: 'empresas' }
    expect(countsLine(stats({ jobs: 1, companies: 1 }), spanish)).toContain(
      '1 empleos | 34% remote | 1 empresas'
    )
    const both = { ...spanish, jobsOne: 'empleo', companiesOne: 'empresa' }
    expect(countsLine(stats({ jobs: 1, companies: 3 }), both)).toContain(
      '1 empleo | 34% remote | 3 empresas'
    )
  })
})

describe('leftOutNote', () => {
  const note = (count: number, labels = DEFAULT_LABELS, locale = 'en-US') =>
    toMarkdown(leftOutNote(count, labels, locale))

  it('says 1 more opening is not shown, and 2 more openings are not', () => {
    expect(note(1)).toBe(
      "_1 more opening is not shown, to keep this page within GitHub's size limit._"
    )
    expect(note(2)).toBe(
      "_2 more openings are not shown, to keep this page within GitHub's size limit._"
    )
  })

  it('writes a board’s own left-out label for one too, when it words no left-out-one', () => {
    const labels = { ...DEFAULT_LABELS, leftOut: '{count} ofertas más antiguas no se muestran.' }
    expect(note(1, labels)).toBe('_1 ofertas más antiguas no se muestran._')
  })

  it('writes the count as the board’s locale writes numbers', () => {
    const labels = { ...DEFAULT_LABELS, leftOut: '{count} weitere Stellen werden nicht gezeigt' }
    expect(note(2_875, labels, 'de-DE')).toBe('_2.875 weitere Stellen werden nicht gezeigt_')
    expect(note(2_875)).toMatch(/^_2,875 more openings/)
  })
})
