import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-RORHMUIT.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-4P7WV263.js";
import "./chunk-HBI3HG3A.js";
import {
  localFiles,
  localStore
} from "./chunk-LM77D2W7.js";
import "./chunk-RG2EMD6D.js";
import "./chunk-IMJAIN4F.js";
import "./chunk-O5OTW2TA.js";
import "./chunk-7V6D7TQZ.js";
import "./chunk-OTREWFWY.js";
import "./chunk-RR2UP5VO.js";
import "./chunk-3CE5MVP3.js";
import "./chunk-PER3X7NS.js";
import "./chunk-NUMPSOU3.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-BLXZRUTI.js";
import "./chunk-PJD6BJ6H.js";
import "./chunk-GWFJPHC3.js";
import {
  parseSettings
} from "./chunk-HDK2OB2Q.js";
import "./chunk-ADUMK64K.js";
import "./chunk-OE5QHWFX.js";
import "./chunk-M7J24U7C.js";
import "./chunk-I5BNIFVD.js";
import "./chunk-2SFZG2CK.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
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
