import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { readFileSync } from 'node:fs'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { feedFiles, type FeedOptions } from '../../src/feeds/feeds.js'
import type { Listing } from '../../src/model.js'
import { listing } from '../render/listing.js'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const UTM = { source: 'github', medium: 'repo', campaign: 'github-backend-jobs' }
const HOSTILE = 'A <b>&amp; "Co" ]]> \'x\' \u0000\u0007done\uD800'

function options(overrides: Partial<FeedOptions> = {}): FeedOptions {
  return {
    paths: ['feed.json', 'feed.xml'],
    labels: DEFAULT_LABELS,
    timezone: 'UTC',
    locale: 'en-US',
    utm: UTM,
    category: 'backend',
    homePageUrl: 'https://github.com/octo/backend-jobs',
    feedBaseUrl: 'https://github.com/octo/backend-jobs/raw/main/',
    now: new Date('2026-12-07T00:00:00Z'),
    ...overrides
  }
}

function feedText(rows: Listing[], path: string, overrides: Partial<FeedOptions> = {}): string {
  const file = feedFiles(rows, options({ paths: [path], ...overrides }))[0]
  if (!file) throw new Error(`no feed written for ${path}`)
  return file.content
}

interface JsonFeed {
  version: string
  title: string
  feed_url?: string
  items: Array<Record<string, unknown> & { id: string; _job: Record<string, string> }>
}

function jsonFeed(rows: Listing[], overrides: Partial<FeedOptions> = {}): JsonFeed {
  return JSON.parse(feedText(rows, 'feed.json', overrides)) as JsonFeed
}

const validateJsonFeed = (() => {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/feeds/jsonfeed-1.1.schema.json', import.meta.url), 'utf8')
  ) as object
  const ajv = new Ajv({ strict: false, allErrors: true })
  // ajv-formats is CommonJS: under ESM its function may sit one `default` deeper.
  const module = addFormatsModule as unknown as { default?: unknown }
  const addFormats = (typeof module === 'function' ? module : module.default) as (ajv: Ajv) => Ajv
  addFormats(ajv)
  const validate = ajv.compile(schema)
  return (document: unknown): string[] =>
    validate(document) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
})()

/** The Atom XML parsed back: every element as a list, attributes under `@`. */
function atomFeed(rows: Listing[], overrides: Partial<FeedOptions> = {}) {
  const xml = feedText(rows, 'feed.xml', overrides)
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: '@',
    textNodeName: '#text',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    isArray: name => name !== '@'
  })
  const parsed = parser.parse(xml) as { feed: AtomElement[] }
  expect(parsed.feed).toHaveLength(1)
  return parsed.feed[0]!
}

interface AtomElement {
  '#text'?: string
  '@'?: Record<string, string>
  [child: string]: AtomElement[] | string | Record<string, string> | undefined
}

function children(element: AtomElement, name: string): AtomElement[] {
  return (element[name] as AtomElement[] | undefined) ?? []
}

function textOf(element: AtomElement, name: string): string | undefined {
  return children(element, name)[0]?.['#text']
}

describe('feedFiles', () => {
  it('writes one file per feed path: JSON Feed for .json, Atom for .xml', () => {
    const files = feedFiles(
      [listing()],
      options({ paths: ['feeds/backend.json', 'feeds/backend.xml'] })
    )
    expect(files.map(file => file.path)).toEqual(['feeds/backend.json', 'feeds/backend.xml'])
    expect(JSON.parse(files[0]!.content)).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1'
    })
    expect(files[1]!.content).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/
    )
  })

  it('rejects a path that is neither .json nor .xml, naming the input', () => {
    expect(() => feedFiles([], options({ paths: ['feed.rss'] }))).toThrow(
      'Input "feed-path": "feed.rss" must end in .json (JSON Feed) or .xml (Atom)'
    )
  })

  it.each(['../feed.json', '/feed.xml', 'feeds//feed.json'])(
    'rejects %s, outside the repository',
    path => {
      expect(() => feedFiles([], options({ paths: [path] }))).toThrow(
        'must be a path inside the repository'
      )
    }
  )

  it('writes the same bytes for the same openings, whenever it runs', () => {
    const rows = [
      listing({ id: 'a' }),
      listing({ id: 'b', postedAt: Date.parse('2025-10-20T08:00:00Z') })
    ]
    expect(feedFiles(rows, options())).toEqual(feedFiles(structuredClone(rows), options()))
  })

  it('ends every file with one newline', () => {
    for (const file of feedFiles([listing()], options())) expect(file.content).toMatch(/[^\n]\n$/)
  })
})

