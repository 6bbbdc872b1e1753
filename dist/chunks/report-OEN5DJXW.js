import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-REORBZ65.js";
import "./chunk-IKPEZNDG.js";
import "./chunk-A4NTSOTC.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
