import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  memoized
} from "./chunk-R2N435UP.js";
import {
  gfmTree,
  html,
  joinMayAutolink,
  link,
  linkBreak,
  literalText,
  literalValue,
  setCellEdges,
  singleLine,
  text,
  valueLine
} from "./chunk-2GOGV3GD.js";

// src/render/template-values.ts
var Markup = class {
  constructor(markup) {
    this.markup = markup;
  }
  markup;
  toString() {
    return this.markup;
  }
};
var Untrimmed = class {
  constructor(value) {
    this.value = value;
  }
  value;
  toString() {
    return displayText(this.value);
  }
};
var Escaped = class {
  constructor(value, filter) {
    this.value = value;
    this.filter = filter;
  }
  value;
  filter;
  toString() {
    return displayText(this.value);
  }
};
var SalaryValue = class {
  min;
  max;
  currency;
  period;
  constructor({ min, max, currency, period }) {
    if (min !== void 0) this.min = min;
    if (max !== void 0) this.max = max;
    this.currency = currency;
    this.period = period;
  }
};
function salaryShown(salary, locale) {
  return salaryText(new SalaryValue(salary), locale);
}
function salaryText({ min, max, currency, period }, locale) {
  const top = max ?? min ?? 0;
  const compact = top >= 1e4;
  const cents = !compact && [min, max].some((amount2) => amount2 !== void 0 && amount2 % 1 !== 0);
  const format = amountFormat(`${locale} ${currency} ${compact ? "compact" : cents ? "cents" : ""}`);
  const amount = min !== void 0 && max !== void 0 ? min === max ? format.format(min) : format.formatRange(min, max) : min !== void 0 ? `${format.format(min)}+` : `\u2264 ${format.format(top)}`;
  return amount + PER_PERIOD[period];
}
var amountFormat = memoized((key) => {
  const [locale, currency, style] = key.split(" ");
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    // 'symbol', not 'narrowSymbol': a currency that is not the locale's own keeps its country
    // (CA$, MX$, CN¥ on an en-US board), so a salary in pesos does not read as dollars.
    currencyDisplay: "symbol",
    notation: style === "compact" ? "compact" : "standard",
    minimumFractionDigits: style === "cents" ? 2 : 0,
    maximumFractionDigits: style === "compact" ? 1 : style === "cents" ? 2 : 0
  });
}, 100);
var PER_PERIOD = {
  hour: "/hr",
  day: "/day",
  week: "/wk",
  month: "/mo",
  year: ""
};
function within(rendering, render) {
  const outer = current;
  current = rendering;
  try {
    return render();
  } finally {
    current = outer;
  }
}
function renderingOptions() {
  return active().options;
}
function token(given) {
  const value = given instanceof Escaped ? given.value : given;
  const { values, untrimmed } = active();
  const shown = displayText(value);
  if (!(value instanceof Untrimmed)) {
    values.push(shown);
    return `${OPEN}${values.length - 1}${CLOSE}`;
  }
  const [, lead = "", core = "", trail = ""] = EDGES.exec(valueLine(shown)) ?? [];
  untrimmed.add(values.length);
  values.push(core);
  return `${lead}${OPEN}${values.length - 1}${CLOSE}${trail}`;
}
var EDGES = /^(\s*)([\s\S]*?)(\s*)$/;
function piece(value) {
  return value instanceof Markup ? value.markup : token(value);
}
function withoutTokens(value) {
  return value.replace(TOKEN_CHARACTERS, "");
}
var TOKEN = /\uE000(\d+)\uE001/g;
var OPEN = "\uE000";
var CLOSE = "\uE001";
var TOKEN_CHARACTERS = /[\uE000\uE001]/g;
var current;
function active() {
  if (!current) throw new Error("A cell template value was used outside a rendering.");
  return current;
}
function displayText(value) {
  if (value === null || value === void 0) return "";
  if (value instanceof Markup) return withoutTokens(value.markup);
  if (value instanceof Untrimmed || value instanceof Escaped) return displayText(value.value);
  if (Array.isArray(value)) return value.map(displayText).filter(Boolean).join(", ");
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (value instanceof SalaryValue) return salaryText(value, active().options.locale ?? "en-US");
  if (typeof value === "object") return "";
  return String(value);
}

