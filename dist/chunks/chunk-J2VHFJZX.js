import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  INPUTS
} from "./chunk-ADUMK64K.js";
import {
  archiveDay,
  comparablePath,
  notFoundAdvice,
  optionalRepositoryPath,
  repositoryPath
} from "./chunk-GMB5KYXF.js";
import {
  FILTERS,
  TABLE_ZONE,
  array,
  boolean,
  check,
  lazy,
  minLength,
  number,
  object,
  optional,
  parseTable,
  picklist,
  pipe,
  safeParse,
  strictObject,
  string,
  templateProblem,
  tokenEngine,
  transform,
  union,
  yamlValue
} from "./chunk-5R6ZADQT.js";
import {
  DEFAULT_LABELS,
  escapeRegExp,
  isTimeZone,
  labelKey,
  laidOver
} from "./chunk-UKJOBUJ4.js";
import {
  LOCALE_DAY,
  timeOf
} from "./chunk-NOMF4GSH.js";
import {
  errors,
  yamlProblem
} from "./chunk-POPMLHNH.js";
import {
  valueDestination,
  valueText
} from "./chunk-GTVH52DB.js";
import {
  TOKEN,
  escapedAttribute,
  inComment,
  isInComment,
  within
} from "./chunk-T224ZO2J.js";
import {
  gfmTree
} from "./chunk-3C3LAPTG.js";
import {
  isHttpUrl,
  withUnreservedDecoded
} from "./chunk-DRQNNRXV.js";

// src/record.ts
function readPath(record, path) {
  if (Object.hasOwn(record, path)) return record[path];
  if (!path.includes(".") && !path.includes("[")) return void 0;
  return walk(record, stepsOf(path), 0);
}
var UNWRITABLE = /* @__PURE__ */ Symbol("unwritable");
function nestedWith(base, path, value) {
  const [member, ...rest] = path;
  if (member === void 0) return value;
  if (base !== void 0 && base !== null && !isObject(base)) return UNWRITABLE;
  const copy = { ...base };
  const inner = nestedWith(copy[member], rest, value);
  if (inner === UNWRITABLE) return UNWRITABLE;
  copy[member] = inner;
  return copy;
}
var SELECTOR = /\[([^[\]=]+)=([^[\]]*)\]/g;
var parsed = /* @__PURE__ */ new Map();
function stepsOf(path) {
  const known = parsed.get(path);
  if (known) return known;
  const steps = [];
  for (const part of path.match(/(?:\[[^\]]*=[^\]]*\]|[^.[]|\[(?![^\]]*=))+/g) ?? []) {
    const selectors = [...part.matchAll(SELECTOR)];
    const key = part.replace(SELECTOR, "");
    if (key !== "" || selectors.length === 0) steps.push(key);
    for (const [, name, value] of selectors)
      steps.push({ key: name.trim(), value: value.trim().toLowerCase() });
  }
  if (parsed.size < MAX_PARSED) parsed.set(path, steps);
  return steps;
}
var MAX_PARSED = 1e3;
function walk(start, steps, from) {
  let value = start;
  for (let index = from; index < steps.length; index++) {
    const step = steps[index];
    if (typeof step !== "string") {
      const items = (Array.isArray(value) ? value : [value]).filter((item) => picked(item, step));
      if (items.length === 0) return void 0;
      value = items.length === 1 ? items[0] : items;
      continue;
    }
    if (Array.isArray(value) && !/^\d+$/.test(step)) return throughItems(value, steps, index);
    if (!isObject(value) || !Object.hasOwn(value, step)) return void 0;
    value = value[step];
  }
  return value;
}
function picked(item, { key, value }) {
  if (!isRecord(item) || !Object.hasOwn(item, key)) return false;
  const found = item[key];
  const texts = Array.isArray(found) ? found : [found];
  return texts.some(
    (text) => (typeof text === "string" || typeof text === "number" || typeof text === "boolean") && String(text).trim().toLowerCase() === value
  );
}
function readInItems(items, path) {
  return throughItems(items, stepsOf(path), 0);
}
function throughItems(items, steps, from) {
  const found = [];
  for (const item of items) {
    const value = walk(item, steps, from);
    if (Array.isArray(value)) found.push(...value);
    else if (value !== void 0 && value !== null) found.push(value);
  }
  return found.length > 0 ? found : void 0;
}
function pathProblem(path) {
  const example = "such as metadata[name=Workplace Type].value";
  const rest = path.replace(SELECTOR, (match) => /^\[\s*=|=\s*\]$/.test(match) ? match : "");
  if (/\[\s*=/.test(rest))
    return `picks a list's item by a key's value with no key before "=": write list[key=value], ${example}`;
  if (/\[[^\]]*=\s*\]/.test(rest))
    return `picks a list's item by a key's value with no value after "=": write list[key=value], ${example}`;
  if (/\[[^\]]*=/.test(rest))
    return `opens "[" without closing it with "]": write list[key=value], ${example}`;
  if (/^\[[^\]]*=/.test(path))
    return `picks an item with no list before "[": write the list's name first, list[key=value], ${example}`;
  return void 0;
}
function isRecord(value) {
  return isObject(value) && !Array.isArray(value);
}
function isObject(value) {
  return typeof value === "object" && value !== null;
}
function booleanWord(text) {
  const word = text.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : void 0;
}
function flagValue(value) {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value : value === 0 || value === 1 ? `${value}` : "";
  return booleanWord(text);
}
function activeValue(value) {
  const state = typeof value === "string" ? POSTING_STATES.get(value.trim().toLowerCase()) : void 0;
  return flagValue(value) ?? state;
}
var POSTING_STATES = new Map([
  ...["open", "opened", "active", "published", "live", "listed", "public"].map(
    (word) => [word, true]
  ),
  ...[
    "closed",
    "inactive",
    "archived",
    "expired",
    "filled",
    "unpublished",
    "unlisted",
    "draft",
    "paused",
    "cancelled",
    "canceled",
    "deleted",
    "removed"
  ].map((word) => [word, false])
]);
function stateWord(word, value) {
  const lower = word.trim().toLowerCase();
  const state = POSTING_STATES.get(lower);
  if (state === void 0) return void 0;
  if (state === value) return lower;
  return OTHER_STATE.get(lower) ?? (value ? "open" : "closed");
}
var OTHER_STATE = /* @__PURE__ */ new Map([
  ["active", "inactive"],
  ["inactive", "active"],
  ["listed", "unlisted"],
  ["unlisted", "listed"],
  ["unpublished", "published"]
]);
var FLAG_WORDS = [
  ["true", "false"],
  ["yes", "no"],
  ["y", "n"],
  ["on", "off"],
  ["1", "0"],
  // Airtable exports a checkbox as `checked` (an unchecked one as a blank cell).
  ["checked", "unchecked"],
  // Excel's TRUE and FALSE in German and French.
  ["wahr", "falsch"],
  ["vrai", "faux"]
];
var FLAG_WORDS_TEXT = FLAG_WORDS.map((pair) => pair.join("/")).join(", ");
var TRUE_WORDS = new Set(FLAG_WORDS.map(([word]) => word));
var FALSE_WORDS = new Set(FLAG_WORDS.map(([, word]) => word));
function pairedWord(word, value) {
  const pair = FLAG_WORDS.find((words) => words.includes(word.toLowerCase()));
  const paired = pair ? pair[value ? 0 : 1] : stateWord(word, value) ?? String(value);
  if (word === word.toUpperCase() && word !== word.toLowerCase()) return paired.toUpperCase();
  if (word[0] !== word[0]?.toLowerCase()) return paired[0].toUpperCase() + paired.slice(1);
  return paired;
}
function isNumeric(value) {
  return typeof value === "number" || typeof value === "string" && NUMERIC.test(value.trim());
}
var NUMERIC = /^-?\d+(?:\.\d+)?$/;
function isTooDeep(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
function jsonText(value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (isTooDeep(error)) return "{\u2026}";
    throw error;
  }
}

