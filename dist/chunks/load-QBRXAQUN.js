import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-4MB2LUNF.js";
import "./chunk-K4XSFQFG.js";
import "./chunk-WKGKWJ5Y.js";
import "./chunk-54AJDW2U.js";
import "./chunk-ADUMK64K.js";
import "./chunk-4I5SN2UR.js";
import "./chunk-H7D4S6VS.js";
import "./chunk-XNN5LO7R.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-YR4FEZBU.js";
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
