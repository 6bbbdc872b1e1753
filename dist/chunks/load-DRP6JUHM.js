import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-ZPCB6Q6X.js";
import "./chunk-ESFLY2AB.js";
import "./chunk-R7W3PLNS.js";
import "./chunk-UAHM3YHI.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-JR53IIUD.js";
import "./chunk-YSYP7IYX.js";
import "./chunk-PNO3MMKA.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-EP3OOL2S.js";
import "./chunk-CZTF5UYL.js";
import "./chunk-BJ7SRJGV.js";
import "./chunk-RTOITPOG.js";
import "./chunk-R2N435UP.js";
import "./chunk-3N6XDDOB.js";
import "./chunk-JWZD4Z2W.js";
import "./chunk-CKHOORXH.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