// src/config/selection.ts
var DEFAULT_SELECTION = { dedupe: true };
var DEFAULT_ROW_SHAPE = {
  repeatCompanyWhen: "same-day",
  ageDays: "elapsed",
  closed: "drop",
  companyUrl: "as-given"
};
var SELECTION_OPTIONS = [
  "select",
  "sort",
  "visible",
  "dedupe",
  "closed",
  "repeat-company",
  "repeat-company-when",
  "company-url",
  "age-days"
];
function parseSelection(options, file, where) {
  const result = safeParse(OptionsSchema, options);
  if (!result.success) {
    const issue = result.issues.find(unknownKey) ?? result.issues[0];
    const path = (issue.path ?? []).map((item) => String(item.key)).join(".");
    const missing = issue.type.endsWith("object") && issue.input === void 0;
    const message = missing ? "is missing" : issue.message;
    throw errors.badBoardsFile(file, where, `"${path}" ${message}`);
  }
  const given = result.output;
  if (given["repeat-company-when"] !== void 0 && given["repeat-company"] === void 0)
    throw errors.badBoardsFile(
      file,
      where,
      '"repeat-company-when" needs repeat-company: it says when that text replaces the company'
    );
  return {
    selection: {
      filter: given.select,
      visible: given.visible,
      sort: given.sort,
      dedupe: given.dedupe ?? true
    },
    rowShape: {
      repeatCompany: given["repeat-company"],
      repeatCompanyWhen: given["repeat-company-when"] ?? "same-day",
      ageDays: given["age-days"] ?? "elapsed",
      closed: given.closed ?? "drop",
      companyUrl: given["company-url"] ?? "as-given"
    }
  };
}
var ScalarSchema = union(
  [string(), number(), boolean()],
  "must be text, a number, true or false"
);
var Texts = pipe(
  union([string(), array(string())], "must be text or a list of text"),
  transform((value) => Array.isArray(value) ? value : [value])
);
var FieldName = pipe(string("must name a field"), minLength(1, "must name a field"));
var BoundSchema = pipe(
  ScalarSchema,
  check(
    (bound) => typeof bound === "number" || isNumeric(bound) || typeof bound === "string" && timeOf(bound) !== void 0,
    (issue) => {
      const given = JSON.stringify(issue.input);
      const why = LOCALE_DAY.test(String(issue.input)) ? ", a day whose day and month change places from country to country," : ", neither a date nor a number,";
      return `is ${given}${why} so no listing would pass it; write a date as YYYY-MM-DD (2026-12-04), a date-time as 2026-12-04T09:00:00Z, or a number`;
    }
  )
);
var FieldFilterSchema = pipe(
  strictObject(
    {
      field: FieldName,
      equals: optional(ScalarSchema),
      "one-of": optional(array(ScalarSchema, "must be a list")),
      "contains-any": optional(Texts),
      words: optional(boolean("must be true or false")),
      "ends-with": optional(Texts),
      after: optional(BoundSchema),
      before: optional(BoundSchema),
      "ignore-case": optional(boolean("must be true or false"))
    },
    "is not a test; use equals, one-of, contains-any, words, ends-with, after, before or ignore-case"
  ),
  check(
    (filter) => ["equals", "one-of", "contains-any", "ends-with", "after", "before"].some(
      (test) => test in filter
    ),
    "needs a test: equals, one-of, contains-any, ends-with, after or before"
  ),
  transform((filter) => ({
    field: filter.field,
    equals: filter.equals,
    oneOf: filter["one-of"],
    containsAny: filter["contains-any"],
    words: filter.words,
    endsWith: filter["ends-with"],
    after: filter.after,
    before: filter.before,
    ...filter["ignore-case"] === void 0 ? {} : { ignoreCase: filter["ignore-case"] }
  }))
);
var FilterSchema = lazy((input2) => {
  if (Array.isArray(input2))
    return pipe(
      array(FilterSchema),
      transform((all) => ({ all }))
    );
  if (typeof input2 === "object" && input2 !== null) {
    if ("not" in input2) return strictObject({ not: FilterSchema }, 'takes only "not"');
    if ("all" in input2)
      return strictObject({ all: array(FilterSchema, "must be a list") }, 'takes only "all"');
    if ("any" in input2)
      return strictObject({ any: array(FilterSchema, "must be a list") }, 'takes only "any"');
  }
  return FieldFilterSchema;
});
function unknownKey(issue) {
  return issue.type === "strict_object" && issue.expected === "never";
}
var SORT_KEY_OPTIONS = {
  order: optional(picklist(["asc", "desc"], "must be asc or desc")),
  by: optional(picklist(["day"], "must be day")),
  timezone: optional(
    pipe(string(), check(isTimeZone, "is not an IANA time zone such as UTC or Europe/Berlin"))
  ),
  "ignore-case": optional(boolean("must be true or false"))
};
var NOT_A_SORT_KEY = "is not a sort key; use field (or fields), order, by, timezone or ignore-case";
var JoinedSortKey = pipe(
  strictObject(
    {
      fields: pipe(
        array(FieldName, "must be a list of field names"),
        minLength(2, "must name two fields or more (for one, write field)")
      ),
      ...SORT_KEY_OPTIONS
    },
    NOT_A_SORT_KEY
  ),
  check((key) => key.by === void 0, "compares text: by: day takes one date, written as field"),
  transform(({ fields, ...options }) => ({
    ...sortKeyOptions(options),
    field: fields[0],
    joinedWith: fields.slice(1)
  }))
);
var SortKeySchema = lazy(
  (input2) => typeof input2 === "string" ? pipe(
    FieldName,
    transform((field) => ({ field, order: "asc", ignoreCase: false }))
  ) : isRecord(input2) && "fields" in input2 ? JoinedSortKey : pipe(
    strictObject({ field: FieldName, ...SORT_KEY_OPTIONS }, NOT_A_SORT_KEY),
    transform(({ field, ...options }) => ({ ...sortKeyOptions(options), field }))
  )
);
function sortKeyOptions(key) {
  return {
    order: key.order ?? "asc",
    by: key.by,
    timezone: key.timezone,
    ignoreCase: key["ignore-case"] ?? false
  };
}
var OptionsSchema = object({
  select: optional(FilterSchema),
  sort: optional(
    pipe(array(SortKeySchema, "must be a list of sort keys"), minLength(1, "is empty"))
  ),
  visible: optional(FieldName),
  dedupe: optional(boolean("must be true or false")),
  closed: optional(picklist(["drop", "mark", "details"], "must be drop, mark or details")),
  "repeat-company": optional(string('must be text, such as "\u21B3"')),
  "repeat-company-when": optional(
    picklist(
      ["same-day", "same-age", "same-date-text"],
      "must be same-day, same-age or same-date-text"
    )
  ),
  "company-url": optional(
    picklist(["as-given", "fill", "fill-shown"], "must be as-given, fill or fill-shown")
  ),
  "age-days": optional(picklist(["elapsed", "wall-clock"], "must be elapsed or wall-clock"))
});

