/**
 * The form in which two names or titles are compared: Unicode compatibility form, case and
 * spacing ignored ("  ACME  Corp " and "acme corp" are one company), and the characters that
 * show nothing left out ("Acme\u3164" and "Ac\u200bme" are Acme). Dedupe and the stats'
 * company count share it, so "the same company" means the same thing in both places.
 */
export function foldText(text: string): string {
  // ASCII is its own compatibility form: skip the costly normalization for the usual text.
  const compatible = ASCII.test(text) ? text : text.normalize('NFKC').replace(DEFAULT_IGNORABLE, '')
  // Most names are spaced already: only text with spacing to fold is rewritten.
  const spaced = UNEVEN_SPACING.test(compatible)
    ? compatible.trim().replace(/\s+/g, ' ')
    : compatible
  return spaced.toLowerCase()
}

/**
 * Zero-width spaces and joiners, soft hyphens, Hangul fillers, tag characters, ...; not the
 * ones that are spacing too (U+FEFF), which part words as the other spaces do.
 */
const DEFAULT_IGNORABLE = /(?!\s)\p{Default_Ignorable_Code_Point}/gu

/** Space at an edge, a run of two, or any space but " ": what trimming and folding change. */
const UNEVEN_SPACING = /^\s|\s$|\s\s|[^\S ]/

// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const ASCII = /^[\x00-\x7F]*$/
