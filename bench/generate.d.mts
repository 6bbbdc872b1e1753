// Types of generate.mjs, for the TypeScript tests that import it.

/** A generated listing: the canonical fields (SPEC "Listing records") in a feed's varied shapes. */
export interface GeneratedListing {
  id?: string | number
  company?: string
  company_url?: string
  title: string
  url: string
  location?: string | string[]
  work_type?: string
  posted_at: string | number
  categories?: string | string[]
  skills?: string | string[]
  salary?: number | { min?: number; max?: number; currency?: string; period?: string }
  description?: string
  active?: boolean
}

export declare const BENCH_NOW: string
export declare const DEFAULT_SEED: number
export declare const DATA_DIR: string

export declare function generateListings(
  count: number,
  options?: { seed?: number }
): Generator<GeneratedListing>

export declare const FORMATS: readonly string[]

export declare function ensureListings(options: {
  count: number
  format?: string
  seed?: number
  dir?: string
}): Promise<string>
