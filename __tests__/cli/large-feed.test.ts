/**
 * A local feed larger than one read of the disk, its text full of characters of two, three and
 * four bytes: read in pieces, every character arrives whole, in every layout of the file.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const COUNT = 3000
// Each record's text shifts the next one's bytes: characters straddle every boundary of a read.
const TITLES = [
  'Ingénieur backend',
  'バックエンドエンジニア',
  'Backend 🚀 engineer',
  'Ünïcödé backend dev'
]

function records(): object[] {
  return Array.from({ length: COUNT }, (_, index) => ({
    id: String(index),
    company: `Société ${'é'.repeat(index % 7)} ${index}`,
    title: `${TITLES[index % TITLES.length]} ${index}`,
    url: `https://jobs.example/${index}`,
    location: 'Zürich',
    posted_at: '2025-10-20T00:00:00Z',
    categories: ['backend'],
    description: '説明 🚀 '.repeat(40 + (index % 13))
  }))
}

const LAYOUTS: Record<string, (all: object[]) => string> = {
  'listings.json': all => JSON.stringify(all),
  'listings.jsonl': all => all.map(record => JSON.stringify(record)).join('\n')
}

describe('a feed read from the disk in pieces', () => {
  it.each(Object.keys(LAYOUTS))('%s: every character of every listing arrives whole', name => {
    const dir = scratchDir()
    const all = records()
    const text = LAYOUTS[name]!(all)
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024)
    writeFiles(dir, {
      [name]: text,
      'README.md': '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    })
    const run = runCli(
      [
        '--listings',
        name,
        '--max-rows',
        '0',
        '--max-bytes',
        '100000000',
        '--max-age-days',
        '0',
        '--now',
        '2025-10-22T00:00:00Z'
      ],
      { cwd: dir }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    expect(readme).not.toContain('\uFFFD')
    for (const index of [0, 1, 2, 3, 1234, COUNT - 1])
      expect(readme).toContain(`${TITLES[index % TITLES.length]} ${index}`)
    expect(readme.match(/https:\/\/jobs\.example\/\d+/g)).toHaveLength(COUNT)
  })
})
