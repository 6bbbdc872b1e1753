import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  compareValues,
  filterTest,
  keyReader,
  sortComparator
} from "./chunk-KJCNHICZ.js";
import {
  CATEGORY_KEYWORDS,
  categoryMatcher
} from "./chunk-I5BO5RH5.js";
import "./chunk-ADAPO2S3.js";
import {
  fromHtml
} from "./chunk-KT3X6JWP.js";
import {
  createNormalizer,
  isWorkType
} from "./chunk-XG64FQ2T.js";
import {
  CANONICAL_FIELDS,
  parseFields,
  parseSelection,
  readPath,
  salaryFromText
} from "./chunk-J2VHFJZX.js";
import {
  INPUTS
} from "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import {
  DEFAULT_TABLE,
  POSTING_URL,
  foldText,
  isMap,
  isSeq,
  parseDocument
} from "./chunk-5R6ZADQT.js";
import {
  DEFAULT_LABELS,
  DEFAULT_LOCALE,
  UTC,
  calendarDay,
  strftime
} from "./chunk-UKJOBUJ4.js";
import {
  DAY_WITHOUT_YEAR,
  timeOf,
  whenOf
} from "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import {
  salaryShown
} from "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import {
  fromMarkdown,
  toString
} from "./chunk-3C3LAPTG.js";
import {
  normalizeUrl
} from "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

// src/init/date-format.ts
var FORMATS = [
  "%Y-%m-%d",
  "%Y/%m/%d",
  "%m/%d/%Y",
  "%d/%m/%Y",
  "%m/%d/%y",
  "%d/%m/%y",
  "%m-%d-%Y",
  "%d.%m.%Y",
  "%b %d",
  "%B %d",
  "%d %b",
  "%d %B",
  "%b %d, %Y",
  "%B %d, %Y",
  "%d %b %Y",
  "%d %B %Y",
  "%b %Y",
  "%B %Y"
].flatMap(bareVariants);
function bareVariants(pattern) {
  let variants = [pattern];
  for (const code of ["d", "m"])
    if (pattern.includes(`%${code}`))
      variants = variants.flatMap((each) => [each, each.replace(`%${code}`, `%-${code}`)]);
  return variants;
}
var MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
function reader(pattern) {
  const parts = [];
  const source = pattern.replace(
    /%(-?)([a-zA-Z])|([^%]+)/g,
    (_, bare, code, literal2) => {
      if (literal2 !== void 0) return literal2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      parts.push(code);
      if (code === "Y") return "(\\d{4})";
      if (code === "y") return "(\\d{2})";
      if (code === "b" || code === "B") return "([A-Za-z]+)";
      return bare ? "(\\d{1,2})" : "(\\d{2})";
    }
  );
  return { regexp: new RegExp(`^${source}$`), parts };
}
var READERS = new Map(FORMATS.map((pattern) => [pattern, reader(pattern)]));
function readBy(text, pattern) {
  const { regexp, parts } = READERS.get(pattern);
  const found = regexp.exec(text);
  if (!found) return void 0;
  let [year, month, day] = [2e3, 0, 1];
  for (const [index, code] of parts.entries()) {
    const value = found[index + 1];
    if (code === "Y") year = Number(value);
    else if (code === "y") year = 2e3 + Number(value);
    else if (code === "m") month = Number(value) - 1;
    else if (code === "d") day = Number(value);
    else {
      const name = value.toLowerCase();
      month = MONTHS.findIndex((each) => code === "B" ? each === name : each.startsWith(name));
      if (month === -1 || code === "b" && name.length !== 3) return void 0;
    }
  }
  return Date.UTC(year, month, day);
}
function dateFormatOf(cells) {
  if (cells.length === 0) return void 0;
  const fits = (pattern) => cells.every((cell) => {
    const time = readBy(cell, pattern);
    return time !== void 0 && strftime(time, pattern, UTC) === cell;
  });
  const first = FORMATS.find(fits);
  if (first === void 0) return void 0;
  const padded = (pattern) => pattern.replaceAll("%-", "%");
  const alike = (pattern) => !/%-?d/.test(pattern) || !/%-?m/.test(pattern) || pattern.includes("%-d") === pattern.includes("%-m");
  if (alike(first)) return first;
  return FORMATS.find((pattern) => padded(pattern) === padded(first) && alike(pattern) && fits(pattern)) ?? first;
}