describe('JSON Feed', () => {
  it('is valid JSON Feed 1.1', () => {
    const rows = [
      listing(),
      listing({ id: '2', companyUrl: undefined, location: '', workType: 'hybrid' })
    ]
    const feed = jsonFeed(rows)
    expect(validateJsonFeed(feed)).toEqual([])
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  })

  it('stays valid with hostile text and without openings or links', () => {
    const hostile = listing({ title: HOSTILE, company: HOSTILE, location: HOSTILE })
    expect(validateJsonFeed(jsonFeed([hostile]))).toEqual([])
    expect(
      validateJsonFeed(jsonFeed([], { homePageUrl: undefined, feedBaseUrl: undefined }))
    ).toEqual([])
  })

  it('writes a company link of characters XML forbids percent-encoded, in both formats', () => {
    const hostile = listing({ companyUrl: 'https://co.example/\uFFFE\uFFFF\uD800x' })
    const xml = feedText([hostile], 'feed.xml')
    expect(xml).toContain('<uri>https://co.example/%EF%BF%BE%EF%BF%BF%EF%BF%BDx</uri>')
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\uD800-\uDFFF]/)
    expect(JSON.stringify(jsonFeed([hostile]))).not.toMatch(/[\uFFFE\uFFFF]/)
  })

  it('gives each opening its title, company, location, type, date and tagged link', () => {
    const [item] = jsonFeed([listing({ location: 'Berlin, Germany', workType: 'on_site' })]).items
    expect(item).toMatchObject({
      title: 'Backend Developer',
      url: 'https://jobs.example/1?utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs',
      date_published: '2025-10-22T12:00:00.000Z',
      authors: [{ name: 'Acme', url: 'https://acme.example' }],
      tags: ['On Site'],
      content_text: 'Company: Acme\nLocation: Berlin, Germany\nType: On Site\nDate: Oct 22',
      _job: {
        company: 'Acme',
        company_url: 'https://acme.example',
        location: 'Berlin, Germany',
        work_type: 'on_site',
        posted_at: '2025-10-22T12:00:00.000Z'
      }
    })
  })

  it('leaves out a closed listing, with or without its link, in both formats', () => {
    const rows = [
      listing({ id: '1', title: 'Open' }),
      listing({ id: '2', title: 'Closed, no link', url: undefined, active: false }),
      listing({ id: '3', title: 'Closed', url: 'https://jobs.example/3', active: false }),
      listing({ id: '4', title: 'Open too' })
    ]
    const feed = jsonFeed(rows)
    expect(validateJsonFeed(feed)).toEqual([])
    expect(feed.items.map(item => item.title)).toEqual(['Open', 'Open too'])
    const xml = feedText(rows, 'feed.xml')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('Closed')
    expect(xml).not.toContain('jobs.example/3')
    expect(xml.match(/<entry>/g)).toHaveLength(2)
  })

  it('lists the openings in the order of the table', () => {
    const rows = [listing({ id: '1', title: 'First' }), listing({ id: '2', title: 'Second' })]
    expect(jsonFeed(rows).items.map(item => item.title)).toEqual(['First', 'Second'])
  })

  it('names the category in the title and links the board and the feed itself', () => {
    expect(jsonFeed([listing()])).toMatchObject({
      title: 'Openings: backend',
      home_page_url: 'https://github.com/octo/backend-jobs',
      feed_url: 'https://github.com/octo/backend-jobs/raw/main/feed.json'
    })
  })

  it('uses the labels of the board', () => {
    const labels = { ...DEFAULT_LABELS, openings: 'Ofertas', company: 'Empresa', remote: 'Remoto' }
    const feed = jsonFeed([listing()], { labels })
    expect(feed.title).toBe('Ofertas: backend')
    expect(feed.items[0]).toMatchObject({
      tags: ['Remoto'],
      content_text: expect.stringMatching(/^Empresa: Acme\n/)
    })
  })

  it('keeps the posting link as given when UTM is off', () => {
    const url = 'https://jobs.example/1?utm_source=feed'
    expect(jsonFeed([listing({ url })], { utm: undefined }).items[0]!.url).toBe(url)
  })
})

describe('feed item ids', () => {
  const idOf = (row: Listing) => jsonFeed([row]).items[0]!.id

  it('are URNs made from the listing id alone, so an opening keeps its id when its text changes', () => {
    const before = idOf(listing({ id: 'acme-42', title: 'Backend Dev', postedAt: 1 }))
    const after = idOf(listing({ id: 'acme-42', title: 'Senior Backend Dev', location: 'Remote' }))
    expect(before).toBe(after)
    expect(before).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
  })

  it('differ between openings', () => {
    const ids = ['1', '2', '10', 'https://jobs.example/1'].map(id => idOf(listing({ id })))
    expect(new Set(ids).size).toBe(4)
  })

  it('are the same in the JSON Feed and the Atom feed', () => {
    const row = listing({ id: 'acme-42' })
    expect(textOf(children(atomFeed([row]), 'entry')[0]!, 'id')).toBe(idOf(row))
  })
})

