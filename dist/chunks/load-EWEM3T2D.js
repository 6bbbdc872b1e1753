import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-CMLGB3XU.js";
import "./chunk-W2OFODBY.js";
import "./chunk-IRUYZXBA.js";
import "./chunk-BW35JIBZ.js";
import "./chunk-D6KWSZ5L.js";
import "./chunk-ARAW5FNP.js";
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
