import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  nearest
} from "./chunk-IMJAIN4F.js";
import {
  fieldValue,
  filterTest,
  sortComparator
} from "./chunk-KJCNHICZ.js";
import {
  categoryMatcher
} from "./chunk-I5BO5RH5.js";
import {
  loadListings
} from "./chunk-ZDYJQRVA.js";
import {
  OpeningSelector,
  compareText,
  distinctOpenings
} from "./chunk-ADAPO2S3.js";
import {
  HeldOpenings,
  fieldsNoRowHas,
  mainTableRows,
  openingLinks,
  pipeTable,
  tableChanges,
  tableColumns,
  zoneOrder,
  zoneRows
} from "./chunk-UC24MJAJ.js";
import {
  averageSalaryK
} from "./chunk-XG64FQ2T.js";
import {
  CANONICAL_FIELDS,
  countsBlock,
  idleOptions
} from "./chunk-J2VHFJZX.js";
import {
  ARCHIVE_DATE,
  archiveDay,
  repositoryPath
} from "./chunk-GMB5KYXF.js";
import {
  skillsOf
} from "./chunk-KEP2DW5I.js";
import {
  LINE_ENDING,
  blockTokens,
  cellTemplate,
  findZones,
  foldText,
  htmlBlockCloser,
  openingsZone,
  postingColumn,
  templateLabels
} from "./chunk-5R6ZADQT.js";
import {
  WORK_TYPES,
  addDays,
  calendarDay,
  countLabel,
  daysBetween,
  monthDay,
  postedDate,
  timestamp,
  withCount,
  workTypeLabel
} from "./chunk-UKJOBUJ4.js";
import {
  BoardError,
  emptySelectionText,
  errors
} from "./chunk-POPMLHNH.js";
import {
  pipeLayout,
  toMarkdown
} from "./chunk-GTVH52DB.js";
import {
  emphasis,
  gfmTree,
  hardBreak,
  html,
  literalText,
  paragraph,
  strong,
  text,
  toString
} from "./chunk-3C3LAPTG.js";
import {
  isHttpUrl
} from "./chunk-DRQNNRXV.js";

// src/stats/stats.ts
function salaryText(avgSalaryK, none = "n/a") {
  return avgSalaryK === null ? none : `${avgSalaryK}k`;
}
function computeStats(rows, options) {
  return {
    jobs: rows.length,
    remotePercent: remotePercent(rows),
    companies: new Set(rows.map((row) => foldText(row.company))).size,
    avgSalaryK: averageSalaryK(rows, options.salaryCurrency),
    skills: trendingSkills(rows, options.skillsCount)
  };
}
function remotePercent(rows) {
  if (!rows.length) return 0;
  const remote = rows.filter((row) => row.workType === "remote").length;
  return Math.round(100 * remote / rows.length);
}
function trendingSkills(rows, count) {
  const rowsBySkill = /* @__PURE__ */ new Map();
  for (const row of rows)
    for (const skill of new Set(skillsOf(row).map((skill2) => skill2.toLowerCase())))
      rowsBySkill.set(skill, (rowsBySkill.get(skill) ?? 0) + 1);
  return [...rowsBySkill].sort(([a, rowsA], [b, rowsB]) => rowsB - rowsA || compareText(a, b)).slice(0, count).map(([skill]) => skill);
}

// src/archive/archive.ts
function archivePath(template, now, timezone) {
  return checkTemplate(template).replaceAll(ARCHIVE_DATE, calendarDay(now, timezone));
}
function archiveDocument(table, options) {
  const heading = toMarkdown({ type: "root", children: [snapshotHeading(options)] });
  return `${heading}

${table}
`;
}
function expiredArchives(existingPaths, template, now, timezone, keepDays) {
  const checked = checkTemplate(template);
  const today = calendarDay(now, timezone);
  return existingPaths.filter((path) => {
    const day = archiveDay(checked, path);
    return day !== void 0 && daysBetween(day, today) > keepDays;
  });
}
function archiveFolder(template) {
  const checked = checkTemplate(template);
  const beforeDate = checked.slice(0, checked.indexOf(ARCHIVE_DATE));
  return beforeDate.slice(0, beforeDate.lastIndexOf("/") + 1).replace(/\/$/, "");
}
function checkTemplate(template) {
  if (!template.includes(ARCHIVE_DATE))
    throw errors.badInput(
      "archive-path",
      `must contain {date}, as in "archive/{date}.md", not "${template}"`
    );
  return repositoryPath("archive-path", template);
}
function snapshotHeading({ labels, category, now, timezone }) {
  const categoryText = category === void 0 ? [] : [text(": "), ...literalText(category)];
  return {
    type: "heading",
    depth: 1,
    children: [text(labels.openings), ...categoryText, text(` \u2014 ${calendarDay(now, timezone)}`)]
  };
}

// src/fit.ts
var NoRoomForRows = class extends Error {
  constructor(bytes) {
    super(`the README takes ${bytes} bytes without any row`);
    this.bytes = bytes;
  }
  bytes;
};
function fitRows(rows, maxBytes, rowBytes, render, largest) {
  const full = render(rows, 0);
  if (byteLength(full) <= maxBytes) return { rows, leftOut: 0, tooLarge: [], readme: full };
  const allSizes = rowBytes(rows);
  const withoutRows = byteLength(render([], rows.length));
  if (withoutRows > maxBytes) throw new NoRoomForRows(withoutRows);
  const room = maxBytes - withoutRows;
  const most = largest?.() ?? room;
  const tooLarge = rows.filter((_, index) => allSizes[index] > most);
  const shown = tooLarge.length ? rows.filter((_, index) => allSizes[index] <= most) : rows;
  const sizes = tooLarge.length ? allSizes.filter((size) => size <= most) : allSizes;
  let kept = largestPrefixWithin(sizes, room);
  for (; ; ) {
    const readme = render(shown.slice(0, kept), rows.length - kept);
    const over = byteLength(readme) - maxBytes;
    if (over <= 0)
      return { rows: shown.slice(0, kept), leftOut: rows.length - kept, tooLarge, readme };
    kept = largestPrefixWithin(sizes, prefixBytes(sizes, kept) - over);
  }
}
function prefixBytes(sizes, count) {
  let total = 0;
  for (let index = 0; index < count; index++) total += sizes[index];
  return total;
}
function largestPrefixWithin(sizes, budget) {
  let total = 0;
  for (let count = 0; count < sizes.length; count++) {
    total += sizes[count];
    if (total > budget) return count;
  }
  return sizes.length;
}
function byteLength(text2) {
  return Buffer.byteLength(text2, "utf8");
}

