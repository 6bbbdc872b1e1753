/**
 * Hints for a feed of another shape. While loading, `feedShape` is shown every record (with
 * the fields the load stage read of it first) and keeps counts: how many records miss each
 * required field, what fields the feed has and what their values look like, how many records
 * a `fields` mapping finds anything in, and the categories the records name. Its summary turns them into advice that names the mapping
 * to use: "company is missing in 6,000 of 6,000 records; the feed has company_name".
 */
import { CANONICAL_FIELDS, type CanonicalField, type RunSettings } from '../config/config.js'
import { unseenCharacters, workTypeValue, type FirstRead } from './fields.js'
import {
  categoryList,
  isAmount,
  isDateNumber,
  givesSalary,
  isLocation,
  isSalary,
  workTypeOf,
  type SelectionFields
} from './normalize.js'
import { salaryPeriod } from './salary-text.js'
import { LOCALE_DAY, timeOf } from '../time.js'
import { activeValue, isRecord, isTooDeep, jsonText, readInItems, readPath } from '../record.js'
import { parseHttpUrl } from '../url.js'
import { compareText } from '../select/selector.js'

export interface FeedSummary {
  /** Warnings, each complete: fields most records miss and the mapping that reads them; mappings that find nothing. */
  hints: string[]
  /** The categories the records name, lower case, most records first, at most TOP_CATEGORIES. */
  categories: CategoryCount[]
  /**
   * The whole `fields` value a hint proposes (`company=company_name,posted_at=date_posted`), as
   * the input reads it: the mapping given with the hint's proposals added; undefined when no
   * hint proposes one, nor the records name their categories under another name (`category`,
   * proposed with no hint). `init` writes it in the boards file it starts.
   */
  fields?: string
}

export interface CategoryCount {
  name: string
  /** Records naming it. */
  records: number
}

/** An accumulator: `add` each source record, then read the `summary`. */
export function feedShape(fields: RunSettings['fields']) {
  let records = 0
  const missing = new Map<CanonicalField, number>(REQUIRED.map(name => [name, 0]))
  /** Required fields given as invisible characters only: in how many records, the first's. */
  const unseen = new Map<CanonicalField, { count: number; characters: string }>()
  const mappings = Object.entries(fields).map(([name, path]) => ({ name, path, found: 0 }))
  const keys = new Map<string, KeyProfile>()
  const unvalued = new Map<string, number>()
  // A count held in an object, so that a name a record repeats is looked up once.
  const categories = new Map<string, CategoryCount>()
  /** The records that give `active`, and those that give it false. */
  const active = { given: 0, false: 0 }
  // The fields on the way to a mapped path, which the profile looks into however deep.
  const along = new Set(
    Object.values(fields).flatMap(path =>
      path.split('.').map((_, index, parts) => parts.slice(0, index + 1).join('.'))
    )
  )
  return {
    /**
     * `read`: the record's fields the load stage reads first (recordReader);
     * `selection`: its selection fields, when the load stage took them from `read` (their
     * categories are the record's).
     */
    add(record: object, read: FirstRead, selection?: SelectionFields): void {
      records++
      for (const name of REQUIRED) {
        if (read[name] !== undefined) continue
        // Text of invisible characters only is given, though read as absent: no mapping finds it.
        const characters = unseenCharacters(readPath(record, fields[name] ?? name))
        if (characters === undefined) missing.set(name, (missing.get(name) ?? 0) + 1)
        else if (!unseen.has(name)) unseen.set(name, { count: 1, characters })
        else unseen.get(name)!.count++
      }
      for (const mapping of mappings)
        if (readPath(record, mapping.path) !== undefined) mapping.found++
      if (read.active !== undefined) {
        active.given++
        if (activeValue(read.active) === false) active.false++
      }
      if (records <= PROFILED_RECORDS) profile(record, keys, unvalued, along)
      const names = selection ? selection.categories : categoryList(read.categories)
      if (names === undefined) return
      for (const name of names) {
        const count = categories.get(name)
        if (count !== undefined) count.records++
        else if (categories.size < MAX_CATEGORIES) categories.set(name, { name, records: 1 })
      }
    },
    summary(): FeedSummary {
      const missed = missingHint(records, missing, keys, fields)
      return {
        hints: [
          // As for a missing field: when most records give it so.
          ...[...unseen]
            .filter(([, { count }]) => count * 2 > records)
            .map(
              ([name, { count, characters }]) =>
                `${name} is empty in ${count.toLocaleString('en-US')} of ${records.toLocaleString('en-US')} records once their invisible characters are removed: the feed gives it as characters no cell shows (${characters} in the first); write the ${name} itself there.`
            ),
          ...missed.hints,
          ...mappings.flatMap(({ name, path, found }) =>
            found > 0 || records === 0
              ? []
              : [unmatchedHint(name as CanonicalField, path, keys, fields)]
          ),
          ...uncheckedHint(records, active, fields.active)
        ],
        categories: [...categories.values()]
          .sort((a, b) => b.records - a.records || compareText(a.name, b.name))
          .slice(0, TOP_CATEGORIES)
          .map(({ name, records }) => ({ name, records })),
        ...(missed.mapping === undefined ? {} : { fields: missed.mapping })
      }
    }
  }
}

