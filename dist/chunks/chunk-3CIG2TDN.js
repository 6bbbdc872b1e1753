import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  asKind,
  editListingsFile,
  fileKinds,
  flagSet
} from "./chunk-I3UTUFA4.js";
import {
  boardLabel,
  boardTable,
  runBoards,
  zoneContent
} from "./chunk-EKG4KFPK.js";
import {
  categoryKey
} from "./chunk-I5BO5RH5.js";
import {
  hostScope
} from "./chunk-OTREWFWY.js";
import {
  newestOfOpenings
} from "./chunk-ADAPO2S3.js";
import {
  sourceChunks
} from "./chunk-EC4QDG2M.js";
import {
  comparedLink,
  openingLinks
} from "./chunk-UC24MJAJ.js";
import {
  formatOfExtension,
  readRecords
} from "./chunk-33D3IKD7.js";
import {
  CELL_FIELDS,
  LIST_SEPARATOR,
  MIN_ABOVE_MAX,
  UNSEEN_START,
  boundAnswer,
  createNormalizer,
  workTypeOf
} from "./chunk-XG64FQ2T.js";
import {
  CANONICAL_FIELDS,
  DOLLARS,
  UNWRITABLE,
  booleanWord,
  fieldOfLabel,
  isNoteLabel,
  isRecordKey,
  nestedWith,
  readPath,
  salaryPeriod
} from "./chunk-J2VHFJZX.js";
import {
  notFoundAdvice
} from "./chunk-GMB5KYXF.js";
import {
  foldText,
  postingColumn,
  zonesOf
} from "./chunk-5R6ZADQT.js";
import {
  DAY_MS,
  UTC,
  calendarDay,
  midnightIn
} from "./chunk-UKJOBUJ4.js";
import {
  timeOf
} from "./chunk-NOMF4GSH.js";
import {
  errors
} from "./chunk-POPMLHNH.js";
import {
  codeSpan,
  gfmTree
} from "./chunk-3C3LAPTG.js";
import {
  isHttpUrl,
  samePage,
  sameUrl
} from "./chunk-DRQNNRXV.js";

// src/contribute/form.ts
var UnreadableForm = class extends Error {
};
function parseIssueForm(text) {
  const body = text.replace(/\r\n?/g, "\n");
  checkNesting(body);
  const tree = gfmTree(body, { inline: false });
  const fields = /* @__PURE__ */ new Map();
  let label;
  let content = [];
  const finish = () => {
    if (label === void 0) return;
    const value = valueOf(body, content);
    if (value) fields.set(label, value);
  };
  const seen = /* @__PURE__ */ new Set();
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 3) {
      finish();
      label = sourceOf(body, node.children).trim();
      if (seen.has(label))
        throw new UnreadableForm(
          `its section ${quotedHeading(label)} appears twice, and a form writes each once (the second was typed into an answer). Edit the issue so that it has the section once`
        );
      seen.add(label);
      content = [];
    } else content.push(node);
  }
  finish();
  return fields;
}
var NO_RESPONSE = "_No response_";
var MAX_NESTING = 16;
function checkNesting(body) {
  let number = 0;
  for (const line of body.split(/\r\n?|\n/)) {
    number += 1;
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? "";
    const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0;
    if (markers === 0) continue;
    const indent = (/^[ \t]*/.exec(prefix)?.[0] ?? "").replace(/\t/g, "    ").length;
    const depth = markers + Math.floor(indent / 2);
    if (depth > MAX_NESTING)
      throw new UnreadableForm(
        `line ${number} of the form nests lists or quotes ${depth} deep, and the board reads at most ${MAX_NESTING}: write each answer as plain text`
      );
  }
}
var CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+/;
var CONTAINER_MARKER = />|[-+*]|\d{1,9}[.)]/g;
function valueOf(body, nodes) {
  if (nodes.length === 0) return void 0;
  const [only] = nodes;
  if (nodes.length === 1 && only?.type === "code") return answer(only.value);
  if (nodes.length === 1 && only?.type === "list" && only.children.some((item) => item.checked != null)) {
    const ticked = only.children.filter((item) => item.checked === true).map((item) => sourceOf(body, item.children).trim());
    return ticked.length ? { text: ticked.join(", "), items: ticked } : void 0;
  }
  const text = withoutComments(sourceOf(body, nodes)).trim();
  if (text === NO_RESPONSE || text === "") return void 0;
  return answer(text);
}
function withoutComments(text) {
  return text.replace(/<!--(?:-?>|[^]*?-->|[^]*$)/g, "");
}
function answer(text) {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === NO_RESPONSE) return void 0;
  return {
    text: trimmed,
    items: trimmed.split(",").map((item) => item.trim()).filter(Boolean)
  };
}
function sourceOf(body, nodes) {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === void 0 || end === void 0 ? "" : body.slice(start, end);
}
function quotedHeading(label) {
  const heading = `### ${label}`;
  return codeSpan(
    heading.length > MAX_QUOTED ? `${heading.slice(0, MAX_QUOTED).trimEnd()}\u2026` : heading
  );
}
var MAX_QUOTED = 80;

