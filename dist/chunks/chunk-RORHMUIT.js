import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  nearest
} from "./chunk-IMJAIN4F.js";
import {
  INPUTS
} from "./chunk-ADUMK64K.js";
import {
  printable
} from "./chunk-6XRODA2F.js";

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
var SECRET_FLAGS = new Set(INPUTS.filter((input) => input.secret).map((input) => input.name));
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
  const given = /* @__PURE__ */ new Map();
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
    const earlier = given.get(name);
    if (earlier !== void 0)
      throw new UsageError(
        `--${name} is given twice${SECRET_FLAGS.has(name) ? "" : ` ("${earlier}", then "${value}")`}; a flag takes one value: give it once`
      );
    assign(args, name, value);
    given.set(name, value);
  }
  const mode = args.inputs.mode?.trim().toLowerCase();
  if (args.command === "run" && mode === "check-links") args.command = "check-links";
  if (args.command === "check-links" && mode !== void 0 && mode !== "check-links")
    throw new UsageError(
      `--mode ${args.inputs.mode} is not taken with check-links, which checks links: drop --mode, or drop the command check-links to run mode ${args.inputs.mode}`
    );
  refuseUnused(args, given);
  return args;
}
function refuseUnused(args, given) {
  const command = args.command === "init" && args.contribution ? "init --contribution" : args.command;
  const label = command === "run" ? "an update run" : command;
  if (given.has("readme") && given.has("config") && command !== "init" && command !== "help")
    throw new UsageError(
      `--readme is not taken with --config: each board of the boards file "${given.get("config")}" names its own readme (boards: - readme: ...). Set the README there, or drop --config to update "${given.get("readme")}" alone`
    );
  const takes = COMMAND_FLAGS[command];
  if (!takes) return;
  for (const name of given.keys())
    if (PER_COMMAND_FLAGS.includes(name) && !takes.includes(name))
      throw new UsageError(
        `--${name} is not a flag of ${label}${UNUSED_HINTS[command]?.[name] ?? ""}`
      );
}
var PER_COMMAND_FLAGS = ["out", "check", "dry-run", "line", "contribution", "force", "event"];
var COMMAND_FLAGS = {
  run: ["out", "check", "dry-run"],
  init: ["out", "check", "line", "contribution"],
  "init --contribution": ["contribution", "force"],
  "check-links": ["check", "dry-run"],
  contribute: ["check", "dry-run", "event"]
};
var UNUSED_HINTS = {
  init: { "dry-run": " (--check writes nothing and says what init would do)" },
  "init --contribution": {
    check: ": it writes its forms and workflows, or nothing when one exists (--force overwrites)",
    "dry-run": ": it writes its forms and workflows, or nothing when one exists (--force overwrites)"
  },
  "check-links": {
    out: ": it closes postings in the listings file and rewrites the README(s) in place (--check or --dry-run write nothing and list what would be closed)"
  }
};
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
      if (value === "")
        throw new UsageError(
          "--out is empty: give the path to write the README to, or - to print it on standard output"
        );
      if (value.includes("\\"))
        throw new UsageError(
          `--out "${value}" must be written with "/", as the other paths are (a "\\" would be part of the file's name): write "${value.replaceAll("\\", "/")}"`
        );
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
      if (value === "")
        throw new UsageError("--event is empty: give the path of the event payload (a JSON file)");
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
function diffColour(line) {
  if (line.startsWith("+++") || line.startsWith("---")) return "1";
  if (line.startsWith("@@")) return "36";
  if (line.startsWith("+")) return "32";
  if (line.startsWith("-")) return "31";
  return void 0;
}

export {
  UsageError,
  ACTION_ONLY_INPUTS,
  parseArgs,
  EXIT,
  EXIT_HELP,
  say,
  sayDiff
};
