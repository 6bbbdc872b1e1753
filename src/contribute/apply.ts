/**
 * A contribution against the listings file's text: what the form asks (a new posting, an edit,
 * a close), checked the way every listing is (the listing schema, the same-opening rule), and
 * the file's new text when it is accepted. No I/O: the orchestrator reads and writes the file.
 */
import {
  CANONICAL_FIELDS,
  type CanonicalField,
  type ListingsFormat,
  type RunSettings
} from '../config/config.js'
import { readRecords } from '../load/formats.js'
import { UNSEEN_START } from '../load/fields.js'
import { hostScope } from '../load/http-addresses.js'
import { sourceChunks } from '../load/source.js'
import {
  CELL_FIELDS,
  createNormalizer,
  LIST_SEPARATOR,
  boundAnswer,
  MIN_ABOVE_MAX,
  workTypeOf,
  type IgnoredValue
} from '../load/normalize.js'
import type { Listing } from '../model.js'
import { foldText } from '../fold.js'
import { categoryKey } from '../select/category.js'
import { newestOfOpenings } from '../select/selector.js'
import { comparedLink } from '../changes.js'
import { codeSpan } from '../render/text.js'
import { booleanWord, nestedWith, readPath, UNWRITABLE } from '../record.js'
import { isHttpUrl, samePage, sameUrl } from '../url.js'
import { calendarDay, DAY_MS, midnightIn, UTC } from '../calendar.js'
import { timeOf } from '../time.js'
import { DOLLARS, salaryPeriod } from '../load/salary-text.js'
import type { Approval } from './event.js'
import { quotedHeading } from './form.js'
import { asKind, fileKinds, flagSet, type FileKinds, type ValueKind } from './file-kinds.js'
import { editListingsFile, type ListingEdit } from './listings-file.js'
import {
  fieldOfLabel,
  isNoteLabel,
  isRecordKey,
  type ContributionKind,
  type ContributionSettings
} from './settings.js'

export type Decision =
  | {
      outcome: 'applied'
      kind: ContributionKind
      /** The listings file with the contribution. */
      text: string
      /** The listing as it now is. */
      listing: Listing
      /** The fields written. */
      fields: string[]
      /** The posting was open and is closed now (a close, or an edit answering `Active: false`). */
      closes: boolean
    }
  | { outcome: 'unchanged'; kind: ContributionKind; listing: Listing }
  | {
      outcome: 'refused'
      kind: ContributionKind
      reason: string
      existing?: Existing
      /** What to do instead of editing the issue and approving it again, when that cannot help. */
      next?: string
    }

/** What a contribution is told of the boards. */
export interface BoardsView {
  /** Records of one opening are one row (every board dedupes). Default true. */
  dedupe?: boolean
  /**
   * The posting link of `listing` as each board links it (its cell template's parameters, a
   * redirect), in the form tables are compared (comparedLink).
   */
  links?: (listing: Listing) => Promise<string[]>
  /** The boards' categories as the maintainer wrote them (`Data Science`). */
  categories?: readonly string[]
}

/** A listing of the file, and its 1-based place among the file's records. */
export interface Existing {
  listing: Listing
  record: Record<string, unknown>
  position: number
}

/**
 * What the approved form does to the listings file whose text is `text`. `flags`: the keys of
 * the boards' visibility flags (`visible`), true on a new record where the file's records have them.
 */
