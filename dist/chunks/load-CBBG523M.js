import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-5SXP5VQE.js";
import "./chunk-54DZ5LGC.js";
import "./chunk-OAA4AU3M.js";
import "./chunk-GDJKPYSG.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-CYIVU3J7.js";
import "./chunk-5IGCU335.js";
import "./chunk-3SU3YYJB.js";
import "./chunk-CCE7OTLH.js";
import "./chunk-MTJKCWQ3.js";
import "./chunk-JWZD4Z2W.js";
import "./chunk-CKHOORXH.js";
import "./chunk-RDNRPON5.js";
import "./chunk-BJ7SRJGV.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-TGE6TFLP.js";
import "./chunk-R2N435UP.js";
import "./chunk-BPVD7LNG.js";
import "./chunk-XMNII7SL.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
