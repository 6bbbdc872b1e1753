/**
 * The line scan that finds markers without parsing (src/zones/marker-lines.ts) against the
 * Markdown parse: the same zones, or the same error, on generated READMEs full of fences,
 * indented code, HTML blocks, lists, quotes, tables and markers in and out of them.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findZones } from '../../src/zones/find.js'
import { markerLines } from '../../src/zones/marker-lines.js'

const NAMES = ['openings', 'updated', 'stats', 'chart']

const marker = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom('start', 'end'),
    fc.constantFrom('jobs', 'other')
  )
  .chain(([name, edge, prefix]) =>
    fc.constantFrom(
      `<!-- ${prefix}:${name}:${edge} -->`,
      `<!--${prefix}:${name}:${edge}-->`,
      `<!-- ${prefix}:${name}:${edge} --> `,
      `<!-- ${prefix}:${name}:${edge} --> trailing`,
      `<!--\t${prefix}:${name}:${edge}\u00a0-->`
    )
  )

/** Lines that mean something to a Markdown block parser, and ordinary ones. */
const special = fc.constantFrom(
  '```',
  '```js',
  '````',
  '~~~',
  '~~~ x',
  '``` a`b',
  ' ```',
  '   ```',
  '    ```',
  '<div>',
  '</div>',
  '<div align="center">',
  '<p align="center">',
  '<div.x>',
  '<DIV>',
  '<table>',
  '<pre>',
  '</pre>',
  '<script>',
  '<style>',
  '<textarea>',
  '<img src="x.png">',
  '<img src=x>',
  '<br/>',
  '<a href="x">',
  '</a>',
  '<http://x.example>',
  '<sub><small>Last updated</small></sub>',
  '<b>bold</b> text',
  '<3 love',
  '<!-- comment -->',
  '<!--',
  '-->',
  '<!-->',
  '<!--->',
  '<!-- a -- b -->',
  '<?php',
  '?>',
  '<!DOCTYPE html>',
  '<![CDATA[',
  ']]>',
  '    indented code',
  '\tindented code',
  '  <div>',
  '   <!-- jobs:openings:start -->',
  '- item',
  '* item',
  '+ item',
  '1. item',
  '2) item',
  '- <div>',
  '- ```',
  '  - nested',
  '-',
  '> quote',
  '> <div>',
  '> ```',
  '>',
  '> - item',
  '> <!-- jobs:openings:end -->',
  '- <!-- jobs:openings:start -->',
  '1. <!-- jobs:stats:end -->',
  '[^1]: note',
  '[^1]: <!-- jobs:openings:start -->',
  '    continued note',
  '| a | b |',
  '| - | - |',
  '| --- | :-: |',
  'a | b',
  '|---|',
  '  ',
  '\t ',
  '# Heading',
  '## Heading',
  'Setext',
  '===',
  '---',
  '***',
  '',
  '[ref]: https://x.example "title',
  '"',
  '\\<!-- jobs:openings:start -->',
  '`<!-- jobs:openings:start -->`'
)

const text = fc.constantFrom('Plain text.', 'A *job* board', 'Some <span>inline</span> html', 'x')

const line = fc.oneof(
  { weight: 3, arbitrary: marker },
  { weight: 4, arbitrary: special },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.constant('') }
)

const readme = fc
  .tuple(
    fc.array(line, { maxLength: 24 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
    fc.boolean()
  )
  .map(
    ([lines, eol, bom, finalEol]) => (bom ? '\uFEFF' : '') + lines.join(eol) + (finalEol ? eol : '')
  )

type Outcome = { zones: unknown } | { error: string }

async function outcome(text: string, scan: boolean): Promise<Outcome> {
  try {
    return { zones: [...(await findZones(text, 'jobs', { scan }))] }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

describe('finding zones by a line scan', () => {
  it('finds what the Markdown parse finds, or leaves the README to it', async () => {
    let scanned = 0
    await fc.assert(
      fc.asyncProperty(readme, async text => {
        if (markerLines(text, /^<!--\s*jobs:(openings|updated|stats|chart):(start|end)\s*-->$/))
          scanned++
        expect(await outcome(text, true)).toEqual(await outcome(text, false))
      }),
      { numRuns: 3000 }
    )
    // The scan must answer often enough for the comparison to mean something.
    expect(scanned).toBeGreaterThan(600)
  })

  it('needs no parse for a board README with a fence, a list and block-level HTML', () => {
    const text = [
      '<p align="center">',
      '  <img src="logo.png">',
      '</p>',
      '',
      '<!-- jobs:openings:start -->',
      '| Company | Position |',
      '| - | - |',
      '| **[Acme](https://acme.example)** | **Backend<!-- -->.dev** |',
      '<!-- jobs:openings:end -->',
      '',
      '- a list',
      '```markdown',
      '<!-- jobs:openings:start -->',
      '```'
    ].join('\n')
    expect(markerLines(text, /^<!--\s*jobs:(openings):(start|end)\s*-->$/)).toEqual([
      { line: 5, text: '<!-- jobs:openings:start -->' },
      { line: 9, text: '<!-- jobs:openings:end -->' }
    ])
  })
})
