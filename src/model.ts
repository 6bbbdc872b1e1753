/** The domain types every stage shares: a listing as the pipeline sees it after validation. */

export type WorkType = 'remote' | 'hybrid' | 'on_site'

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year'

export interface Salary {
  min?: number
  max?: number
  /** ISO 4217, upper case. */
  currency: string
  period: SalaryPeriod
}

export interface Listing {
  /** Stable identity: the given id, or the normalized url. */
  id: string
  /** True when the feed gave the id; false when `id` is the normalized url. */
  idGiven?: boolean
  company: string
  /**
   * The company as the feed wrote it, where that differs (`Skyworks\t`); see companyKey.
   */
  companyAsWritten?: string
  /** Only http(s); other schemes are dropped during validation. */
  companyUrl?: string
  title: string
  /**
   * Always http(s). Undefined only for a closed listing (`active: false`) with an id: a closed
   * role shows no link, and boards keep such records (SimplifyJobs' closed rows, 🔒).
   */
  url?: string
  /** Joined with "; " when the source gave a list; "" when absent. */
  location: string
  /** The source's list of locations, item by item (an item may hold `; ` itself). */
  locations?: readonly string[]
  workType: WorkType
  /**
   * Milliseconds since the epoch, UTC: midnight UTC of the day when `posted_at` wrote a day with
   * no time (then postedDay is true).
   */
  postedAt: number
  /**
   * True when `posted_at` wrote a calendar day with no time (`2026-12-01`): it shows as that day
   * in every time zone (calendar.ts postedDate), where an instant shows as its zone's day.
   */
  postedDay?: boolean
  salary?: Salary
  /**
   * Canonical lower-case skill names, aliases merged, each once: the feed's own list; undefined
   * until skillsOf (skills.ts) finds them in the title and description, as it does when asked.
   */
  skills?: string[]
  /** The title and description skillsOf finds skills in, when the feed lists none. */
  skillText?: string
  /** Lower-case category names; undefined when the source named none (absent, blank, `[]`). */
  categories?: string[]
  active: boolean
  /** 1-based position of the record in the source, for messages. */
  position: number
  /**
   * The source record as the feed wrote it, every field of its own (`sponsorship`, `terms`,
   * `source`, ...), for templates, filters and sort keys over any field. Read only.
   */
  record: Readonly<Record<string, unknown>>
}

/** A record that failed validation: skipped with a warning (or fatal with `strict`). */
export interface InvalidRecord {
  position: number
  id?: string
  reason: string
}

/** Why a board's selection leaves a record out: the first of its tests the record fails. */
export type LeftOutReason = 'closed' | 'old' | 'ahead' | 'category' | 'filter'

/**
 * The records a board left out (a board that shows nothing says why): how many for each
 * reason, and the newest posting among those too old and the earliest among those too new
 * (Unix ms).
 */
export interface LeftOut {
  counts: Record<LeftOutReason, number>
  newestOld?: number
  earliestAhead?: number
  /** The first records left out as `ahead` (AHEAD_NAMED at most), in feed order: which, and when. */
  ahead?: { position: number; id?: string; postedAt: number }[]
}

/** How many of the records posted too far ahead a warning names (LeftOut `ahead`). */
export const AHEAD_NAMED = 3

/** Over the openings shown: the open rows (a closed row, 🔒 or folded, is none). */
export interface Stats {
  jobs: number
  /** Rounded percentage of the openings shown whose work type is remote. */
  remotePercent: number
  companies: number
  /** Mean yearly midpoint in thousands, rounded; null when no row has a salary in the currency. */
  avgSalaryK: number | null
  skills: string[]
}

/**
 * The company whose link `company-url: fill` gives a row: its name as the feed wrote it, as
 * boards' own scripts key their links, so `Skyworks\t` and `Skyworks` may link apart.
 */
export function companyKey(listing: Listing): string {
  return listing.companyAsWritten ?? listing.company
}
