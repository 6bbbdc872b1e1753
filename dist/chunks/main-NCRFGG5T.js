import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  localIO,
  localStore,
  runBoards,
  writeText
} from "./chunk-HQDKRIJM.js";
import "./chunk-6C4EP7C3.js";
import "./chunk-4TFCLVFD.js";
import {
  INPUTS,
  parseInitSettings,
  parseSettings
} from "./chunk-3CE6AHFP.js";
import {
  errors,
  isBoardError
} from "./chunk-WGTPXYK5.js";
import "./chunk-P3GXURRD.js";
import "./chunk-XMIKH7HX.js";
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
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm-table": "^2.0.1",
    "mdast-util-to-markdown": "^2.2.3",
    "micromark-extension-gfm-table": "^2.1.2",
    "micromark-util-html-tag-name": "^2.0.1",
    remark: "^15.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
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
var CLI_FLAGS = /* @__PURE__ */ new Map([
  ["out", "string"],
  ["check", "boolean"],
  ["line", "integer"],
  ["help", "boolean"],
  ["version", "boolean"]
]);
var INPUT_KINDS = new Map(INPUTS.map((input) => [input.name, input.kind]));
function parseArgs(argv) {
  const args = { command: "run", inputs: {}, check: false };
  const rest = [...argv];
  if (rest[0] === "init") {
    args.command = "init";
    rest.shift();
  }
  while (rest.length) {
    const word = rest.shift();
    if (!word.startsWith("--") || word === "--")
      throw new UsageError(`unexpected argument "${word}"`);
    const [name, inline] = splitFlag(word.slice(2));
    const kind = CLI_FLAGS.get(name) ?? INPUT_KINDS.get(name);
    if (!kind) throw new UsageError(`unknown flag --${name} (see --help)`);
    const value = kind === "boolean" ? booleanValue(name, inline, rest) : requiredValue(name, inline, rest);
    assign(args, name, value);
  }
  return args;
}
function splitFlag(flag) {
  const equals = flag.indexOf("=");
  return equals < 0 ? [flag, void 0] : [flag.slice(0, equals), flag.slice(equals + 1)];
}
function booleanValue(name, inline, rest) {
  if (inline !== void 0) return inline;
  if (rest[0] === "true" || rest[0] === "false") return rest.shift();
  return "true";
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
      args.check = flagBoolean(name, value);
      return;
    case "line":
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError("--line needs a line number (1 or more)");
      args.line = Number(value);
      return;
    case "help":
      if (flagBoolean(name, value)) args.command = "help";
      return;
    case "version":
      if (flagBoolean(name, value)) args.command = "version";
      return;
    default:
      args.inputs[name] = value;
  }
}
function flagBoolean(name, value) {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`--${name} takes true or false, not "${value}"`);
}

