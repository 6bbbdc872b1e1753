/**
 * The form in which two names or titles are compared: Unicode compatibility form, case and
 * spacing ignored ("  ACME  Corp " and "acme corp" are one company). Dedupe and the stats'
 * company count share it, so "the same company" means the same thing in both places.
 */
export function foldText(text: string): string {
  // ASCII is its own compatibility form: skip the costly normalization for the usual text.
  const compatible = ASCII.test(text) ? text : text.normalize('NFKC')
  // Most names are spaced already: only text with spacing to fold is rewritten.
  const spaced = UNEVEN_SPACING.test(compatible)
    ? compatible.trim().replace(/\s+/g, ' ')
    : compatible
  return spaced.toLowerCase()
}

/** Space at an edge, a run of two, or any space but " ": what trimming and folding change. */
const UNEVEN_SPACING = /^\s|\s$|\s\s|[^\S ]/

// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const ASCII = /^[\x00-\x7F]*$/
