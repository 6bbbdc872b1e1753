import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-ZEPOSYUY.js";
import "./chunk-VZDLTIQO.js";
import "./chunk-6NVUPHPB.js";
import "./chunk-LGLYLKXL.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-CYIVU3J7.js";
import "./chunk-5IGCU335.js";
import "./chunk-S3BCA3RI.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-MTJKCWQ3.js";
import "./chunk-JWZD4Z2W.js";
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
