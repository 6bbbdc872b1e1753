import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-SUJ47YYK.js";
import "./chunk-ZDRP2445.js";
import "./chunk-R5BVNP7E.js";
import "./chunk-54AD4VY4.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-6HANVJPA.js";
import "./chunk-SQGZKBNY.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-ZRTB2W6B.js";
import "./chunk-RL2HAI7R.js";
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
