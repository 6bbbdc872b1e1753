/** The inputs that choose how the action publishes: commit-method, author, committer, pull-request. */
import { describe, expect, it } from '@jest/globals'
import { oneBoard as parseConfig } from '../helpers/settings.js'

const parse = (inputs: Record<string, string>) => parseConfig({ listings: 'jobs.json', ...inputs })

describe('publishing inputs', () => {
  it('defaults to a GraphQL commit, with a pull request only when the branch is protected', () => {
    expect(parse({})).toMatchObject({
      commitMethod: 'graphql',
      pullRequest: 'auto',
      author: undefined
    })
  })

  it('reads pull-request true, false and auto', () => {
    expect(parse({ 'pull-request': 'true' }).pullRequest).toBe('always')
    expect(parse({ 'pull-request': 'false' }).pullRequest).toBe('never')
    expect(parse({ 'pull-request': 'AUTO' }).pullRequest).toBe('auto')
    expect(() => parse({ 'pull-request': 'maybe' })).toThrow(
      'Input "pull-request": must be one of auto, true, false'
    )
  })

  it('reads an author and a committer as "Name <email>" with the REST method', () => {
    const config = parse({
      'commit-method': 'rest',
      author: 'Board Keeper <keeper@example.com>',
      committer: 'Release Bot <bot@example.com>'
    })
    expect(config.author).toEqual({ name: 'Board Keeper', email: 'keeper@example.com' })
    expect(config.committer).toEqual({ name: 'Release Bot', email: 'bot@example.com' })
  })

  it('refuses an author with the GraphQL method, which commits as the token', () => {
    expect(() => parse({ author: 'Board Keeper <keeper@example.com>' })).toThrow(
      'Input "author": needs "commit-method: rest"'
    )
    expect(() => parse({ committer: 'Bot <bot@example.com>' })).toThrow('Input "committer": needs')
  })

  it('refuses an author that is not "Name <email>"', () => {
    expect(() => parse({ 'commit-method': 'rest', author: 'keeper@example.com' })).toThrow(
      'Input "author": must look like "Name <email@example.com>"'
    )
  })
})
