/**
 * Reads a source record's canonical fields through the `fields` mapping, so a feed of
 * another shape (company_name, meta.dates.posted, ...) needs no conversion.
 */
import { CANONICAL_FIELDS, type CanonicalField, type RunSettings } from '../config/config.js'
import { BIDI_CONTROL_RANGES, withoutBidiControls } from '../bidi.js'
import { flagValue, readPath } from '../record.js'

/** Every canonical field of one record; undefined when the record does not give it. */
export type CanonicalRecord = Record<CanonicalField, unknown>

/** The fields read of every record: those selection looks at and those the feed's hints count. */
export type FirstRead = Pick<
  CanonicalRecord,
  'company' | 'title' | 'url' | 'posted_at' | 'categories' | 'active'
>

/**
 * A reader of records' canonical fields, each read from the path `fields` maps it to, else
 * from the key of its own name (readPath). Strings come back trimmed, the text a visitor reads
 * (company, title, location) after tidyText; `null`, `""` and blank strings come back
 * undefined (absent).
 *
 * `first` reads what every record is asked for; `all` the rest too, for a record that is
 * validated, reusing its first read. Most records of a large feed are read only first: no
 * board wants them.
 */
export function recordReader(fields: RunSettings['fields']) {
  // Each field's reader is made once, its path and kind looked up then, not for every record.
  const read = Object.fromEntries(
    CANONICAL_FIELDS.map(name => {
      const path = fields[name] ?? name
      const shown = SHOWN_TEXT.has(name)
      if (name === 'location')
        return [name, (record: object): unknown => placeLines(readPath(record, path))]
      return [name, (record: object): unknown => present(readPath(record, path), shown)]
    })
  ) as Record<CanonicalField, (record: object) => unknown>
  const first = (record: object): FirstRead => ({
    company: read.company(record),
    title: read.title(record),
    url: read.url(record),
    posted_at: read.posted_at(record),
    categories: read.categories(record),
    active: read.active(record)
  })
  const all = (record: object, firstRead: FirstRead = first(record)): CanonicalRecord => ({
    id: read.id(record),
    company: firstRead.company,
    company_url: read.company_url(record),
    title: firstRead.title,
    url: firstRead.url,
    location: read.location(record),
    work_type: workTypeValue(read.work_type(record)),
    posted_at: firstRead.posted_at,
    salary: read.salary(record),
    salary_min: read.salary_min(record),
    salary_max: read.salary_max(record),
    salary_currency: read.salary_currency(record),
    salary_period: read.salary_period(record),
    skills: read.skills(record),
    description: read.description(record),
    categories: firstRead.categories,
    active: firstRead.active
  })
  /**
   * Whether the record carries any listing field through the mapping (`firstRead`: its first
   * read). One with none, such as the notice RemoteOK's answer starts with, is no listing.
   */
  const anyField = (record: object, firstRead: FirstRead = first(record)): boolean => {
    for (const name of FIRST_READ) if (firstRead[name] !== undefined) return true
    for (const name of LATER_READ) if (read[name](record) !== undefined) return true
    return false
  }
  return { first, all, anyField }
}

/** The fields of FirstRead, and the other canonical fields. */
const FIRST_READ = [
  'company',
  'title',
  'url',
  'posted_at',
  'categories',
  'active'
] as const satisfies readonly (keyof FirstRead)[]
const LATER_READ = CANONICAL_FIELDS.filter(
  name => !(FIRST_READ as readonly CanonicalField[]).includes(name)
)

/**
 * A work type as the record gives it, or the flag a spreadsheet's `remote` column writes as
 * text or a number (`Yes`, `n`, `TRUE`, `1`: flagValue), read as `remote: true` is.
 */
export function workTypeValue(value: unknown): unknown {
  return flagValue(value) ?? value
}

/** The canonical fields shown as text in a table cell. */
const SHOWN_TEXT: ReadonlySet<CanonicalField> = new Set(['company', 'title', 'location'])

