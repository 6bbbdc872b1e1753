import { describe, expect, it } from '@jest/globals'
import { isHttpUrl, normalizeUrl } from '../src/url.js'

describe('normalizeUrl', () => {
  it('lower-cases scheme and host and drops utm parameters, fragment and trailing slash', () => {
    expect(normalizeUrl('HTTPS://Jobr.PRO/job/1/x/?utm_source=a&b=2&UTM_Medium=c#frag')).toBe(
      'https://jobr.pro/job/1/x?b=2'
    )
  })
  it('keeps the path case and other parameters', () => {
    expect(normalizeUrl('https://a.example/Job/7?ref=x')).toBe('https://a.example/Job/7?ref=x')
  })
  it('keeps the other parameters exactly as written, so one posting has one identity', () => {
    const url = 'https://a.example/apply?ref=a:b&loc=Berlin,DE'
    expect(normalizeUrl(`${url}&utm_source=github`)).toBe(url)
    expect(normalizeUrl('https://a.example/x?utm_source=a&q=a%3Ab')).toBe(
      'https://a.example/x?q=a%3Ab'
    )
  })
  it('keeps credentials, a port and an IPv6 host as the URL standard writes them', () => {
    expect(normalizeUrl('https://U:p@A.example:8443/x//?utm_id=1#top')).toBe(
      'https://U:p@a.example:8443/x'
    )
    expect(normalizeUrl('https://:p@a.example/')).toBe('https://:p@a.example/')
    expect(normalizeUrl('https://u@a.example:443/a?')).toBe('https://u@a.example/a')
    expect(normalizeUrl('http://[0:0::1]:80/a b?c d&&utm_x=1&')).toBe('http://[::1]/a%20b?c%20d')
  })
  it("reads the host's final dot and an escaped unreserved character as the address without them", () => {
    expect(normalizeUrl('https://jobr.pro./job/1')).toBe('https://jobr.pro/job/1')
    expect(normalizeUrl('https://jobr.pro.:8443/job/1')).toBe('https://jobr.pro:8443/job/1')
    expect(normalizeUrl('https://a.example/backend%2Dengineer%7e1?q=%41%3a')).toBe(
      'https://a.example/backend-engineer~1?q=A%3A'
    )
  })
  it('treats a bare host with and without slash alike', () => {
    expect(normalizeUrl('https://a.example')).toBe(normalizeUrl('https://a.example/'))
  })
})

describe('isHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(isHttpUrl('https://a.example/x')).toBe(true)
    expect(isHttpUrl('http://a.example')).toBe(true)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpUrl('ftp://a.example')).toBe(false)
    expect(isHttpUrl('not a url')).toBe(false)
  })
})
