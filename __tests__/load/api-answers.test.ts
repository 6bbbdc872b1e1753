/**
 * Feeds as real job APIs serve them, over HTTP from a server on 127.0.0.1: an answer that is
 * one page of several says so, the hint reads the shapes of SmartRecruiters, Workable, Hacker
 * News and Ashby answers, a notice among the records is no listing, and a mapping path picks a
 * list's item by a key's value (Greenhouse's metadata).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { OutgoingHttpHeaders } from 'node:http'
import type { RawInputs } from '../../src/config/config.js'
import { loadListings } from '../../src/load/load.js'
import { buildOneBoard, oneBoard } from '../helpers/settings.js'
import { configFor, memoryIO, serve, sourceRecord, type TestServer } from './helpers.js'

const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  ''
].join('\n')

let servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.map(server => server.close()))
  servers = []
})

/** A server that answers every request with `body` as JSON, and `headers`. */
async function api(body: unknown, headers: OutgoingHttpHeaders = {}): Promise<TestServer> {
  const server = await serve((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...headers })
    response.end(typeof body === 'string' ? body : JSON.stringify(body))
  })
  servers.push(server)
  return server
}

/** A board built from the URL as the CLI builds it: its rows, and the warnings it gave. */
async function board(url: string, inputs: RawInputs = {}) {
  const warnings: string[] = []
  const files: Record<string, string> = { 'README.md': README }
  const settings = oneBoard({ listings: url, now: '2025-10-22T12:00:00Z', ...inputs })
  const result = await buildOneBoard(settings, {
    readFile: async path => files[path],
    listFiles: async () => [],
    warn: message => warnings.push(message)
  })
  const readme = result.files.find(file => file.path === 'README.md')
  return { result, warnings, readme: readme && 'text' in readme ? readme.text : '' }
}

/** The mapping a hint proposes, as given to the CLI (quoted when it needs to be). */
function proposedMapping(hint: string | undefined): string | undefined {
  const found = /--fields ('(?:[^']|'\\'')*'|\S+)\)/.exec(hint ?? '')?.[1]
  return found?.startsWith("'") ? found.slice(1, -1).replaceAll("'\\''", "'") : found
}

/** Loads the URL as the action would (strict off), with `inputs`. */
async function loadUrl(url: string, inputs: RawInputs = {}) {
  return loadListings(configFor(url, { 'listings-timeout': '2', ...inputs }), memoryIO({}))
}

