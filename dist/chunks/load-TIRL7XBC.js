import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-Y6WSJIUU.js";
import "./chunk-DUR2XRH3.js";
import "./chunk-B3OIWPDG.js";
import "./chunk-57THM6WL.js";
import "./chunk-SRTBVVVO.js";
import "./chunk-QMWZCMSL.js";
import "./chunk-F5XGCQGP.js";
import "./chunk-FW2K3QSX.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-ZJB73R7M.js";
import "./chunk-PVPKNNB6.js";
import "./chunk-RONW5NQX.js";
import "./chunk-Z264RMFK.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-JY5PNMUJ.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
