import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/render/dates.ts
function monthDay(date, timezone) {
  const { month, day } = dateParts(date, timezone);
  return `${month} ${day}`;
}
function timestamp(date, timezone) {
  const { month, day, year, hour, minute, timeZoneName } = dateParts(date, timezone);
  return `${month} ${day}, ${year} at ${hour}:${minute} ${timeZoneName}`;
}
function dateParts(date, timezone) {
  const time = typeof date === "number" ? date : date.getTime();
  if (timezone === "UTC" && time >= FIRST_UTC_FAST && time < AFTER_UTC_FAST) return utcParts(time);
  const parts = formatterFor(timezone).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}
var FIRST_UTC_FAST = Date.UTC(1e3, 0, 1);
var AFTER_UTC_FAST = Date.UTC(1e4, 0, 1);
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function utcParts(time) {
  const date = new Date(time);
  return {
    month: MONTHS[date.getUTCMonth()],
    day: twoDigits(date.getUTCDate()),
    year: String(date.getUTCFullYear()),
    hour: twoDigits(date.getUTCHours()),
    minute: twoDigits(date.getUTCMinutes()),
    timeZoneName: "UTC"
  };
}
function twoDigits(value) {
  return String(value).padStart(2, "0");
}
var formatters = /* @__PURE__ */ new Map();
function formatterFor(timezone) {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      month: "short",
      day: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short"
    });
    formatters.set(timezone, format);
  }
  return format;
}

// src/url.ts
function isHttpUrl(text2) {
  return parseHttpUrl(text2) !== void 0;
}
function parseHttpUrl(text2) {
  const url = URL.parse(text2);
  return url?.protocol === "http:" || url?.protocol === "https:" ? url : void 0;
}
function normalizeUrl(text2) {
  const url = parseHttpUrl(text2.trim());
  if (!url) return text2.trim();
  url.hash = "";
  url.search = withoutTracking(url.search);
  url.pathname = url.pathname.replace(/(.)\/+$/, "$1");
  return url.toString();
}
function withoutTracking(search) {
  const kept = search.replace(/^\?/, "").split("&").filter((pair) => pair !== "" && !/^utm_/i.test(pair));
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}

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

// src/render/text.ts
function literalText(value) {
  const pieces = singleLine(value).split(AUTOLINK_TRIGGER).filter((piece) => piece !== "");
  return pieces.flatMap(
    (piece, index) => index === 0 ? [text(piece)] : [html(LINK_BREAK), text(piece)]
  );
}
var LINE_BREAKS_AND_CONTROLS = /\s*[\p{Cc}\p{Zl}\p{Zp}]+\s*/gu;
function singleLine(value) {
  return value.replace(LINE_BREAKS_AND_CONTROLS, " ").trim();
}
var AUTOLINK_TRIGGER = /(?<=www)(?=\.)|(?=:\/\/)|(?<=\S)(?=@)/gi;
var LINK_BREAK = "<!-- -->";

// src/render/openings.ts
function openingsTable(rows, options) {
  const { labels } = options;
  const header = [labels.company, labels.position, labels.location, labels.type, labels.date];
  return {
    type: "table",
    children: [
      tableRow(header.map((label) => [text(label)])),
      ...rows.map((listing) => listingRow(listing, options))
    ]
  };
}
function listingRow(listing, { labels, utm, timezone }) {
  return tableRow([
    [strong(linked(cellText(listing.company, labels), listing.companyUrl))],
    [strong(linked(cellText(listing.title, labels), withUtm(listing.url, utm)))],
    cellText(listing.location, labels),
    [text(workTypeLabel(listing.workType, labels))],
    [text(monthDay(listing.postedAt, timezone))]
  ]);
}
function cellText(value, labels) {
  const children = literalText(value);
  return children.length > 0 ? children : [text(labels.notAvailable)];
}
function linked(children, url) {
  return url ? [link(linkTarget(url), children)] : children;
}
function linkTarget(url) {
  return /^https?:\/\/[^\s\\\p{C}]+$/iu.test(url) ? url : new URL(url).href;
}
function withUtm(url, utm) {
  if (!utm) return url;
  const parsed = new URL(url);
  const ours = new URLSearchParams({
    utm_source: utm.source,
    utm_medium: utm.medium,
    utm_campaign: utm.campaign
  });
  const kept = withoutTracking(parsed.search);
  parsed.search = kept ? `${kept}&${ours}` : `?${ours}`;
  return parsed.href;
}
function workTypeLabel(workType, labels) {
  const names = {
    remote: labels.remote,
    hybrid: labels.hybrid,
    on_site: labels.onSite
  };
  return names[workType];
}

export {
  monthDay,
  timestamp,
  text,
  html,
  strong,
  emphasis,
  link,
  hardBreak,
  paragraph,
  literalText,
  isHttpUrl,
  normalizeUrl,
  openingsTable,
  withUtm
};
