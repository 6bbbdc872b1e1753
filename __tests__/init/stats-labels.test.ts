/**
 * init reads the texts a README's stats block shows where they are not the default labels (a
 * board's "Avg salary: Not specified" where the default writes "n/a") and writes them as the
 * board's `labels`, so that the first run writes the block again as it is.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-12-02T12:00:00Z'

const listings = JSON.stringify(
  ['Acme', 'Globex', 'Initech'].map((company, index) => ({
    company,
    title: 'Backend Engineer',
    url: `https://jobs.example.com/${index + 1}`,
    location: 'Remote',
    work_type: index === 0 ? 'remote' : 'on_site',
    posted_at: `2026-12-0${index + 1}T10:00:00Z`
  }))
)

/** The README a run writes for those listings, its stats block `stats`. */
function readme(stats: string[], marked = false): string {
  const zone = (name: string, lines: string[]) =>
    marked ? [`<!-- jobs:${name}:start -->`, ...lines, `<!-- jobs:${name}:end -->`] : lines
  return [
    '# Backend Jobs',
    '',
    ...zone('openings', [
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |',
      '| **Initech** | **[Backend Engineer](https://jobs.example.com/3?utm_source=github&utm_medium=repo&utm_campaign=github-jobs)** | Remote | On Site | Dec 03 |',
      '| **Globex** | **[Backend Engineer](https://jobs.example.com/2?utm_source=github&utm_medium=repo&utm_campaign=github-jobs)** | Remote | On Site | Dec 02 |',
      '| **Acme** | **[Backend Engineer](https://jobs.example.com/1?utm_source=github&utm_medium=repo&utm_campaign=github-jobs)** | Remote | Remote | Dec 01 |'
    ]),
    '',
    ...zone('stats', stats),
    '',
    'The end.',
    ''
  ].join('\n')
}

function adoptAndRun(text: string) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': text, 'listings.json': listings })
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  const boardsFile = read(join(dir, 'jobs-readme.yml'))
  const adopted = read(join(dir, 'README.md'))
  const run = runCli(['--now', NOW, '--config', 'jobs-readme.yml'], { cwd: dir })
  return { init, boardsFile, adopted, run, after: read(join(dir, 'README.md')) }
}

const labelsOf = (boardsFile: string) =>
  (parseYaml(boardsFile) as { boards: { labels?: Record<string, string> }[] }).boards[0]?.labels

describe('init reads the labels of the stats block', () => {
  it('keeps a board\'s "Not specified" salary text as the no-salary label', () => {
    const { init, boardsFile, adopted, run, after } = adoptAndRun(
      readme([
        '**Current Stats:** 3 jobs | 33% remote | 3 companies | Avg salary: Not specified  ',
        '_Note: Stats are approximate and based on available job data_',
        '',
        '**Trending Skills:** N/A  ',
        '_Note: Skills are identified from job descriptions and may vary_'
      ])
    )

    expect(init.status).toBe(0)
    expect(labelsOf(boardsFile)).toEqual({ 'no-salary': 'Not specified' })
    expect(run.stderr).toBe('')
    expect(after).toContain('Avg salary: Not specified  \n')
    expect(after).toBe(adopted)
  })

  it('reads every text of an already marked block shown otherwise: titles, words, notes', () => {
    const { init, boardsFile, adopted, run, after } = adoptAndRun(
      readme(
        [
          '**Estadísticas:** 3 empleos | 33% en remoto | 3 empresas | Salario medio: sin datos  ',
          '_Nota: cifras aproximadas_',
          '',
          '**Habilidades:** N/A  ',
          '_Nota: según las descripciones_'
        ],
        true
      )
    )

    expect(init.status).toBe(0)
    expect(labelsOf(boardsFile)).toEqual({
      'current-stats': 'Estadísticas',
      jobs: 'empleos',
      'remote-percent': 'en remoto',
      companies: 'empresas',
      'avg-salary': 'Salario medio',
      'no-salary': 'sin datos',
      'stats-note': 'Nota: cifras aproximadas',
      'trending-skills': 'Habilidades',
      'skills-note': 'Nota: según las descripciones'
    })
    expect(run.stderr).toBe('')
    expect(after).toBe(adopted)
  })

  it.each(['120k', '$120k', '1.2201365384712615e+71k', '€95K'])(
    'writes no label for the default texts, nor for an average amount (%s)',
    amount => {
      const { boardsFile } = adoptAndRun(
        readme([
          `**Current Stats:** 3 jobs | 33% remote | 3 companies | Avg salary: ${amount}  `,
          '_Note: Stats are approximate and based on available job data_'
        ])
      )

      expect(labelsOf(boardsFile)).toBeUndefined()
    }
  )
})
