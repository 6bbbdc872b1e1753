import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  compareOpenings,
  compareText
} from "./chunk-ADAPO2S3.js";
import {
  isDateNumber,
  yearlySalary
} from "./chunk-XG64FQ2T.js";
import {
  booleanWord,
  isNumeric,
  readPath
} from "./chunk-J2VHFJZX.js";
import {
  skillsOf
} from "./chunk-KEP2DW5I.js";
import {
  calendarDay,
  postedDate
} from "./chunk-UKJOBUJ4.js";
import {
  timeOf,
  whenOf
} from "./chunk-NOMF4GSH.js";

// src/select/filters.ts
function filterTest(filter) {
  if ("not" in filter) {
    const inner = filterTest(filter.not);
    return (listing) => !inner(listing);
  }
  if ("all" in filter) {
    const tests = filter.all.map(filterTest);
    return (listing) => tests.every((test) => test(listing));
  }
  if ("any" in filter) {
    const tests = filter.any.map(filterTest);
    return (listing) => tests.some((test) => test(listing));
  }
  return fieldTest(filter);
}
function fieldValue(listing, field) {
  const read = LISTING_FIELDS[field];
  return read ? read(listing) : readPath(listing.record, field);
}
var LISTING_FIELDS = {
  id: (listing) => listing.id,
  company: (listing) => listing.company,
  company_url: (listing) => listing.companyUrl,
  title: (listing) => listing.title,
  url: (listing) => listing.url,
  location: (listing) => listing.location,
  work_type: (listing) => listing.workType,
  posted_at: postedDate,
  // The yearly midpoint the board's average reads (`$90k - $150k`: 120000, `$45/hr`: 93600),
  // not the feed's text or object.
  salary: (listing) => listing.salary && yearlySalary(listing.salary),
  salary_min: (listing) => listing.salary?.min,
  salary_max: (listing) => listing.salary?.max,
  salary_currency: (listing) => listing.salary?.currency,
  salary_period: (listing) => listing.salary?.period,
  skills: skillsOf,
  categories: (listing) => listing.categories,
  active: (listing) => listing.active
};
function fieldTest(filter) {
  const tests = [];
  const { equals, oneOf, containsAny, endsWith, after, before } = filter;
  const exact = filter.ignoreCase === false;
  const form = exact ? (text) => text : (text) => text.toLowerCase();
  const textOf = (value) => form(value instanceof Date ? value.toISOString() : String(value));
  const anyItem = (test) => (value) => Array.isArray(value) ? value.some((item) => item !== void 0 && item !== null && test(textOf(item))) : value !== void 0 && value !== null && test(textOf(value));
  if (typeof equals === "boolean") tests.push(anyItem((text) => booleanWord(text) === equals));
  else if (equals !== void 0) tests.push(anyItem((text) => text === textOf(equals)));
  if (oneOf) {
    const wanted = new Set(oneOf.map(textOf));
    tests.push(anyItem((text) => wanted.has(text)));
  }
  if (containsAny) {
    const pattern = filter.words ? wordsPattern(containsAny, exact) : void 0;
    const parts = containsAny.map(form);
    tests.push(
      anyItem((text) => pattern ? pattern.test(text) : parts.some((part) => text.includes(part)))
    );
  }
  if (endsWith) {
    const ends = endsWith.map(form);
    tests.push(anyItem((text) => ends.some((end) => text.endsWith(end))));
  }
  if (after !== void 0) tests.push((value) => compareTo(value, after) > 0);
  if (before !== void 0) tests.push((value) => compareTo(value, before) < 0);
  return (listing) => {
    const value = fieldValue(listing, filter.field);
    return tests.every((test) => test(value));
  };
}
function wordsPattern(words, exact) {
  const wordChar = "[\\p{L}\\p{M}\\p{N}]";
  const alternatives = words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(
    `(?<!${wordChar})(?:${alternatives.join("|")})(?!${wordChar})`,
    exact ? "u" : "iu"
  );
}
function compareTo(value, bound) {
  if (isNumeric(bound) && isNumeric(value)) {
    const number = Number(value);
    const limit2 = Number(bound);
    if (!isDateNumber(number) && !isDateNumber(limit2)) return number - limit2;
  }
  const time = timeOf(value);
  const limit = timeOf(bound);
  return time === void 0 || limit === void 0 ? NaN : time - limit;
}

// src/select/sort-keys.ts
function sortComparator(keys, timezone) {
  if (!keys?.length) return compareOpenings;
  const readers = keys.map((key) => keyReader(key, timezone));
  const directions = keys.map((key) => key.order === "desc" ? -1 : 1);
  const cache = /* @__PURE__ */ new WeakMap();
  const valuesOf = (listing) => {
    let values = cache.get(listing);
    if (!values) {
      values = readers.map((read) => read(listing));
      cache.set(listing, values);
    }
    return values;
  };
  return (a, b) => {
    const left = valuesOf(a);
    const right = valuesOf(b);
    for (let index = 0; index < readers.length; index++) {
      const order = compareValues(left[index], right[index], directions[index]);
      if (order !== 0) return order;
    }
    return a.position - b.position || compareOpenings(a, b);
  };
}
function keyReader(key, timezone) {
  if (key.by === "day") {
    const zone = key.timezone ?? timezone;
    return (listing) => {
      const when = whenOf(fieldValue(listing, key.field));
      return when === void 0 ? void 0 : calendarDay(when, zone);
    };
  }
  const { joinedWith } = key;
  const read = joinedWith ? (listing) => [key.field, ...joinedWith].map((field) => String(comparable(fieldValue(listing, field)) ?? "")).join("") || void 0 : (listing) => numeric(comparable(fieldValue(listing, key.field)));
  return key.ignoreCase ? (listing) => {
    const value = read(listing);
    return typeof value === "string" ? value.toLowerCase() : value;
  } : read;
}
function comparable(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "number") return Number.isNaN(value) ? void 0 : value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.length === 0 ? void 0 : value.map(String).join("\n");
  const text = String(value);
  return text.trim() === "" ? void 0 : text;
}
function numeric(value) {
  return typeof value === "string" && isNumeric(value) ? Number(value) : value;
}
function compareValues(a, b, direction) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
  const order = typeof a === "number" ? a - b : compareText(a, b);
  return Math.sign(order) * direction;
}

export {
  filterTest,
  fieldValue,
  sortComparator,
  keyReader,
  compareValues
};
