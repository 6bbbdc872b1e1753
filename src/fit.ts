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
  /** Of them, rows whose line alone passes what the README leaves the table: never shown. */
  tooLarge: T[]
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
  render: (rows: T[], leftOut: number) => string,
  /**
   * The most a row may take in the README with no other row in it (default: this table's room),
   * asked only when the rows do not all fit.
   */
  largest?: () => number
): Fitted<T> {
  const full = render(rows, 0)
  if (byteLength(full) <= maxBytes) return { rows, leftOut: 0, tooLarge: [], readme: full }

  const allSizes = rowBytes(rows)
  const withoutRows = byteLength(render([], rows.length))
  if (withoutRows > maxBytes) throw new NoRoomForRows(withoutRows)
  // A row that alone passes what the README leaves for rows (a feed's value of megabytes) is
  // never shown: it is passed over, so that it does not take the rows after it out of the table.
  const room = maxBytes - withoutRows
  const most = largest?.() ?? room
  const tooLarge = rows.filter((_, index) => (allSizes[index] as number) > most)
  const shown = tooLarge.length ? rows.filter((_, index) => allSizes[index]! <= most) : rows
  const sizes = tooLarge.length ? allSizes.filter(size => size <= most) : allSizes
  let kept = largestPrefixWithin(sizes, room)
  for (;;) {
    const readme = render(shown.slice(0, kept), rows.length - kept)
    const over = byteLength(readme) - maxBytes
    if (over <= 0)
      return { rows: shown.slice(0, kept), leftOut: rows.length - kept, tooLarge, readme }
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
