/** Renders Markdown the way GitHub does, so tests can assert on what a reader of the README sees. */

import { execFileSync } from 'node:child_process'

const CMARK_GFM = '/usr/bin/cmark-gfm'

// The flags GitHub passes to cmark-gfm for README files.
const GITHUB_FLAGS = [
  '--unsafe',
  '-e',
  'table',
  '-e',
  'strikethrough',
  '-e',
  'autolink',
  '-e',
  'tagfilter',
  '-e',
  'tasklist'
]

export function renderGfm(markdown: string): string {
  return execFileSync(CMARK_GFM, GITHUB_FLAGS, { input: markdown, encoding: 'utf8' })
}

/**
 * The 1-based lines of the HTML blocks cmark-gfm (GitHub) reads directly in the document, with
 * their text: a zone marker counts for GitHub only as one of these, alone.
 */
export function gfmTopLevelHtml(markdown: string): { line: number; text: string }[] {
  const xml = execFileSync(CMARK_GFM, [...GITHUB_FLAGS, '-t', 'xml', '--sourcepos'], {
    input: markdown,
    encoding: 'utf8'
  })
  const blocks = /^ {2}<html_block sourcepos="(\d+):\d+-\d+:\d+"[^>]*>([^<]*)<\/html_block>/gm
  return [...xml.matchAll(blocks)].map(([, line, text]) => ({
    line: Number(line),
    text: text!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim()
  }))
}

/** The lines where GitHub sees `marker` as a zone marker. */
export function gfmMarkerLines(markdown: string, marker: string): number[] {
  return gfmTopLevelHtml(markdown)
    .filter(block => block.text === marker)
    .map(block => block.line)
}
