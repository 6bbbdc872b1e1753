// Derives a listings file in the shape of SimplifyJobs' `.github/scripts/listings.json` from one
// README of github.com/SimplifyJobs/Summer2026-Internships (its 2026 format: one HTML <table> per
// category under `## <emoji> <Category> Internship Roles`), so that the example of
// examples/simplify-2026/ can render that README again from data.
//
// The README is parsed with remark (the top-level blocks: headings and the HTML block of each
// table) and each table with hast-util-from-html. Per row:
//   Company   `↳` is the company of the row above; otherwise the <strong> text, and the link
//             without their ?utm_source=GHList&utm_medium=company (none: no company_url).
//             The 🔥 before it is not data: their script marks FAANG+ names (jobs-readme.yml).
//   Role      the title without their marks: a trailing 🛂 ("Does Not Offer Sponsorship") or 🇺🇸
//             ("U.S. Citizenship is Required") sets `sponsorship`, a 🎓 before it `degrees`
//             (["Master's", "PhD"]; ["Bachelor's"] without).
//   Location  the lines between <br>s, inside <details> when there are more than three.
//   Apply     the first link without their ?utm_source=Simplify&ref=Simplify is `url`; a second
//             link (simplify.jobs/p/<id>) makes it a Simplify listing with that `id`; others get
//             a stable id from their url and `source: "Other"`.
//   Age       `0d`, `5d`, `1mo`: `date_posted` is that many days before --now as the clocks of
//             the board's zone count them (--timezone, America/Los_Angeles by default): their
//             script runs with TZ set to it and subtracts two local times, so across a
//             daylight-saving change a day of theirs is 23 or 25 hours. Their script shows
//             `Nmo` for N*30 days or more (and more than 30), so such a row gets a day of that
//             month, the same as the row above where it can, one more when the row above names
//             the same company without `↳` (they write ↳ only for the same company and age).
//             Within a table, each row is posted a minute before the one above it (on the zone's
//             clocks), so the order by date_posted is the README's order.
// Every listing is active and visible (this README version lists inactive roles in a separate
// README-Inactive.md; none are in it), with terms ["Summer 2026"] and the table's category.
//
// --now must be a UTC midnight: then a row's age in days and its calendar day agree, so that
// the `↳` rows read the same whether compared by age (theirs, and the example's
// `repeat-company-when: same-age`) or by calendar day. The ages are the zone's wall-clock days
// (the example's `age-days: wall-clock`), so the listings read the README's ages on any day,
// within 60 days after a daylight-saving change too.
//
// Usage: node scripts/derive-2026-listings.mjs README.md --now 2026-04-20T00:00:00Z
//                                              [--timezone America/Los_Angeles] [--out FILE]
// Prints the listings (JSON) or writes them to FILE; a short summary goes to stderr.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { fromHtml } from 'hast-util-from-html'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const DAY = 86_400
/** The zone of their script (`TZ=America/Los_Angeles`) and of the example's boards. */
export const THEIR_TIMEZONE = 'America/Los_Angeles'
const COMPANY_PARAMETERS = /\?utm_source=GHList&utm_medium=company$/
const APPLY_PARAMETERS = /[?&]utm_source=Simplify&ref=Simplify$/
const SIMPLIFY_POSTING = /^https:\/\/simplify\.jobs\/p\/([^?#/]+)/
const SPONSORSHIP_MARKS = [
  [' 🛂', 'Does Not Offer Sponsorship'],
  [' 🇺🇸', 'U.S. Citizenship is Required']
]
const DEGREE_MARK = ' 🎓'

export function deriveListings(readme, now, timeZone = THEIR_TIMEZONE) {
  const nowSeconds = Math.floor(now.getTime() / 1000)
  if (nowSeconds % DAY !== 0)
    throw new Error(
      `--now must be a UTC midnight (such as 2026-04-20T00:00:00Z), not ${now.toISOString()}`
    )
  const clock = wallClock(timeZone)
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readme)
  const listings = []
  let heading = ''
  for (const block of tree.children) {
    if (block.type === 'heading') heading = plainText(block)
    else if (block.type === 'html' && /^<table[\s>]/i.test(block.value.trim())) {
      const category = categoryOf(heading)
      if (!category) continue
      listings.push(...tableListings(block.value, category, nowSeconds, clock))
    }
  }
  if (listings.length === 0)
    throw new Error('No table under a "## <emoji> <Category> Internship Roles" heading was found')
  return listings
}

/** "💻 Software Engineering Internship Roles" → "Software Engineering". */
function categoryOf(heading) {
  const match = /^\S+\s+(.+?)\s+Internship Roles$/u.exec(heading.trim())
  return match?.[1]
}

function tableListings(html, category, now, clock) {
  const table = fromHtml(html, { fragment: true })
  const rows = elements(table, 'tr').filter(row => elements(row, 'td').length > 0)
  const listings = []
  let above
  let day
  for (const [index, row] of rows.entries()) {
    const cells = elements(row, 'td')
    if (cells.length !== 5)
      throw new Error(
        `${category}, row ${index + 1}: ${cells.length} cells, not Company · Role · Location · Application · Age`
      )
    const [companyCell, roleCell, locationCell, applyCell, ageCell] = cells
    const repeated = text(companyCell).trim() === '↳'
    if (repeated && !above) throw new Error(`${category}, row ${index + 1}: ↳ with no row above`)
    const company = repeated
      ? { company_name: above.company_name, company_url: above.company_url }
      : companyOf(companyCell)
    const age = text(ageCell).trim()
    day = dayOf(age, day, {
      repeated,
      sameCompanyAbove: !repeated && above?.company_name === company.company_name,
      where: `${category}, row ${index + 1}`
    })
    const { title, sponsorship, degrees } = roleOf(text(roleCell))
    const { url, id, source } = applicationOf(applyCell, `${category}, row ${index + 1}`)
    const date_posted = clock.before(now, day * DAY + (index + 1) * 60)
    const listing = {
      source,
      company_name: company.company_name,
      id,
      title,
      active: true,
      date_updated: date_posted,
      is_visible: true,
      date_posted,
      url,
      locations: locationsOf(locationCell),
      company_url: company.company_url,
      terms: ['Summer 2026'],
      sponsorship,
      degrees,
      category
    }
    listings.push(listing)
    above = listing
  }
  return listings
}

function companyOf(cell) {
  const strong = elements(cell, 'strong')[0]
  if (!strong) throw new Error(`A company cell without <strong>: ${text(cell)}`)
  const link = elements(strong, 'a')[0]
  const href = link ? String(link.properties.href ?? '') : ''
  return { company_name: text(strong), company_url: href.replace(COMPANY_PARAMETERS, '') }
}

function roleOf(shown) {
  let title = shown
  let sponsorship = 'Other'
  for (const [mark, value] of SPONSORSHIP_MARKS)
    if (title.endsWith(mark)) {
      title = title.slice(0, -mark.length)
      sponsorship = value
    }
  const advanced = title.endsWith(DEGREE_MARK)
  if (advanced) title = title.slice(0, -DEGREE_MARK.length)
  return { title, sponsorship, degrees: advanced ? ["Master's", 'PhD'] : ["Bachelor's"] }
}

/** The lines of a location cell: text between <br>s, the <summary> of a <details> left out. */
function locationsOf(cell) {
  const details = elements(cell, 'details')[0]
  const holder = details ?? cell
  const lines = ['']
  for (const child of holder.children) {
    if (child.type === 'element' && child.tagName === 'br') lines.push('')
    else if (child.type === 'element' && child.tagName === 'summary') continue
    else lines[lines.length - 1] += text(child)
  }
  return lines.map(line => line.trim()).filter(line => line !== '')
}

function applicationOf(cell, where) {
  const links = elements(cell, 'a').map(link => String(link.properties.href ?? ''))
  if (links.length === 0) throw new Error(`${where}: no application link`)
  const url = links[0].replace(APPLY_PARAMETERS, '')
  const simplify = links.map(link => SIMPLIFY_POSTING.exec(link)?.[1]).find(Boolean)
  if (simplify) return { url, id: simplify, source: 'Simplify' }
  return { url, id: stableId(url), source: 'Other' }
}

/**
 * Time on the clocks of `timeZone`. `before(now, seconds)`: the instant whose local time is
 * `seconds` before `now`'s local time (both Unix seconds), as Python's
 * `datetime.now() - datetime.fromtimestamp(t)` counts under `TZ=timeZone`; refused when no
 * instant shows that local time (a daylight-saving gap) or two do (the hour repeated).
 */
function wallClock(timeZone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
  } catch {
    throw new Error(
      `--timezone: "${timeZone}" is not an IANA time zone (such as ${THEIR_TIMEZONE})`
    )
  }
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric'
  })
  /** The local time of `instant` (Unix seconds) written as if it were UTC, in Unix seconds. */
  const local = instant => {
    const parts = Object.fromEntries(
      format.formatToParts(new Date(instant * 1000)).map(part => [part.type, Number(part.value)])
    )
    return (
      Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) /
      1000
    )
  }
  return {
    before(now, seconds) {
      const target = local(now) - seconds
      // The instant is the target less the zone's offset, which is the offset at that instant:
      // try the offsets of the hours around it, keep those that show the target.
      const found = new Set()
      for (const guess of [target - 86_400, target, target + 86_400]) {
        const instant = target - (local(guess) - guess)
        if (local(instant) === target) found.add(instant)
      }
      if (found.size !== 1)
        throw new Error(
          `No single instant shows ${new Date(target * 1000).toISOString().slice(0, 19)} on the clocks of ${timeZone} (a daylight-saving change): choose another --now`
        )
      return [...found][0]
    }
  }
}

