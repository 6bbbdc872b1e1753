import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-YSY67WQQ.js";
import "./chunk-A3MUTZMG.js";
import "./chunk-ZDX2DTI7.js";
import "./chunk-SNETD43V.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
import "./chunk-O5UATG35.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-5QS6FBPL.js";
import "./chunk-DUS54XKE.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
