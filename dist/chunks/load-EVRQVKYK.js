import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-DKG3US4G.js";
import "./chunk-JIWVDTHR.js";
import "./chunk-KZZWR6IO.js";
import "./chunk-SR23LCNM.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-GAJQAAWN.js";
import "./chunk-OKOZRL34.js";
import "./chunk-XHZ4MYAN.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-ROIUWCRR.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-CKHOORXH.js";
import "./chunk-K3KSENOP.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-MTA3XSW5.js";
import "./chunk-R2N435UP.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
