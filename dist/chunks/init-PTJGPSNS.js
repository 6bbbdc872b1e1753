import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BananaSlug,
  blockTokens,
  markedZones,
  openingsZone,
  splitLines
} from "./chunk-WQ5JWRJK.js";
import {
  gfmTree,
  toString
} from "./chunk-H4YV2BQW.js";
import {
  fromHtml
} from "./chunk-2A25SXAH.js";
import "./chunk-O2HGBT5T.js";
import {
  toHtml
} from "./chunk-IIBYAI2Q.js";
import "./chunk-NW4CZ3SL.js";
import {
  errors
} from "./chunk-MANOEFDL.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";

// src/init/blocks.ts
function readmeBlocks(readme) {
  const source = readme.replace(/^\uFEFF/, "");
  const lines = splitLines(source);
  const blocks = [];
  for (const token of blockTokens(readme)) {
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue;
    const [first, end] = token.map;
    const last = lines[end - 1];
    const text = source.slice(lines[first].start, last.end);
    const position = {
      start: { line: first + 1, column: 1 },
      end: { line: end, column: last.end - last.start + 1 }
    };
    const kind = token.type.replace(/_open$/, "");
    if (kind === "html_block") blocks.push({ type: "html", value: text, position });
    else if (kind === "heading" || kind === "table") {
      const node = parsed(text, first).find((child) => child.type === kind);
      blocks.push(node ?? { type: "other", position });
    } else if (kind === "paragraph") {
      let read;
      const paragraphText = () => read ??= toString(gfmTree(text)).trim();
      blocks.push({ type: "paragraph", position, text: paragraphText });
    } else blocks.push({ type: "other", position });
  }
  return blocks;
}
function parsed(text, first) {
  const children = gfmTree(text).children;
  const move = (node) => {
    if (node.position) {
      node.position.start = {
        line: node.position.start.line + first,
        column: node.position.start.column
      };
      node.position.end = { line: node.position.end.line + first, column: node.position.end.column };
    }
    for (const child of node.children ?? []) move(child);
  };
  for (const child of children) move(child);
  return children;
}

