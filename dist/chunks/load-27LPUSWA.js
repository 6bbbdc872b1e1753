import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-G3X5Y323.js";
import "./chunk-27HBHHIK.js";
import "./chunk-5EUMHWQJ.js";
import "./chunk-CS7AJ62M.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
import "./chunk-ZQ3VL2VR.js";
import "./chunk-TDDXLBRC.js";
import "./chunk-OSIDOK52.js";
import "./chunk-OJ3IPKLE.js";
import "./chunk-OWL6ZJKV.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
