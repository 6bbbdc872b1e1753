import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  EXIT,
  UsageError,
  say,
  sayDiff
} from "./chunk-RORHMUIT.js";
import {
  localFiles,
  localStore
} from "./chunk-HXNRP5B6.js";
import {
  boardLabel,
  runBoards,
  salaryText
} from "./chunk-EKG4KFPK.js";
import "./chunk-IMJAIN4F.js";
import "./chunk-KJCNHICZ.js";
import "./chunk-I5BO5RH5.js";
import "./chunk-ZDYJQRVA.js";
import "./chunk-ADAPO2S3.js";
import "./chunk-EC4QDG2M.js";
import "./chunk-UC24MJAJ.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-33D3IKD7.js";
import "./chunk-XG64FQ2T.js";
import {
  parseInitSettings,
  parseSettings
} from "./chunk-J2VHFJZX.js";
import "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
import "./chunk-NOMF4GSH.js";
import {
  errors
} from "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import {
  countWord
} from "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

// src/cli/preview.ts
async function preview(boards, files) {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import("./libesm-ROH7IL6I.js");
  const readmes = new Map(boards.map((board) => [board.readmePath, board]));
  const result = { patch: "", writes: [], deletes: [] };
  for (const file of files) {
    const board = readmes.get(file.path);
    if ("deleted" in file) result.deletes.push(file.path);
    else if (!board) result.writes.push(file.path);
    else
      result.patch += createTwoFilesPatch(
        `a/${file.path}`,
        `b/${file.path}`,
        board.before,
        file.text,
        void 0,
        void 0,
        { stripTrailingCr: true, headerOptions: FILE_HEADERS_ONLY }
      );
  }
  return result;
}

