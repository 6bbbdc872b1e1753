import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-BFDM5DKJ.js";
import "./chunk-IKPEZNDG.js";
import "./chunk-7KR4L4FA.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