// src/cli/help.ts
function helpText(version) {
  const flags = INPUTS.filter((input) => !input.secret || input.name === "listings-header").map(
    (input) => {
      const value = input.kind === "boolean" ? "[true|false]" : `<${input.kind === "string" ? "value" : "n"}>`;
      const fallback = input.default !== void 0 ? ` (default: ${input.default})` : "";
      return `  --${input.name} ${value}
      ${input.description}${fallback}`;
    }
  );
  return [
    `jobs-readme ${version}: keeps a job board README current.`,
    "",
    "Usage:",
    "  jobs-readme --listings FILE|URL [--readme README.md] [--out PATH|-] [--check] [flags]",
    "  jobs-readme init [--readme README.md] [--line N] [--marker-prefix jobs]",
    "",
    "Updates the README in place, or writes it to --out (- for standard output).",
    "--check writes nothing and exits 1 when the README would change.",
    "Exit codes: 0 success, 1 the run failed, 2 bad flags.",
    "",
    "Flags (the inputs of the GitHub Action):",
    ...flags,
    ""
  ].join("\n");
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
    if (error instanceof UsageError) {
      terminal.stderr(`jobs-readme: ${error.message}
`);
      return 2;
    }
    if (isBoardError(error)) {
      terminal.stderr(`jobs-readme: ${error.message}
`);
      return error.code === "bad-input" ? 2 : 1;
    }
    throw error;
  }
}
async function runBoard(args, terminal) {
  const { run, boards } = parseSettings(args.inputs);
  const log = {
    warn: (message) => terminal.stderr(`warning: ${message}
`),
    info: (message) => terminal.stderr(`${message}
`)
  };
  const configs = await boards(localIO().readFile);
  if (args.out !== void 0 && configs.length > 1)
    throw new UsageError("--out writes one README; it cannot be used with a boards file (--config)");
  const report = args.out === "-" ? terminal.stderr : terminal.stdout;
  const readme = configs[0]?.readme;
  const redirect = args.out === void 0 || readme === void 0 ? void 0 : {
    path: readme,
    write: async (text) => args.out === "-" ? terminal.stdout(text) : writeText(args.out, text)
  };
  const dryRun = run.dryRun || args.check;
  const outcome = await runBoards({ ...run, dryRun }, configs, localStore(".", redirect), log);
  const lines = outcome.run.boards.map((board2) => `${board2.readmePath}: ${summary(board2)}`);
  if (args.check) {
    report(`${outcome.run.changed ? "Would change" : "Up to date"}: ${lines.join("; ")}
`);
    return outcome.run.changed ? 1 : 0;
  }
  if (dryRun) return print(report, `Dry run, nothing written: ${lines.join("; ")}
`);
  const [board] = outcome.run.boards;
  if (redirect && !outcome.run.files.some((file) => file.path === board.readmePath))
    await redirect.write(board.after);
  const changed = outcome.run.changed;
  report(
    `${changed ? "Updated" : "Up to date"}: ${lines.join("; ")}${written(outcome.run.files)}
`
  );
  return 0;
}
function written(files) {
  const deleted = files.filter((file) => "deleted" in file).length;
  const paths = files.filter((file) => !("deleted" in file)).map((file) => file.path);
  if (paths.length <= 1 && deleted === 0) return "";
  return ` (wrote ${paths.join(", ")}${deleted ? `; deleted ${deleted} old snapshots` : ""})`;
}
async function runInit(args, terminal) {
  const { readme, markerPrefix } = parseInitSettings(args.inputs);
  const io = localIO();
  const before = await io.readFile(readme);
  if (before === void 0) throw errors.readmeMissing(readme);
  const { initReadme } = await import("./init-OSXHHVXX.js");
  const result = initReadme(before, { prefix: markerPrefix, line: args.line });
  const changed = result.text !== before;
  const report = args.out === "-" ? terminal.stderr : terminal.stdout;
  if (args.check) {
    report(
      `${readme} ${changed ? `needs markers for: ${result.wrapped.join(", ")}` : "has its markers"}
`
    );
    return changed ? 1 : 0;
  }
  if (args.out === "-") terminal.stdout(result.text);
  else if (args.out !== void 0) await writeText(args.out, result.text);
  else if (changed) await writeText(readme, result.text);
  report(
    changed ? `Added markers to ${args.out ?? readme} around: ${result.wrapped.join(", ")}. Nothing else changed.
` : `${readme} already has its markers; nothing to do.
`
  );
  return 0;
}
function summary({ stats, added, removed, invalid }) {
  const salary = stats.avgSalaryK === null ? "n/a" : `${stats.avgSalaryK}k`;
  const skipped = invalid.length ? `, ${invalid.length} invalid skipped` : "";
  return `${stats.jobs} openings (+${added.length} -${removed.length}), ${stats.remotePercent}% remote, ${stats.companies} companies, avg salary ${salary}${skipped}`;
}
function print(write, text) {
  write(text);
  return 0;
}
export {
  VERSION,
  runCli
};
