import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  find,
  htmlTableLines,
  isElement,
  visit
} from "./chunk-UW4X7PAS.js";
import "./chunk-ADWJWUHX.js";
import "./chunk-BKNN7YNL.js";
import "./chunk-G4I6WFGA.js";
import "./chunk-V3GN3EAP.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-SS3E3GFX.js";
import "./chunk-VTSEPG2S.js";
export {
  find,
  htmlTableLines,
  isElement,
  visit
};
