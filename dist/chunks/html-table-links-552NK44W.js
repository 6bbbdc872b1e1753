import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fromHtml
} from "./chunk-2A25SXAH.js";
import "./chunk-O2HGBT5T.js";
import {
  find,
  isElement,
  visit
} from "./chunk-SVGUM3BW.js";
import "./chunk-IIBYAI2Q.js";
import "./chunk-NW4CZ3SL.js";
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
