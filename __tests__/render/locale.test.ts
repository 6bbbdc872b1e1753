/** The `locale` input: month names, the Last updated line and the chart's days through Intl. */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { runBoard, TWO_OPENINGS } from '../hostile/board.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const README = [
  '# Jobs',
  '<!-- jobs:updated:start -->',
  '<!-- jobs:updated:end -->',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  '<!-- jobs:chart:start -->',
  '<!-- jobs:chart:end -->',
  ''
].join('\n')

const OPENINGS = TWO_OPENINGS.map((record, index) => ({
  ...record,
  id: String(index),
  categories: ['backend']
}))

describe('locale', () => {
  it('writes the table’s months, the Last updated line and the chart’s days in that locale', async () => {
    const { result } = await runBoard(README, OPENINGS, 'json', { locale: 'de-DE' })
    const zone = (name: string) => result.contents.get(name as never) ?? ''
    expect(zone('openings')).toContain('| 22. Okt. |')
    expect(zone('updated')).toBe('<sub><small>Last updated: 22. Okt. 2025, 20:30 UTC</small></sub>')
    expect(zone('chart')).toContain('"22. Okt."')
  })

  it('writes a template’s month names in that locale', async () => {
    const table = 'columns: [{ header: Datum, cell: "{{ posted_at | date: \'%-d. %B %Y\' }}" }]'
    const { result } = await runBoard(README, OPENINGS, 'json', { locale: 'es', table })
    expect(result.contents.get('openings')).toContain('| 22. octubre 2025 |')
  })

  it('writes a pattern’s day, month and year in the locale’s calendar, as the default date', async () => {
    // 22 October 2025 is 30 Mehr 1404: no Gregorian day or year around a Persian month.
    const table = [
      'columns:',
      '  - { header: Default, cell: "{{ posted_at | date }}" }',
      '  - { header: Pattern, cell: "{{ posted_at | date: \'%d %b %Y\' }}" }'
    ].join('\n')
    const inputs = { locale: 'fa-IR', timezone: 'America/Los_Angeles', table }
    const { result } = await runBoard(README, OPENINGS, 'json', inputs)
    expect(result.contents.get('openings')).toContain('| ۳۰ مهر | ۳۰ مهر ۱۴۰۴ |')
  })

  it('writes the counts of the left-out line and of the closed roles as the locale writes numbers', () => {
    const dir = scratchDir()
    const role = (id: number, category: string, active = true) => ({
      id: String(id),
      company: `Firma ${id}`,
      title: `Entwickler ${id}`,
      url: `https://jobs.example/${id}`,
      posted_at: new Date(Date.parse('2025-10-22T00:00:00Z') - id * 60_000).toISOString(),
      categories: [category],
      active
    })
    const listings = [
      ...Array.from({ length: 2_000 }, (_, id) => role(id, 'cut')),
      ...Array.from({ length: 1_234 }, (_, id) => role(10_000 + id, 'closed', false)),
      role(20_000, 'closed')
    ]
    const zone = '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    writeFiles(dir, {
      'cut.md': zone,
      'closed.md': zone,
      'listings.json': JSON.stringify(listings),
      'jobs-readme.yml': [
        'listings: listings.json',
        'boards:',
        '  - { readme: cut.md, category: cut, max-bytes: 20000, max-rows: 0, max-age-days: 0,',
        '      locale: de-DE, labels: { left-out: "{count} weitere Stellen werden nicht gezeigt" } }',
        '  - { readme: closed.md, category: closed, closed: details, max-rows: 0, max-age-days: 0,',
        '      locale: de-DE, labels: { inactive-roles: "Geschlossen ({count})" } }',
        ''
      ].join('\n')
    })
    const run = runCli(['--config', 'jobs-readme.yml', '--now', '2025-10-22T20:30:00Z'], {
      cwd: dir
    })
    expect(run.stderr).toBe('')
    const shown = read(join(dir, 'cut.md')).match(/Entwickler \d+/g)?.length ?? 0
    const left = (2_000 - shown).toLocaleString('de-DE')
    expect(left).toMatch(/^1\.\d{3}$/)
    expect(read(join(dir, 'cut.md'))).toContain(`_${left} weitere Stellen werden nicht gezeigt_`)
    expect(read(join(dir, 'closed.md'))).toContain('<summary>Geschlossen (1.234)</summary>')
  })

  it('keeps today’s English output by default', async () => {
    const { result } = await runBoard(README, OPENINGS, 'json')
    expect(result.contents.get('openings')).toContain('| Oct 22 |')
    expect(result.contents.get('updated')).toContain('Oct 22, 2025 at 20:30 UTC')
  })

  it('refuses a locale the runtime does not know', async () => {
    await expect(runBoard(README, OPENINGS, 'json', { locale: 'not a locale' })).rejects.toThrow(
      /Input "locale"/
    )
  })

  it('writes Liquid’s own date filters in English whatever the machine’s language', () => {
    const dir = scratchDir()
    writeFiles(dir, {
      'README.md': README,
      'listings.json': JSON.stringify(OPENINGS),
      'jobs-readme.yml': [
        'boards:',
        '  - readme: README.md',
        '    table:',
        '      columns:',
        '        - { header: Posted, cell: "{{ posted_at | date_to_long_string }}" }',
        ''
      ].join('\n')
    })
    const args = [
      '--config',
      'jobs-readme.yml',
      '--listings',
      'listings.json',
      '--now',
      '2025-10-22T20:30:00Z',
      '--out',
      'out.md'
    ]
    // A runner set up in German: Node takes its default language from LANG and LC_ALL.
    const run = runCli(args, { cwd: dir, env: { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } })
    expect(run.stderr).toBe('')
    expect(read(join(dir, 'out.md'))).toContain('| 22 October 2025 |')
  })
})
