import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  countWord,
  redactCredentials
} from "./chunk-6XRODA2F.js";

// src/errors.ts
var BoardError = class extends Error {
  constructor(code, message, facts = {}, problem, table) {
    super(redactCredentials(message));
    this.code = code;
    this.facts = facts;
    this.problem = problem;
    this.table = table;
  }
  code;
  facts;
  problem;
  table;
  name = "BoardError";
};
function isBoardError(error) {
  return error instanceof BoardError;
}
function feedAdvice(category, { hints, categories }) {
  const named = categories.map(
    ({ name, records }) => `${name} (${records.toLocaleString("en-US")})`
  );
  const categoryAdvice = !category ? "" : named.length ? ` The feed's categories, most listings first: ${named.join(", ")}.` : ' No listing names its categories, so titles were matched by keywords (the "keywords" input sets them).';
  return hints.map((hint) => ` ${hint}`).join("") + categoryAdvice;
}
var counted = (count, one, many) => `${count.toLocaleString("en-US")} ${countWord(count, one, many)}`;
var leftOutTotal = ({ counts }) => counts.closed + counts.old + counts.ahead + counts.category + counts.filter;
function leftOutAdvice(board) {
  const { counts, newestOld, earliestAhead, maxAgeDays, now } = board;
  const day = (time) => new Date(time).toISOString().slice(0, 10);
  const reasons = [
    [
      counts.category,
      `${counted(counts.category, "is", "are")} of other categories (the "category" and "keywords" inputs choose them)`
    ],
    [
      counts.old,
      `${counted(counts.old, "was", "were")} posted more than ${maxAgeDays} days before ${day(now.getTime())}${newestOld === void 0 ? "" : `, the newest on ${day(newestOld)}`} ("max-age-days" sets the limit; 0 keeps all ages)`
    ],
    [
      counts.ahead,
      `${counted(counts.ahead, "was", "were")} posted more than a day after ${day(now.getTime())}${earliestAhead === void 0 ? "" : `, the earliest on ${day(earliestAhead)}`} (check the feed's dates and time zone, and "now" if it is set)`
    ],
    [
      counts.closed,
      `${counted(counts.closed, "is", "are")} closed, active: false ("closed: mark" or "closed: details" shows closed listings)`
    ],
    [
      counts.filter,
      `${counted(counts.filter, "is", "are")} left out by the board's "select" filters or its "visible" field`
    ]
  ];
  const named = reasons.filter(([count]) => count > 0).sort(([a], [b]) => b - a).map(([, text]) => text);
  if (named.length === 0) return "";
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join("; ")}; and ${named.at(-1)}`;
  return ` Of the records read, ${list}.`;
}
function emptyFeed(format) {
  if (format === "csv") return "a CSV feed with no listings is its header row alone";
  if (format === "jsonl")
    return "JSONL cannot say that there are no listings: write a feed that may have none as JSON, []";
  if (format === void 0)
    return "a feed with no listings is written [] in JSON, or as its header row alone in CSV";
  return `a ${format.toUpperCase()} feed with no listings is written []`;
}
var GITHUB_HOSTS = /* @__PURE__ */ new Set(["raw.githubusercontent.com", "github.com", "api.github.com"]);
function hostOf(url) {
  return URL.canParse(url) ? new URL(url).hostname : "";
}
var marker = (prefix, zone, edge) => `<!-- ${prefix}:${zone}:${edge} -->`;
function lookalikeAdvice(prefix, zone, { line, found, edge, problem, prefix: other, hidden }) {
  const at = `Line ${line} holds ${found}`;
  if (problem === "placement" && hidden)
    return ` ${at}, but not as a marker: it is ${hiddenWhere(hidden)}. ${hiddenAdvice(hidden)}.`;
  if (problem === "placement")
    return ` ${at}, but not as a marker: a marker stands alone on its line, not indented, after a blank line, outside code blocks and other HTML.`;
  if (problem === "case")
    return ` ${at}: markers are read in their exact case, ${marker(prefix, zone, edge)}.`;
  return ` ${at}: if those are this board's markers, set "marker-prefix" to "${other}"; else write ${marker(prefix, zone, edge)}.`;
}
var hiddenWhere = ({ blockLine, holder, closer }) => holder === "comment" ? `inside the HTML comment opened on line ${blockLine}, which is not closed before it` : holder === "code" ? `inside the code block opened on line ${blockLine}, which is not closed before it` : closer === void 0 ? `inside the HTML block that starts on line ${blockLine} (GitHub reads every line up to the next blank one as that HTML)` : `inside the HTML block that starts on line ${blockLine} (GitHub reads every line up to the first one holding ${closer} as that HTML)`;
var hiddenAdvice = ({ line, blockLine, holder, closer }) => holder === "comment" ? `Close the comment of line ${blockLine} with --> before line ${line}` : holder === "code" ? `Close the code block of line ${blockLine} with ${closer} before line ${line}` : closer === void 0 ? `Put a blank line before line ${line}` : `Close the HTML of line ${blockLine} with ${closer} before line ${line}`;
var optionalZoneLookalike = (prefix, zone, lookalike) => `The README has no ${zone} zone, so none is written.${lookalikeAdvice(prefix, zone, lookalike)} Put ${marker(prefix, zone, "start")} and ${marker(prefix, zone, "end")}, each alone on its line, where the ${zone} should go.`;
var errors = {
  badInput: (name, problem) => new BoardError("bad-input", `Input "${name}": ${problem}`),
  badBoardsFile: (file, where, problem) => new BoardError("bad-input", `Boards file "${file}" (the "config" input), ${where}: ${problem}`),
  /** `what`: the header, or the listing a cell was rendered for. */
  /** `table`: the board whose table it is (`backend.md`, `README.md (intern)`), when known. */
  /** A zone's template (`updated`, `counts`) that failed when the run rendered it. */
  zoneTemplateFailed: (input, readme, problem) => new BoardError(
    "bad-input",
    `${readme}: the "${input}" template failed: ${problem}. Fix the "${input}" template (the input, or the boards file's "${input}").`
  ),
  templateFailed: (column, what, problem, table) => new BoardError(
    "bad-input",
    `${table ? `${table}: the` : "The"} template of the table's column "${column}" failed on ${what}: ${problem}. Fix the column's template in the board's "table" settings.`
  ),
  sourceChanged: (source) => new BoardError(
    "source-changed",
    `Listings "${source}" changed while they were read: a second read, for listings the first one let go, found other records. Run again once the source is stable.`
  ),
  /** `advice`: for a path written the Windows way or absolute, the path to write instead (notFoundAdvice). */
  sourceNotFound: (source, advice) => new BoardError(
    "source-not-found",
    `Listings file "${source}" not found. Check the "listings" input: a path relative to the repository root${advice ? ` (${advice})` : ""}, or an http(s) URL.`
  ),
  /** `wait`: a Retry-After longer than a run waits for. */
  sourceHttp: (source, status, statusText, wait) => new BoardError(
    "source-http",
    `Listings URL ${source} answered ${status}${statusText ? ` ${statusText}` : ""}.` + (wait ? ` It asks to be tried again in ${wait.askedSeconds.toLocaleString("en-US")} s, longer than a run waits (${wait.maxSeconds} s): the next scheduled run tries again.` : status === 401 || status === 403 ? ' If the feed needs a key, pass it with "listings-header" (for example "Authorization: Bearer ${{ secrets.FEED_TOKEN }}").' : status === 404 && GITHUB_HOSTS.has(hostOf(source)) ? ' Check the owner, repository, branch and path. GitHub answers 404 for a file of a private repository asked for without a token: when the file is in the board\'s own repository, set "listings" to its path there (such as "data/jobs.json"); else pass a token that can read that repository with "listings-header" ("Authorization: Bearer ${{ secrets.LISTINGS_TOKEN }}").' : " Check the URL, or try again later.")
  ),
  /**
   * A page after the first of a listings URL that could not be read (`error`, naming the page's
   * address): the run fails rather than show part of the feed as all of it.
   */
  sourcePage: (source, page, error) => new BoardError(
    error.code,
    `Page ${page} of listings "${source}" could not be read, so the run stops rather than show the pages before it as the whole feed: ${error.message}${error.code === "source-too-large" ? ' ("listings-max-bytes" holds every page together.)' : ""}`,
    error.facts,
    error.problem
  ),
  sourceTimeout: (source, seconds) => new BoardError(
    "source-timeout",
    `Listings URL ${source} did not answer within ${seconds} s. Raise "listings-timeout" or check the server.`
  ),
  sourceUnreachable: (source, problem) => new BoardError(
    "source-http",
    `Listings URL ${source} could not be reached (${problem}). Check the address and the network, or try again later.`
  ),
  /** `file`: the address of the file itself, when the page is one people link to. */
  sourceWebPage: (source, contentType, file) => new BoardError(
    "source-format",
    `Listings URL ${source} sent a web page (${contentType}), not JSON, JSONL, CSV or YAML. ${file ? `Set "listings" to ${file.url}${file.note ? ` (${file.note})` : ", the file itself"}.` : 'Point "listings" at the raw file (on GitHub, the "Raw" link).'}`
  ),
  sourceBroken: (source, problem) => new BoardError(
    "source-broken",
    `Listings URL ${source} answered, but its body was cut off or corrupt (${problem}). The server or a proxy broke the transfer; try again later.`
  ),
  sourceTooLarge: (source, limit) => new BoardError(
    "source-too-large",
    `Listings URL ${source} sent more than ${limit} bytes. Raise "listings-max-bytes" if the feed is really that large.`
  ),
  sourceFileTooLarge: (source, limit) => new BoardError(
    "source-too-large",
    `Listings file "${source}" holds more than ${limit} bytes. Raise "listings-max-bytes" if the feed is really that large.`
  ),
  sourceYamlTooLarge: (source, limit) => new BoardError(
    "source-too-large",
    `Listings "${source}" is YAML of more than ${limit / 2 ** 20} MiB. YAML is read whole, into about 30 times its size in memory: publish the feed as JSON or JSONL (one JSON object a line) instead, which are read a piece at a time at any size.`
  ),
  contributionEvent: (path, problem) => new BoardError("contribution-source", `The event payload ${path} ${problem}.`),
  contributionNeedsFile: (source) => new BoardError(
    "contribution-source",
    `Contributions edit the repository's own listings file, but "listings" is ${source}; give a path ending in .json, .jsonl, .csv, .yaml or .yml (or set "listings-format").`
  ),
  sourceScheme: (source, scheme) => new BoardError(
    "source-scheme",
    `Listings URL ${source} leads to a "${scheme}" address; only http and https are followed.`
  ),
  sourceRedirectPrivate: (source, target, address, scope) => new BoardError(
    "source-redirect",
    `Listings URL ${source} redirected to ${target}, which is ${address}, a ${scope} address: a feed on the internet may not lead the run into the runner's own network. If you trust that address, set "listings" to it.`
  ),
  sourceUserInfo: (source) => new BoardError(
    "bad-input",
    `Input "listings": ${source} has a user name or password before the host, which is never sent. Pass them with "listings-header" instead (for example "Authorization: Basic \${{ secrets.FEED_BASIC_AUTH }}") and keep them out of the URL.`
  ),
  sourceMarkup: (source, kind) => new BoardError(
    "source-format",
    kind === "feed" ? `Listings "${source}" is an RSS or Atom feed (XML), which jobs-readme does not read. Give it the listings as JSON, JSONL, CSV or YAML: an RSS feed's items converted to JSON load with "fields" such as id=guid,url=link,posted_at=pubDate.` : kind === "web page" ? `Listings "${source}" is a web page (HTML), not JSON, JSONL, CSV or YAML. Point "listings" at the listings file itself (on GitHub, the "Raw" link).` : `Listings "${source}" is XML, not JSON, JSONL, CSV or YAML. Export the listings in one of those formats.`
  ),
  sourceFormat: (source) => new BoardError(
    "source-format",
    `Cannot tell the format of "${source}". Set "listings-format" to json, jsonl, csv or yaml.`
  ),
  /** `kind`: what the file is; `compressed`: whether it is compressed text, else a workbook. */
  sourceNotText: (source, kind, compressed) => new BoardError(
    "source-format",
    `Listings "${source}" is ${kind}, not text. ${compressed ? 'Decompress it (gunzip), or serve it over http(s) with "Content-Encoding: gzip", which is read.' : 'Save the sheet as CSV: in Excel, "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc, "Text CSV" with the character set "Unicode (UTF-8)".'}`
  ),
  /** `marked`: the text starts with a byte order mark; else every other byte of its start is NUL. */
  sourceEncoding: (source, marked = true) => new BoardError(
    "source-format",
    `Listings "${source}" is UTF-16 text (${marked ? "it starts with a UTF-16 byte order mark" : "every other byte of its start is NUL, as UTF-16 without a byte order mark writes letters and digits"}), and listings are read as UTF-8. Save it as UTF-8: in Excel, as "CSV UTF-8 (Comma delimited)"; in other tools, with the encoding "UTF-8".`
  ),
  /** `format`: the feed's, when known, for how one with no listings is written. */
  sourceEmpty: (source, format) => new BoardError(
    "source-parse",
    `Listings "${source}" is empty: whatever writes it wrote nothing (a download or an export that failed?). Check that step; ${emptyFeed(format)} (and "allow-empty: true" lets the table go empty).`
  ),
  sourceParse: (source, format, where, problem) => new BoardError(
    "source-parse",
    `Listings "${source}" is not valid ${format.toUpperCase()} (${where}): ${problem}`
  ),
  /** A document that parsed but holds no list of listings where the loader looks for one. */
  noListings: (source, format, problem) => new BoardError(
    "source-parse",
    `Listings "${source}" is valid ${format.toUpperCase()} but holds no list of listings (a list, or an object holding one such as {"jobs": [...]}): ${problem}.`
  ),
  invalidRecord: (position, id, reason) => new BoardError(
    "invalid-record",
    `Listing #${position}${id ? ` (id ${id})` : ""} is invalid: ${reason}. With "strict: true" any invalid listing fails the run; fix the feed or turn strict off to skip it.`
  ),
  zoneMissing: (prefix, zone, lookalike) => new BoardError(
    "zone-missing",
    `The README has no ${zone} zone. Put the lines ${marker(prefix, zone, "start")} and ${marker(prefix, zone, "end")}, each alone on its line, where the ${zone} should go (or run "jobs-readme init").${lookalike ? lookalikeAdvice(prefix, zone, lookalike) : ""}`
  ),
  /**
   * A marker whose other edge, `missing`, is not after it (a start) or before it (an end).
   * `misspelt`: a comment line that names the zone with another word for that edge.
   */
  zoneUnpaired: (prefix, zone, line, missing, hidden, misspelt) => {
    const found = marker(prefix, zone, missing === "end" ? "start" : "end");
    const wanted = marker(prefix, zone, missing);
    const lacks = `Line ${line}: ${found} has no ${wanted} ${missing === "end" ? "after" : "before"} it`;
    return new BoardError(
      "zone-unpaired",
      hidden ? `${lacks}: the one on line ${hidden.line} is ${hiddenWhere(hidden)}. ${hiddenAdvice(hidden)}; nothing was written.` : misspelt ? `${lacks}: line ${misspelt.line}, ${misspelt.text}, looks like it misspelt. Write it ${wanted}; nothing was written.` : `${lacks}. Add the ${missing} marker on its own line${missing === "start" ? ", or remove this one" : ""}; nothing was written.`
    );
  },
  zoneTooDeep: (line, depth) => new BoardError(
    "zone-too-deep",
    `Line ${line}: lists and block quotes nested ${depth} deep; the README is read only to that depth, so the zone markers after it cannot be found for sure. Nest less deeply; nothing was written.`
  ),
  zoneDuplicate: (prefix, zone, line, firstLine) => new BoardError(
    "zone-duplicate",
    `Line ${line}: a second ${zone} zone (the first starts on line ${firstLine}). Keep one pair of ${prefix}:${zone} markers; nothing was written.`
  ),
  zoneNested: (prefix, inner, line, outer, outerLine) => new BoardError(
    "zone-nested",
    `Line ${line}: the ${inner} zone starts inside the ${outer} zone that starts on line ${outerLine}. Close ${marker(prefix, outer, "end")} first; nothing was written.`
  ),
  zoneMisplaced: (prefix, zone, edge, line, container) => new BoardError(
    "zone-misplaced",
    `Line ${line}: ${marker(prefix, zone, edge)} is inside a ${container}. Zone markers must stand alone at the top level of the README, not indented or quoted; nothing was written.`
  ),
  /** `boardsFile`: the boards file whose board names it, when one does. */
  readmeMissing: (path, boardsFile) => new BoardError(
    "readme-missing",
    `README "${path}" not found. Check ${boardsFile === void 0 ? 'the "readme" input' : `the "readme" of its board in the boards file "${boardsFile}"`} (a path relative to the repository root).`
  ),
  /**
   * `firstInvalid`: the first record found invalid, named when no record was valid;
   * `leftOut`: why the board left out the records it did not show; `table`: the board's README
   * and table, named when the run has several boards.
   */
  /** `why`: emptySelectionText. */
  emptySelection: (why) => new BoardError(
    "empty-selection",
    `${why} Refusing to empty the table: check the feed, the category and "max-age-days", or set "allow-empty: true" if an empty table is intended.`
  ),
  readmeTooLarge: (path, bytes, limit) => new BoardError(
    "readme-too-large",
    `${path} would be ${bytes.toLocaleString("en-US")} bytes even without any opening, over max-bytes ${limit.toLocaleString("en-US")}. GitHub stops rendering a README past 512,000 bytes; shorten the text outside the zones, or raise "max-bytes" if you accept that. Nothing was written.`
  ),
  /** `table`: the board's table, named when its README holds several. */
  noRoomForRows: (path, table, rows, limit) => new BoardError(
    "readme-too-large",
    `${path}: no row of ${table === void 0 ? "its table" : `the table ${table}`} fits within max-bytes ${limit.toLocaleString("en-US")} (${rows} ${rows === 1 ? "row is" : "rows are"} selected). Raise "max-bytes", shorten the text outside the zones, or set "allow-empty: true" if an empty table is intended. Nothing was written.`
  ),
  /**
   * `removed` of the `current` openings of the table are gone from the feed. `table`: the
   * board's README and table, named when the run has several boards; `uncounted`: rows of the
   * table that are no opening (no posting link: a closed row's 🔒); `held`: openings the run
   * removes too that the feed still holds, open (left out by the board's settings) or closed,
   * not counted.
   */
  tooManyRemoved: (removed, current, limit, {
    table,
    uncounted = 0,
    held = { open: 0, closed: 0 }
  } = {}) => {
    const notCounted = [
      held.open > 0 ? `${counted(held.open, "more opening")} the feed still holds open, left out by the board's settings ("max-rows", "max-bytes", "max-age-days" or its selection)` : "",
      held.closed > 0 ? `${counted(held.closed, held.open > 0 ? "more" : "more opening")} the feed holds closed (active: false)` : "",
      uncounted > 0 ? `${counted(uncounted, "row")} with no posting link, such as closed ones` : ""
    ].filter(Boolean);
    return new BoardError(
      "too-many-removed",
      `${table ? `${table}: this` : "This"} run would remove ${removed} of the ${current} openings now in the table (${Math.round(100 * removed / current)}%, more than max-removed-percent ${limit}): ${removed === 1 ? "its posting is" : "their postings are"} gone from the feed.${notCounted.length > 0 ? ` Not counted: ${notCounted.join("; ")}.` : ""} A broken or partial feed looks like this, so nothing was written. Check that the feed was read whole, and that its posting links did not change form (the "fields" mapping of url, or the posting column's cell template); if the change is intended, raise "max-removed-percent" (100 turns the guard off).`,
      { removed, current, limit },
      void 0,
      table
    );
  },
  /**
   * A link check found `dead` postings, but closing them met a guard (`guard`: too-many-removed
   * or empty-selection): nothing was written; the report lists the postings.
   */
  linkClosesRefused: (dead, guard) => {
    const { removed, current, limit } = guard.facts;
    const empty = guard.code === "empty-selection";
    const what = !empty && removed !== void 0 && current !== void 0 && limit !== void 0 ? `would remove ${removed} of the ${current} openings now in the table (${Math.round(100 * removed / current)}%, more than max-removed-percent ${limit})` : "would leave no opening to show";
    return new BoardError(
      guard.code,
      `${guard.table ? `${guard.table}: closing` : "Closing"} the ${counted(dead, "dead posting")} ${what}, so nothing was closed or written. The dead and unknown postings are listed in the report: open a few of the dead ones to make sure they are gone (a site that answers this check with 404, or a closed-urls pattern that matches too much, looks like this). If they are, close them: run the check once more with ${empty ? '"allow-empty: true" and "max-removed-percent: 100"' : '"max-removed-percent: 100"'} (the guards off for that run), or set active: false on them by hand.`
    );
  },
  noOpeningsTable: (prefix, line) => new BoardError(
    "no-openings-table",
    (line === void 0 ? 'No openings table found: init wraps the tables between TABLE_START and TABLE_END comments, else the first table right under a heading that mentions "openings" or "jobs", else the tables whose header names a company or a role, else the tables of 5 rows or more under a heading that mentions internships, positions, roles, openings or jobs.' : `Line ${line} is not part of a table.`) + ` Pass --line with the line number of the table's header row, or put ${marker(prefix, "openings", "start")} and ${marker(prefix, "openings", "end")} around the table by hand, each alone on its line.`
  ),
  /**
   * init found the table to wrap, but no line where its end marker would be read without taking
   * in text a reader sees: `text` is that text, on `line`, right after `closer` (the table's
   * `</table>`, the `</details>` of its closed roles) in one HTML block; with no text, the `<table>` at `line` has no
   * `</table>` before `before` (the line of the next block that is not HTML; undefined: the end).
   */
  tableEndUnclear: (prefix, found) => new BoardError(
    "table-end-unclear",
    found.row ? `Line ${found.line}: "${found.text}" follows the table's rows with no blank line between, so GitHub shows it as one more row of the table: a zone around the table would take it in, and the first run would delete it. Put a blank line before line ${found.line} (it then shows as text under the table), then run init again. Nothing was written.` : found.text === void 0 ? `Line ${found.line}: this <table> has no </table> before ${found.before === void 0 ? "the end of the file" : `line ${found.before}`}, so init cannot tell where the table ends. Close it with </table> where it ends, or put ${marker(prefix, "openings", "start")} and ${marker(prefix, "openings", "end")} around it by hand, each alone on its line. Nothing was written.` : `Line ${found.line}: "${found.text}" follows ${found.closer} with no blank line between, so it is part of that HTML block: a zone around the table would take it in, and the first run would delete it. Put a blank line before line ${found.line}, then run init again. Nothing was written.`
  ),
  pathLeavesRepository: (path, realPath) => new BoardError(
    "unsafe-path",
    `"${path}" leads outside the repository, to ${realPath}, through a symbolic link. Nothing was written. Point the input at a file inside the repository, or replace the link with a real file or folder.`
  ),
  sameFileTwice: (path, other, realPath) => new BoardError(
    "unsafe-path",
    `"${path}" and "${other}" are the same file (${realPath}), through a symbolic link, so one would overwrite the other. Nothing was written; give each its own file.`
  ),
  fileChanged: (path) => new BoardError(
    "file-changed",
    `${path} changed on disk while this run was working (an editor or another run wrote it). Nothing was written and that change is kept; run again to build on it.`
  ),
  fileLocked: (path, lock) => new BoardError(
    "file-locked",
    `${path} is being written by another run (its lock ${lock} is still held). Nothing was written; run again once that run is done, or delete the lock file if no run is working.`
  ),
  filesBusy: (attempts) => new BoardError(
    "file-changed",
    `The files kept changing on disk while this run was working (${attempts} attempts, each rebuilt on what was there). Nothing was written; run again once no editor or other run is writing them.`
  ),
  writeRefused: (path, problem) => new BoardError(
    "write-refused",
    `Cannot write ${path}: ${problem}. Nothing was written; make it writable, or take it out of the run.`
  ),
  /** The contribution writer's refusal of an edit it cannot make to the records meant alone. */
  listingsNotEditable: (source, problem) => new BoardError(
    "write-refused",
    `Cannot edit the ${source}: ${problem}. Nothing was written.`,
    {},
    problem
  ),
  notUtf8: (path, problem) => new BoardError(
    "file-encoding",
    `${path} is not UTF-8 text: ${problem}. jobs-readme reads and writes UTF-8 only, and would change such bytes, so nothing was written. Save the file as UTF-8 (in most editors: "Save with Encoding", UTF-8) and run again.`
  ),
  writeFailed: (path, problem) => new BoardError(
    "write-failed",
    `Writing ${path} failed (${problem}). Nothing was written: every file is as it was before the run. Fix the cause and run again.`
  ),
  githubAuth: () => new BoardError(
    "github-auth",
    'GitHub refused the token (401 Bad credentials). Leave the "token" input at its default (${{ github.token }}), or pass a token that is valid and not expired.'
  ),
  githubPermission: (repository, permission, said) => new BoardError(
    "github-permission",
    `The token may not do this in ${repository} (GitHub said: "${said}"). Add "permissions: ${permission}" to the workflow or job, or pass a token that has it.` + (permission === "pull-requests: write" ? ` A workflow token also needs "Allow GitHub Actions to create and approve pull requests" in the repository's Actions settings.` : "")
  ),
  repositoryNotFound: (repository) => new BoardError(
    "repository-not-found",
    `Repository ${repository} not found, or the token cannot read it. Check GITHUB_REPOSITORY, and give the token "permissions: contents: write".`
  ),
  branchMissing: (branch, repository) => new BoardError(
    "branch-missing",
    `Branch "${branch}" does not exist in ${repository}. Check the "branch" input, or leave it empty for the default branch.`
  ),
  branchProtected: (branch, said) => new BoardError(
    "branch-protected",
    `Branch "${branch}" is protected and refused the commit (GitHub said: "${said.trim().replace(/\s+/g, " ")}"). Set "pull-request: auto" (or true) to open a pull request instead, or let the token bypass the rule.`
  ),
  /** `files`: some files in the folder, for the advice. */
  folderNotFile: (path, files) => new BoardError(
    "file-is-folder",
    `"${path}" is a folder, not a file. Point the setting that names it at a file${files.length > 0 ? ` in it, such as ${files.map((file) => `"${file}"`).join(" or ")}` : " (this folder holds none)"}.`
  ),
  fileInPath: (path, file) => new BoardError(
    "file-is-folder",
    `"${path}" runs through "${file}", which is a file, not a folder. Nothing was written. Point the setting that names "${path}" at a path through folders, or move "${file}" aside.`
  ),
  symbolicLink: (path, target) => new BoardError(
    "file-is-link",
    `${path} is a symbolic link in the repository (to ${target ?? "a place outside it"}), not a file. The action reads and writes files through the GitHub API, which does not follow links (it would read the link's text and replace the link with a file), so nothing was written. ${target ? `Set the input that names it ("readme" for a README) to "${target}", the file itself.` : "Point the input that names it at a file in the repository."}`
  ),
  proposalBranchTaken: (branch, base, pull) => new BoardError(
    "branch-in-use",
    `Branch "${branch}" is the head of pull request #${pull.number} into "${pull.base}", so it cannot carry a pull request into "${base}" too; nothing was written. Merge or close #${pull.number}, or delete that branch if it is not the action's.`
  ),
  branchBusy: (branch, attempts) => new BoardError(
    "branch-busy",
    `Branch "${branch}" kept moving while the README was being committed (${attempts} attempts, each rebuilt on the new head). Nothing was forced; the next run will try again.`
  ),
  githubFailed: (doing, status, said) => new BoardError(
    "github-failed",
    `GitHub failed while ${doing}${status ? ` (${status})` : ""}: ${sentence(said)}${status !== void 0 && status >= 500 ? " Retries did not help; try again later." : " Try again later."}`
  ),
  githubRateLimited: (doing, status, said, wait) => {
    const when = wait.resetAt ? ` It resets at ${wait.resetAt.toISOString().slice(11, 16)} UTC, in ${minutes(wait.seconds)}` : wait.seconds > 0 ? ` It asks to wait ${wait.seconds.toLocaleString("en-US")} s` : "";
    const why = wait.seconds > wait.maxWait ? `${when}, longer than a run waits (${wait.maxWait} s).` : wait.retries > 0 ? `${when ? `${when}, and it` : " It"} still held when retried.` : when ? `${when}.` : "";
    return new BoardError(
      "github-rate-limited",
      `GitHub's API rate limit stopped the run while ${doing}${status ? ` (${status})` : ""}: ${sentence(said)}${why} The run stopped there; the next run will try again. If it keeps happening, run the workflow less often or give it a token of its own.`
    );
  }
};
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function minutes(seconds) {
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60).toLocaleString("en-US")} min`;
}
function yamlProblem(error) {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").replace(/:\s*$/, "");
}
function emptySelectionText(category, valid, read, feed, firstInvalid, leftOut, table) {
  return `${table ? `${table}: no` : "No"} openings left to show${category ? ` for category "${category}"` : ""} (${counted(valid, "valid listing")} loaded, ${counted(read, "record")} read).${read === 0 ? " The feed holds no records: check that the listings point at the right file, and that whatever writes it wrote it whole." : ""}${leftOut ? leftOutAdvice(leftOut) : ""}${valid === 0 && firstInvalid ? ` ${leftOut && leftOutTotal(leftOut) > 0 ? "Of the records validated, none is valid" : "No record is valid"}; the first, listing #${firstInvalid.position}${firstInvalid.id ? ` (id ${firstInvalid.id})` : ""}: ${firstInvalid.reason}.` : ""}${feed ? feedAdvice(category, feed) : ""}`;
}

export {
  BoardError,
  isBoardError,
  hiddenWhere,
  hiddenAdvice,
  optionalZoneLookalike,
  errors,
  yamlProblem,
  emptySelectionText
};
