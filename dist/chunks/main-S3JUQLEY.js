import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  package_default
} from "./chunk-FUWU6LNU.js";
import {
  contribute,
  localFiles,
  localStore,
  readContributionEvent
} from "./chunk-C4MSGWRK.js";
import "./chunk-VXHRULYH.js";
import {
  boardLabel,
  runBoards,
  salaryText
} from "./chunk-53SZJVX6.js";
import "./chunk-4VYEASBC.js";
import "./chunk-J77ZOAGE.js";
import "./chunk-53AGPAEB.js";
import {
  parseInitSettings,
  parseSettings
} from "./chunk-3BHI2GKX.js";
import "./chunk-QAYKLCCK.js";
import {
  INPUTS
} from "./chunk-F5PQDYSZ.js";
import "./chunk-M5ESRAMY.js";
import "./chunk-EAUSCLQE.js";
import "./chunk-P3GXURRD.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-4SMVCH2B.js";
import "./chunk-KQKJTDSH.js";
import "./chunk-LUBWTARC.js";
import {
  errors,
  isBoardError
} from "./chunk-OSZOGNS6.js";
import "./chunk-IKPEZNDG.js";
import "./chunk-H54AGVSF.js";
import "./chunk-HANBNIMK.js";

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ACTION_ONLY_INPUTS = [
  "repository",
  "branch",
  "token",
  "commit",
  "commit-message",
  "commit-method",
  "pull-request",
  "author",
  "committer"
];
var CLI_FLAGS = /* @__PURE__ */ new Map([
  ["out", "string"],
  ["check", "boolean"],
  ["line", "integer"],
  ["contribution", "boolean"],
  ["force", "boolean"],
  ["event", "string"],
  ["help", "boolean"],
  ["version", "boolean"]
]);
var INPUT_FLAGS = new Map(
  INPUTS.filter((input) => !ACTION_ONLY_INPUTS.includes(input.name)).map((input) => [
    input.name,
    input.kind
  ])
);
var KNOWN_FLAGS = [...CLI_FLAGS.keys(), ...INPUT_FLAGS.keys()];
var COMMANDS = ["init", "check-links", "contribute"];
function parseArgs(argv) {
  const args = {
    command: "run",
    inputs: {},
    check: false,
    contribution: false,
    force: false
  };
  const rest = [...argv];
  if (rest[0] === "init" || rest[0] === "check-links" || rest[0] === "contribute") {
    args.command = rest[0];
    rest.shift();
  }
  while (rest.length) {
    const word = rest.shift();
    if (word === "-h") {
      args.command = "help";
      continue;
    }
    if (!word.startsWith("--") || word === "--") throw unexpected(word, argv);
    const [name, inline] = splitFlag(word.slice(2));
    if (ACTION_ONLY_INPUTS.includes(name)) throw actionOnly(name);
    const kind = CLI_FLAGS.get(name) ?? INPUT_FLAGS.get(name);
    if (!kind) throw unknownFlag(name);
    const value = kind === "boolean" ? booleanValue(name, inline, rest) : requiredValue(name, inline, rest);
    assign(args, name, value);
  }
  return args;
}
function nearest(given, known) {
  const lower = given.toLowerCase();
  const prefixed = known.filter((name) => name.startsWith(lower));
  if (lower.length >= 3 && prefixed.length === 1) return prefixed[0];
  const allowed = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best;
  let bestDistance = allowed + 1;
  for (const name of known) {
    const distance = editDistance(lower, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}
function unexpected(word, argv) {
  const bare = word.replace(/^-+/, "");
  const command = word === argv[0] ? nearest(bare, COMMANDS) : void 0;
  const flag = nearest(bare, KNOWN_FLAGS);
  const hint = command ? `; did you mean the command "${command}"?` : flag ? `; did you mean --${flag}?` : " (flags start with --; see --help)";
  return new UsageError(`unexpected argument "${word}"${hint}`);
}
function unknownFlag(name) {
  const suggestion = nearest(name, KNOWN_FLAGS);
  return new UsageError(
    `unknown flag --${name}${suggestion ? `; did you mean --${suggestion}?` : " (see --help)"}`
  );
}
function actionOnly(name) {
  return new UsageError(
    `--${name} is an input of the GitHub Action, not a flag of the CLI: the CLI writes local files and never commits. To commit through the GitHub API, run the action (jobs-readme/jobs-readme@v1); to write files in a workflow without committing, give the action "commit: false".`
  );
}
function splitFlag(flag) {
  const equals = flag.indexOf("=");
  return equals < 0 ? [flag, void 0] : [flag.slice(0, equals), flag.slice(equals + 1)];
}
function booleanValue(name, inline, rest) {
  const next = rest[0];
  const value = inline ?? (next !== void 0 && !next.startsWith("-") ? rest.shift() : "true");
  const lower = value.toLowerCase();
  if (lower === "true" || lower === "false") return lower;
  throw new UsageError(`--${name} takes true or false, not "${value}" (--${name} alone means true)`);
}
function requiredValue(name, inline, rest) {
  if (inline !== void 0) return inline;
  const next = rest[0];
  if (next === void 0 || next.startsWith("--") && next.length > 2)
    throw new UsageError(`--${name} needs a value`);
  return rest.shift();
}
function assign(args, name, value) {
  switch (name) {
    case "out":
      args.out = value;
      return;
    case "check":
      args.check = value === "true";
      return;
    case "contribution":
    case "force":
      args[name] = value === "true";
      return;
    case "event":
      args.event = value;
      return;
    case "line":
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError("--line needs a line number (1 or more)");
      args.line = Number(value);
      return;
    case "help":
      if (value === "true") args.command = "help";
      return;
    case "version":
      if (value === "true") args.command = "version";
      return;
    default:
      args.inputs[name] = value;
  }
}
function editDistance(a, b) {
  const rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i];
      const above = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        above[j] + 1,
        row[j - 1] + 1,
        above[j - 1] + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
  return rows[a.length][b.length];
}

// src/cli/exit.ts
var EXIT = {
  /** The run wrote its files, or everything was already up to date. */
  done: 0,
  /** --check: a run would change something. */
  changes: 1,
  /** A flag or an input value is wrong; nothing was written. */
  usage: 2,
  /** The run failed: a missing or broken file or feed, a guard, a write that failed. */
  failed: 3
};
var EXIT_HELP = [
  `  ${EXIT.done}  done, or already up to date`,
  `  ${EXIT.changes}  --check: a run would change something`,
  `  ${EXIT.usage}  bad usage: an unknown flag or a wrong value`,
  `  ${EXIT.failed}  the run failed (a missing or broken file or feed, a guard, a failed write)`
];

// src/cli/terminal.ts
function say(output, message) {
  output.write(`${printable(message)}
`);
}
function printable(text) {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, escape);
}
function sayDiff(output, patch) {
  const lines = patch.endsWith("\n") ? patch.slice(0, -1).split("\n") : patch.split("\n");
  for (const line of lines) {
    const text = printable(line);
    const colour = output.colour ? diffColour(line) : void 0;
    output.write(colour ? `\x1B[${colour}m${text}\x1B[0m
` : `${text}
`);
  }
}
function escape(character) {
  if (character === "\n") return "\\n";
  if (character === "\r") return "\\r";
  const code = character.charCodeAt(0);
  const hex = code.toString(16).padStart(2, "0");
  return code < 128 ? `\\x${hex}` : `\\u00${hex}`;
}
function diffColour(line) {
  if (line.startsWith("+++") || line.startsWith("---")) return "1";
  if (line.startsWith("@@")) return "36";
  if (line.startsWith("+")) return "32";
  if (line.startsWith("-")) return "31";
  return void 0;
}

