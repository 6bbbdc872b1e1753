import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  WrittenDay
} from "./chunk-NOMF4GSH.js";
import {
  countWord
} from "./chunk-6XRODA2F.js";
import {
  BoundedMap,
  memoized
} from "./chunk-ZMGGXRAP.js";

// src/calendar.ts
function calendarDay(date, timezone) {
  const { year, month, day } = wallClock(date, timezone);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}
function wallClock(date, timezone) {
  const time = Number(date);
  const local = new Date(time + offsetAt(time, clockZone(date, timezone)));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds()
  };
}
function clockZone(date, timezone) {
  return date instanceof WrittenDay ? UTC : timezone;
}
function postedDate(listing) {
  return listing.postedDay ? new WrittenDay(listing.postedAt) : new Date(listing.postedAt);
}
function midnightIn(day, timezone) {
  const utc = Date.parse(`${day}T00:00:00Z`);
  return utc - offsetAt(utc - offsetAt(utc, timezone), timezone);
}
function twoDigits(value) {
  return value < 10 ? `0${value}` : String(value);
}
function offsetAt(time, timezone) {
  if (timezone === UTC) return 0;
  const hour = Math.floor(time / HOUR_MS);
  let offsets = hourOffsets.get(timezone);
  if (!offsets) {
    offsets = new BoundedMap(MAX_HOURS);
    hourOffsets.set(timezone, offsets);
  }
  const known = offsets.get(hour);
  if (known !== void 0) return known;
  const start = hour * HOUR_MS;
  const offset = measuredOffset(start, timezone);
  if (measuredOffset(start + HOUR_MS - 1, timezone) !== offset)
    return measuredOffset(time, timezone);
  offsets.set(hour, offset);
  return offset;
}
var UTC = "UTC";
function isTimeZone(zone) {
  if (zone === UTC) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
var hourOffsets = /* @__PURE__ */ new Map();
var MAX_HOURS = 1e4;
var HOUR_MS = 60 * 60 * 1e3;
function measuredOffset(time, timezone) {
  const { year, month, day, hour, minute, second } = dateParts(time, timezone, CLOCK);
  const clock = /* @__PURE__ */ new Date(0);
  clock.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  clock.setUTCHours(Number(hour), Number(minute), Number(second));
  return clock.getTime() - Math.floor(time / 1e3) * 1e3;
}
var CLOCK = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23"
};
function dateParts(date, timezone, options, locale = "en-US") {
  const parts = formatter(locale, timezone, options).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}
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
function ageInDays(posted, now, wallClockZone) {
  const shift = wallClockZone === void 0 ? 0 : offsetAt(Number(now), wallClockZone) - offsetAt(Number(posted), clockZone(posted, wallClockZone));
  return Math.max(0, Math.floor((Number(now) - Number(posted) + shift) / DAY_MS));
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
  jobsOne: "job",
  remotePercent: "remote",
  companies: "companies",
  companiesOne: "company",
  avgSalary: "Avg salary",
  noSalary: "n/a",
  statsNote: "Note: Stats are approximate and based on available job data",
  trendingSkills: "Trending Skills",
  skillsNote: "Note: Skills are identified from job descriptions and may vary",
  leftOut: "{count} more openings are not shown, to keep this page within GitHub's size limit.",
  leftOutOne: "{count} more opening is not shown, to keep this page within GitHub's size limit.",
  openings: "Openings",
  openingsPerDay: "Openings per day",
  openingsByType: "Openings by type",
  inactiveRoles: "Inactive roles ({count})"
};
function labelKey(name) {
  const camel = name.trim().replace(/[-_ ]+([a-z])/gi, (_, c) => c.toUpperCase());
  return Object.hasOwn(DEFAULT_LABELS, camel) ? camel : void 0;
}
var ONE = { jobs: "jobsOne", companies: "companiesOne", leftOut: "leftOutOne" };
function laidOver(base, given) {
  const labels = { ...base, ...given };
  for (const [many, one] of Object.entries(ONE))
    if (given[many] !== void 0 && given[one] === void 0) labels[one] = DEFAULT_LABELS[one];
  return labels;
}
function countLabel(labels, key, count) {
  const one = ONE[key];
  const worded = labels[one] !== DEFAULT_LABELS[one] || labels[key] === DEFAULT_LABELS[key];
  return countWord(count, worded ? labels[one] : labels[key], labels[key]);
}
function withCount(label, count, locale) {
  return label.replaceAll("{count}", count.toLocaleString(locale));
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

// src/render/dates.ts
function monthDay(date, timezone, locale = DEFAULT_LOCALE) {
  if (locale !== DEFAULT_LOCALE)
    return formatter(locale, clockZone(date, timezone), MONTH_DAY).format(date);
  const { month, day } = wallClock(date, timezone);
  return `${shortMonth(month)} ${twoDigits(day)}`;
}
function timestamp(date, timezone, locale = DEFAULT_LOCALE) {
  if (locale !== DEFAULT_LOCALE) return formatter(locale, timezone, DATE_TIME).format(date);
  return strftime(date, "%b %d, %Y at %H:%M %Z", timezone);
}
function strftime(date, pattern, timezone, locale = DEFAULT_LOCALE) {
  const clock = wallClock(date, timezone);
  const zone = clockZone(date, timezone);
  const { calendarLocale, day, number } = patternCalendar(date, zone, pattern, clock, locale);
  const name = (options) => formatter(calendarLocale, zone, options).format(date);
  return pattern.replace(/%(-?)([a-zA-Z%])/g, (directive, bare, code) => {
    const padded = (value) => number(value, bare ? 1 : 2);
    switch (code) {
      case "b":
      case "h":
        return calendarLocale === DEFAULT_LOCALE ? shortMonth(day.month) : name(NAMES.b);
      case "B":
      case "a":
      case "A":
        return name(NAMES[code]);
      case "d":
        return padded(day.day);
      case "e":
        return number(day.day, 1);
      case "m":
        return padded(day.month);
      case "Y":
        return number(day.year, 1);
      case "y":
        return number(day.year % 100, 2);
      case "H":
        return padded(clock.hour);
      case "I":
        return padded(clock.hour % 12 === 0 ? 12 : clock.hour % 12);
      case "p":
        return clock.hour < 12 ? "AM" : "PM";
      case "M":
        return padded(clock.minute);
      case "S":
        return padded(clock.second);
      case "Z":
        return timezone === UTC ? UTC : dateParts(date, timezone, ZONE_NAME).timeZoneName ?? "";
      case "%":
        return "%";
      default:
        return directive;
    }
  });
}
function patternCalendar(date, zone, pattern, clock, locale) {
  if (locale === DEFAULT_LOCALE)
    return { calendarLocale: locale, day: clock, number: westernNumber };
  const writing = localeWriting(locale);
  const { number } = writing;
  if (writing.gregorian) return { calendarLocale: locale, day: clock, number };
  const parts = dateParts(date, zone, NUMERIC_DATE, writing.westernDigits);
  const day = { year: whole(parts.year), month: whole(parts.month), day: whole(parts.day) };
  const asked = (codes) => codes.test(pattern.replace(/%%/g, ""));
  const unwritten = Number.isNaN(day.day) && asked(/%-?[de]/) || Number.isNaN(day.month) && asked(/%-?m/) || Number.isNaN(day.year) && asked(/%-?[Yy]/);
  return unwritten ? { calendarLocale: writing.gregorianLocale, day: clock, number } : { calendarLocale: locale, day, number };
}
function whole(text) {
  return text !== void 0 && /^\d+$/.test(text) ? Number(text) : Number.NaN;
}
function westernNumber(value, width) {
  return String(value).padStart(width, "0");
}
var localeWriting = memoized((locale) => {
  const { calendar, numberingSystem } = formatter(locale, UTC, MONTH_DAY).resolvedOptions();
  const digits = numberingSystem === "latn" ? void 0 : Array.from(
    { length: 10 },
    (_, digit) => new Intl.NumberFormat(locale, { numberingSystem, useGrouping: false }).format(digit)
  );
  const number = digits ? (value, width) => westernNumber(value, width).replace(/\d/g, (digit) => digits[Number(digit)]) : westernNumber;
  return {
    gregorian: calendar === "gregory",
    westernDigits: new Intl.Locale(locale, { numberingSystem: "latn" }).toString(),
    gregorianLocale: new Intl.Locale(locale, { calendar: "gregory" }).toString(),
    number
  };
}, 100);
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
var ZONE_NAME = { timeZoneName: "short" };
var NUMERIC_DATE = {
  year: "numeric",
  month: "numeric",
  day: "numeric"
};
var NAMES = {
  b: { month: "short" },
  B: { month: "long" },
  a: { weekday: "short" },
  A: { weekday: "long" }
};
function shortMonth(month) {
  return SHORT_MONTHS[month - 1];
}
var SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec"
];

// src/regexp.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export {
  calendarDay,
  postedDate,
  midnightIn,
  UTC,
  isTimeZone,
  addDays,
  ageInDays,
  daysBetween,
  isCalendarDay,
  DAY_MS,
  escapeRegExp,
  DEFAULT_LABELS,
  labelKey,
  laidOver,
  countLabel,
  withCount,
  WORK_TYPES,
  workTypeLabel,
  monthDay,
  timestamp,
  strftime,
  DEFAULT_LOCALE
};
