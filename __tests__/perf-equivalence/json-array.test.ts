/**
 * The element-by-element JSON array reader against a parse of the whole text: the same records
 * for any array, and for a broken one the same line, column and words as json-syntax.ts finds.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { JsonArraySyntaxError, jsonArrayBatches } from '../../src/load/json-array.js'
import { findJsonSyntaxError } from '../../src/load/json-syntax.js'

type Outcome = { records: unknown[] } | { error: string }

/** What a whole-text parse gives. */
function wholeText(text: string): Outcome {
  try {
    return { records: JSON.parse(text) as unknown[] }
  } catch {
    const found = findJsonSyntaxError(text)
    return {
      error: found ? `line ${found.line}, column ${found.column}: ${found.problem}` : 'none found'
    }
  }
}

/** What the reader gives when the text arrives cut at `cuts`. */
async function elementwise(text: string, cuts: number[]): Promise<Outcome> {
  const offsets = [...new Set(cuts.map(cut => cut % (text.length + 1)))].sort((a, b) => a - b)
  const pieces = [0, ...offsets, text.length]
    .slice(1)
    .map((end, index, ends) => text.slice(index ? ends[index - 1] : 0, end))
  async function* chunks() {
    yield* pieces.filter(piece => piece !== '')
  }
  const records: unknown[] = []
  try {
    for await (const batch of jsonArrayBatches(chunks())) records.push(...batch)
    return { records }
  } catch (error) {
    if (!(error instanceof JsonArraySyntaxError)) throw error
    return { error: error.message }
  }
}

const record = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }
)

/** A JSON array written with any spacing, escapes and line endings. */
const arrayText = fc
  .tuple(fc.array(record, { maxLength: 6 }), fc.constantFrom(undefined, 1, '\t', ' \r\n'))
  .map(([records, indent]) => {
    const text = JSON.stringify(records, null, indent as string | number | undefined)
    return indent === ' \r\n' ? text.replace(/\n/g, '\r\n') : text
  })
  .filter(text => text.trimStart().startsWith('['))

/** The kinds of damage a feed suffers: a character dropped, one inserted, a cut. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(',', ']', '}', '"', '\\', '\n', 'x', '[', '{', ' ', '\u0001', '1')
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() })
)

function damaged(
  text: string,
  change: fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; text?: string }
): string {
  const at = change.at % (text.length + 1)
  if (change.kind === 'drop') return text.slice(0, at) + text.slice(at + 1)
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at)
  return text.slice(0, at)
}

const cuts = fc.array(fc.nat(), { maxLength: 6 })

describe('jsonArrayBatches', () => {
  it('reads the same records as a parse of the whole text, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(arrayText, cuts, async (text, at) => {
        expect(await elementwise(text, at)).toEqual(wholeText(text))
      }),
      { numRuns: 500 }
    )
  })

  it('names the same line, column and problem as a scan of the whole text', async () => {
    await fc.assert(
      fc.asyncProperty(
        arrayText,
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        cuts,
        async (text, changes, at) => {
          const broken = changes.reduce(damaged, text)
          fc.pre(broken.trimStart().startsWith('['))
          expect(await elementwise(broken, at)).toEqual(wholeText(broken))
        }
      ),
      { numRuns: 1500 }
    )
  })

  it('finds an error after the array', async () => {
    expect(await elementwise('[1]\n x', [])).toEqual({
      error: 'line 2, column 2: unexpected "x" after the end of the JSON value'
    })
  })
})