/**
 * The hint for a mapped `active` given in some records, false in none, and missing in the
 * rest: a checkbox, which Airtable leaves out of its answer when it is not ticked (and a sheet
 * exports as an empty cell), so that the closed postings are the ones without it, and a
 * listing without `active` is read as open.
 */
function uncheckedHint(
  records: number,
  active: { given: number; false: number },
  path: string | undefined
): string[] {
  if (path === undefined || active.given === 0 || active.false > 0 || active.given === records)
    return []
  const missing = records - active.given
  return [
    `active (${path}) is given in ${active.given.toLocaleString('en-US')} of ${records.toLocaleString('en-US')} records, false in none, and missing in the other ${missing.toLocaleString('en-US')}, which are read as open: as a checkbox not ticked is left out (Airtable leaves it out of its answer; a sheet exports an empty cell). If a missing ${path} means closed, show only the records it is true in: take active out of "fields" and give the board \`visible: ${path}\` in a boards file.`
  ]
}

/** How many categories the summary lists. */
export const TOP_CATEGORIES = 5

const REQUIRED = [
  'company',
  'title',
  'url',
  'posted_at'
] as const satisfies readonly (CanonicalField & keyof FirstRead)[]

/**
 * Optional fields worth mapping too when a hint proposes a mapping anyway. A salary's bounds
 * come before a bare salary, which is proposed only when the feed has neither.
 */
const ALSO_PROPOSED: readonly CanonicalField[] = [
  'id',
  'company_url',
  'location',
  'work_type',
  'salary_min',
  'salary_max',
  'salary',
  'salary_currency',
  'salary_period',
  'skills',
  'description',
  'categories',
  'active'
]

/** The records whose fields are profiled: enough to see a feed's shape, cheap for a million. */
const PROFILED_RECORDS = 1000

/** Distinct categories counted; a feed with more names something else than categories. */
const MAX_CATEGORIES = 10_000

/** What a value looks like, for matching a feed's field to a canonical one. */
type Shape = 'url' | 'date' | 'text' | 'list' | 'number' | 'boolean' | 'object' | 'objects'

interface KeyProfile {
  /** Records with a value there. */
  present: number
  /**
   * Records that have the key, with a value or null or blank: a field the API sends with every
   * posting, null where a posting has none (Ashby's compensation summaries), is the feed's
   * field, though most of its values are missing.
   */
  sent: number
  shapes: Map<Shape, number>
  /** The first SAMPLED values there, for the fields whose values must read a certain way. */
  samples: unknown[]
  /** Records whose value there is a body of text (isBodyText). */
  long: number
}

/** Longer than a company, title or location ever is: a description. */
const LONG_TEXT = 300

/**
 * Text of a post's body, never a company, title or location: several lines, over LONG_TEXT
 * characters, or HTML of paragraphs, line breaks or lists (a Hacker News comment's
 * `<p>`; a title's inline `<strong>`, as Adzuna marks the search term, is not).
 */
function isBodyText(text: string): boolean {
  return text.length > LONG_TEXT || /\n/.test(text) || BODY_MARKUP.test(text)
}

const BODY_MARKUP = /<(?:p|br|div|li|ul|ol|h[1-6])\b[^>]*>/i

/** Fields of a line of text: never proposed a field of long text. */
const SHORT_FIELDS: ReadonlySet<CanonicalField> = new Set([
  'id',
  'company',
  'title',
  'location',
  'work_type'
])

/**
 * A canonical field as a feed may name it: the shapes its values take; words a feed names it
 * with, best first; words of which its name must hold one (`needs`) or none (`avoids`), or that
 * make it a lesser choice, proposed only when no field without them fits (`lesser`); and a
 * test that half its values must pass (`reads`, told the field's name), for a field whose
 * every value would otherwise be ignored with a warning.
 */
interface Canonical {
  shapes: Shape[]
  words: string[]
  needs?: string[]
  avoids?: string[]
  lesser?: string[]
  reads?: (value: unknown, key: string) => boolean
  /** What reads without a warning, when more than `reads` passes (an object of no salary). */
  accepts?: (value: unknown, key: string) => boolean
}

const MIN_WORDS = ['min', 'minimum', 'from', 'low', 'lower']
const MAX_WORDS = ['max', 'maximum', 'high', 'upper']
/**
 * Words of the columns a spreadsheet exported in German, French, Spanish, Italian, Dutch or
 * Portuguese names (`Firma`, `Titel`, `Ort`, `Gehalt`; accents dropped, see wordsOf): after
 * the English ones, which name a field better.
 */
