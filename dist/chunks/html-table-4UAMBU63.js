import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-UXCKR7FW.js";
import "./chunk-E7DBQUUY.js";
import "./chunk-PXDBAQZJ.js";
import "./chunk-ORDJ2P46.js";
import "./chunk-RTOITPOG.js";
import "./chunk-R2N435UP.js";
import "./chunk-3N6XDDOB.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
