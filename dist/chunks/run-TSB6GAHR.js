import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  package_default
} from "./chunk-TKMEYD73.js";
import {
  buildBoards,
  planFiles,
  runBoards
} from "./chunk-EKG4KFPK.js";
import "./chunk-IMJAIN4F.js";
import "./chunk-KJCNHICZ.js";
import "./chunk-I5BO5RH5.js";
import {
  PrivateAddress,
  addressScope,
  guardedLookup,
  hostScope,
  systemResolver
} from "./chunk-OTREWFWY.js";
import "./chunk-ZDYJQRVA.js";
import "./chunk-ADAPO2S3.js";
import "./chunk-EC4QDG2M.js";
import "./chunk-UC24MJAJ.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-33D3IKD7.js";
import "./chunk-XG64FQ2T.js";
import {
  isClosedPage
} from "./chunk-J2VHFJZX.js";
import {
  INPUTS
} from "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
import "./chunk-NOMF4GSH.js";
import {
  errors,
  isBoardError
} from "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import {
  countWord,
  printable,
  redactCredentials
} from "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import {
  isHttpUrl,
  normalizeUrl
} from "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

// src/links/request.ts
import { isIP } from "node:net";
async function checkPosting(url, options) {
  const verdict = await judged(url, options);
  return { ...verdict, reason: redactCredentials(verdict.reason) };
}
async function judged(url, options) {
  const head = await follow(url, "HEAD", options);
  if (head.kind === "verdict" && head.refused) return head.verdict;
  if (head.kind === "answer" && isSuccess(head.status))
    return { status: "alive", reason: `answered ${head.said}` };
  if (head.kind === "answer" && head.status === 429) return retryLater(head.said);
  const get = await follow(url, "GET", options);
  const verdict = getVerdict(get);
  if (head.kind === "verdict" && head.verdict.status === "unknown")
    return {
      ...verdict,
      reason: verdict.reason === head.verdict.reason ? `${verdict.reason} (HEAD and GET)` : `${verdict.reason} (to GET; HEAD ${head.verdict.reason})`
    };
  return verdict;
}
function getVerdict(get) {
  if (get.kind === "verdict") return get.verdict;
  if (isSuccess(get.status)) return { status: "alive", reason: `answered ${get.said}` };
  if (get.status === 404 || get.status === 410)
    return { status: "dead", reason: `answered ${get.said}` };
  if (get.status === 429 || get.status >= 500) return retryLater(get.said);
  return { status: "unknown", reason: `answered ${get.said}, which does not say the page is gone` };
}
var STATUS_TEXT_SHOWN = 100;
var MAX_HEADER_BYTES = 256 * 1024;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
async function follow(url, method, options) {
  const maxRedirects = options.maxRedirects ?? 5;
  const seen = /* @__PURE__ */ new Set();
  let current = url;
  let sender;
  for (let redirects = 0; ; redirects++) {
    seen.add(current);
    await options.pace(current);
    const guard = redirects === 0 ? options.publicOnly ? "posting" : "none" : sender === "public" || options.publicOnly ? "redirect" : "none";
    const hop = await request(current, method, guard, options);
    if (hop.kind === "verdict") return hop;
    const { response, scope } = hop;
    const text = response.statusText.length > STATUS_TEXT_SHOWN ? `${response.statusText.slice(0, STATUS_TEXT_SHOWN)}\u2026` : response.statusText;
    const said = `${response.status}${text ? ` ${text}` : ""}`;
    const header = response.headers.get("location");
    if (!REDIRECT_STATUSES.has(response.status) || header === null)
      return { kind: "answer", status: response.status, said };
    const location = locationOf(header);
    if (location === void 0) return unknown(`redirected to several addresses at once: ${header}`);
    const next = URL.parse(location, current);
    if (next?.protocol !== "http:" && next?.protocol !== "https:")
      return unknown(`redirected to "${location}", not an http(s) address`);
    next.hash = "";
    if (next.username !== "" || next.password !== "")
      return unknown(
        `redirected to an address with a user or password before its host, which is not requested: ${next.href}`
      );
    if (isClosedPage(next.href, options.closedUrls))
      return { kind: "verdict", verdict: { status: "dead", reason: `redirected to ${next.href}` } };
    if (seen.has(next.href)) return unknown(`redirects in a loop (back to ${next.href})`);
    if (redirects === maxRedirects) return unknown(`redirects more than ${maxRedirects} times`);
    current = next.href;
    sender = scope;
  }
}
function locationOf(header) {
  const bytes = Buffer.from(header, "latin1");
  let text = header;
  if (bytes.toString("latin1") === header && /[\x80-\xff]/.test(header)) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
    }
  }
  const parts = text.split(", ");
  if (parts.length === 1 || parts.every((part) => part === parts[0])) return parts[0];
  return parts.every((part) => /^(?:https?:\/\/|\/)/i.test(part)) ? void 0 : text;
}
async function request(url, method, guard, options) {
  const { Agent, fetch } = (await import("./undici-JRE5ZB4O.js")).default;
  const { hostname } = new URL(url);
  const literal = ipLiteral(hostname);
  let scope = literal === void 0 ? void 0 : addressScope(literal);
  const publicOnly = guard !== "none";
  if (guard === "posting") {
    const onItsFace = hostScope(url);
    if (onItsFace !== void 0 && onItsFace !== "public")
      return refused(notRequested(`${literal ?? hostname} is a ${onItsFace} address`));
  }
  if (publicOnly && scope !== void 0 && scope !== "public")
    return refused(`a public address redirected to ${literal}, a ${scope} address`);
  const agent = new Agent({
    // Sites that set many cookies send more than undici's 16 KiB of headers; browsers take more.
    maxHeaderSize: MAX_HEADER_BYTES,
    connect: {
      lookup: guardedLookup(options.resolve ?? systemResolver, publicOnly, (seen) => scope = seen)
    }
  });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutSeconds * 1e3);
  try {
    const response = await fetch(url, {
      method,
      redirect: "manual",
      signal: deadline.signal,
      headers: { "user-agent": options.userAgent, accept: ACCEPT },
      dispatcher: agent
    });
    await response.body?.cancel().catch(() => {
    });
    return { kind: "response", response, scope };
  } catch (error) {
    if (deadline.signal.aborted) return unknown(`did not answer within ${options.timeoutSeconds} s`);
    const privateAddress = error.cause instanceof PrivateAddress;
    if (guard === "posting" && privateAddress)
      return refused(notRequested(`${hostname} resolves to an address that is not public`));
    const reason = `could not be reached (${networkProblem(error)})`;
    return privateAddress ? refused(reason) : unknown(reason);
  } finally {
    clearTimeout(timer);
    await agent.destroy().catch(() => {
    });
  }
}
function isSuccess(status) {
  return status >= 200 && status < 300;
}
function retryLater(said) {
  return { status: "unknown", reason: `answered ${said}; asked again on the next run` };
}
function unknown(reason) {
  return { kind: "verdict", verdict: { status: "unknown", reason } };
}
function refused(reason) {
  return { ...unknown(reason), refused: true };
}
function notRequested(why) {
  return `not requested: ${why}, which only the runner's own network could reach (link-private-hosts allows it)`;
}
function ipLiteral(hostname) {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  return isIP(bare) ? bare : void 0;
}
function networkProblem(error) {
  const cause = error.cause;
  return cause?.code ?? cause?.message ?? error.message ?? String(error);
}

