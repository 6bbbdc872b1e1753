/**
 * A spreadsheet's `remote` column, read through `fields: work_type=remote`: a flag written as
 * text or a number, in any case. True is remote; false says only "not remote", so the
 * location and title decide, as for a listing without one.
 */
import { describe, expect, it } from '@jest/globals'
import { loadText } from './helpers.js'

function csv(flags: string[]): string {
  const rows = flags.map(
    (flag, n) => `Acme,Backend Developer,https://jobs.example/${n},2025-10-20,Berlin,${flag}`
  )
  return ['company,title,url,posted_at,location,remote', ...rows, ''].join('\n')
}

describe('a remote column of flags', () => {
  const flags = ['true', 'false', 'Yes', 'No', '1', '0', 'y', 'n', 'TRUE', 'N', 'YES', 'no']

  it.each(flags.map((flag, n) => [flag, n % 2 === 0 ? 'remote' : 'on_site']))(
    'reads %s as %s',
    async (flag, workType) => {
      const { listings, warnings } = await loadText('jobs.csv', csv([flag]), {
        fields: 'work_type=remote'
      })

      expect(warnings).toEqual([])
      expect(listings.map(listing => listing.workType)).toEqual([workType])
    }
  )

  it('lets a title that says remote decide where the flag is false', async () => {
    const text = csv(['No']).replace('Backend Developer', 'Remote Backend Developer')

    const { listings } = await loadText('jobs.csv', text, { fields: 'work_type=remote' })

    expect(listings.map(listing => listing.workType)).toEqual(['remote'])
  })

  it('reads a flag of a JSON feed written as 1 and 0', async () => {
    const records = [1, 0].map(remote => ({
      company: 'Acme',
      title: 'Backend Developer',
      url: `https://jobs.example/${remote}`,
      posted_at: '2025-10-20',
      remote
    }))

    const { listings, warnings } = await loadText('jobs.json', JSON.stringify(records), {
      fields: 'work_type=remote'
    })

    expect(warnings).toEqual([])
    expect(listings.map(listing => listing.workType)).toEqual(['remote', 'on_site'])
  })

  it('warns of a value that is no flag nor work type, and keeps the listing', async () => {
    const { listings, warnings } = await loadText('jobs.csv', csv(['maybe']), {
      fields: 'work_type=remote'
    })

    expect(listings.map(listing => listing.workType)).toEqual(['on_site'])
    expect(warnings).toEqual([expect.stringContaining('work_type "maybe" ignored: not remote')])
  })
})
