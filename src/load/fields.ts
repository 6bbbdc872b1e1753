/**
 * Reads a source record's canonical fields through the `fields` mapping, so a feed of
 * another shape (company_name, meta.dates.posted, ...) needs no conversion.
 */
import { CANONICAL_FIELDS, type CanonicalField, type RunSettings } from '../config/config.js'
import { readPath } from '../record.js'

/** Every canonical field of one record; undefined when the record does not give it. */
export type CanonicalRecord = Record<CanonicalField, unknown>

/**
 * A reader of records' canonical fields, each read from the path `fields` maps it to, else
 * from the key of its own name. Strings come back trimmed, the text a visitor reads (company,
 * title, location) after tidyText; `null`, `""` and blank strings come back undefined (absent).
 *
 * A record's own keys are read in one pass and each looked up among the paths: a record has a
 * dozen keys, and asking it for each of the seventeen fields by name cost several times more.
 * A dotted path (`meta.dates.posted`) no key spells is walked after the pass (readPath).
 */
export function recordReader(fields: RunSettings['fields']): (record: object) => CanonicalRecord {
  // Each key a field is read from, and the fields (usually one) it gives.
  const byKey = new Map<string, CanonicalField[]>()
  for (const name of CANONICAL_FIELDS) {
    const path = fields[name] ?? name
    byKey.set(path, [...(byKey.get(path) ?? []), name])
  }
  const walked = CANONICAL_FIELDS.filter(name => fields[name]?.includes('.'))
  return record => {
    const canonical = absentFields()
    for (const key of Object.keys(record)) {
      const names = byKey.get(key)
      if (names === undefined) continue
      const value = (record as Record<string, unknown>)[key]
      for (const name of names) setField(canonical, name, value)
    }
    for (const name of walked)
      if (!Object.hasOwn(record, fields[name]!))
        setField(canonical, name, readPath(record, fields[name]!))
    return canonical
  }
}

/** A record with every canonical field absent, all records in one shape. */
function absentFields(): CanonicalRecord {
  return {
    id: undefined,
    company: undefined,
    company_url: undefined,
    title: undefined,
    url: undefined,
    location: undefined,
    work_type: undefined,
    posted_at: undefined,
    salary: undefined,
    salary_min: undefined,
    salary_max: undefined,
    salary_currency: undefined,
    salary_period: undefined,
    skills: undefined,
    description: undefined,
    categories: undefined,
    active: undefined
  }
}

/**
 * Sets one field to a value as read (see recordReader). A case per field: a store under a
 * computed name is several times slower, and this runs for every field of every record.
 */
function setField(canonical: CanonicalRecord, name: CanonicalField, value: unknown): void {
  switch (name) {
    case 'company':
      canonical.company = present(value, true)
      break
    case 'title':
      canonical.title = present(value, true)
      break
    case 'location':
      canonical.location = present(value, true)
      break
    case 'id':
      canonical.id = present(value, false)
      break
    case 'company_url':
      canonical.company_url = present(value, false)
      break
    case 'url':
      canonical.url = present(value, false)
      break
    case 'work_type':
      canonical.work_type = present(value, false)
      break
    case 'posted_at':
      canonical.posted_at = present(value, false)
      break
    case 'salary':
      canonical.salary = present(value, false)
      break
    case 'salary_min':
      canonical.salary_min = present(value, false)
      break
    case 'salary_max':
      canonical.salary_max = present(value, false)
      break
    case 'salary_currency':
      canonical.salary_currency = present(value, false)
      break
    case 'salary_period':
      canonical.salary_period = present(value, false)
      break
    case 'skills':
      canonical.skills = present(value, false)
      break
    case 'description':
      canonical.description = present(value, false)
      break
    case 'categories':
      canonical.categories = present(value, false)
      break
    case 'active':
      canonical.active = present(value, false)
      break
  }
}

/**
 * Text as a table cell shows it: each run of control characters and line breaks, with the
 * spaces around it, as one space, then trimmed, so that a control character at an edge
 * goes with the trimming instead of leaving a space behind.
 */
export function tidyText(text: string): string {
  if (!CONTROL.test(text)) return text.trim()
  return text.replace(SPACE_OR_CONTROL_RUN, run => (CONTROL.test(run) ? ' ' : run)).trim()
}

// Unicode Cc (C0, DEL, C1) and the line and paragraph separators (Zl, Zp), written as ranges:
// a property class costs more on every string read. Neither pattern can backtrack: a run is
// matched whole, and only a run holding a control character changes.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\0-\x1f\x7f-\x9f\u2028\u2029]/
// eslint-disable-next-line no-control-regex -- likewise
const SPACE_OR_CONTROL_RUN = /[\s\0-\x1f\x7f-\x9f\u2028\u2029]+/g

function present(value: unknown, shown: boolean): unknown {
  if (value === null) return undefined
  if (typeof value !== 'string') return value
  const trimmed = shown ? tidyText(value) : value.trim()
  return trimmed === '' ? undefined : trimmed
}
