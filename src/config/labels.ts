/** The texts of the default rendering; the `labels` input replaces any of them. */
import { countWord } from '../log-text.js'
import type { WorkType } from '../model.js'

export interface Labels {
  company: string
  position: string
  location: string
  type: string
  date: string
  remote: string
  hybrid: string
  onSite: string
  /** Shown in an empty location cell. */
  notAvailable: string
  lastUpdated: string
  currentStats: string
  jobs: string
  /** `jobs` for a count of 1 (countLabel). */
  jobsOne: string
  remotePercent: string
  companies: string
  /** `companies` for a count of 1 (countLabel). */
  companiesOne: string
  avgSalary: string
  /** Shown as the average salary when no row has one. */
  noSalary: string
  statsNote: string
  trendingSkills: string
  skillsNote: string
  /** After a table cut to fit `max-bytes`; {count} is replaced. */
  leftOut: string
  /** `leftOut` for a count of 1 (countLabel). */
  leftOutOne: string
  /** The heading of an archive snapshot and the title of the feeds. */
  openings: string
  /** The chart zone's bar chart title. */
  openingsPerDay: string
  /** The chart zone's pie chart title. */
  openingsByType: string
  /** The summary of the block of closed listings (`closed: details`); {count} is replaced. */
  inactiveRoles: string
}

export const DEFAULT_LABELS: Labels = {
  company: 'Company',
  position: 'Position',
  location: 'Location',
  type: 'Type',
  date: 'Date',
  remote: 'Remote',
  hybrid: 'Hybrid',
  onSite: 'On Site',
  notAvailable: 'N/A',
  lastUpdated: 'Last updated',
  currentStats: 'Current Stats',
  jobs: 'jobs',
  jobsOne: 'job',
  remotePercent: 'remote',
  companies: 'companies',
  companiesOne: 'company',
  avgSalary: 'Avg salary',
  noSalary: 'n/a',
  statsNote: 'Note: Stats are approximate and based on available job data',
  trendingSkills: 'Trending Skills',
  skillsNote: 'Note: Skills are identified from job descriptions and may vary',
  leftOut: "{count} more openings are not shown, to keep this page within GitHub's size limit.",
  leftOutOne: "{count} more opening is not shown, to keep this page within GitHub's size limit.",
  openings: 'Openings',
  openingsPerDay: 'Openings per day',
  openingsByType: 'Openings by type',
  inactiveRoles: 'Inactive roles ({count})'
}

/** Accepts the keys in camelCase, kebab-case or snake_case (`on-site`, `on_site`, `onSite`). */
export function labelKey(name: string): keyof Labels | undefined {
  const camel = name.trim().replace(/[-_ ]+([a-z])/gi, (_, c: string) => c.toUpperCase())
  return Object.hasOwn(DEFAULT_LABELS, camel) ? (camel as keyof Labels) : undefined
}

/** The labels worded for a count, and the label of each for a count of 1. */
const ONE = { jobs: 'jobsOne', companies: 'companiesOne', leftOut: 'leftOutOne' } as const

/**
 * The labels `given` laid over `base` key by key, the given winning: a board's labels over the
 * `labels` input, every board's defaults. A count worded in `given` (`jobs: Stellen`) without
 * its word for 1 takes the default's back (countLabel then says `1 Stellen`), never the base's
 * word for 1 of another language (`1 empleo` beside `Stellen`).
 */
export function laidOver(base: Labels, given: Partial<Labels>): Labels {
  const labels = { ...base, ...given }
  for (const [many, one] of Object.entries(ONE) as Array<[keyof typeof ONE, keyof Labels]>)
    if (given[many] !== undefined && given[one] === undefined) labels[one] = DEFAULT_LABELS[one]
  return labels
}

/**
 * The label `key` for `count` things: its `-one` label for 1 (`1 job`, `1 company`). A board
 * that words the many itself (`jobs: empleos`) but not the one gets its own word for 1 too,
 * never the English default beside its language.
 */
export function countLabel(labels: Labels, key: keyof typeof ONE, count: number): string {
  const one = ONE[key]
  const worded = labels[one] !== DEFAULT_LABELS[one] || labels[key] === DEFAULT_LABELS[key]
  return countWord(count, worded ? labels[one] : labels[key], labels[key])
}

/**
 * A label's `{count}` replaced by `count` as the board's `locale` writes a number, as its dates
 * are written in it: `2,875` in en-US, `2.875` in de-DE, `۲٬۸۷۵` in fa-IR.
 */
export function withCount(label: string, count: number, locale: string): string {
  return label.replaceAll('{count}', count.toLocaleString(locale))
}

/** The work types in the order boards show them. */
export const WORK_TYPES: readonly WorkType[] = ['remote', 'hybrid', 'on_site']

/** A work type as the board's labels name it: `Remote`, `Hybrid`, `On Site`. */
export function workTypeLabel(workType: WorkType, labels: Labels): string {
  const names: Record<WorkType, string> = {
    remote: labels.remote,
    hybrid: labels.hybrid,
    on_site: labels.onSite
  }
  return names[workType]
}
