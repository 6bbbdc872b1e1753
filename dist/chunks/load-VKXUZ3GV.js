import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-Y2RFLFK3.js";
import "./chunk-27HBHHIK.js";
import "./chunk-WFTXRGO7.js";
import "./chunk-Q3FOTI2Q.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-SFFJ5TWH.js";
import "./chunk-P36BRXFA.js";
import "./chunk-4ELF2BV4.js";
import "./chunk-OSIDOK52.js";
import "./chunk-OJ3IPKLE.js";
import "./chunk-C274YPUE.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
