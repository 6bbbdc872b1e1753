import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-EKWBPT3T.js";
import "./chunk-7B2HTUVM.js";
import "./chunk-KT3X6JWP.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-TM6SKEJU.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-IT5BS5NH.js";
import "./chunk-VTSEPG2S.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
