import { describe, expect, it } from '@jest/globals'
import type { Listing } from '../../src/model.js'
import { skillsOf } from '../../src/skills.js'
import {
  createNormalizer,
  type Normalized,
  type NormalizeOptions
} from '../../src/load/normalize.js'
import { loadText, sourceRecord } from './helpers.js'

const DEFAULTS: NormalizeOptions = { fields: {}, salaryCurrency: 'USD' }

function normalize(record: unknown, options: Partial<NormalizeOptions> = {}): Normalized {
  return createNormalizer({ ...DEFAULTS, ...options })(record, 7)
}

/** The listing made of a source record with `fields`; fails the test when it is invalid. */
function listingOf(
  fields: Record<string, unknown>,
  options: Partial<NormalizeOptions> = {}
): Listing {
  const outcome = normalize(sourceRecord(fields), options)
  if (!outcome.ok) throw new Error(`expected a valid record, got: ${outcome.invalid.reason}`)
  return outcome.listing
}

function warningsOf(fields: Record<string, unknown>): string[] {
  const outcome = normalize(sourceRecord(fields))
  if (!outcome.ok) throw new Error(`expected a valid record, got: ${outcome.invalid.reason}`)
  return outcome.warnings
}

function reasonOf(record: unknown): string {
  const outcome = normalize(record)
  if (outcome.ok) throw new Error('expected an invalid record')
  return outcome.invalid.reason
}

const at = (iso: string) => Date.parse(iso)

describe('required fields', () => {
  it.each(['company', 'title', 'url', 'posted_at'])('makes a record without %s invalid', field => {
    expect(reasonOf(sourceRecord({ [field]: undefined }))).toBe(`${field}: missing`)
  })

  it.each([
    ['""', ''],
    ['blank', '   '],
    ['null', null]
  ])('counts a %s company as missing', (_, value) => {
    expect(reasonOf(sourceRecord({ company: value }))).toBe('company: missing')
  })

  it('names every problem of a record, with its position and id', () => {
    const outcome = normalize(
      sourceRecord({ id: 'x-1', title: undefined, url: 'javascript:alert(1)' })
    )

    expect(outcome).toEqual({
      ok: false,
      invalid: { position: 7, id: 'x-1', reason: 'title: missing; url: not an http(s) URL' }
    })
  })

  it.each(['javascript:alert(1)', 'ftp://jobs.example/1', 'mailto:jobs@acme.example', 'N/A'])(
    'makes a record with url %s invalid',
    url => {
      expect(reasonOf(sourceRecord({ url }))).toBe('url: not an http(s) URL')
    }
  )

  it.each([
    ['jobs.example/1', 'https://jobs.example/1'],
    ['www.acme.com/careers/42?src=x', 'https://www.acme.com/careers/42?src=x'],
    [' acme.co.uk ', 'https://acme.co.uk']
  ])('refuses an address without its scheme (%s), saying how to write it', (url, written) => {
    expect(reasonOf(sourceRecord({ url }))).toBe(
      `url: not an http(s) URL: no "https://" before the site; write ${written}`
    )
  })

  it.each([
    ['<https://acme.example/jobs/1>', 'https://acme.example/jobs/1'],
    ['[Apply here](https://acme.example/jobs/1?ref=gh)', 'https://acme.example/jobs/1?ref=gh']
  ])('refuses a Markdown link (%s), saying to write its address alone', (url, address) => {
    expect(reasonOf(sourceRecord({ url }))).toBe(
      `url: not an http(s) URL: a Markdown link; write the address alone, ${address}`
    )
    expect(reasonOf(sourceRecord({ url: '[x](javascript:alert(1))' }))).toBe(
      'url: not an http(s) URL'
    )
  })

  it('refuses an address relative to its scheme (//site/...), saying to write https: first', () => {
    expect(reasonOf(sourceRecord({ url: '//boards.greenhouse.io/acme/jobs/3' }))).toBe(
      'url: not an http(s) URL: no "https:" before the "//" of the site; write https://boards.greenhouse.io/acme/jobs/3'
    )
    expect(reasonOf(sourceRecord({ url: `//acme.example/${'a'.repeat(300)}` }))).toBe(
      'url: not an http(s) URL: no "https:" before the "//" of the site; write it with https: first'
    )
    expect(reasonOf(sourceRecord({ url: '//' }))).toBe('url: not an http(s) URL')
  })

  it.each([
    'https://careers.acme.example@evil.example/jobs/1',
    'https://bot:hunter2@jobs.example/1',
    'http://:hunter2@jobs.example/1'
  ])('refuses an address with a user or password before its host (%s)', url => {
    expect(reasonOf(sourceRecord({ url }))).toBe(
      'url: holds a user name or password before the host (the part up to "@"), so the link would read as one site and open another, or publish a password: write the address without it'
    )
  })

  it.each(['https://medium.com/@acme/jobs-1', 'https://jobs.example/apply?email=a@b.example'])(
    'keeps an address with an "@" after its host (%s)',
    url => {
      expect(listingOf({ url }).url).toBe(url)
    }
  )

  it('refuses a path without its site, saying to write the whole address', () => {
    expect(reasonOf(sourceRecord({ url: '/jobs/3' }))).toBe(
      "url: not an http(s) URL: a path without its site; write the whole address, https:// and the site's name before the path"
    )
  })

  it('does not write out again a long address without its scheme', () => {
    const url = `acme.example/${'a'.repeat(100_000)}`
    expect(reasonOf(sourceRecord({ url }))).toBe(
      'url: not an http(s) URL: no "https://" before the site; write it with https:// first'
    )
    expect(reasonOf(sourceRecord({ url: `${'a-'.repeat(50_000)}!` }))).toBe(
      'url: not an http(s) URL'
    )
  })

  it('makes a company that is not text invalid', () => {
    expect(reasonOf(sourceRecord({ company: { name: 'Acme' } }))).toBe('company: must be text')
  })

  it('makes a record that is not an object invalid', () => {
    expect(reasonOf(42)).toBe('not an object but a number')
    expect(reasonOf(['Acme'])).toBe('not an object but a list')
  })
})

