import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  normalizeUri
} from "./chunk-WBHQ3FF2.js";
import {
  skillsOf
} from "./chunk-KEP2DW5I.js";
import {
  DEFAULT_TABLE,
  cellTemplate,
  dateColumn,
  inlineTokens,
  templateLabels,
  templateReads,
  templateReadsPosting
} from "./chunk-5R6ZADQT.js";
import {
  DEFAULT_LOCALE,
  ageInDays,
  calendarDay,
  postedDate,
  withCount
} from "./chunk-UKJOBUJ4.js";
import {
  errors,
  isBoardError
} from "./chunk-POPMLHNH.js";
import {
  tableLines
} from "./chunk-GTVH52DB.js";
import {
  SalaryValue,
  openTag
} from "./chunk-T224ZO2J.js";
import {
  memoized
} from "./chunk-ZMGGXRAP.js";
import {
  cellEdges,
  gfmTree,
  singleLine,
  tableRow,
  text,
  toString
} from "./chunk-3C3LAPTG.js";
import {
  normalizeUrl,
  withUtm
} from "./chunk-DRQNNRXV.js";

// src/render/columns.ts
function tableColumns(settings) {
  let columns = made.get(settings);
  if (!columns) {
    const date = dateColumn(settings);
    columns = settings.map((each, index) => ({
      ...templateColumn(each),
      ...index === date ? { date: true } : {}
    }));
    made.set(settings, columns);
  }
  return columns;
}
function listingScope(listing, options) {
  return {
    record: recordScope(listing.record),
    id: listing.id,
    company: COMPANY,
    company_url: listing.companyUrl,
    title: TITLE,
    url: URL_WITH_UTM,
    url_raw: listing.url,
    location: LOCATION,
    locations: LOCATIONS,
    work_type: listing.workType,
    posted_at: POSTED_AT,
    salary: SALARY,
    skills: SKILLS,
    categories: listing.categories,
    active: listing.active,
    labels: labelsScope(options),
    [LISTING]: listing,
    [OPTIONS]: options
  };
}
function fieldsNoRowHas(settings, rows, options) {
  const [first] = rows;
  if (!first) return [];
  const scope = listingScope(first, options);
  const had = (name) => rows.some((row) => !isAbsent(row.record[name]));
  const columns = tableColumns(settings);
  return settings.flatMap((column, index) => {
    const fields = [
      ...new Set(
        templateReads(column.cell).flatMap(
          ([name = "", field]) => name === "record" ? field === void 0 ? [] : [field] : name in scope ? [] : [name]
        )
      )
    ].filter((field) => !had(field));
    if (fields.length === 0) return [];
    const empty = rows.every((row) => rendersNothing(() => columns[index].cell(row, options)));
    return fields.map((field) => ({ header: singleLine(column.header).trim(), field, empty }));
  });
}
function rendersNothing(cell) {
  try {
    return cell().every((node) => node.type === "text" && node.value.trim() === "");
  } catch {
    return false;
  }
}
var LISTING = /* @__PURE__ */ Symbol("listing");
var OPTIONS = /* @__PURE__ */ Symbol("options");
function computed(field, make) {
  return function() {
    const value = make(this[LISTING], this[OPTIONS]);
    this[field] = value;
    return value;
  };
}
var COMPANY = computed("company", (listing) => shown(listing.company));
var TITLE = computed("title", (listing) => shown(listing.title));
var LOCATION = computed("location", (listing) => shown(listing.location) || void 0);
var LOCATIONS = computed("locations", locationList);
var URL_WITH_UTM = computed(
  "url",
  (listing, options) => listing.url && withUtm(listing.url, options.utm)
);
var POSTED_AT = computed("posted_at", postedDate);
var SALARY = computed("salary", (listing) => listing.salary && new SalaryValue(listing.salary));
var SKILLS = computed("skills", skillsOf);
var made = /* @__PURE__ */ new WeakMap();
function templateColumn(settings) {
  const header = cellTemplate(settings.header);
  const cell = cellTemplate(settings.cell);
  const failed = (what, error, { table }) => isBoardError(error) ? error : errors.templateFailed(
    singleLine(settings.header).trim(),
    what,
    String(error.message ?? error).split("\n")[0],
    table
  );
  return {
    header: (options) => {
      try {
        return header({ labels: labelsScope(options) }, options);
      } catch (error) {
        throw failed("its header", error, options);
      }
    },
    align: settings.align,
    delimiter: settings.delimiter,
    ...settings.posting ? { postingLink: true } : {},
    ...templateReadsPosting(settings.cell) ? {} : { postingFree: true },
    cell: (listing, options) => {
      try {
        return cell(scopeOf(listing, options), options, recordScope(listing.record));
      } catch (error) {
        throw failed(`the listing "${listing.id}"`, error, options);
      }
    }
  };
}
var lastScope;
function scopeOf(listing, options) {
  if (lastScope?.listing !== listing || lastScope.options !== options)
    lastScope = { listing, options, scope: listingScope(listing, options) };
  return lastScope.scope;
}
var labelScopes = /* @__PURE__ */ new WeakMap();
function labelsScope({ labels }) {
  let scope = labelScopes.get(labels);
  if (!scope) {
    scope = templateLabels(labels);
    labelScopes.set(labels, scope);
  }
  return scope;
}
function recordScope(record) {
  let seen = recordScopes.get(record);
  if (!seen) {
    seen = Object.values(record).some(isAbsent) ? Object.fromEntries(Object.entries(record).filter(([, value]) => !isAbsent(value))) : record;
    recordScopes.set(record, seen);
  }
  return seen;
}
var recordScopes = /* @__PURE__ */ new WeakMap();
function isAbsent(value) {
  return value === null || value === void 0 || value === "";
}
function locationList(listing) {
  const own = listing.record.locations;
  const parts = listing.locations ?? (listing.location === "" && Array.isArray(own) ? own.map(String) : listing.location.split("; "));
  return parts.map(shown).filter(Boolean);
}
function shown(value) {
  return singleLine(value).trim();
}

