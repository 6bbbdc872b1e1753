import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  CANONICAL_FIELDS,
  DOLLARS,
  FLAG_WORDS_TEXT,
  activeValue,
  flagValue,
  isNumeric,
  isRecord,
  jsonText,
  readPath,
  salaryFromText,
  salaryPeriod
} from "./chunk-J2VHFJZX.js";
import {
  canonicalSkill
} from "./chunk-KEP2DW5I.js";
import {
  AGE,
  DAY_WITHOUT_YEAR,
  LOCALE_DAY,
  TIME_OFFSET,
  ZONE_NAME_ONLY,
  daysInMonth,
  isDayWithoutTime,
  timeOf,
  writtenDate
} from "./chunk-NOMF4GSH.js";
import {
  BIDI_CONTROL_RANGES,
  withoutBidiControls
} from "./chunk-3C3LAPTG.js";
import {
  hasUserInfo,
  httpUrlIdentity,
  isHttpUrl,
  normalizeUrl
} from "./chunk-DRQNNRXV.js";

// src/load/fields.ts
function recordReader(fields) {
  const read = Object.fromEntries(
    CANONICAL_FIELDS.map((name) => {
      const path = fields[name] ?? name;
      const shown = SHOWN_TEXT.has(name);
      if (name === "location")
        return [name, (record) => placeLines(readPath(record, path))];
      return [name, (record) => present(readPath(record, path), shown)];
    })
  );
  const first = (record) => ({
    company: read.company(record),
    title: read.title(record),
    url: read.url(record),
    posted_at: read.posted_at(record),
    categories: read.categories(record),
    active: read.active(record)
  });
  const all = (record, firstRead = first(record)) => ({
    id: read.id(record),
    company: firstRead.company,
    company_url: read.company_url(record),
    title: firstRead.title,
    url: firstRead.url,
    location: read.location(record),
    work_type: workTypeValue(read.work_type(record)),
    posted_at: firstRead.posted_at,
    salary: read.salary(record),
    salary_min: read.salary_min(record),
    salary_max: read.salary_max(record),
    salary_currency: read.salary_currency(record),
    salary_period: read.salary_period(record),
    skills: read.skills(record),
    description: read.description(record),
    categories: firstRead.categories,
    active: firstRead.active
  });
  const anyField = (record, firstRead = first(record)) => {
    for (const name of FIRST_READ) if (firstRead[name] !== void 0) return true;
    for (const name of LATER_READ) if (read[name](record) !== void 0) return true;
    return false;
  };
  return { first, all, anyField };
}
var FIRST_READ = [
  "company",
  "title",
  "url",
  "posted_at",
  "categories",
  "active"
];
var LATER_READ = CANONICAL_FIELDS.filter(
  (name) => !FIRST_READ.includes(name)
);
function workTypeValue(value) {
  return flagValue(value) ?? value;
}
var SHOWN_TEXT = /* @__PURE__ */ new Set(["company", "title", "location"]);
function tidyText(text) {
  if (!CONTROL_OR_BIDI.test(text)) return text.trim();
  const shown = withoutBidiControls(text);
  return shown.replace(SPACE_OR_CONTROL_RUN, (run) => CONTROL.test(run) ? " " : run).trim();
}
var CONTROL = /[\0-\x1f\x7f-\x9f\u2028\u2029]/;
var CONTROL_OR_BIDI = new RegExp(`[${CONTROL.source.slice(1, -1)}${BIDI_CONTROL_RANGES}]`);
var SPACE_OR_CONTROL_RUN = /[\s\0-\x1f\x7f-\x9f\u2028\u2029]+/g;
var LINE_BREAK = /\r\n?|[\n\u2028\u2029]/;
function placeLines(value) {
  if (typeof value !== "string" || !LINE_BREAK.test(value)) return present(value, true);
  const lines = value.split(LINE_BREAK).flatMap((line) => present(line, true) ?? []);
  return lines.length > 1 ? lines : lines[0];
}
function present(value, shown) {
  if (value === null) return void 0;
  if (typeof value !== "string") return value;
  const trimmed = shown ? tidyText(value) : value.trim();
  return (shown ? showsNothing(trimmed) : trimmed === "") ? void 0 : trimmed;
}
function showsNothing(text) {
  if (text === "") return true;
  const code = text.charCodeAt(0);
  return !(code > SPACE && code < DELETE) && INVISIBLE.test(text);
}
var SPACE = 32;
var DELETE = 127;
function unseenCharacters(value) {
  if (typeof value !== "string" || value.trim() === "" || !showsNothing(tidyText(value)))
    return void 0;
  const points = new Set(
    [...value.replace(/\s/g, "")].map(
      (character) => `U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`
    )
  );
  const listed = [...points];
  return listed.length > 6 ? `${listed.slice(0, 6).join(" ")} ...` : listed.join(" ");
}
function unseenProblem(characters) {
  return `empty once its invisible characters are removed: it holds only characters no cell shows (${characters})`;
}
var INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\s\u2800]+$/u;
var UNSEEN_START = /^[\p{Default_Ignorable_Code_Point}\p{Cc}\s\u2800]+/u;