// src/links/settings.ts
var MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1e3);
function parseLinkCheck(read) {
  return {
    closedUrls: parseClosedUrls(read.string("closed-urls")),
    timeoutSeconds: read.integer("link-timeout", 1, MAX_TIMEOUT_SECONDS),
    concurrency: read.integer("link-concurrency", 1, 64),
    hostDelayMs: read.integer("link-host-delay-ms", 0, 2 ** 31 - 1),
    privateHosts: read.boolean("link-private-hosts")
  };
}
function isClosedPage(url, closedUrls) {
  const address = withUnreservedDecoded(URL.parse(url)?.href ?? url);
  return closedUrls.some((pattern) => patternRegExp(pattern).test(address));
}
var STAR = "zz0jobsreadme0starzz";
function normalizedPattern(pattern) {
  const parsed3 = URL.parse(pattern.replaceAll("*", STAR));
  return parsed3 ? withUnreservedDecoded(parsed3.href).replaceAll(STAR, "*") : pattern;
}
function parseClosedUrls(text) {
  const patterns = (text ?? "").split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  for (const pattern of patterns)
    if (!/^https?:\/\/[^/\s*]/i.test(pattern) || /\s/.test(pattern))
      throw errors.badInput(
        "closed-urls",
        `"${pattern}" is not an http(s) address such as https://jobs.example/closed`
      );
  return patterns;
}
var compiled = /* @__PURE__ */ new Map();
function patternRegExp(pattern) {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    const body = normalizedPattern(pattern).split("*").map((part) => escapeRegExp(part)).join(".*");
    regExp = new RegExp(`^${body}`);
    compiled.set(pattern, regExp);
  }
  return regExp;
}

// src/config/run-files.ts
var INPUT_NAMES = {
  listings: { file: "the listings file", yours: "your listings" },
  config: { file: "the boards file", yours: "your boards file" },
  labels: { file: "the labels file", yours: "your labels" }
};
var OUTPUT_NAMES = {
  readme: "the README",
  "feed-path": "the feed",
  "archive-path": "a day's snapshot"
};
function checkRunFiles(run, boards, labelsFiles) {
  const inputs = [
    ...run.listings && !isHttpUrl(run.listings) ? [input(run.listings, "listings")] : [],
    ...run.boardsFile ? [input(run.boardsFile, "config")] : [],
    ...labelsFiles.map((path) => input(path, "labels"))
  ];
  const outputs = boards.flatMap((board, index) => [
    { board: index, setting: "readme", path: board.readme },
    ...board.feedPaths.map((path) => ({ board: index, setting: "feed-path", path })),
    ...board.archivePath ? [{ board: index, setting: "archive-path", path: board.archivePath }] : []
  ]);
  const taken = new Set([...inputs, ...outputs].map((file) => file.path));
  const refuse = (output, problem) => run.boardsFile ? errors.badBoardsFile(
    run.boardsFile,
    boardName(boards, output.board),
    `${output.setting} ${problem}`
  ) : errors.badInput(output.setting, problem);
  for (const output of outputs) {
    for (const input2 of inputs) {
      const problem = inputClash(output, input2, boards, taken);
      if (problem) throw refuse(output, problem);
    }
    if (output.setting === "archive-path") continue;
    for (const other of outputs) {
      if (other === output) continue;
      const problem = outputClash(output, other, boards, taken);
      if (problem) throw refuse(output, problem);
    }
  }
}
function inputClash(output, input2, boards, taken) {
  const { file, yours } = INPUT_NAMES[input2.setting];
  const given = input2.given === input2.path ? "" : `, given as "${input2.given}"`;
  const named = `${file} (the "${input2.setting}" ${input2.setting === "config" ? "input" : "setting"}${given})`;
  if (output.setting !== "archive-path")
    return output.path === input2.path ? `"${output.path}" is ${named}: ${OUTPUT_NAMES[output.setting]} would replace ${yours}. ${ownPath(output, taken)}` : void 0;
  const day = archiveDay(output.path, input2.path);
  if (day === void 0) return void 0;
  const expires = boards[output.board]?.archiveDays === void 0 ? "" : `, and archive-days would delete ${yours} once that day's snapshot expires`;
  return `"${output.path}" names ${file} "${input2.path}" (the "${input2.setting}" setting${given}) as the snapshot of ${day}: that day's snapshot would replace ${yours}${expires}. ${ownPath(output, taken)}`;
}
function outputClash(output, other, boards, taken) {
  const whose = other.board === output.board ? "this board" : boardName(boards, other.board);
  if (other.setting === "archive-path") {
    const day = archiveDay(other.path, output.path);
    if (day === void 0) return void 0;
    const expires = boards[other.board]?.archiveDays === void 0 ? "" : ", and archive-days would delete it once that snapshot expires";
    return `"${output.path}" is the snapshot of ${day} that the archive-path "${other.path}" of ${whose} names: that day's snapshot would replace ${OUTPUT_NAMES[output.setting]}${expires}. ${ownPath(output, taken)}, outside the archive's template`;
  }
  if (output.setting === "readme" && other.setting === "readme") return void 0;
  if (output.path !== other.path || output.setting === other.setting) return void 0;
  return `"${output.path}" is also the ${other.setting} of ${whose}: ${OUTPUT_NAMES[output.setting]} and ${OUTPUT_NAMES[other.setting]} would replace each other. ${ownPath(output, taken)}`;
}
function ownPath(output, taken) {
  const extension = /\.[A-Za-z0-9]+$/.exec(output.path)?.[0] ?? "";
  const feedExtension = /^\.xml$/i.test(extension) ? extension : ".json";
  const candidates = {
    readme: ["README.md", "JOBS.md", "jobs/README.md"],
    "feed-path": [`feed${feedExtension}`, `jobs-feed${feedExtension}`],
    "archive-path": [`archive/{date}${extension || ".md"}`, `snapshots/{date}${extension || ".md"}`]
  }[output.setting];
  const free = candidates.find((path) => !taken.has(path)) ?? candidates.at(-1);
  const what = {
    readme: "Give the README its own path",
    "feed-path": "Give the feed its own path",
    "archive-path": "Give the snapshots their own folder"
  }[output.setting];
  return `${what}, such as "${free}"`;
}
function input(given, setting) {
  return { path: comparablePath(given), given: given.trim(), setting };
}
function boardName(boards, index) {
  const category = boards[index]?.category;
  return `board ${index + 1}${category ? ` (${category})` : ""}`;
}

