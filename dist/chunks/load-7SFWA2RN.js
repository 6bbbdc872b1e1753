import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-PEYGDWXH.js";
import "./chunk-CSS4SDNI.js";
import "./chunk-OQ55QA3D.js";
import "./chunk-CFOACNHR.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-GAJQAAWN.js";
import "./chunk-OKOZRL34.js";
import "./chunk-XHZ4MYAN.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-ROIUWCRR.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-CKHOORXH.js";
import "./chunk-M5O2HT46.js";
import "./chunk-BJ7SRJGV.js";
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
