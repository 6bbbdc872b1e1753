/** The `locale` input: month names, the Last updated line and the chart's days through Intl. */
import { describe, expect, it } from '@jest/globals'
import { runBoard, TWO_OPENINGS } from '../hostile/board.js'

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
})
