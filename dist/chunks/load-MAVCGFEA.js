import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-3FGCIBJ5.js";
import "./chunk-E7AFAY77.js";
import "./chunk-4MVIJPWR.js";
import "./chunk-XRFXPWEU.js";
import "./chunk-SRTBVVVO.js";
import "./chunk-ELQ4MVGJ.js";
import "./chunk-E4J3YIW5.js";
import "./chunk-CR5QZUZV.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-BE3NRQGV.js";
import "./chunk-EAIXCY52.js";
import "./chunk-KXCWSVQS.js";
import "./chunk-Z264RMFK.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-PAX4OW52.js";
import "./chunk-JY5PNMUJ.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
