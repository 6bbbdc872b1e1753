import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// src/log-text.ts
function oneLogLine(text) {
  return withoutControls(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function printable(text) {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, escapeControl);
}
function withoutControls(text) {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, escapeControl);
}
function escapeControl(character) {
  if (character === "\n") return "\\n";
  if (character === "\r") return "\\r";
  const code = character.charCodeAt(0);
  const hex = code.toString(16).padStart(2, "0");
  return code < 128 ? `\\x${hex}` : `\\u00${hex}`;
}
function redactCredentials(text) {
  return text.replace(HTTP_URL, redactUrl);
}
var HTTP_URL = /\bhttps?:\/\/[^\s"'<>`]+/gi;
function redactUrl(url) {
  const queryStart = url.search(/[?#]/);
  const beforeQuery = queryStart === -1 ? url : url.slice(0, queryStart);
  const rest = queryStart === -1 ? "" : url.slice(queryStart);
  return withoutUserInfo(beforeQuery) + withoutSecretParameters(rest);
}
function withoutUserInfo(url) {
  return url.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/\\]*@/i, "$1***@");
}
function withoutSecretParameters(queryAndFragment) {
  if (!queryAndFragment.startsWith("?")) return queryAndFragment;
  const hash = queryAndFragment.indexOf("#");
  const query = hash === -1 ? queryAndFragment.slice(1) : queryAndFragment.slice(1, hash);
  const fragment = hash === -1 ? "" : queryAndFragment.slice(hash);
  const pairs = query.split(/([&;])/).map((piece) => {
    const equals = piece.indexOf("=");
    if (equals === -1 || !isSecretName(piece.slice(0, equals))) return piece;
    return `${piece.slice(0, equals)}=***`;
  });
  return `?${pairs.join("")}${fragment}`;
}
var SECRET_NAME = /key|token|secret|passw|pwd|auth|signature|sig$|credential|session|cookie|jwt|bearer|private/;
function isSecretName(name) {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
  }
  return SECRET_NAME.test(
    decoded.toLowerCase().replace(/[^a-z]/g, "").replace(NOT_SECRET, "")
  );
}
var NOT_SECRET = /keywords?|authors?/g;
function countWord(count, one, many = `${one}s`) {
  return count === 1 ? one : many;
}

export {
  oneLogLine,
  printable,
  withoutControls,
  redactCredentials,
  countWord
};