describe('an answer that is one page of several', () => {
  const jobs = [sourceRecord(), sourceRecord()]

  it.each([
    // Greenhouse's Harvest cursor, Ashby's: a token to send back, no address.
    [
      'a cursor (Ashby)',
      { jobs, moreDataAvailable: true, nextCursor: 'Y3Vyc29yOjI=' },
      'its nextCursor names a next page'
    ],
    // SmartRecruiters: offset and limit, and how many postings there are in all.
    [
      'a total past the page (SmartRecruiters)',
      { offset: 0, limit: 2, totalFound: 42, content: jobs },
      'its totalFound is 42 records where the answer holds 2'
    ],
    // The Muse: page 0 of page_count.
    [
      'a count of pages (The Muse)',
      { page: 0, page_count: 99, items_per_page: 2, results: jobs },
      'its page_count is 99 pages'
    ],
    // USAJobs: the count of all results, and of pages, beside the page's own count.
    [
      'a count of all results and of pages (USAJobs)',
      {
        LanguageCode: 'EN',
        SearchParameters: {},
        SearchResult: {
          SearchResultCount: 2,
          SearchResultCountAll: 1290,
          SearchResultItems: jobs,
          UserArea: { NumberOfPages: '645', IsRadialSearch: false }
        }
      },
      'its SearchResult.SearchResultCountAll is 1,290 records where the answer holds 2; its SearchResult.UserArea.NumberOfPages is 645 pages'
    ],
    // A GraphQL connection.
    [
      'a flag (GraphQL pageInfo)',
      { data: { jobs: { nodes: jobs, pageInfo: { hasNextPage: true, endCursor: 'Y3Vy' } } } },
      'its data.jobs.pageInfo.hasNextPage is true'
    ],
    // Elasticsearch: the total is an object.
    [
      'a total inside an object (Elasticsearch)',
      { hits: { total: { value: 1234, relation: 'eq' }, hits: jobs } },
      'its hits.total is 1,234 records where the answer holds 2'
    ],
    // Adzuna: how many postings match, beside the results.
    [
      'a count past the page (Adzuna)',
      { count: 5731, mean: 61000, results: jobs },
      'its count is 5,731 records where the answer holds 2'
    ]
  ])('says so for %s, naming the field, once', async (_, answer, sign) => {
    const feed = await api(answer)
    const url = feed.url('/jobs')

    const { warnings, valid } = await loadUrl(url)

    expect(valid).toBe(2)
    expect(warnings.filter(warning => warning.includes('paged'))).toEqual([
      `Listings "${url}" is one page of a paged answer: ${sign}. The run follows pages only where an answer names the next page's address, in a Link header with rel="next" or a field holding its URL (next, next_url, nextLink, paging.next, @odata.nextLink, HAL's _links.next.href), and this one names no such address (a cursor, token or page number is none), so the run read this one page (README "Listings from a URL"). If the API can give the next page's URL in such a field, ask for it; else ask for its largest page (such as with a limit or per_page parameter), or fetch every page into one file and point "listings" at it.`
    ])
  })

  // Workable's SPI: `paging.next` is the next page's address, here on another host.
  it('names a next page on another origin (Workable), which it does not follow', async () => {
    const feed = await api({
      jobs,
      paging: { next: 'https://www.workable.com/spi/v3/accounts/acme/jobs?since_id=2' }
    })

    const { warnings, valid } = await loadUrl(feed.url('/jobs'))

    expect(valid).toBe(2)
    expect(warnings).toEqual([
      expect.stringContaining(
        `page 1 names its next page in its field paging.next at https://www.workable.com, another origin than the listings URL's (${new URL(feed.url()).origin})`
      )
    ])
  })

  it.each([
    [
      'rel="next"',
      '<https://api.example/jobs?page=2>; rel="next", <https://api.example/jobs?page=9>; rel="last"'
    ],
    ['rel=next among several types', '<https://api.example/jobs?page=9>; rel="last next"'],
    ['an unquoted rel', '<https://api.example/jobs?cursor=abc>; rel=next']
  ])('reads a Link header with %s, for a list at the top level too', async (_, link) => {
    const feed = await api(jobs, { link })

    const { warnings } = await loadUrl(feed.url('/jobs'))

    expect(warnings).toEqual([
      expect.stringContaining(
        'page 1 names its next page in its Link header (rel="next") at https://api.example, another origin'
      )
    ])
  })

  it.each([
    ['the last page (Workable: paging.next null)', { jobs, paging: { next: null } }, {}],
    ['a total of what it holds (Greenhouse)', { jobs, meta: { total: 2 } }, {}],
    ['one page of one', { page: 1, page_count: 1, results: jobs, hasNext: false }, {}],
    [
      'a Link header without a next page',
      jobs,
      { link: '<https://api.example/jobs?page=1>; rel="prev"' }
    ]
  ])('says nothing for %s', async (_, answer, headers) => {
    const feed = await api(answer, headers)

    const { warnings, valid } = await loadUrl(feed.url('/jobs'))

    expect(valid).toBe(2)
    expect(warnings).toEqual([])
  })
})

describe('a record that carries none of the listing fields', () => {
  // RemoteOK's answer: a legal notice first, then the postings.
  const notice = {
    last_updated: 1761170000,
    legal:
      'API Terms of Service: Please link back to the URL on Remote OK and mention Remote OK as a source.'
  }
  const posting = (n: number, fields: Record<string, unknown> = {}) => ({
    slug: `remote-backend-engineer-acme-${n}`,
    id: `100${n}`,
    epoch: 1761130000 + n,
    date: `2025-10-2${n}T10:46:40+00:00`,
    company: 'Acme',
    position: n === 1 ? 'Backend Engineer' : 'Go Developer',
    tags: ['backend', 'go'],
    location: 'Worldwide',
    salary_min: 0,
    salary_max: 0,
    url: `https://remoteOK.com/remote-jobs/remote-backend-engineer-acme-100${n}`,
    ...fields
  })
  const fields = 'title=position,posted_at=date,skills=tags'

  it('is skipped with a note under strict (a notice, not a broken listing), and the board builds', async () => {
    const feed = await api([notice, posting(1), posting(2)])

    const { result, warnings, readme } = await board(feed.url('/api'), { fields, strict: 'true' })

    expect(result.invalidCount).toBe(0)
    expect(readme).toContain('Backend Engineer')
    expect(readme).toContain('Go Developer')
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Skipped record #1 \(its fields: last_updated, legal\): it carries none of the listing fields/
      )
    )
  })

  it('is said once for many, and a record with some fields that is invalid still fails strict', async () => {
    const many = await api([notice, notice, posting(1)])
    const { warnings } = await board(many.url('/api'), { fields })
    expect(warnings.filter(warning => warning.includes('none of the listing fields'))).toEqual([
      expect.stringContaining(
        'Skipped 2 of 3 records (the first #1, its fields: last_updated, legal): they carry none of the listing fields'
      )
    ])

    // Every record so: the feed's names are others, not a notice before the postings.
    const renamed = await api([
      { Company: 'Acme', Role: 'Dev' },
      { Company: 'Beta', Role: 'Ops' }
    ])
    const all = await board(renamed.url('/api'), { fields, 'allow-empty': 'true' })
    expect(all.warnings.filter(warning => warning.includes('Skipped'))).toEqual([
      'Skipped all 2 records (the first #1, its fields: Company, Role): none carries a listing field under the names read (id, company, title, url or posted_at, as mapped), so the feed names its fields otherwise: map them with the "fields" input (a warning above proposes the mapping where the feed has fields that look like them).'
    ])

    // A title alone is a listing that lacks the rest: invalid.
    const broken = await api([notice, posting(1), { position: 'Frontend Engineer' }])
    await expect(board(broken.url('/api'), { fields, strict: 'true' })).rejects.toMatchObject({
      code: 'invalid-record',
      message: expect.stringContaining('Listing #3 is invalid: company: missing; url: missing')
    })
  })
})

