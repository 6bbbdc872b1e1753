/**
 * README faults through the built CLI (run `npm run build` first). Each README either works
 * as SPEC.md says (every byte outside the zones kept, a second run changes nothing) or the
 * run fails with exit 1 and a message naming the line, and nothing is written.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ZoneName } from '../../src/zones/find.js'
import { renderGfm } from '../helpers/cmark.js'
import { CLI, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
import { readTable } from '../render/html.js'
import { NOW, TWO_OPENINGS } from './board.js'
import { buildReadme, marker, zoneContents, type Block, type ReadmeOptions } from './readme.js'

const LISTINGS = JSON.stringify(TWO_OPENINGS)

const ARGS = [
  '--listings',
  'jobs.json',
  '--readme',
  'README.md',
  '--category',
  'backend',
  '--now',
  NOW
]

interface Outcome {
  /** The exit code, or "timed out" when the run was killed. */
  status: number | null | 'timed out'
  stderr: string
  /** The README's bytes before and after the run. */
  before: Buffer
  after: Buffer
  /** Every file in the directory after the run. */
  files: string[]
}

/** Runs the built CLI in place on `readme` (written as UTF-8) with the two listings. */
function runOn(readme: string, flags: string[] = [], timeoutMs = 30_000): Outcome {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': readme, 'jobs.json': LISTINGS })
  const before = readFileSync(join(dir, 'README.md'))
  const run = spawnSync(process.execPath, [CLI, ...ARGS, ...flags], {
    cwd: dir,
    encoding: 'utf8',
    timeout: timeoutMs
  })
  return {
    status: run.signal === 'SIGTERM' ? 'timed out' : run.status,
    stderr: run.stderr,
    before,
    after: readFileSync(join(dir, 'README.md')),
    files: readdirSync(dir).sort()
  }
}

const lines = (...texts: string[]) => texts.map(text => `${text}\n`).join('')
const start = (zone: ZoneName) => marker(zone, 'start')
const end = (zone: ZoneName) => marker(zone, 'end')

describe('a README whose markers do not pair up fails, names the line and writes nothing', () => {
  it.each([
    [
      'a start marker without its end',
      lines('# Jobs', start('openings'), 'old row'),
      /^Line 2: <!-- jobs:openings:start --> has no <!-- jobs:openings:end -->/
    ],
    [
      'an end marker without its start',
      lines('# Jobs', end('openings')),
      /^Line 2: <!-- jobs:openings:end --> has no <!-- jobs:openings:start -->/
    ],
    [
      'an end marker before its start',
      lines(end('openings'), start('openings')),
      /^Line 1: <!-- jobs:openings:end --> has no/
    ],
    [
      'a duplicated zone',
      lines(start('openings'), end('openings'), '', start('openings'), end('openings')),
      /^Line 4: a second openings zone \(the first starts on line 1\)/
    ],
    [
      'a duplicated optional zone',
      lines(
        start('stats'),
        end('stats'),
        start('openings'),
        end('openings'),
        start('stats'),
        end('stats')
      ),
      /^Line 5: a second stats zone/
    ],
    [
      'a nested zone',
      lines(start('openings'), start('stats'), end('stats'), end('openings')),
      /^Line 2: the stats zone starts inside the openings zone that starts on line 1/
    ],
    [
      'overlapping zones',
      lines(start('openings'), start('stats'), end('openings'), end('stats')),
      /^Line 2: the stats zone starts inside the openings zone/
    ],
    [
      'an optional zone left open',
      lines(start('openings'), end('openings'), start('updated')),
      /^Line 3: <!-- jobs:updated:start --> has no <!-- jobs:updated:end -->/
    ],
    [
      'an end marker swallowed by an unclosed code fence',
      lines(start('openings'), '```', end('openings')),
      /^Line 1: <!-- jobs:openings:start --> has no/
    ],
    [
      'markers in a blockquote',
      lines('> ' + start('openings'), '> ' + end('openings')),
      /^Line 1: <!-- jobs:openings:start --> is inside a blockquote/
    ],
    [
      'markers in a list item',
      lines('- x', '', '  ' + start('openings'), '  ' + end('openings')),
      /^Line 3: <!-- jobs:openings:start --> is inside a list item/
    ],
    [
      'markers in an ordered list item',
      lines('1. x', '', '   ' + start('openings'), '   ' + end('openings')),
      /^Line 3: .* is inside a list item/
    ],
    [
      'markers in a footnote definition',
      lines('x[^1]', '', '[^1]: note', '', '    ' + start('openings'), '    ' + end('openings')),
      /^Line 5: .* is inside a footnote definition/
    ]
  ])('%s', (_, readme, message) => {
    const { status, stderr, before, after, files } = runOn(readme)
    expect(status).toBe(3)
    expect(stderr.replace(/^jobs-readme: /, '')).toMatch(message)
    expect(stderr).toContain('nothing was written')
    expect(after).toEqual(before)
    expect(files).toEqual(['README.md', 'jobs.json'])
  })
})

