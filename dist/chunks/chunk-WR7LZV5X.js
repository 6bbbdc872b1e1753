import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  INPUTS
} from "./chunk-XCH4OYT3.js";
import {
  TABLE_ZONE,
  countsProblem,
  escapeRegExp
} from "./chunk-6IJOF7LA.js";
import {
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
  transform,
  union,
  yamlValue
} from "./chunk-XWXLHTV6.js";
import {
  templateProblem
} from "./chunk-H4KCQ7LF.js";
import {
  optionalRepositoryPath,
  repositoryPath
} from "./chunk-SSOHKHVA.js";
import {
  DEFAULT_LABELS,
  labelKey
} from "./chunk-CGUFBV6Q.js";
import {
  timeOf
} from "./chunk-D6KWSZ5L.js";
import {
  errors,
  yamlProblem
} from "./chunk-NXQX4CL7.js";

// src/record.ts
function readPath(record, path) {
  if (Object.hasOwn(record, path)) return record[path];
  if (!path.includes(".")) return void 0;
  return walk(record, path.split("."), 0);
}
function walk(start, keys, from) {
  let value = start;
  for (let index = from; index < keys.length; index++) {
    const key = keys[index];
    if (Array.isArray(value) && !/^\d+$/.test(key)) return throughItems(value, keys, index);
    if (!isObject(value) || !Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return value;
}
function readInItems(items, path) {
  return throughItems(items, path.split("."), 0);
}
function throughItems(items, keys, from) {
  const found = [];
  for (const item of items) {
    const value = walk(item, keys, from);
    if (Array.isArray(value)) found.push(...value);
    else if (value !== void 0 && value !== null) found.push(value);
  }
  return found.length > 0 ? found : void 0;
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
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "yes", "y", "on", "1"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "no", "n", "off", "0"]);
function isNumeric(value) {
  return typeof value === "number" || typeof value === "string" && NUMERIC.test(value.trim());
}
var NUMERIC = /^-?\d+(?:\.\d+)?$/;

// src/config/selection.ts
var DEFAULT_SELECTION = { dedupe: true };
var DEFAULT_ROW_SHAPE = {
  repeatCompanyWhen: "same-day",
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
  "company-url"
];
function parseSelection(options, file, where) {
  const result = safeParse(OptionsSchema, options);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((item) => String(item.key)).join(".");
    throw errors.badBoardsFile(file, where, `"${path}" ${issue.message}`);
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
var FieldFilterSchema = pipe(
  strictObject(
    {
      field: FieldName,
      equals: optional(ScalarSchema),
      "one-of": optional(array(ScalarSchema, "must be a list")),
      "contains-any": optional(Texts),
      words: optional(boolean("must be true or false")),
      "ends-with": optional(Texts),
      after: optional(ScalarSchema),
      before: optional(ScalarSchema)
    },
    "is not a test; use equals, one-of, contains-any, words, ends-with, after or before"
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
    before: filter.before
  }))
);
var FilterSchema = lazy((input) => {
  if (Array.isArray(input))
    return pipe(
      array(FilterSchema),
      transform((all) => ({ all }))
    );
  if (typeof input === "object" && input !== null) {
    if ("not" in input) return strictObject({ not: FilterSchema }, 'takes only "not"');
    if ("all" in input)
      return strictObject({ all: array(FilterSchema, "must be a list") }, 'takes only "all"');
    if ("any" in input)
      return strictObject({ any: array(FilterSchema, "must be a list") }, 'takes only "any"');
  }
  return FieldFilterSchema;
});
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
  (input) => typeof input === "string" ? pipe(
    FieldName,
    transform((field) => ({ field, order: "asc", ignoreCase: false }))
  ) : isRecord(input) && "fields" in input ? JoinedSortKey : pipe(
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
    picklist(["same-day", "same-age"], "must be same-day or same-age")
  ),
  "company-url": optional(
    picklist(["as-given", "fill", "fill-shown"], "must be as-given, fill or fill-shown")
  )
});
function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

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
  const address = comparable(URL.parse(url)?.href ?? url);
  return closedUrls.some((pattern) => patternRegExp(pattern).test(address));
}
var STAR = "zz0jobsreadme0starzz";
function normalizedPattern(pattern) {
  const parsed = URL.parse(pattern.replaceAll("*", STAR));
  return parsed ? comparable(parsed.href).replaceAll(STAR, "*") : pattern;
}
function comparable(href) {
  return href.replace(/%([0-9a-f]{2})/gi, (escape, hex) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return /^[A-Za-z0-9\-._~]$/.test(character) ? character : escape.toUpperCase();
  });
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
    regExp = new RegExp(`^${body}`, "i");
    compiled.set(pattern, regExp);
  }
  return regExp;
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
    fields: given.fields === void 0 ? {} : parseFields(given.fields)
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
function mapping(input, text) {
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw errors.badInput(input, `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw errors.badInput(input, 'must be a mapping such as "Company name: company"');
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
function parseFields(text) {
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
      const withLabels = (board) => withLabelsFile(board, readFile);
      if (!run.boardsFile) return { run, boards: [parseBoard(await withLabels(raw))] };
      const text = await readFile(run.boardsFile);
      if (text === void 0)
        throw errors.badBoardsFile(
          run.boardsFile,
          "the file",
          'was not found; check the "config" input'
        );
      const { readBoards } = await import("./boards-7SP7B5HY.js");
      const { inputs, boards, fields } = await readBoards(text, raw, run.boardsFile, withLabels);
      const resolved = { ...parseRun(inputs, () => run.now), ...fields && { fields } };
      if (!resolved.listings)
        throw errors.badInput(
          "listings",
          `is required: give it as an input (--listings) or at the top of ${run.boardsFile}`
        );
      return { run: resolved, boards };
    }
  };
}
function labelsFile(value) {
  const text = value?.trim();
  return text && /^[^\n:{]+\.(?:ya?ml|json)$/i.test(text) ? text : void 0;
}
async function withLabelsFile(raw, readFile) {
  const path = labelsFile(raw.labels);
  if (!path) return raw;
  const text = await readFile(path);
  if (text === void 0)
    throw errors.badInput("labels", `names the file "${path}", which was not found`);
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
    fields: parseFields2(read.string("fields")),
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
function parseBoard(raw) {
  const read = reader(raw);
  const category = read.string("category")?.toLowerCase();
  return {
    readme: repositoryPath("readme", read.string("readme") ?? "README.md"),
    markerPrefix: parseMarkerPrefix(read.string("marker-prefix") ?? "jobs"),
    category,
    keywords: parseList(read.string("keywords")),
    maxRows: read.integer("max-rows", 0),
    maxAgeDays: read.integer("max-age-days", 0),
    maxRemovedPercent: read.integer("max-removed-percent", 0, 100),
    maxBytes: read.integer("max-bytes", 1),
    archivePath: optionalRepositoryPath("archive-path", read.string("archive-path")),
    archiveDays: read.string("archive-days") === void 0 ? void 0 : read.integer("archive-days", 1),
    feedPaths: (parseList(read.string("feed-path")) ?? []).map(
      (path) => repositoryPath("feed-path", path)
    ),
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
    labels: parseLabels(read.string("labels")),
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
  const defaults = new Map(INPUTS.map((input) => [input.name, input.default]));
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
      const parsed = Number(given);
      if (!/^-?\d+$/.test(given) || !Number.isSafeInteger(parsed) || parsed < min)
        throw errors.badInput(name, `must be a whole number of at least ${min}, not "${given}"`);
      if (parsed > max) throw errors.badInput(name, `must be at most ${max}, not "${given}"`);
      return parsed;
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
function parseFields2(text) {
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
    const [canonical, source, extra] = pair.split("=").map((part) => part.trim());
    if (!canonical || !source || extra !== void 0)
      throw errors.badInput(
        "fields",
        `"${pair}" must look like canonical=source. A source name that holds a comma or "=" is given in the mapping form, such as {"location": "Location (City, State)"}`
      );
    fields[canonicalField(canonical, (problem) => errors.badInput("fields", problem))] = source;
  }
  return fields;
}
var FIELDS_MAPPING = /^\s*\{|^\s*[A-Za-z_]+\s*:(?:\s|$)/m;
function fieldsOf(mapping2, refuse) {
  if (mapping2 === null || typeof mapping2 !== "object" || Array.isArray(mapping2))
    throw refuse('must be a mapping of canonical field to source, such as "company: company_name"');
  const fields = {};
  for (const [canonical, source] of Object.entries(mapping2)) {
    const name = canonicalField(canonical, refuse);
    const text = typeof source === "string" || typeof source === "number" ? String(source).trim() : "";
    if (!text)
      throw refuse(`"${canonical}" must map to the name (or dotted path) of a field of the feed`);
    fields[name] = text;
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
  if (zone === "UTC") return zone;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    throw errors.badInput(
      "timezone",
      `"${zone}" is not an IANA time zone such as UTC or Europe/Berlin`
    );
  }
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
  return code.toUpperCase();
}
function parseNow(text, clock) {
  if (text === void 0) return clock();
  const time = timeOf(text);
  if (time === void 0)
    throw errors.badInput("now", `"${text}" is not an ISO 8601 date-time (no zone is UTC)`);
  return new Date(time);
}
function parseLabels(text) {
  if (text === void 0) return DEFAULT_LABELS;
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw errors.badInput("labels", `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw errors.badInput("labels", 'must be a mapping such as "company: Empresa"');
  const labels = { ...DEFAULT_LABELS };
  for (const [name, value] of Object.entries(given)) {
    const key = labelKey(name);
    if (!key)
      throw errors.badInput(
        "labels",
        `"${name}" is not a label; use one of ${Object.keys(DEFAULT_LABELS).map(kebabCase).join(", ")}`
      );
    if (typeof value !== "string" && typeof value !== "number")
      throw errors.badInput("labels", `"${name}" must be text`);
    labels[key] = String(value);
  }
  return labels;
}
function kebabCase(key) {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export {
  isClosedPage,
  readPath,
  readInItems,
  isRecord,
  booleanWord,
  isNumeric,
  SELECTION_OPTIONS,
  parseSelection,
  isRecordKey,
  fieldOfLabel,
  CANONICAL_FIELDS,
  parseSettings,
  idleOptions,
  parseBoard,
  parseInitSettings,
  parseFields2 as parseFields,
  fieldsOf
};
