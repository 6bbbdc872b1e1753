import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// src/url.ts
function isHttpUrl(text) {
  return parseHttpUrl(text) !== void 0;
}
function parseHttpUrl(text) {
  const url = URL.parse(text);
  return url?.protocol === "http:" || url?.protocol === "https:" ? url : void 0;
}
function sameUrl(a, b) {
  return a !== void 0 && b !== void 0 && normalizeUrl(a) === normalizeUrl(b);
}
function samePage(a, b) {
  return a !== void 0 && b !== void 0 && pageKey(a) === pageKey(b);
}
function pageKey(link) {
  return normalizeUrl(link).replace(/^https?:\/\/(?:www\.)?/, "//");
}
function normalizeUrl(text) {
  const trimmed = text.trim();
  return httpUrlIdentity(trimmed) ?? trimmed;
}
function httpUrlIdentity(text) {
  if (text !== lastAsked) {
    lastIdentity = identityOf(parseHttpUrl(text));
    lastAsked = text;
  }
  return lastIdentity;
}
function hasUserInfo(text) {
  const identity = httpUrlIdentity(text);
  if (identity === void 0) return false;
  const start = identity.indexOf("//") + 2;
  const at = identity.indexOf("@", start);
  return at !== -1 && at < identity.indexOf("/", start);
}
var lastAsked;
var lastIdentity;
function identityOf(url) {
  if (!url) return void 0;
  const { protocol, username, password, hostname, port, pathname, search } = url;
  const user = username === "" && password === "" ? "" : `${username}${password === "" ? "" : `:${password}`}@`;
  const host = `${hostname.endsWith(".") ? hostname.slice(0, -1) : hostname}${port === "" ? "" : `:${port}`}`;
  const rest = `${withoutTrailingSlashes(pathname)}${search === "" ? "" : withoutTracking(search)}`;
  return `${protocol}//${user}${host}${rest.includes("%") ? withUnreservedDecoded(rest) : rest}`;
}
function withUnreservedDecoded(href) {
  return href.replace(/%([0-9a-f]{2})/gi, (escape, hex) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return /^[A-Za-z0-9\-._~]$/.test(character) ? character : escape.toUpperCase();
  });
}
function withoutTrailingSlashes(pathname) {
  let end = pathname.length;
  while (end > 1 && pathname.charCodeAt(end - 1) === SLASH) end--;
  return end === pathname.length ? pathname : pathname.slice(0, end);
}
var SLASH = 47;
function withoutTracking(search) {
  const kept = search.replace(/^\?/, "").split("&").filter((pair) => pair !== "" && !/^utm_/i.test(pair));
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}
function encodedLink(url) {
  return url.replace(
    UNLINKABLE,
    (char) => new RegExp("\\p{Cs}", "u").test(char) ? "%EF%BF%BD" : encodeURIComponent(char)
  );
}
var UNLINKABLE = /[\p{Cc} \p{Cs}\uFFFE\uFFFF]/gu;
function withUtm(url, utm) {
  if (!utm) return url;
  const parsed = new URL(url);
  const ours = trackingQuery(utm);
  const kept = withoutTracking(parsed.search);
  parsed.search = kept ? `${kept}&${ours}` : `?${ours}`;
  return parsed.href;
}
function trackingQuery(utm) {
  let query = trackingQueries.get(utm);
  if (query === void 0) {
    query = new URLSearchParams({
      utm_source: utm.source,
      utm_medium: utm.medium,
      utm_campaign: utm.campaign
    }).toString();
    trackingQueries.set(utm, query);
  }
  return query;
}
var trackingQueries = /* @__PURE__ */ new WeakMap();

export {
  isHttpUrl,
  parseHttpUrl,
  sameUrl,
  samePage,
  normalizeUrl,
  httpUrlIdentity,
  hasUserInfo,
  withUnreservedDecoded,
  encodedLink,
  withUtm
};
