import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-G4Y2JYTK.js";
import "./chunk-A3MUTZMG.js";
import "./chunk-73SM7RR5.js";
import "./chunk-OND4EKU3.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
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
