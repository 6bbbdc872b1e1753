import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LINE_ENDING,
  splitLines
} from "./chunk-4TFCLVFD.js";
import {
  monthDay,
  openingsTable,
  timestamp
} from "./chunk-LDU44BZU.js";
import {
  toMarkdown
} from "./chunk-ELPD6UNC.js";
import {
  htmlBlockNames,
  htmlRawNames
} from "./chunk-X3ARHONL.js";
import {
  emphasis,
  hardBreak,
  html,
  literalText,
  paragraph,
  strong,
  text
} from "./chunk-4FTDOTA2.js";
import {
  averageSalaryK,
  loadListings
} from "./chunk-K6VEJXUJ.js";
import {
  isHttpUrl,
  normalizeUrl
} from "./chunk-Y3BBBJFG.js";
import {
  repositoryPath
} from "./chunk-ZXEERBR6.js";
import {
  errors
} from "./chunk-SUFPIJKH.js";

// src/archive/calendar.ts
function calendarDay(date, timezone) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(earlier, later) {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS
  );
}
function isCalendarDay(text2) {
  const time = Date.parse(`${text2}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text2) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text2);
}
var DAY_MS = 24 * 60 * 60 * 1e3;

// src/archive/archive.ts
function archivePath(template, now, timezone) {
  return checkTemplate(template).replaceAll(DATE, calendarDay(now, timezone));
}
function archiveDocument(rows, options) {
  const tree = {
    type: "root",
    children: [snapshotHeading(options), openingsTable(rows, options)]
  };
  return `${toMarkdown(tree)}
`;
}
function expiredArchives(existingPaths, template, now, timezone, keepDays) {
  const pattern = templatePattern(checkTemplate(template));
  const today = calendarDay(now, timezone);
  return existingPaths.filter((path) => {
    const day = pattern.exec(path)?.[1];
    return day !== void 0 && isCalendarDay(day) && daysBetween(day, today) > keepDays;
  });
}
function archiveFolder(template) {
  const checked = checkTemplate(template);
  const beforeDate = checked.slice(0, checked.indexOf(DATE));
  return beforeDate.slice(0, beforeDate.lastIndexOf("/") + 1).replace(/\/$/, "");
}
var DATE = "{date}";
function checkTemplate(template) {
  if (!template.includes(DATE))
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
function templatePattern(template) {
  const [first, ...rest] = template.split(DATE).map(escapeRegExp);
  return new RegExp(`^${first}(\\d{4}-\\d{2}-\\d{2})${rest.join("\\1")}$`);
}
function escapeRegExp(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/changes.ts
async function tableChanges(oldTable, newUrls) {
  const before = await postingLinks(oldTable);
  const after = new Set(newUrls.map(normalizeUrl));
  return {
    added: [...after].filter((url) => !before.has(url)),
    removed: [...before].filter((url) => !after.has(url)),
    previousRows: before.size
  };
}
async function postingLinks(markdown, { scan = true } = {}) {
  if (!markdown.includes("|")) return /* @__PURE__ */ new Set();
  const scanned = scan ? ourTableLinks(markdown) : void 0;
  if (scanned) return scanned;
  const { positionLinks } = await import("./position-links-T5E6TUZZ.js");
  return new Set(positionLinks(markdown).map(normalizeUrl));
}
function ourTableLinks(markdown) {
  const lines = markdown.split("\n");
  const [header = "", delimiter = ""] = lines;
  const columns = header.startsWith("|") ? cellsOf(header).length : 0;
  if (columns < 2 || delimiter !== `|${" - |".repeat(columns)}`) return void 0;
  const links = /* @__PURE__ */ new Set();
  for (const row of lines.slice(2)) {
    if (row.trim() === "") break;
    if (!row.startsWith("|")) return void 0;
    const link = POSITION_LINK.exec(cellsOf(row)[1] ?? "");
    if (!link) return void 0;
    links.add(normalizeUrl(link[1].replace(/\\(.)/g, "$1")));
  }
  return links;
}
function cellsOf(row) {
  const cells = [];
  let start = 1;
  for (let at = 1; at < row.length; at++) {
    const char = row[at];
    if (char === "\\") at++;
    else if (char === "|") {
      cells.push(row.slice(start, at).trim());
      start = at + 1;
    }
  }
  if (row.slice(start).trim() !== "") cells.push(row.slice(start).trim());
  return cells;
}
var ESCAPE = String.raw`\\[!-/:-@[-\`{-~]`;
var LABEL = String.raw`(?:${ESCAPE}|<!-- -->|[^[\]\\\`<>])*`;
var URL_CHARACTERS = String.raw`(?:${ESCAPE}|&(?![#A-Za-z])|[A-Za-z0-9\-._:/?#@=%+,;])*`;
var POSITION_LINK = new RegExp(
  String.raw`^\*\*\[${LABEL}\]\((https?:\/\/${URL_CHARACTERS})\)\*\*$`
);

// src/fit.ts
var NoRoomForRows = class extends Error {
  constructor(bytes) {
    super(`the README takes ${bytes} bytes without any row`);
    this.bytes = bytes;
  }
  bytes;
};
function fitRows(rows, maxBytes, rowBytes, render) {
  const full = render(rows, 0);
  if (byteLength(full) <= maxBytes) return { rows, leftOut: 0, readme: full };
  const sizes = rowBytes(rows);
  const withoutRows = byteLength(render([], rows.length));
  if (withoutRows > maxBytes) throw new NoRoomForRows(withoutRows);
  let kept = largestPrefixWithin(sizes, maxBytes - withoutRows);
  for (; ; ) {
    const readme = render(rows.slice(0, kept), rows.length - kept);
    const over = byteLength(readme) - maxBytes;
    if (over <= 0) return { rows: rows.slice(0, kept), leftOut: rows.length - kept, readme };
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
var MIN_AXIS_MAX = 10;
function openingsPerDay(rows, options) {
  const { now, timezone, labels } = options;
  const today = calendarDay(now, timezone);
  const daysBack = options.maxAgeDays > 0 ? options.maxAgeDays : DEFAULT_DAYS_BACK;
  const counts = new Array(daysBack + 1).fill(0);
  for (const row of rows) {
    const index = daysBack - daysBetween(calendarDay(row.postedAt, timezone), today);
    if (index >= 0 && index <= daysBack) counts[index] += 1;
  }
  const days = counts.map((_, index) => addDays(today, index - daysBack));
  return [
    "xychart-beta horizontal",
    ...titleLine(labels.openingsPerDay, quoted),
    `  x-axis [${days.map((day) => quoted(dayLabel(day, daysBack))).join(", ")}]`,
    `  y-axis 0 --> ${Math.max(MIN_AXIS_MAX, ...counts)}`,
    `  bar [${counts.join(", ")}]`
  ].join("\n");
}
function dayLabel(day, daysBack) {
  return daysBack < 365 ? monthDay(Date.parse(`${day}T12:00:00Z`), "UTC") : day;
}
function openingsByType(rows, labels) {
  const slices = WORK_TYPES.map(({ workType, label }) => ({
    label: label(labels),
    count: rows.filter((row) => row.workType === workType).length
  })).filter((slice) => slice.count > 0);
  if (slices.length === 0) return void 0;
  return [
    "pie showData",
    ...titleLine(labels.openingsByType, escaped),
    ...slices.map((slice) => `  ${quoted(slice.label)} : ${slice.count}`)
  ].join("\n");
}
var WORK_TYPES = [
  { workType: "remote", label: (labels) => labels.remote },
  { workType: "hybrid", label: (labels) => labels.hybrid },
  { workType: "on_site", label: (labels) => labels.onSite }
];
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
function leftOutNote(count, labels) {
  const sentence = labels.leftOut.replaceAll("{count}", count.toLocaleString("en-US"));
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
  const salary = stats.avgSalaryK === null ? labels.noSalary : `${stats.avgSalaryK}k`;
  return [
    `${stats.jobs} ${labels.jobs}`,
    `${stats.remotePercent}% ${labels.remotePercent}`,
    `${stats.companies} ${labels.companies}`,
    `${labels.avgSalary}: ${salary}`
  ].join(" | ");
}
function skillsList(skills, labels) {
  const list = literalText(skills.join(", "));
  return list.length > 0 ? list : [text(labels.notAvailable)];
}

// src/render/updated.ts
function updatedLine(now, options) {
  const line = `${options.labels.lastUpdated}: ${timestamp(now, options.timezone)}`;
  return {
    type: "root",
    children: [paragraph([html("<sub><small>"), text(line), html("</small></sub>")])]
  };
}

// src/select/category.ts
var CATEGORY_KEYWORDS = {
  backend: ["back end", "server side"],
  frontend: ["front end", "ui engineer", "ui developer", "react developer", "angular", "vue"],
  "full-stack": ["full stack"],
  "software-engineering": [
    "software engineer",
    "software engineering",
    "software developer",
    "software development",
    "programmer"
  ],
  data: [
    "data engineer",
    "data engineering",
    "data scientist",
    "data science",
    "data analyst",
    "data analytics",
    "analytics engineer",
    "etl",
    "business intelligence"
  ],
  devops: [
    "dev ops",
    "sec ops",
    "site reliability",
    "sre",
    "platform engineer",
    "infrastructure engineer",
    "cloud engineer"
  ],
  mobile: ["mobile", "ios", "android", "react native", "flutter"],
  ml: [
    "ml",
    "ml ops",
    "machine learning",
    "deep learning",
    "ai engineer",
    "computer vision",
    "nlp",
    "llm"
  ]
};
function categoryMatcher(category, keywords) {
  const wanted = categoryKey(category);
  const title = keywordPattern(keywords?.length ? keywords : defaultKeywords(category));
  return (listing) => listing.categories ? listing.categories.some((named) => categoryKey(named) === wanted) : title.test(listing.title);
}
function categoryKey(name) {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
var presetsByKey = new Map(
  Object.entries(CATEGORY_KEYWORDS).map(([name, keywords]) => [categoryKey(name), keywords])
);
function defaultKeywords(category) {
  return presetsByKey.get(categoryKey(category)) ?? [category];
}
function keywordPattern(keywords) {
  const alternatives = keywords.map(
    (keyword) => keyword.split(/[\s_-]+/).filter(Boolean).map(escapeRegExp2).join("[\\s_-]*")
  ).filter(Boolean);
  if (!alternatives.length) return /(?!)/;
  const wordChar = "[\\p{L}\\p{M}\\p{N}]";
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join("|")})(?!${wordChar})`, "iu");
}
function escapeRegExp2(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// src/select/fold.ts
function foldText(text2) {
  const compatible = ASCII.test(text2) ? text2 : text2.normalize("NFKC");
  return compatible.trim().replace(/\s+/g, " ").toLowerCase();
}
var ASCII = /^[\x00-\x7F]*$/;

// src/select/dedupe.ts
function dedupe(listings) {
  const openings = new DisjointSets(listings.length);
  for (const keyOf of IDENTITY_KEYS) {
    const firstWithKey = /* @__PURE__ */ new Map();
    listings.forEach((listing, index) => {
      const key = keyOf(listing);
      const first = firstWithKey.get(key);
      if (first === void 0) firstWithKey.set(key, index);
      else openings.union(first, index);
    });
  }
  const newestByOpening = /* @__PURE__ */ new Map();
  listings.forEach((listing, index) => {
    const opening = openings.find(index);
    const newest = newestByOpening.get(opening);
    if (!newest || listing.postedAt > newest.postedAt) newestByOpening.set(opening, listing);
  });
  return [...newestByOpening.values()];
}
var IDENTITY_KEYS = [
  (listing) => listing.id,
  (listing) => normalizeUrl(listing.url),
  (listing) => [listing.company, listing.title, listing.location].map(foldText).join("\n")
];
var DisjointSets = class {
  parent;
  constructor(size) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index) {
    let node = index;
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node]];
      this.parent[node] = grandparent;
      node = grandparent;
    }
    return node;
  }
  union(a, b) {
    this.parent[this.find(b)] = this.find(a);
  }
};

// src/select/select.ts
function isCandidate(listing, options) {
  let test = candidateTests.get(options);
  if (!test) {
    test = candidateTest(options);
    candidateTests.set(options, test);
  }
  return test(listing);
}
function selectOpenings(candidates, options) {
  const openings = dedupe(candidates).sort(compareOpenings);
  return options.maxRows > 0 ? openings.slice(0, options.maxRows) : openings;
}
var DAY_MS2 = 24 * 60 * 60 * 1e3;
var candidateTests = /* @__PURE__ */ new WeakMap();
function candidateTest({ category, keywords, now, maxAgeDays }) {
  const inCategory = category ? categoryMatcher(category, keywords) : () => true;
  const latest = now.getTime() + DAY_MS2;
  const earliest = maxAgeDays > 0 ? now.getTime() - maxAgeDays * DAY_MS2 : -Infinity;
  return (listing) => listing.active !== false && listing.postedAt >= earliest && listing.postedAt <= latest && inCategory(listing);
}
function compareOpenings(a, b) {
  return b.postedAt - a.postedAt || compareNames(a, b, (text2) => text2.toLowerCase()) || compareNames(a, b, (text2) => text2);
}
function compareNames(a, b, form) {
  return compareCodeUnits(form(a.company), form(b.company)) || compareCodeUnits(form(a.title), form(b.title)) || compareCodeUnits(form(a.id), form(b.id));
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/stats/stats.ts
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
    for (const skill of new Set(row.skills.map((skill2) => skill2.toLowerCase())))
      rowsBySkill.set(skill, (rowsBySkill.get(skill) ?? 0) + 1);
  return [...rowsBySkill].sort(([a, rowsA], [b, rowsB]) => rowsB - rowsA || (a < b ? -1 : a > b ? 1 : 0)).slice(0, count).map(([skill]) => skill);
}

// src/zones/marker-lines.ts
function markerLines(readme, pattern) {
  const markers = [];
  let state = FLOW;
  let number = 0;
  for (const { start, end } of splitLines(readme)) {
    number++;
    const line = readme.slice(number === 1 && readme.startsWith("\uFEFF") ? 1 : start, end);
    if (state.in === "fence") {
      if (closesFence(line, state)) state = FLOW;
    } else if (state.in === "html") {
      if (isBlank(line)) state = FLOW;
    } else {
      const next = flowLine(line);
      if (next === void 0) return void 0;
      if (next === ONE_LINE_HTML) {
        const text2 = line.trim();
        if (pattern.test(text2)) markers.push({ line: number, text: text2 });
        state = FLOW;
      } else state = next;
    }
  }
  return markers;
}
var FLOW = { in: "flow" };
var ONE_LINE_HTML = { in: "flow" };
function flowLine(line) {
  if (isBlank(line)) return FLOW;
  const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
  if (fence) {
    if (fence[0] === "`" && line.indexOf("`", fence.length) !== -1) return void 0;
    return { in: "fence", marker: fence[0], length: fence.length };
  }
  if (line.startsWith("<")) return htmlLine(line);
  return opensNothing(line) ? FLOW : void 0;
}
function htmlLine(line) {
  if (ONE_LINE_COMMENT.test(line)) return ONE_LINE_HTML;
  if (/^<[!?]/.test(line)) return void 0;
  const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)(?=[ \t>]|\/>|$)/.exec(line)?.[1]?.toLowerCase();
  if (tag !== void 0 && htmlBlockNames.includes(tag)) return { in: "html" };
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(line)?.[1]?.toLowerCase();
  const mayOpenBlock = name !== void 0 && (htmlRawNames.includes(name) || htmlBlockNames.includes(name));
  return mayOpenBlock || LONE_TAG.test(line) ? void 0 : FLOW;
}
function opensNothing(line) {
  const content = line.replace(/^[ \t>*+\-.)\d]+/, "");
  if (/^(?:`{3}|~{3}|\[\^)/.test(content)) return false;
  if (!content.startsWith("<")) return true;
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(content)?.[1]?.toLowerCase();
  const blockTag = name !== void 0 && (htmlRawNames.includes(name) || htmlBlockNames.includes(name));
  return !(/^<[!?]/.test(content) || blockTag || LONE_TAG.test(content));
}
function closesFence(line, fence) {
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return closing !== void 0 && closing[0] === fence.marker && closing.length >= fence.length;
}
function isBlank(line) {
  return /^[ \t]*$/.test(line);
}
var ONE_LINE_COMMENT = /^<!--(?!-?>)(?:[^-]|-(?!-))*-->/;
var LONE_TAG = /^<\/?[A-Za-z][A-Za-z\d-]*(?:[^<>"'`]|"[^"]*"|'[^']*')*>[ \t]*$/;

// src/zones/find.ts
async function findZones(readme, prefix, { scan = true } = {}) {
  const pairs = pairMarkers(await findMarkers(readme, prefix, scan), prefix);
  if (!pairs.has("openings")) throw errors.zoneMissing(prefix, "openings");
  const lines = splitLines(readme);
  const zones = /* @__PURE__ */ new Map();
  for (const [name, { startLine, endLine }] of pairs) {
    const startMarker = lines[startLine - 1];
    zones.set(name, {
      name,
      startLine,
      endLine,
      contentStart: startMarker.end + startMarker.eol.length,
      contentEnd: lines[endLine - 1].start,
      // A start marker always has a line after it (its end marker), so it has an ending.
      eol: startMarker.eol
    });
  }
  return zones;
}
var ZONE_NAMES = ["openings", "updated", "stats", "chart"];
async function findMarkers(readme, prefix, scan) {
  const pattern = markerPattern(prefix);
  const scanned = scan ? markerLines(readme, pattern) : void 0;
  if (scanned) return scanned.map(({ line, text: text2 }) => marker(pattern.exec(text2), line));
  return parsedMarkers(readme, prefix, pattern);
}
function marker(match, line) {
  return { name: match[1], edge: match[2], line };
}
async function parsedMarkers(readme, prefix, pattern) {
  const { htmlNodesOf } = await import("./html-nodes-ZPLMMBPT.js");
  const markers = [];
  for (const node of htmlNodesOf(readme)) {
    const match = pattern.exec(node.value.trim());
    if (!match) continue;
    const found = marker(match, node.line);
    const container = CONTAINERS[node.parent];
    if (container) throw errors.zoneMisplaced(prefix, found.name, found.edge, found.line, container);
    if (node.parent === "root") markers.push(found);
  }
  return markers;
}
function markerPattern(prefix) {
  const escapedPrefix = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^<!--\\s*${escapedPrefix}:(${ZONE_NAMES.join("|")}):(start|end)\\s*-->$`);
}
var CONTAINERS = {
  blockquote: "blockquote",
  listItem: "list item",
  footnoteDefinition: "footnote definition"
};
function pairMarkers(markers, prefix) {
  const pairs = /* @__PURE__ */ new Map();
  let open;
  for (const marker2 of markers) {
    if (marker2.edge === "start") {
      if (open) throw errors.zoneNested(prefix, marker2.name, marker2.line, open.name, open.line);
      const earlier = pairs.get(marker2.name);
      if (earlier) throw errors.zoneDuplicate(prefix, marker2.name, marker2.line, earlier.startLine);
      open = marker2;
    } else {
      if (open?.name !== marker2.name)
        throw errors.zoneEndWithoutStart(prefix, marker2.name, marker2.line);
      pairs.set(marker2.name, { startLine: open.line, endLine: marker2.line });
      open = void 0;
    }
  }
  if (open) throw errors.zoneStartWithoutEnd(prefix, open.name, open.line);
  return pairs;
}

// src/zones/splice.ts
function spliceZones(readme, zones, contents) {
  const replacements = [...contents].flatMap(([name, content]) => {
    const zone = zones.get(name);
    return zone ? [{ zone, lines: withLineEndings(content, zone.eol) }] : [];
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
function withLineEndings(text2, eol) {
  if (text2 === "") return "";
  const lines = text2.split(LINE_ENDING);
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line) => line + eol).join("");
}

// src/board.ts
var MAX_PRINTED_WARNINGS = 20;
async function buildBoards(run, boards, io, site = {}) {
  const readmes = await Promise.all(boards.map((board) => readReadme(board, io)));
  for (const board of boards)
    if (board.archivePath) archivePath(board.archivePath, run.now, board.timezone);
  const selections = boards.map((board) => selectOptions(board, run.now));
  const loaded = await loadListings(
    run,
    io,
    (listing) => selections.some((options) => isCandidate(listing, options))
  );
  for (const warning of loaded.warnings) io.warn(warning);
  reportInvalid(loaded.invalid, run.strict, io.warn);
  const results = [];
  for (const [index, board] of boards.entries())
    results.push(await buildOne(run, board, readmes[index], loaded, io, site));
  const files = results.flatMap((result) => result.files);
  return {
    boards: results,
    files,
    changed: files.length > 0,
    invalid: loaded.invalid,
    totals: runTotals(results, boards[0], loaded.invalid.length)
  };
}
function boardChanged(readme, zones, contents) {
  const held = new Map([...contents].filter(([name]) => name !== "updated"));
  return spliceZones(readme, zones, held) !== readme;
}
async function readReadme(board, io) {
  const before = await io.readFile(board.readme);
  if (before === void 0) throw errors.readmeMissing(board.readme);
  return { before, zones: await findZones(before, board.markerPrefix) };
}
async function buildOne(run, config, { before, zones }, loaded, io, site) {
  const selection = selectOptions(config, run.now);
  const candidates = loaded.listings.filter((listing) => isCandidate(listing, selection));
  const selected = selectOpenings(candidates, selection);
  if (selected.length === 0 && !config.allowEmpty)
    throw errors.emptySelection(config.category, loaded.valid, loaded.feed);
  const readme = new ReadmeRenderer(before, zones, config, run.now);
  const fitted = fitToSize(selected, readme, config);
  const changes = await tableChanges(
    zoneContent(before, zones.get("openings")),
    fitted.rows.map((row) => row.url)
  );
  guardRemovals(changes, config.maxRemovedPercent);
  const readmeFile = fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : [];
  const files = [...readmeFile, ...await companionFiles(config, run.now, fitted.rows, io, site)];
  return {
    readmePath: config.readme,
    before,
    after: fitted.readme,
    changed: files.length > 0,
    stats: computeStats(fitted.rows, config),
    rows: fitted.rows,
    leftOut: fitted.leftOut,
    added: changes.added,
    removed: changes.removed,
    invalid: loaded.invalid,
    files,
    contents: fitted.contents
  };
}
function fitToSize(rows, readme, config) {
  try {
    const fitted = fitRows(rows, config.maxBytes, (shown) => readme.rowSizes(shown), readme.render);
    return { ...fitted, contents: readme.contentsOf(fitted.rows, fitted.leftOut) };
  } catch (error) {
    if (error instanceof NoRoomForRows)
      throw errors.readmeTooLarge(config.readme, error.bytes, config.maxBytes);
    throw error;
  }
}
function selectOptions(config, now) {
  return {
    category: config.category,
    keywords: config.keywords,
    now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows
  };
}
function reportInvalid(invalid, strict, warn) {
  const first = invalid[0];
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason);
  for (const record of invalid.slice(0, MAX_PRINTED_WARNINGS))
    warn(
      `Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ""}: ${record.reason}`
    );
  const unprinted = invalid.length - MAX_PRINTED_WARNINGS;
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalid.length} in all).`);
}
function guardRemovals(changes, maxRemovedPercent) {
  const { removed, previousRows } = changes;
  if (previousRows > 0 && removed.length * 100 > maxRemovedPercent * previousRows)
    throw errors.tooManyRemoved(removed.length, previousRows, maxRemovedPercent);
}
async function companionFiles(config, now, rows, io, site) {
  const { labels, timezone, utm, category } = config;
  const feeds = config.feedPaths.length > 0 ? await import("./feeds-FW5GM4NN.js") : void 0;
  const wanted = (feeds?.feedFiles(rows, { paths: config.feedPaths, labels, timezone, utm, category, ...site }) ?? []).map((feed) => ({ path: feed.path, text: feed.content }));
  if (config.archivePath)
    wanted.push({
      path: archivePath(config.archivePath, now, timezone),
      text: archiveDocument(rows, { labels, timezone, utm, category, now })
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
  constructor(readme, zones, config, now) {
    this.readme = readme;
    this.zones = zones;
    this.config = config;
    this.now = now;
  }
  readme;
  zones;
  config;
  now;
  render = (rows, leftOut) => {
    const contents = this.contentsOf(rows, leftOut);
    return boardChanged(this.readme, this.zones, contents) ? spliceZones(this.readme, this.zones, contents) : this.readme;
  };
  contentsOf(rows, leftOut) {
    return new Map(
      [...this.zones.keys()].map((name) => [name, this.zoneMarkdown(name, rows, leftOut)])
    );
  }
  /** Bytes each row's line takes in the README, its line ending included. */
  rowSizes(rows) {
    const eol = this.zones.get("openings").eol.length;
    const lines = this.openings(rows, 0).split("\n").slice(2, 2 + rows.length);
    return lines.map((line) => Buffer.byteLength(line, "utf8") + eol);
  }
  zoneMarkdown(name, rows, leftOut) {
    const { labels, timezone, maxAgeDays } = this.config;
    const { now } = this;
    switch (name) {
      case "openings":
        return this.openings(rows, leftOut);
      case "updated":
        return toMarkdown(updatedLine(now, { labels, timezone }));
      case "stats":
        return toMarkdown(statsBlock(computeStats(rows, this.config), { labels }));
      case "chart":
        return toMarkdown(chartBlock(rows, { now, timezone, labels, maxAgeDays }));
    }
  }
  openings(rows, leftOut) {
    const { labels } = this.config;
    const table = this.table(rows);
    return leftOut > 0 ? `${table}

${toMarkdown(leftOutNote(leftOut, labels))}` : table;
  }
  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  lastTable;
  table(rows) {
    if (this.lastTable?.rows !== rows) {
      const { labels, timezone, utm } = this.config;
      const markdown = toMarkdown(openingsTable(rows, { labels, timezone, utm }));
      this.lastTable = { rows, markdown };
    }
    return this.lastTable.markdown;
  }
};
function runTotals(boards, options, skipped) {
  const sum = (count) => boards.reduce((total, board) => total + count(board), 0);
  return {
    stats: computeStats(
      boards.flatMap((board) => board.rows),
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
async function runBoards(settings, boards, store, log, edit) {
  const plan = planFiles(settings, boards);
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const snapshot = await store.read(plan);
    const edited = edit ? await editListings(settings.listings, snapshot.io, edit) : void 0;
    const io = { ...snapshot.io, ...edited?.io, warn: retry === 0 ? log.warn : () => {
    } };
    const built = await buildBoards(settings, boards, io, snapshot.site);
    const run = edited ? withListingsFile(built, edited.file) : built;
    if (!run.changed || settings.dryRun) return { run };
    try {
      return { run, written: await store.write(snapshot, run) };
    } catch (error) {
      if (!(error instanceof ReadChanged)) throw error;
      log.info(`${error.message}; reading it again.`);
    }
  }
  throw store.busy(MAX_CONFLICT_RETRIES + 1);
}
async function editListings(path, io, edit) {
  const text2 = await io.readFile(path);
  const after = text2 === void 0 ? void 0 : await edit(text2);
  if (after === void 0 || after === text2) return void 0;
  return {
    file: { path, text: after },
    io: {
      readFile: async (read) => read === path ? after : io.readFile(read),
      streamFile: (read) => read === path ? void 0 : io.streamFile?.(read)
    }
  };
}
function withListingsFile(run, file) {
  return { ...run, files: [file, ...run.files], changed: true };
}
function planFiles(settings, boards) {
  const targets = boards.flatMap((board) => [
    board.readme,
    ...board.feedPaths,
    ...board.archivePath ? [archivePath(board.archivePath, settings.now, board.timezone)] : []
  ]);
  return {
    sources: isHttpUrl(settings.listings) ? [] : [settings.listings],
    targets: [...new Set(targets)],
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
  findZones,
  buildBoards,
  boardChanged,
  ReadChanged,
  runBoards,
  planFiles
};