// src/render/chart.ts
function chartBlock(rows, options) {
  const diagrams = [openingsPerDay(rows, options), openingsByType(rows, options.labels)];
  return { type: "root", children: diagrams.filter(isDefined).map(mermaidBlock) };
}
var DEFAULT_DAYS_BACK = 30;
var MAX_DAYS_BACK = 730;
var MIN_AXIS_MAX = 10;
function openingsPerDay(rows, options) {
  const { now, timezone, locale, labels } = options;
  const today = calendarDay(now, timezone);
  const daysBack = chartDaysBack(options);
  const counts = new Array(daysBack + 1).fill(0);
  for (const row of rows) {
    const index = Math.min(
      daysBack,
      daysBack - daysBetween(calendarDay(postedDate(row), timezone), today)
    );
    if (index >= 0) counts[index] += 1;
  }
  const days = counts.map((_, index) => addDays(today, index - daysBack));
  return [
    "xychart-beta horizontal",
    ...titleLine(labels.openingsPerDay, quoted),
    `  x-axis [${days.map((day) => quoted(dayLabel(day, daysBack, locale))).join(", ")}]`,
    `  y-axis 0 --> ${Math.max(MIN_AXIS_MAX, ...counts)}`,
    `  bar [${counts.join(", ")}]`
  ].join("\n");
}
function chartDaysBack({ now, timezone, maxAgeDays }) {
  if (maxAgeDays <= 0) return DEFAULT_DAYS_BACK;
  if (maxAgeDays >= MAX_DAYS_BACK) return MAX_DAYS_BACK;
  const limitDay = calendarDay(now.getTime() - maxAgeDays * DAY_MS, timezone);
  return Math.max(maxAgeDays, daysBetween(limitDay, calendarDay(now, timezone)));
}
var DAY_MS = 24 * 60 * 60 * 1e3;
function dayLabel(day, daysBack, locale) {
  return daysBack < 365 ? monthDay(Date.parse(`${day}T12:00:00Z`), "UTC", locale) : day;
}
function openingsByType(rows, labels) {
  const slices = WORK_TYPES.map((workType) => ({
    label: workTypeLabel(workType, labels),
    count: rows.filter((row) => row.workType === workType).length
  })).filter((slice) => slice.count > 0);
  if (slices.length === 0) return void 0;
  return [
    "pie showData",
    ...titleLine(labels.openingsByType, escaped),
    ...slices.map((slice) => `  ${quoted(slice.label)} : ${slice.count}`)
  ].join("\n");
}
function titleLine(label, write) {
  return escaped(label) === "" ? [] : [`  title ${write(label)}`];
}
function mermaidBlock(diagram) {
  return { type: "code", lang: "mermaid", value: diagram };
}
function quoted(label) {
  return `"${escaped(label)}"`;
}
var MERMAID_SYNTAX = /[#"%`;:,<>&\\[\]{}()|=]/g;
var LINE_BREAKS_AND_CONTROLS = /\s*[\p{Cc}\p{Zl}\p{Zp}]+\s*/gu;
function escaped(label) {
  return label.replace(LINE_BREAKS_AND_CONTROLS, " ").trim().replace(MERMAID_SYNTAX, (character) => `#${character.codePointAt(0)};`);
}
function isDefined(value) {
  return value !== void 0;
}

// src/render/left-out.ts
function leftOutNote(count, labels, locale) {
  const sentence = withCount(countLabel(labels, "leftOut", count), count, locale);
  return { type: "root", children: [paragraph([emphasis(literalText(sentence))])] };
}

// src/render/stats.ts
function statsBlock(stats, options) {
  const { labels } = options;
  return {
    type: "root",
    children: [
      summary(labels.currentStats, [text(countsLine(stats, labels))], labels.statsNote),
      summary(labels.trendingSkills, skillsList(stats.skills, labels), labels.skillsNote)
    ]
  };
}
function summary(title, value, note) {
  return paragraph([
    strong([text(`${title}:`)]),
    text(" "),
    ...value,
    hardBreak(),
    emphasis([text(note)])
  ]);
}
function countsLine(stats, labels) {
  const salary = salaryText(stats.avgSalaryK, labels.noSalary);
  return [
    `${stats.jobs} ${countLabel(labels, "jobs", stats.jobs)}`,
    `${stats.remotePercent}% ${labels.remotePercent}`,
    `${stats.companies} ${countLabel(labels, "companies", stats.companies)}`,
    `${labels.avgSalary}: ${salary}`
  ].join(" | ");
}
function skillsList(skills, labels) {
  const list = literalText(skills.join(", "));
  return list.length > 0 ? list : [text(labels.notAvailable)];
}

// src/render/updated.ts
function updatedLine(now, options) {
  const { labels, timezone, locale, template, counts } = options;
  if (template !== void 0) {
    const line2 = cellTemplate(template)(
      {
        now,
        labels: templateLabels(labels),
        total: counts?.total ?? 0,
        tables: counts?.tables ?? []
      },
      { ...options, now }
    );
    return { type: "root", children: line2.length ? [paragraph(line2)] : [] };
  }
  const line = `${labels.lastUpdated}: ${timestamp(now, timezone, locale)}`;
  return {
    type: "root",
    children: [paragraph([html("<sub><small>"), text(line), html("</small></sub>")])]
  };
}

// src/model.ts
var AHEAD_NAMED = 3;
function companyKey(listing) {
  return listing.companyAsWritten ?? listing.company;
}

// src/select/select.ts
function testFor(options) {
  let test = candidateTests.get(options);
  if (!test) {
    test = candidateTest(options);
    candidateTests.set(options, test);
  }
  return test;
}
var BoardSelections = class {
  boards;
  /** How many valid listings were read; the fields of the first records (for `absentFields`). */
  added = 0;
  recordKeys = /* @__PURE__ */ new Set();
  /** Company -> the link of its last listing that had one; only when a board fills links. */
  companyUrls;
  /** One SelectOptions per board, in the order `rows` is asked. */
  constructor(boards) {
    this.boards = boards.map((options) => ({
      options,
      verdict: testFor(options),
      selector: selectorFor(options),
      leftOut: { counts: { closed: 0, old: 0, ahead: 0, category: 0, filter: 0 } },
      lastLeftOut: 0,
      unseen: namedFields(options.selection)
    }));
    if (boards.some((options) => options.fillCompanyUrls === "feed")) this.companyUrls = /* @__PURE__ */ new Map();
  }
  /**
   * Whether any board could show the record, judged on its selection fields alone (or on the
   * whole listing, once validated); every record when a board fills company links from the
   * whole feed. `fields.position` names the record, so that each board counts a record it
   * leaves out once.
   */
  wants(fields) {
    if ("record" in fields) this.see(fields);
    if (this.companyUrls !== void 0) return true;
    let wanted = false;
    for (const board of this.boards) if (this.judge(board, fields) !== false) wanted = true;
    return wanted;
  }
  /** A valid listing read: the fields its boards name that it has are seen. */
  see(listing) {
    if (this.added++ < KEYS_SAMPLED) for (const key in listing.record) this.recordKeys.add(key);
    for (const { unseen } of this.boards)
      for (const field of unseen.keys())
        if (fieldValue(listing, field) != null) unseen.delete(field);
  }
  add(listing) {
    if (listing.companyUrl) this.companyUrls?.set(companyKey(listing), listing.companyUrl);
    for (const board of this.boards) {
      const take = this.judge(board, listing);
      if (take !== false) board.selector.add(listing, listing.position, take === "row");
    }
  }
  /**
   * The fields the filters and sort keys of the board at `index` name that none of the
   * listings read has (a name misspelled, or in another case: `Work_Type`), each with the
   * listings' field closest to it; a filter on such a field never holds (its `not` always
   * does), a sort key on it orders nothing. `listings`: how many were read.
   */
  absentFields(index) {
    const known = [.../* @__PURE__ */ new Set([...CANONICAL_FIELDS, ...this.recordKeys])];
    const absent = this.added === 0 ? [] : [...this.board(index).unseen];
    return {
      listings: this.added,
      fields: absent.map(([field, named]) => ({
        field,
        ...named,
        closest: nearest(
          field,
          known.filter((name) => name !== field)
        )
      }))
    };
  }
  /**
   * The records the board at `index` merged into openings of another title and no id in common
   * (see OpeningSelector `unlike`).
   */
  unlike(index) {
    return this.board(index).selector.unlike;
  }
  /** Why the board at `index` left out the records it did not show. */
  leftOut(index) {
    return this.board(index).leftOut;
  }
  /**
   * What `board` does with the listing (Take); counts the reason when it shows no row of it.
   */
  judge(board, fields) {
    const { reason, take } = board.verdict(fields);
    if (reason === void 0 || board.lastLeftOut === fields.position) return take;
    board.lastLeftOut = fields.position;
    const { leftOut } = board;
    leftOut.counts[reason]++;
    if (reason === "old" && !(fields.postedAt <= (leftOut.newestOld ?? -Infinity)))
      leftOut.newestOld = fields.postedAt;
    if (reason === "ahead" && !(fields.postedAt >= (leftOut.earliestAhead ?? Infinity)))
      leftOut.earliestAhead = fields.postedAt;
    if (reason === "ahead" && (leftOut.ahead ??= []).length < AHEAD_NAMED)
      leftOut.ahead.push({
        position: fields.position,
        ..."id" in fields && fields.id && { id: fields.id },
        postedAt: fields.postedAt
      });
    return take;
  }
  board(index) {
    const board = this.boards[index];
    if (!board) throw new Error(`no board ${index}`);
    return board;
  }
  /** Positions in the feed of listings some board needs again; usually none. */
  missing() {
    return new Set(this.boards.flatMap(({ selector }) => [...selector.missing()]));
  }
  /** Takes back a listing `missing` named; false when it is not the one lost (the feed changed). */
  recover(listing) {
    return this.boards.every(
      ({ selector }) => !selector.awaits(listing.position) || selector.recover(listing)
    );
  }
  /**
   * The openings of the board at `index` (of the constructor's list). With `fillCompanyUrls`,
   * each links its company as the company's last listing with a link in the feed (or among the
   * rows) does.
   */
  rows(index) {
    const board = this.board(index);
    const rows = board.selector.rows();
    const fill = board.options.fillCompanyUrls;
    if (fill === "shown") return withCompanyUrls(rows, companyUrlsOf(rows));
    return fill === "feed" && this.companyUrls ? withCompanyUrls(rows, this.companyUrls) : rows;
  }
};
var KEYS_SAMPLED = 100;
function namedFields(selection) {
  const named = /* @__PURE__ */ new Map();
  const visit = (filter) => {
    if ("not" in filter) visit(filter.not);
    else if ("all" in filter) filter.all.forEach(visit);
    else if ("any" in filter) filter.any.forEach(visit);
    else if (!named.has(filter.field)) named.set(filter.field, { in: "select" });
  };
  if (selection?.filter) visit(selection.filter);
  for (const key of selection?.sort ?? [])
    for (const field of [key.field, ...key.joinedWith ?? []])
      if (!named.has(field)) named.set(field, { in: "sort" });
  return named;
}
function companyUrlsOf(listings) {
  const urls = /* @__PURE__ */ new Map();
  const inFeedOrder = [...listings].sort((a, b) => a.position - b.position);
  for (const listing of inFeedOrder)
    if (listing.companyUrl) urls.set(companyKey(listing), listing.companyUrl);
  return urls;
}
function withCompanyUrls(rows, urls) {
  return rows.map((listing) => {
    const companyUrl = urls.get(companyKey(listing));
    return companyUrl === void 0 ? listing : { ...listing, companyUrl };
  });
}
var DAY_MS2 = 24 * 60 * 60 * 1e3;
var candidateTests = /* @__PURE__ */ new WeakMap();
function selectorFor(options) {
  return new OpeningSelector(options.maxRows, {
    compare: sortComparator(options.selection?.sort, options.timezone ?? "UTC"),
    dedupe: options.selection?.dedupe,
    closedApart: options.closedApart
  });
}
function candidateTest(options) {
  const { category, keywords, now, maxAgeDays, keepClosed, selection } = options;
  const inCategory = category ? categoryMatcher(category, keywords) : () => true;
  const latest = now.getTime() + DAY_MS2;
  const earliest = maxAgeDays > 0 ? now.getTime() - maxAgeDays * DAY_MS2 : -Infinity;
  const filters = [
    ...selection?.visible ? [filterTest({ field: selection.visible, equals: true })] : [],
    ...selection?.filter ? [filterTest(selection.filter)] : []
  ];
  return (listing) => {
    const closed = listing.active === false;
    const outside = !(listing.postedAt >= earliest) ? "old" : !(listing.postedAt <= latest) ? "ahead" : void 0;
    const reason = !keepClosed && closed ? "closed" : outside ?? (!inCategory(listing) ? "category" : "record" in listing && !filters.every((test) => test(listing)) ? "filter" : void 0);
    const take = reason === void 0 ? "row" : closed && outside === void 0 ? "closes" : false;
    return { reason, take };
  };
}

// src/zones/splice.ts
function spliceZones(readme, zones, contents) {
  const replacements = [...contents].flatMap(([name, content]) => {
    const zone = zones.get(name);
    return zone ? [{ zone, lines: withLineEndings(endMarkerFreed(content), zone.eol) }] : [];
  }).sort((a, b) => a.zone.contentStart - b.zone.contentStart);
  let result = "";
  let copiedUpTo = 0;
  for (const { zone, lines } of replacements) {
    result += readme.slice(copiedUpTo, zone.contentStart) + lines;
    copiedUpTo = zone.contentEnd;
  }
  return result + readme.slice(copiedUpTo);
}
function zoneContent(readme, zone) {
  return withLineEndings(readme.slice(zone.contentStart, zone.contentEnd), "\n").replace(/\n$/, "");
}
function endMarkerFreed(content) {
  if (!mayEndInHtml(content)) return content;
  const text2 = content.replace(LINE_ENDING, "\n").replace(/\n?$/, "\n");
  const markerLine = text2.split("\n").length - 1;
  const holder = blockTokens(`${text2}<!-- end -->
`).findLast(
    (token) => token.map !== null && token.map[0] <= markerLine && markerLine < token.map[1]
  );
  const inside = holder?.type === "html_block" && holder.map[0] < markerLine && htmlBlockCloser(holder.content) === void 0;
  return inside ? `${content.replace(/(?:\r\n|\r|\n)?$/, "")}

` : content;
}
function mayEndInHtml(content) {
  const lines = content.replace(/(?:\r\n|\r|\n)$/, "").split(/\r\n|\r|\n/);
  const last = lines.slice(lines.findLastIndex((line) => /^[ \t]*$/.test(line)) + 1);
  return last.some((line) => /^ {0,3}</.test(line));
}
function withLineEndings(text2, eol) {
  if (text2 === "") return "";
  const ended = text2.replace(LINE_ENDING, eol);
  return /[\r\n]$/.test(text2) ? ended : ended + eol;
}

// src/utf8.ts
function utf8Text(bytes, path) {
  const text2 = bytes.toString("utf8");
  if (!text2.includes("\uFFFD")) return text2;
  const decoded = Buffer.from(text2, "utf8");
  if (decoded.equals(bytes)) return text2;
  let at = 0;
  while (at < bytes.length && bytes[at] === decoded[at]) at++;
  while (at > 0 && isContinuation(decoded[at])) at--;
  const line = bytes.subarray(0, at).toString("latin1").split(/\r\n?|\n/).length;
  const utf16 = bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255;
  throw errors.notUtf8(
    path,
    utf16 ? "it starts with a UTF-16 byte order mark" : `line ${line} ${invalidBytes(bytes, at)}`
  );
}
function isContinuation(byte) {
  return byte >= 128 && byte <= 191;
}
var hex = (byte) => byte.toString(16).toUpperCase().padStart(2, "0");
function invalidBytes(bytes, at) {
  const lead = bytes[at];
  if (lead === 192 || lead === 193 || lead >= 245)
    return `has a byte UTF-8 does not have (0x${hex(lead)})`;
  if (isContinuation(lead))
    return `has the byte 0x${hex(lead)}, which is not valid UTF-8 there: it continues a character, and none began before it`;
  const length = lead < 224 ? 2 : lead < 240 ? 3 : 4;
  const [low, high, why] = SECOND_BYTE.get(lead) ?? [128, 191, ""];
  let end = at + 1;
  while (end < at + length && end < bytes.length && isContinuation(bytes[end])) end++;
  const second = bytes[at + 1];
  const sequence = [...bytes.subarray(at, end)].map(hex).join(" ");
  if (second !== void 0 && isContinuation(second) && (second < low || second > high))
    return `has the bytes ${sequence}, which are not valid UTF-8 (${why})`;
  const next = bytes[end];
  const cut = next === void 0 ? "the end of the file" : `the byte 0x${hex(next)}`;
  return end === at + 1 ? `has the byte 0x${hex(lead)}, which is not valid UTF-8 there: it begins a character of ${length} bytes, cut short by ${cut}` : `has the bytes ${sequence}, which are not valid UTF-8: ${hex(lead)} begins a character of ${length} bytes, cut short by ${cut}`;
}
var OVERLONG = "an overlong form of a character, which UTF-8 forbids";
var SECOND_BYTE = /* @__PURE__ */ new Map([
  [224, [160, 191, OVERLONG]],
  [
    237,
    [
      128,
      159,
      `an encoded surrogate, U+D800 to U+DFFF, as CESU-8 and Java's "modified UTF-8" write a character past U+FFFF`
    ]
  ],
  [240, [144, 191, OVERLONG]],
  [244, [128, 143, "a code point past U+10FFFF, the last Unicode has"]]
]);
function wellFormed(text2) {
  return LONE_SURROGATE.test(text2) ? text2.replace(LONE_SURROGATES, "\uFFFD") : text2;
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
var LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

// src/board.ts
var MAX_PRINTED_WARNINGS = 20;
async function buildBoards(run, boards, io, site = {}) {
  for (const note of idleOptions(boards)) io.warn(note);
  const groups = readmeGroups(boards);
  const readmes = await Promise.all(groups.map((group) => readReadme(group, io, run.boardsFile)));
  for (const board of boards)
    if (board.archivePath) archivePath(board.archivePath, run.now, board.timezone);
  const selections = new BoardSelections(boards.map((board) => selectOptions(board, run.now)));
  const held = await heldOpenings(boards, readmes, groups);
  const loaded = await loadListings(run, io, selections, held);
  for (const warning of loaded.warnings) io.warn(warning);
  reportInvalid(loaded, run.strict, io.warn);
  reportAhead(
    boards.map((_, index) => selections.leftOut(index)),
    run,
    io.warn
  );
  reportUnlike(
    boards.map((_, index) => selections.unlike(index)),
    io.warn
  );
  for (const [index, board] of boards.entries()) warnAbsentFields(board, selections, index, io);
  const shown = boards.map((_, index) => selections.rows(index));
  const empty = boards.map(
    (board, index) => shown[index].length === 0 && !board.allowEmpty ? emptySelectionText(
      board.category,
      loaded.valid,
      loaded.read,
      loaded.feed,
      loaded.invalid[0],
      { ...selections.leftOut(index), maxAgeDays: board.maxAgeDays, now: run.now },
      namedTable(board, boards.length > 1)
    ) : void 0
  );
  for (const [index, board] of boards.entries()) {
    const why = empty[index];
    const readme = readmes[groups.findIndex((group) => group.includes(board))];
    if (why !== void 0 && !heldNoRows(readme, board)) throw errors.emptySelection(why);
  }
  const selected = boards.map((board, index) => {
    const why = empty[index];
    if (why !== void 0)
      io.warn(
        `${why} The table held no row before either, so it stays empty; set "allow-empty: true" if an empty table is intended.`
      );
    return zoneOrder(shown[index], board.rowShape.closed);
  });
  for (const [index, board] of boards.entries())
    warnEmptyColumns(board, selected[index], run.now, io);
  const results = [];
  for (const [index, group] of groups.entries()) {
    const tables = group.map((board) => ({
      rows: selected[boards.indexOf(board)],
      named: boards.length > 1
    }));
    const built = await buildReadme(run, group, readmes[index], tables, loaded, io, {
      site,
      held
    });
    for (const [member, result] of built.entries()) results[boards.indexOf(group[member])] = result;
  }
  const files = results.flatMap((result) => result.files);
  return {
    boards: results,
    files,
    changed: files.length > 0,
    invalid: loaded.invalid,
    invalidCount: loaded.invalidCount,
    totals: runTotals(results, boards[0], loaded.invalidCount)
  };
}
function boardChanged(readme, zones, contents) {
  const held = new Map([...contents].filter(([name]) => name !== "updated"));
  return spliceZones(readme, zones, held) !== readme;
}
function heldNoRows({ before, zones }, board) {
  const zone = zones.get(openingsZone(board.zone));
  if (!zone || zone.tables.length === 0) return false;
  return zone.tables.every(
    (table) => table.format === "pipe" ? table.rows.length <= 1 : !/<td[\s>]/i.test(zoneContent(before, zone))
  );
}
async function heldOpenings(boards, readmes, groups) {
  const held = new HeldOpenings();
  for (const [index, group] of groups.entries()) {
    const { before, zones } = readmes[index];
    for (const board of group) {
      const zone = zones.get(openingsZone(board.zone));
      if (board.maxRemovedPercent >= 100 || !zone || zone.tables.length === 0) continue;
      const oldZone = { text: zoneContent(before, zone), tables: zone.tables };
      held.watch(await openingLinks(oldZone, postingOf(board)));
    }
  }
  return held.size > 0 ? held : void 0;
}
function readmeGroups(boards) {
  const groups = /* @__PURE__ */ new Map();
  for (const board of boards) groups.set(board.readme, [...groups.get(board.readme) ?? [], board]);
  return [...groups.values()];
}
async function readReadme(group, io, boardsFile) {
  const { readme, markerPrefix } = group[0];
  const before = await io.readFile(readme);
  if (before === void 0) throw errors.readmeMissing(readme, boardsFile);
  const needed = group.map((board) => openingsZone(board.zone));
  const zones = await findZones(before, markerPrefix, needed, (message) => io.warn(message));
  for (const [name, zone] of zones)
    if (name.startsWith("openings") && !needed.includes(name))
      io.warn(unwrittenTableText(readme, markerPrefix, name, zone.startLine));
  return { before, zones };
}
function unwrittenTableText(readme, prefix, name, line) {
  const board = name === "openings" ? 'no "zone"' : `zone: ${name.slice("openings:".length)}`;
  return `${readme}: line ${line}: no board of this run writes the ${name} zone (<!-- ${prefix}:${name}:start -->), so its table is left as it is and its rows are not updated. Give it a board with ${board} (in the boards file, or the "zone" input), or remove its markers if the table is kept by hand.`;
}
async function buildReadme(run, group, { before, zones }, tables, loaded, io, { site, held }) {
  const writers = await Promise.all(
    group.map((board) => tableWriter(board.table, zones.get(openingsZone(board.zone))?.tables[0]))
  );
  const readme = new ReadmeRenderer(
    before,
    zones,
    group,
    writers,
    run.now,
    tables.map((table) => table.rows)
  );
  const fitted = fitToSize(
    tables.map((table) => table.rows),
    readme,
    group
  );
  for (const [index, rows] of fitted.tooLarge.entries())
    for (const listing of rows)
      io.warn(
        `${namedTable(group[index], group.length > 1) ?? group[0].readme}: the row of listing #${listing.position}${listing.id ? ` (id ${listing.id.slice(0, 60)})` : ""} alone takes more than max-bytes ${group[0].maxBytes.toLocaleString("en-US")} leaves for the table's rows, so it is left out. A value of the listing is far too long for a README: set "max-cell-length", or fix the listing.`
      );
  const results = [];
  for (const [index, config] of group.entries()) {
    const rows = fitted.tables[index];
    const zone = zones.get(openingsZone(config.zone));
    const mainRows = mainTableRows(rows, config.rowShape.closed);
    const oldText = zoneContent(before, zone);
    const newText = fitted.contents.get(openingsZone(config.zone)) ?? "";
    const changes = await tableChanges(
      { text: oldText, tables: zone.tables },
      {
        text: newText,
        ...readme.tableOf(index, rows),
        active: mainRows.map((row) => row.active)
      },
      mainRows.map((row) => row.url),
      postingOf(config),
      held
    );
    guardRemovals(changes, config, { named: tables[index].named, closing: run.mode });
    if (newText !== oldText)
      await warnDroppedColumns(
        zone.tables[0],
        oldText,
        readme.tableOf(index, rows).table,
        config,
        io
      );
    if (changes.unreadPosting && rows.some((row) => row.active))
      io.warn(unreadPostingText(changes.unreadPosting, config, tables[index].named));
    const readmeFile = index === 0 && fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : [];
    const shown = { rows, selected: tables[index].rows };
    const files = [...readmeFile, ...await companionFiles(config, run.now, shown, io, site)];
    results.push({
      readmePath: config.readme,
      zone: config.zone,
      before,
      after: fitted.readme,
      changed: files.length > 0,
      stats: computeStats(distinctOpenings([rows], config.selection.dedupe), config),
      rows,
      leftOut: fitted.leftOut[index],
      added: changes.added,
      removed: changes.removed,
      invalid: loaded.invalid,
      invalidCount: loaded.invalidCount,
      files,
      contents: fitted.contents
    });
  }
  return results;
}
function openingsOf(rows, out) {
  let count = 0;
  for (let row = rows.length - out; row < rows.length; row++) if (rows[row]?.active) count++;
  return count;
}
function fitToSize(tables, readme, group) {
  const first = group[0];
  const shown = [...tables];
  const leftOut = tables.map(() => 0);
  const tooLarge = tables.map(() => []);
  const others = (values, index, value) => values.map((each, at) => at === index ? value : each);
  let room;
  const largest = () => {
    room ??= first.maxBytes - Buffer.byteLength(
      readme.render(
        tables.map(() => []),
        tables.map((all) => openingsOf(all, all.length))
      ),
      "utf8"
    );
    return room;
  };
  for (let index = tables.length - 1; index >= 0; index--) {
    const all = tables[index];
    try {
      const fitted = fitRows(
        all,
        first.maxBytes,
        (rows) => readme.rowSizes(index, rows),
        (rows, out) => readme.render(others(shown, index, rows), others(leftOut, index, openingsOf(all, out))),
        largest
      );
      shown[index] = fitted.rows;
      tooLarge[index] = fitted.tooLarge;
      leftOut[index] = openingsOf(all, fitted.leftOut);
    } catch (error) {
      if (!(error instanceof NoRoomForRows)) throw error;
      if (index === 0) throw errors.readmeTooLarge(first.readme, error.bytes, first.maxBytes);
      shown[index] = [];
      leftOut[index] = openingsOf(all, all.length);
    }
    const board = group[index];
    if (shown[index].length === 0 && all.length > 0 && !board.allowEmpty)
      throw errors.noRoomForRows(
        first.readme,
        namedTable(board, group.length > 1),
        all.length,
        first.maxBytes
      );
  }
  return {
    tables: shown,
    leftOut,
    tooLarge,
    readme: readme.render(shown, leftOut),
    contents: readme.contentsOf(shown, leftOut)
  };
}
var FILL_FROM = { "as-given": void 0, fill: "feed", "fill-shown": "shown" };
function selectOptions(config, now) {
  return {
    category: config.category,
    keywords: config.keywords,
    now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows,
    selection: config.selection,
    keepClosed: config.rowShape.closed !== "drop",
    closedApart: config.rowShape.closed === "details",
    fillCompanyUrls: FILL_FROM[config.rowShape.companyUrl],
    timezone: config.timezone
  };
}
function reportInvalid({ invalid, invalidCount }, strict, warn) {
  const first = invalid[0];
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason);
  for (const record of invalid.slice(0, MAX_PRINTED_WARNINGS))
    warn(
      `Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ""}: ${record.reason}`
    );
  const unprinted = invalidCount - MAX_PRINTED_WARNINGS;
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalidCount} in all).`);
}
function reportAhead(leftOut, { strict, now }, warn) {
  const most = leftOut.reduce(
    (best, board) => board.counts.ahead > (best?.counts.ahead ?? 0) ? board : best,
    void 0
  );
  const first = most?.ahead?.[0];
  if (!most || !first) return;
  const day = (time) => new Date(time).toISOString().slice(0, 10);
  const why = `more than a day after the run's clock (${day(now.getTime())}), a date in the future: a typo in the year or day, or a time zone slip`;
  const fix = `Fix posted_at in the feed (or "now", if it is set)`;
  if (strict)
    throw errors.invalidRecord(
      first.position,
      first.id,
      `posted_at: ${day(first.postedAt)} is ${why}. ${fix}`
    );
  const named = most.ahead.map(
    (record) => `#${record.position}${record.id ? ` (id ${record.id})` : ""} on ${day(record.postedAt)}`
  );
  const count = most.counts.ahead;
  const more = count > named.length ? `, and ${(count - named.length).toLocaleString("en-US")} more` : "";
  warn(
    `Skipped ${count.toLocaleString("en-US")} ${count === 1 ? "listing" : "listings"} posted ${why}: ${named.join(", ")}${more}. ${fix}; "strict: true" turns this into a failure.`
  );
}
function reportUnlike(merged, warn) {
  const most = merged.reduce((best, board) => board.count > best.count ? board : best, {
    count: 0,
    names: []
  });
  if (most.count === 0) return;
  warn(
    `Merged ${most.count.toLocaleString("en-US")} ${most.count === 1 ? "listing" : "listings"} into the opening of another listing with another title and no id in common, as they share a link (or company, title and location): ${most.names.join(", ")}. Each opening shows one row, its newest listing's. If they are different postings (one careers page for every role), give each its own link, or set "dedupe: false" to show every listing.`
  );
}
function guardRemovals({ openings }, config, { named, closing }) {
  const limit = config.maxRemovedPercent;
  if (!openings || openings.before === 0) return;
  const closed = closing === "check-links" ? 0 : openings.closed;
  const counted = openings.vanished + (openings.closed - closed);
  if (counted * 100 <= limit * openings.before) return;
  throw errors.tooManyRemoved(counted, openings.before, limit, {
    table: named ? boardLabel({ readmePath: config.readme, zone: config.zone }) : void 0,
    uncounted: openings.others,
    held: { open: openings.removed - openings.vanished - openings.closed, closed }
  });
}
function postingOf(board) {
  const known = POSTINGS.get(board);
  if (known) return known;
  const index = postingColumn(board.table);
  const column = tableColumns(board.table.columns)[index];
  const { labels, timezone, locale } = board;
  const posting = column ? { index, header: column.header({ labels, timezone, locale }) } : { index };
  POSTINGS.set(board, posting);
  return posting;
}
var POSTINGS = /* @__PURE__ */ new WeakMap();
function unreadPostingText({ column, header }, config, named) {
  const table = named ? `${boardLabel({ readmePath: config.readme, zone: config.zone })}: ` : "";
  return `${table}column ${column + 1}${header ? ` ("${header}")` : ""} of the table holds the posting link, but none of its rows shows a link or an address there: the run cannot tell which openings it adds and removes (the +/- counts do not go by postings) and max-removed-percent cannot guard against a broken feed. Make that column's cell link the posting, e.g. "{{ title | link: url }}" or "{{ 'Apply' | link: url }}", or mark the column whose cell links the posting with "posting: true".`;
}
async function companionFiles(config, now, { rows, selected }, io, site) {
  const { labels, timezone, utm, category } = config;
  const feeds = config.feedPaths.length > 0 ? await import("./feeds-MEDN2GBO.js") : void 0;
  const previous = /* @__PURE__ */ new Map();
  for (const path of feeds ? config.feedPaths : []) previous.set(path, await io.readFile(path));
  const wanted = (feeds?.feedFiles(rows, {
    paths: config.feedPaths,
    labels,
    timezone,
    locale: config.locale,
    utm,
    category,
    ...site,
    now,
    previous
  }) ?? []).map((feed) => ({ path: feed.path, text: wellFormed(feed.content) }));
  if (config.archivePath)
    wanted.push({
      path: archivePath(config.archivePath, now, timezone),
      text: wellFormed(
        archiveDocument(await boardTable(config, selected, now), {
          labels,
          timezone,
          category,
          now
        })
      )
    });
  const writes = [];
  for (const file of wanted) if (await io.readFile(file.path) !== file.text) writes.push(file);
  return [...writes, ...await expiredSnapshots(config, now, io)];
}
async function expiredSnapshots(config, now, io) {
  const { archivePath: template, archiveDays, timezone } = config;
  if (!template || archiveDays === void 0) return [];
  const existing = await io.listFiles(archiveFolder(template));
  return expiredArchives(existing, template, now, timezone, archiveDays).map((path) => ({
    path,
    deleted: true
  }));
}
var ReadmeRenderer = class {
  constructor(readme, zones, boards, writers, now, selected) {
    this.readme = readme;
    this.zones = zones;
    this.boards = boards;
    this.writers = writers;
    this.now = now;
    this.selected = selected;
  }
  readme;
  zones;
  boards;
  writers;
  now;
  selected;
  render = (tables, leftOut) => this.rendered(tables, leftOut).readme;
  /** The new content of each zone the boards write; another table's zone is left alone. */
  contentsOf(tables, leftOut) {
    return this.rendered(tables, leftOut).contents;
  }
  // Fitting asks for the README of the rows it kept again, then for its zones' contents.
  last;
  rendered(tables, leftOut) {
    const { last } = this;
    if (last && sameItems(last.tables, tables) && sameItems(last.leftOut, leftOut)) return last;
    const contents = /* @__PURE__ */ new Map();
    for (const name of this.zones.keys()) {
      const content = this.zoneMarkdown(name, tables, leftOut);
      if (content !== void 0) contents.set(name, wellFormed(content));
    }
    const readme = boardChanged(this.readme, this.zones, contents) ? spliceZones(this.readme, this.zones, contents) : this.readme;
    this.last = { tables: [...tables], leftOut: [...leftOut], contents, readme };
    return this.last;
  }
  /** Bytes each row's line of table `index` takes in the README, its line ending included. */
  rowSizes(index, rows) {
    const eol = this.zoneOf(index).eol.length;
    return this.table(index, rows).rowLines.map((line) => Buffer.byteLength(line, "utf8") + eol);
  }
  /**
   * The tree of table `index`'s first table (its open rows, with `closed: details`), and the
   * lines its body rows are written as.
   */
  tableOf(index, rows) {
    const { table, rowLines } = this.table(index, rows);
    return { table, rowLines: rowLines.slice(0, table.children.length - 1) };
  }
  get first() {
    return this.boards[0];
  }
  /** The openings of the README's tables, a listing shown in two of them once. */
  distinct(tables) {
    return distinctOpenings(tables, this.first.selection.dedupe);
  }
  zoneOf(index) {
    return this.zones.get(openingsZone(this.boards[index]?.zone));
  }
  zoneMarkdown(name, tables, leftOut) {
    const { labels, timezone, locale, maxAgeDays } = this.first;
    const { now } = this;
    switch (name) {
      case "updated": {
        const counts = this.tableCounts(this.selected);
        const total = counts.reduce((sum, table) => sum + table.count, 0);
        return this.zoneTemplate(
          "updated",
          () => toMarkdown(
            updatedLine(now, {
              labels,
              timezone,
              locale,
              // Set on the first board that has it, as the counts zone's template is.
              template: this.boards.find((board) => board.updated !== void 0)?.updated,
              counts: { total, tables: counts }
            })
          )
        );
      }
      case "stats":
        return toMarkdown(statsBlock(computeStats(this.distinct(tables), this.first), { labels }));
      case "chart":
        return toMarkdown(
          chartBlock(this.distinct(tables), { now, timezone, locale, labels, maxAgeDays })
        );
      case "counts":
        return this.zoneTemplate("counts", () => this.counts());
      default: {
        const index = this.boards.findIndex((board) => openingsZone(board.zone) === name);
        if (index < 0) return void 0;
        return this.openings(index, tables[index], leftOut[index]);
      }
    }
  }
  openings(index, rows, leftOut) {
    const { labels, locale, table: settings } = this.boards[index];
    const { lines } = this.table(index, rows);
    const [old] = this.zoneOf(index).tables;
    const table = (settings.format === "pipe" && old?.format === "pipe" ? keptHeadRows(lines, old) : lines).join("\n");
    return leftOut > 0 ? `${table}

${toMarkdown(leftOutNote(leftOut, labels, locale))}` : table;
  }
  /** A zone written by its template; a template that fails says which, on which README. */
  zoneTemplate(input, write) {
    try {
      return write();
    } catch (error) {
      if (error instanceof BoardError) throw error;
      const problem = String(error.message ?? error).split("\n")[0];
      throw errors.zoneTemplateFailed(input, this.first.readme, problem);
    }
  }
  counts() {
    const template = this.boards.find((board) => board.counts !== void 0)?.counts;
    return countsBlock(this.tableCounts(this.selected), template);
  }
  /** Each table's counts, as the counts zone and the Last updated line's template get them. */
  tableCounts(tables) {
    return this.boards.map((board, index) => {
      const rows = tables[index];
      const heading = this.zoneOf(index).heading;
      return {
        count: rows.filter((row) => row.active).length,
        closed: rows.filter((row) => !row.active).length,
        heading: heading?.text ?? "",
        anchor: heading?.anchor ?? "",
        zone: board.zone ?? "openings",
        category: board.category ?? "",
        title: board.zoneTitle ?? heading?.text ?? board.zone ?? ""
      };
    });
  }
  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  lastTables = /* @__PURE__ */ new Map();
  table(index, rows) {
    const last = this.lastTables.get(index);
    if (last?.rows === rows) return last.lines;
    const lines = boardZoneRows(
      this.boards[index],
      rows,
      this.now,
      this.writers[index],
      this.zoneOf(index).references
    );
    this.lastTables.set(index, { rows, lines });
    return lines;
  }
};
function sameItems(a, b) {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
function keptHeadRows(lines, old) {
  const [header, delimiter, ...rest] = lines;
  if (header === void 0 || delimiter === void 0) return lines;
  const written = old.lines[0];
  const shown = shownHeader(header, delimiter);
  const keptHeader = written !== void 0 && shown !== void 0 && shownHeader(written, old.delimiterRow) === shown ? written : header;
  const kept = cells(delimiter) === cells(old.delimiterRow) ? old.delimiterRow : delimiter;
  return [keptHeader, kept, ...rest];
}
function shownHeader(header, delimiter) {
  const [table] = gfmTree(`${header}
${delimiter}`).children;
  if (table?.type !== "table") return void 0;
  return JSON.stringify(
    table.children[0]?.children.map((cell) => cell.children),
    (key, value) => key === "position" ? void 0 : value
  );
}
function cells(row) {
  return row.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()).join("|");
}
async function boardTable(board, rows, now) {
  const { lines } = boardZoneRows(board, rows, now, await tableWriter(board.table));
  return lines.join("\n").trim();
}
function boardZoneRows(board, rows, now, writer, references) {
  return zoneRows(rows, { ...rowsOptions(board, now, writer), references });
}
function rowsOptions(board, now, writer) {
  const { labels, timezone, locale, utm, rowShape, table } = board;
  return {
    labels,
    timezone,
    locale,
    utm,
    now,
    table: boardLabel({ readmePath: board.readme, zone: board.zone }),
    columns: tableColumns(table.columns),
    writer,
    closed: rowShape.closed,
    repeatCompany: rowShape.repeatCompany,
    repeatCompanyWhen: rowShape.repeatCompanyWhen,
    ageDays: rowShape.ageDays
  };
}
async function warnDroppedColumns(old, text2, table, board, io) {
  if (old === void 0) return;
  const columns = table.children[0]?.children.length ?? 0;
  let header;
  let filled;
  if (old.format === "pipe") {
    if ((old.rows[0]?.length ?? 0) <= columns) return;
    header = old.rows[0].map((cell) => toString(gfmTree(cell), { includeHtml: false }));
    filled = old.rows.slice(1).map((row) => row.map((cell) => cell.trim() !== ""));
  } else {
    const { htmlTableColumns } = await import("./html-table-links-6S272E7O.js");
    const read = htmlTableColumns(text2, old);
    if (read === void 0 || read.header.length <= columns) return;
    ({ header, filled } = read);
  }
  const shown = (text3) => text3.replace(/\s+/g, " ").trim();
  const left = (table.children[0]?.children ?? []).map(
    (cell) => shown(toString(cell, { includeHtml: false })).toLowerCase()
  );
  for (const [column, cell] of header.entries()) {
    const at = left.indexOf(shown(cell).toLowerCase());
    if (at >= 0) {
      left.splice(at, 1);
      continue;
    }
    const held = filled.filter((row) => row[column] === true).length;
    if (held === 0) continue;
    const name = shown(cell) || `column ${column + 1}`;
    const field = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
    io.warn(
      `${boardLabel({ readmePath: board.readme, zone: board.zone })}: the table's column "${name}" is not one of the board's columns, so this run drops it, with the text ${held} of its ${filled.length} rows held there. To keep it, add a column headed "${name}" to the board's table columns in the boards file, with a cell template that writes it from a field of the listings (such as "{{ ${field || "field"} }}"), and restore the column from the README's history.`
    );
  }
}
function warnEmptyColumns(board, rows, now, io) {
  const options = { ...rowsOptions(board, now), closed: void 0 };
  for (const { header, field, empty } of fieldsNoRowHas(board.table.columns, rows, options)) {
    const effect = empty ? "so it is empty on every row" : "so its cells never show it";
    io.warn(
      `${board.readme}: the column "${header}" reads ${field}, which none of the ${rows.length} listings shown has, ${effect}. Check the name against the feed's fields (a canonical one such as work_type, or a field of its records), or change the column's cell template.`
    );
  }
}
function warnAbsentFields(board, selections, index, io) {
  const { listings, fields } = selections.absentFields(index);
  for (const { field, in: where, closest } of fields) {
    const effect = where === "select" ? 'so a test on it never holds (and its "not" always does)' : "so it orders no rows (they keep the order of the keys before it, else the feed's)";
    const fix = closest ? `Did you mean "${closest}"? A field is named as the records write it, in the same case.` : "Check the name against the feed's fields (a canonical one such as work_type, or a field of its records).";
    io.warn(
      `${board.readme}: the ${where === "select" ? "filter" : "sort key"} field "${field}" is in none of the ${listings.toLocaleString("en-US")} listings loaded, ${effect}. ${fix}`
    );
  }
}
async function tableWriter(table, old) {
  if (table.format !== "html")
    return old?.format === "pipe" ? pipeTable(pipeLayout(old.lines)) : void 0;
  const { htmlTableLines } = await import("./html-table-GBXKTTOY.js");
  return (rows) => htmlTableLines(rows, table);
}
function namedTable(board, several) {
  return several ? boardLabel({ readmePath: board.readme, zone: board.zone }) : void 0;
}
function boardLabel(board) {
  return board.zone === void 0 ? board.readmePath : `${board.readmePath} (${board.zone})`;
}
function runTotals(boards, options, skipped) {
  const sum = (count) => boards.reduce((total, board) => total + count(board), 0);
  return {
    stats: computeStats(
      distinctOpenings(
        boards.map((board) => board.rows),
        options.selection?.dedupe
      ),
      options
    ),
    added: sum((board) => board.added.length),
    removed: sum((board) => board.removed.length),
    skipped
  };
}

