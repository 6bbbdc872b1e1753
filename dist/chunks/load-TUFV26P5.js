import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-LRG5TDON.js";
import "./chunk-AYLQXJ6A.js";
import "./chunk-ZEC2VKKU.js";
import "./chunk-QY5KNJUW.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-HGMCSHK7.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-FEEONQ6K.js";
import "./chunk-MDWKFDOI.js";
import "./chunk-NMUSXQ76.js";
import "./chunk-T5PQ3PXG.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-SVOD6GTP.js";
import "./chunk-R2N435UP.js";
import "./chunk-E2K5XGCS.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
