import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  localFiles,
  localStore,
  runBoards
} from "./chunk-XBGQJAHQ.js";
import "./chunk-4NFH2GAH.js";
import "./chunk-4TFCLVFD.js";
import "./chunk-XMIKH7HX.js";
import {
  INPUTS,
  parseInitSettings,
  parseSettings
} from "./chunk-6PHRNT55.js";
import "./chunk-ZXEERBR6.js";
import {
  errors,
  isBoardError
} from "./chunk-SUFPIJKH.js";
import "./chunk-P3GXURRD.js";
import "./chunk-HANBNIMK.js";

// package.json
var package_default = {
  name: "jobs-readme",
  version: "0.1.0",
  description: "Keeps a job board README current: rebuilds its openings table, Last updated line and stats between markers, in one commit.",
  license: "MIT",
  type: "module",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "jobs-readme": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "npm run build && NODE_OPTIONS=--experimental-vm-modules jest",
    start: "node scripts/demo.mjs",
    bench: "node bench/run.mjs",
    all: "npm run typecheck && npm run lint && npm run build && npm test",
    gen: "node scripts/gen-action.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "csv-parse": "^7.0.3",
    diff: "^9.0.0",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm-table": "^2.0.1",
    "mdast-util-to-markdown": "^2.2.3",
    "micromark-extension-gfm-table": "^2.1.2",
    "micromark-util-html-tag-name": "^2.0.1",
    remark: "^15.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    undici: "^6.29.1",
    unified: "^11.0.5",
    valibot: "^1.5.0",
    xmlbuilder2: "^4.0.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@action-validator/core": "^0.6.0",
    "@eslint/js": "^10.0.1",
    "@jest/globals": "^30.5.2",
    "@octokit/graphql-schema": "^15.26.1",
    "@swc/core": "^1.16.22",
    "@swc/jest": "^0.2.39",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "fast-xml-parser": "^5.12.1",
    graphql: "^16.15.0",
    jest: "^30.5.2",
    mermaid: "^11.17.2",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0"
  },
  allowScripts: {
    esbuild: true,
    node: true,
    "@swc/core": true,
    "@parcel/watcher": false
  }
};

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
var COMMANDS = ["init"];
function parseArgs(argv) {
  const args = { command: "run", inputs: {}, check: false };
  const rest = [...argv];
  if (rest[0] === "init") {
    args.command = "init";
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

// src/cli/help.ts
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
    "  jobs-readme init [--readme README.md] [--line N] [--marker-prefix jobs]",
    "",
    "Updates the README in place, or writes it to --out PATH (- for standard output).",
    "--check and --dry-run write nothing and show what would change as a unified diff;",
    "--check also exits 1 when anything would change.",
    "A boolean flag stands alone (true) or takes true or false: --utm false, --utm=false.",
    "",
    "Exit codes:",
    ...EXIT_HELP,
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

// src/cli/main.ts
var VERSION = package_default.version;
async function runCli(argv, terminal) {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") return print(terminal.stdout, helpText(VERSION));
    if (args.command === "version") return print(terminal.stdout, `${VERSION}
`);
    if (args.command === "init") return await runInit(args, terminal);
    return await runBoard(args, terminal);
  } catch (error) {
    return failure(error, terminal.stderr);
  }
}
async function runBoard(args, terminal) {
  const { run, boards } = parseSettings(args.inputs);
  const log = {
    warn: (message) => say(terminal.stderr, `warning: ${message}`),
    info: (message) => say(terminal.stderr, message)
  };
  const configs = await boards(localFiles().readFile);
  if (args.out !== void 0 && configs.length > 1)
    throw new UsageError("--out writes one README; it cannot be used with a boards file (--config)");
  const report = args.out === "-" ? terminal.stderr : terminal.stdout;
  const redirect = redirectOf(args.out, configs[0]?.readme, terminal.stdout);
  const dryRun = run.dryRun || args.check;
  const outcome = await runBoards({ ...run, dryRun }, configs, localStore(".", redirect), log);
  const { boards: results, changed } = outcome.run;
  const lines = results.map((board2) => `${board2.readmePath}: ${summary(board2)}`);
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
  if (redirect) {
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
async function runInit(args, terminal) {
  const { readme, markerPrefix } = parseInitSettings(args.inputs);
  const io = localFiles();
  const before = await io.readFile(readme);
  if (before === void 0) throw errors.readmeMissing(readme);
  const { initReadme } = await import("./init-3XIOF7ZT.js");
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
  if (args.out === "-") terminal.stdout.write(result.text);
  else if (args.out !== void 0)
    await io.write([{ path: args.out, text: result.text }], { userPaths: [args.out] });
  else if (changed) await io.write([{ path: readme, text: result.text }]);
  const where = args.out === "-" ? "standard output" : args.out ?? readme;
  say(
    report,
    changed ? `Added markers to ${where} around: ${result.wrapped.join(", ")}. Nothing else changed.` : `${readme} already has its markers; nothing to do.`
  );
  return EXIT.done;
}
function summary({ stats, added, removed, invalid }) {
  const salary = stats.avgSalaryK === null ? "n/a" : `${stats.avgSalaryK}k`;
  const skipped = invalid.length ? `, ${invalid.length} invalid skipped` : "";
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
