import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CLOSED_MARK,
  ShownText
} from "./chunk-G7A3MPSX.js";
import "./chunk-YSYP7IYX.js";
import "./chunk-PNO3MMKA.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-EP3OOL2S.js";
import "./chunk-CZTF5UYL.js";
import "./chunk-BJ7SRJGV.js";
import {
  isElement,
  visit
} from "./chunk-UXCKR7FW.js";
import "./chunk-E7DBQUUY.js";
import {
  fromHtml
} from "./chunk-PXDBAQZJ.js";
import "./chunk-ORDJ2P46.js";
import "./chunk-RTOITPOG.js";
import "./chunk-R2N435UP.js";
import "./chunk-3N6XDDOB.js";
import "./chunk-JWZD4Z2W.js";
import "./chunk-CKHOORXH.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";

// src/render/html-table-links.ts
function htmlTableLinks(fragment, blocks) {
  const inBlock = (table) => {
    const line = table.position?.start.line ?? 0;
    return blocks.some((block) => line >= block.line && line <= block.endLine);
  };
  return tablesIn(parsed(fragment)).filter(inBlock).map((table) => {
    let header;
    const rows = [];
    const locked = [];
    visit(table, (node) => {
      if (node.tagName !== "tr") return;
      const cells = node.children.filter(isElement);
      if (cells.some((cell) => cell.tagName === "td")) {
        rows.push(cells.map((cell) => firstLink(cell.children)));
        locked.push(cells.some((cell) => textOf(cell).includes(CLOSED_MARK)));
      } else if (header === void 0 && cells.some((cell) => cell.tagName === "th"))
        header = cells.map(textOf);
    });
    return { header: header ?? [], rows, locked };
  });
}
function htmlTableColumns(fragment, block) {
  const table = tablesIn(parsed(fragment)).find((table2) => {
    const line = table2.position?.start.line ?? 0;
    return line >= block.line && line <= block.endLine;
  });
  if (table === void 0) return void 0;
  let header;
  const filled = [];
  visit(table, (node) => {
    if (node.tagName !== "tr") return;
    const cells = node.children.filter(isElement);
    if (cells.some((cell) => cell.tagName === "td"))
      filled.push(cells.map((cell) => textOf(cell).trim() !== "" || cell.children.some(isElement)));
    else if (header === void 0 && cells.some((cell) => cell.tagName === "th"))
      header = cells.map(textOf);
  });
  return { header: header ?? [], filled };
}
function parsed(fragment) {
  if (last?.fragment !== fragment) last = { fragment, tree: fromHtml(fragment, { fragment: true }) };
  return last.tree;
}
var last;
function textOf(node) {
  return node.children.map((child) => child.type === "text" ? child.value : isElement(child) ? textOf(child) : "").join("");
}
function tablesIn(root) {
  const tables = [];
  for (const child of root.children)
    if (isElement(child)) tables.push(...child.tagName === "table" ? [child] : tablesIn(child));
  return tables;
}
function firstLink(nodes) {
  const shown = new ShownText();
  for (const node of nodes) {
    if (shown.add(node.type, node.type === "text" || node.type === "comment" ? node.value : ""))
      continue;
    const bare = shown.link();
    if (bare) return bare;
    if (!isElement(node)) continue;
    const { href } = node.properties;
    const link = node.tagName === "a" && typeof href === "string" ? href : firstLink(node.children);
    if (link !== void 0) return link;
  }
  return shown.link();
}
export {
  htmlTableColumns,
  htmlTableLinks
};
