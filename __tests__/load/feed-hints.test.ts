/**
 * A feed of another shape gets advice: the fields most records miss, the feed's field that
 * looks like each, and the `fields` mapping that reads it; a mapping that finds nothing is
 * named; a category nothing matches lists the categories the feed has.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { buildOneBoard as buildBoard, oneBoard as parseConfig } from '../helpers/settings.js'
import { loadFixture, loadText, sourceRecord } from './helpers.js'

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

  it('proposes the mapping that reads schema.org JobPostings (Google for Jobs), TELECOMMUTE as remote', async () => {
    const posting = (n: number, where: Record<string, unknown>) => ({
      '@type': 'JobPosting',
      title: `Engineer ${n}`,
      datePosted: '2025-10-22',
      hiringOrganization: { '@type': 'Organization', name: `Acme ${n}` },
      url: `https://acme.example/jobs/${n}`,
      ...where
    })
    const place = {
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX' }
      }
    }
    const records = [
      posting(1, place),
      posting(2, { jobLocationType: 'TELECOMMUTE' }),
      posting(3, { ...place, jobLocationType: 'TELECOMMUTE' }),
      posting(4, place)
    ]
    const text = JSON.stringify(records)

    const bare = await loadText('feed.json', text)

    expect(proposedMapping(bare.warnings[0])).toBe(
      'company=hiringOrganization.name,location=jobLocation,work_type=jobLocationType,posted_at=datePosted'
    )
    const mapped = await loadText('feed.json', text, { fields: proposedMapping(bare.warnings[0]) })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => [listing.location, listing.workType])).toEqual([
      ['Austin, TX', 'on_site'],
      ['', 'remote'],
      ['Austin, TX', 'remote'],
      ['Austin, TX', 'on_site']
    ])
  })

  it("proposes the fields of an Elasticsearch hit's _source, and the mapping works", async () => {
    const hit = (n: number) => ({
      _index: 'jobs',
      _id: `a${n}`,
      _score: 1,
      _source: {
        employer: `Acme ${n}`,
        position: 'Backend Engineer',
        link: `https://jobs.example/${n}`,
        published: '2025-10-22'
      }
    })
    const text = JSON.stringify({
      took: 3,
      hits: { total: { value: 2, relation: 'eq' }, hits: [hit(1), hit(2)] }
    })

    const bare = await loadText('feed.json', text)

    expect(proposedMapping(bare.warnings[0])).toBe(
      'id=_id,company=_source.employer,title=_source.position,url=_source.link,posted_at=_source.published'
    )
    const mapped = await loadText('feed.json', text, { fields: proposedMapping(bare.warnings[0]) })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => [listing.id, listing.company])).toEqual([
      ['a1', 'Acme 1'],
      ['a2', 'Acme 2']
    ])
  })

  it('names the field inside the objects a dotted mapping leads to, as for a top-level one', async () => {
    const places = [{ LocationName: 'Washington, DC', CountryCode: 'United States' }]
    const records = [1, 2].map(n => sourceRecord({ job: { places }, id: `j${n}` }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records), {
      fields: 'location=job.places'
    })

    expect(warnings[0]).toBe(
      'job.places is a list of objects in 2 of the first 2 records; the feed has job.places.LocationName. ' +
        'Read it with the "fields" input: location=job.places.LocationName (with the CLI: --fields location=job.places.LocationName).'
    )
    const mapped = await loadText('feed.json', JSON.stringify(records), {
      fields: proposedMapping(warnings[0])
    })
    expect(mapped.listings.map(listing => listing.location)).toEqual([
      'Washington, DC',
      'Washington, DC'
    ])
  })

  it('says records that are groups of listings (Greenhouse departments[].jobs) are to be flattened, proposing no mapping of the group', async () => {
    const job = (n: number) => ({
      absolute_url: `https://boards.greenhouse.io/acme/jobs/${n}`,
      id: n,
      title: `Job ${n}`,
      location: { name: 'NYC' },
      first_published: '2025-10-21T00:00:00-04:00',
      company_name: 'Acme'
    })
    const text = JSON.stringify({
      departments: [
        { id: 1, name: 'Engineering', parent_id: null, child_ids: [], jobs: [job(1), job(2)] },
        { id: 2, name: 'Sales', parent_id: null, child_ids: [], jobs: [job(3)] },
        { id: 0, name: 'No Department', jobs: [] }
      ]
    })

    const { warnings } = await loadText('board.json', text)

    expect(warnings[0]).toBe(
      'The 3 records are groups of listings, not listings: each holds its listings in jobs, a list of objects with the fields of a posting (company_name, title, absolute_url, first_published). ' +
        "Mapping the group's own fields would show the groups (such as a department's name as a title). " +
        'Flatten the lists into one list of listings before loading, such as with jq \'[.. | .jobs? | arrays | .[]]\', and point "listings" at the result; a hint then proposes the mapping of its fields.'
    )
    expect(proposedMapping(warnings[0])).toBeUndefined()
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

  it("proposes the company's name, not a field of its emoji named for the company (zapplyjobs' company_emoji)", async () => {
    const records = ['Stripe', 'BAE Systems', 'Acme'].map((name, n) => ({
      job_id: `j${n}`,
      employer_name: name,
      company_emoji: ['🏢', '🛡️', '🚀'][n],
      job_title: 'SWE Intern',
      job_apply_link: `https://jobs.example/${n}`,
      job_posted_at: '2025-10-20T10:00:00Z'
    }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records))

    expect(proposedMapping(warnings[0])).toBe(
      'id=job_id,company=employer_name,title=job_title,url=job_apply_link,posted_at=job_posted_at'
    )
  })

  it("proposes a spreadsheet's columns, dates as the spreadsheet shows them included, quoted for a shell", async () => {
    const text =
      'ID;Company;Job Title;URL;Posted At\r\n' +
      '1;Acme;Backend Dev;https://jobs.example/1;22/10/2025\r\n' +
      "2;O'Brien & Co;Ops;https://jobs.example/2;21.10.25\r\n"

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
      expect.stringContaining('"21.10.25" is a day as a spreadsheet shows it')
    ])
  })

  it('proposes the mapping form for a column whose name holds a comma, which the input and the CLI read', async () => {
    const text =
      'Company,Title,URL,"Location (City, State)",Posted\n' +
      'Acme,Backend Dev,https://jobs.example/1,"Austin, TX",2025-10-20\n'
    const mapping =
      '{"company": "Company", "title": "Title", "url": "URL", "location": "Location (City, State)", "posted_at": "Posted"}'

    const { warnings } = await loadText('jobs.csv', text)

    expect(warnings[0]).toContain(
      `Read it with the "fields" input, in its mapping form as a name holds a comma, "=" or spaces around it (quoted in a workflow): '${mapping}' (with the CLI: --fields '${mapping}').`
    )
    const workflow = /\(quoted in a workflow\): ('[^']*')/.exec(warnings[0]!)![1]!
    const flag = /--fields '([^']*)'\)/.exec(warnings[0]!)![1]!
    for (const fields of [parseYaml(`fields: ${workflow}`).fields as string, flag]) {
      const mapped = await loadText('jobs.csv', text, { fields })
      expect(mapped.invalid).toEqual([])
      expect(mapped.listings.map(listing => [listing.company, listing.location])).toEqual([
        ['Acme', 'Austin, TX']
      ])
    }
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

  it('reads a location that is a place (a Greenhouse job board): no mapping for it, and the mapping proposed works', async () => {
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

    expect(bare.warnings[0]).not.toContain('location')
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe('company=company_name,url=absolute_url,posted_at=first_published')
    const mapped = await loadText('jobs.json', text, { fields })
    expect(mapped.invalid).toEqual([])
    expect(mapped.listings.map(listing => listing.location)).toEqual([
      'Berlin, Germany',
      'Berlin, Germany',
      'Remote'
    ])
    expect(mapped.warnings).toEqual([])
  })

  it('proposes the posting’s page for url before its application form (Lever, Ashby)', async () => {
    const lever = [1, 2].map(n => ({
      id: `4f2c-${n}`,
      text: 'Backend Engineer',
      applyUrl: `https://jobs.lever.co/acme/4f2c-${n}/apply`,
      hostedUrl: `https://jobs.lever.co/acme/4f2c-${n}`,
      createdAt: Date.UTC(2025, 9, 20 + n, 10)
    }))
    const ashby = [1, 2].map(n => ({
      title: 'Backend Engineer',
      applyUrl: `https://jobs.ashbyhq.com/acme/${n}/application`,
      jobUrl: `https://jobs.ashbyhq.com/acme/${n}`,
      publishedAt: `2025-10-2${n}T10:00:00Z`
    }))
    const onlyTheForm = [1, 2].map(n => ({
      title: 'Backend Engineer',
      apply_url: `https://jobs.example/${n}/apply`,
      created: `2025-10-2${n}`
    }))

    for (const [records, expected] of [
      [lever, 'url=hostedUrl'],
      [ashby, 'url=jobUrl'],
      [onlyTheForm, 'url=apply_url']
    ] as const) {
      const { warnings } = await loadText('postings.json', JSON.stringify(records))
      expect(proposedMapping(warnings[0])).toContain(expected)
    }
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

  it('proposes no image for a link and no kind of contract for work_type (a Remotive feed)', async () => {
    const jobs = [1, 2, 3].map(n => ({
      id: 1956580 + n,
      url: `https://remotive.com/remote-jobs/software-dev/backend-${n}`,
      title: 'Backend Engineer',
      company_name: 'Acme',
      company_logo: `https://remotive.com/job/${1956580 + n}/logo`,
      category: 'Software Development',
      tags: ['python'],
      job_type: n === 3 ? 'contract' : 'full_time',
      publication_date: '2025-10-20T10:11:12',
      candidate_required_location: 'USA'
    }))
    const text = JSON.stringify({ '0-legal-notice': 'Remotive API', 'job-count': 3, jobs })

    const bare = await loadText('remote-jobs.json', text)

    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'company=company_name,location=candidate_required_location,posted_at=publication_date,skills=tags,categories=category'
    )
    const mapped = await loadText('remote-jobs.json', text, { fields })
    expect(mapped.invalid).toEqual([])
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => listing.companyUrl)).toEqual([
      undefined,
      undefined,
      undefined
    ])
  })

  it("proposes a field of work types, a flag or Lever's workplaceType, and unspecified reads as none", async () => {
    const postings = ['remote', 'onsite', 'hybrid', 'unspecified'].map((workplace, n) => ({
      id: `4f2c-${n}`,
      text: 'Backend Engineer',
      company: 'Acme',
      hostedUrl: `https://jobs.lever.co/acme/4f2c-${n}`,
      descriptionPlain: 'About Acme\n\nWe build things. '.repeat(n + 1),
      workplaceType: workplace,
      createdAt: Date.UTC(2025, 9, 20, 10 + n)
    }))
    const bare = await loadText('postings.json', JSON.stringify(postings))
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'title=text,url=hostedUrl,work_type=workplaceType,posted_at=createdAt,description=descriptionPlain'
    )
    const mapped = await loadText('postings.json', JSON.stringify(postings), { fields })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => listing.workType)).toEqual([
      'remote',
      'on_site',
      'hybrid',
      'on_site'
    ])

    const flags = [true, false].map((remote, n) => ({
      slug: `backend-${n}`,
      company_name: 'Acme',
      title: n ? 'Backend Engineer (remote possible)' : 'Backend Engineer',
      url: `https://www.arbeitnow.com/jobs/acme/backend-${n}`,
      remote,
      location: 'Berlin',
      created_at: 1761000000 + n
    }))
    const flagged = await loadText('jobs.json', JSON.stringify({ data: flags }))
    const flagFields = proposedMapping(flagged.warnings[0])
    expect(flagFields).toBe('company=company_name,work_type=remote,posted_at=created_at')
    const read = await loadText('jobs.json', JSON.stringify({ data: flags }), {
      fields: flagFields
    })
    expect(read.warnings).toEqual([])
    // false says only "not remote": the title decides, as for a listing without a work type.
    expect(read.listings.map(listing => listing.workType)).toEqual(['remote', 'remote'])
  })

  it('proposes the names inside a list of objects (The Muse), and the mapping works', async () => {
    const results = [1, 2].map(n => ({
      contents: '<p>About the role</p>',
      name: 'Software Engineer',
      publication_date: `2025-10-2${n}T10:00:00Z`,
      short_name: 'software-engineer',
      id: n,
      locations: [{ name: 'New York, NY' }, { name: 'Flexible / Remote' }],
      categories: [{ name: 'Software Engineering' }],
      levels: [{ name: 'Entry Level', short_name: 'entry' }],
      refs: { landing_page: `https://www.themuse.com/jobs/acme/software-engineer-${n}` },
      company: { id: 1, short_name: 'acme', name: 'Acme Corp' }
    }))
    const text = JSON.stringify({ page: 0, page_count: 1, results })

    const bare = await loadText('jobs.json', text)

    expect(bare.warnings[0]).toContain(
      'company is an object in 2 of the first 2 records; the feed has company.name. categories is a list of objects in 2 of the first 2 records; the feed has categories.name.'
    )
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'company=company.name,title=name,url=refs.landing_page,location=locations,posted_at=publication_date,categories=categories.name'
    )
    const mapped = await loadText('jobs.json', text, { fields })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => [listing.company, listing.location])).toEqual([
      ['Acme Corp', 'New York, NY; Flexible / Remote'],
      ['Acme Corp', 'New York, NY; Flexible / Remote']
    ])
  })

  it("proposes a salary's bounds and currency as the feed names them, never a flag", async () => {
    // Himalayas: minSalary, maxSalary, currency; some jobs without a salary.
    const jobs = [1, 2, 3].map(n => ({
      title: 'Backend Engineer',
      companyName: 'Acme',
      companyLogo: 'https://cdn-images.himalayas.app/acme.png',
      minSalary: n === 3 ? null : 100000 + n,
      maxSalary: n === 3 ? null : 150000,
      currency: 'USD',
      pubDate: 1761000000 + n,
      applicationLink: `https://himalayas.app/companies/acme/jobs/${n}`,
      guid: `https://himalayas.app/companies/acme/jobs/${n}`
    }))
    const bare = await loadText('jobs.json', JSON.stringify({ jobs }))
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'company=companyName,url=applicationLink,posted_at=pubDate,salary_min=minSalary,salary_max=maxSalary,salary_currency=currency'
    )
    const mapped = await loadText('jobs.json', JSON.stringify({ jobs }), { fields })
    expect(mapped.listings.map(listing => listing.salary)).toEqual([
      { min: 100001, max: 150000, currency: 'USD', period: 'year' },
      { min: 100002, max: 150000, currency: 'USD', period: 'year' },
      undefined
    ])

    // Adzuna: salary_min and salary_max read as they are; salary_is_predicted is a flag.
    const results = [1, 2].map(n => ({
      id: `54012${n}`,
      title: 'Backend Developer',
      created: '2025-10-21T10:00:00Z',
      redirect_url: `https://www.adzuna.co.uk/jobs/land/ad/54012${n}`,
      company: { display_name: 'Acme Ltd' },
      location: { display_name: 'London, UK', area: ['UK', 'London'] },
      salary_min: 50000,
      salary_max: 60000,
      salary_is_predicted: '1'
    }))
    const adzuna = await loadText('jobs.json', JSON.stringify({ count: 2, results }))
    expect(proposedMapping(adzuna.warnings[0])).toBe(
      'company=company.display_name,url=redirect_url,posted_at=created'
    )
    const mappedAdzuna = await loadText('jobs.json', JSON.stringify({ count: 2, results }), {
      fields: proposedMapping(adzuna.warnings[0])
    })
    expect(mappedAdzuna.listings.map(listing => listing.location)).toEqual([
      'London, UK',
      'London, UK'
    ])
  })

  it("proposes a salary's period field as job APIs send it (Careerjet's salary_type codes), and the mapping reads it", async () => {
    const jobs = ['H', 'Y', 'M'].map((type, n) => ({
      url: `https://jobviewtrack.com/en-gb/job-${n}`,
      title: 'Backend Developer',
      company: 'Acme Ltd',
      date: `Mon, 2${n} Oct 2025 10:00:00 GMT`,
      locations: 'London',
      salary_min: [45, 50_000, 4_000][n],
      salary_max: [55, 60_000, 5_000][n],
      salary_type: type,
      salary_currency_code: 'GBP',
      site: 'www.acme.example'
    }))
    const text = JSON.stringify({ type: 'JOBS', hits: 3, jobs })

    const bare = await loadText('jobs.json', text)

    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'location=locations,posted_at=date,salary_currency=salary_currency_code,salary_period=salary_type'
    )
    const mapped = await loadText('jobs.json', text, { fields })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => listing.salary)).toEqual([
      { min: 45, max: 55, currency: 'GBP', period: 'hour' },
      { min: 50_000, max: 60_000, currency: 'GBP', period: 'year' },
      { min: 4_000, max: 5_000, currency: 'GBP', period: 'month' }
    ])
  })

  it("proposes an object's name, not its identifier, and no API address for a page (SmartRecruiters); the mapping works", async () => {
    const content = [1, 2].map(n => ({
      id: `74400001234567${n}`,
      name: 'Backend Engineer',
      // As their answer has them: ids whose names hold a title's word ("job").
      uuid: `3fa85f64-5717-4562-b3fc-2c963f66afa${n}`,
      jobAdId: `0d5b3e4a-7f2c-4a8e-9c1b-3f6a2e8d7c5${n}`,
      refNumber: `REF12${n}`,
      company: { identifier: 'AcmeInc', name: 'Acme Inc' },
      releasedDate: `2025-10-2${n}T10:00:00.000Z`,
      location: { city: 'Berlin', region: 'BE', country: 'de', remote: n === 2 },
      department: { id: '1', label: 'Engineering' },
      ref: `https://api.smartrecruiters.com/v1/companies/AcmeInc/postings/74400001234567${n}`
    }))
    const text = JSON.stringify({ offset: 0, limit: 100, totalFound: 2, content })

    const bare = await loadText('jobs.json', text)

    expect(bare.warnings[0]).toContain(
      "url is missing in 2 of 2 records; the feed's ref holds addresses of an API, not pages a job seeker can open: add each posting's page to the records before loading."
    )
    expect(bare.warnings[0]).toContain(
      'company is an object in 2 of the first 2 records; the feed has company.name.'
    )
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe(
      'company=company.name,title=name,work_type=location.remote,posted_at=releasedDate,categories=department.label'
    )
    // Each posting's page added, as the hint says.
    const withPages = JSON.stringify({
      content: content.map(job => ({
        ...job,
        url: `https://jobs.smartrecruiters.com/AcmeInc/${job.id}`
      }))
    })
    const mapped = await loadText('jobs.json', withPages, { fields })
    expect(
      mapped.listings.map(({ company, location, workType }) => [company, location, workType])
    ).toEqual([
      ['Acme Inc', 'Berlin, BE, de', 'on_site'],
      ['Acme Inc', 'Berlin, BE, de', 'remote']
    ])
  })

  it('points inside a location object that names no place, and the mapping works', async () => {
    const jobs = [1, 2].map(n => ({
      company: 'Acme',
      title: 'Backend Engineer',
      url: `https://acme.example/jobs/${n}`,
      posted_at: '2025-10-21',
      location: { office_location: 'Paris', zip: '75001' }
    }))
    const text = JSON.stringify(jobs)

    const bare = await loadText('jobs.json', text)

    expect(bare.invalid[0]?.reason).toBe(
      'location: must be text, a list of text, or a place: an object with its name, or its city, region or country'
    )
    expect(bare.warnings[0]).toContain(
      'location is an object in 2 of the first 2 records; the feed has location.office_location.'
    )
    const mapped = await loadText('jobs.json', text, { fields: proposedMapping(bare.warnings[0]) })
    expect(mapped.listings.map(listing => listing.location)).toEqual(['Paris', 'Paris'])
  })

  it('proposes no path inside location objects when some already read as places: it would lose what they read', async () => {
    const places = [
      { city: 'Berlin', country: 'DE', office_location: 'Berlin' },
      { office_location: 'Paris' },
      { office_location: 'Lyon' },
      { office_location: 'Nice' }
    ]
    const jobs = places.map((location, n) => ({
      company: 'Acme',
      title: 'Backend Engineer',
      url: `https://acme.example/jobs/${n}`,
      posted_at: '2025-10-21',
      location
    }))

    const loaded = await loadText('jobs.json', JSON.stringify(jobs))

    expect(loaded.listings.map(listing => listing.location)).toEqual(['Berlin, DE'])
    expect(loaded.warnings.join('\n')).not.toContain('location=location.')
  })

  it("proposes a list of places whole, not a part of them (Workable's locations); the mapping works", async () => {
    const jobs = [
      { city: 'Berlin', country: 'Germany', countryCode: 'DE', region: 'Berlin', hidden: false },
      { city: '', country: 'United States', countryCode: 'US', region: '', hidden: false }
    ].map((place, n) => ({
      title: 'Backend Engineer',
      shortcode: `A1B2C3D4E${n}`,
      url: `https://apply.workable.com/j/A1B2C3D4E${n}`,
      published_on: '2025-10-21',
      telecommuting: n === 1,
      locations: [place]
    }))
    const text = JSON.stringify({ name: 'Acme', jobs })

    const bare = await loadText('jobs.json', text)

    // The company is the account's, beside the list: the hint says how to add it.
    expect(bare.warnings[0]).toContain(
      "company is missing in 2 of 2 records, and no field of the feed looks like it: a feed of one company's postings (such as Lever's, Ashby's or Workable's) names it nowhere; add it to each record before loading, such as with jq's map(. + {company: \"Acme\"}) on the list of postings."
    )
    const fields = proposedMapping(bare.warnings[0])
    expect(fields).toBe('location=locations,work_type=telecommuting,posted_at=published_on')
    const named = JSON.stringify(jobs.map(job => ({ ...job, company: 'Acme' })))
    const mapped = await loadText('jobs.json', named, { fields })
    expect(mapped.listings.map(({ location, workType }) => [location, workType])).toEqual([
      ['Berlin, Germany', 'on_site'],
      ['United States', 'remote']
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

  it('proposes the columns of a spreadsheet saved in German, a salary written as text among them; the mapping works', async () => {
    const text =
      'Firma;Titel;Link;Ort;Veröffentlicht;Gehalt\r\n' +
      'Acme GmbH;Backend-Entwickler (m/w/d);https://jobs.example/de/1;München;2025-10-21;"85.000,00 €"\r\n' +
      'Beta AG;Senior Backend Engineer;https://jobs.example/de/2;Remote (DE);2025-10-22;70.000 - 90.000 €\r\n'

    const { warnings } = await loadText('jobs.csv', text)

    const fields =
      'company=Firma,title=Titel,url=Link,location=Ort,posted_at=Veröffentlicht,salary=Gehalt'
    expect(warnings[0]).toContain(`Read it with the "fields" input: ${fields} (`)
    expect(warnings[0]).not.toContain("one company's postings")
    const mapped = await loadText('jobs.csv', text, { fields })
    expect(mapped.invalid).toEqual([])
    expect(
      mapped.listings.map(({ company, location, workType, salary }) => [
        company,
        location,
        workType,
        salary
      ])
    ).toEqual([
      [
        'Acme GmbH',
        'München',
        'on_site',
        { min: 85000, max: 85000, currency: 'EUR', period: 'year' }
      ],
      [
        'Beta AG',
        'Remote (DE)',
        'remote',
        { min: 70000, max: 90000, currency: 'EUR', period: 'year' }
      ]
    ])
  })

  it("says a feed may be one company's only when the rest of a posting is there, and lists the fields otherwise", async () => {
    const records = [1, 2].map(n => ({
      Firmenname: 'Acme',
      Aufgabe: 'Dev',
      Adresse: `https://jobs.example/${n}`,
      posted_at: '2025-10-22'
    }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records))

    expect(warnings[0]).toContain(
      'company is missing in 2 of 2 records, and no field of the feed looks like it.'
    )
    expect(warnings[0]).not.toContain("one company's postings")
    expect(warnings[0]).toContain(
      'Read it with the "fields" input: url=Adresse (with the CLI: --fields url=Adresse). The feed\'s fields: Firmenname, Aufgabe, Adresse, posted_at.'
    )
  })

  it('says nothing of a salary object it read whose amounts no job pays: each listing is warned', async () => {
    // Yearly amounts labelled hourly: the object is the salary, only its amounts are refused.
    const records = [1, 2].map(n => ({
      id: `${n}`,
      company: 'Acme',
      title: 'Dev',
      url: `https://jobs.example/${n}`,
      posted_at: '2025-10-22',
      salary: { min: 120000 * n, max: 150000 * n, currency: 'USD', period: 'hour' }
    }))

    const { warnings } = await loadText('feed.json', JSON.stringify(records))
    expect(warnings.map(warning => warning.slice(0, 32))).toEqual([
      'Listing #1 (id 1): salary {"min"',
      'Listing #2 (id 2): salary {"min"'
    ])
    // An object whose amounts it cannot find still gets the hint.
    const unread = records.map(({ salary, ...record }) => ({
      ...record,
      salary: { minimum: salary.min, currency: 'USD' }
    }))
    const hinted = await loadText('feed.json', JSON.stringify(unread))
    expect(hinted.warnings[0]).toContain('salary is an object in 2 of the first 2 records')
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

describe('a feed whose every record reads, with a field no mapping reads', () => {
  const csv = (header: string, rows: string[]) =>
    [header, ...rows.map((row, n) => `Acme,Dev,https://jobs.example/${n},2025-10-2${n},${row}`)]
      .join('\n')
      .concat('\n')

  it("proposes a salary's period for bounds read alone, which are yearly without it; the mapping works", async () => {
    const text = csv('company,title,url,posted_at,salary_min,salary_max,pay_period', [
      '45,55,hourly',
      '50000,60000,annually',
      '4000,5000,Monthly'
    ])

    const bare = await loadText('jobs.csv', text)

    expect(bare.warnings[0]).toBe(
      'salary_period is read from no field, so every salary is read as yearly; the feed has pay_period. ' +
        'Read it with the "fields" input: salary_period=pay_period (with the CLI: --fields salary_period=pay_period).'
    )
    const mapped = await loadText('jobs.csv', text, { fields: proposedMapping(bare.warnings[0]) })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => listing.salary?.period)).toEqual([
      'hour',
      'year',
      'month'
    ])
  })

  it("proposes a spreadsheet's remote column of flags for work_type, which is guessed without it; the mapping works", async () => {
    const text = csv('company,title,url,posted_at,Remote?', ['Yes', 'No', 'no', 'N'])

    const bare = await loadText('jobs.csv', text)

    expect(bare.warnings[0]).toBe(
      'work_type is read from no field, so a listing is remote only when its location or title says so; the feed has Remote?. ' +
        `Read it with the "fields" input: work_type=Remote? (with the CLI: --fields 'work_type=Remote?').`
    )
    const mapped = await loadText('jobs.csv', text, { fields: 'work_type=Remote?' })
    expect(mapped.warnings).toEqual([])
    expect(mapped.listings.map(listing => listing.workType)).toEqual([
      'remote',
      'on_site',
      'on_site',
      'on_site'
    ])
  })

  it.each([
    ['Active', ['TRUE', 'FALSE', 'TRUE']],
    ['Aktiv', ['WAHR', 'FALSCH', 'WAHR']],
    ['isListed', ['true', 'false', 'true']],
    ['state', ['published', 'archived', 'published']],
    ['Status', ['Open', 'Closed', 'open']]
  ])(
    "proposes a sheet's %s column of flags or states for active, without which a closed posting is shown; the mapping works",
    async (column, flags) => {
      const text = csv(`company,title,url,posted_at,${column}`, flags)

      const bare = await loadText('jobs.csv', text)

      expect(bare.listings.map(listing => listing.active)).toEqual([true, true, true])
      expect(bare.warnings[0]).toBe(
        `active is read from no field, so every listing is read as open, a closed one too; the feed has ${column}. ` +
          `Read it with the "fields" input: active=${column} (with the CLI: --fields active=${column}).`
      )
      const mapped = await loadText('jobs.csv', text, { fields: proposedMapping(bare.warnings[0]) })
      expect(mapped.warnings).toEqual([])
      expect(mapped.listings.map(listing => listing.active)).toEqual([true, false, true])
    }
  )

  it.each([
    ['its opposite', 'closed', ['true', 'false', 'true']],
    ['its negation', 'not_active', ['true', 'false', 'true']],
    ['a field of other words', 'status', ['remote', 'hybrid', 'onsite']],
    ['a US state', 'State', ['CA', 'NY', 'TX']]
  ])('proposes no field for active that is %s', async (_, column, values) => {
    const { warnings } = await loadText(
      'jobs.csv',
      csv(`company,title,url,posted_at,${column}`, values)
    )

    expect(warnings).toEqual([])
  })

  it('proposes no field for active that is never false, and warns when one is mapped: a checkbox Airtable leaves out when not ticked', async () => {
    const answer = {
      records: [
        { id: 'rec1', fields: { Company: 'Acme', Open: true } },
        { id: 'rec2', fields: { Company: 'Globex' } },
        { id: 'rec3', fields: { Company: 'Initech', Open: true } }
      ].map(({ id, fields }, n) => ({
        id,
        fields: { ...fields, Title: 'Dev', URL: `https://jobs.example/${n}`, Posted: '2025-10-20' }
      }))
    }
    const mapping =
      'company=fields.Company,title=fields.Title,url=fields.URL,posted_at=fields.Posted'

    const bare = await loadText('jobs.json', JSON.stringify(answer), { fields: mapping })
    expect(bare.warnings).toEqual([])

    const mapped = await loadText('jobs.json', JSON.stringify(answer), {
      fields: `${mapping},active=fields.Open`
    })
    expect(mapped.listings.map(listing => listing.active)).toEqual([true, true, true])
    expect(mapped.warnings).toEqual([
      'active (fields.Open) is given in 2 of 3 records, false in none, and missing in the other 1, which are read as open: as a checkbox not ticked is left out (Airtable leaves it out of its answer; a sheet exports an empty cell). If a missing fields.Open means closed, show only the records it is true in: take active out of "fields" and give the board `visible: fields.Open` in a boards file.'
    ])

    const withFalse = structuredClone(answer)
    withFalse.records[1]!.fields.Open = false
    const told = await loadText('jobs.json', JSON.stringify(withFalse), {
      fields: `${mapping},active=fields.Open`
    })
    expect(told.warnings).toEqual([])
    expect(told.listings.map(listing => listing.active)).toEqual([true, false, true])
  })

  it('proposes a flag for work_type only in a field named for it', async () => {
    const text = csv('company,title,url,posted_at,visa_type,is_remote', ['Y,n', 'N,1', 'Y,0'])

    const { warnings } = await loadText('jobs.csv', text)

    expect(proposedMapping(warnings[0])).toBe('work_type=is_remote')
  })

  it('proposes no period for a salary written as text, which says its own, nor a field of other values', async () => {
    const text = csv('company,title,url,posted_at,salary,salary_min,salary_type', [
      '$45/hr,45,H',
      '$50k - $60k,50000,Y'
    ])
    const typed = csv('company,title,url,posted_at,salary_min,salary_type', [
      '50000,gross',
      '60000,net'
    ])

    expect((await loadText('jobs.csv', text)).warnings).toEqual([])
    expect((await loadText('jobs.csv', typed)).warnings).toEqual([])
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
        '(0 valid listings loaded, 6 records read). Of the records read, 6 are of other categories (the "category" and "keywords" inputs choose them). The feed\'s categories, most listings first: data (3), ml (2), mobile (1).'
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
