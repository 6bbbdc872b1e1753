/**
 * A map from text keys to numbers that holds its keys as bytes in a few large pages and its
 * entries in typed arrays: a million keys are a few flat arrays, not a million strings and
 * map entries the garbage collector must trace and move (and that make Node grow its young
 * generation). Lookups are exact: equal hashes are confirmed by comparing the bytes.
 *
 * Keys are written one after another into the last page; a key that does not fit starts a new
 * page, twice as large as the last up to PAGE_BYTES. Pages are never copied nor grown: the
 * bytes held stay close to the keys' own, with no moment where a grown copy sits beside them.
 */
export class KeyTable {
  /** The pages of key bytes; the key being looked up is written just after the last page's. */
  private pages = [Buffer.alloc(FIRST_PAGE_BYTES)]
  private page = this.pages[0]!
  /** How much of the last page the kept keys fill. */
  private used = 0
  /** Open addressing: entry number + 1 per slot, 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(1 << 10)
  private hashes = new Int32Array(1 << 9)
  /** Where each key's bytes start: its page × PAGE_STRIDE + its offset in the page. */
  private starts = new Float64Array(1 << 9)
  private lengths = new Int32Array(1 << 9)
  private values = new Int32Array(1 << 9)
  private size = 0
  /** The hash of the key encode() wrote last. */
  private hash = 0

  /** The number stored under `key`, or undefined. */
  get(key: string): number | undefined {
    const length = this.encode(key)
    const hash = this.hash
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1
      if (entry < 0) return undefined
      if (this.hashes[entry] === hash && this.sameBytes(entry, length)) return this.values[entry]
    }
  }

  /**
   * The number stored under `key`; when there is none, stores `value` under it and returns
   * undefined. The key is encoded and hashed once, in the place its bytes are kept.
   */
  firstOrAdd(key: string, value: number): number | undefined {
    const length = this.encode(key)
    const hash = this.hash
    let mask = this.slots.length - 1
    let slot = hash & mask
    for (; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1
      if (entry < 0) break
      if (this.hashes[entry] === hash && this.sameBytes(entry, length)) return this.values[entry]
    }
    if (this.size === this.hashes.length) this.growEntries()
    if (2 * (this.size + 1) > this.slots.length) {
      this.growSlots()
      mask = this.slots.length - 1
      slot = hash & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    }
    const entry = this.size++
    this.hashes[entry] = hash
    this.starts[entry] = (this.pages.length - 1) * PAGE_STRIDE + this.used
    this.lengths[entry] = length
    this.values[entry] = value
    this.used += length
    this.slots[slot] = entry + 1
    return undefined
  }

  /**
   * Writes `key` just after the kept keys and hashes it (FNV-1a over its bytes, into `hash`);
   * returns its length in bytes. The bytes are UTF-8, with a lone surrogate written as the
   * three bytes of its code point (WTF-8), which UTF-8 cannot hold: so two keys have the same
   * bytes only when they are the same.
   */
  private encode(key: string): number {
    // At most 3 bytes per UTF-16 code unit (4 for a pair of two).
    const most = key.length * 3
    if (this.used + most > this.page.length) {
      const size = Math.min(this.page.length * 2, PAGE_BYTES)
      this.page = Buffer.alloc(Math.max(size, most))
      this.pages.push(this.page)
      this.used = 0
    }
    const bytes = this.page
    let at = this.used
    let hash = FNV_OFFSET
    for (let index = 0; index < key.length; index++) {
      let code = key.charCodeAt(index)
      if (code < 0x80) {
        bytes[at++] = code
        hash = Math.imul(hash ^ code, FNV_PRIME)
        continue
      }
      const start = at
      if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6)
      } else {
        const low = code < 0xdc00 && code >= 0xd800 ? key.charCodeAt(index + 1) : 0
        if (low >= 0xdc00 && low < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
          index++
          bytes[at++] = 0xf0 | (code >> 18)
          bytes[at++] = 0x80 | ((code >> 12) & 0x3f)
        } else bytes[at++] = 0xe0 | (code >> 12)
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f)
      }
      bytes[at++] = 0x80 | (code & 0x3f)
      for (let byte = start; byte < at; byte++) hash = Math.imul(hash ^ bytes[byte]!, FNV_PRIME)
    }
    this.hash = hash | 0
    return at - this.used
  }

  /** Whether the kept key `entry` has the bytes of the key just encoded. */
  private sameBytes(entry: number, length: number): boolean {
    if (this.lengths[entry] !== length) return false
    const start = this.starts[entry]!
    const page = this.pages[Math.floor(start / PAGE_STRIDE)]!
    const offset = start % PAGE_STRIDE
    return this.page.compare(page, offset, offset + length, this.used, this.used + length) === 0
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1
    let slot = this.hashes[entry]! & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = entry + 1
  }

  private growEntries(): void {
    this.hashes = grown(this.hashes)
    this.starts = grown(this.starts)
    this.lengths = grown(this.lengths)
    this.values = grown(this.values)
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let entry = 0; entry < this.size; entry++) this.place(entry)
  }
}

/** A typed array twice as long, with the same start. */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2)
  larger.set(array)
  return larger
}

const FIRST_PAGE_BYTES = 1 << 16
/** The largest page but for one holding a longer key alone: 1 MiB. */
const PAGE_BYTES = 1 << 20
/** A key's start is its page times this plus its offset, exact in a double. */
const PAGE_STRIDE = 2 ** 32

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
