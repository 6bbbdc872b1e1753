import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  transform
} from "./chunk-BLXZRUTI.js";
import {
  CSV_LINE_BREAK,
  csvHeaderLine,
  csvReadOptions,
  holdsList,
  isLongIntegerText,
  jsonParseError,
  listingsKey,
  noListError,
  parseJson,
  quotesOpenOnlyValues,
  yamlParseError
} from "./chunk-33D3IKD7.js";
import {
  GROUPED_DIGITS
} from "./chunk-XG64FQ2T.js";
import {
  UNWRITABLE,
  activeValue,
  booleanWord,
  nestedWith,
  pairedWord,
  readPath
} from "./chunk-J2VHFJZX.js";
import {
  Document,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./chunk-5R6ZADQT.js";
import {
  calendarDay,
  midnightIn
} from "./chunk-UKJOBUJ4.js";
import {
  errors
} from "./chunk-POPMLHNH.js";

// src/contribute/file-kinds.ts
import { randomUUID } from "node:crypto";
function fileKinds(records, format) {
  const csv = format === "csv";
  const valueOf = (value) => csv && value === "" ? void 0 : value;
  const timeValue = (value) => csv && typeof value === "string" && NUMBER.test(value.trim()) ? Number(value) : value;
  const seen = /* @__PURE__ */ new Map();
  const present = /* @__PURE__ */ new Map();
  const wholes = /* @__PURE__ */ new Map();
  const words = /* @__PURE__ */ new Map();
  for (const record of records) {
    for (const [key, cell] of Object.entries(record)) {
      const value = valueOf(cell);
      const kind2 = kindOf(value);
      if (kind2 === void 0) continue;
      if (typeof value === "string" && activeValue(value) !== void 0) {
        const counts2 = words.get(key) ?? /* @__PURE__ */ new Map();
        counts2.set(value.trim(), (counts2.get(value.trim()) ?? 0) + 1);
        words.set(key, counts2);
      }
      present.set(key, (present.get(key) ?? 0) + 1);
      const counts = seen.get(key) ?? /* @__PURE__ */ new Map();
      counts.set(kind2, (counts.get(kind2) ?? 0) + 1);
      seen.set(key, counts);
      const known = wholes.get(key);
      if (known === null) continue;
      const digits = wholeDigits(value);
      if (digits === void 0) {
        wholes.set(key, null);
        continue;
      }
      const number = BigInt(digits);
      const width = digits.length > 1 && digits.startsWith("0") ? digits.length : 0;
      wholes.set(key, {
        largest: known && known.largest > number ? known.largest : number,
        width: Math.max(known?.width ?? 0, width)
      });
    }
  }
  const kind = (key) => {
    const counts = seen.get(key);
    if (!counts) return void 0;
    return [...counts].sort(([, a], [, b]) => b - a)[0]?.[0];
  };
  return {
    kind,
    numbers: (key) => csv ? textKind(records.map((record) => valueOf(record[key])).filter((value) => value != null)) === "number" : kind(key) === "number",
    date: (key, at, timezone) => {
      const form = dateForm(records.map((record) => timeValue(valueOf(record[key]))));
      if (form.kind === "day") return typeof at === "string" ? at : calendarDay(at, timezone);
      const time = typeof at === "string" ? midnightIn(at, timezone) : at;
      if (form.kind !== "time") return form.kind === "seconds" ? Math.floor(time / 1e3) : time;
      const iso = new Date(time).toISOString();
      const fraction = form.fraction === 0 ? "" : iso.slice(19, 20 + form.fraction);
      return `${iso.slice(0, 10)}${form.separator}${iso.slice(11, form.seconds ? 19 : 16)}${fraction}${form.zone}`;
    },
    spelling: (key, answer, read) => {
      const meant = read(answer);
      if (meant === void 0 || typeof meant === "object") return answer;
      const words2 = records.map((record) => record[key]).filter((value) => typeof value === "string");
      const own = words2.find((word) => read(word) === meant);
      if (own !== void 0) return own;
      const boards = words2.length > 0 && words2.every((word) => read(word) === word);
      return boards && typeof meant === "string" ? meant : answer;
    },
    common: (key) => (present.get(key) ?? 0) * 2 >= records.length && records.length > 0,
    keys: () => [...present.keys()],
    blank(key, at, timezone) {
      const values = records.map((record) => valueOf(record[key])).filter((value) => value != null);
      if (values.length > 0 && values.every((value) => isTime(timeValue(value), at)))
        return this.date(key, at, timezone);
      switch (csv ? textKind(values) : kind(key)) {
        case "boolean": {
          if (csv) return mostHeldWord(values);
          const trues = values.filter((value) => value === true).length;
          return trues * 2 >= values.filter((value) => typeof value === "boolean").length;
        }
        case "string":
          return "";
        case "list":
          return [];
        default:
          return void 0;
      }
    },
    freshId: (key) => {
      const whole = wholes.get(key);
      if (!whole) return randomUUID();
      const next = whole.largest + 1n;
      return kind(key) === "number" && next <= MAX_SAFE ? Number(next) : String(next).padStart(whole.width, "0");
    },
    flag: (key, value, own) => {
      if (typeof own === "string" && booleanWord(own) === void 0 && activeValue(own) !== void 0)
        return mostWritten(
          words.get(key),
          (word) => booleanWord(word) === void 0 && activeValue(word) === value
        ) ?? pairedWord(own.trim(), value);
      switch (kind(key)) {
        case "number":
          return value ? 1 : 0;
        case "string": {
          if (format === "yaml") return value;
          const word = typeof own === "string" && activeValue(own) !== void 0 ? own.trim() : mostWritten(words.get(key));
          return word === void 0 ? String(value) : pairedWord(word, value);
        }
        default:
          return value;
      }
    }
  };
}
function flagSet(record, path, value, kinds) {
  const flag = kinds.flag(path, value, readPath(record, path));
  if (Object.hasOwn(record, path) || !/[.[]/.test(path)) return { [path]: flag };
  const [top, ...rest] = path.split(".");
  const nested = path.includes("[") ? UNWRITABLE : nestedWith(record[top], rest, flag);
  if (nested === UNWRITABLE)
    throw errors.listingsNotEditable(
      "listings file",
      `its records are read open or closed at ${JSON.stringify(path)} (the "fields" mapping of active), which ${path.includes("[") ? "picks a list's item" : "runs through a value that is no object"} where the record would need it changed; change it by hand`
    );
  return { [top]: nested };
}
function mostWritten(counts, kept = () => true) {
  let most;
  for (const [word, count] of counts ?? [])
    if (kept(word) && (most === void 0 || count > most[1])) most = [word, count];
  return most?.[0];
}
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function isTime(value, at) {
  if (typeof value === "number") {
    const latest = at + TEN_YEARS_MS;
    return value >= 1e9 && value * 1e3 <= latest || value >= 1e12 && value <= latest;
  }
  return dateFormOf(value) !== void 0;
}
var TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1e3;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ])\d{2}:\d{2}(:\d{2})?(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
function dateForm(values) {
  const forms = /* @__PURE__ */ new Map();
  for (const value of values) {
    const form = dateFormOf(value);
    if (!form) continue;
    const key = JSON.stringify(form);
    forms.set(key, { form, count: (forms.get(key)?.count ?? 0) + 1 });
  }
  return [...forms.values()].sort((a, b) => b.count - a.count)[0]?.form ?? { kind: "day" };
}
function dateFormOf(value) {
  if (typeof value === "number")
    return { kind: Math.abs(value) >= 1e11 ? "milliseconds" : "seconds" };
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (ISO_DAY.test(text)) return { kind: "day" };
  const time = ISO_TIME.exec(text);
  if (!time) return void 0;
  const zone = time[4] === void 0 ? "" : time[4] === "Z" ? "Z" : time[4].includes(":") ? "+00:00" : "+0000";
  return {
    kind: "time",
    separator: time[1],
    seconds: time[2] !== void 0,
    fraction: time[3]?.length ?? 0,
    zone
  };
}
function wholeDigits(value) {
  if (typeof value === "number")
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : void 0;
  return typeof value === "string" && DIGITS.test(value) ? value : void 0;
}
var DIGITS = /^\d+$/;
function asKind(value, kind) {
  switch (kind) {
    case "list":
      return typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : value;
    case "number": {
      const text = typeof value === "string" ? value.trim() : void 0;
      return text !== void 0 && NUMBER.test(text) && !GROUPED_DIGITS.test(text) ? Number(text) : value;
    }
    case "boolean":
      return typeof value === "string" ? booleanWord(value) ?? value : value;
    case "string":
      return typeof value === "number" || typeof value === "boolean" ? String(value) : value;
    default:
      return value;
  }
}
var NUMBER = /^-?\d+(?:\.\d+)?$/;
function kindOf(value) {
  if (value === null || value === void 0) return void 0;
  if (Array.isArray(value)) return "list";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return void 0;
  }
}
function textKind(values) {
  const texts = values.filter((value) => typeof value === "string");
  if (texts.length === 0 || texts.length < values.length) return kindOf(values[0]);
  const numbers = texts.every((text) => NUMBER.test(text.trim()));
  if (!numbers && texts.every((text) => booleanWord(text) !== void 0)) return "boolean";
  return numbers ? "number" : "string";
}
function mostHeldWord(words) {
  const trues = words.filter((word) => booleanWord(word)).length;
  const value = trues * 2 >= words.length;
  const counts = /* @__PURE__ */ new Map();
  for (const word of words)
    if (booleanWord(word) === value) counts.set(word.trim(), (counts.get(word.trim()) ?? 0) + 1);
  return [...counts].sort(([, a], [, b]) => b - a)[0][0];
}