// src/init/boards-file.ts
function boardsFileWith(existing, readme, tables, listings, prefix = "jobs", updated, counts, records, fields, labels, asOf) {
  const located = locationMapping(tables, listingRecords(records), fields);
  const mapping = categoryMapping(tables, listingRecords(records), located);
  const document = existing === void 0 ? newDocument(readme, listings, mapping, mapping !== located) : parseDocument(existing);
  const boards = document.get("boards");
  if (!isSeq(boards)) throw new Error('its "boards" is not a list');
  const described = new Set(
    boards.items.flatMap(
      (board) => isMap(board) ? [`${String(board.get("readme"))}#${String(board.get("zone") ?? "")}`] : []
    )
  );
  const ages = tables.flatMap(
    (table) => table.headers.flatMap(
      (header, index) => isAgeColumn(header, shownSamples(table.samples[index])) ? shownSamples(table.cells[index]) : []
    )
  );
  const locations = tables.flatMap(
    (table) => table.headers.flatMap(
      (header, index) => LOCATION.test(header) ? shownSamples(table.cells[index]) : []
    )
  );
  let added = 0;
  const notes = [];
  const written = [];
  const stale = [];
  for (const table of tables) {
    if (described.has(`${readme}#${table.zone ?? ""}`)) {
      const board = boards.items.find(
        (board2) => isMap(board2) && String(board2.get("readme")) === readme && String(board2.get("zone") ?? "") === (table.zone ?? "")
      );
      const extra = isMap(board) ? undescribedColumns(board, table.headers) : [];
      if (extra.length > 0)
        stale.push(
          `${readme}${table.zone === void 0 ? "" : ` (zone ${table.zone})`}: its table has ${extra.length === 1 ? "a column" : "columns"} ${extra.map((header) => `"${header}"`).join(", ")} that its board in the boards file does not describe, so a run drops ${extra.length === 1 ? "it" : "them"}. To describe the table again, delete that board (readme: ${readme}${table.zone === void 0 ? "" : `, zone: ${table.zone}`}) from the boards file, or the file, and run init again; or add ${extra.length === 1 ? "the column" : "the columns"} to the board's table columns by hand.`
        );
      continue;
    }
    const first = added === 0 ? { updated, counts, labels } : {};
    const sibling = isRowless(table) ? tables.find(
      (other) => !isRowless(other) && other.format === table.format && JSON.stringify(other.headers) === JSON.stringify(table.headers)
    ) : void 0;
    const node = boardNode(
      document,
      readme,
      sibling ? { ...sibling, ...placeOf(table) } : table,
      prefix,
      first,
      listingRecords(records),
      { ages, locations, fields: mapping, asOf },
      // The sibling's notes are said for the sibling.
      sibling ? [] : notes
    );
    if (isRowless(table) && !table.empty)
      notes.push(rowlessBoard(node, table, readme, sibling, listingRecords(records), mapping));
    boards.add(node);
    added += 1;
    written.push({
      table,
      node,
      where: table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`
    });
  }
  notes.push(...splitByFlag(document, written, listingRecords(records), mapping));
  notes.push(...splitByField(document, written, listingRecords(records)));
  const chosen = /* @__PURE__ */ new Map();
  for (const { table, node, where } of written) {
    const category = node.get("category");
    const select = node.get("select");
    if (category === void 0 && select === void 0) continue;
    const visible = node.get("visible");
    const key = (category === void 0 ? `select: ${JSON.stringify(select)}` : `category: ${String(category)}${select === void 0 ? "" : ` and a select`}`) + (visible === void 0 ? "" : ` and visible: ${String(visible)}`);
    const rows = JSON.stringify(table.cells);
    const same = chosen.get(key) ?? { rows, where: [] };
    chosen.set(key, same);
    same.where.push(where);
    if (same.rows !== rows && same.where.length === 2)
      notes.push(
        `${same.where[0]} and ${same.where[1]} show other rows, yet init wrote ${key.replace(/^select: .*/, "the same select")} for both: the first run shows the same listings in each. Give each its own rows (select: { field: categories, equals: ... } on a field of your listings), or remove it from one.`
      );
  }
  return {
    text: added === 0 ? void 0 : document.toString({ lineWidth: 0 }),
    added,
    ...added > 0 && notes.length > 0 ? { notes } : {},
    ...stale.length > 0 ? { stale } : {}
  };
}
function repeatAcrossDays(table, listings, mapping) {
  const day = (record) => {
    const time = record === void 0 ? void 0 : timeOf(record[mapping.posted_at ?? "posted_at"]);
    return time === void 0 ? void 0 : Math.floor(time / 864e5);
  };
  let above;
  for (let row = 0; row < listings.length; row++) {
    const cells = table.cells.map((column) => column[row] ?? "");
    if (!cells.some(isRepeatMark)) {
      above = day(listings[row]);
      continue;
    }
    const own = day(listings[row]);
    if (own !== void 0 && above !== void 0 && own !== above) return cells.join(" | ");
  }
  return void 0;
}
var isRowless = (table) => !table.empty && table.cells.every((column) => column.length === 0);
function placeOf(table) {
  const { first, last, heading, zone, title, joined, endsInHtml, unclearEnd } = table;
  const place = {
    first,
    last,
    heading,
    endsInHtml
  };
  if (zone !== void 0) place.zone = zone;
  if (title !== void 0) place.title = title;
  if (joined !== void 0) place.joined = joined;
  if (unclearEnd !== void 0) place.unclearEnd = unclearEnd;
  return place;
}
function rowlessBoard(node, table, readme, sibling, records, fields) {
  node.delete("category");
  node.delete("select");
  const where = table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`;
  const like = sibling ? ` init wrote its cells as ${sibling.zone === void 0 ? readme : `${readme} (openings:${sibling.zone})`} writes them, whose header row it has.` : "";
  const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const heading = new Set(words(table.heading));
  let mapping = {};
  try {
    mapping = parseFields(fields);
  } catch {
  }
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: "USD" });
  const named = new Set(
    records.flatMap((record, index) => {
      const listing = normalize(record, index + 1);
      return listing.ok ? listing.listing.categories ?? [] : [];
    })
  );
  const matches = (a, b) => a === b || Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a));
  const headingWords = [...heading].filter((word) => word.length >= 2);
  const matched = (name) => words(name).filter((word) => word.length >= 2 && headingWords.some((each) => matches(word, each))).length;
  const ranked = [...named].map((name) => ({ name, count: matched(name) })).filter((each) => each.count > 0).sort((a, b) => b.count - a.count);
  const tied = ranked.filter((each) => each.count === ranked[0]?.count).map((each) => each.name);
  const keep = "To keep it empty, give it a select that keeps no listing and allow-empty: true.";
  const choose = "choose its rows in the boards file (select: { field: categories, equals: ... }, or category)";
  if (tied.length === 1) {
    const [category] = tied;
    node.set("category", category);
    return `${where} holds no rows yet:${like} Its heading names the category ${category} of the listings: init wrote category: ${category}, so that the first run shows that category's roles in it. ${keep}`;
  }
  if (tied.length > 1)
    return `${where} holds no rows yet, and its heading "${table.heading}" names as many words of the categories ${tied.map((name) => `"${name}"`).join(", ")} of the listings, so init wrote none of them:${like} The first run fills it with every listing the board selects, the other tables' roles too: ${choose}. ${keep}`;
  const shared = (a, b) => {
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    return at;
  };
  const near = (name) => Math.max(0, ...words(name).flatMap((word) => headingWords.map((each) => shared(word, each))));
  const closest = [...named].filter((name) => near(name) >= 2).sort((a, b) => near(b) - near(a)).slice(0, 3);
  const others = closest.length > 0 ? ` (the closest: ${closest.map((name) => `"${name}"`).join(", ")})` : named.size > 0 ? ` (they name ${[...named].slice(0, 5).map((name) => `"${name}"`).join(", ")}${named.size > 5 ? ", ..." : ""})` : "";
  return `${where} holds no rows yet, and its heading "${table.heading}" names no category of the listings${others}:${like} The first run fills it with every listing the board selects, the other tables' roles too: ${choose}. ${keep}`;
}
function undescribedColumns(board, headers) {
  const columns = board.getIn(["table", "columns"]);
  if (!isSeq(columns) || headers.length <= columns.items.length) return [];
  const shown = (header) => toString(fromMarkdown(header.replace(/\\\|/g, "|"))).replace(/\s+/g, " ").trim().toLowerCase();
  const described = columns.items.map(
    (column) => isMap(column) ? shown(String(column.get("header") ?? "")) : ""
  );
  return headers.filter((header) => {
    const at = described.indexOf(shown(header));
    if (at >= 0) described.splice(at, 1);
    return at < 0;
  });
}
function locationMapping(tables, records, fields) {
  if (records.length === 0) return fields;
  let mapping;
  try {
    mapping = parseFields(fields);
  } catch {
    return fields;
  }
  const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((each) => each !== "").join(" ");
  const shows = (cell, value) => {
    const items = (Array.isArray(value) ? value : [value]).filter(
      (each) => typeof each === "string" && words(each) !== ""
    );
    if (items.length === 0 || !Array.isArray(value) && typeof value !== "string") return false;
    const text = words(plainText(cell.replace(SEPARATOR, " ; ")));
    return Array.isArray(value) ? items.every((each) => ` ${text} `.includes(` ${words(each)} `)) : text === words(items[0]);
  };
  const tally = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const index = table.headers.findIndex((header) => LOCATION.test(header));
    if (index < 0) continue;
    const postings = rowPostings(table, trackingQuery(postingLinks(table, records)), records);
    const listings = rowListings(table, postings, records);
    listings.forEach((record, row) => {
      const cell = table.cells[index]?.[row];
      if (!record || cell === void 0) return;
      for (const [field, value] of Object.entries(record))
        if (shows(cell, value)) tally.set(field, (tally.get(field) ?? 0) + 1);
    });
  }
  const current = mapping.location ?? "location";
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  const [best] = ranked;
  if (!best || best[0] === current || best[1] <= (tally.get(current) ?? 0)) return fields;
  if (!records.some((record) => current in record)) return fields;
  const pairs2 = Object.entries({ ...mapping, location: best[0] });
  return pairs2.every(([, source]) => /^[^,=\n]+$/.test(source) && source === source.trim()) ? pairs2.map(([name, source]) => `${name}=${source}`).join(",") : `{${pairs2.map(([name, source]) => `"${name}": ${JSON.stringify(source)}`).join(", ")}}`;
}
var KIND_FIELDS = ["type", "kind"];
function categoryMapping(tables, records, fields) {
  let mapping;
  try {
    mapping = parseFields(fields);
  } catch {
    return fields;
  }
  if (records.length === 0 || mapping.categories !== void 0) return fields;
  if (records.some((record) => "categories" in record)) return fields;
  const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
  const alike = (a, b) => a === b || Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a));
  const filled = tables.filter((table) => !isRowless(table));
  if (filled.length < 2) return fields;
  const field = KIND_FIELDS.find((name) => {
    const values = records.map((record) => record[name]);
    if (!values.every((value) => typeof value === "string" && words(value).length > 0)) return false;
    const kinds = new Set(values.map((value) => foldText(value)));
    if (kinds.size > MARK_KINDS || kinds.size >= records.length) return false;
    const shown = filled.map((table) => {
      const listings = rowListings(
        table,
        rowPostings(table, trackingQuery(postingLinks(table, records)), records),
        records
      );
      const of = new Set(listings.map((each) => each ? foldText(String(each[name])) : void 0));
      const [value] = of;
      return of.size === 1 && value !== void 0 && words(value).some((word) => words(table.heading).some((each) => alike(word, each))) ? value : void 0;
    });
    return shown.every((value) => value !== void 0) && new Set(shown).size === shown.length;
  });
  if (field === void 0) return fields;
  const pairs2 = Object.entries({ ...mapping, categories: field });
  return pairs2.every(([, source]) => /^[^,=\n]+$/.test(source) && source === source.trim()) ? pairs2.map(([name, source]) => `${name}=${source}`).join(",") : `{${pairs2.map(([name, source]) => `"${name}": ${JSON.stringify(source)}`).join(", ")}}`;
}
function newDocument(readme, listings, fields, fromTables = false) {
  const document = parseDocument(
    `${listings ? `listings: ${JSON.stringify(listings)}
` : ""}boards: []
`
  );
  if (listings && fields) {
    const node = document.createPair("fields", fields);
    node.key.commentBefore = fromTables ? " The listings name their fields otherwise: this reads them. Its categories are the field\n whose one value each table's rows show, another in each table." : " The listings name their fields otherwise: this reads them.";
    document.contents.items.splice(1, 0, node);
  }
  document.commentBefore = [
    ` Written by "jobs-readme init" from ${readme}: each table as the README writes it.`,
    " The cell templates are guesses from the headers: check each against your listings",
    " (the fields of a record, see README: Columns) before the first run.",
    ...listings ? [] : [" Name your listings file: listings: path/to/listings.json"]
  ].join("\n");
  const boards = document.get("boards");
  if (isSeq(boards)) boards.flow = false;
  return document;
}
function boardNode(document, readme, table, prefix, { updated, counts, labels }, records, {
  ages,
  locations,
  fields,
  asOf
}, notes = []) {
  if (table.empty)
    return emptyZoneBoard(document, readme, table, prefix, { updated, counts, labels });
  const tracking = trackingQuery(postingLinks(table, records));
  const utm = utmSettings(tracking);
  const standard = isDefaultTable(table) && (tracking === "" || utm !== void 0);
  const board = boardHead(readme, table, prefix, { updated, counts, labels });
  if (utm && standard) Object.assign(board, utm);
  else board.utm = false;
  const kept = guardedRows(table, keptRows(table, asOf), records, parseFields(fields), tracking);
  for (const { key, value } of kept) board[key] = value;
  const postings = rowPostings(table, tracking, records);
  const listings = rowListings(table, postings, records);
  const category = guessedCategory(listings, records, parseFields(fields));
  const beside = (others) => others === 1 ? "1 listing beside it is" : `${others.toLocaleString("en-US")} listings beside it are`;
  if (category && "name" in category && board.category === void 0) {
    board.category = category.name;
    const where = table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`;
    notes.push(
      `Every row of ${where} is a listing of the ${category.name} category, and ${beside(category.others)} of others: init wrote category: ${category.name}, so that the first run shows no other category's roles. Remove it to show every listing.`
    );
  } else if (category && "names" in category && board.category === void 0 && !board.select) {
    board.select = { field: "categories", "one-of": category.names };
    const where = table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`;
    const names = category.names.map((name) => `"${name}"`).join(", ");
    notes.push(
      `Every row of ${where} is a listing of one of the categories ${names}, and ${beside(category.others)} of others: init wrote select: { field: categories, one-of: [...] } with them, so that the first run shows no other category's roles. Remove it to show every listing.`
    );
  }
  let reorder;
  if (!standard) {
    Object.assign(board, rowShape(table));
    const posting = postingColumn(table, records);
    const fill = companyUrlFill(table, listings, records);
    if (fill) board["company-url"] = fill;
    const { sort, reordered } = guessedSort(
      listings,
      records,
      companyField(table, listings),
      parseFields(fields)
    );
    if (sort) board.sort = sort;
    const where = table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`;
    if (reordered) {
      const grouped = board["repeat-company"] !== void 0;
      const why = grouped ? `(${String(board["repeat-company"])} rows under a company's first) stand in an order` : "stand in an order";
      const across = grouped ? repeatAcrossDays(table, listings, parseFields(fields)) : void 0;
      const lost = across ? ` A ${String(board["repeat-company"])} row of it is of another day than its company's row above ("${across}"): a run writes ${String(board["repeat-company"])} only for rows of one company posted the same day (repeat-company-when: same-day, same-age or same-date-text, none across days), so with any sort such a row shows its company's name.` : "";
      reorder = `The rows of ${where} ${why} that no sort init can write gives: the first run orders them by "sort" (newest first by default) and moves them. Set "sort" to the order you want (company first keeps a company's rows together: sort: [{ field: company }, { field: posted_at, order: desc }]).${lost}`;
      notes.push(reorder);
    }
    const timezone = guessedTimezone(table, listings, records);
    if (timezone) board.timezone = timezone;
    const names = rowNames(table);
    const unkept = [];
    const closed = (table.cells[0] ?? []).map(
      (_, row) => table.cells.some((cells) => cells[row]?.includes("\u{1F512}") === true)
    );
    const linked = postings.filter((posting2, row) => closed[row] && posting2 !== void 0).length;
    if (linked > 0) {
      const where2 = table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`;
      notes.push(
        `${linked} closed (\u{1F512}) row${linked === 1 ? "" : "s"} of ${where2} link${linked === 1 ? "s its posting" : " their postings"}: with closed: mark the run writes a closed listing's posting cell unlinked (its text kept, \u{1F512} in place of the link), so the first run drops ${linked === 1 ? "that link" : "those links"}.`
      );
    }
    const columns = table.headers.map((header, index) => ({
      header: liquidText(header),
      ...table.delimiters[index] ? { delimiter: table.delimiters[index] } : {},
      ...table.align?.[index] ? { align: table.align[index] } : {},
      ...table.headerAttributes?.[index] ? { "header-attributes": table.headerAttributes[index] } : {},
      ...table.cellAttributes?.[index] ? { "cell-attributes": table.cellAttributes[index] } : {},
      cell: cellGuess(header, table.headers, tracking, shownSamples(table.samples[index]), {
        posting: posting === index ? "here" : posting >= 0 ? "elsewhere" : "none",
        cells: shownSamples(table.cells[index]),
        rows: table.cells[index] ?? [],
        postings,
        listings,
        companyLinks: trackingQuery(table.columnLinks[index] ?? []),
        names,
        records,
        unkept,
        closed,
        ages,
        locations,
        canonical: canonicalOf(fields),
        notes,
        where
      })
    }));
    for (const { mark, name } of unkept) {
      const row = [name.company, name.title, name.location].filter(Boolean).join(" | ");
      notes.push(
        `The ${mark} mark of the row "${row}" in ${where} cannot be kept: it links no posting, and another row of the same company, role and location writes none, so no template tells them apart. The first run writes the row without it; give the listing a field the mark follows (e.g. sponsorship) and a template that writes it ({{ sponsorship | mark: "...", " ${mark}" }}).`
      );
    }
    const first = columns.findIndex((column) => POSTING_URL.test(column.cell));
    if (posting >= 0 && first >= 0 && first < posting)
      Object.assign(columns[posting], { posting: true });
    board.table = {
      format: table.format,
      // The attributes its HTML elements write (`style`), so that a run writes them again.
      ...table.attributes ? { attributes: table.attributes } : {},
      ...table.headerRowAttributes ? { "header-row-attributes": table.headerRowAttributes } : {},
      ...table.rowAttributes ? { "row-attributes": table.rowAttributes } : {},
      columns
    };
  }
  const folded = table.folded && foldedSettings(table.folded, table, readme);
  if (folded?.settings) {
    const { labels: foldLabels, ...settings } = folded.settings;
    Object.assign(board, settings);
    if (foldLabels) board.labels = { ...board.labels, ...foldLabels };
  }
  if (folded?.note) notes.push(folded.note);
  const node = document.createNode(board);
  if (reorder) {
    const pair = node.items.find((each) => each.key.value === "utm");
    if (pair) pair.key.commentBefore = ` ${reorder}`;
  }
  const columnNodes = node.get("table")?.get("columns");
  for (const [index, header] of table.headers.entries()) {
    const column = isSeq(columnNodes) ? columnNodes.items[index] : void 0;
    const cell = column?.get("cell");
    const unlike = cell === SALARY_CELL ? salaryUnlike(shownSamples(table.cells[index])) : void 0;
    if (!column || !unlike) continue;
    const where = table.zone === void 0 ? readme : `${readme} (openings:${table.zone})`;
    const writes = unlike.written ? `writes "${unlike.written}"` : "reads as no salary";
    column.commentBefore = ` Its cells write "${unlike.cell}", which ${SALARY_CELL} ${writes}: the first run rewrites them. Write a template of salary.min, salary.max and salary.period that writes them (see README: Columns, speedyapply's salary), or keep this one.`;
    notes.push(
      `The ${header} column of ${where} writes "${unlike.cell}", which ${SALARY_CELL} ${writes}: the first run rewrites those cells unless you give the column a template that writes them (see its comment in the boards file).`
    );
  }
  for (const { key, why } of kept) {
    const pair = node.items.find((each) => each.key.value === key);
    if (pair) pair.key.commentBefore = ` ${why}`;
  }
  node.commentBefore = [
    table.zone !== void 0 && board.category === void 0 && board.select === void 0 ? ` The "${table.heading}" table: choose its rows, e.g. select: { field: category, equals: ... }` : "",
    standard ? " The default table (Company, Position, Location, Type, Date), as the README has it." : "",
    tracking ? utm && standard ? ` Its posting links carry ?${tracking}: the run adds the same.` : ` Its posting links carry ?${tracking}, kept by the templates below.` : " Its links carry no tracking parameters: utm is off, so that the run adds none."
  ].filter(Boolean).join("\n");
  return node;
}
function foldedSettings(folded, table, readme) {
  const zone = table.zone === void 0 ? "openings" : `openings:${table.zone}`;
  const where = `${readme}, lines ${folded.first}-${folded.last}`;
  if (!folded.closed)
    return {
      note: table.last < folded.first ? `The table folded under "${folded.summary}" (${where}) does not name closed roles, the rows a run folds there (closed: details): init left it out of the ${zone} zone, as it is. If it holds closed roles, move the end marker after its </details> and set closed: details.` : `The table folded under "${folded.summary}" (${where}) in the ${zone} zone does not name closed roles, the rows a run folds there (closed: details): the first run writes the zone without it. Move it out of the zone to keep it, or set closed: details if it holds closed roles.`
    };
  const count = String(folded.rows);
  const label = folded.summary.includes(count) ? folded.summary.replace(new RegExp(`(?<!\\d)${count}(?!\\d)`), "{count}") : folded.summary;
  const written = `<details><summary>${folded.summary}</summary>`;
  return {
    settings: {
      closed: "details",
      ...label === DEFAULT_LABELS.inactiveRoles ? {} : { labels: { "inactive-roles": label } }
    },
    .../[<>&]/.test(folded.summary) || folded.opening !== written ? {
      note: `The closed roles' fold (${where}) opens with ${JSON.stringify(folded.opening)}: the first run rewrites its opening as ${JSON.stringify(`<details><summary>${label}</summary>`)} (the labels: inactive-roles setting, {count} the closed roles), on one line, with no attributes or markup. Edit that label to change the summary's text; the rest of the opening is not kept.`
    } : {}
  };
}
function boardHead(readme, table, prefix, { updated, counts, labels }) {
  const board = { readme };
  if (table.zone !== void 0) board.zone = table.zone;
  if (table.title !== void 0) board["zone-title"] = table.title;
  if (prefix !== "jobs") board["marker-prefix"] = prefix;
  if (updated !== void 0) board.updated = updated;
  if (counts !== void 0) board.counts = counts;
  if (labels !== void 0 && Object.keys(labels).length > 0) board.labels = { ...labels };
  return board;
}
function emptyZoneBoard(document, readme, table, prefix, first) {
  const node = document.createNode(boardHead(readme, table, prefix, first));
  const zone = table.zone === void 0 ? "openings" : `openings:${table.zone}`;
  node.commentBefore = [
    ` The ${zone} zone holds no table yet: the run writes the default table there`,
    ' (Company, Position, Location, Type, Date); give it a "table:" to write another (another',
    ` board's, say)${table.zone === void 0 ? "" : ", and choose its rows, e.g. select: { field: category, equals: ... }"}.`
  ].join("\n");
  return node;
}
function keptRows(table, asOf) {
  const kept = [];
  const maxAge = defaultOf("max-age-days");
  const spans = table.headers.flatMap((header, index) => {
    const cells = shownSamples(table.cells[index]).map(cellText);
    const ages = isAgeColumn(header, shownSamples(table.samples[index]));
    if (ages && cells.every((cell) => ageDays(cell) !== void 0)) {
      const days = cells.map(ageDays).filter((each) => each !== void 0);
      const most = Math.max(0, ...days);
      return [{ days: most, shown: `ages up to ${cells[days.indexOf(most)] ?? `${most}d`}` }];
    }
    if (!ages && !isDateHeaded(header, table.cells[index] ?? [])) return [];
    const span2 = dateSpan(cells);
    const age = asOf === void 0 ? void 0 : oldestAge(cells, asOf);
    return [span2, age].filter((each) => each !== void 0);
  });
  const span = spans.find((each) => each.days >= maxAge);
  if (span)
    kept.push({
      key: "max-age-days",
      value: 0,
      why: `The table shows ${span.shown}, which the default max-age-days (${maxAge}) would drop on the first run, a day or more later: 0 keeps every age.`
    });
  const rows = table.cells[0]?.length ?? 0;
  const maxRows = defaultOf("max-rows");
  if (rows > maxRows)
    kept.push({
      key: "max-rows",
      value: 0,
      why: `The table shows ${rows} rows, more than the default max-rows (${maxRows}): 0 shows every opening.`
    });
  return kept;
}
function guardedRows(table, kept, records, fields, tracking) {
  const shown = rowListings(table, rowPostings(table, tracking, records), records);
  const posted = fields.posted_at ?? "posted_at";
  const time = (record) => timeOf(record[posted]);
  const candidates = rowCandidates(table, shown, records, time);
  const possible = new Set(candidates.flat());
  return [
    ...kept.map(
      (each) => each.key === "max-age-days" && each.value === 0 ? boundedAge(possible, records, time) ?? each : each
    ),
    ...keptDuplicates(table, tracking, records),
    ...visibleFlag(shown, candidates, records, time, fields.active ?? "active")
  ];
}
function rowCandidates(table, shown, records, time) {
  const column = (pattern) => table.headers.findIndex((header) => pattern.test(header));
  const [companies, roles] = [column(COMPANY), column(ROLE)];
  const dates = table.headers.findIndex(
    (header, index) => isDateHeaded(header, table.cells[index] ?? []) && !isAgeColumn(header, shownSamples(table.samples[index]))
  );
  const holds = (record, text) => text !== "" && Object.values(record).some((value) => typeof value === "string" && value.trim() === text);
  const dayOf = (record) => {
    const at = time(record);
    if (at === void 0) return void 0;
    const date = new Date(at);
    return Date.UTC(2e3, date.getUTCMonth(), date.getUTCDate());
  };
  let company = "";
  return shown.map((listing, row) => {
    const cell = (index) => table.cells[index]?.[row] ?? "";
    const written = plainText(marksOf(cell(companies)).value);
    if (!isRepeatMark(written)) company = written;
    if (listing !== void 0) return [listing];
    const role = roles < 0 ? [] : [plainText(cell(roles)), plainText(marksOf(cell(roles)).value)];
    const ofCompany = companies < 0 ? records : records.filter((record) => holds(record, company));
    const ofRole = ofCompany.filter((record) => role.some((text) => holds(record, text)));
    const candidates = ofRole.length > 0 ? ofRole : ofCompany;
    const day = dates < 0 ? void 0 : inYearOf(cellText(cell(dates)), 2e3);
    const onDay = candidates.filter((record) => {
      const shownDay = dayOf(record);
      return day !== void 0 && shownDay !== void 0 && Math.abs(shownDay - day) <= DAY_MS;
    });
    return onDay.length > 0 ? onDay : candidates;
  });
}
var FIRST_RUN_DAYS = 7;
function oldestAge(cells, asOf) {
  const days = cells.flatMap((cell) => {
    const time = DAY_WITHOUT_YEAR.test(cell) ? void 0 : timeOf(cell);
    return time === void 0 ? [] : [{ cell, time }];
  });
  const stretch = dayOfYearSpan(
    cells.flatMap((cell) => {
      const time = inYearOf(cell, 2e3);
      return time === void 0 ? [] : [{ cell, time }];
    })
  );
  const newest = stretch && dayAtOrBefore(stretch.newest, new Date(asOf).getUTCFullYear(), asOf);
  if (stretch && newest !== void 0)
    days.push({ cell: stretch.oldest, time: newest - stretch.days * DAY_MS });
  if (days.length === 0) return void 0;
  const [oldest] = days.sort((a, b) => a.time - b.time);
  const age = Math.floor((asOf - oldest.time) / DAY_MS) + 1;
  return {
    days: age,
    shown: `a row posted on "${oldest.cell}", ${age} days old on the first run, a day after ${new Date(asOf).toISOString().slice(0, 10)} (its Last updated time, or now)`
  };
}
function boundedAge(possible, records, time) {
  const times = (list) => [...list].map(time).filter((each) => each !== void 0);
  const shownTimes = times(possible);
  if (shownTimes.length === 0 || shownTimes.length < possible.size) return void 0;
  const oldest = Math.min(...shownTimes);
  const older = times(records.filter((record) => !possible.has(record))).filter((at) => at < oldest);
  if (older.length === 0) return void 0;
  const next = Math.max(...older);
  const newest = Math.max(...times(records));
  const least = Math.ceil((newest - oldest) / DAY_MS);
  const below = Math.ceil((newest - next) / DAY_MS) - 1;
  if (below < Math.max(least, 1) + FIRST_RUN_DAYS) return void 0;
  const value = Math.min(least + defaultOf("max-age-days"), below);
  const day = (at) => new Date(at).toISOString().slice(0, 10);
  return {
    key: "max-age-days",
    value,
    why: `The table shows rows up to ${least} days older than the newest listing (${day(oldest)}, the newest on ${day(newest)}), which the default max-age-days (${defaultOf("max-age-days")}) would drop, while the listings hold ${older.length} older it never shows (the newest of them on ${day(next)}), which 0 would bring back: ${value} keeps the rows shown${value > least ? ` ${value - least} days more` : ""} and leaves those out. Raise it to keep rows longer.`
  };
}
function keptDuplicates(table, tracking, records) {
  const column = (pattern) => table.headers.findIndex((header) => pattern.test(header));
  const [companies, roles, places] = [column(COMPANY), column(ROLE), column(LOCATION)];
  const postings = rowPostings(table, tracking, records);
  const seen = /* @__PURE__ */ new Map();
  let company = "";
  for (let row = 0; row < postings.length; row++) {
    const shown = (index) => index < 0 ? "" : plainText(marksOf(table.cells[index]?.[row] ?? "").value);
    const written = shown(companies);
    if (!isRepeatMark(written)) company = written;
    const posting = postings[row];
    const keys = [
      ...posting ? [[`url\0${normalizeUrl(posting)}`, "the same link"]] : [],
      ...companies >= 0 && roles >= 0 && company !== "" ? [
        [
          [company, shown(roles), shown(places)].map(foldText).join("\0"),
          `the same company, title and location ("${company}", "${shown(roles)}", "${shown(places)}")`
        ]
      ] : []
    ];
    for (const [key, what] of keys) {
      const first = seen.get(key);
      if (first !== void 0)
        return [
          {
            key: "dedupe",
            value: false,
            why: `Rows ${first + 1} and ${row + 1} of the table show ${what}, which the default dedupe merges into one row (the newest, even a closed one): false shows each listing as its own row, as the table does.`
          }
        ];
      seen.set(key, row);
    }
  }
  return [];
}
function visibleFlag(shown, candidates, records, time, active) {
  if (shown.every((each) => each === void 0)) return [];
  const flag = flagOf;
  const possible = new Set(candidates.flat());
  const times = [...possible].map(time).filter((each) => each !== void 0);
  const oldest = times.length === possible.size ? Math.min(...times) : -Infinity;
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))].filter(
    (field) => field !== active && !isCanonical(field)
  );
  for (const field of fields) {
    const values = records.filter((record) => record[field] !== void 0);
    if (!values.every((record) => flag(record[field]) !== void 0)) continue;
    const isTrue = (record) => flag(record[field]) === true;
    if (!shown.every((record) => record === void 0 || isTrue(record))) continue;
    if (!candidates.every((list) => list.length === 0 || list.some(isTrue))) continue;
    const left = values.filter((record) => !isTrue(record) && !possible.has(record));
    if (!left.some((record) => (time(record) ?? Infinity) >= oldest)) continue;
    return [
      {
        key: "visible",
        value: field,
        why: `${left.length} of the listings have ${field}: false and the table shows none of them, while every row it shows has a listing of ${field}: true: the board shows only listings whose ${field} is true.`
      }
    ];
  }
  return [];
}
var flagOf = (value) => typeof value === "boolean" ? value : typeof value === "string" && /^(?:true|false)$/i.test(value.trim()) ? value.trim().toLowerCase() === "true" : void 0;
function splitByFlag(document, written, records, fields) {
  const notes = [];
  let mapping = {};
  try {
    mapping = parseFields(fields);
  } catch {
  }
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: "USD" });
  const listings = records.flatMap((record, index) => {
    const read = normalize(record, index + 1);
    return read.ok ? [read.listing] : [];
  });
  for (const flagged of written) {
    const field = flagged.node.get("visible");
    if (typeof field !== "string") continue;
    const shown = listings.filter(boardTest(flagged.node, flagged.where));
    if (shown.length === 0) continue;
    for (const other of written) {
      const { table, node, where } = other;
      if (other === flagged || isRowless(table) || table.empty) continue;
      if (node.has("visible")) continue;
      const tracking = trackingQuery(postingLinks(table, records));
      const rows = rowListings(table, rowPostings(table, tracking, records), records);
      if (rows.length === 0) continue;
      if (!rows.every((listing) => listing !== void 0 && flagOf(listing[field]) === false))
        continue;
      if (!shown.some(boardTest(node, where))) continue;
      const own = node.get("select");
      const flag = { field, equals: false };
      const value = own === void 0 ? flag : { all: [own.toJSON(), flag] };
      const what = own === void 0 ? `select: { field: ${field}, equals: false }` : `select: { all: [its select, { field: ${field}, equals: false }] }`;
      const why = `Every row of ${where} is a listing whose ${field} is false, and ${flagged.where} shows those whose ${field} is true (visible: ${field}): init wrote ${what}, so that the first run shows none of the other's rows in it.`;
      const pair = document.createPair("select", value);
      pair.key.commentBefore = ` ${why}`;
      if (own === void 0) pair.value.flow = true;
      else
        for (const each of pair.value.get("all").items)
          each.flow = true;
      if (own !== void 0) node.delete("select");
      beforeTable(node, pair);
      for (const each of [node, flagged.node]) rowsChosen(each);
      notes.push(why);
    }
  }
  return notes;
}
function beforeTable(node, pair) {
  const at = node.items.findIndex((each) => each.key.value === "table");
  node.items.splice(at < 0 ? node.items.length : at, 0, pair);
}
function rowsChosen(node) {
  node.commentBefore = (node.commentBefore ?? "").split("\n").filter((line) => !line.includes("choose its rows, e.g. select:")).join("\n");
}
function splitByField(document, written, records) {
  const open = written.filter(
    ({ table, node }) => !isRowless(table) && !table.empty && !node.has("category") && !node.has("select") && !node.has("visible")
  );
  if (open.length < 2) return [];
  const rowsOf = open.map(({ table }) => {
    const tracking = trackingQuery(postingLinks(table, records));
    return rowListings(table, rowPostings(table, tracking, records), records);
  });
  if (rowsOf.some((rows) => rows.length === 0 || rows.includes(void 0))) return [];
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))].filter(
    (field) => !isCanonical(field)
  );
  for (const field of fields) {
    const texts = rowsOf.map((rows) => {
      const own = new Set(rows.map((listing) => listing[field]));
      const [text] = own;
      return own.size === 1 && typeof text === "string" && text.trim() !== "" ? text : void 0;
    });
    if (texts.includes(void 0) || new Set(texts).size !== texts.length) continue;
    const kinds = new Set(records.map((record) => record[field]).filter((each) => each !== void 0));
    if (kinds.size > 2 * open.length) continue;
    const notes = [];
    open.forEach(({ node, where }, index) => {
      const text = texts[index];
      const why = `Every row of ${where} is a listing whose ${field} is "${text}", and each other table's of another: init wrote select: { field: ${field}, equals: "${text}" }, so that the first run shows in it only listings of that ${field}.`;
      const pair = document.createPair("select", { field, equals: text });
      pair.key.commentBefore = ` ${why}`;
      pair.value.flow = true;
      beforeTable(node, pair);
      rowsChosen(node);
      notes.push(why);
    });
    return notes;
  }
  return [];
}
function boardTest(node, where) {
  const board = node.toJSON();
  const category = typeof board.category === "string" ? board.category : void 0;
  const keywords = typeof board.keywords === "string" ? board.keywords.split(",").map((each) => each.trim()).filter(Boolean) : void 0;
  const inCategory = category ? categoryMatcher(category, keywords) : () => true;
  const { selection } = parseSelection(
    {
      ...board.select === void 0 ? {} : { select: board.select },
      ...board.visible === void 0 ? {} : { visible: board.visible }
    },
    "the boards file",
    where
  );
  const filters = [
    ...selection.visible ? [filterTest({ field: selection.visible, equals: true })] : [],
    ...selection.filter ? [filterTest(selection.filter)] : []
  ];
  return (listing) => inCategory(listing) && filters.every((test) => test(listing));
}
function defaultOf(name) {
  return Number(INPUTS.find((input) => input.name === name)?.default);
}
var cellText = (cell) => cell.replace(/<[^>]*>/g, "").replace(/[*_~]/g, "").trim();
function ageDays(age) {
  const found = /^(\d+)\s?([a-z]+)/i.exec(age);
  if (!found || !AGE.test(age)) return /^(?:today|just now)$/i.test(age) ? 0 : void 0;
  const unit = found[2].toLowerCase();
  const days = unit.startsWith("mo") ? 30 : unit.startsWith("w") ? 7 : unit.startsWith("y") ? 365 : unit.startsWith("d") ? 1 : 0;
  return Number(found[1]) * days;
}
function dateSpan(cells) {
  const dated = [];
  const inYear = [];
  const ages = [];
  for (const cell of cells) {
    const month = /^([a-z]+\.?) (\d{4})$/i.exec(cell);
    const time = timeOf(cell) ?? (month ? timeOf(`${month[1]} 1, ${month[2]}`) : void 0);
    const day = inYearOf(cell, 2e3);
    const age = ageDays(cell);
    if (time !== void 0) dated.push({ cell, time });
    else if (day !== void 0) inYear.push({ cell, time: day });
    else if (age !== void 0) ages.push({ cell, days: age });
  }
  if ((dated.length + inYear.length + ages.length) * 2 <= cells.length) return void 0;
  const [oldestAge2] = [...ages].sort((a, b) => b.days - a.days);
  const withYear = yearSpan(dated);
  const withoutYear = dayOfYearSpan(inYear);
  const year = Math.max(...dated.map((each) => new Date(each.time).getUTCFullYear())) + 1;
  const [latest] = (withYear ? inYear : []).map((each) => ({ cell: each.cell, time: inYearOf(each.cell, year) })).filter((each) => each.time !== void 0).sort((a, b) => b.time - a.time);
  const across = withYear && latest ? {
    days: Math.round((latest.time - Math.min(...dated.map((each) => each.time))) / DAY_MS),
    oldest: withYear.oldest,
    newest: latest.cell
  } : void 0;
  const spans = [withYear, withoutYear, across].filter((each) => each !== void 0);
  const [widest] = spans.sort((a, b) => b.days - a.days);
  if (oldestAge2 && (!widest || oldestAge2.days > widest.days))
    return { days: oldestAge2.days, shown: `ages up to ${oldestAge2.cell}` };
  return widest && {
    days: widest.days,
    shown: `rows posted at least ${widest.days} days apart ("${widest.oldest}" and "${widest.newest}")`
  };
}
function dayAtOrBefore(cell, year, asOf) {
  const time = inYearOf(cell, year);
  return time !== void 0 && time > asOf + DAY_MS ? inYearOf(cell, year - 1) : time;
}
function inYearOf(cell, year) {
  if (!DAY_WITHOUT_YEAR.test(cell)) return void 0;
  return timeOf(/^\d/.test(cell) ? `${cell} ${year}` : `${cell}, ${year}`);
}
var DAY_MS = 864e5;
function yearSpan(dated) {
  if (dated.length === 0) return void 0;
  const sorted = [...dated].sort((a, b) => a.time - b.time);
  const [oldest, newest] = [sorted[0], sorted.at(-1)];
  const days = Math.round((newest.time - oldest.time) / DAY_MS);
  return { days, oldest: oldest.cell, newest: newest.cell };
}
function dayOfYearSpan(dated) {
  if (dated.length === 0) return void 0;
  const sorted = [...dated].sort((a, b) => a.time - b.time);
  const year = 366;
  const day = (index) => Math.round((sorted[index].time - sorted[0].time) / DAY_MS);
  let gap = year - day(sorted.length - 1);
  let newest = sorted.length - 1;
  for (let index = 1; index < sorted.length; index++)
    if (day(index) - day(index - 1) > gap) {
      gap = day(index) - day(index - 1);
      newest = index - 1;
    }
  const oldest = (newest + 1) % sorted.length;
  return { days: year - gap, oldest: sorted[oldest].cell, newest: sorted[newest].cell };
}
function isDefaultTable(table) {
  const { company, position, location, type, date } = DEFAULT_LABELS;
  return table.format === "pipe" && table.headers.join("\0") === [company, position, location, type, date].join("\0") && table.delimiters.join("\0") === DEFAULT_TABLE.columns.map((column) => column.delimiter).join("\0");
}
function utmSettings(tracking) {
  const values = new URLSearchParams(tracking);
  const keys = ["utm_source", "utm_medium", "utm_campaign"];
  if (!keys.every((key) => values.get(key))) return void 0;
  const ours = new URLSearchParams(keys.map((key) => [key, values.get(key)]));
  if (ours.toString() !== tracking) return void 0;
  return Object.fromEntries(keys.map((key) => [key.replace("_", "-"), values.get(key)]));
}
function liquidText(text) {
  return /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text;
}
function postingLinks(table, records) {
  return table.columnLinks[postingColumn(table, records)] ?? [];
}
function postingColumn(table, records) {
  const column = [APPLY, ROLE].map((pattern) => table.headers.findIndex((header) => pattern.test(header))).find((index) => index >= 0 && (table.columnLinks[index]?.length ?? 0) > 0);
  if (column !== void 0) return column;
  const held = new Set(
    records.flatMap(
      (record) => Object.entries(record).flatMap(
        ([key, value]) => APPLY.test(key) && typeof value === "string" && /^https?:\/\//i.test(value) ? [normalizeUrl(value)] : []
      )
    )
  );
  const counts = table.columnLinks.map((links) => {
    const tracking = trackingQuery(links);
    return links.filter((link) => held.has(normalizeUrl(withoutQuery(link, tracking)))).length;
  });
  const most = Math.max(0, ...counts);
  return most > 0 ? counts.indexOf(most) : table.columnLinks.findIndex((links) => links.length > 0);
}
function trackingQuery(links) {
  const postings = links.filter((link) => /^https?:/i.test(link));
  if (postings.length === 0) return "";
  const counts = /* @__PURE__ */ new Map();
  for (const link of postings) {
    let url;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    for (const pair of new Set(url.search.replace(/^\?/, "").split("&")))
      if (/^(utm_[a-z]+|ref|source)=/i.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count * 10 >= postings.length * 9).map(([pair]) => pair).join("&");
}
function cellGuess(header, headers, tracking, samples, column) {
  const query = liquidArguments([tracking]);
  const url = tracking && query ? `url | with_query: ${query}` : "url";
  const apply = `{% assign apply = ${url} %}`;
  const marked = (guess, field2) => withMarks(column, samples, guess, field2);
  const found = shownField(column.rows, column.listings);
  const canonical = found === void 0 ? void 0 : column.canonical?.(found) ?? found;
  const shown = canonical !== "categories" ? canonical : found === "categories" ? "record.categories" : found;
  const note = (text) => column.notes?.push(`The ${header} column of ${column.where ?? "the README"} ${text}`);
  const shownCells = shownSamples(column.cells);
  const bare = shownCells.filter((cell) => bareAddress(cell) !== void 0);
  if (bare.length > 0 && bare.length * 2 > shownCells.length) {
    const field2 = shown ?? (APPLY.test(header) ? "url" : headerField(header));
    const other = shownCells.find((cell) => bareAddress(cell) === void 0);
    if (field2 && other !== void 0)
      note(
        `shows bare addresses, but ${JSON.stringify(other)} in ${shownCells.length - bare.length === 1 ? "a row" : `${shownCells.length - bare.length} rows`}: the first run writes each row's ${field2} bare, as the others. Write the column's cell template otherwise (see README: Columns) to keep such a cell.`
      );
    if (field2) return `{{ ${field2} | link: ${field2} }}`;
  }
  if (COMPANY.test(header) || shown === "company") {
    const page = liquidArguments([column.companyLinks]);
    const target = column.companyLinks && page ? `company_url | with_query: ${page}` : "";
    const when = linkCondition(column);
    const unlinked = column.rows.filter(
      (cell, row) => !/\]\(|<a\s/i.test(cell) && !isRepeatMark(cell.trim()) && typeof column.listings[row]?.company_url === "string" && column.listings[row].company_url !== ""
    );
    if (!when && unlinked.length > 0 && column.rows.some((cell) => /\]\(|<a\s/i.test(cell)))
      note(
        `links the company on some rows only, while the listings of ${unlinked.length === 1 ? "a row" : `${unlinked.length} rows`} that name it unlinked (${JSON.stringify(plainText(unlinked[0]))}) have a company_url: the first run links those too. Remove company_url from those listings to keep them unlinked.`
      );
    const assign = target || when ? `{% assign company_link = nil %}{% if company_url != blank %}${when ? `{% if ${when} %}` : ""}{% assign company_link = ${target || "company_url"} %}${when ? "{% endif %}" : ""}{% endif %}` : "";
    return marked(
      (shown2) => linkedText(shown2, "company", assign ? "company_link" : "company_url", assign),
      "company"
    );
  }
  const buttons = samples.map(imageButtons).filter((found2) => found2 !== void 0);
  const [button] = buttons;
  if (button) {
    const [first] = button.buttons;
    const cell = secondButton(column.cells, tracking, url, column.records) ?? `${button.open}${buttonTemplate(first, url)}${button.close}`;
    return closedOtherwise(column, `{% if url %}${cell}{% endif %}`);
  }
  const applyColumn = headers.some((each) => APPLY.test(each)) || column.posting === "elsewhere";
  if (APPLY.test(header) || column.posting === "here" && !ROLE.test(header) && shown !== "title") {
    const around2 = samples.map(wrapped).find((each) => /^(?:<a\s|\[)/i.test(each.inner));
    const [open, close] = [around2?.open ?? "", around2?.close ?? ""].map(liquidText);
    const anchor = around2 && TEXT_ANCHOR.exec(around2.inner);
    const button2 = anchor && buttonOf(anchor);
    if (button2)
      return closedOtherwise(
        column,
        `{% if url %}${open}${buttonTemplate(button2, url)}${close}{% endif %}`
      );
    const { before, after } = aroundPosting(column.rows, column.listings, note);
    return closedOtherwise(
      column,
      `${apply}${open}${before}{{ ${linkTexts(column.cells, shown, note)} | link: apply }}${after}${close}`,
      true
    );
  }
  if (ROLE.test(header) || shown === "title") {
    const own = applyColumn ? ownLinks(column.rows, column.listings) : void 0;
    if (own?.field === void 0 && own?.links)
      note(
        `links each role to an address no field of the listings holds (${own.links}), beside the posting's column: the first run writes the roles unlinked. Give the listings a field of those addresses (e.g. details) and write {{ title | link: details }} as its cell template.`
      );
    return marked(
      (shown2) => applyColumn ? linkedText(shown2, "title", own?.field, "") : linkedText(shown2, "title", "apply", apply),
      "title"
    );
  }
  const around = sharedAround(samples);
  const inside = (cells) => cells.map(around.strip);
  const kept = (template) => `${around.before}${template}${around.after}`;
  if (LOCATION.test(header)) return kept(locationGuess(inside(column.locations), around.before));
  if (isAgeColumn(header, samples)) {
    const unlike = inside(shownSamples(column.cells.map(cellText))).find(
      (cell) => !/^\d+(?:d|mo)$/.test(cell.trim().replace(AGE_AFTER, ""))
    );
    if (unlike !== void 0)
      note(
        `writes "${unlike}", which the age filter does not write (it writes the days since the posting, 3d, or months from a month, 1mo): the first run rewrites such cells as the row's age so. Write the column's cell template otherwise (see README: Columns) to keep them.`
      );
    return kept(ageGuess(inside(column.ages)));
  }
  if (isDateHeaded(header, column.cells) || shown === "posted_at" && isDateColumn(column.cells)) {
    const missing = column.cells.map(cellText).filter((cell) => MISSING_DAY.test(cell));
    if (missing.length > 0)
      note(
        `writes "${missing[0]}" for ${missing.length === 1 ? "a row" : `${missing.length} rows`} with no date: every listing has a posted_at (it is required), so the first run writes that listing's date there. Give such a listing the day it was posted, or leave it out of the listings.`
      );
    return kept(dateGuess(inside(column.cells)));
  }
  const workTypes = samples.length > 0 && samples.every(isWorkType);
  if (shown !== void 0 && shown !== "work_type" && !workTypes) {
    const own = ownLinks(column.rows, column.listings);
    if (own?.field !== void 0) return `{{ ${shown} | link: ${own.field} }}`;
    if (own)
      note(
        `links its cells to addresses no field of the listings holds (${own.links}): the first run writes them unlinked. Give the listings a field of those addresses (e.g. ${shown}_url) and write {{ ${shown} | link: ${shown}_url }} as its cell template.`
      );
    return `{{ ${shown} }}`;
  }
  if (workTypes || WORK_TYPE.test(header) && samples.length === 0)
    return "{{ work_type | label }}";
  if (/salary|pay/i.test(header)) return SALARY_CELL;
  if (/term|season/i.test(header)) return '{{ terms | join: ", " }}';
  const field = headerField(header);
  if (field && WORK_TYPE.test(header))
    note(
      `shows values that are no work type (${JSON.stringify(samples.find((each) => !isWorkType(each)))}), so init reads it from a field named as its header, {{ ${field} }}, not work_type (which a run writes as Remote, Hybrid or On Site). Give the listings that field, or change the column's cell template.`
    );
  const held = (record) => readPath(record, field ?? "") != null;
  if (field && !WORK_TYPE.test(header) && column.records.length > 0 && !column.records.some(held))
    note(
      `is read from a field named as its header, {{ ${field} }}, which no listing of the listings file has: the first run writes every cell of it empty. Give the listings that field, or write the column's cell template (see README: Columns) before the first run.`
    );
  if (field) return `{{ ${field} }}`;
  note(
    `has a template init could not guess (its header makes no field name, and no field of the listings matches its cells): its cell is "", which writes every cell empty. Write its cell template (see README: Columns) before the first run.`
  );
  return "";
}
function closedOtherwise(column, template, linkText = false) {
  const closedCells = column.rows.filter((_, row) => column.closed[row] === true);
  const texts = new Set(closedCells.map((cell) => cell.trim()));
  const [text] = texts;
  if (texts.size !== 1 || !text || !text.includes("\u{1F512}") || /\]\(|<a\s/i.test(text)) return template;
  if (text.replaceAll("\u{1F512}", "").trim() === "" && !linkText) return template;
  if (column.rows.some((cell, row) => column.closed[row] !== true && cell.trim() === text))
    return template;
  return `{% if active %}${template}{% else %}${liquidText(text)}{% endif %}`;
}
function linkTexts(cells, shown, note) {
  const texts = cells.flatMap((cell) => {
    const { inner } = wrapped(cell);
    const linked = linkedCell(inner);
    if (linked) return [plainText(linked.text)];
    return /^<a\s/i.test(inner) ? [plainText(inner)] : [];
  });
  const kinds = [...new Set(texts)];
  const literal2 = (text) => liquidArguments([text]) ?? '"Apply"';
  if (kinds.length <= 1) return literal2(kinds[0] || "Apply");
  if (shown !== void 0) return shown;
  const most = mostFrequent(texts);
  note(
    `links its postings with texts that differ by row (${kinds.slice(0, 3).map((text) => JSON.stringify(text)).join(
      ", "
    )}) and no field of the listings holds them: the first run writes ${JSON.stringify(most)} in every row. Give the listings a field of those texts (e.g. link_text) and write {{ link_text | link: apply }} in its cell template.`
  );
  return literal2(most);
}
var MARKDOWN_LINK = /(?<!!)\[((?:\\.|[^\\[\]])*)\]\((<[^<>\n]*>|[^()\s]*)(?:\s+"[^"]*")?\)/g;
function linkedCell(cell) {
  const found = [...cell.trim().matchAll(MARKDOWN_LINK)];
  const [first] = found;
  if (!first) return void 0;
  const text = cell.trim();
  const links = found.slice(1).map((each, index) => {
    const previous = found[index];
    return {
      between: text.slice(previous.index + previous[0].length, each.index),
      text: each[1],
      href: each[2].replace(/^<|>$/g, "")
    };
  });
  const last = found.at(-1);
  return {
    before: text.slice(0, first.index),
    text: first[1],
    links,
    after: text.slice(last.index + last[0].length)
  };
}
function aroundPosting(rows, listings, note) {
  const cells = rows.map((cell) => linkedCell(wrapped(cell).inner));
  const linked = cells.filter((each) => each !== void 0);
  if (linked.length === 0) return { before: "", after: "" };
  const most = Math.max(...linked.map((each) => each.links.length));
  const pieces = [];
  for (let index = 0; index < most; index++) {
    const rows2 = cells.flatMap((cell, row) => {
      const link = cell?.links[index];
      return link ? [{ link, listing: listings[row] }] : [];
    });
    const text = mostFrequent(rows2.map((each) => each.link.text));
    const between = mostFrequent(rows2.map((each) => each.link.between));
    const field = fieldHolding(rows2.map((each) => ({ href: each.link.href, listing: each.listing })));
    const label = liquidArguments([plainText(text)]);
    if (field === void 0 || label === void 0) {
      const name = headerField(plainText(text)) ?? "link2";
      note(
        `writes a link after the posting's (${JSON.stringify(plainText(text))}) whose addresses no field of the listings holds: the first run leaves it out. Give the listings a field of those addresses (e.g. ${name}) and write ${between.trim()} {{ "${plainText(text)}" | link: ${name} }} after the posting's link in its cell template.`
      );
      continue;
    }
    const piece = `${liquidText(between)}{{ ${label} | link: ${field} }}`;
    pieces.push(
      rows2.length < linked.length ? `{% if ${field} != blank %}${piece}{% endif %}` : piece
    );
  }
  const shared = (texts) => {
    const kinds = new Set(texts);
    const [text] = kinds;
    return kinds.size === 1 && text ? liquidText(text) : "";
  };
  return {
    before: shared(linked.map((each) => each.before)),
    after: `${pieces.join("")}${shared(linked.map((each) => each.after))}`
  };
}
function ownLinks(rows, listings) {
  const linked = rows.flatMap((cell, row) => {
    const href = /\]\(|<a\s/i.test(cell) ? cellLink(cell) : void 0;
    return href ? [{ href, listing: listings[row] }] : [];
  });
  if (linked.length === 0) return void 0;
  const field = fieldHolding(linked);
  return { ...field === void 0 ? {} : { field }, links: linked[0].href };
}
function fieldHolding(rows) {
  const tracking = trackingQuery(rows.map((each) => each.href));
  let fields;
  for (const { href, listing } of rows) {
    if (!listing) continue;
    const address = normalizeUrl(withoutQuery(href, tracking));
    const holding = Object.keys(listing).filter((field2) => {
      const value = listing[field2];
      return typeof value === "string" && normalizeUrl(value) === address;
    });
    fields = fields === void 0 ? holding : fields.filter((field2) => holding.includes(field2));
  }
  const [field] = fields ?? [];
  return field !== void 0 && headerField(field) === field ? field : void 0;
}
function headerField(header) {
  const field = header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
  return /^[a-z_][\p{L}\p{N}_]*$/u.test(field) ? field : void 0;
}
function bareAddress(cell) {
  const text = cell.trim();
  return /^https?:\/\/[^\s<>|\\`]+$/i.test(text) ? text : void 0;
}
function isDateHeaded(header, cells) {
  return /date|posted|added/i.test(header) || headerField(header) === void 0 && isDateColumn(shownSamples(cells));
}
function isDateColumn(cells) {
  const days = cells.map(cellText).filter((cell) => cell !== "" && !MISSING_DAY.test(cell));
  return days.length > 0 && dateFormatOf(days) !== void 0;
}
function shownField(cells, listings) {
  let rows = 0;
  const tally = /* @__PURE__ */ new Map();
  listings.forEach((record, row) => {
    const text = plainText(marksOf(cells[row] ?? "").value);
    const whole = plainText(cells[row] ?? "");
    if (!record || text === "") return;
    rows += 1;
    for (const [field, value] of Object.entries(record))
      if (typeof value === "string" && (value.trim() === text || value.trim() === whole))
        tally.set(field, (tally.get(field) ?? 0) + 1);
  });
  if (rows === 0) return void 0;
  return [...tally].find(([, count]) => count === rows)?.[0];
}
function canonicalOf(fields) {
  let mapping = {};
  try {
    mapping = parseFields(fields);
  } catch {
  }
  const names = new Map(
    Object.entries(mapping).flatMap(
      ([name, source]) => typeof source === "string" ? [[source, name]] : []
    )
  );
  return (field) => names.get(field) ?? field;
}
var APPLY = /apply|application|link|posting|\burl\b/i;
var LOCATION = /location|where|city/i;
var COMPANY = /company|employer|^\s*name\s*$/i;
var WORK_TYPE = /type|remote|work\s*model|workplace|arrangement/i;
var ROLE = /role|title|position|job/i;
function dateGuess(cells) {
  const format = dateFormatOf(datedCells(cells.map(cellText)));
  return format && format !== "%b %d" ? `{{ posted_at | date: "${format}" }}` : "{{ posted_at | date }}";
}
function datedCells(cells) {
  return cells.filter((cell) => ageDays(cell) === void 0 && !MISSING_DAY.test(cell));
}
var MISSING_DAY = /^(?:[-–—]+|n\/a|tbd|unknown|\?)$/i;
var SALARY_CELL = "{{ salary }}";
function salaryUnlike(cells) {
  for (const cell of cells.map(cellText)) {
    if (cell === "") continue;
    const salary = salaryFromText(cell, "USD");
    const written = salary ? salaryShown({ ...salary, currency: salary.currency ?? "USD" }, DEFAULT_LOCALE) : "";
    if (written !== cell) return { cell, written };
  }
  return void 0;
}
function isAgeColumn(header, samples) {
  return /\bage\b/i.test(header) || samples.length > 0 && samples.every((each) => AGE.test(each));
}
var AGE = /^-?\d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)(?:\s+ago)?$/i;
function ageGuess(samples) {
  const ends = samples.flatMap((each) => {
    const found = AGE_AFTER.exec(each.trim());
    return found ? [found[1]] : [];
  });
  const [end] = ends;
  const after = end !== void 0 && ends.length === samples.length && ends.every((each) => each === end) ? liquidText(end) : "";
  const ages = samples.map((each) => each.trim().replace(AGE_AFTER, ""));
  const days = ages.flatMap((each) => /^(\d+)d$/.exec(each)?.slice(1) ?? []).map(Number);
  const most = Math.max(-1, ...days);
  if (most < DAYS_IN_MONTH) return `{{ posted_at | age }}${after}`;
  const months = ages.some((each) => /^\d+mo$/.test(each));
  return months ? `{{ posted_at | age: ${most + 1} }}${after}` : `{{ posted_at | age: "days" }}${after}`;
}
var AGE_AFTER = /(?<=\d\s?[a-z]+)(\s+ago)$/i;
function sharedAround(samples) {
  const shapes = samples.map((sample) => shapeOf(units(sample.trim())));
  const none = { before: "", after: "", strip: (cell) => cell };
  if (shapes.length === 0 || shapes.some((shape) => shape === void 0)) return none;
  const known = shapes.filter((shape) => shape !== void 0);
  const [before, after] = [
    commonStart(known.map((shape) => shape.lead)),
    commonEnd(known.map((shape) => shape.trail))
  ].map((list) => list.map((unit) => unit.text).join(""));
  if (before.trim() === "" && after.trim() === "") return none;
  const strip = (cell) => {
    let text = cell.trim();
    if (before.trim() !== "" && text.startsWith(before)) text = text.slice(before.length);
    if (after.trim() !== "" && text.endsWith(after)) text = text.slice(0, -after.length);
    return text;
  };
  return {
    before: before.trim() === "" ? "" : liquidText(before),
    after: after.trim() === "" ? "" : liquidText(after),
    strip
  };
}
var DAYS_IN_MONTH = 30;
function linkedText(samples, field, link, assign) {
  const shapes = samples.flatMap((sample) => shapeOf(units(sample)) ?? []);
  const lead = commonStart(shapes.map((shape) => shape.lead));
  const trail = commonEnd(shapes.map((shape) => shape.trail));
  const value = `{{ ${field} }}`;
  const linked = link ? shapes.flatMap((shape) => linkIn(shape) ?? []) : [];
  const [first] = linked;
  const plain = (cells) => {
    const [open2, close2] = sharedPair(cells, (shape) => [shape.opens, shape.closes]);
    const [before2, after2] = [
      [...lead, ...open2],
      [...close2, ...trail]
    ].map(literal);
    return `${before2}${value}${after2}`;
  };
  if (link && first) {
    const [outer, outerClose] = sharedPair(linked, (each) => [each.outer, each.outerClose]);
    const [inner, innerClose] = sharedPair(linked, (each) => [each.inner, each.innerClose]);
    const [before2, after2] = [
      [...lead, ...outer],
      [...outerClose, ...trail]
    ].map(literal);
    const [into, out] = [inner, innerClose].map(literal);
    const shown = `${into}${value}${out}`;
    const unlinked = shapes.filter((shape) => linkIn(shape) === void 0);
    const otherwise = unlinked.length > 0 ? plain(unlinked) : void 0;
    if (otherwise !== void 0 && otherwise !== `${before2}${shown}${after2}`) {
      const linkedCell2 = first.html ? `<a href="{{ ${link} }}">${shown}</a>` : `${into}{{ ${field} | link: ${link} }}${out}`;
      return `${assign}{% if ${link} %}${before2}${linkedCell2}${after2}{% else %}${otherwise}{% endif %}`;
    }
    if (first.html)
      return `${assign}${before2}{% if ${link} %}<a href="{{ ${link} }}">${shown}</a>{% else %}${shown}{% endif %}${after2}`;
    return `${assign}${before2}${into}{{ ${field} | link: ${link} }}${out}${after2}`;
  }
  const [open, close] = sharedPair(shapes, (shape) => [shape.opens, shape.closes]);
  const [before, after] = [
    [...lead, ...open],
    [...close, ...trail]
  ].map(literal);
  const cellsLink = samples.some((sample) => /\]\(|<a\s[^>]*\bhref=/i.test(sample));
  if (link && (samples.length === 0 || cellsLink && before === "" && after === ""))
    return `${assign}{{ ${field} | link: ${link} }}`;
  return `${before}${value}${after}`;
}
var MARKUP = /<\/[A-Za-z][\w-]*\s*>|<[A-Za-z][\w-]*(?:\s[^<>]*)?>|\]\([^()\s]*(?:\s+"[^"]*")?\)|\\[^\s]|&#?\w+;|\*+|_+|~+|\[/y;
var VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b|\/>$/i;
var GRAPHEMES = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function units(text) {
  const found = [];
  const segments = GRAPHEMES.segment(text);
  for (let at = 0; at < text.length; ) {
    MARKUP.lastIndex = at;
    const markup = MARKUP.exec(text)?.[0];
    if (markup) {
      found.push({ text: markup, kind: markupKind(markup) });
      at += markup.length;
      continue;
    }
    const segment = segments.containing(at);
    const end = segment.index + segment.segment.length;
    found.push({ text: text.slice(at, end), kind: "text" });
    at = end;
  }
  return found;
}
function markupKind(markup) {
  if (markup.startsWith("</") || markup.startsWith("](")) return "close";
  if (markup === "[") return "open";
  if (markup.startsWith("<")) return VOID.test(markup) ? "text" : "open";
  return /^[*_~]/.test(markup) ? "mark" : "text";
}
var isWord = (unit) => unit.kind === "text" && !/^[<&\\]./.test(unit.text) && /[\p{L}\p{N}]/u.test(unit.text);
function shapeOf(cell) {
  const first = cell.findIndex(isWord);
  if (first < 0) return void 0;
  const last = cell.findLastIndex(isWord);
  let lead = 0;
  while (lead < first && cell[lead].kind === "text") lead += 1;
  let trail = cell.length;
  while (trail > last + 1 && cell[trail - 1].kind === "text") trail -= 1;
  return {
    lead: cell.slice(0, lead),
    opens: cell.slice(lead, first),
    closes: cell.slice(last + 1, trail),
    trail: cell.slice(trail)
  };
}
function linkIn(shape) {
  const [opens, closes] = paired(shape.opens, shape.closes);
  const open = opens.findIndex((unit) => unit.text === "[" || /^<a\s[^>]*\bhref=/i.test(unit.text));
  if (open < 0) return void 0;
  const depth = opens.slice(0, open).filter((unit) => unit.kind !== "text").length;
  const close = closes.findLastIndex(
    (unit, index) => unit.kind !== "text" && closes.slice(index + 1).filter((each) => each.kind !== "text").length === depth
  );
  return {
    html: opens[open].text !== "[",
    outer: opens.slice(0, open),
    inner: opens.slice(open + 1),
    innerClose: closes.slice(0, close),
    outerClose: closes.slice(close + 1)
  };
}
function sharedPair(items, parts) {
  const pairs2 = items.map(parts);
  return paired(
    commonStart(pairs2.map(([open]) => open)),
    commonEnd(pairs2.map(([, close]) => close))
  );
}
function paired(opens, closes) {
  const before = opens.flatMap((unit, index) => unit.kind === "text" ? [] : [index]);
  const after = closes.flatMap((unit, index) => unit.kind === "text" ? [] : [index]).reverse();
  let count = 0;
  while (count < before.length && count < after.length && pairs(opens[before[count]], closes[after[count]]))
    count += 1;
  return [
    opens.slice(0, count < before.length ? before[count] : opens.length),
    closes.slice(count < after.length ? after[count] + 1 : 0)
  ];
}
function pairs(open, close) {
  if (open.kind === "mark") return close.text === open.text;
  if (open.kind !== "open" || close.kind !== "close") return false;
  if (open.text === "[") return close.text.startsWith("](");
  const name = (tag) => /^<\/?([\w-]+)/.exec(tag)?.[1]?.toLowerCase();
  return name(open.text) === name(close.text);
}
function commonStart(lists) {
  const [first = []] = lists;
  let length = 0;
  while (length < first.length && lists.every((list) => list[length]?.text === first[length].text))
    length += 1;
  return first.slice(0, length);
}
function commonEnd(lists) {
  return commonStart(lists.map((list) => [...list].reverse())).reverse();
}
var literal = (list) => liquidText(list.map((unit) => unit.text).join(""));
function wrapped(sample) {
  let [open, inner, close] = ["", sample.trim(), ""];
  for (; ; ) {
    const element = /^(<([a-z][\w-]*)(?:\s[^<>]*)?>)\s*([^]*?)\s*(<\/\2\s*>)$/i.exec(inner);
    const name = element?.[2].toLowerCase();
    if (!element || name === "a" || new RegExp(`<\\/?${name}\\b`, "i").test(element[3]))
      return { open, inner, close };
    open += element[1];
    close = element[4] + close;
    inner = element[3];
  }
}
function buttonTemplate(button, address) {
  if (address === void 0) return liquidText(button.before + button.written + button.after);
  return `${liquidText(button.before)}{{ ${address} }}${liquidText(button.after)}`;
}
function imageButtons(sample) {
  const { open, inner, close } = wrapped(sample);
  const buttons = [];
  const between = [];
  for (let rest = inner; rest !== ""; ) {
    const found = BUTTONS.map((pattern) => pattern.exec(rest)).find((each) => each !== null);
    const button = found && buttonOf(found);
    if (!button) return void 0;
    buttons.push(button);
    rest = rest.slice(found[0].length);
    const space = /^\s*/.exec(rest)[0];
    if (space.length < rest.length) between.push(space);
    rest = rest.slice(space.length);
  }
  if (buttons.length === 0) return void 0;
  return { open: liquidText(open), close: liquidText(close), buttons, between };
}
function buttonOf(found) {
  const { img } = found.groups;
  if (img !== void 0 && !/\ssrc\s*=\s*["']?[^"'\s>]/i.test(img)) return void 0;
  const group = ["href", "single", "bare"].find(
    (name) => found.groups[name] !== void 0
  );
  if (!group) return void 0;
  const html = found[0].startsWith("<");
  const raw = found.groups[group];
  const bracketed = !html && raw.startsWith("<") ? 1 : 0;
  const written = raw.slice(bracketed, raw.length - bracketed);
  const href = html ? hrefs(fromHtml(found[0], { fragment: true }))[0] ?? "" : destinationOf(raw);
  const [start, end] = found.indices.groups[group].map(
    (at, index) => at + (index === 0 ? bracketed : -bracketed)
  );
  const whole = found[0];
  return {
    href,
    before: whole.slice(0, start - found.index),
    written,
    after: whole.slice(end - found.index)
  };
}
function secondButton(cells, tracking, url, records) {
  const parsed = cells.map(imageButtons).filter((each) => each !== void 0);
  const pairs2 = parsed.filter((each) => each.buttons.length === 2);
  if (pairs2.length === 0) return void 0;
  const singles = parsed.filter((each) => each.buttons.length === 1);
  const pair = mostCommon(pairs2);
  const single = singles.length > 0 ? mostCommon(singles) : void 0;
  const [first, second] = pair.buttons;
  const singleCell = single ? `${single.open}${buttonTemplate(single.buttons[0], url)}${single.close}` : `${pair.open}${buttonTemplate(first, url)}${pair.close}`;
  const pairCell = (address) => `${pair.open}${buttonTemplate(first, url)}${liquidText(pair.between[0] ?? "")}${buttonTemplate(second, address)}${pair.close}`;
  const addresses = new Set(pairs2.map((each) => each.buttons[1].href));
  if (singles.length === 0 && addresses.size === 1) return pairCell();
  const derived = derivedAddress(
    pairs2.map((each) => each.buttons[1].href),
    records
  );
  if (derived) {
    const chosen = derived.records;
    const others = records.filter((record) => !chosen.includes(record));
    const by = chooser(chosen, others, postingsOf(singles, tracking), derived.field, second.href);
    if (by) return `{% if ${by} %}${pairCell(derived.address)}{% else %}${singleCell}{% endif %}`;
    if (singles.length === 0) return pairCell(derived.address);
  }
  const whens = parsed.flatMap((each) => {
    if (each.buttons.length !== 2) return [];
    const key = liquidArguments([withoutQuery(each.buttons[0].href, tracking)]);
    const value = liquidArguments([each.buttons[1].href]);
    return key && value ? [`{% when ${key} %}{% assign second = ${value} %}`] : [];
  });
  return `{% assign second = "" %}{% case url %}${[...new Set(whens)].join("")}{% endcase %}{% if second != "" %}${pairCell("second")}{% else %}${singleCell}{% endif %}`;
}
function listingRecords(given) {
  const list = Array.isArray(given) ? given : [];
  return list.filter(
    (each) => typeof each === "object" && each !== null && !Array.isArray(each)
  );
}
function derivedAddress(addresses, records) {
  const [first] = addresses;
  if (records.length === 0 || addresses.length < 2 || first === void 0) return void 0;
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const found = [];
  for (const field2 of fields) {
    if (!/^[a-z_][\w]*$/i.test(field2)) continue;
    const byValue = new Map(records.map((record) => [fieldText(record[field2]), record]));
    const arounds = /* @__PURE__ */ new Set();
    for (const value of byValue.keys()) {
      if (value === "" || value === "\0") continue;
      for (let at = first.indexOf(value); at >= 0; at = first.indexOf(value, at + 1))
        arounds.add(JSON.stringify([first.slice(0, at), first.slice(at + value.length)]));
    }
    for (const around of arounds) {
      const [before2, after2] = JSON.parse(around);
      const matched = addresses.map(
        (address) => address.length > before2.length + after2.length && address.startsWith(before2) && address.endsWith(after2) ? byValue.get(address.slice(before2.length, address.length - after2.length)) : void 0
      );
      if (matched.every((record) => record !== void 0))
        found.push({ field: field2, before: before2, after: after2, records: matched });
    }
  }
  const [best] = found.sort(
    (a, b) => a.before.length + a.after.length - (b.before.length + b.after.length)
  );
  if (!best) return void 0;
  const { field, before, after } = best;
  const pieces = [
    before ? ` | prepend: ${liquidArguments([before]) ?? ""}` : "",
    after ? ` | append: ${liquidArguments([after]) ?? ""}` : ""
  ];
  if (pieces.some((piece) => piece.endsWith(": "))) return void 0;
  return { field, address: `${field}${pieces.join("")}`, records: best.records };
}
function chooser(chosen, others, single, field, address) {
  const singles = others.filter(
    (record) => Object.values(record).some((value) => single.has(fieldText(value)))
  );
  const found = [];
  for (const key of Object.keys(chosen[0] ?? {})) {
    if (key === field || !/^[a-z_][\w]*$/i.test(key)) continue;
    const value = chosen[0][key];
    if (typeof value !== "string" || value === "") continue;
    if (!chosen.every((record) => record[key] === value)) continue;
    if (singles.some((record) => record[key] === value)) continue;
    if (!others.some((record) => record[key] !== value)) continue;
    const literal2 = liquidArguments([value]);
    if (literal2) found.push({ key, value, literal: literal2 });
  }
  const named = found.find((each) => address.toLowerCase().includes(each.value.toLowerCase()));
  const best = named ?? found[0];
  return best && `${best.key} == ${best.literal}`;
}
function postingsOf(singles, tracking) {
  return new Set(singles.map((each) => withoutQuery(each.buttons[0].href, tracking)));
}
function withoutQuery(href, tracking) {
  if (!tracking) return href;
  for (const mark of ["?", "&"])
    if (href.endsWith(mark + tracking)) return href.slice(0, -(tracking.length + 1));
  return href;
}
var fieldText = (value) => typeof value === "string" ? value : typeof value === "number" ? String(value) : "\0";
function mostCommon(cells) {
  const key = (each) => JSON.stringify([
    each.open,
    each.close,
    each.between,
    each.buttons.map((button) => [button.before, button.after])
  ]);
  const counts = /* @__PURE__ */ new Map();
  for (const each of cells) counts.set(key(each), (counts.get(key(each)) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return cells.find((each) => counts.get(key(each)) === most);
}
function destinationOf(written) {
  return markdownLink(`[x](${written})`) ?? written;
}
function markdownLink(cell) {
  if (!cell.includes("](")) return void 0;
  let found;
  const visit = (node) => {
    if (found !== void 0) return;
    if (node.type === "link") found = node.url;
    else for (const child of node.children ?? []) visit(child);
  };
  visit(fromMarkdown(cell));
  return found;
}
var BUTTONS = [
  /^\[!\[[^\]]*\](?:\((?:<[^<>\n]*>|[^)\s]+)\)|\[[^\]]*\])?\]\((?<href><[^<>\n]*>|[^)\s]+)\)/d,
  /^<a\s[^>]*\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'=<>`]+))[^>]*>\s*(?<img><img\s[^>]*>)\s*<\/a\s*>/di,
  /^\[\s*(?<img><img\s[^>]*>)\s*\]\((?<href><[^<>\n]*>|[^)\s]+)\)/di
];
var TEXT_ANCHOR = /^<a\s[^>]*\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'=<>`]+))[^>]*>[^<]*<\/a\s*>$/di;
function liquidArguments(texts) {
  const quoted = texts.map(
    (text) => !text.includes('"') ? `"${text}"` : !text.includes("'") ? `'${text}'` : void 0
  );
  return quoted.includes(void 0) ? void 0 : quoted.join(", ");
}
function shownSamples(samples = []) {
  return samples.filter((sample) => sample !== "" && !isRepeatMark(sample) && !sample.includes("\u{1F512}"));
}
function rowShape(table) {
  const shape = {};
  const repeat = table.cells.flat().find(isRepeatMark);
  if (repeat) shape["repeat-company"] = repeat;
  const ages = table.headers.some(
    (header, index) => isAgeColumn(header, shownSamples(table.samples[index]))
  );
  if (repeat && ages) shape["repeat-company-when"] = "same-age";
  if (table.cells.flat().some((cell) => cell.includes("\u{1F512}"))) shape.closed = "mark";
  return shape;
}
function hrefs(node) {
  return node.children.flatMap((child) => {
    if (child.type !== "element") return [];
    const href = child.tagName === "a" ? child.properties.href : void 0;
    return [...typeof href === "string" ? [href] : [], ...hrefs(child)];
  });
}
var isRepeatMark = (sample) => /^[↳⤷↪]$/u.test(sample.trim());
function locationGuess(cells, itemMark = "") {
  const collapsed = cells.flatMap((cell) => {
    const found = COLLAPSED.exec(cell.trim());
    return found ? [{ count: Number(found[1]), noun: found[2], items: found[3] }] : [];
  });
  const open = cells.filter((cell) => !COLLAPSED.test(cell.trim()));
  const lists = [...open, ...collapsed.map((each) => each.items)];
  const separators = lists.flatMap((cell) => cell.match(SEPARATOR) ?? []);
  if (separators.length === 0 && collapsed.length === 0) return "{{ location }}";
  const separator = separatorRun(mostFrequent(separators) ?? "</br>", lists, itemMark);
  const count = (cell) => cell.split(separator).length;
  const shown = Math.max(1, ...open.map(count));
  const nouns = new Set(collapsed.map((each) => each.noun));
  const [noun] = nouns;
  const consistent = nouns.size === 1 && collapsed.every((each) => count(each.items) === each.count && each.count > shown);
  const limit = Math.min(...collapsed.map((each) => each.count)) - 1;
  const args = liquidArguments(consistent && noun ? [noun, separator] : [separator]);
  if (!args) return "{{ location }}";
  if (!consistent || !noun) return `{{ locations | join: ${args} }}`;
  const [word, between] = args.split(", ");
  return separator === "</br>" ? `{{ locations | details: ${limit}, ${word} }}` : `{{ locations | details: ${limit}, ${word}, ${between} }}`;
}
var COLLAPSED = /^<details>\s*<summary>(?:\*\*|<strong>)(\d+) ([^*<>]+)(?:\*\*|<\/strong>)<\/summary>([^]*)<\/details>$/i;
var SEPARATOR = /<\/?br\s*\/?>/gi;
function separatorRun(tag, cells, itemMark) {
  const before = [];
  const after = [];
  const mark = itemMark.trimStart();
  for (const cell of cells)
    for (let at = cell.indexOf(tag); at !== -1; at = cell.indexOf(tag, at + tag.length)) {
      before.push(/[ \t]*$/.exec(cell.slice(0, at))[0]);
      const rest = cell.slice(at + tag.length);
      const space = /^[ \t]*/.exec(rest)[0];
      after.push(mark !== "" && rest.startsWith(mark, space.length) ? space + mark : space);
    }
  const shared = (texts) => texts.every((text) => text === texts[0]) ? texts[0] : "";
  return before.length === 0 ? tag : shared(before) + tag + shared(after);
}
function mostFrequent(texts) {
  const counts = /* @__PURE__ */ new Map();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return texts.find((text) => counts.get(text) === most);
}
function rowPostings(table, tracking, records) {
  const column = postingColumn(table, records);
  return (table.cells[column] ?? []).map((cell) => {
    const href = cellLink(cell);
    return href ? withoutQuery(href, tracking) : void 0;
  });
}
function cellLink(cell) {
  return imageButtons(cell)?.buttons[0]?.href ?? hrefs(fromHtml(cell, { fragment: true }))[0] ?? markdownLink(cell.replace(/!\[[^\]]*\]\([^)]*\)/g, "")) ?? bareAddress(cell);
}
var MARK = new RegExp("^(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F|\\p{Regional_Indicator})", "u");
function marksOf(cell) {
  const pieces = [...GRAPHEMES.segment(cell.trim())].map((each) => each.segment);
  const isMark = (piece) => piece !== void 0 && MARK.test(piece) && !piece.startsWith("\u{1F512}");
  const markAt = (index, last2) => isMark(pieces[index]) && /^\s$/.test(pieces[index + 1] ?? "") && index + 2 < last2;
  const before = [];
  const after = [];
  let [first, last] = [0, pieces.length];
  const opening = OPENING_MARKUP.exec(cell.trim())?.[0] ?? "";
  let start = 0;
  if (!markAt(0, last) && opening !== "")
    for (let length = 0; start < pieces.length && length < opening.length; start++)
      length += pieces[start].length;
  if (start > 0 && pieces.slice(0, start).join("") === opening && markAt(start, last)) first = start;
  const lead = pieces.slice(0, first).join("");
  while (markAt(first, last)) {
    before.push(pieces.slice(first, first + 2).join(""));
    first += 2;
  }
  for (; ; ) {
    if (!isMark(pieces[last - 1]) || !/^\s$/.test(pieces[last - 2] ?? "") || last - 2 <= first)
      break;
    after.unshift(pieces.slice(last - 2, last).join(""));
    last -= 2;
  }
  return { before, value: lead + pieces.slice(first, last).join(""), after, lead };
}
var OPENING_MARKUP = /^(?:\*\*|__|[*_]|\[|<[a-z][^<>]*>)+/i;
function withoutMarks(cell, before, after) {
  const { before: leading, value, after: trailing, lead } = marksOf(cell);
  return [
    lead,
    ...leading.filter((mark) => !before.includes(mark)),
    value.slice(lead.length),
    ...trailing.filter((mark) => !after.includes(mark))
  ].join("");
}
function withMarks({
  rows,
  postings,
  listings,
  names,
  records,
  unkept = [],
  closed = [],
  notes,
  where
}, samples, guess, field) {
  const shown = rows.flatMap(
    (cell, row) => shownSamples([cell]).length > 0 ? [{ row, ...marksOf(cell) }] : []
  );
  const lockedCells = rows.filter((cell, row) => closed[row] === true && cell.includes("\u{1F512}"));
  const labels = new Set(lockedCells.map(beforeLink));
  const [shared] = labels;
  const label = labels.size === 1 && shared !== void 0 && shared.trim() !== "" && shown.every((each) => {
    const open2 = beforeLink(rows[each.row] ?? "");
    return open2 !== void 0 && !open2.includes(shared.trim());
  }) ? shared : void 0;
  const closedMarks = rows.flatMap(
    (cell, row) => closed[row] === true ? [cell.includes("\u{1F512}") ? label ?? "" : marksOf(cell)] : []
  );
  const openRows = shown.filter((each) => closed[each.row] !== true);
  const open = (side) => {
    if (closedMarks.length === 0 || openRows.length === 0) return [];
    return openRows[0][side].filter(
      (mark) => openRows.every((each) => each[side].includes(mark)) && closedMarks.every(
        (each) => typeof each === "string" ? !each.includes(mark.trim()) : !each[side].includes(mark)
      )
    );
  };
  const openBefore = open("before");
  const openAfter = open("after");
  if (openBefore.length > 0 || openAfter.length > 0 || label !== void 0) {
    const strip2 = (cell) => withoutMarks(cell, openBefore, openAfter);
    const value2 = withMarks(
      {
        rows: rows.map((cell) => cell.includes("\u{1F512}") ? cell : strip2(cell)),
        postings,
        listings,
        names,
        records,
        unkept,
        ...notes ? { notes } : {},
        ...where === void 0 ? {} : { where }
      },
      samples.map((each) => shownSamples([each]).length > 0 ? strip2(each) : each),
      guess,
      field
    );
    const branch = (marks, closedText = "") => marks.length === 0 && closedText === "" ? "" : `{% if active %}${liquidText(marks.join(""))}${closedText === "" ? "" : `{% else %}${liquidText(closedText)}`}{% endif %}`;
    return `${branch(openBefore, label ?? "")}${value2}${branch(openAfter)}`;
  }
  const carried = (mark) => {
    const marked = shown.filter((each) => each.before.includes(mark) || each.after.includes(mark));
    const carries = (row) => {
      const record = listings[row];
      const cell = plainText(rows[row] ?? "");
      return record !== void 0 && Object.values(record).some(
        (value2) => (Array.isArray(value2) ? value2 : [value2]).some(
          (each) => typeof each === "string" && each.includes(mark.trim()) && cell.includes(each.trim())
        )
      );
    };
    return marked.length > 0 && marked.every((each) => carries(each.row));
  };
  const varying = (side) => {
    if (shown.every((each) => each[side].length > 0)) return [];
    const marks = [...new Set(shown.flatMap((each) => each[side]))];
    return marks.filter((mark) => !shown.every((each) => each[side].includes(mark)) && !carried(mark));
  };
  const before = varying("before");
  const after = varying("after");
  if (before.length === 0 && after.length === 0) return guess(samples);
  const strip = (cell) => withoutMarks(cell, before, after);
  const condition = (mark, side) => {
    const marked = new Set(shown.filter((each) => each[side].includes(mark)).map((each) => each.row));
    return markTemplate(
      mark,
      shown.map((each) => ({
        marked: marked.has(each.row),
        posting: postings[each.row],
        record: listings[each.row],
        name: names[each.row]
      })),
      records,
      names.flatMap((name, row) => name && !marked.has(row) ? [name] : []),
      (name) => unkept.push({ mark: mark.trim(), name }),
      (note) => notes?.push(`${where === void 0 ? "" : `In ${where}: `}${note}`)
    );
  };
  const value = guess(samples.map((each) => shownSamples([each]).length > 0 ? strip(each) : each));
  const inside = (mark) => field !== void 0 && shown.filter((each) => each.before.includes(mark)).every((each) => each.lead !== "");
  const within = before.filter(inside);
  const output = new RegExp(`\\{\\{ ${field ?? ""}(?= \\||\\s*\\}\\})`, "g");
  const placed = within.length > 0 && output.test(value) ? `{% capture ${field}_text %}${within.map((mark) => condition(mark, "before")).join("")}{{ ${field} }}{% endcapture %}${value.replace(output, `{{ ${field}_text`)}` : void 0;
  return [
    ...before.filter((mark) => placed === void 0 || !within.includes(mark)).map((mark) => condition(mark, "before")),
    placed ?? value,
    ...after.map((mark) => condition(mark, "after"))
  ].join("");
}
function fieldRule(rows, records, mark) {
  const known = rows.filter((row) => row.record !== void 0);
  const markedRows = known.filter((row) => row.marked);
  if (markedRows.length === 0) return void 0;
  const shared = valueCounts(records);
  const fits = [];
  const fields = new Set(markedRows.flatMap((row) => Object.keys(row.record)));
  const dated = new Set(dateFields(records, [...fields]));
  for (const field of fields) {
    if (!/^[a-z_][\w]*$/i.test(field) || dated.has(field) || !isCategory(field, records)) continue;
    const list = known.some((row) => Array.isArray(row.record[field]));
    const texts = (row) => {
      const given = row.record[field];
      return (Array.isArray(given) ? given : [given]).map(ruleText).filter((each) => each !== "\0" && each !== "");
    };
    const tally = /* @__PURE__ */ new Map();
    for (const row of known)
      for (const each of new Set(texts(row)))
        tally.set(each, (tally.get(each) ?? 0) + (row.marked ? 1 : -1));
    const ranked = [...tally].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
    const values = (list ? ranked.slice(0, 1) : ranked).map(([each]) => each);
    const misses = known.filter(
      (row) => row.marked !== texts(row).some((each) => values.includes(each))
    ).length;
    const kinds = shared.get(field)?.size ?? 0;
    const few = kinds <= MARK_KINDS && kinds < records.length;
    if (values.length === 0 || !few && values.some((each) => (shared.get(field)?.get(each) ?? 0) < 2))
      continue;
    if (misses * MARK_MISSES > markedRows.length) continue;
    const seen = (value) => markedRows.filter((row) => texts(row).includes(value)).length >= MARK_ROWS;
    if (!few && !values.every(seen)) continue;
    fits.push({ field, values, misses, kinds });
  }
  if (fits.length === 0) return void 0;
  const least = Math.min(...fits.map((fit) => fit.misses));
  const tied = fits.filter((fit) => fit.misses === least);
  const meaning = mark === void 0 ? void 0 : markMeaning(mark);
  const speaks = (fit) => meaning !== void 0 && [fit.field, ...fit.values].some((text) => meaning.test(text));
  const shownRecords = new Set(known.map((row) => row.record));
  const recurs = (fit) => records.some(
    (record) => !shownRecords.has(record) && (Array.isArray(record[fit.field]) ? record[fit.field] : [record[fit.field]]).map(ruleText).some((each) => fit.values.includes(each))
  );
  const rank = (fit) => [
    speaks(fit) ? 0 : 1,
    recurs(fit) ? 0 : 1,
    fit.kinds,
    fit.values.length
  ];
  const [best] = [...tied].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    const at = x.findIndex((each, index) => each !== y[index]);
    return at < 0 ? 0 : x[at] - y[at];
  });
  return {
    field: best.field,
    values: best.values,
    flags: records.every((record) => typeof (record[best.field] ?? false) === "boolean"),
    others: tied.filter((fit) => fit !== best).map(({ field, values }) => ({ field, values })),
    meant: speaks(best)
  };
}
var MARK_MEANINGS = [
  ["\u{1F6C2}", /visa|sponsor/i],
  ["\u{1F1FA}\u{1F1F8}", /citizen/i],
  ["\u{1F393}", /degree|master|ph\.?d|doctor/i],
  ["\u{1F512}", /closed/i],
  ["\u{1F525}", /faang|hot/i]
];
var markMeaning = (mark) => MARK_MEANINGS.find(([each]) => mark.includes(each))?.[1];
function linkCondition(column) {
  const rows = column.rows.flatMap((cell, row) => {
    const record = column.listings[row];
    const page = record?.company_url;
    if (shownSamples([cell]).length === 0 || typeof page !== "string" || page.trim() === "")
      return [];
    return [{ marked: /\]\(\S+?\)|<a\s[^>]*\bhref=/i.test(cell), record }];
  });
  if (rows.every((row) => row.marked) || !rows.some((row) => row.marked)) return "";
  const rule = fieldRule(rows, column.records);
  if (!rule) return "";
  const literals = rule.values.map((value) => rule.flags ? value : liquidArguments([value]));
  if (literals.some((each) => each === void 0)) return "";
  return literals.map((literal2) => `${rule.field} == ${literal2}`).join(" or ");
}
function companyUrlFill(table, listings, records) {
  const column = table.headers.findIndex((header) => COMPANY.test(header));
  if (column < 0 || records.length === 0) return void 0;
  const tracking = trackingQuery(table.columnLinks[column] ?? []);
  const page = (record) => {
    const url = record?.company_url;
    return typeof url === "string" && url.trim() !== "" ? url.trim() : void 0;
  };
  const shown = new Set(listings.filter((each) => each !== void 0));
  let [filled, fromShown, onlyUnshown] = [0, 0, 0];
  let company = "";
  table.cells[column]?.forEach((cell, row) => {
    const written = plainText(marksOf(cell).value);
    if (!isRepeatMark(written)) company = written;
    const listing = listings[row];
    if (!listing || page(listing) || company === "" || isRepeatMark(cell.trim())) return;
    const field = nameField(listing, company);
    if (!field) return;
    const others = records.filter(
      (record) => record !== listing && record[field] === listing[field] && page(record)
    );
    const href = hrefs(fromHtml(cell, { fragment: true }))[0] ?? markdownLink(cell.replace(/!\[[^\]]*\]\([^)]*\)/g, ""));
    if (href === void 0) {
      if (others.length > 0 && !others.some((record) => shown.has(record))) onlyUnshown += 1;
      return;
    }
    const from = others.filter((record) => page(record) === withoutQuery(href, tracking));
    if (from.length === 0) return;
    filled += 1;
    if (from.some((record) => shown.has(record))) fromShown += 1;
  });
  if (filled === 0) return void 0;
  return fromShown === filled && onlyUnshown > 0 ? "fill-shown" : "fill";
}
var nameField = (listing, name) => Object.keys(listing).find(
  (key) => typeof listing[key] === "string" && listing[key].trim() === name
);
function companyField(table, listings) {
  const column = table.headers.findIndex((header) => COMPANY.test(header));
  if (column < 0) return void 0;
  const found = [];
  let company = "";
  table.cells[column]?.forEach((cell, row) => {
    const written = plainText(marksOf(cell).value);
    if (!isRepeatMark(written)) company = written;
    const listing = listings[row];
    const field = listing && company !== "" ? nameField(listing, company) : void 0;
    if (field) found.push(field);
  });
  return mostFrequent(found);
}
function guessedSort(listings, records, company, mapping = {}) {
  const rows = [...new Set(listings.filter((each) => each !== void 0))];
  if (rows.length < 2) return { reordered: false };
  const position = new Map(records.map((record, index) => [record, index]));
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: "USD" });
  const held = rows.map((record) => sortable(record, position.get(record) ?? 0, mapping, normalize));
  const places = (keys) => {
    const compare = sortComparator(keys, "UTC");
    return held.every((each, row) => row === 0 || compare(held[row - 1], each) < 0);
  };
  if (places([])) return { reordered: false };
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))].filter(
    (field) => /^[a-z_]\w*$/i.test(field) && (field === "active" || field === "posted_at" && (mapping.posted_at ?? "posted_at") === "posted_at" || !isCanonical(field))
  );
  const present = (field) => records.filter((record) => record[field] !== void 0);
  const flags = fields.filter(
    (field) => present(field).every((record) => typeof record[field] === "boolean")
  );
  const dates = dateFields(records, fields);
  const orders = ["desc", "asc"];
  const key = (field, order, extra = {}) => ({
    field,
    order,
    ignoreCase: false,
    ...extra
  });
  const firsts = [void 0, ...flags.flatMap((field) => orders.map((order) => key(field, order)))];
  const posted = dates.flatMap((field) => [
    key(field, "desc"),
    ...SORT_ZONES.map((timezone) => key(field, "desc", { by: "day", timezone }))
  ]);
  const names = company ? [
    void 0,
    ...[false, true].flatMap(
      (ignoreCase) => orders.map((order) => key(company, order, { ignoreCase }))
    )
  ] : [void 0];
  const values = /* @__PURE__ */ new Map();
  const valuesOf = (each) => {
    let found = values.get(each);
    if (!found) {
      const read = keyReader(each, "UTC");
      found = held.map(read);
      values.set(each, found);
    }
    return found;
  };
  const fits = (keys) => held.every((_, row) => {
    if (row === 0) return true;
    for (const each of keys) {
      const [before, after] = [valuesOf(each)[row - 1], valuesOf(each)[row]];
      const order = compareValues(before, after, each.order === "desc" ? -1 : 1);
      if (order !== 0) return order < 0;
    }
    return true;
  });
  for (const first of firsts) {
    const start = first ? [first] : [];
    if (first && !fits(start)) continue;
    for (const date of posted) {
      const byDate = [...start, date];
      if (!fits(byDate)) continue;
      for (const name of names) {
        const byName = name ? [...byDate, name] : byDate;
        if (name && !fits(byName)) continue;
        const lasts = [
          void 0,
          ...dates.filter((field) => field !== date.field).flatMap((field) => orders.map((order) => key(field, order)))
        ];
        for (const last of lasts) {
          const keys = last ? [...byName, last] : byName;
          if (!places(keys)) continue;
          return { sort: keys.map(sortKeyYaml), reordered: false };
        }
      }
    }
  }
  return { reordered: held.every((each) => Number.isFinite(each.postedAt)) };
}
function dateFields(records, fields = [...new Set(records.flatMap((record) => Object.keys(record)))]) {
  return fields.filter((field) => {
    const values = records.flatMap((record) => record[field] === void 0 ? [] : [record[field]]);
    return values.length > 0 && values.every(
      (value) => typeof value === "number" && value >= 1e8 || typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value.trim())
    ) && values.every((value) => timeOf(value) !== void 0);
  });
}
function guessedTimezone(table, listings, records) {
  const column = table.headers.findIndex(
    (header, index) => /date|posted|added/i.test(header) && !isAgeColumn(header, shownSamples(table.samples[index]))
  );
  if (column < 0) return void 0;
  const cells = (table.cells[column] ?? []).map(cellText);
  const format = dateFormatOf(datedCells(cells));
  const start = format && /%-?[Yy]/.test(format) ? 0 : 5;
  const shown = cells.flatMap((cell, row) => {
    const listing = listings[row];
    const time = !listing ? void 0 : format ? readBy(cell, format) : inYearOf(cell, 2e3);
    return listing && time !== void 0 ? [{ listing, day: new Date(time).toISOString().slice(start, 10) }] : [];
  });
  if (shown.length < 3) return void 0;
  for (const field of dateFields(records)) {
    const zone = SORT_ZONES.find(
      (timezone) => shown.every(({ listing, day }) => {
        const when = whenOf(listing[field]);
        return when !== void 0 && calendarDay(when, timezone).slice(start) === day;
      })
    );
    if (zone) return zone === "UTC" ? void 0 : zone;
  }
  return void 0;
}
var SORT_ZONES = [
  "UTC",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney"
];
var isCanonical = (field) => CANONICAL_FIELDS.includes(field);
function sortable(record, position, mapping, normalize) {
  const read = normalize(record, position + 1);
  if (read.ok) return read.listing;
  const active = record.active;
  return {
    record,
    position: position + 1,
    active: typeof active === "boolean" ? active : true,
    postedAt: timeOf(record[mapping.posted_at ?? "posted_at"])
  };
}
function guessedCategory(listings, records, mapping = {}) {
  if (listings.length === 0 || listings.some((each) => each === void 0)) return void 0;
  const normalize = createNormalizer({ fields: mapping, salaryCurrency: "USD" });
  const read = (record, index) => {
    const listing = normalize(record, index + 1);
    return listing.ok ? listing.listing : void 0;
  };
  const all = records.map(read).filter((each) => each !== void 0);
  const rows = listings.map((record) => read(record, records.indexOf(record)));
  if (rows.some((each) => each === void 0)) return void 0;
  const named = rows.flatMap((row) => row.categories ?? []);
  const candidates = [.../* @__PURE__ */ new Set([...named, ...Object.keys(CATEGORY_KEYWORDS)])];
  const fitting = candidates.flatMap((name) => {
    const matches = categoryMatcher(name);
    if (!rows.every((row) => matches(row))) return [];
    const others2 = all.filter((listing) => !matches(listing)).length;
    return others2 > 0 ? [{ name, others: others2 }] : [];
  });
  const [best, next] = fitting.sort((a, b) => b.others - a.others);
  if (best && (!next || next.others < best.others)) return best;
  const own = fitting.filter((each) => each.others === best?.others && named.includes(each.name));
  if (own.length === 1) return own[0];
  const written = listings.flatMap((record) => {
    const value = readPath(record, mapping.categories ?? "categories");
    return (Array.isArray(value) ? value : [value]).filter((each) => typeof each === "string");
  });
  const wanted = new Map(
    named.map((name) => [
      name.toLowerCase(),
      written.find((each) => each.trim().toLowerCase() === name.toLowerCase())?.trim() ?? name
    ])
  );
  const within = (listing) => (listing.categories ?? []).some((name) => wanted.has(name.toLowerCase()));
  if (best || wanted.size < 2 || !rows.every((row) => within(row))) return void 0;
  const others = all.filter((listing) => !within(listing)).length;
  return others > 0 ? { names: [...wanted.values()], others } : void 0;
}
function sortKeyYaml(key) {
  return {
    field: key.field,
    order: key.order,
    ...key.by ? { by: key.by, timezone: key.timezone } : {},
    ...key.ignoreCase ? { "ignore-case": true } : {}
  };
}
var ruleText = (value) => typeof value === "boolean" ? String(value) : fieldText(value);
function valueCounts(records) {
  const counts = /* @__PURE__ */ new Map();
  for (const record of records)
    for (const [field, given] of Object.entries(record)) {
      const values = counts.get(field) ?? /* @__PURE__ */ new Map();
      counts.set(field, values);
      for (const each of new Set((Array.isArray(given) ? given : [given]).map(ruleText)))
        values.set(each, (values.get(each) ?? 0) + 1);
    }
  return counts;
}
function isCategory(field, records) {
  const words = field.replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z\d]+/);
  if (words.some((word) => OWN_WORDS.has(word))) return false;
  const values = records.flatMap((record) => {
    const given = record[field];
    return given === void 0 || given === null ? [] : Array.isArray(given) ? given : [given];
  });
  return !values.some(
    (value) => typeof value === "number" || typeof value === "string" && (/^[-+]?\d+(?:[.,]\d+)?$/.test(value.trim()) || /^\d{4}-\d{2}-\d{2}/.test(value.trim()) || /^(?:https?:\/\/|mailto:|www\.)/i.test(value.trim()))
  );
}
var OWN_WORDS = new Set(
  "id ids uuid guid key slug url urls link links href address email location locations city cities state states country countries region place places where date dates time times at timestamp updated created posted added modified title titles role roles position name names company companies employer organization org".split(" ")
);
var MARK_ROWS = 3;
var MARK_KINDS = 5;
var MARK_MISSES = 20;
function rowListings(table, postings, records) {
  if (records.length === 0) return postings.map(() => void 0);
  const byText = /* @__PURE__ */ new Map();
  for (const record of records)
    for (const value of new Set(Object.values(record)))
      if (typeof value === "string" && value.trim() !== "")
        byText.set(value.trim(), [...byText.get(value.trim()) ?? [], record]);
  const column = (pattern) => table.headers.findIndex((header) => pattern.test(header));
  const [companies, roles, places] = [column(COMPANY), column(ROLE), column(LOCATION)];
  let company = "";
  return postings.map((posting, row) => {
    const shown = (index) => plainText(marksOf(table.cells[index]?.[row] ?? "").value);
    const written = companies < 0 ? "" : shown(companies);
    if (!isRepeatMark(written)) company = written;
    const role = roles < 0 ? [] : [plainText(table.cells[roles]?.[row] ?? ""), shown(roles)];
    const holds = (record, texts) => Object.values(record).some((value) => typeof value === "string" && texts.includes(value.trim()));
    const byPosting = posting === void 0 ? [] : byText.get(posting) ?? [];
    const ofRole = byPosting.filter((record) => holds(record, role));
    if (byPosting.length > 0)
      return byPosting.length === 1 ? byPosting[0] : ofRole.length === 1 ? ofRole[0] : void 0;
    if (roles < 0 || company === "") return void 0;
    const found = [
      ...new Set(
        role.flatMap((text) => (byText.get(text) ?? []).filter((record) => holds(record, [company])))
      )
    ];
    if (found.length === 1) return found[0];
    const location = places < 0 ? void 0 : locationText(table.cells[places]?.[row] ?? "");
    const placed = location ? found.filter((record) => holds(record, [location])) : [];
    return placed.length === 1 ? placed[0] : void 0;
  });
}
function beforeLink(cell) {
  const found = /(?<!!)\[[^\]]*\]\(|<a\s/i.exec(cell);
  return found ? cell.slice(0, found.index) : void 0;
}
function plainText(cell) {
  return cell.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\]\([^)]*\)/g, "").replace(/<[^>]*>|\*\*|__|\[/g, "").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}