// src/cli/commands.ts
async function runBoard(args, terminal) {
  const settings = parseSettings(args.inputs);
  const log = {
    warn: (message) => say(terminal.stderr, `warning: ${message}`),
    info: (message) => say(terminal.stderr, message)
  };
  const { run, boards: configs } = await settings.resolve(localFiles().readFile);
  if (args.out !== void 0 && configs.length > 1)
    throw new UsageError("--out writes one README; it cannot be used with a boards file (--config)");
  const report = args.out === "-" ? terminal.stderr : terminal.stdout;
  const redirect = redirectOf(args.out, configs[0]?.readme, terminal.stdout);
  const dryRun = run.dryRun || args.check;
  const outcome = await runBoards({ ...run, dryRun }, configs, localStore(".", redirect), log);
  const { boards: results, changed } = outcome.run;
  const lines = results.map((board2) => `${boardLabel(board2)}: ${summary(board2)}`);
  if (dryRun) {
    await showChanges(outcome.run, report);
    if (args.check) {
      say(report, `${changed ? "Would change" : "Up to date"}: ${lines.join("; ")}`);
      return changed ? EXIT.changes : EXIT.done;
    }
    say(report, `Dry run, nothing written: ${lines.join("; ")}`);
    return EXIT.done;
  }
  const [board] = results;
  const readmes = results.map((each) => each.readmePath);
  if (redirect && board) {
    if (!outcome.run.files.some((file) => file.path === board.readmePath))
      await writeOut(redirect, board.after);
    const where = args.out === "-" ? "the README to standard output" : args.out;
    const out = typeof redirect.to === "string" ? [redirect.to] : [];
    const files2 = besides(outcome.written, [...readmes, ...out]);
    const others = outcome.run.files.filter((file) => !readmes.includes(file.path));
    const kept = [
      ["not written", others.filter((file) => !("deleted" in file))],
      ["not deleted", others.filter((file) => "deleted" in file)]
    ];
    const untouched = kept.filter(([, files3]) => files3.length > 0).map(([what, files3]) => `${what}: ${files3.map((file) => file.path).join(", ")}`);
    const preview2 = args.out === "-" && untouched.length > 0 ? ` (${untouched.join("; ")}; --out - prints the README and nothing else)` : "";
    say(
      report,
      `Wrote ${where} (${board.readmePath} itself unchanged): ${summary(board)}${files2 && ` (also ${files2})`}${preview2}`
    );
    return EXIT.done;
  }
  const files = besides(outcome.written, readmes);
  if (!changed) say(report, `Up to date: ${lines.join("; ")}`);
  else {
    const rewritten = new Set(outcome.written?.written);
    const updated = results.filter((each) => rewritten.has(each.readmePath));
    const described = results.map(
      (each) => updated.includes(each) || updated.length === 0 ? `${boardLabel(each)}: ${summary(each)}` : `${boardLabel(each)} (up to date): ${summary(each)}`
    );
    say(
      report,
      updated.length === 0 ? `Up to date: ${described.join("; ")} (${files})` : `Updated: ${described.join("; ")}${files && ` (also ${files})`}`
    );
  }
  return EXIT.done;
}
function redirectOf(out, readme, stdout) {
  if (out === void 0 || readme === void 0) return void 0;
  return { path: readme, to: out === "-" ? (text) => stdout.write(text) : out };
}
async function writeOut({ to }, text) {
  if (typeof to === "string") await localFiles().write([{ path: to, text }], { userPaths: [to] });
  else to(text);
}
async function showChanges(run, report) {
  const { patch, writes, deletes } = await preview(run.boards, run.files);
  if (patch) sayDiff(report, patch);
  if (writes.length) say(report, `Would write ${writes.join(", ")}`);
  if (deletes.length) say(report, `Would delete ${deletes.join(", ")}`);
}
function besides(written, readmes) {
  const paths = (written?.written ?? []).filter((path) => !readmes.includes(path));
  const deleted = written?.deleted.length ?? 0;
  return [
    paths.length > 0 ? `wrote ${paths.join(", ")}` : "",
    deleted > 0 ? `deleted ${deleted} old ${countWord(deleted, "snapshot")}` : ""
  ].filter(Boolean).join("; ");
}
async function runCheckLinks(inputs, check, terminal) {
  const log = {
    warn: (message) => say(terminal.stderr, `warning: ${message}`),
    info: (message) => say(terminal.stderr, message)
  };
  const { run, boards: configs } = await parseSettings(inputs).resolve(localFiles().readFile);
  const { runLinkCheck } = await import("./run-TSB6GAHR.js");
  const { linkLines } = await import("./report-4STRK6GZ.js");
  const dryRun = run.dryRun || check;
  const outcome = await runLinkCheck({ ...run, dryRun }, configs, localStore("."), log, {
    // In a workflow, the CLI is on a runner too: its network is not the postings' to reach.
    onGitHubActions: process.env.GITHUB_ACTIONS === "true"
  });
  for (const line of linkLines(outcome, dryRun)) say(terminal.stdout, line);
  if (outcome.written)
    say(terminal.stdout, `Updated: ${outcome.run.files.map((file) => file.path).join(", ")}`);
  if (outcome.refused) throw outcome.refused;
  return check && outcome.closed > 0 ? EXIT.changes : EXIT.done;
}
async function runInitContribution(args, terminal) {
  const { writeContributionFiles } = await import("./contribution-files-7L6BJTA7.js");
  const result = await writeContributionFiles(args.inputs, localFiles(), { force: args.force });
  if (result.existing.length > 0) {
    say(
      terminal.stderr,
      `jobs-readme: ${result.existing.join(", ")} already ${result.existing.length > 1 ? "exist" : "exists"}; nothing was written (--force overwrites)`
    );
    return EXIT.failed;
  }
  for (const path of result.written) say(terminal.stdout, `Wrote ${path}`);
  say(terminal.stdout, result.next);
  return EXIT.done;
}
async function runInit(args, terminal) {
  const { readme, markerPrefix, boardsFile } = parseInitSettings(args.inputs);
  const io = localFiles();
  const before = await io.readFile(readme);
  if (before === void 0) throw errors.readmeMissing(readme);
  const { initReadme } = await import("./init-CG3TMPKG.js");
  const result = initReadme(before, { prefix: markerPrefix, line: args.line });
  const changed = result.text !== before;
  const report = args.out === "-" ? terminal.stderr : terminal.stdout;
  if (args.check) {
    say(
      report,
      `${readme} ${changed ? `needs markers for: ${result.wrapped.join(", ")}` : "has its markers"}`
    );
    return changed ? EXIT.changes : EXIT.done;
  }
  const tables = args.out === void 0 ? [...result.tables, ...result.marked ?? []] : [];
  const boards = await startingBoardsFile(
    boardsFile,
    {
      readme,
      prefix: markerPrefix,
      tables,
      updated: result.updated,
      counts: result.counts,
      labels: result.labels,
      ...result.updatedAt === void 0 ? {} : { updatedAt: result.updatedAt }
    },
    io.readFile
  );
  const files = boards.text === void 0 ? [] : [{ path: boardsFile, text: boards.text }];
  if (args.out === "-") terminal.stdout.write(result.text);
  else if (args.out !== void 0)
    await io.write([{ path: args.out, text: result.text }], { userPaths: [args.out] });
  else if (changed) files.unshift({ path: readme, text: result.text });
  if (files.length > 0) await io.write(files);
  const where = args.out === "-" ? "standard output" : args.out ?? readme;
  say(
    report,
    changed ? `Added markers to ${where} around: ${result.wrapped.join(", ")}. Nothing else changed.` : `${readme} already has its markers${boards.text === void 0 ? "; nothing to do" : ""}.`
  );
  for (const table of result.tables)
    for (const cut of table.joined ?? [])
      say(
        report,
        `Joined the two halves of the table under "${table.heading}" into zone ${table.zone === void 0 ? "openings" : `openings:${table.zone}`}: lines ${cut.first}-${cut.last} between them (the note the board's script writes where it cuts a long table) are in the zone, and the first run writes one table there.`
      );
  const left = result.countsLeftOut;
  if (left)
    say(
      report,
      `Left lines ${left.first}-${left.last} ("${left.heading.trim()}" and its lines) outside any zone: ${left.problem}. A run does not touch them: the numbers there stay as written.`
    );
  const lastUpdated = result.updatedUnread;
  if (lastUpdated && boards.text !== void 0)
    say(
      report,
      `The Last updated line (line ${lastUpdated.line}, "${lastUpdated.text}") gets the default line: ${lastUpdated.problem}. To keep its shape, give the first board of ${readme} an updated: template (and timezone: for its zone), see README: Last updated.`
    );
  const shownCount = result.updatedCount;
  if (shownCount && boards.text !== void 0)
    say(
      report,
      `The Last updated line shows "${shownCount.shown}", which init does not write as the open roles of the tables (${shownCount.rows}${shownCount.shown.includes(",") ? ", or written with thousands separators" : ""}): its updated: template keeps the number as written, and no run changes it. To have runs write the count, put {{ total }} in its place (the updated option, see README: Inputs).`
    );
  const elsewhere = result.updatedLeftOut;
  if (elsewhere)
    say(
      report,
      `Line ${elsewhere.line} ("${elsewhere.text}") reads as a Last updated line in ${elsewhere.where}: init wraps only a Last updated line of its own (a line of a paragraph at the top level), so it left this one as it is, and no run updates its date. To have runs write it, make it such a line (no quote, heading, list or HTML around it) and run init again.`
    );
  const unread = result.countsUnread;
  if (unread && boards.text !== void 0)
    say(
      report,
      `The counts zone (lines ${unread.first}-${unread.last}, "${unread.heading.trim()}") is written so that init guessed no counts template: ${unread.problem}. The first run writes it with the default template: give the first board of ${readme} a counts: template to keep its shape.`
    );
  const empty = tables.filter((table) => "empty" in table && table.empty);
  if (empty.length > 0 && boards.text !== void 0)
    say(
      report,
      `${countWord(empty.length, "Zone", "Zones")} ${empty.map((table) => table.zone === void 0 ? "openings" : `openings:${table.zone}`).join(", ")} of ${readme} ${empty.length === 1 ? "holds" : "hold"} no table yet: ${empty.length === 1 ? "its board writes" : "their boards write"} the default table; choose ${empty.length === 1 ? "its" : "their"} rows and columns in ${boardsFile}.`
    );
  if (boards.text !== void 0)
    say(
      report,
      `${boards.existed ? "Added" : "Wrote"} ${boards.added} ${countWord(boards.added, "board")} ${boards.existed ? "to" : "in"} ${boardsFile}, each table as ${readme} writes it; check its cell templates, then run: jobs-readme --config ${boardsFile}`
    );
  else if (tables.length > 0 && !boards.stale)
    say(report, `${boardsFile} already describes the tables of ${readme}; left as it is.`);
  for (const stale of boards.stale ?? []) say(report, stale);
  for (const note of boards.notes ?? []) say(report, note);
  return EXIT.done;
}
async function startingBoardsFile(path, found, readFile) {
  const { readme, prefix, tables, updated, counts, labels, updatedAt } = found;
  if (tables.length === 0) return { added: 0, existed: false };
  const existing = await readFile(path);
  const beside = await listingsBeside(readFile);
  const listings = existing === void 0 ? beside : void 0;
  const records = beside === void 0 ? void 0 : await listingsJson(beside, readFile);
  const fields = listings === void 0 ? void 0 : await proposedFields(listings, readFile);
  const { boardsFileWith } = await import("./boards-file-PEGJVONQ.js");
  try {
    return {
      ...boardsFileWith(
        existing,
        readme,
        tables,
        listings,
        prefix,
        updated,
        counts,
        records,
        fields,
        labels,
        updatedAt ?? Date.now()
      ),
      existed: existing !== void 0
    };
  } catch (error) {
    throw new UsageError(
      `${path} is not a boards file init can add to (${error.message}); fix it, or name another with --config. Nothing was written.`
    );
  }
}
async function proposedFields(path, readFile) {
  const { loadListings } = await import("./load-MDXGW55F.js");
  try {
    return (await loadListings(parseSettings({ listings: path }).run, { readFile })).feed.fields;
  } catch {
    return void 0;
  }
}
async function listingsBeside(readFile) {
  for (const path of LISTINGS_PLACES) if (await readFile(path) !== void 0) return path;
  return void 0;
}
async function listingsJson(path, readFile) {
  if (!path.endsWith(".json")) return void 0;
  try {
    const parsed = JSON.parse(await readFile(path) ?? "");
    return Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
var LISTINGS_PLACES = [
  ".github/scripts/listings.json",
  "listings.json",
  "jobs.json",
  "listings.jsonl",
  "listings.csv"
];
function summary({ stats, added, removed, invalidCount }) {
  const salary = salaryText(stats.avgSalaryK);
  const skipped = invalidCount ? `, ${invalidCount} invalid skipped` : "";
  return `${stats.jobs} ${countWord(stats.jobs, "opening")} (+${added.length} -${removed.length}), ${stats.remotePercent}% remote, ${stats.companies} ${countWord(stats.companies, "company", "companies")}, avg salary ${salary}${skipped}`;
}
export {
  runBoard,
  runCheckLinks,
  runInit,
  runInitContribution
};