// src/stats/salary.ts
var YEARLY_SALARY_RANGE = { min: 1, max: 1e10 };
var YEARLY_SALARY_CEILING = 1e8;
var SMALL_UNIT_CURRENCIES = new Set(
  "AMD AOA ARS BDT BIF BYR CDF CLP COP CRC CVE DJF DZD ETB GNF GYD HTG HUF IDR IQD IRR ISK JMD JPY KES KHR KMF KPW KRW KZT LAK LBP LKR LRD MGA MMK MNT MWK NGN NPR PKR PYG RSD RWF SDG SLL SOS SSP STD SYP TZS UGX UZS VES VND VUV XAF XOF XPF YER ZWL".split(" ")
);
var TINY_UNIT_CURRENCIES = new Set(
  "IDR IRR LAK LBP SLL STD UZS VND".split(" ")
);
var TINY_UNIT_CEILING = 1e12;
function yearlySalaryCeiling(currency) {
  const code = currency?.toUpperCase();
  if (code !== void 0 && TINY_UNIT_CURRENCIES.has(code)) return TINY_UNIT_CEILING;
  return code === void 0 || SMALL_UNIT_CURRENCIES.has(code) ? YEARLY_SALARY_RANGE.max : YEARLY_SALARY_CEILING;
}
function averageSalaryK(rows, currency) {
  const wanted = currency.toUpperCase();
  const yearly = rows.filter((row) => row.salary?.currency.toUpperCase() === wanted).map((row) => yearlySalary(row.salary)).filter((amount) => amount !== void 0);
  if (!yearly.length) return null;
  const mean = yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length;
  return Math.round(mean / 1e3);
}
function yearlySalary(salary) {
  const yearly = [salary.min, salary.max].filter((bound) => bound !== void 0).map((bound) => yearlyAmount(bound, salary.period)).filter((amount) => isPlausibleYearly(amount, salary.currency));
  if (!yearly.length) return void 0;
  return yearly.reduce((sum, amount) => sum + amount, 0) / yearly.length;
}
function yearlyAmount(amount, period) {
  return amount * PERIODS_PER_YEAR[period];
}
function isPlausibleYearly(amount, currency) {
  return amount >= YEARLY_SALARY_RANGE.min && amount <= yearlySalaryCeiling(currency);
}
var PERIODS_PER_YEAR = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1
};

