/**
 * The stats block: two paragraphs, each a bold summary and an italic note after a hard break.
 *
 *     **Current Stats:** 50 jobs | 34% remote | 42 companies | Avg salary: 139k
 *     _Note: Stats are approximate and based on available job data_
 *
 *     **Trending Skills:** python, nodejs, java, api, database
 *     _Note: Skills are identified from job descriptions and may vary_
 */

import type { Paragraph, PhrasingContent, Root } from 'mdast'
import { countLabel, type Labels } from '../config/labels.js'
import type { Stats } from '../model.js'
import { emphasis, hardBreak, paragraph, strong, text } from './nodes.js'
import { literalText } from './text.js'
import { salaryText } from '../stats/stats.js'

export function statsBlock(stats: Stats, options: { labels: Labels }): Root {
  const { labels } = options
  return {
    type: 'root',
    children: [
      summary(labels.currentStats, [text(countsLine(stats, labels))], labels.statsNote),
      summary(labels.trendingSkills, skillsList(stats.skills, labels), labels.skillsNote)
    ]
  }
}

function summary(title: string, value: PhrasingContent[], note: string): Paragraph {
  return paragraph([
    strong([text(`${title}:`)]),
    text(' '),
    ...value,
    hardBreak(),
    emphasis([text(note)])
  ])
}

function countsLine(stats: Stats, labels: Labels): string {
  const salary = salaryText(stats.avgSalaryK, labels.noSalary)
  return [
    `${stats.jobs} ${countLabel(labels, 'jobs', stats.jobs)}`,
    `${stats.remotePercent}% ${labels.remotePercent}`,
    `${stats.companies} ${countLabel(labels, 'companies', stats.companies)}`,
    `${labels.avgSalary}: ${salary}`
  ].join(' | ')
}

/** Skills come from the feed, so they get the same literal treatment as table text. */
function skillsList(skills: string[], labels: Labels): PhrasingContent[] {
  const list = literalText(skills.join(', '))
  return list.length > 0 ? list : [text(labels.notAvailable)]
}
