import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  say
} from "./chunk-3L6WUOHS.js";
import {
  contribute,
  readContributionEvent
} from "./chunk-PNCLFUA3.js";
import {
  localFiles,
  localStore
} from "./chunk-5G2L7TBO.js";
import "./chunk-UWPDFY25.js";
import "./chunk-2ERELBWW.js";
import "./chunk-GBMIMXDE.js";
import "./chunk-7IQMKRMG.js";
import "./chunk-OSIDOK52.js";
import {
  parseSettings
} from "./chunk-WR7LZV5X.js";
import "./chunk-XCH4OYT3.js";
import "./chunk-6IJOF7LA.js";
import "./chunk-XWXLHTV6.js";
import "./chunk-DTR7JJQC.js";
import "./chunk-H4KCQ7LF.js";
import "./chunk-SSOHKHVA.js";
import "./chunk-CGUFBV6Q.js";
import "./chunk-2NPAGQJP.js";
import "./chunk-O2HGBT5T.js";
import "./chunk-NW4CZ3SL.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-KEPTHVKH.js";
import "./chunk-D6KWSZ5L.js";
import "./chunk-NXQX4CL7.js";
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
