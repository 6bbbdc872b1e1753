import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-Q7K67XWR.js";
import "./chunk-VUTQEJ52.js";
import "./chunk-FBQ64QXL.js";
import "./chunk-34FVJACP.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-GAJQAAWN.js";
import "./chunk-OKOZRL34.js";
import "./chunk-YVJBXGSY.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-ROIUWCRR.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-CKHOORXH.js";
import "./chunk-6YWGLS2F.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-77NA2YHO.js";
import "./chunk-R2N435UP.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
