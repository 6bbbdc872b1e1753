import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  inlineTokens
} from "./chunk-MDWKFDOI.js";
import {
  normalizeUrl
} from "./chunk-NPSXZNHX.js";
import {
  normalizeUri
} from "./chunk-KQTH7EO4.js";
import {
  decodeNamedCharacterReference,
  gfmTree,
  toString
} from "./chunk-2GOGV3GD.js";

// src/changes.ts
async function tableChanges(oldZone, newZone, rowUrls, posting, held) {
  const rows = await tableRows(oldZone, posting);
  if (newZone.text === oldZone.text) return { added: [], removed: [], previousRows: rows.length };
  const postingColumn = posting.index;
  const newRows = treeRows(newZone.table).map((cells) => postingLink(cells, postingColumn));
  const written = new Map(newZone.rowLines?.map((line, index) => [line, newRows[index]]));
  const oldLines = oldZone.tables.flatMap(
    (table) => table.format === "pipe" ? table.lines.slice(1) : []
  );
  const read = READ_ROWS.get(oldZone.tables);
  const readAlready = read?.posting === posting ? read.rows : void 0;
  const oldRows = rows.map(({ cells, column, headed }, index) => {
    const line = oldLines[index];
    const same = line !== void 0 && column === postingColumn ? written.get(line) : void 0;
    return same ? { ...same, ...headed ? { headed } : {} } : readAlready ? readAlready[index] : postingLink(cells, column, headed);
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
  const rows = (await tableRows(oldZone, posting)).map(
    (row) => postingLink(row.cells, row.column, row.headed)
  );
  READ_ROWS.set(oldZone.tables, { posting, rows });
  return [...new Set(openingsOf(rows))];
}
var READ_ROWS = /* @__PURE__ */ new WeakMap();
function isOpening(rows) {
  const ours = rows.some((row) => row?.opening || row?.headed);
  return (row) => row !== void 0 && (row.opening || !ours);
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
  const text = url.trim();
  const query = text.search(/[?#]/);
  let end = query < 0 ? text.length : query;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--;
  const slash = text.lastIndexOf("/", end - 1);
  const authority = text.indexOf("//");
  if (authority < 0 || slash <= authority + 1) return void 0;
  const tail = text.slice(slash + 1, end);
  return PLAIN_SEGMENT.test(tail) && !DOT_SEGMENT.test(tail) ? tail : void 0;
}
var PLAIN_SEGMENT = /^[\w.~!$&'()*+,;=:@%-]+$/;
var DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
async function tableRows({ text, tables }, posting) {
  const rows = tables.flatMap((table) => {
    if (table.format !== "pipe") return [];
    const [header = [], ...body] = table.rows;
    const { column, headed } = postingColumnOf(
      header.map((content) => shownText(inlineTokens(content, table.env))),
      posting
    );
    return body.map((cells) => ({
      column,
      headed,
      cells: cells.map(
        (content) => () => MAY_LINK.test(content) ? firstLink(inlineTokens(content, table.env)) : void 0
      )
    }));
  });
  const blocks = tables.filter((table) => table.format === "html");
  if (blocks.length === 0) return rows;
  const { htmlTableLinks } = await import("./html-table-links-K2S2OUXW.js");
  return [
    ...rows,
    ...htmlTableLinks(text, blocks).flatMap((table) => {
      const { column, headed } = postingColumnOf(table.header, posting);
      return table.rows.map((links) => ({ column, headed, cells: links.map((link) => () => link) }));
    })
  ];
}
function postingColumnOf(headers, posting) {
  const unheaded = { column: posting.index, headed: false };
  if (posting.index < 0 || posting.header === void 0) return unheaded;
  const wanted = sameHeader(toString(posting.header, { includeHtml: false }));
  if (wanted === "") return unheaded;
  const headed = (index) => sameHeader(headers[index] ?? "") === wanted;
  if (headed(posting.index)) return { column: posting.index, headed: true };
  const found = headers.findIndex((_, index) => headed(index));
  return found < 0 ? unheaded : { column: found, headed: true };
}
function sameHeader(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}
function shownText(cell) {
  return cell.filter((token) => ["text", "text_special", "code_inline"].includes(token.type)).map((token) => token.content).join("");
}
var MAY_LINK = /[[<@]|www\.|:\/\//i;
function treeRows(table) {
  return table.children.slice(1).map((row) => row.children.map((cell) => () => firstTreeLink(cell.children)));
}
function firstTreeLink(nodes) {
  const shown = new ShownText();
  for (const node of nodes) {
    if (shown.add(node.type, "value" in node ? node.value : "")) continue;
    const bare = shown.link();
    if (bare) return bare;
    const link = node.type === "link" ? node.url : node.type === "html" ? anchorHref(node.value) : "children" in node ? firstTreeLink(node.children) : void 0;
    if (link) return link;
  }
  return shown.link();
}
function postingLink(cells, postingColumn, headed = false) {
  const column = Math.max(0, postingColumn);
  const after = cells.slice(column);
  const before = cells.slice(0, column).reverse();
  for (const [index, cell] of [...after, ...before].entries()) {
    const link = cell();
    if (link !== void 0)
      return {
        link: normalizeUrl(link),
        key: comparedLink(link),
        opening: postingColumn < 0 || index === 0,
        ...headed ? { headed } : {}
      };
  }
  return void 0;
}
function comparedLink(link) {
  return normalizeUrl(normalizeUri(link));
}
function firstLink(cell) {
  let inLink = 0;
  const shown = new ShownText();
  for (const token of cell) {
    if (inLink === 0 && shown.add(token.type, token.content)) continue;
    const bare = shown.link();
    if (bare) return bare;
    if (token.type === "link_close") inLink -= 1;
    const link = token.type === "link_open" ? token.attrGet("href") : void 0;
    const anchor = token.type === "html_inline" ? anchorHref(token.content) : void 0;
    if (link ?? anchor) return link ?? anchor;
    if (token.type === "link_open") inLink += 1;
  }
  return shown.link();
}
var ShownText = class {
  text = "";
  /** Adds a piece of the cell (its token's or node's type and text); false: it is markup. */
  add(type, content) {
    if (type === "text" || type === "text_special") this.text += content;
    else if (!((type === "html_inline" || type === "html" || type === "comment") && isComment(type, content)))
      return false;
    return true;
  }
  /** The address the text gathered so far shows; undefined: none. */
  link() {
    const text = this.text;
    this.text = "";
    return text === "" ? void 0 : shownLink(text);
  }
};
function isComment(type, content) {
  return type === "comment" || /^<!--[\s\S]*?-->$/.test(content);
}
function shownLink(text) {
  if (!MAY_LINK.test(text)) return void 0;
  const walk = (node) => node.type === "link" ? node.url || void 0 : "children" in node ? node.children.reduce(
    (found, child) => found ?? walk(child),
    void 0
  ) : void 0;
  return walk(gfmTree(text));
}
function anchorHref(tag) {
  const match = ANCHOR_HREF.exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replace(
    CHARACTER_REFERENCE,
    (reference, name) => decoded(name) ?? reference
  );
}
var ANCHOR_HREF = /^<a(?:\s+(?!href(?![\w:.-]))[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s+href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
var CHARACTER_REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
function decoded(name) {
  if (!name.startsWith("#")) return decodeNamedCharacterReference(name) || void 0;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : void 0;
}

export {
  tableChanges,
  openingLinks,
  HeldOpenings,
  comparedLink,
  ShownText
};
