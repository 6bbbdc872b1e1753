/**
 * The worked example: the 50 backend openings of the reference feed, spliced into the
 * template, must look on GitHub exactly like README.expected.md.
 */

import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Listing, Stats, WorkType } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { statsBlock } from '../../src/render/stats.js'
import { updatedLine } from '../../src/render/updated.js'
import { findZones, type ZoneName } from '../../src/zones/find.js'
import { spliceZones } from '../../src/zones/splice.js'
import { renderGfm } from '../helpers/cmark.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8')

const template = fixture('README.template.md')
const expected = fixture('README.expected.md')
const options = JSON.parse(fixture('options.json')) as { category: string; now: string }

interface FeedRecord {
  id: string
  company: string
  company_url?: string
  title: string
  url: string
  location: string | string[]
  work_type: WorkType
  posted_at: string
}

/** The listings the reference shows, in its order: selection is not this stage's job. */
function referenceRows(): Listing[] {
  const records = JSON.parse(fixture('listings.json')) as FeedRecord[]
  const shownIds = [...expected.matchAll(/jobr\.pro\/job\/(\d+)\//g)].map(match => match[1])
  return shownIds.map(id => {
    const newest = records
      .filter(record => record.id === id)
      .sort((a, b) => Date.parse(b.posted_at) - Date.parse(a.posted_at))[0]!
    return listingOf(newest)
  })
}

function listingOf(record: FeedRecord): Listing {
  return {
    id: record.id,
    company: record.company,
    companyUrl: record.company_url,
    title: record.title,
    url: record.url,
    location: [record.location].flat().join('; '),
    workType: record.work_type,
    postedAt: Date.parse(record.posted_at),
    skills: [],
    active: true,
    position: 0,
    record: {}
  }
}

// Computing stats is the stats stage's job; these are the reference's numbers.
const REFERENCE_STATS: Stats = {
  jobs: 50,
  remotePercent: 34,
  companies: 42,
  avgSalaryK: 139,
  skills: ['python', 'nodejs', 'java', 'api', 'database']
}

async function renderInto(readme: string): Promise<string> {
  const labels = DEFAULT_LABELS
  const utm = { source: 'github', medium: 'repo', campaign: `github-${options.category}-jobs` }
  const contents = new Map<ZoneName, string>([
    ['openings', toMarkdown(openingsTable(referenceRows(), { labels, utm, timezone: 'UTC' }))],
    ['updated', toMarkdown(updatedLine(new Date(options.now), { labels, timezone: 'UTC' }))],
    ['stats', toMarkdown(statsBlock(REFERENCE_STATS, { labels }))]
  ])
  return spliceZones(readme, await findZones(readme, 'jobs'), contents)
}

/** The README with every zone's content cut out: what must stay byte for byte. */
async function outsideZones(readme: string): Promise<string[]> {
  const zones = [...(await findZones(readme, 'jobs')).values()].sort(
    (a, b) => a.contentStart - b.contentStart
  )
  const kept: string[] = []
  let from = 0
  for (const zone of zones) {
    kept.push(readme.slice(from, zone.contentStart))
    from = zone.contentEnd
  }
  return [...kept, readme.slice(from)]
}

describe('the reference README', () => {
  let rendered: string

  beforeAll(async () => {
    rendered = await renderInto(template)
  })

  it('shows 50 openings', () => {
    expect(referenceRows()).toHaveLength(50)
  })

  it('renders on GitHub exactly like README.expected.md', () => {
    expect(renderGfm(rendered)).toBe(renderGfm(expected))
  })

  it('writes README.expected.md byte for byte', () => {
    expect(rendered).toBe(expected)
  })

  it('keeps every byte of the template outside the zones', async () => {
    expect(await outsideZones(rendered)).toEqual(await outsideZones(template))
  })

  it('changes nothing when rendered into its own output again', async () => {
    expect(await renderInto(rendered)).toBe(rendered)
  })
})
