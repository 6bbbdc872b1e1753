import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/config/labels.ts
var DEFAULT_LABELS = {
  company: "Company",
  position: "Position",
  location: "Location",
  type: "Type",
  date: "Date",
  remote: "Remote",
  hybrid: "Hybrid",
  onSite: "On Site",
  notAvailable: "N/A",
  lastUpdated: "Last updated",
  currentStats: "Current Stats",
  jobs: "jobs",
  remotePercent: "remote",
  companies: "companies",
  avgSalary: "Avg salary",
  noSalary: "n/a",
  statsNote: "Note: Stats are approximate and based on available job data",
  trendingSkills: "Trending Skills",
  skillsNote: "Note: Skills are identified from job descriptions and may vary",
  leftOut: "{count} older openings are not shown, to keep this page within GitHub's size limit.",
  openings: "Openings",
  openingsPerDay: "Openings per day",
  openingsByType: "Openings by type",
  inactiveRoles: "Inactive roles ({count})"
};
function labelKey(name) {
  const camel = name.trim().replace(/[-_ ]+([a-z])/gi, (_, c) => c.toUpperCase());
  return camel in DEFAULT_LABELS ? camel : void 0;
}
var WORK_TYPES = ["remote", "hybrid", "on_site"];
function workTypeLabel(workType, labels) {
  const names = {
    remote: labels.remote,
    hybrid: labels.hybrid,
    on_site: labels.onSite
  };
  return names[workType];
}

// src/calendar.ts
function calendarDay(date, timezone) {
  const { year, month, day } = dateParts(date, timezone, DAY);
  return `${year}-${month}-${day}`;
}
function dateParts(date, timezone, options, locale = "en-US") {
  const parts = formatter(locale, timezone, options).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}
var DAY = { year: "numeric", month: "2-digit", day: "2-digit" };
function formatter(locale, timezone, options) {
  const key = `${locale} ${timezone} ${optionsKey(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: timezone });
    formatters.set(key, format);
  }
  return format;
}
var formatters = /* @__PURE__ */ new Map();
var optionKeys = /* @__PURE__ */ new WeakMap();
function optionsKey(options) {
  let key = optionKeys.get(options);
  if (key === void 0) {
    key = JSON.stringify(options);
    optionKeys.set(options, key);
  }
  return key;
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(earlier, later) {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS
  );
}
function isCalendarDay(text) {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}
var DAY_MS = 24 * 60 * 60 * 1e3;

// src/render/dates.ts
function monthDay(date, timezone, locale = DEFAULT_LOCALE) {
  if (locale !== DEFAULT_LOCALE) return formatter(locale, timezone, MONTH_DAY).format(date);
  const { month, day } = dateParts(date, timezone, MONTH_DAY);
  return `${month} ${day}`;
}
function timestamp(date, timezone, locale = DEFAULT_LOCALE) {
  if (locale !== DEFAULT_LOCALE) return formatter(locale, timezone, DATE_TIME).format(date);
  const { month, day, year, hour, minute, timeZoneName } = dateParts(date, timezone, DATE_TIME);
  return `${month} ${day}, ${year} at ${hour}:${minute} ${timeZoneName}`;
}
function strftime(date, pattern, timezone, locale = DEFAULT_LOCALE) {
  const parts = dateParts(date, timezone, partsOf(pattern));
  const name = (options) => formatter(locale, timezone, options).format(date);
  return pattern.replace(/%(-?)([a-zA-Z%])/g, (directive, bare, code) => {
    const unpadded = (value) => bare ? String(Number(value)) : value;
    switch (code) {
      case "b":
      case "h":
        return locale === DEFAULT_LOCALE ? parts.month ?? "" : name(NAMES.b);
      case "B":
      case "a":
      case "A":
        return name(NAMES[code]);
      case "d":
        return unpadded(parts.day) ?? "";
      case "e":
        return String(Number(parts.day));
      case "m":
        return unpadded(twoDigits(monthNumber(date, timezone))) ?? "";
      case "Y":
        return parts.year ?? "";
      case "y":
        return (parts.year ?? "").slice(-2);
      case "H":
        return unpadded(parts.hour) ?? "";
      case "M":
        return unpadded(parts.minute) ?? "";
      case "Z":
        return parts.timeZoneName ?? "";
      case "%":
        return "%";
      default:
        return directive;
    }
  });
}
var DEFAULT_LOCALE = "en-US";
var MONTH_DAY = { month: "short", day: "2-digit" };
var DATE_TIME = {
  year: "numeric",
  month: "short",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short"
};
function partsOf(pattern) {
  return /%-?[YyHMZ]/.test(pattern) ? DATE_TIME : MONTH_DAY;
}
var MONTH_NUMBER = { month: "numeric" };
var NAMES = {
  b: { month: "short" },
  B: { month: "long" },
  a: { weekday: "short" },
  A: { weekday: "long" }
};
function monthNumber(date, timezone) {
  const month = formatter(DEFAULT_LOCALE, timezone, MONTH_NUMBER).format(date);
  return Number(month);
}
function twoDigits(value) {
  return String(value).padStart(2, "0");
}

export {
  DEFAULT_LABELS,
  labelKey,
  WORK_TYPES,
  workTypeLabel,
  calendarDay,
  addDays,
  daysBetween,
  isCalendarDay,
  monthDay,
  timestamp,
  strftime
};
