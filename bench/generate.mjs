// Seeded generator of realistic job listings in the canonical shape (README: listing records).
// The same seed always gives the same records, and a smaller set is the beginning of a larger
// one. Files are cached in bench/.data/ and reused. From the shell:
//   node bench/generate.mjs --count 100000 --format jsonl

import { once } from 'node:events'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as words from './vocabulary.mjs'

/** The fixed clock of every benchmark run; listings are dated over the 60 days before it. */
export const BENCH_NOW = '2025-10-22T20:30:00Z'
export const DEFAULT_SEED = 20251022
/** Where generated files are cached (git-ignored). */
export const DATA_DIR = fileURLToPath(new URL('./.data/', import.meta.url))

/**
 * Yields `count` listings. About 3% repost an earlier opening (same id, url, or company + title +
 * location) and 0.02% are invalid (no company, a mailto: url, or an unparseable date), as in
 * real feeds.
 * @param {number} count
 * @param {{ seed?: number }} [options] seed: default DEFAULT_SEED
 */
export function* generateListings(count, { seed = DEFAULT_SEED } = {}) {
  const random = createRandom(seed)
  const companies = createCompanyPool(createRandom(seed ^ 0x5bd1e995))
  const recent = []
  for (let index = 0; index < count; index++) {
    const listing =
      recent.length > 0 && random.chance(SHARE.repost)
        ? repost(random, random.pick(recent), index)
        : newListing(random, companies, index)
    recent[index % RECENT_KEPT] = listing
    yield random.chance(SHARE.invalid) ? spoil(random, listing) : listing
  }
}

/**
 * The shapes feeds take in the wild, each written by `writeListings`:
 * - `json`: one array, a record per line (what a hand-written exporter tends to write);
 * - `json-one-line`: one array on one line (`JSON.stringify`, nearly every HTTP API);
 * - `json-pretty`: one array indented by 2 spaces (`JSON.stringify(value, null, 2)`);
 * - `jsonl`: a record per line, no array;
 * - `csv`, `csv-semicolon`: a header row, then a record per row, separated by `,` or `;` (how
 *   spreadsheets export in many locales); lists are joined, the salary is split in columns.
 */
export const FORMATS = ['json', 'json-one-line', 'json-pretty', 'jsonl', 'csv', 'csv-semicolon']

/**
 * The path of a file of `count` generated listings, written first when not cached yet.
 * @param {{ count: number, format?: string, seed?: number, dir?: string }} options
 *   format: one of FORMATS, default `json`; seed: default DEFAULT_SEED; dir: default DATA_DIR
 * @returns {Promise<string>}
 */
export async function ensureListings({
  count,
  format = 'json',
  seed = DEFAULT_SEED,
  dir = DATA_DIR
}) {
  if (!FORMATS.includes(format)) throw new Error(`format must be one of ${FORMATS.join(', ')}`)
  const [extension, variant] = format.split(/-(.*)/)
  const name = `listings-${count}-seed${seed}-v${GENERATOR_VERSION}${variant ? `-${variant}` : ''}`
  const path = join(dir, `${name}.${extension}`)
  if (existsSync(path)) return path
  await mkdir(dir, { recursive: true })
  const partial = `${path}.partial`
  await writeListings(generateListings(count, { seed }), partial, format)
  await rename(partial, path)
  return path
}

/** Bump when the records change, so files cached by an older generator are not reused. */
const GENERATOR_VERSION = 2
const DAY_MS = 86_400_000
const NOW_MS = Date.parse(BENCH_NOW)
const DAYS_SPREAD = 60
const RECENT_KEPT = 500
/** The fewest and the most words of a description. */
const DESCRIPTION_WORDS = [40, 90]
const COMPANY_COUNT = 3000
/** Zipf exponent of company popularity: the largest employer posts ~5% of all listings. */
const COMPANY_SKEW = 0.8

