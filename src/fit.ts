/**
 * GitHub stops rendering a README past 512,000 bytes. When the full table would push the
 * README over `max-bytes`, keep the newest rows that fit (rows come sorted newest first).
 */

/** The README would exceed the cap even with no row: the caller reports it. */
export class NoRoomForRows extends Error {
  constructor(readonly bytes: number) {
    super(`the README takes ${bytes} bytes without any row`)
  }
}

export interface Fitted<T> {
  rows: T[]
  /** Rows left out to fit. */
  leftOut: number
  readme: string
}

/**
 * `render(rows, leftOut)` builds the whole README for a prefix of the rows; `rowBytes[i]`
 * is the size of row i's line, used to jump close to the answer before checking it.
 */
export function fitRows<T>(
  rows: T[],
  maxBytes: number,
  rowBytes: (rows: T[]) => number[],
  render: (rows: T[], leftOut: number) => string
): Fitted<T> {
  const full = render(rows, 0)
  if (byteLength(full) <= maxBytes) return { rows, leftOut: 0, readme: full }

  const sizes = rowBytes(rows)
  const withoutRows = byteLength(render([], rows.length))
  if (withoutRows > maxBytes) throw new NoRoomForRows(withoutRows)
  let kept = largestPrefixWithin(sizes, maxBytes - withoutRows)
  for (;;) {
    const readme = render(rows.slice(0, kept), rows.length - kept)
    const over = byteLength(readme) - maxBytes
    if (over <= 0) return { rows: rows.slice(0, kept), leftOut: rows.length - kept, readme }
    // The estimate missed by what the stats and the note add: drop enough rows to cover it.
    kept = largestPrefixWithin(sizes, prefixBytes(sizes, kept) - over)
  }
}

function prefixBytes(sizes: number[], count: number): number {
  let total = 0
  for (let index = 0; index < count; index++) total += sizes[index] as number
  return total
}

function largestPrefixWithin(sizes: number[], budget: number): number {
  let total = 0
  for (let count = 0; count < sizes.length; count++) {
    total += sizes[count] as number
    if (total > budget) return count
  }
  return sizes.length
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