// src/contribute/apply.ts
async function decide(text, format, approval, run, settings, flags = [], timezone = UTC, boards = {}) {
  const { dedupe = true } = boards;
  const { kind } = approval;
  const refuse = (reason, existing2, next) => ({
    outcome: "refused",
    kind,
    reason,
    existing: existing2,
    ...next === void 0 ? {} : { next }
  });
  if (approval.kindLabels)
    return refuse(
      REFUSALS.kindLabels(approval.kindLabels),
      void 0,
      "Remove all but the label of the change meant, then approve the issue again."
    );
  if (approval.unreadable !== void 0) return refuse(REFUSALS.unreadableForm(approval.unreadable));
  const twice = answeredTwice(approval, settings);
  if (twice) return refuse(REFUSALS.unreadableForm(twice));
  const given = formFields(approval, settings);
  for (const field of LINK_FIELDS) {
    const answer2 = given[field];
    if (typeof answer2 !== "string") continue;
    const link2 = linkAnswer(field, answer2);
    if (typeof link2 !== "string") return refuse(link2.refused);
    given[field] = link2;
  }
  for (const field of CELL_FIELDS) {
    const length = [...String(given[field] ?? "")].length;
    if (run.maxCellLength > 0 && length > run.maxCellLength)
      return refuse(REFUSALS.tooLong(field, length, run.maxCellLength));
  }
  const normalize = createNormalizer({
    fields: run.fields,
    salaryCurrency: run.salaryCurrency,
    maxCellLength: run.maxCellLength
  });
  const { existing, ids } = await listingsOf(text, format, normalize, run.listings ?? "listings");
  const newest = newestOfOpenings(
    existing.map((item) => item.listing),
    dedupe
  );
  const newestOf = new Map(existing.map((item, index2) => [item, existing[newest[index2]]]));
  const shownOf = (item) => newestOf.get(item);
  const key = (field) => fileKey(field, run);
  const kinds = fileKinds(
    existing.map((item) => item.record),
    format
  );
  const extra = recordAnswers(approval, settings, kinds);
  const formula = format === "csv" ? formulaAnswer({ ...given, ...extra }) : void 0;
  if (formula) return refuse(REFUSALS.formula(...formula));
  const link = kind === "new" || kind === "edit" && given.id !== void 0 ? given.url : void 0;
  for (const [address, whose] of [
    [link, "the posting's"],
    [given.company_url, "the company's"]
  ]) {
    const scope = typeof address === "string" ? hostScope(address) : void 0;
    if (scope && scope !== "public" && !run.links.privateHosts)
      return refuse(REFUSALS.privateLink(String(address), scope, whose));
  }
  const postedKey = key("posted_at");
  let postedAnswer;
  if (typeof given.posted_at === "string") {
    const answer2 = given.posted_at.trim();
    const day = typedDay(answer2);
    const time = day === void 0 ? timeOf(answer2) : midnightIn(day, timezone);
    if (time !== void 0 && time > run.now.getTime() + DAY_MS)
      return refuse(REFUSALS.futureDate(answer2, calendarDay(run.now, timezone)));
    if (time !== void 0) postedAnswer = kinds.date(postedKey, day ?? time, timezone);
  }
  const spellings = categorySpellings(
    existing.map((item) => readPath(item.record, run.fields.categories ?? "categories")),
    boards.categories ?? []
  );
  const spelledCategories = (value) => {
    const names = typeof value === "string" ? [value] : value;
    if (!Array.isArray(names)) return value;
    const spelled = names.map(
      (name) => typeof name === "string" ? spellings.get(categoryKey(name)) ?? name : name
    );
    return typeof value === "string" ? spelled[0] : [...new Set(spelled)];
  };
  let unwritable;
  const written = (answers, editing) => {
    const out = {};
    for (const [at, value, field] of Object.entries(answers).map(([field2, value2]) => {
      const at2 = key(field2);
      const result = (answer2) => [at2, answer2, field2];
      if (at2 === postedKey) return result(postedAnswer ?? value2);
      if (field2 === "work_type" && typeof value2 === "string")
        return result(kinds.spelling(at2, value2.trim(), workTypeOf));
      if (field2 === "categories") value2 = spelledCategories(value2);
      const flag = field2 === "active" && typeof value2 === "string" ? booleanWord(value2) : void 0;
      if (flag !== void 0) return result(kinds.flag(at2, flag, editing?.[at2]));
      const kind2 = kinds.kind(at2) ?? SCHEMA_KINDS[field2];
      if (kind2 === "string" && Array.isArray(value2) && format !== "csv")
        return result(value2.join(listSeparator(existing.map((item) => item.record[at2]))));
      return result(asKind(value2, kind2));
    })) {
      const path = run.fields[field]?.split(".");
      if (!path || path.length < 2) {
        out[at] = value;
        continue;
      }
      const [top, ...rest] = path;
      const nested = nestedWith(top in out ? out[top] : editing?.[top], rest, value);
      if (nested === UNWRITABLE) unwritable ??= { field, path: path.join(".") };
      else out[top] = nested;
    }
    return out;
  };
  const salaryKey = key("salary");
  const salaries = existing.map((item) => item.record[salaryKey]).filter(isObject);
  const nestsSalary = salaries.length > 0 && !existing.some((item) => SALARY_PARTS.some(([field]) => item.record[field] !== void 0));
  const nestSalary = (answers, record) => {
    const parts = SALARY_PARTS.filter(([field]) => key(field) === field && field in answers);
    if (!nestsSalary || parts.length === 0 || salaryKey in answers) return answers;
    const held = record?.[salaryKey];
    const salary = isObject(held) ? { ...held } : {};
    const rest = { ...answers };
    for (const [field, part] of parts) {
      const numbers = salaries.some((model) => typeof model[part] === "number");
      salary[part] = asKind(rest[field], numbers ? "number" : void 0);
      delete rest[field];
    }
    return { ...rest, [salaryKey]: salary };
  };
  const dollar = DOLLARS.has(run.salaryCurrency) ? run.salaryCurrency : "USD";
  for (const [field, part] of SALARY_PARTS.slice(0, 2)) {
    const answer2 = given[field];
    if (typeof answer2 !== "string" || typeof asKind(answer2, "number") === "number") continue;
    const numbers = nestsSalary ? salaries.some((model) => typeof model[part] === "number") : kinds.numbers(key(field)) || kinds.kind(key(field)) === void 0 && !!SCHEMA_KINDS[field];
    const bound = numbers ? boundAnswer(answer2, dollar) : void 0;
    if (!bound) continue;
    for (const [said, beside, board] of [
      [bound.currency, "salary_currency", run.salaryCurrency],
      [bound.period, "salary_period", "year"]
    ]) {
      const held = given[beside];
      const named = typeof held === "string" ? held.trim() : void 0;
      if (said === void 0 || said === (named === void 0 ? board : sameWord(beside, named)))
        continue;
      const kept = nestsSalary || kinds.kind(key(beside)) !== void 0;
      if (named !== void 0 || !kept)
        return refuse(REFUSALS.salaryAside(field, answer2, said, named ?? board, beside));
      given[beside] = said;
    }
    given[field] = String(bound.amount);
  }
  if (kind === "new") {
    const missing = ["company", "title", "url"].filter(
      (field) => given[field] === void 0
    );
    if (missing.length) return refuseUnmapped(REFUSALS.missing(missing), missing);
    const answers = nestSalary({ ...extra, ...written(given) });
    if (unwritable) return refuse(REFUSALS.unwritable(unwritable.field, unwritable.path));
    const defaults = {};
    const idKey = key("id");
    if (!(idKey in answers) && kinds.common(idKey)) defaults[idKey] = kinds.freshId(idKey);
    for (const flag of [key("active"), ...flags])
      if (!(flag in answers) && kinds.common(flag)) defaults[flag] = kinds.flag(flag, true);
    const boardKeys = new Set(CANONICAL_FIELDS.map(key));
    for (const common of kinds.keys()) {
      if (common in answers || common in defaults || common === postedKey) continue;
      if (!kinds.common(common)) continue;
      const blank = kinds.blank(common, run.now.getTime(), timezone);
      if (blank === void 0) continue;
      if (boardKeys.has(common) && !existing.some((item) => sameRaw(item.record[common], blank)))
        continue;
      defaults[common] = blank;
    }
    const posted = given.posted_at === void 0 ? kinds.date(postedKey, run.now.getTime(), timezone) : postedAnswer ?? given.posted_at;
    const position = existing.length + 1;
    const record = orderedLike(existing[0]?.record, {
      ...defaults,
      ...answers,
      [postedKey]: posted
    });
    let checked2 = normalize(record, position);
    if (!checked2.ok) return refuse(REFUSALS.invalid(checked2.invalid.reason));
    const unread2 = unreadAnswers(checked2.ignored, given);
    if (unread2.length) return refuse(REFUSALS.unreadable(unread2));
    const salary = record[salaryKey];
    const read = checked2.listing.salary;
    if (nestsSalary && isObject(salary) && read) {
      for (const [, part] of SALARY_PARTS)
        if (!(part in salary) && read[part] !== void 0 && salaries.filter((held) => part in held).length * 2 >= salaries.length)
          salary[part] = read[part];
      checked2 = normalize(record, position);
      if (!checked2.ok) return refuse(REFUSALS.invalid(checked2.invalid.reason));
    }
    const joined = [
      ...new Set(existing.filter((item) => sameOpening(item.listing, checked2.listing)).map(shownOf))
    ];
    const same = joined.find((item) => item.listing.active);
    const closed = same ? void 0 : existing.find(
      (item) => sameLink(item.listing, checked2.listing) && joined.includes(shownOf(item))
    );
    if (closed) return refuse(REFUSALS.closedListed(shownOf(closed)), shownOf(closed), NEXT.reopen);
    const newer = same ? void 0 : joined.find((item) => item.listing.postedAt > checked2.listing.postedAt);
    if (newer) return refuse(REFUSALS.closedNewer(newer), newer, NEXT.reopenNewer(newer));
    const taken = ids.get(shownId(checked2.listing.id));
    const takenBy = existing.find((item) => item.position === taken);
    if (taken !== void 0 && !(same && takenBy && shownOf(takenBy) === same))
      return refuse(REFUSALS.idTaken(checked2.listing.id, taken));
    if (same) {
      const differing = Object.keys(given).map((field) => field).filter(
        (field) => !(sameValue(field, same.listing, checked2.listing) ?? sameText(same.record[key(field)], record[key(field)]))
      );
      if (differing.length === 0) return { outcome: "unchanged", kind, listing: same.listing };
      const identity = ["id", "url", "company", "title", "location"];
      const details = differing.filter((field) => !identity.includes(field));
      if (details.length === differing.length && details.length > 0)
        return refuse(REFUSALS.otherDetails(same, details), same);
      return refuse(REFUSALS.duplicate(same), same);
    }
    return applied([{ kind: "add", record }], checked2.listing, Object.keys(record));
  }
  const found = await findTarget(existing, given, shownOf, boards.links);
  if (found.length > 1)
    return given.id !== void 0 ? refuse(REFUSALS.sharedId(String(given.id), found), void 0, NEXT.maintainerIds) : new Set(found.map((item) => item.listing.id)).size < found.length ? (
      // Their ids repeat too: no answer of the form tells them apart.
      refuse(REFUSALS.sharedId(String(given.url), found, "link"), void 0, NEXT.maintainerIds)
    ) : refuse(REFUSALS.sharedLink(String(given.url), found));
  const target = found[0];
  if (!target) return refuse(REFUSALS.unknown(given.id ?? given.url));
  const index = target.position - 1;
  if (kind === "close") {
    if (!target.listing.active) return { outcome: "unchanged", kind, listing: target.listing };
    const set2 = flagSet(target.record, run.fields.active ?? "active", false, kinds);
    return applied(
      [{ kind: "update", index, set: set2 }],
      { ...target.listing, active: false },
      Object.keys(set2),
      true
    );
  }
  const identifying = given.id !== void 0 ? ["id"] : ["url"];
  const changes = Object.fromEntries(
    Object.entries(given).filter(([field]) => !identifying.includes(field))
  );
  if (Object.keys(changes).length === 0 && Object.keys(extra).length === 0)
    return refuseUnmapped(REFUSALS.nothingToChange);
  const edited = nestSalary({ ...extra, ...written(changes, target.record) }, target.record);
  if (unwritable)
    return refuse(
      REFUSALS.unwritable(unwritable.field, unwritable.path, target),
      target,
      NEXT.maintainer
    );
  const asFile = { ...target.record, ...edited };
  const set = Object.fromEntries(
    Object.keys(edited).filter((at) => !sameRaw(target.record[at], asFile[at])).map((at) => [at, asFile[at]])
  );
  if (Object.keys(set).length === 0) return { outcome: "unchanged", kind, listing: target.listing };
  const checked = normalize({ ...target.record, ...set }, target.position);
  if (!checked.ok) return refuse(REFUSALS.invalid(checked.invalid.reason));
  const unread = unreadAnswers(checked.ignored, changes);
  if (unread.length) return refuse(REFUSALS.unreadable(unread));
  const other = existing.filter(
    (item) => sameOpening(item.listing, checked.listing) && !sameOpening(item.listing, target.listing) && shownOf(item) !== target
  ).map(shownOf).find((item) => item.listing.active && checked.listing.active);
  if (other) return refuse(REFUSALS.editDuplicate(other), other);
  const after = existing.map((item) => item === target ? checked.listing : item.listing);
  const reader = existing[newestOfOpenings(after, dedupe)[existing.indexOf(target)]];
  if (reader !== target) return refuse(REFUSALS.newerRecord(reader), reader);
  return applied(
    [{ kind: "update", index, set }],
    checked.listing,
    Object.keys(set),
    target.listing.active && !checked.listing.active
  );
  function refuseUnmapped(reason, fields = []) {
    const unmapped = unreadSections(approval, settings).filter((item) => item.unmapped);
    if (unmapped.length === 0) return refuse(reason);
    const labels = unmapped.map((item) => item.label);
    return refuse(
      `${reason} ${unmappedNote(labels, fields)}`,
      void 0,
      "Once it is mapped, a maintainer approves the issue again; if the form lacks the answer, edit the issue and approve it again."
    );
  }
  function applied(edits, listing, fields, closes = false) {
    return {
      outcome: "applied",
      kind,
      text: editListingsFile(text, format, edits),
      listing,
      fields,
      closes
    };
  }
}
function sameWord(field, answer2) {
  return field === "salary_currency" ? answer2.toUpperCase() : salaryPeriod(answer2);
}
var SALARY_PARTS = [
  ["salary_min", "min"],
  ["salary_max", "max"],
  ["salary_currency", "currency"],
  ["salary_period", "period"]
];
var isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var REFUSALS = {
  missing: (fields) => `The form leaves ${fields.map((field) => `**${field}**`).join(", ")} empty; every new posting needs a company, a title and a link.`,
  invalid: (reason) => `The posting is not valid: ${codeSpan(reason)}.`,
  salaryAside: (field, answer2, said, meant, beside) => beside === "salary_currency" ? `**${field}** ${codeSpan(answer2)} is in ${said}, but the board reads this salary in ${meant}, and the listings file keeps the amount as a number, with no currency beside it. Write the amount in ${meant}, as a number such as 120000.` : `**${field}** ${codeSpan(answer2)} is paid per ${said}, but the listings file keeps a yearly amount as a number, with no period beside it. Write the yearly amount, as a number such as 120000.`,
  tooLong: (field, length, max) => `**${field}** is ${length} characters long, and the board shows at most ${max} in a cell (\`max-cell-length\`): it would be cut. Shorten it to ${max} characters or fewer.`,
  closedListed: ({ listing, position }) => `This posting is listed as ${listingName(listing)}, record ${position} of the listings file, and is closed there (\`active: false\`), so no board shows it.`,
  invisible: (field, character, at, before) => `**${field}** holds an invisible character, ${character}, at character ${at} (after ${codeSpan(before)}): a reader cannot see it, and the link would not open. Type the address again, or paste it as plain text.`,
  severalLinks: (field, links) => `**${field}** gives ${links.length} addresses (${links.map((link) => codeSpan(link)).join(", ")}): give one address, the posting's own.`,
  textBesideLink: (field, address, answer2) => `**${field}** has text ${answer2.startsWith(address) ? "after" : "beside"} the address (${codeSpan(answer2)}): give the address alone (${codeSpan(address)}), and any note in another section.`,
  duplicate: ({ listing, position }) => `This posting is already listed as ${listingName(listing)}, record ${position} of the listings file.`,
  otherDetails: (existing, fields) => `${REFUSALS.duplicate(existing)} The form gives it other details (${fields.map((field) => `**${field}**`).join(", ")}) than the listings hold: to change them, file the edit form for this posting.`,
  closedNewer: ({ listing, position }) => `This role is listed as ${listingName(listing)}, record ${position} of the listings file, which is closed there (\`active: false\`) and newer than the form's posting date, so the boards read the role as closed and would show no row of this posting.`,
  newerRecord: ({ listing, position }) => `After the edit, record ${position} of the listings file, ${listingName(listing)}, would be this posting's newest record (the same id, link, or company, title and location, posted later or later in the file), and the boards show an opening's newest record: they would show that one, not the edit. Leave the posting date as it is (or give one after that record's), or file the form for that record.`,
  unwritable: (field, path, existing) => `**${field}** cannot be written: \`fields\` maps it to ${codeSpan(path)}, and ${existing ? `record ${existing.position} of the listings file` : "the record"} holds no object on that path (a text or a list where a member is named), so the board would not read the answer. This is the board's setting, not the form's answer.`,
  editDuplicate: ({ listing, position }) => `The edit would make this posting a duplicate of ${listingName(listing)}, record ${position} of the listings file (the same link, or the same company, title and location).`,
  idTaken: (id, position) => `The id ${codeSpan(id)} is already the id of record ${position} of the listings file (the same to a reader, invisible characters aside): give the posting another id, or leave the id empty.`,
  unknown: (what) => what === void 0 ? "The form names no posting: give its link (or its id)." : `No listed posting has the link or id ${codeSpan(String(what))}.`,
  sharedId: (what, records, named = "id") => `${records.length} open records have the ${named} ${codeSpan(what)} (records ${records.map((item) => item.position).join(", ")} of the listings file)${named === "link" ? " and share their ids too" : ""}, and a board that does not dedupe (\`dedupe: false\`) shows each apart, so the form cannot say which one is meant.`,
  sharedLink: (url, records) => `${records.length} open postings have the link ${codeSpan(url)} (records ${records.map((item) => item.position).join(", ")} of the listings file), so the link alone does not say which one is meant: add a section \`### Id\` to the form with the posting's id (${records.map((item) => codeSpan(item.listing.id)).join(", ")}).`,
  futureDate: (answer2, today) => `**posted_at** ${codeSpan(answer2)} is more than a day after today (${today} on the board), and the board would hide the posting until then: give the day the posting was published.`,
  kindLabels: (labels) => `The issue has the labels ${labels.map((label) => codeSpan(label)).join(" and ")}, which ask for different changes (a new posting, an edit, a close), so which one is meant is unknown.`,
  nothingToChange: "The form names a posting but no field to change.",
  privateLink: (url, scope, whose) => `The link ${codeSpan(url)} is on a ${scope} address, which a reader cannot open: give ${whose} address on the web (https://...).`,
  formula: (field, start) => `**${field}** starts with ${codeSpan(start)}, which a spreadsheet opening the listings file (CSV) would run as a formula; write it without the ${codeSpan(start)} at its start.`,
  unreadableForm: (why) => `The issue is not a form the board can read: ${why}.`,
  unreadable: (unread) => {
    const them = unread.length === 1 ? "it" : "them";
    const advice = [
      ...new Set(
        unread.map(
          ({ field, reason }) => reason === MIN_ABOVE_MAX ? SALARY_ORDER_ADVICE : ANSWER_ADVICE[field]
        )
      )
    ];
    return `The board could not read ${unread.length === 1 ? "an answer" : "some answers"}, and would show the posting without ${them}: ${unread.map(({ note }) => codeSpan(note)).join("; ")}. Write ${advice.join("; ")}, or leave ${them} empty.`;
  }
};
var REOPEN = "To list it again, file the edit form for this posting (its link) with a section `### Active` answered `true`.";
var NEXT = {
  /** A new posting whose link is a closed record's. */
  reopen: `${REOPEN} If the role was posted again at a new link, file this form with that link.`,
  /** A new posting of a role a newer record closes. */
  reopenNewer: ({ listing }) => `To list the role again, file the edit form for ${listing.url ? codeSpan(listing.url) : `the posting ${codeSpan(listing.id)}`} with a section \`### Active\` answered \`true\`. If this posting was published after that record's, give that day under the form's posting date.`,
  /** A setting of the board's, not the form, keeps the answer from being written. */
  maintainer: "A maintainer: give `fields` a path the records hold (or write the record so), then approve the issue again.",
  /** Records sharing an id that a board shows apart. */
  maintainerIds: "A maintainer: give each of those records its own id (or set `dedupe: true`), then approve the issue again.",
  /** An edit that leaves its posting closed. */
  reopenEdit: REOPEN
};
function typedDay(answer2) {
  if (/\d:\d/.test(answer2) || /^\d+(?:\.\d+)?$/.test(answer2) && !/^\d{8}$/.test(answer2))
    return void 0;
  const time = timeOf(answer2);
  if (time === void 0 || time % DAY_MS !== 0) return void 0;
  return new Date(time).toISOString().slice(0, 10);
}
var LINK_FIELDS = ["url", "company_url"];
function linkAnswer(field, answer2) {
  const link = answer2.replace(/^[\p{Cf}\s]+|[\p{Cf}\s]+$/gu, "");
  const invisible = new RegExp("\\p{Cf}", "u").exec(link);
  if (invisible) {
    const before = [...link.slice(0, invisible.index)];
    const shown = before.length > 40 ? `\u2026${before.slice(-40).join("")}` : before.join("");
    return {
      refused: REFUSALS.invisible(field, codePoint(invisible[0]), before.length + 1, shown)
    };
  }
  const parts = link.split(/\s+/);
  const links = parts.filter((part) => isHttpUrl(part));
  if (links.length > 1) return { refused: REFUSALS.severalLinks(field, links) };
  if (links.length === 1 && parts.length > 1)
    return { refused: REFUSALS.textBesideLink(field, links[0], link) };
  return link;
}
function codePoint(character) {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
var SCHEMA_KINDS = {
  salary_min: "number",
  salary_max: "number"
};
var SALARY_ORDER_ADVICE = "the smaller amount as the salary minimum and the larger as its maximum (the minimum is above the maximum)";
function formulaAnswer(answers) {
  for (const [field, value] of Object.entries(answers))
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== "string") continue;
      if (FORMULA_START.test(text)) return [field, JSON.stringify(text[0]).slice(1, -1)];
      const unseen = UNSEEN_START.exec(text)?.[0];
      if (unseen && FORMULA_START.test(text.slice(unseen.length)))
        return [field, JSON.stringify(text.slice(0, unseen.length + 1)).slice(1, -1)];
    }
  return void 0;
}
var FORMULA_START = /^[=+\-@\t\r]/;
var ANSWERS_OF = {
  company_url: ["company_url"],
  work_type: ["work_type"],
  salary: ["salary", "salary_min", "salary_max", "salary_currency", "salary_period"]
};
var ANSWER_ADVICE = {
  company_url: "a company link as a web address starting with https://",
  work_type: "a work type as remote, hybrid or on site",
  salary: "a salary amount as a plain number such as 120000"
};
function unreadAnswers(ignored, answers) {
  return ignored.filter(
    ({ field }) => ANSWERS_OF[field].some((answer2) => answers[answer2] !== void 0)
  );
}
function answeredTwice(approval, settings) {
  const labels = /* @__PURE__ */ new Map();
  for (const label of approval.form.keys()) {
    const field = fieldOfLabel(label, settings);
    if (!field) continue;
    const first = labels.get(field);
    if (first !== void 0)
      return `its sections ${quotedHeading(first)} and ${quotedHeading(label)} both answer ${field}, and a form asks for each once (one was typed into an answer). Edit the issue so that ${field} is answered once`;
    labels.set(field, label);
  }
  return void 0;
}
function unreadSections(approval, settings) {
  const unread = [];
  for (const label of approval.form.keys()) {
    const field = fieldOfLabel(label, settings);
    const heading = quotedHeading(label);
    if (field === "active" && approval.kind !== "edit")
      unread.push({
        label,
        heading: `${heading} (only the edit form opens or closes a posting)`,
        unmapped: false
      });
    else if (!field && !isNoteLabel(label)) unread.push({ label, heading, unmapped: true });
  }
  return unread;
}
function unmappedNote(labels, fields = []) {
  const one = labels.length === 1;
  const example = `${labels[0]}: ${one && fields.length === 1 ? fields[0] : "field"}`;
  return `The form's ${one ? "section" : "sections"} ${labels.map(quotedHeading).join(", ")} ${one ? "is" : "are"} read as no field: the board's \`contribution-fields\` maps ${one ? "it" : "them"} to no field, so ${one ? "its answer is" : "their answers are"} not written. A maintainer maps ${one ? "it" : "each"} with \`contribution-fields\` (${codeSpan(example)}, or \`record.<key>\` to keep it as a key of the records).`;
}
function formFields(approval, settings) {
  const fields = {};
  for (const [label, value] of approval.form) {
    const field = fieldOfLabel(label, settings);
    if (!field || field === "kind" || isRecordKey(field)) continue;
    if (field === "active" && approval.kind !== "edit") continue;
    fields[field] = LIST_FIELDS.has(field) ? value.items : value.text;
  }
  return fields;
}
function recordAnswers(approval, settings, kinds) {
  const answers = {};
  for (const [label, value] of approval.form) {
    const field = fieldOfLabel(label, settings);
    if (!field || !isRecordKey(field)) continue;
    const key = field.slice("record.".length);
    const kind = kinds.kind(key);
    answers[key] = kind === "list" && value.items.length > 1 ? value.items : asKind(value.text, kind);
  }
  return answers;
}
var LIST_FIELDS = /* @__PURE__ */ new Set(["categories", "skills"]);
async function listingsOf(text, format, normalize, source) {
  const existing = [];
  const ids = /* @__PURE__ */ new Map();
  let position = 0;
  for await (const batch of await readRecords(
    { name: source, locations: [], chunks: sourceChunks([text], Infinity, source) },
    format
  ))
    for (const record of batch) {
      position += 1;
      const result = normalize(record, position);
      const id = result.ok ? result.listing.id : result.invalid.id;
      if (id !== void 0 && !ids.has(shownId(id))) ids.set(shownId(id), position);
      if (result.ok)
        existing.push({
          listing: result.listing,
          record,
          position
        });
    }
  return { existing, ids };
}
function shownId(id) {
  return id.replace(new RegExp("\\p{Cf}", "gu"), "").trim();
}
function fileKey(field, run) {
  const mapped = run.fields[field];
  return mapped && !mapped.includes(".") ? mapped : field;
}
function orderedLike(model, record) {
  if (!model) return record;
  const keys = [...Object.keys(model).filter((key) => key in record), ...Object.keys(record)];
  return Object.fromEntries([...new Set(keys)].map((key) => [key, record[key]]));
}
function listingName(listing) {
  return codeSpan(`${listing.company} \u2014 ${listing.title}${listing.url ? ` (${listing.url})` : ""}`);
}
function addressOf(link) {
  const query = link.indexOf("?");
  return query < 0 ? link : link.slice(0, query);
}
function sameLink(a, b) {
  return a.id === b.id || samePage(a.url, b.url);
}
function sameOpening(a, b) {
  const place = (listing) => [listing.company, listing.title, listing.location].map(foldText).join("\n");
  return a.id === b.id || samePage(a.url, b.url) || place(a) === place(b);
}
function sameValue(field, a, b) {
  switch (field) {
    case "url":
      return a.url === b.url || sameUrl(a.url, b.url);
    case "posted_at":
      return a.postedAt === b.postedAt;
    case "work_type":
      return a.workType === b.workType;
    case "categories":
      return JSON.stringify(a.categories ?? []) === JSON.stringify(b.categories ?? []);
    case "company":
    case "title":
    case "location":
    case "id":
      return a[field] === b[field];
    case "company_url":
      return a.companyUrl === b.companyUrl || sameUrl(a.companyUrl, b.companyUrl);
    case "salary":
    case "salary_min":
    case "salary_max":
    case "salary_currency":
    case "salary_period":
      return sameRaw(salaryOf(a), salaryOf(b));
    case "skills":
      return JSON.stringify(a.skills ?? []) === JSON.stringify(b.skills ?? []);
    default:
      return void 0;
  }
}
var salaryOf = (listing) => listing.salary && [
  listing.salary.min,
  listing.salary.max,
  listing.salary.currency,
  listing.salary.period
];
function sameText(a, b) {
  const text = (value) => typeof value === "string" ? value.trim() : value == null ? "" : JSON.stringify(value);
  return text(a) === text(b);
}
function sameRaw(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function categorySpellings(held, boards) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of held) {
    const names = typeof value === "string" ? value.split(LIST_SEPARATOR) : value;
    if (!Array.isArray(names)) continue;
    for (const name of names) {
      if (typeof name !== "string" || name.trim() === "") continue;
      const spelled = name.trim();
      const written = counts.get(categoryKey(spelled)) ?? /* @__PURE__ */ new Map();
      written.set(spelled, (written.get(spelled) ?? 0) + 1);
      counts.set(categoryKey(spelled), written);
    }
  }
  const spellings = /* @__PURE__ */ new Map();
  for (const [key, written] of counts)
    spellings.set(key, [...written].sort(([, a], [, b]) => b - a)[0][0]);
  for (const name of boards)
    if (!spellings.has(categoryKey(name))) spellings.set(categoryKey(name), name);
  return spellings;
}
function listSeparator(values) {
  for (const value of values) {
    const separator = typeof value === "string" ? /[,;]\s*/.exec(value.trim()) : null;
    if (separator) return separator[0];
  }
  return ", ";
}
async function findTarget(existing, given, shownOf, boardLinks) {
  const url = typeof given.url === "string" ? given.url : void 0;
  let named = given.id !== void 0 ? existing.filter((item) => item.listing.id === String(given.id)) : url !== void 0 ? existing.filter((item) => samePage(item.listing.url, url)) : [];
  if (given.id === void 0 && url !== void 0 && named.length === 0 && boardLinks) {
    const link = comparedLink(url);
    const address = addressOf(link);
    const near = existing.filter(
      (item) => item.listing.url !== void 0 && addressOf(comparedLink(item.listing.url)) === address
    );
    named = [];
    for (const item of near) if ((await boardLinks(item.listing)).includes(link)) named.push(item);
  }
  const read = [...new Set(named.map(shownOf))];
  const open = read.filter((item) => item.listing.active);
  if (open.length) return open;
  return read.slice(0, 1);
}

