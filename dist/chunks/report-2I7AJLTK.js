import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-2UUM2UOC.js";
import "./chunk-CZTF5UYL.js";
import "./chunk-BJ7SRJGV.js";
import "./chunk-3N6XDDOB.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
