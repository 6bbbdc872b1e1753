/** The name closest to a misspelled one: a flag, a command, a field of the feed's records. */

/**
 * The name of `known` closest to `given`, in any case, when one is close enough to be a typo
 * (`Work_Type` is `work_type`, `--listing` is `--listings`); undefined when none is.
 */
export function nearest(given: string, known: Iterable<string>): string | undefined {
  const lower = given.toLowerCase()
  const names = [...known]
  const prefixed = names.filter(name => name.toLowerCase().startsWith(lower))
  if (lower.length >= 3 && prefixed.length === 1) return prefixed[0]
  const allowed = Math.min(3, Math.max(1, Math.floor(lower.length / 3)))
  let best: string | undefined
  let bestDistance = allowed + 1
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [name, distance]
  }
  return best
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[]
      const above = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, (rows[i - 2] as number[])[j - 2]! + 1)
    }
  return (rows[a.length] as number[])[b.length] as number
}