// src/contribute/event.ts
var MAINTAINERS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
function readEvent(eventName, payload, settings) {
  const event = payload ?? {};
  const issue = issueOf(event.issue);
  if (!issue) return { approved: false, why: `the ${eventName} event holds no issue` };
  if (event.issue?.pull_request) return { approved: false, why: "the event is for a pull request" };
  const approve = (approver) => {
    let form = /* @__PURE__ */ new Map();
    let unreadable;
    try {
      form = parseIssueForm(issue.body);
    } catch (error) {
      if (!(error instanceof UnreadableForm)) throw error;
      unreadable = error.message;
    }
    const kindLabels = labelsOfKinds(issue, settings);
    return {
      approved: true,
      approval: {
        issue,
        kind: kindOf(issue, form, settings),
        form,
        approver,
        unreadable,
        ...kindLabels.length > 1 ? { kindLabels } : {}
      }
    };
  };
  if (eventName === "issues") {
    if (event.action !== "labeled" || event.label?.name !== settings.approveLabel)
      return { approved: false, why: `no "${settings.approveLabel}" label was added` };
    return approve(event.sender?.login ?? "a maintainer");
  }
  if (eventName === "issue_comment") {
    const comment = event.comment;
    if (event.action !== "created" || !comment || !/^\/approve\s*$/im.test(comment.body ?? ""))
      return { approved: false, why: 'the comment is not "/approve"' };
    if (!MAINTAINERS.has(comment.author_association ?? ""))
      return {
        approved: false,
        why: `"/approve" needs write access to the repository (${comment.user?.login ?? "the commenter"} is ${String(comment.author_association ?? "unknown").toLowerCase()})`
      };
    if (!issue.labels.includes(settings.approveLabel) && issue.state === "closed")
      return { approved: false, why: "the issue is closed" };
    return approve(comment.user?.login ?? "a maintainer");
  }
  return { approved: false, why: `the "${eventName}" event is not one of issues or issue_comment` };
}
function issueOf(issue) {
  if (!issue || typeof issue.number !== "number") return void 0;
  return {
    number: issue.number,
    title: issue.title ?? "",
    body: issue.body ?? "",
    labels: (issue.labels ?? []).map(
      (label) => typeof label === "string" ? label : label.name ?? ""
    ),
    state: issue.state === "closed" ? "closed" : "open"
  };
}
function labelsOfKinds(issue, settings) {
  const byKind = /* @__PURE__ */ new Map();
  for (const label of issue.labels) {
    if (!Object.hasOwn(settings.kinds, label)) continue;
    const kind = settings.kinds[label];
    if (!byKind.has(kind)) byKind.set(kind, label);
  }
  return [...byKind.values()];
}
function kindOf(issue, form, settings) {
  for (const label of issue.labels) {
    if (Object.hasOwn(settings.kinds, label)) return settings.kinds[label];
  }
  for (const [label, value] of form) {
    if (fieldOfLabel(label, settings) !== "kind") continue;
    const text = value.text.toLowerCase();
    if (/close|remove|delete|filled/.test(text)) return "close";
    if (/edit|update|change|correct/.test(text)) return "edit";
    return "new";
  }
  return "new";
}

