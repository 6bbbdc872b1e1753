import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-Y3ZNUK2G.js";
import "./chunk-64VYHNSY.js";
import "./chunk-LICIWSCJ.js";
import "./chunk-N4JH4AFW.js";
import "./chunk-4TRHMEKV.js";
import "./chunk-ZLTOCEFF.js";
import "./chunk-ADUMK64K.js";
import "./chunk-OE5QHWFX.js";
import "./chunk-M7J24U7C.js";
import "./chunk-T3HHDRP5.js";
import "./chunk-2SFZG2CK.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-PY5ZMDVN.js";
import "./chunk-6XRODA2F.js";
import "./chunk-TM6SKEJU.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-IT5BS5NH.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