export async function decide(
  text: string,
  format: ListingsFormat,
  approval: Approval,
  run: RunSettings,
  settings: ContributionSettings,
  flags: readonly string[] = [],
  timezone: string = UTC,
  boards: BoardsView = {}
): Promise<Decision> {
  const { dedupe = true } = boards
  const { kind } = approval
  const refuse = (reason: string, existing?: Existing, next?: string): Decision => ({
    outcome: 'refused',
    kind,
    reason,
    existing,
    ...(next === undefined ? {} : { next })
  })
  if (approval.kindLabels)
    return refuse(
      REFUSALS.kindLabels(approval.kindLabels),
      undefined,
      'Remove all but the label of the change meant, then approve the issue again.'
    )
  if (approval.unreadable !== undefined) return refuse(REFUSALS.unreadableForm(approval.unreadable))
  const twice = answeredTwice(approval, settings)
  if (twice) return refuse(REFUSALS.unreadableForm(twice))
  const given = formFields(approval, settings)
  for (const field of LINK_FIELDS) {
    const answer = given[field]
    if (typeof answer !== 'string') continue
    const link = linkAnswer(field, answer)
    if (typeof link !== 'string') return refuse(link.refused)
    given[field] = link
  }
  // Only the text a cell shows is cut at max-cell-length: a link or a description never is.
  for (const field of CELL_FIELDS) {
    const length = [...String(given[field] ?? '')].length
    if (run.maxCellLength > 0 && length > run.maxCellLength)
      return refuse(REFUSALS.tooLong(field, length, run.maxCellLength))
  }
  const normalize = createNormalizer({
    fields: run.fields,
    salaryCurrency: run.salaryCurrency,
    maxCellLength: run.maxCellLength
  })
  const { existing, ids } = await listingsOf(text, format, normalize, run.listings ?? 'listings')
  // The record the boards read of each record's opening: its newest (the later on a tie).
  const newest = newestOfOpenings(
    existing.map(item => item.listing),
    dedupe
  )
  const newestOf = new Map(existing.map((item, index) => [item, existing[newest[index]!]!]))
  /** The record the boards read of `item`'s opening. */
  const shownOf = (item: Existing) => newestOf.get(item)!
  const key = (field: CanonicalField) => fileKey(field, run)
  const kinds = fileKinds(
    existing.map(item => item.record),
    format
  )
  const extra = recordAnswers(approval, settings, kinds)
  const formula = format === 'csv' ? formulaAnswer({ ...given, ...extra }) : undefined
  if (formula) return refuse(REFUSALS.formula(...formula))
  // A new link (an edit's, when an id names the posting), and a company's: never one on the
  // runner's own network, which no reader can open.
  const link = kind === 'new' || (kind === 'edit' && given.id !== undefined) ? given.url : undefined
  for (const [address, whose] of [
    [link, "the posting's"],
    [given.company_url, "the company's"]
  ] as const) {
    const scope = typeof address === 'string' ? hostScope(address) : undefined
    if (scope && scope !== 'public' && !run.links.privateHosts)
      return refuse(REFUSALS.privateLink(String(address), scope, whose))
  }
  const postedKey = key('posted_at')
  // The form's date as the file's records write theirs; a day it names is that day on the board.
  let postedAnswer: string | number | undefined
  if (typeof given.posted_at === 'string') {
    const answer = given.posted_at.trim()
    const day = typedDay(answer)
    const time = day === undefined ? timeOf(answer) : midnightIn(day, timezone)
    if (time !== undefined && time > run.now.getTime() + DAY_MS)
      return refuse(REFUSALS.futureDate(answer, calendarDay(run.now, timezone)))
    if (time !== undefined) postedAnswer = kinds.date(postedKey, day ?? time, timezone)
  }
  /**
   * The form's categories spelled as the file's records spell each (`Data Science` for `data
   * science`, the spelling most written), else as a board names it; else as the form gives it.
   */
  const spellings = categorySpellings(
    existing.map(item => readPath(item.record, run.fields.categories ?? 'categories')),
    boards.categories ?? []
  )
  const spelledCategories = (value: unknown): unknown => {
    const names = typeof value === 'string' ? [value] : value
    if (!Array.isArray(names)) return value
    const spelled = names.map(name =>
      typeof name === 'string' ? (spellings.get(categoryKey(name)) ?? name) : name
    )
    return typeof value === 'string' ? spelled[0] : [...new Set(spelled)]
  }
  /** The form's answers under the file's keys, each of the kind the file's records give it. */
  /**
   * A field `fields` maps to a nested path (`company.name`) whose record holds no object on the
   * way (`company: "Acme"`): the answer has nowhere to go.
   */
  let unwritable: { field: string; path: string } | undefined
  const written = (
    answers: Partial<Record<CanonicalField, unknown>>,
    editing?: Record<string, unknown>
  ) => {
    const out: Record<string, unknown> = {}
    for (const [at, value, field] of Object.entries(answers).map(([field, value]) => {
      const at = key(field as CanonicalField)
      const result = (answer: unknown): [string, unknown, string] => [at, answer, field]
      if (at === postedKey) return result(postedAnswer ?? value)
      if (field === 'work_type' && typeof value === 'string')
        return result(kinds.spelling(at, value.trim(), workTypeOf))
      if (field === 'categories') value = spelledCategories(value)
      // An edit's `Active`: the flag as the records write theirs (`no` where they write `yes`).
      const flag = field === 'active' && typeof value === 'string' ? booleanWord(value) : undefined
      if (flag !== undefined) return result(kinds.flag(at, flag, editing?.[at]))
      const kind = kinds.kind(at) ?? SCHEMA_KINDS[field as CanonicalField]
      // Several choices where the records hold text: one text, as theirs separate them. A CSV
      // cell of a list is written so by the file's editor.
      if (kind === 'string' && Array.isArray(value) && format !== 'csv')
        return result(value.join(listSeparator(existing.map(item => item.record[at]))))
      return result(asKind(value, kind))
    })) {
      // A nested path (`fields: company=company.name`): the answer goes there, beside the
      // members the record (or an answer before it) holds.
      const path = run.fields[field as CanonicalField]?.split('.')
      if (!path || path.length < 2) {
        out[at] = value
        continue
      }
      const [top, ...rest] = path as [string, ...string[]]
      const nested = nestedWith(top in out ? out[top] : editing?.[top], rest, value)
      if (nested === UNWRITABLE) unwritable ??= { field, path: path.join('.') }
      else out[top] = nested
    }
    return out
  }
  /**
   * The answers with the form's salary fields (salary_min, ...) as one `salary` object, where
   * the file's records hold theirs so (`salary: {min, max, currency, period}`): the amounts as
   * numbers where theirs are, over the salary `record` holds.
   */
  const salaryKey = key('salary')
  const salaries = existing.map(item => item.record[salaryKey]).filter(isObject)
  const nestsSalary =
    salaries.length > 0 &&
    !existing.some(item => SALARY_PARTS.some(([field]) => item.record[field] !== undefined))
  const nestSalary = (answers: Record<string, unknown>, record?: Record<string, unknown>) => {
    const parts = SALARY_PARTS.filter(([field]) => key(field) === field && field in answers)
    if (!nestsSalary || parts.length === 0 || salaryKey in answers) return answers
    const held = record?.[salaryKey]
    const salary: Record<string, unknown> = isObject(held) ? { ...held } : {}
    const rest = { ...answers }
    for (const [field, part] of parts) {
      const numbers = salaries.some(model => typeof model[part] === 'number')
      salary[part] = asKind(rest[field], numbers ? 'number' : undefined)
      delete rest[field]
    }
    return { ...rest, [salaryKey]: salary }
  }
  // A salary bound given as text (`$95k`, `90000 EUR`) where the records hold numbers: the one
  // amount it reads as, never text among numbers. The currency or period it names goes where
  // the file holds one, else the answer is refused: as a bare number the board would read it
  // in its own currency, yearly. Text that reads as no one amount is left for the board's own
  // check to refuse, saying how to write it.
  const dollar = DOLLARS.has(run.salaryCurrency) ? run.salaryCurrency : 'USD'
  for (const [field, part] of SALARY_PARTS.slice(0, 2)) {
    const answer = given[field]
    if (typeof answer !== 'string' || typeof asKind(answer, 'number') === 'number') continue
    const numbers = nestsSalary
      ? salaries.some(model => typeof model[part] === 'number')
      : kinds.numbers(key(field)) || (kinds.kind(key(field)) === undefined && !!SCHEMA_KINDS[field])
    const bound = numbers ? boundAnswer(answer, dollar) : undefined
    if (!bound) continue
    for (const [said, beside, board] of [
      [bound.currency, 'salary_currency', run.salaryCurrency],
      [bound.period, 'salary_period', 'year']
    ] as const) {
      const held = given[beside]
      const named = typeof held === 'string' ? held.trim() : undefined
      if (said === undefined || said === (named === undefined ? board : sameWord(beside, named)))
        continue
      const kept = nestsSalary || kinds.kind(key(beside)) !== undefined
      if (named !== undefined || !kept)
        return refuse(REFUSALS.salaryAside(field, answer, said, named ?? board, beside))
      given[beside] = said
    }
    given[field] = String(bound.amount)
  }

  if (kind === 'new') {
    const missing = (['company', 'title', 'url'] as const).filter(
      field => given[field] === undefined
    )
    if (missing.length) return refuseUnmapped(REFUSALS.missing(missing), missing)
    const answers = nestSalary({ ...extra, ...written(given) })
    if (unwritable) return refuse(REFUSALS.unwritable(unwritable.field, unwritable.path))
    const defaults: Record<string, unknown> = {}
    const idKey = key('id')
    if (!(idKey in answers) && kinds.common(idKey)) defaults[idKey] = kinds.freshId(idKey)
    for (const flag of [key('active'), ...flags])
      if (!(flag in answers) && kinds.common(flag)) defaults[flag] = kinds.flag(flag, true)
    // Every other key most records have, as they hold it (`date_updated`: the approval's time,
    // `source`: ""). A key the board reads (`work_type`, `categories`) only where a record holds
    // that value itself: the board reads it as none there already.
    const boardKeys = new Set(CANONICAL_FIELDS.map(key))
    for (const common of kinds.keys()) {
      if (common in answers || common in defaults || common === postedKey) continue
      if (!kinds.common(common)) continue
      const blank = kinds.blank(common, run.now.getTime(), timezone)
      if (blank === undefined) continue
      if (boardKeys.has(common) && !existing.some(item => sameRaw(item.record[common], blank)))
        continue
      defaults[common] = blank
    }
    // No date given: the approval's time, as the records write times.
    const posted =
      given.posted_at === undefined
        ? kinds.date(postedKey, run.now.getTime(), timezone)
        : (postedAnswer ?? given.posted_at)
    const position = existing.length + 1
    const record = orderedLike(existing[0]?.record, {
      ...defaults,
      ...answers,
      [postedKey]: posted
    })
    let checked = normalize(record, position)
    if (!checked.ok) return refuse(REFUSALS.invalid(checked.invalid.reason))
    const unread = unreadAnswers(checked.ignored, given)
    if (unread.length) return refuse(REFUSALS.unreadable(unread))
    // A salary object gets the members most of the records' have (`currency`, `period`), as the
    // board reads the form's salary (its currency setting, the period its amounts say).
    const salary = record[salaryKey]
    const read = checked.listing.salary as Record<string, unknown> | undefined
    if (nestsSalary && isObject(salary) && read) {
      for (const [, part] of SALARY_PARTS)
        if (
          !(part in salary) &&
          read[part] !== undefined &&
          salaries.filter(held => part in held).length * 2 >= salaries.length
        )
          salary[part] = read[part]
      checked = normalize(record, position)
      if (!checked.ok) return refuse(REFUSALS.invalid(checked.invalid.reason))
    }
    // The openings the new record would join, each as the record the boards read of it (its
    // newest): an open one is listed already; a closed one is no opening the boards show, so
    // the role reposted at a new link is new, unless the closed record is the newer.
    const joined = [
      ...new Set(existing.filter(item => sameOpening(item.listing, checked.listing)).map(shownOf))
    ]
    const same = joined.find(item => item.listing.active)
    // Its link (or id) is still that posting's, which the edit form can open again.
    const closed = same
      ? undefined
      : existing.find(
          item => sameLink(item.listing, checked.listing) && joined.includes(shownOf(item))
        )
    if (closed) return refuse(REFUSALS.closedListed(shownOf(closed)), shownOf(closed), NEXT.reopen)
    // A closed record of the role posted after the form's date: the boards read that one.
    const newer = same
      ? undefined
      : joined.find(item => item.listing.postedAt > checked.listing.postedAt)
    if (newer) return refuse(REFUSALS.closedNewer(newer), newer, NEXT.reopenNewer(newer))
    const taken = ids.get(shownId(checked.listing.id))
    const takenBy = existing.find(item => item.position === taken)
    if (taken !== undefined && !(same && takenBy && shownOf(takenBy) === same))
      return refuse(REFUSALS.idTaken(checked.listing.id, taken))
    if (same) {
      const differing = Object.keys(given)
        .map(field => field as CanonicalField)
        .filter(
          field =>
            !(
              sameValue(field, same.listing, checked.listing) ??
              sameText(same.record[key(field)], record[key(field)])
            )
        )
      if (differing.length === 0) return { outcome: 'unchanged', kind, listing: same.listing }
      // The same opening (its link, company, title and location) with other details: an edit.
      const identity = ['id', 'url', 'company', 'title', 'location']
      const details = differing.filter(field => !identity.includes(field))
      if (details.length === differing.length && details.length > 0)
        return refuse(REFUSALS.otherDetails(same, details), same)
      return refuse(REFUSALS.duplicate(same), same)
    }
    return applied([{ kind: 'add', record }], checked.listing, Object.keys(record))
  }

  const found = await findTarget(existing, given, shownOf, boards.links)
  if (found.length > 1)
    return given.id !== undefined
      ? refuse(REFUSALS.sharedId(String(given.id), found), undefined, NEXT.maintainerIds)
      : new Set(found.map(item => item.listing.id)).size < found.length
        ? // Their ids repeat too: no answer of the form tells them apart.
          refuse(REFUSALS.sharedId(String(given.url), found, 'link'), undefined, NEXT.maintainerIds)
        : refuse(REFUSALS.sharedLink(String(given.url), found))
  const target = found[0]
  if (!target) return refuse(REFUSALS.unknown(given.id ?? given.url))
  const index = target.position - 1
  if (kind === 'close') {
    if (!target.listing.active) return { outcome: 'unchanged', kind, listing: target.listing }
    // `false` as the file's records write the flag: text in a CSV, `no` where they write `yes`,
    // `closed` where `open`; at the path `fields` maps active onto (`meta.live`).
    const set = flagSet(target.record, run.fields.active ?? 'active', false, kinds)
    return applied(
      [{ kind: 'update', index, set }],
      { ...target.listing, active: false },
      Object.keys(set),
      true
    )
  }
  const identifying = given.id !== undefined ? ['id'] : ['url']
  const changes = Object.fromEntries(
    Object.entries(given).filter(([field]) => !identifying.includes(field))
  )
  if (Object.keys(changes).length === 0 && Object.keys(extra).length === 0)
    return refuseUnmapped(REFUSALS.nothingToChange)
  const edited = nestSalary({ ...extra, ...written(changes, target.record) }, target.record)
  if (unwritable)
    return refuse(
      REFUSALS.unwritable(unwritable.field, unwritable.path, target),
      target,
      NEXT.maintainer
    )
  const asFile = { ...target.record, ...edited }
  const set = Object.fromEntries(
    Object.keys(edited)
      .filter(at => !sameRaw(target.record[at], asFile[at]))
      .map(at => [at, asFile[at]])
  )
  if (Object.keys(set).length === 0) return { outcome: 'unchanged', kind, listing: target.listing }
  const checked = normalize({ ...target.record, ...set }, target.position)
  if (!checked.ok) return refuse(REFUSALS.invalid(checked.invalid.reason))
  const unread = unreadAnswers(checked.ignored, changes)
  if (unread.length) return refuse(REFUSALS.unreadable(unread))
  // The edit may not make the posting another one: the board would show only one of them (a
  // closed one it shows neither with, a newer one only that one).
  const other = existing
    .filter(
      item =>
        sameOpening(item.listing, checked.listing) &&
        !sameOpening(item.listing, target.listing) &&
        shownOf(item) !== target
    )
    .map(shownOf)
    .find(item => item.listing.active && checked.listing.active)
  if (other) return refuse(REFUSALS.editDuplicate(other), other)
  // Nor leave the boards reading another record of it, newer than the edited one.
  const after = existing.map(item => (item === target ? checked.listing : item.listing))
  const reader = existing[newestOfOpenings(after, dedupe)[existing.indexOf(target)]!]!
  if (reader !== target) return refuse(REFUSALS.newerRecord(reader), reader)
  return applied(
    [{ kind: 'update', index, set }],
    checked.listing,
    Object.keys(set),
    target.listing.active && !checked.listing.active
  )

  /**
   * Refused for `reason`, naming the form's sections no field is mapped to (`### Apply URL`,
   * which may hold what is missing: `fields`): the maintainer's mapping, not the reader's
   * answer, is then what to change.
   */
  function refuseUnmapped(reason: string, fields: readonly string[] = []): Decision {
    const unmapped = unreadSections(approval, settings).filter(item => item.unmapped)
    if (unmapped.length === 0) return refuse(reason)
    const labels = unmapped.map(item => item.label)
    return refuse(
      `${reason} ${unmappedNote(labels, fields)}`,
      undefined,
      'Once it is mapped, a maintainer approves the issue again; if the form lacks the answer, edit the issue and approve it again.'
    )
  }

  function applied(
    edits: ListingEdit[],
    listing: Listing,
    fields: string[],
    closes = false
  ): Decision {
    return {
      outcome: 'applied',
      kind,
      text: editListingsFile(text, format, edits),
      listing,
      fields,
      closes
    }
  }
}

