/**
 * Outside strict mode, a record that `keep` refuses on its selection fields is left out before
 * validation: it costs no validation and, invalid or not, earns no warning, since no board
 * would show it. Strict mode validates every record.
 */
import { describe, expect, it } from '@jest/globals'
import { loadListings } from '../../src/load/load.js'
import { configFor, memoryIO, sourceRecord } from './helpers.js'

const backendOnly = (listing: { title: string }) => listing.title.includes('Backend')

function feed(): string {
  return JSON.stringify([
    sourceRecord({ title: 'Backend Developer' }),
    sourceRecord({ title: 'iOS Engineer', url: 'ftp://jobs.example/ios' }),
    sourceRecord({ title: 'Backend Engineer', company: '' }),
    sourceRecord({ title: 'Designer', posted_at: 'last week' })
  ])
}

describe('loadListings, selection before validation', () => {
  it('reports invalid records only among those a board could show', async () => {
    const result = await loadListings(
      configFor('jobs.json'),
      memoryIO({ 'jobs.json': feed() }),
      backendOnly
    )

    expect(result.listings.map(listing => listing.title)).toEqual(['Backend Developer'])
    // The Designer's date does not parse, so selection cannot judge it: validation reports it.
    expect(result.invalid).toEqual([
      { position: 3, id: expect.any(String), reason: 'company: missing' },
      {
        position: 4,
        id: expect.any(String),
        reason:
          'posted_at: not an ISO 8601 date or Unix seconds: "last week". Write the day it was posted, YYYY-MM-DD, or its time, YYYY-MM-DDTHH:MM:SSZ'
      }
    ])
    // Validated and valid: the Backend Developer; the iOS record was never validated.
    expect(result.valid).toBe(1)
    expect(result.read).toBe(4)
  })

  it('validates every record in strict mode', async () => {
    const result = await loadListings(
      configFor('jobs.json', { strict: 'true' }),
      memoryIO({ 'jobs.json': feed() }),
      backendOnly
    )

    expect(result.invalid.map(record => record.position)).toEqual([2, 3, 4])
    expect(result.valid).toBe(1)
  })

  it('asks keep with what validation would make of the selection fields', async () => {
    const seen: unknown[] = []
    const text = JSON.stringify([
      sourceRecord({
        title: ' iOS ',
        categories: 'Mobile; iOS',
        active: 'FALSE',
        posted_at: 1761134400
      })
    ])
    await loadListings(configFor('jobs.json'), memoryIO({ 'jobs.json': text }), listing => {
      seen.push(listing)
      return false
    })

    expect(seen).toEqual([
      {
        title: 'iOS',
        categories: ['mobile', 'ios'],
        active: false,
        postedAt: 1761134400000,
        position: 1
      }
    ])
  })
})
