/**
 * The zone finder against GitHub's own parser, cmark-gfm 0.29: a marker is one where cmark-gfm
 * reads it as an HTML block of its own directly in the document, and nowhere else.
 */

import { describe, expect, it } from '@jest/globals'
import type { BoardError } from '../../src/errors.js'
import { findZones } from '../../src/zones/find.js'
import { gfmMarkerLines } from '../helpers/cmark.js'

const START = '<!-- jobs:openings:start -->'
const END = '<!-- jobs:openings:end -->'
const readme = (...lines: string[]) => lines.map(line => `${line}\n`).join('')
const TABLE = ['| Company | Role |', '| --- | --- |', '| Acme | Engineer |']

async function errorOf(text: string): Promise<BoardError> {
  try {
    await findZones(text, 'jobs')
  } catch (error) {
    return error as BoardError
  }
  throw new Error('findZones did not throw')
}

/** findZones reads the openings zone where GitHub sees its markers, or refuses where it sees none. */
async function expectGitHubsReading(text: string): Promise<void> {
  const starts = gfmMarkerLines(text, START)
  const ends = gfmMarkerLines(text, END)
  if (starts.length === 1 && ends.length === 1) {
    const zone = (await findZones(text, 'jobs')).get('openings')
    expect(zone).toMatchObject({ startLine: starts[0], endLine: ends[0] })
  } else await expect(findZones(text, 'jobs')).rejects.toThrow(/^Line \d+|Line \d+ holds/)
}

