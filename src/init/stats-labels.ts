/**
 * The labels a README's stats block shows where they are not the default texts, read from the
 * block as render/stats.ts writes it, so that the first run writes it again as it is:
 *
 *     **Current Stats:** 14 jobs | 50% remote | 14 companies | Avg salary: Not specified
 *     _Note: Stats are approximate and based on available job data_
 *
 * gives `no-salary: Not specified`. Each text the block shows in its place is read: the
 * summaries' titles (`current-stats`, `trending-skills`), the counts' words (`jobs`,
 * `remote-percent`, `companies`; after a count of 1, `jobs-one`, `companies-one`), the salary's (`avg-salary`), the text shown where no row has a
 * salary (`no-salary`, text without a digit: not an amount such as `139k`) and the notes (`stats-note`,
 * `skills-note`). A paragraph or a count of another shape gives none of its labels.
 */
import type { PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { DEFAULT_LABELS, type Labels } from '../config/labels.js'
import { gfmTree } from '../gfm.js'

/** The label keys (kebab-case, as a boards file writes them) whose text the block shows otherwise. */
export function statsLabels(block: string): Record<string, string> {
  const found: Partial<Record<keyof Labels, string>> = {}
  for (const node of gfmTree(block).children) {
    if (node.type !== 'paragraph') continue
    const summary = summaryOf(node.children)
    if (!summary) continue
    const counts = countsOf(summary.value)
    if (counts) {
      Object.assign(found, counts, { currentStats: summary.title })
      if (summary.note !== undefined) found.statsNote = summary.note
    } else if (found.trendingSkills === undefined && !summary.value.includes('|')) {
      found.trendingSkills = summary.title
      if (summary.note !== undefined) found.skillsNote = summary.note
    }
  }
  const labels: Record<string, string> = {}
  for (const [key, text] of Object.entries(found) as [keyof Labels, string][])
    if (text !== DEFAULT_LABELS[key] && PLAIN.test(text)) labels[kebab(key)] = text
  return labels
}

/**
 * `**Title:** value` and, after a hard break, `_note_`: a summary as the stats block writes it;
 * undefined for a paragraph of another shape.
 */
function summaryOf(
  children: PhrasingContent[]
): { title: string; value: string; note?: string } | undefined {
  const [first, ...rest] = children
  if (first?.type !== 'strong') return undefined
  const title = /^(.+):$/.exec(toString(first).trim())?.[1]
  if (title === undefined) return undefined
  const cut = rest.findIndex(child => child.type === 'break')
  const value = (cut === -1 ? rest : rest.slice(0, cut)).map(child => toString(child)).join('')
  const after = cut === -1 ? [] : rest.slice(cut + 1)
  const [note] = after
  return {
    title: title.trim(),
    value: value.trim(),
    ...(after.length === 1 && note?.type === 'emphasis' ? { note: toString(note).trim() } : {})
  }
}

/** `14 jobs | 50% remote | 14 companies | Avg salary: 139k`, its words; undefined otherwise. */
function countsOf(value: string): Partial<Labels> | undefined {
  const parts = value.split(' | ')
  if (parts.length !== 4) return undefined
  const [jobs, remote, companies, salary] = parts as [string, string, string, string]
  const count = /^(\d[\d,]*) (\S.*)$/
  const jobsCount = count.exec(jobs)
  const remoteWord = /^\d+% (\S.*)$/.exec(remote)?.[1]
  const companiesCount = count.exec(companies)
  const average = /^(\S.*?): (\S.*)$/.exec(salary)
  if (!jobsCount || !remoteWord || !companiesCount || !average) return undefined
  const [, avgSalary = '', shown = ''] = average
  // The word after a count of 1 is the one's label (`1 job`), after any other the many's.
  const word = ([, number, text]: RegExpExecArray, many: 'jobs' | 'companies') => ({
    [number === '1' ? (`${many}One` as const) : many]: text
  })
  return {
    ...word(jobsCount, 'jobs'),
    remotePercent: remoteWord,
    ...word(companiesCount, 'companies'),
    avgSalary,
    // An amount (`139k`, `$120k`, `1.2201365384712615e+71k` as a broken script wrote one) is an
    // average; text without a digit (`Not specified`, `N/A`) is what shows when none is known.
    ...(/\d/.test(shown) ? {} : { noSalary: shown })
  }
}

/**
 * Text a label can hold as it shows: no markup, which the run writes literally (escaped), and no
 * `|`, which parts the counts.
 */
const PLAIN = /^[^*_`[\]<>|\\#\n]+$/

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)
}