describe("an Ashby job board's compensation", () => {
  // includeCompensation=true: an object on every posting, its summaries null where no pay is given.
  const compensation = (summary: string | null) => ({
    compensationTierSummary: summary && `${summary} • Offers Equity`,
    scrapeableCompensationSalarySummary: summary,
    compensationTiers: [],
    summaryComponents: []
  })
  const jobs = ['$180K – $220K', null, null, '$81K – $87K', null].map((summary, n) => ({
    id: `0a1b2c3d-${n}`,
    title: `Backend Engineer ${n}`,
    department: 'Engineering',
    employmentType: 'FullTime',
    location: 'San Francisco',
    publishedAt: `2025-10-2${n}T10:00:00.000+00:00`,
    isListed: true,
    isRemote: false,
    workplaceType: 'Hybrid',
    jobUrl: `https://jobs.ashbyhq.com/acme/${n}`,
    applyUrl: `https://jobs.ashbyhq.com/acme/${n}/application`,
    compensation: compensation(summary)
  }))

  it('is proposed as the path to its text, not the object, and the mapping reads the salaries', async () => {
    const feed = await api({ apiVersion: '1', jobs })

    const { warnings } = await loadUrl(feed.url('/posting-api/job-board/acme'))

    const fields = proposedMapping(warnings[0])
    expect(fields).toMatch(
      /(?:^|,)salary=compensation\.(?:scrapeableCompensationSalarySummary|compensationTierSummary)(?:,|$)/
    )
    const named = await api({ jobs: jobs.map(job => ({ ...job, company: 'Acme' })) })
    const mapped = await loadUrl(named.url('/posting-api/job-board/acme'), { fields: fields! })
    expect(mapped.invalid).toEqual([])
    expect(mapped.listings.map(listing => listing.salary)).toEqual([
      { min: 180_000, max: 220_000, currency: 'USD', period: 'year' },
      undefined,
      undefined,
      { min: 81_000, max: 87_000, currency: 'USD', period: 'year' },
      undefined
    ])
  })
})

