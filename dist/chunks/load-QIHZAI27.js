import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-YG6VGG7C.js";
import "./chunk-27HBHHIK.js";
import "./chunk-FKKYI7N5.js";
import "./chunk-Q6SH533E.js";
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
