import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { isBoardError } from '../../src/errors.js'
import { initReadme, type InitOptions } from '../../src/init/init.js'
import { findZones, type ZoneName } from '../../src/zones/find.js'
import { renderGfm } from '../helpers/cmark.js'

// Small made-up boards shaped like the five real ones (Backend, Data Analyst, Frontend,
// Full Stack, Software Engineering): heading, Last updated line, table, stats, prose.
const BOARDS = ['backend', 'data-analyst', 'frontend', 'full-stack', 'software-engineering']

const board = (name: string): string =>
  readFileSync(new URL(`../fixtures/init/${name}.md`, import.meta.url), 'utf8')

const init = (readme: string, options: Partial<InitOptions> = {}) =>
  initReadme(readme, { prefix: 'jobs', ...options })

/** The lines of a zone as the zones module (the one a run uses) reads them; undefined when absent. */
async function zoneLines(
  text: string,
  name: ZoneName,
  prefix = 'jobs'
): Promise<string[] | undefined> {
  const zone = (await findZones(text, prefix)).get(name)
  return zone && text.slice(zone.contentStart, zone.contentEnd).split(/\r?\n/).slice(0, -1)
}

/** The text with the marker lines init adds taken out again. */
function withoutMarkers(text: string, prefix = 'jobs'): string {
  return text.replace(new RegExp(`<!-- ${prefix}:\\w+:(start|end) -->(\\r\\n|\\n|$)`, 'g'), '')
}

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

describe.each(BOARDS)('init on a board like %s', name => {
  const readme = board(name)
  const result = init(readme)

  it('wraps the Last updated line, the openings table and the stats, in that order', () => {
    expect(result.wrapped).toEqual(['updated', 'openings', 'stats'])
    expect(result.alreadyMarked).toBe(false)
  })

  it('puts the whole table, and only the table, in the openings zone', async () => {
    const table = readme.split('\n').filter(line => line.startsWith('|'))
    expect(await zoneLines(result.text, 'openings')).toEqual(table)
  })

  it('puts the Last updated line in the updated zone', async () => {
    expect(await zoneLines(result.text, 'updated')).toEqual([
      '<sub><small>Last updated: Jul 01, 2026 at 06:00 UTC</small></sub>'
    ])
  })

  it('puts both stats paragraphs with their notes in the stats zone', async () => {
    const stats = (await zoneLines(result.text, 'stats'))!
    expect(stats[0]).toMatch(/^\*\*Current Stats:\*\* /)
    expect(stats.at(-1)).toBe('_Note: Skills are identified from job descriptions and may vary_')
    expect(stats.filter(line => line === '')).toHaveLength(1)
  })

  it('keeps every byte outside the inserted marker lines', () => {
    expect(withoutMarkers(result.text)).toBe(readme)
  })

  it('renders the same page on GitHub, markers aside', () => {
    expect(withoutMarkers(renderGfm(result.text))).toBe(renderGfm(readme))
  })

  it('changes nothing when run again', () => {
    const again = init(result.text)
    expect(again.text).toBe(result.text)
    expect(again.wrapped).toEqual([])
    expect(again.alreadyMarked).toBe(true)
  })
})

describe('init keeps the file as it is', () => {
  const readme = board('backend')

  it('writes CRLF marker lines into a CRLF README', async () => {
    const crlf = readme.replace(/\n/g, '\r\n')
    const { text } = init(crlf)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text).toContain('\r\n<!-- jobs:openings:start -->\r\n| Company |')
    expect(await zoneLines(text, 'updated')).toEqual([
      '<sub><small>Last updated: Jul 01, 2026 at 06:00 UTC</small></sub>'
    ])
    expect(withoutMarkers(text)).toBe(crlf)
  })

  it('keeps a BOM in front of a marker on the first line', () => {
    const readmeWithBom = '\uFEFF| Company | Position |\n| --- | --- |\n| Acme | Dev |\n'
    const { text } = init(readmeWithBom, { line: 1 })
    expect(text).toBe(
      '\uFEFF<!-- jobs:openings:start -->\n| Company | Position |\n| --- | --- |\n| Acme | Dev |\n<!-- jobs:openings:end -->\n'
    )
  })

  it('ends the file with the end marker when the table is its last line without a newline', () => {
    const { text } = init('## Jobs\n\n| Company |\n| --- |\n| Acme |')
    expect(text).toBe(
      '## Jobs\n\n<!-- jobs:openings:start -->\n| Company |\n| --- |\n| Acme |\n<!-- jobs:openings:end -->'
    )
  })

  it('uses the marker prefix it is given', async () => {
    const { text } = init(readme, { prefix: 'board' })
    expect(await zoneLines(text, 'openings', 'board')).toBeDefined()
    expect(withoutMarkers(text, 'board')).toBe(readme)
  })
})

