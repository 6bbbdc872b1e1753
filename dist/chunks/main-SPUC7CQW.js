import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  package_default
} from "./chunk-TKMEYD73.js";
import {
  ACTION_ONLY_INPUTS,
  EXIT,
  EXIT_HELP,
  UsageError,
  parseArgs,
  say
} from "./chunk-RORHMUIT.js";
import "./chunk-IMJAIN4F.js";
import {
  INPUTS
} from "./chunk-ADUMK64K.js";
import {
  isBoardError
} from "./chunk-POPMLHNH.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";

// src/cli/help.ts
var COMMANDS = [
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
  `      (nothing written), or --check: it would be applied;`,
  `      ${EXIT.usage} bad usage (no --event, or an event that approves nothing); ${EXIT.failed} the run failed.`,
  "  check-links",
  "      Requests every posting the boards show (HEAD, then GET) and closes (active: false) those",
  "      whose page is gone: 404, 410, or a redirect to a --closed-urls page. A timeout, a 5xx or",
  "      a 429 closes nothing; it is reported and tried again on the next run. Listings from a",
  "      URL are not edited: their dead postings are listed. --mode check-links is the same.",
  "      --closed-urls URL,...   pages that say a posting is no longer available (* matches any run)",
  "      --link-timeout S, --link-concurrency N, --link-host-delay-ms MS   see the flags below",
  "      --link-private-hosts    in a workflow (GITHUB_ACTIONS=true), request postings on loopback,",
  "                              private or link-local addresses too; else they are not requested",
  "      --check, --dry-run      close nothing; list what would be closed (no --out: the",
  "                              listings file and README(s) are edited in place)",
  `      Exit: ${EXIT.done} checked (dead postings closed or listed); ${EXIT.changes} --check: a posting would be`,
  `      closed; ${EXIT.usage} bad usage; ${EXIT.failed} the run failed.`
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
    "--check also exits 1 when anything would change. A command refuses the flags it does not",
    "take (--out with check-links, --dry-run with init, ...) rather than ignore them.",
    "A boolean flag stands alone (true) or takes true or false: --utm false, --utm=false.",
    "",
    "Exit codes:",
    ...EXIT_HELP,
    "",
    ...COMMANDS,
    "",
    "Flags (the inputs of the GitHub Action):",
    ...flags,
    "",
    `The CLI writes local files and never commits: the action's publishing inputs`,
    `(${ACTION_ONLY_INPUTS.join(", ")}) are not flags.`,
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
    if (args.command === "contribute")
      return await (await import("./contribute-ZOZY3QHR.js")).runContribute(args, terminal);
    const commands = await import("./commands-ZSWUDV5J.js");
    if (args.command === "init")
      return args.contribution ? await commands.runInitContribution(args, terminal) : await commands.runInit(args, terminal);
    if (args.command === "check-links")
      return await commands.runCheckLinks(
        { ...args.inputs, mode: "check-links" },
        args.check,
        terminal
      );
    return await commands.runBoard(args, terminal);
  } catch (error) {
    return failure(error, terminal.stderr);
  }
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