// src/render/counts.ts
var DEFAULT_COUNTS = `{%- for table in tables -%}
**[{{ table.title }}]({{ table.anchor }})** ({{ table.count }})
{%- unless forloop.last %}

{% endunless -%}
{%- endfor -%}`;
function countsBlock(tables, template = DEFAULT_COUNTS) {
  const total = tables.reduce((sum, table) => sum + table.count, 0);
  return countsText(template, total, tables);
}
function countsText(template, total, tables) {
  const rendering = { values: [], untrimmed: /* @__PURE__ */ new Set(), options: OPTIONS };
  const text = within(
    rendering,
    () => engine.renderSync(parsed2(template), { total, tables })
  );
  return placed(text, rendering.values).replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
}
var OPTIONS = { labels: DEFAULT_LABELS, timezone: "UTC" };
function placed(markdown, values) {
  if (!new RegExp(TOKEN.source).test(markdown)) return markdown;
  const tree = gfmTree(markdown);
  const plain = (value) => value.replace(TOKEN, (_, index) => values[Number(index)] ?? "");
  return markdown.replace(TOKEN, (_, index, offset) => {
    const value = plain(values[Number(index)] ?? "");
    const [node, parent] = landing(tree, offset);
    switch (node.type) {
      case "text": {
        const before = markdown.slice(node.position?.start.offset ?? offset, offset);
        const lineStart = parent?.type === "paragraph" && (before === "" && parent.children[0] === node || /\n[ \t]*$/.test(before));
        return valueText(value, lineStart);
      }
      case "link":
      case "image":
      case "definition":
        return valueDestination(value);
      case "inlineCode":
      case "code":
        return value.replace(/[\r\n]+/g, " ");
      case "html": {
        const escaped = escapedAttribute(value.replace(/[\r\n]+/g, " "), false);
        const before = markdown.slice(node.position?.start.offset ?? offset, offset);
        return isInComment(before) ? inComment(escaped) : escaped;
      }
      default:
        return valueText(value, false);
    }
  });
}
function landing(tree, offset) {
  let node = tree;
  let parent;
  for (; ; ) {
    const children = "children" in node ? node.children : [];
    const inside = children.find((child) => {
      const { start, end } = child.position ?? {};
      return start?.offset !== void 0 && end?.offset !== void 0 ? start.offset <= offset && offset < end.offset : false;
    });
    if (!inside) return [node, parent];
    parent = node;
    node = inside;
  }
}
function countsProblem(template) {
  try {
    parsed2(template);
    return void 0;
  } catch (error) {
    return error.message.split("\n")[0];
  }
}
var engine = tokenEngine();
engine.registerFilter("thousands", FILTERS.thousands);
var cache = /* @__PURE__ */ new Map();
function parsed2(template) {
  let found = cache.get(template);
  if (!found) {
    found = engine.parse(template);
    cache.set(template, found);
  }
  return found;
}

