/** The "Last updated" line: `<sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>`. */

import type { Root } from 'mdast'
import type { Labels } from '../config/labels.js'
import { timestamp } from './dates.js'
import { html, paragraph, text } from './nodes.js'

export function updatedLine(
  now: Date,
  options: { labels: Labels; timezone: string; locale?: string }
): Root {
  const line = `${options.labels.lastUpdated}: ${timestamp(now, options.timezone, options.locale)}`
  return {
    type: 'root',
    children: [paragraph([html('<sub><small>'), text(line), html('</small></sub>')])]
  }
}
