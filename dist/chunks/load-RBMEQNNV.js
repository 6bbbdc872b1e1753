import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-K2EPYE6O.js";
import "./chunk-27HBHHIK.js";
import "./chunk-SOTCBE7Y.js";
import "./chunk-PTOPTSFE.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
import "./chunk-P36BRXFA.js";
import "./chunk-YF2CU43D.js";
import "./chunk-OSIDOK52.js";
import "./chunk-OJ3IPKLE.js";
import "./chunk-I2HJRJ37.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