/**
 * Text as a table cell shows it: without bidirectional controls (bidi.ts), and each run of control characters and line breaks, with the spaces around
 * it, as one space, then trimmed, so that a control character at an edge goes with the
 * trimming instead of leaving a space behind.
 */
export function tidyText(text: string): string {
  if (!CONTROL_OR_BIDI.test(text)) return text.trim()
  const shown = withoutBidiControls(text)
  return shown.replace(SPACE_OR_CONTROL_RUN, run => (CONTROL.test(run) ? ' ' : run)).trim()
}

// Unicode Cc (C0, DEL, C1) and the line and paragraph separators (Zl, Zp), written as ranges:
// a property class costs more on every string read. Neither pattern can backtrack: a run is
// matched whole, and only a run holding a control character changes.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\0-\x1f\x7f-\x9f\u2028\u2029]/
// One class, so the common text without either is passed over in one test.
const CONTROL_OR_BIDI = new RegExp(`[${CONTROL.source.slice(1, -1)}${BIDI_CONTROL_RANGES}]`)
// eslint-disable-next-line no-control-regex -- likewise
const SPACE_OR_CONTROL_RUN = /[\s\0-\x1f\x7f-\x9f\u2028\u2029]+/g

/**
 * A line break in a value: a spreadsheet cell of several lines (Alt+Enter in Excel) lists one
 * item a line.
 */
export const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/

/**
 * A location as a cell shows it (present); one of several lines (`Berlin⏎Munich`, a sheet's
 * cell listing its places a line each) is the list of its lines, as `["Berlin", "Munich"]` is.
 */
function placeLines(value: unknown): unknown {
  if (typeof value !== 'string' || !LINE_BREAK.test(value)) return present(value, true)
  const lines = value.split(LINE_BREAK).flatMap(line => present(line, true) ?? [])
  return lines.length > 1 ? lines : lines[0]
}

function present(value: unknown, shown: boolean): unknown {
  if (value === null) return undefined
  if (typeof value !== 'string') return value
  const trimmed = shown ? tidyText(value) : value.trim()
  return (shown ? showsNothing(trimmed) : trimmed === '') ? undefined : trimmed
}

/** Whether tidied text would show as a blank cell (INVISIBLE). */
export function showsNothing(text: string): boolean {
  if (text === '') return true
  // A printable ASCII character other than the space is neither blank nor ignorable: the usual
  // text is told apart without the pattern.
  const code = text.charCodeAt(0)
  return !(code > SPACE && code < DELETE) && INVISIBLE.test(text)
}

const SPACE = 0x20
const DELETE = 0x7f

/**
 * The characters of a value that holds some yet shows none once tidied (tidyText, showsNothing),
 * such as a company of bidirectional controls only, as code points (`U+202E U+202C`); undefined
 * for any other value. Such a field is read as absent, and says why.
 */
export function unseenCharacters(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || !showsNothing(tidyText(value)))
    return undefined
  const points = new Set(
    [...value.replace(/\s/g, '')].map(
      character => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    )
  )
  const listed = [...points]
  return listed.length > 6 ? `${listed.slice(0, 6).join(' ')} ...` : listed.join(' ')
}

/** Why a field of `unseenCharacters` is refused or counted as empty. */
export function unseenProblem(characters: string): string {
  return `empty once its invisible characters are removed: it holds only characters no cell shows (${characters})`
}

/**
 * Text a cell would show as blank: only characters that have no glyph (zero-width spaces and
 * joiners, the soft hyphen, the Hangul fillers, tag characters: Unicode's default ignorables)
 * and spaces, and the Braille blank (U+2800), which is no default ignorable but shows nothing.
 * A company of `\u200b` is no company. Fails at the first visible character.
 */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\s\u2800]+$/u

/** The characters that show nothing at the start of a text (INVISIBLE, and controls). */
export const UNSEEN_START = /^[\p{Default_Ignorable_Code_Point}\p{Cc}\s\u2800]+/u
