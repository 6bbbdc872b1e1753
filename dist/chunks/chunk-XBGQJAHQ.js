import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  emphasis,
  hardBreak,
  html,
  isHttpUrl,
  literalText,
  monthDay,
  normalizeUrl,
  openingsTable,
  paragraph,
  strong,
  text,
  timestamp
} from "./chunk-4NFH2GAH.js";
import {
  LINE_ENDING,
  splitLines
} from "./chunk-4TFCLVFD.js";
import {
  gfmTableToMarkdown,
  htmlBlockNames,
  htmlRawNames,
  toMarkdown
} from "./chunk-XMIKH7HX.js";
import {
  CANONICAL_FIELDS,
  array,
  boolean,
  check,
  finite,
  getDotPath,
  gtValue,
  nullish,
  number,
  object,
  optional,
  picklist,
  pipe,
  regex,
  safeParse,
  string,
  toLowerCase,
  toUpperCase,
  transform,
  union,
  unknown
} from "./chunk-6PHRNT55.js";
import {
  repositoryPath
} from "./chunk-ZXEERBR6.js";
import {
  errors,
  isBoardError,
  redactCredentials
} from "./chunk-SUFPIJKH.js";

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
      return text2(node.value, at);
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
function text2(value, at) {
  if (!PLAIN_TEXT.test(value)) return void 0;
  if (startsLine(at) && !LETTER_FIRST.test(value)) return void 0;
  if (endsLine(at) && /\s$/u.test(value)) return void 0;
  if (at.previous?.type === "link" && value.startsWith("(")) return void 0;
  return at.place === "tableCell" ? value.replaceAll("|", "\\|") : value;
}
function attention(marker2, children, place) {
  const content = phrasingMarkdown(children, place, { nested: true });
  if (!content || !ATTENTION_EDGE.test(content[0]) || !ATTENTION_EDGE.test(content.at(-1)))
    return void 0;
  return `${marker2}${content}${marker2}`;
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

// src/archive/calendar.ts
function calendarDay(date, timezone) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(earlier, later) {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS
  );
}
function isCalendarDay(text3) {
  const time = Date.parse(`${text3}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text3) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text3);
}
var DAY_MS = 24 * 60 * 60 * 1e3;

// src/archive/archive.ts
function archivePath(template, now, timezone) {
  return checkTemplate(template).replaceAll(DATE, calendarDay(now, timezone));
}
function archiveDocument(rows, options) {
  const tree = {
    type: "root",
    children: [snapshotHeading(options), openingsTable(rows, options)]
  };
  return `${toMarkdown2(tree)}
`;
}
function expiredArchives(existingPaths, template, now, timezone, keepDays) {
  const pattern = templatePattern(checkTemplate(template));
  const today = calendarDay(now, timezone);
  return existingPaths.filter((path) => {
    const day = pattern.exec(path)?.[1];
    return day !== void 0 && isCalendarDay(day) && daysBetween(day, today) > keepDays;
  });
}
function archiveFolder(template) {
  const checked = checkTemplate(template);
  const beforeDate = checked.slice(0, checked.indexOf(DATE));
  return beforeDate.slice(0, beforeDate.lastIndexOf("/") + 1).replace(/\/$/, "");
}
var DATE = "{date}";
function checkTemplate(template) {
  if (!template.includes(DATE))
    throw errors.badInput(
      "archive-path",
      `must contain {date}, as in "archive/{date}.md", not "${template}"`
    );
  return repositoryPath("archive-path", template);
}
function snapshotHeading({ labels, category, now, timezone }) {
  const categoryText = category === void 0 ? [] : [text(": "), ...literalText(category)];
  return {
    type: "heading",
    depth: 1,
    children: [text(labels.openings), ...categoryText, text(` \u2014 ${calendarDay(now, timezone)}`)]
  };
}
function templatePattern(template) {
  const [first, ...rest] = template.split(DATE).map(escapeRegExp);
  return new RegExp(`^${first}(\\d{4}-\\d{2}-\\d{2})${rest.join("\\1")}$`);
}
function escapeRegExp(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/changes.ts
async function tableChanges(oldTable, newUrls) {
  const before = await postingLinks(oldTable);
  const after = new Set(newUrls.map(normalizeUrl));
  return {
    added: [...after].filter((url) => !before.has(url)),
    removed: [...before].filter((url) => !after.has(url)),
    previousRows: before.size
  };
}
async function postingLinks(markdown, { scan = true } = {}) {
  if (!markdown.includes("|")) return /* @__PURE__ */ new Set();
  const scanned = scan ? ourTableLinks(markdown) : void 0;
  if (scanned) return scanned;
  const { positionLinks } = await import("./position-links-KOEDYYQG.js");
  return new Set(positionLinks(markdown).map(normalizeUrl));
}
function ourTableLinks(markdown) {
  const lines2 = markdown.split("\n");
  const [header = "", delimiter = ""] = lines2;
  const columns = header.startsWith("|") ? cellsOf(header).length : 0;
  if (columns < 2 || delimiter !== `|${" - |".repeat(columns)}`) return void 0;
  const links = /* @__PURE__ */ new Set();
  for (const row of lines2.slice(2)) {
    if (row.trim() === "") break;
    if (!row.startsWith("|")) return void 0;
    const link3 = POSITION_LINK.exec(cellsOf(row)[1] ?? "");
    if (!link3) return void 0;
    links.add(normalizeUrl(link3[1].replace(/\\(.)/g, "$1")));
  }
  return links;
}
function cellsOf(row) {
  const cells = [];
  let start = 1;
  for (let at = 1; at < row.length; at++) {
    const char = row[at];
    if (char === "\\") at++;
    else if (char === "|") {
      cells.push(row.slice(start, at).trim());
      start = at + 1;
    }
  }
  if (row.slice(start).trim() !== "") cells.push(row.slice(start).trim());
  return cells;
}
var ESCAPE = String.raw`\\[!-/:-@[-\`{-~]`;
var LABEL = String.raw`(?:${ESCAPE}|<!-- -->|[^[\]\\\`<>])*`;
var URL_CHARACTERS = String.raw`(?:${ESCAPE}|&(?![#A-Za-z])|[A-Za-z0-9\-._:/?#@=%+,;])*`;
var POSITION_LINK = new RegExp(
  String.raw`^\*\*\[${LABEL}\]\((https?:\/\/${URL_CHARACTERS})\)\*\*$`
);

// src/fit.ts
var NoRoomForRows = class extends Error {
  constructor(bytes) {
    super(`the README takes ${bytes} bytes without any row`);
    this.bytes = bytes;
  }
  bytes;
};
function fitRows(rows, maxBytes, rowBytes, render) {
  const full = render(rows, 0);
  if (byteLength(full) <= maxBytes) return { rows, leftOut: 0, readme: full };
  const sizes = rowBytes(rows);
  const withoutRows = byteLength(render([], rows.length));
  if (withoutRows > maxBytes) throw new NoRoomForRows(withoutRows);
  let kept = largestPrefixWithin(sizes, maxBytes - withoutRows);
  for (; ; ) {
    const readme = render(rows.slice(0, kept), rows.length - kept);
    const over = byteLength(readme) - maxBytes;
    if (over <= 0) return { rows: rows.slice(0, kept), leftOut: rows.length - kept, readme };
    kept = largestPrefixWithin(sizes, prefixBytes(sizes, kept) - over);
  }
}
function prefixBytes(sizes, count) {
  let total = 0;
  for (let index = 0; index < count; index++) total += sizes[index];
  return total;
}
function largestPrefixWithin(sizes, budget) {
  let total = 0;
  for (let count = 0; count < sizes.length; count++) {
    total += sizes[count];
    if (total > budget) return count;
  }
  return sizes.length;
}
function byteLength(text3) {
  return Buffer.byteLength(text3, "utf8");
}

// src/load/fields.ts
function readFields(record, fields) {
  if (!isRecord(record)) return void 0;
  const canonical = {};
  for (const name of CANONICAL_FIELDS) canonical[name] = readField(record, name, fields);
  return canonical;
}
function readField(record, name, fields) {
  return present(readPath(record, fields[name] ?? name), SHOWN_TEXT.has(name));
}
function tidyText(text3) {
  if (!CONTROL.test(text3)) return text3.trim();
  return text3.replace(SPACE_OR_CONTROL_RUN, (run) => CONTROL.test(run) ? " " : run).trim();
}
function readPath(record, path) {
  if (Object.hasOwn(record, path)) return record[path];
  if (!path.includes(".")) return void 0;
  let value = record;
  for (const key of path.split(".")) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return value;
}
function isRecord(value) {
  return isObject(value) && !Array.isArray(value);
}
var SHOWN_TEXT = /* @__PURE__ */ new Set(["company", "title", "location"]);
var CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
var SPACE_OR_CONTROL_RUN = /[\s\p{Cc}\p{Zl}\p{Zp}]+/gu;
function present(value, shown) {
  if (value === null) return void 0;
  if (typeof value !== "string") return value;
  const trimmed = shown ? tidyText(value) : value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function isObject(value) {
  return typeof value === "object" && value !== null;
}

// src/load/formats.ts
import { Readable, pipeline } from "node:stream";

// src/load/json-syntax.ts
function findJsonSyntaxError(text3) {
  try {
    new JsonScanner(text3).document();
    return void 0;
  } catch (error) {
    if (!(error instanceof StopAt)) throw error;
    const { offset, problem } = error;
    return { ...lineAndColumn(text3, offset), offset, problem };
  }
}
var StopAt = class {
  constructor(offset, problem) {
    this.offset = offset;
    this.problem = problem;
  }
  offset;
  problem;
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var ESCAPES = '"\\/bfnrtu';
var JsonScanner = class {
  constructor(text3) {
    this.text = text3;
  }
  text;
  at = 0;
  document() {
    const closers = [];
    let valueNext = true;
    for (; ; ) {
      if (valueNext) {
        valueNext = this.value(closers);
        continue;
      }
      const closer = closers.at(-1);
      if (closer === void 0) break;
      this.space();
      if (this.eat(",")) {
        if (closer === "}") this.member();
        valueNext = true;
        continue;
      }
      this.expect(closer);
      closers.pop();
    }
    this.space();
    if (this.at < this.text.length) this.unexpected("after the end of the JSON value");
  }
  /**
   * A scalar, an empty object or array, or the opening of one (its closer pushed, and the
   * key of an object's first member read). True when a value comes next.
   */
  value(closers) {
    this.space();
    const char = this.text[this.at];
    if (char === "{" || char === "[") {
      const closer = char === "{" ? "}" : "]";
      this.at++;
      this.space();
      if (this.eat(closer)) return false;
      closers.push(closer);
      if (closer === "}") this.member();
      return true;
    }
    if (char === '"') this.string();
    else if (char === "-" || char !== void 0 && char >= "0" && char <= "9") this.number();
    else this.word();
    return false;
  }
  /** An object member's key and colon. */
  member() {
    this.space();
    if (this.text[this.at] !== '"')
      this.unexpected("where a property name in double quotes should be");
    this.string();
    this.space();
    this.expect(":");
  }
  word() {
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.unexpected();
  }
  string() {
    this.at++;
    for (; ; ) {
      const char = this.text[this.at];
      if (char === void 0) this.stop("unterminated string");
      if (char === '"') break;
      if (char < " ") this.stop("a control character (such as a line break) inside a string");
      if (char === "\\") {
        const escape = this.text[this.at + 1] ?? "";
        if (escape === "" || !ESCAPES.includes(escape)) this.stop("a bad escape sequence");
        if (escape === "u" && !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
          this.stop("a bad \\u escape");
        this.at += escape === "u" ? 6 : 2;
      } else this.at++;
    }
    this.at++;
  }
  number() {
    NUMBER.lastIndex = this.at;
    if (!NUMBER.test(this.text)) this.unexpected();
    this.at = NUMBER.lastIndex;
  }
  space() {
    while (" 	\n\r".includes(this.text[this.at] ?? "x")) this.at++;
  }
  eat(char) {
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }
  expect(char) {
    if (!this.eat(char)) this.unexpected(`where "${char}" should be`);
  }
  unexpected(where = "") {
    const char = this.text[this.at];
    const found = char === void 0 ? "end of input" : JSON.stringify(char);
    return this.stop(`unexpected ${found}${where ? ` ${where}` : ""}`);
  }
  stop(problem) {
    throw new StopAt(this.at, problem);
  }
};
function lineAndColumn(text3, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = text3.indexOf("\n"); index !== -1 && index < offset; index = text3.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/load/json-array.ts
var JsonArraySyntaxError = class extends Error {
  constructor(found) {
    super(`line ${found.line}, column ${found.column}: ${found.problem}`);
    this.found = found;
  }
  found;
};
async function* jsonArrayBatches(chunks) {
  const reader = new ArrayReader();
  for await (const chunk of chunks) yield* reader.push(chunk);
  reader.end();
}
var RUN_LENGTH = 256 * 1024;
var SCALAR_END = /[,\]\t\n\r ]/g;
var TAB = 9;
var LINE_FEED = 10;
var CARRIAGE_RETURN = 13;
var SPACE = 32;
var QUOTE = 34;
var COMMA = 44;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var ArrayReader = class {
  /** Text received and not parsed yet, before the chunk being scanned; it starts at `heldStart`. */
  held = [];
  heldStart = 0;
  /** Line feeds before `heldStart`, and the offset where its line starts. */
  heldLines = 0;
  heldLineStart = 0;
  /** The chunk being scanned, its offset, and how far into it the scan has got. */
  text = "";
  textStart = 0;
  at = 0;
  place = "before";
  /** Brackets open inside the element being scanned, outside its strings. */
  depth = 0;
  /** Inside a string, the last chunk ended in a backslash that escapes this one's first character. */
  escaped = false;
  /** Line feeds scanned (outside strings, the only place valid JSON has them), and the offset after the last. */
  lines = 0;
  lineStart = 0;
  /** Where the element being scanned starts, where the run of whole elements not parsed yet starts and ends. */
  elementStart = -1;
  runStart = -1;
  runEnd = -1;
  /** `lines` and `lineStart` at `runEnd`. */
  runEndLines = 0;
  runEndLineStart = 0;
  /** Scans the chunk; returns the elements it completes, in batches. */
  push(chunk) {
    this.text = chunk;
    this.at = 0;
    const batches2 = [];
    while (this.at < chunk.length) {
      if (this.place === "string" || this.place === "nested") this.scanNested();
      else if (this.place === "scalar") this.scanScalar();
      else this.punctuation();
      if (this.runEnd - this.runStart >= RUN_LENGTH) batches2.push(this.parseRun());
    }
    if (this.runEnd !== -1) batches2.push(this.parseRun());
    if (this.heldStart > this.textStart)
      this.held.push(chunk.slice(this.heldStart - this.textStart));
    else this.held.push(chunk);
    this.text = "";
    this.textStart += chunk.length;
    return batches2;
  }
  /** At the end of the text: anything left unfinished is an error. */
  end() {
    if (this.place === "scalar") {
      this.text = this.held.join("");
      this.held = [];
      this.textStart = this.heldStart;
      this.elementEnds(this.text.length);
      this.parseRun();
      this.text = "";
    }
    if (this.place !== "done") this.fail();
  }
  /**
   * Inside an object, an array or a string element: on to the element's end or the chunk's.
   * Strings are skipped to their closing quote; outside them, brackets are counted (not
   * matched: a mismatch fails the parse, and then the error's scan names it).
   */
  scanNested() {
    const { text: text3 } = this;
    const { length } = text3;
    let { at, depth } = this;
    let inString = this.place === "string";
    for (; ; ) {
      if (inString) {
        const end = this.stringEnd(at);
        if (end === -1) {
          this.at = length;
          this.place = "string";
          this.depth = depth;
          return;
        }
        at = end;
        inString = false;
        if (depth === 0) return this.elementEnds(at);
      }
      for (; at < length; at++) {
        const code = text3.charCodeAt(at);
        if (code === QUOTE) {
          inString = true;
          at++;
          break;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          if (--depth === 0) return this.elementEnds(at + 1);
        } else if (code === LINE_FEED) this.lineFeedAt(at);
      }
      if (!inString) {
        this.at = length;
        this.place = "nested";
        this.depth = depth;
        return;
      }
    }
  }
  /** Just past the closing quote of the string going on at `from`, or -1 when the chunk ends first. */
  stringEnd(from) {
    const { text: text3 } = this;
    if (this.escaped) {
      this.escaped = false;
      from++;
    }
    for (let quote = text3.indexOf('"', from); quote !== -1; quote = text3.indexOf('"', quote + 1)) {
      if (backslashesBefore(text3, quote, from) % 2 === 0) return quote + 1;
    }
    this.escaped = backslashesBefore(text3, text3.length, from) % 2 === 1;
    return -1;
  }
  scanScalar() {
    SCALAR_END.lastIndex = this.at;
    if (SCALAR_END.test(this.text)) this.elementEnds(SCALAR_END.lastIndex - 1);
    else this.at = this.text.length;
  }
  /** Outside elements: whitespace, `[`, `,`, `]`, or the start of an element. */
  punctuation() {
    const { text: text3 } = this;
    let at = this.at;
    let code = text3.charCodeAt(at);
    while (code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB) {
      if (code === LINE_FEED) this.lineFeedAt(at);
      code = text3.charCodeAt(++at);
    }
    if (at >= text3.length) {
      this.at = at;
      return;
    }
    this.at = at + 1;
    switch (this.place) {
      case "before":
        this.place = "first";
        return;
      case "after":
        if (code === COMMA) this.place = "element";
        else if (code === CLOSE_BRACKET) this.place = "done";
        else this.fail();
        return;
      case "done":
        return this.fail();
      default:
        if (code === CLOSE_BRACKET && this.place === "first") {
          this.place = "done";
          return;
        }
        if (code === COMMA || code === CLOSE_BRACKET) this.fail();
        this.elementStart = this.textStart + at;
        if (this.runStart === -1) this.runStart = this.elementStart;
        this.depth = code === OPEN_BRACE || code === OPEN_BRACKET ? 1 : 0;
        this.place = code === QUOTE ? "string" : this.depth === 1 ? "nested" : "scalar";
    }
  }
  lineFeedAt(at) {
    this.lines++;
    this.lineStart = this.textStart + at + 1;
  }
  /** The element ends at `at` in the chunk. */
  elementEnds(at) {
    this.at = at;
    this.place = "after";
    this.runEnd = this.textStart + at;
    this.runEndLines = this.lines;
    this.runEndLineStart = this.lineStart;
  }
  /** Parses the run of whole elements scanned, and lets go of their text. */
  parseRun() {
    const run = this.between(this.runStart, this.runEnd);
    let elements;
    try {
      elements = JSON.parse(`[${run}]`);
    } catch {
      return this.fail();
    }
    this.held = [];
    this.heldStart = this.runEnd;
    this.heldLines = this.runEndLines;
    this.heldLineStart = this.runEndLineStart;
    const inElement = this.place === "string" || this.place === "nested" || this.place === "scalar";
    this.runStart = inElement ? this.elementStart : -1;
    this.runEnd = -1;
    return elements;
  }
  /** The text from `from` to `to` (`to` in the chunk being scanned). */
  between(from, to) {
    const end = to - this.textStart;
    if (from >= this.textStart) return this.text.slice(from - this.textStart, end);
    return (this.held.join("") + this.text.slice(0, end)).slice(from - this.heldStart);
  }
  /**
   * Throws the first syntax error in the text not parsed yet, found by scanning it again as
   * the rest of the document (after an element, unless nothing was parsed yet), with its line
   * and column in the document.
   */
  fail() {
    const text3 = this.heldStart >= this.textStart ? this.text.slice(this.heldStart - this.textStart) : this.held.join("") + this.text;
    const prefix = this.heldStart === 0 ? "" : "[0";
    const found = findJsonSyntaxError(prefix + text3);
    const column = found.line === 1 ? this.heldStart - this.heldLineStart + found.column - prefix.length : found.column;
    throw new JsonArraySyntaxError({
      line: this.heldLines + found.line,
      column,
      offset: this.heldStart + found.offset - prefix.length,
      problem: found.problem
    });
  }
};
function backslashesBefore(text3, at, from) {
  let count = 0;
  while (at - count > from && text3.charCodeAt(at - count - 1) === BACKSLASH) count++;
  return count;
}

// src/load/formats.ts
async function* readRecords(source, explicit) {
  let { chunks } = source;
  let format = explicit ?? formatOfExtension(source.locations) ?? formatOfContentType(source.contentType);
  if (!format) {
    const peeked = await peek(chunks, SNIFF_LENGTH);
    format = sniffFormat(peeked.head);
    chunks = peeked.chunks;
  }
  if (!format) throw errors.sourceFormat(source.name);
  yield* PARSERS[format](chunks, source.name);
}
var EXTENSIONS = {
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  csv: "csv",
  yaml: "yaml",
  yml: "yaml"
};
function formatOfExtension(locations) {
  for (const location of locations) {
    const path = URL.canParse(location) ? new URL(location).pathname : location;
    const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
    const format = extension === void 0 ? void 0 : EXTENSIONS[extension];
    if (format) return format;
  }
  return void 0;
}
var CONTENT_TYPES = {
  "application/json": "json",
  "text/json": "json",
  "application/x-ndjson": "jsonl",
  "application/ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "application/jsonlines": "jsonl",
  "text/csv": "csv",
  "application/csv": "csv",
  "application/yaml": "yaml",
  "application/x-yaml": "yaml",
  "text/yaml": "yaml",
  "text/x-yaml": "yaml"
};
function formatOfContentType(contentType) {
  if (contentType === void 0) return void 0;
  return CONTENT_TYPES[contentType] ?? (contentType.endsWith("+json") ? "json" : void 0);
}
var SNIFF_LENGTH = 64 * 1024;
async function peek(chunks, length) {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen = [];
  let seenLength = 0;
  while (seenLength < length) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    seenLength += next.value.length;
  }
  return { head: seen.join("").slice(0, length), chunks: replay(seen, iterator) };
}
function sniffFormat(head) {
  const text3 = head.trimStart();
  if (text3.startsWith("[")) return "json";
  if (text3.startsWith("{")) return startsWithJsonLine(text3) ? "jsonl" : "json";
  const firstLine = text3.split("\n", 1)[0] ?? "";
  if (/^(?:---|- |[\w"' .-]+:(?:\s|$))/.test(firstLine)) return "yaml";
  if (/[,;\t]/.test(firstLine)) return "csv";
  return void 0;
}
function startsWithJsonLine(text3) {
  const end = text3.indexOf("\n");
  if (end === -1 || text3.slice(end).trim() === "") return false;
  try {
    JSON.parse(text3.slice(0, end));
    return true;
  } catch {
    return false;
  }
}
var PARSERS = {
  json: jsonRecords,
  jsonl: jsonlRecords,
  csv: csvRecords,
  yaml: yamlRecords
};
async function* jsonRecords(chunks, source) {
  const start = await peekStart(chunks);
  if (start.first === "[") {
    try {
      yield* jsonArrayBatches(start.chunks);
    } catch (error) {
      if (!(error instanceof JsonArraySyntaxError)) throw error;
      const { line, column, problem } = error.found;
      throw errors.sourceParse(source, "json", `line ${line}, column ${column}`, problem);
    }
    return;
  }
  const text3 = await collect(start.chunks);
  let document;
  try {
    document = JSON.parse(text3);
  } catch (error) {
    const found = findJsonSyntaxError(text3);
    throw found ? errors.sourceParse(
      source,
      "json",
      `line ${found.line}, column ${found.column}`,
      found.problem
    ) : errors.sourceParse(source, "json", "somewhere", error.message);
  }
  yield* batches(listIn(document, source, "json"));
}
async function* jsonlRecords(chunks, source) {
  for await (const batch of lines(chunks)) {
    const records = [];
    for (const { number: number2, text: text3 } of batch) {
      if (text3.trim() === "") continue;
      try {
        records.push(JSON.parse(text3));
      } catch (error) {
        const found = findJsonSyntaxError(text3);
        const where = found ? `line ${number2}, column ${found.column}` : `line ${number2}`;
        throw errors.sourceParse(source, "jsonl", where, found?.problem ?? error.message);
      }
    }
    if (records.length > 0) yield records;
  }
}
var CSV_MAX_RECORD_CHARS = 1 << 20;
async function* csvRecords(chunks, source) {
  const { CsvError, parse: parseCsv } = commonJsExports(await import("./lib-6QXWC327.js"));
  const peeked = await peek(chunks, SNIFF_LENGTH);
  const parser = parseCsv({
    delimiter: csvDelimiter(peeked.head.split("\n", 1)[0] ?? ""),
    columns: true,
    skip_empty_lines: true,
    trim: true,
    max_record_size: CSV_MAX_RECORD_CHARS
  });
  pipeline(Readable.from(peeked.chunks), parser, () => {
  });
  try {
    for await (const record of parser) yield [record];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const where = typeof error.lines === "number" ? `line ${error.lines}` : "somewhere";
    throw errors.sourceParse(source, "csv", where, error.message.replace(/ (?:at|on) line \d+/, ""));
  } finally {
    parser.destroy();
  }
}
function csvDelimiter(header) {
  const unquoted = header.replace(/"(?:[^"]|"")*"/g, "");
  let delimiter = ",";
  let most = 0;
  for (const candidate of [",", ";", "	"]) {
    const count = unquoted.split(candidate).length - 1;
    if (count > most) [delimiter, most] = [candidate, count];
  }
  return delimiter;
}
var YAML_MAX_BYTES = 10 * 2 ** 20;
async function* yamlRecords(chunks, source) {
  const text3 = await collect(
    chunks,
    YAML_MAX_BYTES,
    () => errors.sourceYamlTooLarge(source, YAML_MAX_BYTES)
  );
  const { YAMLParseError, parse: parseYaml } = commonJsExports(await import("./browser-CVQO3QPM.js"));
  let document;
  try {
    document = parseYaml(text3);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const start = error.linePos?.[0];
    const where = start ? `line ${start.line}, column ${start.col}` : "somewhere";
    const problem = (error.message.split("\n", 1)[0] ?? "").replace(
      / at line \d+, column \d+:?$/,
      ""
    );
    throw errors.sourceParse(source, "yaml", where, problem);
  }
  yield* batches(listIn(document, source, "yaml"));
}
function listIn(document, source, format) {
  if (Array.isArray(document)) return document;
  if (typeof document === "object" && document !== null) {
    const record = document;
    const lists = Object.keys(record).filter((key2) => Array.isArray(record[key2]));
    const key = ["listings", "jobs"].find((name) => lists.includes(name)) ?? (lists.length === 1 ? lists[0] : void 0);
    if (key !== void 0) return record[key];
  }
  throw errors.sourceParse(
    source,
    format,
    "top level",
    'expected a list of listings, or an object holding one list (such as {"jobs": [...]})'
  );
}
function commonJsExports(namespace) {
  return namespace.default ?? namespace;
}
var BATCH_SIZE = 1e3;
function* batches(items) {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    const batch = items.slice(start, start + BATCH_SIZE);
    items.fill(void 0, start, start + BATCH_SIZE);
    yield batch;
  }
}
async function* lines(chunks) {
  let pending = [];
  let number2 = 0;
  for await (const chunk of chunks) {
    const batch = [];
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      pending.push(chunk.slice(start, end));
      batch.push({ number: ++number2, text: pending.join("") });
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
    if (batch.length > 0) yield batch;
  }
  if (pending.length > 0) yield [{ number: number2 + 1, text: pending.join("") }];
}
async function peekStart(chunks) {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen = [];
  let first;
  while (first === void 0) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    first = /[^ \t\n\r]/.exec(next.value)?.[0];
  }
  return { first, chunks: replay(seen, iterator) };
}
async function* replay(seen, rest) {
  yield* seen;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
async function collect(chunks, maxBytes = Infinity, tooLarge) {
  const parts = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk, "utf8");
    if (bytes > maxBytes && tooLarge) throw tooLarge();
    parts.push(chunk);
  }
  return parts.join("");
}

// src/load/hints.ts
function feedShape(fields) {
  let records = 0;
  const missing = new Map(REQUIRED.map((name) => [name, 0]));
  const mapped = new Map(Object.entries(fields).map(([name, path]) => [name, { path, found: 0 }]));
  const keys = /* @__PURE__ */ new Map();
  const categories = /* @__PURE__ */ new Map();
  return {
    add(record) {
      if (!isRecord(record)) return;
      records++;
      for (const name of REQUIRED)
        if (readField(record, name, fields) === void 0)
          missing.set(name, (missing.get(name) ?? 0) + 1);
      for (const mapping of mapped.values())
        if (readPath(record, mapping.path) !== void 0) mapping.found++;
      if (records <= PROFILED_RECORDS) profile(record, keys);
      countCategories(readField(record, "categories", fields), categories);
    },
    summary() {
      return {
        hints: [
          ...missingHint(records, missing, keys, fields),
          ...[...mapped].flatMap(
            ([name, { path, found }]) => found > 0 || records === 0 ? [] : [unmatchedHint(name, path, keys, fields)]
          )
        ],
        categories: [...categories].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).slice(0, TOP_CATEGORIES).map(([name, records2]) => ({ name, records: records2 }))
      };
    }
  };
}
var TOP_CATEGORIES = 5;
var REQUIRED = ["company", "title", "url", "posted_at"];
var ALSO_PROPOSED = [
  "id",
  "company_url",
  "location",
  "work_type",
  "salary",
  "skills",
  "description",
  "categories"
];
var PROFILED_RECORDS = 1e3;
var MAX_CATEGORIES = 1e4;
var CANONICAL = {
  id: { shapes: ["text", "number"], words: ["id", "uuid", "key", "guid"] },
  company: {
    shapes: ["text"],
    words: ["company", "employer", "organization", "organisation", "org", "business", "firm"]
  },
  company_url: { shapes: ["url"], words: ["company", "website", "homepage", "site", "employer"] },
  title: { shapes: ["text"], words: ["title", "position", "role", "job", "name"] },
  url: { shapes: ["url"], words: ["url", "link", "apply", "href", "application", "posting"] },
  location: {
    shapes: ["text", "list"],
    words: ["location", "locations", "city", "cities", "place", "places", "where", "office"]
  },
  work_type: {
    shapes: ["text"],
    words: ["work", "type", "remote", "workplace", "arrangement", "setting"]
  },
  posted_at: {
    shapes: ["date"],
    words: ["posted", "published", "created", "date", "added", "listed", "time"]
  },
  salary: { shapes: ["number", "object"], words: ["salary", "pay", "compensation", "wage"] },
  skills: { shapes: ["list", "text"], words: ["skills", "skill", "tags", "technologies", "stack"] },
  description: { shapes: ["text"], words: ["description", "summary", "details", "body", "text"] },
  categories: {
    shapes: ["list", "text"],
    words: ["categories", "category", "departments", "department", "team", "field"]
  }
};
function profile(record, keys, prefix = "") {
  for (const [key, value] of Object.entries(record)) {
    const shape = shapeOf(value);
    if (shape === void 0) continue;
    const path = prefix + key;
    const known = keys.get(path) ?? { present: 0, shapes: /* @__PURE__ */ new Map() };
    known.present++;
    known.shapes.set(shape, (known.shapes.get(shape) ?? 0) + 1);
    keys.set(path, known);
    if (shape === "object" && !prefix) profile(value, keys, `${path}.`);
  }
}
var HTTP_URL = /^\s*https?:\/\/\S/i;
var ISO_DATE = /^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|\s*$)/;
var FIRST_SECONDS = 1e8;
var LAST_SECONDS = 725e7;
function shapeOf(value) {
  if (value === null || value === void 0) return void 0;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number")
    return value >= FIRST_SECONDS && value <= LAST_SECONDS ? "date" : "number";
  if (typeof value === "string") {
    if (value.trim() === "") return void 0;
    if (HTTP_URL.test(value)) return "url";
    if (ISO_DATE.test(value)) return "date";
    const number2 = Number(value);
    if (/^\s*\d+(?:\.\d+)?\s*$/.test(value))
      return number2 >= FIRST_SECONDS && number2 <= LAST_SECONDS ? "date" : "number";
    return "text";
  }
  if (Array.isArray(value))
    return value.every((item) => typeof item === "string") ? "list" : void 0;
  return "object";
}
function countCategories(value, counts) {
  const names = typeof value === "string" ? value.split(/[,;]/) : Array.isArray(value) ? value : void 0;
  if (!names) return;
  const seen = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (typeof name !== "string") continue;
    const category = tidyText(name).toLowerCase();
    if (category === "" || seen.has(category)) continue;
    seen.add(category);
    if (counts.has(category) || counts.size < MAX_CATEGORIES)
      counts.set(category, (counts.get(category) ?? 0) + 1);
  }
}
function missingHint(records, missing, keys, fields) {
  const lacking = [...missing].filter(([, count]) => count * 2 > records);
  if (!lacking.length) return [];
  const taken = takenKeys(fields);
  const proposals = /* @__PURE__ */ new Map();
  const parts = lacking.map(([name, count]) => {
    const said = `${name} is missing in ${count.toLocaleString("en-US")} of ${records.toLocaleString("en-US")} records`;
    const candidate = candidateFor(name, keys, taken);
    if (candidate === void 0) return `${said}, and no field of the feed looks like it`;
    proposals.set(name, candidate);
    taken.add(candidate);
    return `${said}; the feed has ${candidate}`;
  });
  const hint = `${parts.join(". ")}.`;
  if (!proposals.size) return [`${hint} The feed's fields: ${fieldList(keys)}.`];
  for (const name of ALSO_PROPOSED) {
    if (keys.has(name) || fields[name]) continue;
    const candidate = candidateFor(name, keys, taken);
    if (candidate === void 0) continue;
    proposals.set(name, candidate);
    taken.add(candidate);
  }
  const mapping = mappingText(fields, proposals);
  return [
    `${hint} Read it with the "fields" input: ${mapping} (with the CLI: --fields ${mapping}).`
  ];
}
function unmatchedHint(name, path, keys, fields) {
  const said = `"fields" maps ${name} to ${path}, which no record has`;
  const taken = takenKeys(fields);
  taken.delete(path);
  const candidate = candidateFor(name, keys, taken);
  return candidate === void 0 ? `${said}. The feed's fields: ${fieldList(keys)}.` : `${said}; the feed has ${candidate}: ${name}=${candidate}.`;
}
function takenKeys(fields) {
  const taken = new Set(Object.values(fields));
  for (const name of CANONICAL_FIELDS) if (!fields[name]) taken.add(name);
  return taken;
}
function candidateFor(name, keys, taken) {
  const canonical = CANONICAL[name];
  if (!canonical) return void 0;
  const mostPresent = Math.max(0, ...[...keys.values()].map((key) => key.present));
  const fitting = [...keys].filter(
    ([key, profile2]) => !taken.has(key) && profile2.present * 2 >= mostPresent && fits(profile2, canonical.shapes)
  );
  const scored = fitting.map(([key, profile2]) => ({ key, profile: profile2, score: nameScore(key, canonical.words) })).filter((candidate) => candidate.score > 0).sort((a, b) => b.score - a.score || b.profile.present - a.profile.present);
  if (scored[0]) return scored[0].key;
  const byShapeAlone = name === "url" || name === "posted_at";
  return byShapeAlone && fitting.length === 1 ? fitting[0]?.[0] : void 0;
}
function fits(profile2, shapes) {
  const fitting = shapes.reduce((sum, shape) => sum + (profile2.shapes.get(shape) ?? 0), 0);
  return fitting * 10 >= profile2.present * 9;
}
function nameScore(key, words) {
  const parts = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/);
  return parts.reduce((score, part) => {
    const rank = words.indexOf(part);
    return rank < 0 ? score : score + words.length - rank;
  }, 0);
}
function mappingText(fields, proposals) {
  const all = { ...fields, ...Object.fromEntries(proposals) };
  return CANONICAL_FIELDS.filter((name) => all[name]).map((name) => `${name}=${all[name]}`).join(",");
}
function fieldList(keys) {
  const top = [...keys].filter(([key]) => !key.includes(".")).sort(([, a], [, b]) => b.present - a.present).map(([key]) => key);
  return top.length > 20 ? `${top.slice(0, 20).join(", ")}, ...` : top.join(", ") || "none";
}

// src/stats/salary.ts
var YEARLY_SALARY_RANGE = { min: 1, max: 1e10 };
function averageSalaryK(rows, currency) {
  const wanted = currency.toUpperCase();
  const yearly = rows.filter((row) => row.salary?.currency.toUpperCase() === wanted).map((row) => yearlySalary(row.salary)).filter((amount) => amount !== void 0);
  if (!yearly.length) return null;
  const mean = yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length;
  return Math.round(mean / 1e3);
}
function yearlySalary(salary) {
  const yearly = [salary.min, salary.max].filter((bound) => bound !== void 0).map((bound) => yearlyAmount(bound, salary.period)).filter(isPlausibleYearly);
  if (!yearly.length) return void 0;
  return yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length;
}
function yearlyAmount(amount, period) {
  return amount * PERIODS_PER_YEAR[period];
}
function isPlausibleYearly(amount) {
  return amount >= YEARLY_SALARY_RANGE.min && amount <= YEARLY_SALARY_RANGE.max;
}
var PERIODS_PER_YEAR = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1
};

