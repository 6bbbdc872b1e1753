import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  CLOSED_MARK,
  ShownText
} from "./chunk-UC24MJAJ.js";
import {
  isElement,
  visit
} from "./chunk-W6POT74P.js";
import "./chunk-IVF4HYN7.js";
import {
  fromHtml
} from "./chunk-KT3X6JWP.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-KEP2DW5I.js";
import "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

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