/** A currency answer in upper case, a period as the board reads it (`Hourly`: hour). */
function sameWord(field: 'salary_currency' | 'salary_period', answer: string): string | undefined {
  return field === 'salary_currency' ? answer.toUpperCase() : salaryPeriod(answer)
}

/** The form's salary fields, and their members in a salary object. */
const SALARY_PARTS = [
  ['salary_min', 'min'],
  ['salary_max', 'max'],
  ['salary_currency', 'currency'],
  ['salary_period', 'period']
] as const

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Why a contribution was refused, said to its author. */
export const REFUSALS = {
  missing: (fields: readonly string[]) =>
    `The form leaves ${fields.map(field => `**${field}**`).join(', ')} empty; every new posting needs a company, a title and a link.`,
  invalid: (reason: string) => `The posting is not valid: ${codeSpan(reason)}.`,
  salaryAside: (field: string, answer: string, said: string, meant: string, beside: string) =>
    beside === 'salary_currency'
      ? `**${field}** ${codeSpan(answer)} is in ${said}, but the board reads this salary in ${meant}, and the listings file keeps the amount as a number, with no currency beside it. Write the amount in ${meant}, as a number such as 120000.`
      : `**${field}** ${codeSpan(answer)} is paid per ${said}, but the listings file keeps a yearly amount as a number, with no period beside it. Write the yearly amount, as a number such as 120000.`,
  tooLong: (field: string, length: number, max: number) =>
    `**${field}** is ${length} characters long, and the board shows at most ${max} in a cell (\`max-cell-length\`): it would be cut. Shorten it to ${max} characters or fewer.`,
  closedListed: ({ listing, position }: Existing) =>
    `This posting is listed as ${listingName(listing)}, record ${position} of the listings file, and is closed there (\`active: false\`), so no board shows it.`,
  invisible: (field: string, character: string, at: number, before: string) =>
    `**${field}** holds an invisible character, ${character}, at character ${at} (after ${codeSpan(before)}): a reader cannot see it, and the link would not open. Type the address again, or paste it as plain text.`,
  severalLinks: (field: string, links: readonly string[]) =>
    `**${field}** gives ${links.length} addresses (${links.map(link => codeSpan(link)).join(', ')}): give one address, the posting's own.`,
  textBesideLink: (field: string, address: string, answer: string) =>
    `**${field}** has text ${answer.startsWith(address) ? 'after' : 'beside'} the address (${codeSpan(answer)}): give the address alone (${codeSpan(address)}), and any note in another section.`,
  duplicate: ({ listing, position }: Existing) =>
    `This posting is already listed as ${listingName(listing)}, record ${position} of the listings file.`,
  otherDetails: (existing: Existing, fields: readonly string[]) =>
    `${REFUSALS.duplicate(existing)} The form gives it other details (${fields.map(field => `**${field}**`).join(', ')}) than the listings hold: to change them, file the edit form for this posting.`,
  closedNewer: ({ listing, position }: Existing) =>
    `This role is listed as ${listingName(listing)}, record ${position} of the listings file, which is closed there (\`active: false\`) and newer than the form's posting date, so the boards read the role as closed and would show no row of this posting.`,
  newerRecord: ({ listing, position }: Existing) =>
    `After the edit, record ${position} of the listings file, ${listingName(listing)}, would be this posting's newest record (the same id, link, or company, title and location, posted later or later in the file), and the boards show an opening's newest record: they would show that one, not the edit. Leave the posting date as it is (or give one after that record's), or file the form for that record.`,
  unwritable: (field: string, path: string, existing?: Existing) =>
    `**${field}** cannot be written: \`fields\` maps it to ${codeSpan(path)}, and ${existing ? `record ${existing.position} of the listings file` : 'the record'} holds no object on that path (a text or a list where a member is named), so the board would not read the answer. This is the board's setting, not the form's answer.`,
  editDuplicate: ({ listing, position }: Existing) =>
    `The edit would make this posting a duplicate of ${listingName(listing)}, record ${position} of the listings file (the same link, or the same company, title and location).`,
  idTaken: (id: string, position: number) =>
    `The id ${codeSpan(id)} is already the id of record ${position} of the listings file (the same to a reader, invisible characters aside): give the posting another id, or leave the id empty.`,
  unknown: (what: unknown) =>
    what === undefined
      ? 'The form names no posting: give its link (or its id).'
      : `No listed posting has the link or id ${codeSpan(String(what))}.`,
  sharedId: (what: string, records: readonly Existing[], named: 'id' | 'link' = 'id') =>
    `${records.length} open records have the ${named} ${codeSpan(what)} (records ${records.map(item => item.position).join(', ')} of the listings file)${named === 'link' ? ' and share their ids too' : ''}, and a board that does not dedupe (\`dedupe: false\`) shows each apart, so the form cannot say which one is meant.`,
  sharedLink: (url: string, records: readonly Existing[]) =>
    `${records.length} open postings have the link ${codeSpan(url)} (records ${records.map(item => item.position).join(', ')} of the listings file), so the link alone does not say which one is meant: add a section \`### Id\` to the form with the posting's id (${records.map(item => codeSpan(item.listing.id)).join(', ')}).`,
  futureDate: (answer: string, today: string) =>
    `**posted_at** ${codeSpan(answer)} is more than a day after today (${today} on the board), and the board would hide the posting until then: give the day the posting was published.`,
  kindLabels: (labels: readonly string[]) =>
    `The issue has the labels ${labels.map(label => codeSpan(label)).join(' and ')}, which ask for different changes (a new posting, an edit, a close), so which one is meant is unknown.`,
  nothingToChange: 'The form names a posting but no field to change.',
  privateLink: (url: string, scope: string, whose: string) =>
    `The link ${codeSpan(url)} is on a ${scope} address, which a reader cannot open: give ${whose} address on the web (https://...).`,
  formula: (field: string, start: string) =>
    `**${field}** starts with ${codeSpan(start)}, which a spreadsheet opening the listings file (CSV) would run as a formula; write it without the ${codeSpan(start)} at its start.`,
  unreadableForm: (why: string) => `The issue is not a form the board can read: ${why}.`,
  unreadable: (unread: readonly IgnoredValue[]) => {
    const them = unread.length === 1 ? 'it' : 'them'
    const advice = [
      ...new Set(
        unread.map(({ field, reason }) =>
          reason === MIN_ABOVE_MAX ? SALARY_ORDER_ADVICE : ANSWER_ADVICE[field]
        )
      )
    ]
    return `The board could not read ${unread.length === 1 ? 'an answer' : 'some answers'}, and would show the posting without ${them}: ${unread.map(({ note }) => codeSpan(note)).join('; ')}. Write ${advice.join('; ')}, or leave ${them} empty.`
  }
} as const