// src/load/skills.ts
var SKILLS = [
  { skill: "python", aliases: ["python3"] },
  { skill: "java" },
  { skill: "javascript", aliases: ["js", "ecmascript", "es6"] },
  { skill: "typescript" },
  { skill: "nodejs", aliases: ["node", "node.js", "node js"] },
  { skill: "go", aliases: ["golang"], inContext: ["Go"] },
  { skill: "rust" },
  { skill: "ruby" },
  { skill: "rails", aliases: ["ruby on rails", "ror"] },
  { skill: "php" },
  { skill: "c#", aliases: ["csharp", "c sharp"] },
  { skill: "c++", aliases: ["cpp"] },
  { skill: ".net", aliases: ["dotnet", "asp.net", ".net core"] },
  { skill: "kotlin" },
  { skill: "swift", aliases: ["swiftui"], exactCase: ["Swift"] },
  { skill: "scala" },
  { skill: "elixir" },
  { skill: "dart" },
  { skill: "flutter" },
  { skill: "sql" },
  { skill: "nosql" },
  { skill: "postgresql", aliases: ["postgres", "postgre", "postgre sql"] },
  { skill: "mysql" },
  { skill: "mongodb", aliases: ["mongo"] },
  { skill: "redis" },
  { skill: "elasticsearch", aliases: ["elastic search"] },
  { skill: "kafka", aliases: ["apache kafka"] },
  { skill: "rabbitmq" },
  { skill: "graphql" },
  { skill: "api", aliases: ["apis", "rest api", "rest apis", "restful"], exactCase: ["REST"] },
  { skill: "grpc" },
  { skill: "microservices", aliases: ["microservice", "micro-services", "micro services"] },
  { skill: "database", aliases: ["databases"] },
  { skill: "docker" },
  { skill: "kubernetes", aliases: ["k8s"] },
  { skill: "aws", aliases: ["amazon web services"] },
  { skill: "gcp", aliases: ["google cloud", "google cloud platform"] },
  { skill: "azure" },
  { skill: "terraform" },
  { skill: "ansible" },
  { skill: "linux" },
  { skill: "git" },
  { skill: "ci/cd", aliases: ["cicd", "ci-cd"] },
  { skill: "html", aliases: ["html5"] },
  { skill: "css", aliases: ["css3"] },
  { skill: "react", aliases: ["reactjs", "react.js"], exactCase: ["React"] },
  { skill: "react-native", aliases: ["react native"] },
  { skill: "nextjs", aliases: ["next.js"] },
  { skill: "vue", aliases: ["vuejs", "vue.js"] },
  { skill: "angular", aliases: ["angularjs"] },
  { skill: "express", aliases: ["expressjs", "express.js"] },
  { skill: "django" },
  { skill: "flask" },
  { skill: "fastapi" },
  { skill: "spring", aliases: ["spring boot", "springboot"], exactCase: ["Spring"] },
  { skill: "laravel" },
  { skill: "spark", aliases: ["apache spark", "pyspark"], exactCase: ["Spark"] },
  { skill: "airflow" },
  { skill: "pandas" },
  { skill: "tensorflow" },
  { skill: "pytorch" },
  { skill: "machine-learning", aliases: ["ml", "machine learning"] },
  { skill: "ai", aliases: ["artificial intelligence"] },
  { skill: "llm", aliases: ["llms"] }
];
function canonicalSkill(name) {
  const spelling = name.trim().replace(/\s+/g, " ").toLowerCase();
  return SPELLINGS.get(spelling)?.skill ?? spelling;
}
function detectSkills(text3) {
  const mentions = [ANY_CASE_PATTERN, IN_CONTEXT_PATTERN].flatMap((pattern) => [...text3.matchAll(pattern)]).sort((a, b) => a.index - b.index);
  const found = /* @__PURE__ */ new Set();
  for (const mention of mentions) {
    const written = mention[1] ?? mention[2] ?? "";
    const spelling = SPELLINGS.get(written.replace(/\s+/g, " ").toLowerCase());
    if (spelling && (spelling.exact === void 0 || spelling.exact === written))
      found.add(spelling.skill);
  }
  return [...found];
}
var SPELLINGS = spellingTable(SKILLS);
var BEFORE = String.raw`(?<![\w#+.])`;
var AFTER = String.raw`(?![\w#+]|\.\w)`;
var NEIGHBOUR_BEFORE = String.raw`(?<=(?:[(/,;&|]|\b(?:in|with|and|or|using))\s*)`;
var NEIGHBOUR_AFTER = String.raw`(?=\s*(?:[)/,;&|]|(?:developers?|engineers?|programmers?|and|or)\b))`;
var anyCase = alternation(spellingsWhere((spelling) => !spelling.inContext));
var inContext = alternation(spellingsWhere((spelling) => spelling.inContext === true));
var ANY_CASE_PATTERN = new RegExp(`${BEFORE}(${anyCase})${AFTER}`, "gi");
var IN_CONTEXT_PATTERN = new RegExp(
  `(?=${inContext})(?:${NEIGHBOUR_BEFORE}(${inContext})${AFTER}|${BEFORE}(${inContext})${NEIGHBOUR_AFTER})`,
  "gi"
);
function spellingTable(entries) {
  const table = /* @__PURE__ */ new Map();
  for (const { skill, aliases = [], exactCase = [], inContext: inContext2 = [] } of entries) {
    for (const name of [skill, ...aliases]) table.set(name, { skill });
    for (const name of exactCase) table.set(name.toLowerCase(), { skill, exact: name });
    for (const name of inContext2)
      table.set(name.toLowerCase(), { skill, exact: name, inContext: true });
  }
  return table;
}
function spellingsWhere(test) {
  return [...SPELLINGS].filter(([, spelling]) => test(spelling)).map(([name]) => name);
}
function alternation(spellings) {
  return [...spellings].sort((a, b) => b.length - a.length).map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`\s+`)).join("|");
}

