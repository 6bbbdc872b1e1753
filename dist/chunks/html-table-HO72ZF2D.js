import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-Q7JK4UGK.js";
import "./chunk-XL3BPNAU.js";
import "./chunk-BRE2LJNU.js";
import "./chunk-3E75HABH.js";
import "./chunk-R3MCHFDU.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