describe('the hint for job APIs of another shape', () => {
  it('says plainly that a Hacker News "Who is hiring?" export has no title field, and proposes what it has', async () => {
    // Algolia's search_by_date?tags=comment,story_45436000: each hit a comment, its company
    // and title written inside the comment's text.
    const posts = [
      'Acme | Senior Backend Engineer | Remote (US) | Full-time | $150k-$180k',
      'Beta Corp | Data Engineer | Berlin, ONSITE',
      'Gamma | Staff Frontend Engineer | NYC or REMOTE',
      'Delta Labs | ML Engineer | London | Hybrid',
      'Epsilon | iOS Developer | Remote (EU)',
      'Zeta | Platform Engineer | SF Bay Area | ONSITE'
    ]
    const hits = posts.map((head, n) => ({
      _highlightResult: { author: { matchLevel: 'none', matchedWords: [], value: `user${n}` } },
      _tags: ['comment', `author_user${n}`, 'story_45436000'],
      author: `user${n}`,
      children: [],
      comment_text: `${head}<p>We build things. Apply at <a href="https:&#x2F;&#x2F;jobs.example&#x2F;${n}" rel="nofollow">https:&#x2F;&#x2F;jobs.example&#x2F;${n}</a>`,
      created_at: `2025-10-01T15:0${n}:11Z`,
      created_at_i: 1759330931 + n * 60,
      objectID: `4543712${n}`,
      parent_id: 45436000,
      story_id: 45436000,
      story_title: 'Ask HN: Who is hiring? (October 2025)',
      story_url: null,
      updated_at: '2025-10-01T16:00:00Z'
    }))
    const feed = await api({ hits, hitsPerPage: 6, nbHits: 6, nbPages: 1, page: 0 })

    const { warnings } = await loadUrl(feed.url('/api/v1/search_by_date'))

    const hint = warnings.find(warning => warning.includes('title is missing'))
    expect(hint).toContain(
      "title is missing in 6 of 6 records, and no field of the feed holds a posting's title: comment_text is long text (a whole post or description), not a title; story_title is the story's title, not a posting's."
    )
    expect(proposedMapping(hint)).toBe('id=objectID,posted_at=created_at,description=comment_text')
  })

  it("proposes SmartRecruiters' name, company.name, releasedDate and department.label, never a custom field's label", async () => {
    const content = ['Senior Backend Engineer', 'Staff Data Engineer'].map((name, n) => ({
      id: `74400008928101${n}`,
      name,
      uuid: `5b8e9b1a-3c2d-4e5f-8a9b-0c1d2e3f4a5${n}`,
      jobAdId: `9f4a1c3e-2b7d-4e8a-9c6f-1a2b3c4d5e6${n}`,
      defaultJobAd: true,
      refNumber: `REF234${n}K`,
      company: { identifier: 'Visa', name: 'Visa' },
      releasedDate: `2025-10-2${n}T14:21:32.123Z`,
      location: { city: 'Austin', region: 'TX', country: 'us', remote: n === 1 },
      industry: { id: 'financial_services', label: 'Financial Services' },
      department: { id: '1234', label: 'Technology' },
      function: { id: 'information_technology', label: 'Information Technology' },
      typeOfEmployment: { label: 'Full-time' },
      experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
      customField: [
        { fieldId: 'COUNTRY', fieldLabel: 'Country', valueId: 'us', valueLabel: 'United States' }
      ],
      ref: `https://api.smartrecruiters.com/v1/companies/Visa/postings/74400008928101${n}`,
      creator: { name: 'Jane Doe' },
      language: { code: 'en', label: 'English', labelNative: 'English (US)' }
    }))
    const feed = await api({ offset: 0, limit: 100, totalFound: 2, content })

    const { warnings } = await loadUrl(feed.url('/v1/companies/Visa/postings'))

    const fields = proposedMapping(warnings[0])
    expect(fields).toBe(
      'company=company.name,title=name,work_type=location.remote,posted_at=releasedDate,categories=department.label'
    )
    // With each posting's page added, as the hint says, the mapping reads them.
    const withPages = content.map(job => ({
      ...job,
      url: `https://jobs.smartrecruiters.com/Visa/${job.id}`
    }))
    const mapped = await loadUrl((await api({ content: withPages })).url('/postings'), {
      fields: fields!
    })
    expect(
      mapped.listings.map(({ company, title, location, categories }) => [
        company,
        title,
        location,
        categories
      ])
    ).toEqual([
      ['Visa', 'Senior Backend Engineer', 'Austin, TX, us', ['technology']],
      ['Visa', 'Staff Data Engineer', 'Austin, TX, us', ['technology']]
    ])
  })

  it("proposes Workable's fields, its places and its dates, and says its company must be added", async () => {
    const jobs = [
      { city: 'Berlin', country: 'Germany', countryCode: 'DE', region: 'Berlin' },
      { city: '', country: 'United States', countryCode: 'US', region: '' }
    ].map((place, n) => ({
      title: n === 0 ? 'Backend Engineer' : 'Data Engineer',
      shortcode: `A1B2C3D4E${n}`,
      code: '',
      employment_type: 'Full-time',
      telecommuting: n === 1,
      department: 'Engineering',
      url: `https://apply.workable.com/j/A1B2C3D4E${n}`,
      shortlink: `https://apply.workable.com/j/A1B2C3D4E${n}`,
      application_url: `https://apply.workable.com/j/A1B2C3D4E${n}/apply`,
      published_on: `2025-10-2${n}`,
      created_at: `2025-10-1${n}`,
      country: place.country,
      city: place.city,
      state: place.region,
      locations: [{ ...place, hidden: false }]
    }))
    const feed = await api({ name: 'Acme', description: null, jobs })

    const { warnings } = await loadUrl(feed.url('/api/v1/widget/accounts/acme'))

    expect(warnings[0]).toContain("a feed of one company's postings")
    const fields = proposedMapping(warnings[0])
    expect(fields).toBe(
      'location=locations,work_type=telecommuting,posted_at=published_on,categories=department'
    )
    const named = await api({ jobs: jobs.map(job => ({ ...job, company: 'Acme' })) })
    const mapped = await loadUrl(named.url('/jobs'), { fields: fields! })
    expect(mapped.listings.map(({ url, location, workType }) => [url, location, workType])).toEqual(
      [
        ['https://apply.workable.com/j/A1B2C3D4E0', 'Berlin, Germany', 'on_site'],
        ['https://apply.workable.com/j/A1B2C3D4E1', 'United States', 'remote']
      ]
    )
  })
})

