/**
 * The daily archive: each day's openings as a snapshot file named by a template such as
 * `archive/{date}.md`, and the snapshots old enough to delete. Paths and text only: the caller
 * reads the folder, writes the snapshot and deletes the expired ones in the board's commit.
 */

import type { Heading } from 'mdast'
import type { Labels } from '../config/labels.js'
import { ARCHIVE_DATE as DATE, archiveDay, repositoryPath } from '../config/paths.js'
import { errors } from '../errors.js'
import { toMarkdown } from '../render/markdown.js'
import { text } from '../render/nodes.js'
import { literalText } from '../render/text.js'
import { calendarDay, daysBetween } from '../calendar.js'

export interface ArchiveOptions {
  labels: Labels
  /** IANA zone of the snapshot's date, e.g. `UTC`. */
  timezone: string
  /** Named in the heading; undefined for a board of every listing. */
  category?: string
  /** The run's clock: the snapshot is the one of this day. */
  now: Date
}

/** Today's snapshot path: `{date}` becomes the day of `now` in `timezone`, as `YYYY-MM-DD`. */
export function archivePath(template: string, now: Date, timezone: string): string {
  return checkTemplate(template).replaceAll(DATE, calendarDay(now, timezone))
}

/**
 * The snapshot: a heading naming the category and the day, then the openings `table` as the
 * README's zone shows it (the board's columns, format, closed rows and repeated companies:
 * boardTable); LF, final newline.
 */
export function archiveDocument(table: string, options: ArchiveOptions): string {
  const heading = toMarkdown({ type: 'root', children: [snapshotHeading(options)] })
  return `${heading}\n\n${table}\n`
}

/**
 * The paths among `existingPaths` that the template names with a day more than `keepDays` days
 * before today. A path the template does not produce (another file in the folder, a date that
 * is no day) is never returned, so only snapshots this archive wrote are ever deleted.
 */
export function expiredArchives(
  existingPaths: string[],
  template: string,
  now: Date,
  timezone: string,
  keepDays: number
): string[] {
  const checked = checkTemplate(template)
  const today = calendarDay(now, timezone)
  return existingPaths.filter(path => {
    const day = archiveDay(checked, path)
    return day !== undefined && daysBetween(day, today) > keepDays
  })
}

/** The folder holding the snapshots (the part of the template before the first `{date}`); '' for the repository root. */
export function archiveFolder(template: string): string {
  const checked = checkTemplate(template)
  const beforeDate = checked.slice(0, checked.indexOf(DATE))
  return beforeDate.slice(0, beforeDate.lastIndexOf('/') + 1).replace(/\/$/, '')
}

function checkTemplate(template: string): string {
  if (!template.includes(DATE))
    throw errors.badInput(
      'archive-path',
      `must contain {date}, as in "archive/{date}.md", not "${template}"`
    )
  return repositoryPath('archive-path', template)
}

function snapshotHeading({ labels, category, now, timezone }: ArchiveOptions): Heading {
  const categoryText = category === undefined ? [] : [text(': '), ...literalText(category)]
  return {
    type: 'heading',
    depth: 1,
    children: [text(labels.openings), ...categoryText, text(` — ${calendarDay(now, timezone)}`)]
  }
}