describe('text and absent values', () => {
  it('trims strings', () => {
    const listing = listingOf({
      company: '  Acme  ',
      title: '\tBackend Developer\n',
      location: ' Berlin '
    })

    expect([listing.company, listing.title, listing.location]).toEqual([
      'Acme',
      'Backend Developer',
      'Berlin'
    ])
  })

  it('turns control characters into spaces before trimming, in every text field', () => {
    const listing = listingOf({
      company: '\u0000Acme\u001b ',
      title: ' Backend\u0085\u2028Developer\u007f',
      location: ['Platform{{x}})\u0000 ', '\u0000 עברית'],
      skills: ['Go\u0000 ', ' \u001bRust'],
      categories: 'Backend\u0000 ;\u0001DevOps'
    })

    expect(listing).toMatchObject({
      company: 'Acme',
      title: 'Backend Developer',
      location: 'Platform{{x}}); עברית',
      skills: ['go', 'rust'],
      categories: ['backend', 'devops']
    })
  })

  it('makes one space of a run of control characters and the spaces around it', () => {
    expect(
      listingOf({ title: 'Backend \r\n\t Developer', location: 'Berlin\u0000 \u0000 Mitte' })
    ).toMatchObject({
      title: 'Backend Developer',
      location: 'Berlin Mitte'
    })
  })

  it('keeps format characters and lone spaces as they are', () => {
    expect(listingOf({ title: 'Back\u200bend \u200fDev  eloper' }).title).toBe(
      'Back\u200bend \u200fDev  eloper'
    )
  })

  it('drops the bidirectional embeddings, overrides and isolates, which reorder what is seen', () => {
    // Shown right to left, "Acme \u202eroc evil" reads "Acme live cor".
    expect(
      listingOf({
        company: 'Acme \u202eroc evil\u202c',
        title: '\u2067Backend\u2069 Developer\u202a',
        location: 'Berlin \u202d\u202b'
      })
    ).toMatchObject({ company: 'Acme roc evil', title: 'Backend Developer', location: 'Berlin' })
  })

  it.each([
    ['a zero-width space', '\u200b'],
    ['a Hangul filler', '\u3164'],
    ['a soft hyphen and a combining grapheme joiner', '\u00ad \u034f'],
    ['the Hangul choseong and jungseong fillers', '\u115f\u1160'],
    ['tag characters', '\u{E0041}\u{E0042}'],
    ['a word joiner between spaces', ' \u2060 '],
    ['the Braille blank', '\u2800\u2800']
  ])('refuses a company or title of %s alone, which shows nothing, as empty', (_, value) => {
    const empty =
      'empty once its invisible characters are removed: it holds only characters no cell shows (U+'
    expect(reasonOf(sourceRecord({ company: value }))).toContain(`company: ${empty}`)
    expect(reasonOf(sourceRecord({ title: value }))).toContain(`title: ${empty}`)
  })

  it('keeps a name that shows something beside its invisible characters, as written', () => {
    expect(listingOf({ company: 'Acme\u3164', title: '👩\u200d💻 Engineer' })).toMatchObject({
      company: 'Acme\u3164',
      title: '👩\u200d💻 Engineer'
    })
  })

  it('refuses a company of control characters alone as empty, naming them', () => {
    expect(reasonOf(sourceRecord({ company: '\u0000\u001b \u0007' }))).toBe(
      'company: empty once its invisible characters are removed: it holds only characters no cell shows (U+0000 U+001B U+0007)'
    )
  })

  it('treats "" and null optional fields as absent', () => {
    const listing = listingOf({
      location: null,
      salary: '',
      categories: '',
      company_url: null,
      active: null
    })

    expect(listing).toMatchObject({
      location: '',
      salary: undefined,
      categories: undefined,
      active: true
    })
    expect(listing.companyUrl).toBeUndefined()
  })

  it('takes a closed listing with an id but no link (it shows none), and no other without one', () => {
    const closed = listingOf({ id: 'c1', url: '', active: false })
    expect(closed).toMatchObject({ id: 'c1', active: false })
    expect(closed.url).toBeUndefined()
    expect(listingOf({ id: 'c2', url: undefined, active: 'no' }).url).toBeUndefined()
    expect(reasonOf(sourceRecord({ id: 'o1', url: '' }))).toBe('url: missing')
    expect(reasonOf(sourceRecord({ id: undefined, url: '', active: false }))).toBe('url: missing')
    expect(reasonOf(sourceRecord({ id: 'c3', url: 'N/A', active: false }))).toBe(
      'url: not an http(s) URL'
    )
  })

  it.each([
    ['location', ['NYC', null], { location: 'NYC' }],
    ['location', [null, { city: 'Berlin' }, 'Remote'], { location: 'Berlin; Remote' }],
    ['location', [null], { location: '' }],
    ['skills', ['Go', null], { skills: ['go'] }],
    ['skills', [null], { skills: [] }],
    ['categories', [null, 'Backend'], { categories: ['backend'] }]
  ])('leaves a null item out of a list (%s %j), as a blank one', (field, list, read) => {
    expect(listingOf({ [field]: list })).toMatchObject(read)
    expect(warningsOf({ [field]: list })).toEqual([])
  })

  it('ignores fields it does not know', () => {
    expect(listingOf({ sponsorship: 'yes', extra: { deep: true } }).company).toBe('Acme')
  })
})

describe('cell length', () => {
  const long = (length: number, unit = 'x') => unit.repeat(length)

  it('clips company, title and location to max-cell-length with "…", in one warning naming the record', () => {
    const fields = { id: 'big', company: long(600), title: long(8_400_000), location: long(40) }
    const outcome = normalize(sourceRecord(fields), { maxCellLength: 500 })

    if (!outcome.ok) throw new Error(outcome.invalid.reason)
    expect(outcome.listing).toMatchObject({
      company: `${long(499)}…`,
      title: `${long(499)}…`,
      location: long(40)
    })
    expect(outcome.warnings).toEqual([
      'Listing #7 (id big): company (600 characters), title (8,400,000 characters) clipped to 500 characters ("max-cell-length")'
    ])
  })

  it('keeps text of exactly max-cell-length characters, counting a surrogate pair as one', () => {
    const title = long(250, '😀')

    expect(listingOf({ title }, { maxCellLength: 250 }).title).toBe(title)
  })

  it('never splits a surrogate pair', () => {
    const title = `a${long(10, '😀')}`

    expect(listingOf({ title }, { maxCellLength: 4 }).title).toBe('a😀😀…')
  })

  it('never splits an emoji joined with zero-width joiners, nor a letter from its accent', () => {
    const family = '👩\u200d👩\u200d👧' // one character to readers, five code points

    expect(listingOf({ title: `ab${family}cdef` }, { maxCellLength: 5 }).title).toBe('ab…')
    expect(listingOf({ title: 'Cafe\u0301 Lead' }, { maxCellLength: 5 }).title).toBe('Caf…')
  })

  it('drops the spaces before the "…"', () => {
    expect(listingOf({ title: 'Senior     Backend Developer' }, { maxCellLength: 10 }).title).toBe(
      'Senior…'
    )
  })

  it('clips each location of a list once they are joined', () => {
    expect(listingOf({ location: ['Berlin', 'Hamburg'] }, { maxCellLength: 12 }).location).toBe(
      'Berlin; Ham…'
    )
  })

  it('has no limit at 0', () => {
    expect(listingOf({ title: long(100_000) }, { maxCellLength: 0 }).title).toHaveLength(100_000)
  })
})