describe('a README without a usable openings zone fails and writes nothing', () => {
  it.each([
    ['no markers at all', lines('# Jobs', '', 'Nothing here.'), undefined],
    ['only a stats zone', lines(start('stats'), end('stats')), undefined],
    [
      'markers only in a fenced code block',
      lines('```', start('openings'), end('openings'), '```'),
      `Line 2 holds ${start('openings')}, but not as a marker`
    ],
    [
      'markers only in indented code',
      lines('', '    ' + start('openings'), '    ' + end('openings')),
      `Line 2 holds ${start('openings')}, but not as a marker: a marker stands alone on its line, not indented`
    ],
    [
      'markers only inside an HTML block',
      lines('<details>', start('openings'), end('openings'), '</details>'),
      `Line 2 holds ${start('openings')}, but not as a marker`
    ],
    [
      'markers with another prefix',
      lines('<!-- board:openings:start -->', '<!-- board:openings:end -->'),
      'Line 1 holds <!-- board:openings:start -->: if those are this board\'s markers, set "marker-prefix" to "board"; else write <!-- jobs:openings:start -->.'
    ],
    [
      'markers in upper case',
      lines('<!-- JOBS:OPENINGS:START -->', '<!-- JOBS:OPENINGS:END -->'),
      'Line 1 holds <!-- JOBS:OPENINGS:START -->: markers are read in their exact case, <!-- jobs:openings:start -->.'
    ],
    [
      'markers with text after them on the line',
      lines(start('openings') + ' here', end('openings') + ' here'),
      `Line 1 holds ${start('openings')}, but not as a marker`
    ]
  ])('%s', (_, readme, lookalike) => {
    const { status, stderr, before, after, files } = runOn(readme)
    expect(status).toBe(3)
    expect(stderr).toContain(
      'The README has no openings zone. Put the lines <!-- jobs:openings:start --> and <!-- jobs:openings:end -->'
    )
    if (lookalike) expect(stderr).toContain(`(or run "jobs-readme init"). ${lookalike}`)
    else expect(stderr).not.toContain(' holds ')
    expect(after).toEqual(before)
    expect(files).toEqual(['README.md', 'jobs.json'])
  })

  it('fails for a README that does not exist, and creates none', () => {
    const dir = scratchDir()
    writeFiles(dir, { 'jobs.json': LISTINGS })
    const run = runCli(ARGS, { cwd: dir })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('README "README.md" not found')
    expect(readdirSync(dir)).toEqual(['jobs.json'])
  })
})