// src/load/normalize.ts
function createNormalizer(options) {
  const schema = pipe(
    RECORD,
    transform((record) => toListing(record, options))
  );
  return (record, position) => {
    const fields = readFields(record, options.fields);
    if (!fields)
      return { ok: false, invalid: { position, reason: `not an object but ${kindOf(record)}` } };
    const result = safeParse(schema, fields);
    if (!result.success) {
      return {
        ok: false,
        invalid: { position, id: givenId(fields), reason: reasonOf(result.issues) }
      };
    }
    const { listing, notes } = result.output;
    listing.position = position;
    const warnings = notes.map((note) => `Listing #${position} (id ${listing.id}): ${note}`);
    return { ok: true, listing, warnings };
  };
}
function selectionFields(record, position, fields) {
  const title = readField(record, "title", fields);
  const categories = readField(record, "categories", fields);
  const active = readField(record, "active", fields);
  const postedAt = readField(record, "posted_at", fields);
  if (typeof title !== "string") return void 0;
  const categoryList = categories === void 0 ? void 0 : listItems(categories);
  const isActive = active === void 0 ? true : booleanOf(active);
  const time = typeof postedAt === "string" || typeof postedAt === "number" ? toEpochMs(postedAt) : void 0;
  if (categoryList === null || isActive === void 0 || !isPostingTime(time)) return void 0;
  return {
    title,
    categories: categoryList && categoryNames(categoryList),
    active: isActive,
    postedAt: time,
    position
  };
}
var missingOr = (problem) => (issue) => issue.input === void 0 ? "missing" : problem;
var REQUIRED_TEXT = string(missingOr("must be text"));
var ID = union(
  [string(), pipe(number(), finite(), transform(String))],
  "must be text or a number"
);
var LOCATION = pipe(
  union([string(), array(string())], "must be text or a list of text"),
  transform((location) => typeof location === "string" ? location : tidyList(location).join("; "))
);
var LIST = pipe(
  union([string(), array(string())], "must be text or a list of text"),
  transform((list) => listItems(list))
);
function listItems(list) {
  if (typeof list === "string") return tidyList(list.split(/[,;]/));
  if (Array.isArray(list) && list.every((item) => typeof item === "string")) return tidyList(list);
  return null;
}
var NOT_A_DATE = "not an ISO 8601 date or Unix seconds";
var POSTED_AT = pipe(
  union([string(), number()], missingOr(NOT_A_DATE)),
  transform(toEpochMs),
  number(NOT_A_DATE),
  check(
    (time) => isPostingTime(time),
    (issue) => outsidePostingYears(issue.input)
  )
);
var POSTING_YEARS = { first: 1970, last: 2199 };
var EARLIEST_POSTING = Date.UTC(POSTING_YEARS.first, 0, 1);
var AFTER_LAST_POSTING = Date.UTC(POSTING_YEARS.last + 1, 0, 1);
function isPostingTime(time) {
  return time !== void 0 && time >= EARLIEST_POSTING && time < AFTER_LAST_POSTING;
}
function outsidePostingYears(time) {
  const years = `not in the years ${POSTING_YEARS.first} to ${POSTING_YEARS.last}`;
  const asMilliseconds = time / 1e3;
  return isPostingTime(asMilliseconds) && asMilliseconds >= Date.UTC(2e3, 0, 1) ? `${years} (Unix milliseconds? give seconds)` : years;
}
var ACTIVE = union(
  [
    boolean(),
    pipe(
      string(),
      toLowerCase(),
      picklist(["true", "false"]),
      transform((text3) => text3 === "true")
    )
  ],
  "must be true or false"
);
function booleanOf(value) {
  if (typeof value === "boolean") return value;
  const text3 = typeof value === "string" ? value.toLowerCase() : void 0;
  return text3 === "true" ? true : text3 === "false" ? false : void 0;
}
var COMPANY_URL = pipe(string("not text"), check(isHttpUrl, "not an http(s) URL"));
var WORK_TYPE_SPELLINGS = {
  remote: "remote",
  hybrid: "hybrid",
  onsite: "on_site",
  office: "on_site",
  inoffice: "on_site",
  inperson: "on_site"
};
var WORK_TYPE = pipe(
  string("not text"),
  transform((text3) => WORK_TYPE_SPELLINGS[text3.toLowerCase().replace(/[\s_-]+/g, "")]),
  picklist(["remote", "hybrid", "on_site"], "not remote, hybrid or on_site")
);
var PERIOD_SPELLINGS = {
  hour: "hour",
  hourly: "hour",
  day: "day",
  daily: "day",
  week: "week",
  weekly: "week",
  month: "month",
  monthly: "month",
  year: "year",
  yearly: "year",
  annual: "year",
  annually: "year"
};
var AMOUNT = pipe(
  union(
    [number(), pipe(string(), regex(/^\d+(?:\.\d+)?$/), transform(Number))],
    "not a number"
  ),
  finite("not a number"),
  gtValue(0, "not above 0")
);
var SALARY_AMOUNT = pipe(
  AMOUNT,
  check(isPlausibleYearly, (issue) => `${issue.input} a year is ${notPlausible}`),
  transform((amount) => ({ min: amount, max: amount, period: "year" }))
);
var SALARY_RANGE = pipe(
  object({
    min: nullish(AMOUNT),
    max: nullish(AMOUNT),
    currency: nullish(
      pipe(string(), regex(/^[a-z]{3}$/i, "not an ISO 4217 code"), toUpperCase())
    ),
    period: nullish(
      pipe(
        string(),
        transform((text3) => PERIOD_SPELLINGS[text3.trim().toLowerCase()]),
        picklist(["hour", "day", "week", "month", "year"], "not hour, day, week, month or year")
      ),
      "year"
    )
  }),
  check((range) => range.min != null || range.max != null, "needs min or max"),
  check(
    (range) => range.min == null || range.max == null || range.min <= range.max,
    "min is above max"
  ),
  check(
    (range) => implausibleBound(range) === void 0,
    (issue) => implausibleBound(issue.input) ?? ""
  )
);
var notPlausible = `not between ${YEARLY_SALARY_RANGE.min.toLocaleString("en-US")} and ${YEARLY_SALARY_RANGE.max.toLocaleString("en-US")} a year`;
function implausibleBound(range) {
  for (const bound of ["min", "max"]) {
    const amount = range[bound];
    if (amount != null && !isPlausibleYearly(yearlyAmount(amount, range.period)))
      return `${bound} ${amount} ${PER_PERIOD[range.period]} is ${notPlausible}`;
  }
  return void 0;
}
var PER_PERIOD = {
  hour: "an hour",
  day: "a day",
  week: "a week",
  month: "a month",
  year: "a year"
};
var RECORD = object({
  id: optional(ID),
  company: REQUIRED_TEXT,
  company_url: unknown(),
  title: REQUIRED_TEXT,
  url: pipe(REQUIRED_TEXT, check(isHttpUrl, "not an http(s) URL")),
  location: optional(LOCATION, ""),
  work_type: unknown(),
  posted_at: POSTED_AT,
  salary: unknown(),
  salary_min: unknown(),
  salary_max: unknown(),
  salary_currency: unknown(),
  salary_period: unknown(),
  skills: optional(LIST),
  description: optional(string("must be text")),
  categories: optional(LIST),
  active: optional(ACTIVE, true)
});
function toListing(record, { salaryCurrency, maxCellLength = 0 }) {
  const notes = [];
  const cell = cellClipper(maxCellLength, notes);
  const extra = (field, schema, value) => lenient(field, schema, value, notes);
  const salaryGiven = record.salary ?? flatSalary(record);
  const salary = isRange(salaryGiven) ? extra("salary", SALARY_RANGE, salaryGiven) : extra("salary", SALARY_AMOUNT, salaryGiven);
  const listing = {
    id: record.id ?? normalizeUrl(record.url),
    company: cell("company", record.company),
    companyUrl: extra("company_url", COMPANY_URL, record.company_url),
    title: cell("title", record.title),
    url: record.url,
    location: cell("location", record.location),
    workType: extra("work_type", WORK_TYPE, record.work_type) ?? inferWorkType(record.location, record.title),
    postedAt: record.posted_at,
    salary: salary && {
      min: salary.min ?? void 0,
      max: salary.max ?? void 0,
      currency: "currency" in salary && salary.currency || salaryCurrency,
      period: salary.period
    },
    skills: record.skills ? unique(record.skills.map(canonicalSkill)) : detectSkills(`${record.title}
${record.description ?? ""}`),
    categories: record.categories && categoryNames(record.categories),
    active: record.active,
    position: 0
    // set by the normalizer, which knows it
  };
  cell.report();
  return { listing, notes };
}
function cellClipper(max, notes) {
  const clipped = [];
  const cell = (field, text3) => {
    const short = max > 0 && text3.length > max ? clip(text3, max) : void 0;
    if (short === void 0) return text3;
    clipped.push(`${field} (${text3.length.toLocaleString("en-US")} characters)`);
    return short;
  };
  cell.report = () => {
    if (clipped.length)
      notes.push(`${clipped.join(", ")} clipped to ${max} characters ("max-cell-length")`);
  };
  return cell;
}
function clip(text3, max) {
  let index = 0;
  let cut = 0;
  for (let kept = 0; kept < max; kept++) {
    if (index >= text3.length) return void 0;
    if (kept === max - 1) cut = index;
    index += isSurrogatePair(text3, index) ? 2 : 1;
  }
  if (index >= text3.length) return void 0;
  return `${Array.from(text3.slice(0, cut).trimEnd()).join("")}\u2026`;
}
function isSurrogatePair(text3, index) {
  const high = text3.charCodeAt(index);
  const low = text3.charCodeAt(index + 1);
  return high >= 55296 && high <= 56319 && low >= 56320 && low <= 57343;
}
function categoryNames(categories) {
  return unique(categories.map((name) => name.toLowerCase()));
}
function lenient(field, schema, value, notes) {
  if (value === void 0) return void 0;
  const result = safeParse(schema, value);
  if (result.success) return result.output;
  notes.push(`${field} ${preview(value)} ignored: ${problemOf(result.issues[0])}`);
  return void 0;
}
function flatSalary(record) {
  const range = {
    min: record.salary_min,
    max: record.salary_max,
    currency: record.salary_currency,
    period: record.salary_period
  };
  return Object.values(range).some((value) => value !== void 0) ? range : void 0;
}
function isRange(salary) {
  return typeof salary === "object" && salary !== null && !Array.isArray(salary);
}
function inferWorkType(location, title) {
  return /\bremote\b/i.test(location) || /\bremote\b/i.test(title) ? "remote" : "on_site";
}
var ISO_DATE2 = /^(\d{4})-(\d{2})-(\d{2})$/;
var ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
var UNIX_SECONDS = /^-?\d+(?:\.\d+)?$/;
function toEpochMs(value) {
  if (typeof value === "number")
    return Number.isFinite(value) ? Math.round(value * 1e3) : void 0;
  if (UNIX_SECONDS.test(value)) return Math.round(Number(value) * 1e3);
  const date = ISO_DATE2.exec(value);
  if (date) return utc(date.slice(1, 4).map(Number));
  const dateTime = ISO_DATE_TIME.exec(value);
  if (!dateTime) return void 0;
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone = "Z"] = dateTime;
  const milliseconds = Math.round(Number(`0.${fraction || "0"}`) * 1e3);
  const local = utc([year, month, day, hour, minute, second].map(Number), milliseconds);
  return local === void 0 ? void 0 : local - zoneOffsetMs(zone);
}
function utc([year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0], ms = 0) {
  const exact = year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && ms <= 999;
  return exact ? Date.UTC(year, month - 1, day, hour, minute, second, ms) : void 0;
}
function daysInMonth(year, month) {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
}
function zoneOffsetMs(zone) {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
  return sign * minutes * 6e4;
}
function tidyList(items) {
  return items.map(tidyText).filter(Boolean);
}
function unique(items) {
  return [...new Set(items)];
}
function reasonOf(issues) {
  return issues.map(problemOf).join("; ");
}
function problemOf(issue) {
  const path = getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
function givenId(fields) {
  const { id } = fields;
  return typeof id === "string" || typeof id === "number" ? String(id) : void 0;
}
function kindOf(value) {
  if (value === void 0 || value === null) return String(value);
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}
function preview(value) {
  const text3 = JSON.stringify(value) ?? String(value);
  return text3.length > 60 ? `${text3.slice(0, 57)}...` : text3;
}

// src/load/http.ts
import { isIP as isIP2 } from "node:net";

// src/load/http-addresses.ts
import { lookup as systemLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
function addressScope(address) {
  const type = isIP(address) === 4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : void 0;
  if (!type) return "reserved";
  for (const [scope, list] of SCOPES) if (list.check(address, type)) return scope;
  return "public";
}
var PrivateAddress = class extends Error {
  constructor(hostname, address, scope) {
    super(`${hostname} resolves to ${address}, a ${scope} address`);
    this.hostname = hostname;
    this.address = address;
    this.scope = scope;
  }
  hostname;
  address;
  scope;
};
function guardedLookup(resolve4, publicOnly, seen) {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : void 0;
    resolve4(hostname).then((resolved) => {
      const addresses = family ? resolved.filter((a) => a.family === family) : resolved;
      const first = addresses[0];
      if (!first)
        throw Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
      const scopes = addresses.map((a) => a.scope ?? addressScope(a.address));
      const privateIndex = scopes.findIndex((scope) => scope !== "public");
      const privateOne = addresses[privateIndex];
      if (publicOnly && privateOne)
        throw new PrivateAddress(
          hostname,
          privateOne.address,
          scopes[privateIndex]
        );
      seen(privateOne ? scopes[privateIndex] : "public");
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    }).catch((error) => callback(error, "", 0));
  };
}
async function systemResolver(hostname) {
  const found = await systemLookup(hostname, { all: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}
function blockList(v4, v6) {
  const list = new BlockList();
  for (const [network, prefix] of v4) list.addSubnet(network, prefix, "ipv4");
  for (const [network, prefix] of v6) list.addSubnet(network, prefix, "ipv6");
  return list;
}
var SCOPES = [
  ["loopback", blockList([["127.0.0.0", 8]], [["::1", 128]])],
  ["link-local", blockList([["169.254.0.0", 16]], [["fe80::", 10]])],
  [
    "private",
    blockList(
      [
        ["10.0.0.0", 8],
        ["172.16.0.0", 12],
        ["192.168.0.0", 16],
        ["100.64.0.0", 10]
      ],
      [
        ["fc00::", 7],
        ["fec0::", 10]
      ]
    )
  ],
  [
    "reserved",
    blockList(
      [
        ["0.0.0.0", 8],
        ["192.0.0.0", 24],
        ["198.18.0.0", 15],
        ["224.0.0.0", 4],
        ["240.0.0.0", 4]
      ],
      [
        ["::", 96],
        ["ff00::", 8]
      ]
    )
  ]
];

// src/load/http.ts
async function fetchText(url, options) {
  const delays = options.retryDelaysMs ?? [500, 1500];
  for (let retry = 0; ; retry++) {
    const attempt = await fetchOnce(url, options);
    if (attempt.ok) return attempt.fetched;
    const delay = delays[retry];
    if (!attempt.retry || delay === void 0) throw attempt.error;
    await new Promise((resolve4) => setTimeout(resolve4, delay));
  }
}
var ACCEPT = "application/json, application/x-ndjson, text/csv, application/yaml, */*;q=0.5";
async function fetchOnce(url, options) {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutSeconds * 1e3);
  const agents = [];
  try {
    const { response, finalUrl } = await followRedirects(url, options, deadline.signal, agents);
    if (!response.ok) {
      await response.body?.cancel();
      const retry = response.status >= 500 || response.status === 429;
      return {
        ok: false,
        error: errors.sourceHttp(url, response.status, response.statusText),
        retry
      };
    }
    const contentType = response.headers.get("content-type") ?? void 0;
    const text3 = await readBody(response, url, options.maxBytes, charsetOf(contentType)).catch(
      (error) => {
        if (deadline.signal.aborted || isBoardError(error)) throw error;
        throw errors.sourceBroken(url, networkProblem(error, options.header));
      }
    );
    return { ok: true, fetched: { text: text3, contentType: mediaTypeOf(contentType), url: finalUrl } };
  } catch (error) {
    if (deadline.signal.aborted) {
      return { ok: false, error: errors.sourceTimeout(url, options.timeoutSeconds), retry: false };
    }
    if (isBoardError(error)) return { ok: false, error, retry: error.code === "source-broken" };
    const problem = networkProblem(error, options.header);
    return { ok: false, error: errors.sourceUnreachable(url, problem), retry: true };
  } finally {
    clearTimeout(timer);
    await Promise.all(agents.map((agent) => agent.destroy()));
  }
}
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function followRedirects(url, options, signal, agents) {
  const { Agent, fetch } = (await import("./undici-IQR4TI7J.js")).default;
  const resolve4 = options.resolve ?? systemResolver;
  const maxRedirects = options.maxRedirects ?? 5;
  const origin = new URL(url).origin;
  if (new URL(url).username || new URL(url).password) throw errors.sourceUserInfo(url);
  let current = url;
  let sender;
  for (let redirects = 0; ; redirects++) {
    const publicOnly = sender === "public";
    const literal = ipLiteral(new URL(current).hostname);
    let scope = literal === void 0 ? void 0 : addressScope(literal);
    if (publicOnly && scope !== void 0 && scope !== "public")
      throw errors.sourceRedirectPrivate(url, current, literal ?? "", scope);
    const agent = new Agent({
      connect: { lookup: guardedLookup(resolve4, publicOnly, (seen) => scope = seen) }
    });
    agents.push(agent);
    const headers = { accept: ACCEPT };
    if (options.header && new URL(current).origin === origin)
      headers[options.header.name] = options.header.value;
    const response = await fetch(current, {
      redirect: "manual",
      signal,
      headers,
      dispatcher: agent
    }).catch((error) => {
      const refused = error.cause;
      if (refused instanceof PrivateAddress)
        throw errors.sourceRedirectPrivate(url, current, refused.address, refused.scope);
      throw error;
    });
    const location = response.headers.get("location");
    if (!REDIRECT_STATUSES.has(response.status) || location === null)
      return { response, finalUrl: current };
    await response.body?.cancel();
    if (redirects === maxRedirects) {
      throw errors.sourceHttp(
        url,
        response.status,
        `${response.statusText} (more than ${maxRedirects} redirects)`
      );
    }
    const next = new URL(location, current);
    if (next.protocol !== "http:" && next.protocol !== "https:") {
      throw errors.sourceScheme(url, next.protocol.slice(0, -1));
    }
    current = next.href;
    sender = scope;
  }
}
function ipLiteral(hostname) {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  return isIP2(bare) ? bare : void 0;
}
async function readBody(response, url, maxBytes, charset) {
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw errors.sourceTooLarge(url, maxBytes);
  }
  if (!response.body) return "";
  const decoder = new TextDecoder(charset);
  const parts = [];
  let received = 0;
  for await (const bytes of response.body) {
    received += bytes.byteLength;
    if (received > maxBytes) throw errors.sourceTooLarge(url, maxBytes);
    parts.push(decoder.decode(bytes, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}
function mediaTypeOf(contentType) {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() || void 0;
}
function charsetOf(contentType) {
  const charset = /;\s*charset="?([^";\s]+)/i.exec(contentType ?? "")?.[1];
  if (charset === void 0) return "utf-8";
  try {
    return new TextDecoder(charset).encoding;
  } catch {
    return "utf-8";
  }
}
function networkProblem(error, header) {
  const cause = error.cause;
  const said = cause?.code ?? cause?.message ?? error.message ?? String(error);
  return redactCredentials(header?.value ? said.replaceAll(header.value, "***") : said);
}

// src/load/source.ts
async function openSource(config, io) {
  const { listings } = config;
  if (/^https?:\/\//i.test(listings)) return openUrl(config);
  const otherScheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(listings)?.[1];
  if (otherScheme) throw errors.sourceScheme(listings, otherScheme.toLowerCase());
  return openPath(listings, config.listingsMaxBytes, io);
}
async function openUrl(config) {
  const url = config.listings;
  const fetched = await fetchText(url, {
    timeoutSeconds: config.listingsTimeout,
    maxBytes: config.listingsMaxBytes,
    header: config.listingsHeader
  });
  if (isWebPage(fetched.text, fetched.contentType)) {
    throw errors.sourceWebPage(url, fetched.contentType ?? "an HTML document");
  }
  return {
    name: url,
    locations: [url, fetched.url],
    contentType: fetched.contentType,
    chunks: withoutBom([fetched.text])
  };
}
async function openPath(path, maxBytes, io) {
  const text3 = io.streamFile?.(path) ?? await io.readFile(path);
  if (text3 === void 0) throw errors.sourceNotFound(path);
  const chunks = typeof text3 === "string" ? [text3] : text3;
  return { name: path, locations: [path], chunks: withoutBom(atMost(chunks, maxBytes, path)) };
}
var HTML_TYPES = /* @__PURE__ */ new Set(["text/html", "application/xhtml+xml"]);
function isWebPage(text3, contentType) {
  const start = text3.slice(0, 512).trimStart();
  if (!start.startsWith("<")) return false;
  return contentType !== void 0 && HTML_TYPES.has(contentType) || /^<(?:!doctype\s+html|html)\b/i.test(start);
}
async function* atMost(chunks, maxBytes, path) {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk, "utf8");
    if (bytes > maxBytes) throw errors.sourceFileTooLarge(path, maxBytes);
    yield chunk;
  }
}
async function* withoutBom(chunks) {
  let first = true;
  for await (const chunk of chunks) {
    yield first && chunk.startsWith("\uFEFF") ? chunk.slice(1) : chunk;
    first = false;
  }
}

// src/load/load.ts
var MAX_WARNINGS = 100;
async function loadListings(config, io, keep = () => true) {
  const source = await openSource(config, io);
  const normalize = createNormalizer({
    fields: config.fields,
    salaryCurrency: config.salaryCurrency,
    maxCellLength: config.maxCellLength
  });
  const shape = feedShape(config.fields);
  const result = {
    listings: [],
    valid: 0,
    invalid: [],
    warnings: [],
    source: source.name
  };
  const refusedUnchecked = (record, position2) => {
    const selection = selectionFields(record, position2, config.fields);
    return selection !== void 0 && !keep(selection);
  };
  let position = 0;
  let unlistedWarnings = 0;
  for await (const batch of readRecords(source, config.listingsFormat)) {
    for (const record of batch) {
      position++;
      shape.add(record);
      if (!config.strict && isRecord(record) && refusedUnchecked(record, position)) {
        result.valid++;
        continue;
      }
      const outcome = normalize(record, position);
      if (!outcome.ok) {
        result.invalid.push(outcome.invalid);
        continue;
      }
      result.valid++;
      for (const warning of outcome.warnings) {
        if (result.warnings.length < MAX_WARNINGS) result.warnings.push(warning);
        else unlistedWarnings++;
      }
      if (keep(outcome.listing)) result.listings.push(outcome.listing);
    }
  }
  if (unlistedWarnings > 0) result.warnings.push(`${unlistedWarnings} more warnings like these.`);
  const feed = shape.summary();
  return { ...result, warnings: [...feed.hints, ...result.warnings], feed };
}

// src/render/chart.ts
function chartBlock(rows, options) {
  const diagrams = [openingsPerDay(rows, options), openingsByType(rows, options.labels)];
  return { type: "root", children: diagrams.filter(isDefined).map(mermaidBlock) };
}
var DEFAULT_DAYS_BACK = 30;
var MIN_AXIS_MAX = 10;
function openingsPerDay(rows, options) {
  const { now, timezone, labels } = options;
  const today = calendarDay(now, timezone);
  const daysBack = options.maxAgeDays > 0 ? options.maxAgeDays : DEFAULT_DAYS_BACK;
  const counts = new Array(daysBack + 1).fill(0);
  for (const row of rows) {
    const index = daysBack - daysBetween(calendarDay(row.postedAt, timezone), today);
    if (index >= 0 && index <= daysBack) counts[index] += 1;
  }
  const days = counts.map((_, index) => addDays(today, index - daysBack));
  return [
    "xychart-beta horizontal",
    ...titleLine(labels.openingsPerDay, quoted),
    `  x-axis [${days.map((day) => quoted(dayLabel(day, daysBack))).join(", ")}]`,
    `  y-axis 0 --> ${Math.max(MIN_AXIS_MAX, ...counts)}`,
    `  bar [${counts.join(", ")}]`
  ].join("\n");
}
function dayLabel(day, daysBack) {
  return daysBack < 365 ? monthDay(Date.parse(`${day}T12:00:00Z`), "UTC") : day;
}
function openingsByType(rows, labels) {
  const slices = WORK_TYPES.map(({ workType, label }) => ({
    label: label(labels),
    count: rows.filter((row) => row.workType === workType).length
  })).filter((slice) => slice.count > 0);
  if (slices.length === 0) return void 0;
  return [
    "pie showData",
    ...titleLine(labels.openingsByType, escaped),
    ...slices.map((slice) => `  ${quoted(slice.label)} : ${slice.count}`)
  ].join("\n");
}
var WORK_TYPES = [
  { workType: "remote", label: (labels) => labels.remote },
  { workType: "hybrid", label: (labels) => labels.hybrid },
  { workType: "on_site", label: (labels) => labels.onSite }
];
function titleLine(label, write) {
  return escaped(label) === "" ? [] : [`  title ${write(label)}`];
}
function mermaidBlock(diagram) {
  return { type: "code", lang: "mermaid", value: diagram };
}
function quoted(label) {
  return `"${escaped(label)}"`;
}
var MERMAID_SYNTAX = /[#"%`;:,<>&\\[\]{}()|=]/g;
var LINE_BREAKS_AND_CONTROLS = /\s*[\p{Cc}\p{Zl}\p{Zp}]+\s*/gu;
function escaped(label) {
  return label.replace(LINE_BREAKS_AND_CONTROLS, " ").trim().replace(MERMAID_SYNTAX, (character) => `#${character.codePointAt(0)};`);
}
function isDefined(value) {
  return value !== void 0;
}

// src/render/left-out.ts
function leftOutNote(count, labels) {
  const sentence = labels.leftOut.replaceAll("{count}", count.toLocaleString("en-US"));
  return { type: "root", children: [paragraph([emphasis(literalText(sentence))])] };
}

// src/render/stats.ts
function statsBlock(stats, options) {
  const { labels } = options;
  return {
    type: "root",
    children: [
      summary(labels.currentStats, [text(countsLine(stats, labels))], labels.statsNote),
      summary(labels.trendingSkills, skillsList(stats.skills, labels), labels.skillsNote)
    ]
  };
}
function summary(title, value, note) {
  return paragraph([
    strong([text(`${title}:`)]),
    text(" "),
    ...value,
    hardBreak(),
    emphasis([text(note)])
  ]);
}
function countsLine(stats, labels) {
  const salary = stats.avgSalaryK === null ? labels.noSalary : `${stats.avgSalaryK}k`;
  return [
    `${stats.jobs} ${labels.jobs}`,
    `${stats.remotePercent}% ${labels.remotePercent}`,
    `${stats.companies} ${labels.companies}`,
    `${labels.avgSalary}: ${salary}`
  ].join(" | ");
}
function skillsList(skills, labels) {
  const list = literalText(skills.join(", "));
  return list.length > 0 ? list : [text(labels.notAvailable)];
}

// src/render/updated.ts
function updatedLine(now, options) {
  const line = `${options.labels.lastUpdated}: ${timestamp(now, options.timezone)}`;
  return {
    type: "root",
    children: [paragraph([html("<sub><small>"), text(line), html("</small></sub>")])]
  };
}

// src/select/category.ts
var CATEGORY_KEYWORDS = {
  backend: ["back end", "server side"],
  frontend: ["front end", "ui engineer", "ui developer", "react developer", "angular", "vue"],
  "full-stack": ["full stack"],
  "software-engineering": [
    "software engineer",
    "software engineering",
    "software developer",
    "software development",
    "programmer"
  ],
  data: [
    "data engineer",
    "data engineering",
    "data scientist",
    "data science",
    "data analyst",
    "data analytics",
    "analytics engineer",
    "etl",
    "business intelligence"
  ],
  devops: [
    "dev ops",
    "sec ops",
    "site reliability",
    "sre",
    "platform engineer",
    "infrastructure engineer",
    "cloud engineer"
  ],
  mobile: ["mobile", "ios", "android", "react native", "flutter"],
  ml: [
    "ml",
    "ml ops",
    "machine learning",
    "deep learning",
    "ai engineer",
    "computer vision",
    "nlp",
    "llm"
  ]
};
function categoryMatcher(category, keywords) {
  const wanted = categoryKey(category);
  const title = keywordPattern(keywords?.length ? keywords : defaultKeywords(category));
  return (listing) => listing.categories ? listing.categories.some((named) => categoryKey(named) === wanted) : title.test(listing.title);
}
function categoryKey(name) {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
var presetsByKey = new Map(
  Object.entries(CATEGORY_KEYWORDS).map(([name, keywords]) => [categoryKey(name), keywords])
);
function defaultKeywords(category) {
  return presetsByKey.get(categoryKey(category)) ?? [category];
}
function keywordPattern(keywords) {
  const alternatives = keywords.map(
    (keyword) => keyword.split(/[\s_-]+/).filter(Boolean).map(escapeRegExp2).join("[\\s_-]*")
  ).filter(Boolean);
  if (!alternatives.length) return /(?!)/;
  const wordChar = "[\\p{L}\\p{M}\\p{N}]";
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join("|")})(?!${wordChar})`, "iu");
}
function escapeRegExp2(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// src/select/fold.ts
function foldText(text3) {
  const compatible = ASCII.test(text3) ? text3 : text3.normalize("NFKC");
  return compatible.trim().replace(/\s+/g, " ").toLowerCase();
}
var ASCII = /^[\x00-\x7F]*$/;

// src/select/dedupe.ts
function dedupe(listings) {
  const openings = new DisjointSets(listings.length);
  for (const keyOf of IDENTITY_KEYS) {
    const firstWithKey = /* @__PURE__ */ new Map();
    listings.forEach((listing, index) => {
      const key = keyOf(listing);
      const first = firstWithKey.get(key);
      if (first === void 0) firstWithKey.set(key, index);
      else openings.union(first, index);
    });
  }
  const newestByOpening = /* @__PURE__ */ new Map();
  listings.forEach((listing, index) => {
    const opening = openings.find(index);
    const newest = newestByOpening.get(opening);
    if (!newest || listing.postedAt > newest.postedAt) newestByOpening.set(opening, listing);
  });
  return [...newestByOpening.values()];
}
var IDENTITY_KEYS = [
  (listing) => listing.id,
  (listing) => normalizeUrl(listing.url),
  (listing) => [listing.company, listing.title, listing.location].map(foldText).join("\n")
];
var DisjointSets = class {
  parent;
  constructor(size) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index) {
    let node = index;
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node]];
      this.parent[node] = grandparent;
      node = grandparent;
    }
    return node;
  }
  union(a, b) {
    this.parent[this.find(b)] = this.find(a);
  }
};

// src/select/select.ts
function isCandidate(listing, options) {
  let test = candidateTests.get(options);
  if (!test) {
    test = candidateTest(options);
    candidateTests.set(options, test);
  }
  return test(listing);
}
function selectOpenings(candidates, options) {
  const openings = dedupe(candidates).sort(compareOpenings);
  return options.maxRows > 0 ? openings.slice(0, options.maxRows) : openings;
}
var DAY_MS2 = 24 * 60 * 60 * 1e3;
var candidateTests = /* @__PURE__ */ new WeakMap();
function candidateTest({ category, keywords, now, maxAgeDays }) {
  const inCategory = category ? categoryMatcher(category, keywords) : () => true;
  const latest = now.getTime() + DAY_MS2;
  const earliest = maxAgeDays > 0 ? now.getTime() - maxAgeDays * DAY_MS2 : -Infinity;
  return (listing) => listing.active !== false && listing.postedAt >= earliest && listing.postedAt <= latest && inCategory(listing);
}
function compareOpenings(a, b) {
  return b.postedAt - a.postedAt || compareNames(a, b, (text3) => text3.toLowerCase()) || compareNames(a, b, (text3) => text3);
}
function compareNames(a, b, form) {
  return compareCodeUnits(form(a.company), form(b.company)) || compareCodeUnits(form(a.title), form(b.title)) || compareCodeUnits(form(a.id), form(b.id));
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/stats/stats.ts
function computeStats(rows, options) {
  return {
    jobs: rows.length,
    remotePercent: remotePercent(rows),
    companies: new Set(rows.map((row) => foldText(row.company))).size,
    avgSalaryK: averageSalaryK(rows, options.salaryCurrency),
    skills: trendingSkills(rows, options.skillsCount)
  };
}
function remotePercent(rows) {
  if (!rows.length) return 0;
  const remote = rows.filter((row) => row.workType === "remote").length;
  return Math.round(100 * remote / rows.length);
}
function trendingSkills(rows, count) {
  const rowsBySkill = /* @__PURE__ */ new Map();
  for (const row of rows)
    for (const skill of new Set(row.skills.map((skill2) => skill2.toLowerCase())))
      rowsBySkill.set(skill, (rowsBySkill.get(skill) ?? 0) + 1);
  return [...rowsBySkill].sort(([a, rowsA], [b, rowsB]) => rowsB - rowsA || (a < b ? -1 : a > b ? 1 : 0)).slice(0, count).map(([skill]) => skill);
}

// src/zones/marker-lines.ts
function markerLines(readme, pattern) {
  const markers = [];
  let state = FLOW;
  let number2 = 0;
  for (const { start, end } of splitLines(readme)) {
    number2++;
    const line = readme.slice(number2 === 1 && readme.startsWith("\uFEFF") ? 1 : start, end);
    if (state.in === "fence") {
      if (closesFence(line, state)) state = FLOW;
    } else if (state.in === "html") {
      if (isBlank(line)) state = FLOW;
    } else {
      const next = flowLine(line);
      if (next === void 0) return void 0;
      if (next === ONE_LINE_HTML) {
        const text3 = line.trim();
        if (pattern.test(text3)) markers.push({ line: number2, text: text3 });
        state = FLOW;
      } else state = next;
    }
  }
  return markers;
}
var FLOW = { in: "flow" };
var ONE_LINE_HTML = { in: "flow" };
function flowLine(line) {
  if (isBlank(line)) return FLOW;
  const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
  if (fence) {
    if (fence[0] === "`" && line.indexOf("`", fence.length) !== -1) return void 0;
    return { in: "fence", marker: fence[0], length: fence.length };
  }
  if (line.startsWith("<")) return htmlLine(line);
  return opensNothing(line) ? FLOW : void 0;
}
function htmlLine(line) {
  if (ONE_LINE_COMMENT.test(line)) return ONE_LINE_HTML;
  if (/^<[!?]/.test(line)) return void 0;
  const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)(?=[ \t>]|\/>|$)/.exec(line)?.[1]?.toLowerCase();
  if (tag !== void 0 && htmlBlockNames.includes(tag)) return { in: "html" };
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(line)?.[1]?.toLowerCase();
  const mayOpenBlock = name !== void 0 && (htmlRawNames.includes(name) || htmlBlockNames.includes(name));
  return mayOpenBlock || LONE_TAG.test(line) ? void 0 : FLOW;
}
function opensNothing(line) {
  const content = line.replace(/^[ \t>*+\-.)\d]+/, "");
  if (/^(?:`{3}|~{3}|\[\^)/.test(content)) return false;
  if (!content.startsWith("<")) return true;
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(content)?.[1]?.toLowerCase();
  const blockTag = name !== void 0 && (htmlRawNames.includes(name) || htmlBlockNames.includes(name));
  return !(/^<[!?]/.test(content) || blockTag || LONE_TAG.test(content));
}
function closesFence(line, fence) {
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return closing !== void 0 && closing[0] === fence.marker && closing.length >= fence.length;
}
function isBlank(line) {
  return /^[ \t]*$/.test(line);
}
var ONE_LINE_COMMENT = /^<!--(?!-?>)(?:[^-]|-(?!-))*-->/;
var LONE_TAG = /^<\/?[A-Za-z][A-Za-z\d-]*(?:[^<>"'`]|"[^"]*"|'[^']*')*>[ \t]*$/;

// src/zones/find.ts
async function findZones(readme, prefix, { scan = true } = {}) {
  const pairs = pairMarkers(await findMarkers(readme, prefix, scan), prefix);
  if (!pairs.has("openings")) throw errors.zoneMissing(prefix, "openings");
  const lines2 = splitLines(readme);
  const zones = /* @__PURE__ */ new Map();
  for (const [name, { startLine, endLine }] of pairs) {
    const startMarker = lines2[startLine - 1];
    zones.set(name, {
      name,
      startLine,
      endLine,
      contentStart: startMarker.end + startMarker.eol.length,
      contentEnd: lines2[endLine - 1].start,
      // A start marker always has a line after it (its end marker), so it has an ending.
      eol: startMarker.eol
    });
  }
  return zones;
}
var ZONE_NAMES = ["openings", "updated", "stats", "chart"];
async function findMarkers(readme, prefix, scan) {
  const pattern = markerPattern(prefix);
  const scanned = scan ? markerLines(readme, pattern) : void 0;
  if (scanned) return scanned.map(({ line, text: text3 }) => marker(pattern.exec(text3), line));
  return parsedMarkers(readme, prefix, pattern);
}
function marker(match, line) {
  return { name: match[1], edge: match[2], line };
}
async function parsedMarkers(readme, prefix, pattern) {
  const { htmlNodesOf } = await import("./html-nodes-YVIR7RXL.js");
  const markers = [];
  for (const node of htmlNodesOf(readme)) {
    const match = pattern.exec(node.value.trim());
    if (!match) continue;
    const found = marker(match, node.line);
    const container = CONTAINERS[node.parent];
    if (container) throw errors.zoneMisplaced(prefix, found.name, found.edge, found.line, container);
    if (node.parent === "root") markers.push(found);
  }
  return markers;
}
function markerPattern(prefix) {
  const escapedPrefix = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^<!--\\s*${escapedPrefix}:(${ZONE_NAMES.join("|")}):(start|end)\\s*-->$`);
}
var CONTAINERS = {
  blockquote: "blockquote",
  listItem: "list item",
  footnoteDefinition: "footnote definition"
};
function pairMarkers(markers, prefix) {
  const pairs = /* @__PURE__ */ new Map();
  let open2;
  for (const marker2 of markers) {
    if (marker2.edge === "start") {
      if (open2) throw errors.zoneNested(prefix, marker2.name, marker2.line, open2.name, open2.line);
      const earlier = pairs.get(marker2.name);
      if (earlier) throw errors.zoneDuplicate(prefix, marker2.name, marker2.line, earlier.startLine);
      open2 = marker2;
    } else {
      if (open2?.name !== marker2.name)
        throw errors.zoneEndWithoutStart(prefix, marker2.name, marker2.line);
      pairs.set(marker2.name, { startLine: open2.line, endLine: marker2.line });
      open2 = void 0;
    }
  }
  if (open2) throw errors.zoneStartWithoutEnd(prefix, open2.name, open2.line);
  return pairs;
}

// src/zones/splice.ts
function spliceZones(readme, zones, contents) {
  const replacements = [...contents].flatMap(([name, content]) => {
    const zone = zones.get(name);
    return zone ? [{ zone, lines: withLineEndings(content, zone.eol) }] : [];
  }).sort((a, b) => a.zone.contentStart - b.zone.contentStart);
  let result = "";
  let copiedUpTo = 0;
  for (const { zone, lines: lines2 } of replacements) {
    result += readme.slice(copiedUpTo, zone.contentStart) + lines2;
    copiedUpTo = zone.contentEnd;
  }
  return result + readme.slice(copiedUpTo);
}
function zoneContent(readme, zone) {
  return withLineEndings(readme.slice(zone.contentStart, zone.contentEnd), "\n").replace(/\n$/, "");
}
function withLineEndings(text3, eol) {
  if (text3 === "") return "";
  const lines2 = text3.split(LINE_ENDING);
  if (lines2.at(-1) === "") lines2.pop();
  return lines2.map((line) => line + eol).join("");
}

// src/board.ts
var MAX_PRINTED_WARNINGS = 20;
async function buildBoards(run, boards, io, site = {}) {
  const readmes = await Promise.all(boards.map((board) => readReadme(board, io)));
  for (const board of boards)
    if (board.archivePath) archivePath(board.archivePath, run.now, board.timezone);
  const selections = boards.map((board) => selectOptions(board, run.now));
  const loaded = await loadListings(
    run,
    io,
    (listing) => selections.some((options) => isCandidate(listing, options))
  );
  for (const warning of loaded.warnings) io.warn(warning);
  reportInvalid(loaded.invalid, run.strict, io.warn);
  const results = [];
  for (const [index, board] of boards.entries())
    results.push(await buildOne(run, board, readmes[index], loaded, io, site));
  const files = results.flatMap((result) => result.files);
  return {
    boards: results,
    files,
    changed: files.length > 0,
    invalid: loaded.invalid,
    totals: runTotals(results, boards[0], loaded.invalid.length)
  };
}
function boardChanged(readme, zones, contents) {
  const held = new Map([...contents].filter(([name]) => name !== "updated"));
  return spliceZones(readme, zones, held) !== readme;
}
async function readReadme(board, io) {
  const before = await io.readFile(board.readme);
  if (before === void 0) throw errors.readmeMissing(board.readme);
  return { before, zones: await findZones(before, board.markerPrefix) };
}
async function buildOne(run, config, { before, zones }, loaded, io, site) {
  const selection = selectOptions(config, run.now);
  const candidates = loaded.listings.filter((listing) => isCandidate(listing, selection));
  const selected = selectOpenings(candidates, selection);
  if (selected.length === 0 && !config.allowEmpty)
    throw errors.emptySelection(config.category, loaded.valid, loaded.feed);
  const readme = new ReadmeRenderer(before, zones, config, run.now);
  const fitted = fitToSize(selected, readme, config);
  const changes = await tableChanges(
    zoneContent(before, zones.get("openings")),
    fitted.rows.map((row) => row.url)
  );
  guardRemovals(changes, config.maxRemovedPercent);
  const readmeFile = fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : [];
  const files = [...readmeFile, ...await companionFiles(config, run.now, fitted.rows, io, site)];
  return {
    readmePath: config.readme,
    before,
    after: fitted.readme,
    changed: files.length > 0,
    stats: computeStats(fitted.rows, config),
    rows: fitted.rows,
    leftOut: fitted.leftOut,
    added: changes.added,
    removed: changes.removed,
    invalid: loaded.invalid,
    files,
    contents: fitted.contents
  };
}
function fitToSize(rows, readme, config) {
  try {
    const fitted = fitRows(rows, config.maxBytes, (shown) => readme.rowSizes(shown), readme.render);
    return { ...fitted, contents: readme.contentsOf(fitted.rows, fitted.leftOut) };
  } catch (error) {
    if (error instanceof NoRoomForRows)
      throw errors.readmeTooLarge(config.readme, error.bytes, config.maxBytes);
    throw error;
  }
}
function selectOptions(config, now) {
  return {
    category: config.category,
    keywords: config.keywords,
    now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows
  };
}
function reportInvalid(invalid, strict, warn) {
  const first = invalid[0];
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason);
  for (const record of invalid.slice(0, MAX_PRINTED_WARNINGS))
    warn(
      `Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ""}: ${record.reason}`
    );
  const unprinted = invalid.length - MAX_PRINTED_WARNINGS;
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalid.length} in all).`);
}
function guardRemovals(changes, maxRemovedPercent) {
  const { removed, previousRows } = changes;
  if (previousRows > 0 && removed.length * 100 > maxRemovedPercent * previousRows)
    throw errors.tooManyRemoved(removed.length, previousRows, maxRemovedPercent);
}
async function companionFiles(config, now, rows, io, site) {
  const { labels, timezone, utm, category } = config;
  const feeds = config.feedPaths.length > 0 ? await import("./feeds-CYSAT2XP.js") : void 0;
  const wanted = (feeds?.feedFiles(rows, { paths: config.feedPaths, labels, timezone, utm, category, ...site }) ?? []).map((feed) => ({ path: feed.path, text: feed.content }));
  if (config.archivePath)
    wanted.push({
      path: archivePath(config.archivePath, now, timezone),
      text: archiveDocument(rows, { labels, timezone, utm, category, now })
    });
  const writes = [];
  for (const file of wanted) if (await io.readFile(file.path) !== file.text) writes.push(file);
  return [...writes, ...await expiredSnapshots(config, now, io)];
}
async function expiredSnapshots(config, now, io) {
  const { archivePath: template, archiveDays, timezone } = config;
  if (!template || archiveDays === void 0) return [];
  const existing = await io.listFiles(archiveFolder(template));
  return expiredArchives(existing, template, now, timezone, archiveDays).map((path) => ({
    path,
    deleted: true
  }));
}
var ReadmeRenderer = class {
  constructor(readme, zones, config, now) {
    this.readme = readme;
    this.zones = zones;
    this.config = config;
    this.now = now;
  }
  readme;
  zones;
  config;
  now;
  render = (rows, leftOut) => {
    const contents = this.contentsOf(rows, leftOut);
    return boardChanged(this.readme, this.zones, contents) ? spliceZones(this.readme, this.zones, contents) : this.readme;
  };
  contentsOf(rows, leftOut) {
    return new Map(
      [...this.zones.keys()].map((name) => [name, this.zoneMarkdown(name, rows, leftOut)])
    );
  }
  /** Bytes each row's line takes in the README, its line ending included. */
  rowSizes(rows) {
    const eol = this.zones.get("openings").eol.length;
    const lines2 = this.openings(rows, 0).split("\n").slice(2, 2 + rows.length);
    return lines2.map((line) => Buffer.byteLength(line, "utf8") + eol);
  }
  zoneMarkdown(name, rows, leftOut) {
    const { labels, timezone, maxAgeDays } = this.config;
    const { now } = this;
    switch (name) {
      case "openings":
        return this.openings(rows, leftOut);
      case "updated":
        return toMarkdown2(updatedLine(now, { labels, timezone }));
      case "stats":
        return toMarkdown2(statsBlock(computeStats(rows, this.config), { labels }));
      case "chart":
        return toMarkdown2(chartBlock(rows, { now, timezone, labels, maxAgeDays }));
    }
  }
  openings(rows, leftOut) {
    const { labels } = this.config;
    const table = this.table(rows);
    return leftOut > 0 ? `${table}

${toMarkdown2(leftOutNote(leftOut, labels))}` : table;
  }
  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  lastTable;
  table(rows) {
    if (this.lastTable?.rows !== rows) {
      const { labels, timezone, utm } = this.config;
      const markdown = toMarkdown2(openingsTable(rows, { labels, timezone, utm }));
      this.lastTable = { rows, markdown };
    }
    return this.lastTable.markdown;
  }
};
function runTotals(boards, options, skipped) {
  const sum = (count) => boards.reduce((total, board) => total + count(board), 0);
  return {
    stats: computeStats(
      boards.flatMap((board) => board.rows),
      options
    ),
    added: sum((board) => board.added.length),
    removed: sum((board) => board.removed.length),
    skipped
  };
}