describe('id', () => {
  it('turns a numeric id into text', () => {
    expect(listingOf({ id: 30762179 }).id).toBe('30762179')
  })

  it('defaults to the normalized url', () => {
    const listing = listingOf({
      id: undefined,
      url: 'HTTPS://Jobs.Example/a/1/?utm_source=feed&ref=2#apply'
    })

    expect(listing.id).toBe('https://jobs.example/a/1?ref=2')
  })

  it('makes an id that is neither text nor a number invalid', () => {
    expect(reasonOf(sourceRecord({ id: { value: 1 } }))).toBe('id: must be text or a number')
  })
})

describe('company_url', () => {
  it('keeps an http(s) company link', () => {
    expect(listingOf({ company_url: 'https://acme.example/' }).companyUrl).toBe(
      'https://acme.example/'
    )
  })

  it('drops any other scheme with a warning, and keeps the record', () => {
    const outcome = normalize(sourceRecord({ id: 'j1', company_url: 'javascript:alert(1)' }))

    expect(outcome.ok && outcome.listing.companyUrl).toBeUndefined()
    expect(outcome.ok && outcome.warnings).toEqual([
      'Listing #7 (id j1): company_url "javascript:alert(1)" ignored: not an http(s) URL'
    ])
  })

  it('drops a company link with a user before its host, with a warning, and keeps the record', () => {
    const outcome = normalize(
      sourceRecord({ id: 'j1', company_url: 'https://acme.example@evil.example/' })
    )

    expect(outcome.ok && outcome.listing.companyUrl).toBeUndefined()
    expect(outcome.ok && outcome.warnings[0]).toContain(
      'ignored: holds a user name or password before the host'
    )
    expect(listingOf({ company_url: 'https://acme.example/@team' }).companyUrl).toBe(
      'https://acme.example/@team'
    )
  })
})

describe('location', () => {
  it('joins a list with "; ", leaving out blank items', () => {
    expect(listingOf({ location: ['San Francisco, CA', ' ', 'Remote in USA'] }).location).toBe(
      'San Francisco, CA; Remote in USA'
    )
  })

  it.each([
    ['a number', 12],
    ['an object that names no place', { zip: '10001', lat: 40.7 }],
    ['a list holding a number', ['Berlin', 3]],
    ['a place nested past its address', { address: { address: { city: 'Berlin' } } }],
    // Deeper than a stack of calls per level would go: refused, not a crash of the run.
    [
      'a place of empty places ten thousand deep',
      Array.from({ length: 10_000 }).reduce<object>(inner => ({ city: inner }), { city: null })
    ]
  ])('makes a location that is %s invalid', (_, location) => {
    expect(reasonOf(sourceRecord({ location }))).toBe(
      'location: must be text, a list of text, or a place: an object with its name, or its city, region or country'
    )
  })

  it.each([
    ['a place of null parts', { city: null, region: null, country: null }, ''],
    ['a place of a blank name', { name: ' ' }, ''],
    ['an empty object', {}, ''],
    [
      'a schema.org place of an empty address',
      {
        '@type': 'Place',
        address: { addressLocality: null, addressCountry: { '@type': 'Country', name: '' } }
      },
      ''
    ],
    ['a list holding an empty place', [{ city: 'Austin' }, { city: null }], 'Austin'],
    ['a list of empty places', [{ name: '' }, { city: null }], '']
  ])('reads %s as no location, as null is', (_, location, read) => {
    expect(listingOf({ location })).toMatchObject({ location: read })
    expect(warningsOf({ location })).toEqual([])
  })

  it.each([
    ['its name (Greenhouse)', { name: 'San Francisco, CA' }, 'San Francisco, CA'],
    ['its display name (Adzuna)', { display_name: 'London, UK', area: ['UK'] }, 'London, UK'],
    [
      'its city, region and country (Workable)',
      { country: 'Germany', countryCode: 'DE', region: 'Berlin', city: 'Berlin' },
      'Berlin, Germany'
    ],
    ['its city and country code', { city: ' Austin ', country_code: 'US' }, 'Austin, US'],
    [
      "a schema.org Place's address",
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Austin',
          addressRegion: 'TX',
          addressCountry: { '@type': 'Country', name: 'US' }
        }
      },
      'Austin, TX, US'
    ],
    [
      "a schema.org Place's address as text",
      { '@type': 'Place', address: ' Berlin, Germany ' },
      'Berlin, Germany'
    ],
    [
      'a list of places and text (The Muse)',
      [{ name: 'New York, NY' }, { city: 'Boston' }, 'Remote'],
      'New York, NY; Boston; Remote'
    ],
    ['a place whose name is text with a line break', { city: 'Ber\nlin' }, 'Ber lin']
  ])('reads a place by %s', (_, location, shown) => {
    expect(listingOf({ location }).location).toBe(shown)
  })
})

