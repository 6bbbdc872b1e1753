import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fromMarkdown,
  gfmTable
} from "./chunk-T44BWFQD.js";
import {
  gfmTableFromMarkdown
} from "./chunk-XMIKH7HX.js";
import "./chunk-HANBNIMK.js";

// src/position-links.ts
function positionLinks(markdown) {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  });
  const table = tree.children.find((node) => node.type === "table");
  if (table?.type !== "table") return [];
  return table.children.slice(1).flatMap((row) => firstLink(row.children[1])?.url ?? []);
}
function firstLink(node) {
  if (!node) return void 0;
  if (node.type === "link") return node;
  if ("children" in node)
    for (const child of node.children) {
      const link = firstLink(child);
      if (link) return link;
    }
  return void 0;
}
export {
  positionLinks
};
