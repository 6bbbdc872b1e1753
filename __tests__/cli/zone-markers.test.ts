/**
 * Which marker lines the built CLI reads as markers, and what it says about the others: it must
 * agree with GitHub (cmark-gfm) on every line, refuse a needed zone whose markers GitHub shows as
 * text with the block that hides them and how to end it, and warn of an optional zone's marker
 * written where it is not one.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
import { gfmMarkerLines, renderGfm } from '../helpers/cmark.js'

const START = '<!-- jobs:openings:start -->'
const END = '<!-- jobs:openings:end -->'
const ARGS = ['--listings', 'listings.json', '--now', '2025-10-22T00:00:00Z']
const LISTINGS = [
  {
    id: '1',
    company: 'Acme',
    title: 'Backend Engineer',
    url: 'https://jobs.example/1',
    posted_at: '2025-10-20T10:00:00Z'
  }
]
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const readme = (...lines: string[]) => lines.map(line => `${line}\n`).join('')

/** Runs the CLI on a scratch board with this README; returns the run and the README after it. */
function run(text: string) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': text, 'listings.json': JSON.stringify(LISTINGS) })
  const result = runCli(ARGS, { cwd: dir })
  return { ...result, after: read(join(dir, 'README.md')) }
}

describe('a tag line right after a table', () => {
  // cmark-gfm reads any line after a table row as one more row, so the table, not a paragraph,
  // is the container the tag line matched: a tag alone on it starts an HTML block (kind 7) that
  // runs to the next blank line and takes the markers in.
  const table = ['| Legend | Meaning |', '| --- | --- |', '| 🛂 | No sponsorship |']
  const cases: Record<string, string[]> = {
    '<br>': [...table, '<br>'],
    'an image': [...table, '<img src="a.png">'],
    'a closing tag': [...table, '</b>'],
    'a custom element': [...table, '<custom-tag>'],
    'a span after a table with no rows': ['| a |', '| - |', '<span>'],
    'a tag after a table a paragraph runs into': ['text', ...table, '<br>'],
    'a tag after a row without pipes': ['| a |', '|-|', 'x', '<br>']
  }
  for (const [name, before] of Object.entries(cases))
    it(`refuses the zone after ${name}, naming the HTML block and the blank line it needs`, () => {
      const text = readme('# Jobs', '', ...before, START, END, '', 'More text.')
      const startLine = before.length + 3
      expect(gfmMarkerLines(text, START)).toEqual([])
      const result = run(text)
      expect(result.status).toBe(3)
      expect(result.stderr).toContain(
        `Line ${startLine} holds ${START}, but not as a marker: it is inside the HTML block that starts on line ${startLine - 1} (GitHub reads every line up to the next blank one as that HTML). Put a blank line before line ${startLine}.`
      )
      expect(result.after).toBe(text)
      // After a blank line GitHub reads the markers, and the zone is written.
      const blank = readme('# Jobs', '', ...before, '', START, END, '', 'More text.')
      expect(gfmMarkerLines(blank, START)).toEqual([startLine + 1])
      const written = run(blank)
      expect([written.status, written.stderr]).toEqual([0, ''])
      expect(gfmMarkerLines(written.after, START)).toEqual([startLine + 1])
      expect(written.after).toContain('Backend Engineer')
    })

  it('refuses the end marker when only it follows the tag', () => {
    const text = readme('# Jobs', '', START, '', ...table, '<br>', END, '', 'More text.')
    expect(gfmMarkerLines(text, END)).toEqual([])
    const result = run(text)
    expect(result.status).toBe(3)
    expect(result.stderr).toContain(
      `Line 3: ${START} has no ${END} after it: the one on line 9 is inside the HTML block that starts on line 8 (GitHub reads every line up to the next blank one as that HTML). Put a blank line before line 9;`
    )
    expect(result.after).toBe(text)
  })
})

describe('an end marker inside a code block opened in the zone', () => {
  it('names the code block and its fence, not a missing end marker', () => {
    for (const fence of ['```', '~~~~']) {
      const text = readme('# Jobs', '', START, fence, 'old notes', END, '', 'Hand-written text.')
      expect(gfmMarkerLines(text, END)).toEqual([])
      const result = run(text)
      expect(result.status).toBe(3)
      expect(result.stderr).toContain(
        `Line 3: ${START} has no ${END} after it: the one on line 6 is inside the code block opened on line 4, which is not closed before it. Close the code block of line 4 with ${fence} before line 6; nothing was written.`
      )
      expect(result.after).toBe(text)
    }
  })
})

describe("an optional zone's marker that is not one", () => {
  // Markers shown in a fenced code block are how a README shows them, and a lone one tells of
  // a marker: no warning for either.
  const openings = ['# Jobs', '', START, END, '']
  const shown = [
    '',
    '```',
    '<!-- jobs:updated:start -->',
    '<!-- jobs:updated:end -->',
    '```',
    '',
    '    <!-- jobs:chart:start -->'
  ]
  const cases: Record<string, string[]> = {
    'both markers on one line': ['<!-- jobs:stats:start --><!-- jobs:stats:end -->'],
    'tab-indented markers': ['\t<!-- jobs:stats:start -->', '\t<!-- jobs:stats:end -->']
  }
  for (const [name, stats] of Object.entries(cases))
    it(`warns of ${name}, with the hint the openings zone gets, and writes the rest`, () => {
      const text = readme(...openings, ...stats, ...shown)
      expect(gfmMarkerLines(text, '<!-- jobs:stats:start -->')).toEqual([])
      const result = run(text)
      expect(result.status).toBe(0)
      expect(result.stderr).toBe(
        'warning: The README has no stats zone, so none is written. Line 6 holds <!-- jobs:stats:start -->, but not as a marker: a marker stands alone on its line, not indented, after a blank line, outside code blocks and other HTML. Put <!-- jobs:stats:start --> and <!-- jobs:stats:end -->, each alone on its line, where the stats should go.\n'
      )
      expect(result.after).toContain('Backend Engineer')
    })

  it('warns of markers in another case, naming the case they are read in', () => {
    const text = readme(...openings, '<!-- jobs:STATS:start -->', '<!-- jobs:STATS:end -->')
    const result = run(text)
    expect(result.status).toBe(0)
    expect(result.stderr).toContain(
      'warning: The README has no stats zone, so none is written. Line 6 holds <!-- jobs:STATS:start -->: markers are read in their exact case, <!-- jobs:stats:start -->.'
    )
  })
})

