import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  withoutTracking
} from "./chunk-Y3BBBJFG.js";
import {
  link,
  literalText,
  strong,
  tableLines,
  tableRow,
  text
} from "./chunk-HZETYBLF.js";

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
  const repeats = options.repeatCompany ? repeatedCompanies(rows, options.timezone) : [];
  return {
    type: "table",
    align: OPENINGS_COLUMNS.map((column) => column.align),
    data: { delimiterRow: OPENINGS_COLUMNS.map((column) => column.delimiter) },
    children: [
      tableRow(OPENINGS_COLUMNS.map((column) => [text(column.header(options.labels))])),
      ...rows.map((listing, index) => {
        const row = { repeatsCompany: repeats[index] ?? false };
        return tableRow(OPENINGS_COLUMNS.map((column) => column.cell(listing, options, row)));
      })
    ]
  };
}
var CLOSED_MARK = "\u{1F512}";
var OPENINGS_COLUMNS = [
  {
    header: (labels) => labels.company,
    align: null,
    delimiter: "-------",
    cell: (listing, { labels, repeatCompany }, { repeatsCompany }) => repeatCompany !== void 0 && repeatsCompany ? [text(repeatCompany)] : [strong(linked(cellText(listing.company, labels), listing.companyUrl))]
  },
  {
    header: (labels) => labels.position,
    align: null,
    delimiter: "--------",
    postingLink: true,
    cell: (listing, { labels, utm, closed }) => closed === "mark" && !listing.active ? [strong(cellText(listing.title, labels)), text(` ${CLOSED_MARK}`)] : [strong(linked(cellText(listing.title, labels), withUtm(listing.url, utm)))]
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

// src/render/rows.ts
function zoneOrder(rows, closed = "drop") {
  if (closed !== "details") return [...rows];
  return [...rows.filter((row) => row.active), ...rows.filter((row) => !row.active)];
}
function mainTableRows(rows, closed = "drop") {
  return closed === "details" ? rows.filter((row) => row.active) : [...rows];
}
function zoneRows(rows, options) {
  const { closed = "drop", ...rest } = options;
  const tableOptions = { ...rest, closed: closed === "mark" ? "mark" : void 0 };
  const open = mainTableRows(rows, closed);
  const main = tableLines(openingsTable(open, tableOptions));
  if (closed !== "details" || open.length === rows.length)
    return { lines: [...main.head, ...main.body], rowLines: main.body };
  const shut = rows.filter((row) => !row.active);
  const folded = tableLines(openingsTable(shut, tableOptions));
  const summary = options.labels.inactiveRoles.replaceAll(
    "{count}",
    shut.length.toLocaleString("en-US")
  );
  return {
    lines: [
      ...main.head,
      ...main.body,
      "",
      `<details><summary>${escapeHtml(summary)}</summary>`,
      "",
      ...folded.head,
      ...folded.body,
      "",
      "</details>"
    ],
    rowLines: [...main.body, ...folded.body]
  };
}
function repeatedCompanies(rows, timezone) {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  let previous;
  return rows.map((row) => {
    const current = { company: row.company, day: day.format(row.postedAt) };
    const repeats = previous?.company === current.company && previous.day === current.day;
    previous = current;
    return repeats;
  });
}
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export {
  monthDay,
  timestamp,
  zoneOrder,
  mainTableRows,
  zoneRows,
  openingsTable,
  OPENINGS_COLUMNS,
  withUtm
};
