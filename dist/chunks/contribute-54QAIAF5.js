import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-RORHMUIT.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-2UV5USBM.js";
import "./chunk-NKWRUTI3.js";
import {
  localFiles,
  localStore
} from "./chunk-GDVYUA4P.js";
import "./chunk-NK2ZDWA2.js";
import "./chunk-IMJAIN4F.js";
import "./chunk-HJQYN3VL.js";
import "./chunk-ZB2FZUVS.js";
import "./chunk-OTREWFWY.js";
import "./chunk-74EBCPG5.js";
import "./chunk-GLJ5GQ43.js";
import "./chunk-Y7ILEBCR.js";
import "./chunk-3KLM3FLF.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-BLXZRUTI.js";
import "./chunk-EUD7D4K5.js";
import "./chunk-QAC6M5LG.js";
import {
  parseSettings
} from "./chunk-OZZKNMDE.js";
import "./chunk-ADUMK64K.js";
import "./chunk-X5E26EOO.js";
import "./chunk-S3Y6E7ZH.js";
import "./chunk-3MQFKVCI.js";
import "./chunk-BTUDGJYO.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-PY5ZMDVN.js";
import "./chunk-6XRODA2F.js";
import "./chunk-GJHGDYF6.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-IT5BS5NH.js";
import "./chunk-VTSEPG2S.js";

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
