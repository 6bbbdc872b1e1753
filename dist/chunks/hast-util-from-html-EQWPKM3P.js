import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fromHtml
} from "./chunk-J7RNKMD3.js";
import "./chunk-XMNII7SL.js";
import "./chunk-HANBNIMK.js";
export {
  fromHtml
};
