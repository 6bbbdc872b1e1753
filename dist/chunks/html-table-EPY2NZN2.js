import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-GGUMU7ZF.js";
import "./chunk-LVJU7HVL.js";
import "./chunk-CQUS45ZK.js";
import "./chunk-3E75HABH.js";
import "./chunk-EOOWCFFY.js";
import "./chunk-Q4JFCVMG.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
