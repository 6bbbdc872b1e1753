import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-AUL3PKBT.js";
import "./chunk-27HBHHIK.js";
import "./chunk-M5AEF2KC.js";
import "./chunk-AZZYHJWI.js";
import "./chunk-BW35JIBZ.js";
import "./chunk-D6KWSZ5L.js";
import "./chunk-D3PTONDB.js";
import "./chunk-OSIDOK52.js";
import "./chunk-5CM7AB74.js";
import "./chunk-OWL6ZJKV.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
