/**
 * A function of a text remembered by its argument: what a feed repeats (category names, skill
 * names, a table's cell shapes) is worked out once. At most `max` results are kept; when full,
 * all are dropped and it starts again, so a feed of endless distinct texts holds no more.
 */
export function memoized<T>(make: (text: string) => T, max = 10_000): (text: string) => T {
  const known = new Map<string, T>()
  return text => {
    if (known.has(text)) return known.get(text)!
    const made = make(text)
    if (known.size >= max) known.clear()
    known.set(text, made)
    return made
  }
}
