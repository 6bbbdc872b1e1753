import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_TABLE
} from "./chunk-FLUQ5CZA.js";
import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-MVPLP63C.js";
import "./chunk-H4YV2BQW.js";
import {
  DEFAULT_LABELS
} from "./chunk-CGUFBV6Q.js";
import "./chunk-PDB67YEQ.js";
import "./chunk-O2HGBT5T.js";
import "./chunk-NW4CZ3SL.js";
import "./chunk-MFHMJXWX.js";
import "./chunk-XPKRTC5F.js";
import "./chunk-HANBNIMK.js";

// src/init/boards-file.ts
function boardsFileWith(existing, readme, tables, listings, prefix = "jobs", updated) {
  const document = existing === void 0 ? newDocument(readme, listings) : parseDocument(existing);
  const boards = document.get("boards");
  if (!isSeq(boards)) throw new Error('its "boards" is not a list');
  const described = new Set(
    boards.items.flatMap(
      (board) => isMap(board) ? [`${String(board.get("readme"))}#${String(board.get("zone") ?? "")}`] : []
    )
  );
  let added = 0;
  for (const table of tables) {
    if (described.has(`${readme}#${table.zone ?? ""}`)) continue;
    boards.add(boardNode(document, readme, table, prefix, added === 0 ? updated : void 0));
    added += 1;
  }
  return { text: added === 0 ? void 0 : document.toString({ lineWidth: 0 }), added };
}
function newDocument(readme, listings) {
  const document = parseDocument(
    `${listings ? `listings: ${JSON.stringify(listings)}
` : ""}boards: []
`
  );
  document.commentBefore = [
    ` Written by "jobs-readme init" from ${readme}: each table as the README writes it.`,
    " The cell templates are guesses from the headers: check each against your listings",
    " (the fields of a record, see README: Columns) before the first run.",
    ...listings ? [] : [" Name your listings file: listings: path/to/listings.json"]
  ].join("\n");
  const boards = document.get("boards");
  if (isSeq(boards)) boards.flow = false;
  return document;
}
function boardNode(document, readme, table, prefix, updated) {
  const tracking = trackingQuery(postingLinks(table));
  const utm = utmSettings(tracking);
  const standard = isDefaultTable(table) && (tracking === "" || utm !== void 0);
  const board = { readme };
  if (table.zone !== void 0) board.zone = table.zone;
  if (prefix !== "jobs") board["marker-prefix"] = prefix;
  if (updated !== void 0) board.updated = updated;
  if (utm && standard) Object.assign(board, utm);
  else board.utm = false;
  if (!standard) {
    Object.assign(board, rowShape(table));
    board.table = {
      format: table.format,
      columns: table.headers.map((header, index) => ({
        header: liquidText(header),
        ...table.delimiters[index] ? { delimiter: table.delimiters[index] } : {},
        ...table.align?.[index] ? { align: table.align[index] } : {},
        cell: cellGuess(header, table.headers, tracking, shownSamples(table.samples[index]))
      }))
    };
  }
  const node = document.createNode(board);
  node.commentBefore = [
    table.zone !== void 0 ? ` The "${table.heading}" table: choose its rows, e.g. select: { field: category, equals: ... }` : "",
    standard ? " The default table (Company, Position, Location, Type, Date), as the README has it." : "",
    tracking ? utm && standard ? ` Its posting links carry ?${tracking}: the run adds the same.` : ` Its posting links carry ?${tracking}, kept by the templates below.` : " Its links carry no tracking parameters: utm is off, so that the run adds none."
  ].filter(Boolean).join("\n");
  return node;
}
function isDefaultTable(table) {
  const { company, position, location, type, date } = DEFAULT_LABELS;
  return table.format === "pipe" && table.headers.join("\0") === [company, position, location, type, date].join("\0") && table.delimiters.join("\0") === DEFAULT_TABLE.columns.map((column) => column.delimiter).join("\0");
}
function utmSettings(tracking) {
  const values = new URLSearchParams(tracking);
  const keys = ["utm_source", "utm_medium", "utm_campaign"];
  if (!keys.every((key) => values.get(key))) return void 0;
  const ours = new URLSearchParams(keys.map((key) => [key, values.get(key)]));
  if (ours.toString() !== tracking) return void 0;
  return Object.fromEntries(keys.map((key) => [key.replace("_", "-"), values.get(key)]));
}
function liquidText(text) {
  return /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text;
}
function postingLinks(table) {
  const column = [APPLY, ROLE].map((pattern) => table.headers.findIndex((header) => pattern.test(header))).find((index) => index >= 0 && (table.columnLinks[index]?.length ?? 0) > 0);
  return table.columnLinks[column ?? table.columnLinks.findIndex((links) => links.length > 0)] ?? [];
}
function trackingQuery(links) {
  const postings = links.filter((link) => /^https?:/i.test(link));
  if (postings.length === 0) return "";
  const counts = /* @__PURE__ */ new Map();
  for (const link of postings) {
    let url;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    for (const pair of new Set(url.search.replace(/^\?/, "").split("&")))
      if (/^(utm_[a-z]+|ref|source)=/i.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count * 10 >= postings.length * 9).map(([pair]) => pair).join("&");
}
function cellGuess(header, headers, tracking, samples) {
  const query = liquidArguments([tracking]);
  const url = tracking && query ? `url | with_query: ${query}` : "url";
  const apply = `{% assign apply = ${url} %}`;
  if (/company|employer/i.test(header)) return linkedText(samples, "company", "company_url", "");
  const button = samples.map(imageButton).find((found) => found !== void 0);
  if (button) return `{{ ${url} | image_link: ${button} }}`;
  const applyColumn = headers.some((each) => APPLY.test(each));
  if (APPLY.test(header)) return `${apply}{{ "Apply" | link: apply }}`;
  if (ROLE.test(header))
    return applyColumn ? linkedText(samples, "title", void 0, "") : linkedText(samples, "title", "apply", apply);
  if (/location|where|city/i.test(header)) return "{{ location }}";
  if (isAgeColumn(header, samples)) return ageGuess(samples);
  if (/date|posted|added/i.test(header)) return "{{ posted_at | date }}";
  if (/type|remote/i.test(header)) return "{{ work_type | label }}";
  if (/salary|pay/i.test(header)) return "{{ salary }}";
  if (/term|season/i.test(header)) return '{{ terms | join: ", " }}';
  const field = header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
  if (!/^[a-z_][\p{L}\p{N}_]*$/u.test(field)) return "";
  const addresses = samples.length > 0 && samples.every((each) => /^https?:\/\/\S+$/i.test(each));
  return addresses ? `{{ ${field} | link: ${field} }}` : `{{ ${field} }}`;
}
var APPLY = /apply|application|link|posting|\burl\b/i;
var ROLE = /role|title|position|job/i;
function isAgeColumn(header, samples) {
  return /\bage\b/i.test(header) || samples.length > 0 && samples.every((each) => AGE.test(each));
}
var AGE = /^-?\d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)(?:\s+ago)?$/i;
function ageGuess(samples) {
  const days = samples.flatMap((each) => /^(\d+)d$/.exec(each.trim())?.slice(1) ?? []).map(Number);
  const most = Math.max(-1, ...days);
  if (most < DAYS_IN_MONTH) return "{{ posted_at | age }}";
  const months = samples.some((each) => /^\d+mo$/.test(each.trim()));
  return months ? `{{ posted_at | age: ${most + 1} }}` : '{{ posted_at | age: "days" }}';
}
var DAYS_IN_MONTH = 30;
function linkedText(samples, field, link, assign) {
  const value = `{{ ${field} }}`;
  for (const sample of link ? samples : []) {
    const html = HTML_LINK.exec(sample);
    if (html) {
      const inner = `${html[1]}${value}${html[3]}`;
      return `${assign}{% if ${link} %}<a href="{{ ${link} }}">${inner}</a>{% else %}${inner}{% endif %}`;
    }
    const markdown = MARKDOWN_LINK.exec(sample);
    if (markdown) return `${assign}${markdown[1]}{{ ${field} | link: ${link} }}${markdown[3]}`;
  }
  const [first = ""] = samples;
  const match = MARKDOWN_WRAPPED.exec(first) ?? HTML_WRAPPED.exec(first);
  const [before, after] = (commonWrapping(samples) ?? [match?.[1] ?? "", match?.[3] ?? ""]).map(
    liquidText
  );
  if (link && before === "" && after === "") return `${assign}{{ ${field} | link: ${link} }}`;
  return `${before}${value}${after}`;
}
function commonWrapping(samples) {
  const distinct = [...new Set(samples)];
  if (distinct.length < 2) return void 0;
  const before = commonStart(distinct);
  const after = [
    ...commonStart(distinct.map((each) => [...each.slice(before.length)].reverse().join("")))
  ].reverse().join("");
  const wordless = (text) => !/[\p{L}\p{N}]/u.test(text.replace(/<[^>]*>/g, ""));
  if (!wordless(before) || !wordless(after) || before + after === "") return void 0;
  return [before, after];
}
function commonStart(texts) {
  let length = 0;
  const [first = ""] = texts;
  while (length < first.length && texts.every((text) => text[length] === first[length])) length += 1;
  let start = first.slice(0, length);
  while (/<[^>]*$/.test(start) || /[\p{L}\p{N}]$/u.test(start)) start = start.slice(0, -1);
  return start;
}
var EMPHASIS = String.raw`(?:\*\*|__|\*|_)*`;
var TAGS = String.raw`(?:<(?:strong|b|em|i)>)*`;
var CLOSING_TAGS = String.raw`(?:</(?:strong|b|em|i)>)*`;
var MARKDOWN_LINK = new RegExp(String.raw`^(${EMPHASIS})\[([^\]]*)\]\([^)\s]*\)(${EMPHASIS})$`);
var HTML_LINK = new RegExp(
  String.raw`^<a\s[^>]*\bhref="[^"]*"[^>]*>(${TAGS})([^<]*)(${CLOSING_TAGS})</a>$`,
  "i"
);
var MARKDOWN_WRAPPED = new RegExp(String.raw`^(${EMPHASIS})([^*_\[\]<>]+?)(${EMPHASIS})$`);
var HTML_WRAPPED = new RegExp(String.raw`^(${TAGS})([^<>]+)(${CLOSING_TAGS})$`, "i");
function imageButton(sample) {
  const markdown = /^\[!\[([^\]]*)\]\(([^)\s]+)\)\]\([^)\s]+\)$/.exec(sample);
  if (markdown) return liquidArguments([markdown[2], markdown[1]]);
  const html = /^<a\s[^>]*\bhref="[^"]*"[^>]*>\s*(<img\s[^>]*>)\s*<\/a>$/i.exec(sample) ?? /^\[\s*(<img\s[^>]*>)\s*\]\([^)\s]+\)$/i.exec(sample);
  if (!html) return void 0;
  const attribute = (name) => new RegExp(String.raw`\s${name}\s*=\s*"([^"]*)"`, "i").exec(html[1])?.[1];
  const src = attribute("src");
  if (!src) return void 0;
  const width = attribute("width");
  const texts = liquidArguments([src, attribute("alt") ?? ""]);
  return texts && width && /^\d+$/.test(width) ? `${texts}, ${width}` : texts;
}
function liquidArguments(texts) {
  const quoted = texts.map(
    (text) => !text.includes('"') ? `"${text}"` : !text.includes("'") ? `'${text}'` : void 0
  );
  return quoted.includes(void 0) ? void 0 : quoted.join(", ");
}
function shownSamples(samples = []) {
  return samples.filter((sample) => sample !== "" && !isRepeatMark(sample) && !sample.includes("\u{1F512}"));
}
function rowShape(table) {
  const shape = {};
  const repeat = table.samples.flat().find(isRepeatMark);
  if (repeat) shape["repeat-company"] = repeat;
  const ages = table.headers.some(
    (header, index) => isAgeColumn(header, shownSamples(table.samples[index]))
  );
  if (repeat && ages) shape["repeat-company-when"] = "same-age";
  if (table.samples.flat().some((sample) => sample.includes("\u{1F512}"))) shape.closed = "mark";
  return shape;
}
var isRepeatMark = (sample) => /^[↳⤷↪]$/u.test(sample.trim());
export {
  boardsFileWith,
  trackingQuery
};
