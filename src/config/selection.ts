/**
 * What a board of the boards file selects and how it shapes its rows, beyond the category
 * preset and the age window: filters on any field, sort keys, and what becomes of repeated
 * companies, closed listings and missing company links.
 *
 *     boards:
 *       - readme: README.md
 *         visible: is_visible
 *         select:
 *           all:
 *             - { field: terms, contains-any: [Summer 2025] }
 *             - { field: date_posted, after: 1710797957 }
 *         sort:
 *           - { field: active, order: desc }
 *           - { field: posted_at, by: day, timezone: America/Los_Angeles, order: desc }
 *           - { field: company, ignore-case: true, order: desc }
 *         dedupe: false
 *         closed: mark
 *         repeat-company: "↳"
 *         repeat-company-when: same-age
 *         company-url: fill
 *
 * A field is a listing field (`company`, `title`, `posted_at`, `active`, ...) or any other
 * field of the feed's records, by name or dotted path (`terms`, `is_visible`, `salary.min`).
 */
import * as v from 'valibot'
import { isTimeZone } from '../calendar.js'
import { errors } from '../errors.js'
import { isNumeric, isRecord } from '../record.js'
import { LOCALE_DAY, timeOf } from '../time.js'
import type { AgeDays } from '../render/template-values.js'

/** A test on the listings; those it refuses are not shown. */
export type Filter = FieldFilter | { not: Filter } | { all: Filter[] } | { any: Filter[] }

/** Tests on one field; every test given must hold. Text tests ignore case unless told. */
export interface FieldFilter {
  field: string
  /**
   * false: text tests compare the text as written, case and all (`Summer 2025` is not `summer
   * 2025`), as a script comparing with `==` or `in` does. Default true.
   */
  ignoreCase?: boolean
  /** The value (any item of a list) is this one. */
  equals?: Scalar
  /** The value (any item of a list) is one of these. */
  oneOf?: Scalar[]
  /** The text (any item of a list) holds one of these. */
  containsAny?: string[]
  /** With `containsAny`: as whole words, not as any substring. Default false. */
  words?: boolean
  /** The text (any item of a list) ends with one of these. */
  endsWith?: string[]
  /** Later or greater than this: a date, a date-time or a number (Unix seconds for a date field). */
  after?: Scalar
  /** Earlier or smaller than this. */
  before?: Scalar
}

export type Scalar = string | number | boolean

/** One sort key; the rows are ordered by the first, ties by the next, then by feed order. */
export interface SortKey {
  field: string
  /**
   * Fields whose text follows `field`'s, the whole compared as one text (a boards file's
   * `fields: [a, b, c]`), as a script compares `str(a) + b.lower() + str(c)`.
   */
  joinedWith?: string[]
  /** Default asc. */
  order: 'asc' | 'desc'
  /** `day`: only the calendar day of a date counts, in `timezone`. */
  by?: 'day'
  /** IANA zone of `by: day`; default the board's `timezone`. */
  timezone?: string
  /** Compare text lower-cased. Default false. */
  ignoreCase: boolean
}

/** What becomes of a listing that is not active any more. */
export type ClosedRows =
  /** Not shown (the default). */
  | 'drop'
  /** Shown in place, marked 🔒 instead of its link. */
  | 'mark'
  /** Shown in a second table, folded under the first in a `<details>` block. */
  | 'details'

export interface BoardSelection {
  /** Undefined: every listing of the category and the age window. */
  filter?: Filter
  /** A field of the records that must be true for a listing to be shown; undefined: none. */
  visible?: string
  /** Undefined: newest first, then company, title and id. */
  sort?: SortKey[]
  /** Merge listings of one opening (same id, url, or company + title + location). Default true. */
  dedupe: boolean
}

export interface RowShape {
  /**
   * Shown in place of a company named again on the next row posted the same day (or as long
   * ago, see repeatCompanyWhen); undefined: none.
   */
  repeatCompany?: string
  /** What "posted alike" means for `repeatCompany`. Default `same-day`. */
  repeatCompanyWhen: RepeatCompanyWhen
  /**
   * How a listing's age counts whole days, for the `age` filter and `same-age`: `elapsed` (the
   * default) or `wall-clock`, between the times the board's `timezone` clocks show.
   */
  ageDays: AgeDays
  closed: ClosedRows
  /**
   * `fill`: every row links its company as the last listing of that company with a link in the
   * whole feed does; `fill-shown`: as the last such listing among the board's own rows does.
   */
  companyUrl: 'as-given' | 'fill' | 'fill-shown'
}

