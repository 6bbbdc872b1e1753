import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-QD3COGWJ.js";
import "./chunk-Q2EOB2DD.js";
import "./chunk-DHJO6L3Y.js";
import "./chunk-UVVMXSFH.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-TCXTFBHS.js";
import "./chunk-OKOZRL34.js";
import "./chunk-45JB4AIW.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-ROIUWCRR.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-T5PQ3PXG.js";
import "./chunk-SKB6RRKJ.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-77NA2YHO.js";
import "./chunk-R2N435UP.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
