import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  link,
  literalText,
  strong,
  tableRow,
  text
} from "./chunk-GDWV2PHC.js";
import {
  withoutTracking
} from "./chunk-Y3BBBJFG.js";

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

// src/render/openings.ts
function openingsTable(rows, options) {
  return {
    type: "table",
    align: OPENINGS_COLUMNS.map((column) => column.align),
    data: { delimiterRow: OPENINGS_COLUMNS.map((column) => column.delimiter) },
    children: [
      tableRow(OPENINGS_COLUMNS.map((column) => [text(column.header(options.labels))])),
      ...rows.map(
        (listing) => tableRow(OPENINGS_COLUMNS.map((column) => column.cell(listing, options)))
      )
    ]
  };
}
var OPENINGS_COLUMNS = [
  {
    header: (labels) => labels.company,
    align: null,
    delimiter: "-------",
    cell: (listing, { labels }) => [
      strong(linked(cellText(listing.company, labels), listing.companyUrl))
    ]
  },
  {
    header: (labels) => labels.position,
    align: null,
    delimiter: "--------",
    postingLink: true,
    cell: (listing, { labels, utm }) => [
      strong(linked(cellText(listing.title, labels), withUtm(listing.url, utm)))
    ]
  },
  {
    header: (labels) => labels.location,
    align: null,
    delimiter: "--------",
    cell: (listing, { labels }) => cellText(listing.location, labels)
  },
  {
    header: (labels) => labels.type,
    align: null,
    delimiter: "----",
    cell: (listing, { labels }) => [text(workTypeLabel(listing.workType, labels))]
  },
  {
    header: (labels) => labels.date,
    align: null,
    delimiter: "------",
    cell: (listing, { timezone }) => [text(monthDay(listing.postedAt, timezone))]
  }
];
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
  openingsTable,
  OPENINGS_COLUMNS,
  withUtm
};