// src/run.ts
var ReadChanged = class extends Error {
  name = "ReadChanged";
};
var MAX_CONFLICT_RETRIES = 3;
async function runBoards(settings, boards, store, log) {
  const plan2 = planFiles(settings, boards);
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const snapshot = await store.read(plan2);
    const io = { ...snapshot.io, warn: retry === 0 ? log.warn : () => {
    } };
    const run = await buildBoards(settings, boards, io, snapshot.site);
    if (!run.changed || settings.dryRun) return { run };
    try {
      return { run, written: await store.write(snapshot, run) };
    } catch (error) {
      if (!(error instanceof ReadChanged)) throw error;
      log.info(`${error.message}; reading it again.`);
    }
  }
  throw store.busy(MAX_CONFLICT_RETRIES + 1);
}
function planFiles(settings, boards) {
  const targets = boards.flatMap((board) => [
    board.readme,
    ...board.feedPaths,
    ...board.archivePath ? [archivePath(board.archivePath, settings.now, board.timezone)] : []
  ]);
  return {
    sources: isHttpUrl(settings.listings) ? [] : [settings.listings],
    targets: [...new Set(targets)],
    folders: archiveFolders(boards)
  };
}
function archiveFolders(boards) {
  const depths = /* @__PURE__ */ new Map();
  for (const { archivePath: template, archiveDays } of boards) {
    if (!template || archiveDays === void 0) continue;
    const folder = archiveFolder(template);
    const depth = segments(template) - segments(folder);
    depths.set(folder, Math.max(depth, depths.get(folder) ?? 0));
  }
  return [...depths].map(([path, depth]) => ({ path, depth }));
}
function segments(path) {
  return path === "" ? 0 : path.split("/").length;
}