// src/run.ts
var ReadChanged = class extends Error {
  name = "ReadChanged";
};
var MAX_CONFLICT_RETRIES = 3;
async function runBoards(settings, boards, store, log, editSources) {
  const plan = planFiles(settings, boards, { editsListings: editSources !== void 0 });
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const snapshot = await store.read(plan);
    const edited = editSources ? await editSources(snapshot.io.readFile) : [];
    const io = { ...withFiles(snapshot.io, edited), warn: retry === 0 ? log.warn : () => {
    } };
    const built = await buildBoards(settings, boards, io, snapshot.site);
    const run = edited.length ? { ...built, files: [...edited, ...built.files], changed: true } : built;
    if (settings.dryRun || !(run.changed || store.holdsUnproposed?.(snapshot))) return { run };
    try {
      return { run, written: await store.write(snapshot, run) };
    } catch (error) {
      if (!(error instanceof ReadChanged)) throw error;
      log.info(`${error.message}; reading it again.`);
    }
  }
  throw store.busy(MAX_CONFLICT_RETRIES + 1);
}
function withFiles(io, files) {
  if (files.length === 0) return io;
  const texts = new Map(files.flatMap((file) => "text" in file ? [[file.path, file.text]] : []));
  return {
    ...io,
    readFile: async (path) => texts.get(path) ?? io.readFile(path),
    streamFile: io.streamFile && ((path) => texts.has(path) ? void 0 : io.streamFile?.(path))
  };
}
function planFiles(settings, boards, { editsListings = false } = {}) {
  const listings = isHttpUrl(settings.listings) ? [] : [settings.listings];
  const targets = boards.flatMap((board) => [
    board.readme,
    ...board.feedPaths,
    ...board.archivePath ? [archivePath(board.archivePath, settings.now, board.timezone)] : []
  ]);
  return {
    sources: editsListings ? [] : listings,
    targets: [.../* @__PURE__ */ new Set([...targets, ...editsListings ? listings : []])],
    folders: archiveFolders(boards)
  };
}
function archiveFolders(boards) {
  const depths = /* @__PURE__ */ new Map();
  for (const { archivePath: template, archiveDays } of boards) {
    if (!template || archiveDays === void 0) continue;
    const folder = archiveFolder(template);
    const depth = segments(template) - segments(folder);
    depths.set(folder, Math.max(depth, depths.get(folder) ?? 0));
  }
  return [...depths].map(([path, depth]) => ({ path, depth }));
}
function segments(path) {
  return path === "" ? 0 : path.split("/").length;
}

export {
  salaryText,
  zoneContent,
  utf8Text,
  buildBoards,
  boardTable,
  boardLabel,
  ReadChanged,
  runBoards,
  planFiles
};
