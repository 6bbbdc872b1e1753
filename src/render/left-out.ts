/** The line under a table that was cut to fit the README's size limit. */

import type { Root } from 'mdast'
import { countLabel, withCount, type Labels } from '../config/labels.js'
import { emphasis, paragraph } from './nodes.js'
import { literalText } from './text.js'

/** `count` is written as the board's `locale` writes numbers (`2.875 weitere Stellen` in de-DE). */
export function leftOutNote(count: number, labels: Labels, locale: string): Root {
  const sentence = withCount(countLabel(labels, 'leftOut', count), count, locale)
  return { type: 'root', children: [paragraph([emphasis(literalText(sentence))])] }
}
