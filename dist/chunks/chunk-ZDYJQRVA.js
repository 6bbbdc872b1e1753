import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  compareText
} from "./chunk-ADAPO2S3.js";
import {
  openSource,
  openUrl,
  replacedWarning
} from "./chunk-EC4QDG2M.js";
import {
  nextPage,
  pagingWarning,
  readRecords,
  signsPhrase
} from "./chunk-33D3IKD7.js";
import {
  categoryList,
  createNormalizer,
  givesSalary,
  isAmount,
  isDateNumber,
  isLocation,
  isSalary,
  recordReader,
  selectionFields,
  unseenCharacters,
  workTypeOf,
  workTypeValue
} from "./chunk-XG64FQ2T.js";
import {
  CANONICAL_FIELDS,
  activeValue,
  isRecord,
  isTooDeep,
  jsonText,
  readInItems,
  readPath,
  salaryPeriod
} from "./chunk-J2VHFJZX.js";
import {
  LOCALE_DAY,
  timeOf
} from "./chunk-NOMF4GSH.js";
import {
  errors,
  isBoardError
} from "./chunk-POPMLHNH.js";
import {
  parseHttpUrl
} from "./chunk-DRQNNRXV.js";

// src/load/hints.ts
function feedShape(fields) {
  let records = 0;
  const missing = new Map(REQUIRED.map((name) => [name, 0]));
  const unseen = /* @__PURE__ */ new Map();
  const mappings = Object.entries(fields).map(([name, path]) => ({ name, path, found: 0 }));
  const keys = /* @__PURE__ */ new Map();
  const unvalued = /* @__PURE__ */ new Map();
  const categories = /* @__PURE__ */ new Map();
  const active = { given: 0, false: 0 };
  const along = new Set(
    Object.values(fields).flatMap(
      (path) => path.split(".").map((_, index, parts) => parts.slice(0, index + 1).join("."))
    )
  );
  return {
    /**
     * `read`: the record's fields the load stage reads first (recordReader);
     * `selection`: its selection fields, when the load stage took them from `read` (their
     * categories are the record's).
     */
    add(record, read, selection) {
      records++;
      for (const name of REQUIRED) {
        if (read[name] !== void 0) continue;
        const characters = unseenCharacters(readPath(record, fields[name] ?? name));
        if (characters === void 0) missing.set(name, (missing.get(name) ?? 0) + 1);
        else if (!unseen.has(name)) unseen.set(name, { count: 1, characters });
        else unseen.get(name).count++;
      }
      for (const mapping of mappings)
        if (readPath(record, mapping.path) !== void 0) mapping.found++;
      if (read.active !== void 0) {
        active.given++;
        if (activeValue(read.active) === false) active.false++;
      }
      if (records <= PROFILED_RECORDS) profile(record, keys, unvalued, along);
      const names = selection ? selection.categories : categoryList(read.categories);
      if (names === void 0) return;
      for (const name of names) {
        const count = categories.get(name);
        if (count !== void 0) count.records++;
        else if (categories.size < MAX_CATEGORIES) categories.set(name, { name, records: 1 });
      }
    },
    summary() {
      const missed = missingHint(records, missing, keys, fields);
      return {
        hints: [
          // As for a missing field: when most records give it so.
          ...[...unseen].filter(([, { count }]) => count * 2 > records).map(
            ([name, { count, characters }]) => `${name} is empty in ${count.toLocaleString("en-US")} of ${records.toLocaleString("en-US")} records once their invisible characters are removed: the feed gives it as characters no cell shows (${characters} in the first); write the ${name} itself there.`
          ),
          ...missed.hints,
          ...mappings.flatMap(
            ({ name, path, found }) => found > 0 || records === 0 ? [] : [unmatchedHint(name, path, keys, fields)]
          ),
          ...uncheckedHint(records, active, fields.active)
        ],
        categories: [...categories.values()].sort((a, b) => b.records - a.records || compareText(a.name, b.name)).slice(0, TOP_CATEGORIES).map(({ name, records: records2 }) => ({ name, records: records2 })),
        ...missed.mapping === void 0 ? {} : { fields: missed.mapping }
      };
    }
  };
}
function uncheckedHint(records, active, path) {
  if (path === void 0 || active.given === 0 || active.false > 0 || active.given === records)
    return [];
  const missing = records - active.given;
  return [
    `active (${path}) is given in ${active.given.toLocaleString("en-US")} of ${records.toLocaleString("en-US")} records, false in none, and missing in the other ${missing.toLocaleString("en-US")}, which are read as open: as a checkbox not ticked is left out (Airtable leaves it out of its answer; a sheet exports an empty cell). If a missing ${path} means closed, show only the records it is true in: take active out of "fields" and give the board \`visible: ${path}\` in a boards file.`
  ];
}
var TOP_CATEGORIES = 5;
var REQUIRED = [
  "company",
  "title",
  "url",
  "posted_at"
];
var ALSO_PROPOSED = [
  "id",
  "company_url",
  "location",
  "work_type",
  "salary_min",
  "salary_max",
  "salary",
  "salary_currency",
  "salary_period",
  "skills",
  "description",
  "categories",
  "active"
];
var PROFILED_RECORDS = 1e3;
var MAX_CATEGORIES = 1e4;
var LONG_TEXT = 300;
function isBodyText(text) {
  return text.length > LONG_TEXT || /\n/.test(text) || BODY_MARKUP.test(text);
}
var BODY_MARKUP = /<(?:p|br|div|li|ul|ol|h[1-6])\b[^>]*>/i;
var SHORT_FIELDS = /* @__PURE__ */ new Set([
  "id",
  "company",
  "title",
  "location",
  "work_type"
]);
var MIN_WORDS = ["min", "minimum", "from", "low", "lower"];
var MAX_WORDS = ["max", "maximum", "high", "upper"];
var FOREIGN = {
  company: [
    "firma",
    "unternehmen",
    "arbeitgeber",
    "empresa",
    "entreprise",
    "societe",
    "azienda",
    "bedrijf",
    "werkgever"
  ],
  title: [
    "titel",
    "stelle",
    "stellenbezeichnung",
    "jobtitel",
    "puesto",
    "titulo",
    "cargo",
    "poste",
    "titre",
    "intitule",
    "functie",
    "vacature",
    "posizione",
    "vaga"
  ],
  url: ["bewerbung", "enlace", "lien", "candidatura"],
  location: [
    "ort",
    "standort",
    "arbeitsort",
    "ubicacion",
    "lugar",
    "ciudad",
    "lieu",
    "ville",
    "localisation",
    "localizacion",
    "sede",
    "citta",
    "plaats",
    "locatie",
    "cidade"
  ],
  date: ["datum", "veroffentlicht", "fecha", "publicado", "publie", "publicacion", "pubblicato"],
  salary: [
    "gehalt",
    "lohn",
    "vergutung",
    "salario",
    "sueldo",
    "salaire",
    "remuneration",
    "stipendio",
    "retribuzione",
    "salaris"
  ],
  categories: [
    "kategorie",
    "abteilung",
    "bereich",
    "categoria",
    "categorie",
    "departamento",
    "departement"
  ]
};
var CONTAINER_WORDS = ["story", "thread", "parent"];
var SALARY_WORDS = ["salary", "pay", "compensation", "wage", "annual", ...FOREIGN.salary];
var REMOTE_WORDS = /* @__PURE__ */ new Set(["remote", "telecommuting"]);
var PERIOD_NAMES = ["period", "interval", "unit", "frequency", "basis", "type"];
var ACTIVE_WORDS = [
  "active",
  "open",
  "state",
  "status",
  "listed",
  "published",
  "live",
  "aktiv",
  "offen",
  "actif",
  "ouvert",
  "activo",
  "abierto",
  "attivo",
  "aperto",
  "ativo",
  "aberto",
  "actief"
];
var CANONICAL = {
  id: { shapes: ["text", "number"], words: ["id", "uuid", "key", "guid"] },
  company: {
    shapes: ["text"],
    words: [
      "company",
      "employer",
      "organization",
      "organisation",
      "org",
      "business",
      "firm",
      ...FOREIGN.company
    ],
    // A name, with a letter or a digit: not a field of the company's emoji (`company_emoji: 🏢`).
    reads: (value) => typeof value === "string" && /[\p{L}\p{N}]/u.test(value)
  },
  company_url: { shapes: ["url"], words: ["company", "website", "homepage", "site", "employer"] },
  // Lever names a posting's title "text"; SmartRecruiters "name", beside its "jobAdId".
  title: {
    shapes: ["text"],
    words: ["title", "position", "role", "job", "name", "text", ...FOREIGN.title],
    // Not an identifier; not the title of what the posting is in (Hacker News' story_title,
    // the "Who is hiring?" thread's, the same on every comment).
    avoids: ["id", "uuid", "guid", "key", "slug", "code", "ref", "number", ...CONTAINER_WORDS]
  },
  // The posting's page (Lever's hostedUrl, Ashby's jobUrl) before its application form
  // (applyUrl): the page tells the reader about the job, and links to the form.
  url: {
    shapes: ["url"],
    words: ["url", "link", "apply", "href", "application", "posting", ...FOREIGN.url],
    lesser: ["apply", "application"]
  },
  location: {
    // A place too: {"city": "Berlin", "country": "DE"} (normalize.ts locationOf).
    shapes: ["text", "list", "object", "objects"],
    reads: isLocation,
    words: [
      "location",
      "locations",
      "city",
      "cities",
      "place",
      "places",
      "where",
      "office",
      "geo",
      "region",
      ...FOREIGN.location
    ],
    // The kind of place a job is in (schema.org's jobLocationType, TELECOMMUTE; a
    // location_type of "remote"), a work type, not where it is.
    avoids: ["type", "kind"]
  },
  work_type: {
    shapes: ["text", "boolean", "number"],
    words: ["work", "type", "remote", "workplace", "arrangement", "setting", "telecommuting"],
    // What reads without a warning (a Refusal is an object): not full_time, the kind of
    // contract; a flag (true, "No", 1) in a field named for it (remote, Workable's telecommuting).
    reads: (value, key) => {
      const given = workTypeValue(value);
      if (typeof given === "boolean") return wordsOf(key).some((word) => REMOTE_WORDS.has(word));
      return typeof workTypeOf(given) !== "object";
    }
  },
  posted_at: {
    shapes: ["date"],
    words: ["posted", "published", "created", "date", "added", "listed", "time", ...FOREIGN.date]
  },
  salary_min: {
    shapes: ["number"],
    words: [...SALARY_WORDS, ...MIN_WORDS],
    needs: MIN_WORDS,
    reads: isAmount
  },
  salary_max: {
    shapes: ["number"],
    words: [...SALARY_WORDS, ...MAX_WORDS],
    needs: MAX_WORDS,
    reads: isAmount
  },
  salary: {
    // Text too, when it reads as a salary: `$120k - $150k`, `70.000 - 90.000 €`.
    shapes: ["number", "object", "text"],
    words: SALARY_WORDS,
    avoids: [...MIN_WORDS, ...MAX_WORDS, "currency", "period", "predicted", "estimated"],
    // An object of a salary's amounts, not one that only holds the text of one (Ashby's
    // compensation, whose compensationTierSummary is proposed instead).
    reads: givesSalary,
    accepts: isSalary
  },
  salary_currency: {
    shapes: ["text"],
    words: ["currency", ...SALARY_WORDS],
    needs: ["currency"],
    reads: (value) => typeof value === "string" && /^\s*[a-z]{3}\s*$/i.test(value)
  },
  salary_period: {
    shapes: ["text"],
    words: [...PERIOD_NAMES, ...SALARY_WORDS],
    needs: PERIOD_NAMES,
    reads: (value) => typeof value === "string" && salaryPeriod(value) !== void 0
  },
  skills: { shapes: ["list", "text"], words: ["skills", "skill", "tags", "technologies", "stack"] },
  description: { shapes: ["text"], words: ["description", "summary", "details", "body", "text"] },
  active: {
    shapes: ["boolean", "text", "number"],
    words: ACTIVE_WORDS,
    needs: ACTIVE_WORDS,
    avoids: ["not", "non", "no"],
    // A flag or a posting's state as the loader reads one (true, "FALSCH", 0, "archived").
    reads: (value) => activeValue(value) !== void 0
  },
  categories: {
    shapes: ["list", "text"],
    words: [
      "categories",
      "category",
      "departments",
      "department",
      "team",
      "field",
      ...FOREIGN.categories
    ]
  }
};
var SAMPLED = 100;
function profile(record, keys, unvalued, along, prefix = "") {
  for (const [key, value] of Object.entries(record)) {
    const shape = shapeOf(value);
    const path = prefix + key;
    if (shape === void 0) {
      const known2 = keys.get(path);
      if (known2) known2.sent++;
      else unvalued.set(path, (unvalued.get(path) ?? 0) + 1);
      continue;
    }
    const known = keys.get(path) ?? {
      present: 0,
      sent: unvalued.get(path) ?? 0,
      shapes: /* @__PURE__ */ new Map(),
      samples: [],
      long: 0
    };
    known.present++;
    known.sent++;
    known.shapes.set(shape, (known.shapes.get(shape) ?? 0) + 1);
    if (shape === "text" && isBodyText(value)) known.long++;
    if (known.samples.length < SAMPLED) known.samples.push(value);
    keys.set(path, known);
    if (prefix && !along.has(path)) continue;
    if (shape === "object") profile(value, keys, unvalued, along, `${path}.`);
    if (shape === "objects") {
      const items = value;
      const inner = new Set(items.flatMap((item) => Object.keys(item)));
      const record2 = Object.fromEntries([...inner].map((key2) => [key2, readInItems(items, key2)]));
      profile(record2, keys, unvalued, along, `${path}.`);
    }
  }
}
var HTTP_URL = /^\s*https?:\/\/\S/i;
var NUMBER_TEXT = /^\s*\d+(?:\.\d+)?\s*$/;
function shapeOf(value) {
  if (value === null || value === void 0) return void 0;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return isDateNumber(value) ? "date" : "number";
  if (typeof value === "string") {
    if (value.trim() === "") return void 0;
    if (HTTP_URL.test(value)) return "url";
    if (NUMBER_TEXT.test(value)) return isDateNumber(Number(value)) ? "date" : "number";
    return LOCALE_DAY.test(value) || timeOf(value) !== void 0 ? "date" : "text";
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === "string")) return "list";
    return value.length > 0 && value.every(isRecord) ? "objects" : void 0;
  }
  return "object";
}
var UNREAD = {
  work_type: "a listing is remote only when its location or title says so",
  salary_period: "every salary is read as yearly",
  active: "every listing is read as open, a closed one too"
};
function missingHint(records, missing, keys, fields) {
  const lacking = [...missing].filter(([, count]) => count * 2 > records);
  const group = groupedListings(
    lacking.map(([name]) => name),
    records,
    keys,
    fields
  );
  if (group !== void 0) return { hints: [groupedHint(records, group)] };
  const nested = CANONICAL_FIELDS.flatMap((name) => {
    const profile2 = keys.get(fields[name] ?? name);
    const objects = profile2?.shapes.get("object") ?? 0;
    const lists = profile2?.shapes.get("objects") ?? 0;
    const canonical = CANONICAL[name];
    const readsObjects = (known) => !canonical || canonical.shapes.includes("object") && (!canonical.reads || readsAs(known, canonical.accepts ?? canonical.reads, fields[name] ?? name));
    const someRead = (known) => !!canonical?.reads && canonical.shapes.includes("object") && known.samples.some(
      (value) => typeof value === "object" && readsSafely(canonical.reads, value, fields[name] ?? name)
    );
    return !profile2 || readsObjects(profile2) || someRead(profile2) || (objects + lists) * 2 <= profile2.present ? [] : [
      {
        name,
        path: fields[name] ?? name,
        objects: objects + lists,
        what: lists > objects ? "a list of objects" : "an object",
        profiled: Math.min(records, PROFILED_RECORDS)
      }
    ];
  });
  const taken = takenKeys(fields);
  const proposals = /* @__PURE__ */ new Map();
  const given = (name) => keys.has(name) || !!fields[name] || proposals.has(name);
  const read = (name) => keys.has(fields[name] ?? name);
  const boundsOnly = !read("salary") && (read("salary_min") || read("salary_max"));
  const unread = Object.keys(UNREAD).filter(
    (name) => !given(name) && (name !== "salary_period" || boundsOnly) && candidateFor(name, keys, taken) !== void 0
  );
  if (!lacking.length && !nested.length && !unread.length) {
    const named = given("categories") ? void 0 : candidateFor("categories", keys, taken);
    return named === void 0 ? { hints: [] } : { hints: [], mapping: mappingText(fields, /* @__PURE__ */ new Map([["categories", named]])) };
  }
  const onlyCompany = lacking.every(
    ([name]) => name === "company" || candidateFor(name, keys, taken) !== void 0
  );
  let unfound = false;
  const propose = (name, said, within = keys) => {
    const candidate = candidateFor(name, within, taken);
    if (candidate === void 0) {
      const api = [...within].find(([, profile2]) => readsAs(profile2, isApiAddress))?.[0];
      if (name === "url" && api !== void 0)
        return `${said}; the feed's ${api} holds addresses of an API, not pages a job seeker can open: add each posting's page to the records before loading`;
      unfound = true;
      const refused = refusedLookalikes(name, within);
      if (name === "title" && refused)
        return `${said}, and no field of the feed holds a posting's title: ${refused}. A board shows each posting by its title: put it in a field of its own before loading (a feed that writes it inside a post's text, such as a "Who is hiring?" comment, needs it taken out first)`;
      if (refused) return `${said}, and no field of the feed looks like it: ${refused}`;
      if (name === "company" && onlyCompany)
        return `${said}, and no field of the feed looks like it: a feed of one company's postings (such as Lever's, Ashby's or Workable's) names it nowhere; add it to each record before loading, such as with jq's map(. + {company: "Acme"}) on the list of postings`;
      return `${said}, and no field of the feed looks like it`;
    }
    proposals.set(name, candidate);
    taken.add(candidate);
    return `${said}; the feed has ${candidate}`;
  };
  const parts = [
    ...lacking.map(
      ([name, count]) => propose(
        name,
        `${name} is missing in ${count.toLocaleString("en-US")} of ${records.toLocaleString("en-US")} records`
      )
    ),
    ...nested.map(
      ({ name, path, objects, what, profiled }) => propose(
        name,
        `${path} is ${what} in ${objects.toLocaleString("en-US")} of the first ${profiled.toLocaleString("en-US")} records`,
        new Map([...keys].filter(([key]) => key.startsWith(`${path}.`)))
      )
    ),
    ...unread.map((name) => propose(name, `${name} is read from no field, so ${UNREAD[name]}`))
  ];
  const hint = `${parts.join(". ")}.`;
  if (!proposals.size) return { hints: [`${hint} The feed's fields: ${fieldList(keys)}.`] };
  for (const name of ALSO_PROPOSED) {
    if (given(name)) continue;
    const bounds = given("salary_min") || given("salary_max");
    if (name === "salary" ? bounds : name.startsWith("salary_") && given("salary")) continue;
    if ((name === "salary_currency" || name === "salary_period") && !bounds) continue;
    const candidate = candidateFor(name, keys, taken);
    if (candidate === void 0) continue;
    proposals.set(name, candidate);
    taken.add(candidate);
  }
  const mapping = mappingText(fields, proposals);
  const rest = unfound ? ` The feed's fields: ${fieldList(keys)}.` : "";
  return {
    hints: [
      `${hint} Read it with the "fields" input${workflowValue(mapping)} (with the CLI: --fields ${shellWord(mapping)}).${rest}`
    ],
    mapping
  };
}
var GROUP_FIELDS = 2;
function groupedListings(lacking, records, keys, fields) {
  if (lacking.length < GROUP_FIELDS) return void 0;
  const taken = takenKeys(fields);
  let best;
  for (const [key, known] of keys) {
    if (key.includes(".") || known.sent * 2 < records) continue;
    if ((known.shapes.get("objects") ?? 0) * 2 < known.present) continue;
    const inner = /* @__PURE__ */ new Map();
    for (const items of known.samples)
      if (Array.isArray(items))
        for (const item of items) profile(item, inner, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Set());
    const found = lacking.flatMap((name) => candidateFor(name, inner, /* @__PURE__ */ new Set()) ?? []);
    const own = new Map(
      [...keys].filter(([other]) => other !== key && !other.startsWith(`${key}.`))
    );
    const ownFound = lacking.filter((name) => candidateFor(name, own, taken) !== void 0);
    if (found.length >= GROUP_FIELDS && found.length > ownFound.length && found.length > (best?.found.length ?? 0))
      best = { key, found };
  }
  return best;
}
function groupedHint(records, { key, found }) {
  const member = /^[a-z_]\w*$/i.test(key) ? `.${key}?` : `.[${JSON.stringify(key)}]?`;
  return `The ${records.toLocaleString("en-US")} records are groups of listings, not listings: each holds its listings in ${key}, a list of objects with the fields of a posting (${found.join(", ")}). Mapping the group's own fields would show the groups (such as a department's name as a title). Flatten the lists into one list of listings before loading, such as with jq '[.. | ${member} | arrays | .[]]', and point "listings" at the result; a hint then proposes the mapping of its fields.`;
}
function workflowValue(mapping) {
  return mapping.startsWith("{") ? `, in its mapping form as a name holds a comma, "=" or spaces around it (quoted in a workflow): '${mapping.replaceAll("'", "''")}'` : `: ${mapping}`;
}
function shellWord(text) {
  return /^[\w.,=@:/+-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
function unmatchedHint(name, path, keys, fields) {
  const said = `"fields" maps ${name} to ${path}, which no record has`;
  const taken = takenKeys(fields);
  taken.delete(path);
  const candidate = candidateFor(name, keys, taken);
  return candidate === void 0 ? `${said}. The feed's fields: ${fieldList(keys)}.` : `${said}; the feed has ${candidate}: ${fieldsText([[name, candidate]])}.`;
}
function takenKeys(fields) {
  const taken = new Set(Object.values(fields));
  for (const name of CANONICAL_FIELDS) if (!fields[name]) taken.add(name);
  return taken;
}
function candidateFor(name, keys, taken) {
  const canonical = CANONICAL[name];
  if (!canonical) return void 0;
  const mostSent = Math.max(0, ...[...keys.values()].map((key) => key.sent));
  const fitting = [...keys].filter(
    ([key, profile2]) => !taken.has(key) && profile2.sent * 2 >= mostSent && fits(profile2, canonical.shapes) && // A work type field's values read as one (not full_time, the kind of contract), and
    // a link is not an image's (company_logo).
    (!canonical.reads || readsAs(profile2, canonical.reads, key)) && !(SHORT_FIELDS.has(name) && profile2.long * 2 > profile2.present) && !(canonical.shapes.includes("url") && IMAGE_WORDS.test(key)) && // SmartRecruiters' ref: the posting as the API serves it, not its page.
    !(canonical.shapes.includes("url") && readsAs(profile2, isApiAddress)) && // is_visible, hasSalary: a flag, whatever else its name says.
    (canonical.shapes.includes("boolean") || !FLAG_NAME.test(key)) && // The API's own bookkeeping (Algolia's _tags and _highlightResult), but MongoDB's _id.
    (name === "id" || !BOOKKEEPING.test(key)) && // One value on every posting names no posting (a thread's title, a board's address).
    !(TELLS_APART.has(name) && sameEverywhere(profile2)) && // A flag never false closes nothing: a checkbox left out when not ticked (uncheckedHint).
    (name !== "active" || profile2.samples.some((value) => activeValue(value) === false)) && (!canonical.needs || canonical.needs.some((word) => wordsOf(key).includes(word))) && !canonical.avoids?.some((word) => wordsOf(key).includes(word))
  );
  const [firstShape] = canonical.shapes;
  const fitKeys = new Set(fitting.map(([key]) => key));
  const scored = fitting.filter(([key]) => !key.includes(".") || !fitKeys.has(key.slice(0, key.lastIndexOf(".")))).map(([key, profile2]) => ({
    key,
    profile: profile2,
    score: nameScore(key, canonical.words),
    lesser: canonical.lesser?.some((word) => wordsOf(key).includes(word)) ? 1 : 0,
    first: (profile2.shapes.get(firstShape) ?? 0) * 2 >= profile2.present ? 1 : 0,
    others: wordsOf(key).filter(
      (word) => !canonical.words.includes(word) && !NAMING_WORDS.has(word)
    ).length
  })).filter((candidate) => candidate.score > 0).sort(
    (a, b) => a.lesser - b.lesser || b.score - a.score || b.first - a.first || a.others - b.others || b.profile.present - a.profile.present
  );
  if (scored[0]) return scored[0].key;
  const byShapeAlone = name === "url" || name === "posted_at";
  return byShapeAlone && fitting.length === 1 ? fitting[0]?.[0] : void 0;
}
function wordsOf(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().split(/[^a-z0-9]+/);
}
var NAMING_WORDS = /* @__PURE__ */ new Set(["name", "display", "label"]);
function isApiAddress(value) {
  const url = typeof value === "string" ? parseHttpUrl(value.trim()) : void 0;
  return url !== void 0 && (url.hostname.startsWith("api.") || /^\/api(?:\/|$)/.test(url.pathname));
}
var BOOKKEEPING = /(?:^|\.)_(?!source\.)/;
var TELLS_APART = /* @__PURE__ */ new Set(["id", "title", "url"]);
var SAME_AFTER = 5;
function sameEverywhere(profile2) {
  const [first, ...rest] = profile2.samples.map((value) => jsonText(value));
  return profile2.samples.length >= SAME_AFTER && rest.every((value) => value === first);
}
function refusedLookalikes(name, keys) {
  const canonical = CANONICAL[name];
  if (!canonical) return void 0;
  const reasons = [...keys].flatMap(([key, profile2]) => {
    if (BOOKKEEPING.test(key) || !fits(profile2, canonical.shapes)) return [];
    const words = wordsOf(key);
    const container = CONTAINER_WORDS.find((word) => words.includes(word));
    const named = nameScore(key, canonical.words) > 0;
    if (named && SHORT_FIELDS.has(name) && profile2.long * 2 > profile2.present)
      return [`${key} is long text (a whole post or description), not a ${name}`];
    if (named && container && canonical.avoids?.includes(container))
      return [`${key} is the ${container}'s ${name}, not a posting's`];
    if (named && TELLS_APART.has(name) && sameEverywhere(profile2))
      return [`${key} is the same in every record (${jsonText(profile2.samples[0])})`];
    return [];
  });
  return reasons.length > 0 ? reasons.slice(0, 3).join("; ") : void 0;
}
var FLAG_NAME = /^(?:is|has)(?:[_.\s-]|[A-Z]|$)/;
var IMAGE_WORDS = /logo|image|img|avatar|icon|photo|picture|thumbnail|banner/i;
function readsAs(profile2, reads, key = "") {
  return profile2.samples.filter((value) => readsSafely(reads, value, key)).length * 2 >= profile2.samples.length;
}
function readsSafely(reads, value, key) {
  try {
    return reads(value, key);
  } catch (error) {
    if (isTooDeep(error)) return false;
    throw error;
  }
}
function fits(profile2, shapes) {
  const fitting = shapes.reduce((sum, shape) => sum + (profile2.shapes.get(shape) ?? 0), 0);
  return fitting * 10 >= profile2.present * 9;
}
function nameScore(key, words) {
  return [...new Set(wordsOf(key))].reduce((score, part) => {
    const rank = words.indexOf(part);
    return rank < 0 ? score : score + words.length - rank;
  }, 0);
}
function mappingText(fields, proposals) {
  const all = { ...fields, ...Object.fromEntries(proposals) };
  return fieldsText(CANONICAL_FIELDS.flatMap((name) => all[name] ? [[name, all[name]]] : []));
}
function fieldsText(pairs) {
  if (pairs.every(([, source]) => /^[^,=\n]+$/.test(source) && source === source.trim()))
    return pairs.map(([name, source]) => `${name}=${source}`).join(",");
  return `{${pairs.map(([name, source]) => `"${name}": ${JSON.stringify(source)}`).join(", ")}}`;
}
function fieldList(keys) {
  const top = [...keys].filter(([key]) => !key.includes(".")).sort(([, a], [, b]) => b.present - a.present).map(([key]) => key);
  return top.length > 20 ? `${top.slice(0, 20).join(", ")}, ...` : top.join(", ") || "none";
}

// src/load/load.ts
var MAX_WARNINGS = 100;
var MAX_INVALID_KEPT = 100;
async function loadListings(config, io, keep = () => true, watch) {
  const listings = [];
  const sink = typeof keep === "function" ? { wants: keep, add: (listing) => void listings.push(listing) } : keep;
  const source = await openSource(config, io);
  const normalize = createNormalizer({
    fields: config.fields,
    salaryCurrency: config.salaryCurrency,
    maxCellLength: config.maxCellLength
  });
  const reader = recordReader(config.fields);
  const shape = feedShape(config.fields);
  const result = {
    listings,
    read: 0,
    valid: 0,
    invalid: [],
    invalidCount: 0,
    warnings: [],
    notListings: 0,
    source: source.name
  };
  let notListing;
  let position = 0;
  let unlistedWarnings = 0;
  const rounded = { count: 0, first: { position: 0, id: "" } };
  const pages = { sources: [] };
  for await (const batch of pageBatches(source, config, pages)) {
    for (let index = 0; index < batch.length; index++) {
      const record = batch[index];
      batch[index] = void 0;
      position++;
      let outcome;
      try {
        let read;
        let selection;
        if (isRecord(record)) {
          read = reader.first(record);
          const listing = reader.anyField(record, read);
          if (listing && !config.strict) selection = selectionFields(read, position);
          shape.add(record, read, selection);
          if (!listing) {
            if (result.notListings++ === 0) notListing = { position, keys: Object.keys(record) };
            continue;
          }
        }
        if (selection && !sink.wants(selection)) {
          watch?.see(read?.url, selection.active);
          continue;
        }
        outcome = normalize(record, position, read, selection);
      } catch (error) {
        if (!isTooDeep(error)) throw error;
        outcome = { ok: false, invalid: { position, reason: TOO_DEEP } };
      }
      if (!outcome.ok) {
        if (result.invalidCount++ < MAX_INVALID_KEPT) result.invalid.push(outcome.invalid);
        continue;
      }
      result.valid++;
      watch?.see(outcome.listing.url, outcome.listing.active);
      if (outcome.roundedId !== void 0 && rounded.count++ === 0)
        rounded.first = { position, id: outcome.roundedId };
      for (const warning of outcome.warnings) {
        if (result.warnings.length < MAX_WARNINGS) result.warnings.push(warning);
        else unlistedWarnings++;
      }
      if (sink.wants(outcome.listing)) sink.add(outcome.listing);
    }
  }
  result.read = position;
  if (unlistedWarnings > 0) result.warnings.push(`${unlistedWarnings} more warnings like these.`);
  const missing = sink.missing?.();
  if (missing && missing.size > 0) {
    const again = pages.sources.map((page) => page.again?.());
    const sources = again.every((page) => page !== void 0) ? again : [await openSource(config, io)];
    await readAgain(source.name, sources, config, sink, missing);
  }
  const feed = shape.summary();
  const replaced = pages.sources.flatMap((page) => replacedWarning(page) ?? []);
  const skipped = notListing && notListingsWarning(result.notListings, notListing, result.read);
  return {
    ...result,
    warnings: [
      ...replaced,
      ...pages.warning ? [pages.warning] : [],
      ...feed.hints,
      ...skipped ? [skipped] : [],
      ...rounded.count > 0 ? [roundedIdsWarning(config.fields.id ?? "id", rounded)] : [],
      ...result.warnings
    ],
    feed
  };
}
var TOO_DEEP = "a value nested thousands of levels deep, which no listing has and which is not read: write its fields as text, numbers, lists or objects a few levels deep";
function notListingsWarning(count, first, read) {
  const keys = first.keys.length ? `its fields: ${first.keys.slice(0, 5).join(", ")}${first.keys.length > 5 ? ", ..." : ""}` : "no fields";
  const which = count === 1 ? `record #${first.position} (${keys})` : `${count.toLocaleString("en-US")} of ${read.toLocaleString("en-US")} records (the first #${first.position}, ${keys})`;
  if (count === read && count > 1)
    return `Skipped all ${count.toLocaleString("en-US")} records (the first #${first.position}, ${keys}): none carries a listing field under the names read (id, company, title, url or posted_at, as mapped), so the feed names its fields otherwise: map them with the "fields" input (a warning above proposes the mapping where the feed has fields that look like them).`;
  const [it, carries, is, counts] = count === 1 ? ["it", "carries", "is", "counts"] : ["they", "carry", "are", "count"];
  return `Skipped ${which}: ${it} ${carries} none of the listing fields (no id, company, title, url or posted_at, as mapped), so ${it} ${is} no listing but something else in the feed, such as the notice an API's answer starts with, and ${counts} as no invalid listing, with strict on too. If such records are listings, map their fields with the "fields" input.`;
}
function roundedIdsWarning(column, { count, first }) {
  const which = count === 1 ? `listing #${first.position}'s id "${first.id}"` : `${count.toLocaleString("en-US")} listings' ids (the first, listing #${first.position}'s, "${first.id}")`;
  return `The "${column}" column holds ${which} in a spreadsheet's scientific notation: the sheet rounded the number to its first digits, so it names no one posting, and it was not read as an id (listings are told apart by url, and by company + title + location). In the sheet, format the "${column}" column as text (or as a number with no decimals) so that it shows each id in full, and export again.`;
}
async function readAgain(name, sources, config, sink, positions) {
  const normalize = createNormalizer({
    fields: config.fields,
    salaryCurrency: config.salaryCurrency,
    maxCellLength: config.maxCellLength
  });
  let position = 0;
  let recovered = 0;
  for (const source of sources) {
    for await (const batch of await readRecords(source, config.listingsFormat)) {
      for (const record of batch) {
        position++;
        if (!positions.has(position)) continue;
        const outcome = normalize(record, position);
        if (!outcome.ok || !sink.recover?.(outcome.listing)) throw errors.sourceChanged(name);
        recovered++;
      }
    }
  }
  if (recovered < positions.size) throw errors.sourceChanged(name);
}
async function* pageBatches(first, config, read) {
  const isUrl = first.url !== void 0;
  const progress = {
    source: first.name,
    seen: /* @__PURE__ */ new Set(),
    pages: 0,
    records: 0,
    maxPages: config.listingsMaxPages
  };
  const failed = (page2, error) => page2 > 1 && isBoardError(error) ? errors.sourcePage(first.name, page2, error) : error;
  let bytes = 0;
  let page = first;
  while (page) {
    const current = page;
    const signs = current.paging ? [current.paging] : [];
    progress.pages++;
    try {
      const batches = await readRecords(
        current,
        config.listingsFormat,
        (found) => signs.push(...found)
      );
      for await (const batch of batches) {
        progress.records += batch.length;
        yield batch;
      }
    } catch (error) {
      throw failed(progress.pages, error);
    }
    read.sources.push(current);
    bytes += current.bytes ?? 0;
    for (const address of [current.name, current.url])
      if (address !== void 0) progress.seen.add(withoutFragment(address));
    const next = isUrl ? signs.find((sign) => sign.address !== void 0) : void 0;
    if (!next || current.url === void 0) {
      const left = progress.pages > 1 ? signs.filter((sign) => !sign.token) : signs;
      const phrase = signsPhrase(left, progress.records, progress.pages);
      if (phrase) read.warning = pagingWarning(first.name, phrase, progress.pages, isUrl);
      return;
    }
    const step = nextPage(next, current.url, progress);
    if ("stop" in step) {
      read.warning = step.stop;
      return;
    }
    page = await openUrl(config, step.url, config.listingsMaxBytes - bytes).catch(
      (error) => {
        throw failed(progress.pages + 1, error);
      }
    );
  }
}
function withoutFragment(address) {
  const url = URL.parse(address);
  if (!url) return address;
  url.hash = "";
  return url.href;
}

export {
  MAX_WARNINGS,
  MAX_INVALID_KEPT,
  loadListings
};
