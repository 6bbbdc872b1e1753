/**
 * A refusal that quotes long answers is cut to the 65,536 characters GitHub takes: never inside
 * a quoted answer's code span, whose text would otherwise read as Markdown (a live mention).
 */
import { describe, expect, it } from '@jest/globals'
import { COMMENT_LIMIT, withinLimit } from '../../src/contribute/github-issues.js'
import { renderGfm } from '../helpers/cmark.js'

/** The text GitHub shows outside code: what a mention or a link could be made of. */
function outsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '')
}

describe('a comment past the limit', () => {
  const fence = '`'.repeat(61)
  const quoted = (n: number) => `${fence} ### B${n} @octocat ${fence}`
  const body = `Not applied: the form has sections no field reads: ${Array.from({ length: 600 }, (_, n) => quoted(n)).join(', ')}.`

  it('is cut before the code span the limit falls in, and said so', () => {
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT)
    const cut = withinLimit(body)
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut).toMatch(/, \n\n… \(cut here: /)
    expect(outsideCode(renderGfm(cut))).not.toContain('@octocat')
  })

  it('wherever the limit falls in a span', () => {
    for (const shift of [0, 1, 7, 30, 61, 62, 80]) {
      const cut = withinLimit(`${'x'.repeat(shift)}${body}`)
      expect(outsideCode(renderGfm(cut))).not.toContain('@octocat')
      expect(cut.length).toBeGreaterThan(COMMENT_LIMIT - 200)
    }
  })

  it('is left whole when it fits', () => {
    expect(withinLimit(quoted(1))).toBe(quoted(1))
  })
})
