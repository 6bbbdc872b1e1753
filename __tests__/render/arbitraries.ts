/** fast-check arbitraries shared by the rendering property tests. */
import fc from 'fast-check'
import { hostileText, oddUrl, plainText, wellFormedUrl } from '../hostile/alphabets.js'

/**
 * An http(s) url as validation lets it through: trimmed and parseable, tidy or odd, with no
 * user or password before its host.
 */
export const postingUrl: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(wellFormedUrl, oddUrl), fc.stringMatching(/^[a-z0-9]{1,6}$/))
  .map(([make, unique]) => make(unique).trim())
  .filter(url => {
    const parsed = URL.parse(url)
    return /^https?:$/.test(parsed?.protocol ?? '') && !parsed?.username && !parsed?.password
  })

/** Listing text: hostile now and then, plain as often, so both the escaping and the plain case run. */
export const listingText: fc.Arbitrary<string> = fc.oneof(hostileText, plainText, plainText)
