import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-H2V4R2ZR.js";
import "./chunk-M5O2HT46.js";
import "./chunk-BJ7SRJGV.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