// src/cli/contribute.ts
async function runContribute(args, terminal) {
  if (args.event === void 0)
    throw new UsageError("contribute needs --event PATH: an issues or issue_comment event payload");
  const settings = parseSettings(args.inputs);
  const read = await readContributionEvent("issues", args.event);
  const payload = read?.payload;
  const event = { name: payload?.comment ? "issue_comment" : "issues", payload };
  const log = {
    warn: (message) => say(terminal.stderr, `warning: ${message}`),
    info: (message) => say(terminal.stderr, message)
  };
  const { run, boards: configs } = await settings.resolve(localFiles().readFile);
  const dryRun = run.dryRun || args.check;
  const tracker = printedTracker(terminal, dryRun);
  const report = await contribute(
    { ...run, dryRun: false },
    configs,
    dryRun ? readOnly(localStore(".")) : localStore("."),
    log,
    event,
    tracker,
    run.contribution
  );
  if (report.outcome === "ignored") throw new UsageError(report.message);
  return report.outcome === "refused" ? EXIT.changes : EXIT.done;
}
function printedTracker(terminal, dryRun) {
  const would = dryRun ? "Would " : "";
  return {
    async comment(issue, body) {
      say(terminal.stdout, `${would || ""}${would ? "comment" : "Comment"} on #${issue}:`);
      for (const line of body.split("\n")) say(terminal.stdout, `  ${line}`);
    },
    async close(issue) {
      say(terminal.stdout, `${would}${would ? "close" : "Close"} #${issue}`);
    },
    async addLabel(issue, label) {
      say(terminal.stdout, `${would}${would ? "label" : "Label"} #${issue} "${label}"`);
    }
  };
}
function readOnly(store) {
  return { ...store, write: async () => void 0 };
}