/** When two rows of one company count as posted alike, for the `repeat-company` text. */
export type RepeatCompanyWhen =
  /** Posted on the same calendar day in the board's `timezone` (the day a Date column shows). */
  | 'same-day'
  /** As many whole days ago at the run's `now` (the days an Age column counts, `age` filter). */
  | 'same-age'
  /**
   * The date column shows the same text (config/table.ts dateColumn), as a script comparing
   * the date it prints does: `Jun 2023` for two days of June, `Oct 24` of two years.
   */
  | 'same-date-text'

export const DEFAULT_SELECTION: BoardSelection = { dedupe: true }
export const DEFAULT_ROW_SHAPE: RowShape = {
  repeatCompanyWhen: 'same-day',
  ageDays: 'elapsed',
  closed: 'drop',
  companyUrl: 'as-given'
}

/** The options of a board that this module reads; the boards file hands them over unparsed. */
export const SELECTION_OPTIONS = [
  'select',
  'sort',
  'visible',
  'dedupe',
  'closed',
  'repeat-company',
  'repeat-company-when',
  'company-url',
  'age-days'
] as const

/**
 * The selection and row options of one board of the boards file. `where` names the board in
 * messages.
 */
export function parseSelection(
  options: Record<string, unknown>,
  file: string,
  where: string
): { selection: BoardSelection; rowShape: RowShape } {
  const result = v.safeParse(OptionsSchema, options)
  if (!result.success) {
    // A key the schema does not know is told before the key it then misses: `fild: title`
    // is a misspelled `field`, not a missing one.
    const issue = result.issues.find(unknownKey) ?? result.issues[0]
    const path = (issue.path ?? []).map(item => String(item.key)).join('.')
    const missing = issue.type.endsWith('object') && issue.input === undefined
    const message = missing ? 'is missing' : issue.message
    throw errors.badBoardsFile(file, where, `"${path}" ${message}`)
  }
  const given = result.output
  if (given['repeat-company-when'] !== undefined && given['repeat-company'] === undefined)
    throw errors.badBoardsFile(
      file,
      where,
      '"repeat-company-when" needs repeat-company: it says when that text replaces the company'
    )
  return {
    selection: {
      filter: given.select,
      visible: given.visible,
      sort: given.sort,
      dedupe: given.dedupe ?? true
    },
    rowShape: {
      repeatCompany: given['repeat-company'],
      repeatCompanyWhen: given['repeat-company-when'] ?? 'same-day',
      ageDays: given['age-days'] ?? 'elapsed',
      closed: given.closed ?? 'drop',
      companyUrl: given['company-url'] ?? 'as-given'
    }
  }
}

const ScalarSchema = v.union(
  [v.string(), v.number(), v.boolean()],
  'must be text, a number, true or false'
)
const Texts = v.pipe(
  v.union([v.string(), v.array(v.string())], 'must be text or a list of text'),
  v.transform(value => (Array.isArray(value) ? value : [value]))
)
const FieldName = v.pipe(v.string('must name a field'), v.minLength(1, 'must name a field'))
/**
 * `after` or `before`: a number, or a date or date-time the listings' dates are read as (timeOf),
 * so that the test can hold: a bound read as neither (`12/04/2026`, `Dec 4`) would match no
 * listing, silently.
 */
const BoundSchema = v.pipe(
  ScalarSchema,
  v.check(
    bound =>
      typeof bound === 'number' ||
      isNumeric(bound) ||
      (typeof bound === 'string' && timeOf(bound) !== undefined),
    issue => {
      const given = JSON.stringify(issue.input)
      const why = LOCALE_DAY.test(String(issue.input))
        ? ', a day whose day and month change places from country to country,'
        : ', neither a date nor a number,'
      return `is ${given}${why} so no listing would pass it; write a date as YYYY-MM-DD (2026-12-04), a date-time as 2026-12-04T09:00:00Z, or a number`
    }
  )
)

const FieldFilterSchema = v.pipe(
  v.strictObject(
    {
      field: FieldName,
      equals: v.optional(ScalarSchema),
      'one-of': v.optional(v.array(ScalarSchema, 'must be a list')),
      'contains-any': v.optional(Texts),
      words: v.optional(v.boolean('must be true or false')),
      'ends-with': v.optional(Texts),
      after: v.optional(BoundSchema),
      before: v.optional(BoundSchema),
      'ignore-case': v.optional(v.boolean('must be true or false'))
    },
    'is not a test; use equals, one-of, contains-any, words, ends-with, after, before or ignore-case'
  ),
  v.check(
    filter =>
      ['equals', 'one-of', 'contains-any', 'ends-with', 'after', 'before'].some(
        test => test in filter
      ),
    'needs a test: equals, one-of, contains-any, ends-with, after or before'
  ),
  v.transform((filter): FieldFilter => ({
    field: filter.field,
    equals: filter.equals,
    oneOf: filter['one-of'],
    containsAny: filter['contains-any'],
    words: filter.words,
    endsWith: filter['ends-with'],
    after: filter.after,
    before: filter.before,
    ...(filter['ignore-case'] === undefined ? {} : { ignoreCase: filter['ignore-case'] })
  }))
)

