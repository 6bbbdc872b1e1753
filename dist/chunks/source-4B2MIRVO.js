import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  Replacements,
  fileAddress,
  openSource,
  openUrl,
  replacedWarning,
  sourceChunks
} from "./chunk-PER3X7NS.js";
import "./chunk-PJD6BJ6H.js";
import "./chunk-GWFJPHC3.js";
import "./chunk-HDK2OB2Q.js";
import "./chunk-ADUMK64K.js";
import "./chunk-OE5QHWFX.js";
import "./chunk-M7J24U7C.js";
import "./chunk-I5BNIFVD.js";
import "./chunk-2SFZG2CK.js";
import "./chunk-NOMF4GSH.js";
import "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";
export {
  Replacements,
  fileAddress,
  openSource,
  openUrl,
  replacedWarning,
  sourceChunks
};
