import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  remarkGfm,
  remarkParse,
  unified
} from "./chunk-CARF5H3U.js";
import "./chunk-T44BWFQD.js";
import "./chunk-XMIKH7HX.js";
import "./chunk-HANBNIMK.js";

// src/zones/html-nodes.ts
function htmlNodesOf(readme) {
  return [...htmlNodes(unified().use(remarkParse).use(remarkGfm).parse(readme))];
}
function* htmlNodes(parent) {
  for (const child of parent.children) {
    if (child.type === "html")
      yield { value: child.value, line: child.position.start.line, parent: parent.type };
    if ("children" in child) yield* htmlNodes(child);
  }
}
export {
  htmlNodesOf
};