/** What to do, said instead of approving the issue again, where no edit of it can help. */
const REOPEN =
  'To list it again, file the edit form for this posting (its link) with a section `### Active` answered `true`.'

export const NEXT = {
  /** A new posting whose link is a closed record's. */
  reopen: `${REOPEN} If the role was posted again at a new link, file this form with that link.`,
  /** A new posting of a role a newer record closes. */
  reopenNewer: ({ listing }: Existing) =>
    `To list the role again, file the edit form for ${listing.url ? codeSpan(listing.url) : `the posting ${codeSpan(listing.id)}`} with a section \`### Active\` answered \`true\`. If this posting was published after that record's, give that day under the form's posting date.`,
  /** A setting of the board's, not the form, keeps the answer from being written. */
  maintainer:
    'A maintainer: give `fields` a path the records hold (or write the record so), then approve the issue again.',
  /** Records sharing an id that a board shows apart. */
  maintainerIds:
    'A maintainer: give each of those records its own id (or set `dedupe: true`), then approve the issue again.',
  /** An edit that leaves its posting closed. */
  reopenEdit: REOPEN
} as const

/**
 * The calendar day an answer names without a time of day (`2026-12-05`, `Dec 5, 2026`), as
 * `YYYY-MM-DD`; undefined for a time, a Unix time, or no date.
 */