const FilterSchema: v.GenericSchema<unknown, Filter> = v.lazy(input => {
  if (Array.isArray(input))
    return v.pipe(
      v.array(FilterSchema),
      v.transform(all => ({ all }))
    )
  if (typeof input === 'object' && input !== null) {
    if ('not' in input) return v.strictObject({ not: FilterSchema }, 'takes only "not"')
    if ('all' in input)
      return v.strictObject({ all: v.array(FilterSchema, 'must be a list') }, 'takes only "all"')
    if ('any' in input)
      return v.strictObject({ any: v.array(FilterSchema, 'must be a list') }, 'takes only "any"')
  }
  return FieldFilterSchema
}) as v.GenericSchema<unknown, Filter>

/** valibot's issue of a key a strict object does not take. */
function unknownKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never'
}

/** What a sort key object holds beside its field (or fields). */
const SORT_KEY_OPTIONS = {
  order: v.optional(v.picklist(['asc', 'desc'], 'must be asc or desc')),
  by: v.optional(v.picklist(['day'], 'must be day')),
  timezone: v.optional(
    v.pipe(v.string(), v.check(isTimeZone, 'is not an IANA time zone such as UTC or Europe/Berlin'))
  ),
  'ignore-case': v.optional(v.boolean('must be true or false'))
}

const NOT_A_SORT_KEY =
  'is not a sort key; use field (or fields), order, by, timezone or ignore-case'

/** `fields: [a, b]`: their texts joined, compared as one text; not by day. */
const JoinedSortKey = v.pipe(
  v.strictObject(
    {
      fields: v.pipe(
        v.array(FieldName, 'must be a list of field names'),
        v.minLength(2, 'must name two fields or more (for one, write field)')
      ),
      ...SORT_KEY_OPTIONS
    },
    NOT_A_SORT_KEY
  ),
  v.check(key => key.by === undefined, 'compares text: by: day takes one date, written as field'),
  v.transform(({ fields, ...options }): SortKey => ({
    ...sortKeyOptions(options),
    field: fields[0]!,
    joinedWith: fields.slice(1)
  }))
)

const SortKeySchema = v.lazy(input =>
  typeof input === 'string'
    ? v.pipe(
        FieldName,
        v.transform((field): SortKey => ({ field, order: 'asc', ignoreCase: false }))
      )
    : isRecord(input) && 'fields' in input
      ? JoinedSortKey
      : v.pipe(
          v.strictObject({ field: FieldName, ...SORT_KEY_OPTIONS }, NOT_A_SORT_KEY),
          v.transform(({ field, ...options }): SortKey => ({ ...sortKeyOptions(options), field }))
        )
) as v.GenericSchema<unknown, SortKey>

function sortKeyOptions(
  key: v.InferOutput<v.ObjectSchema<typeof SORT_KEY_OPTIONS, undefined>>
): Omit<SortKey, 'field'> {
  return {
    order: key.order ?? 'asc',
    by: key.by,
    timezone: key.timezone,
    ignoreCase: key['ignore-case'] ?? false
  }
}

const OptionsSchema = v.object({
  select: v.optional(FilterSchema),
  sort: v.optional(
    v.pipe(v.array(SortKeySchema, 'must be a list of sort keys'), v.minLength(1, 'is empty'))
  ),
  visible: v.optional(FieldName),
  dedupe: v.optional(v.boolean('must be true or false')),
  closed: v.optional(v.picklist(['drop', 'mark', 'details'], 'must be drop, mark or details')),
  'repeat-company': v.optional(v.string('must be text, such as "↳"')),
  'repeat-company-when': v.optional(
    v.picklist(
      ['same-day', 'same-age', 'same-date-text'],
      'must be same-day, same-age or same-date-text'
    )
  ),
  'company-url': v.optional(
    v.picklist(['as-given', 'fill', 'fill-shown'], 'must be as-given, fill or fill-shown')
  ),
  'age-days': v.optional(v.picklist(['elapsed', 'wall-clock'], 'must be elapsed or wall-clock'))
})
