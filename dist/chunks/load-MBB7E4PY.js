import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-74EBCPG5.js";
import "./chunk-GLJ5GQ43.js";
import "./chunk-Y7ILEBCR.js";
import "./chunk-EUD7D4K5.js";
import "./chunk-QAC6M5LG.js";
import "./chunk-OZZKNMDE.js";
import "./chunk-ADUMK64K.js";
import "./chunk-X5E26EOO.js";
import "./chunk-S3Y6E7ZH.js";
import "./chunk-3MQFKVCI.js";
import "./chunk-BTUDGJYO.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-PY5ZMDVN.js";
import "./chunk-6XRODA2F.js";
import "./chunk-GJHGDYF6.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-IT5BS5NH.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