function typedDay(answer: string): string | undefined {
  if (/\d:\d/.test(answer) || (/^\d+(?:\.\d+)?$/.test(answer) && !/^\d{8}$/.test(answer)))
    return undefined
  const time = timeOf(answer)
  if (time === undefined || time % DAY_MS !== 0) return undefined
  return new Date(time).toISOString().slice(0, 10)
}

/** The answers that are links. */
const LINK_FIELDS = ['url', 'company_url'] as const

/**
 * A link answer as written, the invisible characters (a zero-width space, a bidi mark, a byte
 * order mark: Unicode's format characters) and spaces at its ends taken off; refused, saying
 * what to write, when one is inside it, or when it gives several addresses.
 */
function linkAnswer(field: string, answer: string): string | { refused: string } {
  const link = answer.replace(/^[\p{Cf}\s]+|[\p{Cf}\s]+$/gu, '')
  const invisible = /\p{Cf}/u.exec(link)
  if (invisible) {
    const before = [...link.slice(0, invisible.index)]
    const shown = before.length > 40 ? `…${before.slice(-40).join('')}` : before.join('')
    return {
      refused: REFUSALS.invisible(field, codePoint(invisible[0]), before.length + 1, shown)
    }
  }
  const parts = link.split(/\s+/)
  const links = parts.filter(part => isHttpUrl(part))
  if (links.length > 1) return { refused: REFUSALS.severalLinks(field, links) }
  // An address with words beside it (`https://... (apply by Friday)`): no link opens it whole.
  if (links.length === 1 && parts.length > 1)
    return { refused: REFUSALS.textBesideLink(field, links[0] as string, link) }
  return link
}