describe('markers where GitHub sees them', () => {
  describe('a tag on a lazy line after a list item, block quote or footnote', () => {
    // cmark-gfm lets a tag alone on its line start an HTML block when the line does not continue
    // the paragraph's container (blocks.c checks the innermost matched container, not the
    // paragraph): the block runs to the next blank line and takes the markers in.
    const cases: Record<string, string[]> = {
      'an image after a list item': ['- see also', '<img src="banner.png">'],
      'a closing tag after a list item': ['- item', '</script>'],
      'a custom element after an ordered item': ['1. item', '<custom-el>'],
      'an image after a block quote': ['> x', '<img src="banner.png">'],
      'an image after a list in a block quote': ['> - x', '<img src="banner.png">'],
      'an image after a nested list item': ['- a', '  - b', '<img src="banner.png">']
    }
    for (const [name, before] of Object.entries(cases))
      it(`refuses the zone after ${name}, naming the marker's line`, async () => {
        const text = readme('# Jobs', '', ...before, START, ...TABLE, END)
        expect(gfmMarkerLines(text, START)).toEqual([])
        const error = await errorOf(text)
        expect(error.code).toBe('zone-missing')
        expect(error.message).toContain(
          `Line ${before.length + 3} holds ${START}, but not as a marker`
        )
      })

    it('reads the zone when the tag is inside the list item (indented), as GitHub does', async () => {
      const text = readme('- see also', '  <img src="banner.png">', START, ...TABLE, END)
      expect(gfmMarkerLines(text, START)).toEqual([3])
      expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
        startLine: 3,
        endLine: 7
      })
    })

    it('reads the zone when a blank line ends the tag’s HTML block', async () => {
      const text = readme('- see also', '<img src="banner.png">', '', START, END)
      expect(gfmMarkerLines(text, START)).toEqual([4])
      await expectGitHubsReading(text)
    })

    it('does not let a tag interrupt a paragraph at the top level', async () => {
      const text = readme('text', '<img src="banner.png">', START, END)
      expect(gfmMarkerLines(text, START)).toEqual([3])
      expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({ startLine: 3 })
    })

    it('names an optional zone hidden that way in a warning', async () => {
      const stats = ['<!-- jobs:stats:start -->', 'x', '<!-- jobs:stats:end -->']
      const text = readme(START, END, '- see also', '<img>', ...stats)
      expect(gfmMarkerLines(text, stats[0]!)).toEqual([])
      const warnings: string[] = []
      const zones = await findZones(text, 'jobs', ['openings'], message => warnings.push(message))
      expect([...zones.keys()]).toEqual(['openings'])
      expect(warnings).toEqual([
        expect.stringMatching(
          /^Line 5: <!-- jobs:stats:start --> is inside the HTML block that starts on line 4 .*the stats zone is left as it is\. Put a blank line before line 5/
        )
      ])
    })
  })

  describe("CommonMark 0.29's HTML block starts", () => {
    it('reads <textarea> as an ordinary tag, whose block ends at a blank line', async () => {
      const text = readme('<textarea>', '</textarea>', START, END)
      expect(gfmMarkerLines(text, START)).toEqual([])
      expect((await errorOf(text)).message).toContain(`Line 3 holds ${START}, but not as a marker`)
    })

    it('does not end a zone at </textarea> when GitHub reads the end marker', async () => {
      const text = readme(START, '<textarea>', '', END)
      expect(gfmMarkerLines(text, END)).toEqual([4])
      expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
        startLine: 1,
        endLine: 4
      })
    })

    it('reads <!x (a lowercase declaration) as text, not a block that runs to the next >', async () => {
      const text = readme('<!x', START, END, '<div>')
      expect(gfmMarkerLines(text, START)).toEqual([2])
      expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
        startLine: 2,
        endLine: 3
      })
    })

    it('reads a tag right after a link reference definition as part of its paragraph', async () => {
      // cmark reads definitions out of a paragraph, so the tag continues it: no HTML block
      // runs on over the markers.
      const text = readme('[ref]: https://example.com', '</style>', START, '- item', END)
      expect(gfmMarkerLines(text, START)).toEqual([3])
      expect(gfmMarkerLines(text, END)).toEqual([5])
      expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
        startLine: 3,
        endLine: 5
      })
      // After a blank line the tag starts a block, on GitHub and here.
      await expectGitHubsReading(readme('[ref]: /url', '', '<img>', START, END))
    })

    it('reads <search> as an ordinary tag (CommonMark 0.31 made it a block name)', async () => {
      await expectGitHubsReading(readme('text', '<search>', START, END))
      await expectGitHubsReading(readme('- x', '<search>', START, END))
    })
  })

  describe('deeply nested lists', () => {
    const nested = (depth: number) =>
      Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- a`)

    it('reads markers after a list nested 60 deep, as GitHub does', async () => {
      const text = readme(...nested(60), '', START, END)
      expect(gfmMarkerLines(text, START)).toEqual([62])
      expect((await findZones(text, 'jobs')).get('openings')).toMatchObject({
        startLine: 62,
        endLine: 63
      })
    })

    it('refuses a README nested deeper than it reads, saying so', async () => {
      const error = await errorOf(readme(...nested(600), '', START, END))
      expect(error.code).toBe('zone-too-deep')
      expect(error.message).toMatch(/^Line \d+: lists and block quotes nested \d+ deep/)
    })
  })

  describe('why a marker is not one', () => {
    it('says the start marker is inside a comment opened earlier and never closed', async () => {
      const text = readme('<!--', 'hidden note', START, END)
      expect(gfmMarkerLines(text, START)).toEqual([])
      expect(gfmMarkerLines(text, END)).toEqual([4])
      const error = await errorOf(text)
      expect(error.code).toBe('zone-unpaired')
      expect(error.message).toBe(
        `Line 4: ${END} has no ${START} before it: the one on line 3 is inside the HTML comment opened on line 1, which is not closed before it. Close the comment of line 1 with --> before line 3; nothing was written.`
      )
    })

    it('says the end marker is inside an HTML block that began on a lazy line', async () => {
      const text = readme(START, '- item', '</script>', END)
      expect(gfmMarkerLines(text, END)).toEqual([])
      expect((await errorOf(text)).message).toMatch(
        /^Line 1: .* has no .* after it: the one on line 4 is inside the HTML block that starts on line 3 .* Put a blank line before line 4;/
      )
    })

    it('warns of a marker naming no zone, with the zones there are', async () => {
      const warnings: string[] = []
      const text = readme('<!-- jobs:stat:start -->', '<!-- jobs:stat:end -->', '', START, END)
      await findZones(text, 'jobs', ['openings'], message => warnings.push(message))
      expect(warnings).toEqual([
        'Line 1: <!-- jobs:stat:start --> names no zone, so it is left as it is. The zones are openings, updated, stats, chart, counts (openings:NAME for a board\'s "zone"); correct the name if it is meant as a marker.'
      ])
    })
  })
})
