import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-HLGI6GW5.js";
import "./chunk-KN7OGFAD.js";
import "./chunk-SIITKP7O.js";
import "./chunk-LE6SGDC2.js";
import "./chunk-SRTBVVVO.js";
import "./chunk-7EHEH6H6.js";
import "./chunk-F5XGCQGP.js";
import "./chunk-WWSYCJ3N.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-ZJB73R7M.js";
import "./chunk-KDXF3HFE.js";
import "./chunk-SW6FO23S.js";
import "./chunk-GINQO5VR.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-LND5DQ5V.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
