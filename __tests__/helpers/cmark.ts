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
