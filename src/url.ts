/** URL helpers shared by validation (default ids), dedupe and rendering. */

export function isHttpUrl(text: string): boolean {
  return parseHttpUrl(text) !== undefined
}

export function parseHttpUrl(text: string): URL | undefined {
  if (!URL.canParse(text)) return undefined
  const url = new URL(text)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
}

/**
 * The identity of a posting's address: scheme and host lower case, `utm_*` parameters,
 * the fragment and a trailing slash removed. Two listings with the same normalized url
 * are the same opening.
 */
export function normalizeUrl(text: string): string {
  const url = parseHttpUrl(text.trim())
  if (!url) return text.trim()
  // URL already lower-cases scheme and host and drops a default port.
  url.hash = ''
  const tracking = [...url.searchParams.keys()].filter(name => /^utm_/i.test(name))
  for (const name of tracking) url.searchParams.delete(name)
  if (url.search === '?') url.search = ''
  url.pathname = url.pathname.replace(/(.)\/+$/, '$1')
  return url.toString()
}
