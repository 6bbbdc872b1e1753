import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/render/nodes.ts
function text(value) {
  return { type: "text", value };
}
function html(value) {
  return { type: "html", value };
}
function strong(children) {
  return { type: "strong", children };
}
function emphasis(children) {
  return { type: "emphasis", children };
}
function link(url, children) {
  return { type: "link", url, children };
}
function hardBreak() {
  return { type: "break" };
}
function paragraph(children) {
  return { type: "paragraph", children };
}
function tableRow(cells) {
  return {
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  };
}

// src/bidi.ts
var BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
var BIDI_CONTROL_RANGES = BIDI_CONTROL.source.slice(1, -1);
var BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "g");
function withoutBidiControls(text2) {
  return BIDI_CONTROL.test(text2) ? text2.replace(BIDI_CONTROLS, "") : text2;
}

// src/render/text.ts
function literalText(value) {
  return literalPieces(singleLine(value));
}
function literalValue(value) {
  return literalPieces(valueLine(value));
}
function valueLine(value) {
  return oneLine(value, BREAK_OR_CONTROL_BUT_TAB);
}
function literalPieces(value) {
  if (!MAY_AUTOLINK.test(value)) return value === "" ? [] : [text(value)];
  const pieces = value.split(AUTOLINK_TRIGGER).filter((piece) => piece !== "");
  return pieces.flatMap(
    (piece, index) => index === 0 ? [text(piece)] : [html(LINK_BREAK), text(piece)]
  );
}
function codeSpan(value) {
  const line = singleLine(value);
  if (line === "") return "` `";
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function singleLine(value) {
  return oneLine(value).trim();
}
function oneLine(given, breaks = BREAK_OR_CONTROL) {
  const value = withoutBidiControls(given);
  if (!breaks.test(value)) return value;
  return value.replace(WHITESPACE_RUN, (run) => breaks.test(run) ? " " : run);
}
var WHITESPACE_RUN = /[\s\p{Cc}]+/gu;
var BREAK_OR_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
var BREAK_OR_CONTROL_BUT_TAB = /[^\P{Cc}\t]|[\p{Zl}\p{Zp}]/u;
var AUTOLINK_TRIGGER = /(?<=www)(?=\.)|(?=:\/\/)|(?<=\S)(?=@)|(?<=@)(?=[a-z0-9])|(?<=(?<!\w)#|\/[\w.-]+#|(?<!\w)gh-)(?=\d)/gi;
var MAY_AUTOLINK = new RegExp(AUTOLINK_TRIGGER.source, "i");
var LINK_BREAK = "<!-- -->";
function joinMayAutolink(before, after, beforeIsOwn) {
  const tail = /\S*$/.exec(before)?.[0] ?? "";
  const head = /^\S*/.exec(after)?.[0] ?? "";
  if (tail === "" || head === "") return false;
  if (beforeIsOwn && MAY_AUTOLINK.test(tail)) return true;
  const alone = /* @__PURE__ */ new Set([
    ...triggers(tail),
    ...triggers(head).map((position) => position + tail.length)
  ]);
  return triggers(tail + head).some((position) => !alone.has(position));
}
function triggers(text2) {
  return [...text2.matchAll(AUTOLINK_TRIGGER)].map((match) => match.index);
}
function linkBreak() {
  return html(LINK_BREAK);
}

export {
  text,
  html,
  strong,
  emphasis,
  link,
  hardBreak,
  paragraph,
  tableRow,
  BIDI_CONTROL_RANGES,
  withoutBidiControls,
  literalText,
  literalValue,
  valueLine,
  codeSpan,
  singleLine,
  joinMayAutolink,
  linkBreak
};