describe('a README that works keeps every byte outside its zones', () => {
  /** The run succeeds, keeps the bytes outside the zones, shows the two openings, and a second run changes nothing. */
  function expectWorks(blocks: Block[], options: ReadmeOptions = {}, flags: string[] = []): string {
    const template = buildReadme(blocks, options)
    const dir = scratchDir()
    writeFiles(dir, { 'README.md': template.text, 'jobs.json': LISTINGS })
    const run = runCli([...ARGS, ...flags], { cwd: dir })
    const written = readFileSync(join(dir, 'README.md'), 'utf8')

    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(() => zoneContents(written, template)).not.toThrow()
    expect(readTable(renderGfm(written)).rows.map(row => row[0])).toEqual(['Acme', 'Globex'])
    const again = runCli([...ARGS, ...flags, '--check'], { cwd: dir })
    expect(again.stdout).toMatch(/up to date/i)
    expect(again.status).toBe(0)
    return written
  }

  const THREE_ZONES: Block[] = [
    '# Jobs',
    { zone: 'updated' },
    '',
    { zone: 'openings', content: ['| old | table |', '| --- | --- |'] },
    '',
    { zone: 'stats', content: ['stale stats'] },
    '',
    'The end.'
  ]

  it('keeps CRLF line endings, and gives the generated lines CRLF too', () => {
    const written = expectWorks(THREE_ZONES, { eol: '\r\n' })
    expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('keeps old Mac CR line endings, and gives the generated lines CR too', () => {
    const written = expectWorks(THREE_ZONES, { eol: '\r' })
    expect(written).not.toContain('\n')
  })

  it('keeps a byte order mark', () => {
    expect(expectWorks(THREE_ZONES, { bom: true }).startsWith('\uFEFF# Jobs\n')).toBe(true)
  })

  it('keeps a last line without a newline, even when it is an end marker', () => {
    const written = expectWorks(['# Jobs', { zone: 'openings' }], { finalNewline: false })
    expect(written.endsWith(`\n${end('openings')}`)).toBe(true)
  })

  it('fills empty zones whose markers are adjacent', () => {
    expectWorks([{ zone: 'openings' }, { zone: 'stats' }, { zone: 'updated' }])
  })

  it('works with the openings zone alone', () => {
    expectWorks(['# Jobs', { zone: 'openings' }])
  })

  const ORDERS: ZoneName[][] = [
    ['openings', 'updated', 'stats'],
    ['openings', 'stats', 'updated'],
    ['updated', 'openings', 'stats'],
    ['updated', 'stats', 'openings'],
    ['stats', 'openings', 'updated'],
    ['stats', 'updated', 'openings']
  ]
  it.each(ORDERS)('works with the zones in the order %s, %s, %s', (...order) => {
    expectWorks(order.flatMap(zone => ['', { zone, content: ['stale'] }]))
  })

  it('leaves marker look-alikes in a fence, indented code and an HTML block alone', () => {
    expectWorks([
      '```markdown',
      start('openings'),
      end('openings'),
      '```',
      '',
      '    ' + start('stats'),
      '',
      '<div>',
      end('updated'),
      '</div>',
      '',
      { zone: 'openings', content: ['stale'] }
    ])
  })

  it('fills a zone inside <details> when blank lines set the markers apart', () => {
    expectWorks([
      '<details>',
      '<summary>Openings</summary>',
      '',
      { zone: 'openings' },
      '',
      '</details>'
    ])
  })

  it('accepts markers without spaces or with extra spaces inside the comment', () => {
    const readme = lines('<!--jobs:openings:start-->', '<!--   jobs:openings:end   -->')
    const { status, after } = runOn(readme)
    expect(status).toBe(0)
    expect(readTable(renderGfm(after.toString('utf8'))).rows).toHaveLength(2)
  })

  it('works with another marker prefix', () => {
    const readme = lines('<!-- board:openings:start -->', '<!-- board:openings:end -->')
    const { status, after } = runOn(readme, ['--marker-prefix', 'board'])
    expect(status).toBe(0)
    expect(readTable(renderGfm(after.toString('utf8'))).rows).toHaveLength(2)
  })
})

describe('a 2 MB README', () => {
  /** Two megabytes of ordinary sections (heading, paragraph with a link, a short list) after the zones. */
  function bigReadme(): Block[] {
    const sections = Array.from({ length: 18_000 }, (_, index) => [
      `## Section ${index}`,
      '',
      `Some *text* about [item ${index}](https://example.org/${index}) with \`code\` and more words.`,
      '',
      '- a',
      '- b'
    ])
    return ['# Jobs', '', { zone: 'openings' }, '', ...sections.flat()]
  }

  it('is updated in seconds when max-bytes allows its size, every byte outside the zone kept', () => {
    const template = buildReadme(bigReadme())
    expect(template.text.length).toBeGreaterThan(2_000_000)
    const { status, after } = runOn(template.text, ['--max-bytes', '3000000'], 15_000)
    expect(status).toBe(0)
    expect(() => zoneContents(after.toString('utf8'), template)).not.toThrow()
  })

  it('fails naming max-bytes, rather than emptying the table, when it is over the limit without any opening', () => {
    const template = buildReadme(bigReadme())
    const { status, stderr, before, after } = runOn(template.text, [], 15_000)
    expect(status).toBe(3)
    expect(stderr).toContain('max-bytes')
    expect(after).toEqual(before)
  })
})