// src/links/check.ts
var USER_AGENT = `jobs-readme/${package_default.version} (link check; +https://github.com/jobs-readme/jobs-readme)`;
async function checkPostings(postings, options) {
  const results = new Array(postings.length);
  const queue = hostsInTurn(postings);
  const pace = hostPace(options.hostDelayMs);
  const worker = async () => {
    for (let next = queue.shift(); next !== void 0; next = queue.shift()) {
      const posting = postings[next];
      const verdict = await checkPosting(posting.url, {
        timeoutSeconds: options.timeoutSeconds,
        closedUrls: options.closedUrls,
        userAgent: USER_AGENT,
        pace,
        resolve: options.resolve,
        publicOnly: options.publicOnly
      });
      results[next] = { ...posting, verdict };
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, postings.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
function hostsInTurn(postings) {
  const byHost = /* @__PURE__ */ new Map();
  postings.forEach((posting, index) => {
    const host = hostOf(posting.url);
    byHost.set(host, [...byHost.get(host) ?? [], index]);
  });
  const order = [];
  const lists = [...byHost.values()];
  for (let round = 0; order.length < postings.length; round++)
    for (const list of lists) if (round < list.length) order.push(list[round]);
  return order;
}
function hostPace(delayMs) {
  const nextStart = /* @__PURE__ */ new Map();
  return async (url) => {
    const host = hostOf(url);
    const now = Date.now();
    const start = Math.max(now, nextStart.get(host) ?? 0);
    nextStart.set(host, start + delayMs);
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
  };
}
function hostOf(url) {
  return URL.parse(url)?.host.toLowerCase() ?? url;
}

// src/links/run.ts
async function runLinkCheck(settings, boards, store, log, options = {}) {
  const snapshot = await store.read(planFiles(settings, boards, { editsListings: true }));
  const shown = await buildBoards(
    settings,
    boards,
    { ...snapshot.io, warn: log.warn },
    snapshot.site
  );
  const postings = shownPostings(shown);
  log.info(
    `Checking ${postings.length} ${countWord(postings.length, "posting")} (${settings.links.concurrency} at a time).`
  );
  const checks = await checkPostings(postings, {
    ...settings.links,
    resolve: options.resolve,
    publicOnly: options.onGitHubActions === true && !settings.links.privateHosts
  });
  const dead = new Set(
    checks.filter((check) => check.verdict.status === "dead").map((check) => normalizeUrl(check.url))
  );
  const fromUrl = isHttpUrl(settings.listings);
  if (dead.size === 0 || fromUrl) return { checks, closed: 0, fromUrl, run: shown };
  const { closePostings } = await import("./close-ZEWDAQDC.js");
  let closed = 0;
  let warnedLeftOpen = false;
  try {
    const outcome = await runBoards(
      closingSettings(settings),
      boards,
      store,
      // The first build gave the feed's warnings.
      { warn: () => {
      }, info: log.info },
      async (readFile) => {
        const text = await readFile(settings.listings);
        const result = text === void 0 ? void 0 : await closePostings(text, settings, dead);
        closed = result?.count ?? 0;
        if (!warnedLeftOpen)
          for (const { url, problem } of result?.leftOpen ?? [])
            log.warn(
              `The dead posting ${printable(url)} stays open: ${problem}. The other dead postings were closed.`
            );
        warnedLeftOpen = true;
        return result?.count ? [{ path: settings.listings, text: result.text }] : [];
      }
    );
    return { checks, closed, fromUrl, run: outcome.run, written: outcome.written };
  } catch (error) {
    if (!isGuard(error)) throw error;
    const refused2 = errors.linkClosesRefused(closed || dead.size, error);
    return { checks, closed, fromUrl, run: shown, refused: refused2 };
  }
}
function isGuard(error) {
  return isBoardError(error) && (error.code === "too-many-removed" || error.code === "empty-selection");
}
function shownPostings(run) {
  const postings = /* @__PURE__ */ new Map();
  for (const { url, company, title } of run.boards.flatMap((board) => board.rows)) {
    if (url === void 0) continue;
    const key = normalizeUrl(url);
    if (!postings.has(key)) postings.set(key, { url, company, title });
  }
  return [...postings.values()];
}
var DEFAULT_MESSAGE = INPUTS.find((input) => input.name === "commit-message")?.default;
function closingSettings(settings) {
  return settings.commitMessage === DEFAULT_MESSAGE ? {
    ...settings,
    commitMessage: "Close the postings whose pages are gone: {jobs} jobs (+{added} -{removed})"
  } : settings;
}
export {
  closingSettings,
  runLinkCheck,
  shownPostings
};
