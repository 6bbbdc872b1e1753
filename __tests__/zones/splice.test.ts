import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { findZones, type ZoneName } from '../../src/zones/find.js'
import { spliceZones, zoneContent } from '../../src/zones/splice.js'
import { renderGfm } from '../helpers/cmark.js'
import { listing } from '../render/listing.js'

const OPENINGS_START = '<!-- jobs:openings:start -->'
const OPENINGS_END = '<!-- jobs:openings:end -->'

/** Finds the zones and splices the contents in, as a run does. */
async function splice(
  readme: string,
  contents: Partial<Record<ZoneName, string>>
): Promise<string> {
  const zones = await findZones(readme, 'jobs')
  return spliceZones(readme, zones, new Map(Object.entries(contents)) as Map<ZoneName, string>)
}

describe('spliceZones', () => {
  it('replaces the content of a zone entirely and keeps every byte around it', async () => {
    const before = `# Jobs  \n\n${OPENINGS_START}\nold 1\nold 2\n${OPENINGS_END}\n\n*  odd   list*\n`
    expect(await splice(before, { openings: 'new 1\nnew 2\nnew 3' })).toBe(
      `# Jobs  \n\n${OPENINGS_START}\nnew 1\nnew 2\nnew 3\n${OPENINGS_END}\n\n*  odd   list*\n`
    )
  })

  it('splices every zone given, in any order in the README', async () => {
    const before = [
      '<!-- jobs:stats:start -->',
      'old stats',
      '<!-- jobs:stats:end -->',
      'middle',
      OPENINGS_START,
      OPENINGS_END,
      ''
    ].join('\n')
    expect(await splice(before, { openings: 'table', stats: 'stats' })).toBe(
      [
        '<!-- jobs:stats:start -->',
        'stats',
        '<!-- jobs:stats:end -->',
        'middle',
        OPENINGS_START,
        'table',
        OPENINGS_END,
        ''
      ].join('\n')
    )
  })

  it('leaves zones without new content alone and skips contents for zones the README lacks', async () => {
    const before = `${OPENINGS_START}\nrows\n${OPENINGS_END}\n<!-- jobs:stats:start -->\nkept\n<!-- jobs:stats:end -->\n`
    expect(await splice(before, { stats: 'new stats', updated: 'nowhere' })).toBe(
      `${OPENINGS_START}\nrows\n${OPENINGS_END}\n<!-- jobs:stats:start -->\nnew stats\n<!-- jobs:stats:end -->\n`
    )
  })

  it('keeps a CRLF README CRLF, generated lines included', async () => {
    const before = ['# Jobs', OPENINGS_START, '', OPENINGS_END, 'after', ''].join('\r\n')
    const after = await splice(before, { openings: 'row 1\nrow 2' })
    expect(after).toBe(
      ['# Jobs', OPENINGS_START, 'row 1', 'row 2', OPENINGS_END, 'after', ''].join('\r\n')
    )
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('keeps lone CR line endings', async () => {
    const before = [OPENINGS_START, 'old', OPENINGS_END, ''].join('\r')
    expect(await splice(before, { openings: 'a\r\nb' })).toBe(
      [OPENINGS_START, 'a', 'b', OPENINGS_END, ''].join('\r')
    )
  })

  it('keeps a BOM', async () => {
    const before = `\uFEFF${OPENINGS_START}\nold\n${OPENINGS_END}\n`
    expect(await splice(before, { openings: 'new' })).toBe(
      `\uFEFF${OPENINGS_START}\nnew\n${OPENINGS_END}\n`
    )
  })

  it('keeps a README without final newline without one', async () => {
    const before = `${OPENINGS_START}\nold\n${OPENINGS_END}\nlast line  `
    expect(await splice(before, { openings: 'new' })).toBe(
      `${OPENINGS_START}\nnew\n${OPENINGS_END}\nlast line  `
    )
  })

  it('leaves the markers adjacent for empty content', async () => {
    const before = `${OPENINGS_START}\nold\n\n${OPENINGS_END}\n`
    expect(await splice(before, { openings: '' })).toBe(`${OPENINGS_START}\n${OPENINGS_END}\n`)
  })

  it('takes a final newline of the content as the end of its last line', async () => {
    const before = `${OPENINGS_START}\n${OPENINGS_END}\n`
    expect(await splice(before, { openings: 'row\n' })).toBe(
      `${OPENINGS_START}\nrow\n${OPENINGS_END}\n`
    )
  })

  it('changes nothing when run twice with the same content', async () => {
    const before = ['intro', OPENINGS_START, 'stale', OPENINGS_END, ''].join('\r\n')
    const once = await splice(before, { openings: 'fresh\nrows' })
    expect(await splice(once, { openings: 'fresh\nrows' })).toBe(once)
  })
})

describe('zoneContent', () => {
  it('reads the content with LF line endings and no final line ending', async () => {
    const readme = ['x', OPENINGS_START, 'row 1', 'row 2', OPENINGS_END].join('\r\n')
    expect(zoneContent(readme, (await findZones(readme, 'jobs')).get('openings')!)).toBe(
      'row 1\nrow 2'
    )
  })

  it('reads back what was spliced in', async () => {
    const spliced = await splice(`${OPENINGS_START}\r${OPENINGS_END}\r`, { openings: 'a\nb' })
    expect(zoneContent(spliced, (await findZones(spliced, 'jobs')).get('openings')!)).toBe('a\nb')
  })
})

describe('a rendered table in its zone', () => {
  const table = toMarkdown(
    openingsTable([listing(), listing({ title: 'Ends in a pipe |', location: '' })], {
      labels: DEFAULT_LABELS,
      timezone: 'UTC'
    })
  )
  let readme: string

  beforeAll(async () => {
    readme = await splice(`${OPENINGS_START}\n${OPENINGS_END}\nText after.\n`, { openings: table })
  })

  it('is found as the same zone on the next parse', async () => {
    const zone = (await findZones(readme, 'jobs')).get('openings')!
    expect(zone).toMatchObject({ startLine: 1, endLine: 6 })
    expect(zoneContent(readme, zone)).toBe(table)
  })

  it('does not swallow the end marker in GitHub rendering', () => {
    const html = renderGfm(readme)
    expect(html).toContain(`</table>\n${OPENINGS_END}\n<p>Text after.</p>`)
  })
})