const FOREIGN = {
  company: [
    'firma',
    'unternehmen',
    'arbeitgeber',
    'empresa',
    'entreprise',
    'societe',
    'azienda',
    'bedrijf',
    'werkgever'
  ],
  title: [
    'titel',
    'stelle',
    'stellenbezeichnung',
    'jobtitel',
    'puesto',
    'titulo',
    'cargo',
    'poste',
    'titre',
    'intitule',
    'functie',
    'vacature',
    'posizione',
    'vaga'
  ],
  url: ['bewerbung', 'enlace', 'lien', 'candidatura'],
  location: [
    'ort',
    'standort',
    'arbeitsort',
    'ubicacion',
    'lugar',
    'ciudad',
    'lieu',
    'ville',
    'localisation',
    'localizacion',
    'sede',
    'citta',
    'plaats',
    'locatie',
    'cidade'
  ],
  date: ['datum', 'veroffentlicht', 'fecha', 'publicado', 'publie', 'publicacion', 'pubblicato'],
  salary: [
    'gehalt',
    'lohn',
    'vergutung',
    'salario',
    'sueldo',
    'salaire',
    'remuneration',
    'stipendio',
    'retribuzione',
    'salaris'
  ],
  categories: [
    'kategorie',
    'abteilung',
    'bereich',
    'categoria',
    'categorie',
    'departamento',
    'departement'
  ]
}

/** Words naming what a record is in (a thread, its story), whose title is not the record's. */
const CONTAINER_WORDS = ['story', 'thread', 'parent']

const SALARY_WORDS = ['salary', 'pay', 'compensation', 'wage', 'annual', ...FOREIGN.salary]
const REMOTE_WORDS: ReadonlySet<string> = new Set(['remote', 'telecommuting'])
// Careerjet's salary_type, schema.org's unitText, Lever's salaryRange.interval.
const PERIOD_NAMES = ['period', 'interval', 'unit', 'frequency', 'basis', 'type']

/**
 * Names of a flag that says a posting is open (a sheet's `Active` or `Aktiv` column, Ashby's
 * `isListed`, Airtable's `Open` checkbox), in the languages FOREIGN speaks, or of its state
 * (Workable's `state: archived`); not their opposites (`closed`, `archived`, `inactive`), whose
 * true is a closed posting.
 */
const ACTIVE_WORDS = [
  'active',
  'open',
  'state',
  'status',
  'listed',
  'published',
  'live',
  'aktiv',
  'offen',
  'actif',
  'ouvert',
  'activo',
  'abierto',
  'attivo',
  'aperto',
  'ativo',
  'aberto',
  'actief'
]

const CANONICAL: Partial<Record<CanonicalField, Canonical>> = {
  id: { shapes: ['text', 'number'], words: ['id', 'uuid', 'key', 'guid'] },
  company: {
    shapes: ['text'],
    words: [
      'company',
      'employer',
      'organization',
      'organisation',
      'org',
      'business',
      'firm',
      ...FOREIGN.company
    ],
    // A name, with a letter or a digit: not a field of the company's emoji (`company_emoji: 🏢`).
    reads: value => typeof value === 'string' && /[\p{L}\p{N}]/u.test(value)
  },
  company_url: { shapes: ['url'], words: ['company', 'website', 'homepage', 'site', 'employer'] },
  // Lever names a posting's title "text"; SmartRecruiters "name", beside its "jobAdId".
  title: {
    shapes: ['text'],
    words: ['title', 'position', 'role', 'job', 'name', 'text', ...FOREIGN.title],
    // Not an identifier; not the title of what the posting is in (Hacker News' story_title,
    // the "Who is hiring?" thread's, the same on every comment).
    avoids: ['id', 'uuid', 'guid', 'key', 'slug', 'code', 'ref', 'number', ...CONTAINER_WORDS]
  },
  // The posting's page (Lever's hostedUrl, Ashby's jobUrl) before its application form
  // (applyUrl): the page tells the reader about the job, and links to the form.
  url: {
    shapes: ['url'],
    words: ['url', 'link', 'apply', 'href', 'application', 'posting', ...FOREIGN.url],
    lesser: ['apply', 'application']
  },
  location: {
    // A place too: {"city": "Berlin", "country": "DE"} (normalize.ts locationOf).
    shapes: ['text', 'list', 'object', 'objects'],
    reads: isLocation,
    words: [
      'location',
      'locations',
      'city',
      'cities',
      'place',
      'places',
      'where',
      'office',
      'geo',
      'region',
      ...FOREIGN.location
    ],
    // The kind of place a job is in (schema.org's jobLocationType, TELECOMMUTE; a
    // location_type of "remote"), a work type, not where it is.
    avoids: ['type', 'kind']
  },
  work_type: {
    shapes: ['text', 'boolean', 'number'],
    words: ['work', 'type', 'remote', 'workplace', 'arrangement', 'setting', 'telecommuting'],
    // What reads without a warning (a Refusal is an object): not full_time, the kind of
    // contract; a flag (true, "No", 1) in a field named for it (remote, Workable's telecommuting).
    reads: (value, key) => {
      const given = workTypeValue(value)
      if (typeof given === 'boolean') return wordsOf(key).some(word => REMOTE_WORDS.has(word))
      return typeof workTypeOf(given) !== 'object'
    }
  },
  posted_at: {
    shapes: ['date'],
    words: ['posted', 'published', 'created', 'date', 'added', 'listed', 'time', ...FOREIGN.date]
  },
  salary_min: {
    shapes: ['number'],
    words: [...SALARY_WORDS, ...MIN_WORDS],
    needs: MIN_WORDS,
    reads: isAmount
  },
  salary_max: {
    shapes: ['number'],
    words: [...SALARY_WORDS, ...MAX_WORDS],
    needs: MAX_WORDS,
    reads: isAmount
  },
  salary: {
    // Text too, when it reads as a salary: `$120k - $150k`, `70.000 - 90.000 €`.
    shapes: ['number', 'object', 'text'],
    words: SALARY_WORDS,
    avoids: [...MIN_WORDS, ...MAX_WORDS, 'currency', 'period', 'predicted', 'estimated'],
    // An object of a salary's amounts, not one that only holds the text of one (Ashby's
    // compensation, whose compensationTierSummary is proposed instead).
    reads: givesSalary,
    accepts: isSalary
  },
  salary_currency: {
    shapes: ['text'],
    words: ['currency', ...SALARY_WORDS],
    needs: ['currency'],
    reads: value => typeof value === 'string' && /^\s*[a-z]{3}\s*$/i.test(value)
  },
  salary_period: {
    shapes: ['text'],
    words: [...PERIOD_NAMES, ...SALARY_WORDS],
    needs: PERIOD_NAMES,
    reads: value => typeof value === 'string' && salaryPeriod(value) !== undefined
  },
  skills: { shapes: ['list', 'text'], words: ['skills', 'skill', 'tags', 'technologies', 'stack'] },
  description: { shapes: ['text'], words: ['description', 'summary', 'details', 'body', 'text'] },
  active: {
    shapes: ['boolean', 'text', 'number'],
    words: ACTIVE_WORDS,
    needs: ACTIVE_WORDS,
    avoids: ['not', 'non', 'no'],
    // A flag or a posting's state as the loader reads one (true, "FALSCH", 0, "archived").
    reads: value => activeValue(value) !== undefined
  },
  categories: {
    shapes: ['list', 'text'],
    words: [
      'categories',
      'category',
      'departments',
      'department',
      'team',
      'field',
      ...FOREIGN.categories
    ]
  }
}