/** How often each optional part of a record is present, or takes a given shape. */
const SHARE = {
  repost: 0.03,
  invalid: 0.0002,
  id: 0.85,
  numericId: 0.3,
  companyUrl: 0.7,
  companyNameVariant: 0.01,
  workType: 0.7,
  categories: 0.85,
  categoriesAsString: 0.1,
  secondCategory: 0.2,
  skills: 0.4,
  salary: 0.35,
  description: 0.9,
  inactive: 0.04,
  trackingParameters: 0.2
}

/** Categories often posted together with each category. */
const RELATED_CATEGORIES = {
  'software-engineering': ['backend', 'full-stack'],
  backend: ['software-engineering', 'full-stack'],
  frontend: ['full-stack', 'software-engineering'],
  'full-stack': ['frontend', 'backend'],
  data: ['ml', 'software-engineering'],
  devops: ['backend', 'security'],
  mobile: ['frontend', 'software-engineering'],
  ml: ['data', 'backend'],
  security: ['devops'],
  qa: ['software-engineering']
}

/** How applicant tracking systems shape a posting's URL. */
const POSTING_URL_SHAPES = [
  ({ company, index }) => `https://boards.greenhouse.io/${company.slug}/jobs/${4_000_000 + index}`,
  ({ random, company }) => `https://jobs.lever.co/${company.slug}/${uuid(random)}`,
  ({ company, title, index }) =>
    `https://${company.slug}.wd5.myworkdayjobs.com/en-US/External/job/${slugify(title)}_R${100_000 + index}`,
  ({ title, index }) => `https://jobr.pro/job/${30_000_000 + index}/${slugify(title)}`,
  ({ random, company }) => `https://jobs.ashbyhq.com/${company.slug}/${uuid(random)}`,
  ({ random, company }) => `https://apply.workable.com/${company.slug}/j/${hex(random, 10)}/`
]

const pickCategory = weightedPicker(words.CATEGORIES.map(category => [category, category.weight]))
const pickSeniority = weightedPicker(words.SENIORITIES)
const pickTitleSuffix = weightedPicker(words.TITLE_SUFFIXES)
const pickWorkType = weightedPicker([
  ['remote', 30],
  ['hybrid', 25],
  ['on_site', 45]
])
const pickDateFormat = weightedPicker([
  [isoSeconds, 75],
  [isoMilliseconds, 7],
  [isoWithOffset, 5],
  [dateOnly, 6],
  [unixSeconds, 7]
])
const pickSalary = weightedPicker([
  [random => ({ ...yearlyRange(random, 60, 200), currency: 'USD', period: 'year' }), 34],
  [random => yearlyRange(random, 70, 180), 6],
  [random => random.int(16, 44) * 5000, 10],
  [random => ({ min: yearlyRange(random, 60, 180).min, currency: 'USD' }), 8],
  [random => ({ max: yearlyRange(random, 90, 250).max, currency: 'USD', period: 'year' }), 7],
  [random => ({ min: random.int(30, 90), max: random.int(95, 140), period: 'hour' }), 10],
  [random => ({ ...range(random, 3000, 9000, 250), currency: 'EUR', period: 'month' }), 8],
  [random => ({ ...yearlyRange(random, 45, 110), currency: 'EUR' }), 7],
  [random => ({ ...yearlyRange(random, 40, 120), currency: 'GBP', period: 'year' }), 5],
  [random => ({ ...range(random, 800_000, 4_000_000, 100_000), currency: 'INR' }), 3],
  [random => ({ ...yearlyRange(random, 70, 160), currency: 'CAD', period: 'year' }), 2]
])

// ---- random numbers ----

/** A seeded source of random numbers (mulberry32) and the draws the generator needs. */
function createRandom(seed) {
  let state = seed >>> 0
  const uint32 = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return (t ^ (t >>> 14)) >>> 0
  }
  const next = () => uint32() / 4294967296
  return {
    uint32,
    next,
    chance: probability => next() < probability,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: items => items[Math.floor(next() * items.length)],
    /** Log-normally distributed around `median`: most values near it, a long tail above. */
    logNormal: (median, sigma) => {
      const gaussian = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
      return median * Math.exp(sigma * gaussian)
    }
  }
}

