import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-KCBCQSAU.js";
import "./chunk-QDFNI5SA.js";
import "./chunk-R4XH7Z6B.js";
import "./chunk-JYE4FLJG.js";
import "./chunk-ADUMK64K.js";
import "./chunk-43H222EE.js";
import "./chunk-H7D4S6VS.js";
import "./chunk-77MROFIB.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-YR4FEZBU.js";
import "./chunk-PY5ZMDVN.js";
import "./chunk-GJHGDYF6.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-IT5BS5NH.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-QJWPDRCB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
