import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  isElement,
  visit
} from "./chunk-ZP7SGZLP.js";
import "./chunk-K3ANTRZK.js";
import "./chunk-EWZOOU7E.js";
import {
  fromHtml
} from "./chunk-3E75HABH.js";
import "./chunk-EOOWCFFY.js";
import "./chunk-X7JMQJWP.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";

// src/render/html-table-links.ts
function htmlTableLinks(fragment, blocks) {
  const rows = [];
  const inBlock = (table) => {
    const line = table.position?.start.line ?? 0;
    return blocks.some((block) => line >= block.line && line <= block.endLine);
  };
  for (const table of tablesIn(fromHtml(fragment, { fragment: true })).filter(inBlock))
    visit(table, (node) => {
      if (node.tagName !== "tr") return;
      const cells = node.children.filter(isElement);
      if (cells.some((cell) => cell.tagName === "td"))
        rows.push(cells.map((cell) => find(cell, isAnchor)?.properties.href));
    });
  return rows;
}
function tablesIn(root) {
  const tables = [];
  for (const child of root.children)
    if (isElement(child)) tables.push(...child.tagName === "table" ? [child] : tablesIn(child));
  return tables;
}
function isAnchor(node) {
  return node.tagName === "a" && typeof node.properties.href === "string";
}
export {
  htmlTableLinks
};
