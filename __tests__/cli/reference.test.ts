import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { findZones } from '../../src/zones/find.js'
import { renderGfm } from '../helpers/cmark.js'
import { read, REFERENCE, runCli, withReferenceFiles } from '../helpers/cli.js'

const referenceArgs = [
  '--listings',
  'listings.json',
  '--category',
  'backend',
  '--now',
  '2025-10-22T20:30:00Z'
]

/** The README with every zone's content cut out: what must stay byte for byte. */
async function outsideZones(readme: string): Promise<string[]> {
  const zones = [...(await findZones(readme, 'jobs')).values()].sort(
    (a, b) => a.contentStart - b.contentStart
  )
  const parts: string[] = []
  let offset = 0
  for (const zone of zones) {
    parts.push(readme.slice(offset, zone.contentStart))
    offset = zone.contentEnd
  }
  parts.push(readme.slice(offset))
  return parts
}

describe('the reference example through the built CLI', () => {
  const dir = withReferenceFiles('listings.json', 'README.template.md')
  const run = runCli([...referenceArgs, '--readme', 'README.template.md', '--out', 'OUT.md'], {
    cwd: dir
  })
  const written = read(join(dir, 'OUT.md'))
  const template = read(join(REFERENCE, 'README.template.md'))
  const expected = read(join(REFERENCE, 'README.expected.md'))

  it('succeeds and reports the counts', () => {
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('50 openings (+50 -0), 34% remote, 42 companies, avg salary 139k')
  })

  it('writes a README that GitHub renders exactly as the expected one', () => {
    expect(renderGfm(written)).toBe(renderGfm(expected))
  })

  it('keeps every byte outside the zones', async () => {
    expect(await outsideZones(written)).toEqual(await outsideZones(template))
  })

  it('leaves the template itself alone when --out is given', () => {
    expect(read(join(dir, 'README.template.md'))).toBe(template)
  })

  it('skips the three invalid records with one warning each, naming them', () => {
    const warnings = run.stderr.split('\n').filter(line => line.startsWith('warning: Skipped'))
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toMatch(/#24 \(id bad-1\).*company/)
    expect(warnings[1]).toMatch(/#34 \(id bad-2\).*url/)
    expect(warnings[2]).toMatch(/#44 \(id bad-3\).*posted_at/)
  })

  it('finds nothing to change on a second run (--check exits 0)', () => {
    const check = runCli([...referenceArgs, '--readme', 'OUT.md', '--check'], { cwd: dir })
    expect(check.stdout).toContain('Up to date: OUT.md: 50 openings (+0 -0)')
    expect(check.status).toBe(0)
  })

  it('--check exits 1 on the template, which would change, and writes nothing', () => {
    const check = runCli([...referenceArgs, '--readme', 'README.template.md', '--check'], {
      cwd: dir
    })
    expect(check.status).toBe(1)
    expect(check.stdout).toContain('Would change: README.template.md: 50 openings (+50 -0)')
    expect(read(join(dir, 'README.template.md'))).toBe(template)
  })
})
