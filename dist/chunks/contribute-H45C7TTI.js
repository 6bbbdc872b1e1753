import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-RORHMUIT.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-JQVCE5TD.js";
import "./chunk-Y5JYZZ2T.js";
import {
  localFiles,
  localStore
} from "./chunk-NUHBRV5W.js";
import "./chunk-UPW5ZJWZ.js";
import "./chunk-IMJAIN4F.js";
import "./chunk-QBR5N6OP.js";
import "./chunk-7V6D7TQZ.js";
import "./chunk-OTREWFWY.js";
import "./chunk-Y3ZNUK2G.js";
import "./chunk-64VYHNSY.js";
import "./chunk-LICIWSCJ.js";
import "./chunk-CL2YG5RV.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-BLXZRUTI.js";
import "./chunk-N4JH4AFW.js";
import "./chunk-4TRHMEKV.js";
import {
  parseSettings
} from "./chunk-ZLTOCEFF.js";
import "./chunk-ADUMK64K.js";
import "./chunk-OE5QHWFX.js";
import "./chunk-M7J24U7C.js";
import "./chunk-T3HHDRP5.js";
import "./chunk-2SFZG2CK.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-PY5ZMDVN.js";
import "./chunk-6XRODA2F.js";
import "./chunk-TM6SKEJU.js";
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
