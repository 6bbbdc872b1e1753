import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isWorkType
} from "./chunk-OOZCMHR4.js";
import "./chunk-OSIDOK52.js";
import {
  DEFAULT_TABLE
} from "./chunk-IPUFRXBA.js";
import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-ZIMNARU6.js";
import "./chunk-AA6ZMSEA.js";
import "./chunk-SSOHKHVA.js";
import {
  DEFAULT_LABELS
} from "./chunk-CGUFBV6Q.js";
import "./chunk-2NPAGQJP.js";
import "./chunk-O2HGBT5T.js";
import "./chunk-NW4CZ3SL.js";
import "./chunk-D6KWSZ5L.js";
import "./chunk-NXQX4CL7.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";

// src/init/boards-file.ts
function boardsFileWith(existing, readme, tables, listings, prefix = "jobs", updated, counts) {
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
    const first = added === 0 ? { updated, counts } : {};
    boards.add(boardNode(document, readme, table, prefix, first));
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
function boardNode(document, readme, table, prefix, { updated, counts }) {
  const tracking = trackingQuery(postingLinks(table));
  const utm = utmSettings(tracking);
  const standard = isDefaultTable(table) && (tracking === "" || utm !== void 0);
  const board = { readme };
  if (table.zone !== void 0) board.zone = table.zone;
  if (table.title !== void 0) board["zone-title"] = table.title;
  if (prefix !== "jobs") board["marker-prefix"] = prefix;
  if (updated !== void 0) board.updated = updated;
  if (counts !== void 0) board.counts = counts;
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
  if (button) return `${button.open}{{ ${url} | image_link: ${button.args} }}${button.close}`;
  const applyColumn = headers.some((each) => APPLY.test(each));
  if (APPLY.test(header)) {
    const around = samples.map(wrapped).find((each) => /^(?:<a\s|\[)/i.test(each.inner));
    const [open, close] = [around?.open ?? "", around?.close ?? ""].map(liquidText);
    return `${apply}${open}{{ "Apply" | link: apply }}${close}`;
  }
  if (ROLE.test(header))
    return applyColumn ? linkedText(samples, "title", void 0, "") : linkedText(samples, "title", "apply", apply);
  if (/location|where|city/i.test(header)) return "{{ location }}";
  if (isAgeColumn(header, samples)) return ageGuess(samples);
  if (/date|posted|added/i.test(header)) return "{{ posted_at | date }}";
  if (WORK_TYPE.test(header) || samples.length > 0 && samples.every(isWorkType))
    return "{{ work_type | label }}";
  if (/salary|pay/i.test(header)) return "{{ salary }}";
  if (/term|season/i.test(header)) return '{{ terms | join: ", " }}';
  const field = header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
  if (!/^[a-z_][\p{L}\p{N}_]*$/u.test(field)) return "";
  const addresses = samples.length > 0 && samples.every((each) => /^https?:\/\/\S+$/i.test(each));
  return addresses ? `{{ ${field} | link: ${field} }}` : `{{ ${field} }}`;
}
var APPLY = /apply|application|link|posting|\burl\b/i;
var WORK_TYPE = /type|remote|work\s*model|workplace|arrangement/i;
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
  const shapes = samples.flatMap((sample) => shapeOf(units(sample)) ?? []);
  const lead = commonStart(shapes.map((shape) => shape.lead));
  const trail = commonEnd(shapes.map((shape) => shape.trail));
  const value = `{{ ${field} }}`;
  const linked = link ? shapes.flatMap((shape) => linkIn(shape) ?? []) : [];
  const [first] = linked;
  if (link && first) {
    const [outer, outerClose] = sharedPair(linked, (each) => [each.outer, each.outerClose]);
    const [inner, innerClose] = sharedPair(linked, (each) => [each.inner, each.innerClose]);
    const [before2, after2] = [
      [...lead, ...outer],
      [...outerClose, ...trail]
    ].map(literal);
    const [into, out] = [inner, innerClose].map(literal);
    if (first.html) {
      const shown = `${into}${value}${out}`;
      return `${assign}${before2}{% if ${link} %}<a href="{{ ${link} }}">${shown}</a>{% else %}${shown}{% endif %}${after2}`;
    }
    return `${assign}${before2}${into}{{ ${field} | link: ${link} }}${out}${after2}`;
  }
  const [open, close] = sharedPair(shapes, (shape) => [shape.opens, shape.closes]);
  const [before, after] = [
    [...lead, ...open],
    [...close, ...trail]
  ].map(literal);
  if (link && before === "" && after === "") return `${assign}{{ ${field} | link: ${link} }}`;
  return `${before}${value}${after}`;
}
var MARKUP = /<\/[A-Za-z][\w-]*\s*>|<[A-Za-z][\w-]*(?:\s[^<>]*)?>|\]\([^()\s]*(?:\s+"[^"]*")?\)|\\[^\s]|&#?\w+;|\*+|_+|~+|\[/y;
var VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b|\/>$/i;
var GRAPHEMES = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function units(text) {
  const found = [];
  const segments = GRAPHEMES.segment(text);
  for (let at = 0; at < text.length; ) {
    MARKUP.lastIndex = at;
    const markup = MARKUP.exec(text)?.[0];
    if (markup) {
      found.push({ text: markup, kind: markupKind(markup) });
      at += markup.length;
      continue;
    }
    const segment = segments.containing(at);
    const end = segment.index + segment.segment.length;
    found.push({ text: text.slice(at, end), kind: "text" });
    at = end;
  }
  return found;
}
function markupKind(markup) {
  if (markup.startsWith("</") || markup.startsWith("](")) return "close";
  if (markup === "[") return "open";
  if (markup.startsWith("<")) return VOID.test(markup) ? "text" : "open";
  return /^[*_~]/.test(markup) ? "mark" : "text";
}
var isWord = (unit) => unit.kind === "text" && !/^[<&\\]./.test(unit.text) && /[\p{L}\p{N}]/u.test(unit.text);
function shapeOf(cell) {
  const first = cell.findIndex(isWord);
  if (first < 0) return void 0;
  const last = cell.findLastIndex(isWord);
  let lead = 0;
  while (lead < first && cell[lead].kind === "text") lead += 1;
  let trail = cell.length;
  while (trail > last + 1 && cell[trail - 1].kind === "text") trail -= 1;
  return {
    lead: cell.slice(0, lead),
    opens: cell.slice(lead, first),
    closes: cell.slice(last + 1, trail),
    trail: cell.slice(trail)
  };
}
function linkIn(shape) {
  const [opens, closes] = paired(shape.opens, shape.closes);
  const open = opens.findIndex((unit) => unit.text === "[" || /^<a\s[^>]*\bhref=/i.test(unit.text));
  if (open < 0) return void 0;
  const depth = opens.slice(0, open).filter((unit) => unit.kind !== "text").length;
  const close = closes.findLastIndex(
    (unit, index) => unit.kind !== "text" && closes.slice(index + 1).filter((each) => each.kind !== "text").length === depth
  );
  return {
    html: opens[open].text !== "[",
    outer: opens.slice(0, open),
    inner: opens.slice(open + 1),
    innerClose: closes.slice(0, close),
    outerClose: closes.slice(close + 1)
  };
}
function sharedPair(items, parts) {
  const pairs2 = items.map(parts);
  return paired(
    commonStart(pairs2.map(([open]) => open)),
    commonEnd(pairs2.map(([, close]) => close))
  );
}
function paired(opens, closes) {
  const before = opens.flatMap((unit, index) => unit.kind === "text" ? [] : [index]);
  const after = closes.flatMap((unit, index) => unit.kind === "text" ? [] : [index]).reverse();
  let count = 0;
  while (count < before.length && count < after.length && pairs(opens[before[count]], closes[after[count]]))
    count += 1;
  return [
    opens.slice(0, count < before.length ? before[count] : opens.length),
    closes.slice(count < after.length ? after[count] + 1 : 0)
  ];
}
function pairs(open, close) {
  if (open.kind === "mark") return close.text === open.text;
  if (open.kind !== "open" || close.kind !== "close") return false;
  if (open.text === "[") return close.text.startsWith("](");
  const name = (tag) => /^<\/?([\w-]+)/.exec(tag)?.[1]?.toLowerCase();
  return name(open.text) === name(close.text);
}
function commonStart(lists) {
  const [first = []] = lists;
  let length = 0;
  while (length < first.length && lists.every((list) => list[length]?.text === first[length].text))
    length += 1;
  return first.slice(0, length);
}
function commonEnd(lists) {
  return commonStart(lists.map((list) => [...list].reverse())).reverse();
}
var literal = (list) => liquidText(list.map((unit) => unit.text).join(""));
function wrapped(sample) {
  let [open, inner, close] = ["", sample.trim(), ""];
  for (; ; ) {
    const element = /^(<([a-z][\w-]*)(?:\s[^<>]*)?>)\s*([^]*?)\s*(<\/\2\s*>)$/i.exec(inner);
    const name = element?.[2].toLowerCase();
    if (!element || name === "a" || new RegExp(`<\\/?${name}\\b`, "i").test(element[3]))
      return { open, inner, close };
    open += element[1];
    close = element[4] + close;
    inner = element[3];
  }
}
function imageButton(sample) {
  const { open, inner, close } = wrapped(sample);
  const buttons = [];
  for (let rest = inner; rest !== ""; ) {
    const button = BUTTONS.map((pattern) => pattern.exec(rest)).find((found) => found !== null);
    if (!button) return void 0;
    buttons.push(button);
    rest = rest.slice(button[0].length).trimStart();
  }
  const [first] = buttons;
  if (!first) return void 0;
  const { text, image, img } = first.groups;
  let args;
  if (img === void 0) args = liquidArguments([image, text]);
  else {
    const attribute = (name) => new RegExp(String.raw`\s${name}\s*=\s*"([^"]*)"`, "i").exec(img)?.[1];
    const src = attribute("src");
    if (!src) return void 0;
    const width = attribute("width");
    const texts = liquidArguments([src, attribute("alt") ?? ""]);
    args = texts && width && /^\d+$/.test(width) ? `${texts}, ${width}` : texts;
  }
  return args === void 0 ? void 0 : { args, open: liquidText(open), close: liquidText(close) };
}
var BUTTONS = [
  /^\[!\[(?<text>[^\]]*)\]\((?<image>[^)\s]+)\)\]\([^)\s]+\)/,
  /^<a\s[^>]*\bhref="[^"]*"[^>]*>\s*(?<img><img\s[^>]*>)\s*<\/a\s*>/i,
  /^\[\s*(?<img><img\s[^>]*>)\s*\]\([^)\s]+\)/i
];
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
