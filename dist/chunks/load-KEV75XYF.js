import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-JO3KDGRF.js";
import "./chunk-BGVPRATG.js";
import "./chunk-HVEEZRCS.js";
import "./chunk-4Q765JMW.js";
import "./chunk-SRTBVVVO.js";
import "./chunk-Q2ZX2SZ4.js";
import "./chunk-7P3W6WNH.js";
import "./chunk-W24X37VP.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-DNKISLNY.js";
import "./chunk-EAIXCY52.js";
import "./chunk-KXCWSVQS.js";
import "./chunk-Z264RMFK.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-PAX4OW52.js";
import "./chunk-P2FLHDGF.js";
import "./chunk-SWFECDDP.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
