import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  toHtml
} from "./chunk-IVF4HYN7.js";
import {
  fromHtml
} from "./chunk-KT3X6JWP.js";
import {
  clip
} from "./chunk-XG64FQ2T.js";
import {
  countsText
} from "./chunk-J2VHFJZX.js";
import "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import {
  BananaSlug,
  blockTokens,
  openingsZone,
  splitLines,
  zonesOf
} from "./chunk-5R6ZADQT.js";
import {
  DEFAULT_LABELS,
  isTimeZone
} from "./chunk-UKJOBUJ4.js";
import {
  timeOf
} from "./chunk-NOMF4GSH.js";
import {
  errors
} from "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import {
  gfmTree,
  toString
} from "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

// src/init/blocks.ts
function readmeBlocks(readme) {
  const source = readme.replace(/^\uFEFF/, "");
  const lines = splitLines(source);
  const blocks = [];
  for (const token of blockTokens(readme)) {
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue;
    const [first, end] = token.map;
    const last = lines[end - 1];
    const text = source.slice(lines[first].start, last.end);
    const position = {
      start: { line: first + 1, column: 1 },
      end: { line: end, column: last.end - last.start + 1 }
    };
    const kind = token.type.replace(/_open$/, "");
    if (kind === "html_block") blocks.push({ type: "html", value: text, position });
    else if (kind === "heading" || kind === "table") {
      const node = parsed(text, first).find((child) => child.type === kind);
      blocks.push(node ?? { type: "other", position });
    } else if (kind === "paragraph") {
      let read;
      const paragraphText = () => read ??= toString(gfmTree(text)).trim();
      blocks.push({ type: "paragraph", position, text: paragraphText });
    } else if (kind === "bullet_list" || kind === "ordered_list") {
      let lastLine = end;
      while (lastLine > first + 1 && /^[ \t]*$/.test(lineText(source, lines, lastLine)))
        lastLine -= 1;
      const closing = lines[lastLine - 1];
      const column = closing.end - closing.start + 1;
      blocks.push({ type: "list", position: { ...position, end: { line: lastLine, column } } });
    } else blocks.push({ type: kind === "hr" ? "rule" : "other", position });
  }
  return blocks;
}
function lineText(source, lines, line2) {
  const { start, end } = lines[line2 - 1];
  return source.slice(start, end);
}
function parsed(text, first) {
  const children = gfmTree(text).children;
  const move = (node) => {
    if (node.position) {
      node.position.start = {
        line: node.position.start.line + first,
        column: node.position.start.column
      };
      node.position.end = { line: node.position.end.line + first, column: node.position.end.column };
    }
    for (const child of node.children ?? []) move(child);
  };
  for (const child of children) move(child);
  return children;
}

// src/init/counts.ts
function countsGuess(lines, firstLine, tables) {
  const [heading = "", ...rest] = lines;
  const lineNumber = (index) => firstLine + 1 + index;
  const items = rest.flatMap((text, index) => isBlank(text) ? [] : [{ text, index }]);
  const gaps = items.map((item, at) => item.index - (at === 0 ? -1 : items[at - 1].index) - 1);
  if (items.length === 0) return { problem: "it has no line under its heading" };
  const [headGap = 0, itemGap = headGap] = gaps;
  if (!gaps.slice(1).every((gap) => gap === itemGap) || headGap > 1 || itemGap > 1)
    return { problem: "its lines are not spaced evenly, one blank line or none between them" };
  const parts = items.map((item) => lineParts(item.text, tables));
  const unlinked = items.filter((_, at) => parts[at] === "no table");
  if (unlinked.length > 0)
    return {
      problem: `${linesNamed(unlinked.map((item) => lineNumber(item.index)))} no table init wrapped (a category with no table of its own, or another link)`
    };
  const uncounted = items.find((_, at) => parts[at] === "no count");
  if (uncounted)
    return { problem: `line ${lineNumber(uncounted.index)} shows no count after its link` };
  const found = parts;
  const missing = tables.filter((_, index) => !found.some((part) => part.table === index));
  if (missing.length > 0)
    return {
      problem: `it has no line for the table under "${missing[0].heading?.text ?? missing[0].zone}"`
    };
  if (found.length !== tables.length || found.some((part, index) => part.table !== index))
    return { problem: "it lists the tables in another order than the README has them" };
  const [first] = found;
  const same = (key) => found.every((part) => part[key] === first[key]);
  const lead = leadTemplate(
    found.map((part) => part.lead),
    tables
  );
  if (!same("base") || !same("between") || !same("after") || lead === void 0)
    return { problem: "its lines are not all written in one shape" };
  const total = totalIn(heading);
  const separated = total?.text.includes(",") || found.some((part) => part.separated);
  const number = (value) => `{{ ${value}${separated ? " | thousands" : ""} }}`;
  const headLine = total === void 0 ? liquidText(heading) : `${liquidText(heading.slice(0, total.at))}${number("total")}${liquidText(heading.slice(total.at + total.text.length))}`;
  const line2 = `${lead}[{{ table.title }}](${liquidText(first.base)}{{ table.anchor }})${liquidText(first.between)}${number("table.count")}${liquidText(first.after)}`;
  const template = headGap !== itemGap ? `${headLine}
${headGap ? "\n" : ""}{% for table in tables -%}
${line2}
${itemGap ? "{% unless forloop.last %}\n{% endunless %}" : ""}{% endfor %}` : headGap === 1 ? `${headLine}
{% for table in tables %}
${line2}
{% endfor %}` : `${headLine}
{%- for table in tables %}
${line2}
{%- endfor %}`;
  const titled = found.some((part, index) => part.title !== tables[index].heading?.text);
  const titles = titled ? found.map((part) => part.title) : void 0;
  const rendered = countsText(
    template,
    total === void 0 ? 0 : numberOf(total.text),
    tables.map((table, index) => ({
      count: found[index].count,
      closed: 0,
      heading: table.heading?.text ?? "",
      anchor: table.heading?.anchor ?? "",
      zone: table.zone,
      category: "",
      title: titles?.[index] ?? table.heading?.text ?? table.zone
    }))
  );
  if (rendered !== lines.join("\n"))
    return { problem: "init found no counts template that writes it as it is" };
  return { template, ...titles ? { titles } : {} };
}
var LINK = /\[((?:[^[\]\\]|\\.)*)\]\(([^()\s]*)\)/;
var NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,]\d)/gu;
var numberOf = (written) => Number(written.replaceAll(",", ""));
function lineParts(text, tables) {
  const link = LINK.exec(text);
  if (!link) return "no table";
  const [whole, title = "", url = ""] = link;
  const hash = url.lastIndexOf("#");
  const anchor = hash < 0 ? "" : url.slice(hash);
  const table = tables.findIndex((each) => each.heading?.anchor === anchor);
  if (anchor === "" || table < 0) return "no table";
  const rest = text.slice(link.index + whole.length);
  const count = new RegExp(NUMBER.source, "u").exec(rest);
  if (!count) return "no count";
  return {
    table,
    lead: text.slice(0, link.index),
    title,
    base: url.slice(0, hash),
    between: rest.slice(0, count.index),
    count: numberOf(count[0]),
    separated: count[0].includes(","),
    after: rest.slice(count.index + count[0].length)
  };
}
function leadTemplate(leads, tables) {
  if (leads.every((lead) => lead === leads[0])) return liquidText(leads[0] ?? "");
  const numbers = leads.map((lead) => /^([ \t]*)(\d+)([.)])/.exec(lead));
  const [first] = numbers;
  if (first && numbers.every(
    (number, index) => number && Number(number[2]) === index + 1 && number[1] === first[1] && number[3] === first[3]
  )) {
    const rest = leadTemplate(
      leads.map((lead, index) => lead.slice(numbers[index][0].length)),
      tables
    );
    if (rest !== void 0) return `${first[1]}{{ forloop.index }}${first[3]}${rest}`;
  }
  for (const end of ["first", "last"]) {
    const words = tables.map((table) => {
      const split = (table.heading?.text ?? "").split(" ");
      return (end === "first" ? split[0] : split.at(-1)) ?? "";
    });
    const at = words[0] === "" ? -1 : leads[0].indexOf(words[0]);
    if (at < 0) continue;
    const before = leads[0].slice(0, at);
    const after = leads[0].slice(at + words[0].length);
    if (leads.every((lead, index) => lead === before + words[index] + after))
      return `${liquidText(before)}{{ table.heading | split: " " | ${end} }}${liquidText(after)}`;
  }
  return void 0;
}
function totalIn(heading) {
  const numbers = [...heading.matchAll(NUMBER)];
  const browse = numbers.find((number) => /\bbrowse\s+$/i.test(heading.slice(0, number.index)));
  const total = browse ?? (numbers.length === 1 ? numbers[0] : void 0);
  return total && { text: total[0], at: total.index };
}
function linesNamed(numbers) {
  if (numbers.length === 1) return `line ${numbers[0]} links to`;
  return `lines ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)} link to`;
}
var isBlank = (line2) => /^[ \t]*$/.test(line2);
var liquidText = (text) => /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text;

