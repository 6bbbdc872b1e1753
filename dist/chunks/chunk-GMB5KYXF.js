import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  escapeRegExp,
  isCalendarDay
} from "./chunk-UKJOBUJ4.js";
import {
  errors
} from "./chunk-POPMLHNH.js";

// src/config/paths.ts
import { posix } from "node:path";
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
  const windows = windowsPathAdvice(path);
  if (windows) return `, ${windows}`;
  if (path.startsWith("/"))
    return `, relative to its root (the working folder for the CLI), such as "${suggestion(path)}"`;
  const parts = path.split("/");
  if (parts.includes("..")) return ', without ".." (relative to its root)';
  if (parts.includes("")) return ', without "//" or a "/" at the end';
  if (parts.every((part) => part === ".")) return ", naming a file";
  if (parts.some((part) => part.toLowerCase() === ".git"))
    return `, outside its ".git" folder, which holds git's own settings and history (git tracks no file there)`;
  return "";
}
function windowsPathAdvice(path) {
  if (/^[A-Za-z]:/.test(path))
    return `not a Windows drive path; write it relative to the repository's root with "/", such as "${suggestion(path)}"`;
  if (path.includes("\\")) return `written with "/": write "${path.replaceAll("\\", "/")}"`;
  return void 0;
}
function notFoundAdvice(path) {
  return windowsPathAdvice(path) ?? (path.startsWith("/") ? `such as "${suggestion(path)}"` : void 0);
}
function suggestion(path) {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? "README.md";
}
function comparablePath(path) {
  return posix.normalize(path.trim()).replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
}
var ARCHIVE_DATE = "{date}";
function archiveDay(template, path) {
  const [first, ...rest] = template.split(ARCHIVE_DATE).map(escapeRegExp);
  const pattern = new RegExp(`^${first}(\\d{4}-\\d{2}-\\d{2})${rest.join("\\1")}$`);
  const day = pattern.exec(path)?.[1];
  return day !== void 0 && isCalendarDay(day) ? day : void 0;
}

export {
  repositoryPath,
  optionalRepositoryPath,
  notFoundAdvice,
  comparablePath,
  ARCHIVE_DATE,
  archiveDay
};
