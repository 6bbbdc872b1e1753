import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-O7QI6665.js";
import "./chunk-LPOLJBW4.js";
import "./chunk-KQTH7EO4.js";
import "./chunk-5JRL5JK4.js";
import "./chunk-MTA3XSW5.js";
import "./chunk-R2N435UP.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-HANBNIMK.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