describe("a mapping path that picks a list's item by a key's value", () => {
  // Greenhouse's custom fields: `metadata: [{name, value}]`, in no set order.
  const metadata = (entries: [string, unknown][]) =>
    entries.map(([name, value], n) => ({ id: 100 + n, name, value, value_type: 'single_select' }))
  const jobs = [
    metadata([
      ['Employment Type', 'Full-time'],
      ['Workplace Type', 'Remote']
    ]),
    metadata([['Workplace Type', 'Hybrid']]),
    metadata([
      ['Workplace Type', 'On-site'],
      ['Employment Type', 'Full-time'],
      ['Level', ['Senior', 'Staff']]
    ]),
    metadata([['Employment Type', 'Contract']])
  ].map((entries, n) => ({
    absolute_url: `https://job-boards.greenhouse.io/acme/jobs/400${n}`,
    location: { name: 'Berlin, Germany' },
    metadata: entries,
    id: 4000 + n,
    updated_at: '2025-10-21T10:00:00-04:00',
    title: `Backend Engineer ${n}`,
    company_name: 'Acme',
    first_published: `2025-10-2${n}T09:00:00-04:00`
  }))
  const base = 'company=company_name,url=absolute_url,posted_at=first_published'

  it.each([
    ['pairs', `${base},work_type=metadata[name=Workplace Type].value`],
    [
      'the mapping form, in another case',
      JSON.stringify({
        company: 'company_name',
        url: 'absolute_url',
        posted_at: 'first_published',
        work_type: 'metadata[name=workplace type].value'
      })
    ]
  ])('reads the item wherever it is in the list (%s)', async (_, fields) => {
    const feed = await api({ jobs, meta: { total: jobs.length } })

    const { listings, warnings, invalid } = await loadUrl(feed.url('/v1/boards/acme/jobs'), {
      fields
    })

    expect(invalid).toEqual([])
    expect(warnings).toEqual([])
    // The fourth has no Workplace Type: its work type is guessed, as without the field.
    expect(listings.map(listing => listing.workType)).toEqual([
      'remote',
      'hybrid',
      'on_site',
      'on_site'
    ])
  })

  it('reads a value among a list of values, and several items as a list', async () => {
    const feed = await api({ jobs })

    const { listings } = await loadUrl(feed.url('/jobs'), {
      fields: `${base},categories=metadata[name=Level].value,skills=metadata[value_type=single_select].name`
    })

    expect(listings[2]?.categories).toEqual(['senior', 'staff'])
    expect(listings[0]?.skills).toEqual(['employment type', 'workplace type'])
  })

  it.each([
    ['metadata[name=Workplace Type.value', 'opens "[" without closing it with "]"'],
    [
      'metadata[=Workplace Type].value',
      `picks a list's item by a key's value with no key before "="`
    ],
    ['metadata[name=].value', `picks a list's item by a key's value with no value after "="`],
    ['[name=Workplace Type].value', 'picks an item with no list before "["']
  ])('refuses %s, saying what is expected', async (path, problem) => {
    const feed = await api({ jobs })

    for (const fields of [`${base},work_type=${path}`, JSON.stringify({ work_type: path })])
      await expect(loadUrl(feed.url('/jobs'), { fields })).rejects.toMatchObject({
        message: expect.stringContaining(`"work_type" maps to "${path}", which ${problem}`)
      })
    await expect(loadUrl(feed.url('/jobs'), { fields: `work_type=${path}` })).rejects.toMatchObject(
      {
        message: expect.stringContaining(
          'list[key=value], such as metadata[name=Workplace Type].value'
        )
      }
    )
  })
})