// src/cli/help.ts
var COMMANDS2 = [
  "Commands:",
  "  init --contribution",
  "      Writes the issue forms readers file (.github/ISSUE_TEMPLATE/new-role.yml, edit-role.yml,",
  "      close-role.yml; their input ids are the listing fields), the workflows that apply them",
  "      and check links (.github/workflows/jobs-readme-contribute.yml, jobs-readme-check-links.yml)",
  "      and, when --listings names a JSON file that is not there, that file as [].",
  "      --listings FILE   the listings file contributions go into (default: listings.json)",
  "      --config FILE     a boards file: its categories become the form's choices",
  "      --contribution-label NAME   the label that approves a form (default: approved)",
  "      --force           overwrite forms and workflows that exist",
  `      Exit: ${EXIT.done} written; ${EXIT.usage} bad usage; ${EXIT.failed} a file exists (nothing written; --force overwrites).`,
  "  contribute --event PATH",
  '      Applies one issues ("labeled") or issue_comment ("/approve") event payload, as GitHub',
  "      writes it to GITHUB_EVENT_PATH, to the local listings file and README(s) exactly as the",
  "      action does, and prints what the action would comment on the issue, label and close.",
  "      --event PATH      the event payload (JSON); required",
  "      --contribution-label, --contribution-refused-label, --contribution-kinds,",
  "      --contribution-fields   as the inputs below, or the boards file's contribution: section",
  "      --check, --dry-run      write nothing; say what would be done",
  `      Exit: ${EXIT.done} applied, or already applied; ${EXIT.changes} refused, with the reason printed`,
  `      (nothing written); ${EXIT.usage} bad usage (no --event, or an event that approves nothing);`,
  `      ${EXIT.failed} the run failed.`,
  "  check-links",
  "      Requests every posting the boards show (HEAD, then GET) and closes (active: false) those",
  "      whose page is gone: 404, 410, or a redirect to a --closed-urls page. A timeout, a 5xx or",
  "      a 429 closes nothing; it is reported and tried again on the next run. Listings from a",
  "      URL are not edited: their dead postings are listed.",
  "      --closed-urls URL,...   pages that say a posting is no longer available (* matches any run)",
  "      --link-timeout S, --link-concurrency N, --link-host-delay-ms MS   see the flags below",
  "      --dry-run         close nothing; list what would be closed",
  `      Exit: ${EXIT.done} checked (dead postings closed or listed); ${EXIT.usage} bad usage; ${EXIT.failed} the run failed.`
];
function helpText(version) {
  const flags = INPUTS.filter(
    (input) => (!input.secret || input.name === "listings-header") && !ACTION_ONLY_INPUTS.includes(input.name)
  ).map((input) => {
    const value = input.kind === "boolean" ? "[true|false]" : `<${input.kind === "string" ? "value" : "n"}>`;
    const fallback = input.default !== void 0 ? ` (default: ${input.default})` : "";
    return `  --${input.name} ${value}
      ${input.description}${fallback}`;
  });
  return [
    `jobs-readme ${version}: keeps a job board README current.`,
    "",
    "Usage:",
    "  jobs-readme --listings FILE|URL [--readme README.md] [--out PATH|-] [--check] [flags]",
    "  jobs-readme init [--readme README.md] [--line N] [--marker-prefix jobs] [--config jobs-readme.yml]",
    "  jobs-readme init --contribution [--listings listings.json] [--config FILE] [--force]",
    "  jobs-readme contribute --event PATH [--listings FILE | --config FILE] [--check] [flags]",
    "  jobs-readme check-links --listings FILE [--closed-urls URL,...] [flags]",
    "",
    "Updates the README in place, or writes it to --out PATH (- for standard output).",
    "--check and --dry-run write nothing and show what would change as a unified diff;",
    "--check also exits 1 when anything would change.",
    "A boolean flag stands alone (true) or takes true or false: --utm false, --utm=false.",
    "",
    "Exit codes:",
    ...EXIT_HELP,
    "",
    ...COMMANDS2,
    "",
    "Flags (the inputs of the GitHub Action):",
    ...flags,
    "",
    `The CLI writes local files and never commits: the action's publishing inputs`,
    `(${ACTION_ONLY_INPUTS.join(", ")}) are not flags.`,
    ""
  ].join("\n");
}