/** A UUID-shaped id from the url, the same on every run. */
function stableId(url) {
  const hex = createHash('sha256').update(url).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** The age in days of a row shown as `age`, given the row above's (`previous`). */
function dayOf(age, previous, { repeated, sameCompanyAbove, where }) {
  const days = /^(\d+)d$/.exec(age)
  if (days) return Number(days[1])
  const months = /^(\d+)mo$/.exec(age)
  if (!months) throw new Error(`${where}: the age "${age}" is not Nd or Nmo`)
  const count = Number(months[1])
  const first = Math.max(31, count * 30)
  const last = count * 30 + 29
  let day = Math.max(first, previous ?? first)
  if (previous !== undefined && day === previous && sameCompanyAbove && !repeated) day += 1
  if (day > last) throw new Error(`${where}: no day of "${age}" is left for this row`)
  return day
}

function elements(node, tagName) {
  const found = []
  const visit = parent => {
    for (const child of parent.children ?? []) {
      if (child.type !== 'element') continue
      if (child.tagName === tagName) found.push(child)
      visit(child)
    }
  }
  visit(node)
  return found
}

/** The text of an mdast or hast node. */
function text(node) {
  if (node.type === 'text') return node.value
  return (node.children ?? []).map(text).join('')
}

function plainText(node) {
  return text(node).trim()
}

function parseArgs(args) {
  const options = { readme: undefined, now: undefined, out: undefined, timezone: THEIR_TIMEZONE }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--now') options.now = args[++index]
    else if (arg === '--out') options.out = args[++index]
    else if (arg === '--timezone') options.timezone = args[++index]
    else if (!arg.startsWith('--') && options.readme === undefined) options.readme = arg
    else throw new Error(`Unknown argument ${arg}`)
  }
  if (!options.readme || !options.now)
    throw new Error(
      'Usage: node scripts/derive-2026-listings.mjs README.md --now 2026-04-20T00:00:00Z [--timezone America/Los_Angeles] [--out FILE]'
    )
  const now = new Date(options.now)
  if (Number.isNaN(now.getTime())) throw new Error(`--now: "${options.now}" is not an ISO time`)
  return { ...options, now }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const options = parseArgs(process.argv.slice(2))
    const listings = deriveListings(
      readFileSync(options.readme, 'utf8'),
      options.now,
      options.timezone
    )
    const json = JSON.stringify(listings, null, 2) + '\n'
    if (options.out) writeFileSync(options.out, json)
    else process.stdout.write(json)
    const counts = new Map()
    for (const { category } of listings) counts.set(category, (counts.get(category) ?? 0) + 1)
    const byCategory = [...counts].map(([category, count]) => `${category} ${count}`)
    process.stderr.write(`${listings.length} listings (${byCategory.join(', ')})\n`)
  } catch (error) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}
