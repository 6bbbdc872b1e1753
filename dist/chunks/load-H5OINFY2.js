import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-54OPCKF2.js";
import "./chunk-AYLQXJ6A.js";
import "./chunk-GQDMSHQ5.js";
import "./chunk-27ZSWLX5.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-SQGZKBNY.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-ZRTB2W6B.js";
import "./chunk-UC3Y4Y6B.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-EOOWCFFY.js";
import "./chunk-X7JMQJWP.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