// src/load/salary-text.ts
function salaryFromText(text, dollar) {
  const tidy = plainLetters(text).replace(/[\u2012-\u2015\u2212]/g, "-").replace(GROSS, " ").replace(/\s+/g, " ").trim();
  const whole = salaryIn(tidy, dollar);
  if (whole) return whole;
  for (const note of [NOTE_AT_END.exec(tidy), SHARES_AT_END.exec(tidy)]) {
    const before = note ? salaryIn(tidy.slice(0, note.index), dollar) : void 0;
    if (before) return before;
  }
  return void 0;
}
function plainLetters(text) {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "") : lower;
}
var NON_ASCII = /[^\0-\x7f]/;
var GROSS = /\b(?:gross|brutto|bruto|brut|lordo)\b\.?/g;
var NOTE_AT_END = /(?:\s?[•·|;,(]|\s\+|\splus\b)[^\d]*$/;
var SHARES_AT_END = /\s?[•·](?:[^\d]|\d+(?:\.\d+)?\s?%)*$/;
function salaryIn(text, dollar) {
  let rest = text.trim();
  let marked = false;
  let period = "year";
  const periodMatch = PERIOD_AT_END.exec(rest);
  if (periodMatch) {
    period = salaryPeriod(periodMatch[1] ?? periodMatch[2] ?? "") ?? "year";
    rest = rest.slice(0, periodMatch.index).trim();
    marked = true;
  }
  let bound;
  const boundMatch = BOUND_AT_START.exec(rest);
  if (boundMatch) {
    bound = boundMatch[1] === "up to" || boundMatch[1] === "max" ? "max" : "min";
    rest = rest.slice(boundMatch[0].length);
  }
  const plus = rest.indexOf("+");
  if (plus >= 0) {
    if (bound || rest.indexOf("+", plus + 1) >= 0) return void 0;
    bound = "min";
    rest = `${rest.slice(0, plus)}${rest.slice(plus + 1)}`.trim();
  }
  const parts = rest.split(RANGE);
  if (parts.length > 2 || bound && parts.length > 1) return void 0;
  const firstPeriod = parts.length === 2 ? PERIOD_AT_END.exec(parts[0]) : null;
  if (firstPeriod) {
    const said = salaryPeriod(firstPeriod[1] ?? firstPeriod[2] ?? "");
    if (!periodMatch || said !== period) return void 0;
    parts[0] = parts[0].slice(0, firstPeriod.index);
  }
  const amounts = parts.map(amountText);
  if (amounts.some((amount) => amount === void 0)) return void 0;
  const [first, second] = amounts;
  if (!first) return void 0;
  const currencies = new Set(amounts.flatMap((amount) => amount?.currency ? [amount.currency] : []));
  const dollars = amounts.some((amount) => amount?.dollar);
  if (currencies.size > 1 || dollars && currencies.size === 1 && !DOLLARS.has([...currencies][0]))
    return void 0;
  if (dollars && currencies.size === 0) currencies.add(dollar);
  marked ||= bound !== void 0 || currencies.size > 0;
  marked ||= amounts.some((amount) => amount?.thousands);
  if (!marked && !(second && first.value >= 1e3 && second.value >= 1e3)) return void 0;
  let low = first.value;
  if (second?.thousands && !first.thousands && low < 1e3) low *= 1e3;
  const [currency] = currencies;
  if (!second)
    return bound === "max" ? { max: low, currency, period } : bound === "min" ? { min: low, currency, period } : { min: low, max: low, currency, period };
  return { min: low, max: second.value, currency, period };
}
var DOLLARS = /* @__PURE__ */ new Set([
  "USD",
  "CAD",
  "AUD",
  "NZD",
  "SGD",
  "HKD",
  "MXN"
]);
var CURRENCY = String.raw`(?:us|ca|c|au|a|nz|s|hk)?\$|[€£₹]|[a-z]{3}(?![a-z])`;
var AMOUNT = new RegExp(
  String.raw`^(?:(${CURRENCY})\s?)?(\d[\d,.' ]*?)\s?(k)?(?:\s?(${CURRENCY}))?$`
);
var SYMBOLS = /* @__PURE__ */ new Map([
  ["us$", "USD"],
  ["ca$", "CAD"],
  ["c$", "CAD"],
  ["au$", "AUD"],
  ["a$", "AUD"],
  ["nz$", "NZD"],
  ["s$", "SGD"],
  ["hk$", "HKD"],
  ["\u20AC", "EUR"],
  ["\xA3", "GBP"],
  ["\u20B9", "INR"]
]);
var isoCurrencies;
function amountText(text) {
  const match = AMOUNT.exec(text.trim());
  if (!match) return void 0;
  const [, before, digits = "", k, after] = match;
  const dollar = before === "$" || after === "$";
  const named = [before, after].flatMap((sign) => sign && sign !== "$" ? [currencyOf(sign)] : []);
  if (named.includes(void 0) || named.length > 1) return void 0;
  const value = numberText(digits);
  if (value === void 0) return void 0;
  return { value: k ? value * 1e3 : value, thousands: k !== void 0, currency: named[0], dollar };
}
function currencyOf(sign) {
  const code = SYMBOLS.get(sign) ?? sign.toUpperCase();
  return isCurrencyCode(code) ? code : void 0;
}
function isCurrencyCode(code) {
  isoCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return isoCurrencies.has(code);
}
function numberText(digits) {
  if (/^\d+(?:\.\d{1,2})?$/.test(digits)) return Number(digits);
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(",", "."));
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(digits)) return Number(digits.replaceAll(",", ""));
  const grouped = /^(\d{1,3}(?:([,.' ])\d{3})+)(?:([,.])(\d{1,2}))?$/.exec(digits);
  if (!grouped) return void 0;
  const [, whole = "", mark, decimalMark, cents] = grouped;
  if (decimalMark && decimalMark === mark) return void 0;
  return Number(whole.split(mark).join("") + (cents ? `.${cents}` : ""));
}
function salaryPeriod(text) {
  const all = plainLetters(text).replaceAll(".", "").split(/[^a-z]+/).filter(Boolean);
  const words = all.filter((word2) => !PERIOD_FILLERS.has(word2));
  if (words.length === 0 && all.length > 0) words.push(all.at(-1));
  if (words.length !== 1) return void 0;
  const [word] = words;
  return PERIOD_WORDS.get(word) ?? PERIOD_WORDS.get(word.replace(/s$/, ""));
}
var PER = ["per", "pro", "par", "por", "al"];
var PERIOD_FILLERS = /* @__PURE__ */ new Set([
  ...PER,
  "p",
  "a",
  "an",
  "one",
  "salary",
  "wage",
  "pay",
  "rate",
  "all",
  "el"
]);
var PERIODS = {
  hour: {
    units: ["hour", "hr", "h", "stunde", "std", "heure", "hora", "ora", "uur"],
    words: ["hourly", "stundlich", "horaire", "orario"]
  },
  day: {
    units: ["day", "tag", "jour", "dia", "giorno", "dag"],
    words: ["daily", "taglich", "journalier", "diario"]
  },
  week: {
    units: ["week", "wk", "woche", "semaine", "semana", "settimana"],
    words: ["weekly", "wochentlich", "hebdomadaire", "semanal"]
  },
  month: {
    units: ["month", "mo", "monat", "mois", "mes", "mese", "maand"],
    words: ["monthly", "monatlich", "mensuel", "mensuelle", "mensual", "mensal", "mensile"]
  },
  year: {
    units: ["year", "yr", "annum", "jahr", "an", "annee", "ano", "anno", "jaar"],
    words: [
      "yearly",
      "annual",
      "annually",
      "jahrlich",
      "annuel",
      "annuelle",
      "anual",
      "annuo",
      "annuale"
    ]
  }
};
var PERIOD_CODES = {
  hour: ["ph"],
  day: ["d", "pd"],
  week: ["w", "pw"],
  month: ["m", "pm", "pcm"],
  year: ["y", "pa"]
};
var PERIOD_WORDS = new Map(
  Object.keys(PERIODS).flatMap(
    (period) => [...PERIODS[period].units, ...PERIODS[period].words, ...PERIOD_CODES[period]].map(
      (word) => [word, period]
    )
  )
);
var allOf = (part) => Object.values(PERIODS).flatMap((period) => period[part]);
var PERIOD_AT_END = new RegExp(
  String.raw`\s?(?:\/ ?|\b(?:${PER.join("|")}) |\ball'|\ban? )(${allOf("units").join("|")})\.?$|` + String.raw`\s(${allOf("words").join("|")}|p\.?[ahdw]\.?|p\/h|pcm)$`
);
var BOUND_AT_START = /^(up to|from|starting at|min|max)\.?:? ?/;
var RANGE = /\s?(?:-|\bto\b)\s?/;

// src/config/config.ts
var CANONICAL_FIELDS = [
  "id",
  "company",
  "company_url",
  "title",
  "url",
  "location",
  "work_type",
  "posted_at",
  "salary",
  "salary_min",
  "salary_max",
  "salary_currency",
  "salary_period",
  "skills",
  "description",
  "categories",
  "active"
];
function parseSettings(raw, clock = () => /* @__PURE__ */ new Date()) {
  const run = parseRun(raw, clock);
  if (!labelsFile(raw.labels)) parseBoard(raw);
  return {
    run,
    async resolve(readFile) {
      const labelsFiles = /* @__PURE__ */ new Set();
      const withLabels = (board) => withLabelsFile(board, readFile, labelsFiles);
      const resolved = await resolveBoards(run, raw, readFile, withLabels);
      checkRunFiles(resolved.run, resolved.boards, [...labelsFiles]);
      return resolved;
    }
  };
}
async function resolveBoards(run, raw, readFile, withLabels) {
  if (!run.boardsFile) return { run, boards: [parseBoard(await withLabels(raw))] };
  const text = await readFile(run.boardsFile);
  if (text === void 0)
    throw errors.badBoardsFile(
      run.boardsFile,
      "the file",
      'was not found; check the "config" input'
    );
  const { readBoards } = await import("./boards-E2SBSCH6.js");
  const { inputs, boards, fields } = await readBoards(text, raw, run.boardsFile, withLabels);
  const resolved = { ...parseRun(inputs, () => run.now), ...fields && { fields } };
  if (!resolved.listings)
    throw errors.badInput(
      "listings",
      `is required: give it as an input (--listings) or at the top of ${run.boardsFile}`
    );
  return { run: resolved, boards };
}
function labelsFile(value) {
  const text = value?.trim();
  return text && /^[^\n:{]+\.(?:ya?ml|json)$/i.test(text) ? text : void 0;
}
async function withLabelsFile(raw, readFile, read) {
  const path = labelsFile(raw.labels);
  if (!path) return raw;
  read.add(path);
  const text = await readFile(path);
  if (text === void 0) {
    const advice = notFoundAdvice(path);
    throw errors.badInput(
      "labels",
      `names the file "${path}", which was not found${advice ? ` (a path relative to the repository root, ${advice})` : ""}`
    );
  }
  return { ...raw, labels: text };
}
function parseRun(raw, clock) {
  const read = reader(raw);
  return {
    mode: read.oneOf("mode", ["update", "check-links"]) ?? "update",
    links: parseLinkCheck(read),
    // A boards file may name the listings: then they are known once it is read (resolve).
    listings: read.string("config") ? read.string("listings") ?? "" : read.required("listings"),
    listingsFormat: read.oneOf("listings-format", ["json", "jsonl", "csv", "yaml"]),
    listingsHeader: parseHeader(read.string("listings-header")),
    // Timers hold at most 2^31-1 ms; a longer delay would fire at once.
    listingsTimeout: read.integer("listings-timeout", 1, MAX_TIMEOUT_SECONDS2),
    listingsMaxBytes: read.integer("listings-max-bytes", 1),
    listingsMaxPages: read.integer("listings-max-pages", 1),
    fields: parseFields(read.string("fields")),
    maxCellLength: read.integer("max-cell-length", 0),
    salaryCurrency: parseCurrency(read.string("salary-currency") ?? "USD"),
    boardsFile: optionalRepositoryPath("config", read.string("config")),
    now: parseNow(read.string("now"), clock),
    strict: read.boolean("strict"),
    commit: read.boolean("commit"),
    dryRun: read.boolean("dry-run"),
    repository: parseRepository(read.string("repository")),
    branch: read.string("branch"),
    commitMessage: read.string("commit-message") ?? "",
    ...parseCommitIdentity(read),
    pullRequest: { auto: "auto", true: "always", false: "never" }[read.oneOf("pull-request", ["auto", "true", "false"]) ?? "auto"],
    token: read.string("token"),
    contribution: parseContribution({
      approveLabel: read.string("contribution-label"),
      refusedLabel: read.string("contribution-refused-label"),
      kinds: read.string("contribution-kinds"),
      fields: read.string("contribution-fields")
    })
  };
}
function idleOptions(boards) {
  const idle = (has, uses) => boards.some(has) && !boards.some((board) => has(board) && uses(board));
  return [
    ...idle(
      (board) => board.archiveDays !== void 0,
      (board) => board.archivePath !== void 0
    ) ? [
      "archive-days is set, but no board has an archive-path: there are no snapshots to delete. Set archive-path (e.g. archive/{date}.md), or remove archive-days."
    ] : [],
    ...idle(
      (board) => (board.keywords?.length ?? 0) > 0,
      (board) => board.category !== void 0
    ) ? [
      "keywords is set, but no board has a category: every listing is shown, and keywords only place listings without categories in a category. Set category, or remove keywords."
    ] : []
  ];
}
function feedPath(path) {
  const names = path.split(/[\s;]+/).filter(Boolean);
  if (names.length > 1 && names.filter((name) => /\.(?:json|xml)$/i.test(name)).length > 1)
    throw errors.badInput(
      "feed-path",
      `"${path}" names ${names.length} feeds in one path: separate feed paths with commas, as in "${names.join(",")}"`
    );
  return repositoryPath("feed-path", path);
}
function feedPaths(given) {
  const paths = given.map(feedPath);
  const twice = paths.find((path, index) => paths.indexOf(path) !== index);
  if (twice !== void 0)
    throw errors.badInput(
      "feed-path",
      `names "${twice}" twice (${given.filter((_, index) => paths[index] === twice).map((path) => `"${path}"`).join(" and ")}): the feed would be written twice. Name each feed once`
    );
  return paths;
}
function parseBoard(raw, labels = DEFAULT_LABELS) {
  const read = reader(raw);
  const categoryName = read.string("category");
  const category = categoryName?.toLowerCase();
  return {
    readme: repositoryPath("readme", read.string("readme") ?? "README.md"),
    markerPrefix: parseMarkerPrefix(read.string("marker-prefix") ?? "jobs"),
    category,
    categoryName,
    keywords: parseList(read.string("keywords")),
    maxRows: read.integer("max-rows", 0),
    maxAgeDays: read.integer("max-age-days", 0),
    maxRemovedPercent: read.integer("max-removed-percent", 0, 100),
    maxBytes: read.integer("max-bytes", 1),
    archivePath: optionalRepositoryPath("archive-path", read.string("archive-path")),
    archiveDays: read.string("archive-days") === void 0 ? void 0 : read.integer("archive-days", 1),
    feedPaths: feedPaths(parseList(read.string("feed-path")) ?? []),
    utm: read.boolean("utm") ? {
      source: read.string("utm-source") ?? "github",
      medium: read.string("utm-medium") ?? "repo",
      campaign: read.string("utm-campaign") ?? defaultCampaign(category)
    } : void 0,
    timezone: parseTimezone(read.string("timezone") ?? "UTC"),
    locale: parseLocale(read.string("locale") ?? "en-US"),
    table: parseTable(read.string("table")),
    zone: parseZone(read.string("zone")),
    zoneTitle: read.string("zone-title"),
    counts: parseCounts(read.string("counts")),
    updated: parseUpdated(read.string("updated")),
    salaryCurrency: parseCurrency(read.string("salary-currency") ?? "USD"),
    skillsCount: read.integer("skills-count", 0),
    labels: parseLabels(read.string("labels"), labels),
    allowEmpty: read.boolean("allow-empty"),
    selection: DEFAULT_SELECTION,
    rowShape: DEFAULT_ROW_SHAPE
  };
}
function parseZone(zone) {
  if (zone !== void 0 && !TABLE_ZONE.test(zone))
    throw errors.badInput(
      "zone",
      `must be letters, digits, - and _ (such as "software"), not "${zone}"`
    );
  return zone;
}
function parseUpdated(template) {
  const problem = template === void 0 ? void 0 : templateProblem(template);
  if (problem) throw errors.badInput("updated", `is not a valid Liquid template: ${problem}`);
  return template;
}
function parseCounts(template) {
  const problem = template === void 0 ? void 0 : countsProblem(template);
  if (problem) throw errors.badInput("counts", `is not a valid Liquid template: ${problem}`);
  return template;
}
function parseCommitIdentity(read) {
  const commitMethod = read.oneOf("commit-method", ["graphql", "rest"]) ?? "graphql";
  const author = parsePerson("author", read.string("author"));
  const committer = parsePerson("committer", read.string("committer"));
  const custom = author ? "author" : committer ? "committer" : void 0;
  if (custom && commitMethod !== "rest")
    throw errors.badInput(
      custom,
      `needs "commit-method: rest" (a GraphQL commit is made as the token's owner)`
    );
  return { commitMethod, author, committer };
}
function parsePerson(name, text) {
  if (text === void 0) return void 0;
  const match = /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (!match?.[1] || !match[2])
    throw errors.badInput(name, `must look like "Name <email@example.com>", not "${text}"`);
  return { name: match[1], email: match[2] };
}
function parseInitSettings(raw) {
  const read = reader(raw);
  return {
    readme: repositoryPath("readme", read.string("readme") ?? "README.md"),
    markerPrefix: parseMarkerPrefix(read.string("marker-prefix") ?? "jobs"),
    boardsFile: repositoryPath("config", read.string("config") ?? "jobs-readme.yml")
  };
}
var MAX_TIMEOUT_SECONDS2 = Math.floor((2 ** 31 - 1) / 1e3);
function defaultCampaign(category) {
  return category ? `github-${category}-jobs` : "github-jobs";
}
function reader(raw) {
  const defaults = new Map(INPUTS.map((input2) => [input2.name, input2.default]));
  const value = (name) => {
    const given = raw[name]?.trim();
    return given ? given : defaults.get(name);
  };
  return {
    string: value,
    required(name) {
      const given = value(name);
      if (given === void 0) throw errors.badInput(name, "is required");
      return given;
    },
    boolean(name) {
      const given = (value(name) ?? "false").toLowerCase();
      if (given === "true") return true;
      if (given === "false") return false;
      throw errors.badInput(name, `must be true or false, not "${given}"`);
    },
    integer(name, min, max = Number.MAX_SAFE_INTEGER) {
      const given = value(name) ?? "0";
      const parsed3 = Number(given);
      if (!/^-?\d+$/.test(given) || !Number.isSafeInteger(parsed3) || parsed3 < min)
        throw errors.badInput(name, `must be a whole number of at least ${min}, not "${given}"`);
      if (parsed3 > max) throw errors.badInput(name, `must be at most ${max}, not "${given}"`);
      return parsed3;
    },
    oneOf(name, allowed) {
      const given = value(name)?.toLowerCase();
      if (given === void 0) return void 0;
      if (!allowed.includes(given))
        throw errors.badInput(name, `must be one of ${allowed.join(", ")}, not "${given}"`);
      return given;
    }
  };
}
function parseHeader(text) {
  if (text === void 0) return void 0;
  const colon = text.indexOf(":");
  const name = text.slice(0, colon).trim();
  if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    throw errors.badInput("listings-header", 'must look like "Name: value"');
  const value = text.slice(colon + 1).trim();
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(value))
    throw errors.badInput(
      "listings-header",
      "the value holds a line break or another control character"
    );
  return { name, value };
}
function parseFields(text) {
  if (text === void 0) return {};
  if (FIELDS_MAPPING.test(text)) {
    let given;
    try {
      given = yamlValue(text);
    } catch (error) {
      throw errors.badInput("fields", `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
    }
    return fieldsOf(given, (problem) => errors.badInput("fields", problem));
  }
  const fields = {};
  for (const pair of parseList(text) ?? []) {
    const at = pair.indexOf("=");
    const canonical = at === -1 ? "" : pair.slice(0, at).trim();
    const source = pair.slice(at + 1).trim();
    const refuse = (problem) => errors.badInput("fields", problem);
    const pathWrong = canonical && source.includes("[") && pathProblem(source);
    if (pathWrong) throw refuse(`"${canonical}" maps to "${source}", which ${pathWrong}`);
    if (!canonical || !source || source.replace(/\[[^\]]*\]/g, "").includes("="))
      throw refuse(
        `"${pair}" must look like canonical=source. A source name that holds a comma or "=" is given in the mapping form, such as {"location": "Location (City, State)"}`
      );
    const name = canonicalField(canonical, refuse);
    if (fields[name] !== void 0)
      throw refuse(
        `"${name}" is mapped twice ("${name}=${fields[name]}" and "${pair}"): give each field one source, and delete the other pair`
      );
    fields[name] = source;
  }
  return fields;
}
function checkedPath(name, path, refuse) {
  const problem = pathProblem(path);
  if (problem) throw refuse(`"${name}" maps to "${path}", which ${problem}`);
  return path;
}
var FIELDS_MAPPING = /^\s*\{|^\s*[A-Za-z_]+\s*:(?:\s|$)/m;
function fieldsOf(mapping2, refuse) {
  if (mapping2 === null || typeof mapping2 !== "object" || Array.isArray(mapping2))
    throw refuse('must be a mapping of canonical field to source, such as "company: company_name"');
  const fields = {};
  for (const [canonical, source] of Object.entries(mapping2)) {
    const name = canonicalField(canonical, refuse);
    const text = typeof source === "string" || typeof source === "number" ? String(source) : "";
    if (!text.trim())
      throw refuse(`"${canonical}" must map to the name (or dotted path) of a field of the feed`);
    fields[name] = checkedPath(name, text, refuse);
  }
  return fields;
}
function canonicalField(name, refuse) {
  if (!CANONICAL_FIELDS.includes(name))
    throw refuse(`"${name}" is not a listing field; use one of ${CANONICAL_FIELDS.join(", ")}`);
  return name;
}
function parseList(text) {
  if (text === void 0) return void 0;
  const items = text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  return items.length ? items : void 0;
}
function parseRepository(name) {
  if (name !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(name))
    throw errors.badInput(
      "repository",
      `must be owner/name, such as acme/backend-jobs, not "${name}"`
    );
  return name;
}
function parseMarkerPrefix(prefix) {
  if (!/^[A-Za-z0-9_.-]+$/.test(prefix))
    throw errors.badInput("marker-prefix", 'may hold only letters, digits, ".", "_" and "-"');
  return prefix;
}
function parseTimezone(zone) {
  if (isTimeZone(zone)) return zone;
  throw errors.badInput(
    "timezone",
    `"${zone}" is not an IANA time zone such as UTC or Europe/Berlin`
  );
}
function parseLocale(locale) {
  if (locale === "en-US") return locale;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
  }
  throw errors.badInput(
    "locale",
    `"${locale}" is not a locale this runtime knows, such as en-US or de-DE`
  );
}
function parseCurrency(code) {
  if (!/^[A-Za-z]{3}$/.test(code))
    throw errors.badInput("salary-currency", `"${code}" is not an ISO 4217 code such as USD`);
  if (!isCurrencyCode(code.toUpperCase()))
    throw errors.badInput(
      "salary-currency",
      `"${code}" is no ISO 4217 currency code: write the three letters of a currency, such as USD, EUR, GBP or INR`
    );
  return code.toUpperCase();
}
function parseNow(text, clock) {
  if (text === void 0) return clock();
  const time = timeOf(text);
  if (time === void 0)
    throw errors.badInput("now", `"${text}" is not an ISO 8601 date-time (no zone is UTC)`);
  return new Date(time);
}
function parseLabels(text, base = DEFAULT_LABELS) {
  if (text === void 0) return base;
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw errors.badInput("labels", `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw errors.badInput("labels", 'must be a mapping such as "company: Empresa"');
  const labels = {};
  const named = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(given)) {
    const key = labelKey(name);
    if (!key)
      throw errors.badInput(
        "labels",
        `"${name}" is not a label; use one of ${Object.keys(DEFAULT_LABELS).map(kebabCase).join(", ")}`
      );
    const earlier = named.get(key);
    if (earlier !== void 0)
      throw errors.badInput(
        "labels",
        `"${earlier}" and "${name}" are two spellings of one label, ${kebabCase(key)}: give it once`
      );
    named.set(key, name);
    if (typeof value !== "string" && typeof value !== "number")
      throw errors.badInput("labels", `"${name}" must be text`);
    labels[key] = String(value);
  }
  return laidOver(base, labels);
}
function kebabCase(key) {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

// src/contribute/settings.ts
function isRecordKey(target) {
  return target.startsWith("record.");
}
var DEFAULT_KINDS = {
  "new-listing": "new",
  "edit-listing": "edit",
  "close-listing": "close"
};
function parseContribution(given) {
  return {
    approveLabel: given.approveLabel ?? "approved",
    refusedLabel: given.refusedLabel ?? "needs-changes",
    kinds: given.kinds === void 0 ? DEFAULT_KINDS : parseKinds(given.kinds),
    fields: given.fields === void 0 ? {} : parseFields2(given.fields)
  };
}
function foldLabel(label) {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
}
function fieldOfLabel(label, settings) {
  const folded = foldLabel(label);
  if (Object.hasOwn(settings.fields, folded)) return settings.fields[folded];
  if (CANONICAL_FIELDS.includes(folded)) return folded;
  return Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : void 0;
}
function isNoteLabel(label) {
  return NOTE_LABELS.has(foldLabel(label));
}
var NOTE_LABELS = /* @__PURE__ */ new Set(["reason"]);
var ALIASES = {
  company_name: "company",
  employer: "company",
  job_title: "title",
  role: "title",
  role_title: "title",
  position: "title",
  link: "url",
  job_url: "url",
  job_link: "url",
  posting_url: "url",
  application_link: "url",
  apply_link: "url",
  locations: "location",
  remote: "work_type",
  date_posted: "posted_at",
  posted: "posted_at",
  category: "categories",
  type_of_change: "kind",
  request: "kind"
};
function mapping(input2, text) {
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw errors.badInput(input2, `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw errors.badInput(input2, 'must be a mapping such as "Company name: company"');
  return given;
}
function parseKinds(text) {
  const kinds = {};
  for (const [label, kind] of Object.entries(mapping("contribution-kinds", text))) {
    if (kind !== "new" && kind !== "edit" && kind !== "close")
      throw errors.badInput(
        "contribution-kinds",
        `"${label}" must map to new, edit or close, not "${String(kind)}"`
      );
    kinds[label] = kind;
  }
  return kinds;
}
function parseFields2(text) {
  const fields = {};
  for (const [label, field] of Object.entries(mapping("contribution-fields", text))) {
    const known = [...CANONICAL_FIELDS, "kind"];
    if (typeof field !== "string" || !(known.includes(field) || RECORD_KEY.test(field)))
      throw errors.badInput(
        "contribution-fields",
        `"${label}" must map to a listing field (${known.join(", ")}) or to a key of the records as record.<key> (record.terms), not "${String(field)}"`
      );
    fields[foldLabel(label)] = field;
  }
  return fields;
}
var RECORD_KEY = /^record\.[^.\s]+$/;

export {
  isClosedPage,
  readPath,
  UNWRITABLE,
  nestedWith,
  readInItems,
  isRecord,
  booleanWord,
  flagValue,
  activeValue,
  FLAG_WORDS_TEXT,
  pairedWord,
  isNumeric,
  isTooDeep,
  jsonText,
  SELECTION_OPTIONS,
  parseSelection,
  isRecordKey,
  parseContribution,
  fieldOfLabel,
  isNoteLabel,
  countsBlock,
  countsText,
  salaryFromText,
  DOLLARS,
  salaryPeriod,
  CANONICAL_FIELDS,
  parseSettings,
  idleOptions,
  parseBoard,
  parseInitSettings,
  parseFields,
  fieldsOf,
  parseLabels
};
