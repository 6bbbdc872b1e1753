/**
 * The form in which two names or titles are compared: Unicode compatibility form, case and
 * spacing ignored ("  ACME  Corp " and "acme corp" are one company). Dedupe and the stats'
 * company count share it, so "the same company" means the same thing in both places.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}
