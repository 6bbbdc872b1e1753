import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-6DI5AJEC.js";
import "./chunk-TVVYYAR3.js";
import "./chunk-WRXWWAYS.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