// src/contribute/listings-file.ts
import { isDeepStrictEqual } from "node:util";

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/contribute/listings-file.ts
function editListingsFile(text, format, edits) {
  if (edits.length === 0) return text;
  if (text.startsWith(BYTE_ORDER_MARK))
    return BYTE_ORDER_MARK + editListingsFile(text.slice(1), format, edits);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const edit = EDITORS[format];
  return edit(text, edits, eol);
}
var BYTE_ORDER_MARK = "\uFEFF";
var SOURCE = "listings file";
var EDITORS = {
  json: editJson,
  jsonl: editJsonl,
  csv: editCsv,
  yaml: editYaml
};
function applySplices(text, splices) {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts = [];
  let at = 0;
  for (const splice of sorted) {
    parts.push(text.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
function adds(edits) {
  return edits.flatMap((edit) => edit.kind === "add" ? [edit.record] : []);
}
function updates(edits) {
  return edits.flatMap((edit) => edit.kind === "update" ? [edit] : []);
}
function checkIndex(index, count) {
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new RangeError(`No record at index ${index}: the file holds ${count}`);
}
function editJson(text, edits, eol) {
  try {
    JSON.parse(text);
  } catch (error) {
    throw jsonParseError(SOURCE, "json", text, error);
  }
  const array = findList(text);
  const elements = arrayElements(text, array);
  const splices = [];
  for (const { index, set } of updates(edits)) {
    checkIndex(index, elements.length);
    splices.push(...objectSplices(text, elements[index].start, set, eol));
  }
  const added = adds(edits);
  if (added.length > 0) splices.push(appendElements(text, array, elements, added, eol));
  return applySplices(text, splices);
}
function findList(text) {
  let start = skipSpace(text, 0);
  const path = [];
  while (text[start] !== "[") {
    const members = new Map(
      (text[start] === "{" ? objectMembers(text, start) : []).map((member2) => [member2.key, member2])
    );
    const holding = (opener) => [...members.values()].filter((member2) => text[member2.valueStart] === opener).map((m) => m.key);
    const lists = holding("[");
    const key = listingsKey(path, lists, holding("{"), (key2) => {
      const { valueStart } = members.get(key2);
      return holdsList(JSON.parse(text.slice(valueStart, skipValue(text, valueStart))), path);
    });
    const member = key === void 0 ? void 0 : members.get(key);
    if (!member)
      throw noListError(SOURCE, "json", JSON.parse(text.slice(start, skipValue(text, start))), path);
    path.push(member.key);
    start = member.valueStart;
  }
  return { start, end: skipValue(text, start) };
}
function arrayElements(text, array) {
  const elements = [];
  let at = skipSpace(text, array.start + 1);
  while (text[at] !== "]") {
    const end = skipValue(text, at);
    elements.push({ start: at, end });
    at = skipSpace(text, end);
    if (text[at] === ",") at = skipSpace(text, at + 1);
  }
  return elements;
}
function objectMembers(text, start) {
  const members = [];
  let at = skipSpace(text, start + 1);
  while (text[at] !== "}") {
    const keyStart = at;
    const keyEnd = skipValue(text, at);
    const key = JSON.parse(text.slice(keyStart, keyEnd));
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    members.push({ key, keyStart, valueStart, valueEnd });
    at = skipSpace(text, valueEnd);
    if (text[at] === ",") at = skipSpace(text, at + 1);
  }
  return members;
}
function skipSpace(text, at) {
  while (at < text.length && " 	\r\n".includes(text[at])) at++;
  return at;
}
function skipValue(text, at) {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first !== "[" && first !== "{") {
    let end = at;
    while (end < text.length && !" 	\r\n,]}".includes(text[end])) end++;
    return end;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const char = text[i];
    if (char === '"') i = skipString(text, i) - 1;
    else if (char === "[" || char === "{") depth++;
    else if (char === "]" || char === "}") {
      if (--depth === 0) return i + 1;
    }
  }
  return text.length;
}
function skipString(text, at) {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
function styleOf(text, start) {
  const end = skipValue(text, start);
  const source = text.slice(start, end);
  const oneLine = !source.includes("\n");
  const style = {
    oneLine,
    colon: oneLine ? ":" : ": ",
    comma: ",",
    padding: "",
    unit: "  "
  };
  if (text[start] !== "{") return style;
  const members = objectMembers(text, start);
  const [first, second] = members;
  if (first) {
    const keyEnd = skipString(text, first.keyStart);
    style.colon = text.slice(keyEnd, first.valueStart);
    if (oneLine) style.padding = text.slice(start + 1, first.keyStart);
    else style.unit = indentOf(text, first.keyStart).slice(indentOf(text, start).length) || "  ";
  }
  if (first && second && oneLine) style.comma = text.slice(first.valueEnd, second.keyStart);
  return style;
}
function indentOf(text, at) {
  const lineStart2 = text.lastIndexOf("\n", at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart2, at))[0];
}
function stringifyJson(value, style, indent, eol) {
  if (style.oneLine || value === null || typeof value !== "object") return oneLineJson(value, style);
  return prettyJson(value, style.unit).split("\n").join(eol + indent);
}
function prettyJson(value, unit) {
  const nested = (item) => prettyJson(item, unit).split("\n").join(`
${unit}`);
  if (Array.isArray(value))
    return value.length === 0 ? "[]" : `[
${value.map((item) => unit + nested(item ?? null)).join(",\n")}
]`;
  if (value !== null && typeof value === "object" && !(value instanceof BareInteger)) {
    const members = Object.entries(value).filter(([, item]) => item !== void 0);
    return members.length === 0 ? "{}" : `{
${members.map(([key, item]) => `${unit}${JSON.stringify(key)}: ${nested(item)}`).join(",\n")}
}`;
  }
  return oneLineJson(value, ONE_LINE);
}
var ONE_LINE = { oneLine: true, colon: ":", comma: ",", padding: "", unit: "" };
var BareInteger = class {
  constructor(digits) {
    this.digits = digits;
  }
  digits;
};
function bareLike(record, writesBare, bare) {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      typeof value === "string" && isLongIntegerText(value) && writesBare(key) ? bare(value) : value
    ])
  );
}
function bareIntegerKeys(text, start) {
  if (start === void 0 || text[start] !== "{") return /* @__PURE__ */ new Set();
  const bare = objectMembers(text, start).filter(
    (member) => BARE_INTEGER.test(text.slice(member.valueStart, member.valueEnd))
  );
  return new Set(bare.map((member) => member.key));
}
var BARE_INTEGER = /^-?\d+$/;
function jsonBareLike(text, neighbour) {
  const keys = bareIntegerKeys(text, neighbour);
  return (record) => bareLike(
    record,
    (key) => keys.has(key),
    (digits) => new BareInteger(digits)
  );
}
function oneLineJson(value, style) {
  if (value instanceof BareInteger) return value.digits;
  if (Array.isArray(value))
    return `[${value.map((item) => oneLineJson(item, style)).join(style.comma)}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).filter(([, item]) => item !== void 0).map(([key, item]) => JSON.stringify(key) + style.colon + oneLineJson(item, style));
    if (members.length === 0) return "{}";
    return `{${style.padding}${members.join(style.comma)}${style.padding.split("").reverse().join("")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function objectSplices(text, start, set, eol) {
  if (text[start] !== "{") throw new TypeError("The record to update is not a JSON object");
  const members = objectMembers(text, start);
  const style = styleOf(text, start);
  const splices = [];
  const appended = [];
  const last = members.at(-1);
  const gap = members.length >= 2 ? text.slice(members.at(-2).valueEnd, last.keyStart) : members.length === 1 ? "," + (text.slice(start + 1, last.keyStart) || spaceAfter(style.colon)) : "";
  for (const [key, value] of Object.entries(set)) {
    if (value === void 0) continue;
    const member = members.findLast((candidate) => candidate.key === key);
    if (member) {
      splices.push(...jsonValueSplices(text, member, value, style, eol));
    } else if (last) {
      const indent = indentOf(text, last.keyStart);
      appended.push(
        gap + JSON.stringify(key) + style.colon + stringifyJson(value, style, indent, eol)
      );
    }
  }
  if (members.length === 0) {
    const end = skipValue(text, start);
    const record = { ...JSON.parse(text.slice(start, end)), ...set };
    return [{ start, end, text: stringifyJson(record, style, indentOf(text, start), eol) }];
  }
  if (appended.length > 0)
    splices.push({ start: last.valueEnd, end: last.valueEnd, text: appended.join("") });
  return splices;
}
function spaceAfter(colon) {
  return /\s$/.test(colon) ? " " : "";
}
function jsonValueSplices(text, at, value, style, eol) {
  const { valueStart: start, valueEnd: end } = at;
  const old = parseJson(text.slice(start, end));
  if (sameValue(old, value)) return [];
  if (text[start] === "{" && isPlainObject(value) && isPlainObject(old)) {
    const kept = Object.keys(old).every((key) => value[key] !== void 0);
    if (kept && Object.keys(old).length > 0) {
      const changed = Object.entries(value).filter(([key, item]) => !sameValue(old[key], item));
      return objectSplices(text, start, Object.fromEntries(changed), eol);
    }
  }
  if (text[start] === "[" && Array.isArray(value)) {
    const elements = arrayElements(text, { start, end });
    if (elements.length === value.length && elements.length > 0)
      return elements.flatMap(
        (element, index) => jsonValueSplices(
          text,
          { keyStart: element.start, valueStart: element.start, valueEnd: element.end },
          value[index],
          styleOf(text, element.start),
          eol
        )
      );
  }
  const wasOneLine = !text.slice(start, end).includes("\n");
  const valueStyle = wasOneLine ? { ...style, oneLine: true } : style;
  return [{ start, end, text: stringifyJson(value, valueStyle, indentOf(text, at.keyStart), eol) }];
}
function sameValue(a, b) {
  return isDeepStrictEqual(comparable(a), comparable(b));
}
function comparable(value) {
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(comparable);
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).filter(([, item]) => item !== void 0).map(([key, item]) => [key, comparable(item)])
    );
  return value;
}
function isCollection(value) {
  return Array.isArray(value) ? value.length > 0 : isPlainObject(value) && Object.keys(value).length > 0;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
function appendElements(text, array, elements, records, eol) {
  const last = elements.at(-1);
  if (!last) {
    const indent2 = indentOf(text, array.start);
    const style2 = { oneLine: false, colon: ": ", comma: ",", padding: "", unit: "  " };
    const inner = indent2 + style2.unit;
    const body = records.map((record) => inner + stringifyJson(record, style2, inner, eol));
    return {
      start: array.start,
      end: array.end,
      text: `[${eol}${body.join("," + eol)}${eol}${indent2}]`
    };
  }
  const separator = elements.length >= 2 ? text.slice(elements.at(-2).end, last.start) : text.includes("\n", array.start) && text.slice(array.start, last.start).includes("\n") ? "," + text.slice(array.start + 1, last.start) : ", ";
  const style = styleOf(text, last.start);
  const indent = indentOf(text, last.start);
  const written = jsonBareLike(text, last.start);
  const added = records.map(
    (record) => separator + stringifyJson(written(record), style, indent, eol)
  );
  return { start: last.end, end: last.end, text: added.join("") };
}
function editJsonl(text, edits, eol) {
  const lines = lineSpans(text);
  const records = lines.filter((line) => text.slice(line.start, line.end).trim() !== "");
  for (const line of records) {
    const record = text.slice(line.start, line.end);
    try {
      JSON.parse(record);
    } catch (error) {
      throw jsonParseError(SOURCE, "jsonl", record, error, lines.indexOf(line) + 1);
    }
  }
  const splices = [];
  for (const { index, set } of updates(edits)) {
    checkIndex(index, records.length);
    const line = records[index];
    splices.push(...objectSplices(text, skipSpace(text, line.start), set, eol));
  }
  const added = adds(edits);
  if (added.length > 0) {
    const last = records.at(-1);
    const neighbour = last && skipSpace(text, last.start);
    const style = neighbour === void 0 ? ONE_LINE : styleOf(text, neighbour);
    const written = jsonBareLike(text, neighbour);
    const body = added.map((record) => oneLineJson(written(record), style) + eol).join("");
    const endsLine = text === "" || text.endsWith("\n");
    splices.push({ start: text.length, end: text.length, text: (endsLine ? "" : eol) + body });
  }
  const edited = applySplices(text, splices);
  return added.length > 0 && !text.endsWith("\n") && text !== "" ? edited.slice(0, -eol.length) : edited;
}
function lineSpans(text) {
  const spans = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text[end - 1] === "\r") end--;
    spans.push({ start, end });
    start = next;
  }
  return spans;
}
function editCsv(text, edits) {
  const { delimiter, line } = csvHeaderLine(text);
  const rows = csvRows(text, lineStart(text, line), delimiter).filter(
    (row) => text.slice(row.start, row.end).trim() !== ""
  );
  const headerRow = rows[0];
  const headerText = headerRow ? text.slice(headerRow.start, headerRow.end) : "";
  const header = headerRow ? csvCells(headerText, delimiter) : [];
  const quoteAll = header.length > 0 && csvRawCells(headerText, delimiter).every((cell2) => cell2.startsWith('"'));
  const lines = rows.slice(1);
  const data = lines.filter(
    (row) => csvCells(text.slice(row.start, row.end), delimiter).some((cell2) => cell2 !== "")
  );
  const written = [
    ...updates(edits).flatMap((edit) => Object.keys(edit.set)),
    ...adds(edits).flatMap(Object.keys)
  ];
  const columns = [...header];
  for (const key of written) if (!columns.includes(key)) columns.push(key);
  const added = columns.slice(header.length);
  const eol = rows.findLast((row) => row.eol !== "")?.eol ?? "\n";
  const cell = (value) => csvCell(value, delimiter, quoteAll, eol);
  const splices = [];
  if (added.length > 0) {
    const end = headerRow ? headerRow.end : 0;
    const start = headerRow ? end : 0;
    const prefix = headerRow ? delimiter : "";
    splices.push({
      start,
      end,
      text: prefix + added.map(cell).join(delimiter) + (headerRow ? "" : eol)
    });
  }
  const updated = /* @__PURE__ */ new Map();
  for (const { index, set } of updates(edits)) {
    checkIndex(index, data.length);
    updated.set(index, { ...updated.get(index), ...set });
  }
  const recordIndex = new Map(data.map((row, index) => [row, index]));
  for (const row of lines) {
    const set = updated.get(recordIndex.get(row) ?? -1);
    if (set) {
      const raw = csvRawCells(text.slice(row.start, row.end), delimiter);
      const cells = columns.map((column, position) => {
        const was = raw[position];
        if (!(column in set)) return was ?? "";
        const [before, after] = was === void 0 ? ["", ""] : padding(was);
        return before + cell(set[column]) + after;
      });
      splices.push({ start: row.start, end: row.end, text: cells.join(delimiter) });
    } else if (added.length > 0) {
      splices.push({ start: row.end, end: row.end, text: delimiter.repeat(added.length) });
    }
  }
  const records = adds(edits);
  if (records.length > 0) {
    const lines2 = records.map((record) => columns.map((column) => cell(record[column])).join(delimiter));
    const endsLine = text === "" || /[\r\n]$/.test(text);
    const body = (endsLine ? "" : eol) + lines2.join(eol) + (endsLine ? eol : "");
    splices.push({ start: text.length, end: text.length, text: body });
  }
  return applySplices(text, splices);
}
function csvRows(text, from, delimiter) {
  const rows = [];
  let start = from;
  scanCsv(text, from, delimiter, (at, kind) => {
    if (kind === "delimiter") return;
    const eol = text[at] === "\r" && text[at + 1] === "\n" ? "\r\n" : text[at];
    rows.push({ start, end: at, eol });
    start = at + eol.length;
    return eol.length;
  });
  if (start < text.length) rows.push({ start, end: text.length, eol: "" });
  return rows;
}
function scanCsv(text, from, delimiter, found) {
  const anywhere = !quotesOpenOnlyValues(delimiter);
  let quoted = false;
  let valueStart = true;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (char === '"' && (valueStart || anywhere)) {
      quoted = true;
      valueStart = false;
    } else if (text.startsWith(delimiter, i)) {
      found(i, "delimiter");
      i += delimiter.length - 1;
      valueStart = true;
    } else if (char === "\n" || char === "\r") {
      i += (found(i, "line") ?? 1) - 1;
      valueStart = true;
    } else if (char !== " ") valueStart = false;
  }
}
function lineStart(text, line) {
  const breaks = new RegExp(CSV_LINE_BREAK.source, "g");
  let at = 0;
  for (let seen = 0; seen < line && breaks.exec(text); seen++) at = breaks.lastIndex;
  return at;
}
function csvCells(row, delimiter) {
  const [cells] = parse(row, { ...csvReadOptions(delimiter), relax_quotes: true });
  return cells ?? [];
}
function padding(raw) {
  const before = /^[ \t]*/.exec(raw)[0];
  return raw.length === before.length ? [before, ""] : [before, /[ \t]*$/.exec(raw)[0]];
}
function csvRawCells(row, delimiter) {
  const cells = [];
  let start = 0;
  scanCsv(row, 0, delimiter, (at, kind) => {
    if (kind === "line") return 1;
    cells.push(row.slice(start, at));
    start = at + delimiter.length;
  });
  cells.push(row.slice(start));
  return cells;
}
function csvCell(value, delimiter, quoteAll, eol) {
  const given = value === void 0 || value === null ? "" : Array.isArray(value) ? value.map(String).join("; ") : typeof value === "object" ? JSON.stringify(value) : String(value);
  const text = given.replace(/\r\n?|\n/g, eol).replace(CSV_CONTROL, "");
  const quote = quotesOpenOnlyValues(delimiter) ? /^ *"|[\r\n]/ : /["\r\n]/;
  const needsQuotes = quoteAll || text.includes(delimiter) || quote.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