describe('a marker inside an HTML block that ends at its closing sequence', () => {
  // HTML blocks of kinds 1 to 5 end at the first line holding their closing sequence, not at a
  // blank line: a blank line does not help, closing them does.
  const cases: Record<string, { open: string; closer: string }> = {
    'an unclosed declaration': { open: '<!DOCTYPE x', closer: '>' },
    'an unclosed <pre>': { open: '<pre>', closer: '</pre>' },
    'an unclosed processing instruction': { open: '<?php', closer: '?>' },
    'an unclosed CDATA section': { open: '<![CDATA[', closer: ']]>' }
  }
  for (const [name, { open, closer }] of Object.entries(cases))
    it(`says to close ${name}, not to add the blank line that is there`, () => {
      const text = readme('# Jobs', '', open, '', START, 'x', END)
      expect(gfmMarkerLines(text, START)).toEqual([])
      const result = run(text)
      expect(result.status).toBe(3)
      // The end marker on line 7 is one for GitHub after a declaration (its `>` on line 5 ends
      // it), and hidden too after the others; either way line 5 is the one named.
      const hidden = `inside the HTML block that starts on line 3 (GitHub reads every line up to the first one holding ${closer} as that HTML). Close the HTML of line 3 with ${closer} before line 5`
      expect(result.stderr).toMatch(
        new RegExp(
          `(the one on line 5 is|Line 5 holds ${START}, but not as a marker: it is) ${escape(hidden)}[;.]`
        )
      )
      expect(result.stderr).not.toContain('blank line')
      expect(result.after).toBe(text)
    })

  it('still asks for a blank line after a block that ends at one', () => {
    const text = readme('# Jobs', '', '<div>', START, END)
    expect(run(text).stderr).toContain(
      'inside the HTML block that starts on line 3 (GitHub reads every line up to the next blank one as that HTML). Put a blank line before line 4.'
    )
  })
})

describe('a zone whose content ends in an HTML block that runs to a blank line', () => {
  // `<p …>` and `<div …>` start HTML blocks of kinds 6 and 7, which run to the next blank line:
  // with its end marker on the next line, GitHub reads that marker as part of the HTML, and the
  // next run could not find the zone. A blank line goes before the end marker.
  const zones = { updated: '<!-- jobs:updated:start -->', counts: '<!-- jobs:counts:start -->' }
  const endOf = (start: string) => start.replace(':start', ':end')
  const cases: Record<string, { zone: keyof typeof zones; args: string[]; shown: string }> = {
    'an updated template of one <p> line': {
      zone: 'updated',
      args: ['--updated', '<p align="right">Last updated: {{ now | date: "%Y-%m-%d" }}</p>'],
      shown: '<p align="right">Last updated: 2025-10-22</p>'
    },
    'a counts template of one <div> line': {
      zone: 'counts',
      args: ['--counts', '<div align="center">{{ total }} open roles</div>'],
      shown: '<div align="center">1 open roles</div>'
    },
    'an updated template of one tag alone on its line (kind 7)': {
      zone: 'updated',
      args: ['--updated', '<img alt="updated {{ now | date: "%Y-%m-%d" }}" src="badge.svg">'],
      shown: '<img alt="updated 2025-10-22" src="badge.svg">'
    }
  }
  for (const [name, { zone, args, shown }] of Object.entries(cases))
    it(`writes a blank line before the end marker after ${name}, and the next run is a no-op`, () => {
      const start = zones[zone]
      const text = readme('# Jobs', '', start, endOf(start), '', START, END, '', 'More text.')
      const dir = scratchDir()
      writeFiles(dir, { 'README.md': text, 'listings.json': JSON.stringify(LISTINGS) })
      const first = runCli([...ARGS, ...args], { cwd: dir })
      expect([first.status, first.stderr]).toEqual([0, ''])
      const written = read(join(dir, 'README.md'))
      const lines = written.split('\n')
      const endLine = lines.indexOf(endOf(start)) + 1
      expect(lines[endLine - 2]).toBe('')
      // GitHub reads both markers of every zone as markers, and the content as HTML of its own.
      expect(gfmMarkerLines(written, start)).toEqual([3])
      expect(gfmMarkerLines(written, endOf(start))).toEqual([endLine])
      expect(gfmMarkerLines(written, START)).toEqual([endLine + 2])
      expect(gfmMarkerLines(written, END)).toEqual([lines.indexOf(END) + 1])
      expect(renderGfm(written)).toContain(shown)
      expect(written.endsWith('\nMore text.\n')).toBe(true)

      const second = runCli([...ARGS, ...args], { cwd: dir })
      expect([second.status, second.stderr]).toEqual([0, ''])
      expect(second.stdout).toContain('Up to date')
      expect(read(join(dir, 'README.md'))).toBe(written)
    })
})
