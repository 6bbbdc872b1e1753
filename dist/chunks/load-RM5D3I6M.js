import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-IS6IX5XL.js";
import "./chunk-ZDRP2445.js";
import "./chunk-PXQK6YOZ.js";
import "./chunk-W3H6RIJL.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-6HANVJPA.js";
import "./chunk-J6LBOHOM.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-ZRTB2W6B.js";
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