/** A character as Unicode names its code point: `U+200B`. */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** The kind of a field's answer where no record of the file gives its key one (an empty file). */
const SCHEMA_KINDS: Partial<Record<CanonicalField, ValueKind>> = {
  salary_min: 'number',
  salary_max: 'number'
}

const SALARY_ORDER_ADVICE =
  'the smaller amount as the salary minimum and the larger as its maximum (the minimum is above the maximum)'

/**
 * The first answer a spreadsheet would take for a formula once written to a CSV file (it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return), as [field, that character]. Refused
 * rather than escaped: a quote before it would become part of the listing's text.
 */
function formulaAnswer(answers: Record<string, unknown>): [string, string] | undefined {
  for (const [field, value] of Object.entries(answers))
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue
      if (FORMULA_START.test(text)) return [field, JSON.stringify(text[0]).slice(1, -1)]
      // Behind characters that show nothing (`\u200b=HYPERLINK(...)`), which a sheet may skip.
      const unseen = UNSEEN_START.exec(text)?.[0]
      if (unseen && FORMULA_START.test(text.slice(unseen.length)))
        return [field, JSON.stringify(text.slice(0, unseen.length + 1)).slice(1, -1)]
    }
  return undefined
}

const FORMULA_START = /^[=+\-@\t\r]/

/** The form's fields of each optional value the board reads. */
const ANSWERS_OF: Record<IgnoredValue['field'], readonly CanonicalField[]> = {
  company_url: ['company_url'],
  work_type: ['work_type'],
  salary: ['salary', 'salary_min', 'salary_max', 'salary_currency', 'salary_period']
}

/** How to write each optional value the board reads, said to a form's author. */
const ANSWER_ADVICE: Record<IgnoredValue['field'], string> = {
  company_url: 'a company link as a web address starting with https://',
  work_type: 'a work type as remote, hybrid or on site',
  salary: 'a salary amount as a plain number such as 120000'
}

/** The values the board drops that come from the form's answers. */
function unreadAnswers(
  ignored: readonly IgnoredValue[],
  answers: Partial<Record<CanonicalField, unknown>>
): IgnoredValue[] {
  return ignored.filter(({ field }) =>
    ANSWERS_OF[field].some(answer => answers[answer] !== undefined)
  )
}