describe('work_type', () => {
  it.each([
    ['remote', 'remote'],
    ['Remote', 'remote'],
    ['HYBRID', 'hybrid'],
    ['Hybrid ', 'hybrid'],
    ['on_site', 'on_site'],
    ['On Site', 'on_site'],
    ['on-site', 'on_site'],
    ['ONSITE', 'on_site'],
    ['In Office', 'on_site']
  ])('reads %s as %s', (given, expected) => {
    // The title says remote: only reading work_type gives the other types.
    expect(listingOf({ work_type: given, title: 'Remote Backend Developer' }).workType).toBe(
      expected
    )
  })

  it('keeps an explicit work type over the word remote in the title', () => {
    expect(
      listingOf({ work_type: 'hybrid', title: 'Remote-first Backend Developer' }).workType
    ).toBe('hybrid')
  })

  it.each([
    ['location', { location: 'Remote (EU)' }, 'remote'],
    ['title', { title: 'Senior REMOTE Backend Developer' }, 'remote'],
    ['a location list', { location: ['Berlin', 'remote'] }, 'remote'],
    ['neither', { location: 'Berlin', title: 'Backend Developer' }, 'on_site'],
    ['only a longer word', { location: 'Remotely managed office', title: 'Backend' }, 'on_site'],
    // As remote-job feeds (RemoteOK, Remotive, We Work Remotely) write a place that is none.
    ['a location of anywhere', { location: 'Worldwide' }, 'remote'],
    ['a location of anywhere', { location: 'Anywhere in the World' }, 'remote'],
    ['a location of anywhere', { location: ['Berlin', 'Global'] }, 'remote'],
    ['a location of anywhere', { location: 'Home based, UK' }, 'remote'],
    [
      'the words of working from home',
      { location: 'Pune', title: 'WFH Backend Developer' },
      'remote'
    ],
    ['the words of working from home', { location: 'Work from home (India)' }, 'remote'],
    ['the words of working from home', { location: 'Telecommute - USA' }, 'remote'],
    ['a place named so', { location: 'GlobalFoundries, Dresden' }, 'on_site'],
    ['a place named so', { location: 'Home Office, London' }, 'on_site'],
    ['a place named so', { location: 'Virtual Reality Lab, Seattle' }, 'on_site']
  ])('infers it from %s when absent', (_, fields, expected) => {
    expect(listingOf(fields).workType).toBe(expected)
  })

  it('ignores an unknown work type with a warning and infers it instead', () => {
    const fields = { id: 'j2', work_type: 'contract', location: 'Remote' }

    expect(listingOf(fields).workType).toBe('remote')
    expect(warningsOf(fields)).toEqual([
      'Listing #7 (id j2): work_type "contract" ignored: not remote, hybrid or on_site'
    ])
  })
})