// src/init/tables.ts
var SAMPLE_ROWS = 20;
var LISTING_ROWS = 5;
var JOBS_HEADING = /internships?|positions|roles|openings|jobs/i;
var OPENINGS_HEADING = /openings|jobs/i;
var TABLE_START = /\bTABLE((?:_[A-Z\d]+)*?)_START\b/;
var TABLE_END = /\bTABLE((?:_[A-Z\d]+)*?)_END\b/;
var COMPANY = /\b(company|employer|organi[sz]ation)\b/i;
var ROLE = /\b(role|title|position|job)\b/i;
function openingsTables(blocks, lines) {
  const tables = tableBlocks(blocks, lines);
  const between = betweenComments(blocks, tables);
  if (between.length > 0) return grouped(blocks, between);
  const names = (table, pattern) => table.headers.some((header) => pattern.test(header));
  const listing = (table) => names(table, COMPANY) && names(table, ROLE);
  const underJobs = underJobsHeading(tables, listing);
  if (underJobs) return grouped(blocks, [underJobs]);
  const both = tables.filter(listing);
  if (both.length > 0) return grouped(blocks, both);
  const either = tables.filter((table) => names(table, COMPANY) || names(table, ROLE));
  if (either.length > 0) return grouped(blocks, either);
  return grouped(
    blocks,
    tables.filter((table) => table.rows >= LISTING_ROWS && JOBS_HEADING.test(table.heading))
  );
}
function grouped(blocks, tables) {
  const groups = [];
  for (const table of tables) {
    const previous = groups.at(-1);
    const same = previous !== void 0 && !previous.folded && previous.format === table.format && previous.headers.join("\0") === table.headers.join("\0");
    const between = same ? blocks.slice(previous.lastIndex + 1, table.index) : [];
    const closing = blocks[table.lastIndex + 1];
    const unclearEnd = previous?.unclearEnd ?? table.unclearEnd;
    if (same && between.length === 0)
      Object.assign(previous, { last: table.last, lastIndex: table.lastIndex, unclearEnd });
    else if (same && between.length === 1 && DETAILS_OPENING.test(htmlOf(between[0])) && DETAILS_CLOSING.test(htmlOf(closing)))
      Object.assign(previous, {
        last: line(closing, "end"),
        lastIndex: table.lastIndex + 1,
        endsInHtml: true,
        folded: true,
        unclearEnd: unclearEnd ?? textAfter(
          closing,
          DETAILS_CLOSING.exec(htmlOf(closing))[0].length,
          "the </details> of its closed roles"
        )
      });
    else groups.push({ ...table });
  }
  return groups.map(
    ({ index: _index, lastIndex: _last, rows: _rows, folded: _folded, ...table }) => table
  );
}
var DETAILS_OPENING = /^\s*<details(?:\s[^>]*)?>\s*(?:<summary(?:\s[^>]*)?>[^]*?<\/summary\s*>\s*)?$/i;
var DETAILS_CLOSING = /^\s*<\/details\s*>/i;
function textAfter(block, end, closer) {
  const value = htmlOf(block);
  const rest = value.slice(end);
  const at = rest.search(/\S/);
  if (at < 0) return void 0;
  const before = value.slice(0, end + at);
  const text = rest.slice(at).split(/\r\n|\r|\n/)[0].trim();
  return {
    line: line(block, "start") + (before.match(/\r\n|\r|\n/g)?.length ?? 0),
    closer,
    text: text.length > 60 ? `${text.slice(0, 59)}\u2026` : text
  };
}
function allTables(blocks, lines) {
  return tableBlocks(blocks, lines).map(
    ({ index: _index, lastIndex: _last, rows: _rows, ...table }) => table
  );
}
function zoneNames(tables) {
  if (tables.length === 1) return [void 0];
  const words = tables.map(
    (table) => new BananaSlug().slug(table.heading).split("-").filter((word) => word !== "")
  );
  let common = 0;
  while (words.every((each) => each.length > common + 1) && words.every((each) => each.at(-1 - common) === words[0].at(-1 - common)))
    common += 1;
  const slugger = new BananaSlug();
  return words.map((each, index) => {
    const name = each.slice(0, each.length - common).join("-");
    return slugger.slug(name === "" ? `table-${index + 1}` : name);
  });
}
function tableBlocks(blocks, lines) {
  const found = [];
  let heading = "";
  for (const [index, block] of blocks.entries()) {
    if (block.type === "heading") heading = toString(block).trim();
    else if (block.type === "table")
      found.push({
        ...pipeTable(block, lines, heading),
        index,
        lastIndex: index,
        rows: block.children.length - 1
      });
    else if (block.type === "html" && /^\s*<table[\s>]/i.test(block.value))
      found.push(htmlTable(blocks, index, heading));
  }
  return found;
}
function pipeTable(table, lines, heading) {
  const first = line(table, "start");
  const [header, ...body] = table.children;
  return {
    first,
    last: line(table, "end"),
    format: "pipe",
    headers: (header?.children ?? []).map((cell) => sourceOf(cell, lines)),
    delimiters: delimiterCells(lines[first] ?? ""),
    heading,
    columnLinks: (header?.children ?? []).map(
      (_, column) => body.flatMap((row) => linksOf(row.children[column]).slice(0, 1))
    ),
    samples: (header?.children ?? []).map(
      (_, column) => body.slice(0, SAMPLE_ROWS).map((row) => {
        const cell = row.children[column];
        return cell ? sourceOf(cell, lines) : "";
      })
    ),
    endsInHtml: false
  };
}
function sourceOf(cell, lines) {
  const start = cell.children[0]?.position?.start;
  const end = cell.children.at(-1)?.position?.end;
  if (!start || !end || start.line !== end.line) return toString(cell).trim();
  return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1).trim();
}
function delimiterCells(row) {
  return row.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
}
function htmlTable(blocks, index, heading) {
  let depth = 0;
  let end = index;
  let closed;
  for (; end < blocks.length && blocks[end].type === "html"; end += 1) {
    for (const tag of htmlOf(blocks[end]).matchAll(TABLE_TAG)) {
      depth += tag[1] === "/" ? -1 : 1;
      if (depth === 0) {
        closed = tag.index + tag[0].length;
        break;
      }
    }
    if (closed !== void 0) break;
  }
  const unclearEnd = closed === void 0 ? {
    line: line(blocks[index], "start"),
    ...end < blocks.length ? { before: line(blocks[end], "start") } : {}
  } : textAfter(blocks[end], closed, "the table's </table>");
  if (closed === void 0) end -= 1;
  const html = blocks.slice(index, end + 1).map((block) => htmlOf(block)).join("\n");
  const tree = fromHtml(html, { fragment: true });
  const cells = elements(tree).filter((element) => element.tagName === "th");
  const rows = elements(tree).filter((element) => element.tagName === "tr").map(
    (row) => row.children.filter(
      (cell) => cell.type === "element" && cell.tagName === "td"
    )
  ).filter((row) => row.length > 0);
  return {
    first: line(blocks[index], "start"),
    last: line(blocks[end], "end"),
    format: "html",
    headers: cells.map((cell) => textOf(cell).trim()),
    delimiters: cells.map(() => ""),
    heading,
    columnLinks: cells.map(
      (_, column) => rows.flatMap((row) => row[column] ? hrefs(row[column]).slice(0, 1) : [])
    ),
    samples: cells.map(
      (_, column) => rows.slice(0, SAMPLE_ROWS).map((row) => {
        const cell = row[column];
        return cell ? toHtml(cell.children).trim() : "";
      })
    ),
    align: cells.map((cell) => alignOf(cell)),
    endsInHtml: true,
    ...unclearEnd ? { unclearEnd } : {},
    index,
    lastIndex: end,
    rows: rows.length
  };
}
var TABLE_TAG = /<(\/?)table(?=[\s>/])[^>]*>/gi;
function alignOf(cell) {
  const given = String(cell.properties.align ?? "").toLowerCase();
  return given === "left" || given === "center" || given === "right" ? given : null;
}
function htmlOf(block) {
  return block?.type === "html" ? block.value : "";
}
function elements(node) {
  return node.children.flatMap(
    (child) => child.type === "element" ? [child, ...elements(child)] : []
  );
}
function textOf(node) {
  return node.children.map(
    (child) => child.type === "text" ? child.value : child.type === "element" ? textOf(child) : ""
  ).join("");
}
function linksOf(node) {
  if (node === void 0) return [];
  if (node.type === "link") return [node.url ?? ""];
  if (node.type === "html") return hrefs(fromHtml(node.value ?? "", { fragment: true }));
  return (node.children ?? []).flatMap((child) => linksOf(child));
}
function hrefs(node) {
  return elements(node).filter((element) => element.tagName === "a" && typeof element.properties.href === "string").map((element) => element.properties.href);
}
function betweenComments(blocks, tables) {
  const spans = [];
  for (const [start, block] of blocks.entries()) {
    const name = block.type === "html" ? TABLE_START.exec(block.value)?.[1] : void 0;
    if (name === void 0) continue;
    const end = blocks.findIndex(
      (other, index) => index > start && other.type === "html" && TABLE_END.exec(other.value)?.[1] === name
    );
    spans.push({ start, end: end < 0 ? blocks.length : end });
  }
  return tables.filter(
    (table) => spans.some(({ start, end }) => table.index > start && table.index < end)
  );
}
function underJobsHeading(tables, listing) {
  const under = tables.filter((table) => OPENINGS_HEADING.test(table.heading));
  return under.find(listing) ?? (tables.some(listing) ? void 0 : under[0]);
}
function line(node, edge) {
  return node.position[edge].line;
}

