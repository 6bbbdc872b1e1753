import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-ZUNAUVY4.js";
import "./chunk-5ZXV7AB4.js";
import "./chunk-SW7N56FV.js";
import "./chunk-EZRPOIQA.js";
import "./chunk-ADUMK64K.js";
import "./chunk-CGR4HNLN.js";
import "./chunk-H7D4S6VS.js";
import "./chunk-2TRPBRZE.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-YR4FEZBU.js";
import "./chunk-KFEXSW6M.js";
import "./chunk-IT5BS5NH.js";
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