describe('Atom', () => {
  it('has the elements RFC 4287 requires of a feed: title, id, updated', () => {
    const feed = atomFeed([listing()])
    expect(textOf(feed, 'title')).toBe('Openings: backend')
    expect(textOf(feed, 'id')).toBe('https://github.com/octo/backend-jobs/raw/main/feed.xml')
    expect(textOf(feed, 'updated')).toBe('2025-10-22T12:00:00.000Z')
  })

  it('links itself and the board', () => {
    const links = children(atomFeed([listing()]), 'link').map(link => link['@'])
    expect(links).toEqual([
      {
        rel: 'self',
        type: 'application/atom+xml',
        href: 'https://github.com/octo/backend-jobs/raw/main/feed.xml'
      },
      { rel: 'alternate', type: 'text/html', href: 'https://github.com/octo/backend-jobs' }
    ])
  })

  it('has a stable URN id and no self link when the feed URL is not known', () => {
    const feed = atomFeed([listing()], { feedBaseUrl: undefined, homePageUrl: undefined })
    expect(textOf(feed, 'id')).toMatch(/^urn:uuid:/)
    expect(textOf(feed, 'id')).toBe(
      textOf(atomFeed([], { feedBaseUrl: undefined, homePageUrl: undefined }), 'id')
    )
    expect(children(feed, 'link')).toEqual([])
  })

  it('gives each entry an id, title, tagged link, dates, the company as author, the type and a summary', () => {
    const [entry] = children(atomFeed([listing({ workType: 'hybrid' })]), 'entry')
    expect(entry).toBeDefined()
    expect(textOf(entry!, 'id')).toMatch(/^urn:uuid:/)
    expect(textOf(entry!, 'title')).toBe('Backend Developer')
    expect(children(entry!, 'link')[0]!['@']).toEqual({
      rel: 'alternate',
      type: 'text/html',
      href: 'https://jobs.example/1?utm_source=github&utm_medium=repo&utm_campaign=github-backend-jobs'
    })
    expect(textOf(entry!, 'published')).toBe('2025-10-22T12:00:00.000Z')
    expect(textOf(entry!, 'updated')).toBe('2025-10-22T12:00:00.000Z')
    const author = children(entry!, 'author')[0]!
    expect([textOf(author, 'name'), textOf(author, 'uri')]).toEqual([
      'Acme',
      'https://acme.example'
    ])
    expect(children(entry!, 'category')[0]!['@']).toEqual({ term: 'hybrid', label: 'Hybrid' })
    expect(textOf(entry!, 'summary')).toBe(
      'Company: Acme\nLocation: Berlin, Germany\nType: Hybrid\nDate: Oct 22'
    )
  })

  it('carries hostile text through as text: <, &, quotes and ]]> come back as written', () => {
    const row = listing({
      title: 'C++ <Dev> & "Ops" ]]> x',
      company: 'A&B <i>',
      location: ']]><!--'
    })
    const [entry] = children(atomFeed([row]), 'entry')
    expect(textOf(entry!, 'title')).toBe('C++ <Dev> & "Ops" ]]> x')
    expect(textOf(children(entry!, 'author')[0]!, 'name')).toBe('A&B <i>')
    expect(textOf(entry!, 'summary')).toContain('Location: ]]><!--')
  })

  it('keeps text shaped like an entity as written: &amp;, &foo; and &#38; are not entities', () => {
    const row = listing({ title: 'R&amp;D &foo; &#38; &', company: 'Q&A;' })
    const [entry] = children(atomFeed([row]), 'entry')
    expect(textOf(entry!, 'title')).toBe('R&amp;D &foo; &#38; &')
    expect(textOf(children(entry!, 'author')[0]!, 'name')).toBe('Q&A;')
  })

  it('turns characters XML cannot hold into spaces, so the file still parses', () => {
    const [entry] = children(atomFeed([listing({ title: HOSTILE })]), 'entry')
    expect(textOf(entry!, 'title')).toBe('A <b>&amp; "Co" ]]> \'x\' done')
  })

  it('escapes the tagged link in its attribute', () => {
    const row = listing({ url: 'https://jobs.example/1?a=1&b="2"' })
    const xml = feedText([row], 'feed.xml')
    expect(xml).toContain('href="https://jobs.example/1?a=1&amp;b=%222%22&amp;utm_source=github')
  })
})

describe('a link with a space', () => {
  it('is written percent-encoded, as the README links it, in both feeds', () => {
    const row = listing({
      url: 'https://jobs.example/backend engineer',
      companyUrl: 'https://acme.example/about us'
    })
    const json = jsonFeed([row], { utm: undefined }).items[0]
    expect(json).toMatchObject({
      url: 'https://jobs.example/backend%20engineer',
      authors: [{ name: 'Acme', url: 'https://acme.example/about%20us' }],
      _job: { company_url: 'https://acme.example/about%20us' }
    })
    const xml = feedText([row], 'feed.xml', { utm: undefined })
    expect(xml).toContain('<uri>https://acme.example/about%20us</uri>')
    expect(xml).toContain('href="https://jobs.example/backend%20engineer"')
  })
})