// src/init/init.ts
function initReadme(readme, options) {
  const blocks = parseBlocks(readme);
  const lines = splitLines(readme);
  const marked = markedZones(readme, options.prefix);
  const alreadyMarked = [...marked].some((zone) => zone.startsWith("openings"));
  const tables = alreadyMarked ? [] : openingsSpans(blocks, readme, lines, options);
  const updated = marked.has("updated") ? void 0 : updatedSpan(blocks, lines, readme);
  const found = [
    ...tables.map((table) => ({
      zone: openingsZone(table.zone),
      first: table.first,
      last: table.last,
      blankLine: table.blankLine
    })),
    updated,
    marked.has("stats") ? void 0 : statsSpan(blocks),
    marked.has("counts") || tables.length < 2 ? void 0 : countsSpan(blocks)
  ];
  const spans = found.filter((span) => span !== void 0).sort((a, b) => a.first - b.first);
  return {
    text: insertMarkers(readme, lines, spans, options.prefix),
    wrapped: spans.map((span) => span.zone),
    alreadyMarked,
    tables,
    ...updated?.template === void 0 ? {} : { updated: updated.template }
  };
}
var LAST_UPDATED_LINE = /^(?:<[^>]*>|[\s_*~])*last updated\b/i;
var STATS = /^(?:current stats|trending skills)\b/i;
var STATS_NOTE = /^note\b/i;
var COUNTS_HEADING = /^browse\b.*\bcategor/i;
function parseBlocks(readme) {
  return readmeBlocks(readme);
}
function openingsSpans(blocks, readme, lines, { line: line2, prefix }) {
  const texts = lines.map((each) => readme.slice(each.start, each.end));
  const tables = openingsTables(blocks, texts);
  const chosen = line2 === void 0 ? tables : allTables(blocks, texts).filter((table) => table.first <= line2 && line2 <= table.last);
  if (chosen.length === 0) throw errors.noOpeningsTable(prefix, line2);
  const unclear = chosen.find((table) => table.unclearEnd)?.unclearEnd;
  if (unclear) throw errors.tableEndUnclear(prefix, unclear);
  const zones = zoneNames(chosen);
  return chosen.map((table, index) => {
    const blankAfter = table.last < texts.length - 1 && texts[table.last].trim() === "";
    return {
      ...table,
      last: table.endsInHtml && blankAfter ? table.last + 1 : table.last,
      zone: zones[index],
      ...table.endsInHtml && !blankAfter ? { blankLine: true } : {}
    };
  });
}
function countsSpan(blocks) {
  const start = blocks.findIndex(
    (block) => block.type === "heading" && COUNTS_HEADING.test(toString(block).trim())
  );
  if (start < 0) return void 0;
  let end = start;
  while (blocks[end + 1]?.type === "paragraph") end += 1;
  if (end === start) return void 0;
  return { zone: "counts", first: startLine(blocks[start]), last: endLine(blocks[end]) };
}
function updatedSpan(blocks, lines, readme) {
  for (const block of blocks) {
    if (block.type !== "paragraph") continue;
    for (let line2 = startLine(block); line2 <= endLine(block); line2 += 1) {
      const { start, end } = lines[line2 - 1];
      const text = readme.slice(start, end);
      if (!LAST_UPDATED_LINE.test(text)) continue;
      if (DEFAULT_UPDATED.test(text)) return { zone: "updated", first: line2, last: line2 };
      const template = updatedTemplate(text);
      return { zone: "updated", first: line2, last: line2, ...template ? { template } : {} };
    }
  }
  return void 0;
}
var DEFAULT_UPDATED = /^<sub><small>[^<]*<\/small><\/sub>\s*$/;
var MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
var SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
var DATES = [
  [/(?<!\d)\d{4}-\d{2}-\d{2}(T| )\d{2}:\d{2}/, (match) => `%Y-%m-%d${match[1]}%H:%M`],
  [/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/, () => "%Y-%m-%d"],
  [dated(`(${MONTHS}) (\\d{1,2}), \\d{4}`), (match) => `%B ${day(match[2])}, %Y`],
  [dated(`(${SHORT_MONTHS}) (\\d{1,2}), \\d{4}`), (match) => `%b ${day(match[2])}, %Y`],
  [dated(`(\\d{1,2}) (${MONTHS}) \\d{4}`), (match) => `${day(match[1])} %B %Y`],
  [dated(`(\\d{1,2}) (${SHORT_MONTHS}) \\d{4}`), (match) => `${day(match[1])} %b %Y`],
  [
    dated("(\\d{1,2})/(\\d{1,2})/\\d{4}"),
    (match) => Number(match[1]) > 12 ? "%d/%m/%Y" : "%m/%d/%Y"
  ]
];
function dated(pattern) {
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "u");
}
var day = (written) => written.startsWith("0") ? "%d" : "%-d";
var TIME_AFTER = /^( at |, | )\d{1,2}:\d{2}( UTC)?/;
function updatedTemplate(line2) {
  for (const [pattern, strftime] of DATES) {
    const match = pattern.exec(line2);
    if (!match) continue;
    let format = strftime(match);
    let end = match.index + match[0].length;
    const time = format.includes("%H") ? null : TIME_AFTER.exec(line2.slice(end));
    if (time) {
      format += `${time[1]}%H:%M${time[2] ? " %Z" : ""}`;
      end += time[0].length;
    }
    const literal = (text) => /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text;
    return `${literal(line2.slice(0, match.index))}{{ now | date: "${format}" }}${literal(line2.slice(end).trimEnd())}`;
  }
  return void 0;
}
function statsSpan(blocks) {
  const isStats = (block) => block?.type === "paragraph" && STATS.test(block.text());
  const isNote = (block) => block?.type === "paragraph" && STATS_NOTE.test(block.text());
  const start = blocks.findIndex((block) => isStats(block));
  if (start === -1) return void 0;
  let end = start;
  while (isStats(blocks[end + 1]) || isNote(blocks[end + 1])) end += 1;
  return { zone: "stats", first: startLine(blocks[start]), last: endLine(blocks[end]) };
}
function insertMarkers(readme, lines, spans, prefix) {
  if (spans.length === 0) return readme;
  const eol = lines.find((line2) => line2.eol)?.eol ?? "\n";
  const lineStarts = lines.map(
    (line2, index) => index === 0 && readme.startsWith("\uFEFF") ? 1 : line2.start
  );
  const marker = (zone, edge) => `<!-- ${prefix}:${zone}:${edge} -->`;
  const insertions = [];
  for (const span of spans) {
    insertions.push({ at: lineStarts[span.first - 1], text: marker(span.zone, "start") + eol });
    const next = lineStarts[span.last];
    const end = (span.blankLine ? eol : "") + marker(span.zone, "end");
    insertions.push(
      next === void 0 ? { at: readme.length, text: eol + end } : { at: next, text: end + eol }
    );
  }
  insertions.sort((a, b) => a.at - b.at);
  let text = "";
  let copied = 0;
  for (const { at, text: inserted } of insertions) {
    text += readme.slice(copied, at) + inserted;
    copied = at;
  }
  return text + readme.slice(copied);
}
function startLine(node) {
  return node.position.start.line;
}
function endLine(node) {
  return node.position.end.line;
}
export {
  initReadme
};
