/**
 * The dedupe keys' table keeps a feed's identity keys as bytes in pages: it must answer as a Map
 * of the same keys would, whatever the keys (any Unicode, empty, long, sharing prefixes) and
 * however many pages it has filled.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { KeyTable } from '../../src/select/key-table.js'

const key = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', 'a', 'A', 'a\u0000', 'é', 'e\u0301', '\uD800', '\uDC00', 'a\uDBFF', '😀'),
  fc.string({
    unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map(code => String.fromCharCode(code)),
    maxLength: 4
  }),
  fc.string({ minLength: 300, maxLength: 2_000 })
)

describe('KeyTable', () => {
  it('answers firstOrAdd and get as a Map does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), key), { maxLength: 400 }), operations => {
        const table = new KeyTable()
        const map = new Map<string, number>()
        for (const [index, [add, text]] of operations.entries()) {
          if (add) {
            expect(table.firstOrAdd(text, index)).toBe(map.get(text))
            if (!map.has(text)) map.set(text, index)
          } else expect(table.get(text)).toBe(map.get(text))
        }
        for (const [text, value] of map) expect(table.get(text)).toBe(value)
      }),
      { numRuns: 200 }
    )
  })

  it('tells apart two keys of one length and one hash', () => {
    // FNV-1a gives both -2108161621: only their bytes differ.
    const table = new KeyTable()
    expect(table.firstOrAdd('k0062vu', 1)).toBeUndefined()
    expect(table.get('k00duea')).toBeUndefined()
    expect(table.firstOrAdd('k00duea', 2)).toBeUndefined()
    expect([table.get('k0062vu'), table.get('k00duea')]).toEqual([1, 2])
  })

  it('keeps apart keys that differ only in a lone surrogate, which UTF-8 cannot hold', () => {
    // A feed's JSON can hold one ("\ud800"); as UTF-8 both would be U+FFFD.
    const table = new KeyTable()
    expect(table.firstOrAdd('id-\uD800', 1)).toBeUndefined()
    expect(table.firstOrAdd('id-\uDC00', 2)).toBeUndefined()
    expect(table.firstOrAdd('id-\uFFFD', 3)).toBeUndefined()
    expect(table.firstOrAdd('id-\uD83D\uDE00', 4)).toBeUndefined()
    expect(['id-\uD800', 'id-\uDC00', 'id-\uFFFD', 'id-😀'].map(key => table.get(key))).toEqual([
      1, 2, 3, 4
    ])
  })

  it('keeps every key through growth, a hundred thousand of them', () => {
    const table = new KeyTable()
    for (let index = 0; index < 100_000; index++)
      expect(table.firstOrAdd(`https://jobs.example/${index}`, index)).toBeUndefined()
    for (let index = 0; index < 100_000; index += 997)
      expect(table.firstOrAdd(`https://jobs.example/${index}`, -1)).toBe(index)
    expect(table.get('https://jobs.example/100000')).toBeUndefined()
  })

  it('keeps keys longer than a page beside short ones, across pages', () => {
    // A page holds at most 1 MiB of keys; a key of 3 MB of UTF-8 gets a page of its own.
    const long = (index: number) => `${index}:${'é'.repeat(700_000 + index)}`
    const table = new KeyTable()
    for (let index = 0; index < 40; index++) {
      expect(table.firstOrAdd(index % 4 === 0 ? long(index) : `short-${index}`, index)).toBe(
        undefined
      )
    }
    for (let index = 0; index < 40; index++)
      expect(table.get(index % 4 === 0 ? long(index) : `short-${index}`)).toBe(index)
    expect(table.get(long(1))).toBeUndefined()
    expect(table.firstOrAdd(long(8), -1)).toBe(8)
  })
})
