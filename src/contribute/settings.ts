/**
 * How the board takes contributions from issue forms: the label that approves one, the label a
 * refused one gets, which issue labels tell a new, edited or closed posting apart, and which
 * form label fills which listing field. Parsed once with the other inputs.
 */
import { CANONICAL_FIELDS, type CanonicalField } from '../config/config.js'
import { errors, yamlProblem } from '../errors.js'
import { yamlValue } from '../yaml.js'

export type ContributionKind = 'new' | 'edit' | 'close'

export interface ContributionSettings {
  /** The label whose adding approves a contribution. Default `approved`. */
  approveLabel: string
  /** The label a refused contribution gets. Default `needs-changes`. */
  refusedLabel: string
  /** Issue label -> kind. Default `new-listing`, `edit-listing`, `close-listing`. */
  kinds: Record<string, ContributionKind>
  /**
   * Form label (folded: lower case, words joined by `_`) -> field: a canonical one, `kind`, or
   * `record.<key>`, a key of the file's records of no canonical meaning (`record.terms`). Labels
   * not named here are read as a canonical field name or a common alias of one (`Company name`,
   * `Job title`, `Link`).
   */
  fields: Record<string, FormTarget>
}

/** What a form label fills. */
export type FormTarget = CanonicalField | 'kind' | RecordKey

/** A key of the listings file's records, as a form label's target: `record.terms`. */
export type RecordKey = `record.${string}`

export function isRecordKey(target: FormTarget): target is RecordKey {
  return target.startsWith('record.')
}

export const DEFAULT_KINDS: Record<string, ContributionKind> = {
  'new-listing': 'new',
  'edit-listing': 'edit',
  'close-listing': 'close'
}

/** The settings from the `contribution-*` inputs (undefined: the default). */
export function parseContribution(given: {
  approveLabel?: string
  refusedLabel?: string
  kinds?: string
  fields?: string
}): ContributionSettings {
  return {
    approveLabel: given.approveLabel ?? 'approved',
    refusedLabel: given.refusedLabel ?? 'needs-changes',
    kinds: given.kinds === undefined ? DEFAULT_KINDS : parseKinds(given.kinds),
    fields: given.fields === undefined ? {} : parseFields(given.fields)
  }
}

/** A form's label as a key: lower case, each run of other characters one `_`. */
export function foldLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
}

/** The field a form label fills: the configured one, else a canonical name or an alias. */
export function fieldOfLabel(
  label: string,
  settings: ContributionSettings
): FormTarget | undefined {
  const folded = foldLabel(label)
  // Own keys only: a form heading `### constructor` names no field.
  if (Object.hasOwn(settings.fields, folded)) return settings.fields[folded]
  if ((CANONICAL_FIELDS as readonly string[]).includes(folded)) return folded as CanonicalField
  return Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : undefined
}

/**
 * Whether a form label asks for a note to the maintainer, which fills no field: the close
 * form's `Reason` (init --contribution).
 */
export function isNoteLabel(label: string): boolean {
  return NOTE_LABELS.has(foldLabel(label))
}

const NOTE_LABELS = new Set(['reason'])

const ALIASES: Record<string, FormTarget> = {
  company_name: 'company',
  employer: 'company',
  job_title: 'title',
  role: 'title',
  role_title: 'title',
  position: 'title',
  link: 'url',
  job_url: 'url',
  job_link: 'url',
  posting_url: 'url',
  application_link: 'url',
  apply_link: 'url',
  locations: 'location',
  remote: 'work_type',
  date_posted: 'posted_at',
  posted: 'posted_at',
  category: 'categories',
  type_of_change: 'kind',
  request: 'kind'
}

function mapping(input: string, text: string): Record<string, unknown> {
  let given: unknown
  try {
    given = yamlValue(text)
  } catch (error) {
    throw errors.badInput(input, `is not a YAML or JSON mapping: ${yamlProblem(error)}`)
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    throw errors.badInput(input, 'must be a mapping such as "Company name: company"')
  return given as Record<string, unknown>
}

function parseKinds(text: string): Record<string, ContributionKind> {
  const kinds: Record<string, ContributionKind> = {}
  for (const [label, kind] of Object.entries(mapping('contribution-kinds', text))) {
    if (kind !== 'new' && kind !== 'edit' && kind !== 'close')
      throw errors.badInput(
        'contribution-kinds',
        `"${label}" must map to new, edit or close, not "${String(kind)}"`
      )
    kinds[label] = kind
  }
  return kinds
}

function parseFields(text: string): ContributionSettings['fields'] {
  const fields: ContributionSettings['fields'] = {}
  for (const [label, field] of Object.entries(mapping('contribution-fields', text))) {
    const known = [...CANONICAL_FIELDS, 'kind']
    if (typeof field !== 'string' || !(known.includes(field) || RECORD_KEY.test(field)))
      throw errors.badInput(
        'contribution-fields',
        `"${label}" must map to a listing field (${known.join(', ')}) or to a key of the records as record.<key> (record.terms), not "${String(field)}"`
      )
    fields[foldLabel(label)] = field as FormTarget
  }
  return fields
}

/** `record.` and a top-level key of a record. */
const RECORD_KEY = /^record\.[^.\s]+$/
