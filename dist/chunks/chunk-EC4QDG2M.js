import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  isUtf8Format,
  linkSign,
  markupKind,
  nextInLinkHeader
} from "./chunk-33D3IKD7.js";
import {
  notFoundAdvice
} from "./chunk-GMB5KYXF.js";
import {
  errors
} from "./chunk-POPMLHNH.js";

// src/load/source.ts
var Replacements = class {
  count = 0;
  /** The characters around the first, as far as read. */
  sample = "";
  /** Characters after the first still to add to `sample` from the next pieces. */
  wanted = 0;
  /** Until the first: the last characters of the pieces seen. */
  tail = "";
  /** Counts the replacement characters of the text's next piece. */
  see(text) {
    if (this.wanted > 0) {
      this.sample += text.slice(0, this.wanted);
      this.wanted -= Math.min(this.wanted, text.length);
    }
    for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
      if (this.count++ > 0) continue;
      const after = text.slice(at, at + SAMPLE_SIDE);
      this.sample = lastOf(this.tail + text.slice(Math.max(0, at - SAMPLE_SIDE), at)) + after;
      this.wanted = SAMPLE_SIDE - after.length;
    }
    if (this.count === 0) this.tail = lastOf(text.length < SAMPLE_SIDE ? this.tail + text : text);
  }
};
var REPLACEMENT = "\uFFFD";
var SAMPLE_SIDE = 20;
function lastOf(text) {
  return text.slice(-SAMPLE_SIDE);
}
async function openSource(config, io) {
  const { listings } = config;
  if (/^https?:\/\//i.test(listings)) return openUrl(config, listings);
  const otherScheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(listings)?.[1];
  if (otherScheme) throw errors.sourceScheme(listings, otherScheme.toLowerCase());
  return openPath(listings, config.listingsMaxBytes, io);
}
async function openUrl(config, url, maxBytes = config.listingsMaxBytes) {
  const { fetchText } = await import("./http-DDB5N7GS.js");
  const fetched = await fetchText(url, {
    timeoutSeconds: config.listingsTimeout,
    maxBytes,
    header: config.listingsHeader,
    utf8Format: (body) => isUtf8Format(config.listingsFormat, [url, body.url], body.contentType, body.head)
  });
  if (isWebPage(fetched.text, fetched.contentType)) {
    throw errors.sourceWebPage(url, fetched.contentType ?? "an HTML document", fileAddress(url));
  }
  const next = nextInLinkHeader(fetched.link);
  const source = () => ({
    ...textSource(url, [url, fetched.url], [fetched.text], Infinity, fetched.contentType),
    url: fetched.url,
    bytes: Buffer.byteLength(fetched.text, "utf8"),
    ...next !== void 0 && { paging: linkSign(next) }
  });
  return { ...source(), again: source };
}
async function openPath(path, maxBytes, io) {
  const text = io.streamFile?.(path) ?? await io.readFile(path);
  if (text === void 0) throw errors.sourceNotFound(path, notFoundAdvice(path));
  return textSource(path, [path], typeof text === "string" ? [text] : text, maxBytes);
}
function textSource(name, locations, pieces, maxBytes, contentType) {
  const replaced = new Replacements();
  const chunks = sourceChunks(pieces, maxBytes, name, replaced);
  return { name, locations, contentType, chunks, replaced };
}
function replacedWarning(source) {
  const { count, sample } = source.replaced ?? new Replacements();
  if (count === 0) return void 0;
  const characters = count === 1 ? "a replacement character" : `${count.toLocaleString("en-US")} replacement characters`;
  const fix = source.url !== void 0 ? `The server sends bytes that are not UTF-8, and its Content-Type header declares no charset or another one: have it send UTF-8, or declare the charset it sends (as "${source.contentType ?? "text/csv"}; charset=windows-1252").` : source.format === "csv" ? 'Save the file as UTF-8: in Excel, as "CSV UTF-8 (Comma delimited)".' : "Save the file as UTF-8 (the encoding setting of the editor or script that writes it).";
  return `Listings "${source.name}" holds ${characters} (U+FFFD, "\uFFFD"), the mark of text that was not UTF-8 when it was saved or read (the first in "${sample.replace(/\s+/g, " ")}"); the board shows "\uFFFD" there. ${fix}`;
}
function fileAddress(page) {
  if (!URL.canParse(page)) return void 0;
  const url = new URL(page);
  const path = url.pathname;
  const github = /^\/([^/]+)\/([^/]+)\/(?:blob|raw)\/(.+)$/.exec(path);
  if (url.hostname === "github.com" && github)
    return { url: `https://raw.githubusercontent.com/${github[1]}/${github[2]}/${github[3]}` };
  const gist = /^\/([^/]+)\/([0-9a-f]+)\/?$/i.exec(path);
  if (url.hostname === "gist.github.com" && gist)
    return { url: `https://gist.githubusercontent.com/${gist[1]}/${gist[2]}/raw` };
  const gitlab = /^(\/.+)\/-\/blob\/(.+)$/.exec(path);
  if (url.hostname === "gitlab.com" && gitlab)
    return { url: `https://gitlab.com${gitlab[1]}/-/raw/${gitlab[2]}` };
  const sheet = /^\/spreadsheets\/d\/([\w-]+)/.exec(path);
  if (url.hostname === "docs.google.com" && sheet) {
    const gid = /(?:^|[#&?])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1] ?? "0";
    return {
      url: `https://docs.google.com/spreadsheets/d/${sheet[1]}/export?format=csv&gid=${gid}`,
      note: 'the sheet as CSV; share it as "Anyone with the link" (Viewer), or use File > Share > Publish to web > CSV'
    };
  }
  if (/(^|\.)dropbox\.com$/.test(url.hostname) && url.searchParams.get("dl") !== "1") {
    url.searchParams.set("dl", "1");
    return { url: url.href };
  }
  return void 0;
}
var HTML_TYPES = /* @__PURE__ */ new Set(["text/html", "application/xhtml+xml"]);
function isWebPage(text, contentType) {
  const kind = markupKind(text.slice(0, 512));
  return kind === "web page" || kind !== void 0 && contentType !== void 0 && HTML_TYPES.has(contentType);
}
async function* sourceChunks(chunks, maxBytes = Infinity, name = "", replaced = new Replacements()) {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let bytes = 0;
  let head = "";
  for await (const chunk of chunks) {
    const isText = typeof chunk === "string";
    if (maxBytes !== Infinity) {
      bytes += isText ? Buffer.byteLength(chunk, "utf8") : chunk.byteLength;
      if (bytes > maxBytes) throw errors.sourceFileTooLarge(name, maxBytes);
    }
    let text = isText ? chunk : decoder.decode(chunk, STREAM);
    if (head !== void 0) {
      head += text;
      if (head.length < HEAD_LENGTH) continue;
      text = opening(head, name);
      head = void 0;
    }
    if (text === "") continue;
    replaced.see(text);
    yield text;
  }
  let rest = decoder.decode();
  if (head !== void 0) rest = opening(head + rest, name);
  if (rest === "") return;
  replaced.see(rest);
  yield rest;
}
function opening(text, name) {
  const binary = NOT_TEXT.find(({ start }) => text.startsWith(start));
  if (binary) throw errors.sourceNotText(name, binary.kind, binary.compressed);
  if (text.startsWith(UTF_16_MARK)) throw errors.sourceEncoding(name);
  if (UTF_16_UNMARKED.test(text)) throw errors.sourceEncoding(name, false);
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}
var NOT_TEXT = [
  // PK 03 04: .xlsx and .ods are ZIP archives of XML files.
  {
    start: "PK",
    kind: "a ZIP archive, such as an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)",
    compressed: false
  },
  // D0 CF 11 E0: an OLE2 compound file, what Excel 97-2003 saved.
  { start: "\uFFFD\uFFFD", kind: "an Excel 97-2003 workbook (.xls)", compressed: false },
  // 1F 8B: gzip.
  { start: "\uFFFD", kind: "a gzip-compressed file", compressed: true }
];
var UTF_16_MARK = "\uFFFD\uFFFD";
var UTF_16_UNMARKED = /^(?:[^\0]\0[^\0]\0|\0[^\0]\0[^\0])/;
var HEAD_LENGTH = 4;
var STREAM = { stream: true };

export {
  Replacements,
  openSource,
  openUrl,
  replacedWarning,
  fileAddress,
  sourceChunks
};
