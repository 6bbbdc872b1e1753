/**
 * A feed of another shape gets advice: the fields most records miss, the feed's field that
 * looks like each, and the `fields` mapping that reads it; a mapping that finds nothing is
 * named; a category nothing matches lists the categories the feed has.
 */
import { describe, expect, it } from '@jest/globals'
import { buildOneBoard as buildBoard, oneBoard as parseConfig } from '../helpers/settings.js'
import { loadFixture, loadText } from './helpers.js'

/** The mapping a hint proposes, as given to the CLI. */
function proposedMapping(hint: string | undefined): string | undefined {
  return /--fields (\S+)\)/.exec(hint ?? '')?.[1]
}

describe('a feed whose records miss required fields', () => {
  it('proposes the mapping that reads a SimplifyJobs feed, and the mapping works', async () => {
    const bare = await loadFixture('load/simplify.json')

    expect(bare.warnings[0]).toBe(
      'company is missing in 2 of 2 records; the feed has company_name. ' +
        'posted_at is missing in 2 of 2 records; the feed has date_posted. ' +
        'Read it with the "fields" input: company=company_name,location=locations,posted_at=date_posted ' +
        '(with the CLI: --fields company=company_name,location=locations,posted_at=date_posted).'
    )
    const mapped = await loadFixture('load/simplify.json', {
      fields: proposedMapping(bare.warnings[0])
    })
    expect(mapped.invalid).toEqual([])
    expect(mapped.listings.map(listing => [listing.company, listing.location])).toEqual([
      ['Stripe', 'San Francisco, CA; Seattle, WA; Remote in USA'],
      ['Ramp', 'New York, NY']
    ])
    expect(mapped.warnings).toEqual([])
  })

  it('chooses each field by its name and the shape of its values', async () => {
    const records = [1, 2, 3].map(n => ({
      employer: `Acme ${n}`,
      company_website: 'https://acme.example',
      position: 'Backend Engineer',
      apply_url: `https://jobs.example/${n}`,
      created: '2025-10-20T08:00:00Z',
      updated_at: '2025-10-21T08:00:00Z',
      headcount: 1_000_000_000,
      city: 'Berlin'
    }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records))

    expect(proposedMapping(warnings[0])).toBe(
      'company=employer,company_url=company_website,title=position,url=apply_url,location=city,posted_at=created'
    )
  })

  it('proposes Unix seconds for posted_at and keeps the mappings already given', async () => {
    const records = [1, 2].map(n => ({
      org: { name: 'Acme' },
      title: 'Backend Engineer',
      link: `https://jobs.example/${n}`,
      ts: 1761134400
    }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records), {
      fields: 'company=org.name'
    })

    expect(proposedMapping(warnings[0])).toBe('company=org.name,url=link,posted_at=ts')
  })

  it("proposes a spreadsheet's columns, dates as the spreadsheet shows them included, quoted for a shell", async () => {
    const text =
      'ID;Company;Job Title;URL;Posted At\r\n' +
      '1;Acme;Backend Dev;https://jobs.example/1;22/10/2025\r\n' +
      "2;O'Brien & Co;Ops;https://jobs.example/2;21.10.2025\r\n"

    const { warnings } = await loadText('jobs.csv', text)

    expect(warnings[0]).toContain('posted_at is missing in 2 of 2 records; the feed has Posted At.')
    expect(warnings[0]).toContain(
      "(with the CLI: --fields 'id=ID,company=Company,title=Job Title,url=URL,posted_at=Posted At')."
    )
    const mapped = await loadText('jobs.csv', text, {
      fields: 'id=ID,company=Company,title=Job Title,url=URL,posted_at=Posted At'
    })
    expect(mapped.invalid.map(record => record.reason)).toEqual([
      expect.stringContaining('"22/10/2025" is a day as a spreadsheet shows it'),
      expect.stringContaining('"21.10.2025" is a day as a spreadsheet shows it')
    ])
  })

  it.each([
    ['year-first days, as East Asian spreadsheets show them', '2025/10/21', '2025/10/22'],
    ['days in the ISO 8601 basic form', '20251021', '20251022']
  ])(
    'proposes a column of %s for posted_at, and the mapping reads them',
    async (_, first, second) => {
      const text = `ID,Company,Title,URL,Posted\n1,Acme,Dev,https://jobs.example/1,${first}\n2,Globex,Ops,https://jobs.example/2,${second}\n`

      const { warnings } = await loadText('jobs.csv', text)

      expect(warnings[0]).toContain('posted_at is missing in 2 of 2 records; the feed has Posted.')
      const mapped = await loadText('jobs.csv', text, { fields: proposedMapping(warnings[0]) })
      expect(mapped.invalid).toEqual([])
      expect(mapped.listings.map(listing => new Date(listing.postedAt).toISOString())).toEqual([
        '2025-10-21T00:00:00.000Z',
        '2025-10-22T00:00:00.000Z'
      ])
    }
  )

  it('proposes the text inside an object a field holds (a Greenhouse job board), and the mapping works', async () => {
    const jobs = [1, 2, 3].map(n => ({
      absolute_url: `https://job-boards.greenhouse.io/acme/jobs/${n}`,
      location: { name: n === 3 ? 'Remote' : 'Berlin, Germany' },
      metadata: null,
      id: n,
      updated_at: '2025-10-21T10:00:00-04:00',
      title: 'Backend Engineer',
      company_name: 'Acme',
      first_published: '2025-10-20T09:00:00-04:00'
    }))
    const text = JSON.stringify({ jobs, meta: { total: 3 } })

    const bare = await loadText('jobs.json', text)

    expect(bare.warnings[0]).toContain(
      'location is an object in 3 of the first 3 records; the feed has location.name.'
    )
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'company=company_name,url=absolute_url,location=location.name,posted_at=first_published'
    )
    const mapped = await loadText('jobs.json', text, { fields })
    expect(mapped.invalid).toEqual([])
    expect(mapped.listings.map(listing => listing.location)).toEqual([
      'Berlin, Germany',
      'Berlin, Germany',
      'Remote'
    ])
    expect(mapped.warnings).toEqual([])
  })

  it('proposes a field of Unix milliseconds (Lever writes createdAt so) for posted_at, and the mapping works', async () => {
    const postings = [1, 2].map(n => ({
      id: `4f2c-${n}`,
      text: 'Backend Engineer',
      company: 'Acme',
      hostedUrl: `https://jobs.lever.co/acme/4f2c-${n}`,
      categories: { location: 'Berlin', commitment: 'Full-time', team: 'Backend' },
      createdAt: Date.UTC(2025, 9, 20 + n, 10)
    }))

    const bare = await loadText('postings.json', JSON.stringify(postings))

    expect(bare.warnings[0]).toContain(
      'posted_at is missing in 2 of 2 records; the feed has createdAt.'
    )
    expect(proposedMapping(bare.warnings[0])).toContain('posted_at=createdAt')
    const fields =
      'title=text,url=hostedUrl,posted_at=createdAt,location=categories.location,categories=categories.team'
    const mapped = await loadText('postings.json', JSON.stringify(postings), { fields })
    expect(mapped.invalid).toEqual([])
    expect(mapped.listings.map(listing => new Date(listing.postedAt).toISOString())).toEqual([
      '2025-10-21T10:00:00.000Z',
      '2025-10-22T10:00:00.000Z'
    ])
  })

  it("proposes an RSS item's pubDate (RFC 2822) for posted_at, and the mapping works", async () => {
    const items = [1, 2].map(n => ({
      guid: `job-${n}`,
      title: 'Backend Engineer',
      link: `https://jobs.example/${n}`,
      pubDate: `Mon, 2${n} Oct 2025 10:00:00 GMT`,
      company: 'Acme'
    }))

    const bare = await loadText('feed.json', JSON.stringify(items))

    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe('id=guid,url=link,posted_at=pubDate')
    const mapped = await loadText('feed.json', JSON.stringify(items), { fields })
    expect(mapped.invalid).toEqual([])
    expect(mapped.listings.map(listing => new Date(listing.postedAt).toISOString())).toEqual([
      '2025-10-21T10:00:00.000Z',
      '2025-10-22T10:00:00.000Z'
    ])
  })

  it("lists the feed's fields when none looks like the missing one", async () => {
    const records = [1, 2].map(n => ({
      company: 'Acme',
      url: `https://jobs.example/${n}`,
      posted_at: '2025-10-22',
      level: 3
    }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records))

    expect(warnings[0]).toBe(
      "title is missing in 2 of 2 records, and no field of the feed looks like it. The feed's fields: company, url, posted_at, level."
    )
  })

  it('says nothing when most records have every required field', async () => {
    const good = { company: 'Acme', title: 'Dev', url: 'https://jobs.example/1', posted_at: 1 }
    const records = [good, good, { ...good, company: undefined, company_name: 'Acme' }]

    const { warnings } = await loadText('feed.json', JSON.stringify(records))

    expect(warnings.filter(warning => warning.includes('missing'))).toEqual([])
  })
})

