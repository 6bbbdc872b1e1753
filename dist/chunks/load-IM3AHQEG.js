import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-73ZTHAOE.js";
import "./chunk-AFEVG4ON.js";
import "./chunk-JLMRA2JU.js";
import "./chunk-VEMSFF4R.js";
import "./chunk-SRTBVVVO.js";
import "./chunk-Q2ZX2SZ4.js";
import "./chunk-7P3W6WNH.js";
import "./chunk-34CMHGNV.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-DNKISLNY.js";
import "./chunk-DGARQFGF.js";
import "./chunk-KXCWSVQS.js";
import "./chunk-V3GN3EAP.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-SS3E3GFX.js";
import "./chunk-PAX4OW52.js";
import "./chunk-P2FLHDGF.js";
import "./chunk-SWFECDDP.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
