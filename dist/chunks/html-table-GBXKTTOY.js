import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-W6POT74P.js";
import "./chunk-IVF4HYN7.js";
import "./chunk-KT3X6JWP.js";
import "./chunk-WBHQ3FF2.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