describe('init finds the openings table', () => {
  const table = '| Company | Position |\n| --- | --- |\n| Acme | Dev |\n'

  it('takes the first table after a heading that mentions openings, in any case', async () => {
    const readme = `# Board\n\n| Contents |\n| --- |\n| x |\n\n## OPENINGS\n\n${table}\n${table}`
    expect((await zoneLines(init(readme).text, 'openings'))?.[0]).toBe('| Company | Position |')
    expect(init(readme).text.indexOf('<!-- jobs:openings:start -->')).toBe(
      readme.indexOf('## OPENINGS') + '## OPENINGS\n\n'.length
    )
  })

  it('takes the table at --line, on any of its lines', () => {
    const readme = `## Jobs\n\n${table}\n## Archive\n\n${table}`
    const { text } = init(readme, { line: 11 })
    expect(text).toBe(
      `## Jobs\n\n${table}\n## Archive\n\n<!-- jobs:openings:start -->\n${table}<!-- jobs:openings:end -->\n`
    )
  })

  it('wraps a table that directly follows a paragraph line without joining them', () => {
    const readme = `## Jobs\nThe latest openings:\n${table}`
    const { text } = init(readme)
    expect(text).toBe(
      `## Jobs\nThe latest openings:\n<!-- jobs:openings:start -->\n${table}<!-- jobs:openings:end -->\n`
    )
    expect(withoutMarkers(renderGfm(text))).toBe(renderGfm(readme))
  })

  it('fails with what to do when no heading is followed by a table', () => {
    const error = thrown(() => init('# My board\n\nNo table yet.\n'))
    expect(isBoardError(error) && error.code).toBe('no-openings-table')
    expect((error as Error).message).toMatch(/--line/)
    expect((error as Error).message).toContain('<!-- jobs:openings:start -->')
  })

  it('fails naming the line when --line is not in a table', () => {
    const error = thrown(() => init(`## Jobs\n\n${table}`, { line: 2 }))
    expect(isBoardError(error) && error.code).toBe('no-openings-table')
    expect((error as Error).message).toMatch(/^Line 2 /)
  })

  it('ignores a table inside a list', () => {
    const error = thrown(() => init(`## Jobs\n\n- ${table.replace(/\n(?=.)/g, '\n  ')}`))
    expect(isBoardError(error) && error.code).toBe('no-openings-table')
  })
})

describe('init finds the Last updated line and the stats', () => {
  const table = '## Current Openings\n\n| Company |\n| --- |\n| Acme |\n'

  it('wraps an italic Last updated line', async () => {
    const { text } = init(`_Last updated: 2026-07-01_\n\n${table}`)
    expect(await zoneLines(text, 'updated')).toEqual(['_Last updated: 2026-07-01_'])
  })

  it('wraps only the Last updated line of a longer paragraph, so a run cannot erase the rest', async () => {
    const readme = `Fresh openings every day.\nLast updated: today\nStar the repo!\n\n${table}`
    const { text } = init(readme)
    expect(await zoneLines(text, 'updated')).toEqual(['Last updated: today'])
    expect(text).toContain('Fresh openings every day.\n<!-- jobs:updated:start -->')
  })

  it('leaves prose that merely mentions them alone', () => {
    const prose = 'This list was last updated by volunteers.\n\nSee the current stats below.\n'
    expect(init(`${table}\n${prose}`).wrapped).toEqual(['openings'])
  })

  it('wraps stats whose notes are paragraphs of their own', async () => {
    const stats = '**Current Stats:** 3 jobs\n\n_Note: approximate_\n\n**Trending Skills:** go\n'
    const { text } = init(`${table}\n${stats}\n## About\n\nNote: not part of the stats.\n`)
    expect((await zoneLines(text, 'stats'))?.join('\n')).toBe(stats.trimEnd())
  })

  it('wraps only the table when the README has no Last updated line and no stats', () => {
    const result = init(`${table}\nSome prose.\n`)
    expect(result.wrapped).toEqual(['openings'])
  })
})

describe('init next to markers already there', () => {
  const readme = board('frontend')

  it('adds only the zones the README lacks', () => {
    const lines = readme.split('\n')
    const tableStart = lines.findIndex(line => line.startsWith('| Company'))
    const tableEnd = lines.findLastIndex(line => line.startsWith('|'))
    lines.splice(tableEnd + 1, 0, '<!-- jobs:openings:end -->')
    lines.splice(tableStart, 0, '<!-- jobs:openings:start -->')
    const handMarked = lines.join('\n')

    const result = init(handMarked)
    expect(result.alreadyMarked).toBe(true)
    expect(result.wrapped).toEqual(['updated', 'stats'])
    expect(result.text.match(/<!-- jobs:openings:start -->/g)).toHaveLength(1)
  })

  it('needs no table when the openings markers are there', () => {
    const result = init('<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n')
    expect(result).toEqual({
      text: '<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n',
      wrapped: [],
      alreadyMarked: true,
      tables: []
    })
  })

  it('does not count markers shown in a code block', () => {
    const fence = '```\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n```\n\n'
    const result = init(fence + readme)
    expect(result.alreadyMarked).toBe(false)
    expect(result.wrapped).toContain('openings')
  })
})