// node_modules/character-entities-legacy/index.js
var characterEntitiesLegacy = [
  "AElig",
  "AMP",
  "Aacute",
  "Acirc",
  "Agrave",
  "Aring",
  "Atilde",
  "Auml",
  "COPY",
  "Ccedil",
  "ETH",
  "Eacute",
  "Ecirc",
  "Egrave",
  "Euml",
  "GT",
  "Iacute",
  "Icirc",
  "Igrave",
  "Iuml",
  "LT",
  "Ntilde",
  "Oacute",
  "Ocirc",
  "Ograve",
  "Oslash",
  "Otilde",
  "Ouml",
  "QUOT",
  "REG",
  "THORN",
  "Uacute",
  "Ucirc",
  "Ugrave",
  "Uuml",
  "Yacute",
  "aacute",
  "acirc",
  "acute",
  "aelig",
  "agrave",
  "amp",
  "aring",
  "atilde",
  "auml",
  "brvbar",
  "ccedil",
  "cedil",
  "cent",
  "copy",
  "curren",
  "deg",
  "divide",
  "eacute",
  "ecirc",
  "egrave",
  "eth",
  "euml",
  "frac12",
  "frac14",
  "frac34",
  "gt",
  "iacute",
  "icirc",
  "iexcl",
  "igrave",
  "iquest",
  "iuml",
  "laquo",
  "lt",
  "macr",
  "micro",
  "middot",
  "nbsp",
  "not",
  "ntilde",
  "oacute",
  "ocirc",
  "ograve",
  "ordf",
  "ordm",
  "oslash",
  "otilde",
  "ouml",
  "para",
  "plusmn",
  "pound",
  "quot",
  "raquo",
  "reg",
  "sect",
  "shy",
  "sup1",
  "sup2",
  "sup3",
  "szlig",
  "thorn",
  "times",
  "uacute",
  "ucirc",
  "ugrave",
  "uml",
  "uuml",
  "yacute",
  "yen",
  "yuml"
];

