import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  cellEdges,
  gfmTree
} from "./chunk-3C3LAPTG.js";
import {
  encodedLink
} from "./chunk-DRQNNRXV.js";

// src/render/markdown.ts
function toMarkdown(tree) {
  return tree.type === "table" ? tableMarkdown(tree) : tree.children.map(block).join("\n\n");
}
var PADDED = { edges: true, lead: [" "], trail: [" "] };
function pipeLayout(lines) {
  const [header, ...body] = lines;
  const sample = (body.length ? body : header === void 0 ? [] : [header]).map(lineLayout);
  if (sample.length === 0) return PADDED;
  const shape = (line) => `${line.edges} ${line.lead.length}`;
  const common = mostCommon(sample.map(shape)).value;
  const rows = sample.filter((line) => shape(line) === common);
  const first = rows[0];
  const blanks = first.lead.map((_, index) => {
    const written = rows.filter((line) => !line.empty[index]);
    const key = mostCommon(written.map((line) => `${line.lead[index]}|${line.trail[index]}`))?.value;
    return key === void 0 ? [first.lead[index], first.trail[index]] : key.split("|");
  });
  const layout = {
    edges: first.edges,
    lead: blanks.map(([lead]) => lead),
    trail: blanks.map(([, trail]) => trail)
  };
  const alike = rows.filter(
    (line) => line.lead.every(
      (lead, index) => line.empty[index] || lead === layout.lead[index] && line.trail[index] === layout.trail[index]
    )
  );
  if (alike.length * 2 > sample.length) return { ...layout, written: true };
  const edged = sample.filter((layout2) => layout2.edges).length;
  return { ...PADDED, edges: edged * 2 >= sample.length };
}
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  let top;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (top === void 0 || count > top.count) top = { value, count };
  }
  return top;
}
function lineLayout(row) {
  const line = row.trim();
  const edges = line.startsWith("|");
  const cells = line.split(/(?<!\\)\|/);
  if (edges) cells.shift();
  if (edges && cells.length > 1 && cells.at(-1) === "") cells.pop();
  const lead = cells.map((cell, index) => index > 0 || edges ? leadingBlanks(cell) : "");
  const trail = cells.map(
    (cell, index) => index < cells.length - 1 || edges ? trailingBlanks(cell) : ""
  );
  if (!edges && cells.length > 1) {
    lead[0] = lead[1];
    trail[cells.length - 1] = trail[cells.length - 2];
  }
  return { edges, lead, trail, empty: cells.map((cell) => leadingBlanks(cell) === cell) };
}
function leadingBlanks(text2) {
  let end = 0;
  while (isBlank(text2.charCodeAt(end))) end++;
  return text2.slice(0, end);
}
function trailingBlanks(text2) {
  let start = text2.length;
  while (start > 0 && isBlank(text2.charCodeAt(start - 1))) start--;
  return text2.slice(start);
}
function isBlank(code) {
  return code === 32 || code === 9;
}
function tableLines(table, layout = PADDED) {
  const [head, ...body] = table.children;
  if (!head) throw new Error("A table needs a header row.");
  const delimiters = table.data?.delimiterRow ?? head.children.map((_, index) => delimiter(table.align?.[index]));
  const header = cellTexts(head);
  const rows = body.map(cellTexts);
  const spaced = ownBlanksOut(layout, rows.length ? rows : [header]);
  const rowLayout = (cells) => spaced.edges || edgeless(cells) ? spaced : { ...spaced, edges: true };
  return {
    head: [pipeLine(header, rowLayout(header)), pipeLine(delimiters, rowLayout(header))],
    body: rows.map((cells) => pipeLine(cells, rowLayout(cells)))
  };
}
function ownBlanksOut(layout, rows) {
  if (!layout.written) return layout;
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const most = (side, index) => {
    const cells = rows.map((row) => row[index] ?? "").filter((cell) => cell !== "");
    const blanks = cells.map(side === 0 ? leadingBlanks : trailingBlanks);
    const top = mostCommon(blanks);
    return top && top.count * 2 > cells.length ? top.value : "";
  };
  const at = (blanks, index) => blanks[Math.min(index, blanks.length - 1)] ?? " ";
  const lead = Array.from({ length: columns }, (_, index) => {
    const [blanks, own] = [at(layout.lead, index), most(0, index)];
    return blanks.endsWith(own) ? blanks.slice(0, blanks.length - own.length) : blanks;
  });
  const trail = Array.from({ length: columns }, (_, index) => {
    const [blanks, own] = [at(layout.trail, index), most(1, index)];
    return blanks.startsWith(own) ? blanks.slice(own.length) : blanks;
  });
  return columns ? { edges: layout.edges, lead, trail } : layout;
}
function tableMarkdown(table) {
  const { head, body } = tableLines(table);
  return [...head, ...body].join("\n");
}
function delimiter(align) {
  return align === "left" ? ":-" : align === "right" ? "-:" : align === "center" ? ":-:" : "-";
}
function cellTexts(row) {
  let dollars = 0;
  for (const { children } of row.children) dollars += dollarsIn(children);
  const place = lineOf(CELL, dollars);
  const cells = WRITTEN_CELLS[place.dollars ? 0 : 1];
  return row.children.map(({ children }) => {
    let written = cells.get(children);
    if (written === void 0) {
      const content = phrasing(children, place);
      const [lead, trail] = cellBlanks(children);
      written = content === "" ? "" : `${lead}${content}${trail}`;
      cells.set(children, written);
    }
    return written;
  });
}
function dollarsIn(nodes) {
  let count = 0;
  for (const node of nodes) {
    if (node.type === "text" || node.type === "html") count += dollarCount(node.value);
    else if (node.type === "image" || node.type === "imageReference")
      count += dollarCount(node.alt ?? "");
    else if ("children" in node) count += dollarsIn(node.children);
  }
  return count;
}
function dollarCount(text2) {
  let count = 0;
  for (let at = text2.indexOf("$"); at !== -1; at = text2.indexOf("$", at + 1)) count++;
  return count;
}
var WRITTEN_CELLS = [
  /* @__PURE__ */ new WeakMap(),
  /* @__PURE__ */ new WeakMap()
];
function cellBlanks(children) {
  const [lead = "", trail = ""] = children.length ? cellEdges(children).split("\0") : [];
  return [blank(lead), blank(trail)];
}
function edgeless(cells) {
  return cells.length > 1 && cells.at(-1) !== "" && new RegExp("^(?:[\\p{L}[!\\\\&]|\\p{N}(?!\\p{N}*[.)]))", "u").test(cells[0] ?? "");
}
function pipeLine(cells, layout) {
  const at = (blanks, index) => blanks[Math.min(index, blanks.length - 1)] ?? " ";
  const last = cells.length - 1;
  const line = cells.map((cell, index) => {
    const lead = index > 0 || layout.edges ? at(layout.lead, index) : "";
    const trail = index < last || layout.edges ? at(layout.trail, index) : "";
    return cell === "" ? lead && trail ? lead : "" : `${lead}${cell}${trail}`;
  }).join("|");
  return layout.edges ? `|${line}|` : line;
}
function blank(edge) {
  return /^[ \t]*$/.test(edge) ? edge : "";
}
function valueText(value, lineStart) {
  const place = { cell: true, heading: true, lineStart, trimmed: false, dollars: true };
  return text(value, { place, first: true, last: true, afterBreak: false, next: void 0 });
}
function valueDestination(value) {
  return value === "" ? "" : destination({ type: "link", url: value, children: [] }, CELL);
}
function block(node) {
  switch (node.type) {
    case "paragraph":
      return phrasing(node.children, lineOf(PARAGRAPH, dollarsIn(node.children)));
    case "heading":
      return heading(node);
    case "code":
      return codeBlock(node);
    case "table":
      return tableMarkdown(node);
    case "html":
      return node.value;
    default:
      return unsupported(node);
  }
}
function heading(node) {
  const place = lineOf(HEADING, dollarsIn(node.children));
  return `${"#".repeat(node.depth)} ${phrasing(node.children, place)}`;
}
function codeBlock(node) {
  const fence = "`".repeat(Math.max(3, longestRun(node.value, "`") + 1));
  return `${fence}${node.lang ?? ""}
${node.value}
${fence}`;
}
var PARAGRAPH = {
  cell: false,
  heading: false,
  lineStart: true,
  trimmed: true,
  dollars: true
};
var CELL = { cell: true, heading: false, lineStart: false, trimmed: false, dollars: true };
var HEADING = {
  cell: false,
  heading: true,
  lineStart: false,
  trimmed: true,
  dollars: true
};
function lineOf(place, dollars) {
  if (dollars > 1) return place;
  let lone = LONE_DOLLAR.get(place);
  if (!lone) LONE_DOLLAR.set(place, lone = { ...place, dollars: false });
  return lone;
}
var LONE_DOLLAR = /* @__PURE__ */ new Map();
function phrasing(nodes, place) {
  const children = mergedText(nodes);
  let markdown = "";
  let encodeNext = false;
  let written = "";
  for (const [index, node] of children.entries()) {
    const previous = children[index - 1];
    const next = children[index + 1];
    const at = {
      place,
      first: previous === void 0,
      last: next === void 0,
      afterBreak: previous?.type === "break",
      next
    };
    if (node.type === "strong" || node.type === "emphasis") {
      const marker = attentionMarker(node.type, isAttention(previous) ? written : "");
      const content = phrasing(node.children, nested(place));
      if (previous?.type === "text" && blocksMarker(markdown.at(-1), content[0], marker))
        markdown = encodeLast(markdown);
      encodeNext = next?.type === "text" && blocksMarker(next.value[0], content.at(-1), marker);
      markdown += marker + content + marker;
      written = marker;
      continue;
    }
    const part = inline(node, at);
    markdown += encodeNext && node.type === "text" ? encodeFirst(part) : part;
    encodeNext = false;
    if (isShortcut(node) && next?.type === "text" && next.value.startsWith("(")) markdown += "\\";
  }
  return markdown;
}
function attentionMarker(type, before) {
  const marker = type === "strong" ? "**" : "_";
  if (before[0] !== marker[0]) return marker;
  return type === "strong" ? "__" : "*";
}
function isShortcut(node) {
  return (node.type === "linkReference" || node.type === "imageReference") && node.referenceType === "shortcut";
}
function isAttention(node) {
  return node?.type === "strong" || node?.type === "emphasis";
}
function mergedText(nodes) {
  const merged = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (isEmpty(node)) continue;
    if (node.type === "text" && last?.type === "text")
      merged[merged.length - 1] = { type: "text", value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}
function isEmpty(node) {
  if (node.type === "text") return node.value === "";
  return isAttention(node) && node.children.every(isEmpty);
}
function inline(node, at) {
  const { place } = at;
  switch (node.type) {
    case "text":
      return text(node.value, at);
    case "link":
      if (isBare(node, at)) return node.url;
      return `[${phrasing(node.children, label(place))}](${destination(node, place)})`;
    case "image":
      return `![${phrasing([{ type: "text", value: node.alt ?? "" }], label(place))}](${destination(node, place)})`;
    case "linkReference":
      return node.referenceType === "full" ? `[${phrasing(node.children, label(place))}][${node.label ?? ""}]` : referenceLabel(node);
    case "imageReference":
      return node.referenceType === "full" ? `![${phrasing([{ type: "text", value: node.alt ?? "" }], label(place))}][${node.label ?? ""}]` : `!${referenceLabel(node)}`;
    case "inlineCode":
      return inlineCode(node, place);
    case "html":
      return place.cell ? node.value.replaceAll("|", "\\|") : node.value;
    case "break":
      return place.cell || place.heading ? "<br>" : "  \n";
    default:
      return unsupported(node);
  }
}
function isBare(node, { place, first, last }) {
  if (place !== CELL && place !== lineOf(CELL, 0) || !first || !last || node.title) return false;
  if (!node.children.every((child) => child.type === "text" || isLinkBreak(child))) return false;
  const shown = node.children.map((child) => child.type === "text" ? child.value : "").join("");
  if (shown !== node.url || !/^(?:https?:\/\/|www\.)[^\s|<>\\`]+$/i.test(shown)) return false;
  const [paragraph, ...rest] = gfmTree(shown).children;
  const [linked, ...after] = paragraph?.type === "paragraph" ? paragraph.children : [];
  return rest.length === 0 && after.length === 0 && linked?.type === "link" && linked.url === node.url && linked.children.length === 1 && linked.children[0]?.type === "text" && linked.children[0].value === shown;
}
var isLinkBreak = (node) => node.type === "html" && node.value === "<!-- -->";
function referenceLabel({ referenceType, label: label2 }) {
  return `[${label2 ?? ""}]${referenceType === "collapsed" ? "[]" : ""}`;
}
function nested(place) {
  return { ...place, lineStart: false, trimmed: true };
}
function label(place) {
  return { ...place, lineStart: false, trimmed: false };
}
function text(value, at) {
  const { place } = at;
  let markdown = value.replace(
    place.cell ? CELL_SYNTAX : SYNTAX,
    (character, offset) => escaped(character, value, offset, at)
  );
  if (place.trimmed && at.last && /\s$/u.test(markdown)) markdown = encodeLast(markdown);
  if (place.heading && at.last && markdown.endsWith("#")) markdown = `${markdown.slice(0, -1)}\\#`;
  if ((place.trimmed && at.first || at.afterBreak) && /^\s/u.test(markdown))
    return encodeFirst(markdown);
  if (place.lineStart && at.first || at.afterBreak) return blockStartEscaped(markdown);
  return markdown;
}
var SYNTAX = /\r\n?|[\\`*_[\]~$&<!\n]/g;
var CELL_SYNTAX = /\r\n?|[\\`*_[\]~$&<!\n|]/g;
var CHARACTER_REFERENCE = /&#?[A-Za-z0-9]+;/y;
function escaped(character, value, offset, at) {
  const following = value[offset + 1];
  switch (character) {
    case "\r":
    case "\r\n":
    case "\n":
      return "&#xA;";
    case "&":
      CHARACTER_REFERENCE.lastIndex = offset;
      return CHARACTER_REFERENCE.test(value) ? "\\&" : "&";
    case "<":
      return following === void 0 || /[!/?A-Za-z]/.test(following) ? "\\<" : "<";
    case "!":
      return following === void 0 && ["link", "image", "linkReference", "imageReference"].includes(at.next?.type ?? "") ? "\\!" : "!";
    case "\\":
      return following !== void 0 && /[\p{L}\p{N}]/u.test(following) ? "\\" : "\\\\";
    case "$":
      return at.place.dollars ? "\\$" : "$";
    default:
      return `\\${character}`;
  }
}
function blockStartEscaped(markdown) {
  if (/^[#>+\-=|:]/.test(markdown)) return `\\${markdown}`;
  const list = /^\d{1,9}[.)]/.exec(markdown);
  return list ? `${list[0].slice(0, -1)}\\${markdown.slice(list[0].length - 1)}` : markdown;
}
var WHITESPACE_OR_PUNCTUATION = /[\t\n\f\r\p{Zs}!-/:-@[-`{-~\p{P}]/u;
function blocksMarker(outside, inside, marker) {
  if (outside === void 0 || WHITESPACE_OR_PUNCTUATION.test(outside)) return false;
  return marker.startsWith("_") || inside === void 0 || !/[\p{L}\p{N}]/u.test(inside);
}
function destination(node, place) {
  const url = node.url === "" ? "<>" : node.url.replace(URL_SYNTAX, escapedInUrl(place.cell));
  if (!node.title) return url;
  const title = node.title.replace(/["\\]/g, "\\$&").replace(REFERENCE_AMPERSAND, "&amp;").replace(/\|/g, place.cell ? "\\|" : "|");
  return `${url} "${title}"`;
}
var URL_SYNTAX = /[\p{Cc} ]|[\\()<>|]|&(?=#?[A-Za-z0-9]+;)/gu;
var REFERENCE_AMPERSAND = /&(?=#?[A-Za-z0-9]+;)/g;
function escapedInUrl(cell) {
  return (character) => {
    if (/[\p{Cc} ]/u.test(character)) return encodedLink(character);
    if (character === "|") return cell ? "\\|" : "|";
    if (character === "&") return "&amp;";
    return `\\${character}`;
  };
}
function inlineCode(node, place) {
  let value = node.value.replace(/\r\n|\r|\n/g, " ");
  if (place.cell) value = value.replaceAll("|", "\\|");
  const fence = "`".repeat(longestRun(value, "`") + 1);
  const padded = /^`|`$|^ .*[^ ].* $/.test(value) ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}
function longestRun(value, character) {
  let longest = 0;
  let run = 0;
  for (const each of value) {
    run = each === character ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
function encodeFirst(markdown) {
  const first = markdown.codePointAt(0);
  if (first === void 0) return markdown;
  return reference(String.fromCodePoint(first)) + markdown.slice(first > 65535 ? 2 : 1);
}
function encodeLast(markdown) {
  const last = markdown.at(-1);
  if (last === void 0) return markdown;
  const pair = /[\uDC00-\uDFFF]/.test(last) && /[\uD800-\uDBFF]/.test(markdown.at(-2) ?? "");
  const length = pair ? 2 : 1;
  const head = markdown.slice(0, -length);
  const backslashes = /\\*$/.exec(head)[0].length;
  return head + (backslashes % 2 === 1 ? "\\" : "") + reference(markdown.slice(-length));
}
function reference(character) {
  return `&#x${character.codePointAt(0).toString(16).toUpperCase()};`;
}
function unsupported(node) {
  throw new Error(`The Markdown writer has no rule for a ${node.type} node.`);
}

export {
  toMarkdown,
  pipeLayout,
  tableLines,
  valueText,
  valueDestination
};