/** Values kept of each field to test as CANONICAL `reads` does, once a hint needs it. */
const SAMPLED = 100

/**
 * Counts each top-level field of `record` and one level into nested objects, and deeper along
 * the paths a mapping names (`along`: `job.places` of `location=job.places` is looked into as
 * a top-level field is); `unvalued` counts the keys sent without a value (null, blank) before
 * they had one.
 */
function profile(
  record: object,
  keys: Map<string, KeyProfile>,
  unvalued: Map<string, number>,
  along: ReadonlySet<string>,
  prefix = ''
): void {
  for (const [key, value] of Object.entries(record)) {
    const shape = shapeOf(value)
    const path = prefix + key
    if (shape === undefined) {
      const known = keys.get(path)
      if (known) known.sent++
      else unvalued.set(path, (unvalued.get(path) ?? 0) + 1)
      continue
    }
    const known: KeyProfile = keys.get(path) ?? {
      present: 0,
      sent: unvalued.get(path) ?? 0,
      shapes: new Map(),
      samples: [],
      long: 0
    }
    known.present++
    known.sent++
    known.shapes.set(shape, (known.shapes.get(shape) ?? 0) + 1)
    if (shape === 'text' && isBodyText(value as string)) known.long++
    if (known.samples.length < SAMPLED) known.samples.push(value)
    keys.set(path, known)
    if (prefix && !along.has(path)) continue
    if (shape === 'object') profile(value as object, keys, unvalued, along, `${path}.`)
    // A list of objects: each key of its items, as the list readPath reads there.
    if (shape === 'objects') {
      const items = value as Record<string, unknown>[]
      const inner = new Set(items.flatMap(item => Object.keys(item)))
      const record = Object.fromEntries([...inner].map(key => [key, readInItems(items, key)]))
      profile(record, keys, unvalued, along, `${path}.`)
    }
  }
}

const HTTP_URL = /^\s*https?:\/\/\S/i
const NUMBER_TEXT = /^\s*\d+(?:\.\d+)?\s*$/

function shapeOf(value: unknown): Shape | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return isDateNumber(value) ? 'date' : 'number'
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined
    if (HTTP_URL.test(value)) return 'url'
    // A spreadsheet's day (22/10/2025) too: the field is proposed, and each record it
    // leaves invalid says how to write the day.
    if (NUMBER_TEXT.test(value)) return isDateNumber(Number(value)) ? 'date' : 'number'
    return LOCALE_DAY.test(value) || timeOf(value) !== undefined ? 'date' : 'text'
  }
  if (Array.isArray(value)) {
    if (value.every(item => typeof item === 'string')) return 'list'
    return value.length > 0 && value.every(isRecord) ? 'objects' : undefined
  }
  return 'object'
}

