/** The line under a table that was cut to fit the README's size limit. */

import type { Root } from 'mdast'
import { countLabel, type Labels } from '../config/labels.js'
import { emphasis, paragraph } from './nodes.js'
import { literalText } from './text.js'

export function leftOutNote(count: number, labels: Labels): Root {
  const sentence = countLabel(labels, 'leftOut', count).replaceAll(
    '{count}',
    count.toLocaleString('en-US')
  )
  return { type: 'root', children: [paragraph([emphasis(literalText(sentence))])] }
}
