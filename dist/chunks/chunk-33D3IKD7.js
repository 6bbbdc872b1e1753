import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  clip
} from "./chunk-XG64FQ2T.js";
import {
  isRecord,
  jsonText
} from "./chunk-J2VHFJZX.js";
import {
  YAMLError,
  yamlValue
} from "./chunk-5R6ZADQT.js";
import {
  isDigit,
  timeOf
} from "./chunk-NOMF4GSH.js";
import {
  errors
} from "./chunk-POPMLHNH.js";
import {
  printable,
  redactCredentials
} from "./chunk-6XRODA2F.js";

// src/load/formats.ts
import { Readable, pipeline } from "node:stream";

// src/load/json-numbers.ts
var LONG = 16;
function parseJson(text) {
  if (!hasLongInteger(text)) return JSON.parse(text);
  try {
    return JSON.parse(text.replace(LONG_INTEGER, '$1"$2"'));
  } catch {
    const quoted = text.replace(
      STRING_OR_LONG_INTEGER,
      (token, before, digits) => digits === void 0 ? token : `${before}"${digits}"`
    );
    return JSON.parse(quoted);
  }
}
var LONG_INTEGER = /([[,:][ \t\n\r]*)(-?[1-9]\d{15,})(?=[ \t\n\r]*[,\]}])/g;
var STRING_OR_LONG_INTEGER = new RegExp(
  String.raw`"[^"\\]*(?:\\.[^"\\]*)*"|` + LONG_INTEGER.source,
  "g"
);
function hasLongInteger(text) {
  for (let at = LONG - 1; at < text.length; at += LONG) {
    if (!isDigit(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    if (end - start >= LONG && standsAsValue(text, start)) return true;
    at = end;
  }
  return false;
}
function standsAsValue(text, at) {
  let before = at - 1;
  if (text[before] === "-") before--;
  while (before >= 0 && " 	\n\r".includes(text[before])) before--;
  return before >= 0 && "[,:".includes(text[before]);
}
function isLongIntegerText(text) {
  return LONG_INTEGER_TEXT.test(text);
}
var LONG_INTEGER_TEXT = new RegExp(`^-?[1-9]\\d{${LONG - 1},}$`);
var LONG_YAML_INTEGER = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  test: new RegExp(`^[-+]?\\d{${LONG},}$`),
  resolve: (text) => text
};

// src/load/json-syntax.ts
function findJsonSyntaxError(text) {
  try {
    new JsonScanner(text).document();
    return void 0;
  } catch (error) {
    if (!(error instanceof StopAt)) throw error;
    const { offset, problem } = error;
    return { ...lineAndColumn(text, offset), offset, problem };
  }
}
function jsonParseError(source, format, text, error, line = 1) {
  const found = findJsonSyntaxError(text);
  if (found) return jsonErrorAt(source, format, { ...found, line: line - 1 + found.line });
  const where = format === "jsonl" ? `line ${line}` : "somewhere";
  return errors.sourceParse(source, format, where, error.message);
}
function jsonErrorAt(source, format, { line, column, problem }) {
  return errors.sourceParse(source, format, `line ${line}, column ${column}`, problem);
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
  constructor(text) {
    this.text = text;
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
    if (this.at < this.text.length)
      this.unexpected(`after the end of the JSON value${this.jsonlAdvice()}`);
  }
  /**
   * After a whole value, another opening on a line of its own: the shape of JSONL (a value a
   * line), read as one JSON document.
   */
  jsonlAdvice() {
    const next = this.text[this.at];
    const lineStart = this.text.lastIndexOf("\n", this.at - 1) + 1;
    if (next !== "{" && next !== "[" || this.text.slice(lineStart, this.at).trim() !== "")
      return "";
    if (this.text.slice(0, lineStart).trim().includes("\n"))
      return `: another value starts a line after the first, which spans several lines, as jq '.[]' writes records one after another. Write them as one list (jq -s . on this file, or jq '[.[]]' on the source) and keep the name .json, or one a line (jq -c '.[]') into a .jsonl file`;
    return ': another value starts a line after the first, as in JSONL (one JSON value a line). If the feed is JSONL, name it .jsonl or set "listings-format: jsonl"';
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
    const notJson = NOT_JSON_NUMBER.exec(this.text.slice(this.at, this.at + 9))?.[0];
    if (notJson)
      this.stop(
        `${notJson}, which JSON does not have (Python's json.dumps writes it for a float that is not a number): write null there, or dump with allow_nan=False to find them`
      );
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
    return this.stop(`unexpected ${found}${where ? ` ${where}` : ""}${this.csvAdvice()}`);
  }
  /**
   * On the first line, when it is a header of CSV (two or more names separated by commas,
   * semicolons or tabs; each short and not ending a sentence; no comment's start before them):
   * the text is CSV read as JSON, as a CSV served as application/json or behind a .json address
   * is, or with "listings-format: json". A sentence (`Rate limit exceeded, please retry.`) or a
   * comment (`// company, title, url`) is not a header.
   */
  csvAdvice() {
    const start = this.text.search(/[^\s\uFEFF]/);
    const end = this.text.indexOf("\n", start);
    if (start === -1 || this.at < start || end !== -1 && this.at > end) return "";
    const line = this.text.slice(start, end === -1 ? void 0 : end).trim();
    if (COMMENT_START.test(line)) return "";
    const separator = [",", ";", "	"].find((mark) => line.split(mark).length > 1);
    if (separator === void 0) return "";
    const names = line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
    if (!names.every(isCsvName)) return "";
    const shown2 = separator === "	" ? "tabs" : `"${separator}"`;
    return `: the text looks like CSV, a first line of names separated by ${shown2} (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", ..." : ""}), not JSON. If the feed is CSV, name it .csv or set "listings-format: csv"`;
  }
  stop(problem) {
    throw new StopAt(this.at, problem);
  }
};
function isCsvName(name) {
  return name.length <= CSV_NAME_LENGTH && CSV_NAME.test(name) && !SENTENCE_END.test(name);
}
var CSV_NAME = /^[\p{L}\p{N}_ .\-/()#]+$/u;
var CSV_NAME_LENGTH = 40;
var SENTENCE_END = /[.!?]$/;
var COMMENT_START = /^(?:\/\/|\/\*|#)/;
var NOT_JSON_NUMBER = /^(?:NaN|-?Infinity)/;
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
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
  /** Line feeds before the array's `[`: the document's lines after them are its own. */
  openLines = 0;
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
    const { text } = this;
    const { length } = text;
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
        const code = text.charCodeAt(at);
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
    const { text } = this;
    if (this.escaped) {
      this.escaped = false;
      from++;
    }
    for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
      if (backslashesBefore(text, quote, from) % 2 === 0) return quote + 1;
    }
    this.escaped = backslashesBefore(text, text.length, from) % 2 === 1;
    return -1;
  }
  scanScalar() {
    SCALAR_END.lastIndex = this.at;
    if (SCALAR_END.test(this.text)) this.elementEnds(SCALAR_END.lastIndex - 1);
    else this.at = this.text.length;
  }
  /** Outside elements: whitespace, `[`, `,`, `]`, or the start of an element. */
  punctuation() {
    const { text } = this;
    let at = this.at;
    let code = text.charCodeAt(at);
    while (code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB) {
      if (code === LINE_FEED) this.lineFeedAt(at);
      code = text.charCodeAt(++at);
    }
    if (at >= text.length) {
      this.at = at;
      return;
    }
    this.at = at + 1;
    switch (this.place) {
      case "before":
        this.openLines = this.lines;
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
    let elements;
    try {
      elements = parseJson(this.arrayOf(this.runStart, this.runEnd));
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
  /**
   * The text from `from` to `to` (`to` in the chunk being scanned) inside `[` and `]`, copied
   * once: the pieces held and the chunk's are joined with the brackets in one go.
   */
  arrayOf(from, to) {
    const end = to - this.textStart;
    if (from >= this.textStart) return `[${this.text.slice(from - this.textStart, end)}]`;
    const pieces = ["["];
    let pieceStart = this.heldStart;
    for (const piece of this.held) {
      const skip = from - pieceStart;
      if (skip < piece.length) pieces.push(skip > 0 ? piece.slice(skip) : piece);
      pieceStart += piece.length;
    }
    pieces.push(this.text.slice(0, end), "]");
    return pieces.join("");
  }
  /**
   * Throws the first syntax error in the text not parsed yet, found by scanning it again as
   * the rest of the document (after an element, unless nothing was parsed yet), with its line
   * and column in the document.
   */
  fail() {
    const text = this.heldStart >= this.textStart ? this.text.slice(this.heldStart - this.textStart) : this.held.join("") + this.text;
    const spans = this.heldStart !== 0 && this.heldLines > this.openLines;
    const prefix = this.heldStart === 0 ? "" : spans ? "[0\n" : "[0 ";
    const found = findJsonSyntaxError(prefix + text);
    const line = found.line - (spans ? 1 : 0);
    const column = line === 1 ? this.heldStart - this.heldLineStart + found.column - (spans ? 0 : prefix.length) : found.column;
    throw new JsonArraySyntaxError({
      line: this.heldLines + line,
      column,
      offset: this.heldStart + found.offset - prefix.length,
      problem: found.problem
    });
  }
};
function backslashesBefore(text, at, from) {
  let count = 0;
  while (at - count > from && text.charCodeAt(at - count - 1) === BACKSLASH) count++;
  return count;
}

// src/load/paging.ts
function pagingInDocument(document, path) {
  const found = { signs: [], last: false };
  let value = document;
  for (const [depth, key] of path.entries()) {
    if (!isRecord(value)) break;
    const around = Object.entries(value).filter(([member]) => member !== key);
    look(around, path.slice(0, depth), found, MAX_DEPTH, true);
    value = value[key];
  }
  return found.last ? found.signs.filter((sign) => !sign.token) : found.signs;
}
var MAX_DEPTH = 3;
var MAX_SIGNS = 2;
var PAGING_KEYS = /* @__PURE__ */ new Set([
  "pagination",
  "paging",
  "pager",
  "page",
  "pageinfo",
  "pagemeta",
  "meta",
  "metadata",
  "links",
  "link",
  "cursors",
  "data"
]);
function look(entries, at, found, depth, paging) {
  for (const [key, value] of entries) {
    const name = [...at, key].join(".");
    const normal = normalized(key);
    if (isLast(normal, value)) found.last = true;
    const sign = signOf(normal, name, value);
    if (sign !== void 0) {
      if (paging || !sign.token) found.signs.push(sign);
    } else if (isRecord(value) && depth > 1)
      look(Object.entries(value), [...at, key], found, depth - 1, PAGING_KEYS.has(normal));
  }
}
function isLast(key, value) {
  if (MORE_KEYS.has(key)) return value === false || value === "false";
  if (NEXT_KEYS.has(key)) {
    const next = isRecord(value) ? value.href : value;
    return next === null || typeof next === "string" && next.trim() === "";
  }
  return false;
}
function normalized(key) {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}
var NEXT_KEYS = /* @__PURE__ */ new Set([
  "next",
  "nextpage",
  "nexturl",
  "nextlink",
  "nexthref",
  "nextpageurl",
  "nextpagelink",
  "nextcursor",
  "nextpagecursor",
  "nextpagetoken",
  "nexttoken",
  "nextoffset",
  "odatanextlink"
]);
var CURSOR_KEYS = /* @__PURE__ */ new Set([
  "nextcursor",
  "nextpagecursor",
  "nextpagetoken",
  "nexttoken",
  "nextoffset"
]);
var TOKEN_KEYS = /* @__PURE__ */ new Set([
  "offset",
  "cursor",
  "continuation",
  "continuationtoken",
  "nextpagekey",
  "scrollid",
  "lastevaluatedkey",
  "after",
  "pagetoken",
  "resumptiontoken"
]);
var MORE_KEYS = /* @__PURE__ */ new Set([
  "hasnext",
  "hasnextpage",
  "hasmore",
  "hasmoreitems",
  "hasmoreresults",
  "morepages"
]);
var PAGE_COUNT_KEYS = /* @__PURE__ */ new Set([
  "pagecount",
  "totalpages",
  "nbpages",
  "numpages",
  "pagestotal",
  "lastpage",
  "numberofpages"
]);
var TOTAL_KEYS = /* @__PURE__ */ new Set([
  "total",
  "totalcount",
  "totalfound",
  "totalresults",
  "totalitems",
  "totalelements",
  "totalhits",
  "totalrecords",
  "totalsize",
  "totaljobs",
  "totaljobcount",
  "nbhits",
  "numfound",
  "count",
  "found",
  "resultcount",
  "hitcount",
  "searchresultcountall"
]);
function signOf(key, name, value) {
  if (NEXT_KEYS.has(key)) {
    const next = isRecord(value) ? value.href : value;
    if (typeof next === "number" && next > 0) return { name, kind: "next" };
    if (typeof next !== "string" || next.trim() === "") return void 0;
    const address = !CURSOR_KEYS.has(key) && isAddress(next.trim()) ? next.trim() : void 0;
    return { name, kind: "next", ...address !== void 0 && { address } };
  }
  if (TOKEN_KEYS.has(key)) return isToken(value) ? { name, kind: "next", token: true } : void 0;
  if (MORE_KEYS.has(key))
    return value === true || value === "true" ? { name, kind: "more" } : void 0;
  if (PAGE_COUNT_KEYS.has(key)) {
    const count = countOf(value);
    return count !== void 0 ? { name, kind: "pages", count } : void 0;
  }
  if (TOTAL_KEYS.has(key)) {
    const count = countOf(isRecord(value) ? value.value : value);
    return count !== void 0 ? { name, kind: "total", count } : void 0;
  }
  return void 0;
}
function isToken(value) {
  if (isRecord(value)) return Object.keys(value).length > 0;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text !== "" && !/^\d+$/.test(text) && !ZONE_OFFSET.test(text) && timeOf(text) === void 0;
}
var ZONE_OFFSET = /^(?:(?:utc|gmt) ?)?[+\-\u2212]\d{1,2}(?::?\d{2})?$|^z$/i;
function isAddress(value) {
  if (/^https?:\/\/[^\s]+$/i.test(value) || /^(?:\/|\?|\.{1,2}\/)\S*$/.test(value)) return true;
  const reference = RELATIVE_PATH.exec(value);
  if (!reference) return false;
  const [, path = "", query] = reference;
  return query !== void 0 && /(?:^|&)[^=&]+=/.test(query) || /[^/]\/[^/]*[a-z]/i.test(path) || /\.[a-z][a-z\d]{0,4}$/.test(path);
}
var RELATIVE_PATH = /^([\w.~%!$&'()*,;@-]+(?:\/[\w.~%!$&'()*,;:@-]*)*)(?:\?([^\s#]*))?(?:#\S*)?$/;
function signPhrase(sign, records, pages) {
  const { name, kind, count = 0 } = sign;
  if (kind === "next") return `its ${name} names a next page`;
  if (kind === "more") return `its ${name} is true`;
  if (kind === "pages") return count > pages ? `its ${name} is ${count} pages` : void 0;
  const held = pages > 1 ? `the ${pages} pages read hold` : "the answer holds";
  return count > records ? `its ${name} is ${count.toLocaleString("en-US")} records where ${held} ${records.toLocaleString("en-US")}` : void 0;
}
function signsPhrase(signs, records, pages) {
  const phrases = signs.flatMap((sign) => signPhrase(sign, records, pages) ?? []);
  return phrases.length > 0 ? phrases.slice(0, MAX_SIGNS).join("; ") : void 0;
}
function countOf(value) {
  const count = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof count === "number" && Number.isSafeInteger(count) ? count : void 0;
}
function nextInLinkHeader(link) {
  if (link === void 0) return void 0;
  for (const [, target, params] of link.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*(?:"[^"]*")?)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params ?? "");
    const types = (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/);
    if (types.includes("next")) return (target ?? "").trim();
  }
  return void 0;
}
function linkSign(address) {
  return { name: 'Link header (rel="next")', kind: "next", address, header: true };
}
function pagingWarning(source, sign, pages, isUrl) {
  const how = isUrl ? `The run follows pages only where an answer names the next page's address, in a Link header with rel="next" or a field holding its URL (next, next_url, nextLink, paging.next, @odata.nextLink, HAL's _links.next.href), and this one names no such address (a cursor, token or page number is none), so the run read ${pages > 1 ? `these ${pages} pages` : "this one page"} (README "Listings from a URL"). If the API can give the next page's URL in such a field, ask for it; else ask for its largest page (such as with a limit or per_page parameter), or fetch every page into one file and point "listings" at it.` : `A file is read as it is, one answer (README "Listings from a URL"): fetch every page into one file, or point "listings" at the API's URL, whose pages are followed where it names the next page's address.`;
  return redactCredentials(
    `Listings "${source}" is one page of a paged answer: ${sign}${pages > 1 ? ` (page ${pages}, the last read)` : ""}. ${how}`
  );
}
function nextPage(sign, page, read) {
  const { source, pages, records, maxPages } = read;
  const kept = `so the run stops there and keeps the ${records.toLocaleString("en-US")} ${records === 1 ? "record" : "records"} of the ${pages === 1 ? "page" : `${pages} pages`} read`;
  const named = `Listings "${source}": page ${pages} names its next page in its ${sign.header ? "" : "field "}${sign.name}`;
  const url = URL.parse(sign.address ?? "", page);
  const stop = (text) => ({ stop: redactCredentials(text) });
  if (!url || url.protocol !== "http:" && url.protocol !== "https:")
    return stop(
      `${named} as "${sign.address}", which is no http(s) address, ${kept}. Check the API's paging, or fetch every page into one file and point "listings" at it.`
    );
  url.hash = "";
  const origin = new URL(source).origin;
  if (url.origin !== origin)
    return stop(
      `${named} at ${url.origin}, another origin than the listings URL's (${origin}): pages are read from the listings URL's own origin only, where "listings-header" goes, ${kept}. If the pages are meant to come from there, fetch every page into one file and point "listings" at it.`
    );
  if (read.seen.has(url.href))
    return stop(
      `${named} as ${url.href}, a page read already: the pages go round in a circle, ${kept}. Check the API's paging (its next page should move on).`
    );
  if (pages >= maxPages)
    return stop(
      `Listings "${source}" has more pages than "listings-max-pages" (${maxPages.toLocaleString("en-US")}) lets the run read: it read ${pages.toLocaleString("en-US")} pages (${records.toLocaleString("en-US")} records) and stops before the next, ${url.href}. Raise "listings-max-pages" to read every page, or ask the API for larger pages (such as with a limit or per_page parameter).`
    );
  return { url: url.href };
}

// src/load/formats.ts
async function readRecords(source, explicit, paged) {
  let format = explicit ?? formatOfExtension(source.locations) ?? formatOfContentType(source.contentType);
  const peeked = await peek(source.chunks, format ? markupStart : firstLines);
  const { head, chunks } = BLANK.test(peeked.head) ? await pastBlank(peeked.chunks) : peeked;
  if (head === void 0) throw errors.sourceEmpty(source.name, format);
  const markup = markupKind(head);
  if (markup) throw errors.sourceMarkup(source.name, markup);
  format ??= sniffFormat(head);
  if (!format) throw errors.sourceFormat(source.name);
  source.format = format;
  return PARSERS[format](chunks, source.name, paged);
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
function isUtf8Format(explicit, locations, contentType, head) {
  const format = explicit ?? formatOfExtension(locations) ?? formatOfContentType(contentType) ?? sniffFormat(head.replace(/^[\s\uFEFF]*/, ""));
  return format !== void 0 && format !== "csv";
}
var SNIFF_LENGTH = 64 * 1024;
var MARKUP_SNIFF_LENGTH = 4096;
async function peek(chunks, enough) {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen = [];
  let head = "";
  while (!enough(head)) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    head += next.value;
  }
  return { head, chunks: replay(seen, iterator) };
}
var BLANK = /^[\s\uFEFF]*$/;
async function pastBlank(chunks) {
  const iterator = chunks[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next())
    if (!BLANK.test(next.value)) return { head: next.value, chunks: replay([next.value], iterator) };
  return { head: void 0, chunks: replay([], iterator) };
}
var firstLines = (head) => head.length >= SNIFF_LENGTH;
var markupStart = (head) => head.length >= MARKUP_SNIFF_LENGTH || /^[\s\uFEFF]*[^\s\uFEFF<]/.test(head);
function markupKind(head) {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (!text.startsWith("<")) return void 0;
  if (/^<(?:!doctype\s+html|html)\b/i.test(text)) return "web page";
  return /<(?:rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, MARKUP_SNIFF_LENGTH)) ? "feed" : "xml";
}
function sniffFormat(head) {
  const text = head.trimStart();
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) return startsWithJsonLine(text) ? "jsonl" : "json";
  const firstLine = text.split("\n", 1)[0] ?? "";
  if (/^(?:---|- |[\w"' .-]+:(?:\s|$))/.test(firstLine)) return "yaml";
  if (/[,;\t]/.test(firstLine)) return "csv";
  return void 0;
}
function startsWithJsonLine(text) {
  const end = text.indexOf("\n");
  if (end === -1 || text.slice(end).trim() === "") return false;
  try {
    JSON.parse(text.slice(0, end));
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
async function* jsonRecords(chunks, source, paged) {
  const start = await peekStart(chunks);
  if (start.first === void 0) throw errors.sourceEmpty(source, "json");
  if (start.first === "[") {
    try {
      yield* jsonArrayBatches(start.chunks);
    } catch (error) {
      if (!(error instanceof JsonArraySyntaxError)) throw error;
      throw jsonErrorAt(source, "json", error.found);
    }
    return;
  }
  const text = await collect(start.chunks);
  let document;
  try {
    document = parseJson(text);
  } catch (error) {
    throw jsonParseError(source, "json", text, error);
  }
  yield* batches(listIn(document, source, "json", paged));
}
async function* jsonlRecords(chunks, source) {
  let pending = "";
  let number = 0;
  const parse = (text, records) => {
    number++;
    if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
    if (text.charCodeAt(0) !== OPEN_BRACE2 && text.trim() === "") return;
    let value;
    try {
      value = parseJson(text);
    } catch (error) {
      const trimmed = text.trim();
      if (/^(?:\[\s*)?[[{]$/.test(trimmed))
        throw errors.sourceParse(
          source,
          "jsonl",
          `line ${number}`,
          `the line opens a JSON value (${printable(clip(trimmed, SHOWN_CHARACTERS) ?? trimmed)}) that goes on over the next lines, but JSONL holds one whole value a line. If the file is one JSON document (a list over many lines), name it .json or set "listings-format: json"; if it is records one after another over several lines (as jq '.[]' writes them), write them one a line with jq -c '.[]'`
        );
      throw jsonParseError(source, "jsonl", text, error, number);
    }
    if (Array.isArray(value) && value.some(isRecord))
      throw errors.sourceParse(
        source,
        "jsonl",
        `line ${number}`,
        `the line is a list of ${value.length.toLocaleString("en-US")} ${value.length === 1 ? "item" : "items"}, not one listing: JSONL holds one listing (an object) a line. A file that is one JSON list is JSON: name it .json or set "listings-format: json"`
      );
    records.push(value);
  };
  for await (const chunk of chunks) {
    const records = [];
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      parse(pending === "" ? chunk.slice(start, end) : pending + chunk.slice(start, end), records);
      pending = "";
      start = end + 1;
    }
    if (start < chunk.length) pending += chunk.slice(start);
    if (records.length > 0) yield records;
  }
  const last = [];
  if (pending !== "") parse(pending, last);
  if (last.length > 0) yield last;
}
var OPEN_BRACE2 = 123;
var BYTE_ORDER_MARK = 65279;
var CSV_MAX_RECORD_BYTES = 1 << 20;
var CSV_MAX_LINE_CHARACTERS = 4 * CSV_MAX_RECORD_BYTES;
async function* boundedLines(chunks, source) {
  let line = 1;
  let length = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (const end of chunk.matchAll(/[\r\n]/g)) {
      if (length + end.index - start > CSV_MAX_LINE_CHARACTERS) break;
      if (end[0] === "\n" || chunk[end.index + 1] !== "\n") line++;
      length = 0;
      start = end.index + 1;
    }
    length += chunk.length - start;
    if (length > CSV_MAX_LINE_CHARACTERS)
      throw errors.sourceParse(
        source,
        "csv",
        `line ${line}`,
        `the line that starts here is longer than ${CSV_MAX_LINE_CHARACTERS.toLocaleString("en-US")} characters, more than any row of at most ${CSV_MAX_RECORD_BYTES.toLocaleString("en-US")} bytes (1 MiB) of values holds. Check what wrote the file (a row of delimiters alone runs so); if a row is really this long, shorten its longest value, or give the listings as JSON or JSONL`
      );
    yield chunk;
  }
}
var CSV_ROW_ENDS = ["\r\n", "\n", "\r"];
async function* csvRecords(chunks, source) {
  const { CsvError, parse: parseCsv } = commonJsExports(await import("./lib-TWE7U5MG.js"));
  const peeked = await peek(chunks, firstLines);
  const { delimiter, line: header } = csvHeaderLine(peeked.head);
  const headerProblem = csvHeaderProblem(peeked.head, delimiter, header);
  if (headerProblem)
    throw errors.sourceParse(source, "csv", headerProblem.where, headerProblem.problem);
  let lastRow;
  const parser = parseCsv({
    ...csvReadOptions(delimiter),
    from_line: header + 1,
    columns: (names) => {
      lastRow = { line: parser.info.lines, emptyLines: parser.info.empty_lines };
      const twice = repeatedColumn(names);
      if (twice) {
        const [first, second] = twice.at.map((at) => at + 1);
        throw errors.sourceParse(
          source,
          "csv",
          `line ${header + 1}`,
          `the header names "${twice.name}" twice (columns ${first} and ${second}), so one column's values would be lost. Give each column its own name, or delete the column not meant`
        );
      }
      return names;
    },
    // A row of delimiters alone (`;;;;`), as spreadsheets export blank rows, is no record. It is
    // left out here rather than by the parser, which would not say where it ended.
    on_record: (record, info) => {
      const start = lastRow && lastRow.line + 1 + info.empty_lines - lastRow.emptyLines;
      lastRow = { line: info.lines, emptyLines: info.empty_lines };
      if (spansRows(record, delimiter))
        throw errors.sourceParse(
          source,
          "csv",
          `line ${start ?? header + 2}`,
          `a quote (") at the start of a value here opens a quoted value that runs on to line ${info.lines}, so the rows between were read as part of it. If the quote is part of the text, write the whole value in quotes with each quote doubled ("""Senior Engineer"), or leave the quote out`
        );
      return Object.values(record).some((value) => value !== "") ? record : null;
    },
    max_record_size: CSV_MAX_RECORD_BYTES
  });
  pipeline(Readable.from(boundedLines(peeked.chunks, source)), parser, () => {
  });
  try {
    for await (const record of parser) yield [record];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const {
      record,
      columns,
      lines: end,
      empty_lines: emptyLines
    } = error;
    const where = typeof end === "number" ? `line ${end}` : "somewhere";
    const start = !lastRow ? header + 1 : typeof emptyLines === "number" ? lastRow.line + 1 + emptyLines - lastRow.emptyLines : void 0;
    if (error.code === "CSV_QUOTE_NOT_CLOSED" && start !== void 0)
      throw errors.sourceParse(
        source,
        "csv",
        `line ${start}`,
        `Quote Not Closed: the row that starts here opens a quote (") that is never closed, so the rest of the file, to line ${String(end)}, was read as one value. Close the quote, or write a quote inside a value as two ("")`
      );
    if (error.code === "CSV_MAX_RECORD_SIZE" && start !== void 0) {
      const spans = typeof end === "number" && end > start;
      throw errors.sourceParse(
        source,
        "csv",
        `line ${start}`,
        `the row that starts here is longer than ${CSV_MAX_RECORD_BYTES.toLocaleString("en-US")} bytes (1 MiB), the most a CSV row may hold${spans ? ` (it runs on to line ${String(end)}: if a quote (") in it is never closed, close it, or write a quote inside a value as two ("")` : ""}. If the row is really this long, shorten its longest value (such as the description), or give the listings as JSON or JSONL, which have no such limit`
      );
    }
    const delimiterName = DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter);
    const problem = error.code === "CSV_RECORD_INCONSISTENT_COLUMNS" && record && columns ? record.length < columns.length ? `Invalid Record Length: the row has ${record.length} fields where the header has ${columns.length}. Every row needs the header's fields, an empty one too: write a delimiter (${delimiterName}) for each, trailing empty ones included (as in ${["a", "b", "", ""].join(delimiter === "	" ? "\\t" : delimiter)} for a row of four whose last two are empty)` : `Invalid Record Length: the row has ${record.length} fields where the header has ${columns.length}. A value holding the delimiter (${delimiterName}) must be in double quotes, and every row needs the header's fields` : [
      "INVALID_OPENING_QUOTE",
      "CSV_INVALID_CLOSING_QUOTE",
      "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"
    ].includes(error.code) ? `${error.message.replace(/ (?:at|on) line \d+.*$/s, "")}. A value holding a quote (") must be in double quotes as a whole, each quote inside written as two (""): "Senior ""Rockstar"" Engineer"` : error.message.replace(/ (?:at|on) line \d+/, "");
    throw errors.sourceParse(source, "csv", where, problem);
  } finally {
    parser.destroy();
  }
}
function csvReadOptions(delimiter) {
  return {
    delimiter,
    record_delimiter: CSV_ROW_ENDS,
    skip_empty_lines: true,
    ...quotesOpenOnlyValues(delimiter) ? (
      // csv-parse's rtrim refuses any text after a closing quote, which a value that only
      // starts with a quote has (`"Founding" Engineer`): its end is trimmed once read.
      { relax_quotes: true, ltrim: true, cast: (value) => value.trimEnd() }
    ) : { trim: true }
  };
}
function quotesOpenOnlyValues(delimiter) {
  return delimiter === "	";
}
function spansRows(record, delimiter) {
  if (!quotesOpenOnlyValues(delimiter)) return false;
  return Object.values(record).some((value) => value.includes("	") && CSV_LINE_BREAK.test(value));
}
var CSV_LINE_BREAK = /\r\n|\n|\r/;
function csvHeaderLine(head) {
  const lines = head.split(CSV_LINE_BREAK);
  const declared = declaredDelimiter(lines[0] ?? "");
  const delimiter = declared ?? csvDelimiter(lines[0] ?? "");
  let line = declared ? 1 : 0;
  while (line < lines.length - 1 && isEmptyRow(lines[line], delimiter)) line++;
  return { delimiter, line };
}
function csvHeaderProblem(head, delimiter, header) {
  const lines = head.split(CSV_LINE_BREAK);
  const text = lines[header] ?? "";
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, "");
  const other = OTHER_DELIMITERS.find((candidate) => unquoted.includes(candidate));
  if (!unquoted.includes(delimiter) && other)
    return {
      where: `line ${header + 1}`,
      problem: `the header (${shown(text)}) holds no comma, semicolon or tab, the delimiters read, but "${other}": the delimiter "${other}" was not recognised. Add a first line sep=${other} (as Excel reads it) above the header, or write the file with commas`
    };
  const values = (line) => line.split(delimiter).map((cell) => cell.trim()).filter(Boolean);
  if (values(text).length !== 1) return void 0;
  for (let at = header + 1; at < Math.min(lines.length - 1, header + 6); at++) {
    const names = values(lines[at]);
    if (names.length >= 2 && names.filter((name) => LISTING_FIELD.test(name)).length >= 2)
      return {
        where: `line ${at + 1}`,
        problem: `this line looks like the header (${shown(names.join(", "))}), and line ${header + 1} above it (${shown(values(text)[0])}) like a title, which would be read as the header. Delete the ${at - header === 1 ? "line" : `${at - header} lines`} above the header, so the file starts with it`
      };
  }
  return void 0;
}
function shown(text) {
  return printable(clip(text, SHOWN_CHARACTERS) ?? text);
}
var OTHER_DELIMITERS = ["|", "^"];
function isEmptyRow(line, delimiter) {
  return line.split(delimiter).every((cell) => cell.trim() === "");
}
function repeatedColumn(header) {
  const seen = /* @__PURE__ */ new Map();
  for (const [at, name] of header.entries()) {
    if (name === "") continue;
    const before = seen.get(name);
    if (before !== void 0) return { name, at: [before, at] };
    seen.set(name, at);
  }
  return void 0;
}
var DELIMITER_NAMES = { ",": '","', ";": '";"', "	": "a tab" };
function declaredDelimiter(firstLine) {
  return /^\uFEFF?sep=([^\r\n])\r?$/i.exec(firstLine)?.[1];
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
async function* yamlRecords(chunks, source, paged) {
  const text = await collect(
    chunks,
    YAML_MAX_BYTES,
    () => errors.sourceYamlTooLarge(source, YAML_MAX_BYTES)
  );
  if (text.trim() === "") throw errors.sourceEmpty(source, "yaml");
  let document;
  try {
    document = yamlValue(text, {
      customTags: (tags) => [LONG_YAML_INTEGER, ...tags],
      merge: true
    });
  } catch (error) {
    if (error instanceof ReferenceError && /\balias/i.test(error.message))
      throw errors.sourceParse(
        source,
        "yaml",
        "its aliases",
        /excessive/i.test(error.message) ? "its aliases (*name) repeat an anchor (&name) so often that the listings would balloon in memory, the way a resource exhaustion attack is built; write the listings out without aliases" : `${error.message}; write the anchor (&name) before the alias (*name) that repeats it`
      );
    if (!(error instanceof YAMLError)) throw error;
    throw yamlParseError(source, error);
  }
  yield* batches(listIn(document, source, "yaml", paged));
}
function yamlParseError(source, error) {
  const start = error.linePos?.[0];
  const where = start ? `line ${start.line}, column ${start.col}` : "somewhere";
  const problem = error.code === "MULTIPLE_DOCS" ? 'a second YAML document starts here (after "---"); put every listing in one list, in one document' : (error.message.split("\n", 1)[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  return errors.sourceParse(source, "yaml", where, problem);
}
function listIn(document, source, format, paged) {
  let value = document;
  const path = [];
  while (!Array.isArray(value)) {
    const record = isRecord(value) ? value : {};
    const keys = Object.keys(record);
    const lists = keys.filter((key2) => Array.isArray(record[key2]));
    const empty = LIST_KEYS.find((key2) => keys.includes(key2) && record[key2] === null);
    if (lists.length === 0 && empty !== void 0) return [];
    const key = listingsKey(
      path,
      lists,
      keys.filter((key2) => isRecord(record[key2])),
      (key2) => holdsList(record[key2], path)
    );
    if (key === void 0) throw noListError(source, format, value, path);
    path.push(key);
    value = record[key];
  }
  const rows = cellRows(value);
  if (rows)
    throw errors.noListings(
      source,
      format,
      `${path.length ? `the list at ${path.join(".")}` : "the list"} holds rows of cells under a header row (${rows}), as the Google Sheets API answers, not a listing an object: download the sheet as CSV (File > Download > Comma-separated values, or its address ending /export?format=csv) and point "listings" at it`
    );
  const signs = paged ? pagingInDocument(document, path) : [];
  if (signs.length > 0) paged?.(signs);
  return value;
}
function listingsKey(path, lists, objects, holdsList2) {
  if (path.length === MAX_ENVELOPE_DEPTH) return void 0;
  const named = (keys) => LIST_KEYS.find((name) => keys.includes(name)) ?? (keys.length === 1 ? keys[0] : void 0);
  if (lists.length > 0) return named(lists);
  return named(objects) ?? named(objects.filter(holdsList2));
}
function holdsList(value, path) {
  return listsIn(value, [], MAX_ENVELOPE_DEPTH - path.length - 1).length > 0;
}
function noListError(source, format, value, path) {
  const lists = listsIn(value, path, MAX_ENVELOPE_DEPTH - path.length);
  const first = lists[0];
  if (first) {
    const named = lists.slice(0, SHOWN_LISTS).map(({ at, size }) => {
      const items = `${size.toLocaleString("en-US")} ${size === 1 ? "item" : "items"}`;
      return `${at.join(".")} (${items})`;
    });
    if (lists.length > SHOWN_LISTS) named.push(`${lists.length - SHOWN_LISTS} more`);
    const filter = first.at.map(
      (key, index) => /^[a-z_]\w*$/i.test(key) ? `.${key}` : `${index ? "" : "."}[${JSON.stringify(key)}]`
    ).join("");
    const count = lists.length === 1 ? "a list" : `${lists.length} lists`;
    return errors.noListings(
      source,
      format,
      `the document holds ${count}, ${named.join(", ")}, and none is named ${LIST_KEYS.join(", ")}: write the one meant to a file of its own (such as with ${format === "yaml" ? "yq" : "jq"} '${filter}') and point "listings" at it`
    );
  }
  const where = path.length ? `the value at ${path.join(".")}` : "its top level";
  const known = knownShape(value, format);
  if (known) return errors.noListings(source, format, `${where} is ${known}`);
  return errors.noListings(
    source,
    format,
    `${where} is ${shape(value)}, and no list is in it. A feed that answers so is often telling of an error (a rate limit, a missing or expired token, a wrong address): check the source and run again, or point "listings" at the list of listings`
  );
}
var LISTING_FIELD = /title|company|employer|position|role|url|link|location/i;
function looksLikeListing(value) {
  return isRecord(value) && Object.keys(value).filter((key) => LISTING_FIELD.test(key)).length >= 2;
}
function knownShape(value, format) {
  if (!isRecord(value)) return void 0;
  const members = Object.values(value);
  if (members.length === 0) return void 0;
  const rowNumbers = (member) => isRecord(member) && Object.keys(member).length > 0 && Object.keys(member).every((key) => /^\d+$/.test(key));
  if (members.every(rowNumbers))
    return `the listings by column, each field an object of row numbers ({"title": {"0": ..., "1": ...}}), as pandas' to_json writes a table by default: write them a listing an object, in a list, with df.to_json("listings.json", orient="records", date_format="iso") (or, one a line, df.to_json("listings.jsonl", orient="records", lines=True, date_format="iso"))`;
  if (members.length >= 2 && members.every(looksLikeListing)) {
    const jq = format === "yaml" ? "yq" : "jq";
    return `an object of ${members.length} listings keyed by id (${Object.keys(value).slice(0, 3).map((key) => JSON.stringify(key)).join(
      ", "
    )}${members.length > 3 ? ", ..." : ""}), not a list: write them as a list, each keeping its key as its id, such as with ${jq} '[to_entries[] | {id: .key} + .value]', and point "listings" at the result`;
  }
  if (looksLikeListing(value))
    return `one listing (the keys ${Object.keys(value).slice(0, SHOWN_KEYS).map((key) => JSON.stringify(key)).join(", ")}), not a list of listings: ${format === "yaml" ? 'write it as an item of a list (start its first line with "- ", and indent the others to match)' : 'wrap it in [ and ] ([{"title": ...}]), and add the other listings to that list'}`;
  return void 0;
}
function cellRows(list) {
  const [header] = list;
  if (!Array.isArray(header) || header.length === 0 || !header.every((cell) => typeof cell === "string") || !list.every(Array.isArray))
    return void 0;
  return printable(clip(header.join(", "), SHOWN_CHARACTERS) ?? header.join(", "));
}
function shape(value) {
  const written = jsonText(value) ?? String(value);
  const start = printable(clip(written, SHOWN_CHARACTERS) ?? written);
  if (isRecord(value)) {
    const keys = Object.keys(value);
    const shown2 = keys.slice(0, SHOWN_KEYS).map((key) => JSON.stringify(key));
    if (keys.length > SHOWN_KEYS) shown2.push(`${keys.length - SHOWN_KEYS} more`);
    return keys.length === 0 ? "an empty object" : `an object with the ${keys.length === 1 ? "key" : "keys"} ${shown2.join(", ")}: ${start}`;
  }
  const kind = value === null ? "null" : typeof value === "string" ? "text" : typeof value;
  return `${kind === "null" ? "" : "a "}${kind}: ${start}`;
}
var SHOWN_KEYS = 8;
var SHOWN_CHARACTERS = 60;
var SHOWN_LISTS = 5;
function listsIn(value, path, depth) {
  if (!isRecord(value) || depth <= 0) return [];
  const entries = Object.entries(value);
  return [
    ...entries.flatMap(
      ([key, item]) => Array.isArray(item) ? [{ at: [...path, key], size: item.length }] : []
    ),
    ...entries.flatMap(([key, item]) => listsIn(item, [...path, key], depth - 1))
  ];
}
var LIST_KEYS = [
  "listings",
  "jobs",
  "postings",
  "positions",
  "openings",
  "results",
  "data",
  "items",
  "records",
  "entries",
  "hits",
  "nodes",
  "_embedded"
];
var MAX_ENVELOPE_DEPTH = 4;
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

export {
  parseJson,
  isLongIntegerText,
  jsonParseError,
  signsPhrase,
  nextInLinkHeader,
  linkSign,
  pagingWarning,
  nextPage,
  readRecords,
  formatOfExtension,
  isUtf8Format,
  markupKind,
  CSV_MAX_RECORD_BYTES,
  csvReadOptions,
  quotesOpenOnlyValues,
  CSV_LINE_BREAK,
  csvHeaderLine,
  declaredDelimiter,
  csvDelimiter,
  YAML_MAX_BYTES,
  yamlParseError,
  listingsKey,
  holdsList,
  noListError
};
