import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-2SU3QKCJ.js";
import "./chunk-KDXF3HFE.js";
import "./chunk-SW6FO23S.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
