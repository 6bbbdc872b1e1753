/**
 * A salary written as text, as job APIs and spreadsheets give it: `$120k - $150k`,
 * `€50.000–60.000 a year`, `$45/hr`, `100k+ USD`, `up to £60,000`. Read only when it is
 * unmistakably a salary: a currency, a `k`, a period, a range or a bound word says so, and
 * each number is plain or grouped in thousands (money has no third decimal, so `50.000` with
 * such a mark is fifty thousand in any country).
 */
import type { SalaryPeriod } from '../model.js'

export interface SalaryText {
  min?: number
  max?: number
  /** ISO 4217; undefined when the text names none. */
  currency?: string
  period: SalaryPeriod
}

/**
 * The salary `text` writes; undefined when it is not one. `dollar`: the currency a bare `$`
 * stands for (the board's own when it is a dollar, else USD).
 */
export function salaryFromText(text: string, dollar: string): SalaryText | undefined {
  const tidy = plainLetters(text)
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(GROSS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const whole = salaryIn(tidy, dollar)
  if (whole) return whole
  for (const note of [NOTE_AT_END.exec(tidy), SHARES_AT_END.exec(tidy)]) {
    const before = note ? salaryIn(tidy.slice(0, note.index), dollar) : undefined
    if (before) return before
  }
  return undefined
}

/** Text in lower case, its letters without accents (`jährlich` is `jahrlich`, `año` `ano`). */
function plainLetters(text: string): string {
  const lower = text.toLowerCase()
  // Most salaries are ASCII, which has no accent to drop: decomposing them is wasted work.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower
}

const NON_ASCII = /[^\0-\x7f]/

/** "Gross", which a salary is unless said otherwise, in the languages job feeds are written in. */
const GROSS = /\b(?:gross|brutto|bruto|brut|lordo)\b\.?/g

/**
 * A note after the amounts, without a number, set apart by a mark or a word: `• Offers
 * Equity` (Ashby's compensation summary), `+ equity`, `plus bonus`, `, DOE`, `(negotiable)`.
 */
const NOTE_AT_END = /(?:\s?[•·|;,(]|\s\+|\splus\b)[^\d]*$/

/**
 * Notes after the amounts, set apart by `•` or `·`, whose only numbers are percentages: the
 * equity Ashby's summary gives (`$81K – $87K • 0.5% – 1.75% • Offers Bonus`).
 */
const SHARES_AT_END = /\s?[•·](?:[^\d]|\d+(?:\.\d+)?\s?%)*$/

/** The salary the tidied text writes whole; undefined when it is not one. */
function salaryIn(text: string, dollar: string): SalaryText | undefined {
  let rest = text.trim()
  let marked = false
  let period: SalaryPeriod = 'year'
  const periodMatch = PERIOD_AT_END.exec(rest)
  if (periodMatch) {
    period = salaryPeriod(periodMatch[1] ?? periodMatch[2] ?? '') ?? 'year'
    rest = rest.slice(0, periodMatch.index).trim()
    marked = true
  }
  let bound: 'min' | 'max' | undefined
  const boundMatch = BOUND_AT_START.exec(rest)
  if (boundMatch) {
    bound = boundMatch[1] === 'up to' || boundMatch[1] === 'max' ? 'max' : 'min'
    rest = rest.slice(boundMatch[0].length)
  }
  // "100k+", "$100k+ USD": a minimum.
  const plus = rest.indexOf('+')
  if (plus >= 0) {
    if (bound || rest.indexOf('+', plus + 1) >= 0) return undefined
    bound = 'min'
    rest = `${rest.slice(0, plus)}${rest.slice(plus + 1)}`.trim()
  }
  const parts = rest.split(RANGE)
  if (parts.length > 2 || (bound && parts.length > 1)) return undefined
  // "$60/hr - $70/hr": the first bound may say the period too, the same one.
  const firstPeriod = parts.length === 2 ? PERIOD_AT_END.exec(parts[0] as string) : null
  if (firstPeriod) {
    const said = salaryPeriod(firstPeriod[1] ?? firstPeriod[2] ?? '')
    if (!periodMatch || said !== period) return undefined
    parts[0] = (parts[0] as string).slice(0, firstPeriod.index)
  }
  const amounts = parts.map(amountText)
  if (amounts.some(amount => amount === undefined)) return undefined
  const [first, second] = amounts as AmountText[]
  if (!first) return undefined
  const currencies = new Set(amounts.flatMap(amount => (amount?.currency ? [amount.currency] : [])))
  // A bare $ is the dollar another part names ("$80,000 - $100,000 CAD"), else `dollar`.
  const dollars = amounts.some(amount => amount?.dollar)
  if (
    currencies.size > 1 ||
    (dollars && currencies.size === 1 && !DOLLARS.has([...currencies][0] as string))
  )
    return undefined
  if (dollars && currencies.size === 0) currencies.add(dollar)
  marked ||= bound !== undefined || currencies.size > 0
  marked ||= amounts.some(amount => amount?.thousands)
  // A range alone says "salary" only of yearly amounts: "100000-120000", not "100 - 200".
  if (!marked && !(second && first.value >= 1000 && second.value >= 1000)) return undefined
  let low = first.value
  // "50-60k": the thousands of the second number are the first's too.
  if (second?.thousands && !first.thousands && low < 1000) low *= 1000
  const [currency] = currencies
  if (!second)
    return bound === 'max'
      ? { max: low, currency, period }
      : bound === 'min'
        ? { min: low, currency, period }
        : { min: low, max: low, currency, period }
  return { min: low, max: second.value, currency, period }
}

interface AmountText {
  value: number
  /** Written with `k`. */
  thousands: boolean
  /** The currency the text names. */
  currency?: string
  /** Written with a bare `$`, which names no one dollar. */
  dollar: boolean
}

/** The currencies written `$`: a bare `$` is one of these. */
export const DOLLARS: ReadonlySet<string> = new Set([
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'MXN'
])

const CURRENCY = String.raw`(?:us|ca|c|au|a|nz|s|hk)?\$|[€£₹]|[a-z]{3}(?![a-z])`
const AMOUNT = new RegExp(
  String.raw`^(?:(${CURRENCY})\s?)?(\d[\d,.' ]*?)\s?(k)?(?:\s?(${CURRENCY}))?$`
)

const SYMBOLS = new Map([
  ['us$', 'USD'],
  ['ca$', 'CAD'],
  ['c$', 'CAD'],
  ['au$', 'AUD'],
  ['a$', 'AUD'],
  ['nz$', 'NZD'],
  ['s$', 'SGD'],
  ['hk$', 'HKD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR']
])

/** ISO 4217 codes, listed once a salary text or the salary-currency input names one. */
let isoCurrencies: ReadonlySet<string> | undefined

function amountText(text: string): AmountText | undefined {
  const match = AMOUNT.exec(text.trim())
  if (!match) return undefined
  const [, before, digits = '', k, after] = match
  const dollar = before === '$' || after === '$'
  const named = [before, after].flatMap(sign => (sign && sign !== '$' ? [currencyOf(sign)] : []))
  if (named.includes(undefined) || named.length > 1) return undefined
  const value = numberText(digits)
  if (value === undefined) return undefined
  return { value: k ? value * 1000 : value, thousands: k !== undefined, currency: named[0], dollar }
}

/** The ISO 4217 code of a sign or code as the text writes it; undefined when it is none. */
function currencyOf(sign: string): string | undefined {
  const code = SYMBOLS.get(sign) ?? sign.toUpperCase()
  return isCurrencyCode(code) ? code : undefined
}

/** Whether `code` (upper case) is an ISO 4217 currency code the runtime knows. */
export function isCurrencyCode(code: string): boolean {
  isoCurrencies ??= new Set(Intl.supportedValuesOf('currency'))
  return isoCurrencies.has(code)
}

/**
 * `120000`, `120.5`, `25,50`, or grouped in thousands with one mark (`120,000`, `120.000`, `120 000`,
 * `120'000`), with cents after the other mark (`120,000.00`, `120.000,00`), or in lakhs
 * (`12,00,000`).
 */
function numberText(digits: string): number | undefined {
  if (/^\d+(?:\.\d{1,2})?$/.test(digits)) return Number(digits)
  // Cents after a comma, as most of Europe writes them: 25,50 (no one groups thousands by two).
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(',', '.'))
  // Lakhs, as India groups: 12,00,000.
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(digits)) return Number(digits.replaceAll(',', ''))
  const grouped = /^(\d{1,3}(?:([,.' ])\d{3})+)(?:([,.])(\d{1,2}))?$/.exec(digits)
  if (!grouped) return undefined
  const [, whole = '', mark, decimalMark, cents] = grouped
  if (decimalMark && decimalMark === mark) return undefined
  return Number(whole.split(mark as string).join('') + (cents ? `.${cents}` : ''))
}

/**
 * A salary's period as a feed's period field gives it, in any case: a word (`hour`, `Hourly`,
 * `per_hour`, `per annum`, `p.a.`, `hours`), one among words that say no other period
 * (Lever's `per-year-salary`, `1 YEAR`), or a code (Careerjet's `H`, `D`, `W`, `M`, `Y`,
 * USAJobs' `PH`, `PA`); and the period salary text writes (`/hr`, `p/h`).
 */
export function salaryPeriod(text: string): SalaryPeriod | undefined {
  const all = plainLetters(text)
    .replaceAll('.', '')
    .split(/[^a-z]+/)
    .filter(Boolean)
  const words = all.filter(word => !PERIOD_FILLERS.has(word))
  // Only fillers: the last may be the period itself (French `par an`, where `an` is the year).
  if (words.length === 0 && all.length > 0) words.push(all.at(-1) as string)
  if (words.length !== 1) return undefined
  const [word] = words as [string]
  return PERIOD_WORDS.get(word) ?? PERIOD_WORDS.get(word.replace(/s$/, ''))
}

/**
 * Words around a period's that say no other: `per hour`, `an hour`, `p/h`, `hourly wage`, and
 * as German, French, Spanish, Italian and Portuguese write them (`pro Jahr`, `par mois`,
 * `por hora`, `al mes`, `all'anno`).
 */
/** The words for "per" before a unit: `per hour`, `pro Jahr`, `par mois`, `por hora`, `al mes`. */
const PER = ['per', 'pro', 'par', 'por', 'al']

const PERIOD_FILLERS = new Set([
  ...PER,
  'p',
  'a',
  'an',
  'one',
  'salary',
  'wage',
  'pay',
  'rate',
  'all',
  'el'
])

/**
 * A period's units, written after `/`, `per` or `a` (`pro Jahr`, `par mois`, `al mes`), and its
 * words that say "per" themselves (`hourly`, `monatlich`), in English, German, French, Spanish
 * and Portuguese, Italian and Dutch, their accents dropped (`jahrlich`, `ano`).
 */
const PERIODS: Record<SalaryPeriod, { units: string[]; words: string[] }> = {
  hour: {
    units: ['hour', 'hr', 'h', 'stunde', 'std', 'heure', 'hora', 'ora', 'uur'],
    words: ['hourly', 'stundlich', 'horaire', 'orario']
  },
  day: {
    units: ['day', 'tag', 'jour', 'dia', 'giorno', 'dag'],
    words: ['daily', 'taglich', 'journalier', 'diario']
  },
  week: {
    units: ['week', 'wk', 'woche', 'semaine', 'semana', 'settimana'],
    words: ['weekly', 'wochentlich', 'hebdomadaire', 'semanal']
  },
  month: {
    units: ['month', 'mo', 'monat', 'mois', 'mes', 'mese', 'maand'],
    words: ['monthly', 'monatlich', 'mensuel', 'mensuelle', 'mensual', 'mensal', 'mensile']
  },
  year: {
    units: ['year', 'yr', 'annum', 'jahr', 'an', 'annee', 'ano', 'anno', 'jaar'],
    words: [
      'yearly',
      'annual',
      'annually',
      'jahrlich',
      'annuel',
      'annuelle',
      'anual',
      'annuo',
      'annuale'
    ]
  }
}

/**
 * Abbreviations and codes, without their dots: salary text's `p.a.`, `pcm`, and a period
 * field's letters (Careerjet's `H`, `D`, `W`, `M`, `Y`; USAJobs' `PH`, `PA`).
 */
const PERIOD_CODES: Record<SalaryPeriod, string[]> = {
  hour: ['ph'],
  day: ['d', 'pd'],
  week: ['w', 'pw'],
  month: ['m', 'pm', 'pcm'],
  year: ['y', 'pa']
}

/** Every unit, word and code of a period. */
const PERIOD_WORDS = new Map<string, SalaryPeriod>(
  (Object.keys(PERIODS) as SalaryPeriod[]).flatMap(period =>
    [...PERIODS[period].units, ...PERIODS[period].words, ...PERIOD_CODES[period]].map(
      word => [word, period] as const
    )
  )
)

const allOf = (part: 'units' | 'words') => Object.values(PERIODS).flatMap(period => period[part])

// After `/`, `per` or `a` (`pro`, `par`, `por`, `al`, `all'`), a unit; after a space alone, a
// word that says "per" itself, or an abbreviation (`p.a.`, `p/h`, `pcm`). The text's accents
// are dropped first (plainLetters).
const PERIOD_AT_END = new RegExp(
  String.raw`\s?(?:\/ ?|\b(?:${PER.join('|')}) |\ball'|\ban? )(${allOf('units').join('|')})\.?$|` +
    String.raw`\s(${allOf('words').join('|')}|p\.?[ahdw]\.?|p\/h|pcm)$`
)

const BOUND_AT_START = /^(up to|from|starting at|min|max)\.?:? ?/

const RANGE = /\s?(?:-|\bto\b)\s?/
