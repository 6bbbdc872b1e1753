import { describe, expect, it } from '@jest/globals'
import type { Root } from 'mdast'
import { toMarkdown } from '../../src/render/markdown.js'
import { renderGfm } from '../helpers/cmark.js'

function paragraphOf(value: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }
}

describe('toMarkdown', () => {
  it('ends lines with LF and the text without a newline', () => {
    const tree: Root = {
      type: 'root',
      children: [paragraphOf('one').children[0]!, paragraphOf('two').children[0]!]
    }
    expect(toMarkdown(tree)).toBe('one\n\ntwo')
  })

  // cmark-gfm has no math; GitHub renders `$…$` as math after it.
  it('escapes dollar signs, which GitHub would render as math', () => {
    expect(toMarkdown(paragraphOf('$80k-$100k'))).toBe('\\$80k-\\$100k')
  })

  // Math takes two: a lone `$` is written as it is, as a board's Salary cells write it.
  it('writes a lone dollar sign of a paragraph or a table row as it is, and escapes both of a row that holds two', () => {
    expect(toMarkdown(paragraphOf('From $80k a year'))).toBe('From $80k a year')
    const row = (...cells: string[]) => ({
      type: 'tableRow' as const,
      children: cells.map(value => ({
        type: 'tableCell' as const,
        children: [{ type: 'text' as const, value }]
      }))
    })
    const table = (...rows: ReturnType<typeof row>[]): Root => ({
      type: 'root',
      children: [{ type: 'table', children: [row('Company', 'Salary', 'Bonus'), ...rows] }]
    })
    expect(toMarkdown(table(row('Acme', '$172k/yr', 'none'), row('Beta', '$90k', '$5k')))).toBe(
      [
        '| Company | Salary | Bonus |',
        '| - | - | - |',
        '| Acme | $172k/yr | none |',
        '| Beta | \\$90k | \\$5k |'
      ].join('\n')
    )
  })

  // Seed -1246481113 of the serializer property: U+2029 is whitespace to JavaScript's \s but
  // not to cmark-gfm, nor is a symbol such as €; after `_Remote&#x20;_` either keeps it open.
  it.each(['\u2029 x', '€ x'])(
    'closes emphasis before %j, which GitHub counts as neither space nor punctuation',
    after => {
      const tree: Root = {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'emphasis', children: [{ type: 'text', value: 'Remote ' }] },
              { type: 'text', value: after }
            ]
          }
        ]
      }
      expect(renderGfm(toMarkdown(tree))).toContain('<em>Remote </em>')
    }
  )

  // Seed -2060543492 of the serializer property: the general writer leaves U+2029 raw before
  // `**`, where cmark-gfm then does not open the strong; ours writes it as a reference.
  it.each(['\u2029', '\v'])(
    'opens strong after %j, which GitHub does not take for whitespace',
    before => {
      const tree: Root = {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: before },
              {
                type: 'strong',
                children: [
                  {
                    type: 'link',
                    url: 'http://jobs.example/0',
                    children: [{ type: 'text', value: 'Remote' }]
                  }
                ]
              }
            ]
          }
        ]
      }
      expect(renderGfm(toMarkdown(tree))).toContain(
        '<strong><a href="http://jobs.example/0">Remote</a></strong>'
      )
    }
  )

  it('writes a hard break as two trailing spaces', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: 'b' }]
        }
      ]
    }
    expect(toMarkdown(tree)).toBe('a  \nb')
  })

  // Seed 2011837208: after strong ending in a space the general writer's break was lost.
  it('keeps a hard break after strong that ends in a space', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [{ type: 'text', value: 'Remote ' }] },
            { type: 'break' },
            { type: 'emphasis', children: [{ type: 'text', value: 'Acme' }] }
          ]
        }
      ]
    }
    expect(renderGfm(toMarkdown(tree))).toBe(
      '<p><strong>Remote </strong><br />\n<em>Acme</em></p>\n'
    )
  })
})