// src/contribute/contribute.ts
async function contribute(run, boards, store, log, event, tracker, settings) {
  const reading = readEvent(event.name, event.payload, settings);
  if (!reading.approved) return { outcome: "ignored", message: `Nothing to do: ${reading.why}.` };
  const { approval } = reading;
  const format = listingsFormat(run);
  const unread = unreadSections(approval, settings);
  if (unread.length)
    log.warn(
      `Issue #${approval.issue.number}: the form's ${unread.length === 1 ? "section" : "sections"} ${unread.map((item) => item.heading).join(", ")} ${unread.length === 1 ? "fills" : "fill"} no listing field, and nothing of ${unread.length === 1 ? "it" : "them"} is written. To keep such an answer, map its label to a field, or to a key of the records, with contribution-fields ("Label: record.key").`
    );
  let decision;
  const contributed = boards.map((board) => ({ ...board, allowEmpty: true, maxRemovedPercent: 100 }));
  const written = await runBoards(run, contributed, store, log, async (readFile2) => {
    const text = await readFile2(run.listings);
    if (text === void 0) throw errors.sourceNotFound(run.listings, notFoundAdvice(run.listings));
    const timezone = boards[0]?.timezone;
    decision = await decide(
      text,
      format,
      approval,
      run,
      settings,
      visibilityFlags(boards),
      timezone,
      {
        // Records of one opening are one row, unless a board shows each apart.
        dedupe: boards.every((board) => board.selection.dedupe),
        links: (listing) => linksShown(boards, listing, run.now),
        categories: boards.flatMap((board) => board.categoryName ?? board.category ?? [])
      }
    );
    if (decision.outcome !== "applied") throw new NothingToWrite();
    return [{ path: run.listings, text: decision.text }];
  }).catch((error) => {
    if (error instanceof NothingToWrite) return void 0;
    throw error;
  });
  const settled = decision;
  const number = approval.issue.number;
  if (settled.outcome === "refused") {
    const message2 = refusedComment(settled.reason, settled.next);
    if (!run.dryRun) {
      await tracker.comment(number, message2);
      await tracker.addLabel(number, settings.refusedLabel);
    }
    return { outcome: "refused", issue: number, message: message2 };
  }
  const message = settled.outcome === "applied" ? await appliedComment(
    approval,
    settled.listing,
    shownOn(boards, written, settled.listing),
    run,
    settled.closes,
    unread.filter((item) => item.unmapped).map((item) => item.label)
  ) : await unchangedComment(approval, settled.listing, boards[0], run.now);
  if (!run.dryRun) {
    await tracker.comment(number, message);
    if (approval.issue.state === "open") await tracker.close(number);
  }
  return { outcome: settled.outcome, issue: number, message, run: written };
}
function visibilityFlags(boards) {
  const flags = boards.map((board) => board.selection.visible);
  return [...new Set(flags.filter((flag) => !!flag && !flag.includes(".")))];
}
function shownOn(boards, written, listing) {
  return boards.flatMap((board, index) => {
    const row = written?.run.boards[index]?.rows.find(
      (shown) => shown.id === listing.id || sameUrl(shown.url, listing.url)
    );
    return row ? [{ board, row }] : [];
  });
}
async function linksShown(boards, listing, now) {
  const links = [];
  for (const board of boards) {
    const table = await boardTable(board, [listing], now);
    const readme = `<!-- jobs:openings:start -->
${table}
<!-- jobs:openings:end -->
`;
    const zone = zonesOf(readme, "jobs").get("openings");
    if (!zone) continue;
    const oldZone = { text: zoneContent(readme, zone), tables: zone.tables };
    links.push(...await openingLinks(oldZone, { index: postingColumn(board.table) }));
  }
  return links;
}
var NothingToWrite = class extends Error {
};
function listingsFormat(run) {
  if (isHttpUrl(run.listings)) throw errors.contributionNeedsFile(run.listings);
  if (run.listingsFormat) return run.listingsFormat;
  const format = formatOfExtension([run.listings]);
  if (!format) throw errors.contributionNeedsFile(run.listings);
  return format;
}
var COMMENT_MARKER = "<!-- jobs-readme contribution -->";
var DONE = {
  new: "Added",
  edit: "Updated",
  close: "Closed"
};
async function appliedComment(approval, listing, shown, run, closes, unmapped) {
  const done = `${DONE[approval.kind]} in \`${run.listings}\` (approved by @${approval.approver}).`;
  const unread = unmapped.length ? ["", unmappedNote(unmapped)] : [];
  const first = shown[0];
  if (!first) {
    const name = listingName(listing);
    const outside = closes ? `${name} leaves the board.` : !listing.active ? `No board shows it: ${name} is closed (\`active: false\`). ${NEXT.reopenEdit}` : `No board shows it: ${name} is outside what the boards select (category, filters or age).`;
    return [COMMENT_MARKER, `${done} ${outside}`, ...unread].join("\n");
  }
  const where = shown.length > 1 ? ` on ${boardLabel({ readmePath: first.board.readme, zone: first.board.zone })}` : "";
  return [
    COMMENT_MARKER,
    `${done} The row as the board now shows it${where}:`,
    "",
    await boardTable(first.board, [first.row], run.now),
    ...unread
  ].join("\n");
}
async function unchangedComment(approval, listing, board, now) {
  if (approval.kind === "close" && board.rowShape.closed === "drop")
    return [
      COMMENT_MARKER,
      "Nothing to change: the listings already hold this posting as closed, and the board no longer shows it."
    ].join("\n");
  return [
    COMMENT_MARKER,
    `Nothing to change: the listings already hold this ${approval.kind === "close" ? "close" : "posting"}, as the board shows it:`,
    "",
    await boardTable(board, [listing], now)
  ].join("\n");
}
function refusedComment(reason, next = "Edit the issue and approve it again.") {
  return [COMMENT_MARKER, `Not applied: ${reason}`, "", next].join("\n");
}

// src/contribute/event-file.ts
import { readFile } from "node:fs/promises";
var CONTRIBUTION_EVENTS = ["issues", "issue_comment"];
async function readContributionEvent(name, path) {
  if (!name || !CONTRIBUTION_EVENTS.includes(name)) return void 0;
  if (!path) throw errors.contributionEvent("(GITHUB_EVENT_PATH is not set)", "is missing");
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw errors.contributionEvent(path, `cannot be read: ${error.message}`);
  }
  try {
    return { name, payload: JSON.parse(text) };
  } catch (error) {
    throw errors.contributionEvent(path, `is not JSON: ${error.message}`);
  }
}

export {
  contribute,
  readContributionEvent
};
