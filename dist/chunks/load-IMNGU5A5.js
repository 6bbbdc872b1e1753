import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-IVJY4SX6.js";
import "./chunk-A3MUTZMG.js";
import "./chunk-MUW5US2S.js";
import "./chunk-ZSSHZL3Z.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
import "./chunk-RT3AJ5FM.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-GCMMFK3O.js";
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
