import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-NQVNZ2PB.js";
import "./chunk-RK4V4UDA.js";
import "./chunk-Y26Z3CKL.js";
import "./chunk-SLUD5E5S.js";
import "./chunk-ADUMK64K.js";
import "./chunk-43TMCO6F.js";
import "./chunk-Z3GNDRBI.js";
import "./chunk-POKFCVP3.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-G6NTLUGI.js";
import "./chunk-JW5T2RCO.js";
import "./chunk-PY5ZMDVN.js";
import "./chunk-GJHGDYF6.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-IT5BS5NH.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