/**
 * Optional fields whose absence changes a board without a warning, and what happens then: a
 * feed with a field that looks like one (a spreadsheet's `remote`, Careerjet's `salary_type`)
 * gets a hint. A period matters to a salary read from its bounds alone.
 */
const UNREAD: Partial<Record<CanonicalField, string>> = {
  work_type: 'a listing is remote only when its location or title says so',
  salary_period: 'every salary is read as yearly',
  active: 'every listing is read as open, a closed one too'
}

/**
 * One hint for the required fields most records miss, the fields most records hold an
 * object (`"location": {"name": ...}`) or a list of objects in where the field takes text
 * or a list of text (`"categories": [{"name": ...}]`), and the fields of UNREAD the feed has
 * under another name: each with how many records and the feed's field that looks like it,
 * then the whole `fields` value to use (`mapping`, when it proposes one).
 */
function missingHint(
  records: number,
  missing: Map<CanonicalField, number>,
  keys: Map<string, KeyProfile>,
  fields: RunSettings['fields']
): { hints: string[]; mapping?: string } {
  const lacking = [...missing].filter(([, count]) => count * 2 > records)
  const group = groupedListings(
    lacking.map(([name]) => name),
    records,
    keys,
    fields
  )
  if (group !== undefined) return { hints: [groupedHint(records, group)] }
  const nested = CANONICAL_FIELDS.flatMap(name => {
    const profile = keys.get(fields[name] ?? name)
    const objects = profile?.shapes.get('object') ?? 0
    const lists = profile?.shapes.get('objects') ?? 0
    const canonical = CANONICAL[name]
    // A field that takes objects is pointed inside them when they do not read.
    const readsObjects = (known: KeyProfile) =>
      !canonical ||
      (canonical.shapes.includes('object') &&
        (!canonical.reads ||
          readsAs(known, canonical.accepts ?? canonical.reads, fields[name] ?? name)))
    // Nor when some of them read as they are: a path inside them would lose what those rows
    // read (`location.city` turns a place read as `Berlin, DE` into `Berlin`).
    const someRead = (known: KeyProfile) =>
      !!canonical?.reads &&
      canonical.shapes.includes('object') &&
      known.samples.some(
        value =>
          typeof value === 'object' && readsSafely(canonical.reads!, value, fields[name] ?? name)
      )
    return !profile ||
      readsObjects(profile) ||
      someRead(profile) ||
      (objects + lists) * 2 <= profile.present
      ? []
      : [
          {
            name,
            path: fields[name] ?? name,
            objects: objects + lists,
            what: lists > objects ? 'a list of objects' : 'an object',
            profiled: Math.min(records, PROFILED_RECORDS)
          }
        ]
  })
  const taken = takenKeys(fields)
  const proposals = new Map<CanonicalField, string>()
  const given = (name: CanonicalField) => keys.has(name) || !!fields[name] || proposals.has(name)
  const read = (name: CanonicalField) => keys.has(fields[name] ?? name)
  const boundsOnly = !read('salary') && (read('salary_min') || read('salary_max'))
  const unread = (Object.keys(UNREAD) as CanonicalField[]).filter(
    name =>
      !given(name) &&
      (name !== 'salary_period' || boundsOnly) &&
      candidateFor(name, keys, taken) !== undefined
  )
  if (!lacking.length && !nested.length && !unread.length) {
    // No hint, but the categories the records name under another name (`category`) are still
    // proposed: init writes the mapping, so that its tables' categories and selections read them.
    const named = given('categories') ? undefined : candidateFor('categories', keys, taken)
    return named === undefined
      ? { hints: [] }
      : { hints: [], mapping: mappingText(fields, new Map([['categories', named]])) }
  }
  // A feed whose postings have all else (Lever's, Ashby's, Workable's boards) is one company's.
  const onlyCompany = lacking.every(
    ([name]) => name === 'company' || candidateFor(name, keys, taken) !== undefined
  )
  let unfound = false
  const propose = (name: CanonicalField, said: string, within = keys) => {
    const candidate = candidateFor(name, within, taken)
    if (candidate === undefined) {
      const api = [...within].find(([, profile]) => readsAs(profile, isApiAddress))?.[0]
      if (name === 'url' && api !== undefined)
        return `${said}; the feed's ${api} holds addresses of an API, not pages a job seeker can open: add each posting's page to the records before loading`
      unfound = true
      const refused = refusedLookalikes(name, within)
      if (name === 'title' && refused)
        return `${said}, and no field of the feed holds a posting's title: ${refused}. A board shows each posting by its title: put it in a field of its own before loading (a feed that writes it inside a post's text, such as a "Who is hiring?" comment, needs it taken out first)`
      if (refused) return `${said}, and no field of the feed looks like it: ${refused}`
      if (name === 'company' && onlyCompany)
        return `${said}, and no field of the feed looks like it: a feed of one company's postings (such as Lever's, Ashby's or Workable's) names it nowhere; add it to each record before loading, such as with jq's map(. + {company: "Acme"}) on the list of postings`
      return `${said}, and no field of the feed looks like it`
    }
    proposals.set(name, candidate)
    taken.add(candidate)
    return `${said}; the feed has ${candidate}`
  }
  const parts = [
    ...lacking.map(([name, count]) =>
      propose(
        name,
        `${name} is missing in ${count.toLocaleString('en-US')} of ${records.toLocaleString('en-US')} records`
      )
    ),
    ...nested.map(({ name, path, objects, what, profiled }) =>
      propose(
        name,
        `${path} is ${what} in ${objects.toLocaleString('en-US')} of the first ${profiled.toLocaleString('en-US')} records`,
        new Map([...keys].filter(([key]) => key.startsWith(`${path}.`)))
      )
    ),
    ...unread.map(name => propose(name, `${name} is read from no field, so ${UNREAD[name]}`))
  ]
  const hint = `${parts.join('. ')}.`
  if (!proposals.size) return { hints: [`${hint} The feed's fields: ${fieldList(keys)}.`] }
  for (const name of ALSO_PROPOSED) {
    if (given(name)) continue
    // One salary: a bare one, or bounds (with their currency).
    const bounds = given('salary_min') || given('salary_max')
    if (name === 'salary' ? bounds : name.startsWith('salary_') && given('salary')) continue
    if ((name === 'salary_currency' || name === 'salary_period') && !bounds) continue
    const candidate = candidateFor(name, keys, taken)
    if (candidate === undefined) continue
    proposals.set(name, candidate)
    taken.add(candidate)
  }
  const mapping = mappingText(fields, proposals)
  // The fields to map the rest from, when some field has no look-alike.
  const rest = unfound ? ` The feed's fields: ${fieldList(keys)}.` : ''
  return {
    hints: [
      `${hint} Read it with the "fields" input${workflowValue(mapping)} (with the CLI: --fields ${shellWord(mapping)}).${rest}`
    ],
    mapping
  }
}

