import { describe, expect, it } from '@jest/globals'
import type { Root } from 'mdast'
import { toMarkdown } from '../../src/render/markdown.js'

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
})
