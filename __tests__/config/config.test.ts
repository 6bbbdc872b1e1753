import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseSettings, type RawInputs } from '../../src/config/config.js'
import { oneBoard as parseConfig } from '../helpers/settings.js'
import { DEFAULT_LABELS } from '../../src/config/labels.js'
import { BoardError } from '../../src/errors.js'

const config = (inputs: RawInputs = {}) => parseConfig({ listings: 'jobs.json', ...inputs })
const fixedClock = () => new Date('2026-01-02T03:04:05Z')

function badInput(inputs: RawInputs): BoardError {
  try {
    config(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(BoardError)
    expect((error as BoardError).code).toBe('bad-input')
    return error as BoardError
  }
  throw new Error('expected a bad-input error')
}

describe('parseConfig', () => {
  it('fills the documented defaults', () => {
    const parsed = parseConfig({ listings: 'jobs.json' }, fixedClock)
    expect(parsed).toMatchObject({
      maxRows: 50,
      maxAgeDays: 30,
      readme: 'README.md',
      markerPrefix: 'jobs',
      utm: { source: 'github', medium: 'repo', campaign: 'github-jobs' },
      timezone: 'UTC',
      salaryCurrency: 'USD',
      skillsCount: 5,
      strict: false,
      allowEmpty: false,
      commit: true,
      dryRun: false,
      labels: DEFAULT_LABELS
    })
    expect(parsed.now.toISOString()).toBe('2026-01-02T03:04:05.000Z')
  })

  it('treats an empty input as unset, as the runner passes unset inputs', () => {
    expect(config({ 'max-rows': '', readme: '  ' })).toMatchObject({
      maxRows: 50,
      readme: 'README.md'
    })
  })

  it('requires listings', () => {
    expect(() => parseConfig({})).toThrow('Input "listings": is required')
  })

  it('names the UTM campaign after the category, lower-cased', () => {
    expect(config({ category: 'Backend' }).utm?.campaign).toBe('github-backend-jobs')
    expect(config({ category: 'backend', 'utm-campaign': 'mine' }).utm?.campaign).toBe('mine')
  })

  it('turns UTM off with utm: false', () => {
    expect(config({ utm: 'false' }).utm).toBeUndefined()
  })

  it('parses the field mapping with dotted paths', () => {
    expect(config({ fields: 'company=company_name, posted_at=meta.dates.posted' }).fields).toEqual({
      company: 'company_name',
      posted_at: 'meta.dates.posted'
    })
  })

  it('rejects a mapping onto an unknown field, naming the allowed ones', () => {
    expect(badInput({ fields: 'employer=company_name' }).message).toContain(
      'use one of id, company'
    )
  })

  it('reads the mapping form, JSON or YAML, whose source names may hold a comma or "="', () => {
    expect(
      config({ fields: '{"location": "Location (City, State)", "salary": "Pay (min=max)"}' }).fields
    ).toEqual({ location: 'Location (City, State)', salary: 'Pay (min=max)' })
    expect(
      config({ fields: 'company: Company\nlocation: Location (City, State)\n' }).fields
    ).toEqual({ company: 'Company', location: 'Location (City, State)' })
  })

  it('takes a name of the mapping form as written, spaces around it too', () => {
    expect(config({ fields: '{"title": "title ", "company": " Company"}' }).fields).toEqual({
      title: 'title ',
      company: ' Company'
    })
    expect(badInput({ fields: '{"title": "  "}' }).message).toBe(
      'Input "fields": "title" must map to the name (or dotted path) of a field of the feed'
    )
  })

  it('refuses a field given twice in the pairs form, as the mapping form does', () => {
    expect(
      badInput({ fields: 'company=Company Name,title=Job Title,company=Employer' }).message
    ).toBe(
      'Input "fields": "company" is mapped twice ("company=Company Name" and "company=Employer"): give each field one source, and delete the other pair'
    )
  })

  it('says how to give a source name holding a comma when a pair splits there', () => {
    expect(badInput({ fields: 'location="Location (City, State)"' }).message).toBe(
      'Input "fields": "State)"" must look like canonical=source. A source name that holds a comma or "=" is given in the mapping form, such as {"location": "Location (City, State)"}'
    )
  })

  it('refuses a mapping form onto an unknown field, or to no source', () => {
    expect(badInput({ fields: '{"employer": "Company"}' }).message).toContain(
      '"employer" is not a listing field; use one of id, company'
    )
    expect(badInput({ fields: '{"company": ""}' }).message).toBe(
      'Input "fields": "company" must map to the name (or dotted path) of a field of the feed'
    )
  })

  it('splits keywords on commas', () => {
    expect(config({ keywords: 'api, server ,backend' }).keywords).toEqual([
      'api',
      'server',
      'backend'
    ])
  })

  it('parses a listings header and rejects one without a name', () => {
    expect(config({ 'listings-header': 'Authorization: Bearer a:b' }).listingsHeader).toEqual({
      name: 'Authorization',
      value: 'Bearer a:b'
    })
    expect(badInput({ 'listings-header': 'Bearer abc' }).message).not.toContain('abc')
  })

  it('refuses a header value with a line break, without echoing the secret', () => {
    const error = badInput({ 'listings-header': 'X-Key: first-half\rsecond-half' })
    expect(error.message).toContain('control character')
    expect(error.message).not.toMatch(/first-half|second-half/)
  })

  it('reads now as UTC when it has no zone', () => {
    expect(config({ now: '2025-10-22T20:30:00' }).now.toISOString()).toBe(
      '2025-10-22T20:30:00.000Z'
    )
    expect(config({ now: '2025-10-22T22:30:00+02:00' }).now.toISOString()).toBe(
      '2025-10-22T20:30:00.000Z'
    )
  })

  it.each([
    ['2025-10-22 20:30', '2025-10-22T20:30:00.000Z'],
    ['2025-10-22 20:30:00', '2025-10-22T20:30:00.000Z'],
    ['2025-10-22', '2025-10-22T00:00:00.000Z'],
    ['Oct 22, 2025', '2025-10-22T00:00:00.000Z'],
    ['Oct 22, 2025, 8:30 PM', '2025-10-22T20:30:00.000Z'],
    ['Wed, 22 Oct 2025 20:30:00 GMT', '2025-10-22T20:30:00.000Z'],
    ['2025-10-22 22:30:00 +0200', '2025-10-22T20:30:00.000Z']
  ])('reads now %s as posted_at reads it, UTC without a zone', (now, iso) => {
    expect(config({ now }).now.toISOString()).toBe(iso)
  })

  it.each([
    [{ 'max-rows': '-1' }, 'max-rows'],
    [{ 'max-rows': '1.5' }, 'max-rows'],
    [{ strict: 'yes' }, 'strict'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ 'salary-currency': 'dollars' }, 'salary-currency'],
    [{ now: 'yesterday' }, 'now'],
    [{ now: '2025-10-22T10:00:00+99:00' }, 'now'],
    [{ 'listings-format': 'xml' }, 'listings-format'],
    [{ 'marker-prefix': 'jobs -->' }, 'marker-prefix']
  ])('rejects %j naming the input', (inputs, name) => {
    expect(badInput(inputs).message).toContain(`Input "${name}"`)
  })

  it('takes a percent of removed openings up to 100, which turns the guard off', () => {
    expect(config({ 'max-removed-percent': '100' }).maxRemovedPercent).toBe(100)
    expect(badInput({ 'max-removed-percent': '150' }).message).toBe(
      'Input "max-removed-percent": must be at most 100, not "150"'
    )
  })

  it('upper-cases the salary currency', () => {
    expect(config({ 'salary-currency': 'eur' }).salaryCurrency).toBe('EUR')
  })

  it('replaces labels from a YAML mapping, in any key spelling', () => {
    const labels = config({
      labels: 'company: Empresa\non-site: Presencial\nlast_updated: Actualizado'
    }).labels
    expect(labels).toMatchObject({
      company: 'Empresa',
      onSite: 'Presencial',
      lastUpdated: 'Actualizado'
    })
    expect(labels.position).toBe('Position')
  })

  it("rejects an object's own method names as labels: toString, valueOf, constructor", () => {
    for (const name of ['toString', 'valueOf', 'constructor', 'hasOwnProperty'])
      expect(badInput({ labels: `{"${name}": "x"}` }).message).toContain(`"${name}" is not a label`)
  })

  it('rejects an unknown label, listing the keys as the README names them, each one taken', () => {
    const { message } = badInput({ labels: '{"salary": "x"}' })
    expect(message).toContain('"salary" is not a label; use one of company, position,')
    const listed = message.split('use one of ')[1]!.split(', ')
    expect(listed).toContain('on-site')
    expect(listed).toContain('inactive-roles')
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const documented = readme.split('### Labels')[1]!.split('```')[0]!
    for (const key of listed) {
      expect(documented).toContain(`\`${key}\``)
      expect(config({ labels: JSON.stringify({ [key]: 'X' }) }).labels).not.toEqual(DEFAULT_LABELS)
    }
  })

  it('refuses a label given under two of its spellings, naming both, as YAML refuses a key twice', () => {
    for (const key of Object.keys(DEFAULT_LABELS)) {
      const kebab = key.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)
      const spellings = [...new Set([key, kebab, kebab.replaceAll('-', '_')])]
      for (const first of spellings)
        for (const second of spellings.filter(spelling => spelling !== first)) {
          const { message } = badInput({ labels: JSON.stringify({ [first]: 'A', [second]: 'B' }) })
          expect(message).toContain(
            `"${first}" and "${second}" are two spellings of one label, ${kebab}: give it once`
          )
        }
    }
    const three = badInput({ labels: '{onSite: A, on-site: B, on_site: C}' }).message
    expect(three).toContain('"onSite" and "on-site" are two spellings of one label, on-site')
    expect(badInput({ labels: '{company: A, company: B}' }).message).toContain(
      'Map keys must be unique'
    )
  })

  it('reads labels from the YAML file the input names', async () => {
    const files: Record<string, string> = { 'i18n/labels.es.yml': 'company: Empresa\n' }
    const settings = parseSettings({ listings: 'jobs.json', labels: 'i18n/labels.es.yml' })
    const {
      boards: [board]
    } = await settings.resolve(async path => files[path])
    expect(board?.labels).toMatchObject({ company: 'Empresa', position: 'Position' })
  })

  it('says which labels file is missing', async () => {
    const settings = parseSettings({ listings: 'jobs.json', labels: 'labels.yaml' })
    await expect(settings.resolve(async () => undefined)).rejects.toThrow(
      'Input "labels": names the file "labels.yaml", which was not found'
    )
  })

  it('refuses a listings-timeout longer than a timer can wait, instead of firing at once', () => {
    expect(config({ 'listings-timeout': '2147483' }).listingsTimeout).toBe(2147483)
    expect(badInput({ 'listings-timeout': '2147484' }).message).toContain('must be at most 2147483')
  })
})
