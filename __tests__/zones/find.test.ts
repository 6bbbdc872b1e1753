import { describe, expect, it } from '@jest/globals'
import type { BoardError } from '../../src/errors.js'
import { findZones } from '../../src/zones/find.js'

const start = (name: string, prefix = 'jobs') => `<!-- ${prefix}:${name}:start -->`
const end = (name: string, prefix = 'jobs') => `<!-- ${prefix}:${name}:end -->`

/** A README from its lines, LF-terminated. */
const readme = (...lines: string[]) => lines.map(line => `${line}\n`).join('')

const OPENINGS = [start('openings'), '| table |', end('openings')]

async function errorOf(text: string, prefix = 'jobs'): Promise<BoardError> {
  try {
    await findZones(text, prefix)
  } catch (error) {
    return error as BoardError
  }
  throw new Error('findZones did not throw')
}

describe('findZones', () => {
  it('finds a zone with the lines of its markers and the offsets of its content', async () => {
    const text = readme(
      '# Jobs',
      '',
      start('openings'),
      'old row 1',
      'old row 2',
      end('openings'),
      'after'
    )
    const zone = (await findZones(text, 'jobs')).get('openings')!
    expect(zone).toMatchObject({ name: 'openings', startLine: 3, endLine: 6, eol: '\n' })
    expect(text.slice(zone.contentStart, zone.contentEnd)).toBe('old row 1\nold row 2\n')
  })

  it('finds zones in any order', async () => {
    const text = readme(
      start('stats'),
      's',
      end('stats'),
      ...OPENINGS,
      start('updated'),
      'u',
      end('updated')
    )
    const zones = await findZones(text, 'jobs')
    expect([...zones.keys()].sort()).toEqual(['openings', 'stats', 'updated'])
    expect(zones.get('stats')).toMatchObject({ startLine: 1, endLine: 3 })
    expect(zones.get('updated')).toMatchObject({ startLine: 7, endLine: 9 })
  })

  it('finds an empty zone whose markers are adjacent', async () => {
    const zone = (await findZones(readme(start('openings'), end('openings')), 'jobs')).get(
      'openings'
    )!
    expect(zone.contentStart).toBe(zone.contentEnd)
    expect(zone.contentStart).toBe(start('openings').length + 1)
  })

  it('leaves out zones the README lacks', async () => {
    expect([...(await findZones(readme(...OPENINGS), 'jobs')).keys()]).toEqual(['openings'])
  })

  it('tolerates whitespace inside the comment and around the marker', async () => {
    const text = readme('<!--jobs:openings:start-->  ', 'row', '   <!--   jobs:openings:end   -->')
    expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
      startLine: 1,
      endLine: 3
    })
  })

  it('reads no marker in a comment split over lines, whose content would start inside it', async () => {
    // The table would go after the comment's first line, inside the comment: GitHub shows
    // nothing, and the next run finds no start marker.
    const split = await errorOf(readme('# T', '<!-- jobs:openings:start', '-->', end('openings')))
    expect(split.code).toBe('zone-unpaired')
    expect(split.message).toMatch(/^Line 4: <!-- jobs:openings:end --> has no/)
    const both = await errorOf(
      readme('<!--', 'jobs:openings:start', '-->', '<!--', 'jobs:openings:end -->')
    )
    expect(both.code).toBe('zone-missing')
  })

  it('uses the marker prefix, taken literally', async () => {
    const text = readme(start('openings', 'my.board'), end('openings', 'my.board'), ...OPENINGS)
    expect((await findZones(text, 'my.board')).get('openings')).toMatchObject({
      startLine: 1,
      endLine: 2
    })
    await expect(
      findZones(readme(start('openings', 'myXboard'), end('openings', 'myXboard')), 'my.board')
    ).rejects.toThrow(expect.objectContaining({ code: 'zone-missing' }))
  })

  it('ignores markers of unknown zones', async () => {
    const text = readme(start('foo'), ...OPENINGS, end('bar'))
    expect([...(await findZones(text, 'jobs')).keys()]).toEqual(['openings'])
  })

  it('ignores markers in a fenced code block', async () => {
    const text = readme('```markdown', start('openings'), end('openings'), '```', ...OPENINGS)
    expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
      startLine: 5,
      endLine: 7
    })
  })

  it('ignores markers in an indented code block', async () => {
    const text = readme(
      'Example:',
      '',
      `    ${start('openings')}`,
      `    ${end('stats')}`,
      '',
      ...OPENINGS
    )
    expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
      startLine: 6,
      endLine: 8
    })
  })

  it('ignores markers inside another HTML block', async () => {
    const text = readme(
      '<details>',
      start('openings'),
      end('openings'),
      '</details>',
      '',
      ...OPENINGS
    )
    expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
      startLine: 6,
      endLine: 8
    })
  })

  it('ignores markers in running text', async () => {
    const text = readme(`Put ${start('openings')} on a line of its own.`, '', ...OPENINGS)
    expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
      startLine: 3,
      endLine: 5
    })
  })

  it.each([
    ['blockquote', readme(...OPENINGS, '', `> ${start('stats')}`, `> ${end('stats')}`), 5],
    ['list item', readme(...OPENINGS, '', `- ${start('stats')}`), 5],
    [
      'list item',
      readme('1. item', '', `   ${start('openings')}`, '   row', `   ${end('openings')}`),
      3
    ]
  ])('refuses a marker inside a %s, naming the line', async (container, text, line) => {
    const error = await errorOf(text)
    expect(error.code).toBe('zone-misplaced')
    expect(error.message).toContain(`Line ${line}:`)
    expect(error.message).toContain(container)
  })

  it('refuses a start without its end, naming the line', async () => {
    const error = await errorOf(readme('# Jobs', start('openings'), 'row'))
    expect(error.code).toBe('zone-unpaired')
    expect(error.message).toMatch(/^Line 2: <!-- jobs:openings:start --> has no/)
  })

  it('refuses an end without its start, naming the line', async () => {
    const error = await errorOf(readme(...OPENINGS, 'text', end('stats')))
    expect(error.code).toBe('zone-unpaired')
    expect(error.message).toMatch(/^Line 5: <!-- jobs:stats:end --> has no/)
  })

  it('names a marker misspelt beside the one left unpaired, and how to write it', async () => {
    const strat = await errorOf(readme('# Jobs', '<!-- jobs:openings:strat -->', end('openings')))
    expect(strat.code).toBe('zone-unpaired')
    expect(strat.message).toBe(
      'Line 3: <!-- jobs:openings:end --> has no <!-- jobs:openings:start --> before it: line 2, <!-- jobs:openings:strat -->, looks like it misspelt. Write it <!-- jobs:openings:start -->; nothing was written.'
    )
    const edn = await errorOf(
      readme(start('openings'), 'row', '<!-- jobs:openings:END-OF-TABLE -->', '', 'text')
    )
    expect(edn.message).toContain(
      'line 3, <!-- jobs:openings:END-OF-TABLE -->, looks like it misspelt. Write it <!-- jobs:openings:end -->'
    )
    // Another zone's look-alike is none of this zone's.
    const other = await errorOf(readme(start('openings'), 'row', '<!-- jobs:stats:edn -->'))
    expect(other.message).not.toContain('misspelt')
  })

  it('refuses an end of another zone than the open one', async () => {
    const error = await errorOf(readme(start('openings'), end('stats'), end('openings')))
    expect(error.code).toBe('zone-unpaired')
    expect(error.message).toMatch(/^Line 2: <!-- jobs:stats:end -->/)
  })

  it('refuses a duplicated zone, naming both lines', async () => {
    const error = await errorOf(readme(...OPENINGS, '', ...OPENINGS))
    expect(error.code).toBe('zone-duplicate')
    expect(error.message).toMatch(/^Line 5: a second openings zone \(the first starts on line 1\)/)
  })

  it('refuses a nested zone, naming both lines', async () => {
    const error = await errorOf(
      readme(start('openings'), start('stats'), end('stats'), end('openings'))
    )
    expect(error.code).toBe('zone-nested')
    expect(error.message).toMatch(
      /^Line 2: the stats zone starts inside the openings zone that starts on line 1/
    )
  })

  it('refuses overlapping zones', async () => {
    const error = await errorOf(
      readme(start('openings'), start('stats'), end('openings'), end('stats'))
    )
    expect(error.code).toBe('zone-nested')
    expect(error.message).toMatch(/^Line 2:/)
  })

  it('refuses a README without an openings zone', async () => {
    const error = await errorOf(readme('# Jobs', start('stats'), end('stats')))
    expect(error.code).toBe('zone-missing')
    expect(error.message).toContain('<!-- jobs:openings:start -->')
  })

  it('counts lines and offsets of a CRLF README exactly', async () => {
    const text = ['# Jobs', start('openings'), 'row', end('openings'), ''].join('\r\n')
    const zone = (await findZones(text, 'jobs')).get('openings')!
    expect(zone).toMatchObject({ startLine: 2, endLine: 4, eol: '\r\n' })
    expect(text.slice(zone.contentStart, zone.contentEnd)).toBe('row\r\n')
  })

  it('counts a lone CR as a line ending', async () => {
    const text = ['# Jobs', start('openings'), 'row', end('openings')].join('\r')
    const zone = (await findZones(text, 'jobs')).get('openings')!
    expect(zone).toMatchObject({ startLine: 2, endLine: 4, eol: '\r' })
    expect(text.slice(zone.contentStart, zone.contentEnd)).toBe('row\r')
  })

  it('counts offsets past a BOM', async () => {
    const text = `\uFEFF${readme(...OPENINGS)}`
    const zone = (await findZones(text, 'jobs')).get('openings')!
    expect(zone.startLine).toBe(1)
    expect(text.slice(zone.contentStart, zone.contentEnd)).toBe('| table |\n')
  })

  it("gives each zone its own first table, as the README's parse reads it", async () => {
    const text = readme(
      '| above | the zones |',
      '| --- | --- |',
      '| [x](https://above.example) | 1 |',
      start('openings:a'),
      'Some text, then a pipe table:',
      '',
      '| Company | Apply |',
      '| - | - |',
      '| A \\| B | [Apply][a] |',
      '| C | <a href="https://c.example">Go</a> |',
      '',
      '<table><tr><td>a second table</td></tr></table>',
      '',
      end('openings:a'),
      start('openings:b'),
      '<table>',
      '<tr><td><a href="https://b.example">B</a></td></tr>',
      '</table>',
      '',
      end('openings:b'),
      start('openings:c'),
      'no table | here',
      end('openings:c'),
      '',
      '[a]: https://a.example/apply'
    )
    const zones = await findZones(text, 'jobs', [])
    expect(zones.get('openings:a')?.tables[0]).toMatchObject({
      format: 'pipe',
      rows: [
        ['Company', 'Apply'],
        // The escaped pipe is the cell's text, as GFM reads it.
        ['A | B', '[Apply][a]'],
        ['C', '<a href="https://c.example">Go</a>']
      ]
    })
    // An HTML table by its block's lines in the zone's text (the first after the start marker).
    expect(zones.get('openings:b')?.tables).toEqual([{ format: 'html', line: 1, endLine: 3 }])
    expect(zones.get('openings:c')?.tables).toEqual([])
  })

  it('gives a zone every table its own element holds, not the closed roles folded under it', async () => {
    const half = (row: string) => [
      '| Company | Apply |',
      '| - | - |',
      `| ${row} | [Apply](https://${row}.example) |`
    ]
    const text = readme(
      start('openings:cut'),
      ...half('a'),
      '',
      '---',
      '',
      '<div align="center"><p>See the full list</p></div>',
      '',
      '---',
      '',
      ...half('b'),
      end('openings:cut'),
      start('openings:folded'),
      ...half('c'),
      '',
      '<details><summary>Closed roles</summary>',
      '',
      ...half('d'),
      '',
      '</details>',
      '',
      end('openings:folded'),
      start('openings:sections'),
      '<details><summary>One company</summary>',
      '',
      ...half('e'),
      '',
      '</details>',
      '',
      '<details><summary>Another</summary>',
      '',
      ...half('f'),
      '',
      '</details>',
      '',
      end('openings:sections')
    )
    const zones = await findZones(text, 'jobs', [])
    const rows = (zone: `openings:${string}`) =>
      zones.get(zone)?.tables.map(table => (table.format === 'pipe' ? table.rows[1]![0] : ''))
    expect(rows('openings:cut')).toEqual(['a', 'b'])
    expect(rows('openings:folded')).toEqual(['c'])
    expect(rows('openings:sections')).toEqual(['e', 'f'])
  })

  it('names the heading above a zone by its text as the page shows it, and its anchor', async () => {
    const text = readme(
      '## Jobs \\*new\\* &amp; `more` ![logo](https://i.example/a.png) ^[soon]',
      start('openings'),
      end('openings'),
      '# Jobs [^1]',
      start('stats'),
      end('stats'),
      '',
      '[^1]: A footnote.'
    )
    const zones = await findZones(text, 'jobs')
    expect(zones.get('openings')?.heading).toMatchObject({
      text: 'Jobs *new* & more logo ^[soon]',
      anchor: '#jobs-new--more-logo-soon'
    })
    expect(zones.get('stats')?.heading).toMatchObject({ text: 'Jobs [^1]', anchor: '#jobs-1' })
  })

  it('finds an end marker on a last line without newline', async () => {
    const text = readme(start('openings'), 'row') + end('openings')
    const zone = (await findZones(text, 'jobs')).get('openings')!
    expect(text.slice(zone.contentEnd)).toBe(end('openings'))
  })
})
