import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-MXZJFFIK.js";
import "./chunk-FEEONQ6K.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-E2K5XGCS.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