describe('feed updated time', () => {
  it('is the newest posting, not the clock', () => {
    const rows = [
      listing({ id: 'old', postedAt: Date.parse('2025-10-01T00:00:00Z') }),
      listing({ id: 'new', postedAt: Date.parse('2025-10-21T09:15:00Z') })
    ]
    expect(textOf(atomFeed(rows), 'updated')).toBe('2025-10-21T09:15:00.000Z')
  })

  it('is the newest open posting: a closed role posted later does not move it', () => {
    const rows = [
      listing({ id: 'open', postedAt: Date.parse('2025-10-21T09:15:00Z') }),
      listing({ id: 'closed', postedAt: Date.parse('2025-10-22T08:00:00Z'), active: false })
    ]
    expect(textOf(atomFeed(rows), 'updated')).toBe('2025-10-21T09:15:00.000Z')
  })

  it('is the run’s time for a feed without openings, never 1970, and stays while it stays empty', () => {
    const feed = atomFeed([])
    expect(textOf(feed, 'updated')).toBe('2026-12-07T00:00:00.000Z')
    expect(children(feed, 'entry')).toEqual([])

    const emptied = feedText([], 'feed.xml')
    const later = { now: new Date('2026-12-09T00:00:00Z') }
    const still = feedText([], 'feed.xml', { ...later, previous: new Map([['feed.xml', emptied]]) })
    expect(still).toBe(emptied)
    const full = feedText([listing({ id: 'a' })], 'feed.xml')
    const previous = new Map([['feed.xml', full]])
    expect(textOf(atomFeed([], { ...later, previous }), 'updated')).toBe('2026-12-09T00:00:00.000Z')
  })
})

describe('a board’s feed emptied by a run (CLI)', () => {
  it('is dated by that run, and a later run with it still empty writes nothing', () => {
    const dir = scratchDir()
    const posting = {
      id: '1',
      company: 'Acme',
      title: 'Backend Engineer',
      url: 'https://acme.example/jobs/1',
      location: 'Berlin',
      posted_at: '2026-12-01T10:00:00Z'
    }
    writeFiles(dir, {
      'listings.json': JSON.stringify([posting]),
      'README.md': '# Board\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    })
    const run = (now: string) =>
      runCli(
        [
          '--listings',
          'listings.json',
          '--feed-path',
          'feed.xml',
          '--now',
          now,
          '--allow-empty',
          '--max-removed-percent',
          '100'
        ],
        { cwd: dir, env: {} }
      )
    expect(run('2026-12-07T00:00:00Z').status).toBe(0)
    writeFiles(dir, { 'listings.json': JSON.stringify([{ ...posting, active: false }]) })
    expect(run('2026-12-08T00:00:00Z').status).toBe(0)
    const emptied = read(join(dir, 'feed.xml'))
    expect(emptied).toContain('<updated>2026-12-08T00:00:00.000Z</updated>')
    expect(run('2026-12-09T00:00:00Z').status).toBe(0)
    expect(read(join(dir, 'feed.xml'))).toBe(emptied)
  })
})

describe('a board’s feeds in another locale (CLI)', () => {
  it('write each item’s date as the table does, in the board’s locale and zone', () => {
    const dir = scratchDir()
    writeFiles(dir, {
      'listings.json': JSON.stringify([
        {
          id: '1',
          company: 'Acme',
          title: 'Backend Engineer',
          url: 'https://acme.example/jobs/1',
          posted_at: '2025-10-22T23:30:00Z'
        }
      ]),
      'README.md': '# Board\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    })
    const run = runCli(
      [
        ...['--listings', 'listings.json', '--feed-path', 'feed.json,feed.xml'],
        ...['--locale', 'de-DE', '--timezone', 'Europe/Berlin', '--labels', '{date: Datum}'],
        ...['--now', '2025-10-24T00:00:00Z']
      ],
      { cwd: dir, env: {} }
    )
    expect(run.stderr).toBe('')
    // 23:30 UTC is the 23rd in Berlin.
    expect(read(join(dir, 'README.md'))).toContain('| 23. Okt. |')
    const feed = JSON.parse(read(join(dir, 'feed.json'))) as JsonFeed
    expect(feed.items[0]!.content_text).toMatch(/\nDatum: 23\. Okt\.$/)
    expect(read(join(dir, 'feed.xml'))).toMatch(/\nDatum: 23\. Okt\.<\/summary>/)
  })
})