// src/render/rows.ts
function pipeTable(layout) {
  return (table) => ({ ...tableLines(table, layout), foot: [] });
}
var PIPE_TABLE = pipeTable();
function zoneOrder(rows, closed = "drop") {
  if (closed !== "details") return [...rows];
  return [...rows.filter((row) => row.active), ...rows.filter((row) => !row.active)];
}
function mainTableRows(rows, closed = "drop") {
  return closed === "details" ? rows.filter((row) => row.active) : [...rows];
}
function zoneRows(rows, options) {
  const { closed = "drop", writer = PIPE_TABLE, ...rest } = options;
  const tableOptions = { ...rest, closed: closed === "mark" ? "mark" : void 0 };
  const open = mainTableRows(rows, closed);
  const table = openingsTable(open, tableOptions);
  const main = writer(table);
  if (closed !== "details" || open.length === rows.length)
    return { lines: [...main.head, ...main.body, ...main.foot], rowLines: main.body, table };
  const shut = rows.filter((row) => !row.active);
  const folded = writer(openingsTable(shut, tableOptions));
  const summary = withCount(
    options.labels.inactiveRoles,
    shut.length,
    options.locale ?? DEFAULT_LOCALE
  );
  return {
    lines: [
      ...main.head,
      ...main.body,
      ...main.foot,
      ...main.foot.length ? [] : [""],
      `<details><summary>${escapeHtml(summary)}</summary>`,
      "",
      ...folded.head,
      ...folded.body,
      ...folded.foot,
      ...folded.foot.length ? [] : [""],
      // A blank last line, as after an HTML table: `</details>` starts an HTML block that runs
      // to the next blank line, and would take the zone's end marker in.
      "</details>",
      "",
      ""
    ],
    rowLines: [...main.body, ...folded.body],
    table
  };
}
function repeatedCompanies(rows, cells, { when = "same-day", timezone, now, ageDays, dates, asAbove }) {
  const zone = ageDays === "wall-clock" ? timezone : void 0;
  if (when === "same-date-text" && !dates)
    throw new Error("repeat-company-when: same-date-text needs a date column (a cell of posted_at)");
  const posted = (row, index) => when === "same-age" ? ageInDays(postedDate(row), now, zone) : when === "same-date-text" ? cellText(dates[index]) : calendarDay(postedDate(row), timezone);
  let previous;
  return rows.map((row, index) => {
    const cell = cells[index];
    const current = { cell: cellText(cell), day: posted(row, index) };
    const repeats = previous?.day === current.day && (previous.cell === current.cell || asAbove !== void 0 && cellText(asAbove(index)) === previous.cell);
    previous = current;
    return repeats;
  });
}
function cellText(cell) {
  return cellEdges(cell) + JSON.stringify(cell);
}
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/render/openings.ts
function openingsTable(rows, options) {
  const columns = options.columns ?? tableColumns(DEFAULT_TABLE.columns);
  const cellOf = (listing) => (column) => {
    const cell = column.cell(listing, options);
    return column.postingLink && options.closed === "mark" && !listing.active ? closedCell(cell) : cell;
  };
  const body = rows.map((listing) => columns.map(cellOf(listing)));
  const companyColumn = columns.findIndex((column) => !column.postingLink);
  if (options.repeatCompany !== void 0 && companyColumn >= 0) {
    const companies = body.map((cells) => cells[companyColumn]);
    const date = columns.findIndex((column) => column.date);
    const company = columns[companyColumn];
    const repeats = repeatedCompanies(rows, companies, {
      dates: date < 0 ? void 0 : body.map((cells) => cells[date]),
      // A cell that reads nothing of the posting shows the same for the posting above.
      asAbove: company.postingFree ? void 0 : (index) => company.cell(
        { ...rows[index], id: rows[index - 1].id, url: rows[index - 1].url },
        options
      ),
      when: options.repeatCompanyWhen,
      timezone: options.timezone,
      now: options.now ?? Date.now(),
      ageDays: options.ageDays
    });
    for (const [index, cells] of body.entries())
      if (repeats[index]) cells[companyColumn] = [text(options.repeatCompany)];
  }
  return {
    type: "table",
    align: columns.map((column) => column.align),
    data: { delimiterRow: columns.map((column) => column.delimiter) },
    children: [tableRow(columns.map((column) => column.header(options))), ...body.map(tableRow)]
  };
}
var CLOSED_MARK = "\u{1F512}";
function closedCell(cell) {
  const kept = unlinked(cell);
  const blank = kept.every((node) => node.type === "text" && node.value.trim() === "");
  if (blank) return [text(CLOSED_MARK)];
  return shows(kept, CLOSED_MARK) ? kept : [...kept, text(` ${CLOSED_MARK}`)];
}
function shows(nodes, mark) {
  return nodes.some(
    (node) => node.type === "text" ? node.value.includes(mark) : "children" in node && shows(node.children, mark)
  );
}
function unlinked(nodes) {
  let anchors = 0;
  return nodes.flatMap((node) => {
    if (node.type === "link") return unlinked(node.children.filter((child) => !isImage(child)));
    if (node.type === "strong" || node.type === "emphasis" || node.type === "delete")
      return [{ ...node, children: unlinked(node.children) }];
    if (node.type === "html") {
      if (OPENING_ANCHOR.test(node.value)) anchors++;
      else if (CLOSING_ANCHOR.test(node.value)) anchors = Math.max(0, anchors - 1);
      else if (!(anchors > 0 && IMAGE_TAG.test(node.value))) return [node];
      return [];
    }
    return [node];
  });
}
function isImage(node) {
  return node.type === "image" || node.type === "imageReference";
}
var OPENING_ANCHOR = /^<a(?:\s|>)/i;
var CLOSING_ANCHOR = /^<\/a\s*>/i;
var IMAGE_TAG = /^<img(?:\s|\/|>)/i;

