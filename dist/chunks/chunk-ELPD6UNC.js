import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gfmTableToMarkdown,
  toMarkdown
} from "./chunk-X3ARHONL.js";

// src/render/phrasing-markdown.ts
function phrasingMarkdown(nodes, place, { nested = false } = {}) {
  const parts = [];
  for (const [index, node] of nodes.entries()) {
    const part = phrasingNode(node, {
      place,
      nested,
      previous: nodes[index - 1],
      next: nodes[index + 1]
    });
    if (part === void 0) return void 0;
    parts.push(part);
  }
  for (const [index, node] of nodes.entries()) {
    if (!isAttention(node)) continue;
    const [previous, next] = [nodes[index - 1], nodes[index + 1]];
    if (previous && isAttention(previous) || next && isAttention(next)) return void 0;
    if (!formsOutside(parts[index - 1]?.at(-1)) || !formsOutside(parts[index + 1]?.[0]))
      return void 0;
  }
  return parts.join("");
}
function startsLine({ place, nested, previous }) {
  return place === "paragraph" && (previous === void 0 ? !nested : previous.type === "break");
}
function endsLine({ place, nested, next }) {
  return place === "paragraph" && (next === void 0 ? !nested : next.type === "break");
}
function breakFits({ place, nested, previous, next }) {
  return place === "paragraph" && !nested && previous !== void 0 && previous.type !== "break" && next !== void 0 && (next.type === "text" || isAttention(next));
}
function phrasingNode(node, at) {
  switch (node.type) {
    case "text":
      return text(node.value, at);
    case "html":
      return ONE_LINE_TAG.test(node.value) ? node.value : void 0;
    case "strong":
      return at.nested ? void 0 : attention("**", node.children, at.place);
    case "emphasis":
      return at.nested ? void 0 : attention("_", node.children, at.place);
    case "link":
      return at.place === "tableCell" ? link(node.url, node.title, node.children) : void 0;
    case "break":
      return breakFits(at) ? "  \n" : void 0;
    default:
      return void 0;
  }
}
function text(value, at) {
  if (!PLAIN_TEXT.test(value)) return void 0;
  if (startsLine(at) && !LETTER_FIRST.test(value)) return void 0;
  if (endsLine(at) && /\s$/u.test(value)) return void 0;
  if (at.previous?.type === "link" && value.startsWith("(")) return void 0;
  return at.place === "tableCell" ? value.replaceAll("|", "\\|") : value;
}
function attention(marker, children, place) {
  const content = phrasingMarkdown(children, place, { nested: true });
  if (!content || !ATTENTION_EDGE.test(content[0]) || !ATTENTION_EDGE.test(content.at(-1)))
    return void 0;
  return `${marker}${content}${marker}`;
}
function link(url, title, children) {
  if (title || !PLAIN_URL.test(url)) return void 0;
  const label = phrasingMarkdown(children, "tableCell", { nested: true });
  if (label === void 0 || label === url || `mailto:${label}` === url) return void 0;
  return `[${label}](${url.replace(CHARACTER_REFERENCE_START, "\\&")})`;
}
function isAttention(node) {
  return node.type === "strong" || node.type === "emphasis";
}
function formsOutside(character) {
  return character === void 0 || /^[\s!-/:-@[-`{-~]$/.test(character);
}
var PLAIN_TEXT = /^(?:[!&](?![#A-Za-z[]|$)|(?![!&<>*_`[\]\\~$])[\p{L}\p{M}\p{N}\p{Zs}\p{P}\p{S}])*$/u;
var LETTER_FIRST = new RegExp("^\\p{L}", "u");
var ONE_LINE_TAG = /^<[^\r\n]*>$/;
var ATTENTION_EDGE = /^[^\s\p{Z}]$/u;
var PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._:/?#@=%+,;&]*$/;
var CHARACTER_REFERENCE_START = /&(?=[#A-Za-z])/g;

// src/render/table-markdown.ts
function tableMarkdown(table, serializeTable) {
  const columns = table.children[0]?.children.length ?? 0;
  const regular = columns > 0 && table.align == null && table.children.every((row) => row.children.length === columns);
  if (!regular) return serializeTable(table);
  const cellMarkdown = (cell) => phrasingMarkdown(cell.children, "tableCell") ?? slowCell(cell, serializeTable);
  const [head, ...body] = table.children.map((row) => tableLine(row.children.map(cellMarkdown)));
  return [head, tableLine(new Array(columns).fill("-")), ...body].join("\n");
}
function tableLine(cells) {
  let line = "|";
  for (const cell of cells) line += cell === "" ? " |" : ` ${cell} |`;
  return line;
}
function slowCell(cell, serializeTable) {
  const markdown = serializeTable({
    type: "table",
    children: [{ type: "tableRow", children: [cell] }]
  });
  const firstLine = markdown.slice(0, markdown.indexOf("\n"));
  return firstLine === "| |" ? "" : firstLine.slice(2, -2);
}

// src/render/markdown.ts
function toMarkdown2(tree) {
  if (tree.type === "table") return tableMarkdown(tree, generalMarkdown);
  return paragraphsMarkdown(tree) ?? generalMarkdown(tree);
}
function paragraphsMarkdown(tree) {
  const paragraphs = [];
  for (const node of tree.children) {
    if (node.type !== "paragraph") return void 0;
    const markdown = phrasingMarkdown(node.children, "paragraph");
    if (!markdown) return void 0;
    paragraphs.push(markdown);
  }
  return paragraphs.length > 0 ? paragraphs.join("\n\n") : void 0;
}
function generalMarkdown(tree) {
  const markdown = toMarkdown(tree, {
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    emphasis: "_",
    strong: "*",
    handlers: { break: () => "  \n" },
    unsafe: GITHUB_UNSAFE
  });
  return markdown.replace(/\n$/, "");
}
var LITERAL_SPANS = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
var GITHUB_UNSAFE = [
  // cmark-gfm's strikethrough takes one or two tildes: `~x~`.
  { character: "~", inConstruct: "phrasing", notInConstruct: LITERAL_SPANS },
  // GitHub renders text between dollar signs as math: `$80k-$100k`.
  { character: "$", inConstruct: "phrasing", notInConstruct: LITERAL_SPANS }
];

export {
  toMarkdown2 as toMarkdown
};
