/**
 * A Map that holds at most `max` entries: setting a new one when it is full drops them all and
 * starts again, so a feed of endless distinct keys holds no more, and the keys a feed repeats
 * are soon back.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super()
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear()
    return super.set(key, value)
  }
}

/**
 * A function of a text remembered by its argument: what a feed repeats (category names, skill
 * names, a table's cell shapes) is worked out once; at most `max` results are kept (BoundedMap).
 */
export function memoized<T>(make: (text: string) => T, max = 10_000): (text: string) => T {
  const known = new BoundedMap<string, T>(max)
  return text => {
    // One lookup for the usual hit; `has` only to tell a result of undefined from none.
    const found = known.get(text)
    if (found !== undefined || known.has(text)) return found as T
    const made = make(text)
    known.set(text, made)
    return made
  }
}
