import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-RVAPLQJF.js";
import "./chunk-2SYJTD3Y.js";
import "./chunk-Q5MNMVQT.js";
import "./chunk-3E75HABH.js";
import "./chunk-SVOD6GTP.js";
import "./chunk-R2N435UP.js";
import "./chunk-E2K5XGCS.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
