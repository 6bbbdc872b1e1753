/**
 * Reading the posting links of a table this tool wrote, without a parse, against the Markdown
 * parse: the same links for tables of hostile rows, and the parse's answer for anything else.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { postingLinks } from '../../src/changes.js'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import type { Listing } from '../../src/model.js'
import { toMarkdown } from '../../src/render/markdown.js'
import { openingsTable } from '../../src/render/openings.js'
import { listing } from '../render/listing.js'
import { listingText, postingUrl } from './arbitraries.js'

const row: fc.Arbitrary<Listing> = fc
  .record({ company: listingText, title: listingText, url: postingUrl, location: listingText })
  .map(fields => listing(fields))

/** What may follow the table in the zone: nothing, the left-out note, or hand-made lines. */
const after = fc.constantFrom(
  '',
  '\n\n_12 older openings are not shown._',
  '\n| **[x](https://x.example/a)** | **[y](https://y.example/b)** |',
  '\nplain line',
  '\n  | indented |',
  '\n\n| a | b |\n| - | - |\n| x | [y](https://z.example) |'
)

/** Hand edits: a character dropped or inserted somewhere. */
const edit = fc.record({
  at: fc.nat(),
  insert: fc.constantFrom('', '|', '\\', '`', '[', ']', '(', ')', '<', ' ', '\n', '*', '&amp;')
})

describe('postingLinks', () => {
  it('reads the links of our tables as the Markdown parse does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 6 }),
        fc.boolean(),
        after,
        async (rows, utm, tail) => {
          const table = openingsTable(rows, {
            labels: DEFAULT_LABELS,
            timezone: 'UTC',
            utm: utm ? { source: 'github', medium: 'repo', campaign: 'c' } : undefined
          })
          const markdown = toMarkdown(table) + tail
          expect(await postingLinks(markdown)).toEqual(
            await postingLinks(markdown, { scan: false })
          )
        }
      ),
      { numRuns: 300 }
    )
  })

  it('reads hand-edited tables as the Markdown parse does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        edit,
        async (rows, { at, insert }) => {
          const written = toMarkdown(
            openingsTable(rows, { labels: DEFAULT_LABELS, timezone: 'UTC' })
          )
          const spot = at % (written.length + 1)
          const markdown = written.slice(0, spot) + insert + written.slice(spot + (insert ? 0 : 1))
          expect(await postingLinks(markdown)).toEqual(
            await postingLinks(markdown, { scan: false })
          )
        }
      ),
      { numRuns: 600 }
    )
  })

  it('reads the position links of a table it wrote', async () => {
    const markdown = toMarkdown(
      openingsTable([listing({ url: 'https://jobs.example/1?a=b&utm_source=x' })], {
        labels: DEFAULT_LABELS,
        timezone: 'UTC'
      })
    )
    expect(await postingLinks(markdown)).toEqual(new Set(['https://jobs.example/1?a=b']))
  })
})