// src/load/normalize.ts
var MIN_ABOVE_MAX = "min is above max";
var CELL_FIELDS = ["company", "title", "location"];
function createNormalizer(options) {
  const reader = recordReader(options.fields);
  return (record, position, first, selection) => {
    const fields = isRecord(record) ? reader.all(record, first) : void 0;
    if (!fields)
      return { ok: false, invalid: { position, reason: `not an object but ${kindOf(record)}` } };
    const problems = [];
    const valid = (field, value) => {
      if (!(value instanceof Refusal)) return value;
      problems.push(`${field}: ${value.message}`);
      return void 0;
    };
    const raw = (name) => () => readPath(record, options.fields[name] ?? name);
    const roundedId = isSheetRoundedId(fields.id) ? fields.id : void 0;
    const id = roundedId === void 0 ? idOf(fields.id) : void 0;
    const active = activeOf(fields.active);
    const linkless = active === false && typeof id === "string";
    const valued = {
      id: valid("id", id),
      company: valid("company", requiredText(fields.company, raw("company"))),
      title: valid("title", requiredText(fields.title, raw("title"))),
      url: valid("url", postingUrl(fields.url, linkless)),
      location: valid("location", locationOf(fields.location)),
      postedAt: selection?.postedAt ?? valid("posted_at", postingTime(fields.posted_at)),
      skills: valid("skills", optionalList(fields.skills)),
      description: valid("description", optionalText(fields.description)),
      categories: selection ? selection.categories : valid("categories", categoriesOf(fields.categories)),
      active: valid("active", active)
    };
    if (problems.length > 0)
      return { ok: false, invalid: { position, id: givenId(fields), reason: problems.join("; ") } };
    const notes = [];
    const ignored = [];
    const written = readPath(record, options.fields.company ?? "company");
    const listing = toListing(
      valued,
      fields,
      record,
      position,
      options,
      {
        notes,
        ignored,
        written: typeof written === "string" && written !== valued.company ? written : void 0
      }
    );
    const warnings = notes.map((note) => `Listing #${position} (id ${listing.id}): ${note}`);
    return { ok: true, listing, warnings, ignored, ...roundedId !== void 0 && { roundedId } };
  };
}
function isSheetRoundedId(value) {
  const match = typeof value === "string" ? SHEET_SCIENTIFIC.exec(value.trim()) : null;
  return match !== null && Number(match[1]) >= SHEET_SCIENTIFIC_FROM;
}
var SHEET_SCIENTIFIC = /^\d(?:[.,]\d+)?E\+(\d{2,3})$/i;
var SHEET_SCIENTIFIC_FROM = 11;
function selectionFields(read, position) {
  const { title } = read;
  if (typeof title !== "string") return void 0;
  const categories = categoriesOf(read.categories);
  const active = activeOf(read.active);
  const postedAt = postingTime(read.posted_at);
  if (categories instanceof Refusal || active instanceof Refusal || postedAt instanceof Refusal)
    return void 0;
  return { title, categories, active, postedAt, position };
}
function categoryList(value) {
  const names = categoriesOf(value);
  return names instanceof Refusal ? void 0 : names;
}
function categoriesOf(value) {
  const list = optionalList(value);
  if (list instanceof Refusal) return list;
  if (list === void 0 || list.length === 0) return void 0;
  for (let index = 0; index < list.length; index++) list[index] = list[index].toLowerCase();
  return unique(list);
}
var Refusal = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
var Implausible = class extends Refusal {
};
function requiredText(value, raw) {
  if (typeof value === "string") return value;
  const unseen = value === void 0 && raw ? unseenCharacters(raw()) : void 0;
  if (unseen !== void 0) return new Refusal(unseenProblem(unseen));
  return new Refusal(value === void 0 ? "missing" : "must be text");
}
function postingUrl(value, linkless) {
  if (value === void 0 && linkless) return void 0;
  const text = requiredText(value);
  if (typeof text !== "string") return text;
  if (httpUrlIdentity(text) === void 0) return new Refusal(notHttpUrl(text));
  return hasUserInfo(text) ? new Refusal(USER_INFO) : text;
}
var USER_INFO = 'holds a user name or password before the host (the part up to "@"), so the link would read as one site and open another, or publish a password: write the address without it';
function notHttpUrl(text) {
  const trimmed = text.trim();
  const fix = (problem, address, how) => `not an http(s) URL: ${problem}; ${trimmed.length <= SHOWN_ADDRESS ? address : how}`;
  const linked = MARKDOWN_LINK.exec(trimmed)?.slice(1).find(Boolean);
  if (linked !== void 0 && isHttpUrl(linked))
    return fix("a Markdown link", `write the address alone, ${linked}`, "write the address alone");
  if (SCHEMELESS.test(trimmed) && isHttpUrl(`https://${trimmed}`))
    return fix(
      'no "https://" before the site',
      `write https://${trimmed}`,
      "write it with https:// first"
    );
  if (trimmed.startsWith("//") && isHttpUrl(`https:${trimmed}`))
    return fix(
      'no "https:" before the "//" of the site',
      `write https:${trimmed}`,
      "write it with https: first"
    );
  if (/^\/(?!\/)\S*$/.test(trimmed))
    return "not an http(s) URL: a path without its site; write the whole address, https:// and the site's name before the path";
  return "not an http(s) URL";
}
var MARKDOWN_LINK = /^(?:<([^<>\s]+)>|\[[^\]]*\]\(([^()\s]+)\))$/;
var SCHEMELESS = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
var SHOWN_ADDRESS = 200;
function idOf(value) {
  if (value === void 0 || typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return new Refusal("must be text or a number");
}
function optionalText(value) {
  return value === void 0 || typeof value === "string" ? value : new Refusal("must be text");
}
function locationOf(value) {
  if (value === void 0) return "";
  if (typeof value === "string") return value;
  if (isRecord(value)) {
    const text = placeText(value);
    return text === null ? "" : text ?? new Refusal(NOT_A_LOCATION);
  }
  if (!Array.isArray(value)) return new Refusal(NOT_A_LOCATION);
  const items = value.every((item) => typeof item === "string") ? value : value.map(placeText);
  return tidyList(items) ?? new Refusal(NOT_A_LOCATION);
}
function isLocation(value) {
  return !(locationOf(value) instanceof Refusal);
}
var NOT_A_LOCATION = "must be text, a list of text, or a place: an object with its name, or its city, region or country";
function placeText(place) {
  if (typeof place === "string" || place === null) return place;
  if (!isRecord(place)) return void 0;
  const address = readPath(place, "address");
  const text = typeof address === "string" ? tidyText(address) || void 0 : void 0;
  const named = ownPlaceText(place) ?? (isRecord(address) ? ownPlaceText(address) : text);
  return named ?? (isEmptyPlace(place) ? null : void 0);
}
function isEmptyPlace(place, depth = 1) {
  const fields = Object.entries(place).filter(([key]) => PLACE_KEYS.has(key));
  if (fields.length === 0) return Object.keys(place).length === 0;
  return fields.every(
    ([, value]) => value === null || value === void 0 || typeof value === "string" && tidyText(value) === "" || isRecord(value) && depth < PLACE_DEPTH && isEmptyPlace(value, depth + 1)
  );
}
var PLACE_DEPTH = 3;
function ownPlaceText(place) {
  const name = firstText(place, PLACE_NAME_KEYS);
  if (name !== void 0) return name;
  const parts = [];
  for (const keys of PLACE_PART_KEYS) {
    const part = firstText(place, keys);
    if (part !== void 0 && part.toLowerCase() !== parts.at(-1)?.toLowerCase()) parts.push(part);
  }
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function firstText(record, keys) {
  for (const key of keys) {
    const value = readPath(record, key);
    const named = isRecord(value) ? readPath(value, "name") : value;
    const text = typeof named === "string" ? named : void 0;
    const tidied = text === void 0 ? "" : tidyText(text);
    if (tidied !== "") return tidied;
  }
  return void 0;
}
var PLACE_NAME_KEYS = [
  "name",
  "display_name",
  "displayName",
  "label",
  "text",
  "formatted",
  "formatted_address",
  "formattedAddress"
];
var PLACE_PART_KEYS = [
  ["city", "town", "locality", "addressLocality", "city_name", "cityName"],
  ["region", "state", "province", "addressRegion", "state_code", "stateCode", "region_code"],
  ["country", "addressCountry", "country_name", "countryName", "country_code", "countryCode"]
];
var PLACE_KEYS = /* @__PURE__ */ new Set([
  ...PLACE_NAME_KEYS,
  ...PLACE_PART_KEYS.flat(),
  "address"
]);
function optionalList(value) {
  if (value === void 0) return void 0;
  return listItems(value) ?? new Refusal(NOT_TEXT_OR_LIST);
}
var NOT_TEXT_OR_LIST = "must be text or a list of text";
var LIST_SEPARATOR = new RegExp(`[,;]|${LINE_BREAK.source}`);
function listItems(list) {
  if (typeof list === "string") return tidyList(list.split(LIST_SEPARATOR));
  return Array.isArray(list) ? tidyList(list) : null;
}
function activeOf(value) {
  if (value === void 0) return true;
  return activeValue(value) ?? new Refusal(notAFlag(value));
}
function notAFlag(value) {
  const text = typeof value === "string" ? value.trim() : jsonText(value) ?? String(value);
  const shown = text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
  const given = typeof value === "string" ? `"${shown}"` : shown;
  return `${given} is not true or false; write one of ${FLAG_WORDS_TEXT} (any case), or a posting's state: open, published or live; closed, archived, expired, filled or draft`;
}
var NOT_A_DATE = "not an ISO 8601 date or Unix seconds";
var LONG_YEAR = /^([+-]\d{4,}|\d{5,})-\d{2}-\d{2}(?:[T ]|$)/;
function postingTime(value) {
  if (value === void 0) return new Refusal("missing");
  const time = timeOf(value);
  if (time === void 0) return new Refusal(notADate(value));
  if (!isPostingTime(time)) return new Refusal(outsidePostingYears(time));
  if (time < FIRST_UNIX_POSTING && isNumeric(value))
    return new Refusal(tooSmallNumber(Number(value), time));
  return time;
}
var FIRST_UNIX_POSTING = 1e11;
var SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30);
var SPREADSHEET_DAYS = { first: 25569, last: 109574 };
function tooSmallNumber(number, time) {
  const asSeconds = `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const plain = `${number} is no Unix time of a posting (as seconds it is ${asSeconds})`;
  if (number < SPREADSHEET_DAYS.first || number > SPREADSHEET_DAYS.last) return plain;
  const day = new Date(SPREADSHEET_EPOCH + Math.floor(number) * 864e5).toISOString().slice(0, 10);
  return `${plain}. A spreadsheet saves a day as such a number (${Math.floor(number)} is ${day} in Excel) when its column is not formatted as a date: format it as yyyy-mm-dd before saving`;
}
function notADate(value) {
  if (typeof value !== "string") return NOT_A_DATE;
  const text = value.trim();
  const shown = text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
  const year = LONG_YEAR.exec(text)?.[1];
  if (year !== void 0 && (Number(year) < POSTING_YEARS.first || Number(year) > POSTING_YEARS.last))
    return yearOutOfRange(shown, Number(year));
  const written = writtenDate(text);
  if (written) {
    const { year: year2, month, day } = written;
    if (year2 < POSTING_YEARS.first || year2 > POSTING_YEARS.last) return yearOutOfRange(shown, year2);
    if (month < 1 || month > 12)
      return `${NOT_A_DATE}: "${shown}" names month ${month}, and a year has 12. Write YYYY-MM-DD, the year, then the month, then the day`;
    const days = daysInMonth(year2, month);
    if (day < 1 || day > days)
      return `no such day: "${shown}" (${MONTH_NAMES[month - 1]} ${year2} has ${days} days). Write the day it was posted, YYYY-MM-DD`;
  }
  if (LOCALE_DAY.test(text))
    return `${NOT_A_DATE}: "${shown}" is a day as a spreadsheet shows it, whose day and month change places from country to country. Write YYYY-MM-DD (in a spreadsheet, format the column as yyyy-mm-dd before saving)`;
  if (DAY_WITHOUT_YEAR.test(text))
    return `${NOT_A_DATE}: "${shown}" names no year (a board's Date column shows a day so). Write the year too, as in "${shown}, 2025", or YYYY-MM-DD`;
  const zone = ZONE_NAME_ONLY.exec(text)?.[1];
  if (zone && !/^(?:utc|gmt)$/i.test(zone))
    return `${NOT_A_DATE}: "${shown}" names its zone, ${zone}, without its offset from UTC, and several zones share a name. Write the offset, as in YYYY-MM-DDTHH:MM:SS+02:00`;
  const offset = TIME_OFFSET.exec(text);
  if (offset && (Number(offset[3]) > 23 || Number(offset[4] ?? 0) > 59))
    return `${NOT_A_DATE}: "${shown}" is ${offset[1]} from UTC, and no zone is more than 23:59 away. Write the offset from UTC, as in YYYY-MM-DDTHH:MM:SS+02:00`;
  if (AGE.test(text))
    return `${NOT_A_DATE}: "${shown}" is an age (a board's Age column shows one), which moves every day. Write the day it was posted, YYYY-MM-DD`;
  return `${NOT_A_DATE}: "${shown}". Write the day it was posted, YYYY-MM-DD, or its time, YYYY-MM-DDTHH:MM:SSZ`;
}
function yearOutOfRange(shown, year) {
  return `not in the years ${POSTING_YEARS.first} to ${POSTING_YEARS.last}: "${shown}" is a date of the year ${year}, out of range (a typo or a placeholder?)`;
}
var MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var POSTING_YEARS = { first: 1970, last: 2199 };
var EARLIEST_POSTING = Date.UTC(POSTING_YEARS.first, 0, 1);
var AFTER_LAST_POSTING = Date.UTC(POSTING_YEARS.last + 1, 0, 1);
function isPostingTime(time) {
  return time >= EARLIEST_POSTING && time < AFTER_LAST_POSTING;
}
function isDateNumber(number) {
  const time = timeOf(number);
  return time !== void 0 && time >= FIRST_UNIX_POSTING && isPostingTime(time);
}
function outsidePostingYears(time) {
  const years = `not in the years ${POSTING_YEARS.first} to ${POSTING_YEARS.last}`;
  const asMicroseconds = time / 1e3;
  return isPostingTime(asMicroseconds) && asMicroseconds >= Date.UTC(2e3, 0, 1) ? `${years} (Unix microseconds? give seconds or milliseconds)` : years;
}
function companyUrlOf(value) {
  if (typeof value !== "string") return new Refusal("not text");
  if (!isHttpUrl(value)) return new Refusal(notHttpUrl(value));
  return value.includes("@") && hasUserInfo(value) ? new Refusal(USER_INFO) : value;
}
var WORK_TYPE_SPELLINGS = /* @__PURE__ */ new Map([
  ["remote", "remote"],
  ["hybrid", "hybrid"],
  ["onsite", "on_site"],
  ["office", "on_site"],
  ["inoffice", "on_site"],
  ["inperson", "on_site"],
  // schema.org's jobLocationType (Google for Jobs) says TELECOMMUTE for a remote job.
  ["telecommute", "remote"],
  ["telecommuting", "remote"],
  ["telework", "remote"],
  ["workfromhome", "remote"]
]);
var WORK_TYPE_UNKNOWN = /* @__PURE__ */ new Set(["unspecified", "unknown", "notspecified", "na", "n/a", "none"]);
function workTypeOf(value) {
  if (typeof value === "boolean") return value ? "remote" : void 0;
  if (typeof value !== "string") return new Refusal("not text");
  const spelled = value.toLowerCase().replace(/[\s_-]+/g, "");
  if (WORK_TYPE_UNKNOWN.has(spelled)) return void 0;
  return WORK_TYPE_SPELLINGS.get(spelled) ?? new Refusal("not remote, hybrid or on_site");
}
function salaryOf(value, dollar = "USD", beside = {}, board) {
  if (noAmount(value)) return void 0;
  if (isRange(value))
    return givesNoAmount(value) ? void 0 : salaryRange(value, dollar, board);
  const besides = beside.currency != null || beside.period != null;
  if (typeof value !== "string" || isBareAmount(value))
    return besides ? salaryRange({ min: value, max: value, ...beside }, dollar, board) : salaryAmount(value, board);
  const currency = typeof beside.currency === "string" ? beside.currency.toUpperCase() : void 0;
  const written = salaryFromText(value, currency && DOLLARS.has(currency) ? currency : dollar);
  if (!written) return new Refusal(NOT_A_SALARY);
  const currencyOf = agreeing("currency", written.currency, beside.currency);
  const period = agreeing(
    "period",
    written.period === "year" ? void 0 : written.period,
    beside.period
  );
  const disagreement = [currencyOf, period].find((each) => each instanceof Refusal);
  const range = disagreement ?? salaryRange({ min: written.min, max: written.max, currency: currencyOf, period }, dollar, board);
  if (!(range instanceof Refusal)) return range;
  const message = `${JSON.stringify(value)}: ${range.message}`;
  return range instanceof Implausible ? new Implausible(message) : new Refusal(message);
}
function agreeing(what, named, field) {
  if (named === void 0 || typeof field !== "string") return named ?? field;
  const known = what === "currency" ? field.toUpperCase() : salaryPeriod(field);
  if (known === void 0 || known === named) return field;
  return new Refusal(
    `${what === "currency" ? "in" : "per"} ${named}, but the salary_${what} is ${field}`
  );
}
var NOT_A_SALARY = 'not a number, nor a salary written as "$120k - $150k", "\u20AC50,000 a year" or "$45/hour"';
var isWorkType = (value) => {
  const type = workTypeOf(value);
  return type !== void 0 && !(type instanceof Refusal);
};
var isSalary = (value) => {
  const salary = salaryOf(value);
  return !(salary instanceof Refusal) || salary instanceof Implausible;
};
var givesSalary = (value) => {
  const salary = salaryOf(value);
  return salary !== void 0 && !(salary instanceof Refusal);
};
var isAmount = (value) => !(boundOf(value, "USD") instanceof Refusal);
function boundOf(value, dollar) {
  const amount = amountOf(value);
  if (!(amount instanceof Refusal)) return { amount };
  if (typeof value !== "string" || isBareAmount(value)) return amount;
  const written = salaryFromText(value, dollar);
  if (!written) return amount;
  const { min, max, currency, period } = written;
  if (min !== void 0 && max !== void 0 && min !== max)
    return new Refusal(`${JSON.stringify(value)} is a range: write one amount`);
  return {
    amount: min ?? max,
    currency,
    period: period === "year" ? void 0 : period
  };
}
function boundAnswer(text, dollar) {
  const bound = boundOf(text.trim(), dollar);
  return bound instanceof Refusal ? void 0 : bound;
}
function amountOf(value) {
  if (typeof value === "string" && DECIMAL_COMMA.test(value))
    return amountOf(value.replaceAll(".", "").replace(",", "."));
  if (typeof value === "string" && GROUPED_DIGITS.test(value))
    return new Refusal(
      `digits grouped with "${value.includes(".") ? "." : ","}", a thousands separator in some countries and a decimal mark in others: write ${value.replace(/[.,]/g, "")} (or the amount meant) without it`
    );
  if (typeof value === "string" && COMMA_FRACTION.test(value))
    return new Refusal(
      `"${value}" has a decimal comma, or a thousands separator out of place: write the amount with a point before its cents, or with no separator (${value.replace(/[.,]/g, "")} or ${value.replaceAll(".", "").replace(",", ".")}, the amount meant)`
    );
  const amount = typeof value === "number" ? value : typeof value === "string" && PLAIN_AMOUNT.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(amount)) return new Refusal("not a number");
  return amount > 0 ? amount : new Refusal("not above 0");
}
var PLAIN_AMOUNT = /^\d+(?:\.\d+)?$/;
function isBareAmount(text) {
  return PLAIN_AMOUNT.test(text) || GROUPED_DIGITS.test(text) || DECIMAL_COMMA.test(text) || COMMA_FRACTION.test(text);
}
var DECIMAL_COMMA = /^(?:\d+|\d{1,3}(?:\.\d{3})+),\d{1,2}$/;
var COMMA_FRACTION = /^\d[\d.,]*,\d+$/;
var GROUPED_DIGITS = /^\d{1,3}(?:[.,]\d{3})+$/;
function salaryAmount(value, board) {
  const amount = amountOf(value);
  if (amount instanceof Refusal) return amount;
  if (!isPlausibleYearly(amount, board))
    return new Implausible(`${amount} a year is ${notPlausible(board)}`);
  return { min: amount, max: amount, period: "year" };
}
function salaryRange(range, dollar, board) {
  const { min: givenMin, max: givenMax, currency: givenCurrency } = range;
  const periodKey = PERIOD_KEYS.find((key) => range[key] != null);
  const givenPeriod = periodKey && range[periodKey];
  let currency;
  if (givenCurrency != null) {
    if (typeof givenCurrency !== "string")
      return new Refusal(`currency: ${notAString(givenCurrency)}`);
    if (!/^[a-z]{3}$/i.test(givenCurrency)) return new Refusal("currency: not an ISO 4217 code");
    currency = givenCurrency.toUpperCase();
  }
  let period;
  if (givenPeriod != null) {
    if (typeof givenPeriod !== "string")
      return new Refusal(`${periodKey}: ${notAString(givenPeriod)}`);
    const spelled = salaryPeriod(givenPeriod);
    if (!spelled) return new Refusal(`${periodKey}: not hour, day, week, month or year`);
    period = spelled;
  }
  const boundDollar = currency && DOLLARS.has(currency) ? currency : dollar;
  const bounds = {};
  for (const [name, given] of [
    ["min", givenMin],
    ["max", givenMax]
  ]) {
    if (noAmount(given)) continue;
    const bound = boundOf(given, boundDollar);
    if (bound instanceof Refusal) return new Refusal(`${name}: ${bound.message}`);
    bounds[name] = bound;
    for (const [what, said, known] of [
      ["currency", bound.currency, currency],
      ["period", bound.period, period]
    ]) {
      if (said !== void 0 && known !== void 0 && said !== known)
        return new Refusal(
          `${name}: ${JSON.stringify(given)} is ${what === "currency" ? "in" : "per"} ${said}, but the ${what} is ${known}`
        );
    }
    currency ??= bound.currency;
    period ??= bound.period;
  }
  const { min: { amount: min } = {}, max: { amount: max } = {} } = bounds;
  if (min === void 0 && max === void 0) return new Refusal("needs min or max");
  if (min !== void 0 && max !== void 0 && min > max) return new Refusal(MIN_ABOVE_MAX);
  period ??= "year";
  for (const [bound, amount] of [
    ["min", min],
    ["max", max]
  ]) {
    const paidIn = currency ?? board;
    if (amount === void 0 || isPlausibleYearly(yearlyAmount(amount, period), paidIn)) continue;
    const perYear = period === "year" ? "" : `${yearlyAmount(amount, period).toLocaleString("en-US")} a year, `;
    const fix = SHORT_PERIODS.has(period) && isPlausibleYearly(amount, paidIn) ? `: if ${amount} is paid a year, give the period as year, not ${period}` : "";
    return new Implausible(
      `${bound} ${amount} ${PER_PERIOD[period]} is ${perYear}${notPlausible(paidIn)}${fix}`
    );
  }
  return { min, max, currency, period };
}
var PERIOD_KEYS = ["period", "interval", "unitText"];
function notAString(value) {
  const received = typeof value === "object" || typeof value === "function" ? (value && Object.getPrototypeOf(value)?.constructor?.name) ?? "null" : typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" ? String(value) : typeof value;
  return `Invalid type: Expected string but received ${received}`;
}
function notPlausible(currency) {
  const { min } = YEARLY_SALARY_RANGE;
  const max = yearlySalaryCeiling(currency);
  const unit = currency === void 0 ? "" : ` ${currency}`;
  return `not between ${min.toLocaleString("en-US")} and ${max.toLocaleString("en-US")}${unit} a year, what a job pays`;
}
var SHORT_PERIODS = /* @__PURE__ */ new Set(["hour", "day", "week"]);
var PER_PERIOD = {
  hour: "an hour",
  day: "a day",
  week: "a week",
  month: "a month",
  year: "a year"
};
function toListing(valid, fields, record, position, { salaryCurrency, maxCellLength = 0 }, { notes, ignored, written }) {
  const clipped = [];
  const cell = (field, text) => cellText(field, text, maxCellLength, clipped);
  const extra = (field, read, value) => lenient(field, read, value, notes, ignored);
  const dollar = DOLLARS.has(salaryCurrency) ? salaryCurrency : "USD";
  const salary = extra(
    "salary",
    (value) => salaryOf(
      value,
      dollar,
      { currency: fields.salary_currency, period: fields.salary_period },
      salaryCurrency
    ),
    fields.salary ?? flatSalary(fields)
  );
  const { title, description } = valid;
  const location = Array.isArray(valid.location) ? valid.location.join("; ") : valid.location;
  const skills = valid.skills && unique(valid.skills.map(canonicalSkill));
  const listing = {
    // A listing without a url has an id (postingUrl).
    id: valid.id ?? normalizeUrl(valid.url),
    idGiven: valid.id !== void 0,
    company: cell("company", valid.company),
    companyAsWritten: written,
    companyUrl: extra("company_url", companyUrlOf, fields.company_url),
    title: cell("title", title),
    url: valid.url,
    location: cell("location", location),
    locations: Array.isArray(valid.location) ? valid.location : void 0,
    workType: extra("work_type", workTypeOf, fields.work_type) ?? inferWorkType(location, title),
    postedAt: valid.postedAt,
    postedDay: isDayWithoutTime(fields.posted_at),
    salary: salary && {
      min: salary.min,
      max: salary.max,
      currency: salary.currency ?? salaryCurrency,
      period: salary.period
    },
    skills,
    // Held by the listing, so it goes when the listing does: a feed's text kept any longer
    // keeps the pieces of the file it was parsed from.
    skillText: skills ? void 0 : `${title}
${description ?? ""}`,
    categories: valid.categories,
    active: valid.active,
    position,
    record
  };
  if (clipped.length > 0)
    notes.push(`${clipped.join(", ")} clipped to ${maxCellLength} characters ("max-cell-length")`);
  return listing;
}
function cellText(field, text, max, clipped) {
  const short = max > 0 && text.length > max ? clip(text, max) : void 0;
  if (short === void 0) return text;
  clipped.push(`${field} (${text.length.toLocaleString("en-US")} characters)`);
  return short;
}
function clip(text, max) {
  let index = 0;
  let cut = 0;
  for (let kept = 0; kept < max; kept++) {
    if (index >= text.length) return void 0;
    if (kept === max - 1) cut = index;
    index += isSurrogatePair(text, index) ? 2 : 1;
  }
  if (index >= text.length) return void 0;
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  cut = graphemes.segment(text.slice(0, index)).containing(cut)?.index ?? cut;
  return `${Array.from(text.slice(0, cut).trimEnd()).join("")}\u2026`;
}
var graphemes;
function isSurrogatePair(text, index) {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 55296 && high <= 56319 && low >= 56320 && low <= 57343;
}
function lenient(field, read, value, notes, ignored) {
  if (value === void 0) return void 0;
  const result = read(value);
  if (!(result instanceof Refusal)) return result;
  const note = `${field} ${preview(value)} ignored: ${result.message}`;
  notes.push(note);
  ignored.push({ field, note, reason: result.message });
  return void 0;
}
function flatSalary(fields) {
  const { salary_min: min, salary_max: max, salary_currency: currency } = fields;
  const { salary_period: period } = fields;
  const given = min !== void 0 || max !== void 0 || currency !== void 0;
  return given || period !== void 0 ? { min, max, currency, period } : void 0;
}
function givesNoAmount(range) {
  const { min, max, ...rest } = range;
  return noAmount(min) && noAmount(max) && !/\d/.test(jsonText(Object.values(rest)) ?? "");
}
function noAmount(value) {
  if (value == null || value === 0) return true;
  return typeof value === "string" && /^(?:0+(?:\.0*)?)?$/.test(value.trim());
}
function isRange(salary) {
  return typeof salary === "object" && salary !== null && !Array.isArray(salary);
}
function inferWorkType(location, title) {
  if (REMOTE_WORDS.test(location) || REMOTE_WORDS.test(title)) return "remote";
  return location.split("; ").some((place) => ANYWHERE.test(place)) ? "remote" : "on_site";
}
var REMOTE_WORDS = /\b(?:remote|work(?:ing)? from home|wfh|telecommut\w*|telework\w*)\b/i;
var ANYWHERE = /\b(?:worldwide|anywhere|home[- ]based|homeoffice)\b|^(?:global|virtual|earth|planet earth)$/i;
function tidyList(items) {
  const tidied = [];
  for (const item of items) {
    if (item === null) continue;
    if (typeof item !== "string") return null;
    const text = tidyText(item);
    if (!showsNothing(text)) tidied.push(text);
  }
  return tidied;
}
function unique(items) {
  if (items.length > FEW_ITEMS) return [...new Set(items)];
  for (let index = 1; index < items.length; index++)
    if (items.lastIndexOf(items[index], index - 1) !== -1)
      return items.filter((item, at) => items.indexOf(item) === at);
  return items;
}
var FEW_ITEMS = 16;
function givenId(fields) {
  const { id } = fields;
  return typeof id === "string" || typeof id === "number" ? String(id) : void 0;
}
function kindOf(value) {
  if (value === void 0 || value === null) return String(value);
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}
function preview(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export {
  averageSalaryK,
  yearlySalary,
  recordReader,
  workTypeValue,
  unseenCharacters,
  UNSEEN_START,
  MIN_ABOVE_MAX,
  CELL_FIELDS,
  createNormalizer,
  selectionFields,
  categoryList,
  isLocation,
  LIST_SEPARATOR,
  isDateNumber,
  workTypeOf,
  isWorkType,
  isSalary,
  givesSalary,
  isAmount,
  boundAnswer,
  GROUPED_DIGITS,
  clip
};
