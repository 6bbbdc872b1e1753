import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-ZP7SGZLP.js";
import "./chunk-K3ANTRZK.js";
import "./chunk-EWZOOU7E.js";
import "./chunk-3E75HABH.js";
import "./chunk-EOOWCFFY.js";
import "./chunk-X7JMQJWP.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