// src/init/stats-labels.ts
function statsLabels(block) {
  const found = {};
  for (const node of gfmTree(block).children) {
    if (node.type !== "paragraph") continue;
    const summary = summaryOf(node.children);
    if (!summary) continue;
    const counts = countsOf(summary.value);
    if (counts) {
      Object.assign(found, counts, { currentStats: summary.title });
      if (summary.note !== void 0) found.statsNote = summary.note;
    } else if (found.trendingSkills === void 0 && !summary.value.includes("|")) {
      found.trendingSkills = summary.title;
      if (summary.note !== void 0) found.skillsNote = summary.note;
    }
  }
  const labels = {};
  for (const [key, text] of Object.entries(found))
    if (text !== DEFAULT_LABELS[key] && PLAIN.test(text)) labels[kebab(key)] = text;
  return labels;
}
function summaryOf(children) {
  const [first, ...rest] = children;
  if (first?.type !== "strong") return void 0;
  const title = /^(.+):$/.exec(toString(first).trim())?.[1];
  if (title === void 0) return void 0;
  const cut = rest.findIndex((child) => child.type === "break");
  const value = (cut === -1 ? rest : rest.slice(0, cut)).map((child) => toString(child)).join("");
  const after = cut === -1 ? [] : rest.slice(cut + 1);
  const [note] = after;
  return {
    title: title.trim(),
    value: value.trim(),
    ...after.length === 1 && note?.type === "emphasis" ? { note: toString(note).trim() } : {}
  };
}
function countsOf(value) {
  const parts = value.split(" | ");
  if (parts.length !== 4) return void 0;
  const [jobs, remote, companies, salary] = parts;
  const count = /^(\d[\d,]*) (\S.*)$/;
  const jobsCount = count.exec(jobs);
  const remoteWord = /^\d+% (\S.*)$/.exec(remote)?.[1];
  const companiesCount = count.exec(companies);
  const average = /^(\S.*?): (\S.*)$/.exec(salary);
  if (!jobsCount || !remoteWord || !companiesCount || !average) return void 0;
  const [, avgSalary = "", shown = ""] = average;
  const word = ([, number, text], many) => ({
    [number === "1" ? `${many}One` : many]: text
  });
  return {
    ...word(jobsCount, "jobs"),
    remotePercent: remoteWord,
    ...word(companiesCount, "companies"),
    avgSalary,
    // An amount (`139k`, `$120k`, `1.2201365384712615e+71k` as a broken script wrote one) is an
    // average; text without a digit (`Not specified`, `N/A`) is what shows when none is known.
    .../\d/.test(shown) ? {} : { noSalary: shown }
  };
}
var PLAIN = /^[^*_`[\]<>|\\#\n]+$/;
function kebab(key) {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

// src/init/tables.ts
function samplesOf(cells) {
  return { samples: cells.map((column) => column.slice(0, SAMPLE_ROWS)), cells };
}
var SAMPLE_ROWS = 20;
var LISTING_ROWS = 5;
var JOBS_HEADING = /internships?|positions|roles|openings|jobs/i;
var OPENINGS_HEADING = /openings|jobs/i;
var TABLE_START = /\bTABLE((?:_[A-Z\d]+)*?)_START\b/;
var TABLE_END = /\bTABLE((?:_[A-Z\d]+)*?)_END\b/;
var COMPANY = /\b(company|employer|organi[sz]ation)\b/i;
var ROLE = /\b(role|title|position|job)\b/i;
function openingsTables(blocks, lines) {
  const tables = tableBlocks(blocks, lines);
  const between = betweenComments(blocks, tables);
  if (between.length > 0) return grouped(blocks, between);
  const names = (table, pattern) => table.headers.some((header) => pattern.test(header));
  const listing = (table) => names(table, COMPANY) && names(table, ROLE);
  const underJobs = underJobsHeading(tables, listing);
  if (underJobs) return grouped(blocks, [underJobs, ...sameShapeAfter(blocks, tables, underJobs)]);
  const both = tables.filter(listing);
  if (both.length > 0) return grouped(blocks, both);
  const either = tables.filter((table) => names(table, COMPANY) || names(table, ROLE));
  if (either.length > 0) return grouped(blocks, either);
  return grouped(
    blocks,
    tables.filter((table) => table.rows >= LISTING_ROWS && JOBS_HEADING.test(table.heading))
  );
}
function grouped(blocks, tables) {
  const groups = [];
  for (const table of tables) {
    const previous = groups.at(-1);
    const same = previous !== void 0 && !previous.folded && previous.format === table.format && previous.headers.join("\0") === table.headers.join("\0");
    const between = same ? blocks.slice(previous.lastIndex + 1, table.index) : [];
    const closing = blocks[table.lastIndex + 1];
    const unclearEnd = previous?.unclearEnd ?? table.unclearEnd;
    if (same && (between.length === 0 || cutoffNote(between)))
      Object.assign(previous, {
        last: table.last,
        lastIndex: table.lastIndex,
        unclearEnd,
        columnLinks: previous.columnLinks.map((links, at) => [
          ...links,
          ...table.columnLinks[at] ?? []
        ]),
        cells: previous.cells.map((column, at) => [...column, ...table.cells[at] ?? []]),
        ...between.length === 0 ? {} : {
          joined: [
            ...previous.joined ?? [],
            { first: line(between[0], "start"), last: line(between.at(-1), "end") }
          ]
        }
      });
    else if (same && foldedUnder(blocks, previous, table))
      Object.assign(previous, {
        last: line(closing, "end"),
        lastIndex: table.lastIndex + 1,
        endsInHtml: true,
        folded: true,
        unclearEnd: unclearEnd ?? textAfter(
          closing,
          DETAILS_CLOSING.exec(htmlOf(closing))[0].length,
          "the </details> of its closed roles"
        )
      });
    else groups.push({ ...table });
  }
  return groups.map(
    ({ index: _index, lastIndex: _last, rows: _rows, folded: _folded, ...table }) => table
  );
}
function foldedUnder(blocks, previous, table) {
  const between = blocks.slice(previous.lastIndex + 1, table.index);
  return between.length > 0 && between.every((block) => block.type === "html") && DETAILS_OPENING.test(between.map(htmlOf).join("\n")) && DETAILS_CLOSING.test(htmlOf(blocks[table.lastIndex + 1]));
}
function cutoffNote(between) {
  const notes = between.flatMap(
    (block) => block.type === "html" && wholeElements(block.value) ? [noteOf(block.value)] : []
  );
  return notes.length > 0 && notes.length === between.filter((block) => block.type !== "rule").length && notes.every((note) => note.text) && notes.some((note) => note.link);
}
function noteOf(html) {
  let link = false;
  const text = (node) => node.children.map((child) => {
    if (child.type === "text") return child.value;
    if (child.type !== "element" || HEADING_ELEMENT.test(child.tagName)) return "";
    if (child.tagName === "a" && child.properties.href !== void 0) link = true;
    return text(child);
  }).join("");
  return { text: /\S/.test(text(fromHtml(html, { fragment: true }))), link };
}
var HEADING_ELEMENT = /^h[1-6]$/;
function wholeElements(html) {
  const value = html.replace(/<!--[^]*?-->/g, "");
  if (!/^\s*<[a-z]/i.test(value)) return false;
  const open = [];
  for (const [, closing, name, selfClosing] of value.matchAll(TAG)) {
    const tag = name.toLowerCase();
    if (closing) {
      if (open.pop() !== tag) return false;
    } else if (!selfClosing && !VOID_ELEMENTS.has(tag)) open.push(tag);
  }
  return open.length === 0;
}
var TAG = /<(\/?)([a-z][a-z\d-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(\/?)>/gi;
var VOID_ELEMENTS = new Set(
  "area base br col embed hr img input link meta source track wbr".split(" ")
);
var DETAILS_OPENING = /^\s*<details(?:\s[^>]*)?>\s*(?:<summary(?:\s[^>]*)?>[^]*?<\/summary\s*>\s*)?$/i;
var DETAILS_CLOSING = /^\s*<\/details\s*>/i;
function textAfter(block, end, closer) {
  const value = htmlOf(block);
  const rest = value.slice(end);
  const at = rest.search(/\S/);
  if (at < 0) return void 0;
  const before = value.slice(0, end + at);
  const text = rest.slice(at).split(/\r\n|\r|\n/)[0].trim();
  return {
    line: line(block, "start") + (before.match(/\r\n|\r|\n/g)?.length ?? 0),
    closer,
    text: shortened(text)
  };
}
function allTables(blocks, lines) {
  return tableBlocks(blocks, lines).map(
    ({ index: _index, lastIndex: _last, rows: _rows, ...table }) => table
  );
}
function zoneNames(tables) {
  if (tables.length === 1) return [void 0];
  const words = tables.map(
    (table) => new BananaSlug().slug(table.heading).split("-").filter((word) => word !== "")
  );
  let common = 0;
  while (words.every((each) => each.length > common + 1) && words.every((each) => each.at(-1 - common) === words[0].at(-1 - common)))
    common += 1;
  const slugger = new BananaSlug();
  return words.map((each, index) => {
    const name = each.slice(0, each.length - common).join("-");
    return slugger.slug(name === "" ? `table-${index + 1}` : name);
  });
}
function tableBlocks(blocks, lines) {
  const found = [];
  let heading = "";
  for (const [index, block] of blocks.entries()) {
    const named = index > 0 ? summaryOf2(blocks[index - 1]) : void 0;
    if (block.type === "heading") heading = toString(block).trim();
    else if (HTML_HEADING.test(htmlOf(block))) heading = htmlText(htmlOf(block));
    else if (block.type === "table")
      found.push({
        ...pipeTable(block, lines, named ?? heading),
        index,
        lastIndex: index,
        rows: block.children.length - 1
      });
    else if (block.type === "html" && /^\s*<table[\s>]/i.test(block.value))
      found.push(htmlTable(blocks, index, named ?? heading));
  }
  return found;
}
var HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>[^]*<\/h\1\s*>\s*$/i;
function summaryOf2(block) {
  const html = htmlOf(block);
  if (!DETAILS_OPENING.test(html) || !/<summary[\s>]/i.test(html)) return void 0;
  return htmlText(html) || void 0;
}
function htmlText(html) {
  return textOf({
    type: "element",
    tagName: "div",
    properties: {},
    children: fromHtml(html, { fragment: true }).children
  }).replace(/\s+/g, " ").trim();
}
function pipeTable(table, lines, heading) {
  const first = line(table, "start");
  const [header, ...body] = table.children;
  return {
    first,
    last: line(table, "end"),
    format: "pipe",
    headers: (header?.children ?? []).map((cell) => sourceOf(cell, lines)),
    delimiters: delimiterCells(lines[first] ?? ""),
    heading,
    columnLinks: (header?.children ?? []).map(
      (_, column) => body.flatMap((row) => linksOf(row.children[column]).slice(0, 1))
    ),
    ...samplesOf(
      (header?.children ?? []).map(
        (_, column) => body.map((row) => {
          const cell = row.children[column];
          return cell ? sourceOf(cell, lines) : "";
        })
      )
    ),
    endsInHtml: false,
    ...withUnclear(lazyRow(body, lines))
  };
}
function lazyRow(body, lines) {
  for (const row of body) {
    const at = row.position?.start.line;
    const text = at === void 0 ? void 0 : lines[at - 1];
    if (at !== void 0 && text !== void 0 && !text.includes("|"))
      return { line: at, text: shortened(text.trim()), row: true };
  }
  return void 0;
}
function withUnclear(unclearEnd) {
  return unclearEnd ? { unclearEnd } : {};
}
function shortened(text) {
  return clip(text, 60) ?? text;
}
function sourceOf(cell, lines) {
  const start = cell.children[0]?.position?.start;
  const end = cell.children.at(-1)?.position?.end;
  if (!start || !end || start.line !== end.line) return toString(cell).trim();
  return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1).trim();
}
function delimiterCells(row) {
  return row.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
}
function htmlTable(blocks, index, heading) {
  let depth = 0;
  let end = index;
  let closed;
  for (; end < blocks.length && blocks[end].type === "html"; end += 1) {
    for (const tag of htmlOf(blocks[end]).matchAll(TABLE_TAG)) {
      depth += tag[1] === "/" ? -1 : 1;
      if (depth === 0) {
        closed = tag.index + tag[0].length;
        break;
      }
    }
    if (closed !== void 0) break;
  }
  const unclearEnd = closed === void 0 ? {
    line: line(blocks[index], "start"),
    ...end < blocks.length ? { before: line(blocks[end], "start") } : {}
  } : textAfter(blocks[end], closed, "the table's </table>");
  if (closed === void 0) end -= 1;
  const html = blocks.slice(index, end + 1).map((block) => htmlOf(block)).join("\n");
  const tree = fromHtml(html, { fragment: true });
  const table = elements(tree).find((element) => element.tagName === "table");
  const cells = elements(tree).filter((element) => element.tagName === "th");
  const rows = elements(tree).filter((element) => element.tagName === "tr").map(
    (row) => row.children.filter(
      (cell) => cell.type === "element" && cell.tagName === "td"
    )
  ).filter((row) => row.length > 0);
  return {
    first: line(blocks[index], "start"),
    last: line(blocks[end], "end"),
    format: "html",
    headers: cells.map((cell) => textOf(cell).trim()),
    delimiters: cells.map(() => ""),
    heading,
    columnLinks: cells.map(
      (_, column) => rows.flatMap((row) => row[column] ? hrefs(row[column]).slice(0, 1) : [])
    ),
    ...samplesOf(
      cells.map(
        (_, column) => rows.map((row) => {
          const cell = row[column];
          return cell ? writtenContent(html, cell).trim() : "";
        })
      )
    ),
    ...htmlAttributes(table, cells, rows),
    ...rowAttributes(elements(tree).filter((element) => element.tagName === "tr")),
    endsInHtml: true,
    ...withUnclear(unclearEnd),
    index,
    lastIndex: end,
    rows: rows.length
  };
}
function htmlAttributes(table, headers, rows) {
  const align = headers.map((cell, column) => {
    const given = alignOf(cell);
    return rows.every((row) => !row[column] || alignOf(row[column]) === given) ? given : null;
  });
  const own = (attributes2, column) => {
    const names = Object.keys(attributes2);
    if (names.length === 0) return void 0;
    return align[column] !== null && names.length === 1 && names[0] === "align" ? void 0 : attributes2;
  };
  const headerAttributes = headers.map((cell, column) => own(attributesOf(cell), column));
  const cellAttributes = headers.map((_, column) => {
    const each = rows.flatMap((row) => row[column] ? [attributesOf(row[column])] : []);
    const [first] = each;
    const same = first && each.every((other) => JSON.stringify(other) === JSON.stringify(first));
    return same ? own(first, column) : void 0;
  });
  const attributes = table ? attributesOf(table) : {};
  return {
    align,
    ...Object.keys(attributes).length > 0 ? { attributes } : {},
    ...headerAttributes.some(Boolean) ? { headerAttributes } : {},
    ...cellAttributes.some(Boolean) ? { cellAttributes } : {}
  };
}
function rowAttributes(rows) {
  const isHeader = (row) => row.children.some((cell) => cell.type === "element" && cell.tagName === "th");
  const header = rows.find(isHeader);
  const body = rows.filter((row) => !isHeader(row)).map(attributesOf);
  const [first] = body;
  const same = first && body.every((each) => JSON.stringify(each) === JSON.stringify(first));
  const headerRow = header ? attributesOf(header) : {};
  return {
    ...Object.keys(headerRow).length > 0 ? { headerRowAttributes: headerRow } : {},
    ...same && Object.keys(first).length > 0 ? { rowAttributes: first } : {}
  };
}
function attributesOf(element) {
  const attributes = {};
  for (const [name, value] of Object.entries(element.properties)) {
    const written = toHtml({
      type: "element",
      tagName: "i",
      properties: { [name]: value },
      children: []
    });
    const attribute = /^<i ([^\s=>]+)(?:="([^"]*)")?><\/i>$/.exec(written);
    if (!attribute) continue;
    attributes[attribute[1]] = (attribute[2] ?? "").replace(
      /&#x([\da-f]+);/gi,
      (_, code) => String.fromCodePoint(parseInt(code, 16))
    );
  }
  return attributes;
}
var TABLE_TAG = /<(\/?)table(?=[\s>/])[^>]*>/gi;
function alignOf(cell) {
  const given = String(cell.properties.align ?? "").toLowerCase();
  return given === "left" || given === "center" || given === "right" ? given : null;
}
function writtenContent(source, element) {
  const start = element.children[0]?.position?.start.offset;
  const end = element.children.at(-1)?.position?.end.offset;
  return start === void 0 || end === void 0 ? toHtml(element.children) : source.slice(start, end);
}
function htmlOf(block) {
  return block?.type === "html" ? block.value : "";
}
function elements(node) {
  return node.children.flatMap(
    (child) => child.type === "element" ? [child, ...elements(child)] : []
  );
}
function textOf(node) {
  return node.children.map(
    (child) => child.type === "text" ? child.value : child.type === "element" ? textOf(child) : ""
  ).join("");
}
function linksOf(node) {
  if (node === void 0) return [];
  if (node.type === "link") return [node.url ?? ""];
  if (node.type === "html") return hrefs(fromHtml(node.value ?? "", { fragment: true }));
  return (node.children ?? []).flatMap((child) => linksOf(child));
}
function hrefs(node) {
  return elements(node).filter((element) => element.tagName === "a" && typeof element.properties.href === "string").map((element) => element.properties.href);
}
function betweenComments(blocks, tables) {
  const spans = [];
  for (const [start, block] of blocks.entries()) {
    const name = block.type === "html" ? TABLE_START.exec(block.value)?.[1] : void 0;
    if (name === void 0) continue;
    const end = blocks.findIndex(
      (other, index) => index > start && other.type === "html" && TABLE_END.exec(other.value)?.[1] === name
    );
    spans.push({ start, end: end < 0 ? blocks.length : end });
  }
  return tables.filter(
    (table) => spans.some(({ start, end }) => table.index > start && table.index < end)
  );
}
function underJobsHeading(tables, listing) {
  const under = tables.filter((table) => OPENINGS_HEADING.test(table.heading));
  return under.find(listing) ?? (tables.some(listing) ? void 0 : under[0]);
}
function sameShapeAfter(blocks, tables, table) {
  const header = (each) => [each.format, ...each.headers].join("\0");
  const taken = [];
  for (const each of tables) {
    if (each.index <= table.index || header(each) !== header(table)) continue;
    const previous = taken.at(-1) ?? table;
    if (each.heading === table.heading || foldedUnder(blocks, previous, each)) taken.push(each);
  }
  return taken;
}
function line(node, edge) {
  return node.position[edge].line;
}

// src/init/init.ts
function initReadme(readme, options) {
  const blocks = parseBlocks(readme);
  const lines = splitLines(readme);
  const zones = zonesOf(readme, options.prefix);
  const marked = new Set(zones.keys());
  const alreadyMarked = [...marked].some((zone) => zone.startsWith("openings"));
  const tables = alreadyMarked ? [] : openingsSpans(blocks, readme, lines, options);
  const inZones = alreadyMarked ? tablesInZones(blocks, readme, lines, zones) : [];
  const counted = alreadyMarked ? inZones : tables;
  const updatedLineSpan = marked.has("updated") ? void 0 : updatedSpan(blocks, lines, readme);
  const updated = marked.has("updated") ? updatedIn(zones.get("updated"), readme, lines) : updatedLineSpan;
  const updatedLeftOut = marked.has("updated") || updatedLineSpan ? void 0 : updatedElsewhere(blocks, lines, readme);
  const rows = counted.reduce((sum, table) => sum + openRows(table), 0);
  const counting = updated?.template === void 0 ? void 0 : countedLine(updated.template, rows);
  const found = [
    ...tables.map((table) => ({
      zone: openingsZone(table.zone),
      first: table.first,
      last: table.last,
      blankLine: table.blankLine
    })),
    updatedLineSpan,
    marked.has("stats") ? void 0 : statsSpan(blocks)
  ];
  const statsZone = zones.get("stats");
  const stats = statsZone ? { first: statsZone.startLine + 1, last: statsZone.endLine - 1 } : found.find((span) => span?.zone === "stats");
  const labels = stats && labelsIn(readme, lines, stats);
  const spans = found.filter((span) => span !== void 0);
  const countsZone = zones.get("counts");
  const counts = counted.length === 0 ? void 0 : countsZone ? countsZone.endLine - countsZone.startLine > 1 ? { zone: "counts", first: countsZone.startLine + 1, last: countsZone.endLine - 1 } : void 0 : countsSpan(blocks);
  const guess = counts && countsFor(
    counts,
    readme,
    lines,
    countsZone ? spans : [...spans, counts],
    counted,
    options.prefix
  );
  if (!countsZone && counts && guess && "template" in guess) spans.push(counts);
  spans.sort((a, b) => a.first - b.first);
  const titles = guess && "titles" in guess ? guess.titles : void 0;
  const titled = (each) => titles ? each.map((table, index) => ({ ...table, title: titles[index] })) : each;
  const problem = counts && guess && "problem" in guess ? guess.problem : void 0;
  return {
    text: insertMarkers(readme, lines, spans, options.prefix),
    wrapped: spans.map((span) => span.zone),
    alreadyMarked,
    tables: titled(tables),
    ...inZones.length > 0 ? { marked: titled(inZones) } : {},
    ...counting === void 0 ? {} : { updated: counting.template },
    ...counting?.kept === void 0 ? {} : { updatedCount: { shown: counting.kept, rows } },
    // The time its Last updated line shows, in its zone or not.
    ...updatedAtOf(
      readme,
      lines,
      marked.has("updated") ? updatedLineIn(zones.get("updated"), readme, lines) : updatedLineSpan?.first
    ),
    ...updated?.problem === void 0 || !updatedLineSpan ? {} : {
      updatedUnread: {
        line: updatedLineSpan.first,
        text: lineText2(readme, lines, updatedLineSpan.first).trim(),
        problem: updated.problem
      }
    },
    ...updatedLeftOut ? { updatedLeftOut } : {},
    ...guess && "template" in guess ? { counts: guess.template } : {},
    ...labels && Object.keys(labels).length > 0 ? { labels } : {},
    ...counts && problem !== void 0 ? {
      [countsZone ? "countsUnread" : "countsLeftOut"]: {
        first: countsZone ? countsZone.startLine : counts.first,
        last: countsZone ? countsZone.endLine : counts.last,
        heading: lineText2(readme, lines, counts.first),
        problem
      }
    } : {}
  };
}
function countsFor(counts, readme, lines, spans, tables, prefix) {
  const all = [...spans].sort((a, b) => a.first - b.first);
  const marked = insertMarkers(readme, lines, all, prefix);
  const zones = zonesOf(marked, prefix);
  const block = [];
  for (let line2 = counts.first; line2 <= counts.last; line2 += 1)
    block.push(lineText2(readme, lines, line2));
  return countsGuess(
    block,
    counts.first,
    tables.map((table) => ({
      zone: table.zone ?? "openings",
      heading: zones.get(openingsZone(table.zone))?.heading
    }))
  );
}
function labelsIn(readme, lines, { first, last }) {
  const block = [];
  for (let line2 = first; line2 <= last; line2 += 1) block.push(lineText2(readme, lines, line2));
  return statsLabels(block.join("\n"));
}
function lineText2(readme, lines, line2) {
  const { start, end } = lines[line2 - 1];
  return readme.slice(start, end).replace(/^\uFEFF/, "");
}
var LAST_UPDATED_LINE = /^(?:<[^>]*>|[\s_*~\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f)*(last )?updated\b/iu;
var STATS = /^(?:current stats|trending skills)\b/i;
var STATS_NOTE = /^note\b/i;
var COUNTS_HEADING = /^browse\b.*(?:\bcategor|\d)/i;
function parseBlocks(readme) {
  return readmeBlocks(readme);
}
function openingsSpans(blocks, readme, lines, { line: line2, prefix }) {
  const texts = lines.map((each) => readme.slice(each.start, each.end));
  const tables = openingsTables(blocks, texts);
  const chosen = line2 === void 0 ? tables : allTables(blocks, texts).filter((table) => table.first <= line2 && line2 <= table.last);
  if (chosen.length === 0) throw errors.noOpeningsTable(prefix, line2);
  const unclear = chosen.find((table) => table.unclearEnd)?.unclearEnd;
  if (unclear) throw errors.tableEndUnclear(prefix, unclear);
  const zones = zoneNames(chosen);
  return chosen.map((each, index) => {
    const folded = foldedRoles(blocks, texts, each.first, each.last);
    const table = folded && !folded.closed ? { ...each, last: folded.before, endsInHtml: each.format === "html" } : each;
    const blankAfter = table.last < texts.length - 1 && texts[table.last].trim() === "";
    return {
      ...table,
      last: table.endsInHtml && blankAfter ? table.last + 1 : table.last,
      zone: zones[index],
      ...table.endsInHtml && !blankAfter ? { blankLine: true } : {},
      ...folded ? { folded } : {}
    };
  });
}
function foldedRoles(blocks, texts, first, last) {
  const inside = blocks.filter(
    (block) => block.position.start.line >= first && block.position.end.line <= last
  );
  const closing = inside.at(-1);
  if (closing?.type !== "html" || !/^\s*<\/details\s*>/i.test(closing.value)) return void 0;
  const tableAt = inside.findLastIndex(
    (block, index) => index < inside.length - 1 && (block.type === "table" || block.type === "html" && /^\s*<table[\s>]/i.test(block.value))
  );
  if (tableAt < 1) return void 0;
  let openAt = tableAt - 1;
  while (openAt >= 0 && inside[openAt].type === "html" && !DETAILS_START.test(htmlValue(inside[openAt])))
    openAt -= 1;
  if (openAt < 1 || !DETAILS_START.test(htmlValue(inside[openAt]))) return void 0;
  const openingBlocks = inside.slice(openAt, tableAt);
  if (openingBlocks.some((block) => block.type !== "html")) return void 0;
  const details = fromHtml(openingBlocks.map(htmlValue).join("\n"), {
    fragment: true
  }).children.find((node) => node.type === "element" && node.tagName === "details");
  const summaryNode = details?.children.find(
    (node) => node.type === "element" && node.tagName === "summary"
  );
  if (!summaryNode) return void 0;
  const start = inside[openAt].position.start.line;
  const end = closing.position.start.line;
  let before = start - 1;
  while (before > first && texts[before - 1].trim() === "") before -= 1;
  const tableFirst = inside[tableAt].position.start.line;
  const body = texts.slice(tableFirst - 1, end - 1);
  const pipeRows = body.filter((line2) => line2.trim().startsWith("|")).length;
  const rows = pipeRows > 0 ? Math.max(0, pipeRows - 2) : Math.max(0, body.join("\n").match(/<tr[\s>]/gi)?.length ?? 1) - 1;
  const summary = textOf(summaryNode).replace(/\s+/g, " ").trim();
  const opening = texts.slice(start - 1, inside[tableAt - 1].position.end.line).join("\n").trim();
  return {
    first: start,
    last: end,
    before,
    summary,
    opening,
    rows,
    closed: CLOSED_WORDS.test(summary)
  };
}
var DETAILS_START = /^\s*<details[\s>]/i;
function htmlValue(block) {
  return block?.type === "html" ? block.value : "";
}
var CLOSED_WORDS = /\b(?:inactive|closed|expired|archived|filled|no longer|unavailable)\b/i;
function tablesInZones(blocks, readme, lines, zones) {
  const texts = lines.map((each) => readme.slice(each.start, each.end));
  const tables = allTables(blocks, texts);
  const found = [...zones.values()].filter((zone) => zone.name.startsWith("openings")).sort((a, b) => a.startLine - b.startLine).map((zone) => {
    const table = tables.find((each) => each.first > zone.startLine && each.last < zone.endLine);
    const name = zone.name === "openings" ? void 0 : zone.name.slice("openings:".length);
    const folded = table && foldedRoles(blocks, texts, table.first, zone.endLine - 1);
    return table ? { ...table, zone: name, ...folded ? { folded } : {} } : {
      first: zone.startLine + 1,
      last: zone.endLine - 1,
      format: "pipe",
      headers: [],
      delimiters: [],
      heading: zone.heading?.text ?? "",
      columnLinks: [],
      samples: [],
      cells: [],
      endsInHtml: false,
      zone: name,
      empty: true
    };
  });
  return found.length === 1 && found[0].zone === void 0 && "empty" in found[0] ? [] : found;
}
function countsSpan(blocks) {
  const start = blocks.findIndex(
    (block) => block.type === "heading" && COUNTS_HEADING.test(toString(block).trim())
  );
  if (start < 0) return void 0;
  let end = start;
  if (blocks[start + 1]?.type === "list") end += 1;
  else while (blocks[end + 1]?.type === "paragraph") end += 1;
  if (end === start) return void 0;
  return { zone: "counts", first: startLine(blocks[start]), last: endLine(blocks[end]) };
}
function updatedSpan(blocks, lines, readme) {
  for (const block of blocks) {
    if (block.type !== "paragraph") continue;
    for (let line2 = startLine(block); line2 <= endLine(block); line2 += 1) {
      const read = updatedLine(lineText2(readme, lines, line2));
      if (read) return { zone: "updated", first: line2, last: line2, ...read };
    }
  }
  return void 0;
}
function updatedElsewhere(blocks, lines, readme) {
  for (const block of blocks) {
    const first = startLine(block);
    const opening = lineText2(readme, lines, first);
    const where = block.type === "heading" ? "a heading" : block.type === "list" ? "a list" : block.type === "html" ? "an HTML block" : block.type === "other" && /^ {0,3}>/.test(opening) ? "a blockquote" : void 0;
    if (where === void 0) continue;
    for (let line2 = first; line2 <= endLine(block); line2 += 1) {
      const text = lineText2(readme, lines, line2);
      if (updatedLine(text.replace(CONTAINER_START, ""))) return { line: line2, text: text.trim(), where };
    }
  }
  return void 0;
}
var CONTAINER_START = /^(?:\s*(?:>|#{1,6}(?=\s)|[-+*](?=\s)|\d{1,9}[.)](?=\s)))*\s*/;
function updatedIn(zone, readme, lines) {
  const line2 = updatedLineIn(zone, readme, lines);
  return line2 === void 0 ? void 0 : updatedLine(lineText2(readme, lines, line2));
}
function updatedLineIn(zone, readme, lines) {
  for (let line2 = zone.startLine + 1; line2 < zone.endLine; line2 += 1)
    if (updatedLine(lineText2(readme, lines, line2))) return line2;
  return void 0;
}
function updatedLine(text) {
  const found = LAST_UPDATED_LINE.exec(text);
  if (!found) return void 0;
  if (DEFAULT_UPDATED.test(text)) return {};
  const read = updatedTemplate(text);
  if (!found[1] && !read?.template) return void 0;
  return read ?? {};
}
function updatedAtOf(readme, lines, line2) {
  if (line2 === void 0) return {};
  const text = lineText2(readme, lines, line2);
  for (const [pattern] of DATES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const at = timeOf(match[0]);
    return at === void 0 ? {} : { updatedAt: at };
  }
  return {};
}
var DEFAULT_UPDATED = /^<sub><small>[^<]*<\/small><\/sub>\s*$/;
var MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
var SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
var DATES = [
  [
    /(?<!\d)\d{4}-\d{2}-\d{2}(T| )\d{2}:\d{2}(:\d{2})?(?!\d)/,
    (match) => `%Y-%m-%d${match[1]}%H:%M${match[2] ? ":%S" : ""}`
  ],
  [/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/, () => "%Y-%m-%d"],
  [dated(`(${MONTHS}) (\\d{1,2}), \\d{4}`), (match) => `%B ${day(match[2])}, %Y`],
  [dated(`(${SHORT_MONTHS}) (\\d{1,2}), \\d{4}`), (match) => `%b ${day(match[2])}, %Y`],
  [dated(`(\\d{1,2}) (${MONTHS}) \\d{4}`), (match) => `${day(match[1])} %B %Y`],
  [dated(`(\\d{1,2}) (${SHORT_MONTHS}) \\d{4}`), (match) => `${day(match[1])} %b %Y`],
  [
    dated("(\\d{1,2})/(\\d{1,2})/\\d{4}"),
    (match) => Number(match[1]) > 12 ? "%d/%m/%Y" : "%m/%d/%Y"
  ]
];
function dated(pattern) {
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "u");
}
var day = (written) => written.startsWith("0") ? "%d" : "%-d";
var TIME_AFTER = /^( at |, | )(\d{1,2}):\d{2}(:\d{2})?(?!\d)( ?[AP]M\b)?(?: ([A-Z]{2,5}\b))?/;
var ZONE_AFTER = /^ ([A-Z]{2,5})\b/;
var WEEKDAY_BEFORE = /(?<![\p{L}\p{N}])(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),? $/u;
var zoneProblem = (zone) => `its time is written in ${zone}, and a run writes the line's time in the board's timezone (UTC unless set), which would write another hour beside "${zone}"`;
var UTC_NAMES = /* @__PURE__ */ new Set(["UTC", "GMT", "Z"]);
function updatedTemplate(line2) {
  for (const [pattern, strftime] of DATES) {
    const match = pattern.exec(line2);
    if (!match) continue;
    let format = strftime(match);
    let [start, end] = [match.index, match.index + match[0].length];
    const weekday = WEEKDAY_BEFORE.exec(line2.slice(0, start));
    if (weekday) {
      format = `${weekday[1] ? "%a" : "%A"}${weekday[0].slice(weekday[0].search(/,? $/))}${format}`;
      start = weekday.index;
    }
    const time = format.includes("%H") ? null : TIME_AFTER.exec(line2.slice(end));
    const zoned = format.includes("%H") ? ZONE_AFTER.exec(line2.slice(end)) : null;
    if (zoned) {
      const zone = zoned[1];
      if (!UTC_NAMES.has(zone)) return { problem: zoneProblem(zone) };
    }
    if (time) {
      const twelve = time[4];
      const hour = `%${time[2].length === 1 ? "-" : ""}${twelve ? "I" : "H"}`;
      const ampm = twelve ? `${twelve.startsWith(" ") ? " " : ""}%p` : "";
      const zone = time[5];
      if (zone && !UTC_NAMES.has(zone)) return { problem: zoneProblem(zone) };
      format += `${time[1]}${hour}:%M${time[3] ? ":%S" : ""}${ampm}${zone === "UTC" ? " %Z" : zone ? ` ${zone}` : ""}`;
      end += time[0].length;
    }
    const literal = (text) => /\{[{%]/.test(text) ? `{% raw %}${text}{% endraw %}` : text;
    return {
      template: `${literal(line2.slice(0, start))}{{ now | date: "${format}" }}${zonedTimes(line2.slice(end).trimEnd(), literal)}`
    };
  }
  return void 0;
}
function zonedTimes(rest, literal) {
  const found = DATES.flatMap(([pattern, strftime]) => {
    const match = pattern.exec(rest);
    return match ? [{ match, format: strftime(match) }] : [];
  }).sort((a, b) => a.match.index - b.match.index)[0];
  if (!found) return literal(rest);
  const end = found.match.index + found.match[0].length;
  const zone = IANA_AFTER.exec(rest.slice(end))?.[1];
  if (!zone || !isTimeZone(zone)) return literal(rest);
  return `${literal(rest.slice(0, found.match.index))}{{ now | date: "${found.format}", "${zone}" }}${zonedTimes(rest.slice(end), literal)}`;
}
var IANA_AFTER = /^ ([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)(?![\w/])/;
function openRows(table) {
  const rows = table.cells[0]?.length ?? 0;
  let open = 0;
  for (let row = 0; row < rows; row += 1)
    if (!table.cells.some((cells) => cells[row]?.includes("\u{1F512}"))) open += 1;
  return open;
}
function countedLine(template, rows) {
  const found = ROLE_COUNT.exec(template);
  if (!found) return { template };
  const [number, words] = [found[1], found[2]];
  if (number.includes(",") || Number(number) !== rows)
    return { template, kept: `${number}${words}` };
  const at = found.index;
  return { template: `${template.slice(0, at)}{{ total }}${template.slice(at + number.length)}` };
}
var ROLE_COUNT = /(?<![\p{L}\p{N}.,{])(\d{1,3}(?:,\d{3})+|\d+)(\s+(?:(?:open|active|new|current)\s+)?(?:roles?|jobs?|openings?|positions?|internships?|listings?|postings?|opportunit(?:y|ies))(?![\p{L}\p{N}]))/iu;
function statsSpan(blocks) {
  const isStats = (block) => block?.type === "paragraph" && STATS.test(block.text());
  const isNote = (block) => block?.type === "paragraph" && STATS_NOTE.test(block.text());
  const start = blocks.findIndex((block) => isStats(block));
  if (start === -1) return void 0;
  let end = start;
  while (isStats(blocks[end + 1]) || isNote(blocks[end + 1])) end += 1;
  return { zone: "stats", first: startLine(blocks[start]), last: endLine(blocks[end]) };
}
function insertMarkers(readme, lines, spans, prefix) {
  if (spans.length === 0) return readme;
  const eol = lines.find((line2) => line2.eol)?.eol ?? "\n";
  const lineStarts = lines.map(
    (line2, index) => index === 0 && readme.startsWith("\uFEFF") ? 1 : line2.start
  );
  const marker = (zone, edge) => `<!-- ${prefix}:${zone}:${edge} -->`;
  const insertions = [];
  for (const span of spans) {
    insertions.push({ at: lineStarts[span.first - 1], text: marker(span.zone, "start") + eol });
    const next = lineStarts[span.last];
    const end = (span.blankLine ? eol : "") + marker(span.zone, "end");
    insertions.push(
      next === void 0 ? { at: readme.length, text: eol + end } : { at: next, text: end + eol }
    );
  }
  insertions.sort((a, b) => a.at - b.at);
  let text = "";
  let copied = 0;
  for (const { at, text: inserted } of insertions) {
    text += readme.slice(copied, at) + inserted;
    copied = at;
  }
  return text + readme.slice(copied);
}
function startLine(node) {
  return node.position.start.line;
}
function endLine(node) {
  return node.position.end.line;
}
export {
  initReadme
};
