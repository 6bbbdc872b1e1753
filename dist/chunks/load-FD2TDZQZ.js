import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-T3ZJNYIS.js";
import "./chunk-ZDRP2445.js";
import "./chunk-QMBLBYAQ.js";
import "./chunk-5QP6ND4O.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-XEZZWI2Q.js";
import "./chunk-YOL2WXHT.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-TVWLAQ2P.js";
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