var CSV_CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
function editYaml(text, edits, eol) {
  const document = parseDocument(text, { keepSourceTokens: false, intAsBigInt: true });
  if (document.errors.length > 0) throw yamlParseError(SOURCE, document.errors[0]);
  const sequence = yamlList(document);
  const items = sequence.items;
  const padding2 = /[[{] /.test(text);
  const options = { lineWidth: 0, flowCollectionPadding: padding2 };
  const version = { version: document.directives?.yaml.version ?? "1.2" };
  const splices = [];
  const updating = /* @__PURE__ */ new Map();
  for (const { index, set } of updates(edits)) {
    checkIndex(index, items.length);
    updating.set(items[index], [...updating.get(items[index]) ?? [], ...Object.keys(set)]);
  }
  const sets = /* @__PURE__ */ new Map();
  for (const { index, set } of updates(edits)) sets.set(index, { ...sets.get(index), ...set });
  const targets = [...sets].map(([index, set]) => ({
    set,
    ...editableItem(document, items, index, Object.keys(set), updating)
  }));
  const flagNode = (key) => {
    for (const item of [...items].reverse()) {
      const node = isMap(item) ? item.get(key, true) : void 0;
      if (flagWord(node, true) !== void 0) return node;
    }
    return void 0;
  };
  const context = { text, document, version, options, flagNode };
  for (const { set, item, range, copy } of targets) {
    if (!copy) {
      splices.push(...yamlMapSplices(context, item, set));
      continue;
    }
    for (const [key, value] of Object.entries(set)) {
      const own = item.get(key, true);
      const word = flagWord(own ?? flagNode(key), value);
      if (word !== void 0 && isScalar(own)) {
        own.value = word;
        continue;
      }
      if (word !== void 0) {
        item.set(key, plainScalar(word));
        continue;
      }
      item.set(
        key,
        value !== null && typeof value === "object" ? quoteYaml11(document.createNode(value)) : value
      );
      if (typeof value !== "string" || !readsAsOtherIn11(value) || plainAs(own, value)) continue;
      const node = item.get(key, true);
      if (isScalar(node)) {
        if (!node.type || node.type === "PLAIN") node.type = "QUOTE_DOUBLE";
      } else item.set(key, quoteYaml11(document.createNode(value)));
    }
    const [start, end] = range;
    item.commentBefore = void 0;
    item.spaceBefore = false;
    item.comment = void 0;
    item.anchor = void 0;
    item.tag = void 0;
    const column = start - (text.lastIndexOf("\n", start - 1) + 1);
    const itemText = new Document(item, version).toString({ ...options, verifyAliasOrder: false });
    let written = reindent(itemText, " ".repeat(column));
    if (!text.slice(start, end).endsWith("\n")) written = written.replace(/\n$/, "");
    splices.push({ start, end, text: toEol(written, eol) });
  }
  for (const splice of splices) splice.text = toEol(splice.text, eol);
  const records = adds(edits);
  if (records.length > 0) {
    const last = items.at(-1);
    if (!last?.range) {
      for (const record of records) sequence.add(quoteYaml11(document.createNode(record)));
      return toEol(document.toString(options), eol);
    }
    const flow = isMap(last) && last.flow === true;
    const writesBare = (key) => isMap(last) && typeof last.get(key) === "bigint";
    const nodes = records.map((record) => {
      const node = document.createNode(bareLike(record, writesBare, BigInt));
      node.flow = flow || sequence.flow === true;
      for (const pair of node.items) {
        const own = isMap(last) ? last.get(pair.key, true) : void 0;
        const word = flagWord(own ?? flagNode(String(pair.key)), record[String(pair.key)]);
        if (word !== void 0) pair.value = plainScalar(word);
      }
      quoteYaml11(node);
      for (const pair of node.items)
        if (isMap(last) && isScalar(pair.value) && plainAs(last.get(pair.key, true), pair.value.value))
          pair.value.type = "PLAIN";
      return node;
    });
    if (sequence.flow) {
      const written = nodes.map((node) => {
        const one = new YAMLSeq();
        one.flow = true;
        one.items.push(node);
        return inFlowText(new Document(one, version), options);
      });
      const before = items.at(-2);
      const separator = before?.range && last.range ? text.slice(before.range[1], last.range[0]) : ", ";
      const at2 = last.range[1];
      const inserted2 = written.map((each) => separator + each).join("");
      splices.push({ start: at2, end: at2, text: toEol(inserted2, eol) });
      return applySplices(text, splices);
    }
    const [start, end] = last.range;
    const lineStart2 = text.lastIndexOf("\n", start - 1) + 1;
    const column = start - lineStart2;
    const dash = text.lastIndexOf("-", start - 1) - lineStart2;
    const body = nodes.map((node) => {
      const written = reindent(new Document(node, version).toString(options), " ".repeat(column));
      return " ".repeat(dash) + "-" + " ".repeat(column - dash - 1) + written.replace(/\n?$/, "\n");
    });
    const lineEnd = text.indexOf("\n", end - (text[end - 1] === "\n" ? 1 : 0));
    const at = lineEnd === -1 ? text.length : lineEnd + 1;
    const needsBreak = at === text.length && !text.endsWith("\n");
    let inserted = (needsBreak ? "\n" : "") + body.join("");
    if (needsBreak) inserted = inserted.replace(/\n$/, "");
    splices.push({ start: at, end: at, text: toEol(inserted, eol) });
  }
  return applySplices(text, splices);
}
function editableItem(document, items, index, keys, updating) {
  const record = items[index];
  const named = isAlias(record) ? record.resolve(document) : record;
  if (!isMap(named) || !record.range)
    throw errors.listingsNotEditable(
      SOURCE,
      `record ${index + 1} is not a YAML mapping (key: value lines); write it as one`
    );
  const [start, end] = record.range;
  if (isAlias(record)) {
    const copy = named.clone();
    visit(copy, {
      Node(_, node) {
        if ("anchor" in node) node.anchor = void 0;
      }
    });
    return { item: copy, range: [start, end], copy: true };
  }
  const reaching = named.anchor ? reachingAliases(document, named, keys, updating) : 0;
  if (reaching > 0)
    throw errors.listingsNotEditable(
      SOURCE,
      `record ${index + 1} is anchored (&${named.anchor}), and ${reaching} ${reaching === 1 ? "alias repeats" : "aliases repeat"} it (*${named.anchor}) without ${keys.map((key) => `"${key}"`).join(", ")} of ${reaching === 1 ? "its" : "their"} own, so the change would reach ${reaching === 1 ? "that record" : "those records"} too. Give each record that merges it (<<: *${named.anchor}) its own ${keys.map((key) => `"${key}"`).join(", ")}, or write record ${index + 1} without the anchor, and run again`
    );
  const shared = sharedValueAnchor(document, named, keys);
  if (shared)
    throw errors.listingsNotEditable(
      SOURCE,
      `record ${index + 1}'s "${shared.key}" holds the anchor &${shared.anchor}, which ${shared.aliases === 1 ? "an alias repeats" : `${shared.aliases} aliases repeat`} (*${shared.anchor}) elsewhere in the file, so the change would reach ${shared.aliases === 1 ? "that value" : "those values"} too. Write the value itself in place of each *${shared.anchor}, or write record ${index + 1}'s "${shared.key}" without the anchor, and run again`
    );
  return { item: named, range: [start, end], copy: false };
}
function sharedValueAnchor(document, record, keys) {
  for (const key of keys) {
    const value = record.get(key, true);
    if (!isNode(value)) continue;
    const anchored = /* @__PURE__ */ new Set();
    const inside = /* @__PURE__ */ new Set();
    visit(value, {
      Node(_, node) {
        inside.add(node);
        if (node.anchor) anchored.add(node);
      }
    });
    if (anchored.size === 0) continue;
    const counts = /* @__PURE__ */ new Map();
    visit(document, {
      Alias(_, alias) {
        const target = alias.resolve(document);
        if (target && anchored.has(target) && !inside.has(alias))
          counts.set(target, (counts.get(target) ?? 0) + 1);
      }
    });
    for (const [node, aliases] of counts) return { key, anchor: node.anchor, aliases };
  }
  return void 0;
}
function reachingAliases(document, anchored, keys, updating) {
  const updated = (node) => keys.every((key) => updating.get(node)?.includes(key) === true);
  let count = 0;
  visit(document, {
    Alias(_, alias, path) {
      if (alias.resolve(document) !== anchored || updated(alias)) return;
      const parents = [...path].reverse();
      const at = isSeq(parents[0]) ? 1 : 0;
      const pair = parents[at];
      const merging = parents[at + 1];
      const merge = isPair(pair) && isScalar(pair.key) && pair.key.value === "<<";
      const overridden = isMap(merging) && (keys.every((key) => merging.has(key)) || updated(merging));
      if (!merge || !overridden) count++;
    }
  });
  return count;
}
function plainScalar(word) {
  const scalar = new Scalar(word);
  scalar.type = "PLAIN";
  return scalar;
}
function yamlMapSplices(context, map, set) {
  const splices = [];
  const added = [];
  for (const [key, value] of Object.entries(set)) {
    if (value === void 0) continue;
    const pair = map.items.find((candidate) => keyName(candidate.key) === key);
    if (pair) splices.push(...yamlValueSplices(context, pair.value, value, pair.key));
    else added.push([key, value]);
  }
  if (added.length > 0) splices.push(yamlAddedPairs(context, map, added));
  return splices;
}
function keyName(key) {
  return isScalar(key) ? String(key.value) : String(key);
}
function yamlValueSplices(context, node, value, owner) {
  const { text, document } = context;
  if (!isNode(node) || !node.range) return [yamlEmptyValue(context, owner, value)];
  if (sameValue(node.toJS(document), value)) return [];
  const word = flagWord(node, value);
  if (word !== void 0) return [{ start: node.range[0], end: node.range[1], text: word }];
  if (isMap(node) && isPlainObject(value)) {
    const keys = node.items.map((pair) => keyName(pair.key));
    if (keys.length > 0 && keys.every((key) => value[key] !== void 0 && key !== "<<")) {
      const old2 = node.toJS(document);
      const changed = Object.entries(value).filter(([key, item]) => !sameValue(old2[key], item));
      return yamlMapSplices(context, node, Object.fromEntries(changed));
    }
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length && value.length)
    return node.items.flatMap(
      (item, index) => yamlValueSplices(context, item, value[index], item)
    );
  const [start, end] = node.range;
  const old = text.slice(start, end);
  const inFlow = flowAround(document, node);
  let written = (isMap(node) || isSeq(node)) && !node.flow && isCollection(value) ? (
    // A block list or mapping stays one: its lines from the column it starts at.
    reindent(
      new Document(quoteYaml11(document.createNode(value)), context.version).toString(
        context.options
      ),
      " ".repeat(columnOf(text, start))
    )
  ) : yamlText(context, value, node, inFlow, columnOf(text, owner.range?.[0] ?? start));
  if (old === "" && text[start - 1] === ":") written = " " + written;
  if ((isMap(node) || isSeq(node)) && !node.flow && !isCollection(value) && owner !== node) {
    const colon = text.indexOf(":", owner.range[1]) + 1;
    return [{ start: colon, end, text: " " + written.replace(/\n?$/, "\n") }];
  }
  if (old.endsWith("\n") && !written.endsWith("\n")) written += "\n";
  if (!old.endsWith("\n")) written = written.replace(/\n$/, "");
  return [{ start, end, text: written }];
}
function yamlEmptyValue(context, key, value) {
  const { text, document } = context;
  const at = text.indexOf(":", key.range[1]) + 1;
  const written = yamlText(
    context,
    value,
    void 0,
    flowAround(document, key),
    columnOf(text, key.range[0])
  );
  return { start: at, end: at, text: " " + written.replace(/\n$/, "") };
}
function yamlText(context, value, old, inFlow, column) {
  const { document, version, options } = context;
  let node;
  if (isScalar(old) && (value === null || typeof value !== "object")) {
    const scalar = old.clone();
    scalar.value = typeof old.value === "bigint" && typeof value === "string" && isLongIntegerText(value) ? BigInt(value) : value;
    if (typeof value !== "string" && scalar.type !== "PLAIN") scalar.type = void 0;
    if (typeof value !== "number" && typeof value !== "bigint") scalar.format = void 0;
    scalar.anchor = void 0;
    scalar.tag = void 0;
    scalar.comment = void 0;
    scalar.commentBefore = void 0;
    scalar.spaceBefore = false;
    node = scalar;
  } else {
    node = document.createNode(value);
    if (isMap(node) || isSeq(node)) node.flow = true;
  }
  if (plainAs(old, value)) node.type = "PLAIN";
  else if (isScalar(node) && typeof node.value === "string" && readsAsOtherIn11(node.value)) {
    if (!node.type || node.type === "PLAIN") node.type = "QUOTE_DOUBLE";
    quoteYaml11(node);
  } else quoteYaml11(node);
  if (inFlow) {
    const list = new YAMLSeq();
    list.flow = true;
    list.items.push(node);
    return reindent(inFlowText(new Document(list, version), options), " ".repeat(column));
  }
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar("k"), node));
  const written = new Document(map, version).toString(options).replace(/^k: ?/, "");
  return reindent(written, " ".repeat(column));
}
function yamlAddedPairs(context, map, pairs) {
  const { text, document, version, options } = context;
  const added = new YAMLMap();
  for (const [key, value] of pairs) {
    const word = flagWord(context.flagNode(key), value);
    const node = word === void 0 ? document.createNode(value) : plainScalar(word);
    if (map.flow && (isMap(node) || isSeq(node))) node.flow = true;
    added.items.push(new Pair(document.createNode(key), quoteYaml11(node)));
  }
  const last = map.items.at(-1);
  const lastEnd = (pair, side) => isNode(pair?.value) && pair.value.range?.[side] || isNode(pair?.key) && pair.key.range?.[side] || map.range[1];
  if (map.flow || !last) {
    const written = added.items.map((pair) => {
      const one = new YAMLMap();
      one.flow = true;
      one.items.push(pair);
      return inFlowText(new Document(one, version), options);
    });
    if (!last) {
      const close = text.lastIndexOf("}", map.range[1]);
      return { start: close, end: close, text: written.join(", ") };
    }
    const before = map.items.at(-2);
    const separator = before && isNode(last.key) && last.key.range ? text.slice(lastEnd(before, 1), last.key.range[0]) : ", ";
    const at = lastEnd(last, 1);
    return { start: at, end: at, text: written.map((pair) => separator + pair).join("") };
  }
  const column = columnOf(text, map.range[0]);
  const lines = reindent(new Document(added, version).toString(options), " ".repeat(column));
  const end = lastEnd(last, 2);
  if (text[end - 1] === "\n") return { start: end, end, text: " ".repeat(column) + lines };
  const lineEnd = text.indexOf("\n", end);
  if (lineEnd === -1)
    return {
      start: text.length,
      end: text.length,
      text: "\n" + " ".repeat(column) + lines.replace(/\n$/, "")
    };
  return { start: lineEnd + 1, end: lineEnd + 1, text: " ".repeat(column) + lines };
}
function inFlowText(document, options) {
  const inside = document.toString(options).trimEnd().slice(1, -1);
  return options.flowCollectionPadding ? inside.slice(1, -1) : inside;
}
function flowAround(document, target) {
  let inFlow = false;
  visit(document, {
    Node(_, node, path) {
      if (node !== target) return void 0;
      inFlow = path.some((parent) => (isMap(parent) || isSeq(parent)) && parent.flow === true);
      return visit.BREAK;
    }
  });
  return inFlow;
}
function columnOf(text, at) {
  return at - (text.lastIndexOf("\n", at - 1) + 1);
}
function quoteYaml11(node) {
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === "string" && !scalar.type && readsAsOtherIn11(scalar.value))
        scalar.type = "QUOTE_DOUBLE";
    }
  });
  return node;
}
var YAML11_TAGS = new Document(null, { version: "1.1" }).schema.tags;
var YAML11_BOOLEAN = "tag:yaml.org,2002:bool";
function flagWord(node, value) {
  if (typeof value !== "boolean" || !isScalar(node)) return void 0;
  if (node.type && node.type !== "PLAIN" || typeof node.value !== "string") return void 0;
  const word = node.value;
  const boolean = YAML11_TAGS.some(
    (tag) => tag.default && tag.tag === YAML11_BOOLEAN && tag.test?.test(word)
  );
  return boolean ? pairedWord(word, value) : void 0;
}
var readsAsOtherIn11 = (text) => tagIn11(text) !== void 0 || NOT_PLAIN_IN_11.test(text);
var NOT_PLAIN_IN_11 = /\t|^[?:]/;
var tagIn11 = (text) => YAML11_TAGS.find(
  (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(text)
)?.tag;
function plainAs(node, value) {
  if (typeof value !== "string" || !isScalar(node) || typeof node.value !== "string") return false;
  if (node.type && node.type !== "PLAIN") return false;
  const tag = tagIn11(node.value);
  return tag !== void 0 && tag !== YAML11_BOOLEAN && tagIn11(value) === tag;
}
function yamlList(document) {
  let node = document.contents;
  const path = [];
  while (!isSeq(node)) {
    const pairs = new Map(
      (isMap(node) ? node.items : []).map((pair) => [
        String(pair.key?.value ?? pair.key),
        pair.value
      ])
    );
    const holding = (test) => [...pairs].filter(([, value]) => test(value)).map(([key2]) => key2);
    const lists = holding(isSeq);
    const key = listingsKey(
      path,
      lists,
      holding(isMap),
      (key2) => holdsList(pairs.get(key2).toJSON(), path)
    );
    if (key === void 0) throw noListError(SOURCE, "yaml", node?.toJSON(), path);
    path.push(key);
    node = pairs.get(key);
  }
  return node;
}
function reindent(text, indent) {
  return text.split("\n").map((line, number) => number === 0 || line === "" ? line : indent + line).join("\n");
}
function toEol(text, eol) {
  return eol === "\n" ? text : text.replace(/\r?\n/g, eol);
}

export {
  fileKinds,
  flagSet,
  asKind,
  editListingsFile
};