function markTemplate(mark, rows, records, unmarked = [], unkept = () => {
}, said = () => {
}) {
  const literal2 = liquidArguments([mark]);
  if (!literal2) return "";
  const best = fieldRule(rows, records, mark.trim());
  const pairs2 = best && liquidArguments(best.values.flatMap((value) => [value, mark]));
  if (best && pairs2) {
    const template = `{{ ${best.field} | mark: ${pairs2} }}`;
    const others = best.others.flatMap((other) => {
      const written = liquidArguments(other.values.flatMap((value) => [value, mark]));
      return written ? [`{{ ${other.field} | mark: ${written} }}`] : [];
    });
    if (others.length > 0) {
      const values = (values2) => values2.map((each) => `"${each}"`).join(", ");
      said(
        `${[best, ...best.others].length} fields of the listings tell the rows with the ${mark.trim()} mark from the others: init read it from ${best.field} (${values(best.values)})${best.meant ? ", whose name or value speaks of what the mark means" : ""}, not ${best.others.map((other) => `${other.field} (${values(other.values)})`).join(", ")}. If the mark follows another, write ${others.join(" or ")} in its place.`
      );
    }
    return template;
  }
  const postingOf = (row) => {
    const own = row.record?.url;
    return row.posting ?? (typeof own === "string" && own.trim() !== "" ? own.trim() : void 0);
  };
  const postings = [
    ...new Set(
      rows.flatMap((row) => {
        const posting = row.marked ? postingOf(row) : void 0;
        return posting ? [posting] : [];
      })
    )
  ];
  const named = [
    ...new Set(
      rows.flatMap((row) => {
        if (!row.marked || postingOf(row) || !row.name) return [];
        const { name } = row;
        const company = liquidArguments([name.company]);
        const title = liquidArguments([name.title]);
        if (!company || !title) return [];
        const alike = unmarked.filter(
          (other) => other.company === name.company && other.title === name.title
        );
        if (alike.length === 0) return [`company == ${company} and title == ${title}`];
        const location = name.location === void 0 ? void 0 : liquidArguments([name.location]);
        if (location && !alike.some((other) => other.location === name.location))
          return [`company == ${company} and title == ${title} and location == ${location}`];
        unkept(name);
        return [];
      })
    )
  ];
  const byName = named.length === 0 ? "" : `{% if ${named.join(` %}${liquidText(mark)}{% elsif `)} %}${liquidText(mark)}{% endif %}`;
  const whens = liquidArguments(postings);
  if (!whens) return byName;
  const byPosting = `{% case url %}{% when ${whens} %}${liquidText(mark)}`;
  return byName === "" ? `${byPosting}{% endcase %}` : `${byPosting}{% else %}${byName}{% endcase %}`;
}
function rowNames(table) {
  const companyColumn = table.headers.findIndex((header) => COMPANY.test(header));
  const roleColumn = table.headers.findIndex(
    (header, index) => index !== companyColumn && ROLE.test(header)
  );
  if (companyColumn < 0 || roleColumn < 0) return [];
  const locationColumn = table.headers.findIndex((header) => LOCATION.test(header));
  let company = "";
  return (table.cells[companyColumn] ?? []).map((cell, row) => {
    const written = plainText(marksOf(cell).value);
    if (!isRepeatMark(written)) company = written;
    const title = plainText(marksOf(table.cells[roleColumn]?.[row] ?? "").value);
    if (company === "" || title === "") return void 0;
    const location = locationColumn < 0 ? void 0 : locationText(table.cells[locationColumn]?.[row] ?? "");
    return { company, title, ...location ? { location } : {} };
  });
}
function locationText(cell) {
  const items = (COLLAPSED.exec(cell.trim())?.[3] ?? cell).split(SEPARATOR).map((each) => plainText(marksOf(each).value)).filter((each) => each !== "");
  return items.length > 0 ? items.join("; ") : void 0;
}
export {
  boardsFileWith,
  trackingQuery
};
