import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  toMarkdown
} from "./chunk-GTVH52DB.js";
import {
  countWord,
  printable
} from "./chunk-6XRODA2F.js";
import {
  link,
  literalText,
  paragraph,
  text
} from "./chunk-3C3LAPTG.js";

// src/links/report.ts
var MAX_LISTED = 50;
function linkCounts(outcome) {
  const count = (status) => outcome.checks.filter((check) => check.verdict.status === status).length;
  return {
    checked: outcome.checks.length,
    dead: count("dead"),
    closed: outcome.closed,
    unknown: count("unknown")
  };
}
function linkOutputs(outcome) {
  if (!outcome)
    return { "links-checked": "", "links-dead": "", "links-closed": "", "links-unknown": "" };
  const counts = linkCounts(outcome);
  return {
    "links-checked": String(counts.checked),
    "links-dead": String(counts.dead),
    "links-closed": String(outcome.written === void 0 ? 0 : counts.closed),
    "links-unknown": String(counts.unknown)
  };
}
function linkSummary(outcome, dryRun, destination = "commit") {
  const counts = linkCounts(outcome);
  const dead = outcome.checks.filter((check) => check.verdict.status === "dead");
  const unknown = outcome.checks.filter((check) => check.verdict.status === "unknown");
  return [
    `## Link check: ${counts.checked} ${countWord(counts.checked, "posting")}`,
    "",
    "| Checked | Dead | Records closed | Unknown |",
    "| ---: | ---: | ---: | ---: |",
    `| ${counts.checked} | ${counts.dead} | ${outcome.written === void 0 ? 0 : counts.closed} | ${counts.unknown} |`,
    "",
    deadNote(outcome, counts, dryRun, destination),
    ...section(`Dead (${dead.length})`, dead),
    ...section(`Unknown (${unknown.length}): asked again on the next run`, unknown),
    ""
  ].join("\n");
}
function linkLines(outcome, dryRun) {
  const counts = linkCounts(outcome);
  const listed = outcome.checks.filter((check) => check.verdict.status !== "alive").map(
    (check) => `${check.verdict.status}: ${check.url} (${check.company}: ${check.title}) ${check.verdict.reason}`
  );
  const closed = outcome.fromUrl ? "none closed: the listings come from a URL" : outcome.refused ? `none closed: closing ${records(counts.closed)} was refused, see below` : `${records(counts.closed)} ${dryRun ? "would be closed" : "closed"}`;
  return [
    ...listed,
    `Checked ${counts.checked} ${countWord(counts.checked, "posting")}: ${counts.dead} dead (${closed}), ${counts.unknown} unknown.`
  ];
}
var records = (count) => `${count} ${countWord(count, "record")}`;
var WHERE = {
  commit: "in the commit below",
  "pull request": "in the pull request below",
  workspace: "in the workspace (not committed)"
};
function deadNote(outcome, counts, dryRun, destination) {
  if (counts.dead === 0) return "No posting is gone.";
  if (outcome.fromUrl)
    return "The listings come from a URL, so these postings were not closed: remove them where the listings are kept.";
  if (outcome.refused) return `**None was closed.** ${outcome.refused.message}`;
  if (dryRun)
    return `Dry run: ${records(counts.closed)} of ${counts.dead} dead ${countWord(counts.dead, "posting")} would be closed; nothing was written.`;
  if (outcome.written === void 0)
    return "Every dead posting was already closed in the listings file.";
  return `Closed ${records(counts.closed)} of ${counts.dead} dead ${countWord(counts.dead, "posting")} (\`active: false\`) in the listings file, ${WHERE[destination]}.`;
}
function section(title, checks) {
  if (checks.length === 0) return [];
  const items = checks.slice(0, MAX_LISTED).map((check) => `- ${postingLine(check)}`);
  const more = checks.length > MAX_LISTED ? [`- and ${checks.length - MAX_LISTED} more`] : [];
  return ["", `### ${title}`, "", ...items, ...more];
}
function postingLine(check) {
  const name = literalText(printable(`${check.company}: ${check.title}`));
  const reason = literalText(printable(check.verdict.reason));
  const children = [link(check.url, name), text(": "), ...reason];
  return toMarkdown({ type: "root", children: [paragraph(children)] });
}

export {
  MAX_LISTED,
  linkCounts,
  linkOutputs,
  linkSummary,
  linkLines
};
