/**
 * The "Last updated" line: `<sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>`,
 * or the board's own `updated` template over `now`, `labels`, and the counts a counts template
 * gets (`total`, the open roles of all tables, and `tables`)
 * (`**Last updated:** {{ now | date: "%Y-%m-%d %H:%M" }} · {{ total }} open roles`).
 */

import type { Root } from 'mdast'
import type { Labels } from '../config/labels.js'
import { timestamp } from './dates.js'
import { html, paragraph, text } from './nodes.js'
import type { TableCount } from './counts.js'
import { cellTemplate } from './template.js'
import { templateLabels } from './template-filters.js'

export function updatedLine(
  now: Date,
  options: {
    labels: Labels
    timezone: string
    locale?: string
    template?: string
    counts?: { total: number; tables: TableCount[] }
  }
): Root {
  const { labels, timezone, locale, template, counts } = options
  if (template !== undefined) {
    const line = cellTemplate(template)(
      {
        now,
        labels: templateLabels(labels),
        total: counts?.total ?? 0,
        tables: counts?.tables ?? []
      },
      { ...options, now }
    )
    return { type: 'root', children: line.length ? [paragraph(line)] : [] }
  }
  const line = `${labels.lastUpdated}: ${timestamp(now, timezone, locale)}`
  return {
    type: 'root',
    children: [paragraph([html('<sub><small>'), text(line), html('</small></sub>')])]
  }
}