/** Required fields a list inside each record must offer before the records read as groups. */
const GROUP_FIELDS = 2

/**
 * The field of each record that holds the listings, when the records are groups of them (a
 * Greenhouse board's `departments[].jobs`, a team with its openings): a list of objects in
 * most records whose items have fields that look like more of the `lacking` required fields
 * (GROUP_FIELDS at least) than the record's own fields do; with the items' fields found.
 * Undefined for records that are listings.
 */
function groupedListings(
  lacking: readonly CanonicalField[],
  records: number,
  keys: Map<string, KeyProfile>,
  fields: RunSettings['fields']
): { key: string; found: string[] } | undefined {
  if (lacking.length < GROUP_FIELDS) return undefined
  const taken = takenKeys(fields)
  let best: { key: string; found: string[] } | undefined
  for (const [key, known] of keys) {
    if (key.includes('.') || known.sent * 2 < records) continue
    if ((known.shapes.get('objects') ?? 0) * 2 < known.present) continue
    // The items as records of their own, profiled as the records are.
    const inner = new Map<string, KeyProfile>()
    for (const items of known.samples)
      if (Array.isArray(items))
        for (const item of items) profile(item as object, inner, new Map(), new Set())
    const found = lacking.flatMap(name => candidateFor(name, inner, new Set()) ?? [])
    const own = new Map(
      [...keys].filter(([other]) => other !== key && !other.startsWith(`${key}.`))
    )
    const ownFound = lacking.filter(name => candidateFor(name, own, taken) !== undefined)
    if (
      found.length >= GROUP_FIELDS &&
      found.length > ownFound.length &&
      found.length > (best?.found.length ?? 0)
    )
      best = { key, found }
  }
  return best
}

/** The hint for records that are groups of listings (groupedListings), with how to flatten them. */
function groupedHint(records: number, { key, found }: { key: string; found: string[] }): string {
  const member = /^[a-z_]\w*$/i.test(key) ? `.${key}?` : `.[${JSON.stringify(key)}]?`
  return `The ${records.toLocaleString('en-US')} records are groups of listings, not listings: each holds its listings in ${key}, a list of objects with the fields of a posting (${found.join(', ')}). Mapping the group's own fields would show the groups (such as a department's name as a title). Flatten the lists into one list of listings before loading, such as with jq '[.. | ${member} | arrays | .[]]', and point "listings" at the result; a hint then proposes the mapping of its fields.`
}

/**
 * A `fields` value as a workflow's `with:` takes it, after what it is: the mapping form (a name
 * of the feed holds a comma or "=") quoted, as a flow mapping there would not be text.
 */
function workflowValue(mapping: string): string {
  return mapping.startsWith('{')
    ? `, in its mapping form as a name holds a comma, "=" or spaces around it (quoted in a workflow): '${mapping.replaceAll("'", "''")}'`
    : `: ${mapping}`
}