/**
 * Two sections of the form that answer the same field (`### Link` and `### Posting URL`): a
 * form asks for each once, so one was typed into an answer, and would decide the value unseen.
 */
function answeredTwice(approval: Approval, settings: ContributionSettings): string | undefined {
  const labels = new Map<string, string>()
  for (const label of approval.form.keys()) {
    const field = fieldOfLabel(label, settings)
    if (!field) continue
    const first = labels.get(field)
    if (first !== undefined)
      return `its sections ${quotedHeading(first)} and ${quotedHeading(label)} both answer ${field}, and a form asks for each once (one was typed into an answer). Edit the issue so that ${field} is answered once`
    labels.set(field, label)
  }
  return undefined
}

/**
 * The form's sections whose answers are not written: labels that name no field (nor a note
 * for the maintainer, such as the close form's `Reason`), and `Active` outside an edit. Each
 * with why, for the run's log.
 */
export function unreadSections(
  approval: Approval,
  settings: ContributionSettings
): { label: string; heading: string; unmapped: boolean }[] {
  const unread: { label: string; heading: string; unmapped: boolean }[] = []
  for (const label of approval.form.keys()) {
    const field = fieldOfLabel(label, settings)
    const heading = quotedHeading(label)
    if (field === 'active' && approval.kind !== 'edit')
      unread.push({
        label,
        heading: `${heading} (only the edit form opens or closes a posting)`,
        unmapped: false
      })
    else if (!field && !isNoteLabel(label)) unread.push({ label, heading, unmapped: true })
  }
  return unread
}

/**
 * Said of the form's sections no field is mapped to (`### Apply URL`): the maintainer's
 * mapping, not the reader's answer, leaves them unread. `fields`: the fields the form lacks,
 * which such a section may answer.
 */
export function unmappedNote(labels: readonly string[], fields: readonly string[] = []): string {
  const one = labels.length === 1
  const example = `${labels[0]}: ${one && fields.length === 1 ? fields[0] : 'field'}`
  return `The form's ${one ? 'section' : 'sections'} ${labels.map(quotedHeading).join(', ')} ${one ? 'is' : 'are'} read as no field: the board's \`contribution-fields\` maps ${one ? 'it' : 'them'} to no field, so ${one ? 'its answer is' : 'their answers are'} not written. A maintainer maps ${one ? 'it' : 'each'} with \`contribution-fields\` (${codeSpan(example)}, or \`record.<key>\` to keep it as a key of the records).`
}

/** The form's answers by canonical field; fields no label maps to are left out. */
function formFields(
  approval: Approval,
  settings: ContributionSettings
): Partial<Record<CanonicalField, unknown>> {
  const fields: Partial<Record<CanonicalField, unknown>> = {}
  for (const [label, value] of approval.form) {
    const field = fieldOfLabel(label, settings)
    if (!field || field === 'kind' || isRecordKey(field)) continue
    // `Active` opens or closes a listed posting; a new one is open.
    if (field === 'active' && approval.kind !== 'edit') continue
    fields[field] = LIST_FIELDS.has(field) ? value.items : value.text
  }
  return fields
}

/**
 * The form's answers to labels mapped to `record.<key>`, by key, each of the kind the file's
 * records give it: a dropdown's several options (or the answer's lines) where they hold lists.
 */
function recordAnswers(
  approval: Approval,
  settings: ContributionSettings,
  kinds: FileKinds
): Record<string, unknown> {
  const answers: Record<string, unknown> = {}
  for (const [label, value] of approval.form) {
    const field = fieldOfLabel(label, settings)
    if (!field || !isRecordKey(field)) continue
    const key = field.slice('record.'.length)
    const kind = kinds.kind(key)
    answers[key] =
      kind === 'list' && value.items.length > 1 ? value.items : asKind(value.text, kind)
  }
  return answers
}

const LIST_FIELDS = new Set<string>(['categories', 'skills'])

/** The file's listings; `source`, the file as its messages name it. */
async function listingsOf(
  text: string,
  format: ListingsFormat,
  normalize: ReturnType<typeof createNormalizer>,
  source: string
): Promise<{ existing: Existing[]; ids: Map<string, number> }> {
  const existing: Existing[] = []
  // Every record's id, those the board skips as invalid too, by what a reader sees of it.
  const ids = new Map<string, number>()
  let position = 0
  for await (const batch of await readRecords(
    { name: source, locations: [], chunks: sourceChunks([text], Infinity, source) },
    format
  ))
    for (const record of batch) {
      position += 1
      const result = normalize(record, position)
      const id = result.ok ? result.listing.id : result.invalid.id
      if (id !== undefined && !ids.has(shownId(id))) ids.set(shownId(id), position)
      if (result.ok)
        existing.push({
          listing: result.listing,
          record: record as Record<string, unknown>,
          position
        })
    }
  return { existing, ids }
}

/** An id as a reader sees it: without invisible characters (a zero-width space, a bidi mark). */
function shownId(id: string): string {
  return id.replace(/\p{Cf}/gu, '').trim()
}

/** The record's key for a canonical field: the `fields` mapping's when it names a top-level key. */
function fileKey(field: CanonicalField, run: RunSettings): string {
  const mapped = run.fields[field]
  return mapped && !mapped.includes('.') ? mapped : field
}

/** The record with its keys in the order the file's first record has them, new ones after. */
function orderedLike(
  model: Record<string, unknown> | undefined,
  record: Record<string, unknown>
): Record<string, unknown> {
  if (!model) return record
  const keys = [...Object.keys(model).filter(key => key in record), ...Object.keys(record)]
  return Object.fromEntries([...new Set(keys)].map(key => [key, record[key]]))
}