// src/files/local-files.ts
import { createReadStream, existsSync } from "node:fs";
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { join as join3, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// src/files/real-path.ts
import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
async function realTarget(root, path, confined = true) {
  const real = await resolveExisting(resolve(root, path));
  if (confined && !isInside(await realpath(root), real))
    throw errors.pathLeavesRepository(path, real);
  return real;
}
async function resolveExisting(absolute) {
  const missing = [];
  let existing = absolute;
  for (; ; ) {
    try {
      await lstat(existing);
      return join(await realpath(existing), ...missing);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      const parent = dirname(existing);
      if (parent === existing) return absolute;
      missing.unshift(basename(existing));
      existing = parent;
    }
  }
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}

// src/files/write-files.ts
import { createHash, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, copyFile, link as link2, mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
async function writeFiles(root, changes, reads, { userPaths = [] } = {}) {
  const steps = await plan(root, changes, userPaths);
  const staged = [];
  try {
    for (const step of steps) {
      staged.push(step);
      await stage(step);
    }
    await checkUnchanged(steps, reads);
    await commit(steps);
  } catch (error) {
    await Promise.all(staged.map(discard));
    throw error;
  }
  await syncFolders(steps);
  await Promise.all(steps.map((step) => step.aside && rm(step.aside, { force: true })));
}
function digest(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function plan(root, changes, userPaths) {
  const steps = [];
  const byTarget = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const target = await realTarget(root, change.path, !userPaths.includes(change.path));
    const other = byTarget.get(target);
    if (other !== void 0) throw errors.sameFileTwice(change.path, other, target);
    byTarget.set(target, change.path);
    const step = { path: change.path, absolute: resolve2(root, change.path), target };
    if ("text" in change) step.text = change.text;
    step.mode = await checkWritable(step);
    steps.push(step);
  }
  return steps;
}
async function checkWritable(step) {
  const existing = await stat(step.target).catch(ignoreMissing);
  if (existing?.isDirectory()) throw errors.writeRefused(step.path, "it is a folder");
  if (existing && step.text !== void 0 && !await isWritable(step.target, existing.mode))
    throw errors.writeRefused(step.path, "the file is read-only");
  const folder = await nearestFolder(dirname2(step.target));
  if (!await isWritable(folder.path, folder.mode))
    throw errors.writeRefused(step.path, `the folder ${folder.path} is read-only`);
  return existing ? existing.mode & 4095 : void 0;
}
async function isWritable(path, mode) {
  if ((mode & 146) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false
  );
}
async function nearestFolder(path) {
  const found = await stat(path).catch(ignoreMissing);
  if (found?.isDirectory()) return { path, mode: found.mode };
  if (found) return { path, mode: 0 };
  return dirname2(path) === path ? { path, mode: 0 } : nearestFolder(dirname2(path));
}
async function stage(step) {
  if (step.text === void 0) return;
  try {
    step.createdFolder = await mkdir(dirname2(step.target), { recursive: true });
    step.temporary = sideName(step.target, "new");
    const file = await open(step.temporary, "wx");
    try {
      await file.writeFile(step.text, "utf8");
      if (step.mode !== void 0) await file.chmod(step.mode);
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    throw writeError(step.path, error);
  }
}
async function checkUnchanged(steps, reads) {
  for (const step of steps) {
    const read = reads.get(step.absolute);
    if (read === void 0) continue;
    const now = await readFile(step.target).then(digest, ignoreMissingAsNull);
    if (now !== read) throw errors.fileChanged(step.path);
  }
}
async function commit(steps) {
  try {
    for (const step of steps) await commitOne(step);
  } catch (error) {
    for (const step of [...steps].reverse())
      if (step.committed) await rollBack(step).catch(() => {
      });
    throw writeError(steps.find((step) => !step.committed)?.path ?? "", error);
  }
}
async function commitOne(step) {
  if (step.temporary === void 0) {
    const aside = sideName(step.target, "old");
    const moved = await rename(step.target, aside).then(
      () => true,
      (error) => ignoreMissing(error) ?? false
    );
    if (moved) step.aside = aside;
  } else {
    if (step.mode !== void 0) step.aside = await keepAside(step.target);
    await rename(step.temporary, step.target);
    step.temporary = void 0;
  }
  step.committed = true;
}
async function keepAside(target) {
  const aside = sideName(target, "old");
  await link2(target, aside).catch(() => copyFile(target, aside));
  return aside;
}
async function rollBack(step) {
  if (step.aside) await rename(step.aside, step.target);
  else if (step.text !== void 0) await rm(step.target, { force: true });
  step.aside = void 0;
}
async function discard(step) {
  if (step.temporary) await rm(step.temporary, { force: true });
  if (step.createdFolder) await rm(step.createdFolder, { recursive: true, force: true });
}
async function syncFolders(steps) {
  for (const folder of new Set(steps.map((step) => dirname2(step.target)))) {
    const handle = await open(folder, "r").catch(() => void 0);
    if (!handle) continue;
    await handle.sync().catch(() => void 0);
    await handle.close();
  }
}
function sideName(target, kind) {
  const unique2 = `${process.pid}-${randomBytes(4).toString("hex")}`;
  return join2(dirname2(target), `.${basename2(target)}.jobs-readme-${unique2}.${kind}`);
}
function writeError(path, error) {
  if (isBoardError(error)) return error;
  const code = error.code;
  const problem = code === "ENOSPC" || code === "EDQUOT" ? "the disk is full" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : error.message;
  return errors.writeFailed(path, problem);
}
function ignoreMissing(error) {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
  throw error;
}
function ignoreMissingAsNull(error) {
  if (error.code === "ENOENT" || error.code === "EISDIR" || error.code === "ENOTDIR") return null;
  throw error;
}

// src/files/local-files.ts
function localFiles(root = process.cwd()) {
  const reads = /* @__PURE__ */ new Map();
  const at = (path) => resolve3(root, path);
  return {
    async readFile(path) {
      const bytes = await readFile2(at(path)).catch(ignoreMissing2);
      reads.set(at(path), bytes ? digest(bytes) : null);
      return bytes?.toString("utf8");
    },
    streamFile: (path) => existsSync(at(path)) ? createReadStream(at(path), { encoding: "utf8" }) : void 0,
    listFiles: (folder) => listFiles(root, folder),
    write: (changes, options) => writeFiles(root, changes, reads, options)
  };
}
async function listFiles(root, folder) {
  await realTarget(root, folder || ".", folder !== "");
  const entries = await readdir(resolve3(root, folder), {
    recursive: true,
    withFileTypes: true
  }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative2(root, join3(entry.parentPath, entry.name)).split(sep2).join("/"));
}
function ignoreMissing2(error) {
  if (error.code === "ENOENT" || error.code === "EISDIR") return void 0;
  throw error;
}

// src/publish/workspace.ts
function localStore(root, redirect) {
  return {
    async read() {
      return { io: localFiles(root) };
    },
    async write({ io }, run) {
      const toStdout = run.files.find((file) => isRedirected(file, redirect) && !("deleted" in file));
      const files = run.files.flatMap((file) => redirected(file, redirect));
      try {
        await io.write(files, { userPaths: typeof redirect?.to === "string" ? [redirect.to] : [] });
      } catch (error) {
        if (isBoardError(error) && error.code === "file-changed")
          throw new ReadChanged(error.message.replace(/\. Nothing was written.*$/s, ""));
        throw error;
      }
      if (toStdout && typeof redirect?.to === "function" && "text" in toStdout)
        redirect.to(toStdout.text);
      return {
        written: files.filter((file) => !("deleted" in file)).map((file) => file.path),
        deleted: files.filter((file) => "deleted" in file).map((file) => file.path)
      };
    },
    busy: (attempts) => errors.filesBusy(attempts)
  };
}
function isRedirected(file, redirect) {
  return redirect !== void 0 && file.path === redirect.path && !("deleted" in file);
}
function redirected(file, redirect) {
  if (!isRedirected(file, redirect) || "deleted" in file) return [file];
  return typeof redirect?.to === "string" ? [{ path: redirect.to, text: file.text }] : [];
}

export {
  toMarkdown2 as toMarkdown,
  findZones,
  boardChanged,
  ReadChanged,
  runBoards,
  localFiles,
  localStore
};