describe('posted_at', () => {
  it.each([
    ['an ISO date, as midnight UTC', '2025-10-22', '2025-10-22T00:00:00Z'],
    ['a date-time in UTC', '2025-10-22T19:39:00Z', '2025-10-22T19:39:00Z'],
    ['a date-time without zone, as UTC', '2025-10-22T19:39:00', '2025-10-22T19:39:00Z'],
    ['a date-time with an offset', '2025-10-22T21:39:00+02:00', '2025-10-22T19:39:00Z'],
    ['a compact offset', '2025-10-22T14:39-0500', '2025-10-22T19:39:00Z'],
    ['a space instead of T, and fractions', '2025-10-22 19:39:00.250', '2025-10-22T19:39:00.250Z'],
    ['Unix seconds', 1761134400, '2025-10-22T12:00:00Z'],
    ['Unix seconds as text', '1761134400', '2025-10-22T12:00:00Z'],
    [
      'a day with slashes, the year first (as East Asian spreadsheets show it)',
      '2025/10/22',
      '2025-10-22T00:00:00Z'
    ],
    ['a day with dots, the year first, and a time', '2025.10.22 19:39', '2025-10-22T19:39:00Z'],
    ['the ISO 8601 basic form of a day', '20251022', '2025-10-22T00:00:00Z'],
    ['the basic form as a number', 20251022, '2025-10-22T00:00:00Z'],
    ['an ISO 8601 basic date-time', '20251022T193900Z', '2025-10-22T19:39:00Z'],
    ['a basic date-time with an offset, no seconds', '20251022T2139+0200', '2025-10-22T19:39:00Z'],
    [
      'a basic date-time with a fraction, no zone',
      '20251022T193900.25',
      '2025-10-22T19:39:00.250Z'
    ],
    ['.NET’s JSON date', '/Date(1761134400000)/', '2025-10-22T12:00:00Z'],
    [
      '.NET’s JSON date with its writer’s offset',
      '/Date(1761134400000+0200)/',
      '2025-10-22T12:00:00Z'
    ],
    ['a time with UTC named (as Ruby writes it)', '2025-10-22 19:39:00 UTC', '2025-10-22T19:39:00Z']
  ])('reads %s', (_, given, iso) => {
    expect(listingOf({ posted_at: given }).postedAt).toBe(at(iso))
  })

  it.each([
    ['-1e15 seconds, beyond what a JavaScript date holds', -1e15],
    ['1e300 seconds', 1e300],
    ['a date before 1970', '1969-12-31T23:59:59Z'],
    ['a date after 2199', '2200-01-01'],
    ['a negative number as text', '-86400']
  ])('makes %s invalid, naming the field', (_, given) => {
    expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
      'posted_at: not in the years 1970 to 2199'
    )
  })

  it.each([
    ['Unix milliseconds, as JavaScript and Lever write them', 1761134400000],
    ['Unix milliseconds as text', '1761134400000'],
    ['Unix milliseconds with a fraction', 1761134400000.4]
  ])('reads %s', (_, given) => {
    expect(listingOf({ posted_at: given }).postedAt).toBe(at('2025-10-22T12:00:00Z'))
  })

  it.each([45950, '45950', '45950.5'])(
    'refuses %j, a spreadsheet day number, with how to save the column, instead of a day of 1970',
    given => {
      expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
        `posted_at: ${given} is no Unix time of a posting (as seconds it is 1970-01-01 12:45 UTC). A spreadsheet saves a day as such a number (45950 is 2025-10-20 in Excel) when its column is not formatted as a date: format it as yyyy-mm-dd before saving`
      )
    }
  )

  it('refuses any number too small to be a posting’s Unix time (before March 1973)', () => {
    expect(reasonOf(sourceRecord({ posted_at: 1234 }))).toBe(
      'posted_at: 1234 is no Unix time of a posting (as seconds it is 1970-01-01 00:20 UTC)'
    )
    expect(listingOf({ posted_at: 100_000_000 }).postedAt).toBe(100_000_000_000)
  })

  it('suggests seconds or milliseconds for a date given in Unix microseconds', () => {
    expect(reasonOf(sourceRecord({ posted_at: 1761134400000000 }))).toBe(
      'posted_at: not in the years 1970 to 2199 (Unix microseconds? give seconds or milliseconds)'
    )
  })

  it.each([
    ['the first moment of 1970', '1970-01-01', 0],
    ['the last moment of 2199', '2199-12-31T23:59:59.999Z', Date.UTC(2200, 0, 1) - 1]
  ])('reads %s', (_, given, time) => {
    expect(listingOf({ posted_at: given }).postedAt).toBe(time)
  })

  it.each([
    ['Mon, 20 Oct 2025 10:00:00 GMT', '2025-10-20T10:00:00Z'],
    ['20 Oct 2025 10:00 +0200', '2025-10-20T08:00:00Z'],
    ['Tue, 21 Oct 2025 23:30:00 -0430', '2025-10-22T04:00:00Z'],
    ['1 Nov 2025 08:00:00 PST', '2025-11-01T16:00:00Z'],
    ['sun, 02 nov 2025 00:00:00 utc', '2025-11-02T00:00:00Z']
  ])('reads the RFC 2822 date-time %s (RSS, e-mail, HTTP)', (given, iso) => {
    expect(listingOf({ posted_at: given }).postedAt).toBe(Date.parse(iso))
  })

  it.each([
    ['Oct 22, 2025', '2025-10-22T00:00:00Z'],
    ['October 22nd, 2025', '2025-10-22T00:00:00Z'],
    ['22 October 2025', '2025-10-22T00:00:00Z'],
    ['Wednesday, October 22, 2025', '2025-10-22T00:00:00Z'],
    ['Sept 3, 2025', '2025-09-03T00:00:00Z'],
    ['Oct 22, 2025, 7:39 PM', '2025-10-22T19:39:00Z'],
    ['Oct 22, 2025 12:05 am', '2025-10-22T00:05:00Z'],
    ['20 Oct 2025 10:00:00', '2025-10-20T10:00:00Z'],
    // JavaScript's Date.toString, what String(date) writes.
    ['Wed Oct 22 2025 21:39:00 GMT+0200 (Central European Summer Time)', '2025-10-22T19:39:00Z'],
    // Java's ZonedDateTime.toString and RFC 9557: the offset says the time.
    ['2025-10-22T21:39+02:00[Europe/Berlin]', '2025-10-22T19:39:00Z'],
    ['2025-10-22T19:39:00Z[UTC]', '2025-10-22T19:39:00Z']
  ])('reads %s, a day with its month named', (given, iso) => {
    expect(listingOf({ posted_at: given }).postedAt).toBe(Date.parse(iso))
  })

  it.each([
    'yesterday-ish',
    'Oct 22, 2025 13:00 PM',
    'Mayo 20, 2025',
    '2025-10-22T19:39[Europe/Berlin]',
    'Mon, 20 Oct 2025 25:00:00 GMT',
    '2025-10-22T25:00:00Z',
    '2025/10-22',
    '20251340',
    '1/2/3',
    true
  ])('makes %s invalid', given => {
    expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
      typeof given === 'string'
        ? `posted_at: not an ISO 8601 date or Unix seconds: "${given}". Write the day it was posted, YYYY-MM-DD, or its time, YYYY-MM-DDTHH:MM:SSZ`
        : 'posted_at: not an ISO 8601 date or Unix seconds'
    )
  })

  it.each([
    ['Feb 30, 2025', 'no such day: "Feb 30, 2025" (February 2025 has 28 days)'],
    [
      'Mon, 30 Feb 2025 10:00:00 GMT',
      'no such day: "Mon, 30 Feb 2025 10:00:00 GMT" (February 2025 has 28 days)'
    ],
    ['2025-02-30', 'no such day: "2025-02-30" (February 2025 has 28 days)'],
    [
      '2025/22/10',
      'not an ISO 8601 date or Unix seconds: "2025/22/10" names month 22, and a year has 12'
    ]
  ])('makes %s invalid, naming the day or month that is none', (given, reason) => {
    expect(reasonOf(sourceRecord({ posted_at: given }))).toContain(`posted_at: ${reason}`)
  })

  it.each([
    ['2025-10-22T10:00:00+99:00', '+99:00'],
    ['2025-10-22T10:00:00-24:00', '-24:00'],
    ['2025-10-22T10:00:00+05:60', '+05:60'],
    ['2025-10-22 12:00:00 +2400', '+2400'],
    ['2025-10-22T12:00+99:00[Europe/Berlin]', '+99:00'],
    ['Wed, 22 Oct 2025 10:00:00 +9900', '+9900'],
    ['Oct 22, 2025 10:00:00 GMT+9900', '+9900'],
    ['Wed Oct 22 10:00:00 +2500 2025', '+2500']
  ])('makes %s invalid: no zone is more than 23:59 from UTC', (given, offset) => {
    expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
      `posted_at: not an ISO 8601 date or Unix seconds: "${given}" is ${offset} from UTC, and no zone is more than 23:59 away. Write the offset from UTC, as in YYYY-MM-DDTHH:MM:SS+02:00`
    )
  })

  it.each([
    ['2025-10-22T10:00:00+23:59', '2025-10-21T10:01:00Z'],
    ['2025-10-22T10:00:00-23:59', '2025-10-23T09:59:00Z'],
    ['Wed, 22 Oct 2025 10:00:00 +1400', '2025-10-21T20:00:00Z']
  ])('reads %s, an offset within ±23:59', (given, iso) => {
    expect(listingOf({ posted_at: given }).postedAt).toBe(Date.parse(iso))
  })

  it.each(['Oct 22', '22 Oct', 'October 22nd', 'Wed, Oct 22', 'sept. 3'])(
    'makes %s invalid and says it names no year, as a board’s Date column shows a day',
    given => {
      expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
        `posted_at: not an ISO 8601 date or Unix seconds: "${given}" names no year (a board's Date column shows a day so). Write the year too, as in "${given}, 2025", or YYYY-MM-DD`
      )
    }
  )

  it.each([
    ['2025-10-20 14:03:00 CEST', 'CEST'],
    ['2025-10-22 19:39:00 CET', 'CET'],
    ['Mon Oct 20 14:03:00 IST 2025', 'IST'],
    ['2025-10-20T14:03:00 (CST)', 'CST'],
    ['Oct 20, 2025, 2:03 PM EST', 'EST']
  ])('makes %s invalid and says to write the offset its zone’s name leaves out', (given, zone) => {
    expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
      `posted_at: not an ISO 8601 date or Unix seconds: "${given}" names its zone, ${zone}, without its offset from UTC, and several zones share a name. Write the offset, as in YYYY-MM-DDTHH:MM:SS+02:00`
    )
  })

  it.each([
    '5d',
    '1mo',
    '3 days ago',
    '2h',
    'today',
    'Yesterday',
    // Workday's careers sites.
    'Posted Today',
    'Posted Yesterday',
    'Posted 30+ Days Ago',
    'posted 2 days ago'
  ])('makes %s invalid and says it is an age, as a board’s Age column shows one', given => {
    expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
      `posted_at: not an ISO 8601 date or Unix seconds: "${given}" is an age (a board's Age column shows one), which moves every day. Write the day it was posted, YYYY-MM-DD`
    )
  })

  it.each(['22/10/2025', '10/22/25', '22.10.25', '22-10-2025 09:30', '1/2/2025, 9:30 AM'])(
    'makes %s invalid and says how to write a day a spreadsheet shows its own way',
    given => {
      expect(reasonOf(sourceRecord({ posted_at: given }))).toBe(
        `posted_at: not an ISO 8601 date or Unix seconds: "${given}" is a day as a spreadsheet shows it, whose day and month change places from country to country. Write YYYY-MM-DD (in a spreadsheet, format the column as yyyy-mm-dd before saving)`
      )
    }
  )
})

