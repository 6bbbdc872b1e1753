import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-WJZG45L2.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-EPTN5DXN.js";
import {
  localFiles,
  localStore
} from "./chunk-XANAEZZ6.js";
import "./chunk-K6A7EDCC.js";
import "./chunk-YBHBDD2E.js";
import "./chunk-E6QV5ILN.js";
import "./chunk-KEPTHVKH.js";
import "./chunk-FPIXGGMO.js";
import "./chunk-ZEPOSYUY.js";
import "./chunk-VZDLTIQO.js";
import "./chunk-6NVUPHPB.js";
import {
  parseSettings
} from "./chunk-LGLYLKXL.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-CYIVU3J7.js";
import "./chunk-ECWNSZ7R.js";
import "./chunk-5IGCU335.js";
import "./chunk-S3BCA3RI.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-MTJKCWQ3.js";
import "./chunk-JWZD4Z2W.js";
import "./chunk-CKHOORXH.js";
import "./chunk-M5O2HT46.js";
import "./chunk-BJ7SRJGV.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-KQTH7EO4.js";
import "./chunk-MTA3XSW5.js";
import "./chunk-R2N435UP.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
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
