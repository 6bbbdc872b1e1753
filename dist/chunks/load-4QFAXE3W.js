import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-CROC4LA3.js";
import "./chunk-27HBHHIK.js";
import "./chunk-USQFRMEB.js";
import "./chunk-FOQHBXIU.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
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
