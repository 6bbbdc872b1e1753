import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  remarkGfm,
  remarkParse,
  unified
} from "./chunk-HQO744UE.js";
import "./chunk-KXMNWF4O.js";
import {
  escapeRegExp,
  splitLines,
  toString
} from "./chunk-LX4MGMR3.js";
import {
  errors
} from "./chunk-QTLBYEWR.js";
import "./chunk-HANBNIMK.js";

// src/init/init.ts
function initReadme(readme, options) {
  const blocks = parseBlocks(readme);
  const lines = splitLines(readme);
  const marked = markedZones(blocks, options.prefix);
  const found = [
    marked.has("openings") ? void 0 : openingsSpan(blocks, options),
    marked.has("updated") ? void 0 : updatedSpan(blocks, lines, readme),
    marked.has("stats") ? void 0 : statsSpan(blocks)
  ];
  const spans = found.filter((span) => span !== void 0).sort((a, b) => a.first - b.first);
  return {
    text: insertMarkers(readme, lines, spans, options.prefix),
    wrapped: spans.map((span) => span.zone),
    alreadyMarked: marked.has("openings")
  };
}
var LAST_UPDATED_LINE = /^(?:<[^>]*>|[\s_*~])*last updated\b/i;
var STATS = /^(?:current stats|trending skills)\b/i;
var STATS_NOTE = /^note\b/i;
var OPENINGS_HEADING = /openings|jobs/i;
function parseBlocks(readme) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readme);
  return tree.children;
}
function markedZones(blocks, prefix) {
  const marker = new RegExp(
    `^<!--\\s*${escapeRegExp(prefix)}:(openings|updated|stats):(?:start|end)\\s*-->$`
  );
  const zones = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    const match = block.type === "html" ? marker.exec(block.value.trim()) : null;
    if (match) zones.add(match[1]);
  }
  return zones;
}
function openingsSpan(blocks, { line, prefix }) {
  const table = line === void 0 ? tableAfterJobsHeading(blocks) : tableAtLine(blocks, line);
  if (!table) throw errors.noOpeningsTable(prefix, line);
  return { zone: "openings", first: startLine(table), last: endLine(table) };
}
function tableAfterJobsHeading(blocks) {
  const heading = blocks.findIndex(
    (block) => block.type === "heading" && OPENINGS_HEADING.test(toString(block))
  );
  if (heading === -1) return void 0;
  return blocks.slice(heading + 1).find((block) => block.type === "table");
}
function tableAtLine(blocks, line) {
  const table = blocks.find(
    (block) => block.type === "table" && startLine(block) <= line && line <= endLine(block)
  );
  return table;
}
function updatedSpan(blocks, lines, readme) {
  for (const block of blocks) {
    if (block.type !== "paragraph") continue;
    for (let line = startLine(block); line <= endLine(block); line += 1) {
      const { start, end } = lines[line - 1];
      if (LAST_UPDATED_LINE.test(readme.slice(start, end)))
        return { zone: "updated", first: line, last: line };
    }
  }
  return void 0;
}
function statsSpan(blocks) {
  const isStats = (block) => block?.type === "paragraph" && STATS.test(toString(block).trim());
  const isNote = (block) => block?.type === "paragraph" && STATS_NOTE.test(toString(block).trim());
  const start = blocks.findIndex((block) => isStats(block));
  if (start === -1) return void 0;
  let end = start;
  while (isStats(blocks[end + 1]) || isNote(blocks[end + 1])) end += 1;
  return { zone: "stats", first: startLine(blocks[start]), last: endLine(blocks[end]) };
}
function insertMarkers(readme, lines, spans, prefix) {
  if (spans.length === 0) return readme;
  const eol = lines.find((line) => line.eol)?.eol ?? "\n";
  const lineStarts = lines.map(
    (line, index) => index === 0 && readme.startsWith("\uFEFF") ? 1 : line.start
  );
  const marker = (zone, edge) => `<!-- ${prefix}:${zone}:${edge} -->`;
  const insertions = [];
  for (const span of spans) {
    insertions.push({ at: lineStarts[span.first - 1], text: marker(span.zone, "start") + eol });
    const next = lineStarts[span.last];
    insertions.push(
      next === void 0 ? { at: readme.length, text: eol + marker(span.zone, "end") } : { at: next, text: marker(span.zone, "end") + eol }
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
