import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-TQKALG3R.js";
import "./chunk-ZTR4EV5F.js";
import "./chunk-GDWV2PHC.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
