import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-WJZG45L2.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-XSK2L7W2.js";
import {
  localFiles,
  localStore
} from "./chunk-GGU34LAP.js";
import "./chunk-42BF476Y.js";
import "./chunk-VZ4P32TV.js";
import "./chunk-E6QV5ILN.js";
import "./chunk-KEPTHVKH.js";
import "./chunk-F6QX6FQ3.js";
import "./chunk-LRG5TDON.js";
import "./chunk-AYLQXJ6A.js";
import "./chunk-ZEC2VKKU.js";
import {
  parseSettings
} from "./chunk-QY5KNJUW.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-HGMCSHK7.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-FEEONQ6K.js";
import "./chunk-F66YRM3G.js";
import "./chunk-MDWKFDOI.js";
import "./chunk-NMUSXQ76.js";
import "./chunk-T5PQ3PXG.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-Q5MNMVQT.js";
import "./chunk-SVOD6GTP.js";
import "./chunk-R2N435UP.js";
import "./chunk-E2K5XGCS.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-HANBNIMK.js";

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
  if (report.outcome === "applied" && args.check) return EXIT.changes;
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
export {
  runContribute
};