// src/cli/preview.ts
async function preview(boards, files) {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import("./libesm-5X7UFDH7.js");
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

// src/cli/main.ts
var VERSION = package_default.version;
async function runCli(argv, terminal) {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") return print(terminal.stdout, helpText(VERSION));
    if (args.command === "version") return print(terminal.stdout, `${VERSION}
`);
    if (args.command === "init")
      return args.contribution ? await runInitContribution(args, terminal) : await runInit(args, terminal);
    if (args.command === "check-links")
      return await runCheckLinks({ ...args.inputs, mode: "check-links" }, terminal);
    if (args.command === "contribute") return await runContribute(args, terminal);
    return await runBoard(args, terminal);
  } catch (error) {
    return failure(error, terminal.stderr);
  }
}
async function runBoard(args, terminal) {
  const settings = parseSettings(args.inputs);
  if (settings.run.mode === "check-links") return runCheckLinks(args.inputs, terminal);
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
  if (redirect && board) {
    if (!outcome.run.files.some((file) => file.path === board.readmePath))
      await writeOut(redirect, board.after);
    const where = args.out === "-" ? "the README to standard output" : args.out;
    say(
      report,
      `Wrote ${where} (${board.readmePath} itself unchanged): ${summary(board)}${written(outcome.run)}`
    );
    return EXIT.done;
  }
  say(report, `${changed ? "Updated" : "Up to date"}: ${lines.join("; ")}${written(outcome.run)}`);
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
function written(run) {
  const readmes = new Set(run.boards.map((board) => board.readmePath));
  const others = run.files.filter((file) => !readmes.has(file.path));
  const deleted = others.filter((file) => "deleted" in file).length;
  const paths = others.filter((file) => !("deleted" in file)).map((file) => file.path);
  if (others.length === 0) return "";
  const wrote = paths.length ? `also wrote ${paths.join(", ")}` : "";
  return ` (${wrote}${wrote && deleted ? "; " : ""}${deleted ? `deleted ${deleted} old snapshots` : ""})`;
}
async function runCheckLinks(inputs, terminal) {
  const log = {
    warn: (message) => say(terminal.stderr, `warning: ${message}`),
    info: (message) => say(terminal.stderr, message)
  };
  const { run, boards: configs } = await parseSettings(inputs).resolve(localFiles().readFile);
  const { runLinkCheck } = await import("./run-ZW4XG3QS.js");
  const { linkLines } = await import("./report-UGMBEROK.js");
  const outcome = await runLinkCheck(run, configs, localStore("."), log);
  for (const line of linkLines(outcome, run.dryRun)) say(terminal.stdout, line);
  if (outcome.written)
    say(terminal.stdout, `Updated: ${outcome.run.files.map((file) => file.path).join(", ")}`);
  return EXIT.done;
}
async function runInitContribution(args, terminal) {
  const { writeContributionFiles } = await import("./contribution-files-NTVDLMZA.js");
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
  const { initReadme } = await import("./init-WZYZGEIA.js");
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
  const tables = args.out === void 0 ? result.tables : [];
  const boards = await startingBoardsFile(boardsFile, readme, markerPrefix, tables, io.readFile);
  const files = boards.text === void 0 ? [] : [{ path: boardsFile, text: boards.text }];
  if (args.out === "-") terminal.stdout.write(result.text);
  else if (args.out !== void 0)
    await io.write([{ path: args.out, text: result.text }], { userPaths: [args.out] });
  else if (changed) files.unshift({ path: readme, text: result.text });
  if (files.length > 0) await io.write(files);
  const where = args.out === "-" ? "standard output" : args.out ?? readme;
  say(
    report,
    changed ? `Added markers to ${where} around: ${result.wrapped.join(", ")}. Nothing else changed.` : `${readme} already has its markers; nothing to do.`
  );
  if (boards.text !== void 0)
    say(
      report,
      `${boards.existed ? "Added" : "Wrote"} ${boards.added} board${boards.added === 1 ? "" : "s"} ${boards.existed ? "to" : "in"} ${boardsFile}, each table as ${readme} writes it; check its cell templates, then run: jobs-readme --config ${boardsFile}`
    );
  else if (tables.length > 0)
    say(report, `${boardsFile} already describes the tables of ${readme}; left as it is.`);
  return EXIT.done;
}
async function startingBoardsFile(path, readme, prefix, tables, readFile) {
  if (tables.length === 0) return { added: 0, existed: false };
  const existing = await readFile(path);
  const listings = existing === void 0 ? await listingsBeside(readFile) : void 0;
  const { boardsFileWith } = await import("./boards-file-NOSCYH3O.js");
  try {
    return {
      ...boardsFileWith(existing, readme, tables, listings, prefix),
      existed: existing !== void 0
    };
  } catch (error) {
    throw new UsageError(
      `${path} is not a boards file init can add to (${error.message}); fix it, or name another with --config. Nothing was written.`
    );
  }
}
async function listingsBeside(readFile) {
  for (const path of LISTINGS_PLACES) if (await readFile(path) !== void 0) return path;
  return void 0;
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
  return `${stats.jobs} openings (+${added.length} -${removed.length}), ${stats.remotePercent}% remote, ${stats.companies} companies, avg salary ${salary}${skipped}`;
}
function failure(error, stderr) {
  if (error instanceof UsageError) {
    say(stderr, `jobs-readme: ${error.message}`);
    return EXIT.usage;
  }
  if (isBoardError(error)) {
    say(stderr, `jobs-readme: ${error.message}`);
    return error.code === "bad-input" ? EXIT.usage : EXIT.failed;
  }
  const problem = error instanceof Error ? error : new Error(String(error));
  say(stderr, `jobs-readme: the run failed: ${problem.message}`);
  if (!("syscall" in problem))
    for (const frame of (problem.stack ?? "").split("\n").slice(1)) say(stderr, frame);
  return EXIT.failed;
}
function print(output, text) {
  output.write(text);
  return EXIT.done;
}
export {
  VERSION,
  runCli
};
