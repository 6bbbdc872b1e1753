/**
 * The form two names are compared in (dedupe, the stats' company count): case and spacing do
 * not matter, whatever whitespace the feed used.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { foldText } from '../src/fold.js'

// Every character `\s` and `trim` know, and a few that are not spacing at all.
const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff']
const word = fc.string({
  unit: fc.constantFrom('a', 'B', 'é', 'Ｆ', '1', '-', '\u200b'),
  minLength: 1,
  maxLength: 6
})
const spacing = fc.string({ unit: fc.constantFrom(...SPACES), minLength: 1, maxLength: 3 })

describe('foldText', () => {
  it('reads words apart by any spacing, and any case, as one text', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.array(spacing, { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (words, spaces, edges) => {
          const plain = words.join(' ')
          const spaced =
            (edges ? spaces[0] : '') +
            words.map((text, index) => (index === 0 ? text : spaces[index] + text)).join('') +
            (edges ? spaces[5] : '')
          expect(foldText(spaced)).toBe(foldText(plain.toUpperCase()))
          expect(foldText(spaced)).not.toMatch(/^\s|\s$|\s\s|[^\S ]/)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('keeps text already in its folded form as it is', () => {
    expect(foldText('acme corp')).toBe('acme corp')
    expect(foldText('  ACME\u00a0\tCorp ')).toBe('acme corp')
    expect(foldText('Ｆｏｏ')).toBe('foo')
  })

  it('leaves out the characters that show nothing, so a name padded with them is the same name', () => {
    for (const padded of [
      'Acme\u3164',
      'Ac\u200bme',
      '\u00adAcme',
      'Acme\u115f\u1160',
      'Acme\u{E0020}'
    ])
      expect(foldText(padded)).toBe('acme')
    expect(foldText('Acme \u200b Corp')).toBe('acme corp')
  })
})
