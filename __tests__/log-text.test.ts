import { describe, expect, it } from '@jest/globals'
import { oneLogLine, redactCredentials } from '../src/log-text.js'

describe('oneLogLine', () => {
  it('escapes what would end the line as @actions/core escapes command data', () => {
    expect(oneLogLine('w20\n::error::injected\r\n100%')).toBe('w20%0A::error::injected%0D%0A100%25')
  })

  it('escapes the other control characters as the CLI does, keeping tabs', () => {
    expect(oneLogLine('404 \x1b[31mRED\x1b]0;pwned\x07\tx\x7f\u009b')).toBe(
      '404 \\x1b[31mRED\\x1b]0;pwned\\x07\tx\\x7f\\u009b'
    )
  })

  it('leaves a line without them as it is', () => {
    expect(oneLogLine('Listing #3 (id a:b) is invalid: url is missing')).toBe(
      'Listing #3 (id a:b) is invalid: url is missing'
    )
  })
})

describe('redactCredentials', () => {
  it('hides a user and password, up to the last @ before the path', () => {
    expect(
      redactCredentials('Listings URL https://me:p@ss@feed.example/jobs.json answered 404.')
    ).toBe('Listings URL https://***@feed.example/jobs.json answered 404.')
  })

  it('hides the values of secret-looking parameters and keeps the others as written', () => {
    expect(
      redactCredentials(
        'https://feed.example/jobs?q=a%20b&api_key=k1&Access-Token=t2&page=2&X-Amz-Signature=s3#top'
      )
    ).toBe(
      'https://feed.example/jobs?q=a%20b&api_key=***&Access-Token=***&page=2&X-Amz-Signature=***#top'
    )
  })

  it("keeps a search's keywords and author, whose names hold a secret's word", () => {
    expect(
      redactCredentials(
        'https://data.usajobs.gov/api/search?Keyword=IT&keywords=go&author=pg&keyword_token=t'
      )
    ).toBe('https://data.usajobs.gov/api/search?Keyword=IT&keywords=go&author=pg&keyword_token=***')
  })

  it('hides every URL in a text and leaves other text alone', () => {
    expect(
      redactCredentials(
        'from http://a:b@one.example/ to https://two.example/x?token=t (path ./jobs.json?token=x)'
      )
    ).toBe(
      'from http://***@one.example/ to https://two.example/x?token=*** (path ./jobs.json?token=x)'
    )
  })

  it('keeps an @ in the path', () => {
    expect(redactCredentials('https://feed.example/users/@me/jobs.json')).toBe(
      'https://feed.example/users/@me/jobs.json'
    )
  })
})