// src/changes.ts
async function tableChanges(oldZone, newZone, rowUrls, posting, held) {
  const rows = await tableRows(oldZone, posting);
  if (newZone.text === oldZone.text) return { added: [], removed: [], previousRows: rows.length };
  const postingColumn = posting.index;
  const oldLines = oldZone.tables.flatMap(
    (table) => table.format === "pipe" ? table.lines.slice(1) : []
  );
  const read = READ_ROWS.get(oldZone.tables);
  const readAlready = read?.posting === posting ? read.rows : void 0;
  const readLines = /* @__PURE__ */ new Map();
  if (readAlready) {
    for (const [index, line] of oldLines.entries())
      if (rows[index]?.column === postingColumn)
        readLines.set(line, withoutMarks(readAlready[index]));
  }
  const newRows = treeRows(newZone.table).map((cells, index) => {
    const line = newZone.rowLines?.[index];
    return line !== void 0 && readLines.has(line) ? readLines.get(line) : postingLink(cells, postingColumn);
  });
  const columns = sharedPostingColumns(
    rows,
    new Set(newRows.flatMap((row) => row?.opening ? [row.key] : []))
  );
  const written = new Map(newZone.rowLines?.map((line, index) => [line, newRows[index]]));
  const oldRows = rows.map(({ cells, column: first, headed, locked }, index) => {
    const column = columns[index];
    const line = oldLines[index];
    const same = line !== void 0 && column === postingColumn ? written.get(line) : void 0;
    return same ? { ...same, ...headed ? { headed } : {}, ...locked ? { locked } : {} } : readAlready && column === first ? readAlready[index] : postingLink(cells, column, { headed, locked });
  });
  const before = /* @__PURE__ */ new Map();
  for (const row of oldRows) if (row && !before.has(row.key)) before.set(row.key, row.link);
  const openings = new Set(openingsOf(oldRows));
  for (const key of before.keys()) if (!openings.has(key)) before.delete(key);
  const named = /* @__PURE__ */ new Map();
  for (const [index, row] of newRows.entries()) {
    if (newZone.active?.[index] === false || !row?.opening) continue;
    const url = newRows.length === rowUrls.length ? rowUrls[index] : void 0;
    if (row && !named.has(row.key)) named.set(row.key, normalizeUrl(url ?? row.link));
  }
  const removed = [...before.keys()].filter((key) => !named.has(key));
  const unread = postingColumn >= 0 && newRows.length > 0 && !newRows.some((row) => row?.opening);
  const header = newZone.table.children[0]?.children[postingColumn];
  const gone = removed.filter((key) => openings.has(key));
  const kept = (state) => gone.filter((key) => held?.of(key) === state).length;
  return {
    added: [...named].filter(([key]) => !before.has(key)).map(([, url]) => url),
    removed: removed.map((key) => before.get(key)),
    previousRows: rows.length,
    ...unread ? {
      unreadPosting: {
        column: postingColumn,
        header: header ? toString(header, { includeHtml: false }).trim() : ""
      }
    } : {},
    ...removed.length > 0 ? {
      openings: {
        before: openings.size,
        removed: gone.length,
        vanished: held ? gone.filter((key) => held.of(key) === void 0).length : gone.length,
        closed: kept("closed"),
        others: oldRows.length - oldRows.filter(isOpening(oldRows)).length
      }
    } : {}
  };
}
async function openingLinks(oldZone, posting) {
  const read = await tableRows(oldZone, posting);
  const rows = read.map((row) => postingLink(row.cells, row.column, row));
  READ_ROWS.set(oldZone.tables, { posting, rows });
  const others = read.flatMap(
    (row) => (row.shared ?? []).filter((column) => column !== row.column).map((column) => postingLink(row.cells, column, row))
  );
  return [.../* @__PURE__ */ new Set([...openingsOf(rows), ...openingsOf(others)])];
}
var READ_ROWS = /* @__PURE__ */ new WeakMap();
function withoutMarks(row) {
  return row && { link: row.link, key: row.key, opening: row.opening };
}
function isOpening(rows) {
  const ours = rows.some((row) => row?.opening || row?.headed);
  return (row) => row !== void 0 && (row.opening || !ours && !row.locked);
}
function openingsOf(rows) {
  return rows.filter(isOpening(rows)).map((row) => row.key);
}
var HeldOpenings = class {
  held = /* @__PURE__ */ new Map();
  /**
   * The watched links by their address without the query, each with its query's parameters and
   * its own: those not on every link of its table (a posting's `gh_jid=1`, not the cell
   * template's `ref=Simplify`).
   */
  byAddress = /* @__PURE__ */ new Map();
  /** The last path segment of each watched link (pathTail): most links of a feed match none. */
  tails = /* @__PURE__ */ new Set();
  /**
   * Watches the feed for `links`, one table's (compared as tableChanges compares them:
   * openingLinks). A parameter on every link of the table is the cell template's, which the
   * feed's link need not have; a table of one link has none of its own.
   */
  watch(links) {
    const table = [...new Set(links)].map((link) => ({ link, ...queryParts(link) }));
    const common = table.reduce(
      (shared, { parameters }) => shared === void 0 ? new Set(parameters) : new Set(parameters.filter((parameter) => shared.has(parameter))),
      void 0
    );
    for (const { link, address, parameters } of table) {
      if (this.held.has(link)) continue;
      this.held.set(link, void 0);
      this.tails.add(pathTail(link));
      const same = this.byAddress.get(address) ?? [];
      const own = parameters.filter((parameter) => !common?.has(parameter));
      same.push({ link, parameters: new Set(parameters), own });
      this.byAddress.set(address, same);
    }
  }
  /** How many links are watched. */
  get size() {
    return this.held.size;
  }
  /** A listing of the feed, its posting url as read (undefined: none) and whether it is open. */
  see(url, active) {
    if (typeof url !== "string") return;
    const tail = pathTail(url);
    if (tail !== void 0 && !this.tails.has(tail)) return;
    const { address, parameters } = queryParts(comparedLink(url));
    for (const watched of this.byAddress.get(address) ?? []) {
      if (this.held.get(watched.link) === "open") continue;
      if (parameters.every((parameter) => watched.parameters.has(parameter)) && watched.own.every((parameter) => parameters.includes(parameter)))
        this.held.set(watched.link, active ? "open" : "closed");
    }
  }
  /** What the feed holds of `link`; undefined: nothing, or it was not watched. */
  of(link) {
    return this.held.get(link);
  }
};
function queryParts(link) {
  const query = link.indexOf("?");
  if (query < 0) return { address: link, parameters: [] };
  return { address: link.slice(0, query), parameters: link.slice(query + 1).split("&") };
}
function pathTail(url) {
  const text2 = url.trim();
  const query = text2.search(/[?#]/);
  let end = query < 0 ? text2.length : query;
  while (end > 0 && text2.charCodeAt(end - 1) === 47) end--;
  const slash = text2.lastIndexOf("/", end - 1);
  const authority = text2.indexOf("//");
  if (authority < 0 || slash <= authority + 1) return void 0;
  const tail = text2.slice(slash + 1, end);
  return PLAIN_SEGMENT.test(tail) && !DOT_SEGMENT.test(tail) ? tail : void 0;
}
var PLAIN_SEGMENT = /^[\w.~!$&'()*+,;=:@%-]+$/;
var DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
async function tableRows({ text: text2, tables }, posting) {
  const rows = tables.flatMap((table) => {
    if (table.format !== "pipe") return [];
    const [header = [], ...body] = table.rows;
    const { column, headed, shared } = postingColumnOf(
      header.map((content) => shownText(inlineTokens(content, table.env))),
      posting
    );
    const links = memoized(
      (content) => MAY_LINK.test(content) ? firstLink(inlineTokens(content, table.env)) : void 0
    );
    return body.map((cells) => ({
      column,
      headed,
      ...shared ? { shared } : {},
      locked: cells.some((content) => content.includes(CLOSED_MARK)),
      cells: cells.map((content) => () => links(content))
    }));
  });
  const blocks = tables.filter((table) => table.format === "html");
  if (blocks.length === 0) return rows;
  const { htmlTableLinks } = await import("./html-table-links-6S272E7O.js");
  return [
    ...rows,
    ...htmlTableLinks(text2, blocks).flatMap((table) => {
      const { column, headed, shared } = postingColumnOf(table.header, posting);
      return table.rows.map((links, row) => ({
        column,
        headed,
        ...shared ? { shared } : {},
        locked: table.locked[row] === true,
        cells: links.map((link) => () => link)
      }));
    })
  ];
}
function postingColumnOf(headers, posting) {
  const unheaded = { column: posting.index, headed: false };
  if (posting.index < 0 || posting.header === void 0) return unheaded;
  const wanted = sameHeader(toString(posting.header, { includeHtml: false }));
  if (wanted === "") return unheaded;
  const headed = headers.flatMap((header, index) => sameHeader(header) === wanted ? [index] : []);
  const [first] = headed;
  if (first === void 0) return unheaded;
  const column = headed.includes(posting.index) ? posting.index : first;
  return { column, headed: true, ...headed.length > 1 ? { shared: headed } : {} };
}
function sharedPostingColumns(rows, postings) {
  const chosen = /* @__PURE__ */ new Map();
  return rows.map((row) => {
    const { shared } = row;
    if (shared === void 0) return row.column;
    const known = chosen.get(shared);
    if (known !== void 0) return known;
    const table = rows.filter((other) => other.shared === shared);
    const held = (column) => table.filter((other) => {
      const link = other.cells[column]?.();
      return link !== void 0 && postings.has(comparedLink(link));
    }).length;
    let best = row.column;
    for (const column of shared) if (held(column) > held(best)) best = column;
    chosen.set(shared, best);
    return best;
  });
}
function sameHeader(text2) {
  return text2.replace(/\s+/g, " ").trim().toLowerCase();
}
function shownText(cell) {
  return cell.filter((token) => ["text", "text_special", "code_inline"].includes(token.type)).map((token) => token.content).join("");
}
var MAY_LINK = /[[<@]|www\.|:\/\//i;
function treeRows(table) {
  return table.children.slice(1).map((row) => row.children.map((cell) => () => firstTreeLink(cell.children)));
}
function firstTreeLink(nodes) {
  const shown2 = new ShownText();
  for (const node of nodes) {
    if (shown2.add(node.type, "value" in node ? node.value : "")) continue;
    const bare = shown2.link();
    if (bare) return bare;
    const link = node.type === "link" ? node.url : node.type === "html" ? anchorHref(node.value) : "children" in node ? firstTreeLink(node.children) : void 0;
    if (link) return link;
  }
  return shown2.link();
}
function postingLink(cells, postingColumn, { headed = false, locked = false } = {}) {
  const column = Math.max(0, postingColumn);
  const after = cells.slice(column);
  const before = cells.slice(0, column).reverse();
  for (const [index, cell] of [...after, ...before].entries()) {
    const link = cell();
    if (link === void 0) continue;
    const normalized = normalizeUrl(link);
    return {
      link: normalized,
      key: comparedLink(link, normalized),
      opening: postingColumn < 0 || index === 0,
      ...headed ? { headed } : {},
      ...locked ? { locked } : {}
    };
  }
  return void 0;
}
function comparedLink(link, normalized) {
  const encoded = normalizeUri(link);
  return encoded === link && normalized !== void 0 ? normalized : normalizeUrl(encoded);
}
function firstLink(cell) {
  let inLink = 0;
  const shown2 = new ShownText();
  for (const token of cell) {
    if (inLink === 0 && shown2.add(token.type, token.content)) continue;
    const bare = shown2.link();
    if (bare) return bare;
    if (token.type === "link_close") inLink -= 1;
    const link = token.type === "link_open" ? token.attrGet("href") : void 0;
    const anchor = token.type === "html_inline" ? anchorHref(token.content) : void 0;
    if (link ?? anchor) return link ?? anchor;
    if (token.type === "link_open") inLink += 1;
  }
  return shown2.link();
}
var ShownText = class {
  texts = [""];
  /** Adds a piece of the cell (its token's or node's type and text); false: it is markup. */
  add(type, content) {
    if (type === "text" || type === "text_special") this.texts[this.texts.length - 1] += content;
    else if (type === "code_inline" || type === "inlineCode") this.texts.push(content, "");
    else if (!((type === "html_inline" || type === "html" || type === "comment") && isComment(type, content)))
      return false;
    return true;
  }
  /**
   * The first address the text gathered so far shows; undefined: none. The text of a code span
   * (`` `https://…` ``, an address shown as code) is read on its own, as the page shows it.
   */
  link() {
    const texts = this.texts;
    this.texts = [""];
    for (const text2 of texts) {
      const link = text2 === "" ? void 0 : shownLink(text2);
      if (link) return link;
    }
    return void 0;
  }
};
function isComment(type, content) {
  return type === "comment" || /^<!--[\s\S]*?-->$/.test(content);
}
function shownLink(text2) {
  if (!MAY_LINK.test(text2)) return void 0;
  const walk = (node) => node.type === "link" ? node.url || void 0 : "children" in node ? node.children.reduce(
    (found, child) => found ?? walk(child),
    void 0
  ) : void 0;
  return walk(gfmTree(text2));
}
function anchorHref(tag) {
  const read = openTag(tag);
  return read?.name === "a" ? read.attributes.get("href")?.decoded : void 0;
}

export {
  tableColumns,
  fieldsNoRowHas,
  pipeTable,
  zoneOrder,
  mainTableRows,
  zoneRows,
  CLOSED_MARK,
  tableChanges,
  openingLinks,
  HeldOpenings,
  comparedLink,
  ShownText
};
