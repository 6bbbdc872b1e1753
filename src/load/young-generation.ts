/**
 * Keeps V8's young generation at 16 MB semi-spaces while a large feed loads.
 *
 * Node 24's V8 lets the semi-spaces grow to 64 MB on a machine with much memory once objects
 * keep surviving collections, as a long feed's kept candidates do: about 100 MB more peak memory
 * for no gain in speed. `--max-semi-space-size` would stop it, but V8 reads it only when Node
 * starts, and an action cannot pass Node flags. V8 reads the growth factor at every growth,
 * though: once a collection finds new space at two 16 MB semi-spaces (Node 20's ceiling), the
 * factor is set to 1 and the young generation grows no further. Node warns that flags changed
 * at run time may have no effect; then this simply does nothing.
 */

/** New space (both semi-spaces) at which growth stops. */
const CEILING_BYTES = 32 * 2 ** 20

let capped: Promise<void> | undefined

/** Installs the cap once per process; the observer runs between event-loop turns. */
export function capYoungGeneration(): Promise<void> {
  capped ??= install()
  return capped
}

async function install(): Promise<void> {
  const [{ default: v8 }, { PerformanceObserver }] = await Promise.all([
    import('node:v8'),
    import('node:perf_hooks')
  ])
  const observer = new PerformanceObserver(() => {
    const newSpace = v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space')
    if (newSpace && newSpace.space_size >= CEILING_BYTES) {
      v8.setFlagsFromString('--semi-space-growth-factor=1')
      observer.disconnect()
    }
  })
  observer.observe({ entryTypes: ['gc'] })
}

/** The chunks as they come; past `largeAfter` characters of text, the cap goes on. */
export async function* cappedWhenLarge(
  chunks: AsyncIterable<string>,
  largeAfter: number
): AsyncGenerator<string> {
  let read = 0
  for await (const chunk of chunks) {
    read += chunk.length
    if (read > largeAfter) await capYoungGeneration()
    yield chunk
  }
}