/**
 * A listing named in a comment: company, title and link (a closed one may have none), quoted, as
 * a feed or a form wrote them.
 */
export function listingName(listing: Listing): string {
  return codeSpan(`${listing.company} — ${listing.title}${listing.url ? ` (${listing.url})` : ''}`)
}

/** A compared link's address, before its query. */
function addressOf(link: string): string {
  const query = link.indexOf('?')
  return query < 0 ? link : link.slice(0, query)
}

/** The same posting's link or id: what two records of one file may not share, open or closed. */
function sameLink(a: Listing, b: Listing): boolean {
  return a.id === b.id || samePage(a.url, b.url)
}

/** The same opening, as the board's deduplication says: id, normalized link, or company + title + location. */
function sameOpening(a: Listing, b: Listing): boolean {
  const place = (listing: Listing) =>
    [listing.company, listing.title, listing.location].map(foldText).join('\n')
  return a.id === b.id || samePage(a.url, b.url) || place(a) === place(b)
}

/** Whether two listings agree on a field as the board reads it; undefined: the board reads no such value. */
function sameValue(field: CanonicalField, a: Listing, b: Listing): boolean | undefined {
  switch (field) {
    case 'url':
      return a.url === b.url || sameUrl(a.url, b.url)
    case 'posted_at':
      return a.postedAt === b.postedAt
    case 'work_type':
      return a.workType === b.workType
    case 'categories':
      return JSON.stringify(a.categories ?? []) === JSON.stringify(b.categories ?? [])
    case 'company':
    case 'title':
    case 'location':
    case 'id':
      return a[field] === b[field]
    case 'company_url':
      return a.companyUrl === b.companyUrl || sameUrl(a.companyUrl, b.companyUrl)
    case 'salary':
    case 'salary_min':
    case 'salary_max':
    case 'salary_currency':
    case 'salary_period':
      return sameRaw(salaryOf(a), salaryOf(b))
    case 'skills':
      return JSON.stringify(a.skills ?? []) === JSON.stringify(b.skills ?? [])
    default:
      return undefined
  }
}

const salaryOf = (listing: Listing) =>
  listing.salary && [
    listing.salary.min,
    listing.salary.max,
    listing.salary.currency,
    listing.salary.period
  ]

/** Whether two values a record holds read as the same text (an absent value as empty). */
function sameText(a: unknown, b: unknown): boolean {
  const text = (value: unknown) =>
    typeof value === 'string' ? value.trim() : value == null ? '' : JSON.stringify(value)
  return text(a) === text(b)
}

function sameRaw(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Each category by its key (categoryKey: case, spaces and hyphens aside), spelled as `held`
 * (the records' categories values) write it most, else as `boards` name it.
 */
function categorySpellings(
  held: readonly unknown[],
  boards: readonly string[]
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  for (const value of held) {
    const names = typeof value === 'string' ? value.split(LIST_SEPARATOR) : value
    if (!Array.isArray(names)) continue
    for (const name of names) {
      if (typeof name !== 'string' || name.trim() === '') continue
      const spelled = name.trim()
      const written = counts.get(categoryKey(spelled)) ?? new Map<string, number>()
      written.set(spelled, (written.get(spelled) ?? 0) + 1)
      counts.set(categoryKey(spelled), written)
    }
  }
  const spellings = new Map<string, string>()
  for (const [key, written] of counts)
    spellings.set(key, [...written].sort(([, a], [, b]) => b - a)[0]![0])
  for (const name of boards)
    if (!spellings.has(categoryKey(name))) spellings.set(categoryKey(name), name)
  return spellings
}

/**
 * How the records' text values separate the items of a list (`backend; data`): the first
 * separator one of them holds, with the spaces after it; `, ` where none does.
 */
function listSeparator(values: readonly unknown[]): string {
  for (const value of values) {
    const separator = typeof value === 'string' ? /[,;]\s*/.exec(value.trim()) : null
    if (separator) return separator[0]
  }
  return ', '
}

/**
 * The listing the form names, by id when it gives one, else by its link (as the records hold
 * it, else as a board links it: `boardLinks`): of the records that have it, the one the boards
 * read of their opening (`shownOf`: its newest record), which a repeated id or link (a role
 * closed, edited or posted again at the same address) makes one. Where records of it are apart
 * (a board that does not dedupe shows each), the open one is meant, and a closed one only when
 * none is open; more than one: the link alone cannot say which (the id must).
 */
async function findTarget(
  existing: Existing[],
  given: Partial<Record<CanonicalField, unknown>>,
  shownOf: (item: Existing) => Existing,
  boardLinks?: (listing: Listing) => Promise<string[]>
): Promise<Existing[]> {
  const url = typeof given.url === 'string' ? given.url : undefined
  let named =
    given.id !== undefined
      ? existing.filter(item => item.listing.id === String(given.id))
      : url !== undefined
        ? existing.filter(item => samePage(item.listing.url, url))
        : []
  if (given.id === undefined && url !== undefined && named.length === 0 && boardLinks) {
    // The link as the board shows it (`?ref=board` its cell template adds to every link): of
    // the records at its address, those a board links so.
    const link = comparedLink(url)
    const address = addressOf(link)
    const near = existing.filter(
      item =>
        item.listing.url !== undefined && addressOf(comparedLink(item.listing.url)) === address
    )
    named = []
    for (const item of near) if ((await boardLinks(item.listing)).includes(link)) named.push(item)
  }
  const read = [...new Set(named.map(shownOf))]
  const open = read.filter(item => item.listing.active)
  if (open.length) return open
  // Closed only: closing again changes none of them, so any says so.
  return read.slice(0, 1)
}
