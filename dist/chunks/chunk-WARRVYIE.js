import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errors
} from "./chunk-QTLBYEWR.js";

// src/config/paths.ts
function repositoryPath(input, path) {
  const problem = pathProblem(path);
  if (problem)
    throw errors.badInput(input, `"${path}" must be a path inside the repository${problem}`);
  return path.split("/").filter((part) => part !== ".").join("/");
}
function optionalRepositoryPath(input, path) {
  return path === void 0 ? void 0 : repositoryPath(input, path);
}
function pathProblem(path) {
  if (/[\x00-\x1f\x7f]/.test(path)) return ", without control characters or line breaks";
  if (/^[A-Za-z]:/.test(path))
    return `, not a Windows drive path; write it relative to the repository's root with "/", such as "${suggestion(path)}"`;
  if (path.includes("\\")) return `, written with "/": write "${path.replaceAll("\\", "/")}"`;
  if (path.startsWith("/"))
    return `, relative to its root (the working folder for the CLI), such as "${suggestion(path)}"`;
  const parts = path.split("/");
  if (parts.includes("..")) return ', without ".." (relative to its root)';
  if (parts.includes("")) return ', without "//" or a "/" at the end';
  if (parts.every((part) => part === ".")) return ", naming a file";
  return "";
}
function suggestion(path) {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? "README.md";
}

// src/config/labels.ts
var DEFAULT_LABELS = {
  company: "Company",
  position: "Position",
  location: "Location",
  type: "Type",
  date: "Date",
  remote: "Remote",
  hybrid: "Hybrid",
  onSite: "On Site",
  notAvailable: "N/A",
  lastUpdated: "Last updated",
  currentStats: "Current Stats",
  jobs: "jobs",
  remotePercent: "remote",
  companies: "companies",
  avgSalary: "Avg salary",
  noSalary: "n/a",
  statsNote: "Note: Stats are approximate and based on available job data",
  trendingSkills: "Trending Skills",
  skillsNote: "Note: Skills are identified from job descriptions and may vary",
  leftOut: "{count} older openings are not shown, to keep this page within GitHub's size limit.",
  openings: "Openings",
  openingsPerDay: "Openings per day",
  openingsByType: "Openings by type",
  inactiveRoles: "Inactive roles ({count})"
};
function labelKey(name) {
  const camel = name.trim().replace(/[-_ ]+([a-z])/gi, (_, c) => c.toUpperCase());
  return camel in DEFAULT_LABELS ? camel : void 0;
}
var WORK_TYPES = ["remote", "hybrid", "on_site"];
function workTypeLabel(workType, labels) {
  const names = {
    remote: labels.remote,
    hybrid: labels.hybrid,
    on_site: labels.onSite
  };
  return names[workType];
}

export {
  DEFAULT_LABELS,
  labelKey,
  WORK_TYPES,
  workTypeLabel,
  repositoryPath,
  optionalRepositoryPath
};