/** A function drawing one of `entries` ([value, weight] pairs) with probability ∝ its weight. */
function weightedPicker(entries) {
  const cumulative = []
  let total = 0
  for (const [, weight] of entries) cumulative.push((total += weight))
  return random => {
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle] > target) high = middle
      else low = middle + 1
    }
    return entries[low][0]
  }
}

/** `count` distinct items of `items`, in random order. */
function sample(random, items, count) {
  const pool = [...items]
  for (let index = 0; index < count; index++) {
    const other = index + Math.floor(random.next() * (pool.length - index))
    ;[pool[index], pool[other]] = [pool[other], pool[index]]
  }
  return pool.slice(0, count)
}

// ---- companies ----

/** COMPANY_COUNT employers, big ones first, drawn with a Zipf (long-tail) distribution. */
function createCompanyPool(random) {
  const longTail = []
  for (const first of words.COMPANY_FIRST_WORDS) {
    for (const second of words.COMPANY_SECOND_WORDS) longTail.push(`${first} ${second}`)
  }
  const names = [...words.BIG_EMPLOYERS, ...sample(random, longTail, longTail.length)].slice(
    0,
    COMPANY_COUNT
  )
  const companies = names.map(name => {
    const slug = slugify(name)
    return { name, slug, url: `https://www.${slug.replaceAll('-', '')}.com/` }
  })
  const pick = weightedPicker(
    companies.map((company, rank) => [company, (rank + 1) ** -COMPANY_SKEW])
  )
  return { pick }
}

