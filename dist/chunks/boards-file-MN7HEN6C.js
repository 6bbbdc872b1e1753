import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isWorkType
} from "./chunk-EVB7ENKE.js";
import {
  DEFAULT_TABLE
} from "./chunk-C2LAILSZ.js";
import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-B3ONI2BE.js";
import "./chunk-D6KWSZ5L.js";
import {
  DEFAULT_LABELS
} from "./chunk-VOSTSVWO.js";
import "./chunk-OSIDOK52.js";
import "./chunk-HKC4AUZR.js";
import "./chunk-OWL6ZJKV.js";
import "./chunk-4TGVVHGF.js";
import {
  fromHtml
} from "./chunk-3E75HABH.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";

// src/init/boards-file.ts
function boardsFileWith(existing, readme, tables, listings, prefix = "jobs", updated, counts, records) {
  const document = existing === void 0 ? newDocument(readme, listings) : parseDocument(existing);
  const boards = document.get("boards");
  if (!isSeq(boards)) throw new Error('its "boards" is not a list');
  const described = new Set(
    boards.items.flatMap(
      (board) => isMap(board) ? [`${String(board.get("readme"))}#${String(board.get("zone") ?? "")}`] : []
    )
  );
  const ages = tables.flatMap(
    (table) => table.headers.flatMap(
      (header, index) => isAgeColumn(header, shownSamples(table.samples[index])) ? shownSamples(table.cells[index]) : []
    )
  );
  let added = 0;
  for (const table of tables) {
    if (described.has(`${readme}#${table.zone ?? ""}`)) continue;
    const first = added === 0 ? { updated, counts } : {};
    boards.add(boardNode(document, readme, table, prefix, first, listingRecords(records), ages));
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
function boardNode(document, readme, table, prefix, { updated, counts }, records, ages) {
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
      // The attributes its HTML elements write (`style`), so that a run writes them again.
      ...table.attributes ? { attributes: table.attributes } : {},
      ...table.headerRowAttributes ? { "header-row-attributes": table.headerRowAttributes } : {},
      ...table.rowAttributes ? { "row-attributes": table.rowAttributes } : {},
      columns: table.headers.map((header, index) => ({
        header: liquidText(header),
        ...table.delimiters[index] ? { delimiter: table.delimiters[index] } : {},
        ...table.align?.[index] ? { align: table.align[index] } : {},
        ...table.headerAttributes?.[index] ? { "header-attributes": table.headerAttributes[index] } : {},
        ...table.cellAttributes?.[index] ? { "cell-attributes": table.cellAttributes[index] } : {},
        cell: cellGuess(header, table.headers, tracking, shownSamples(table.samples[index]), {
          cells: shownSamples(table.cells[index]),
          records,
          ages
        })
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
function cellGuess(header, headers, tracking, samples, column) {
  const query = liquidArguments([tracking]);
  const url = tracking && query ? `url | with_query: ${query}` : "url";
  const apply = `{% assign apply = ${url} %}`;
  if (/company|employer/i.test(header)) return linkedText(samples, "company", "company_url", "");
  const buttons = samples.map(imageButtons).filter((found) => found !== void 0);
  const [button] = buttons;
  if (button) {
    const second = secondButton(column.cells, tracking, url, column.records);
    if (second) return second;
    const [first] = button.buttons;
    return `${button.open}{{ ${url} | image_link: ${first.args} }}${button.close}`;
  }
  const applyColumn = headers.some((each) => APPLY.test(each));
  if (APPLY.test(header)) {
    const around = samples.map(wrapped).find((each) => /^(?:<a\s|\[)/i.test(each.inner));
    const [open, close] = [around?.open ?? "", around?.close ?? ""].map(liquidText);
    return `${apply}${open}{{ "Apply" | link: apply }}${close}`;
  }
  if (ROLE.test(header))
    return applyColumn ? linkedText(samples, "title", void 0, "") : linkedText(samples, "title", "apply", apply);
  if (/location|where|city/i.test(header)) return "{{ location }}";
  if (isAgeColumn(header, samples)) return ageGuess(column.ages);
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
function imageButtons(sample) {
  const { open, inner, close } = wrapped(sample);
  const buttons = [];
  const between = [];
  for (let rest = inner; rest !== ""; ) {
    const found = BUTTONS.map((pattern) => pattern.exec(rest)).find((each) => each !== null);
    const button = found && buttonOf(found);
    if (!button) return void 0;
    buttons.push(button);
    rest = rest.slice(found[0].length);
    const space = /^\s*/.exec(rest)[0];
    if (space.length < rest.length) between.push(space);
    rest = rest.slice(space.length);
  }
  if (buttons.length === 0) return void 0;
  return { open: liquidText(open), close: liquidText(close), buttons, between };
}
function buttonOf(found) {
  const { text, image, img, href: written = "" } = found.groups;
  const href = found[0].startsWith("<") ? hrefs(fromHtml(found[0], { fragment: true }))[0] ?? "" : written;
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
  return args === void 0 ? void 0 : { href, args };
}
function secondButton(cells, tracking, url, records) {
  const parsed = cells.map(imageButtons).filter((each) => each !== void 0);
  const pairs2 = parsed.filter((each) => each.buttons.length === 2);
  if (pairs2.length === 0) return void 0;
  const singles = parsed.filter((each) => each.buttons.length === 1);
  const pair = mostCommon(pairs2);
  const single = singles.length > 0 ? mostCommon(singles) : void 0;
  const posting = (args) => `{{ ${url} | image_link: ${args} }}`;
  const [first, second] = pair.buttons;
  const singleCell = single ? `${single.open}${posting(single.buttons[0].args)}${single.close}` : `${pair.open}${posting(first.args)}${pair.close}`;
  const pairCell = (address) => `${pair.open}${posting(first.args)}${liquidText(pair.between[0] ?? "")}{{ ${address} | image_link: ${second.args} }}${pair.close}`;
  const addresses = new Set(pairs2.map((each) => each.buttons[1].href));
  const constant = liquidArguments([...addresses]);
  if (singles.length === 0 && addresses.size === 1 && constant) return pairCell(constant);
  const derived = derivedAddress(
    pairs2.map((each) => each.buttons[1].href),
    records
  );
  if (derived) {
    const chosen = derived.records;
    const others = records.filter((record) => !chosen.includes(record));
    const by = chooser(chosen, others, postingsOf(singles, tracking), derived.field, second.href);
    if (by) return `{% if ${by} %}${pairCell(derived.address)}{% else %}${singleCell}{% endif %}`;
    if (singles.length === 0) return pairCell(derived.address);
  }
  const whens = parsed.flatMap((each) => {
    if (each.buttons.length !== 2) return [];
    const key = liquidArguments([withoutQuery(each.buttons[0].href, tracking)]);
    const value = liquidArguments([each.buttons[1].href]);
    return key && value ? [`{% when ${key} %}{% assign second = ${value} %}`] : [];
  });
  return `{% assign second = "" %}{% case url %}${[...new Set(whens)].join("")}{% endcase %}{% if second != "" %}${pairCell("second")}{% else %}${singleCell}{% endif %}`;
}
function listingRecords(given) {
  const list = Array.isArray(given) ? given : [];
  return list.filter(
    (each) => typeof each === "object" && each !== null && !Array.isArray(each)
  );
}
function derivedAddress(addresses, records) {
  if (records.length === 0 || addresses.length < 2) return void 0;
  const before = commonPrefix(addresses);
  const after = commonPrefix(
    addresses.map((each) => [...each.slice(before.length)].reverse().join(""))
  );
  const tail = [...after].reverse().join("");
  const middles = addresses.map((each) => each.slice(before.length, each.length - tail.length));
  if (middles.some((middle) => middle === "")) return void 0;
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))];
  for (const field of fields) {
    if (!/^[a-z_][\w]*$/i.test(field)) continue;
    const byValue = new Map(records.map((record) => [fieldText(record[field]), record]));
    const found = middles.map((middle) => byValue.get(middle));
    if (found.some((record) => record === void 0)) continue;
    const pieces = [
      before ? ` | prepend: ${liquidArguments([before]) ?? ""}` : "",
      tail ? ` | append: ${liquidArguments([tail]) ?? ""}` : ""
    ];
    if (pieces.some((piece) => piece.endsWith(": "))) return void 0;
    return { field, address: `${field}${pieces.join("")}`, records: found };
  }
  return void 0;
}
function chooser(chosen, others, single, field, address) {
  const singles = others.filter(
    (record) => Object.values(record).some((value) => single.has(fieldText(value)))
  );
  const found = [];
  for (const key of Object.keys(chosen[0] ?? {})) {
    if (key === field || !/^[a-z_][\w]*$/i.test(key)) continue;
    const value = chosen[0][key];
    if (typeof value !== "string" || value === "") continue;
    if (!chosen.every((record) => record[key] === value)) continue;
    if (singles.some((record) => record[key] === value)) continue;
    if (!others.some((record) => record[key] !== value)) continue;
    const literal2 = liquidArguments([value]);
    if (literal2) found.push({ key, value, literal: literal2 });
  }
  const named = found.find((each) => address.toLowerCase().includes(each.value.toLowerCase()));
  const best = named ?? found[0];
  return best && `${best.key} == ${best.literal}`;
}
function postingsOf(singles, tracking) {
  return new Set(singles.map((each) => withoutQuery(each.buttons[0].href, tracking)));
}
function withoutQuery(href, tracking) {
  if (!tracking) return href;
  for (const mark of ["?", "&"])
    if (href.endsWith(mark + tracking)) return href.slice(0, -(tracking.length + 1));
  return href;
}
var fieldText = (value) => typeof value === "string" ? value : typeof value === "number" ? String(value) : "\0";
function commonPrefix(texts) {
  const [first = ""] = texts;
  let length = 0;
  while (length < first.length && texts.every((text) => text[length] === first[length])) length += 1;
  return first.slice(0, length);
}
function mostCommon(cells) {
  const key = (each) => JSON.stringify([each.open, each.close, each.between, each.buttons.map((button) => button.args)]);
  const counts = /* @__PURE__ */ new Map();
  for (const each of cells) counts.set(key(each), (counts.get(key(each)) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return cells.find((each) => counts.get(key(each)) === most);
}
var BUTTONS = [
  /^\[!\[(?<text>[^\]]*)\]\((?<image>[^)\s]+)\)\]\((?<href>[^)\s]+)\)/,
  /^<a\s[^>]*\bhref="[^"]*"[^>]*>\s*(?<img><img\s[^>]*>)\s*<\/a\s*>/i,
  /^\[\s*(?<img><img\s[^>]*>)\s*\]\((?<href>[^)\s]+)\)/i
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
function hrefs(node) {
  return node.children.flatMap((child) => {
    if (child.type !== "element") return [];
    const href = child.tagName === "a" ? child.properties.href : void 0;
    return [...typeof href === "string" ? [href] : [], ...hrefs(child)];
  });
}
var isRepeatMark = (sample) => /^[↳⤷↪]$/u.test(sample.trim());
export {
  boardsFileWith,
  trackingQuery
};
