import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-ZGOYQDCI.js";
import "./chunk-AYLQXJ6A.js";
import "./chunk-CPXXYDPU.js";
import "./chunk-FPFMSL5N.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-UL4TNISG.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-EZWMQOOF.js";
import "./chunk-MDWKFDOI.js";
import "./chunk-NMUSXQ76.js";
import "./chunk-T5PQ3PXG.js";
import "./chunk-K5U2CPGT.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-EOOWCFFY.js";
import "./chunk-Q4JFCVMG.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