// src/render/template-url.ts
function filledUrl(parts) {
  const cursor = { state: "start", special: true, scheme: "", host: "" };
  let url = "";
  let checked = false;
  const values = [];
  const readOn = parts.findLastIndex((part) => !("text" in part) || part.text !== "");
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if ("text" in part) {
      url += part.text;
      for (const character of part.text) step(cursor, character);
      continue;
    }
    const value = part.value.trim();
    const opens = opensUrl(cursor);
    let written;
    if (opens) {
      const next = parts[index + 1];
      const host = cursor.state !== "start";
      if (host && next && "text" in next && continuesHost(next.text) && !HOST_LABELS.test(value))
        return void 0;
      checked = true;
      written = value;
    } else {
      if (cursor.state === "authority" && value !== "" && !ENDS_AUTHORITY.test(value))
        return void 0;
      written = confined(value, cursor);
    }
    if (opens && index < readOn) for (const character of written) step(cursor, character);
    values.push(written);
    url += written;
  }
  if (!checked) return { values };
  const web = webUrl(url);
  if (web === void 0) return void 0;
  return web === url.trim() ? { values } : { whole: web };
}
function webUrl(url) {
  const trimmed = url.trim();
  if (/^https?:\/\/[^\s\\\p{C}]+$/iu.test(trimmed)) return trimmed;
  try {
    const parsed2 = new URL(trimmed);
    return parsed2.protocol === "http:" || parsed2.protocol === "https:" ? parsed2.href : void 0;
  } catch {
    return void 0;
  }
}
var SPECIAL_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "ws", "wss", "ftp", "file"]);
function step(cursor, character) {
  if (character === "	" || character === "\n" || character === "\r") return;
  const slash = character === "/" || character === "\\" && cursor.special;
  switch (cursor.state) {
    case "start":
      if (character <= " ") return;
      if (/[a-z]/i.test(character)) {
        cursor.state = "scheme";
        cursor.scheme = character;
      } else beginRelative(cursor, character, slash);
      return;
    case "scheme":
      if (/[a-z\d+.-]/i.test(character)) cursor.scheme += character;
      else if (character === ":") {
        cursor.scheme = cursor.scheme.toLowerCase();
        cursor.special = SPECIAL_SCHEMES.has(cursor.scheme);
        cursor.state = "afterScheme";
      } else {
        cursor.scheme = "";
        beginRelative(cursor, character, slash);
      }
      return;
    case "afterScheme":
      if (cursor.special) {
        if (slash) cursor.state = "slashes";
        else enterAuthority(cursor, character);
      } else cursor.state = slash ? "slash" : afterPath(character);
      return;
    case "slash":
      cursor.state = slash ? "slashes" : afterPath(character);
      return;
    case "slashes":
      if (!(slash && cursor.special)) enterAuthority(cursor, character);
      return;
    case "authority":
      if (slash) cursor.state = "path";
      else if (character === "?") cursor.state = "query";
      else if (character === "#") cursor.state = "fragment";
      else if (character === "@") cursor.host = "";
      else cursor.host += character;
      return;
    case "path":
      if (character === "?" || character === "#") cursor.state = afterPath(character);
      return;
    case "query":
      if (character === "#") cursor.state = "fragment";
      return;
    case "fragment":
      return;
  }
}
function beginRelative(cursor, character, slash) {
  cursor.state = slash ? "slash" : afterPath(character);
}
function enterAuthority(cursor, character) {
  cursor.state = "authority";
  cursor.host = "";
  step(cursor, character);
}
function afterPath(character) {
  return character === "?" ? "query" : character === "#" ? "fragment" : "path";
}
function opensUrl(cursor) {
  return cursor.state === "start" || cursor.special && cursor.state === "afterScheme" || cursor.state === "slashes" || cursor.state === "authority" && cursor.host === "";
}
function continuesHost(text2) {
  const first = text2.replace(/[\t\n\r]/g, "")[0];
  return first !== void 0 && first > " " && !/[/\\?#]/.test(first);
}
var HOST_LABELS = /^[a-z\d.-]*$/i;
var ENDS_AUTHORITY = /^[/?#]/;
function confined(value, cursor) {
  let written = "";
  const characters = [...value];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index];
    let escaped;
    if (character === "%" && /^[\da-f]{2}$/i.test(characters.slice(index + 1, index + 3).join("")))
      escaped = character;
    else if (!URL_SYNTAX.test(character)) escaped = percentEncoded(character);
    else if (cursor.state === "scheme" && character === ":") escaped = "%3A";
    else if (cursor.state === "slash" && character === "/") escaped = "%2F";
    else escaped = character;
    for (const each of escaped) step(cursor, each);
    written += escaped;
  }
  return written;
}
var URL_SYNTAX = /^[A-Za-z\d;/?:@&=+$,#\-_.!~*'()]$/;
var ENCODER = new TextEncoder();
function percentEncoded(character) {
  let encoded = "";
  for (const byte of ENCODER.encode(character))
    encoded += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return encoded;
}

// src/render/template-mdast.ts
var parseHtml;
async function loadHtmlParser() {
  parseHtml ??= (await import("./hast-util-from-html-IOLOFNGD.js")).fromHtml;
}
function mayWriteTags(source) {
  return /<|\bimage_link\b/.test(source);
}
function toPhrasing(markup, given, references) {
  const whole = /[\r\n]/.test(markup) ? markup.replace(/\s*[\r\n]+\s*/g, " ") : markup;
  const line = whole.trim();
  const nodes = line === "" ? [] : substituted(
    parsed(`${line}\0${definitionsFor(line, references)}`),
    references ? { ...given, references } : given
  );
  if (line.length < whole.length) setCellEdges(nodes, whole.replace(line, "\0"));
  return nodes;
}
var parsed = memoized((key) => {
  const at = key.lastIndexOf("\0");
  const line = key.slice(0, at);
  const definitions = key.slice(at + 1);
  const cell = line.replace(/\\?\|/g, PIPE);
  const source = `| |
| - |
| ${cell} |${definitions}`;
  const tree = gfmTree(source);
  if (definitions !== "") visit(tree, (node) => writtenLabel(node, source));
  const table = tree.children[0];
  return table?.type === "table" ? table.children[1]?.children[0]?.children ?? [] : [];
});
function definitionsFor(line, references) {
  if (!references || !line.includes("]")) return "";
  let known = DEFINITIONS.get(references);
  if (known === void 0) {
    const labels = Object.keys(references).filter((label) => !label.startsWith("^"));
    known = labels.map((label) => `

[${label}]: #`).join("");
    DEFINITIONS.set(references, known);
  }
  return known;
}
var DEFINITIONS = /* @__PURE__ */ new WeakMap();
function writtenLabel(node, source) {
  if (node.type !== "linkReference" && node.type !== "imageReference") return;
  const { start, end } = node.position ?? {};
  if (start?.offset === void 0 || end?.offset === void 0) return;
  const written = source.slice(start.offset, end.offset);
  const opening = node.type === "imageReference" ? 2 : 1;
  const label = node.referenceType === "full" ? written.slice(labelStart(written) + 1, -1) : written.slice(opening, node.referenceType === "collapsed" ? -3 : -1);
  node.label = restored(label);
}
function labelStart(written) {
  for (let at = written.length - 2; at > 0; at--) {
    if (written[at] !== "[") continue;
    const backslashes = /\\*$/.exec(written.slice(0, at))[0].length;
    if (backslashes % 2 === 0) return at;
  }
  return 0;
}
function visit(tree, each) {
  each(tree);
  if ("children" in tree) for (const child of tree.children) visit(child, each);
}
var PIPE = "\uE002";
var PIPES = /\uE002/g;
function substituted(nodes, given, linked = false) {
  return nodes.flatMap((node) => substitutedNode(node, given, linked));
}
function substitutedNode(node, given, linked) {
  switch (node.type) {
    case "text":
      return textWithValues(node.value, given, linked);
    case "html":
      return [html(htmlWithValues(node.value, given))];
    case "inlineCode":
      return [{ type: "inlineCode", value: singleLine(plain(node.value, given)).trim() }];
    case "strong":
    case "emphasis":
      return [{ type: node.type, children: substituted(node.children, given, linked) }];
    case "delete":
      return [html("<del>"), ...substituted(node.children, given, linked), html("</del>")];
    case "link": {
      const url = destination(node.url, given);
      const children = substituted(node.children, given, url !== void 0);
      return url === void 0 ? children : [{ ...link(url, children), ...title(node, given) }];
    }
    case "image": {
      const url = destination(node.url, given);
      const alt = singleLine(plain(node.alt ?? "", given)).trim();
      return url === void 0 ? literalText(alt) : [{ type: "image", url, alt, ...title(node, given) }];
    }
    case "linkReference":
      return [
        {
          ...referenceOf(node, given),
          type: "linkReference",
          children: substituted(node.children, given, true)
        }
      ];
    case "imageReference":
      return [
        {
          ...referenceOf(node, given),
          type: "imageReference",
          alt: singleLine(plain(node.alt ?? "", given)).trim()
        }
      ];
    case "break":
      return [{ type: "break" }];
    default:
      return [];
  }
}
function referenceOf({ identifier, label, referenceType }, given) {
  const found = given.references?.[identifier.toUpperCase()];
  const definition = found && { url: found.href, ...found.title ? { title: found.title } : {} };
  return { identifier, label, referenceType, ...definition ? { data: { definition } } : {} };
}
function title(node, given) {
  const shown = node.title ? singleLine(plain(node.title, given)).trim() : "";
  return shown ? { title: shown } : {};
}
function textWithValues(value, given, linked) {
  const nodes = [];
  let written = "";
  let lastWasValue = false;
  const add = (shown, made, isValue) => {
    if (made.length === 0) return;
    if (!linked && (isValue || lastWasValue) && joinMayAutolink(written, shown, !lastWasValue))
      nodes.push(linkBreak());
    nodes.push(...made);
    written = shown;
    lastWasValue = isValue;
  };
  const { texts, indices } = restoredPieces(value);
  texts.forEach((own, at) => {
    if (own !== "") add(own, [text(own)], false);
    const index = indices[at];
    if (index === void 0) return;
    const shown = given.values[index] ?? "";
    const made = given.untrimmed.has(index) ? literalValue(shown) : literalText(shown);
    add(given.untrimmed.has(index) ? valueLine(shown) : singleLine(shown), made, true);
  });
  return nodes;
}
function htmlWithValues(value, given) {
  let result = "";
  for (const piece2 of tagPieces(value)) {
    if (typeof piece2 === "string") result += piece2;
    else if ("url" in piece2) result += urlAttribute(piece2, given);
    else {
      const shown = given.values[piece2.index] ?? "";
      const escaped = escapedAttribute(singleLine(shown).trim(), piece2.unquoted);
      result += piece2.comment ? inComment(escaped) : escaped;
    }
  }
  return result;
}
var tagPieces = memoized((value) => {
  const tag = restored(value);
  const pieces = [];
  let last = 0;
  for (const range of urlAttributes(tag)) {
    pieces.push(...attributePieces(tag, last, range.start), {
      url: true,
      written: urlPieces(tag.slice(range.start, range.end)),
      read: urlPieces(range.decoded),
      unquoted: isUnquoted(tag.slice(0, range.start))
    });
    last = range.end;
  }
  return [...pieces, ...attributePieces(tag, last, tag.length)];
}, 1e3);
function attributePieces(tag, from, to) {
  const pieces = [];
  let last = from;
  for (const match of tag.slice(from, to).matchAll(TOKEN)) {
    const at = from + match.index;
    if (at > last) pieces.push(tag.slice(last, at));
    const before = tag.slice(0, at);
    pieces.push({
      index: Number(match[1]),
      unquoted: isUnquoted(before),
      comment: isInComment(before)
    });
    last = at + match[0].length;
  }
  if (to > last) pieces.push(tag.slice(last, to));
  return pieces;
}
function urlAttributes(tag) {
  if (!TOKEN_IN.test(tag)) return [];
  if (!parseHtml)
    throw new Error(
      `A template wrote the tag ${tag} with a value in it, and the HTML parser that reads it is not loaded: await loadHtmlParser() first (a template for which mayWriteTags is false cannot write one)`
    );
  const [element] = parseHtml(tag, { fragment: true, verbose: true }).children;
  if (element?.type !== "element") return [];
  const found = [];
  const places = element.data?.position?.properties;
  for (const name of ["href", "src"]) {
    const decoded = element.properties[name];
    const place = places?.[name];
    if (typeof decoded !== "string" || !TOKEN_IN.test(decoded) || !place) continue;
    const start = place.start.offset;
    const end = place.end.offset;
    if (start === void 0 || end === void 0) continue;
    const written = tag.slice(start, end);
    const opening = /^[^=]*=[\t\n\f\r ]*(["']?)/.exec(written);
    if (!opening) continue;
    const quote = opening[1] ? 1 : 0;
    found.push({ start: start + opening[0].length, end: end - quote, decoded });
  }
  return found.sort((a, b) => a.start - b.start);
}
var TOKEN_IN = new RegExp(TOKEN.source);
function urlAttribute({ written, read, unquoted }, given) {
  const filled = read.indices.length === written.indices.length ? filledUrl(urlParts(read, given)) : void 0;
  if (filled && "whole" in filled) return escapedAttribute(filled.whole, unquoted);
  return written.texts.map((text2, index) => {
    const value = filled?.values[index - 1];
    return index === 0 || value === void 0 ? text2 : escapedAttribute(value, unquoted) + text2;
  }).join("");
}
function urlPieces(url) {
  const texts = [];
  const indices = [];
  let last = 0;
  for (const match of url.matchAll(TOKEN)) {
    texts.push(url.slice(last, match.index));
    indices.push(Number(match[1]));
    last = match.index + match[0].length;
  }
  texts.push(url.slice(last));
  return { texts, indices };
}
function urlParts({ texts, indices }, given) {
  const parts = [{ text: texts[0] }];
  indices.forEach((index, at) => {
    parts.push({ value: given.values[index] ?? "" }, { text: texts[at + 1] });
  });
  return parts;
}
function isUnquoted(before) {
  if (before.startsWith("<!")) return false;
  let quote = "";
  let unquoted = false;
  let afterEquals = false;
  for (const character of before) {
    if (quote) {
      if (character === quote) quote = "";
    } else if (unquoted) {
      if (/[\t\n\f\r >]/.test(character)) unquoted = false;
    } else if (afterEquals) {
      if (character === '"' || character === "'") {
        quote = character;
        afterEquals = false;
      } else if (!/[\t\n\f\r ]/.test(character)) {
        unquoted = true;
        afterEquals = false;
      }
    } else if (character === "=") afterEquals = true;
  }
  return unquoted || afterEquals;
}
function escapedAttribute(value, unquoted) {
  return unquoted ? value.replace(REFERENCE_START.unquoted, "&amp;").replace(UNQUOTED_SYNTAX, reference) : value.replace(REFERENCE_START.quoted, "&amp;").replace(QUOTED_SYNTAX, reference);
}
function isInComment(before) {
  const opened = before.lastIndexOf("<!--");
  return opened >= 0 && before.indexOf("-->", opened + 4) < 0;
}
function inComment(escaped) {
  return escaped.replaceAll("-", "&#45;");
}
var REFERENCE_START = {
  quoted: referenceStart("A-Za-z0-9="),
  unquoted: referenceStart("A-Za-z0-9")
};
function plainAmpersands(html2) {
  return html2.replace(ESCAPED_PLAIN_AMPERSAND, "&");
}
var ESCAPED_PLAIN_AMPERSAND = new RegExp(
  `&amp;(?!#|[A-Za-z0-9]+;|(?:${characterEntitiesLegacy.join("|")}))`,
  "g"
);
function referenceStart(keepsLegacy) {
  const legacy = characterEntitiesLegacy.join("|");
  return new RegExp(`&(?=#|[A-Za-z0-9]+;|(?:${legacy})(?![${keepsLegacy}]))`, "g");
}
var reference = (character) => `&#${character.charCodeAt(0)};`;
var QUOTED_SYNTAX = /["'<>]/g;
var UNQUOTED_SYNTAX = /[\0-\x20"'<=>`]/g;
function destination(url, given) {
  const pieces = restoredPieces(url);
  if (pieces.indices.length === 0) return pieces.texts[0];
  const filled = filledUrl(urlParts(pieces, given));
  if (!filled) return void 0;
  if ("whole" in filled) return filled.whole;
  return pieces.texts.map((text2, index) => (index === 0 ? "" : filled.values[index - 1]) + text2).join("");
}
var SCHEME = /^[a-z][a-z\d+.-]*:/i;
function plain(value, given) {
  return restored(value).replace(TOKEN, (_, index) => given.values[Number(index)] ?? "");
}
var restoredPieces = memoized((value) => urlPieces(restored(value)), 1e3);
function restored(value) {
  return value.replace(PIPES, "|");
}

export {
  characterEntitiesLegacy,
  Markup,
  Untrimmed,
  Escaped,
  SalaryValue,
  salaryShown,
  within,
  renderingOptions,
  token,
  piece,
  withoutTokens,
  TOKEN,
  webUrl,
  loadHtmlParser,
  mayWriteTags,
  toPhrasing,
  escapedAttribute,
  isInComment,
  inComment,
  plainAmpersands,
  SCHEME
};
