import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fromHtml
} from "./chunk-5JRL5JK4.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-HANBNIMK.js";
export {
  fromHtml
};