describe('salary', () => {
  it('reads a number as a yearly salary in salary-currency', () => {
    expect(listingOf({ salary: 139000 }).salary).toEqual({
      min: 139000,
      max: 139000,
      currency: 'USD',
      period: 'year'
    })
    expect(listingOf({ salary: '139000' }, { salaryCurrency: 'EUR' }).salary?.currency).toBe('EUR')
  })

  it('reads a range with currency and period, upper-casing the currency', () => {
    expect(
      listingOf({ salary: { min: '11000', max: 12000, currency: 'eur', period: 'Monthly' } }).salary
    ).toEqual({
      min: 11000,
      max: 12000,
      currency: 'EUR',
      period: 'month'
    })
  })

  it('defaults the period to year and the currency to salary-currency', () => {
    expect(listingOf({ salary: { max: 130000 } }, { salaryCurrency: 'GBP' }).salary).toEqual({
      max: 130000,
      currency: 'GBP',
      period: 'year'
    })
  })

  it('reads an amount of 0 as none, as feeds write an amount they do not know', () => {
    // RemoteOK's answer: salary_min 0 and salary_max 0 on most postings.
    for (const fields of [
      { salary_min: 0, salary_max: 0 },
      { salary: 0 },
      { salary: '0' },
      { salary: { min: '0.00', max: null, currency: 'USD' } }
    ]) {
      expect(listingOf(fields).salary).toBeUndefined()
      expect(warningsOf(fields)).toEqual([])
    }
    expect(listingOf({ salary_min: 0, salary_max: 150000 }).salary).toEqual({
      max: 150000,
      currency: 'USD',
      period: 'year'
    })
    expect(warningsOf({ id: 'j2', salary: -5 })).toEqual([
      'Listing #7 (id j2): salary -5 ignored: not above 0'
    ])
  })

  it('reads flat salary_min, salary_max, salary_currency and salary_period fields', () => {
    const fields = {
      salary_min: '65',
      salary_max: '75',
      salary_currency: 'usd',
      salary_period: 'hour'
    }

    expect(listingOf(fields).salary).toEqual({ min: 65, max: 75, currency: 'USD', period: 'hour' })
  })

  it.each([
    [
      'amounts as a spreadsheet writes them',
      { salary_min: '$120,000', salary_max: '$150,000' },
      { min: 120000, max: 150000, currency: 'USD', period: 'year' }
    ],
    [
      'amounts with k and a currency column',
      { salary_min: '120k', salary_max: '150k', salary_currency: 'eur' },
      { min: 120000, max: 150000, currency: 'EUR', period: 'year' }
    ],
    [
      'hourly amounts without a period column',
      { salary_min: '$45/hr', salary_max: '$55/hr' },
      { min: 45, max: 55, currency: 'USD', period: 'hour' }
    ],
    [
      'a bare $ with a dollar currency column',
      { salary_min: '$90,000', salary_currency: 'CAD' },
      { min: 90000, max: undefined, currency: 'CAD', period: 'year' }
    ],
    [
      'a number and a text amount',
      { salary_min: 50000, salary_max: '£60,000', salary_period: 'year' },
      { min: 50000, max: 60000, currency: 'GBP', period: 'year' }
    ]
  ])("reads a salary's bounds written as text: %s", (_, fields, expected) => {
    const record = { id: 'j3', ...fields }
    expect(listingOf(record).salary).toEqual(expected)
    expect(warningsOf(record)).toEqual([])
  })

  it.each([
    [
      'a range in one bound',
      { salary_min: '$120k - $150k' },
      'min: "$120k - $150k" is a range: write one amount'
    ],
    [
      'a bound in another currency than the currency column',
      { salary_min: '€50,000', salary_currency: 'USD' },
      'min: "€50,000" is in EUR, but the currency is USD'
    ],
    [
      'bounds in two currencies',
      { salary_min: '€50,000', salary_max: '£60,000' },
      'max: "£60,000" is in GBP, but the currency is EUR'
    ],
    [
      'a bound per hour with a yearly period column',
      { salary_min: '$45/hr', salary_period: 'year' },
      'min: "$45/hr" is per hour, but the period is year'
    ],
    ['a bound that is no amount', { salary_max: 'DOE' }, 'max: not a number']
  ])("drops a salary whose bounds disagree or don't read: %s", (_, fields, problem) => {
    const record = { id: 'j3', ...fields }
    expect(listingOf(record).salary).toBeUndefined()
    expect(warningsOf(record)).toHaveLength(1)
    expect(warningsOf(record)[0]).toContain(`ignored: ${problem}`)
  })

  it.each([
    [
      'text',
      'lots',
      'not a number, nor a salary written as "$120k - $150k", "€50,000 a year" or "$45/hour"'
    ],
    [
      'text of a salary in two currencies',
      '$100k - €120k',
      'not a number, nor a salary written as "$120k - $150k", "€50,000 a year" or "$45/hour"'
    ],
    [
      'text of a salary whose bounds name two periods',
      '$60/hr - $9,000/month',
      'not a number, nor a salary written as "$120k - $150k", "€50,000 a year" or "$45/hour"'
    ],
    [
      'a range of small numbers without a currency or period',
      '100 - 200',
      'not a number, nor a salary written as "$120k - $150k", "€50,000 a year" or "$45/hour"'
    ],
    [
      'text with a number after the amounts',
      '$50k - $60k | 20% bonus',
      'not a number, nor a salary written as "$120k - $150k", "€50,000 a year" or "$45/hour"'
    ],
    [
      'text of a salary with the higher bound first',
      '$150k - $120k',
      '"$150k - $120k": min is above max'
    ],
    [
      'digits grouped with dots, as in much of Europe',
      '120.000',
      'digits grouped with ".", a thousands separator in some countries and a decimal mark in others: write 120000 (or the amount meant) without it'
    ],
    [
      'digits grouped with commas',
      '1,200,000',
      'digits grouped with ",", a thousands separator in some countries and a decimal mark in others: write 1200000 (or the amount meant) without it'
    ],
    [
      'grouped digits as min',
      { min: '95.000' },
      'min: digits grouped with ".", a thousands separator in some countries and a decimal mark in others: write 95000 (or the amount meant) without it'
    ],
    ['a negative number', -5, 'not above 0'],
    ['a list', [100, 200], 'not a number'],
    ['an object whose amount has another name', { minimum: 120000 }, 'needs min or max'],
    ['min above max', { min: 200000, max: 100000 }, 'min is above max'],
    ['a bad amount', { min: 'abc' }, 'min: not a number'],
    ['a bad currency', { min: 1, currency: 'dollars' }, 'currency: not an ISO 4217 code'],
    ['a bad period', { min: 1, period: 'fortnight' }, 'period: not hour, day, week, month or year'],
    ['1e308', 1e308, '1e+308 a year is not between 1 and 100,000,000 USD a year, what a job pays'],
    ['1e200', 1e200, '1e+200 a year is not between 1 and 100,000,000 USD a year, what a job pays'],
    [
      'a max of 1e308',
      { min: 100000, max: 1e308 },
      'max 1e+308 a year is not between 1 and 100,000,000 USD a year, what a job pays'
    ],
    [
      'an hourly rate past 10 billion a year',
      { min: 5e6, period: 'hour', currency: 'KRW' },
      'min 5000000 an hour is 10,400,000,000 a year, not between 1 and 10,000,000,000 KRW a year, what a job pays: if 5000000 is paid a year, give the period as year, not hour'
    ],
    [
      'a yearly salary labelled hourly',
      { min: 120000, max: 150000, currency: 'USD', period: 'hour' },
      'min 120000 an hour is 249,600,000 a year, not between 1 and 100,000,000 USD a year, what a job pays: if 120000 is paid a year, give the period as year, not hour'
    ],
    [
      // Past the ceiling a month: no advice to call it a year's pay.
      'a monthly amount past 10 billion a year',
      { max: 1_000_000_000, currency: 'KRW', period: 'month' },
      'max 1000000000 a month is 12,000,000,000 a year, not between 1 and 10,000,000,000 KRW a year, what a job pays'
    ],
    [
      'a billion and a half dollars a year, as text',
      '$1,500,000,000',
      '"$1,500,000,000": min 1500000000 a year is not between 1 and 100,000,000 USD a year, what a job pays'
    ],
    [
      'a bare amount past a hundred million in the board currency',
      150_000_000,
      '150000000 a year is not between 1 and 100,000,000 USD a year, what a job pays'
    ],
    [
      'less than 1 a year',
      { max: 0.5 },
      'max 0.5 a year is not between 1 and 100,000,000 USD a year, what a job pays'
    ]
  ])('drops a salary of %s with a warning and keeps the record', (_, salary, problem) => {
    const fields = { id: 'j3', salary }

    expect(listingOf(fields).salary).toBeUndefined()
    expect(warningsOf(fields)).toEqual([
      `Listing #7 (id j3): salary ${JSON.stringify(salary)} ignored: ${problem}`
    ])
  })

  it.each([
    ['$120k - $150k', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['$70,000 – $90,000', { min: 70000, max: 90000, currency: 'USD', period: 'year' }],
    ['$50-60k', { min: 50000, max: 60000, currency: 'USD', period: 'year' }],
    ['100K-120K USD', { min: 100000, max: 120000, currency: 'USD', period: 'year' }],
    ['€50.000–60.000 a year', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
    ['£30,000 per annum', { min: 30000, max: 30000, currency: 'GBP', period: 'year' }],
    ['$40 - $50/hour', { min: 40, max: 50, currency: 'USD', period: 'hour' }],
    ['30-40€/h', { min: 30, max: 40, currency: 'EUR', period: 'hour' }],
    ['$60/hr - $70/hr', { min: 60, max: 70, currency: 'USD', period: 'hour' }],
    ['£400 per day to £500 per day', { min: 400, max: 500, currency: 'GBP', period: 'day' }],
    ['€1.234,56 per month', { min: 1234.56, max: 1234.56, currency: 'EUR', period: 'month' }],
    ['$80,000 - $100,000 CAD', { min: 80000, max: 100000, currency: 'CAD', period: 'year' }],
    ['CA$100k', { min: 100000, max: 100000, currency: 'CAD', period: 'year' }],
    ['100k+', { min: 100000, max: undefined, currency: 'USD', period: 'year' }],
    ['up to £60,000', { min: undefined, max: 60000, currency: 'GBP', period: 'year' }],
    ['₹12,00,000', { min: 1200000, max: 1200000, currency: 'INR', period: 'year' }],
    ['100000-120000', { min: 100000, max: 120000, currency: 'USD', period: 'year' }],
    // A note after the amounts, without a number, is left out (Ashby's compensation summary).
    [
      '$180K – $220K • Offers Equity',
      { min: 180000, max: 220000, currency: 'USD', period: 'year' }
    ],
    // Equity as percentages after a bullet, as Ashby writes it.
    [
      '$81K – $87K • 0.5% – 1.75% • Offers Bonus',
      { min: 81000, max: 87000, currency: 'USD', period: 'year' }
    ],
    ['$90k – $120k • 0.1% – 0.25%', { min: 90000, max: 120000, currency: 'USD', period: 'year' }],
    ['$150k - $190k + equity', { min: 150000, max: 190000, currency: 'USD', period: 'year' }],
    [
      '$120,000 - $150,000, plus bonus',
      { min: 120000, max: 150000, currency: 'USD', period: 'year' }
    ],
    [
      '€60k–80k (depending on experience)',
      { min: 60000, max: 80000, currency: 'EUR', period: 'year' }
    ],
    ['£40,000 per annum, pro rata', { min: 40000, max: 40000, currency: 'GBP', period: 'year' }]
  ])('reads a salary written as text: %s', (salary, expected) => {
    const fields = { id: 'j3', salary }
    expect(listingOf(fields).salary).toEqual(expected)
    expect(warningsOf(fields)).toEqual([])
  })

  it.each([
    ['an empty object', {}],
    ['null bounds', { min: null, max: null }],
    ['blank bounds', { min: '', max: ' ' }],
    ['a currency and period alone', { min: null, max: null, currency: 'USD', period: 'year' }],
    ['a currency alone', { currency: 'EUR' }],
    ["an API's empty range", { min: null, max: null, currency: null, interval: 'YEAR' }]
  ])('reads a salary of %s as no salary, without a warning', (_, salary) => {
    expect(listingOf({ salary }).salary).toBeUndefined()
    expect(warningsOf({ salary })).toEqual([])
  })

  it('loads a feed whose salaries have no amount without a warning, or a hint about the field', async () => {
    const salaries = [{}, { min: null, max: null, currency: 'USD' }, { currency: 'EUR' }]
    const feed = JSON.stringify(salaries.map(salary => sourceRecord({ salary })))
    const result = await loadText('jobs.json', feed)

    expect(result.listings.map(listing => listing.salary)).toEqual([
      undefined,
      undefined,
      undefined
    ])
    expect(result.warnings).toEqual([])
  })

  it('reads flat salary columns holding a currency alone as no salary, without a warning', () => {
    const fields = { salary_min: '', salary_max: null, salary_currency: 'USD' }

    expect(listingOf(fields).salary).toBeUndefined()
    expect(warningsOf(fields)).toEqual([])
  })

  it("reads a bare $ as the board's currency when it is a dollar, else as US dollars", () => {
    expect(listingOf({ salary: '$90k' }, { salaryCurrency: 'AUD' }).salary?.currency).toBe('AUD')
    expect(listingOf({ salary: '$90k' }, { salaryCurrency: 'EUR' }).salary?.currency).toBe('USD')
    expect(listingOf({ salary: '90k' }, { salaryCurrency: 'EUR' }).salary?.currency).toBe('EUR')
  })

  it('keeps a salary of hundreds of millions a year, as paid in won or rupiah', () => {
    expect(
      listingOf({ salary: { min: 80_000_000, max: 120_000_000, currency: 'KRW' } }).salary
    ).toEqual({
      min: 80_000_000,
      max: 120_000_000,
      currency: 'KRW',
      period: 'year'
    })
  })

  it('keeps a salary of billions a year in a currency of more than 10,000 to the dollar (rials)', () => {
    const salary = { min: 800_000_000, max: 1_200_000_000, currency: 'IRR', period: 'month' }
    expect(listingOf({ salary }).salary).toEqual(salary)
    expect(warningsOf({ id: 'j3', salary })).toEqual([])
    // Past a trillion a year, even there, it is no pay.
    expect(
      warningsOf({ id: 'j3', salary: { min: 1e12, currency: 'VND', period: 'month' } })
    ).toEqual([
      'Listing #7 (id j3): salary {"min":1000000000000,"currency":"VND","period":"month"} ignored: min 1000000000000 a month is 12,000,000,000,000 a year, not between 1 and 1,000,000,000,000 VND a year, what a job pays'
    ])
  })
})

describe('skills', () => {
  it('canonicalizes a list, merging aliases, each once', () => {
    expect(
      listingOf({ skills: ['Node.js', 'node', 'Golang', 'K8s', 'PostgreSQL'] }).skills
    ).toEqual(['nodejs', 'go', 'kubernetes', 'postgresql'])
  })

  it('splits one string at commas and semicolons', () => {
    expect(listingOf({ skills: 'Python; Go, k8s' }).skills).toEqual(['python', 'go', 'kubernetes'])
  })

  it('uses a present list as is, even empty, without detecting', () => {
    expect(listingOf({ title: 'Python Developer', skills: [] }).skills).toEqual([])
  })

  it('detects skills in the title and description when absent', () => {
    const listing = listingOf({
      title: 'Python Developer',
      description: 'Docker and AWS; some Golang.'
    })

    expect(skillsOf(listing)).toEqual(['python', 'docker', 'aws', 'go'])
  })
})

describe('categories', () => {
  it('lower-cases a list or a separated string', () => {
    expect(listingOf({ categories: ['Backend', 'DevOps'] }).categories).toEqual([
      'backend',
      'devops'
    ])
    expect(listingOf({ categories: 'Backend; Full-Stack,ML' }).categories).toEqual([
      'backend',
      'full-stack',
      'ml'
    ])
  })

  it('reads a list that names none as no categories, as the field absent', () => {
    expect(listingOf({ categories: [] }).categories).toBeUndefined()
    expect(listingOf({ categories: [null, ' '] }).categories).toBeUndefined()
  })
})

describe('active', () => {
  it.each([
    [undefined, true],
    [false, false],
    ['false', false],
    ['TRUE', true],
    // As YAML 1.1, spreadsheets and databases write them.
    ['no', false],
    ['Yes', true],
    ['N', false],
    ['on', true],
    ['OFF', false],
    ['0', false],
    ['1', true],
    [0, false],
    [1, true],
    // A posting's state, as job APIs write it (Workable's state, Greenhouse's status).
    ['published', true],
    ['Open', true],
    ['closed', false],
    ['archived', false],
    ['DRAFT', false]
  ])('reads %j as %s', (active, expected) => {
    expect(listingOf({ active }).active).toBe(expected)
  })

  it.each(['pending', 'internal', 2, '01', 'nope', -1])(
    'makes any other value invalid: %j',
    active => {
      expect(reasonOf(sourceRecord({ active }))).toBe(
        `active: ${typeof active === 'string' ? `"${active}"` : active} is not true or false; write one of true/false, yes/no, y/n, on/off, 1/0, checked/unchecked, wahr/falsch, vrai/faux (any case), or a posting's state: open, published or live; closed, archived, expired, filled or draft`
      )
    }
  )
})

describe('field mapping', () => {
  it('reads canonical fields through dotted source paths', () => {
    const record = {
      company: { name: 'Acme', url: 'https://acme.example' },
      title: 'Backend Developer',
      url: 'https://jobs.example/1',
      meta: { dates: { posted: '2025-10-22' } }
    }
    const fields = {
      company: 'company.name',
      company_url: 'company.url',
      posted_at: 'meta.dates.posted'
    }

    expect(listingOf(record, { fields })).toMatchObject({
      company: 'Acme',
      companyUrl: 'https://acme.example',
      postedAt: at('2025-10-22T00:00:00Z')
    })
  })

  it('names the canonical field of a mapped value that is missing', () => {
    const outcome = normalize(sourceRecord({ company: 'Acme' }), {
      fields: { company: 'company_name' }
    })

    expect(!outcome.ok && outcome.invalid.reason).toBe('company: missing')
  })
})
