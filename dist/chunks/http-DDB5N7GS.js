import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  PrivateAddress,
  addressScope,
  guardedLookup,
  systemResolver
} from "./chunk-OTREWFWY.js";
import {
  timeOf
} from "./chunk-NOMF4GSH.js";
import {
  errors,
  isBoardError
} from "./chunk-POPMLHNH.js";
import {
  redactCredentials
} from "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";

// src/load/http.ts
import { isUtf8 } from "node:buffer";
import { isIP } from "node:net";
import { pipeline, Readable, Transform } from "node:stream";
import zlib from "node:zlib";
async function fetchText(url, options) {
  const delays = options.retryDelaysMs ?? [500, 1500];
  for (let retry = 0; ; retry++) {
    const attempt = await fetchOnce(url, options);
    if (attempt.ok) return attempt.fetched;
    const delay = delays[retry];
    if (!attempt.retry || delay === void 0) throw attempt.error;
    await new Promise((resolve) => setTimeout(resolve, Math.max(delay, attempt.waitMs ?? 0)));
  }
}
var MAX_WAIT_MS = 6e4;
function retryAfterMs(header) {
  if (header === null) return void 0;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const time = timeOf(text);
  return time === void 0 ? void 0 : Math.max(0, time - Date.now());
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
      const retryable = response.status >= 500 || response.status === 429;
      const waitMs = retryable ? retryAfterMs(response.headers.get("retry-after")) : void 0;
      const tooLong = waitMs !== void 0 && waitMs > MAX_WAIT_MS;
      return {
        ok: false,
        error: errors.sourceHttp(
          url,
          response.status,
          response.statusText,
          tooLong ? { askedSeconds: Math.ceil(waitMs / 1e3), maxSeconds: MAX_WAIT_MS / 1e3 } : void 0
        ),
        retry: retryable && !tooLong,
        waitMs
      };
    }
    const contentType = response.headers.get("content-type") ?? void 0;
    const bytes = await readBody(response, url, options.maxBytes).catch((error) => {
      if (deadline.signal.aborted || isBoardError(error)) throw error;
      throw errors.sourceBroken(url, networkProblem(error, options.header));
    });
    const utf8Format = () => options.utf8Format?.({
      contentType: mediaTypeOf(contentType),
      url: finalUrl,
      head: bytes.subarray(0, HEAD_BYTES).toString("latin1")
    }) ?? false;
    const text = decodeBody(contentType, bytes, utf8Format);
    const link = response.headers.get("link") ?? void 0;
    return {
      ok: true,
      fetched: { text, contentType: mediaTypeOf(contentType), url: finalUrl, link }
    };
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
  const { Agent, fetch } = (await import("./undici-JRE5ZB4O.js")).default;
  const resolve = options.resolve ?? systemResolver;
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
      connect: { lookup: guardedLookup(resolve, publicOnly, (seen) => scope = seen) }
    });
    agents.push(agent);
    const headers = { accept: ACCEPT };
    if (options.header && new URL(current).origin === origin)
      headers[options.header.name] = options.header.value;
    const response = await fetch(current, {
      redirect: "manual",
      signal,
      headers,
      dispatcher: agent.compose(keepBodyCoded)
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
  return isIP(bare) ? bare : void 0;
}
var CODING_HEADER = "x-jobs-readme-content-encoding";
var keepBodyCoded = (dispatch) => (options, handler) => {
  const onHeaders = handler.onHeaders;
  if (onHeaders) {
    handler.onHeaders = function(status, rawHeaders, resume, statusText) {
      for (let i = 0; i < rawHeaders.length; i += 2) {
        if (String(rawHeaders[i]).toLowerCase() === "content-encoding")
          rawHeaders[i] = Buffer.from(CODING_HEADER);
      }
      return onHeaders.call(this, status, rawHeaders, resume, statusText);
    };
  }
  return dispatch(options, handler);
};
var Decoder = class extends Transform {
  constructor(create) {
    super();
    this.create = create;
  }
  create;
  decoder;
  _transform(chunk, _encoding, done) {
    if (!this.decoder) {
      if (chunk.length === 0) return done();
      const decoder = this.create(chunk);
      decoder.on("data", (bytes) => this.push(bytes));
      decoder.on("error", (error) => this.destroy(error));
      this.decoder = decoder;
    }
    this.decoder.write(chunk, done);
  }
  _flush(done) {
    if (!this.decoder) return done();
    this.decoder.once("end", () => done());
    this.decoder.end();
  }
};
function decodersOf(contentEncoding) {
  const codings = (contentEncoding ?? "").toLowerCase().split(",").map((coding) => coding.trim()).filter((coding) => coding !== "" && coding !== "identity");
  const decoders = [];
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip")
      decoders.push(new Decoder(() => zlib.createGunzip()));
    else if (coding === "br") decoders.push(new Decoder(() => zlib.createBrotliDecompress()));
    else if (coding === "deflate")
      decoders.push(
        new Decoder(
          (first) => (first[0] & 15) === 8 ? zlib.createInflate() : zlib.createInflateRaw()
        )
      );
    else return [];
  }
  return decoders;
}
async function readBody(response, url, maxBytes) {
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw errors.sourceTooLarge(url, maxBytes);
  }
  if (!response.body) return Buffer.alloc(0);
  const parts = [];
  let received = 0;
  const decoders = decodersOf(response.headers.get(CODING_HEADER));
  let body = response.body;
  if (decoders.length > 0) {
    const raw = Readable.fromWeb(response.body);
    pipeline([raw, ...decoders], () => {
    });
    body = decoders[decoders.length - 1];
  }
  for await (const bytes of body) {
    received += bytes.byteLength;
    if (received > maxBytes) throw errors.sourceTooLarge(url, maxBytes);
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}
function mediaTypeOf(contentType) {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() || void 0;
}
var HEAD_BYTES = 64 * 1024;
function decodeBody(contentType, bytes, utf8Format) {
  const charset = charsetOf(contentType, bytes, utf8Format);
  const decoder = new TextDecoder(charset);
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}
function charsetOf(contentType, bytes, utf8Format) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return "utf-8";
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  const label = /;\s*charset="?([^";\s]+)/i.exec(contentType ?? "")?.[1];
  if (label === void 0) return "utf-8";
  let charset;
  try {
    charset = new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
  if (charset === "utf-8" || !utf8Format() || !isUtf8(bytes)) return charset;
  return "utf-8";
}
function networkProblem(error, header) {
  const cause = error.cause;
  const said = cause?.code ?? cause?.message ?? error.message ?? String(error);
  return redactCredentials(header?.value ? said.replaceAll(header.value, "***") : said);
}
export {
  fetchText
};