describe('a fields mapping', () => {
  it('whose source no record has is named, with the field that looks like it', async () => {
    const { warnings } = await loadFixture('load/simplify.json', {
      fields: 'company=company_nam,location=locations,posted_at=date_posted'
    })

    expect(warnings).toContain(
      '"fields" maps company to company_nam, which no record has; the feed has company_name: company=company_name.'
    )
  })
})

describe('a category nothing matches', () => {
  const feed = ['Data', 'Data', 'ML', 'Data', 'ML', 'Mobile'].map((category, index) => ({
    company: 'Acme',
    title: 'Engineer',
    url: `https://jobs.example/${index}`,
    posted_at: '2025-10-22',
    categories: [category]
  }))
  const README = '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'

  async function emptyBoardError(records: object[]): Promise<unknown> {
    const files: Record<string, string> = {
      'README.md': README,
      'listings.json': JSON.stringify(records)
    }
    const config = parseConfig({
      listings: 'listings.json',
      category: 'backend',
      now: '2025-10-22T20:30:00Z'
    })
    return buildBoard(config, {
      readFile: async path => files[path],
      listFiles: async () => [],
      warn: () => {}
    }).catch((error: unknown) => error)
  }

  it("lists the feed's categories, most listings first, in the empty-selection error", async () => {
    expect(await emptyBoardError(feed)).toMatchObject({
      code: 'empty-selection',
      message: expect.stringContaining(
        "(0 valid listings loaded, 6 records read). The feed's categories, most listings first: data (3), ml (2), mobile (1)."
      )
    })
  })

  it('counts the categories as the boards read them, once a listing', async () => {
    const records = [
      { ...feed[0], categories: ' Data ; ml,DATA ' },
      { ...feed[0], categories: ['ML', ' mobile ', ''] },
      // Neither text nor a list of text: an invalid record, no listing of any category.
      { ...feed[0], categories: ['Data', 7] }
    ]
    expect(await emptyBoardError(records)).toMatchObject({
      message: expect.stringContaining(
        "The feed's categories, most listings first: ml (2), data (1), mobile (1)."
      )
    })
  })

  it('says titles were matched by keywords when no listing names categories', async () => {
    const uncategorized = feed.map(({ categories: _, ...record }) => record)

    expect(await emptyBoardError(uncategorized)).toMatchObject({
      message: expect.stringContaining(
        'No listing names its categories, so titles were matched by keywords'
      )
    })
  })
})
