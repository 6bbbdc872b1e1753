import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-U4HSKBOP.js";
import "./chunk-JNW2VI3R.js";
import "./chunk-I43NUB6X.js";
import "./chunk-ZGTKIDJR.js";
import "./chunk-SRTBVVVO.js";
import "./chunk-M3GWGTFH.js";
import "./chunk-F5XGCQGP.js";
import "./chunk-FL6OWD4A.js";
import "./chunk-J7XDGGGU.js";
import "./chunk-ZJB73R7M.js";
import "./chunk-KDXF3HFE.js";
import "./chunk-SW6FO23S.js";
import "./chunk-GINQO5VR.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-ZINVPBCH.js";
import "./chunk-6XRODA2F.js";
import "./chunk-VTSEPG2S.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
