import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-SVGUM3BW.js";
import "./chunk-IIBYAI2Q.js";
import "./chunk-NW4CZ3SL.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
