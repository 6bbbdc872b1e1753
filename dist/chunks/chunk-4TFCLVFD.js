import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/zones/lines.ts
var LINE_ENDING = /\r\n|\r|\n/g;
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (const match of text.matchAll(LINE_ENDING)) {
    lines.push({ start, end: match.index, eol: match[0] });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, eol: "" });
  return lines;
}

export {
  LINE_ENDING,
  splitLines
};
