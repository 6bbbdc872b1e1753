import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-WJZG45L2.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-AZKFDQEC.js";
import {
  localFiles,
  localStore
} from "./chunk-37UZ3635.js";
import "./chunk-5CLYQOJA.js";
import "./chunk-WKU4CAU4.js";
import "./chunk-IBCBIJ5Y.js";
import "./chunk-E6QV5ILN.js";
import "./chunk-ZPCB6Q6X.js";
import "./chunk-ESFLY2AB.js";
import "./chunk-R7W3PLNS.js";
import {
  parseSettings
} from "./chunk-UAHM3YHI.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-JR53IIUD.js";
import "./chunk-G7A3MPSX.js";
import "./chunk-YSYP7IYX.js";
import "./chunk-PNO3MMKA.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-EP3OOL2S.js";
import "./chunk-CZTF5UYL.js";
import "./chunk-BJ7SRJGV.js";
import "./chunk-ORDJ2P46.js";
import "./chunk-RTOITPOG.js";
import "./chunk-R2N435UP.js";
import "./chunk-3N6XDDOB.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-KEPTHVKH.js";
import "./chunk-JWZD4Z2W.js";
import "./chunk-CKHOORXH.js";
import "./chunk-4TGVVHGF.js";
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
