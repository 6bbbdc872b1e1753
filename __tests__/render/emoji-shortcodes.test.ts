/**
 * GitHub shows an emoji shortcode (`:rocket:`, `:+1:`) as the emoji, in a README as in a
 * comment. A listing's text writes one as text: split by an empty HTML comment, as a mention
 * is, it shows as the listing wrote it, in a pipe table and an HTML table (the stats block's
 * skills go through the same text); links keep their addresses as they are.
 */
import { describe, expect, it } from '@jest/globals'
import type { Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { runBoard } from '../hostile/board.js'
import { renderGfm } from '../helpers/cmark.js'
import { readTable } from './html.js'

const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  '',
  '<!-- jobs:stats:start -->',
  '<!-- jobs:stats:end -->',
  ''
].join('\n')

const OPENING = {
  id: '1',
  company: 'Acme :rocket: Labs',
  title: 'Engineer :x: :+1: :100:',
  location: 'Toronto :ca:',
  url: 'https://jobs.example/a:b:c',
  posted_at: '2025-10-22',
  categories: ['backend']
}

/** Each text node of `html`, outside code, in which GitHub would show an emoji. */
function shortcodes(html: string): string[] {
  const found: string[] = []
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'text' && /:[\w+-]+:/.test(node.value)) found.push(node.value)
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return
    if (node.type === 'root' || node.type === 'element')
      for (const child of node.children) visit(child)
  }
  visit(fromHtml(html, { fragment: true }))
  return found
}

describe('an emoji shortcode in listing text', () => {
  it.each([
    ['a pipe table', {}],
    ['an HTML table', { table: 'format: html' }]
  ])('shows as written in %s', async (_, inputs) => {
    const { result } = await runBoard(README, [OPENING], 'json', { utm: 'false', ...inputs })
    const html = renderGfm(result.after)

    expect(shortcodes(html)).toEqual([])
    const shown = readTable(html)
    expect(shown.rows[0]?.slice(0, 3)).toEqual([
      'Acme :rocket: Labs',
      'Engineer :x: :+1: :100:',
      'Toronto :ca:'
    ])
    expect(shown.links).toEqual(['https://jobs.example/a:b:c'])
  })

  it('leaves a time or a ratio without a closing colon as one piece of text', async () => {
    const { result } = await runBoard(
      README,
      [{ ...OPENING, title: 'Shift 9:30 to 5, 19:28:57 UTC' }],
      'json'
    )
    expect(result.after).toContain('Shift 9:30 to 5, 19:28:57 UTC')
  })
})