/** `text` as one word of a shell command line: quoted when it holds more than plain characters. */
function shellWord(text: string): string {
  return /^[\w.,=@:/+-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`
}

function unmatchedHint(
  name: CanonicalField,
  path: string,
  keys: Map<string, KeyProfile>,
  fields: RunSettings['fields']
): string {
  const said = `"fields" maps ${name} to ${path}, which no record has`
  const taken = takenKeys(fields)
  taken.delete(path)
  const candidate = candidateFor(name, keys, taken)
  return candidate === undefined
    ? `${said}. The feed's fields: ${fieldList(keys)}.`
    : `${said}; the feed has ${candidate}: ${fieldsText([[name, candidate]])}.`
}

/** The feed's fields that canonical fields already read, by their own name or a mapping. */
function takenKeys(fields: RunSettings['fields']): Set<string> {
  const taken = new Set<string>(Object.values(fields))
  for (const name of CANONICAL_FIELDS) if (!fields[name]) taken.add(name)
  return taken
}

/**
 * The feed's field that best looks like canonical `name`: sent in most profiled records,
 * its values in a shape `name` takes, named with one of its words (the better the word and
 * the more words, the better). A posting address or date may also be the only field of its
 * shape, whatever its name.
 */
function candidateFor(
  name: CanonicalField,
  keys: Map<string, KeyProfile>,
  taken: Set<string>
): string | undefined {
  const canonical = CANONICAL[name]
  if (!canonical) return undefined
  const mostSent = Math.max(0, ...[...keys.values()].map(key => key.sent))
  const fitting = [...keys].filter(
    ([key, profile]) =>
      !taken.has(key) &&
      profile.sent * 2 >= mostSent &&
      fits(profile, canonical.shapes) &&
      // A work type field's values read as one (not full_time, the kind of contract), and
      // a link is not an image's (company_logo).
      (!canonical.reads || readsAs(profile, canonical.reads, key)) &&
      !(SHORT_FIELDS.has(name) && profile.long * 2 > profile.present) &&
      !(canonical.shapes.includes('url') && IMAGE_WORDS.test(key)) &&
      // SmartRecruiters' ref: the posting as the API serves it, not its page.
      !(canonical.shapes.includes('url') && readsAs(profile, isApiAddress)) &&
      // is_visible, hasSalary: a flag, whatever else its name says.
      (canonical.shapes.includes('boolean') || !FLAG_NAME.test(key)) &&
      // The API's own bookkeeping (Algolia's _tags and _highlightResult), but MongoDB's _id.
      (name === 'id' || !BOOKKEEPING.test(key)) &&
      // One value on every posting names no posting (a thread's title, a board's address).
      !(TELLS_APART.has(name) && sameEverywhere(profile)) &&
      // A flag never false closes nothing: a checkbox left out when not ticked (uncheckedHint).
      (name !== 'active' || profile.samples.some(value => activeValue(value) === false)) &&
      (!canonical.needs || canonical.needs.some(word => wordsOf(key).includes(word))) &&
      !canonical.avoids?.some(word => wordsOf(key).includes(word))
  )
  // A lesser choice last; the better the words, the better; then values mostly in the field's
  // first shape (text before a list for a location); then the fewer other words (company.name
  // before company.short_name); then the more records. A field inside one that fits too is not
  // proposed: the whole is (Workable's `locations`, each a place, not `locations.city`).
  const [firstShape] = canonical.shapes
  const fitKeys = new Set(fitting.map(([key]) => key))
  const scored = fitting
    .filter(([key]) => !key.includes('.') || !fitKeys.has(key.slice(0, key.lastIndexOf('.'))))
    .map(([key, profile]) => ({
      key,
      profile,
      score: nameScore(key, canonical.words),
      lesser: canonical.lesser?.some(word => wordsOf(key).includes(word)) ? 1 : 0,
      first: (profile.shapes.get(firstShape as Shape) ?? 0) * 2 >= profile.present ? 1 : 0,
      others: wordsOf(key).filter(
        word => !canonical.words.includes(word) && !NAMING_WORDS.has(word)
      ).length
    }))
    .filter(candidate => candidate.score > 0)
    .sort(
      (a, b) =>
        a.lesser - b.lesser ||
        b.score - a.score ||
        b.first - a.first ||
        a.others - b.others ||
        b.profile.present - a.profile.present
    )
  if (scored[0]) return scored[0].key
  const byShapeAlone = name === 'url' || name === 'posted_at'
  return byShapeAlone && fitting.length === 1 ? fitting[0]?.[0] : undefined
}

/** The words of a field's name: snake_case, camelCase, dotted, lower case. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
}

/**
 * Words that say a field is what its object is called (`company.name`, `company.display_name`),
 * not another thing about it (`company.identifier`, `company.short_name`): no other words.
 */
const NAMING_WORDS: ReadonlySet<string> = new Set(['name', 'display', 'label'])

/** An address of an API (`https://api.example.com/...`, `https://example.com/api/...`). */
function isApiAddress(value: unknown): boolean {
  const url = typeof value === 'string' ? parseHttpUrl(value.trim()) : undefined
  return (
    url !== undefined && (url.hostname.startsWith('api.') || /^\/api(?:\/|$)/.test(url.pathname))
  )
}

/**
 * A field the API keeps for itself, its name starting with "_" (at any level), but those
 * inside Elasticsearch's (and OpenSearch's) `_source`, the document a hit wraps: the listing.
 */
const BOOKKEEPING = /(?:^|\.)_(?!source\.)/

/** Fields whose value tells one posting from another. */
const TELLS_APART: ReadonlySet<CanonicalField> = new Set(['id', 'title', 'url'])

/** Values sampled before one value on every record says the field names no single record. */
const SAME_AFTER = 5

/** The field holds one value in every record sampled, and SAME_AFTER records at least. */
function sameEverywhere(profile: KeyProfile): boolean {
  const [first, ...rest] = profile.samples.map(value => jsonText(value))
  return profile.samples.length >= SAME_AFTER && rest.every(value => value === first)
}

/**
 * Why fields named like canonical `name` were not proposed for it: text too long for a cell (a
 * whole post), one value on every record, or the name of what the record is in. Undefined when
 * no field is named like it.
 */
function refusedLookalikes(
  name: CanonicalField,
  keys: Map<string, KeyProfile>
): string | undefined {
  const canonical = CANONICAL[name]
  if (!canonical) return undefined
  const reasons = [...keys].flatMap(([key, profile]) => {
    if (BOOKKEEPING.test(key) || !fits(profile, canonical.shapes)) return []
    const words = wordsOf(key)
    const container = CONTAINER_WORDS.find(word => words.includes(word))
    const named = nameScore(key, canonical.words) > 0
    if (named && SHORT_FIELDS.has(name) && profile.long * 2 > profile.present)
      return [`${key} is long text (a whole post or description), not a ${name}`]
    if (named && container && canonical.avoids?.includes(container))
      return [`${key} is the ${container}'s ${name}, not a posting's`]
    if (named && TELLS_APART.has(name) && sameEverywhere(profile))
      return [`${key} is the same in every record (${jsonText(profile.samples[0])})`]
    return []
  })
  return reasons.length > 0 ? reasons.slice(0, 3).join('; ') : undefined
}

/** A field named as a flag: is_visible, isRemote, has_salary. */
const FLAG_NAME = /^(?:is|has)(?:[_.\s-]|[A-Z]|$)/

/** A field named as an image's address: never a posting's or a company's page. */
const IMAGE_WORDS = /logo|image|img|avatar|icon|photo|picture|thumbnail|banner/i

/** Half the values sampled of the field `key` pass `reads`. */
function readsAs(
  profile: KeyProfile,
  reads: (value: unknown, key: string) => boolean,
  key = ''
): boolean {
  return (
    profile.samples.filter(value => readsSafely(reads, value, key)).length * 2 >=
    profile.samples.length
  )
}

/** What `reads` says of `value`; false for a value nested too deeply to read (isTooDeep). */
function readsSafely(
  reads: (value: unknown, key: string) => boolean,
  value: unknown,
  key: string
): boolean {
  try {
    return reads(value, key)
  } catch (error) {
    if (isTooDeep(error)) return false
    throw error
  }
}

/** Nine in ten of the values are in one of `shapes`. */
function fits(profile: KeyProfile, shapes: Shape[]): boolean {
  const fitting = shapes.reduce((sum, shape) => sum + (profile.shapes.get(shape) ?? 0), 0)
  return fitting * 10 >= profile.present * 9
}

/** The words of `key` matched against `words`, best first. */
function nameScore(key: string, words: string[]): number {
  // Each word once: customField.fieldLabel is no more a field (category) for naming it twice.
  return [...new Set(wordsOf(key))].reduce((score, part) => {
    const rank = words.indexOf(part)
    return rank < 0 ? score : score + words.length - rank
  }, 0)
}

/** `fields` with `proposals` added, canonical fields in their usual order. */
function mappingText(
  fields: RunSettings['fields'],
  proposals: Map<CanonicalField, string>
): string {
  const all: RunSettings['fields'] = { ...fields, ...Object.fromEntries(proposals) }
  return fieldsText(CANONICAL_FIELDS.flatMap(name => (all[name] ? [[name, all[name]]] : [])))
}

/**
 * A `fields` value the input reads back as `pairs`: `canonical=source,...`, or its mapping form
 * (`{"location": "Location (City, State)"}`) when a source name holds what would split a pair.
 */
function fieldsText(pairs: [string, string][]): string {
  if (pairs.every(([, source]) => /^[^,=\n]+$/.test(source) && source === source.trim()))
    return pairs.map(([name, source]) => `${name}=${source}`).join(',')
  return `{${pairs.map(([name, source]) => `"${name}": ${JSON.stringify(source)}`).join(', ')}}`
}

/** The feed's top-level fields, most present first, at most 20. */
function fieldList(keys: Map<string, KeyProfile>): string {
  const top = [...keys]
    .filter(([key]) => !key.includes('.'))
    .sort(([, a], [, b]) => b.present - a.present)
    .map(([key]) => key)
  return top.length > 20 ? `${top.slice(0, 20).join(', ')}, ...` : top.join(', ') || 'none'
}
