import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  isElement,
  visit
} from "./chunk-GZVLVMVW.js";
import "./chunk-XL3BPNAU.js";
import {
  fromHtml
} from "./chunk-3E75HABH.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";

// src/render/html-table-links.ts
function htmlTableLinks(fragment) {
  const table = find(fromHtml(fragment, { fragment: true }), (node) => node.tagName === "table");
  if (!table) return [];
  const rows = [];
  visit(table, (node) => {
    if (node.tagName !== "tr") return;
    const cells = node.children.filter(isElement);
    if (cells.some((cell) => cell.tagName === "td"))
      rows.push(cells.map((cell) => find(cell, isAnchor)?.properties.href));
  });
  return rows;
}
function isAnchor(node) {
  return node.tagName === "a" && typeof node.properties.href === "string";
}
export {
  htmlTableLinks
};
