import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-ZQAT6WMZ.js";
import "./chunk-I5JGZJ4X.js";
import "./chunk-PKOQRERX.js";
import "./chunk-J7RNKMD3.js";
import "./chunk-TGE6TFLP.js";
import "./chunk-R2N435UP.js";
import "./chunk-BPVD7LNG.js";
import "./chunk-XMNII7SL.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
