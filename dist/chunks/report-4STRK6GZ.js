import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunk-RJ5K7FZK.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_LISTED,
  linkCounts,
  linkLines,
  linkOutputs,
  linkSummary
};
