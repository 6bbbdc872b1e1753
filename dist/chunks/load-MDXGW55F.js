import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-ZDYJQRVA.js";
import "./chunk-ADAPO2S3.js";
import "./chunk-EC4QDG2M.js";
import "./chunk-33D3IKD7.js";
import "./chunk-XG64FQ2T.js";
import "./chunk-J2VHFJZX.js";
import "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
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
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