function slugify(text) {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

// ---- one listing ----

/** A fresh listing; every optional field is present on its SHARE of records. */
function newListing(random, companies, index) {
  const category = pickCategory(random)
  const company = companies.pick(random)
  const title = `${pickSeniority(random)}${random.pick(category.roles)}${pickTitleSuffix(random)}`
  const location = makeLocation(random)
  const listing = {}
  if (random.chance(SHARE.id)) listing.id = makeId(random, index)
  listing.company = random.chance(SHARE.companyNameVariant)
    ? varyName(random, company.name)
    : company.name
  if (random.chance(SHARE.companyUrl)) listing.company_url = company.url
  listing.title = title
  listing.url = makePostingUrl(random, company, title, index)
  if (location !== undefined) listing.location = location
  if (random.chance(SHARE.workType)) listing.work_type = makeWorkType(random, location)
  listing.posted_at = makePostedAt(random)
  if (random.chance(SHARE.categories)) listing.categories = makeCategories(random, category)
  if (random.chance(SHARE.skills)) listing.skills = makeSkills(random, category)
  if (random.chance(SHARE.salary)) listing.salary = pickSalary(random)(random)
  if (random.chance(SHARE.description)) {
    listing.description = makeDescription(random, company, category, title)
  }
  if (random.chance(SHARE.inactive)) listing.active = false
  return listing
}

function makeId(random, index) {
  const id = 30_000_000 + index
  return random.chance(SHARE.numericId) ? id : String(id)
}

/** The same employer spelled differently: `ACME LABS`, `acme labs`, `Acme  Labs`. */
function varyName(random, name) {
  const variants = [name.toUpperCase(), name.toLowerCase(), name.replace(' ', '  '), ` ${name} `]
  return random.pick(variants)
}

/** Mostly one city; some remote, some lists of cities, some missing or empty. */
function makeLocation(random) {
  const draw = random.next()
  if (draw < 0.06) return undefined
  if (draw < 0.08) return ''
  if (draw < 0.18) {
    const cities = new Set()
    const count = random.int(2, 4)
    while (cities.size < count) cities.add(random.pick(words.CITIES))
    return [...cities]
  }
  if (draw < 0.35) return random.pick(words.REMOTE_LOCATIONS)
  return random.pick(words.CITIES)
}

/** A posting URL in the shape of a real applicant tracking system; unique per index. */
function makePostingUrl(random, company, title, index) {
  const url = random.pick(POSTING_URL_SHAPES)({ random, company, title, index })
  if (!random.chance(SHARE.trackingParameters)) return url
  return `${url}${random.chance(0.5) ? '?utm_source=linkedin&utm_medium=jobboard' : '?gh_src=8f2c1a'}`
}

function hex(random, length) {
  let text = ''
  while (text.length < length) text += random.uint32().toString(16).padStart(8, '0')
  return text.slice(0, length).toUpperCase()
}

function uuid(random) {
  return hex(random, 32)
    .toLowerCase()
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')
}

/** Remote places are mostly remote work; elsewhere any type, in a feed's varied spellings. */
function makeWorkType(random, location) {
  const remotePlace = typeof location === 'string' && words.REMOTE_LOCATIONS.includes(location)
  const type = remotePlace && random.chance(0.8) ? 'remote' : pickWorkType(random)
  return random.pick(words.WORK_TYPE_SPELLINGS[type])
}

/** A moment in the DAYS_SPREAD days before now, recent days more likely, in a feed's formats. */
function makePostedAt(random) {
  const ageDays = DAYS_SPREAD * random.next() ** 1.3
  const minutes = Math.floor((NOW_MS - ageDays * DAY_MS) / 60_000)
  return pickDateFormat(random)(minutes * 60_000)
}

function isoSeconds(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

function isoMilliseconds(ms) {
  return new Date(ms).toISOString()
}

function isoWithOffset(ms) {
  return `${new Date(ms + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`
}

function dateOnly(ms) {
  return new Date(ms).toISOString().slice(0, 10)
}

function unixSeconds(ms) {
  return Math.floor(ms / 1000)
}

/** The listing's category, sometimes with a related one; a list, or now and then a string. */
function makeCategories(random, category) {
  const categories = [random.chance(0.05) ? capitalize(category.name) : category.name]
  if (random.chance(SHARE.secondCategory)) {
    categories.push(random.pick(RELATED_CATEGORIES[category.name]))
  }
  return random.chance(SHARE.categoriesAsString) ? categories.join(', ') : categories
}

function capitalize(text) {
  return text[0].toUpperCase() + text.slice(1)
}

/** Up to 7 skills, mostly the category's; now and then empty, or one separated string. */
function makeSkills(random, category) {
  const draw = random.next()
  if (draw < 0.05) return []
  const skills = new Set()
  const count = random.int(1, 7)
  while (skills.size < count) {
    skills.add(random.pick(random.chance(0.7) ? category.skills : words.COMMON_SKILLS))
  }
  return draw < 0.15 ? [...skills].join(random.chance(0.5) ? ', ' : '; ') : [...skills]
}

function yearlyRange(random, lowThousands, highThousands) {
  return range(random, lowThousands * 1000, highThousands * 1000, 5000)
}

/** `{min, max}` with min in [low, high], max 10–40% above it, both multiples of `step`. */
function range(random, low, high, step) {
  const min = Math.round((low + random.next() * (high - low)) / step) * step
  const max = Math.round((min * (1.1 + random.next() * 0.3)) / step) * step
  return { min, max }
}

/**
 * A job description of DESCRIPTION_WORDS words, as the summaries job feeds carry: the sections
 * of a real posting, sentences drawn from each until the word count is reached (the last
 * sentence cut there).
 */
function makeDescription(random, company, category, title) {
  const targetWords = random.int(...DESCRIPTION_WORDS)
  const fill = placeholder => {
    if (placeholder === 'company') return company.name
    if (placeholder === 'role') return title
    if (placeholder === 'city') return random.pick(words.CITIES)
    return random.pick(category.skills)
  }
  const lines = []
  let count = 0
  for (let section = 0; count < targetWords; section++) {
    const { heading, sentences } =
      words.DESCRIPTION_SECTIONS[section % words.DESCRIPTION_SECTIONS.length]
    const sectionLines = [heading, ...sample(random, sentences, random.int(2, 5))]
    for (const template of sectionLines) {
      const lineWords = template
        .replace(/\{(\w+)\}/g, (_, placeholder) => fill(placeholder))
        .split(' ')
        .slice(0, targetWords - count)
      lines.push(lineWords.join(' '))
      count += lineWords.length
      if (count >= targetWords) break
    }
  }
  return lines.join('\n')
}

// ---- reposts and invalid records ----

/**
 * An opening posted again, newer: under the same url, under a variant of the url with a new id,
 * or cross-posted (same company, title and location; new url and id).
 */
function repost(random, original, index) {
  const copy = { ...original, posted_at: makePostedAt(random) }
  const draw = random.next()
  if (draw < 0.4) return copy
  copy.id = makeId(random, index)
  if (draw < 0.7) copy.url = `${original.url.split('?')[0].replace(/\/?$/, '/')}?utm_source=indeed`
  else copy.url = `https://jobr.pro/job/${30_000_000 + index}/${slugify(original.title)}`
  return copy
}

function spoil(random, listing) {
  const broken = { ...listing }
  const draw = random.next()
  if (draw < 1 / 3) delete broken.company
  else if (draw < 2 / 3) broken.url = 'mailto:jobs@example.com'
  else broken.posted_at = 'last Tuesday'
  return broken
}

// ---- files ----

/** Writes the listings in one of FORMATS, streaming. */
async function writeListings(listings, path, format) {
  const out = createWriteStream(path)
  const { head, record, separator, tail } = WRITERS[format]
  let batch = head
  let first = true
  for (const listing of listings) {
    batch += `${first ? '' : separator}${record(listing)}`
    first = false
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain')
      batch = ''
    }
  }
  out.end(`${batch}${tail}`)
  await once(out, 'finish')
}

/** The columns of the CSV shapes, in order. */
const CSV_COLUMNS = [
  'id',
  'company',
  'company_url',
  'title',
  'url',
  'location',
  'work_type',
  'posted_at',
  'categories',
  'skills',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'description',
  'active'
]

const WRITERS = {
  json: { head: '[\n', record: JSON.stringify, separator: ',\n', tail: '\n]\n' },
  'json-one-line': { head: '[', record: JSON.stringify, separator: ',', tail: ']' },
  'json-pretty': {
    head: '[\n',
    // No string holds a raw line break (JSON escapes them), so every one starts a line to indent.
    record: listing => `  ${JSON.stringify(listing, null, 2).replaceAll('\n', '\n  ')}`,
    separator: ',\n',
    tail: '\n]\n'
  },
  jsonl: { head: '', record: JSON.stringify, separator: '\n', tail: '\n' },
  csv: csvWriter(','),
  'csv-semicolon': csvWriter(';')
}

function csvWriter(delimiter) {
  const quote = value => {
    const text = value === undefined ? '' : String(value)
    return /["\n\r]/.test(text) || text.includes(delimiter)
      ? `"${text.replaceAll('"', '""')}"`
      : text
  }
  return {
    head: `${CSV_COLUMNS.join(delimiter)}\n`,
    record: listing => CSV_COLUMNS.map(column => quote(csvCell(listing, column))).join(delimiter),
    separator: '\n',
    tail: '\n'
  }
}

/** A listing's value in a CSV column: lists joined, the salary in its four columns. */
function csvCell(listing, column) {
  const { salary } = listing
  const range = typeof salary === 'number' ? { min: salary, max: salary } : salary
  switch (column) {
    case 'location':
      return Array.isArray(listing.location) ? listing.location.join('; ') : listing.location
    case 'categories':
    case 'skills':
      return Array.isArray(listing[column]) ? listing[column].join(', ') : listing[column]
    case 'salary_min':
    case 'salary_max':
    case 'salary_currency':
    case 'salary_period':
      return range?.[column.slice('salary_'.length)]
    default:
      return listing[column]
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      format: { type: 'string', default: 'json' },
      seed: { type: 'string', default: String(DEFAULT_SEED) }
    }
  })
  const path = await ensureListings({
    count: Number(values.count),
    format: values.format,
    seed: Number(values.seed)
  })
  console.log(path)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
